"""The screenshot gallery's checks, in CI: on every screen and state, at the
smallest supported window and at a large one, at 100% and 200% text, in both
themes, no text is cut off and no two controls overlap."""

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ketaguide.gui import gallery
from ketaguide.gui.layout_checks import clipped_text, layout_problems, overlapping_controls


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "ketaguide.toml"
    path.write_text(gallery.clinic_config())
    return path


LOOKS = [("small", 1.0, "calm"), ("small", 2.0, "calm"), ("small", 1.0, "high-contrast"),
         ("small", 2.0, "high-contrast"), ("laptop", 2.0, "calm"), ("large", 1.0, "calm"),
         ("large", 2.0, "high-contrast")]


@pytest.mark.parametrize("size,scale,theme", LOOKS, ids=lambda v: str(v))
@pytest.mark.parametrize("state", gallery.STATES, ids=lambda s: s.name)
def test_every_screen_is_whole(qtbot, config, state, size, scale, theme):
    window, shown = gallery.open_state(state, gallery.SIZES[size], scale, theme, config)
    try:
        assert shown.isVisible()
        assert layout_problems(shown) == []
    finally:
        gallery.close(window, shown)


@pytest.mark.parametrize("state", gallery.STATES, ids=lambda s: s.name)
def test_every_screen_is_whole_in_spanish(qtbot, config, state):
    """Spanish runs longer than English: the smallest window at 200% text."""
    window, shown = gallery.open_state(state, gallery.SIZES["small"], 2.0, "calm", config, language="es")
    try:
        assert window.library.language == "es"
        assert layout_problems(shown) == []
    finally:
        gallery.close(window, shown)


def test_the_checks_see_a_cut_off_label_and_an_overlap(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(400, 200)
    QVBoxLayout(root)
    label = QLabel("A sentence far too long for the little room it was given here", root)
    label.setGeometry(0, 0, 80, 20)
    button = QPushButton("Check my answer", root)
    button.setGeometry(40, 5, 200, 40)
    root.show()
    qtbot.waitExposed(root)
    assert any("needs" in p and "A sentence" in p for p in clipped_text(root))
    assert any("overlap" in p for p in overlapping_controls(root))
    label.setGeometry(0, 60, label.sizeHint().width(), label.sizeHint().height())
    assert clipped_text(root) == [] and overlapping_controls(root) == []


def test_a_tap_on_check_my_answer_with_nothing_chosen_says_what_to_do_first(qtbot, config):
    from gui_helpers import button, click, open_window

    window = open_window(qtbot, config=config)
    click(qtbot, button(window, "Check what you learned"))
    check = button(window, "Check my answer")
    assert check.property("available") is False
    click(qtbot, check)
    assert check.property("lastAnnouncement") == "Choose an answer first."
    assert window.session.quiz_attempts == {}
    click(qtbot, button(window, window.quiz.question.choices[0].text))
    assert check.property("available") is True


def test_the_text_size_buttons_stay_put_and_show_the_size(qtbot, config):
    from gui_helpers import button, click, open_window

    window = open_window(qtbot, config=config)
    larger = button(window, "Larger text")
    where = larger.mapTo(window, larger.rect().center())
    for expected in ("125%", "150%", "175%", "200%"):
        click(qtbot, larger)
        qtbot.waitUntil(lambda expected=expected: window.header.size_label.text() == expected)
        assert larger.geometry().contains(larger.parentWidget().mapFrom(window, where))


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900), (2560, 1440)])
def test_the_home_grid_lines_up(qtbot, config, size):
    """Every group's cards share the same columns, the two activities too."""
    from ketaguide.gui.home_page import Card

    window, shown = gallery.open_state(gallery.STATES[0], size, 1.0, "calm", config)
    try:
        cards = [c for c in window.home.findChildren(Card) if c.isVisible()]
        lefts = {c.mapTo(window, c.rect().topLeft()).x() for c in cards}
        widths = {c.width() for c in cards}
        assert len(cards) > 10 and max(widths) - min(widths) <= 1
        assert len(lefts) == len({c.mapTo(window, c.rect().topLeft()).x() for c in window.home.cards[:3]})
    finally:
        gallery.close(window, shown)


def test_the_quiz_summary_has_one_way_home_and_cards_as_tall_as_their_words(qtbot, config):
    from ketaguide.gui.home_page import Card

    state = next(s for s in gallery.STATES if s.name == "quiz-summary")
    window, shown = gallery.open_state(state, (1440, 900), 1.0, "calm", config)
    try:
        texts = [b.text() for b in window.quiz.findChildren(QPushButton) if b.isVisible()]
        assert "Back to all topics" in texts and "Home" not in texts
        cards = [c for c in window.quiz.findChildren(Card) if c.isVisible()]
        assert cards and all(c.height() <= c.heightForWidth(c.width()) + 1 for c in cards)
    finally:
        gallery.close(window, shown)


def test_the_gallery_gets_there_by_clicking_as_a_patient_does(qtbot, config):
    """The states are real: the saved file is on disk, the PIN opened the menu,
    the summary is the one the quiz's button leads to."""
    from ketaguide.gui.page_printing import save_folder

    def reach(name):
        return gallery.open_state(next(s for s in gallery.STATES if s.name == name), (1440, 900), 1.0, "calm",
                                  config)

    window, shown = reach("checklist-saved")
    try:
        said = window.checklist.status.text().replace("\u200b", "")
        assert said == f"Saved as {save_folder() / 'preparation-checklist.pdf'}"  # the suggested folder and name
        assert (save_folder() / "preparation-checklist.pdf").stat().st_size > 1000
        assert window.checklist.status.property("message") == "success"
    finally:
        gallery.close(window, shown)
    window, shown = reach("staff-menu")
    try:
        assert gallery.find_button(shown, "Leave kiosk mode").isVisible()
    finally:
        gallery.close(window, shown)
    window, shown = reach("teachback-summary")
    try:
        assert window.pages.currentWidget() is window.teachback
        assert "Your summary for your care team" in [label.text() for label in window.teachback.findChildren(QLabel)
                                                     if label.isVisible()]
    finally:
        gallery.close(window, shown)
    with pytest.raises(LookupError):
        gallery.find_button(window, "A button nobody sees")
