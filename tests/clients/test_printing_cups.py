"""Printing tells the truth, checked against a real CUPS scheduler (a private
cupsd with a cups-pdf queue, see cups_server.py): the job lands with the
clinic's paper size on every path, the status says what CUPS says, and a
queue that refuses jobs sends the patient to staff."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import print_scripts
from cups_server import QUEUE, CupsServer
from gui_helpers import button, click, visible_texts

LETTER = "612 x 792 pts (letter)"


@pytest.fixture(scope="module")
def cups_server():
    server = CupsServer().start()
    server.run("lpadmin", "-d", QUEUE)  # the default printer, as on a clinic's kiosk
    yield server
    server.stop()


@pytest.fixture
def queue(cups_server, monkeypatch):
    """The private scheduler for this process (as libcups finds it), accepting jobs."""
    monkeypatch.setenv("CUPS_SERVER", str(cups_server.socket))
    cups_server.run("cupsaccept", QUEUE)
    cups_server.run("cupsenable", QUEUE)
    return cups_server


@pytest.fixture
def letter_config(tmp_path):
    path = tmp_path / "ketaguide.toml"
    path.write_text('[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
                    '[printing]\npaper = "letter"\n', encoding="utf-8")
    return path


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Page size"))


def kiosk_page(qtbot, config, monkeypatch):
    """The checklist page of a kiosk window, with the private queue as its printer."""
    from ketaguide.gui import kiosk_print, page_printing
    from ketaguide.gui.app import create_window

    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")
    monkeypatch.setattr(page_printing, "printer_names", lambda: [QUEUE])
    monkeypatch.setattr(kiosk_print, "kiosk_printer_name", lambda: QUEUE)
    window = create_window(config=config, kiosk=True)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_checklist()
    yield window.checklist
    window.kiosk_controller.leave_quietly()


def print_on_kiosk(qtbot, page):
    click(qtbot, button(page, "Print…"))
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    click(qtbot, button(page.preview, "Print"))


def test_the_kiosk_job_lands_on_letter_and_the_status_follows_cups(qtbot, queue, letter_config, monkeypatch):
    page = next(kiosk_page(qtbot, letter_config, monkeypatch))
    since = time.time() - 1
    print_on_kiosk(qtbot, page)
    assert page.status.text() in ("Your checklist is waiting for the printer. If nothing comes out soon, "
                                  "please ask a member of staff.",
                                  "Your checklist is printing. Please collect it from the printer.",
                                  "Your checklist has been printed. Please collect it from the printer.")
    # CUPS finishes the job (cups-pdf writes the file); the page says so once CUPS does.
    qtbot.waitUntil(lambda: "has been printed" in page.status.text(), timeout=60_000)
    pdf = queue.wait_for_pdf(since)
    try:
        assert page_size(pdf) == LETTER
    finally:
        pdf.unlink()


def test_a_refusing_queue_sends_the_patient_to_staff(qtbot, queue, letter_config, monkeypatch):
    queue.run("cupsreject", QUEUE)
    page = next(kiosk_page(qtbot, letter_config, monkeypatch))
    print_on_kiosk(qtbot, page)
    assert page.status.text() == "The printer is not taking print jobs right now. Please ask a member of staff."
    assert "printing" not in " ".join(visible_texts(page))


def test_a_stopped_printer_is_not_called_printing(qtbot, queue, letter_config, monkeypatch):
    queue.run("cupsdisable", QUEUE)  # accepts jobs, prints none
    page = next(kiosk_page(qtbot, letter_config, monkeypatch))
    print_on_kiosk(qtbot, page)
    assert page.status.text().startswith("Your checklist is waiting for the printer.")
    queue.run("cancel", "-a", QUEUE)
    qtbot.waitUntil(lambda: page.status.text() == "Your checklist was not printed. Please ask a member of staff.",
                    timeout=10_000)


def test_the_system_print_dialog_keeps_the_clinics_paper(queue, letter_config, tmp_path):
    since = time.time() - 1
    # A fresh process: Qt reads the printer list (from $CUPS_SERVER) once, when printing support loads.
    result = print_scripts.run(print_scripts.CHECKLIST, letter_config, tmp_path, queue.env)
    assert "SEEN ['preview', 'system dialog']" in result.stdout, result.stdout + result.stderr
    assert f"STATUS Sent to {QUEUE}." in result.stdout, result.stdout + result.stderr
    pdf = queue.wait_for_pdf(since)
    try:
        assert page_size(pdf) == LETTER  # the printer's default is A4: the clinic's Letter wins
    finally:
        pdf.unlink()


def test_after_the_system_dialog_a_refusing_queue_is_named(queue, letter_config, tmp_path):
    queue.run("cupsreject", QUEUE)
    result = print_scripts.run(print_scripts.CHECKLIST, letter_config, tmp_path, queue.env)
    assert f"STATUS The printer {QUEUE} is not taking print jobs. Please check the printer, or ask for help." \
        in result.stdout, result.stdout + result.stderr


def test_the_command_line_keeps_the_clinics_paper(letter_config, tmp_path):
    out = tmp_path / "checklist.pdf"
    result = subprocess.run([sys.executable, "-m", "ketaguide", "checklist", "--config", str(letter_config),
                             "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert page_size(out) == LETTER


def test_an_unreadable_answer_is_sent_never_printing_and_never_sent_twice(monkeypatch):
    """A scheduler that takes the job but answers in something other than IPP."""
    from ketaguide.gui.kiosk_print import JobWatcher
    from ketaguide.printing import cups

    class Answer:
        status = 200

        @staticmethod
        def read():
            return b"\x02\x00\x00\x00\x00\x00\x00\x01\x01\x21\x00\x06job-id\x00\x04\x00"  # cut off mid-value

    class Connection:
        def request(self, *args, **kwargs):
            pass

        def getresponse(self):
            return Answer()

        def close(self):
            pass

    monkeypatch.setattr(cups, "_connection", Connection)
    job = cups.send_pdf("Front desk", b"%PDF-1.4", "Checklist", "Letter")
    assert job == cups.Job("Front desk", "sent")
    assert JobWatcher(None).describe(job) == "Sent to Front desk."


def test_the_teach_back_summary_prints_on_the_kiosk_queue_with_no_name(qtbot, queue, letter_config, monkeypatch):
    """The summary takes the checklist's kiosk path: its PDF reaches CUPS from
    memory and lands as one letter page (its words, and that no name is on it,
    are checked in memory in test_teachback.py)."""
    page = next(kiosk_page(qtbot, letter_config, monkeypatch))
    window = page.window()
    window.start_quiz()
    window.quiz.choices.toggle(0)
    window.quiz.check_answer()
    window.quiz.index = len(window.quiz.questions) - 1
    window.quiz.next_question()
    window.open_teachback()
    summary = window.teachback
    since = time.time() - 1
    click(qtbot, button(summary, "Print the summary"))
    qtbot.waitUntil(lambda: summary.preview is not None and summary.preview.isVisible())
    click(qtbot, button(summary.preview, "Print"))
    qtbot.waitUntil(lambda: "has been printed" in summary.status.text(), timeout=60_000)
    assert summary.status.text() == "Your summary has been printed. Please collect it from the printer."
    pdf = queue.wait_for_pdf(since)
    try:
        assert page_size(pdf) == LETTER
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info  # one page (cups-pdf re-encodes the fonts: its text is not readable back)
    finally:
        pdf.unlink()


def test_the_summary_says_where_it_was_sent_after_the_system_print_dialog(queue, letter_config, tmp_path):
    """As the checklist does (the shared print flow, gui/page_printing.py), and the job lands."""
    since = time.time() - 1
    result = print_scripts.run(print_scripts.TEACH_BACK_SUMMARY, letter_config, tmp_path, queue.env)
    assert "SEEN ['preview', 'system dialog']" in result.stdout, result.stdout + result.stderr
    assert f"STATUS Sent to {QUEUE}. | success" in result.stdout, result.stdout + result.stderr
    queue.wait_for_pdf(since).unlink()
