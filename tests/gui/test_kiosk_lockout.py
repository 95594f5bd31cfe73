"""A kiosk that holds: the PIN lockout belongs to the app (not to a window), the
PIN pad takes typed digits, "I'm finished" clears the screen, and staff
overlays fit a small kiosk screen at 200% text."""

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget
from test_kiosk import FakeClock, config, enter_pin, mock_speech, send_key, start  # noqa: F401 - fixtures

from conftest import module_text, write_module
from gui_helpers import button, click, screenshot, visible_texts
from ketaguide import resources
from ketaguide.gui.app import WindowKeeper
from kiosk_fixtures import PIN

STAFF_KEYS = (Qt.Key_K, Qt.ControlModifier | Qt.AltModifier | Qt.ShiftModifier)


@pytest.fixture
def keeper(qtbot, config, tmp_path, as_builtin):  # noqa: F811 - the imported fixture, by name
    """The app as it runs: one WindowKeeper, windows replaced as patients go;
    the built-in content, and one Spanish topic so a patient can switch."""
    content_dir = tmp_path / "all-content"
    shutil.copytree(resources.content_dir(), content_dir)
    write_module(content_dir, "01-primero.md", module_text(id="primero", title="Primer tema"), lang="es")
    as_builtin(content_dir)
    keeper = WindowKeeper(config, None, None, kiosk=True)
    keeper.clock = FakeClock()
    keeper.pin_lock.clock = keeper.clock
    qtbot.addWidget(keeper.open())
    yield keeper
    keeper.window.kiosk_controller.leave_quietly()


def five_wrong(qtbot, window):
    send_key(window, *STAFF_KEYS)
    for _ in range(5):
        enter_pin(qtbot, window, "000000")
    assert window.kiosk_controller.staff.locked_for() > 0


def test_a_new_window_in_another_language_keeps_the_lockout(qtbot, keeper):
    first = keeper.window
    five_wrong(qtbot, first)
    click(qtbot, button(first, "Cancel"))
    click(qtbot, button(first, "Español"))  # a patient's way to a fresh window
    spanish = keeper.window
    qtbot.addWidget(spanish)
    assert spanish is not first and spanish.library.language == "es"
    send_key(spanish, *STAFF_KEYS)
    assert spanish.kiosk_controller.staff.locked_for() == 60
    # The pad speaks the window's language: "Aceptar" is its Enter key.
    assert not button(spanish, "1").isEnabled() and not button(spanish, "Aceptar").isEnabled()
    spanish.kiosk_controller.staff.submit()  # even the right PIN typed now does nothing
    for digit in PIN:
        send_key(spanish, getattr(Qt, f"Key_{digit}"))
    send_key(spanish, Qt.Key_Return)
    assert "Menú del personal" not in visible_texts(spanish)


def test_the_wipe_and_a_reload_keep_the_lockout_and_it_grows(qtbot, keeper):
    five_wrong(qtbot, keeper.window)
    keeper.clock.now += 61  # the first lockout (1 minute) is over
    keeper.window.kiosk_controller.staff.refresh()
    click(qtbot, button(keeper.window, "Cancel"))
    click(qtbot, button(keeper.window, "Español"))
    spanish = keeper.window
    qtbot.addWidget(spanish)
    spanish.kiosk_controller.wipe()  # back to the clinic's language: another new window
    english = keeper.window
    qtbot.addWidget(english)
    assert english is not spanish and english.library.language == "en"
    five_wrong(qtbot, english)
    assert english.kiosk_controller.staff.locked_for() == 120, "the second lockout is twice as long"
    english.kiosk_controller.staff.close_pad()
    english.reload_content()  # staff's reload: one more new window
    reloaded = keeper.window
    qtbot.addWidget(reloaded)
    send_key(reloaded, *STAFF_KEYS)
    assert reloaded.kiosk_controller.staff.locked_for() == 120
    keeper.clock.now += 121
    reloaded.kiosk_controller.staff.refresh()
    enter_pin(qtbot, reloaded, PIN)
    assert "Staff menu" in visible_texts(reloaded)


def test_lockouts_double_up_to_a_cap():
    from ketaguide.core.pin import MAX_LOCKOUT_SECONDS, PinLock, hash_pin

    clock = FakeClock()
    lock = PinLock(clock)
    stored = hash_pin("135790", n=2 ** 14)
    waits = []
    for _ in range(8):
        for _ in range(5):
            assert not lock.attempt("000000", stored)
        waits.append(lock.locked_for())
        assert not lock.attempt("135790", stored), "locked: not even the right PIN"
        clock.now += waits[-1]
    assert waits == [60, 120, 240, 480, 960, 1800, 1800, 1800]
    assert MAX_LOCKOUT_SECONDS == 1800
    assert lock.attempt("135790", stored) and lock.lockouts == 0 and lock.wrong == 0


@pytest.mark.parametrize("route", ["shortcut", "gesture"])
def test_the_pin_pad_takes_typed_digits_backspace_and_enter(qtbot, keeper, route):
    window = keeper.window
    controller = window.kiosk_controller
    if route == "shortcut":
        send_key(window, *STAFF_KEYS)
    else:
        start(qtbot, window)  # on the home page: the first tap on the attract screen would only start
        controller._clock = FakeClock()
        controller._hold_timer.setInterval(10)
        for _ in range(3):
            qtbot.mouseClick(window, Qt.LeftButton, pos=QPoint(10, 10))
        qtbot.mousePress(window, Qt.LeftButton, pos=QPoint(10, 10))
        qtbot.waitUntil(controller.staff.isVisible, timeout=20_000)
        qtbot.mouseRelease(window, Qt.LeftButton, pos=QPoint(10, 10))
    staff = controller.staff
    for key in (Qt.Key_9, Qt.Key_9):
        send_key(window, key)
    assert staff.display.text() == "●●"
    assert staff.display.accessibleName() == "PIN: 2 digits entered" and "9" not in staff.display.accessibleName()
    send_key(window, Qt.Key_Backspace)
    send_key(window, Qt.Key_Backspace)
    assert staff.display.text().strip() == ""
    for digit in PIN:
        send_key(window, getattr(Qt, f"Key_{digit}"))
    send_key(window, Qt.Key_Enter if route == "gesture" else Qt.Key_Return)
    assert "Staff menu" in visible_texts(window)


def test_im_finished_is_on_every_page_asks_once_then_wipes(qtbot, keeper):
    window = keeper.window
    start(qtbot, window)
    pages = [lambda: None, lambda: window.open_module(window.library.modules[0].id), window.start_quiz,
             window.open_checklist]
    for show in pages:
        show()
        assert button(window, "I'm finished").isVisible(), window.pages.currentWidget()
    window.session.printout_name = "Ana"
    click(qtbot, button(window, "I'm finished"))
    assert "Clear the screen for the next person?" in visible_texts(window)
    assert not window.pages.isEnabled() and not window.header.isEnabled(), "only the question can be answered"
    assert not button(window, "I'm finished").isEnabled(), "Tab cannot reach what is under the question"
    click(qtbot, button(window, "No, go back"))
    assert window.pages.currentWidget() is window.checklist and window.session.printout_name == "Ana"
    click(qtbot, button(window, "I'm finished"))
    session = window.session
    click(qtbot, button(window, "Yes, clear the screen"))
    assert window.on_attract_screen() and window.session is not session
    assert window.session.printout_name == ""
    assert not window.kiosk_controller.warning.isVisible(), "no second question, no countdown"


def accessible(widget: QWidget):
    return QAccessible.queryAccessibleInterface(widget)


def test_the_idle_warning_is_a_dialog_named_by_its_message(qtbot, keeper):
    window = keeper.window
    start(qtbot, window)
    warning = window.kiosk_controller.warning
    warning.start(20)
    box = accessible(warning.box)
    assert box.role() == QAccessible.Role.Dialog
    name = box.text(QAccessible.Text.Name)
    assert name.startswith("Are you still there?") and "start over in 20 seconds" in name
    warning.cancel()


def overflowing(overlay: QWidget) -> list[str]:
    """Visible parts of an overlay that reach past the window's edge."""
    window = overlay.window()
    area = window.rect()
    out = []
    for widget in [overlay.box] + overlay.box.findChildren(QWidget):
        if widget.isVisible():
            rect = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
            if not area.contains(rect):
                out.append(f"{type(widget).__name__} {widget.objectName()!r} at {rect}")
    return out


def big_text_kiosk(qtbot, window):
    window.resize(1024, 768)
    window.setGeometry(0, 0, 1024, 768)
    start(qtbot, window)
    window.set_text_scale(2.0)
    qtbot.waitUntil(lambda: window.width() == 1024)


def test_content_problems_are_an_overlay_that_fits_and_says_what_it_lists(qtbot, keeper, tmp_path):
    window = keeper.window
    big_text_kiosk(qtbot, window)
    window.kiosk_controller.staff.lock.clock = keeper.clock
    send_key(window, *STAFF_KEYS)
    enter_pin(qtbot, window, PIN)
    click(qtbot, button(window, "Settings and content problems"))
    overlay = window.problems_overlay
    qtbot.waitUntil(overlay.isVisible)
    assert overlay.parentWidget() is window.centralWidget()
    texts = " ".join(visible_texts(window))
    # This clinic's only problems are settings warnings: no file is blamed.
    assert "These files need attention" not in texts
    assert "Settings to check" in texts and "(1 settings warning)" in texts
    assert overflowing(overlay) == []
    screenshot(window, tmp_path / "kiosk-problems-200.png")
    click(qtbot, button(window, "Close"))
    assert not overlay.isVisible() and window.pages.isEnabled()


def test_problem_wording_matches_the_list(tmp_path):
    from ketaguide.core.errors import ContentError, warning
    from ketaguide.gui.problems import describe

    settings = tmp_path / "ketaguide.toml"
    setting = warning(settings, None, "the clinic phone number is not set")
    broken = ContentError(tmp_path / "content/en/modules/x.md", 3, "bad date")
    assert describe((setting,), settings)[0] == "Settings to check"
    assert "These files need attention (1 problem in a content file)" in describe((broken,), settings)[1]
    title, intro = describe((setting, setting, broken, broken), settings)
    assert title == "Settings and content problems"
    assert intro.startswith("2 settings warnings and 2 problems in content files.")


def test_the_kiosk_print_preview_fits_at_200_percent(qtbot, keeper, monkeypatch, tmp_path):
    from ketaguide.gui import kiosk_print, page_printing

    window = keeper.window
    big_text_kiosk(qtbot, window)
    monkeypatch.setattr(page_printing, "printer_names", lambda: ["Front desk"])
    monkeypatch.setattr(kiosk_print, "kiosk_printer_name", lambda: "Front desk")
    window.open_checklist()
    click(qtbot, button(window, "Print…"))
    overlay = window.checklist.preview
    qtbot.waitUntil(overlay.isVisible)
    assert overflowing(overlay) == []
    assert accessible(overlay.box).role() == QAccessible.Role.Dialog
    screenshot(window, tmp_path / "kiosk-print-200.png")
    click(qtbot, button(window, "Close"))
    assert window.checklist.preview is None


def test_a_print_preview_without_any_printer(qtbot, keeper, monkeypatch):
    from ketaguide.gui import page_printing

    window = keeper.window
    start(qtbot, window)
    monkeypatch.setattr(page_printing, "printer_names", list)
    window.open_checklist()
    click(qtbot, button(window, "Print…"))
    overlay = window.checklist.preview
    qtbot.waitUntil(overlay.isVisible)
    assert "No printer is set up on this computer. Please ask a member of staff." in visible_texts(window)
    assert not button(overlay, "Print").isEnabled(), "staff can check the page; nothing pretends to print"
    assert overlay.preview.pageCount() >= 1
    click(qtbot, button(window, "Close"))


def test_a_wipe_closes_the_preview_and_lets_the_printout_go(qtbot, keeper, monkeypatch):
    from ketaguide.gui import page_printing

    window = keeper.window
    start(qtbot, window)
    monkeypatch.setattr(page_printing, "printer_names", list)
    window.open_checklist()
    click(qtbot, button(window, "Print…"))
    overlay = window.checklist.preview
    qtbot.waitUntil(overlay.isVisible)
    window.kiosk_controller.wipe()
    assert not overlay.isVisible() and window.checklist.preview is None


def test_the_finish_button_is_not_on_the_welcome_screen_and_never_crowds_the_header(qtbot, keeper, tmp_path):
    window = keeper.window
    assert not [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text() == "I'm finished"]
    big_text_kiosk(qtbot, window)
    finish = button(window, "I'm finished")
    header_buttons = [b for b in window.header.findChildren(QAbstractButton) if b.isVisible()]
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in header_buttons + [finish]))
    screenshot(window, tmp_path / "kiosk-home-200.png")


def test_leaving_kiosk_mode_takes_the_finish_button_away(qtbot, keeper):
    window = keeper.window
    send_key(window, *STAFF_KEYS)
    enter_pin(qtbot, window, PIN)
    click(qtbot, button(window, "Leave kiosk mode"))
    assert not window.kiosk
    assert not [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text() == "I'm finished"]


def overlapping_buttons(overlay: QWidget) -> list[str]:
    buttons = [b for b in overlay.findChildren(QAbstractButton) if b.isVisible()]
    rects = [(b, b.rect().translated(b.mapTo(overlay, QPoint(0, 0)))) for b in buttons]
    return [f"{a.text()!r} and {b.text()!r}" for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:]
            if ra.intersects(rb)]


def test_every_kiosk_overlay_fits_1024x768_at_200_percent(qtbot, keeper, tmp_path):
    window = keeper.window
    big_text_kiosk(qtbot, window)
    controller = window.kiosk_controller
    shown = {"PIN pad": (controller.staff.open_pin, controller.staff),
             "No PIN": (lambda: (setattr(controller.staff, "_pin_hash", ""), controller.staff.open_pin()),
                        controller.staff),
             "staff menu": (lambda: (setattr(controller.staff, "_pin_hash", "x"), controller.staff.open_menu()),
                            controller.staff),
             "I'm finished": (controller.finish_confirm.ask, controller.finish_confirm),
             "idle warning": (lambda: controller.warning.start(20), controller.warning)}
    for name, (show, overlay) in shown.items():
        show()
        qtbot.waitUntil(lambda: overlay.isVisible() and not overlapping_buttons(overlay))  # laid out at 200%
        assert overflowing(overlay) == [], name
        screenshot(window, tmp_path / f"kiosk-{name.replace(' ', '-').replace(chr(39), '')}-200.png")
        window.close_dialogs()
        controller.warning.cancel()
