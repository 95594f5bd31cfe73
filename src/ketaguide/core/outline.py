"""What a page holds, as `check` validates it: the outline read from Python-Markdown's
own parse of the page (core/render.py, `read_page`), and the rules for words and ids."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TOC_LEVELS = (2, 3)  # the levels the reader's "On this page" list and section links use


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str
    line: int = field(default=0, compare=False)  # in the Markdown it was read from


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]  # levels 2-3, in order
    links: tuple[str, ...]  # every href, in order
    images: tuple[tuple[str, str], ...]  # (src, alt)
    callouts: tuple[str, ...]  # callout kinds, in order
    words: int
    starts_bold: bool  # the first paragraph opens with **bold** text (the main message)


def count_words(text: str) -> int:
    """Words counted as textstat.lexicon_count counts them, without textstat."""
    return len(re.sub(r"[^\w\s'’-]", "", text).split())


def slugify(text: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default slugify)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)
