"""'Are you still there?': a large, calm warning before a kiosk resets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from .announce import announce
from .overlay import Overlay


class IdleWarning(Overlay):
    """Covers the whole window; a person who is still there taps once."""

    still_here = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent, margins=(48, 40), spacing=24)
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.title = QLabel(self.tr("Are you still there?"))
        self.title.setObjectName("questionPrompt")
        self.title.setAlignment(Qt.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignCenter)
        self.countdown.setWordWrap(True)
        self.button = QPushButton(self.tr("I'm still here"))
        self.button.setObjectName("attractStart")
        self.button.clicked.connect(self.dismiss)
        self.box_layout.addWidget(self.title)
        self.box_layout.addWidget(self.countdown)
        self.box_layout.addWidget(self.button, 0, Qt.AlignCenter)

    def start(self, seconds: int) -> None:
        self._remaining = seconds
        self._show_remaining()
        # Screen readers meet it as a dialog named by its whole message.
        self.set_dialog_name(f"{self.title.text()} {self.countdown.text()}")
        self.cover()
        self.button.setFocus()
        self._timer.start()
        announce(self, f"{self.title.text()} {self.countdown.text()}", assertive=True)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.still_here.emit()

    def cancel(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def remaining(self) -> int:
        return self._remaining

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self.hide()
            self.expired.emit()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self.countdown.setText(self.tr("To keep your answers private, this screen will start over in {0} seconds.")
                               .format(self._remaining))
