"""The reading page: one module in a calm reading column, with its contents."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..core import signoff
from ..core.blocks import blocks
from ..core.library import Library
from ..core.modules import Module
from ..core.session import Session
from ..core.teachback import QUESTIONS_MODULE
from . import theme as themes
from .accessibility import Heading
from .blocks_view import MARGIN, BlocksView
from .pictures import PictureMaker
from .read_aloud import ListenBar
from .speech_engine import shared_engine

LINE_LENGTH_CHARS = 68  # a comfortable line: 60-75 characters
CONTENTS_MIN_WINDOW = 1000  # narrower than this, the contents list makes way for the text
CONTENTS_WIDTH = 260  # at 100% text; it grows with the text, so its headings keep their line breaks


class _WrappingDelegate(QStyledItemDelegate):
    """Qt's list sizes wrapped items for one line and then elides them; size
    each heading for the lines it really needs."""

    PADDING = 18  # above and below: the style sheet's item padding and a little air
    SIDES = 24  # left and right: the item padding (6 px each) and the style's text margins

    def sizeHint(self, option, index):
        # The width the text is drawn in: measuring narrower gave a one-line
        # heading the height of two, and the list's spacing looked uneven.
        width = max(40, self.parent().viewport().width() - self.SIDES)
        text = index.data(Qt.DisplayRole) or ""
        rect = option.fontMetrics.boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, text)
        return QSize(width, rect.height() + self.PADDING)


class _ContentsList(QListWidget):
    """Measures its headings again whenever its width changes: an item measured
    while the list was still narrow (before the first layout) kept a second,
    empty line, and the spacing looked uneven."""

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


def long_date(day) -> str:
    """A date in words in the person's locale, without the weekday."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.LongFormat).replace("dddd, ", "").replace("dddd ", "").replace(", dddd", "")
    return locale.toString(QDate(day), pattern)


class ReaderPage(QWidget):
    home_requested = Signal()
    module_requested = Signal(str, str)  # module id, anchor ("" for the top)
    quiz_requested = Signal(str)  # check this part: the module's own questions
    own_questions_requested = Signal()  # the "Questions to ask" list, to tick for the care team
    return_requested = Signal(object)  # go back to the page that sent the person here

    def __init__(self, library: Library, open_external_links: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self._library = library
        self._open_external_links = open_external_links
        self._scale = 1.0
        self.session = Session()  # the window shows its own (show_session)
        self.module: Module | None = None  # the topic on screen: session.reader.module_id, drawn
        self._anchor = ""  # the section the page was opened at
        self._dragging = []  # DragToScroll per viewport, on a touch kiosk
        self._prepare = QTimer(self)  # after this page is on the screen
        self._prepare.setSingleShot(True)
        self._prepare.setInterval(0)
        self._prepare.timeout.connect(self._prepare_next)

        self.back_button = QPushButton(self.tr("Back"))
        self.home_button = QPushButton(self.tr("Home"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.progress.setAlignment(Qt.AlignCenter)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.home_button.clicked.connect(self.home_requested)
        self.home_button.setAccessibleDescription(self.tr("Go to the list of all topics"))
        # Shown when a page (the quiz) sent the person here to read a section.
        self.return_button = QPushButton()
        self.return_button.setObjectName("primary")
        self.return_button.hide()
        self.return_button.clicked.connect(lambda: self.return_requested.emit(self._return_to))
        self._return_to = None
        self.check_button = QPushButton(self.tr("Check this part"))
        self.check_button.clicked.connect(lambda: self.quiz_requested.emit(self.module.id))
        self.tick_button = QPushButton(self.tr("Tick my questions"))
        self.tick_button.clicked.connect(self.own_questions_requested)
        self.tick_button.hide()

        nav = QHBoxLayout()
        nav.setSpacing(12)
        nav.addWidget(self.back_button)
        nav.addWidget(self.home_button)
        nav.addStretch(1)
        nav.addWidget(self.progress)
        nav.addStretch(1)
        nav.addWidget(self.return_button)
        nav.addWidget(self.next_button)

        self.contents_title = QLabel(self.tr("On this page"))
        self.contents_title.setObjectName("contentsTitle")
        self.contents_title.setWordWrap(True)  # "En esta página" at 200% is wider than the panel
        self.contents = _ContentsList()
        self.contents.setAccessibleName(self.tr("On this page"))
        self.contents.setWordWrap(True)
        self.contents.setTextElideMode(Qt.ElideNone)
        self.contents.setItemDelegate(_WrappingDelegate(self.contents))
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.contents.itemActivated.connect(self._jump_to_item)
        self.contents.itemClicked.connect(self._jump_to_item)
        self.contents_panel = QWidget()
        side = QVBoxLayout(self.contents_panel)
        side.setContentsMargins(0, 8, 0, 0)
        side.addWidget(self.contents_title)
        side.addWidget(self.contents, 1)
        self.contents_panel.setFixedWidth(CONTENTS_WIDTH)

        # The module's text, one widget per block ("browser": what tests and
        # tools have always called the page's text).
        self.browser = BlocksView(PictureMaker(library))
        self.browser.language = library.language
        self.browser.setAccessibleName(self.tr("Topic text"))
        self.browser.link_activated.connect(lambda href: self._follow_link(QUrl(href)))
        self.footer = QLabel()
        self.footer.setObjectName("footer")
        self.footer.setWordWrap(True)
        self.listen = ListenBar(self.browser, parent=self, engine_later=shared_engine)
        # The person's place goes into the Session as it changes (after the bar's own handlers).
        for button in (self.listen.slower_button, self.listen.faster_button):
            button.clicked.connect(lambda: setattr(self.session.reader, "speech_speed", self.listen.speed))
        self._scroll_to: int | None = None  # a session's place, waiting for its text to be laid out
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.browser.verticalScrollBar().rangeChanged.connect(self._restore_scroll)
        self.column = QWidget()
        self.column.setObjectName("readingColumn")
        column_layout = QVBoxLayout(self.column)
        column_layout.setContentsMargins(2, 2, 2, 14)
        if self.listen.available:
            listen_row = QHBoxLayout()
            listen_row.setContentsMargins(36, 12, 36, 0)
            listen_row.addStretch(1)
            listen_row.addWidget(self.listen)
            column_layout.addLayout(listen_row)
        column_layout.addWidget(self.browser, 1)
        # The review note and "Check this part" close the text, scrolling with it.
        self.footer_bar = QWidget()
        footer_row = QHBoxLayout(self.footer_bar)
        footer_row.setContentsMargins(0, 0, 0, 0)
        footer_row.setSpacing(14)
        footer_row.addWidget(self.footer, 1)
        footer_row.addWidget(self.check_button)
        footer_row.addWidget(self.tick_button)
        self.browser.set_trailer(self.footer_bar)
        self.column.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addWidget(self.contents_panel)
        body.addWidget(self.column, 1)

        # Navigation sits right above the text it moves through, centred with
        # it, so Back and Next stay within reach on a wide screen.
        self.frame = QWidget()
        frame_layout = QVBoxLayout(self.frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(14)
        frame_layout.addLayout(nav)
        frame_layout.addLayout(body, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 20)
        layout.addStretch(1)
        layout.addWidget(self.frame, 100)
        layout.addStretch(1)

    # -- showing a module -------------------------------------------------
    def show_module(self, module_id: str, anchor: str = "") -> bool:
        module = self._library.module(module_id)
        if module is None:
            return False
        if module is not self.module or anchor:  # not for a redraw (new size, theme, pictures)
            self._stop_gliding()  # a flick on the last page must not carry on into this one
            place = self.session.reader
            place.module_id, place.anchor = module.id, anchor
            self._scroll_to = None
            if module is not self.module:
                place.contents_anchor = ""
        if module is not self.module:
            self.listen.stop()
        # A module shown in English for want of a translation is read with an English voice.
        self.browser.language = module.language
        self.module = module
        index = self._library.modules.index(module)
        total = len(self._library.modules)
        self.progress.setText(self.tr("Part {0} of {1}").format(index + 1, total))
        self.check_button.setVisible(bool(self._library.questions_for(module.id)))
        self.tick_button.setVisible(module.id == QUESTIONS_MODULE)
        self.layout().activate()  # a new text size changes the column's width: pictures are drawn for it
        self.browser.show_page(module.id, lambda: self._page_blocks(module))
        self._fill_contents(module)
        self._update_nav(index)
        self.footer.setText(self.tr("Reviewed by {0} on {1}").format(*signoff.reviewed_by_and_on(
            module.reviewed_by, module.last_reviewed, self._library.settings.approval, long_date)))
        self.footer.setToolTip(self.tr("Reviewed by: {0}").format(module.reviewed_by))
        self._anchor = anchor if anchor and self.browser.scroll_to_anchor(anchor) else ""
        if not self._anchor:
            self.browser.scroll_to_top()
        self._prepare.start()
        return True

    def _page_blocks(self, module: Module):
        closing = self.tr("This guide does not replace advice from your own care team. "
                          "Ask them about anything that applies to you.")
        questions = self._library.questions_for(module.id)
        check = ""
        if questions:
            invitation = self.tr("Check this part: {0} short questions").format(len(questions)) \
                if len(questions) > 1 else self.tr("Check this part: 1 short question")
            check = f'<p class="check"><a href="quiz:{module.id}">{html.escape(invitation)}</a></p>'
        return blocks(f"<h1>{html.escape(module.title)}</h1>\n{module.html}\n{check}"
                      f"<p class=\"closing\">{html.escape(closing)}</p>")

    def _prepare_next(self) -> None:
        """While the person reads, build the next module's page: Next is then quick.
        With no module open (home), the first: where every patient starts."""
        modules = self._library.modules
        index = modules.index(self.module) + 1 if self.module is not None else 0
        if index < len(modules):
            following = modules[index]
            self.browser.prepare_page(following.id, lambda: self._page_blocks(following))

    def prepare(self) -> None:
        """Build the page a patient is likely to open next, after the current frame."""
        self._prepare.start()

    def page_title(self) -> str:
        return self.module.title if self.module else ""

    def main_heading(self):
        """Where focus goes on arrival: the section asked for (a link to it, the
        quiz's "Read about this"), or the topic's title."""
        section = self.browser.widget_for(self._anchor) if self._anchor else None
        return section if isinstance(section, Heading) else self.browser.heading(1)

    def _fill_contents(self, module: Module) -> None:
        self.contents.clear()
        for heading in module.headings:
            if heading.level == 2:
                item = QListWidgetItem(heading.text)
                item.setData(Qt.UserRole, heading.anchor)
                self.contents.addItem(item)
        self.contents.scheduleDelayedItemsLayout()  # measured at the list's width now, not at its first

    def _update_nav(self, index: int) -> None:
        modules = self._library.modules
        previous = modules[index - 1] if index > 0 else None
        following = modules[index + 1] if index + 1 < len(modules) else None
        self.back_button.setAccessibleDescription(
            self.tr("Back to: {0}").format(previous.title) if previous else self.tr("Back to the list of topics"))
        self.next_button.setVisible(following is not None)
        if following:
            self.next_button.setAccessibleDescription(self.tr("Next: {0}").format(following.title))
            self.next_button.setToolTip(following.title)

    # -- navigation ---------------------------------------------------------
    def go_back(self) -> None:
        index = self._library.modules.index(self.module)
        if index == 0:
            self.home_requested.emit()
        else:
            self.module_requested.emit(self._library.modules[index - 1].id, "")

    def go_next(self) -> None:
        index = self._library.modules.index(self.module)
        if index + 1 < len(self._library.modules):
            self.module_requested.emit(self._library.modules[index + 1].id, "")

    def _jump_to_item(self, item: QListWidgetItem) -> None:
        self._stop_gliding()
        anchor = item.data(Qt.UserRole)
        self.session.reader.contents_anchor = anchor
        if self.browser.scroll_to_anchor(anchor):
            section = self.browser.widget_for(anchor)
            if isinstance(section, Heading) and not self.browser.touch:
                section.setFocus(Qt.OtherFocusReason)  # a screen reader says the section it jumped to

    def _stop_gliding(self) -> None:
        for drag in self._dragging:
            drag.stop()

    # -- the session (a SessionView: gui/session_view.py) -------------------------
    def show_session(self, session: Session) -> None:
        """Show the person's place: their topic, scrolled where they were, the
        "On this page" entry they chose, their reading speed. A fresh session
        shows nothing: no topic, no contents, nothing being read."""
        self.session = session
        place = session.reader
        scroll, chosen = place.scroll, place.contents_anchor  # showing the topic scrolls
        self._stop_gliding()
        self.listen.reset()
        if place.speech_speed is not None:
            self.listen.set_speed(place.speech_speed)
        self.offer_return("", None)
        module = self._library.module(place.module_id) if place.module_id else None
        self._scroll_to = None
        if module is None:
            self.module = None
            self._anchor = ""
            self.browser.clear()
            self.contents.clear()
            for label in (self.progress, self.footer):
                label.clear()
            self.footer.setToolTip("")
            return
        self.module = None  # drawn afresh for this session
        self.show_module(module.id, place.anchor)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.UserRole) == chosen:
                self.contents.setCurrentRow(row)
        place.contents_anchor = chosen
        self._scroll_to = scroll
        self._restore_scroll()

    def _scrolled(self, value: int) -> None:
        if self._scroll_to is None:  # not while a session's place waits to be restored
            self.session.reader.scroll = value

    def _restore_scroll(self, *_) -> None:
        """Scroll to the session's place once the text is long enough for it
        (a page not on screen is laid out when it is shown)."""
        bar = self.browser.verticalScrollBar()
        if self._scroll_to is None or (bar.maximum() < self._scroll_to and not self.isVisible()):
            return
        value, self._scroll_to = self._scroll_to, None
        bar.setValue(value)
        self.session.reader.scroll = bar.value()

    def set_open_external_links(self, allowed: bool) -> None:
        self._open_external_links = allowed

    def set_touch(self, touch: bool) -> None:
        """On a touch kiosk the page scrolls by dragging, and the contents
        list spaces its entries for fingers."""
        from .drag_scroll import DragToScroll

        if bool(self._dragging) == touch:
            return  # apply_look calls this on every restyle
        for drag in self._dragging:
            drag.remove()
        self._dragging = [DragToScroll(v) for v in (self.browser.viewport(), self.contents.viewport())] if touch else []
        self.contents.setSpacing(8 if touch else 0)
        self.browser.set_touch(touch)
        self.browser.drag = self._dragging[0] if touch else None

    def offer_return(self, label: str, page) -> None:
        """Show a button back to `page` (or hide it when page is None)."""
        self._return_to = page
        self.return_button.setText(label)
        self.return_button.setVisible(page is not None)
        self.next_button.setObjectName("" if page is not None else "primary")
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == "quiz":
            self.quiz_requested.emit(url.path())
            return
        if url.scheme():
            # Links to the web open in the person's browser at home; a kiosk
            # shows them but never leaves the app.
            if self._open_external_links and url.scheme() in ("http", "https"):
                QDesktopServices.openUrl(url)
            return
        target = url.path() or (self.module.id if self.module else "")
        self.module_requested.emit(target, url.fragment())

    # -- look ------------------------------------------------------------------
    def apply_theme(self, theme: themes.Theme, scale: float) -> None:
        self._scale = scale
        self.browser.apply_theme(theme, scale)
        font = self.browser.font()
        font.setPixelSize(round(themes.BODY_PX * scale))
        metrics = QFontMetrics(font)
        column_width = metrics.averageCharWidth() * LINE_LENGTH_CHARS + 2 * MARGIN + 40
        self.column.setMaximumWidth(column_width)
        self.contents_panel.setFixedWidth(round(CONTENTS_WIDTH * max(1.0, scale)))
        self.frame.setMaximumWidth(column_width + self.contents_panel.width() + 28)
        if self.module is not None:
            position = self.browser.verticalScrollBar().value()
            self.show_module(self.module.id)
            self.browser.verticalScrollBar().setValue(position)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.contents_panel.setVisible(self.width() >= CONTENTS_MIN_WINDOW * min(self._scale, 1.5))
