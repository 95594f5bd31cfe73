"""Preparation checklists: `content/<lang>/checklists/<id>.md` into a model.

`## Heading` lines are sections, `- [ ] text` lines are boxes, a paragraph
right under a heading is a note for that section. Clinic placeholders are
filled at load time; {appointment.*} ones stay until a person gives (or does
not give) an appointment, see `personalise`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from . import appointment as appt
from . import line_grammar
from .confinement import inside
from .errors import ContentError, warning
from .frontmatter import Document, read_document
from .limits import MAX_CHECKLIST_BYTES, source_problems
from .modules import ID
from .placeholders import PLACEHOLDER, fill
from .settings import Preparation, Settings

REQUIRED_KEYS = ("id", "title", "last_reviewed")
OPTIONAL_KEYS = ("reviewed_by",)  # the reviewer's role, shown on the printed page
REVIEW_WARNING_AFTER = timedelta(days=365)  # modules are reviewed yearly too
_PLACEHOLDER_AND_PERIOD = re.compile(PLACEHOLDER.pattern + r"(\.?)")
_FORMATTING = re.compile(r"\*\*|__|`|\[[^\]]*\]\([^)]*\)")


@dataclass(frozen=True)
class Item:
    key: str  # "section.item", 1-based; what the screen remembers as ticked
    text: str
    line: int


@dataclass(frozen=True)
class Section:
    title: str
    note: str
    items: tuple[Item, ...]
    line: int


@dataclass(frozen=True)
class Checklist:
    id: str
    title: str
    last_reviewed: date
    sections: tuple[Section, ...]
    path: Path
    reviewed_by: str = ""
    language: str = "en"  # what it is written in: its printout's own words follow it
    id_line: int = 1  # the file's line of `id:`, for problems about the id

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def filled(self, values: dict[str, str]) -> Checklist:
        """A copy with the {appointment.*} placeholders replaced."""
        def value(match: re.Match) -> str:
            text = values.get(match.group(1), match.group(0))
            # "antes de las 3:30 a. m." ends a sentence with its own period
            return text if text.endswith(".") else text + match.group(2)

        def sub(text: str) -> str:
            return _PLACEHOLDER_AND_PERIOD.sub(value, text)

        sections = tuple(replace(s, title=sub(s.title), note=sub(s.note),
                                 items=tuple(replace(i, text=sub(i.text)) for i in s.items))
                         for s in self.sections)
        return replace(self, title=sub(self.title), sections=sections)


def personalise(checklist: Checklist, appointment: datetime | None, preparation: Preparation,
                style: appt.TimeStyle = appt.TimeStyle(),
                zone: tzinfo | None = None) -> tuple[Checklist, tuple[str, ...]]:
    """The checklist as one person reads it, with their times (or the words
    for them), and those times as phrases to print in bold."""
    values = appt.appointment_values(appointment, preparation, style, zone)
    return checklist.filled(values), appt.deadline_times(appointment, preparation, style, zone)


def emphasised(text: str, phrases) -> list[tuple[str, bool]]:
    """Split text into (piece, bold) runs so times stand out wherever they
    are printed or shown: "Stop eating by **3:30 AM**."."""
    phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not phrases:
        return [(text, False)] if text else []
    pattern = re.compile("|".join(re.escape(p) for p in phrases))
    runs, start = [], 0
    for match in pattern.finditer(text):
        if match.start() > start:
            runs.append((text[start:match.start()], False))
        runs.append((match.group(0), True))
        start = match.end()
    if start < len(text):
        runs.append((text[start:], False))
    return runs


# -- loading ------------------------------------------------------------------
def load_checklists(content_dirs, language: str, settings: Settings,
                    today: date) -> tuple[tuple[Checklist, ...], list[ContentError]]:
    """Later folders override earlier ones, as for modules: a clinic's
    checklist with the same id replaces the built-in one. A folder without
    checklists is fine (a clinic may only add topics)."""
    values = {**settings.placeholders(language), **{name: "{" + name + "}" for name in appt.PLACEHOLDERS}}
    problems: list[ContentError] = []
    by_id: dict[str, Checklist] = {}
    for content_dir in content_dirs:
        seen_here: dict[str, Path] = {}
        for path in sorted((Path(content_dir) / language / "checklists").glob("*.md")):
            if not inside(path, content_dir):
                problems.append(ContentError(path, None, "the file is a link to a file outside the content folder",
                                             "copy the file into the content folder instead; it is left out"))
                continue
            checklist, errors = load_checklist(path, values, today)
            problems.extend(errors)
            if checklist is None:
                continue
            checklist = replace(checklist, language=language)
            if checklist.id in seen_here:
                problems.append(ContentError(path, checklist.id_line, f"duplicate checklist id '{checklist.id}'",
                                             f"{seen_here[checklist.id]} already uses it"))
                continue
            seen_here[checklist.id] = path
            by_id[checklist.id] = checklist
    return tuple(sorted(by_id.values(), key=lambda c: c.path.name)), problems


def load_checklist(path: Path, placeholders: dict[str, str],
                   today: date) -> tuple[Checklist | None, list[ContentError]]:
    """One checklist, or None (with the reasons) when it cannot be printed."""
    doc, errors = read_document(path, "id, title and last_reviewed", MAX_CHECKLIST_BYTES, "checklist")
    if doc is None:
        return None, errors
    limits = source_problems(doc.body, path, doc.body_line)
    if limits:
        return None, errors + limits
    meta, errors = _check_meta(doc, placeholders, today)
    body, placeholder_errors = fill(doc.body, placeholders, path, doc.body_line)
    errors.extend(placeholder_errors)
    sections, body_errors = _parse_body(path, body, doc.body_line)
    errors.extend(body_errors)
    if meta is None or any(e.is_error for e in errors):
        return None, errors
    return Checklist(**meta, sections=sections, path=path, id_line=doc.key_lines.get("id", 1)), errors


def _check_meta(doc: Document, placeholders: dict[str, str], today: date) -> tuple[dict | None, list[ContentError]]:
    path, meta, lines = doc.path, doc.meta, doc.key_lines
    errors: list[ContentError] = []
    for key in meta:
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            errors.append(ContentError(path, lines.get(key, 1), f"unknown front-matter key '{key}'",
                                       f"a checklist has: {', '.join(REQUIRED_KEYS)}, and may have "
                                       f"{', '.join(OPTIONAL_KEYS)}"))
    for key in REQUIRED_KEYS:
        if key not in meta:
            errors.append(ContentError(path, 1, f"missing front-matter key '{key}'", "add it between the --- lines"))
    if errors:
        return None, errors
    values = {}
    for key in ("id", "title"):
        value = meta[key]
        if not isinstance(value, str) or not value.strip():
            errors.append(ContentError(path, lines[key], f"'{key}' must be non-empty text"))
        else:
            values[key] = " ".join(value.split())
    if "id" in values and not ID.match(values["id"]):
        errors.append(ContentError(path, lines["id"], f"id '{values['id']}' must be lowercase letters, digits and "
                                   "hyphens", "for example: preparation"))
    if "title" in values and line_grammar.has_html(values["title"]):
        errors.append(ContentError(path, lines["title"], "raw HTML is not allowed in the title", "write plain text"))
    if "title" in values:
        values["title"], title_errors = fill(values["title"], placeholders, path, lines["title"])
        errors.extend(title_errors)
    try:
        reviewed = date.fromisoformat(str(meta["last_reviewed"]))
    except ValueError:
        errors.append(ContentError(path, lines["last_reviewed"], f"last_reviewed '{meta['last_reviewed']}' is not "
                                   "a real date", "write it as YYYY-MM-DD, for example 2026-11-21"))
    else:
        values["last_reviewed"] = reviewed
        if reviewed > today:
            errors.append(ContentError(path, lines["last_reviewed"], f"last_reviewed {reviewed.isoformat()} is in "
                                       "the future", "use the date the checklist was actually reviewed"))
        elif today - reviewed > REVIEW_WARNING_AFTER:
            errors.append(warning(path, lines["last_reviewed"], f"the checklist was last reviewed on "
                                  f"{reviewed.isoformat()}, more than a year ago",
                                  "review it, then update last_reviewed"))
    reviewer = meta.get("reviewed_by", "")
    if not isinstance(reviewer, str):
        errors.append(ContentError(path, lines["reviewed_by"], "'reviewed_by' must be text, such as a role"))
    elif reviewer.strip():
        values["reviewed_by"] = " ".join(reviewer.split())
    complete = all(key in values for key in REQUIRED_KEYS)
    return (values if complete and not any(e.is_error for e in errors) else None), errors


class _BodyParser:
    """Reads the body line by line, keeping the line of every problem."""

    def __init__(self, path: Path):
        self.path = path
        self.errors: list[ContentError] = []
        self.sections: list[dict] = []
        self.item_open = False  # an indented line continues the item above
        self.in_comment = False

    def error(self, line: int, message: str, hint: str = "") -> None:
        self.errors.append(ContentError(self.path, line, message, hint))

    def feed(self, number: int, line: str) -> None:
        stripped = line.strip()
        if self.in_comment or stripped.startswith("<!--"):  # writers' notes to each other
            self.in_comment = "-->" not in stripped
            return
        if not stripped:
            self.item_open = False
            return
        section = self.sections[-1] if self.sections else None
        heading = line_grammar.heading(stripped)
        item = line_grammar.item(line)
        if line_grammar.has_html(stripped):  # labels would draw it as rich text (and load what it names)
            self.error(number, f"raw HTML is not allowed: {stripped[:40]}", "write plain text")
        elif heading:
            self._heading(number, heading.level, heading.text)
        elif item:
            self._item(number, section, item.box, item.text)
        elif self.item_open and line[:1].isspace():
            section["items"][-1]["text"] += " " + stripped
        elif line_grammar.numbered(line):
            self.error(number, "numbered lists are not boxes", "write each box as '- [ ] text'")
        elif section is None:
            self.error(number, "text before the first section", "put a '## Section' heading above it")
        elif section["items"]:
            self.error(number, f"text after the boxes of '{section['title']}'",
                       "put a section's note right under its heading, or make this line a box: '- [ ] text'")
        else:
            section["note"] = f"{section['note']} {stripped}".strip()

    def _heading(self, number: int, level: int, title: str) -> None:
        self.item_open = False
        if level != 2:
            self.error(number, f"a level-{level} heading; sections are '## ' headings",
                       "the checklist's title comes from 'title:' in the front matter")
        elif not title:
            self.error(number, "a section heading without text")
        else:
            self.sections.append({"title": title, "note": "", "items": [], "line": number})

    def _item(self, number: int, section: dict | None, box: str | None, text: str) -> None:
        self.item_open = False
        text = " ".join(text.split())
        if section is None:
            self.error(number, "a box before the first section", "put a '## Section' heading above it")
        elif box == "x":
            self.error(number, "a box that is already ticked", "printed boxes start empty: write '- [ ]'")
        elif not text:
            self.error(number, "a box without text")
        else:
            if _FORMATTING.search(text):
                self.errors.append(warning(self.path, number, "Markdown formatting is not shown in checklists",
                                           "write the box as plain text"))
            section["items"].append({"text": text, "line": number})
            self.item_open = True


def _parse_body(path: Path, body: str, first_line: int) -> tuple[tuple[Section, ...], list[ContentError]]:
    parser = _BodyParser(path)
    for number, line in enumerate(body.split("\n"), start=first_line):
        parser.feed(number, line)
    sections = tuple(
        Section(s["title"], s["note"], tuple(Item(f"{n}.{m}", i["text"], i["line"])
                                             for m, i in enumerate(s["items"], 1)), s["line"])
        for n, s in enumerate(parser.sections, 1))
    if not any(s.items for s in sections) and not parser.errors:
        parser.error(first_line, "the checklist has no boxes",
                     "add sections ('## The day before') with boxes ('- [ ] Arrange a ride home')")
    return sections, parser.errors
