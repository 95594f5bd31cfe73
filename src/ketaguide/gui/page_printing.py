"""Printing from a page, shared by every page that prints (the checklist,
the teach-back summary). At home: Qt's print preview, whose Print opens the
system's print dialog. On a kiosk: the preview over the kiosk window, the PDF
to CUPS over IPP (in memory: no file), then the job's state on the page.

A page mixes this in and has `_kiosk`, `preview`, `_jobs` and a `status`
label (shown by `_set_status`). The heavy print modules load on first use only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QMainWindow

from .theme import UI_PX

translate = QCoreApplication.translate  # (context, words): spelled out, so that lupdate finds the words


def save_folder() -> Path:
    """Documents, where people look for what they saved; their home folder when
    there is no Documents folder (a dialog asked for a missing folder opens in
    the working folder instead, which is nowhere a patient would look)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def save_dialog(parent, caption: str, suggested: str, filters: str):
    """A Save dialog that opens in `suggested`'s folder with its file name
    filled in. Where the platform has no dialog of its own, Qt draws one whose
    file list squeezes the names into a narrow first column: this one is most
    of the window's size, shows names and dates only, and gives the names all
    the room the date leaves (at any text size). A native dialog is left as it is."""
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QPushButton, QSplitter, QTreeView, QWidget

    dialog = QFileDialog(parent, caption, str(Path(suggested).parent), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(Path(suggested).name)
    # In the app's words and language (Qt's own Spanish for this dialog is partly missing).
    for label, text in ((QFileDialog.DialogLabel.LookIn, translate("PagePrinting", "Folder:")),
                        (QFileDialog.DialogLabel.FileName, translate("PagePrinting", "File name:")),
                        (QFileDialog.DialogLabel.FileType, translate("PagePrinting", "Files of type:")),
                        (QFileDialog.DialogLabel.Accept, translate("PagePrinting", "Save")),
                        (QFileDialog.DialogLabel.Reject, translate("PagePrinting", "Cancel"))):
        dialog.setLabelText(label, text)
    window = parent.window()
    width, height = window.width(), window.height()
    dialog.resize(max(640, int(width * 0.9)), max(480, int(height * 0.85)))
    dialog.setPalette(window.palette())  # a dialog is a window of its own: the theme's colours do not reach it
    dialog.ensurePolished()  # the window's style sheet (text size) applies from here on
    # View switches, and the file-type row with its one choice (PDF): room for the folder's and file's names instead.
    for name in ("listModeButton", "detailModeButton", "fileTypeLabel", "fileTypeCombo"):
        widget = dialog.findChild(QWidget, name)
        if widget is not None:
            widget.hide()
    files = dialog.findChild(QTreeView, "treeView")  # Qt's own dialog only (no native one here)
    if files is not None:
        header = files.header()
        header.setStretchLastSection(False)
        # Name and date are what a person goes by; every file shown is a PDF, so size and type only take room.
        for column in (1, 2):
            header.hideSection(column)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        sidebar, splitter = dialog.findChild(QListView, "sidebar"), dialog.findChild(QSplitter, "splitter")
        if sidebar is not None and splitter is not None:
            side = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8
            if side > dialog.width() // 6 or dialog.fontInfo().pixelSize() > 1.4 * UI_PX:
                sidebar.hide()  # large text: the names need the room; the folder box above still leads home
            else:
                splitter.setSizes([side, dialog.width() - side])
    for button in dialog.findChildren(QPushButton):
        button.setMinimumHeight(button.sizeHint().height())  # large text: Save and Cancel are not squeezed
    return dialog


def save_problem(error: OSError) -> str:
    """Why a file could not be saved, in the app's language (the system's own
    words are English on many computers)."""
    import errno

    reasons = {errno.ENOENT: translate("PagePrinting", "that folder is not there"),
               errno.EACCES: translate("PagePrinting", "this computer does not allow saving there"),
               errno.EPERM: translate("PagePrinting", "this computer does not allow saving there"),
               errno.EROFS: translate("PagePrinting", "nothing can be saved there"),
               errno.ENOSPC: translate("PagePrinting", "the disk is full"),
               errno.EISDIR: translate("PagePrinting", "that name belongs to a folder")}
    return reasons.get(error.errno, error.strerror or str(error))


def printer_names() -> list[str]:
    """Installed printers (a function, so tests can pretend there is one)."""
    from PySide6.QtPrintSupport import QPrinterInfo  # lazy: start-up (QtPrintSupport loads on first print)

    return QPrinterInfo.availablePrinterNames()


def wrappable(path: str) -> str:
    """A path shown on a page: a zero-width space after each "/" lets a long folder wrap
    instead of running off the edge."""
    return path.replace("/", "/\u200b")


class PagePrinting:
    def _save_as_pdf(self, printout, caption: str, file_name: str, filters: str, failed: str, saved: str) -> None:
        """Save as PDF…: the Save dialog in Documents, then the PDF of `printout()` (made only
        once a place is chosen). The words are the page's own, translated in its context:
        `failed` and `saved` are format strings for the reason and the path. A kiosk writes no file."""
        if self._kiosk:
            return
        from ..printing import write_pdf  # lazy: start-up

        path, _ = self.ask_save_path(caption, str(save_folder() / file_name), filters)
        if not path:
            return
        path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            write_pdf(path, printout())
        except OSError as exc:
            self._set_status(failed.format(save_problem(exc)), "error")
            return
        self._set_status(saved.format(wrappable(str(path))), "success")

    def ask_save_path(self, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        """The path the person chose in the Save dialog ("" when they cancelled)."""
        from PySide6.QtWidgets import QDialog

        dialog = save_dialog(self, caption, suggested, filters)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return "", ""
            return dialog.selectedFiles()[0], dialog.selectedNameFilter()
        finally:
            dialog.deleteLater()

    def _set_status(self, text: str, kind: str = "warning") -> None:
        """`kind` (success, warning, error) gives the message its own look (theme.py)."""
        if self.status.property("message") != kind:
            self.status.setProperty("message", kind)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:  # below the buttons, it may be out of view (large text, small screen): bring it in
            QTimer.singleShot(0, self._scroll_to_status)

    def _scroll_to_status(self) -> None:
        if self.status.isVisible():
            self.widget().layout().activate()  # its place once it is shown, not before
            self.ensureWidgetVisible(self.status, 20, 20)

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
        # The dialog (a child of this page) holds the printout, with any typed name: delete it,
        # not only our reference, or one stays alive for every print.
        self.preview.deleteLater()
        self.preview = None
        return printer if printed else None

    def _after_system_print(self, printer, words: dict[str, str]) -> None:
        """Say on the page what the system print dialog did, as far as can be
        known: "saved" (to a file), "refused" (the queue takes no jobs) or
        "sent", each a format string for the file or printer, in the page's words."""
        from PySide6.QtPrintSupport import QPrinter

        from ..printing import cups

        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            if printer.outputFileName():
                self._set_status(words["saved"].format(wrappable(printer.outputFileName())), "success")
            return
        name = printer.printerName()
        if cups.accepting_jobs(name) is False:
            self._set_status(words["refused"].format(name), "error")
        else:
            self._set_status(words["sent"].format(name), "success")

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
