"""Full screen under a Wayland kiosk compositor: `cage`, the README's Linux
kiosk session. Checked with the real cage (headless output, software
rendering) and Qt's Wayland platform: the compositor must size the kiosk's
window to the whole output, with no title bar of Qt's own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from test_kiosk import PIN_HASH

PROBE = Path(__file__).with_name("cage_probe.py")


@pytest.fixture
def cage():
    """A headless cage session; its Wayland socket's environment is yielded.

    cage refuses to run as root (it could not drop root's rights), so as root it
    runs as `nobody` and the app joins its socket as a client, as a second
    program would; as anyone else cage runs as that user. cage's own program is
    `cat` reading a pipe: closing the pipe ends it, and cage with it, cleanly
    (cage 0.1.4 aborts on SIGTERM and leaves its Xwayland's lock files in /tmp)."""
    runtime = Path(tempfile.mkdtemp(prefix="ketaguide-cage-"))  # in /tmp: `nobody` can reach it
    command = ["cage", "--", "cat"]
    if os.geteuid() == 0:
        shutil.chown(runtime, "nobody", "nogroup")
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime), WLR_BACKENDS="headless",
               WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    compositor = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
    socket = runtime / "wayland-0"
    deadline = time.monotonic() + 20
    while not socket.exists():
        if compositor.poll() is not None or time.monotonic() > deadline:
            compositor.kill()
            raise RuntimeError(f"cage did not start: {compositor.communicate()[1]}")
        time.sleep(0.05)
    yield dict(env, WAYLAND_DISPLAY="wayland-0", QT_QPA_PLATFORM="wayland")
    compositor.stdin.close()
    try:
        compositor.wait(10)
    except subprocess.TimeoutExpired:
        compositor.kill()
        compositor.wait()
    shutil.rmtree(runtime, ignore_errors=True)


def test_the_kiosk_fills_the_output_of_a_cage_session(cage, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text(f'[kiosk]\nenabled = true\nstaff_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    env = dict(cage, KETAGUIDE_SPEECH_ENGINE="mock")
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
