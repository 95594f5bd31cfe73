"""The staff PIN pad and staff menu, drawn over the kiosk window."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..core.pin import verify_pin
from .overlay import Overlay

MAX_TRIES = 5
LOCKOUT_SECONDS = 60  # doubles after each further lockout: guessing a PIN takes days, not hours
STAFF_IDLE_SECONDS = 30  # an open pad or menu closes itself: never left for the next patient


class StaffPad(Overlay):
    leave_kiosk = Signal()
    print_checklist = Signal()
    reload_content = Signal()
    show_problems = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget, pin_hash: str, clock=time.monotonic):
        super().__init__(parent, margins=(40, 32))
        self._pin_hash = pin_hash
        self._clock = clock
        self._entered = ""
        self._wrong = 0
        self._locked_until = 0.0
        self._lockouts = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(STAFF_IDLE_SECONDS * 1000)
        self._idle.timeout.connect(self.close_pad)
        self.views = QStackedWidget()
        self.views.addWidget(self._pin_view())
        self.views.addWidget(self._menu_view())
        self.box_layout.addWidget(self.views)

    def _pin_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setSpacing(14)
        title = QLabel(self.tr("Staff only: enter the PIN"))
        title.setObjectName("questionPrompt")
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys = []
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]):
            if not key:
                continue
            button = QPushButton(key)
            button.setObjectName("pinKey")
            button.setAccessibleName(self.tr("Delete") if key == "⌫" else key)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys.append(button)
        self.enter_button = QPushButton(self.tr("Enter"))
        self.enter_button.setObjectName("primary")
        self.enter_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.close_pad)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(cancel)
        buttons.addWidget(self.enter_button)
        layout.addWidget(title)
        layout.addWidget(self.display)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        return view

    def _menu_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setSpacing(12)
        title = QLabel(self.tr("Staff menu"))
        title.setObjectName("questionPrompt")
        layout.addWidget(title)
        for text, signal in ((self.tr("Leave kiosk mode"), self.leave_kiosk),
                             (self.tr("Print a checklist for an appointment"), self.print_checklist),
                             (self.tr("Reload content"), self.reload_content),
                             (self.tr("Content problems"), self.show_problems)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=signal: (self.hide(), s.emit()))
            layout.addWidget(button)
        back = QPushButton(self.tr("Back to the patient screen"))
        back.setObjectName("primary")
        back.clicked.connect(self.close_pad)
        layout.addWidget(back)
        return view

    # -- opening ---------------------------------------------------------------
    def open_pin(self) -> None:
        if not self._pin_hash:
            return  # without a PIN only the keyboard shortcut opens the menu
        self._entered = ""
        self._show_entry()
        self.views.setCurrentIndex(0)
        self._cover()

    def open_menu(self) -> None:
        self.views.setCurrentIndex(1)
        self._cover()

    def _cover(self) -> None:
        self.cover()
        self._idle.start()

    def close_pad(self) -> None:
        self._idle.stop()
        self._entered = ""
        self.hide()
        self.closed.emit()

    # -- the PIN -----------------------------------------------------------------
    def locked_for(self) -> int:
        return max(0, round(self._locked_until - self._clock()))

    def press(self, key: str) -> None:
        self._idle.start()
        if self.locked_for():
            self._show_entry()
            return
        if key == "⌫":
            self._entered = self._entered[:-1]
        elif len(self._entered) < 12:
            self._entered += key
        self.message.setText("")
        self._show_entry()

    def submit(self) -> None:
        if self.locked_for():
            self._show_entry()
            return
        if verify_pin(self._entered, self._pin_hash):
            self._wrong = 0
            self._lockouts = 0
            self._entered = ""
            self.open_menu()
            return
        self._wrong += 1
        self._entered = ""
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            seconds = LOCKOUT_SECONDS * 2 ** min(self._lockouts, 10)
            self._lockouts += 1
            self._locked_until = self._clock() + seconds
            QTimer.singleShot(seconds * 1000 + 100, self.refresh)
        else:
            self.message.setText(self.tr("That PIN is not right. {0} tries left.").format(MAX_TRIES - self._wrong))
        self._show_entry()

    def refresh(self) -> None:
        """Unlock the keys once the lockout has passed."""
        if not self.locked_for():
            self.message.setText("")
        self._show_entry()

    def _show_entry(self) -> None:
        locked = self.locked_for()
        if locked:
            self.message.setText(self.tr("Too many tries. The pad is locked for {0} seconds.").format(locked))
        self.display.setText("●" * len(self._entered) or " ")
        for key in self.keys:
            key.setEnabled(not locked)
        self.enter_button.setEnabled(not locked)
