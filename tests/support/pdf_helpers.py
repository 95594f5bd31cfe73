"""Read printed PDFs back as a person would read the paper: the words on each
page (pypdf, in process) and, for the printing tests, poppler's pdftotext and
pdfinfo (the tools a reviewer runs, ./dev installs poppler-utils)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader


def words(text: str) -> str:
    """PDF text as a reader sees it: one space between words (extraction
    breaks lines around bold runs, and reads non-breaking spaces as such)."""
    return re.sub(r" ([.,;:!?])", r"\1", " ".join(text.replace("\u00a0", " ").split()))


def pdf_text(data: bytes) -> list[str]:
    return [words(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def pdftotext(path: Path, page: int | None = None) -> str:
    """poppler's text of the whole file, or of one page (counted from 1), as `words`."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(["pdftotext", *pages, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                            text=True, check=True, timeout=60)
    return words(result.stdout)


def pdfinfo(path: Path) -> dict[str, str]:
    """poppler's description of a PDF: "Pages", "Page size", "Title", …"""
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60)
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in result.stdout.splitlines()) if value}
