"""A discreet notice for staff when some content could not be loaded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..core.errors import ContentError


class ProblemsDialog(QDialog):
    def __init__(self, problems: tuple[ContentError, ...], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content problems"))
        self.resize(900, 480)
        intro = QLabel(self.tr("These files need attention. Patients see every topic that loaded "
                               "correctly. Run \"ketaguide check\" for the same list."))
        intro.setWordWrap(True)
        text = QPlainTextEdit("\n".join(str(p) for p in problems))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("List of content problems"))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


class ProblemsNotice(QWidget):
    """One quiet line at the bottom; details only when staff ask for them."""

    def __init__(self, problems: tuple[ContentError, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAttribute(Qt.WA_StyledBackground)
        self._problems = problems
        self.dialog: ProblemsDialog | None = None
        label = QLabel(self.tr("Some content could not be loaded."))
        self.details_button = QPushButton(self.tr("Details for staff"))
        self.details_button.clicked.connect(self.show_details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.details_button)

    def set_problems(self, problems: tuple[ContentError, ...]) -> None:
        """More problems found after start (the pages are read in the background)."""
        self._problems = problems

    def show_details(self) -> None:
        self.dialog = ProblemsDialog(self._problems, self.window())
        self.dialog.open()
