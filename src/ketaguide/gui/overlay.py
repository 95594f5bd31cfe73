"""A panel drawn over the whole kiosk window (the idle warning, the staff pad)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    """Dims the window and shows one centred box; hidden until `cover()`."""

    shown = Signal(bool)  # the window keeps what is underneath out of reach while True

    def __init__(self, parent: QWidget, margins: tuple[int, int], spacing: int = 0):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WA_StyledBackground)
        box = QFrame()
        box.setObjectName("overlayBox")
        self.box_layout = QVBoxLayout(box)
        self.box_layout.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
        self.box_layout.setSpacing(spacing)
        self.box = box
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignCenter)
        outer.addStretch(1)
        self.hide()

    def cover(self) -> None:
        """Show over the whole window, on top of everything in it."""
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._fit_box()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_box()

    def _fit_box(self) -> None:
        """A centred box gets only its size hint, which ignores how tall wrapped
        text grows at that width: size it for its text, so nothing is cut off."""
        layout = self.box.layout()
        self.box.setMinimumSize(0, 0)
        width = min(self.width() - 48, max(self.box.sizeHint().width(), round(self.width() * 0.45)))
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.box.sizeHint().height()
        self.box.setMinimumSize(width, min(height, self.height() - 24))

    def showEvent(self, event):
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event):
        super().hideEvent(event)
        self.shown.emit(False)
