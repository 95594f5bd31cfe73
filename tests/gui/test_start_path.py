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
         "ketaguide.gui.checklist_page", "PySide6.QtTextToSpeech", "PySide6.QtPrintSupport"]

SCRIPT = f"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ketaguide.gui.app import create_window
window = create_window()
window.resize(1024, 768)
window.show()
app.processEvents()
home = {{"loaded": [name for name in {HEAVY!r} if name in sys.modules],
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
    assert home["pages"] == 1, "only the home page is built for the first frame"
    assert found["ready"] == {"reader": True, "rendered": True}
