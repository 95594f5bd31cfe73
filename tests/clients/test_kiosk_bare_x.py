"""Full screen on a bare X session (the README's Linux kiosk: an X server and
no window manager). Nothing there honours "full screen", so the kiosk must
size itself to the screen. Checked on a real Xvfb, with the real program."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from processes import end
from x11_kiosk import TITLE, kiosk_config, kiosk_covering

SCREEN = (1366, 768)  # a common small kiosk screen, not Qt's default window size


def free_display() -> int:
    for number in range(140, 400):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def bare_x():
    """An X server with no window manager; ended by its PID."""
    number = free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"Xvfb did not start: {server.stderr.read().decode(errors='replace')}")
        time.sleep(0.05)
    yield f":{number}"
    end(server, timeout=10)


def test_the_kiosk_fills_a_screen_with_no_window_manager(bare_x, tmp_path):
    env = dict(os.environ, DISPLAY=bare_x, QT_QPA_PLATFORM="xcb", KETAGUIDE_SPEECH_ENGINE="mock")
    env.pop("WAYLAND_DISPLAY", None)
    with kiosk_covering(bare_x, SCREEN, kiosk_config(tmp_path), env, "the bare X server's screen"):
        # With no window manager nobody hands out the keyboard: the kiosk takes it.
        focus, deadline = "", time.monotonic() + 30
        while time.monotonic() < deadline and focus != TITLE:
            focus = subprocess.run(["xdotool", "getwindowfocus", "getwindowname"], env=env, capture_output=True,
                                   text=True, timeout=10).stdout.strip()
            time.sleep(0.1)
        assert focus == TITLE
