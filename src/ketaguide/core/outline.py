"""What validation needs from a module's Markdown, read from the source without rendering it.

Rendering with Python-Markdown costs about 3.4 ms a page, so loading renders
nothing: the headings (with the ids the toc extension gives them), links,
pictures, callout boxes, word count and the bold opening line are read from
the source here, and a page is rendered when someone first opens it.

This follows Python-Markdown's rules for the Markdown the content format
allows (docs/content-format.md): where a `#` heading or a `!!!` box may start
(indentation, lists, boxes, quotes), attribute lists, inline, reference and
angle-bracket links, escapes, code spans and HTML comments.
tests/test_outline.py checks that it agrees with the renderer on every shipped
module and on awkward cases.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html import unescape

TOC_LEVELS = (2, 3)  # the levels the reader's "On this page" list and section links use


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Outline:
    headings: tuple[Heading, ...]  # levels 2-3, in order
    links: tuple[str, ...]  # every href: those in headings first, then the rest in order
    images: tuple[tuple[str, str], ...]  # (src, alt)
    callouts: tuple[str, ...]  # callout kinds, in order
    words: int
    starts_bold: bool  # the first paragraph opens with **bold** text (the main message)


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_QUOTE = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")
_ATX = re.compile(r"^(#{1,6})(.*?)#*[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-+)[ \t]*$")
_HEADING_ATTRIBUTES = re.compile(r"[ ]+\{:?[ ]*([^}\n ][^\n]*?)[ ]*\}[ ]*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\{:[ ]*([^}\n]*)\}[ ]*$")  # `{: #id }` on its own line, after a paragraph
_ID = re.compile(r"""#([^\s}]+)|\bid=(?:"([^"]*)"|'([^']*)'|([^\s}]+))""")
_CALLOUT = re.compile(r'^!!! ?([\w-]+)(?: +[\w-]+)*(?: +"(.*?)")? *$')
_LIST_STARTS = frozenset("-*+0123456789")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+\.)[ \t]+")  # `1)` is not a list in Python-Markdown
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+", re.MULTILINE)
_NOT_TEXT = re.compile(r"^[ \t]*(?:!!!|#|\||>|<|([-=*_][ \t]*){3,}$)")  # boxes, headings, tables, HTML, rules
_REFERENCE = re.compile(r"""^[ \t]*\[([^\]]+)\]:[ \t]*(?:\n[ \t]*)?<?([^\s>]*)>?(?:[ \t]+(["'(])(.*)["')])?[ \t]*$""",
                        re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t|:-]+$")
_RULE_OR_REFERENCE_STARTS = ("[", "|", ":", "-", "=", "{")  # lines not starting so are never skipped
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_STASHED = re.compile("\x00(\\d+)\x00")
_ANGLE_DESTINATION = re.compile(r"""\s*<([^<>\n]*)>\s*(?:(["'])(.*?)\2\s*)?\)""")
_TITLE = re.compile(r"""^(.*?)\s*(["'])(.*)\2\s*$""", re.DOTALL)
_AUTOLINK = re.compile(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>")
_AUTOMAIL = re.compile(r"<([^<> !]+@[^@<> ]+)>")
_OPENERS = re.compile(r"[\[<]")
_BRACKETS = re.compile(r"[\\\[\]]|\n[ \t]*\n")
_PARENTHESES = re.compile(r"[\\()]|\n[ \t]*\n")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_EMPHASIS = re.compile(r"(?<=\S)\*+|\*+(?=\S)|(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|:])")
_MARKED = re.compile(r"[<*_\\&]")


def outline(source: str) -> Outline:
    source = _COMMENT.sub("", source)  # what a comment holds is not on the page
    lines = source.split("\n")
    references = _references(source) if "]:" in source else {}
    headings: list[tuple[int, str, str | None]] = []  # (level, text, explicit id)
    ids_elsewhere: list[str] = []  # paragraphs can take ids too; the toc then skips them
    links: list[str] = []
    images: list[tuple[str, str]] = []
    callouts: list[str] = []
    text: list[str] = []  # headings and callout titles
    body: list[str] = []  # every other line: read in one go at the end, for speed
    nesting = _Nesting()

    block_start = True  # a setext heading is the first line of a block
    in_table = False
    for index, line in enumerate(lines):
        if line[:1] == ">" or line[:4].lstrip()[:1] == ">":
            line = _QUOTE.sub("", line)
        stripped = line.strip()
        if not stripped:
            nesting.blank()
            body.append(line)
            block_start, in_table = True, False
            continue
        indent = _indent(line) if line[0] in " \t" else 0
        first = stripped[0]
        if in_table:  # a table runs on, row by row, until a blank line
            body.append(line)
            continue
        if first in "|:-" and "|" in stripped and _TABLE_RULE.match(stripped) and index and "|" in lines[index - 1]:
            in_table = True  # the row above was its header, read as text; the rule holds no words
            continue
        starts_block = nesting.may_start_block(indent)
        atx = starts_block and first == "#" and _ATX.match(stripped)
        callout = starts_block and first == "!" and _CALLOUT.match(stripped)
        next_line = lines[index + 1].strip() if block_start and starts_block and index + 1 < len(lines) else ""
        setext = next_line[:1] in ("=", "-") and _SETEXT_UNDERLINE.match(next_line)
        if atx or setext:
            raw, anchor = _without_attributes(atx.group(2) if atx else stripped)
            level = len(atx.group(1)) if atx else (1 if next_line[0] == "=" else 2)
            heading = _inline(raw, references, links, images)
            headings.append((level, heading, anchor))
            text.append(heading)
        elif callout:
            kind, title = callout.group(1).lower(), callout.group(2)
            callouts.append(kind)
            text.append(_inline(title, references, links, images) if title is not None else kind.capitalize())
            nesting.open_box(indent)
        elif first not in _RULE_OR_REFERENCE_STARTS or not _skipped(line, stripped, ids_elsewhere):
            body.append(line)
        nesting.line(indent, stripped)
        block_start = bool(atx or callout) or (first in "-=" and bool(_SETEXT_UNDERLINE.match(stripped)))
    # Only counted, never shown: no need to strip emphasis, which is not words anyway.
    text.append(_inline(_LIST_MARKER.sub("", "\n".join(body)), references, links, images, _readable))
    return Outline(
        headings=_with_anchors(headings, ids_elsewhere),
        links=tuple(links),
        images=tuple(images),
        callouts=tuple(callouts),
        words=count_words(" ".join(text)),
        starts_bold=_starts_bold(lines),
    )


class _Nesting:
    """Where Python-Markdown lets a `#` heading or a `!!!` box start: at the
    left edge, or indented by four spaces for each list item or box it is
    inside. Indented anywhere else, the line is plain text (or code)."""

    def __init__(self):
        self.depth = 0  # indentation that nested blocks may have here
        self.list_depth = 0  # a list item's nested blocks start after a blank line
        self.after_blank = False

    def may_start_block(self, indent: int) -> bool:
        return indent == 0 or (indent % 4 == 0 and indent <= self.depth)

    def blank(self) -> None:
        self.after_blank = True
        self.depth = max(self.depth, self.list_depth)

    def open_box(self, indent: int) -> None:
        self.depth = indent + 4  # a box's text follows at once, indented

    def line(self, indent: int, stripped: str) -> None:
        if _is_list_item(stripped) and indent <= self.depth:
            self.list_depth = indent + 4
        elif self.after_blank and indent < self.list_depth:
            self.list_depth = indent - indent % 4  # the list has ended
        if indent < self.depth and not stripped.startswith("!!!"):
            self.depth = min(self.depth, max(indent - indent % 4, self.list_depth if not self.after_blank else 0))
        self.after_blank = False


def plain_text(source: str) -> str:
    """Markdown as words to read out (screen readers): no link targets, no marks."""
    source = _COMMENT.sub("", source)
    references = _references(source) if "]:" in source else {}
    return _inline(_LIST_MARKER.sub("", source), references, [], [])


def unseparated_lists(source: str) -> list[int]:
    """Lines (counted from 0) where a list starts straight under a line of
    text: Markdown draws it as that text, dashes and all. Only where a list is
    plainly meant (the text ends with ':' or two items follow), so a wrapped
    sentence that starts a line with '10.' is left alone."""
    found, in_list = [], False
    lines = source.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_list = False
            continue
        if not _is_list_item(stripped):
            continue
        previous = lines[index - 1] if index else ""
        meant = previous.rstrip().endswith(":") or (index + 1 < len(lines) and _is_list_item(lines[index + 1].strip()))
        if not in_list and previous.strip() and not _NOT_TEXT.match(previous) and meant:
            found.append(index)
        in_list = True
    return found


def _is_list_item(stripped: str) -> bool:
    return bool(stripped) and stripped[0] in _LIST_STARTS and bool(_LIST_ITEM.match(stripped))


def count_words(text: str) -> int:
    """Words counted as textstat.lexicon_count counts them, without textstat."""
    return len(re.sub(r"[^\w\s'’-]", "", text).split())


def slugify(text: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default slugify)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _indent(line: str) -> int:
    width = 0
    for character in line:
        if character == " ":
            width += 1
        elif character == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _skipped(line: str, stripped: str, ids_elsewhere: list[str]) -> bool:
    """Lines that hold no words: rules, underlines, link definitions, attribute lists."""
    block_attributes = _BLOCK_ATTRIBUTES.match(stripped)
    if block_attributes:
        ids_elsewhere.extend(_ids(block_attributes.group(1)))
        return True
    return bool(_REFERENCE.match(line) or _TABLE_RULE.match(line) or _SETEXT_UNDERLINE.match(stripped))


def _without_attributes(raw: str) -> tuple[str, str | None]:
    """A heading's text without its attr_list `{#id .class}`, and the id it sets."""
    attributes = _HEADING_ATTRIBUTES.search(raw)
    if not attributes:
        return raw, None
    ids = _ids(attributes.group(1))
    return raw[: attributes.start()], ids[-1] if ids else None


def _ids(attributes: str) -> list[str]:
    return [next(part for part in match.groups() if part is not None) for match in _ID.finditer(attributes)]


def _with_anchors(headings: list[tuple[int, str, str | None]], ids_elsewhere: list[str]) -> tuple[Heading, ...]:
    """Explicit ids are taken first, then each heading without one gets a
    unique slug, as the toc extension does it (id, id_1, id_2 …)."""
    used = {anchor for _, _, anchor in headings if anchor} | set(ids_elsewhere)
    found = []
    for level, text, anchor in headings:
        if anchor is None:
            anchor = _unique(slugify(text), used)
        if level in TOC_LEVELS:
            found.append(Heading(level, text, anchor))
    return tuple(found)


def _unique(anchor: str, used: set[str]) -> str:
    if anchor in used or not anchor:
        numbered = re.match(r"^(.*)_([0-9]+)$", anchor)
        base, count = (numbered.group(1), int(numbered.group(2))) if numbered else (anchor, 0)
        count += 1
        while f"{base}_{count}" in used:
            count += 1
        anchor = f"{base}_{count}"
    used.add(anchor)
    return anchor


def _inline(text: str, references: dict[str, tuple[str, str | None]], links: list[str],
            images: list[tuple[str, str]], plain=None) -> str:
    """Collect the links and pictures of some Markdown text; return its readable text."""
    spans: list[str] = []
    if "`" in text:  # code is words, never a link: set it aside until the end
        text = _CODE_SPAN.sub(lambda m: spans.append(m.group(2).strip()) or f"\x00{len(spans) - 1}\x00", text)
    pieces, position, search = [], 0, 0
    while True:
        opener = _OPENERS.search(text, search)
        if opener is None:
            break
        start = search = opener.start()
        if _escaped(text, start):
            search += 1
            continue
        found = _angle_link(text, start) if text[start] == "<" else _bracket_link(text, start, references)
        if found is None:
            search += 1
            continue
        end, href, label, title = found
        image = text[start] == "[" and start > 0 and text[start - 1] == "!" and not _escaped(text, start - 1)
        pieces.append(text[position:start - 1 if image else start])
        if image:
            images.append((href, label))
            pieces.append(f" {title or ''} ")  # a picture's title is its caption
        else:
            pieces.append(_inline(label, references, links, images, _readable) if text[start] == "[" else label)
            links.append(href)
        position = search = end
    pieces.append(text[position:])
    readable = (plain or _plain)("".join(pieces))
    return _STASHED.sub(lambda m: spans[int(m.group(1))], readable) if spans else readable


def _bracket_link(text: str, start: int, references) -> tuple[int, str, str, str | None] | None:
    """[label](destination "title"), [label][ref], [label][] or [ref]."""
    close = _closing(text, start, "[", "]")
    if close < 0:
        return None
    label, after = text[start + 1:close], close + 1
    if text[after:after + 1] == "(":
        destination = _destination(text, after + 1)
        return None if destination is None else (destination[2], destination[0], label, destination[1])
    if text[after:after + 1] == "[":
        ref_close = text.find("]", after + 1)
        reference = references.get(_reference_key(text[after + 1:ref_close] or label)) if ref_close >= 0 else None
        if reference is not None:
            return ref_close + 1, reference[0], label, reference[1]
        # An unknown [ref]: the first brackets may still be a shortcut reference.
    reference = references.get(_reference_key(label))
    return None if reference is None else (after, reference[0], label, reference[1])


def _angle_link(text: str, start: int) -> tuple[int, str, str, None] | None:
    web = _AUTOLINK.match(text, start)
    if web:
        return web.end(), web.group(1), web.group(1), None
    mail = _AUTOMAIL.match(text, start)
    if mail:
        address = mail.group(1).removeprefix("mailto:")
        return mail.end(), f"mailto:{address}", address, None
    return None


def _destination(text: str, start: int) -> tuple[str, str | None, int] | None:
    """What follows `](`: the target and title, and where the link ends.
    Parentheses nest; a backslash escapes one; a blank line ends the search."""
    angle = _ANGLE_DESTINATION.match(text, start)
    if angle:
        return angle.group(1).strip(), angle.group(3), angle.end()
    close = _closing(text, start - 1, "(", ")")
    if close < 0:
        return None
    inside = text[start:close]
    titled = _TITLE.match(inside)
    href, title = (titled.group(1), titled.group(3)) if titled and titled.group(1).strip() else (inside, None)
    return _ESCAPE.sub(r"\1", href).strip(), title, close + 1


def _closing(text: str, start: int, opening: str, closing: str) -> int:
    """The index of the bracket that closes the one at `start`, or -1."""
    interesting = _BRACKETS if opening == "[" else _PARENTHESES
    depth, index = 0, start
    while True:
        found = interesting.search(text, index)
        if found is None:
            return -1
        index, character = found.start(), found.group()
        if character == "\\":
            index += 2
            continue
        if character == opening:
            depth += 1
        elif character == closing:
            depth -= 1
            if depth == 0:
                return index
        else:
            return -1  # a blank line: links do not cross paragraphs
        index += 1


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _references(source: str) -> dict[str, tuple[str, str | None]]:
    """Link definitions (`[id]: target "title"`); a later one with the same id wins."""
    return {_reference_key(m.group(1)): (m.group(2), m.group(4)) for m in _REFERENCE.finditer(source)}


def _reference_key(label: str) -> str:
    return re.sub(r"\s+", " ", label.lower())  # `[a][ x ]` is not `[x]`


def _plain(text: str) -> str:
    """Markdown inline text as a reader sees it: no tags, emphasis or escapes."""
    if not _MARKED.search(text):  # most headings: nothing to take out
        return " ".join(text.split())
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return " ".join(unescape(text).split())


def _readable(text: str) -> str:
    """Enough of _plain for counting words: emphasis marks are not words anyway."""
    return unescape(_ESCAPE.sub(r"\1", _TAG.sub("", text)))


def _starts_bold(lines: list[str]) -> bool:
    first = next((line for line in lines if line.strip()), "")
    return bool(re.match(r"^(\*\*|__)\S", first))
