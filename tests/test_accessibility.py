"""Comfort and accessibility: contrast, names, text size, themes, read-aloud."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QApplication, QComboBox, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTextEdit, QWidget)

from conftest import SCREENSHOTS
from gui_helpers import open_window, button, click
from ketaguide.gui import theme as themes
from ketaguide.gui.app import create_window


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_wcag_formula_itself():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", themes.THEMES.values(), ids=lambda t: t.name)
def test_every_colour_pair_meets_wcag(theme):
    for name, (fg, bg) in theme.text_pairs().items():
        assert contrast(fg, bg) >= 4.5, f"{theme.name}: {name} is {contrast(fg, bg):.2f}:1"
    for name, (fg, bg) in theme.edge_pairs().items():
        assert contrast(fg, bg) >= 3.0, f"{theme.name}: {name} is {contrast(fg, bg):.2f}:1"
    body = ("body on surface", "body on window", "body in clinic box", "body in emergency box")
    for name in body:
        fg, bg = theme.text_pairs()[name]
        assert contrast(fg, bg) >= 7.0, f"{theme.name}: {name} is {contrast(fg, bg):.2f}:1 (body needs 7:1)"


@pytest.fixture
def window(qtbot):
    return open_window(qtbot)


INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractSlider)


def unnamed_controls(root) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.parent() is not None and isinstance(widget.parent(), QAbstractSlider):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip() and not isinstance(widget, QAbstractSlider):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_checks_catch_what_they_look_for(qtbot, window):
    """The walkers below must be able to fail."""
    nameless = QPushButton("", window.home)
    nameless.show()
    assert unnamed_controls(window) != []
    nameless.setAccessibleName("Named")
    assert unnamed_controls(window) == []
    squeezed = QPushButton("A rather long label", window.home)
    squeezed.setFixedWidth(30)
    squeezed.show()
    assert clipped_texts(window) != []


def test_every_control_on_every_page_has_a_name(qtbot, window):
    assert unnamed_controls(window) == [], "home"
    click(qtbot, button(window, window.library.modules[0].title))
    assert unnamed_controls(window) == [], "reader"
    window.start_quiz()
    assert unnamed_controls(window) == [], "quiz question"
    window.quiz.choices.toggle(0)
    window.quiz.check_answer()
    assert unnamed_controls(window) == [], "quiz feedback"
    window.quiz.index = len(window.quiz.questions) - 1
    window.quiz.next_question()
    assert unnamed_controls(window) == [], "quiz summary"
    for page_name in ("checklist",):
        page = getattr(window, page_name, None)
        if page is not None:
            window.show_page(page)
            assert unnamed_controls(window) == [], page_name


def nameless_focus_stops(root) -> list[str]:
    """Widgets Tab can reach (scroll areas included) that have no name to say."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.TabFocus or isinstance(widget, QAbstractSlider):
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if not (widget.accessibleName() or text).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focus_stop_on_every_page_has_a_name(qtbot, window):
    assert nameless_focus_stops(window) == [], "home"
    window.open_module(window.library.modules[0].id)
    assert nameless_focus_stops(window) == [], "reader"
    window.start_quiz()
    assert nameless_focus_stops(window) == [], "quiz"
    window.quiz.choices.toggle(0)
    window.quiz.check_answer()
    assert nameless_focus_stops(window) == [], "quiz feedback"
    window.quiz.index = len(window.quiz.questions) - 1
    window.quiz.next_question()
    assert nameless_focus_stops(window) == [], "quiz summary"
    window.open_checklist()
    assert nameless_focus_stops(window) == [], "checklist"


def test_each_page_names_the_window_and_puts_focus_on_its_heading(qtbot, window):
    from ketaguide.gui.accessibility import Heading

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.windowTitle() == "All topics – ketaguide"
    first = window.library.modules[0]
    click(qtbot, button(window, first.title))
    assert window.windowTitle() == f"{first.title} – ketaguide"
    focused = QApplication.focusWidget()
    assert isinstance(focused, Heading) and focused.text() == first.title and focused.level == 1
    qtbot.keyClick(focused, Qt.Key_Tab)
    assert window.reader.isAncestorOf(QApplication.focusWidget()), "Tab goes on into the page, not to the top"
    window.open_checklist()
    assert window.windowTitle() == f"{window.library.checklists[0].title} – ketaguide"
    assert isinstance(QApplication.focusWidget(), Heading) and QApplication.focusWidget().level == 1
    window.go_home()
    assert window.windowTitle() == "All topics – ketaguide"
    assert QApplication.focusWidget() is window.home.main_heading()


def test_opening_a_section_puts_focus_on_its_heading(qtbot, window):
    module = window.library.modules[0]
    section = module.headings[1]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_module(module.id, section.anchor)
    focused = QApplication.focusWidget()
    assert focused.text() == section.text and focused.level == section.level
    window.open_module(module.id)
    assert QApplication.focusWidget().text() == module.title


def test_the_quiz_names_the_choices_by_the_question(qtbot, window):
    window.start_quiz()
    assert window.quiz.choices.accessibleName() == window.quiz.question.prompt
    assert window.quiz.choices.isAncestorOf(QApplication.focusWidget() or window)


def test_module_pages_expose_real_headings(qtbot, window):
    from ketaguide.gui.accessibility import Heading

    click(qtbot, button(window, window.library.modules[0].title))
    levels = [w.level for w in window.reader.browser.widgets if isinstance(w, Heading)]
    assert levels[0] == 1 and 2 in levels  # the title, then the sections
    assert "<h" in window.library.modules[0].html


def test_text_size_steps_to_200_percent_and_back(qtbot, window):
    assert window.session.text_scale == 1.0
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key_Equal, Qt.ControlModifier)
    assert window.session.text_scale == 2.0
    larger = button(window, "Larger text")
    assert larger.property("available") is False  # looks unavailable, and a tap says why
    click(qtbot, larger)
    assert window.session.text_scale == 2.0
    assert larger.property("lastAnnouncement") == "The text is at its largest size."
    click(qtbot, button(window, "Smaller text"))
    assert window.session.text_scale == 1.75
    qtbot.keyClick(window, Qt.Key_Minus, Qt.ControlModifier)
    assert window.session.text_scale == 1.5
    body_px = window.reader.browser.body_font().pixelSize()
    assert body_px == round(themes.BODY_PX * 1.5)


def test_text_size_and_theme_are_remembered_at_home(qtbot, window):
    click(qtbot, button(window, "Larger text"))
    click(qtbot, button(window, "High contrast"))
    again = create_window()
    qtbot.addWidget(again)
    assert again.session.text_scale == 1.25
    assert again.theme is themes.HIGH_CONTRAST


def test_a_kiosk_remembers_nothing(qtbot, private_config):
    kiosk = create_window(kiosk=True)
    qtbot.addWidget(kiosk)
    kiosk.show()
    click(qtbot, button(kiosk, "Touch the screen to start"))
    click(qtbot, button(kiosk, "Larger text"))
    assert kiosk.session.text_scale == 1.25
    assert not [p for p in private_config.rglob("*") if p.is_file()]
    again = create_window()
    qtbot.addWidget(again)
    assert again.session.text_scale == 1.0


def test_high_contrast_restyles_the_page(qtbot, window):
    click(qtbot, button(window, "High contrast"))
    assert window.theme is themes.HIGH_CONTRAST
    assert button(window, "High contrast").isChecked()
    assert themes.HIGH_CONTRAST.window in window.styleSheet()
    click(qtbot, button(window, "High contrast"))
    assert window.theme is themes.CALM


def test_the_system_preference_is_followed_at_start(qtbot, window):
    window.follow_system_look(dark=True, high_contrast=False)
    assert window.theme is themes.DARK
    window.follow_system_look(dark=False, high_contrast=True)
    assert window.theme is themes.HIGH_CONTRAST


def clipped_texts(root) -> list[str]:
    """Text that does not fit its widget: buttons whose label is wider than
    the button, or labels whose wrapped text is taller than the label."""
    found = []
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            if needed > widget.width():
                found.append(f"button {widget.text()!r}: {needed}px in {widget.width()}px")
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.textFormat() == Qt.RichText:
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 2:
                found.append(f"label {label.text()[:40]!r}: {needed}px tall in {label.height()}px")
        elif label.fontMetrics().horizontalAdvance(label.text()) > label.width() + 1:
            found.append(f"label {label.text()[:40]!r} is cut off")
    return found


@pytest.mark.parametrize("theme_name", ["calm", "high-contrast"])
def test_nothing_is_clipped_at_200_percent(qtbot, window, theme_name):
    window.set_text_scale(2.0)
    window.set_high_contrast(theme_name == "high-contrast")
    qtbot.wait(10)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert clipped_texts(window) == [], "home"
    window.grab().save(str(SCREENSHOTS / f"home-200-{theme_name}.png"))
    click(qtbot, button(window, window.library.modules[2].title))
    qtbot.wait(10)
    assert clipped_texts(window) == [], "reader"
    window.grab().save(str(SCREENSHOTS / f"module-200-{theme_name}.png"))
    window.start_quiz()
    qtbot.wait(10)
    assert clipped_texts(window) == [], "quiz"
    window.grab().save(str(SCREENSHOTS / f"quiz-200-{theme_name}.png"))
    window.quiz.choices.toggle(0)
    window.quiz.check_answer()
    if window.quiz.retry_button.isHidden():  # the first choice was right: get the other feedback too
        window.quiz.next_question()
        window.quiz.choices.toggle(len(window.quiz.question.choices) - 1)
        window.quiz.check_answer()
    qtbot.wait(10)
    assert clipped_texts(window) == [], "quiz feedback"
    window.grab().save(str(SCREENSHOTS / f"quiz-feedback-200-{theme_name}.png"))
    window.quiz.index = len(window.quiz.questions) - 1
    window.quiz.next_question()
    qtbot.wait(10)
    assert clipped_texts(window) == [], "quiz summary"
    window.show_page(window.checklist)
    qtbot.wait(10)
    assert clipped_texts(window) == [], "checklist"
    assert window.width() <= 1024  # nothing pushed the window wider than the screen


def test_read_aloud_with_the_mock_engine(qtbot, monkeypatch):
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    click(qtbot, button(window, window.library.modules[0].title))
    listen = window.reader.listen
    assert listen.isVisible() and not listen.is_speaking()  # never autoplay
    click(qtbot, button(window, "Listen"))
    qtbot.waitUntil(listen.is_speaking, timeout=2000)
    click(qtbot, button(window, "Pause"))
    qtbot.waitUntil(lambda: button(window, "Resume").isVisible(), timeout=2000)
    click(qtbot, button(window, "Resume"))
    qtbot.waitUntil(listen.is_speaking, timeout=2000)
    page = window.reader.browser
    qtbot.waitUntil(lambda: page.highlighted_text() in page.spoken_sentences()[1:], timeout=3000)  # a sentence
    click(qtbot, button(window, "Stop"))
    qtbot.waitUntil(lambda: not listen.is_speaking(), timeout=2000)
    assert page.highlighted_text() == ""


def test_without_a_speech_engine_the_listen_control_is_hidden(qtbot, monkeypatch):
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "no-such-engine")
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    click(qtbot, button(window, window.library.modules[0].title))
    assert not window.reader.listen.isVisible()
    assert "Listen" not in [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]


def tab_to(qtbot, window, predicate, limit=80):
    """Press Tab until the focused widget is the one wanted, as a keyboard user does."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and predicate(focused):
            return focused
        qtbot.keyClick(focused or window, Qt.Key_Tab)
    raise AssertionError("Tab never reached the control")


def test_keyboard_only_module_quiz_and_print_preview(qtbot, window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ketaguide.gui import page_printing

    window.activateWindow()
    first = window.library.modules[0]
    card = tab_to(qtbot, window, lambda w: w.accessibleName() == first.title)
    qtbot.keyClick(card, Qt.Key_Space)
    assert window.reader.browser.toPlainText().startswith(first.title)

    check = tab_to(qtbot, window, lambda w: getattr(w, "text", lambda: "")() == "Check this part")
    qtbot.keyClick(check, Qt.Key_Space)
    quiz = window.quiz
    while quiz.views.currentIndex() == 0:
        right = sorted(quiz.question.right_answer)
        for index in right:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_1 + index)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
        assert quiz.feedback_title.text() == "That's right."
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)  # Next question / See how I did
    assert quiz.summary_title.text() == "Well done. You got every question right."

    home = tab_to(qtbot, window, lambda w: getattr(w, "text", lambda: "")() == "Back to all topics")
    qtbot.keyClick(home, Qt.Key_Space)
    checklist_card = tab_to(qtbot, window, lambda w: w.accessibleName() == "Your preparation checklist")
    qtbot.keyClick(checklist_card, Qt.Key_Space)

    opened = []
    monkeypatch.setattr(page_printing, "printer_names", lambda: ["Front desk"])
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    print_button = tab_to(qtbot, window, lambda w: getattr(w, "text", lambda: "")() == "Print…")
    qtbot.keyClick(print_button, Qt.Key_Space)
    assert opened and opened[0].windowTitle() == "Print preview"


def test_tab_reaches_the_staff_notice_after_the_page_not_before(qtbot, tmp_path):
    """Pages are built when first shown; Tab still goes through the page first,
    then to the staff notice at the bottom of the window."""
    from conftest import module_text, write_module

    content = tmp_path / "content"
    write_module(content, "01-broken.md", module_text(id="what-is-ketamine", title="Broken link",
                                                       body="**Main.**\n\n[Nowhere](no-such-module)\n"))
    window = open_window(qtbot, content=content)
    qtbot.waitUntil(lambda: window.notice is not None, timeout=20_000)  # the pages are read after the first frame
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    card = tab_to(qtbot, window, lambda w: w.accessibleName() == "Broken link")
    qtbot.keyClick(card, Qt.Key_Space)
    assert window.pages.currentWidget() is window.reader
    names = []
    for _ in range(60):  # twice round the window, at least
        focused = QApplication.focusWidget()
        name = getattr(focused, "text", lambda: "")() or focused.accessibleName()
        if not names or names[-1] != name:  # Tab steps through the links inside the page text too
            names.append(name)
        qtbot.keyClick(focused, Qt.Key_Tab)
    back = names.index("Back")
    staff = names.index("Details for staff", back)
    assert "Topic text" in names[back:staff] and "High contrast" not in names[back:staff], \
        f"the page, then the staff notice: {names}"
    assert names[staff + 1] == "High contrast", "then round to the top (the header's first control)"

    window.open_checklist()  # the checklist page is built now, after the notice
    chain = [w for w in tab_chain(window) if window.checklist.isAncestorOf(w) or w is window.notice.details_button]
    assert chain[-1] is window.notice.details_button, "the checklist's controls come before the staff notice"


def tab_chain(window) -> list:
    """The window's widgets in Tab order."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
