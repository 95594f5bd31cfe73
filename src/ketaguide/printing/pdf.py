"""Printouts to PDF bytes in memory, and files written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from .. import APP_NAME
from .pages import PagePainter, prepare
from .printout import Printout

PDF_DPI = 1200  # QPdfWriter's default; text stays vector whatever the value


@lru_cache(maxsize=8)
def load_logo(path: Path | None) -> QImage | None:
    if path is None:
        return None
    image = QImage(str(path))
    return None if image.isNull() else image


class PdfDocument:
    """One PDF, built in memory: one printout, or a whole batch in one file
    (each printout starts on a new page and counts its own pages)."""

    def __init__(self, title: str):
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = QPdfWriter(self._buffer)
        self._writer.setResolution(PDF_DPI)
        self._writer.setTitle(title)  # never a person's name: PDF titles show in viewers and print queues
        self._writer.setCreator(APP_NAME)
        self._painter: QPainter | None = None
        self.pages = 0

    def add(self, printout: Printout) -> int:
        """Paint one printout; returns its number of pages."""
        return self.add_printout(printout).page_count

    def add_printout(self, printout: Printout) -> PagePainter:
        """Lay out and paint one printout; returns the layout, which can be
        painted again into a combined PDF."""
        self._next_page(printout)
        layout = PagePainter(printout, self._writer, load_logo(printout.logo))
        layout.paint(self._painter)
        self.pages += layout.page_count
        return layout

    def add_layout(self, layout: PagePainter) -> None:
        """Paint a printout already laid out for another PDF: a batch lays
        each one out once for its own file and the combined one."""
        self._next_page(layout.printout)
        layout.paint(self._painter, self._writer)
        self.pages += layout.page_count

    def _next_page(self, printout: Printout) -> None:
        prepare(self._writer, printout)
        if self._painter is None:
            self._painter = QPainter(self._writer)
        else:
            self._writer.newPage()

    def finish(self) -> bytes:
        if self._painter is not None:
            self._painter.end()
        self._buffer.close()
        return bytes(self._buffer.data())


def pdf_bytes(*printouts: Printout) -> bytes:
    document = PdfDocument(printouts[0].title if printouts else APP_NAME)
    for printout in printouts:
        document.add(printout)
    return document.finish()


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: a crash or a full disk never
    leaves a half-written PDF that looks like a good one."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".ketaguide-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # as if the file had been created normally
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_pdf(path: Path, *printouts: Printout) -> None:
    write_atomically(path, pdf_bytes(*printouts))
