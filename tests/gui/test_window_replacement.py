"""A kiosk makes a new window at every change of language and at every staff
reload. Each old window must go away whole, leaving nothing behind."""

from __future__ import annotations

import gc
from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent

from ketaguide.gui.app import WindowKeeper
from ketaguide.gui.main_window import MainWindow

WATCHED = ("MainWindow", "KioskController", "ReaderPage", "Connection", "EnumType", "GestureType")


def census() -> Counter:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
    return Counter(name for name in (type(o).__name__ for o in gc.get_objects()) if name in WATCHED)


def test_replaced_kiosk_windows_leave_nothing_behind(qtbot, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text('[kiosk]\nenabled = true\n', encoding="utf-8")
    keeper = WindowKeeper(config, None, None, kiosk=True)
    earlier = [o for o in gc.get_objects() if isinstance(o, MainWindow)]  # other tests' (held, so no id is reused)

    def replace_window():
        window = keeper.open()
        window.reader.set_touch(True)  # what the first restyle does on a kiosk: drag to scroll
        qtbot.wait(10)
        return window

    for _ in range(2):  # the first windows fill caches that stay (fonts, enums Qt makes once)
        replace_window()
    before = census()
    for _ in range(5):
        replace_window()
    after = census()
    windows = [o for o in gc.get_objects() if isinstance(o, MainWindow) and not any(o is e for e in earlier)]
    assert windows == [keeper.window], "only the current window is alive"
    assert after == before, f"left behind by 5 windows: {after - before}"
    keeper.window.kiosk_controller.leave_quietly()
    keeper.window.close()
