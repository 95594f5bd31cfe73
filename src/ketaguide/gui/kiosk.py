"""Kiosk mode: full screen, no way out for patients, and a full wipe when idle.

Everything a patient did lives in the window's Session; the wipe replaces it
whole, so no piece can be forgotten. Nothing is written to disk.

The controller knows the window only through KioskWindow, the few things a
kiosk needs of it; the window wires the staff menu's other actions itself.
"""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from ..core.settings import Kiosk as KioskSettings
from .finish_confirm import FinishConfirm
from .idle_warning import IdleWarning
from .memory import release_free_memory
from .staff_pad import StaffPad

ACTIVITY = {QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseMove, QEvent.KeyPress,
            QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.Wheel}
CORNER = 96  # px: the hidden staff corner, top left
TAPS_NEEDED = 3
TAP_WINDOW_SECONDS = 3.0
HOLD_SECONDS = 2.0
RELEASE_AFTER_WIPE_MS = 1000  # the attract screen is up and nobody is using the kiosk


class KioskWindow(Protocol):
    """What the kiosk needs of the window it guards. The window is a top-level
    QWidget too: the controller fills the screen with it, keeps it open and
    maps the staff corner onto it."""

    page_changed: SignalInstance  # another page is shown

    def overlay_host(self) -> QWidget:
        """The widget the kiosk's overlays (idle warning, staff pad, "I'm finished") cover."""

    def add_footer(self, bar: QWidget) -> None:
        """Put `bar` at the foot of the window, under every page."""

    def on_attract_screen(self) -> bool:
        """The welcome screen is up: nothing to wipe."""

    def is_reading_aloud(self) -> bool:
        """Reading aloud counts as use."""

    def close_dialogs(self) -> None:
        """Close every dialog, pop-up and overlay."""

    def reset_session(self) -> None:
        """The wipe: a fresh Session everywhere, back to the welcome screen."""

    def leave_kiosk(self) -> None:
        """Become an ordinary window (staff chose "Leave kiosk mode")."""


class KioskController(QObject):
    covered = Signal(bool)  # an overlay is up: what is under it must take no input

    def __init__(self, window: KioskWindow, settings: KioskSettings, clock=time.monotonic):
        super().__init__(window)
        self.window = window
        self.idle_seconds = settings.idle_seconds
        self.warning_seconds = max(20, settings.warning_seconds)  # never less than 20: people read slowly
        self._clock = clock
        self._taps: list[float] = []
        self._last_press = -1
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(self.idle_seconds * 1000)
        self.idle_timer.timeout.connect(self._idle)
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(int(HOLD_SECONDS * 1000))
        self._hold_timer.timeout.connect(self.open_staff_pad)
        host = window.overlay_host()
        self.warning = IdleWarning(host)
        self.warning.still_here.connect(self.activity)
        self.warning.expired.connect(self.wipe)
        self.warning.shown.connect(self.covered)
        # The staff menu's other actions (print, summary, reload, problems) are the window's to wire.
        self.staff = StaffPad(host, settings.staff_pin_hash)
        self.staff.leave_kiosk.connect(self.leave)
        self.staff.shown.connect(self.covered)
        self.finish_confirm = FinishConfirm(host)
        self.finish_confirm.confirmed.connect(self.wipe)
        self.finish_confirm.shown.connect(self.covered)
        self.active = True
        self.finish_button = self._finish_button(window)
        QApplication.instance().installEventFilter(self)
        self.idle_timer.start()

    def _finish_button(self, window: KioskWindow) -> QPushButton:
        """'I'm finished' in a slim bar at the foot of the window, so it is on
        every page a patient uses (not the welcome screen) and never crowds the
        header's text-size buttons at 200%."""
        bar = QWidget()
        bar.setObjectName("finishBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.addStretch(1)
        button = QPushButton(self.tr("I'm finished"))
        button.setAccessibleDescription(self.tr("Clear the screen for the next person"))
        button.clicked.connect(self.finish_confirm.ask)
        layout.addWidget(button)
        window.add_footer(bar)
        self.finish_bar = bar
        window.page_changed.connect(self._show_finish_bar)
        self._show_finish_bar()
        return button

    def _show_finish_bar(self, *_) -> None:
        self.finish_bar.setVisible(self.active and not self.window.on_attract_screen())

    # -- the screen ---------------------------------------------------------------
    def show_full_screen(self) -> None:
        """Full screen in any session. A window manager or a kiosk compositor
        (cage) honours showFullScreen(); on a bare X server nothing does, so
        the window also takes the screen's geometry itself, and follows it
        when the screen changes."""
        window = self.window
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
            screen.geometryChanged.connect(self._refit)
        window.showFullScreen()
        window.activateWindow()  # with no window manager, nobody else gives it the keyboard

    def _refit(self, geometry) -> None:
        if self.active:
            self.window.setGeometry(geometry)

    # -- idle -------------------------------------------------------------------
    def activity(self) -> None:
        if self.active:
            self.idle_timer.start()

    def _idle(self) -> None:
        if not self.active:
            return
        if self.window.is_reading_aloud() or self.window.on_attract_screen():
            self.idle_timer.start()  # reading aloud counts as use; the attract screen has nothing to wipe
            return
        # A dialog or pop-up would hide the warning (and swallow the tap that
        # answers it): close them first, so the person sees the countdown.
        self.window.close_dialogs()
        self.warning.start(self.warning_seconds)

    def wipe(self) -> None:
        self.staff.close_pad()
        self.finish_confirm.hide()
        self.warning.cancel()
        self.window.reset_session()
        self.idle_timer.start()
        # Once the last patient's pages (or window) are gone, hand their memory back.
        QTimer.singleShot(RELEASE_AFTER_WIPE_MS, release_free_memory)

    # -- staff ------------------------------------------------------------------
    def open_staff_pad(self) -> None:
        self.staff.open_pin()

    def leave(self) -> None:
        self.active = False
        self.idle_timer.stop()
        self.warning.cancel()
        QApplication.instance().removeEventFilter(self)
        self.finish_bar.hide()
        self.window.leave_kiosk()

    def leave_quietly(self) -> None:
        """Stop guarding (the window is being replaced), without un-kiosking it."""
        self.active = False
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self)

    def _corner_press(self, event) -> bool:
        position = self.window.mapFromGlobal(event.globalPosition().toPoint())
        return QRect(0, 0, CORNER, CORNER).contains(position)

    # -- the filter over every event in the app ------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if not self.active:
            return False
        kind = event.type()
        if kind in ACTIVITY:
            if self.warning.isVisible() and kind in (QEvent.MouseButtonPress, QEvent.KeyPress, QEvent.TouchBegin):
                self.warning.dismiss()
                return True  # the tap that says "still here" does nothing else
            self.activity()
        if kind == QEvent.KeyPress:
            return self._key(event)
        if kind == QEvent.Close and watched is self.window:
            event.ignore()
            return True
        if kind == QEvent.MouseButtonPress and self._corner_press(event) and self._new_press(event):
            now = self._clock()
            self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_SECONDS] + [now]
            if len(self._taps) > TAPS_NEEDED:  # three taps, then press and hold
                self._taps.clear()
                self._hold_timer.start()
        elif kind == QEvent.MouseButtonRelease:
            self._hold_timer.stop()
        return False

    def _overlay_open(self) -> bool:
        from .overlay import Overlay

        return any(o.isVisible() for o in self.window.findChildren(Overlay) if o is not self.warning)

    def _new_press(self, event) -> bool:
        """The app-wide filter sees one press once per widget it passes
        through; count each physical press once."""
        stamp = event.timestamp()
        if stamp == self._last_press:
            return False
        self._last_press = stamp
        return True

    def _key(self, event) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key_K and mods & Qt.ControlModifier and mods & Qt.AltModifier and mods & Qt.ShiftModifier:
            self.staff.open_pin()  # without a PIN it only says how to set one
            return True
        if self.staff.key(event):
            return True
        if key == Qt.Key_Escape and QApplication.activeModalWidget() is not None:
            return False  # Escape closes our own dialogs; it never closes the app
        if key == Qt.Key_Escape and self._overlay_open():
            self.window.close_dialogs()  # and our own overlays (staff pad, lists, preview, "I'm finished")
            return True
        blocked = (key == Qt.Key_Escape or (key == Qt.Key_F4 and mods & Qt.AltModifier)
                   or (mods & Qt.ControlModifier and key in (Qt.Key_Q, Qt.Key_W)))
        return bool(blocked)
