"""A layout that puts its widgets in a row and wraps onto more rows when the
row is too narrow (large text in a narrow window), as text does.

After Qt's own Flow Layout example; hidden widgets take no room.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 8):
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        visible = self._visible()
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """One widget a row, at the narrowest."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        return size

    def _visible(self):
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Rows filled from the left; each row is right-aligned in `rect`, as the
        controls sit at the right of the reading column. Returns the height used."""
        rows, row, row_width = [], [], 0
        for item in self._visible():
            width = item.sizeHint().width()
            needed = width if not row else row_width + self.spacing() + width
            if row and needed > rect.width():
                rows.append((row, row_width))
                row, row_width = [item], width
            else:
                row, row_width = row + [item], needed
        if row:
            rows.append((row, row_width))
        y = rect.y()
        for items, width in rows:
            height = max(i.sizeHint().height() for i in items)
            x = rect.x() + max(0, rect.width() - width)
            for item in items:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                x += item.sizeHint().width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - rect.y() - self.spacing()) if rows else 0
