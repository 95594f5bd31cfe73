"""Large answer choices that wrap: one row per choice, the whole row tappable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from .accessibility import Group, install


class TappableRow(QFrame):
    """A radio button or check box with a wrapping label, the whole row
    tappable. Qt's own buttons do not wrap their text, and a long choice or
    checklist item must never be cut off. Used by the quiz and the checklist."""

    toggled = Signal(bool)

    def __init__(self, indicator: QAbstractButton, parent=None):
        super().__init__(parent)
        self.setObjectName("choice")
        self.setCursor(Qt.PointingHandCursor)
        self.indicator = indicator
        self.indicator.toggled.connect(self._changed)
        self.label = QLabel()
        self.label.setObjectName("choiceText")
        self.label.setWordWrap(True)
        self.label.setBuddy(self.indicator)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(14)
        layout.addWidget(self.indicator, 0, Qt.AlignTop)
        layout.addWidget(self.label, 1)
        self.setProperty("checked", False)

    def resizeEvent(self, event):
        # Layouts in a scroll area size wrapped labels for their preferred
        # width, not their real one; ask for the height this width needs.
        super().resizeEvent(event)
        needed = self.label.heightForWidth(self.label.width())
        if needed > 0 and needed != self.label.minimumHeight():
            self.label.setMinimumHeight(needed)

    def mouseReleaseEvent(self, event):
        if self.isEnabled() and event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.indicator.click()
        super().mouseReleaseEvent(event)

    def show_checked(self, checked: bool) -> None:
        """Set the box without telling anyone: for showing a session's ticks."""
        self.indicator.blockSignals(True)
        self.indicator.setChecked(checked)
        self.indicator.blockSignals(False)
        self._restyle(checked)

    def _changed(self, checked: bool) -> None:
        self._restyle(checked)
        self.toggled.emit(checked)

    def _restyle(self, checked: bool) -> None:
        self.setProperty("checked", checked)
        self.style().unpolish(self)
        self.style().polish(self)


class ChoiceRow(TappableRow):
    """One answer in the quiz: a radio button, or a check box where several are right."""

    def __init__(self, number: int, text: str, multiple: bool, parent=None):
        super().__init__(QCheckBox() if multiple else QRadioButton(), parent)
        self.indicator.setAccessibleName(text)
        self.indicator.setAccessibleDescription(self.tr("Choice {0}").format(number))
        self.label.setText(text)


class ChoiceList(Group):
    """The answers to one question: a group that screen readers name by the
    question (set_choices' `question`), so moving into it says the question."""

    changed = Signal()

    def __init__(self, parent=None):
        install()
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.rows: list[ChoiceRow] = []
        self._group: QButtonGroup | None = None

    def set_choices(self, texts: list[str], multiple: bool, question: str = "") -> None:
        self.setAccessibleName(question)
        for row in self.rows:
            # Detach at once: a row waiting for deleteLater would still hold
            # the last person's answer where the page (and a test) can find it.
            self._layout.removeWidget(row)
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = [ChoiceRow(i + 1, text, multiple) for i, text in enumerate(texts)]
        if self._group is not None:
            self._group.deleteLater()  # one group per question would pile up for the life of the window
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multiple)
        for row in self.rows:
            self._group.addButton(row.indicator)
            row.toggled.connect(lambda _checked: self.changed.emit())
            self._layout.addWidget(row)
            row.show()  # a layout shows new children only on the next event loop turn

    def chosen(self) -> frozenset[int]:
        return frozenset(i for i, row in enumerate(self.rows) if row.indicator.isChecked())

    def toggle(self, index: int) -> None:
        if 0 <= index < len(self.rows) and self.rows[index].isEnabled():
            self.rows[index].indicator.click()
            self.rows[index].indicator.setFocus()

    def clear(self) -> None:
        if self._group is None:
            return
        exclusive = self._group.exclusive()
        self._group.setExclusive(False)  # an exclusive group refuses to uncheck its last button
        for row in self.rows:
            row.indicator.setChecked(False)
        self._group.setExclusive(exclusive)

    def set_locked(self, locked: bool) -> None:
        for row in self.rows:
            row.setEnabled(not locked)
