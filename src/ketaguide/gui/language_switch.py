"""A row of language buttons, each named in its own language ("Español"), so
a patient who cannot read the current one still finds theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
                  "zh": "中文", "vi": "Tiếng Việt", "ar": "العربية", "ko": "한국어", "ru": "Русский"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


class LanguageSwitch(QWidget):
    """Hidden when there is only one language to choose."""

    chosen = Signal(str)

    def __init__(self, languages: list[str], current: str, parent=None):
        super().__init__(parent)
        self.setObjectName("languageSwitch")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for code in languages:
            button = QPushButton(language_name(code))
            # The one in use stays visible (it says which language this is) but is not a choice.
            button.setEnabled(code != current)
            button.setAccessibleName(language_name(code))
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons.append(button)
            row.addWidget(button)
        self.setVisible(len(languages) > 1)
