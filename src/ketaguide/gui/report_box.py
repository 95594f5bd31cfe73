"""A report in a message box, for a windowed program with no console
(`ketaguide --self-check` from the Windows GUI executable)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def show_report(title: str, text: str, passed: bool) -> None:  # pragma: no cover - Windows without a console
    """The report's last line (its summary) in the box, the whole report under "Show Details…"."""
    box = QMessageBox(QMessageBox.Icon.Information if passed else QMessageBox.Icon.Warning, title,
                      text.splitlines()[-1])
    box.setDetailedText(text)
    box.exec()
