"""Printed checklists: layout and PDF writing with QtGui only (no widgets),
so the command line works on a print server without a display.

`make_printout` turns a checklist and a person's appointment into text,
`PdfDocument`/`write_pdf` make PDFs, and `PagePainter` paints on any paged
device, including the GUI's QPrinter. Reads core; never gui or cli
(tests/core/test_import_layers.py).
"""

from .pages import PagePainter, prepare
from .pdf import PdfDocument, load_logo, pdf_bytes, write_atomically, write_pdf
from .printout import MAX_NAME_LENGTH, Printout, make_printout

__all__ = ["MAX_NAME_LENGTH", "PagePainter", "PdfDocument", "Printout", "load_logo", "make_printout", "pdf_bytes",
           "prepare", "write_atomically", "write_pdf"]
