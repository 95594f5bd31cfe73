"""`ketaguide --self-check`: is this installation whole? For IT, after installing.

Loads the content in every language present, renders every module in the
real window (never shown), parses the quiz, builds every checklist PDF in
memory, checks the Qt parts a trimmed bundle could lose (platform and image
plugins, fonts, translations), and says whether a speech engine and a
printer are available. Prints one line per check, then a summary; exits 0
when nothing failed and 1 when something did.

Writes nothing anywhere, so it works on a read-only installation and never
leaves a file behind. Each problem says exactly what is wrong and where.
The probes of the computer are in environment_probes.py and speech_probe.py,
the content checks in content_checks.py.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from pathlib import Path

from .. import __version__, resources
from .report import FAIL, Report


def run_self_check(config: Path | None = None, content: Path | None = None, language: str | None = None,
                   out=None) -> int:
    """Run every check, print the report (or show it, where there is no
    console) and return the exit status: 0 passed, 1 something failed."""
    report = Report()
    app = _application(report)
    heading = (f"ketaguide {__version__} self-check: {_install_kind()}, {platform.system()} {platform.machine()}, "
               f"Python {platform.python_version()}, Qt {_qt_version()}")
    if app is not None:
        # lazy: these need Qt, which _application has just found (a missing Qt is itself the finding)
        from . import content_checks, environment_probes, speech_probe

        for check in (environment_probes.check_install, environment_probes.check_qt):
            _guarded(report, check.__name__, check)
        _guarded(report, "check_translations", lambda r: environment_probes.check_translations(
            r, environment_probes.content_languages(config, content)))
        _guarded(report, "speech", lambda r: speech_probe.check_speech(
            r, environment_probes.content_languages(config, content)))
        for check in (environment_probes.check_printer, environment_probes.check_writable_places):
            _guarded(report, check.__name__, check)
        _guarded(report, "content", lambda r: content_checks.check_content(r, config, content, language))
    text = report.text(heading)
    stream = out if out is not None else sys.stdout
    if stream is None:  # a windowed program on Windows has no console: show the report instead
        from ..gui.report_box import show_report  # lazy: a message box only where there is no console

        show_report("ketaguide self-check", text, not report.failures)
    else:
        if stream is sys.stdout and hasattr(stream, "reconfigure"):
            # A Windows console piped to a file is cp1252: never fail over a quotation mark in a path.
            stream.reconfigure(errors="replace")
        print(text, file=stream)
        stream.flush()
    return 1 if report.failures else 0


def _guarded(report: Report, name: str, check) -> None:
    """A check that crashes is itself a finding; the others still run."""
    try:
        check(report)
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        where = traceback.extract_tb(exc.__traceback__)[-1]
        report.add(FAIL, f"the check '{name.strip('_')}' stopped with an error: {type(exc).__name__}: {exc}",
                   [f"at {Path(where.filename).name}:{where.lineno}"])


# -- the application object ------------------------------------------------------
def _application(report: Report):
    """A QApplication that never shows anything. On Linux without an explicit
    QT_QPA_PLATFORM the offscreen platform is used (it cannot abort on a
    machine without a display); the desktop plugin is checked separately."""
    try:
        from PySide6.QtWidgets import QApplication  # lazy: a missing Qt is reported, not a traceback
    except ImportError as exc:
        report.add(FAIL, f"Qt for Python (PySide6) cannot be imported: {exc}",
                   ["the installation is incomplete: reinstall ketaguide"])
        return None
    app = QApplication.instance()
    if app is None:
        argv = [sys.argv[0] if sys.argv and sys.argv[0] else "ketaguide"]
        if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        app = QApplication(argv)
    return app


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion  # lazy: a missing Qt is reported, not a traceback

        return qVersion()
    except ImportError:
        return "missing"


def _install_kind() -> str:
    if getattr(sys, "frozen", False):
        return "installed bundle"
    if resources.content_dir().parent == Path(resources.__file__).resolve().parents[2]:
        return "source checkout"
    return "installed package"
