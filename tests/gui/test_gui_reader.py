"""The reader window, driven as a patient would: click cards, Next, Back, Home."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from conftest import module_text, write_module
from gui_helpers import button, click, click_link, open_window, screenshot, visible_texts
from ketaguide.gui.app import create_window


@pytest.fixture
def fixture_window(qtbot, content_dir, as_builtin):
    as_builtin(content_dir)
    return open_window(qtbot)


def page_text(window) -> str:
    return window.reader.browser.toPlainText()


def test_home_lists_one_card_per_module(fixture_window):
    cards = fixture_window.home.cards
    assert [c.accessibleName() for c in cards] == ["First topic", "Second topic"]
    assert "A short summary." in visible_texts(fixture_window)
    assert any("min read" in t for t in visible_texts(fixture_window))


def test_click_first_card_then_next_back_home(qtbot, fixture_window):
    window = fixture_window
    click(qtbot, button(window, "First topic"))
    assert window.pages.currentWidget() is window.reader
    assert page_text(window).startswith("First topic")
    assert "The main message comes first." in page_text(window)
    assert "Part 1 of 2" in visible_texts(window)
    assert any(t.startswith("Reviewed by ") and " on " in t and "2026" in t for t in visible_texts(window))

    click(qtbot, button(window, "Next"))
    assert page_text(window).startswith("Second topic")
    assert "Part 2 of 2" in visible_texts(window)
    assert not window.reader.next_button.isVisible()  # nothing after the last part

    click(qtbot, button(window, "Back"))
    assert page_text(window).startswith("First topic")

    click(qtbot, button(window, "Home"))
    assert window.pages.currentWidget() is window.home
    assert button(window, "Second topic").isVisible()


def test_back_from_the_first_part_goes_home(qtbot, fixture_window):
    click(qtbot, button(fixture_window, "First topic"))
    click(qtbot, button(fixture_window, "Back"))
    assert fixture_window.pages.currentWidget() is fixture_window.home


def test_placeholders_read_as_neutral_words_without_settings(qtbot, fixture_window):
    click(qtbot, button(fixture_window, "First topic"))
    assert "Call your clinic at your clinic's phone number." in page_text(fixture_window)
    assert "{clinic" not in page_text(fixture_window)


def test_contents_list_shows_headings_and_jumps(qtbot, fixture_window):
    window = fixture_window
    window.resize(1280, 500)  # short, so the page has to scroll
    click(qtbot, button(window, "First topic"))
    contents = window.reader.contents
    items = [contents.item(i).text() for i in range(contents.count())]
    assert items == ["What is this?", "Key points"]
    scrollbar = window.reader.browser.verticalScrollBar()
    assert scrollbar.value() == 0
    rect = contents.visualItemRect(contents.item(1))
    qtbot.mouseClick(contents.viewport(), Qt.LeftButton, pos=rect.center())
    assert scrollbar.value() > 0


def test_internal_link_opens_the_other_module(qtbot, fixture_window):
    window = fixture_window
    click(qtbot, button(window, "Second topic"))
    click_link(qtbot, window.reader.browser, "first-topic#what")
    qtbot.waitUntil(lambda: page_text(window).startswith("First topic"))


def test_broken_content_shows_a_discreet_notice_with_details(qtbot, content_dir, as_builtin):
    write_module(content_dir, "03-broken.md", module_text(id="broken", created="not-a-date"))
    as_builtin(content_dir)
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    assert "Some content could not be loaded." in visible_texts(window)
    assert len(window.home.cards) == 2  # the valid modules are all there
    click(qtbot, button(window, "Details for staff"))
    dialog = window.notice.dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.findChild(QPlainTextEdit)
    assert "03-broken.md:7: created 'not-a-date' is not a real date" in text.toPlainText()
    dialog.reject()


def test_clean_content_shows_no_notice(fixture_window):
    assert fixture_window.notice is None
    assert "Some content could not be loaded." not in visible_texts(fixture_window)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_screenshots_of_shipped_content(qtbot, size, tmp_path):
    """Saved for people to look at; asserts the shipped content is readable."""
    window = create_window()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    screenshot(window, tmp_path / f"home-{size[0]}x{size[1]}.png")
    first = window.library.modules[0]
    click(qtbot, button(window, first.title))
    assert page_text(window).startswith(first.title)
    screenshot(window, tmp_path / f"module-{size[0]}x{size[1]}.png")
    # The reading column keeps lines to a comfortable length.
    browser = window.reader.browser
    from PySide6.QtGui import QFontMetrics

    chars_per_line = browser.text_width() / QFontMetrics(browser.body_font()).averageCharWidth()
    assert 55 <= chars_per_line <= 80
