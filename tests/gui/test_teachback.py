"""The teach-back summary for the care team (issue 23): right after wrong and
right answers and retries, the patient's own questions, shown to the nurse,
printed with no name unless typed, nothing written to disk, wiped with the session."""

from __future__ import annotations

import os
import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from test_accessibility import clipped_texts, nameless_focus_stops, unnamed_controls

from conftest import module_text, write_module
from gui_helpers import button, click, open_window, screenshot, visible_texts
from ketaguide.core import teachback
from ketaguide.printing import pdf_bytes
from quiz_fixtures import QUIZ

QUESTIONS_BODY = """\
**Bring your questions.**

## How do I use this list? {#how-to-use}
- Choose 3 or 4 questions.
- Write them down.

## Is ketamine right for me? {#right-for-me}
- Why do you think ketamine could help me?
- What other treatments could I try?

## Key points
- You can ask questions at any time.
"""

RIGHT = [("No. An adult must drive me home.",), ("A list of your medicines", "A warm sweater"),
         ("911, right away",)]


@pytest.fixture
def window(qtbot, content_dir, as_builtin):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    write_module(content_dir, "08-questions.md", module_text(body=QUESTIONS_BODY, id="questions-to-ask",
                                                             title="Questions to ask", order=8))
    as_builtin(content_dir)
    return open_window(qtbot)


def answer(qtbot, window, *texts):
    for text in texts:
        click(qtbot, button(window, text))
    click(qtbot, button(window, "Check my answer"))


def titles(topics) -> list[tuple[str, str]]:
    return [(t.module_id, t.anchor) for t in topics]


def run_mixed_quiz(qtbot, window):
    """Q1 wrong then right on a retry, Q2 wrong (left), Q3 right first time."""
    click(qtbot, button(window, "Check what you learned"))
    answer(qtbot, window, "Yes, if I feel fine")
    click(qtbot, button(window, "Try again"))
    answer(qtbot, window, *RIGHT[0])
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, "A list of your medicines")  # only one of the two right ones
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, *RIGHT[2])
    click(qtbot, button(window, "See how I did"))


def pdf_text(data: bytes) -> str:
    import io

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())  # pypdf puts tabs and breaks between words


# -- the core, without Qt --------------------------------------------------------
def test_standing_of_a_question_from_its_attempts(qtbot, window):
    q1 = window.library.quiz[0]
    right, wrong = q1.right_answer, frozenset({0})
    assert teachback.standing(q1, []) is None
    assert teachback.standing(q1, [right]) == teachback.UNDERSTOOD
    assert teachback.standing(q1, [right, wrong]) == teachback.UNDERSTOOD  # the first try counts
    assert teachback.standing(q1, [wrong, wrong, right]) == teachback.WENT_OVER
    assert teachback.standing(q1, [wrong, wrong]) == teachback.TO_GO_OVER


def test_a_topic_takes_the_weakest_standing_of_its_questions(qtbot, window):
    quiz = window.library.quiz
    # Q1 and Q3 are both about first-topic, but different sections; make Q3 point at Q1's section.
    from dataclasses import replace

    q3 = replace(quiz[2], see_anchor="what")
    summary = teachback.summarize((quiz[0], q3), {quiz[0].key: [quiz[0].right_answer],
                                                  q3.key: [frozenset({0})]}, window.library)
    assert titles(summary.to_go_over) == [("first-topic", "what")]
    assert summary.understood == () and summary.went_over == ()
    assert summary.to_go_over[0].title == "What is this?" and summary.to_go_over[0].module_title == "First topic"


def test_own_questions_are_the_list_items_that_ask(qtbot, window):
    found = teachback.own_questions(window.library)
    assert [q.text for q in found] == ["Why do you think ketamine could help me?",
                                       "What other treatments could I try?"]
    assert {q.section for q in found} == {"Is ketamine right for me?"}


def test_the_shipped_questions_module_offers_its_questions(qtbot):
    from ketaguide.core.loading import load

    library = load()
    found = teachback.own_questions(library)
    assert len(found) > 15
    assert all("?" in q.text for q in found)
    assert len({q.key for q in found}) == len(found)
    assert not any(q.section in ("How do I use this list?", "Key points") for q in found)


# -- the summary on screen ---------------------------------------------------------
def test_summary_after_wrong_right_and_retries(qtbot, window):
    run_mixed_quiz(qtbot, window)
    click(qtbot, button(window, "Summary for my nurse"))
    page = window.teachback
    assert window.pages.currentWidget() is page
    summary = page.summary
    assert titles(summary.went_over) == [("first-topic", "what")]  # wrong, then right on a retry
    assert titles(summary.to_go_over) == [("second-topic", "what")]
    assert titles(summary.understood) == [("first-topic", "key-points")]
    texts = visible_texts(window)
    for heading in ("To go over with my nurse", "We went over these", "I understood these"):
        assert heading in texts
    assert "To go over with your nurse: 1. Went over: 1. Understood: 1." in page.property("lastAnnouncement")

    # A review of the missed one, now right: it was gone over, nothing left for the nurse.
    click(qtbot, button(window, "Back to my results"))
    click(qtbot, button(window, "Review the ones I missed"))  # the two not right on the first try
    answer(qtbot, window, *RIGHT[0])
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, *RIGHT[1])
    click(qtbot, button(window, "See how I did"))
    click(qtbot, button(window, "Summary for my nurse"))
    assert titles(page.summary.went_over) == [("first-topic", "what"), ("second-topic", "what")]
    assert page.summary.to_go_over == ()
    assert "To go over with my nurse" not in visible_texts(window)


def test_each_topic_links_to_its_section(qtbot, window):
    run_mixed_quiz(qtbot, window)
    click(qtbot, button(window, "Summary for my nurse"))
    cards = [b for b in window.teachback.findChildren(type(button(window, "Key points")))
             if b.isVisible() and b.accessibleName() == "Key points"]
    click(qtbot, cards[0])
    assert window.pages.currentWidget() is window.reader
    click(qtbot, button(window, "Back to my summary"))
    assert window.pages.currentWidget() is window.teachback


def test_ticked_questions_join_the_summary_and_the_nurse_screen(qtbot, window):
    run_mixed_quiz(qtbot, window)
    click(qtbot, button(window, "Summary for my nurse"))
    click(qtbot, button(window, "Why do you think ketamine could help me?"))
    assert window.session.own_questions == {"right-for-me:1"}
    assert [q.text for q in window.teachback.summary.questions] == ["Why do you think ketamine could help me?"]
    click(qtbot, button(window, "Show my nurse"))
    texts = visible_texts(window)
    assert "For the care team" in texts
    assert "\u2022 Why do you think ketamine could help me?" in texts
    assert "\u2022 What is this? (Second topic)" in texts and "\u2022 Key points (First topic)" in texts
    assert window.focusWidget() is window.teachback.nurse_title  # a screen reader starts at the top
    click(qtbot, button(window, "Back"))
    click(qtbot, button(window, "Why do you think ketamine could help me?"))  # untick
    assert window.session.own_questions == set()


def test_the_questions_to_ask_page_leads_to_its_list_to_tick(qtbot, window):
    click(qtbot, button(window, "Questions to ask"))
    assert window.pages.currentWidget() is window.reader
    click(qtbot, button(window, "Tick my questions"))
    page = window.teachback
    assert window.pages.currentWidget() is page
    assert window.focusWidget() is page.questions_heading
    click(qtbot, button(window, "What other treatments could I try?"))
    assert window.session.own_questions == {"right-for-me:2"}
    assert [q.text for q in page.summary.questions] == ["What other treatments could I try?"]
    window.open_module("first-topic")
    assert not window.reader.tick_button.isVisible()  # only on the questions page


def test_keyboard_reaches_the_summary_and_its_buttons(qtbot, window):
    run_mixed_quiz(qtbot, window)
    summary_button = button(window, "Summary for my nurse")
    summary_button.setFocus()
    qtbot.keyClick(summary_button, Qt.Key_Space)
    assert window.pages.currentWidget() is window.teachback
    nurse = button(window, "Show my nurse")
    assert nurse.focusPolicy() & Qt.TabFocus
    nurse.setFocus()
    qtbot.keyClick(nurse, Qt.Key_Space)
    assert "For the care team" in visible_texts(window)
    assert unnamed_controls(window) == [] and nameless_focus_stops(window) == []


@pytest.mark.parametrize("view", ["summary", "nurse"])
def test_fits_at_200_percent_text(qtbot, window, view, tmp_path):
    run_mixed_quiz(qtbot, window)
    click(qtbot, button(window, "Summary for my nurse"))
    click(qtbot, button(window, "Why do you think ketamine could help me?"))
    window.set_text_scale(2.0)
    if view == "nurse":
        click(qtbot, button(window, "Show my nurse"))
    qtbot.waitUntil(lambda: clipped_texts(window) == [], timeout=2000)
    assert window.width() <= 1024
    screenshot(window, tmp_path / f"teachback-200-{view}.png")


# -- print, with nothing stored ---------------------------------------------------
def test_the_printout_has_no_name_unless_typed_and_shows_date_and_version(qtbot, window):
    run_mixed_quiz(qtbot, window)
    click(qtbot, button(window, "Summary for my nurse"))
    page = window.teachback
    text = pdf_text(pdf_bytes(page.printout()))
    assert "What I learned: a summary for my care team" in text
    assert "To go over with my nurse" in text and "What is this? (in “Second topic”)" in text
    assert "Prepared for" not in text
    assert "Content version 2026-06-01" in text  # the newest review date of the content in use
    assert "Date:" in text
    name = [f for f in page.findChildren(QLineEdit) if f.isVisible()][0]
    qtbot.keyClicks(name, "Ana")
    text = pdf_text(pdf_bytes(page.printout()))
    assert "Prepared for: Ana" in text
    name.clear()
    assert "Ana" not in pdf_text(pdf_bytes(page.printout()))


_WRITES: list[str] | None = None


def _watch_writes(event, args):
    """Every file opened for writing (Python's open and os.open)."""
    if _WRITES is None or event != "open" or not args:
        return
    path, mode, flags = (list(args) + [None, None])[:3]
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
        (isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
    if writing:
        _WRITES.append(os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else repr(path))


sys.addaudithook(_watch_writes)


def test_nothing_is_written_to_disk(qtbot, window):
    global _WRITES
    from ketaguide.gui import page_printing

    _WRITES = []
    try:
        with open(os.devnull, "w"):  # the watch itself sees writes
            pass
        assert [os.devnull] == _WRITES
        _WRITES.clear()
        run_mixed_quiz(qtbot, window)
        click(qtbot, button(window, "Summary for my nurse"))
        click(qtbot, button(window, "Why do you think ketamine could help me?"))
        qtbot.keyClicks([f for f in window.teachback.findChildren(QLineEdit) if f.isVisible()][0], "Ana")
        click(qtbot, button(window, "Show my nurse"))
        click(qtbot, button(window, "Back"))
        pdf_bytes(window.teachback.printout())  # the printout is made in memory
        page_printing.printer_names  # noqa: B018
        written = list(_WRITES)
    finally:
        _WRITES = None
    assert written == []


STRACE_PROBE = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ketaguide.gui.app import create_window
window = create_window()
window.resize(1024, 768)
window.show()
app.processEvents()
window.start_quiz()
quiz = window.quiz
for i, q in enumerate(quiz.questions):
    quiz.choices.toggle(0)
    quiz.check_answer()
    if quiz.retry_button.isVisible() and i % 2:
        quiz.try_again()
        for j in sorted(q.right_answer):
            quiz.choices.toggle(j)
        quiz.check_answer()
    quiz.next_question()
    app.processEvents()
window.open_teachback()
page = window.teachback
page.question_rows[0].indicator.click()
page.name_edit.setText("Ana Secret")
page.show_nurse()
app.processEvents()
window.grab()
from ketaguide.printing import pdf_bytes
data = pdf_bytes(page.printout())
print("summary", page.summary.answered, len(data) > 1000)
"""


def test_no_file_is_created_or_written_strace(tmp_path):
    """Python's audit hook cannot see Qt's own files; strace sees every open,
    creat, mkdir, rename and unlink of the whole run: quiz with retries, the
    summary, a ticked question, a typed name, the nurse screen, the printout."""
    import subprocess

    trace = tmp_path / "calls.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "c"), KETAGUIDE_SPEECH_ENGINE="mock")
    done = subprocess.run(["strace", "-f", "-qq", "--seccomp-bpf", "-e",
                           "trace=open,openat,openat2,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat",
                           "-o", str(trace), sys.executable, "-c", STRACE_PROBE],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "summary" in done.stdout and "True" in done.stdout
    calls = trace.read_text().splitlines()
    assert any("quiz.md" in line for line in calls), "strace sees the content being read"
    changes = [line for line in calls if " = -1 " not in line and '"/dev/' not in line and (
        any(flag in line for flag in ("O_WRONLY", "O_RDWR", "O_CREAT"))
        or any(f"{call}(" in line for call in ("creat", "mkdir", "rename", "unlink")))]
    assert changes == []


@pytest.fixture
def kiosk(qtbot, tmp_path):
    from ketaguide.core.pin import hash_pin
    from ketaguide.gui.app import create_window

    config = tmp_path / "k.toml"
    config.write_text('[kiosk]\nenabled = true\nidle_seconds = 30\nallow_printing = true\n'
                      f'staff_pin_hash = "{hash_pin("246813", n=2 ** 14)}"\n')
    window = create_window(config=config, kiosk=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.kiosk_controller.leave_quietly()


def kiosk_summary(qtbot, kiosk):
    """One question answered wrong on a kiosk, then the summary."""
    click(qtbot, button(kiosk, "Touch the screen to start"))
    click(qtbot, button(kiosk, "Check what you learned"))
    question = kiosk.quiz.question
    kiosk.quiz.choices.toggle(next(i for i in range(len(question.choices)) if i not in question.right_answer))
    kiosk.quiz.check_answer()
    kiosk.quiz.index = len(kiosk.quiz.questions) - 1
    kiosk.quiz.next_question()
    click(qtbot, button(kiosk, "Summary for my nurse"))
    return kiosk.teachback


def test_staff_see_the_summary_of_this_session_from_the_staff_menu(qtbot, kiosk):
    page = kiosk_summary(qtbot, kiosk)
    page.question_rows[0].indicator.click()
    click(qtbot, button(kiosk, "Home"))
    kiosk.kiosk_controller.staff.open_menu()  # what the PIN opens
    click(qtbot, button(kiosk, "Teach-back summary (this session)"))
    assert kiosk.pages.currentWidget() is page
    texts = visible_texts(kiosk)
    assert "For the care team" in texts and "To go over with my nurse" in texts
    assert f"\u2022 {page.question_rows[0].label.text()}" in texts
    assert len(page.summary.to_go_over) == 1
    click(qtbot, button(kiosk, "Close"))
    assert kiosk.pages.currentWidget() is kiosk.home
    # After the wipe, staff find nothing of the last patient.
    kiosk.kiosk_controller.wipe()
    kiosk.kiosk_controller.staff.open_menu()
    click(qtbot, button(kiosk, "Teach-back summary (this session)"))
    assert "Nothing to show yet" in visible_texts(kiosk)
    assert page.summary.answered == 0 and page.summary.questions == ()


def test_kiosk_print_goes_to_the_printer_from_memory_with_no_name(qtbot, kiosk, monkeypatch):
    from ketaguide.gui import kiosk_print, page_printing
    from ketaguide.printing import cups

    sent = []
    monkeypatch.setattr(page_printing, "printer_names", lambda: ["Front desk"])
    monkeypatch.setattr(kiosk_print, "kiosk_printer_name", lambda: "Front desk")
    monkeypatch.setattr(cups, "send_pdf", lambda printer, pdf, title, paper: sent.append((printer, pdf, title))
                        or cups.Job(printer, "processing", 7))
    monkeypatch.setattr(cups, "job_state", lambda job: job)
    page = kiosk_summary(qtbot, kiosk)
    click(qtbot, button(page, "Print the summary"))
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible())
    assert "This is how your summary will look." in visible_texts(page.preview)
    assert page.save_button.isHidden()  # a kiosk offers no file
    click(qtbot, button(page.preview, "Print"))
    assert page.status.text() == "Your summary is printing. Please collect it from the printer."
    (printer, pdf, title), = sent
    assert printer == "Front desk" and title == "What I learned: a summary for my care team"
    text = pdf_text(pdf)
    assert "To go over with my nurse" in text and "Prepared for" not in text
    assert page.preview is None  # the preview let the printout go


def test_the_kiosk_wipe_clears_the_summary(qtbot, kiosk):
    page = kiosk_summary(qtbot, kiosk)
    assert not button(page, "Show my nurse").isHidden()
    assert page.save_button.isHidden()  # a kiosk never offers a file
    page.question_rows[0].indicator.click()
    qtbot.keyClicks([f for f in page.findChildren(QLineEdit) if f.isVisible()][0], "Ana")
    assert page.summary.answered == 1 and page.summary.questions
    kiosk.kiosk_controller.wipe()
    assert kiosk.session.teachback_answers == {} and kiosk.session.own_questions == set()
    assert page.summary.answered == 0 and page.summary.questions == ()
    assert not any(row.indicator.isChecked() for row in page.question_rows)
    assert all(f.text() == "" for f in page.findChildren(QLineEdit))
    assert page.views.currentIndex() == 0
    assert "Ana" not in pdf_text(pdf_bytes(page.printout()))
    assert "Nothing to show yet" in pdf_text(pdf_bytes(page.printout()))
