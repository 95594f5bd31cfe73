"""Printing on a kiosk: a preview with two large buttons, Print and Close.

Qt's own print dialog offers "Print to File" and a file browser, which would
let a patient write files and browse the disk; here the sheet goes straight
to the clinic's printer and nothing else can be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


def kiosk_printer_name() -> str:
    """The system's default printer, else the first one installed."""
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        return default.printerName()
    names = QPrinterInfo.availablePrinterNames()
    return names[0] if names else ""


class KioskPrintDialog(QDialog):
    def __init__(self, printer: QPrinter, paint, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.setWindowFlags(Qt.Dialog | Qt.FramelessWindowHint)
        self._printer = printer
        self._paint = paint
        self.printed = False
        title = QLabel(self.tr("This is how your checklist will look."))
        title.setObjectName("questionPrompt")
        title.setWordWrap(True)
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.setAccessibleName(self.tr("Print preview"))
        self.preview.paintRequested.connect(paint)
        self.preview.fitInView()
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        if parent is not None:
            self.resize(parent.window().size() * 0.9)

    def print_now(self) -> None:
        self._printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        self._printer.setPrinterName(kiosk_printer_name())
        self._paint(self._printer)
        self.printed = True
        self.accept()
