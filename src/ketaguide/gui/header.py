"""The top bar: the clinic's name and the comfort controls (text size, contrast)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..core.settings import Settings
from .unavailable import set_available


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
        # The current size, between the two buttons. The comfort controls keep one
        # size whatever the text size (theme.py), so A+ stays under the finger.
        self.size_label = QLabel("100%")
        self.size_label.setObjectName("textSize")
        self.size_label.setAlignment(Qt.AlignCenter)
        self.contrast_button = QPushButton(self.tr("High contrast"))
        self.contrast_button.setCheckable(True)
        self.contrast_button.setAccessibleDescription(self.tr("Switch to white text on black"))
        self.contrast_button.toggled.connect(self.high_contrast_toggled)
        for button in (self.smaller_button, self.larger_button, self.contrast_button):
            button.setObjectName("comfort")
            button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)  # never squeezed: text stays whole
        self.size_label.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)
        self.size_label.setMinimumWidth(self.size_label.fontMetrics().horizontalAdvance("200%") + 8)
        clinic.setWordWrap(True)
        clinic.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        self.clinic = clinic
        self._scale = 1.0

        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 10, 24, 10)
        layout.setSpacing(10)
        layout.addWidget(clinic, 2)
        layout.addSpacing(16)
        layout.addWidget(self.subtitle, 3)
        layout.addStretch(0)
        layout.addWidget(self.contrast_button)
        layout.addSpacing(8)
        layout.addWidget(self.smaller_button)
        layout.addWidget(self.size_label)
        layout.addWidget(self.larger_button)

    def show_state(self, scale: float, smallest: bool, largest: bool, high_contrast: bool) -> None:
        size = self.tr("Text size {0}%").format(round(scale * 100))
        self.size_label.setText(f"{round(scale * 100)}%")
        self.size_label.setAccessibleName(size)
        set_available(self.smaller_button, not smallest, self.tr("The text is at its smallest size."))
        set_available(self.larger_button, not largest, self.tr("The text is at its largest size."))
        for button in (self.smaller_button, self.larger_button):
            if not button.accessibleDescription():
                button.setAccessibleDescription(size)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(high_contrast)
        self.contrast_button.blockSignals(False)
        self._scale = scale
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The subtitle is the first thing to make way, when text is large or
        the window narrow: the clinic's name and the controls always stay whole."""
        layout = self.layout()
        margins = layout.contentsMargins()
        controls = sum(w.sizeHint().width() for w in (self.smaller_button, self.size_label, self.larger_button,
                                                      self.contrast_button))
        fixed = margins.left() + margins.right() + controls + 16 + 8 + layout.spacing() * 6
        room = self.width() - fixed - self.clinic.sizeHint().width()
        wanted = self.subtitle.fontMetrics().horizontalAdvance(self.subtitle.text()) + 8
        self.subtitle.setVisible(bool(self.subtitle.text()) and self._scale <= 1.25 and room >= wanted)
