"""A rendered page as a list of blocks: headings, paragraphs, lists, boxes, tables, pictures.

The reading page shows one widget per block, so that assistive technology
meets real headings, links and pictures (a QTextBrowser exposes a page as one
text blob). This reads the HTML that core.render.render() makes; pure Python,
no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

HEADINGS = {f"h{level}" for level in range(1, 7)}
_VOID = {"img", "br", "hr", "col", "input", "meta", "link", "source", "wbr"}


@dataclass(frozen=True)
class Part:
    """Something inside a block that assistive technology exposes by itself:
    a link (kind "link", with href) or a list item (kind "item")."""

    kind: str
    text: str
    href: str = ""
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class Block:
    """One top-level piece of a page.

    kind: "heading", "paragraph", "list", "table", "callout" or "figure".
    html: the block as HTML for Qt's rich text (not for a heading or figure).
    text: what it says in words (a figure: its caption).
    """

    kind: str
    html: str = ""
    text: str = ""
    level: int = 0  # headings: 1-6
    anchor: str = ""  # the id an in-page link jumps to
    css_class: str = ""  # the element's class (p.check, p.closing, "callout emergency")
    title: str = ""  # callouts: the box's title
    src: str = ""  # figures
    alt: str = ""  # figures: what the picture shows, in words
    parts: tuple[Part, ...] = ()
    anchors: tuple[str, ...] = field(default=())  # every id inside the block

    @property
    def links(self) -> tuple[Part, ...]:
        found = []

        def walk(parts):
            for part in parts:
                if part.kind == "link":
                    found.append(part)
                walk(part.parts)

        walk(self.parts)
        return tuple(found)


def _words(text: str) -> str:
    return " ".join(text.split())


class _Element:
    """An open element while reading: its tag, its class, and what it holds."""

    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag = tag
        self.attrs = attrs
        self.text: list[str] = []
        self.parts: list[Part] = []


class _BlockReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._depth = 0
        self._html: list[str] = []
        self._open: list[_Element] = []  # top-level element, then links and list items inside it
        self._anchors: list[str] = []
        self._title: list[str] | None = None  # a callout's title while it is read
        self._callout_title = ""
        self._figure: dict | None = None

    # -- events --------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self._depth == 0:
            self._html, self._anchors = [], []
            self._open = [_Element(tag, attributes)]
        if attributes.get("id"):
            self._anchors.append(attributes["id"])
        self._html.append(self.get_starttag_text() or f"<{tag}>")
        if tag == "a" and attributes.get("href") is not None:
            self._open.append(_Element("a", attributes))
        elif tag == "li":
            self._open.append(_Element("li", attributes))
        elif tag == "p" and "callout-title" in (attributes.get("class") or "").split():
            self._title = []
        elif tag == "img" and self._depth > 0:
            self._figure = {"src": attributes.get("src") or "", "alt": attributes.get("alt") or ""}
        if tag in _VOID:
            if self._depth == 0:  # a bare <img> or <hr> at the top: a block of its own
                self._close_block()
            return
        self._depth += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _VOID or self._depth == 0:
            return
        self._depth -= 1
        self._html.append(f"</{tag}>")
        if tag == "a" and len(self._open) > 1 and self._open[-1].tag == "a":
            link = self._open.pop()
            self._open[-1].parts.append(Part("link", _words("".join(link.text)), link.attrs.get("href") or ""))
        elif tag == "li" and len(self._open) > 1 and self._open[-1].tag == "li":
            item = self._open.pop()
            self._open[-1].parts.append(Part("item", _words("".join(item.text)), parts=tuple(item.parts)))
        elif tag == "p" and self._title is not None:
            self._callout_title, self._title = _words("".join(self._title)), None
        if self._depth == 0:
            self._close_block()

    def handle_data(self, data):
        if self._depth == 0:
            if data.strip():  # loose text at the top (rare): a paragraph of its own
                self.blocks.append(Block("paragraph", f"<p>{escape(data.strip())}</p>", _words(data)))
            return
        self._html.append(escape(data, quote=False))
        for element in self._open:
            element.text.append(data)
        if self._title is not None:
            self._title.append(data)

    # -- blocks ----------------------------------------------------------------
    def _close_block(self) -> None:
        top = self._open[0]
        css_class = top.attrs.get("class") or ""
        classes = css_class.split()
        html = "".join(self._html)
        text = _words("".join(top.text))
        anchors = tuple(self._anchors)
        parts = tuple(top.parts)
        figure, self._figure = self._figure, None
        title, self._callout_title, self._title = self._callout_title, "", None
        if top.tag in HEADINGS:
            block = Block("heading", text=text, level=int(top.tag[1]), anchor=top.attrs.get("id") or "",
                          parts=parts, anchors=anchors)
        elif top.tag == "img" or (top.tag == "p" and "figure" in classes and figure):
            figure = figure or {"src": top.attrs.get("src") or "", "alt": top.attrs.get("alt") or ""}
            block = Block("figure", src=figure["src"], alt=figure["alt"], anchors=anchors, css_class=css_class)
        elif top.tag == "p" and "caption" in classes and self.blocks and self.blocks[-1].kind == "figure" \
                and not self.blocks[-1].text:
            previous = self.blocks.pop()
            block = Block("figure", src=previous.src, alt=previous.alt, text=text,
                          anchors=previous.anchors + anchors, css_class=previous.css_class)
        elif top.tag == "table" and "callout" in classes:
            block = Block("callout", html, text, css_class=css_class, title=title, parts=parts, anchors=anchors)
        elif top.tag == "table":
            block = Block("table", html, text, css_class=css_class, parts=parts, anchors=anchors)
        elif top.tag in ("ul", "ol"):
            block = Block("list", html, text, css_class=css_class, parts=parts, anchors=anchors)
        elif top.tag == "hr":
            return  # a rule only separates; the blocks around it say everything
        else:
            block = Block("paragraph", html, text, css_class=css_class, parts=parts, anchors=anchors)
        self.blocks.append(block)


def blocks(html: str) -> list[Block]:
    """The page's blocks in reading order."""
    reader = _BlockReader()
    reader.feed(html)
    reader.close()
    return reader.blocks
