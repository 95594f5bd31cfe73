"""A thin bar under every patient screen: whom to call, from anywhere in the app.

Topics and the printout name the clinic's phone and the emergency and crisis
numbers where they matter; this bar keeps them one glance away on every
screen (the home screen and the quiz included), so nobody has to hunt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..core.settings import Settings


class ContactBar(QWidget):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("contactBar")
        self.setAttribute(Qt.WA_StyledBackground)
        clinic = settings.clinic
        parts = []
        if clinic.phone:
            parts.append(self.tr("Questions? Call {0}: {1}").format(settings.clinic_display_name, clinic.phone))
        if clinic.emergency_number:
            parts.append(self.tr("Emergency: {0}").format(clinic.emergency_number))
        if clinic.crisis_line:
            parts.append(self.tr("Crisis line (call or text): {0}").format(clinic.crisis_line))
        # One label, so the numbers wrap as text does when the text is large.
        self.label = QLabel("   ·   ".join(parts))
        self.label.setObjectName("contact")
        self.label.setWordWrap(True)
        self.labels = [self.label] if parts else []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 6, 24, 6)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Contact numbers"))
        self.setVisible(bool(parts))

    def text(self) -> str:
        return self.label.text()
