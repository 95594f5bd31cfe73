"""Markdown to HTML for Qt's rich-text engine (QTextBrowser).

Qt renders a subset of HTML4/CSS2: it draws backgrounds and borders on table
cells but not on <div>. So callout boxes ("Call us if…") become one-cell
tables here, and the theme styles them by class.

Only pages someone opens are rendered; at start, what validation needs is read
from the source by core/outline.py, which must agree with this
(tests/test_outline.py); `ketaguide check` reads drawn pages (page_outline).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .outline import TOC_LEVELS, Heading, Outline, count_words

_EXTENSIONS = ["tables", "attr_list", "admonition", "sane_lists", "toc"]


class _QtFriendly(Treeprocessor):
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
        return table


class _QtFriendlyExtension(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(_QtFriendly(md), "qt_friendly", 1)


_converter: markdown.Markdown | None = None
_TOC_TAGS = {f"h{level}" for level in TOC_LEVELS}
_OPENS_IN_BOLD = re.compile(r"\s*(?:<!--.*?-->\s*)*<p\b[^>]*>\s*<strong>", re.DOTALL)


def render(markdown_text: str) -> str:
    """HTML for Qt's rich text, with heading ids as the toc extension makes them."""
    global _converter
    if _converter is None:  # building a converter costs about as much as converting a page
        _converter = markdown.Markdown(extensions=_EXTENSIONS + [_QtFriendlyExtension()])
    return _converter.reset().convert(markdown_text)


class _PageReader(HTMLParser):
    """Collects what a rendered page shows: sections, links, pictures, boxes, text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.headings, self.links, self.images, self.callouts, self.text = [], [], [], [], []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _TOC_TAGS:
            self._heading = [int(tag[1]), "", attrs.get("id", "")]
        elif tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])
        elif tag == "img":
            self.images.append((attrs.get("src", ""), attrs.get("alt", "")))
        elif tag == "table" and "callout" in (attrs.get("class") or "").split():
            classes = attrs["class"].split()
            self.callouts.append(classes[1] if len(classes) > 1 else "")

    def handle_endtag(self, tag):
        if self._heading and tag == f"h{self._heading[0]}":
            level, text, anchor = self._heading
            self.headings.append(Heading(level, " ".join(text.split()), anchor))
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading:
            self._heading[1] += data


def page_outline(html: str) -> Outline:
    """What a rendered page really holds, in the same form as the outline read
    from its source (core/outline.py): `ketaguide check` validates with this."""
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return Outline(tuple(reader.headings), tuple(reader.links), tuple(reader.images), tuple(reader.callouts),
                   count_words(" ".join(reader.text)), bool(_OPENS_IN_BOLD.match(html)))
