"""The kiosk controller knows its window only through KioskWindow (gui/kiosk.py):
driven here against a tiny fake window, and the real window is checked to
offer the same few things."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from gui_helpers import button, click, visible_texts
from ketaguide.core.settings import Kiosk
from ketaguide.gui.kiosk import KioskController, KioskWindow
from ketaguide.gui.main_window import MainWindow


class FakeWindow(QWidget):
    """A kiosk window with nothing behind it but a label: it records what the controller asks."""

    page_changed = Signal()

    def __init__(self):
        super().__init__()
        self.asked: list[str] = []
        self.welcome = False
        self.reading = False
        layout = QVBoxLayout(self)
        self.host = QWidget()
        QVBoxLayout(self.host).addWidget(QLabel("A page about ketamine"))
        layout.addWidget(self.host, 1)

    def overlay_host(self) -> QWidget:
        return self.host

    def add_footer(self, bar: QWidget) -> None:
        self.layout().addWidget(bar)

    def on_attract_screen(self) -> bool:
        return self.welcome

    def is_reading_aloud(self) -> bool:
        return self.reading

    def close_dialogs(self) -> None:
        self.asked.append("close_dialogs")

    def reset_session(self) -> None:
        self.asked.append("reset_session")
        self.welcome = True
        self.page_changed.emit()

    def leave_kiosk(self) -> None:
        self.asked.append("leave_kiosk")


@pytest.fixture
def fake(qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    controller = KioskController(window, Kiosk(enabled=True, idle_seconds=30))
    controller.warning._timer.setInterval(5)  # the 20 "seconds" of the countdown pass quickly
    covered = []
    controller.covered.connect(covered.append)
    yield window, controller, covered
    controller.leave_quietly()


def _members(protocol) -> set[str]:
    names = {n for n, v in vars(protocol).items() if not n.startswith("_") and callable(v)}
    return names | set(protocol.__annotations__)


def test_the_real_window_and_the_fake_offer_every_member_of_the_interface():
    members = _members(KioskWindow)
    assert members == {"page_changed", "overlay_host", "add_footer", "on_attract_screen", "is_reading_aloud",
                       "close_dialogs", "reset_session", "leave_kiosk"}
    for window_class in (MainWindow, FakeWindow):
        for name in members - {"page_changed"}:
            wanted = list(inspect.signature(getattr(KioskWindow, name)).parameters)
            assert list(inspect.signature(getattr(window_class, name)).parameters) == wanted, \
                f"{window_class.__name__}.{name}"
        assert isinstance(window_class.page_changed, Signal)


def test_idle_then_the_warning_then_the_wipe(qtbot, fake):
    window, controller, covered = fake
    controller.idle_timer.setInterval(50)
    controller.idle_timer.start()
    qtbot.waitUntil(controller.warning.isVisible)
    assert "Are you still there?" in visible_texts(window)
    assert covered == [True] and window.asked == ["close_dialogs"]  # nothing hides the countdown
    qtbot.waitUntil(lambda: "reset_session" in window.asked)
    assert not controller.warning.isVisible() and covered[-1] is False
    assert not controller.finish_bar.isVisible()  # the welcome screen has no "I'm finished"
    assert controller.idle_timer.isActive()


def test_no_warning_while_reading_aloud_or_on_the_welcome_screen(qtbot, fake):
    window, controller, _ = fake
    for reading, welcome in ((True, False), (False, True)):
        window.reading, window.welcome = reading, welcome
        controller.idle_timer.setInterval(30)
        with qtbot.waitSignal(controller.idle_timer.timeout):
            controller.idle_timer.start()
        assert controller.idle_timer.isActive() and not controller.warning.isVisible()
    assert window.asked == []


def test_im_finished_asks_then_wipes(qtbot, fake):
    window, controller, covered = fake
    assert controller.finish_bar.isVisible()
    click(qtbot, button(window, "I'm finished"))
    assert "Clear the screen for the next person?" in visible_texts(window) and covered == [True]
    click(qtbot, button(window, "No, go back"))
    assert window.asked == [] and covered == [True, False]
    click(qtbot, button(window, "I'm finished"))
    click(qtbot, button(window, "Yes, clear the screen"))
    assert window.asked == ["reset_session"]
    assert not controller.finish_bar.isVisible()


def test_no_way_out_for_a_patient_and_staff_leave_through_the_window(qtbot, fake):
    window, controller, _ = fake
    for key, modifiers in ((Qt.Key_Escape, Qt.NoModifier), (Qt.Key_Q, Qt.ControlModifier),
                           (Qt.Key_F4, Qt.AltModifier)):
        assert controller.eventFilter(window, QKeyEvent(QEvent.KeyPress, key, modifiers))
    assert controller.eventFilter(window, QCloseEvent())
    QApplication.sendEvent(window, QCloseEvent())
    assert window.isVisible()
    controller.staff.leave_kiosk.emit()  # the staff menu's "Leave kiosk mode", past the PIN
    assert window.asked == ["leave_kiosk"] and not controller.finish_bar.isVisible()
    assert not controller.eventFilter(window, QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
