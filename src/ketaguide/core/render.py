"""The one reading of content Markdown: HTML for the page, and what `check` validates.

Python-Markdown parses a page once (`read_page`); the HTML the patient sees
and the outline and problems `check` reports come from that same element
tree, so they cannot disagree.

Qt renders a subset of HTML4/CSS2: it draws backgrounds and borders on table
cells but not on <div>. So callout boxes ("Call us if…") become one-cell
tables here, and the theme styles them by class.

What the page never holds, whatever the content says:
- raw HTML: Python-Markdown's `html_block` preprocessor and inline `html`
  pattern are taken out; a tag in content shows as its text and is reported;
- a refused link (`javascript:`, `file:`, `data:` …, see core/links.py): the
  words are kept, the link is not, and it is reported;
- nesting deeper than limits.MAX_NESTING: reported.

Python-Markdown keeps no line numbers. The parser here notes the line where
each top-level block starts; a link, picture or tag inside a block is then
found on the first line of that block, from where the previous one was,
that holds its text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import HTML_RE, InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from . import links as link_rules
from .confinement import plain_relative
from .limits import MAX_NESTING
from .line_grammar import is_markdown_list_item
from .outline import TOC_LEVELS, Heading, Outline, count_words

_EXTENSIONS = ["tables", "attr_list", "admonition", "sane_lists", "toc"]
CALLOUT_KINDS = ("call-clinic", "emergency", "tip", "note")
_RAW_TAG = "kg-raw-html"  # marks raw HTML found in content until the reader turns it back into text
_SEARCH_LINES = 200  # how far past the previous thing a link or tag is looked for
MAX_FINDINGS = 20  # per page: enough to see what is wrong
_CONTAINERS = {"ul", "ol", "blockquote", "table", "div"}
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PLAIN_START = re.compile(r"[^\[\]*_`<&!\\]*")  # a line's words before any mark-up


@dataclass(frozen=True)
class Finding:
    """A problem on a page; `line` counts from 1 in the Markdown given."""
    line: int
    message: str
    hint: str = ""
    warning: bool = False  # shown, but worth fixing (a list that shows as text)


@dataclass(frozen=True)
class Page:
    html: str
    outline: Outline
    findings: tuple[Finding, ...] = ()
    link_lines: tuple[int, ...] = ()  # the line of each of outline.links
    image_lines: tuple[int, ...] = ()  # the line of each of outline.images
    all_headings: tuple[Heading, ...] = field(default=())  # every level, with lines (checklists, quizzes)
    blocks: tuple[tuple[ET.Element, int], ...] = field(default=(), repr=False)  # top-level elements, lines


# -- reading the source ------------------------------------------------------------
class _Comments(Preprocessor):
    """Writers' notes (`<!-- … -->`) are not on the page. Each becomes as
    many empty lines as it spans, so every line keeps its number."""

    def run(self, lines):
        text = "\n".join(lines)
        if "<!--" not in text:
            return lines
        return _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text).split("\n")


class _RawHtml(InlineProcessor):
    """Where Python-Markdown would pass a tag through, keep it as text and mark it."""

    def handleMatch(self, m, data):
        element = ET.Element(_RAW_TAG)
        element.text = m.group(0)
        return element, m.start(0), m.end(0)


class _LineParser:
    """Notes, for each element the block parser adds to the page's root, the
    line its block starts on. Top-level blocks are the document split at
    empty lines; a block processor only ever changes or splits the first of
    them, so the lines still to parse are those of the blocks left."""

    def __init__(self, parser):
        self.parser = parser
        self.original = parser.parseBlocks
        self.nested = 0
        self.lines: dict[int, int] = {}  # id(element) -> line
        self.alive: list = []  # the elements noted, so that no id is reused while the page is read
        parser.parseBlocks = self.parse_blocks

    def clear(self) -> None:
        self.lines.clear()
        self.alive.clear()

    def parse_blocks(self, parent, blocks):
        if self.nested or parent is not self.parser.root:
            self.nested += 1
            try:
                return self.original(parent, blocks)
            finally:
                self.nested -= 1
        # Lines of blocks[i:] (joined by empty lines), for each i, as they were given.
        after = [0] * (len(blocks) + 1)
        for index in range(len(blocks) - 1, -1, -1):
            after[index] = blocks[index].count("\n") + 1 + (after[index + 1] + 1 if index + 1 < len(blocks) else 0)
        total, count = after[0], len(blocks)
        self.nested += 1
        try:
            while blocks:
                front = blocks[0]
                rest = after[count - len(blocks) + 1] + 1 if len(blocks) > 1 else 0
                line = total - (front.count("\n") + 1 + rest) + 1 + (len(front) - len(front.lstrip("\n")))
                before = len(parent)
                for processor in self.parser.blockprocessors:
                    if processor.test(parent, front) and processor.run(parent, blocks) is not False:
                        break
                for element in parent[before:]:
                    if id(element) not in self.lines:
                        self.lines[id(element)] = line
                        self.alive.append(element)
        finally:
            self.nested -= 1


class _Reader(Treeprocessor):
    """Reads the finished tree: the outline, the problems and their lines.
    Runs last, when ids, callout tables and unescaped text are in place."""

    def __init__(self, md, tracker: _LineParser):
        super().__init__(md)
        self.tracker = tracker
        self.source_lines: list[str] = []
        self.result: dict = {}

    def run(self, root):
        lines = self.source_lines
        blocks, line = [], 1
        for child in root:  # an element made after parsing (a caption) is on the line before it
            line = self.tracker.lines.get(id(child), line)
            blocks.append((child, line))
        found = {"headings": [], "links": [], "link_lines": [], "images": [], "image_lines": [], "callouts": [],
                 "findings": [], "all_headings": []}
        for index, (child, start) in enumerate(blocks):
            end = blocks[index + 1][1] if index + 1 < len(blocks) else len(lines) + 1
            _Block(self, lines, start, max(start + 1, end), found).read(child)
        first = root[0] if len(root) else None
        found["starts_bold"] = bool(first is not None and first.tag == "p" and len(first)
                                    and first[0].tag == "strong" and not (first.text or "").strip())
        found["words"] = count_words(" ".join(root.itertext()))
        found["blocks"] = tuple(blocks)
        self.result = found


class _Block:
    """One top-level block's part of the reading: each thing in it is placed
    on the first line, at or after the previous thing, that holds its text."""

    def __init__(self, reader: _Reader, lines: list[str], start: int, end: int, found: dict):
        self.lines, self.start, self.end, self.found = lines, start, end, found
        self.cursor = start

    def line_of(self, *needles: str) -> int:
        """The first line from the cursor that holds any of the needles."""
        needles = tuple(n for n in (needle.strip().split("\n")[0].strip() for needle in needles) if n)
        if needles:  # not far ahead: a needle written otherwise must not cost a scan of the page
            for number in range(self.cursor, min(self.end, self.cursor + _SEARCH_LINES)):
                line = self.lines[number - 1]
                if any(needle in line for needle in needles):
                    self.cursor = number
                    return number
        return self.cursor

    def read(self, element: ET.Element, depth: int = 0) -> None:
        tag = element.tag
        if tag in _CONTAINERS:
            depth += 1
            if depth == MAX_NESTING + 1:
                self.found["findings"].append(Finding(
                    self.line_of(""), f"lists, quotes or boxes nested more than {MAX_NESTING} deep",
                    "use fewer lists, quotes and boxes inside each other"))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading(element)
        elif tag == "p":
            self._unseparated_list(element)
        elif tag == "a":
            self._link(element)
        elif tag == "img":
            src, alt = element.get("src", ""), element.get("alt", "")
            self.found["images"].append((src, alt))
            self.found["image_lines"].append(self.line_of(src))
            if src != link_rules.TIMELINE_SRC and not plain_relative(src):
                # Reported by the library's picture check; on the page it is only its words,
                # so Qt never sees a path or address to load.
                element.tag = "span"
                element.attrib.clear()
                element.text = alt
        elif tag == "table" and "callout" in element.get("class", "").split():
            kind = element.get("class").split()[1]
            self.found["callouts"].append(kind)
            line = self.line_of("!!!")
            if kind not in CALLOUT_KINDS:
                self.found["findings"].append(Finding(line, f"'!!! {kind}' is not a kind of box",
                                                      f"use one of: {', '.join(CALLOUT_KINDS)}"))
        for child in list(element):
            if child.tag == _RAW_TAG:
                self._raw_html(element, child)
            else:
                self.read(child, depth)

    def _unseparated_list(self, paragraph: ET.Element) -> None:
        """A list written straight under a line of text is part of that
        paragraph, dashes and all. Warn only where a list is plainly meant
        (the text ends with ':' or two items follow), so a wrapped sentence
        that starts a line with '10.' is left alone."""
        text = "".join(paragraph.itertext())
        if "\n" not in text:
            return
        lines = [line.strip() for line in text.split("\n")]
        for index in range(1, len(lines)):
            if not is_markdown_list_item(lines[index]) or is_markdown_list_item(lines[index - 1]):
                continue
            following = index + 1 < len(lines) and is_markdown_list_item(lines[index + 1])
            if lines[index - 1].endswith(":") or following:
                self.found["findings"].append(Finding(
                    self.line_of(_PLAIN_START.match(lines[index]).group()),
                    "this list follows a line of text with no blank line between, so it shows as plain text "
                    "with dashes", "leave an empty line before the list", warning=True))

    def _heading(self, element: ET.Element) -> None:
        text = " ".join("".join(element.itertext()).split())
        line = self._heading_line(text)
        heading = Heading(int(element.tag[1]), text, element.get("id", ""), line)
        self.found["all_headings"].append(heading)
        if heading.level in TOC_LEVELS:
            self.found["headings"].append(heading)

    def _heading_line(self, text: str) -> int:
        for number in range(self.cursor, self.end):
            line = self.lines[number - 1].lstrip()
            below = self.lines[number] if number < len(self.lines) else ""
            if line.startswith("#") or (line and below.strip()[:1] in ("=", "-") and not below.strip(" =-")):
                self.cursor = number
                return number
        return self.line_of(text)

    def _link(self, element: ET.Element) -> None:
        href = element.get("href")
        if href is None:
            return
        words = "".join(element.itertext())
        # A reference link's target is written further down: find its words first.
        line = self.line_of(f"[{words}]", href) if words and words != href else self.line_of(href)
        if link_rules.kind_of(href) == link_rules.REFUSED:
            self.found["findings"].append(Finding(line, link_rules.refusal(href),
                                                  "link to a module by its id, or to a web page (https://…)"))
            element.tag = "span"  # the words stay; nothing to tap
            element.attrib.clear()
            return
        self.found["links"].append(href)
        self.found["link_lines"].append(line)

    def _raw_html(self, parent: ET.Element, marker: ET.Element) -> None:
        raw = marker.text or ""
        shown = raw if len(raw) <= 40 else raw[:37] + "…"
        self.found["findings"].append(Finding(self.line_of(raw), f"raw HTML is not allowed: {shown}",
                                              "write it in Markdown; the page shows the tag as text"))
        _unwrap(parent, marker)


def _unwrap(parent: ET.Element, marker: ET.Element) -> None:
    """Put the marker's text (the tag as written) back into the text around it."""
    text = (marker.text or "") + (marker.tail or "")
    index = list(parent).index(marker)
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(marker)


class _QtFriendly(Treeprocessor):
    def __init__(self, md, tracker: _LineParser):
        super().__init__(md)
        self.tracker = tracker

    def run(self, root: ET.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "div" and "admonition" in child.get("class", "").split():
                    parent[index] = self._callout(child)
        for parent in list(root.iter()):
            for child in list(parent):
                if child.tag == "p" and len(child) == 1 and child[0].tag == "img" and not (child.text or "").strip():
                    self._figure(parent, child)

    def _figure(self, parent: ET.Element, paragraph: ET.Element) -> None:
        """A picture on its own line is a figure: centred, with its title
        (the Markdown image title) as a caption underneath."""
        image = paragraph[0]
        paragraph.set("class", "figure")
        paragraph.set("align", "center")
        caption = image.attrib.pop("title", "")
        if caption:
            note = ET.Element("p", {"class": "caption", "align": "center"})
            note.text = caption
            note.tail = "\n"
            # Insert after this paragraph as it stands now: an earlier caption
            # in the same parent has already shifted the indexes.
            parent.insert(list(parent).index(paragraph) + 1, note)

    def _callout(self, div: ET.Element) -> ET.Element:
        classes = [c for c in div.get("class", "").split() if c != "admonition"]
        kind = classes[0] if classes else "note"
        table = ET.Element("table", {"class": f"callout {kind}", "width": "100%", "cellspacing": "0",
                                     "cellpadding": "14"})
        cell = ET.SubElement(ET.SubElement(table, "tr"), "td", {"class": f"callout-{kind}"})
        for child in list(div):
            if child.tag == "p" and "admonition-title" in child.get("class", ""):
                child.set("class", "callout-title")
            cell.append(child)
        table.tail = div.tail
        if id(div) in self.tracker.lines:  # the box is still on the line it was written on
            self.tracker.lines[id(table)] = self.tracker.lines[id(div)]
            self.tracker.alive.append(table)
        return table


class _ContentFormat(Extension):
    """The content format: no raw HTML, Qt-friendly boxes and figures, and the reader."""

    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.preprocessors.register(_Comments(md), "comments", 5)
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.register(_RawHtml(HTML_RE, md), "raw_html", 90)
        tracker = _LineParser(md.parser)
        md.treeprocessors.register(_QtFriendly(md, tracker), "qt_friendly", 1)
        md.reader = _Reader(md, tracker)
        md.treeprocessors.register(md.reader, "reader", -1)  # after `unescape` (0): the text as shown


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    # Building a converter costs about as much as converting a page: one for the process.
    return markdown.Markdown(extensions=_EXTENSIONS + [_ContentFormat()])


_EMPTY = Outline((), (), (), (), 0, False)


def read_page(markdown_text: str, keep_tree: bool = False) -> Page:
    """Parse once: the page's HTML, its outline and its problems, each with its line.
    `keep_tree` keeps the top-level elements (checklists and the quiz read them)."""
    markdown_text = markdown_text.replace("\r\n", "\n").replace("\r", "\n")
    if not markdown_text.strip():
        return Page("", _EMPTY)
    md = _converter()
    md.reset()
    md.reader.tracker.clear()
    md.reader.source_lines = markdown_text.expandtabs(4).split("\n")
    try:
        html = md.convert(markdown_text)
    except RecursionError:  # the limits stop this before; never a traceback for a patient
        md.reset()
        return Page("<p>This page cannot be shown.</p>", _EMPTY,
                    (Finding(1, "the page is nested too deeply to show",
                             "use fewer lists, quotes and boxes inside each other"),))
    found = md.reader.result
    if len(found["findings"]) > MAX_FINDINGS:  # a pasted web page has a tag on every line
        rest = len(found["findings"]) - MAX_FINDINGS
        found["findings"][MAX_FINDINGS:] = [Finding(found["findings"][MAX_FINDINGS].line,
                                                    f"… and {rest} more problems like those above on this page")]
    outline = Outline(tuple(found["headings"]), tuple(found["links"]), tuple(found["images"]),
                      tuple(found["callouts"]), found["words"], found["starts_bold"])
    md.reader.tracker.clear()
    return Page(html, outline, tuple(found["findings"]), tuple(found["link_lines"]), tuple(found["image_lines"]),
                tuple(found["all_headings"]), found["blocks"] if keep_tree else ())


def render(markdown_text: str) -> str:
    """HTML for Qt's rich text, with heading ids as the toc extension makes them."""
    return read_page(markdown_text).html


def plain_text(markdown_text: str) -> str:
    """Markdown as words to read out (screen readers): no link targets, no marks."""
    page = read_page(markdown_text, keep_tree=True)
    return " ".join(" ".join("".join(element.itertext()) for element, _ in page.blocks).split())
