"""Patient modules: one Markdown file each, with YAML front matter."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import line_grammar
from .errors import ContentError
from .frontmatter import Document, read_document
from .limits import MAX_MODULE_BYTES, source_problems
from .outline import Heading
from .placeholders import fill

if TYPE_CHECKING:  # lazy: start-up (Python-Markdown and textstat load when a page is first read)
    from .readability import Readability
    from .render import Page

GROUPS = {"start-here": "Start here", "learn-more": "Learn more"}
REQUIRED_KEYS = ("id", "title", "summary", "group", "order", "created", "last_reviewed",
                 "next_review_due", "reviewed_by", "sources")
OPTIONAL_KEYS = ()
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")  # module, checklist and quiz ids alike
# Of the space-separated pieces of a module's Markdown, about this share are words a
# person reads (the rest: list dashes, `##`, `!!!` lines, {#ids}); measured on the
# shipped modules (0.82-0.90). Counting words exactly needs the page read.
WORDS_PER_TOKEN = 0.86
READING_WORDS_PER_MINUTE = 150  # a relaxed pace; many patients read slowly


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    group: str
    order: int
    created: date
    last_reviewed: date
    next_review_due: date
    reviewed_by: str
    sources: tuple[str, ...]
    source: str  # the Markdown body, placeholders filled in
    path: Path
    body_line: int = 1  # the file's line where `source` starts
    estimated_words: int = 0  # from the source, for "N min read" on the home screen
    language: str = "en"  # the language the page is written in (read aloud with a voice for it)
    fallback_note: str = ""  # set when the page is English standing in for a missing translation
    id_line: int = 1  # the file's line of `id:`, for problems about the id
    placeholder_names: frozenset[str] = frozenset()  # as written in the file, before filling

    @cached_property
    def page(self) -> Page:
        """Read when the module is first shown or checked: Python-Markdown costs
        about 3 ms a page, too much for loading 1,000 modules at start."""
        from .render import read_page  # lazy: start-up (Python-Markdown stays off the start path)

        return read_page(self.source)

    @property
    def html(self) -> str:
        return self.page.html

    @property
    def headings(self) -> tuple[Heading, ...]:
        return self.page.outline.headings

    @property
    def links(self) -> tuple[str, ...]:
        return self.page.outline.links

    @property
    def images(self) -> tuple[tuple[str, str], ...]:
        return self.page.outline.images

    @property
    def callouts(self) -> tuple[str, ...]:
        return self.page.outline.callouts

    @property
    def words(self) -> int:
        return self.page.outline.words

    @property
    def starts_bold(self) -> bool:
        return self.page.outline.starts_bold

    @cached_property
    def readability(self) -> Readability:
        """Grade, SMOG, reading ease: measured when first asked (ketaguide check), not at start."""
        from .readability import measure_html  # lazy: start-up (textstat's dictionary, only for `check`)

        return measure_html(self.html, self.language)

    @property
    def minutes_to_read(self) -> int:
        # From the source: the home screen shows it for every module before any page is read.
        return max(1, math.ceil(self.estimated_words / READING_WORDS_PER_MINUTE))

    @property
    def anchors(self) -> frozenset[str]:
        return frozenset(h.anchor for h in self.headings)


def load_module(path: Path, placeholders: dict[str, str], today: date) -> tuple[Module | None, list[ContentError]]:
    """Load one module. Returns None when it cannot be shown to a patient."""
    doc, errors = read_document(path, "id, title, summary …", MAX_MODULE_BYTES, "module")
    if doc is None:
        return None, errors
    limits = source_problems(doc.body, path, doc.body_line)
    if limits:  # never parsed: the page could take seconds to open
        return None, errors + limits
    meta, problems = _check_meta(doc, today)
    errors.extend(problems)
    seen: set[str] = set()
    body, placeholder_errors = fill(doc.body, placeholders, path, doc.body_line, seen)
    for key in ("title", "summary"):  # shown on cards and pages too: same rules as the body
        if meta is not None:
            meta[key], key_errors = fill(meta[key], placeholders, path, doc.key_lines.get(key, 1), seen)
            placeholder_errors += key_errors
    errors.extend(placeholder_errors)
    if not doc.body.strip():
        errors.append(ContentError(path, doc.body_line, "the module has no text after the front matter"))
    if meta is None or placeholder_errors or not doc.body.strip():
        return None, errors
    module = Module(**meta, source=body, path=path, body_line=doc.body_line, id_line=doc.key_lines.get("id", 1),
                    estimated_words=round(len(body.split()) * WORDS_PER_TOKEN), placeholder_names=frozenset(seen))
    return module, errors


def _check_meta(doc: Document, today: date) -> tuple[dict | None, list[ContentError]]:
    """Validate front matter. Overdue review is reported but the module is kept:
    hiding it would take information away from patients, not make it fresher."""
    path, meta, lines = doc.path, doc.meta, doc.key_lines
    errors: list[ContentError] = []
    blocking = False

    def error(key, message, hint="", blocks=True):
        nonlocal blocking
        blocking = blocking or blocks
        errors.append(ContentError(path, lines.get(key, 1), message, hint))

    for key in meta:
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            error(key, f"unknown front-matter key '{key}'", f"known keys: {', '.join(REQUIRED_KEYS)}")
    missing = [k for k in REQUIRED_KEYS if k not in meta]
    for key in missing:
        error(None, f"missing front-matter key '{key}'", "add it between the --- lines")
    if missing:
        return None, errors

    values = {}
    for key in ("id", "title", "summary", "reviewed_by", "group"):
        value = meta[key]
        if not isinstance(value, str) or not value.strip():
            error(key, f"'{key}' must be non-empty text")
        else:
            values[key] = " ".join(value.split())
    for key in ("title", "summary", "reviewed_by"):  # shown in labels, which would draw HTML
        if key in values and line_grammar.has_html(values[key]):
            error(key, f"raw HTML is not allowed in '{key}'", "write plain text")
    if "id" in values and not ID.match(values["id"]):
        error("id", f"id '{values['id']}' must be lowercase letters, digits and hyphens", "for example: infusion-day")
    if "group" in values and values["group"] not in GROUPS:
        error("group", f"group '{values['group']}' is not known", f"use one of: {', '.join(GROUPS)}")
    order = meta["order"]
    if not isinstance(order, int) or isinstance(order, bool):
        error("order", f"order must be a whole number, not {order!r}")
    else:
        values["order"] = order
    for key in ("created", "last_reviewed", "next_review_due"):
        try:
            values[key] = date.fromisoformat(str(meta[key]))
        except ValueError:
            error(key, f"{key} '{meta[key]}' is not a real date", "write it as YYYY-MM-DD, for example 2026-11-21")
    sources = meta["sources"]
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s for s in sources):
        error("sources", "sources must be a list of source ids", "for example: [S1, S14]")
    else:
        values["sources"] = tuple(sources)
    if blocking:
        return None, errors

    if values["last_reviewed"] < values["created"]:
        error("last_reviewed", "last_reviewed is before created", blocks=False)
    if values["next_review_due"] < today:
        error("next_review_due", f"the review was due on {values['next_review_due'].isoformat()}",
              "review the module, then update last_reviewed and next_review_due", blocks=False)
    return values, errors
