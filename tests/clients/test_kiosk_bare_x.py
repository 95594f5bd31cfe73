"""Full screen on a bare X session (the README's Linux kiosk: an X server and
no window manager). Nothing there honours "full screen", so the kiosk must
size itself to the screen. Checked on a real Xvfb, with the real program."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk_fixtures import PIN_HASH

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
    server.terminate()
    server.wait(10)


def top_windows(display: str) -> list[tuple[str, int, int, int, int]]:
    """(name, width, height, x, y) of the root window's mapped children."""
    tree = subprocess.run(["xwininfo", "-root", "-children", "-display", display],
                          capture_output=True, text=True, timeout=10).stdout
    found = []
    for line in tree.splitlines():
        match = re.search(r'0x[0-9a-f]+ "(.*)": .* (\d+)x(\d+)\+(-?\d+)\+(-?\d+)', line)
        if match:
            name, *numbers = match.groups()
            found.append((name, *map(int, numbers)))
    return found


def viewable(display: str, name: str) -> bool:
    for line in subprocess.run(["xwininfo", "-name", name, "-display", display],
                               capture_output=True, text=True, timeout=10).stdout.splitlines():
        if "Map State:" in line:
            return "IsViewable" in line
    return False


def test_the_kiosk_fills_a_screen_with_no_window_manager(bare_x, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text(f'[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
                      f'[kiosk]\nenabled = true\nstaff_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    env = dict(os.environ, DISPLAY=bare_x, QT_QPA_PLATFORM="xcb", KETAGUIDE_SPEECH_ENGINE="mock")
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen([sys.executable, "-m", "ketaguide", "--kiosk", "--config", str(config)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    title = "ketaguide – Riverside Infusion Center"
    try:
        deadline = time.monotonic() + 60
        windows = []
        while time.monotonic() < deadline and app.poll() is None:
            windows = [w for w in top_windows(bare_x) if w[0] == title]
            if windows and viewable(bare_x, title) and windows[0][1:3] == SCREEN:
                break
            time.sleep(0.2)
        assert app.poll() is None, f"the app stopped: {app.stderr.read() if app.stderr else ''}"
        assert windows, f"no kiosk window on the bare X server: {top_windows(bare_x)}"
        assert windows[0][1:] == (*SCREEN, 0, 0), f"the kiosk window does not cover the screen: {windows[0]}"
        assert viewable(bare_x, title)
        # With no window manager nobody hands out the keyboard: the kiosk takes it.
        focus = ""
        while time.monotonic() < deadline and focus != title:
            focus = subprocess.run(["xdotool", "getwindowfocus", "getwindowname"], env=env, capture_output=True,
                                   text=True, timeout=10).stdout.strip()
            time.sleep(0.1)
        assert focus == title
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
