"""Kiosk mode: full screen, no way out, a full wipe when idle, staff PIN exit."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit, QListWidget,
                               QWidget)

from conftest import module_text, write_module
from gui_helpers import button, click, visible_texts
from ketaguide import resources
from ketaguide.core.pin import hash_pin
from ketaguide.gui.app import create_window

PIN = "246813"
PIN_HASH = hash_pin(PIN, n=2 ** 14)  # the cheapest scrypt the settings accept: quick tests


@pytest.fixture(autouse=True)
def mock_speech(monkeypatch):
    """No real speech engine: it is slow to start and has nothing to do with the kiosk."""
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "ketaguide.toml"
    path.write_text(f'[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
                    f'[kiosk]\nenabled = true\nidle_seconds = 30\nwarning_seconds = 20\n'
                    f'staff_pin_hash = "{PIN_HASH}"\n')
    return path


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def kiosk(qtbot, config):
    window = create_window(config=config, kiosk=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    controller = window.kiosk_controller
    controller.warning._timer.setInterval(5)  # 20 "seconds" pass quickly
    yield window
    controller.leave_quietly()


def go_idle_soon(window, ms=200) -> None:
    """A short timeout, set only once the person has stopped, so a slow
    machine never sees the warning in the middle of the test's own clicks."""
    window.kiosk_controller.idle_timer.setInterval(ms)
    window.kiosk_controller.idle_timer.start()


def start(qtbot, window):
    assert "Touch the screen to start" in [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert "Riverside Infusion Center" in visible_texts(window)
    click(qtbot, button(window, "Touch the screen to start"))
    assert window.pages.currentWidget() is window.home


def leave_traces(qtbot, window):
    """What a patient might do before walking away."""
    click(qtbot, button(window, "Larger text"))
    click(qtbot, button(window, "High contrast"))
    click(qtbot, button(window, "Check what you learned"))
    question = window.quiz.question
    click(qtbot, button(window, question.choices[0].text))
    click(qtbot, button(window, "Check my answer"))
    assert window.session.quiz_attempts
    checklist = getattr(window, "checklist", None)
    if checklist is not None:
        window.show_page(checklist)
        for box in [b for b in checklist.findChildren(QAbstractButton) if b.isCheckable() and b.isVisible()][:2]:
            click(qtbot, box)
        for field in checklist.findChildren(QLineEdit):
            if field.isVisible():
                field.setText("Ana")
    window.show_problems()  # an open dialog
    click(qtbot, button(window, "Home") if button_exists(window, "Home") else window.home)
    window.open_module(window.library.modules[0].id)
    window.reader.browser.verticalScrollBar().setValue(200)


def button_exists(window, text):
    return any(b.isVisible() and b.text() == text for b in window.findChildren(QAbstractButton))


def test_kiosk_is_full_screen_and_frameless_and_starts_on_the_attract_screen(kiosk):
    assert kiosk.windowFlags() & Qt.FramelessWindowHint
    assert kiosk.on_attract_screen()
    assert not kiosk.header.isVisible()


def test_idle_warning_then_a_full_wipe(qtbot, kiosk):
    start(qtbot, kiosk)
    leave_traces(qtbot, kiosk)
    old_session = kiosk.session
    go_idle_soon(kiosk)
    qtbot.waitUntil(kiosk.kiosk_controller.warning.isVisible, timeout=20_000)
    assert "Are you still there?" in visible_texts(kiosk)
    assert "Are you still there?" in kiosk.kiosk_controller.warning.property("lastAnnouncement")
    qtbot.waitUntil(kiosk.on_attract_screen, timeout=20_000)

    assert kiosk.session is not old_session
    assert kiosk.session.quiz_attempts == {} and not any(kiosk.session.checklist_ticks.values())
    assert kiosk.session.printout_name == "" and kiosk.session.text_scale == 1.0
    assert kiosk.quiz.questions == () and not kiosk.quiz.choices.rows
    assert kiosk.theme.name == "calm"
    assert kiosk.reader.module is None and kiosk.reader.browser.toPlainText() == ""
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert kiosk.session.appointment is None
    for field in kiosk.findChildren(QLineEdit):
        if not isinstance(field.parentWidget(), QAbstractSpinBox):  # date pickers show a default date
            assert field.text() == "", "a typed name survived the wipe"
    for box in kiosk.findChildren(QAbstractButton):
        if box.isCheckable():
            assert not box.isChecked(), f"{box.accessibleName()} is still ticked"


def test_activity_during_the_warning_keeps_the_session(qtbot, kiosk):
    start(qtbot, kiosk)
    click(qtbot, button(kiosk, "Check what you learned"))
    click(qtbot, button(kiosk, kiosk.quiz.question.choices[0].text))
    click(qtbot, button(kiosk, "Check my answer"))
    session = kiosk.session
    kiosk.kiosk_controller.warning._timer.setInterval(1000)
    go_idle_soon(kiosk)
    qtbot.waitUntil(kiosk.kiosk_controller.warning.isVisible, timeout=20_000)
    assert not kiosk.pages.isEnabled()  # nothing under the warning can take focus
    click(qtbot, button(kiosk, "I'm still here"))
    assert kiosk.pages.isEnabled()
    assert not kiosk.kiosk_controller.warning.isVisible()
    assert kiosk.session is session and session.quiz_attempts
    assert kiosk.pages.currentWidget() is kiosk.quiz


def test_idle_never_fires_while_reading_aloud(qtbot, kiosk, monkeypatch):
    start(qtbot, kiosk)
    monkeypatch.setattr(kiosk.reader.listen, "is_speaking", lambda: True)
    timer = kiosk.kiosk_controller.idle_timer
    go_idle_soon(kiosk, 100)
    with qtbot.waitSignal(timer.timeout, timeout=10_000):
        pass  # the idle moment came
    assert timer.isActive(), "reading aloud counts as use: the idle timer starts again"
    assert not kiosk.kiosk_controller.warning.isVisible()
    assert not kiosk.on_attract_screen()


def send_key(window, key, modifiers=Qt.NoModifier):
    event = QKeyEvent(QKeyEvent.KeyPress, key, modifiers)
    QApplication.sendEvent(window.focusWidget() or window, event)


def test_closing_shortcuts_do_nothing(qtbot, kiosk):
    start(qtbot, kiosk)
    controller = kiosk.kiosk_controller
    for key, modifiers in ((Qt.Key_Escape, Qt.NoModifier), (Qt.Key_Q, Qt.ControlModifier),
                           (Qt.Key_F4, Qt.AltModifier), (Qt.Key_W, Qt.ControlModifier)):
        event = QKeyEvent(QKeyEvent.KeyPress, key, modifiers)
        assert controller.eventFilter(kiosk.home, event), f"{key} reached the app"
        send_key(kiosk, key, modifiers)
    assert not controller.eventFilter(kiosk.home, QKeyEvent(QKeyEvent.KeyPress, Qt.Key_A, Qt.NoModifier))
    assert not kiosk.close()  # what Alt+F4 asks of the window manager, and the window refuses
    assert kiosk.isVisible()


def test_web_links_are_never_opened(qtbot, config, content_dir, monkeypatch):
    write_module(content_dir, "03-web.md", module_text(
        id="web", title="Web", order=3, body="**Main.**\n\n[Find help](https://988lifeline.org)\n"))
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    window = create_window(config=config, kiosk=True)
    qtbot.addWidget(window)
    window.show()
    window.open_module("web")
    from gui_helpers import click_link

    click_link(qtbot, window.reader.browser, "https://988lifeline.org")
    assert opened == [] and window.reader.module.id == "web"
    window.kiosk_controller.leave_quietly()


def enter_pin(qtbot, window, pin):
    for digit in pin:
        click(qtbot, button(window, digit))
    click(qtbot, button(window, "Enter"))


def test_staff_pin_wrong_right_and_lockout(qtbot, kiosk):
    clock = FakeClock()
    staff = kiosk.kiosk_controller.staff
    staff.lock.clock = clock
    send_key(kiosk, Qt.Key_K, Qt.ControlModifier | Qt.AltModifier | Qt.ShiftModifier)
    assert "Staff only: enter the PIN" in visible_texts(kiosk)
    enter_pin(qtbot, kiosk, "111111")
    assert "That PIN is not right." in visible_texts(kiosk)
    assert not any("left" in t for t in visible_texts(kiosk)), "no count of tries to help a guesser"
    for _ in range(4):
        enter_pin(qtbot, kiosk, "000000")
    assert "Too many tries. Please wait 60 seconds, then try again." in visible_texts(kiosk)
    assert not button(kiosk, "1").isEnabled()
    clock.now += 61
    staff.refresh()
    assert button(kiosk, "1").isEnabled()
    enter_pin(qtbot, kiosk, PIN)
    assert "Staff menu" in visible_texts(kiosk)
    click(qtbot, button(kiosk, "Leave kiosk mode"))
    assert not kiosk.kiosk
    assert not kiosk.windowFlags() & Qt.FramelessWindowHint


def test_hidden_gesture_opens_the_pin_pad(qtbot, kiosk):
    controller = kiosk.kiosk_controller
    controller._clock = FakeClock()  # the taps are "quick" however slowly a loaded machine sends them
    controller._hold_timer.setInterval(50)
    corner = QPoint(10, 10)
    for _ in range(3):
        qtbot.mouseClick(kiosk.attract, Qt.LeftButton, pos=corner)
    qtbot.mousePress(kiosk.attract, Qt.LeftButton, pos=corner)
    assert controller._hold_timer.isActive(), "three taps, then the press that is held"
    # Wait for the state, however long a busy machine takes: no fixed time.
    qtbot.waitUntil(controller.staff.isVisible, timeout=20_000)
    assert "Staff only: enter the PIN" in visible_texts(kiosk)
    qtbot.mouseRelease(kiosk.attract, Qt.LeftButton, pos=corner)


def test_without_a_usable_pin_there_is_no_staff_menu_at_all(qtbot, tmp_path):
    config = tmp_path / "k.toml"
    config.write_text('[kiosk]\nenabled = true\nstaff_pin_hash = "not-a-hash"\nidle_seconds = -5\n')
    window = create_window(config=config, kiosk=True)  # still starts, safely
    qtbot.addWidget(window)
    window.show()
    controller = window.kiosk_controller
    assert controller.idle_seconds == 90  # the absurd timeout fell back to the default
    for route in (controller.open_staff_pad,  # the hidden gesture
                  lambda: send_key(window, Qt.Key_K, Qt.ControlModifier | Qt.AltModifier | Qt.ShiftModifier)):
        route()
        texts = " ".join(visible_texts(window))
        assert "No staff PIN is set" in texts and "ketaguide hash-pin" in texts
        assert "Staff menu" not in texts and "Staff only: enter the PIN" not in texts
        assert [b.text() for b in controller.staff.findChildren(QAbstractButton) if b.isVisible()] == ["Close"]
        click(qtbot, button(window, "Close"))
        assert not controller.staff.isVisible()
    controller.staff.open_menu()  # not even from code
    assert not controller.staff.isVisible() and window.kiosk
    controller.leave_quietly()


def test_check_explains_kiosk_settings_problems(tmp_path, capsys):
    from ketaguide.cli import main

    config = tmp_path / "k.toml"
    config.write_text('[clinic]\nname = "R"\nphone = "1"\n[kiosk]\nenabled = true\nstaff_pin_hash = "1234"\n'
                      'idle_seconds = 99999\n')
    assert main(["check", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert "k.toml:6: staff_pin_hash is not a hash made by 'ketaguide hash-pin'" in out
    assert "the kiosk has no staff menu" in out
    assert "k.toml:7: [kiosk] idle_seconds = 99999 is outside" in out


INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QListWidget)


def small_or_crowded(window) -> list[str]:
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()
                and not isinstance(w.parentWidget(), QAbstractButton)
                and w.objectName() != "qt_scrollarea_viewport"]
    # A choice's indicator is part of its row: the row is the target.
    controls = [c for c in controls if c.parentWidget() is None or c.parentWidget().objectName() != "choice"]
    rects = {c: c.rect().translated(c.mapTo(window, QPoint(0, 0))) for c in controls}
    problems = [f"{c.accessibleName() or c.text()!r} is {r.width()}x{r.height()}" for c, r in rects.items()
                if r.width() < 48 or r.height() < 48]
    items = list(rects.items())
    for i, (a, ra) in enumerate(items):
        for b, rb in items[i + 1:]:
            if ra.intersects(rb):
                continue
            gap = max(rb.left() - ra.right(), ra.left() - rb.right(), rb.top() - ra.bottom(), ra.top() - rb.bottom()) - 1
            if gap < 8:
                problems.append(f"{getattr(a, 'text', lambda: '')()!r} and {getattr(b, 'text', lambda: '')()!r} "
                                f"are {gap}px apart")
    return problems


def test_every_control_is_at_least_48px_with_8px_between(qtbot, kiosk):
    assert small_or_crowded(kiosk) == [], "attract"
    start(qtbot, kiosk)
    assert small_or_crowded(kiosk) == [], "home"
    kiosk.open_module(kiosk.library.modules[0].id)
    assert small_or_crowded(kiosk) == [], "reader"
    click(qtbot, button(kiosk, "Check this part"))
    assert small_or_crowded(kiosk) == [], "quiz"
    click(qtbot, button(kiosk, kiosk.quiz.question.choices[0].text))
    click(qtbot, button(kiosk, "Check my answer"))
    assert small_or_crowded(kiosk) == [], "quiz feedback"
    kiosk.kiosk_controller.staff.open_menu()
    assert small_or_crowded(kiosk.kiosk_controller.staff) == [], "staff menu"


def test_the_size_walker_can_fail(qtbot):
    desk = create_window()  # desktop sizes are smaller than touch sizes
    qtbot.addWidget(desk)
    desk.resize(1280, 800)
    desk.show()
    assert small_or_crowded(desk) != []


def test_body_text_is_at_least_18px_in_kiosk(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.open_module(kiosk.library.modules[0].id)
    assert kiosk.reader.browser.body_font().pixelSize() >= 18
    assert "font-size: 19px" in kiosk.styleSheet()


def test_a_kiosk_session_writes_nothing_to_disk(qtbot, kiosk, tmp_path):
    before = {p for p in tmp_path.rglob("*")}
    start(qtbot, kiosk)
    leave_traces(qtbot, kiosk)
    kiosk.kiosk_controller.wipe()
    assert {p for p in tmp_path.rglob("*")} == before


def test_staff_reload_content_opens_a_fresh_window(qtbot, config):
    from ketaguide.gui.app import WindowKeeper

    keeper = WindowKeeper(config, None, None, kiosk=True)
    first = keeper.open()
    qtbot.addWidget(first)
    first.kiosk_controller.staff.open_menu()
    click(qtbot, button(first, "Reload content"))
    assert keeper.window is not first
    qtbot.addWidget(keeper.window)
    assert keeper.window.on_attract_screen() and keeper.window.isVisible()
    assert not first.isVisible()
    keeper.window.kiosk_controller.leave_quietly()


# -- found in review: the ways a kiosk could still leak or be escaped ---------------------
def test_kiosk_printing_offers_no_file_and_no_system_dialog(qtbot, kiosk, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from ketaguide.gui import checklist_page, kiosk_print, page_printing
    from ketaguide.printing import cups

    start(qtbot, kiosk)
    kiosk.show_page(kiosk.checklist)
    monkeypatch.setattr(page_printing, "printer_names", lambda: ["Front desk"])
    monkeypatch.setattr(kiosk_print, "kiosk_printer_name", lambda: "Front desk")
    monkeypatch.setattr(cups, "send_pdf", lambda *args: None)  # no CUPS: Qt prints, and nothing more is known
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda d: pytest.fail("Qt's own preview offers Print to File"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: pytest.fail("the system print dialog offers files"))
    printed = []
    real_paint = checklist_page.ChecklistPage._paint
    monkeypatch.setattr(checklist_page.ChecklistPage, "_paint",
                        staticmethod(lambda device, p: printed.append(device) or real_paint(device, p)))
    click(qtbot, button(kiosk, "Print…"))
    overlay = kiosk.checklist.preview
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.parentWidget() is kiosk.centralWidget(), "inside the kiosk window, never a window of its own"
    assert sorted(b.text() for b in overlay.findChildren(QAbstractButton) if b.isVisible() and b.text()) \
        == ["Close", "Print"]
    printed.clear()
    click(qtbot, button(overlay, "Print"))
    # To the printer, never to a file. (Without a real printer installed Qt
    # reports PDF as the format, but still with no file to write.)
    assert printed and printed[-1].outputFileName() == ""
    assert "Sent to Front desk." in visible_texts(kiosk), "nothing claims more than is known"
    assert not any("printing" in t for t in visible_texts(kiosk))
    assert kiosk.checklist.preview is None and kiosk.pages.isEnabled()


def test_escape_closes_a_kiosk_overlay_but_never_the_app(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.show_problems()
    overlay = kiosk.problems_overlay
    qtbot.waitUntil(overlay.isVisible)
    send_key(kiosk, Qt.Key_Escape)
    assert not overlay.isVisible() and kiosk.isVisible() and kiosk.pages.isEnabled()


def test_the_idle_warning_is_never_hidden_behind_a_staff_overlay(qtbot, kiosk):
    start(qtbot, kiosk)
    kiosk.show_problems()
    qtbot.waitUntil(kiosk.problems_overlay.isVisible)
    kiosk.kiosk_controller._idle()
    assert not kiosk.problems_overlay.isVisible()
    assert kiosk.kiosk_controller.warning.isVisible() and QApplication.activeModalWidget() is None


def test_one_press_and_hold_in_the_corner_does_not_open_the_pad(qtbot, kiosk):
    controller = kiosk.kiosk_controller
    qtbot.mousePress(kiosk.attract, Qt.LeftButton, pos=QPoint(10, 10))
    assert not controller._hold_timer.isActive(), "a single press starts nothing that could open the pad"
    assert not controller.staff.isVisible()
    qtbot.mouseRelease(kiosk.attract, Qt.LeftButton, pos=QPoint(10, 10))


def test_the_wipe_clears_the_clipboard_and_every_quiz_label(qtbot, kiosk):
    start(qtbot, kiosk)
    QApplication.clipboard().setText("Ana Secret")
    click(qtbot, button(kiosk, "Check what you learned"))
    kiosk.quiz.index = len(kiosk.quiz.questions) - 1
    kiosk.quiz.next_question()  # the summary, with a score
    assert kiosk.quiz.summary_text.text()
    kiosk.kiosk_controller.wipe()
    assert QApplication.clipboard().text() == ""
    quiz = kiosk.quiz
    assert not quiz.summary_title.text() and not quiz.summary_text.text() and not quiz.prompt.text()
    assert quiz.review_links.count() == 0 and not quiz.property("lastAnnouncement")


def test_a_failing_wipe_step_does_not_stop_the_others(qtbot, kiosk, monkeypatch):
    start(qtbot, kiosk)
    name_fields = [f for f in kiosk.checklist.findChildren(QLineEdit)
                   if not isinstance(f.parentWidget(), QAbstractSpinBox)]
    name_fields[0].setText("Ana Secret")

    def broken(session):
        raise RuntimeError("a bug in one page")

    monkeypatch.setattr(kiosk.quiz, "bind", broken)
    with pytest.raises(RuntimeError):
        kiosk.reset_session()
    assert name_fields[0].text() == "" and kiosk.on_attract_screen()


def test_staff_print_starts_from_a_clean_sheet(qtbot, kiosk):
    start(qtbot, kiosk)
    name_fields = [f for f in kiosk.checklist.findChildren(QLineEdit)
                   if not isinstance(f.parentWidget(), QAbstractSpinBox)]
    name_fields[0].setText("Last Patient")
    kiosk.kiosk_controller.staff.open_menu()
    click(qtbot, button(kiosk, "Print a checklist for an appointment"))
    assert kiosk.pages.currentWidget() is kiosk.checklist
    assert name_fields[0].text() == ""


def test_content_problems_stay_off_the_patient_screen(qtbot, config, content_dir, monkeypatch):
    write_module(content_dir, "09-bad.md", module_text(id="bad", created="nope"))
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    window = create_window(config=config, kiosk=True)
    qtbot.addWidget(window)
    assert window.notice is None
    window.kiosk_controller.leave_quietly()


def test_lockouts_get_longer(qtbot, kiosk):
    clock = FakeClock()
    staff = kiosk.kiosk_controller.staff
    staff.lock.clock = clock
    staff.open_pin()
    for _ in range(5):
        enter_pin(qtbot, kiosk, "000000")
    assert staff.locked_for() == 60
    clock.now += 61
    staff.refresh()
    for _ in range(5):
        enter_pin(qtbot, kiosk, "000000")
    assert staff.locked_for() == 120
    assert "Too many tries. Please wait 2 minutes, then try again." in visible_texts(kiosk)


def test_a_patient_can_choose_another_language_and_the_wipe_brings_the_clinics_back(qtbot, config, content_dir,
                                                                                    monkeypatch):
    from ketaguide.gui.app import WindowKeeper

    write_module(content_dir, "01-primero.md", module_text(id="primero", title="Primer tema"), lang="es")
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    keeper = WindowKeeper(config, None, None, kiosk=True)
    first = keeper.open()
    qtbot.addWidget(first)
    assert {"English", "Español"} <= {b.text() for b in first.attract.language_buttons}
    click(qtbot, button(first, "Español"))
    spanish = keeper.window
    qtbot.addWidget(spanish)
    assert spanish is not first and spanish.library.language == "es"
    assert spanish.pages.currentWidget() is spanish.home
    # The Spanish topic, then the English ones standing in until they are translated.
    assert sorted(c.accessibleName() for c in spanish.home.cards) == ["First topic", "Primer tema", "Second topic"]
    spanish.kiosk_controller.wipe()
    english = keeper.window
    qtbot.addWidget(english)
    assert english is not spanish and english.library.language == "en" and english.on_attract_screen()
    english.kiosk_controller.leave_quietly()


def test_on_a_kiosk_dragging_scrolls_the_page_and_a_tap_still_follows_a_link(qtbot, kiosk):
    from gui_helpers import click_link

    click(qtbot, button(kiosk, "Touch the screen to start"))
    click(qtbot, button(kiosk, "Getting ready"))
    browser = kiosk.reader.browser
    viewport, bar = browser.viewport(), browser.verticalScrollBar()
    assert bar.value() == 0
    start = QPoint(viewport.width() // 2, viewport.height() - 40)
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    for step in range(1, 16):  # a finger drags the text up
        qtbot.mouseMove(viewport, QPoint(start.x(), start.y() - step * 20))
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=QPoint(start.x(), start.y() - 300))
    qtbot.waitUntil(lambda: bar.value() > 200, timeout=20_000)
    assert kiosk.reader.module.id == "getting-ready", "the drag followed no link on its way"
    assert not browser.has_selected_text(), "a drag never selects text"

    from PySide6.QtWidgets import QScroller

    scroller = QScroller.scroller(viewport)
    assert scroller.state() == QScroller.Scrolling, "the page glides on after the finger lifts"
    click_link(qtbot, browser, "aftercare#driving")  # a tap on a link while gliding only stops the glide
    assert scroller.state() == QScroller.Inactive and kiosk.reader.module.id == "getting-ready"
    click_link(qtbot, browser, "aftercare#driving")  # a tap is still a tap
    qtbot.waitUntil(lambda: kiosk.reader.module.id == "aftercare", timeout=20_000)


def test_on_a_kiosk_a_sideways_drag_selects_nothing_and_a_glide_stops_at_the_next_page(qtbot, kiosk):
    from PySide6.QtWidgets import QScroller

    click(qtbot, button(kiosk, "Touch the screen to start"))
    click(qtbot, button(kiosk, "Getting ready"))
    browser = kiosk.reader.browser
    viewport = browser.viewport()
    start = QPoint(200, viewport.height() // 2)
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    for step in range(1, 16):  # sideways, a little down: the scroller gives this up
        qtbot.mouseMove(viewport, QPoint(start.x() + step * 25, start.y() + step * 10))
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=QPoint(start.x() + 375, start.y() + 150))
    assert not browser.has_selected_text()

    qtbot.mousePress(viewport, Qt.LeftButton, pos=QPoint(200, viewport.height() - 40))
    for step in range(1, 16):  # a flick up
        qtbot.mouseMove(viewport, QPoint(200, viewport.height() - 40 - step * 20))
        qtbot.wait(10)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=QPoint(200, viewport.height() - 340))
    scroller = QScroller.scroller(viewport)
    assert scroller.state() == QScroller.Scrolling
    click(qtbot, button(kiosk, "Next"))  # mid-glide
    qtbot.waitUntil(lambda: scroller.state() == QScroller.Inactive, timeout=20_000)  # the glide is over
    assert kiosk.reader.module.id == "infusion-day"
    assert browser.verticalScrollBar().value() == 0, "the next page opens at its top, with its main message"


def test_after_the_wipe_the_kiosk_hands_free_memory_back(qtbot, kiosk, monkeypatch):
    from ketaguide.gui import kiosk as kiosk_mode

    released = []
    monkeypatch.setattr(kiosk_mode, "release_free_memory", lambda: released.append(True))
    monkeypatch.setattr(kiosk_mode, "RELEASE_AFTER_WIPE_MS", 10)
    kiosk.kiosk_controller.wipe()
    qtbot.waitUntil(lambda: released == [True], timeout=20_000)

