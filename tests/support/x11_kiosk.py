"""The kiosk as a real program on a real X display (Xvfb, or cage's Xwayland), and
what xwininfo says of its window. Shared by the bare-X and the cage tests."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from kiosk_fixtures import PIN_HASH
from processes import end

TITLE = "ketaguide – Riverside Infusion Center"


def kiosk_config(folder: Path) -> Path:
    config = folder / "ketaguide.toml"
    config.write_text(f'[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
                      f'[kiosk]\nenabled = true\nstaff_pin_hash = "{PIN_HASH}"\n', encoding="utf-8")
    return config


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


@contextmanager
def kiosk_covering(display: str, size: tuple[int, int], config: Path, env: dict, where: str):
    """Start the kiosk on `display`, wait until its window is shown at `size`, check it
    covers the screen from its corner, and yield the running program; ended on the way out."""
    app = subprocess.Popen([sys.executable, "-m", "ketaguide", "--kiosk", "--config", str(config)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        windows = []
        while time.monotonic() < deadline and app.poll() is None:
            windows = [w for w in top_windows(display) if w[0] == TITLE]
            if windows and viewable(display, TITLE) and windows[0][1:3] == size:
                break
            time.sleep(0.2)
        assert app.poll() is None, f"the app stopped: {app.stderr.read() if app.stderr else ''}"
        assert windows, f"no kiosk window on {where}: {top_windows(display)}"
        assert windows[0][1:] == (*size, 0, 0), f"the kiosk window does not cover {where}: {windows[0]}"
        assert viewable(display, TITLE)
        yield app
    finally:
        end(app, timeout=10)
