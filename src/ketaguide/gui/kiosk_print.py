"""Printing on a kiosk: a preview inside the kiosk window, with two large
buttons, Print and Close, and then the truth about the job.

Qt's own print dialog offers "Print to File" and a file browser, which would
let a patient write files and browse the disk; here the sheet goes straight
to the clinic's printer and nothing else can be chosen. Where CUPS runs, the
PDF goes to it over IPP and the job's state is read back (printing, waiting,
refused, failed); elsewhere Qt prints it and the page says only "Sent to
<printer>".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..printing import cups
from .overlay import Overlay

POLL_MS = 1000  # how often the job's state is read while it waits or prints
POLLS = 60  # then the last state stays on the page


def kiosk_printer_name() -> str:
    """The system's default printer, else the first one installed."""
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        return default.printerName()
    names = QPrinterInfo.availablePrinterNames()
    return names[0] if names else ""


class KioskPrintOverlay(Overlay):
    """The preview, over the whole kiosk window; fits any screen from 1024x768."""

    print_requested = Signal()
    closed = Signal()

    def __init__(self, printer: QPrinter, paint, parent: QWidget, printer_name: str, heading: str = ""):
        super().__init__(parent, margins=(24, 20), spacing=14, fill=True)
        self.set_dialog_name(self.tr("Print preview"))
        title = QLabel(heading or self.tr("This is how your checklist will look."))
        title.setObjectName("questionPrompt")
        title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("message", "warning")  # the theme's warning look
        self.preview = QPrintPreviewWidget(printer, self.box)
        self.preview.setAccessibleName(self.tr("Print preview"))
        self.preview.paintRequested.connect(paint)
        self.preview.fitInView()
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self._print)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_preview)
        if not printer_name:
            # Staff can still check the page on screen; nothing pretends to print.
            self.print_button.setEnabled(False)
            self.note.setText(self.tr("No printer is set up on this computer. Please ask a member of staff."))
        self.note.setVisible(bool(self.note.text()))
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        self.box_layout.addWidget(title)
        self.box_layout.addWidget(self.note)
        self.box_layout.addWidget(self.preview, 1)
        self.box_layout.addLayout(buttons)

    def open(self) -> None:
        self.cover()
        self.print_button.setFocus() if self.print_button.isEnabled() else self.close_button.setFocus()

    def _print(self) -> None:
        self.hide()
        self.print_requested.emit()
        self.closed.emit()

    def close_preview(self) -> None:
        self.hide()
        self.closed.emit()


class JobWatcher(QObject):
    """Sends a PDF to the kiosk's printer and reports, in words for the
    patient, what the printing system says about it, as it changes."""

    message = Signal(str)

    def __init__(self, parent: QObject, messages: dict[str, str] | None = None):
        super().__init__(parent)
        self._messages = messages or {}  # a page's own words for some states (the summary, not the checklist)
        self.job: cups.Job | None = None
        self._polls = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def send(self, printer_name: str, pdf: bytes, title: str, paper: str) -> bool:
        """True when CUPS took the job (or refused it, with a reason); False
        where CUPS cannot be asked and the caller must print through Qt."""
        self.stop()
        job = cups.send_pdf(printer_name, pdf, title, paper)
        if job is None:
            return False
        self._show(job)
        return True

    def stop(self) -> None:
        self._timer.stop()
        self.job = None

    def _poll(self) -> None:
        self._polls += 1
        if self.job is None:
            return self._timer.stop()
        self._show(cups.job_state(self.job))

    def _show(self, job: cups.Job) -> None:
        self.job = job
        self.message.emit(self.describe(job))
        waiting = job.state in ("pending", "processing")
        if not waiting or self._polls >= POLLS:
            self._timer.stop()
        elif not self._timer.isActive():
            self._polls = 0
            self._timer.start()

    def describe(self, job: cups.Job) -> str:
        if job.state in self._messages:
            return self._messages[job.state].format(job.printer)
        return {
            "refused": self.tr("The printer is not taking print jobs right now. Please ask a member of staff."),
            "pending": self.tr("Your checklist is waiting for the printer. "
                               "If nothing comes out soon, please ask a member of staff."),
            "processing": self.tr("Your checklist is printing. Please collect it from the printer."),
            "completed": self.tr("Your checklist has been printed. Please collect it from the printer."),
            "held": self.tr("Your checklist is on hold at the printer. Please ask a member of staff."),
            "stopped": self.tr("The printer has stopped. Please ask a member of staff."),
            "canceled": self.tr("Your checklist was not printed. Please ask a member of staff."),
            "aborted": self.tr("Your checklist could not be printed. Please ask a member of staff."),
            "sent": self.tr("Sent to {0}.").format(job.printer),
        }[job.state]
