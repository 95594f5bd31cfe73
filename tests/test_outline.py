"""The outline read from Markdown source must agree with the rendered page:
the app's start-up check trusts the outline, patients see the render
(`ketaguide check` reads the render itself)."""

from __future__ import annotations

import pytest

from ketaguide import resources
from ketaguide.core.frontmatter import read_document
from ketaguide.core.outline import outline, plain_text, slugify
from ketaguide.core.placeholders import fill
from ketaguide.core.render import page_outline, render
from ketaguide.core.settings import Settings


def assert_agree(markdown_text: str, exact_words: bool = True) -> None:
    page, found = page_outline(render(markdown_text)), outline(markdown_text)
    assert found.headings == page.headings
    assert sorted(found.links) == sorted(page.links)
    assert found.images == page.images
    assert found.callouts == page.callouts
    # Minutes to read come from the count; on malformed text a stray "-" may count.
    assert found.words == page.words if exact_words else abs(found.words - page.words) <= 1


def shipped_bodies():
    placeholders = Settings().placeholders()
    for path in sorted((resources.content_dir() / "en" / "modules").glob("*.md")):
        doc, _ = read_document(path, "")
        body, _ = fill(doc.body, placeholders, path, doc.body_line)
        yield pytest.param(body, id=path.stem)


@pytest.mark.parametrize("body", list(shipped_bodies()))
def test_every_shipped_module_reads_the_same_from_source_and_page(body):
    assert_agree(body)


@pytest.mark.parametrize("markdown_text", [
    "## Plain heading\n\ntext",
    "## Custom id {#my-id}\n\n## Custom id\n\n## Custom id",  # explicit ids are taken first
    "## Same\n\n## Same\n\n### Same",  # unique ids: same, same_1, same_2
    "## **Bold** and _italic_ words\n\ntext",
    "## A heading with a [link](other#part)\n",
    "## Café & crème?\n",
    "Setext heading\n--------------\n\nText\n\nAnother\n=======\n\n## After",
    "## Closed heading ##\n",
    "# Level one\n\n#### Level four\n\n## Level two",
    "Text with [a link](first), [another](second#part \"a title\") and <https://example.org/x>.",
    "[Reference][ref] and [shortcut][]\n\n[ref]: third#anchor\n[shortcut]: fourth",
    "A `[not a link](nowhere)` in code, and [a real one](somewhere).",
    "![Alt text](a.svg \"A caption\")\n\n![Second *picture*](b.svg)",
    "Text\n\n!!! call-clinic \"Call us if…\"\n    - you feel sick\n\n!!! emergency\n    Call now.",
    "!!! tip \"Inside\"\n    ## Heading in a box\n\n    [Link in a box](box)",
    "| Sign | What to do |\n|---|---|\n| Sick | [Call](call) |\n",
    "1. first\n2. second with **bold**\n\n- one\n- two",
    "Text [nested [brackets]](inner) end",
    # What an editor may write by mistake must be read as the page shows it,
    # so that a broken link or a missing part is still reported.
    "[Getting ready](getting ready) and [food](getting-ready#food and drink)",
    "[a](gettin-ready \u201cGetting ready\u201d) and ![A nurse](illustrations/nurse at desk.svg)",
    "## Nasal spray{#nasal}\n\n## Food {id=food}\n\n## Heading {: #h .wide }",
    "!!! Emergency\n    text\n\n!!! CALL-CLINIC \"Call\"\n    text",
    "Text\n\n  !!! emergency\n      - pain\n\n\t!!! note\n\ttext\n\n- item\n    !!! tip\n        no blank line",
    "  ## Two spaces\n\n    ## Four spaces\n\n- item\n\n    ## In a list\n\n!!! note\n    ## In a box",
    "<!--\n## Old heading\n!!! emergency\n    old\n[x](hidden)\n-->\n\n## New",
    "## Children (<12) and adults (>65)\n\n## Medicines marked *\n\n## 5 * 3 = 15\n\n## Use `<b>` tags",
    "\\[not a link](foo) \\![a link](x.svg) \\`[code?](b)\\` [w](a_(b_(c))) [a [b [c]]](x) [e](b\\(c)",
    "[a][x] [b][ x ] [c][getting  ready]\n\n[x]: first\n[x]: second\n[getting ready]: getting-ready",
    "Paragraph\n{: #key-points }\n\n## Key points",
    "## A\nB\n---\n\n> ## Quoted heading\n\n<https://example.org/a?b=c> <a@b.org> <tel:911>",
    # Found by a fuzz of editor-like documents (docs/performance.md).
    "| Sign | Do |\n|---|---|\n| Fever | Call |\n## Key points\n\n## After",
    "1) Eat\n\n    !!! emergency\n        Call 911",
    "!!! call-clinic \"See [getting ready](getting-redy)\"\n    text",
    "See [the clinic][clinc] today.\n\n[the clinic]: getting-ready",
])
def test_awkward_markdown_reads_the_same_from_source_and_page(markdown_text):
    assert_agree(markdown_text, exact_words=False)


def test_the_main_message_in_bold_is_recognised_only_at_the_start():
    assert outline("**Do this first.**\n\nThen this.").starts_bold
    assert not outline("Then this.\n\n**Do this first.**").starts_bold
    assert not outline("## Heading\n\n**Bold**").starts_bold


def test_slugs_match_python_markdown():
    from markdown.extensions.toc import slugify as markdown_slugify

    for text in ("What is ketamine?", "Côte d'Ivoire – 2 ways", "  spaced  out  ", "snake_case-and-dash"):
        assert slugify(text) == markdown_slugify(text, "-")


def test_plain_text_reads_links_and_emphasis_as_words():
    assert plain_text("**Ketamine** slows [your reactions](aftercare#driving).") == \
        "Ketamine slows your reactions."
    assert plain_text("If you are <18 or >65, or take 2 * 3 pills, ask.") == \
        "If you are <18 or >65, or take 2 * 3 pills, ask.", "signs that are not markup stay"
