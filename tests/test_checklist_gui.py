"""The checklist page, used as a patient would: tick, add an appointment, print, save."""

import io
from datetime import date, datetime, timedelta

import pytest
from checklist_fixtures import write_checklist, write_clinic
from conftest import SCREENSHOTS
from gui_helpers import button, click, visible_texts
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from ketaguide import resources
from ketaguide.core.library import load_library
from ketaguide.core.session import Session
from ketaguide.core.settings import load_settings
from ketaguide.gui import page_printing
from ketaguide.gui.app import create_window
from ketaguide.gui.checklist_page import ChecklistPage


@pytest.fixture
def window(qtbot, content_dir, tmp_path, monkeypatch):
    write_checklist(content_dir)
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    window = create_window(config=write_clinic(tmp_path))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    click(qtbot, button(window, "Your preparation checklist"))
    return window


def row_texts(page) -> list[str]:
    return [row.box.accessibleName() for row in page.rows]


def add_appointment(qtbot, page, when: datetime) -> None:
    click(qtbot, button(page, "Add my appointment date and time"))
    page.date_edit.setDate(when.date())
    page.time_edit.setCurrentIndex(page.time_edit.findData(when.hour * 60 + when.minute))


def tomorrow_at(hour, minute=0) -> datetime:
    return datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(hour=hour, minute=minute)


def test_the_home_card_opens_the_checklist_and_home_comes_back(qtbot, window):
    page = window.checklist
    assert window.pages.currentWidget() is page
    assert "Getting ready at Riverside Infusion Center" in visible_texts(window)
    assert row_texts(page)[0] == "Make sure an adult can drive you home."
    assert "Stop eating solid food 6 hours before your appointment." in row_texts(page)
    click(qtbot, button(window, "Home"))
    assert window.pages.currentWidget() is window.home


def test_ticks_live_in_the_session_only(qtbot, window):
    page = window.checklist
    click(qtbot, page.rows[0].label)  # the words are part of the box
    click(qtbot, page.rows[2].box)
    assert window.session.checklist_ticks == {"preparation": {"1.1", "2.1"}}
    click(qtbot, page.rows[0])
    assert window.session.checklist_ticks == {"preparation": {"2.1"}}
    assert page.rows[2].box.isChecked()


def test_an_appointment_and_a_name_personalise_the_items(qtbot, window):
    page = window.checklist
    add_appointment(qtbot, page, tomorrow_at(9, 30))
    assert window.session.appointment == tomorrow_at(9, 30)
    assert "Stop eating solid food by 3:30 AM." in row_texts(page)
    assert "<b>3:30" in page.rows[2].label.text()  # the time stands out
    qtbot.keyClicks(page.name_edit, "Ana")
    assert window.session.printout_name == "Ana"
    click(qtbot, button(page, "Add my appointment date and time"))  # changed their mind
    assert window.session.appointment is None
    assert "Stop eating solid food 6 hours before your appointment." in row_texts(page)


def test_print_shows_the_preview_of_one_page(qtbot, window, monkeypatch):
    monkeypatch.setattr(page_printing, "printer_names", lambda: ["Front desk"])
    shown = []

    def show_without_blocking(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()  # what showing the dialog does: paint every page
        shown.append((dialog.windowTitle(), preview.pageCount(), dialog.printer()))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show_without_blocking)
    page = window.checklist
    add_appointment(qtbot, page, tomorrow_at(1))
    click(qtbot, button(window, "Print…"))
    assert [s[:2] for s in shown] == [("Print preview", 1)]
    assert page.preview is None  # the dialog (and the printout with a name) is let go afterwards
    printer = shown[0][2]
    assert printer.docName() == "Getting ready at Riverside Infusion Center"
    assert printer.pageLayout().pageSize().key() == "Letter"


def test_without_a_printer_there_is_still_a_preview_and_the_page_says_what_to_do(qtbot, window, monkeypatch):
    monkeypatch.setattr(page_printing, "printer_names", lambda: [])
    shown = []

    def show_without_blocking(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        shown.append(preview.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show_without_blocking)
    click(qtbot, button(window, "Print…"))
    assert shown == [1], "staff can check the page on screen"
    assert "No printer is set up on this computer. You can check the page in the preview and save the " \
           "checklist as a PDF instead." in visible_texts(window)


def test_save_as_pdf_writes_the_personal_checklist(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "saved" / "my checklist"
    target.parent.mkdir()
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page = window.checklist
    add_appointment(qtbot, page, tomorrow_at(9, 30))
    qtbot.keyClicks(page.name_edit, "Ana")
    click(qtbot, button(window, "Save as PDF…"))
    saved = target.with_suffix(".pdf")
    text = " ".join(PdfReader(io.BytesIO(saved.read_bytes())).pages[0].extract_text().split())
    assert "Prepared for: Ana" in text and "555-0100" in text
    assert "Ana" not in asked[0]  # the suggested file name never carries the name
    assert f"Saved as {saved}" in [text.replace("\u200b", "") for text in visible_texts(window)]
    assert list(saved.parent.iterdir()) == [saved]


def test_a_kiosk_prints_but_never_offers_a_file(qtbot, content_dir, tmp_path):
    write_checklist(content_dir)
    settings, _ = load_settings(write_clinic(tmp_path))
    library = load_library([content_dir], settings, "en", today=date(2026, 11, 21))
    page = ChecklistPage(library, Session(), kiosk=True)
    qtbot.addWidget(page)
    page.show()
    assert button(page, "Print…").isVisible()
    assert not page.save_button.isVisible()
    page.set_kiosk(False)
    assert button(page, "Save as PDF…").isVisible()


def test_a_new_session_clears_ticks_times_and_name(qtbot, window):
    page = window.checklist
    click(qtbot, page.rows[0])
    add_appointment(qtbot, page, tomorrow_at(9, 30))
    qtbot.keyClicks(page.name_edit, "Ana")
    fresh = Session()
    page.bind(fresh)
    assert not any(row.box.isChecked() for row in page.rows)
    assert page.name_edit.text() == "" and not page.appointment_box.isChecked()
    assert "Stop eating solid food 6 hours before your appointment." in row_texts(page)
    assert fresh.checklist_ticks == {} and fresh.printout_name == ""


def test_nothing_typed_is_written_to_disk(qtbot, window, private_config):
    page = window.checklist
    qtbot.keyClicks(page.name_edit, "Zebediah")
    click(qtbot, button(window, "Home"))
    for path in private_config.rglob("*"):
        if path.is_file():
            assert b"Zebediah" not in path.read_bytes(), path


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_screenshots_of_the_checklist_page(qtbot, window, size):
    window.resize(*size)
    add_appointment(qtbot, window.checklist, tomorrow_at(9, 30))
    click(qtbot, window.checklist.rows[0])
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / f"checklist-{size[0]}x{size[1]}.png"))
