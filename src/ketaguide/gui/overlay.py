"""A panel drawn over the whole kiosk window (the idle warning, the staff pad,
staff lists and the print preview): nothing opens as a separate window, so
nothing can fall off a small kiosk screen or behind the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QVBoxLayout, QWidget


class OverlayBox(QDialog):
    """The box in the middle. A QDialog kept inside the window (not a window
    of its own), so screen readers meet it as a dialog, named by its message."""

    def __init__(self):
        super().__init__(None, Qt.Widget)
        self.frame = QFrame()  # the theme draws the box (QFrame#overlayBox)
        self.frame.setObjectName("overlayBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QWidget.keyPressEvent(self, event)  # not QDialog's: Escape must not hide the box alone


class Overlay(QWidget):
    """Dims the window and shows one box; hidden until `cover()`. A `fill`
    overlay's box takes the whole window but a margin (long lists, previews),
    so it fits any screen from 1024x768 up, at any text size."""

    shown = Signal(bool)  # the window keeps what is underneath out of reach while True

    def __init__(self, parent: QWidget, margins: tuple[int, int], spacing: int = 0, fill: bool = False):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WA_StyledBackground)
        self.box = OverlayBox()
        self.box_layout = QVBoxLayout(self.box.frame)
        self.box_layout.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
        self.box_layout.setSpacing(spacing)
        self._fill = fill
        outer = QVBoxLayout(self)
        if fill:
            outer.setContentsMargins(24, 24, 24, 24)
            outer.addWidget(self.box, 1)
        else:
            outer.addStretch(1)
            outer.addWidget(self.box, 0, Qt.AlignCenter)
            outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def set_dialog_name(self, text: str) -> None:
        """What a screen reader says when the box appears."""
        self.box.setAccessibleName(text)

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
        if self._fill:
            return  # the box takes the whole window but a margin
        layout = self.box.layout()
        self.box.setMinimumSize(0, 0)
        width = min(self.width() - 48, max(self.box.sizeHint().width(), round(self.width() * 0.45)))
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.box.sizeHint().height()
        self.box.setMinimumSize(width, min(height, self.height() - 24))
        self.layout().activate()  # placed now, not at the next turn of the event loop

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Resize and watched is self.parentWidget() and self.isVisible():
            self.setGeometry(watched.rect())  # the window went full screen, or the screen changed
        return False

    def showEvent(self, event):
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event):
        super().hideEvent(event)
        self.shown.emit(False)
