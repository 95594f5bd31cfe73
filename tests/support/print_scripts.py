"""A program that prints one page the way staff do at home: the page's Print…, Qt's print
preview, its Print button, then the system print dialog accepted with the default printer.

It runs in a fresh process because Qt reads the printer list (from $CUPS_SERVER) once, when
printing support loads. It prints what it saw ("SEEN [...]") and the page's message with its
kind ("STATUS <text> | <success, warning or error>")."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    app = QApplication(["test"])
    from ketaguide.core.loading import load
    from ketaguide.core.session import Session
    from ketaguide.gui.{module} import {page_class}

    page = {page_class}(load(Path(sys.argv[1])), Session())
    seen = []

    def step():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QPrintDialog):
            seen.append("system dialog")
            dialog.accept()
            return
        if isinstance(dialog, QPrintPreviewDialog) and "preview" not in seen:
            seen.append("preview")
            [action] = [a for a in dialog.findChildren(QAction) if a.text().replace("&", "") == "Print"]
            QTimer.singleShot(0, action.trigger)
        QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    page.{print_method}()
    print("SEEN", seen)
    print("STATUS", page.status.text(), "|", page.status.property("message"))
""")


def through_the_system_dialog(module: str, page_class: str, print_method: str) -> str:
    """The program's text, for a page class in ketaguide.gui.<module>."""
    return _SCRIPT.format(module=module, page_class=page_class, print_method=print_method)


CHECKLIST = through_the_system_dialog("checklist_page", "ChecklistPage", "print_checklist")
TEACH_BACK_SUMMARY = through_the_system_dialog("teachback_page", "TeachBackPage", "print_summary")


def run(script: str, config: Path, folder: Path, env: dict) -> subprocess.CompletedProcess:
    """Run one of these programs in a fresh Python with the clinic's settings file."""
    path = folder / "print_through_dialog.py"
    path.write_text(script, encoding="utf-8")
    return subprocess.run([sys.executable, str(path), str(config)], env=env, capture_output=True, text=True,
                          timeout=120)
