"""Limits on what a content folder may hold, so that no file can freeze the app.

Python-Markdown takes about 3 ms per kilobyte of dense text and recurses once
per nesting level, and Qt lays out every character of a page when it opens.
These limits keep the worst page that passes them quick to open (about
100 ms, benchmarks/bench_hostile.py), leave room for far longer modules than
any clinic writes (the longest shipped one is 6.5 KB), and are checked before
a file is parsed: a file over its size limit is never even read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import ContentError

MAX_MODULE_BYTES = 24_000  # nearly four times the longest shipped module (6.5 KB)
MAX_QUIZ_BYTES = 200_000  # about twenty times the shipped quiz
MAX_CHECKLIST_BYTES = 24_000
MAX_SETTINGS_BYTES = 64_000
MAX_PICTURE_BYTES = 2_000_000  # an SVG drawing; the shipped ones are under 10 KB
MAX_LINE_CHARS = 1_000  # a long paragraph (170 words) on one line is fine; a pasted page is not
MAX_NESTING = 8  # lists, quotes and boxes inside each other
# Python-Markdown's inline pass slows with every link, emphasis, code span, tag,
# entity and escape on a page (about 0.1 ms each): these characters start one.
# The shipped modules have at most 35 of them.
MAX_MARKS = 400
_MARKS = "[*_`<&\\"
MAX_MODULES = 2_000  # per language, over all content folders

# A line nested deeper than MAX_NESTING starts with at least that many characters of
# indentation and marks (each level is four spaces, or a mark and its space).
_DEEP_START = re.compile(rf"^[ \t>*+\-0-9.)]{{{MAX_NESTING + 1},}}", re.MULTILINE)
_NESTING_MARKS = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t])|>)")


def too_big(path: Path, limit: int, what: str) -> ContentError | None:
    """An error when the file is over `limit` bytes, found without reading it."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return None  # reading it reports why
    if size <= limit:
        return None
    return ContentError(path, None, f"the {what} is too big: {_size(size)}, more than the {_size(limit)} allowed",
                        f"split it into smaller files; the {what} is left out until then")


def source_problems(text: str, path: Path, first_line: int) -> list[ContentError]:
    """Lines too long, or nested too deep, for a page to open quickly.
    Python-Markdown nests a block for every four spaces of indentation and
    for every list mark or `>` at a line's start; counting those is enough
    to stop a pathological page before it is parsed. The parsed page is
    checked again (render.Page), for nesting that builds up over lines."""
    found: list[ContentError] = []
    marks = sum(text.count(mark) for mark in _MARKS)
    if marks > MAX_MARKS:
        found.append(ContentError(path, first_line + _line_passing(text, MAX_MARKS),
                                  f"{marks:,} links, emphasis marks and other mark-up characters ({_MARKS}), "
                                  f"more than the {MAX_MARKS:,} a page may have; this line passes the limit",
                                  "split the module, or write plainer text"))
    lines = text.split("\n")
    # Most files have no line that could break a limit: find the few that might, at C speed.
    suspects = {index for index, line in enumerate(lines) if len(line) > MAX_LINE_CHARS}
    suspects.update(text.count("\n", 0, m.start()) for m in _DEEP_START.finditer(text))
    long_lines, deep_lines = [], []  # (line number, size)
    for index in sorted(suspects):
        line = lines[index]
        if len(line) > MAX_LINE_CHARS:
            long_lines.append((first_line + index, len(line)))
        elif (depth := nesting_of(line)) > MAX_NESTING:
            deep_lines.append((first_line + index, depth))
    # One problem for each kind, on the first line that has it: a pasted page can break every line.
    if long_lines:
        number, length = long_lines[0]
        found.append(ContentError(path, number, f"a line of {length:,} characters, more than the {MAX_LINE_CHARS:,} "
                                  f"allowed{_more(long_lines)}",
                                  "break it into paragraphs (an empty line between them)"))
    if deep_lines:
        number, depth = deep_lines[0]
        found.append(ContentError(path, number, f"text nested {depth} levels deep, more than the {MAX_NESTING} "
                                  f"allowed{_more(deep_lines)}", "use fewer lists, quotes and boxes inside each other"))
    return found


def _more(places: list) -> str:
    if len(places) == 1:
        return ""
    return f" (and {len(places) - 1} more line{'s' * (len(places) > 2)} like it, the last on line {places[-1][0]})"


def _line_passing(text: str, limit: int) -> int:
    """The line (from 0) on which the count of mark-up characters passes `limit`."""
    seen = 0
    for index, line in enumerate(text.split("\n")):
        seen += sum(line.count(mark) for mark in _MARKS)
        if seen > limit:
            return index
    return 0


def nesting_of(line: str) -> int:
    """How many blocks deep a line starts: four spaces of indentation, or
    one list mark or `>`, open one level each."""
    depth, position = 0, 0
    while True:
        mark = _NESTING_MARKS.match(line, position)
        if mark is None:
            break
        depth += 1 + _indent(mark.group()) // 4
        position = mark.end()
    rest = line[position:]
    return depth + _indent(rest[:len(rest) - len(rest.lstrip(" \t"))]) // 4


def _indent(spaces: str) -> int:
    width = 0
    for character in spaces:
        if character == "\t":
            width += 4 - width % 4
        elif character == " ":
            width += 1
    return width


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f} MB"
    return f"{count / 1000:.0f} KB" if count >= 1000 else f"{count} bytes"
