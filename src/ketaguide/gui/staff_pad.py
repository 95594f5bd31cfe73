"""The staff PIN pad and staff menu, drawn over the kiosk window.

Without a usable PIN hash there is no staff menu at all (the kiosk fails
closed): the pad only says how to set a PIN, and the way out of the kiosk is
the operating system's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.pin import MAX_DIGITS, PinLock
from . import theme as themes
from .overlay import Overlay

STAFF_IDLE_SECONDS = 30  # an open pad or menu closes itself: never left for the next patient
PIN_VIEW, MENU_VIEW, NO_PIN_VIEW = range(3)
DIGIT_KEYS = {getattr(Qt, f"Key_{d}"): str(d) for d in range(10)}


class StaffPad(Overlay):
    leave_kiosk = Signal()
    print_checklist = Signal()
    show_summary = Signal()  # the teach-back summary of the session on screen now
    reload_content = Signal()
    show_problems = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget, pin_hash: str, lock: PinLock | None = None):
        super().__init__(parent, margins=(40, 32))
        # Staff's own screen: it keeps the kiosk's normal text size whatever size
        # the patient chose, so the whole pad (title, keys, Enter) fits 1024x768
        # in every language. Colours still come from the window's theme.
        px = themes.BODY_PX
        self.setStyleSheet(f"QLabel, QPushButton {{ font-size: {px}px; }} "
                           f"QPushButton#pinKey {{ font-size: {round(px * 1.3)}px; }} "
                           f"#pinDisplay {{ font-size: {round(px * 1.6)}px; min-height: {round(px * 1.9)}px; }} "
                           f"#questionPrompt {{ font-size: {round(px * 1.45)}px; }}")
        self._pin_hash = pin_hash
        self.lock = lock or PinLock()  # the app passes its one lock, shared by every window
        self._entered = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(STAFF_IDLE_SECONDS * 1000)
        self._idle.timeout.connect(self.close_pad)
        self._unlock = QTimer(self)  # redraws the pad when a lockout ends
        self._unlock.setSingleShot(True)
        self._unlock.timeout.connect(self.refresh)
        self.views = QStackedWidget()
        self.views.addWidget(self._pin_view())
        self.views.addWidget(self._menu_view())
        self.views.addWidget(self._no_pin_view())
        self.box_layout.addWidget(self.views)

    def _pin_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setSpacing(14)
        title = QLabel(self.tr("Staff only: enter the PIN"))
        title.setObjectName("questionPrompt")
        title.setWordWrap(True)
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
                             (self.tr("Teach-back summary (this session)"), self.show_summary),
                             (self.tr("Reload content"), self.reload_content),
                             (self.tr("Settings and content problems"), self.show_problems)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=signal: (self.hide(), s.emit()))
            layout.addWidget(button)
        back = QPushButton(self.tr("Back to the patient screen"))
        back.setObjectName("primary")
        back.clicked.connect(self.close_pad)
        layout.addWidget(back)
        return view

    def _no_pin_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setSpacing(14)
        title = QLabel(self.tr("No staff PIN is set"))
        title.setObjectName("questionPrompt")
        text = QLabel(self.tr("This kiosk has no staff menu until a staff PIN is set. On the computer, run "
                              "\"ketaguide hash-pin\" and put the line it prints under [kiosk] in the settings."))
        text.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.close_pad)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(close)
        return view

    # -- opening ---------------------------------------------------------------
    @property
    def has_pin(self) -> bool:
        return bool(self._pin_hash)

    def open_pin(self) -> None:
        """The hidden gesture and the staff shortcut both come here."""
        if not self.has_pin:
            self._show_view(NO_PIN_VIEW)
            self._cover()
            return
        self._entered = ""
        self.message.setText("")
        self._show_view(PIN_VIEW)
        self._show_entry()
        self._cover()
        self.setFocus()

    def open_menu(self) -> None:
        """Only after the right PIN."""
        if not self.has_pin:
            return
        self._show_view(MENU_VIEW)
        self._cover()

    def _show_view(self, index: int) -> None:
        """The box takes the size of the view shown, not of the largest one."""
        for i in range(self.views.count()):
            policy = QSizePolicy.Preferred if i == index else QSizePolicy.Ignored
            self.views.widget(i).setSizePolicy(policy, policy)
        self.views.setCurrentIndex(index)
        self.views.updateGeometry()

    def _cover(self) -> None:
        self.cover()
        self._idle.start()

    def close_pad(self) -> None:
        self._idle.stop()
        self._unlock.stop()
        self._entered = ""
        self.hide()
        self.closed.emit()

    # -- the PIN -----------------------------------------------------------------
    def locked_for(self) -> int:
        return self.lock.locked_for()

    def key(self, event) -> bool:
        """Typed digits, Backspace and Enter work like the keys on the pad,
        wherever the focus is. True when the key was the pad's."""
        if not self.isVisible() or self.views.currentIndex() != PIN_VIEW:
            return False
        key = event.key()
        if key in DIGIT_KEYS and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self.press(DIGIT_KEYS[key])
        elif key == Qt.Key_Backspace:
            self.press("⌫")
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            self.submit()
        else:
            return False
        return True

    def press(self, key: str) -> None:
        self._idle.start()
        if self.locked_for():
            self._show_entry()
            return
        if key == "⌫":
            self._entered = self._entered[:-1]
        elif len(self._entered) < MAX_DIGITS:
            self._entered += key
        self.message.setText("")
        self._show_entry()

    def submit(self) -> None:
        self._idle.start()
        entered, self._entered = self._entered, ""
        if self.locked_for() or not entered:
            self._show_entry()
            return
        if self.lock.attempt(entered, self._pin_hash):
            self.open_menu()
            return
        # No count of tries left: the pad tells a guesser nothing it does not have to.
        self.message.setText(self.tr("That PIN is not right."))
        self._show_entry()

    def refresh(self) -> None:
        """Unlock the keys once the lockout has passed."""
        if not self.locked_for():
            self.message.setText("")
        self._show_entry()

    def _show_entry(self) -> None:
        locked = self.locked_for()
        if locked:
            minutes = -(-locked // 60)
            self.message.setText(self.tr("Too many tries. Please wait {0} minutes, then try again.")
                                 .format(minutes) if locked > 60 else
                                 self.tr("Too many tries. Please wait {0} seconds, then try again.").format(locked))
            self._unlock.start(min(locked, 60) * 1000)  # the wait, counted down a minute at a time
        self.display.setText("●" * len(self._entered) or " ")
        # Screen readers hear how many digits are in, never which.
        self.display.setAccessibleName(self.tr("PIN: {0} digits entered").format(len(self._entered)))
        for key in self.keys:
            key.setEnabled(not locked)
        self.enter_button.setEnabled(not locked)
