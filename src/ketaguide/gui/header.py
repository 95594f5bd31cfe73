"""The top bar: the clinic's name and the comfort controls (text size, contrast)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..core.settings import Settings


class Header(QWidget):
    smaller_text = Signal()
    larger_text = Signal()
    high_contrast_toggled = Signal(bool)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WA_StyledBackground)
        named = bool(settings.clinic.name)
        clinic = QLabel(settings.clinic.name if named else self.tr("Ketamine treatment guide"))
        clinic.setObjectName("clinicName")
        clinic.setAccessibleName(clinic.text())
        self.subtitle = QLabel(self.tr("Patient guide to ketamine treatment") if named else "")
        self.subtitle.setObjectName("appTitle")

        self.smaller_button = QPushButton("A−")
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl+−)"))
        self.smaller_button.clicked.connect(self.smaller_text)
        self.larger_button = QPushButton("A+")
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl+=)"))
        self.larger_button.clicked.connect(self.larger_text)
        self.contrast_button = QPushButton(self.tr("High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setAccessibleDescription(self.tr("Switch to white text on black"))
        self.contrast_button.toggled.connect(self.high_contrast_toggled)
        for button in (self.smaller_button, self.larger_button, self.contrast_button):
            button.setObjectName("comfort")
            button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)  # never squeezed: text stays whole
        clinic.setWordWrap(True)
        clinic.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 10, 24, 10)
        layout.setSpacing(10)
        layout.addWidget(clinic, 2)
        layout.addSpacing(16)
        layout.addWidget(self.subtitle, 3)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.larger_button)
        layout.addWidget(self.contrast_button)

    def show_state(self, scale: float, smallest: bool, largest: bool, high_contrast: bool) -> None:
        self.smaller_button.setEnabled(not smallest)
        self.larger_button.setEnabled(not largest)
        self.larger_button.setAccessibleDescription(self.tr("Text size {0}%").format(round(scale * 100)))
        self.smaller_button.setAccessibleDescription(self.larger_button.accessibleDescription())
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(high_contrast)
        self.contrast_button.blockSignals(False)
        # The subtitle is the first thing to make way when text is large.
        self.subtitle.setVisible(scale <= 1.25)
