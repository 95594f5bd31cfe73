"""The home screen comes up without the heavy parts; they load once it is drawn.

Measured in benchmarks/ (start-up time and memory); this guards the cause:
what is imported and built before the first frame. Run in a fresh Python,
because this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ["markdown", "textstat", "ketaguide.printing", "ketaguide.gui.reader_page", "ketaguide.gui.quiz_page",
         "ketaguide.gui.checklist_page", "PySide6.QtTextToSpeech", "PySide6.QtPrintSupport",
         "hashlib", "tomllib"]  # OpenSSL: only the staff PIN needs it (core/pin.py); no settings file here
# Qt types PySide brings into Python only when first used, and that the home screen does not need:
# QStyle alone makes a dozen large enums (gui/unavailable.py).
LAZY_QT_TYPES = ["QStyle"]

SCRIPT = f"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ketaguide.gui.app import create_window
window = create_window()
window.resize(1024, 768)
window.show()
app.processEvents()
import PySide6.QtWidgets
home = {{"loaded": [name for name in {HEAVY!r} if name in sys.modules],
        "qt_types": [name for name in {LAZY_QT_TYPES!r} if name in vars(PySide6.QtWidgets)],
        "svg_library": "libQt6Svg" in open("/proc/self/maps").read(),
        "pages": window.pages.count(), "on_home": window.pages.currentWidget() is window.home,
        "cards": len(window.home.cards)}}
deadline = time.monotonic() + 5
while "reader" not in window._built and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
ready = {{"reader": "reader" in window._built, "rendered": "page" in vars(window.library.modules[0])}}
print(json.dumps({{"home": home, "ready": ready}}))
"""


def run_fresh(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_home_screen_is_drawn_before_the_heavy_parts_load_and_the_reader_is_ready_soon_after(tmp_path):
    found = run_fresh(tmp_path)
    home = found["home"]
    assert home["on_home"] and home["cards"] == 11
    assert home["loaded"] == [], f"loaded before the home screen: {home['loaded']}"
    assert home["qt_types"] == [], f"Qt types made before the home screen: {home['qt_types']}"
    if sys.platform.startswith("linux"):  # the window icon's SVG comes after the first frame
        assert not home["svg_library"], "Qt's SVG library was loaded before the home screen"
    assert home["pages"] == 1, "only the home page is built for the first frame"
    assert found["ready"] == {"reader": True, "rendered": True}


COLLECTOR_SCRIPT = """
import gc, json
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

seen = {}

def exec_for_a_second():
    seen["while_starting"] = not gc.isenabled()
    seen["svg_library_before_exec"] = "libQt6Svg" in open("/proc/self/maps").read()
    app = QApplication.instance()
    loop = QEventLoop()
    QTimer.singleShot(1000, loop.quit)
    loop.exec()
    seen["back_after_first_frame"] = gc.isenabled()
    seen["icon"] = not app.windowIcon().isNull()  # each window and dialog falls back to it
    seen["window_shown"] = any(widget.isVisible() for widget in app.topLevelWidgets())
    return 0

QApplication.exec = staticmethod(exec_for_a_second)
from ketaguide.cli import main
seen["exit"] = main([])
print(json.dumps(seen))
"""


def test_the_cycle_collector_is_paused_while_the_app_starts_and_back_once_it_is_shown(tmp_path):
    """Start-up's objects live as long as the app: collecting them as they are made
    only cost start-up time (cli/__init__.py). The app must not run without it. The
    window icon also comes once the window is up (gui/app.py), and every window has it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", COLLECTOR_SCRIPT], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    if sys.platform.startswith("linux"):  # the icon's SVG library is not loaded for the first frame
        assert seen.pop("svg_library_before_exec") is False
    seen.pop("svg_library_before_exec", None)
    assert seen == {"while_starting": True, "back_after_first_frame": True, "window_shown": True, "icon": True,
                    "exit": 0}
