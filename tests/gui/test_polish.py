"""What a newcomer notices: whom to call from any screen, how far they have read."""


import pytest
from PySide6.QtWidgets import QLabel

from gui_helpers import button, click, open_window, visible_texts
from ketaguide.core.session import Session
from ketaguide.gui import gallery
from ketaguide.gui.page_printing import save_folder


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
        assert button(window, "English").isChecked() and button(window, "English").text() == "✓ English"
        assert not button(window, "Español").isChecked()  # the welcome shows the language in use as chosen too
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
    from ketaguide.gui.page_printing import PagePrinting

    asked = []
    monkeypatch.setattr(PagePrinting, "ask_save_path", lambda *args: (asked.append(args[2]), ("", ""))[1])
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


def test_the_language_in_use_looks_and_reads_as_selected_not_unavailable(qtbot, config):
    from PySide6.QtGui import QAccessible

    window = open_window(qtbot, config=config)
    english, spanish = button(window, "English"), button(window, "Español")
    assert english.isEnabled() and english.isChecked() and english.text() == "✓ English"
    assert not spanish.isChecked() and spanish.text() == "Español"
    state = QAccessible.queryAccessibleInterface(english).state()
    assert state.checkable and state.checked  # screen readers hear "checked", not "unavailable"
    click(qtbot, english)  # a tap on the language in use changes nothing
    assert english.isChecked() and window.library.language == "en"
    picture = english.grab().toImage()
    fill = picture.pixelColor(english.width() // 2, 4)  # inside the border: the selected fill
    assert fill.name().upper() == window.theme.accent.upper()


def test_on_this_page_grows_with_the_text_and_keeps_every_entry_whole(qtbot, config):
    from ketaguide.gui.layout_checks import clipped_list_items

    widths = {}
    for scale in (1.0, 2.0):
        window, shown = gallery.open_state(gallery.STATES[1], (2560, 1440), scale, "calm", config, "es")
        try:
            panel = window.reader.contents_panel
            assert panel.isVisible()
            widths[scale] = panel.width()
            assert clipped_list_items(window) == []
        finally:
            gallery.close(window, shown)
    assert widths[2.0] == 2 * widths[1.0]


def test_the_check_sees_a_cut_off_list_entry(qtbot):
    from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

    from ketaguide.gui.layout_checks import clipped_list_items

    root = QWidget()
    qtbot.addWidget(root)
    entries = QListWidget()
    QVBoxLayout(root).addWidget(entries)
    entries.setWordWrap(False)  # one long line, cut off at the list's edge
    entries.addItem("What side effects can it cause when it is given by vein?")
    root.resize(160, 200)
    root.show()
    qtbot.waitExposed(root)
    assert any("What side effects" in p for p in clipped_list_items(root))
    entries.setWordWrap(True)
    entries.item(0).setText("Side effects")
    assert clipped_list_items(root) == []


@pytest.mark.parametrize("state_name", ["checklist-error", "checklist-saved"])
def test_a_message_after_save_is_scrolled_into_view(qtbot, config, state_name):
    """At 200% text on 1024x768 the message sits below the fold: the page brings it in."""
    state = next(s for s in gallery.STATES if s.name == state_name)
    window, shown = gallery.open_state(state, (1024, 768), 2.0, "high-contrast", config)
    try:
        page, status = window.checklist, window.checklist.status
        qtbot.waitUntil(lambda: status.isVisible())
        top_left = status.mapTo(page.viewport(), status.rect().topLeft())
        bottom_right = status.mapTo(page.viewport(), status.rect().bottomRight())
        assert page.viewport().rect().contains(top_left) and page.viewport().rect().contains(bottom_right)
    finally:
        gallery.close(window, shown)


@pytest.mark.parametrize("language,said", [
    (None, "The checklist could not be saved: that folder is not there"),
    ("es", "No se pudo guardar la lista: esa carpeta no existe")])
def test_why_a_save_failed_is_said_in_the_patients_language(qtbot, config, language, said):
    """The system's reason ("No such file or directory") is English on most computers.
    A checklist saved before is in Documents, as in the gallery: the dialog selects it."""
    from ketaguide.gui.page_printing import save_folder

    save_folder().mkdir(parents=True, exist_ok=True)
    for earlier in ("preparation-checklist.pdf", "preparation-lista.pdf"):
        (save_folder() / earlier).write_bytes(b"%PDF-1.4\n")
    state = next(s for s in gallery.STATES if s.name == "checklist-error")
    window, shown = gallery.open_state(state, (1440, 900), 1.0, "calm", config, language)
    try:
        assert window.checklist.status.text() == said
    finally:
        gallery.close(window, shown)


def test_the_save_dialog_speaks_the_apps_language(qtbot, config):
    state = next(s for s in gallery.STATES if s.name == "save-dialog")
    window, dialog = gallery.open_state(state, (1024, 768), 2.0, "calm", config, "es")
    try:
        texts = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
        assert {"Carpeta:", "Nombre:"} <= texts
        assert gallery.find_button(dialog, "Guardar") and gallery.find_button(dialog, "Cancelar")
        assert str(dialog.directory().absolutePath()).endswith(str(save_folder()))  # Documents, else home
    finally:
        gallery.close(window, dialog)
