"""Drag to scroll on a touch kiosk, with Qt's kinetic QScroller fed by hand.

QScroller.grabGesture would do the same, but every call registers a new
gesture type for the life of the process, and PySide6 builds a new Python
enum class for each (~80 KB): a kiosk builds a new reading page at every
change of language, so memory grew without end. Fed directly, one QScroller
per page does the scrolling and nothing is registered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScroller, QWidget

_INPUTS = {QEvent.MouseButtonPress: QScroller.InputPress, QEvent.MouseMove: QScroller.InputMove,
           QEvent.MouseButtonRelease: QScroller.InputRelease}


class DragToScroll(QObject):
    """Dragging a scroll area's viewport scrolls it (with momentum); a tap
    still reaches the page, so links work; a drag never selects text, and a
    tap during the glide stops it without following a link."""

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self._viewport = viewport
        self._scroller = QScroller.scroller(viewport)
        self._stopping = False  # this press and its release only stop a glide
        viewport.installEventFilter(self)

    def remove(self) -> None:
        self._scroller.stop()
        self._viewport.removeEventFilter(self)
        self.deleteLater()

    def eventFilter(self, watched, event) -> bool:
        scroll_input = _INPUTS.get(event.type())
        if scroll_input is None:
            return False
        left = event.buttons() & Qt.LeftButton if scroll_input == QScroller.InputMove else \
            event.button() == Qt.LeftButton
        if not left:
            return False
        state = self._scroller.state()
        if scroll_input == QScroller.InputPress:
            # A tap while the page still glides only stops it, as on a phone;
            # any other press reaches the page (a tap on a link).
            self._stopping = state == QScroller.Scrolling
        self._scroller.handleInput(scroll_input, event.position(), event.timestamp())
        swallow = self._stopping or (scroll_input != QScroller.InputPress and (
            state == QScroller.Dragging or self._scroller.state() == QScroller.Dragging))
        if scroll_input == QScroller.InputRelease:
            self._stopping = False
        return swallow
