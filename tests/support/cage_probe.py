"""Run by tests/gui/test_kiosk_cage.py inside a cage session: start the kiosk
the way `ketaguide --kiosk` does (WindowKeeper, kiosk mode), wait until the
compositor has sized and shown its window, and print what Qt then knows of it
and of the output, as JSON on one line.

The window sets its own geometry to the screen's, so Qt's geometry alone
proves nothing under Wayland: the compositor decides. Its word is the
xdg_toplevel "configure" event (the size and state it gives the window), which
Qt's Wayland plugin logs; the probe records every configure Qt applied."""

from __future__ import annotations

import json
import os
import re
import sys
import time

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ketaguide.gui.app import WindowKeeper


def main() -> int:
    config, seconds = sys.argv[1], float(sys.argv[2])
    os.environ["QT_LOGGING_RULES"] = "qt.qpa.wayland.debug=true"
    configures: list[list] = []  # [width, height, states] the compositor gave and Qt applied

    def listen(kind, context, message) -> None:
        applied = re.search(r"Applied pending xdg_toplevel configure event: QSize\((-?\d+), (-?\d+)\) and "
                            r"QFlags<Qt::WindowState>\((.*?)\)", message)
        if applied:
            configures.append([int(applied[1]), int(applied[2]), applied[3]])

    qInstallMessageHandler(listen)
    app = QApplication(sys.argv[:1])
    keeper = WindowKeeper(config, None, None, kiosk=True)
    keeper.open()
    deadline = time.monotonic() + seconds
    result = {}

    def look() -> None:
        window = keeper.window
        screen = window.screen()
        handle = window.windowHandle()
        result.update(platform=app.platformName(), screen=list(screen.geometry().getRect()),
                      window=list(window.geometry().getRect()), frame=list(window.frameGeometry().getRect()),
                      exposed=bool(handle and handle.isExposed()),
                      welcome=window.on_attract_screen(), configures=list(configures))
        sized = [c for c in configures if c[0] > 0]  # 0 x 0: "choose your own size", not yet the compositor's
        if (result["exposed"] and sized and result["window"][2:] == sized[-1][:2]) or time.monotonic() > deadline:
            window.kiosk_controller.leave_quietly()
            app.exit(0)
            return
        QTimer.singleShot(100, look)

    QTimer.singleShot(0, look)
    app.exec()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
