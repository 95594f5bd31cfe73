"""printing/pages.py and printing/document.py on their own: a printout painted page
by page onto a PDF writer, then read back with poppler (pdfinfo, pdftotext) the way
a reviewer checks the paper. No window, no MainWindow, no command line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtGui import QPainter, QPdfWriter

from checklist_fixtures import CHECKLIST, write_checklist, write_clinic
from ketaguide.core.checklist import load_checklists
from ketaguide.core.settings import load_settings
from ketaguide.printing import PagePainter, make_printout, prepare
from ketaguide.printing.document import ITEM, RULE_BELOW, build_body
from ketaguide.printing.pages import FIT_LEVELS, lines_pages
from pdf_helpers import pdfinfo, pdftotext, words

TODAY = date(2026, 11, 21)
LETTER_POINTS = "612 x 792 pts"


@pytest.fixture
def clinic(tmp_path, qapp):
    settings, problems = load_settings(write_clinic(tmp_path))  # Letter paper, 12-hour clock
    assert problems == []
    return settings


def printout_of(tmp_path, settings, text=CHECKLIST, appointment=datetime(2026, 12, 1, 9, 30), name="Ana"):
    folder = tmp_path / f"content-{len(text)}"
    write_checklist(folder, text)
    (checklist,), problems = load_checklists([folder], "en", settings, TODAY)
    assert problems == []
    return make_printout(checklist, settings, appointment, name, "en")


def with_extra_items(count: int) -> str:
    return CHECKLIST + "\n## Extra\n" + "".join(f"- [ ] Extra thing number {n} to have ready.\n"
                                                 for n in range(1, count + 1))


def paint_pdf(path, printout) -> PagePainter:
    """What the app does for paper, without pdf.py: lay out for the device, paint every page."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    prepare(writer, printout)
    layout = PagePainter(printout, writer)
    painter = QPainter(writer)
    layout.paint(painter)
    painter.end()
    return layout


def test_a_painted_checklist_reads_back_whole_and_in_order(tmp_path, clinic):
    printout = printout_of(tmp_path, clinic)
    pdf = tmp_path / "ana.pdf"
    layout = paint_pdf(pdf, printout)
    info = pdfinfo(pdf)
    assert info["Pages"] == str(layout.page_count) == "1"
    assert info["Page size"].startswith(LETTER_POINTS)
    text = pdftotext(pdf)
    for expected in ("Riverside Infusion Center", "Getting ready at Riverside Infusion Center",
                     "Appointment: Tuesday, December 1, 2026 at 9:30 AM", "Prepared for: Ana",
                     "Questions? Call Riverside Infusion Center at 555-0100.", "Page 1 of 1"):
        assert expected in text, expected
    # Every section and item, in the checklist's order.
    expected_order = [section.title for section in printout.checklist.sections]
    expected_order += [words(item.text) for item in printout.checklist.items]
    positions = [text.find(piece) for piece in expected_order]
    assert -1 not in positions, [p for p, at in zip(expected_order, positions) if at < 0]
    section_positions = positions[:len(printout.checklist.sections)]
    assert section_positions == sorted(section_positions)
    item_positions = positions[len(printout.checklist.sections):]
    assert item_positions == sorted(item_positions)


def test_every_item_gets_a_box_and_every_heading_a_rule(tmp_path, clinic):
    """document.py marks the blocks; pages.py draws a box or a rule for each mark."""
    printout = printout_of(tmp_path, clinic)
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    prepare(writer, printout)
    body = build_body(printout, writer, width=2000)
    states = []
    block = body.begin()
    while block.isValid():
        states.append(block.userState())
        block = block.next()
    assert states.count(ITEM) == len(printout.checklist.items)
    assert states.count(RULE_BELOW) == len(printout.checklist.sections) + 1  # and one under the clinic's name
    plain = replace(printout, boxes=False)  # the teach-back summary: lines with a bullet, nothing to tick
    body = build_body(plain, writer, width=2000)
    assert ITEM not in [body.findBlockByNumber(n).userState() for n in range(body.blockCount())]
    assert body.toPlainText().count("\u2022 ") == len(printout.checklist.items)


def test_a_long_checklist_flows_onto_pages_and_never_splits_an_item(tmp_path, clinic):
    printout = printout_of(tmp_path, clinic, with_extra_items(70), appointment=None, name="")
    pdf = tmp_path / "long.pdf"
    layout = paint_pdf(pdf, printout)
    pages = layout.page_count
    assert pages >= 2 and pdfinfo(pdf)["Pages"] == str(pages)
    page_height = layout.body.pageSize().height()
    block = layout.body.begin()
    while block.isValid():
        if block.userState() == ITEM:
            first, last = lines_pages(block, page_height)
            assert first == last, f"split across pages {first + 1} and {last + 1}: {block.text()[:40]!r}"
        block = block.next()
    for number in range(1, pages + 1):
        text = pdftotext(pdf, page=number)
        assert f"Page {number} of {pages}" in text and "555-0100" in text, number
    assert "Extra thing number 70 to have ready." in pdftotext(pdf, page=pages)
    assert "Extra thing number 70" not in pdftotext(pdf, page=1)


def test_text_is_tightened_onto_one_page_before_a_second_page_is_used(tmp_path, clinic):
    """Find the longest checklist that still fits one page: it fits because its text
    was made smaller (never below 11.25 pt, 90% of 12.5 pt); one item more goes
    back to full size on two pages."""
    def layout_for(count):
        printout = printout_of(tmp_path, clinic, with_extra_items(count))
        writer = QPdfWriter(str(tmp_path / "probe.pdf"))
        writer.setResolution(300)
        prepare(writer, printout)
        return PagePainter(printout, writer)

    fits, overflows = 0, 80
    assert layout_for(fits).page_count == 1 and layout_for(overflows).page_count > 1
    while overflows - fits > 1:
        middle = (fits + overflows) // 2
        if layout_for(middle).page_count == 1:
            fits = middle
        else:
            overflows = middle
    tightest = FIT_LEVELS[-1][0]
    longest_on_one_page = layout_for(fits)
    assert longest_on_one_page.page_count == 1
    assert tightest <= longest_on_one_page.scale < 1.0
    one_more = layout_for(overflows)
    assert one_more.page_count == 2 and one_more.scale == 1.0
    assert layout_for(0).scale == 1.0  # a short checklist is never shrunk
