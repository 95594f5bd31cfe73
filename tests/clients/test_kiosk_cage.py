"""Full screen under a Wayland kiosk compositor: `cage`, the README's Linux
kiosk session. Checked with the real cage (headless output, software
rendering), both ways the app can join it: as a Wayland client (Qt's Wayland
platform, as from source) and as an X11 client through cage's Xwayland (the
installed bundle, which leaves Qt's Wayland plugin out). Either way the kiosk's
window must cover the whole output, with no title bar."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kiosk_fixtures import PIN_HASH
from x11_kiosk import kiosk_config, kiosk_covering

PROBE = Path(__file__).parents[1] / "support" / "cage_probe.py"


@pytest.fixture
def cage():
    """A headless cage session; its Wayland socket's environment is yielded.

    cage refuses to run as root (it could not drop root's rights), so as root it
    runs as `nobody` and the app joins its socket as a client, as a second
    program would; as anyone else cage runs as that user. cage's own program is
    `cat` reading a pipe: closing the pipe ends it, and cage with it, cleanly
    (cage 0.1.4 aborts on SIGTERM and leaves its Xwayland's lock files in /tmp)."""
    runtime = Path(tempfile.mkdtemp(prefix="ketaguide-cage-"))  # in /tmp: `nobody` can reach it
    # cage's program tells where its Xwayland listens (started on this first X client), lets
    # this user in (Xwayland admits only its own user), then holds the session open.
    user = pwd.getpwuid(os.getuid()).pw_name
    hold = (f'xhost +si:localuser:{user} >/dev/null && echo "$DISPLAY" > "$XDG_RUNTIME_DIR/display.new" '
            f'&& mv "$XDG_RUNTIME_DIR/display.new" "$XDG_RUNTIME_DIR/display"; exec cat')
    command = ["cage", "--", "sh", "-c", hold]
    if os.geteuid() == 0:
        shutil.chown(runtime, "nobody", "nogroup")
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime), WLR_BACKENDS="headless",
               WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    compositor = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not (runtime / "wayland-0").exists() or not (runtime / "display").exists():
        if compositor.poll() is not None or time.monotonic() > deadline:
            compositor.kill()
            raise RuntimeError(f"cage did not start: {compositor.communicate()[1]}")
        time.sleep(0.05)
    yield dict(env, WAYLAND_DISPLAY="wayland-0", DISPLAY=(runtime / "display").read_text().strip())
    compositor.stdin.close()
    try:
        compositor.wait(10)
    except subprocess.TimeoutExpired:
        compositor.kill()
        compositor.wait()
    shutil.rmtree(runtime, ignore_errors=True)


def test_the_kiosk_fills_the_output_of_a_cage_session_as_a_wayland_client(cage, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text(f'[kiosk]\nenabled = true\nstaff_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    env = dict(cage, KETAGUIDE_SPEECH_ENGINE="mock", QT_QPA_PLATFORM="wayland")
    probe = subprocess.Popen([sys.executable, str(PROBE), str(config), "60"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        out, err = probe.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        probe.kill()
        out, err = probe.communicate()
        pytest.fail(f"the kiosk hung under cage: {out[-1000:]} {err[-3000:]}")
    assert probe.returncode == 0, f"the kiosk did not run under cage: {err[-3000:]}"
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["platform"] == "wayland", seen
    output = seen["screen"][2:]
    sized = [c for c in seen["configures"] if c[0] > 0]
    assert sized, f"cage never gave the window a size: {seen}"
    assert sized[-1][:2] == output, f"cage sized the window {sized[-1]}, not to its output {output}"
    assert seen["exposed"] and seen["welcome"], seen
    assert seen["window"] == seen["screen"], f"the window does not cover the output: {seen}"
    assert seen["frame"] == seen["window"], f"a title bar of Qt's own around the kiosk: {seen}"


def test_the_kiosk_fills_the_output_of_a_cage_session_through_xwayland(cage, tmp_path):
    display = cage["DISPLAY"]
    env = dict(cage, QT_QPA_PLATFORM="xcb", KETAGUIDE_SPEECH_ENGINE="mock")
    env.pop("WAYLAND_DISPLAY")
    output = next(tuple(int(n) for n in line.split()[1].split("x")) for line in subprocess.run(
        ["xdpyinfo", "-display", display], capture_output=True, text=True, timeout=10).stdout.splitlines()
        if line.strip().startswith("dimensions:"))
    with kiosk_covering(display, output, kiosk_config(tmp_path), env, "cage's output (Xwayland)"):
        pass  # the check is that the window came up covering the output, which kiosk_covering asserts
