"""The line grammar of checklists and the quiz, in one place.

Pages are Markdown and read only by Python-Markdown (core/render.py). A
checklist and the quiz are line formats: a `## ` heading starts a section or
a question, a `- [ ]` line is a box or a choice. Their text is shown as
plain words in labels, buttons and print, never as a page; a quiz
explanation is a page (read by render.py). The patterns follow
Python-Markdown where the two overlap (a heading is 1-6 `#`, a list item
starts with at most three spaces), so a line means what it looks like.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_HEADING = re.compile(r"^(#{1,6})(?!#)[ \t]*(.*?)[ \t]*(?:\{#[\w-]+\})?[ \t]*#*[ \t]*$")
_ITEM = re.compile(r"^ {0,3}[-*+][ \t]+(?:\[(?P<box>[ xX]?)\](?:[ \t]+|$))?(?P<text>.*)$")
_NUMBERED = re.compile(r"^ {0,3}\d{1,9}([.)])[ \t]+")
# What Qt takes for rich text (and the page for raw HTML): a tag, a comment, a declaration.
_TAG = re.compile(r"<[ \t]*/?[ \t]*[A-Za-z!?]")


class Heading(NamedTuple):
    level: int
    text: str


class Item(NamedTuple):
    box: str | None  # " " for "- [ ]", "x" for "- [x]", None for a plain "- " line
    text: str


def heading(line: str) -> Heading | None:
    if not line.startswith("#"):
        return None
    found = _HEADING.match(line.rstrip())
    return Heading(len(found.group(1)), found.group(2)) if found else None


def item(line: str) -> Item | None:
    if line.lstrip(" ")[:1] not in ("-", "*", "+"):
        return None
    found = _ITEM.match(line)
    if found is None:
        return None
    box = found.group("box")
    return Item(None if box is None else (box.lower() or " "), found.group("text").strip())


def numbered(line: str) -> str | None:
    """'.' or ')' for a numbered list line; None otherwise."""
    found = _NUMBERED.match(line)
    return found.group(1) if found else None


def is_markdown_list_item(line: str) -> bool:
    """Whether Python-Markdown starts a list item here (`1)` is not one)."""
    return item(line) is not None or numbered(line) == "."


def has_html(text: str) -> bool:
    return bool(_TAG.search(text))
