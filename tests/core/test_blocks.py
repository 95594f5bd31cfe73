"""core/blocks.py: a rendered page read into the blocks the reading page shows."""

from ketaguide.core.blocks import blocks
from ketaguide.core.loading import load
from ketaguide.core.render import render

PAGE = """\
**The main message.**

## What is it? {#what}
Read [the other topic](other#there) or [this part](#what).

![A nurse beside a chair](pictures/nurse.svg "Staff stay with you.")

- one item with [a link](third)
- two

!!! emergency "Call 911 if…"
    - you have chest pain

| Medicine | Why |
|---|---|
| A | B |
"""


def test_a_page_becomes_its_blocks_in_reading_order():
    page = blocks(render(PAGE))
    assert [b.kind for b in page] == ["paragraph", "heading", "paragraph", "figure", "list", "callout", "table"]
    heading = page[1]
    assert (heading.text, heading.level, heading.anchor) == ("What is it?", 2, "what")
    assert [(link.text, link.href) for link in page[2].links] == [("the other topic", "other#there"),
                                                                 ("this part", "#what")]


def test_a_picture_and_its_caption_are_one_figure():
    figure = blocks(render(PAGE))[3]
    assert (figure.src, figure.alt, figure.text) == ("pictures/nurse.svg", "A nurse beside a chair",
                                                     "Staff stay with you.")


def test_lists_keep_their_items_and_the_links_inside_them():
    items = blocks(render(PAGE))[4].parts
    assert [(i.kind, i.text) for i in items] == [("item", "one item with a link"), ("item", "two")]
    assert [(p.kind, p.text, p.href) for p in items[0].parts] == [("link", "a link", "third")]


def test_a_box_is_named_by_its_title_and_keeps_its_html_for_the_screen():
    box = blocks(render(PAGE))[5]
    assert box.title == "Call 911 if…" and "you have chest pain" in box.text
    assert 'class="callout emergency"' in box.html and "<li>" in box.html


def test_every_shipped_page_keeps_all_its_headings_links_and_pictures():
    library = load()
    for module in library.modules:
        page = blocks(module.html)
        outline = module.page.outline
        assert [(b.level, b.text, b.anchor) for b in page if b.kind == "heading"] == \
            [(h.level, h.text, h.anchor) for h in outline.headings], module.id
        assert [link.href for b in page for link in b.links] == list(outline.links), module.id
        assert [(b.src, b.alt) for b in page if b.kind == "figure"] == list(outline.images), module.id
