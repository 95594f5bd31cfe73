"""Look at a screen the way a reviewer does: is any text cut off, do any controls overlap?

Used by the screenshot gallery (scripts/screenshots.py) and its tests, so the
same checks that produce the pictures also fail CI when a screen breaks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
SLACK = 1  # rounding between font metrics and layout


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() or widget.accessibleName() or widget.objectName()
    text = " ".join(str(text).split())
    return f"{type(widget).__name__} {text[:50]!r}"


def clipped_text(root: QWidget) -> list[str]:
    """Every visible label or button whose text needs more room than it has."""
    problems = []
    for label in root.findChildren(QLabel):
        if not _shown(label, root) or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if isinstance(label.parentWidget(), QAbstractScrollArea):  # a scroll area's own viewport parts
            continue
        width, height = label.width(), label.height()
        if label.wordWrap():
            needed_height = label.heightForWidth(width)
            # A word longer than the line cannot wrap: it is cut off at the right.
            words = re.split(r"[\s\u200b]+", _plain(label))
            longest = max((label.fontMetrics().horizontalAdvance(word) for word in words), default=0)
            margins = label.contentsMargins()
            room = width - margins.left() - margins.right() - 2 * label.margin() - label.indent() * 0
            if needed_height > height + SLACK:
                problems.append(f"{_name(label)} needs {needed_height}px high, has {height}px")
            elif longest > room + SLACK:
                problems.append(f"{_name(label)} has a word {longest}px wide in {room}px")
        else:
            needed = label.sizeHint()
            if needed.width() > width + SLACK or needed.height() > height + SLACK:
                problems.append(f"{_name(label)} needs {needed.width()}x{needed.height()}, has {width}x{height}")
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not button.text():
            continue
        needed = button.sizeHint()
        if needed.width() > button.width() + SLACK or needed.height() > button.height() + SLACK:
            problems.append(f"{_name(button)} needs {needed.width()}x{needed.height()}, "
                            f"has {button.width()}x{button.height()}")
    return problems


def clipped_list_items(root: QWidget) -> list[str]:
    """Entries of a visible list (the reader's "On this page") whose wrapped
    text needs more room than their row has, or holds a word wider than the list."""
    problems = []
    for view in root.findChildren(QListWidget):
        if not _shown(view, root):
            continue
        metrics = view.fontMetrics()
        for row in range(view.count()):
            item = view.item(row)
            rect = view.visualItemRect(item)
            if item.isHidden() or rect.isEmpty():
                continue
            # What shows of the row (a row wider than the list runs off its edge), less the item padding.
            room = min(rect.right() + 1, view.viewport().width()) - max(rect.left(), 0) - 12
            needed = metrics.boundingRect(0, 0, room, 10_000, Qt.TextWordWrap, item.text()).height()
            longest = max((metrics.horizontalAdvance(word) for word in item.text().split()), default=0)
            if needed > rect.height() + SLACK:
                problems.append(f"list entry {item.text()[:50]!r} needs {needed}px high, has {rect.height()}px")
            elif longest > room + SLACK:
                problems.append(f"list entry {item.text()[:50]!r} has a word {longest}px wide in {room}px")
    return problems


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.PlainText or "<" not in label.text():
        return label.text()
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def _on_screen(widget: QWidget, root: QWidget) -> QRect:
    """The part of `widget` a person can see, in `root`'s coordinates: cut by
    every parent (a scroll area shows only part of its page)."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(root.rect())


def overlapping_controls(root: QWidget) -> list[str]:
    """Every pair of visible controls or texts drawn over each other (a card's
    own labels sit inside it and do not count)."""
    widgets = [w for w in root.findChildren(QWidget) if isinstance(w, (*CONTROLS, QLabel)) and _shown(w, root)]
    widgets = [w for w in widgets if not any(isinstance(p, CONTROLS) for p in _ancestors(w, root))]
    rects = [(w, _on_screen(w, root)) for w in widgets]
    rects = [(w, r) for w, r in rects if not r.isEmpty()]
    problems = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = ra.intersected(rb)
            if overlap.width() > SLACK and overlap.height() > SLACK:
                problems.append(f"{_name(a)} and {_name(b)} overlap by {overlap.width()}x{overlap.height()}")
    return problems


def _ancestors(widget: QWidget, root: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def cut_off_by_container(root: QWidget) -> list[str]:
    """Controls and texts that run past the edge of what holds them (the window,
    a bar, a box). Inside a scroll area, being partly out of view is fine."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (*CONTROLS, QLabel)) or not _shown(widget, root):
            continue
        ancestors = list(_ancestors(widget, root))
        if any(isinstance(p, (*CONTROLS, QAbstractScrollArea)) for p in ancestors):
            continue
        full = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
        seen = _on_screen(widget, root)
        if seen != full:
            problems.append(f"{_name(widget)} is cut off: {seen.width()}x{seen.height()} of "
                            f"{full.width()}x{full.height()} shows")
    return problems


def layout_problems(root: QWidget) -> list[str]:
    return clipped_text(root) + clipped_list_items(root) + overlapping_controls(root) + cut_off_by_container(root)
