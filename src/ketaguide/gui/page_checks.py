"""After the first frame, read every page once and report what it holds that is wrong.

Loading checks only front matter and limits (no page is parsed at start);
`ketaguide check` reads every page. The window does the same reading in the
background, one page per turn of the event loop, so staff see a broken link
or a raw HTML tag in the notice without the window ever waiting for more
than one page (limits.py keeps the worst page near 100 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.library import Library


class PageChecker(QObject):
    found = Signal(tuple)  # the problems of one page (or of the quiz), when there are any
    finished = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self._pending = list(library.modules)
        self._pictures: dict = {}  # each picture is checked once
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._check_next)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _check_next(self) -> None:
        if self._pending:
            module = self._pending.pop(0)
            problems = self._library.page_problems(module, pictures=self._pictures)
        else:
            self._timer.stop()
            problems = self._library.quiz_page_problems()
        if problems:
            self.found.emit(tuple(problems))
        if not self._timer.isActive():
            self.finished.emit()
