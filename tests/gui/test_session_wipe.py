"""The kiosk wipe as a typed contract (issue 22): a patient fills every kind of
state through the screen, taps "I'm finished", and every page the next person
sees is fresh; every page that can hold patient state is a SessionView."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from gui_helpers import button, click, visible_texts
from ketaguide.core.session import Session
from ketaguide.gui.app import create_window
from ketaguide.gui.checklist_page import ChecklistPage
from ketaguide.gui.session_view import SessionView

NAME = "Ana Secret"


@pytest.fixture(autouse=True)
def mock_speech(monkeypatch):
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")  # the Listen bar, without a real engine


@pytest.fixture
def kiosk(qtbot, tmp_path):
    config = tmp_path / "ketaguide.toml"
    config.write_text('[clinic]\nname = "Riverside Infusion Center"\n[kiosk]\nenabled = true\n'
                      'idle_seconds = 600\nallow_printing = true\n')
    window = create_window(config=config, kiosk=True)  # the content as it ships
    qtbot.addWidget(window)
    window.resize(1600, 1000)  # wide enough for the "On this page" list
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.kiosk_controller.leave_quietly()


def _checkable(page: QWidget) -> list[QAbstractButton]:
    # The language in use is a checked toggle (language_switch.py): which window this is, not patient input.
    return [b for b in page.findChildren(QAbstractButton) if b.isCheckable() and b.objectName() != "languageChoice"]


def _typed(page: QWidget) -> list[str]:
    """What is typed in the page's text fields (a date picker's own field shows a default date)."""
    return [f.text() for f in page.findChildren(QLineEdit)
            if not isinstance(f.parentWidget(), QAbstractSpinBox) and f.text()]


def _click_item(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def _read_a_topic(qtbot, window):
    click(qtbot, window.home.cards[1])  # the second topic: "1 of 11 read", a mark on its card
    reader = window.reader
    assert window.pages.currentWidget() is reader
    qtbot.waitUntil(lambda: reader.contents.isVisible() and reader.contents.count() > 1)
    _click_item(qtbot, reader.contents, 1)  # "On this page": the second section
    assert reader.contents.currentRow() == 1
    reader.browser.verticalScrollBar().setValue(reader.browser.verticalScrollBar().value() + 120)
    assert reader.listen.isVisible()
    click(qtbot, button(window, "Faster"))
    assert reader.listen.speed_label.text() == "fast"
    place = window.session.reader
    assert place.module_id == window.library.modules[1].id and place.scroll > 0 and place.contents_anchor
    assert place.speech_speed == 2
    click(qtbot, button(window, "Home"))
    assert "1 of 11 topics read" in visible_texts(window)


def _answer_the_quiz(qtbot, window):
    click(qtbot, button(window, "Check what you learned"))
    quiz = window.quiz
    for _ in range(len(quiz.questions)):
        click(qtbot, button(window, quiz.question.choices[0].text))
        click(qtbot, button(window, "Check my answer"))
        last = quiz.index + 1 == len(quiz.questions)
        click(qtbot, button(window, "See how I did" if last else "Next question"))
    assert quiz.summary_title.text() and window.session.quiz_attempts
    click(qtbot, button(window, "Summary for my nurse"))


def _teach_back(qtbot, window):
    page = window.teachback
    assert window.pages.currentWidget() is page
    rows = page.question_rows
    for row in rows[:2]:
        page.ensureWidgetVisible(row)
        click(qtbot, row.indicator if hasattr(row, "indicator") else row)
    assert len(window.session.own_questions) == 2
    page.name_edit.setFocus()
    qtbot.keyClicks(page.name_edit, NAME)
    click(qtbot, button(window, "Home"))


def _fill_the_checklist(qtbot, window):
    click(qtbot, button(window, "Your preparation checklist"))
    page = window.checklist
    boxes = [b for b in _checkable(page) if b is not page.appointment_box]
    for box in boxes[:2]:
        page.ensureWidgetVisible(box)
        click(qtbot, box)
    page.ensureWidgetVisible(page.appointment_box)
    click(qtbot, page.appointment_box)
    page.ensureWidgetVisible(page.name_edit)
    assert page.name_edit.text() == NAME  # one name for every printout: typed on the summary
    page.name_edit.setFocus()
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Ana")
    session = window.session
    assert sum(map(len, session.checklist_ticks.values())) == 2
    assert session.appointment is not None and session.printout_name == "Ana"
    click(qtbot, button(window, "Home"))


def _finish(qtbot, window):
    click(qtbot, button(window, "I'm finished"))
    click(qtbot, button(window, "Yes, clear the screen"))
    qtbot.waitUntil(window.on_attract_screen)


def test_a_patient_fills_every_kind_of_state_and_the_next_one_sees_none_of_it(qtbot, kiosk):
    window = kiosk
    click(qtbot, button(window, "Touch the screen to start"))
    _read_a_topic(qtbot, window)
    _answer_the_quiz(qtbot, window)
    _teach_back(qtbot, window)
    _fill_the_checklist(qtbot, window)
    click(qtbot, button(window, "Larger text"))
    click(qtbot, button(window, "High contrast"))
    assert window.session.text_scale > 1 and window.theme.name == "high-contrast"
    old = window.session
    # Every page that shows state was built and shows some.
    assert {type(view).__name__ for view in window.session_views()} >= {
        "HomePage", "ReaderPage", "QuizPage", "TeachBackPage", "ChecklistPage"}

    _finish(qtbot, window)

    # One new Session, holding nothing, and the old one is nowhere.
    assert window.session is not old and window.session == Session()
    for view in window.session_views():
        assert view.session is window.session, f"{type(view).__name__} still shows the last person's session"
    # The look: the system's theme, 100 %.
    assert window.theme.name == "calm" and window.session.text_scale == 1.0
    assert not window.header.contrast_button.isChecked()

    click(qtbot, button(window, "Touch the screen to start"))
    assert window.header.size_label.text() == "100%"
    # Home: no progress, no card marked as read, at the top.
    home = window.home
    assert not home.progress.isVisible()
    assert not any("✓" in text for text in visible_texts(home))
    assert home.verticalScrollBar().value() == 0
    # The reading page: no topic, no contents, nothing to come back to, normal speed.
    reader = window.reader
    assert reader.module is None and reader.contents.count() == 0
    assert reader.browser.toPlainText() == "" and reader.progress.text() == ""
    assert not reader.return_button.isVisible() and reader.listen.speed_label.text() == "normal"
    # The same topic again opens at its top, no section chosen.
    click(qtbot, home.cards[1])
    assert reader.browser.verticalScrollBar().value() == 0 and reader.contents.currentRow() == -1
    click(qtbot, button(window, "Home"))
    # The quiz: nothing on screen until a new run starts, and the new run starts at question 1.
    quiz = window.quiz
    assert quiz.questions == () and not quiz.choices.rows and quiz.summary_title.text() == ""
    assert not quiz.feedback.isVisible() and quiz.review_links.count() == 0
    click(qtbot, button(window, "Check what you learned"))
    assert f"Question 1 of {len(quiz.questions)}" in visible_texts(window)
    assert not any(row.indicator.isChecked() for row in quiz.choices.rows)
    click(qtbot, button(window, "Home"))
    # The teach-back summary: no answers, no ticked questions, no name.
    teachback = window.teachback
    assert not any(b.isChecked() for b in _checkable(teachback)) and _typed(teachback) == []
    assert not teachback.summary.answered and teachback.views.currentIndex() == 0
    # The checklist: no ticks, no appointment, no name.
    click(qtbot, button(window, "Your preparation checklist"))
    checklist = window.checklist
    assert not any(b.isChecked() for b in _checkable(checklist)) and _typed(checklist) == []
    assert NAME not in " ".join(visible_texts(window))
    # Nor does what was last announced to a screen reader (a widget keeps it as a property).
    heard = " ".join(str(w.property("lastAnnouncement") or "") for w in window.findChildren(QWidget))
    assert NAME not in heard and "Ana" not in heard


def _holds_input(page: QWidget) -> bool:
    """Anything a person can change or move on this page: a field, a tick, a
    list, a scrolled view. Such a page shows patient state."""
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollArea)
    return (isinstance(page, QScrollArea) or any(page.findChildren(kind) for kind in kinds)
            or bool(_checkable(page)))


def test_every_page_that_holds_state_is_a_session_view(qtbot, kiosk):
    window = kiosk
    builders = [name.removeprefix("_build_") for name in dir(window) if name.startswith("_build_")]
    for name in builders:  # every page, a page added later too, built as when first shown
        window._page(name)  # noqa: SLF001
    pages = [window.pages.widget(i) for i in range(window.pages.count())]
    assert len(pages) == 1 + len(builders) >= 6
    stateful = [page for page in pages if _holds_input(page)]
    assert {type(p).__name__ for p in stateful} == {"HomePage", "ReaderPage", "QuizPage", "TeachBackPage",
                                                     "ChecklistPage"}
    for page in stateful:
        assert isinstance(page, SessionView), f"{type(page).__name__} holds state but is no SessionView"
    assert window.session_views() == stateful
    assert isinstance(window, SessionView)  # the window shows the look and hands the session on


def test_a_page_built_after_the_wipe_shows_the_new_session(qtbot, kiosk):
    window = kiosk
    old = window.session
    window.reset_session()
    assert window.findChild(ChecklistPage) is None  # built only when first shown
    assert window.session is not old and window.checklist.session is window.session


def test_the_look_comes_along_to_another_language_and_the_wipe_drops_it(qtbot, tmp_path):
    from ketaguide.gui.app import WindowKeeper, install_translations

    config = tmp_path / "ketaguide.toml"
    config.write_text("[kiosk]\nenabled = true\n")
    keeper = WindowKeeper(config, None, None, kiosk=True)
    english = keeper.open()
    qtbot.addWidget(english)
    try:
        click(qtbot, button(english, "Touch the screen to start"))
        click(qtbot, button(english, "Larger text"))
        click(qtbot, button(english, "High contrast"))
        click(qtbot, button(english, "Español"))
        qtbot.waitUntil(lambda: keeper.window is not english)
        spanish = keeper.window
        qtbot.addWidget(spanish)
        assert spanish.library.language == "es" and spanish.session.language == "es"
        assert spanish.session.text_scale == 1.25 and spanish.theme.name == "high-contrast"
        assert spanish.header.size_label.text() == "125%" and spanish.header.contrast_button.isChecked()
        spanish.kiosk_controller.wipe()
        qtbot.waitUntil(lambda: keeper.window is not spanish)
        again = keeper.window
        qtbot.addWidget(again)
        assert again.library.language == "en" and again.session == Session()
        assert again.theme.name == "calm" and again.header.size_label.text() == "100%"
    finally:
        keeper.window.kiosk_controller.leave_quietly()
        install_translations(QApplication.instance(), "en")  # screen words are the application's


def test_pages_keep_nothing_of_their_own_a_session_shown_again_brings_the_person_back(qtbot, kiosk):
    """Proof that the place lives in the Session: show another one and back."""
    window = kiosk
    click(qtbot, button(window, "Touch the screen to start"))
    click(qtbot, window.home.cards[2])
    reader = window.reader
    qtbot.waitUntil(lambda: reader.contents.isVisible() and reader.contents.count() > 2)
    _click_item(qtbot, reader.contents, 2)
    click(qtbot, button(window, "Faster"))
    scroll = reader.browser.verticalScrollBar().value()
    assert scroll > 0
    click(qtbot, button(window, "Home"))
    click(qtbot, button(window, "Check what you learned"))
    click(qtbot, button(window, window.quiz.question.choices[0].text))
    click(qtbot, button(window, "Check my answer"))
    click(qtbot, button(window, "Next question"))
    ticked = window.quiz.question.choices[-1].text
    click(qtbot, button(window, ticked))  # ticked, not checked yet
    first = window.session

    window.show_session(Session())
    assert reader.module is None and window.quiz.questions == () and not window.home.progress.isVisible()

    window.show_session(first)
    assert window.quiz.index == 1 and window.quiz.prompt.text() == window.quiz.questions[1].prompt
    assert [row.label.text() for row in window.quiz.choices.rows if row.indicator.isChecked()] == [ticked]
    assert window.quiz.check_button.property("available") is True  # "Check my answer" is ready
    assert window.home.progress.text() == "1 of 11 topics read"
    assert reader.module.id == window.library.modules[2].id and reader.contents.currentRow() == 2
    assert reader.listen.speed_label.text() == "fast"
    window.show_page(reader)  # laid out when shown: the place the person left
    qtbot.waitUntil(lambda: reader.browser.verticalScrollBar().value() == scroll)
    assert first.reader.scroll == scroll
