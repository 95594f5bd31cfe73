"""A Qt GUI application object for printing without a window (CLI, print server)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def ensure_application() -> QGuiApplication:
    """Fonts and PDF writing need a QGuiApplication but no screen. On Linux
    and other X11/Wayland systems the command line uses Qt's offscreen
    platform, so it runs on a print server with no display; Windows and
    macOS print without a window on their own platform."""
    app = QGuiApplication.instance()
    if app is not None:
        return app
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "ketaguide"]
    if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    return QGuiApplication(argv)
