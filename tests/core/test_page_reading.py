"""The one reading of a page (core/render.py): the HTML the reader builds on,
and the outline and problems `check` reports, with the right lines."""

from __future__ import annotations

from ketaguide.core import links
from ketaguide.core.render import plain_text, read_page, render

PAGE = """\
**Main message.**

## First part {#first}
Text with [a link](other#part) and
a second line with [another](https://example.org).

!!! call-clinic "Call us if…"
    - you feel [unwell](unwell-page)

![A picture of a chair](illustrations/chair.svg "The chair")

<!-- a note
for writers -->
## Key points
- See [the web][web] and <https://example.com>.

[web]: https://example.net
"""


def test_the_html_keeps_the_shape_the_reader_builds_on():
    html = render(PAGE)
    assert '<h2 id="first">First part</h2>' in html
    assert '<h2 id="key-points">Key points</h2>' in html
    assert '<a href="other#part">a link</a>' in html
    assert ('<table cellpadding="14" cellspacing="0" class="callout call-clinic" width="100%">'
            '<tr><td class="callout-call-clinic"><p class="callout-title">Call us if…</p>') in html
    assert ('<p align="center" class="figure"><img alt="A picture of a chair" src="illustrations/chair.svg" /></p>\n'
            '<p align="center" class="caption">The chair</p>') in html
    assert "a note" not in html, "writers' notes are not on the page"


def test_the_outline_and_every_line_come_from_the_same_parse():
    page = read_page(PAGE)
    outline = page.outline
    assert [(h.text, h.anchor, h.line) for h in outline.headings] == [("First part", "first", 3),
                                                                     ("Key points", "key-points", 14)]
    assert list(zip(outline.links, page.link_lines)) == [
        ("other#part", 4), ("https://example.org", 5), ("unwell-page", 8),
        ("https://example.net", 15), ("https://example.com", 15)]
    assert list(zip(outline.images, page.image_lines)) == [(("illustrations/chair.svg", "A picture of a chair"), 10)]
    assert outline.callouts == ("call-clinic",)
    assert outline.starts_bold
    assert page.findings == ()


def test_raw_html_is_text_on_the_page_and_a_problem_with_its_line():
    page = read_page("Fine.\n\n<div onclick=\"x()\">\nHello <b>bold</b>\n</div>\n\n<!-- fine -->\n")
    assert "<div" not in page.html and "<b>" not in page.html
    assert "&lt;div onclick=" in page.html and "&lt;b&gt;bold&lt;/b&gt;" in page.html
    assert [(f.line, f.message) for f in page.findings] == [
        (3, 'raw HTML is not allowed: <div onclick="x()">'), (4, "raw HTML is not allowed: <b>"),
        (4, "raw HTML is not allowed: </b>"), (5, "raw HTML is not allowed: </div>")]


def test_refused_links_keep_their_words_and_are_reported():
    page = read_page("Line one.\n\n- [safe](home)\n- [bad](JavaScript:alert(1))\n- [hidden](java%09script:x)\n"
                     "- [data](&#100;ata:text/html,x)\n")
    assert page.outline.links == ("home",)
    assert [(f.line, f.message.split(":")[0]) for f in page.findings] == [
        (4, "a 'javascript"), (5, "a link that is neither a module nor a web page is not allowed"), (6, "a 'data")]
    assert "<span>bad</span>" in page.html


def test_link_kinds():
    assert links.kind_of("getting-ready#food") == links.MODULE
    assert links.kind_of("https://x.org") == links.WEB and links.kind_of("tel:988") == links.PHONE
    assert links.kind_of("mailto:a@b.org") == links.MAIL
    for refused in ("javascript:x", "JAVA\tSCRIPT:x", "file:///etc/passwd", "data:text/html,x", "//evil.org/x",
                    "vbscript:x", "&#106;avascript:x"):
        assert links.kind_of(refused) == links.REFUSED, refused


def test_deep_nesting_in_the_parse_is_a_problem():
    page = read_page("Fine.\n\n" + "> " * 9 + "deep")
    assert [(f.line, f.message) for f in page.findings] == [(3, "lists, quotes or boxes nested more than 8 deep")]


def test_an_unseparated_list_is_a_warning_on_its_line():
    page = read_page("Intro.\n\nYou may feel:\n- dizzy\n- sleepy\n")
    [finding] = page.findings
    assert finding.warning and finding.line == 4 and "no blank line" in finding.message


def test_plain_text_for_screen_readers():
    assert plain_text("Read **this** and [that](x#y).\n\n- one\n- two") == "Read this and that. one two"


def test_limits_are_found_on_the_lines_that_break_them():
    from pathlib import Path

    from ketaguide.core.limits import MAX_LINE_CHARS, source_problems

    text = "\n".join([
        "2026-11-21 is a date, not a list",  # 1
        "\t" * 8 + "eight tabs: deep but allowed",  # 2
        "\t" * 9 + "- nine tabs and a list",  # 3
        "- " * 9 + "x",  # 4
        "> " * 9 + "quoted",  # 5
        "-" * 40,  # 6: a rule
        "w" * (MAX_LINE_CHARS + 1),  # 7
        "    " * 8 + "- eight levels",  # 8: 9 deep
    ])
    found = [(p.line, p.message) for p in source_problems(text, Path("x.md"), 1)]
    assert found == [
        (7, f"a line of {MAX_LINE_CHARS + 1:,} characters, more than the {MAX_LINE_CHARS:,} allowed"),
        (3, "text nested 10 levels deep, more than the 8 allowed (and 3 more lines like it, the last on line 8)")]
