"""Printed checklists: what the PDF says, its pages and paper (the staff command line that
writes them is tested in tests/cli/test_checklist_command.py)."""

import io
import os
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from checklist_fixtures import CHECKLIST, write_checklist, write_clinic
from ketaguide import resources
from ketaguide.core.checklist import load_checklists
from ketaguide.core.settings import Printing, Settings, load_settings
from ketaguide.locales import locale_for
from ketaguide.printing import formats, make_printout, pdf_bytes, write_atomically
from pdf_helpers import pdf_text, words

TODAY = date(2026, 11, 21)


@pytest.fixture
def clinic(tmp_path, qapp):
    settings, problems = load_settings(write_clinic(tmp_path))
    assert problems == []
    return settings


def fixture_checklist(tmp_path, settings, text=CHECKLIST):
    write_checklist(tmp_path / "content", text)
    (checklist,), problems = load_checklists([tmp_path / "content"], "en", settings, TODAY)
    assert problems == []
    return checklist


def shipped_checklist(settings):
    checklists, _ = load_checklists([resources.content_dir()], "en", settings, date.today())
    return next(c for c in checklists if c.id == "preparation")


# -- the PDF -------------------------------------------------------------------------
def test_the_pdf_has_every_item_the_times_and_the_clinic_numbers(tmp_path, clinic):
    checklist = fixture_checklist(tmp_path, clinic)
    printout = make_printout(checklist, clinic, datetime(2026, 12, 1, 9, 30), "Ana", "en")
    [text] = pdf_text(pdf_bytes(printout))
    for item in printout.checklist.items:
        assert words(item.text) in text
    for expected in ("Riverside Infusion Center", "Getting ready at Riverside Infusion Center",
                     "Tuesday, December 1, 2026 at 9:30 AM", "Prepared for: Ana", "by 3:30 AM",
                     "Stop clear liquids by 7:30 AM.",
                     "by 9:15 AM", "Plan ahead, it makes the day easier.", "555-0100", "911", "988",
                     "Content reviewed November 1, 2026", "Page 1 of 1"):
        assert expected in text, expected


def test_the_pdf_shows_the_day_as_a_timeline(tmp_path, clinic):
    clinic = replace(clinic, preparation=replace(clinic.preparation, infusion_minutes=40))
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, datetime(2026, 12, 1, 9, 30), "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    for label in ("Last food", "Last drink", "Arrive", "Infusion", "Rest", "Ride home", "No driving"):
        assert label in text, label
    assert "at 9:30 AM" in text and "about 11:10 AM" in text  # the timeline's own times


def test_a_clinic_without_a_drip_time_gets_no_guessed_ride_time_on_paper(tmp_path, clinic):
    """Rater 2, problem 2: the 40-minute default printed a ride time that was hours early for pain drips."""
    assert clinic.preparation.infusion_minutes is None  # the fixture clinic does not set it
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, datetime(2026, 12, 1, 9, 30), "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    assert "Ride home when sta" in text and "say you can go" in text  # "ff" prints as a ligature
    assert "No driving for at least 24 hours" in text
    assert "11:10" not in text and "10:10" not in text


def test_without_an_appointment_the_pdf_has_words_and_lines_to_write_on(tmp_path, clinic):
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, None, "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    assert "Stop eating solid food 6 hours before your appointment." in text
    assert "Arrive 15 minutes before your appointment." in text
    assert "Appointment: ____" in text and "Prepared for" not in text


def test_the_name_stays_out_of_the_pdf_metadata(tmp_path, clinic):
    data = pdf_bytes(make_printout(fixture_checklist(tmp_path, clinic), clinic, None, "Ana", "en"))
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata.title == "Getting ready at Riverside Infusion Center"
    assert "Ana" not in repr(dict(metadata))


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
@pytest.mark.parametrize("appointment, name", [(datetime(2026, 12, 1, 1, 0), "Maria-Fernanda de los Santos"),
                                               (None, "")])
def test_the_shipped_checklist_prints_on_one_page(tmp_path, clinic, paper, size, appointment, name):
    settings = replace(clinic, printing=Printing(paper=paper, clock="12h"))
    data = pdf_bytes(make_printout(shipped_checklist(settings), settings, appointment, name, "en"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == size
    assert "Page 1 of 1" in words(reader.pages[0].extract_text())


def test_the_shipped_checklist_without_clinic_settings_is_one_page_too(qapp):
    settings = Settings(printing=Printing(paper="letter"))
    [text] = pdf_text(pdf_bytes(make_printout(shipped_checklist(settings), settings, None, "", "en")))
    assert "Questions? Call your clinic: ____" in text  # a line to write the number on, never a made-up one


def test_a_long_checklist_flows_onto_numbered_pages(tmp_path, clinic):
    many = "\n".join(f"- [ ] Thing number {n} to remember before the day." for n in range(1, 61))
    checklist = fixture_checklist(tmp_path, clinic, CHECKLIST + "\n## Extra\n" + many + "\n")
    texts = pdf_text(pdf_bytes(make_printout(checklist, clinic, None, "", "en")))
    assert len(texts) >= 2
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text and "555-0100" in text
    assert "Thing number 60 to remember" in texts[-1]


def test_several_printouts_in_one_pdf_count_their_own_pages(tmp_path, clinic):
    checklist = fixture_checklist(tmp_path, clinic)
    printouts = [make_printout(checklist, clinic, datetime(2026, 12, 1, h, 0), "", "en") for h in (8, 9, 10)]
    texts = pdf_text(pdf_bytes(*printouts))
    assert len(texts) == 3 and all("Page 1 of 1" in t for t in texts)
    assert "by 2:00 AM" in texts[0] and "by 3:00 AM" in texts[1] and "by 4:00 AM" in texts[2]


def test_paper_clock_and_dates_follow_settings_then_the_locale(qapp):
    us, canada, germany, britain = (QLocale(n) for n in ("en_US", "en_CA", "de_DE", "en_GB"))
    letter, a4 = "Letter", "A4"
    assert formats.page_size(Settings(), us).key() == letter
    assert formats.page_size(Settings(), canada).key() == letter
    assert formats.page_size(Settings(), germany).key() == a4
    assert formats.page_size(Settings(printing=Printing(paper="a4")), us).key() == a4
    assert not formats.uses_24_hour_clock(Settings(), us)
    assert formats.uses_24_hour_clock(Settings(), britain)
    assert formats.uses_24_hour_clock(Settings(printing=Printing(clock="24h")), us)
    assert not formats.uses_24_hour_clock(Settings(printing=Printing(clock="12h")), germany)
    # English content on a German computer: English words, German paper and clock.
    assert locale_for("en", germany).name() == "en_DE"
    assert formats.long_date(locale_for("en", germany))(date(2026, 12, 1)) == "Tuesday, 1 December 2026"
    # A server without a locale ("C") takes the language's home region.
    assert locale_for("en", QLocale.c()).name() == "en_US"


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.pdf"

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        write_atomically(target, b"%PDF-1.4 ...")
    assert list(folder.iterdir()) == []
