"""What validation needs from a module's Markdown, read from the source without rendering it.

Rendering with Python-Markdown costs about 3.4 ms a page, so loading renders
nothing: the headings (with the ids the toc extension gives them), links,
pictures, callout boxes, word count and the bold opening line are read from
the source here, and a page is rendered when someone first opens it.

This mirrors the Markdown the content format allows (docs/content-format.md):
ATX and setext headings with optional `{#id}`, inline and reference links,
autolinks, pictures and `!!!` callouts. tests/test_outline.py checks that it
agrees with the renderer on every shipped module and on awkward cases.
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


_ATX = re.compile(r"^(#{1,6})(.*?)#*[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-+)[ \t]*$")
_ATTR_LIST = re.compile(r"[ \t]*\{:?[ \t]*([^}\n ][^}\n]*)[ \t]*\}[ \t]*$")
_CALLOUT = re.compile(r'^[ \t]*!!! ?([\w-]+)(?: +[\w-]+)*(?: +"(.*?)")? *$')
_REFERENCE = re.compile(r'^ {0,3}\[([^\]]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+["\'(].*["\')])?[ \t]*$')
_CODE_SPAN = re.compile(r"(`+).+?\1")
_INLINE = re.compile(
    r"(?=[!\[<])"  # a cheap first test: most characters start nothing
    r"(?:(?P<image>!)?\[(?P<label>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]"  # one level of nested brackets
    r"(?:\(\s*<?(?P<href>[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(?P<quote>[\"'])(?P<title>.*?)(?P=quote))?\s*\)"
    r"|\[(?P<ref>[^\]]*)\])?"
    r"|<(?P<auto>(?:https?|ftp|mailto|tel):[^>\s]+)>)"
)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[ \t|:-]+$")
_EMPHASIS = re.compile(r"(\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w))")
_TAG = re.compile(r"<[^>]+>")
_ESCAPE = re.compile(r"\\(.)")
_NOT_MARKUP = re.compile(r"[\[\]()<>!`]")
_RULE_OR_REFERENCE_STARTS = ("[", "|", ":", "-", "=")  # lines not starting so are never skipped
_MARKED = re.compile(r"[<*_\\&]")


def outline(source: str) -> Outline:
    lines = source.split("\n")
    references = _references(lines)
    headings: list[tuple[int, str, str | None]] = []  # (level, text, explicit id)
    links: list[str] = []
    images: list[tuple[str, str]] = []
    callouts: list[str] = []
    text: list[str] = []  # headings and callout titles
    body: list[str] = []  # every other line: read in one go at the end, for speed

    block_start = True  # a setext heading is the first line of a block
    for index, line in enumerate(lines):
        stripped = line.strip()
        atx = stripped[:1] == "#" and _ATX.match(stripped)
        callout = "!!!" in line and _CALLOUT.match(line)
        next_line = lines[index + 1].strip() if block_start and stripped and index + 1 < len(lines) else ""
        setext = next_line[:1] in ("=", "-") and _SETEXT_UNDERLINE.match(next_line)
        if atx or setext:
            raw, anchor = _without_attributes(atx.group(2) if atx else line)
            level = len(atx.group(1)) if atx else (1 if next_line[0] == "=" else 2)
            heading = _inline(raw, references, links, images)
            headings.append((level, heading, anchor))
            text.append(heading)
        elif callout:
            title = callout.group(2)
            callouts.append(callout.group(1))
            text.append(_plain(title) if title is not None else callout.group(1).capitalize())
        elif stripped[:1] not in _RULE_OR_REFERENCE_STARTS or not (
                _REFERENCE.match(line) or _TABLE_RULE.match(line) or _SETEXT_UNDERLINE.match(stripped)):
            body.append(line)
        block_start = not stripped or bool(callout)
    # Only counted, never shown: no need to strip emphasis, which is not words anyway.
    text.append(_inline(_LIST_MARKER.sub("", "\n".join(body)), references, links, images, _readable))
    return Outline(
        headings=_with_anchors(headings),
        links=tuple(links),
        images=tuple(images),
        callouts=tuple(callouts),
        words=count_words(" ".join(text)),
        starts_bold=_starts_bold(lines),
    )


def plain_text(source: str) -> str:
    """Markdown as words to read out (screen readers): no link targets, no marks."""
    return _plain(_inline(_LIST_MARKER.sub("", source), _references(source.split("\n")), [], []))


def count_words(text: str) -> int:
    """Words counted as textstat.lexicon_count counts them, without textstat."""
    return len(re.sub(r"[^\w\s'’-]", "", text).split())


def slugify(text: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default slugify)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def _without_attributes(raw: str) -> tuple[str, str | None]:
    """A heading's text without its attr_list `{#id .class}`, and the id it sets."""
    attributes = _ATTR_LIST.search(raw)
    if not attributes:
        return raw, None
    tokens = attributes.group(1).split()
    return raw[: attributes.start()], next((token[1:] for token in tokens if token.startswith("#")), None)


def _with_anchors(headings: list[tuple[int, str, str | None]]) -> tuple[Heading, ...]:
    """Explicit ids are taken first, then each heading without one gets a
    unique slug, as the toc extension does it (id, id_1, id_2 …)."""
    used = {anchor for _, _, anchor in headings if anchor}
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


def _inline(line: str, references: dict[str, str], links: list[str], images: list[tuple[str, str]],
            plain=None) -> str:
    """Collect the links and pictures of one line; return its readable text."""
    if "`" in line:  # code is words, never a link
        line = _CODE_SPAN.sub(lambda m: _NOT_MARKUP.sub("", m.group(0)), line)

    def replace(match: re.Match) -> str:
        if match.group("auto"):
            links.append(match.group("auto"))
            return match.group("auto")
        label = match.group("label")
        if match.group("href") is not None:  # [text](destination "title")
            href = match.group("href")
        else:  # [text][ref], [text][] or [ref]
            href = references.get((match.group("ref") or label).lower())
            if href is None:
                return match.group(0)
        if match.group("image"):
            images.append((href, label))  # alt text is kept as written
            return f" {match.group('title') or ''} "  # a picture's title is its caption
        label = _inline(label, references, links, images)  # a picture inside a link comes first
        links.append(href)
        return label

    return (plain or _plain)(_INLINE.sub(replace, line))


def _references(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        match = _REFERENCE.match(line)
        if match:
            found.setdefault(match.group(1).lower(), match.group(2))
    return found


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
