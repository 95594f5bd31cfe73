"""A row of language buttons, each named in its own language ("Español"), so
a patient who cannot read the current one still finds theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "pt": "Português",
                  "zh": "中文", "vi": "Tiếng Việt", "ar": "العربية", "ko": "한국어", "ru": "Русский"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def language_button(code: str, selected: bool) -> QPushButton:
    """One language's button. The language in use is a *selected* choice, not
    an unavailable one: a checked toggle (filled, with a tick; screen readers
    hear "checked"), never the dashed look of a button that cannot be used yet.
    Put the buttons of one row in an exclusive QButtonGroup, so that a tap on
    the one in use leaves it checked."""
    button = QPushButton(("\u2713 " if selected else "") + language_name(code))
    button.setObjectName("languageChoice")  # theme.py: its checked look
    button.setCheckable(True)
    button.setChecked(selected)
    button.setAccessibleName(language_name(code))
    return button


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
        self._group = QButtonGroup(self)
        for code in languages:
            button = language_button(code, code == current)
            button.clicked.connect(lambda _=False, c=code: c != current and self.chosen.emit(c))
            self._group.addButton(button)
            self.buttons.append(button)
            row.addWidget(button)
        self.setVisible(len(languages) > 1)
