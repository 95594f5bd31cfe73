"""'I'm finished': one question, then the kiosk wipes at once for the next person."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .announce import announce
from .overlay import Overlay


class FinishConfirm(Overlay):
    confirmed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent, margins=(48, 40), spacing=24)
        self.question = QLabel(self.tr("Clear the screen for the next person?"))
        self.question.setObjectName("questionPrompt")
        self.question.setAlignment(Qt.AlignCenter)
        self.question.setWordWrap(True)
        note = QLabel(self.tr("Everything you did here will be cleared."))
        note.setAlignment(Qt.AlignCenter)
        note.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Yes, clear the screen"))
        self.yes_button.setObjectName("primary")
        self.yes_button.clicked.connect(self._yes)
        self.no_button = QPushButton(self.tr("No, go back"))
        self.no_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        self.box_layout.addWidget(self.question)
        self.box_layout.addWidget(note)
        self.box_layout.addLayout(buttons)
        self.set_dialog_name(self.question.text())

    def ask(self) -> None:
        self.cover()
        self.no_button.setFocus()
        announce(self, self.question.text(), assertive=True)

    def _yes(self) -> None:
        self.hide()
        self.confirmed.emit()
