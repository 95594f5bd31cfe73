"""The teach-back quiz, clicked through as a person would."""

import pytest
from PySide6.QtCore import Qt

from gui_helpers import button, click, open_window, visible_texts
from ketaguide.core.session import Session
from quiz_fixtures import QUIZ


@pytest.fixture
def window(qtbot, content_dir, as_builtin):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    as_builtin(content_dir)
    return open_window(qtbot)


def choose(qtbot, window, *texts):
    for text in texts:
        click(qtbot, button(window, text))


def answer(qtbot, window, *texts):
    choose(qtbot, window, *texts)
    click(qtbot, button(window, "Check my answer"))


def start_quiz(qtbot, window):
    click(qtbot, button(window, "Check what you learned"))
    assert "Let's check how well we explained this" in visible_texts(window)


RIGHT = [("No. An adult must drive me home.",), ("A list of your medicines", "A warm sweater"),
         ("911, right away",)]


def test_all_right(qtbot, window):
    start_quiz(qtbot, window)
    for number, choices in enumerate(RIGHT, 1):
        assert f"Question {number} of 3" in visible_texts(window)
        answer(qtbot, window, *choices)
        assert "That's right." in visible_texts(window)
        assert "That's right." in window.quiz.property("lastAnnouncement")  # screen readers hear it
        click(qtbot, button(window, "See how I did" if number == 3 else "Next question"))
    assert "Well done. You got every question right." in visible_texts(window)
    assert not window.quiz.review_missed_button.isVisible()
    texts = " ".join(visible_texts(window)).lower()
    assert "fail" not in texts


def test_wrong_then_retry_then_review_the_missed_ones(qtbot, window):
    start_quiz(qtbot, window)
    answer(qtbot, window, "Yes, if I feel fine")
    assert "Not quite. Here is what to know." in visible_texts(window)
    assert any("slows your reactions" in t for t in visible_texts(window))
    assert button(window, "Read about this").isVisible()
    click(qtbot, button(window, "Try again"))
    assert not window.quiz.choices.chosen()  # a clean slate for the second try
    answer(qtbot, window, "No. An adult must drive me home.")
    assert "That's right." in visible_texts(window)
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, *RIGHT[1])
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, *RIGHT[2])
    click(qtbot, button(window, "See how I did"))

    assert any(t.startswith("You got 2 of 3 right on the first try.") for t in visible_texts(window))
    assert button(window, "What is this?").accessibleDescription() == "First topic"  # the topic worth another look
    click(qtbot, button(window, "Review the ones I missed"))
    assert "Question 1 of 1" in visible_texts(window)
    assert "Can you drive yourself home?" in visible_texts(window)


def test_multiple_answer_question_needs_every_right_choice(qtbot, window):
    start_quiz(qtbot, window)
    answer(qtbot, window, *RIGHT[0])
    click(qtbot, button(window, "Next question"))
    assert "Choose all that apply." in visible_texts(window)
    answer(qtbot, window, "A list of your medicines")
    assert "Not quite. More than one answer is right." in visible_texts(window)


def test_read_about_this_opens_the_section_and_comes_back(qtbot, window):
    start_quiz(qtbot, window)
    answer(qtbot, window, "Yes, if I feel fine")
    click(qtbot, button(window, "Read about this"))
    assert window.pages.currentWidget() is window.reader
    assert window.reader.browser.toPlainText().startswith("First topic")
    click(qtbot, button(window, "Back to the questions"))
    assert window.pages.currentWidget() is window.quiz
    assert "Question 1 of 3" in visible_texts(window)
    assert "Not quite. Here is what to know." in visible_texts(window)  # nothing lost
    click(qtbot, button(window, "Try again"))
    answer(qtbot, window, *RIGHT[0])
    assert "That's right." in visible_texts(window)


def test_check_this_part_from_a_module(qtbot, window):
    click(qtbot, button(window, "Second topic"))
    click(qtbot, button(window, "Check this part"))
    assert "Question 1 of 2" in visible_texts(window)
    assert "Which of these should you bring? Choose all that apply." in visible_texts(window)
    answer(qtbot, window, *RIGHT[1])
    click(qtbot, button(window, "Next question"))
    answer(qtbot, window, *RIGHT[2])
    click(qtbot, button(window, "See how I did"))
    assert "Well done. You got every question right." in visible_texts(window)
    click(qtbot, button(window, "Back to all topics"))
    assert window.pages.currentWidget() is window.home


def test_keyboard_only(qtbot, window):
    """Number keys pick a choice, Enter checks, Enter moves on."""
    card = button(window, "Check what you learned")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key_Space)
    assert window.pages.currentWidget() is window.quiz

    def press(key):
        qtbot.keyClick(window.focusWidget() or window.quiz, key)

    press(Qt.Key_2)
    press(Qt.Key_Return)
    assert "That's right." in visible_texts(window)
    press(Qt.Key_Return)  # focus is on "Next question"
    assert "Question 2 of 3" in visible_texts(window)
    press(Qt.Key_1)
    press(Qt.Key_2)
    press(Qt.Key_Return)
    assert "That's right." in visible_texts(window)
    press(Qt.Key_Return)
    press(Qt.Key_1)  # wrong on purpose
    press(Qt.Key_Return)
    assert "Not quite. Here is what to know." in visible_texts(window)
    assert window.focusWidget() is window.quiz.retry_button
    press(Qt.Key_Return)  # Try again
    press(Qt.Key_2)
    press(Qt.Key_Return)
    assert "That's right." in visible_texts(window)
    press(Qt.Key_Return)
    assert any(t.startswith("You got 2 of 3 right on the first try.") for t in visible_texts(window))


def test_answers_stay_in_memory_and_reset_in_one_step(qtbot, window, private_config, tmp_path):
    before = {p for p in tmp_path.rglob("*")}
    start_quiz(qtbot, window)
    answer(qtbot, window, "Yes, if I feel fine")
    assert window.session.quiz_attempts  # remembered for this sitting only
    assert {p for p in tmp_path.rglob("*")} == before  # nothing written to disk
    fresh = Session()
    window.quiz.show_session(fresh)
    assert window.quiz.questions == () and not window.quiz.choices.rows
    assert fresh.quiz_attempts == {}
