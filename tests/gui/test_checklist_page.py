"""gui/checklist_page.py on its own: a ChecklistPage made from a library and a session,
with no MainWindow around it, ticked, personalised and saved as a person would.
Everything the person does lives in the Session; the saved PDF is read with poppler."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from checklist_fixtures import write_checklist, write_clinic
from gui_helpers import button, click, visible_texts
from ketaguide.core.library import load_library
from ketaguide.core.session import Session
from ketaguide.core.settings import load_settings
from ketaguide.gui.checklist_page import ChecklistPage
from pdf_helpers import pdfinfo, pdftotext

# Tomorrow: the page offers no day in the past.
APPOINTMENT = datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(hour=9, minute=30)


@pytest.fixture
def page(qtbot, content_dir, tmp_path):
    write_checklist(content_dir)
    settings, problems = load_settings(write_clinic(tmp_path))
    assert problems == []
    library = load_library([content_dir], settings, "en", today=date(2026, 11, 21))
    page = ChecklistPage(library, Session())
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def row_texts(page) -> list[str]:
    return [row.box.accessibleName() for row in page.rows]


def test_ticks_an_appointment_and_a_name_live_in_the_session(qtbot, page):
    assert "Getting ready at Riverside Infusion Center" in visible_texts(page)
    assert "Stop eating solid food 6 hours before your appointment." in row_texts(page)
    click(qtbot, page.rows[0].label)  # the words tick the box too
    click(qtbot, page.rows[2].box)
    assert page.session.checklist_ticks == {"preparation": {"1.1", "2.1"}}
    click(qtbot, button(page, "Add my appointment date and time"))
    page.date_edit.setDate(APPOINTMENT.date())
    page.time_edit.setCurrentIndex(page.time_edit.findData(APPOINTMENT.hour * 60 + APPOINTMENT.minute))
    assert page.session.appointment == APPOINTMENT
    assert "Stop eating solid food by 3:30 AM." in row_texts(page)
    qtbot.keyClicks(page.name_edit, "Ana")
    assert page.session.printout_name == "Ana"
    assert page.rows[0].box.isChecked() and page.rows[2].box.isChecked()  # personalising kept the ticks


def save_into(page, folder) -> None:
    """When the Save dialog is up, go to `folder` and press Save, keeping the name
    the app suggests, as a person would (Qt's own dialog: offscreen has no native one)."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            timer.stop()
            dialog.setDirectory(str(folder))
            dialog.accept()

    timer = QTimer(page)  # goes with the page, whatever happens
    timer.timeout.connect(answer)
    timer.start(10)


def test_save_as_pdf_writes_one_personal_page(qtbot, page, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    save_into(page, folder)
    click(qtbot, button(page, "Add my appointment date and time"))
    page.date_edit.setDate(APPOINTMENT.date())
    page.time_edit.setCurrentIndex(page.time_edit.findData(APPOINTMENT.hour * 60 + APPOINTMENT.minute))
    qtbot.keyClicks(page.name_edit, "Ana")
    click(qtbot, button(page, "Save as PDF…"))
    [saved] = folder.iterdir()
    assert saved.suffix == ".pdf" and "Ana" not in saved.name  # the suggested name never carries the person's
    assert pdfinfo(saved)["Pages"] == "1"
    text = pdftotext(saved)
    assert "Prepared for: Ana" in text and "Stop eating solid food by 3:30 AM." in text and "555-0100" in text
    assert f"Saved as {saved}" in [t.replace("\u200b", "") for t in visible_texts(page)]


def test_home_is_asked_of_the_window_by_signal(qtbot, page):
    with qtbot.waitSignal(page.home_requested):
        click(qtbot, button(page, "Home"))
