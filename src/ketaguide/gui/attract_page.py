"""The kiosk's resting screen between patients."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.settings import Settings
from .language_switch import language_button


class AttractPage(QWidget):
    start_requested = Signal(str)  # the language chosen ("" for the current one)

    def __init__(self, settings: Settings, languages: list[str], logo: Path | None = None, parent=None,
                 current: str = ""):
        super().__init__(parent)
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(28)
        layout.addStretch(2)
        if logo is not None and logo.is_file():
            picture = QLabel()
            picture.setPixmap(QPixmap(str(logo)).scaledToHeight(140, Qt.SmoothTransformation))
            picture.setAlignment(Qt.AlignCenter)
            picture.setAccessibleName(settings.clinic.name or self.tr("Clinic logo"))
            layout.addWidget(picture)
        name = QLabel(settings.clinic.name or self.tr("Ketamine treatment guide"))
        name.setObjectName("attractName")
        name.setAlignment(Qt.AlignCenter)
        name.setWordWrap(True)
        layout.addWidget(name)
        welcome = QLabel(self.tr("Learn about your ketamine treatment, at your own pace."))
        welcome.setObjectName("pageIntro")
        welcome.setAlignment(Qt.AlignCenter)
        welcome.setWordWrap(True)
        layout.addWidget(welcome)
        self.start_button = QPushButton(self.tr("Touch the screen to start"))
        self.start_button.setObjectName("attractStart")
        self.start_button.clicked.connect(lambda: self.start_requested.emit(""))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.language_buttons = []
        if len(languages) > 1:
            languages_row = QHBoxLayout()
            languages_row.setSpacing(16)
            languages_row.addStretch(1)
            group = QButtonGroup(self)
            for code in languages:
                button = language_button(code, code == current)  # the one in use shows as chosen
                group.addButton(button)
                button.clicked.connect(lambda _=False, c=code: self.start_requested.emit(c))
                self.language_buttons.append(button)
                languages_row.addWidget(button)
            languages_row.addStretch(1)
            layout.addLayout(languages_row)
        layout.addStretch(3)

    def mouseReleaseEvent(self, event):
        # Anywhere on the screen starts: that is what the words promise.
        self.start_requested.emit("")
        super().mouseReleaseEvent(event)
