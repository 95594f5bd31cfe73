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


# -- a guard against a reference-counting bug ---------------------------------
# PySide6 6.12.0 on Python 3.11 returns None from every C++ function that
# returns nothing without counting the reference, so None's count drops by one
# per call until the interpreter aborts with "deallocating None". One printed
# page makes a few thousand such calls; a batch of 100 would take a process
# down. Holding spare references keeps the count far from zero; they are kept
# until the very end (the list is never freed), because the lost counts are
# still lost when Python shuts down. Python 3.12+ makes None immortal, and
# PySide6 6.11 is not affected: the guard only acts where it measures the leak.
_LOW_WATER = 200_000
_TOP_UP = 1_000_000
_leaks: bool | None = None


def guard_none_refcount() -> None:
    global _leaks
    if _leaks is None:
        _leaks = _measure_leak()
    if _leaks and sys.getrefcount(None) < _LOW_WATER:
        import ctypes

        spare = (None,) * _TOP_UP  # a tuple of None: the garbage collector soon stops scanning it
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(spare))  # never freed, not even at exit


def _measure_leak() -> bool:
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QSize

    size = QSize()
    before = sys.getrefcount(None)
    for _ in range(10):
        size.setWidth(1)
    return sys.getrefcount(None) < before
