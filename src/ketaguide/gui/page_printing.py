"""Printing from a page, shared by every page that prints (the checklist,
the teach-back summary). At home: Qt's print preview, whose Print opens the
system's print dialog. On a kiosk: the preview over the kiosk window, the PDF
to CUPS over IPP (in memory: no file), then the job's state on the page.

A page mixes this in and has `_kiosk`, `preview`, `_jobs` and
`_set_status(text)`. The heavy print modules load on first use only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


def printer_names() -> list[str]:
    """Installed printers (a function, so tests can pretend there is one)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # lazy: start-up (QtPrintSupport loads on first print)

    return QPrinterInfo.availablePrinterNames()


class PagePrinting:
    def _print_with_preview(self, printout, no_printer_note: str, preview_title: str):
        """Show `printout` in a print preview. `no_printer_note` is shown when no
        printer is set up (the preview still opens: the page can be checked and
        saved). The page passes its own words, translated in its own context.
        Returns the printer when the system dialog printed, else None."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        from PySide6.QtWidgets import QDialog

        from ..printing import prepare

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(printout.title)  # print queues show this: never the person's name
        printer.setFullPage(True)
        prepare(printer, printout)
        if self._kiosk:
            self._kiosk_preview(printer, printout)
            return None
        if not printer_names():
            self._set_status(no_printer_note)
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setWindowTitle(preview_title)
        self.preview.paintRequested.connect(lambda device: self._paint(device, printout))
        printed = self.preview.exec() == QDialog.DialogCode.Accepted
        self.preview = None  # the dialog held the printout, with any typed name: let it go
        return printer if printed else None

    @staticmethod
    def _paint(device, printout) -> None:
        from PySide6.QtGui import QPainter

        from ..printing import PagePainter, load_logo, prepare

        # The system print dialog puts the printer's default paper back on
        # the device; the clinic's paper (settings, else locale) wins.
        prepare(device, printout)
        painter = QPainter(device)
        PagePainter(printout, device, load_logo(printout.logo)).paint(painter)
        painter.end()

    def kiosk_preview_heading(self) -> str:
        """The preview's title ("" keeps the overlay's own, about the checklist)."""
        return ""

    def kiosk_job_messages(self) -> dict[str, str] | None:
        """The job's states in this page's words (None: the checklist's)."""
        return None

    def _kiosk_preview(self, printer, printout) -> None:
        from .kiosk_print import JobWatcher, KioskPrintOverlay, kiosk_printer_name

        name = kiosk_printer_name() if printer_names() else ""
        window = self.window()
        host = window.centralWidget() if isinstance(window, QMainWindow) and window.centralWidget() else self
        self.preview = KioskPrintOverlay(printer, lambda device: self._paint(device, printout), host, name,
                                         heading=self.kiosk_preview_heading())
        if hasattr(window, "cover"):
            self.preview.shown.connect(window.cover)
        if self._jobs is None:
            self._jobs = JobWatcher(self, self.kiosk_job_messages())
            self._jobs.message.connect(self._set_status)
        self.preview.print_requested.connect(lambda: self._print_on_kiosk(printer, printout, name))
        self.preview.closed.connect(self._preview_closed)
        self.preview.open()

    def _print_on_kiosk(self, printer, printout, name: str) -> None:
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        from ..printing import cups, pdf_bytes

        paper = "Letter" if printout.page_size.id() == QPageSize.PageSizeId.Letter else "A4"
        if self._jobs.send(name, pdf_bytes(printout), printout.title, paper):
            return  # CUPS took it (or refused it): the watcher says which, and what happens next
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setPrinterName(name)
        self._paint(printer, printout)
        self._set_status(self._jobs.describe(cups.Job(name, "sent")))  # nothing more can be known here

    def _preview_closed(self) -> None:
        preview, self.preview = self.preview, None  # it held the printout, with any typed name
        if preview is not None:
            preview.deleteLater()

    def _stop_kiosk_printing(self) -> None:
        """The wipe: stop watching the last job and close an open preview."""
        if self._jobs is not None:
            self._jobs.stop()
        if self.preview is not None and hasattr(self.preview, "close_preview"):
            self.preview.close_preview()
