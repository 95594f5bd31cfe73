"""What a newcomer notices: whom to call from any screen, how far they have read."""

import pytest

from gui_helpers import button, click, open_window, visible_texts
from ketaguide.core.session import Session
from ketaguide.gui import gallery


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "ketaguide.toml"
    path.write_text(gallery.clinic_config())
    return path


def contact_line(window) -> str:
    bar = window.contact_bar
    return bar.text() if bar.isVisible() else ""


def test_the_clinic_and_emergency_numbers_are_on_every_patient_screen(qtbot, config):
    window = open_window(qtbot, config=config)
    screens = {"home": lambda: None,
               "topic": lambda: click(qtbot, window.home.cards[0]),
               "quiz": lambda: (window.go_home(), click(qtbot, button(window, "Check what you learned"))),
               "checklist": lambda: (window.go_home(), click(qtbot, button(window, "Your preparation checklist")))}
    for name, go in screens.items():
        go()
        line = contact_line(window)
        assert "555-0100" in line and "911" in line and "988" in line, name


def test_the_kiosk_welcome_screen_stands_alone(qtbot, config):
    window = gallery.open_state(next(s for s in gallery.STATES if s.name == "kiosk-welcome"),
                                (1024, 768), 1.0, "calm", config)[0]
    try:
        assert not window.contact_bar.isVisible()
        click(qtbot, button(window, "Touch the screen to start"))
        assert "555-0100" in contact_line(window)
    finally:
        window.kiosk_controller.leave_quietly()


def test_reading_progress_counts_topics_opened_this_sitting(qtbot, config):
    window = open_window(qtbot, config=config)
    total = len(window.library.modules)
    assert not any("topics read" in t for t in visible_texts(window))
    for card in window.home.cards[:3]:
        click(qtbot, card)
        window.go_home()
    window.open_module(window.home.cards[0].module.id)  # again: still three
    window.go_home()
    assert f"3 of {total} topics read" in visible_texts(window)
    assert sum(1 for t in visible_texts(window) if t.startswith("✓ Read")) == 3
    assert window.session.modules_read == {c.module.id for c in window.home.cards[:3]}


def test_a_kiosk_wipe_forgets_what_was_read(qtbot, config):
    state = next(s for s in gallery.STATES if s.name == "kiosk-welcome")
    window = gallery.open_state(state, (1024, 768), 1.0, "calm", config)[0]
    try:
        click(qtbot, button(window, "Touch the screen to start"))
        click(qtbot, window.home.cards[0])
        window.go_home()
        assert any("1 of" in t for t in visible_texts(window))
        window.kiosk_controller.wipe()
        assert window.session.modules_read == set() and Session().modules_read == set()
        click(qtbot, button(window, "Touch the screen to start"))
        assert not any("topics read" in t or t.startswith("✓ Read") for t in visible_texts(window))
    finally:
        window.kiosk_controller.leave_quietly()


def test_the_save_dialog_opens_in_documents_or_else_home(qtbot, config, private_config, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (asked.append(args[2]), ("", ""))[1])
    window = open_window(qtbot, config=config)
    click(qtbot, button(window, "Your preparation checklist"))
    click(qtbot, button(window, "Save as PDF…"))
    assert asked[-1] == str(private_config / "preparation-checklist.pdf")  # no Documents folder: home
    (private_config / "Documents").mkdir()
    click(qtbot, button(window, "Save as PDF…"))
    assert asked[-1] == str(private_config / "Documents" / "preparation-checklist.pdf")


def test_ctrl_q_closes_the_app_at_home(qtbot, config):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, config=config)
    window.activateWindow()  # where a shortcut is heard: the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.home, Qt.Key_Q, Qt.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_on_this_page_spaces_its_headings_evenly(qtbot, config):
    window, shown = gallery.open_state(gallery.STATES[1], (1440, 900), 1.0, "calm", config)
    try:
        contents = window.reader.contents
        items = [contents.item(i) for i in range(contents.count())]
        heights = {contents.visualItemRect(item).height() for item in items
                   if contents.fontMetrics().horizontalAdvance(item.text()) < contents.viewport().width() - 40}
        assert len(items) > 5 and len(heights) == 1, heights
    finally:
        gallery.close(window, shown)
