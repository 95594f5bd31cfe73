"""gui/quiz_page.py on its own: a QuizPage made from a library and a session, with
no MainWindow around it, clicked through as a patient would. What the page asks
of the window (go home, open a topic, show the nurse's summary) it says by signal."""

from __future__ import annotations

import pytest

from gui_helpers import button, click, visible_texts
from ketaguide.core.library import load_library
from ketaguide.core.session import Session
from ketaguide.core.settings import Settings
from ketaguide.gui.quiz_page import QuizPage
from quiz_fixtures import QUIZ

RIGHT = [("No. An adult must drive me home.",), ("A list of your medicines", "A warm sweater"),
         ("911, right away",)]


@pytest.fixture
def library(content_dir):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    library = load_library([content_dir], Settings(), "en")
    assert len(library.quiz) == 3 and not library.errors
    return library


@pytest.fixture
def page(qtbot, library):
    page = QuizPage(library, Session())
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.start(library.quiz)
    return page


def answer(qtbot, page, *choices):
    for choice in choices:
        click(qtbot, button(page, choice))
    click(qtbot, button(page, "Check my answer"))


def test_the_page_alone_asks_checks_and_sums_up(qtbot, page):
    assert "Question 1 of 3" in visible_texts(page)
    assert "Can you drive yourself home?" in visible_texts(page)
    answer(qtbot, page, "Yes, if I feel fine")
    assert "Not quite. Here is what to know." in visible_texts(page)
    click(qtbot, button(page, "Try again"))
    answer(qtbot, page, *RIGHT[0])
    assert "That's right." in visible_texts(page)
    click(qtbot, button(page, "Next question"))
    assert "Question 2 of 3" in visible_texts(page) and "Choose all that apply." in visible_texts(page)
    answer(qtbot, page, *RIGHT[1])
    click(qtbot, button(page, "Next question"))
    answer(qtbot, page, *RIGHT[2])
    click(qtbot, button(page, "See how I did"))
    assert any(t.startswith("You got 2 of 3 right on the first try.") for t in visible_texts(page))
    attempts = page.session.quiz_attempts
    assert sorted(len(tries) for tries in attempts.values()) == [1, 1, 2]  # the first question took two tries
    click(qtbot, button(page, "Review the ones I missed"))
    assert "Question 1 of 1" in visible_texts(page) and "Can you drive yourself home?" in visible_texts(page)


def test_nothing_chosen_checks_nothing_and_says_what_to_do(qtbot, page):
    click(qtbot, button(page, "Check my answer"))
    assert page.session.quiz_attempts == {}
    assert "That's right." not in visible_texts(page) and "Not quite. Here is what to know." not in visible_texts(page)
    assert button(page, "Check my answer").accessibleDescription() == "Choose an answer first."


def test_what_the_window_must_do_is_asked_by_signal(qtbot, page):
    answer(qtbot, page, "Yes, if I feel fine")
    with qtbot.waitSignal(page.read_requested) as read:
        click(qtbot, button(page, "Read about this"))
    assert read.args == ["first-topic", "what"]  # the question's "See: first-topic#what"
    with qtbot.waitSignal(page.home_requested):
        click(qtbot, button(page, "Home"))
    page.start(page.questions[2:])
    answer(qtbot, page, *RIGHT[2])
    click(qtbot, button(page, "See how I did"))
    assert "Well done. You got every question right." in visible_texts(page)
    with qtbot.waitSignal(page.summary_requested):
        click(qtbot, button(page, "Summary for my nurse"))
    with qtbot.waitSignal(page.home_requested):
        click(qtbot, button(page, "Back to all topics"))
