"""Shared page layout: a calm centred column inside a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from .theme import UI_PX


class _Column(QWidget):
    """Never wider than `max_width` at the usual text size, and wider in step
    with larger text: a line holds as many words at 200% as at 100%, instead
    of a narrow strip of two-word lines in the middle of a large screen."""

    def __init__(self, max_width: int):
        super().__init__()
        self._max_width = max_width
        self.setMaximumWidth(max_width)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.FontChange:  # the window's style sheet sets the text size
            self.setMaximumWidth(round(self._max_width * max(1.0, self.fontInfo().pixelSize() / UI_PX)))
        super().changeEvent(event)


def centred_column(page: QScrollArea, max_width: int, spacing: int) -> QVBoxLayout:
    """Give a scrolling page a centred column (never wider than `max_width` at
    the usual text size, so lines stay readable on wide screens) and return
    the column's layout."""
    body = QWidget()
    body.setObjectName("page")
    column = _Column(max_width)
    outer = QHBoxLayout(body)
    outer.setContentsMargins(32, 28, 32, 32)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    page.setWidget(body)
    return layout


class ButtonRow(QWidget):
    """Buttons side by side while they fit, one under another when they do
    not (large text, narrow screens): a button's words are never cut off."""

    def __init__(self, buttons, stretch_before_last: bool = False, parent=None):
        super().__init__(parent)
        self._buttons = list(buttons)
        self._box = QBoxLayout(QBoxLayout.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(12)
        for index, button in enumerate(self._buttons):
            if stretch_before_last and index == len(self._buttons) - 1:
                self._box.addStretch(1)
            self._box.addWidget(button)
        if not stretch_before_last:
            self._box.addStretch(1)

    def _wide_enough(self, width: int) -> bool:
        shown = [b for b in self._buttons if not b.isHidden()]
        needed = sum(b.sizeHint().width() for b in shown) + self._box.spacing() * max(0, len(shown) - 1)
        return needed <= width

    def minimumSizeHint(self) -> QSize:
        shown = [b for b in self._buttons if not b.isHidden()] or self._buttons
        return QSize(max(b.minimumSizeHint().width() for b in shown), super().minimumSizeHint().height())

    def resizeEvent(self, event):
        direction = QBoxLayout.LeftToRight if self._wide_enough(event.size().width()) else QBoxLayout.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)
