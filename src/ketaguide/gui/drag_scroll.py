"""Drag to scroll on a touch kiosk, with Qt's kinetic QScroller fed by hand.

QScroller.grabGesture would do the same, but every call registers a new
gesture type for the life of the process, and PySide6 builds a new Python
enum class for each (~80 KB): a kiosk builds a new reading page at every
change of language, so memory grew without end. Fed directly, one QScroller
per page does the scrolling and nothing is registered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtWidgets import QApplication, QScroller, QWidget

_INPUTS = {QEvent.MouseButtonPress: QScroller.InputPress, QEvent.MouseMove: QScroller.InputMove,
           QEvent.MouseButtonRelease: QScroller.InputRelease}


class DragToScroll(QObject):
    """Dragging a scroll area's viewport scrolls it (with momentum); a tap
    still reaches the page, so links work; a drag, in any direction, never
    selects text or follows a link; a tap during the glide only stops it."""

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self._viewport = viewport
        self._scroller = QScroller.scroller(viewport)
        self._stopping = False  # this press and its release only stop a glide
        self._moved = False  # the finger went further than a tap since the press
        self._origin = QPointF()
        viewport.installEventFilter(self)

    def stop(self) -> None:
        """End a glide now (the page is about to change)."""
        self._scroller.stop()

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
        position = event.position()
        if scroll_input == QScroller.InputPress:
            # A tap while the page still glides only stops it, as on a phone.
            self._stopping, self._origin, self._moved = state == QScroller.Scrolling, position, False
        elif (position - self._origin).manhattanLength() > QApplication.startDragDistance():
            self._moved = True
        self._scroller.handleInput(scroll_input, position, event.timestamp())
        if scroll_input == QScroller.InputPress:
            return self._stopping  # any other press reaches the page: a tap on a link
        if scroll_input == QScroller.InputMove:
            return True  # the page never sees a finger move: no text is ever selected
        swallow = self._stopping or self._moved  # a drag that began on a link does not follow it
        self._stopping = self._moved = False
        return swallow
