"""A page of text made of one widget per block (heading, paragraph, list, box,
table, picture), so that screen readers meet real headings, links and
pictures; it looks like the QTextBrowser page it replaces.

It is also what read-aloud speaks and highlights (the SpokenPage protocol:
spoken_sentences, highlight_sentence, spoken_language).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QMouseEvent, QPixmap, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..core.blocks import Block, Part
from ..core.sentences import sentence_spans
from . import theme as themes
from .accessibility import Heading, TextLabel, TextPart, install
from .pictures import MAX_PICTURE_WIDTH

MARGIN = 36  # around the text, as the document margin was
PAGES_KEPT = 4  # pages whose widgets are kept: this one, the one prepared next, and the last two

_ROLES = {"paragraph": QAccessible.Role.Paragraph, "list": QAccessible.Role.List,
          "table": QAccessible.Role.Table, "callout": QAccessible.Role.Grouping}


def _add_parts(owner, parts: tuple[Part, ...], follow) -> None:
    for part in parts:
        child = TextPart(part.kind, part.text, part.href, owner)
        if part.kind == "link":
            child.activated.connect(follow)
        _add_parts(child, part.parts, follow)


class _QuickHeights:
    """Qt asks a wrapped label its height for several widths while laying a
    page out, and each answer lays its text out again: the page took ~1 ms a
    block. Ask for the width the page really has, and remember the answers."""

    def _setup_heights(self, view: BlocksView) -> None:
        self._view = view
        self._heights: dict[int, int] = {}

    _heights: dict[int, int] = {}  # until _setup_heights (a Heading sets its text while it is made)

    def setText(self, text: str) -> None:
        if self._heights:
            self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 0)  # wraps to any width; its height comes from heightForWidth

    def sizeHint(self) -> QSize:
        width = self._view.text_width()
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.FontChange, QEvent.StyleChange) and self._heights:
            self._heights.clear()
        super().changeEvent(event)


class BlockText(_QuickHeights, TextLabel):
    pass


class BlockHeading(_QuickHeights, Heading):
    pass


_HEADING_SPACE = {1: (0.0, 0.8), 2: (0.7, 0.6), 3: (0.3, 0.4)}  # above, below: in body lines
_MOUSE = (QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.MouseButtonRelease)


class _FingerOnBlock(QObject):
    """On a touch kiosk the page scrolls by dragging (DragToScroll on the
    viewport); a finger lands on a block, not on the viewport, so the block
    passes its touches on, in the viewport's coordinates."""

    def __init__(self, view: BlocksView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched, event) -> bool:
        drag = self._view.drag
        if drag is None or event.type() not in _MOUSE or not isinstance(watched, QWidget):
            return False
        viewport = self._view.viewport()
        moved = QMouseEvent(event.type(), watched.mapTo(viewport, event.position()), event.globalPosition(),
                            event.button(), event.buttons(), event.modifiers())
        moved.setTimestamp(event.timestamp())
        return drag.eventFilter(viewport, moved)


class BlocksView(QScrollArea):
    link_activated = Signal(str)  # href, as written in the page

    def __init__(self, pictures, parent=None):
        install()
        super().__init__(parent)
        self.pictures = pictures
        self.theme = themes.CALM
        self.scale = 1.0
        self.language = "en"
        self.touch = False
        self.drag = None  # the kiosk's DragToScroll on the viewport
        self._fingers = _FingerOnBlock(self)
        self._drawn_width = 0  # the width pictures were drawn for
        self._drawn_unseen = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(120)
        self._redraw.timeout.connect(self._redraw_pictures)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # text wraps; nothing is wider
        # Always there, so the text's width never changes when a page turns out long (laid out twice).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.column = QWidget()
        self.column.setObjectName("blocksColumn")
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(0)
        self._layout.addStretch(1)
        self.setWidget(self.column)
        self.blocks: list[Block] = []
        self.widgets: list[QWidget] = []  # one per block, in reading order
        self._pages: OrderedDict = OrderedDict()  # key -> (blocks, widgets, page), the page on screen last
        self._page: QWidget | None = None
        self._css = ""
        self._spoken: list[tuple[QLabel, int, int]] | None = None  # sentence -> (label, start, end)
        self._spoken_words: list[str] = []
        self._highlighted: QLabel | None = None

    # -- look -------------------------------------------------------------------
    def apply_theme(self, theme: themes.Theme, scale: float, extra_css: str = "") -> None:
        self.theme, self.scale = theme, scale
        self._css = f"<style>{themes.document_css(theme, scale)}{extra_css}</style>"
        px = round(themes.BODY_PX * scale)
        style = "".join(f"QLabel#h{level} {{ color: {colour}; font-size: {round(px * size)}px; font-weight: 700; }}"
                        for level, (colour, size) in {1: (theme.text, 1.75), 2: (theme.accent, 1.35),
                                                      3: (theme.text, 1.12)}.items())
        style += f"#blocksColumn {{ background: {theme.surface}; }}"
        # Read-aloud shows the sentence being read as a selection in this colour.
        # (High contrast's notice colour is its black page: there, the accent colour.)
        high = theme is themes.HIGH_CONTRAST
        marker, ink = (theme.accent, theme.on_accent) if high else (theme.notice_box, theme.text)
        style += f"QLabel {{ selection-background-color: {marker}; selection-color: {ink}; }}"
        style += f"QLabel#caption {{ color: {theme.muted}; font-size: {round(px * 0.9)}px; " \
                 f"margin-bottom: {round(px * 1.2)}px; }}"
        self.column.setStyleSheet(style)
        self._drop_pages()  # the pages are redrawn in the new look as they are shown

    def picture_width(self) -> int:
        # Leave room for a vertical scroll bar that may appear once the page is laid out.
        available = self.viewport().width() - 2 * MARGIN - 28
        return max(200, min(available, round(MAX_PICTURE_WIDTH * self.scale)))

    # -- content ------------------------------------------------------------------
    def show_page(self, key, make_blocks) -> None:
        """Show page `key`. Its widgets are made from make_blocks() the first
        time and kept for the last few pages: a page seen (or prepared) a
        moment ago comes back without being built again."""
        page = self._pages.pop(key, None)
        if page is None:
            page = self._build(make_blocks())
        self._pages[key] = page  # the most recent last
        self._swap(page)
        self._forget_old()

    def prepare_page(self, key, make_blocks) -> None:
        """Build page `key` now, hidden, so that showing it later is quick
        (the reading page prepares the next module while a person reads)."""
        if key not in self._pages:
            page = self._build(make_blocks())
            for widget in [page[2], *page[1]]:
                widget.ensurePolished()
            width = self.text_width()
            page[2].resize(width, page[2].heightForWidth(width))  # lays its text out now, not when shown
            self._pages[key] = page  # kept before the older pages: it is the one wanted next
            self._forget_old()

    def set_trailer(self, widget: QWidget) -> None:
        """A widget below every page's text (the reader's review note and
        "Check this part"): it scrolls with the text, so at large text a
        small window still gives the text most of its height."""
        self._layout.insertWidget(self._layout.count() - 1, widget)  # after the page, before the stretch

    def clear(self) -> None:
        self._drop_pages()

    def set_touch(self, touch: bool) -> None:
        self.touch = touch
        self._drop_pages()  # pages built from now on: no text selection by finger

    def _build(self, blocks: list[Block]) -> tuple[list[Block], list[QWidget], QWidget]:
        """A page: its blocks in a widget of their own, so that a page shown
        again keeps its layout (and what the layout knows about its heights)."""
        page = QWidget(self.column)
        page.hide()
        page.resize(self.text_width(), page.height())  # born 100 px wide, it would lay its text out at that width too
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        widgets = [self._make(block) for block in blocks]
        for widget in widgets:
            layout.addWidget(widget)
        if self.touch:
            for widget in [page, *page.findChildren(QWidget)]:
                widget.installEventFilter(self._fingers)
        return list(blocks), widgets, page

    def _swap(self, page: tuple[list[Block], list[QWidget], QWidget | None]) -> None:
        self.highlight_sentence(None)
        self.column.setUpdatesEnabled(False)
        if self._page is not None:
            self._layout.removeWidget(self._page)
            self._page.hide()
        self.blocks, self.widgets, self._page = page
        self._spoken = None
        if self._page is not None:
            self._layout.insertWidget(0, self._page)
            self._page.show()
        # Tab goes from the page's heading (where focus lands) through its links, in reading order.
        previous = self
        for widget in self.widgets:
            if widget.focusPolicy() != Qt.NoFocus:
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self.column.setUpdatesEnabled(True)

    def _forget_old(self) -> None:
        while len(self._pages) > PAGES_KEPT:
            self._pages.pop(next(iter(self._pages)))[2].deleteLater()

    def _drop_pages(self) -> None:
        """Forget every page, the one on screen too (a new look, or a wipe)."""
        self._swap(([], [], None))
        for _blocks, _widgets, page in self._pages.values():
            page.deleteLater()
        self._pages.clear()

    def _make(self, block: Block) -> QWidget:
        if block.kind == "heading":
            heading = BlockHeading(block.text, block.level)
            heading._setup_heights(self)
            heading.setObjectName(f"h{min(block.level, 3)}")
            # Space above and below, as the page's CSS had it (a style-sheet margin would also
            # push the words right). The paragraph above already leaves 0.9 of a line.
            top, bottom = _HEADING_SPACE[min(block.level, 3)]
            px = themes.BODY_PX * self.scale
            heading.setContentsMargins(0, round(px * top), 0, round(px * bottom))
            heading.setWordWrap(True)
            heading.setFocusPolicy(Qt.ClickFocus)  # focus lands here on a page change; Tab skips it
            heading.setTextInteractionFlags(Qt.NoTextInteraction if self.touch else Qt.TextSelectableByMouse)
            return heading
        if block.kind == "figure":
            return self._figure(block)
        label = BlockText(_ROLES.get(block.kind, QAccessible.Role.Paragraph))
        label._setup_heights(self)
        label.setTextFormat(Qt.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        # A kiosk's finger scrolls the page: no selecting text there, links still tap. (Before
        # the text: set after, the label would read its text a second time.)
        label.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard if self.touch
                                      else Qt.TextBrowserInteraction)
        label.setText(self._css + block.html)
        label.spoken_name = block.text
        # A label drops its last paragraph's bottom margin: give it back as the gap below.
        gap = 1.1 if block.kind == "callout" else 0.9
        label.setContentsMargins(0, 0, 0, round(themes.BODY_PX * self.scale * gap))
        if block.kind == "callout":
            label.setAccessibleName(block.title)  # the box is named by its title; its words are inside
            label.setAccessibleDescription(block.text)
        label.linkActivated.connect(self._follow)
        _add_parts(label, block.parts, self._follow)
        return label

    def _draw(self, picture: QLabel) -> None:
        self._drawn_width = self.picture_width()
        self._drawn_unseen = not self.isVisible()  # guessed width: redraw on the first real one
        image = self.pictures.image(picture.property("src"), self._drawn_width, self.theme, self.scale,
                                    self.devicePixelRatioF())
        if image is not None:
            picture.setPixmap(QPixmap.fromImage(image))
        else:
            picture.setText(picture.accessibleName())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._drawn_unseen and self.isVisible():
            self._redraw_pictures()  # the page was drawn before it was shown, and is shown now
        else:
            self._redraw.start()

    def _redraw_pictures(self) -> None:
        """Pictures are drawn for the column's width: redraw them after a resize."""
        self._drawn_unseen = False
        if self.picture_width() == self._drawn_width:
            return
        for label in self.column.findChildren(QLabel):
            if label.property("src"):
                self._draw(label)

    def _follow(self, href: str) -> None:
        # After the click (or screen reader's press) is done: following the link
        # replaces the page, and the label it came from with it.
        QTimer.singleShot(0, lambda: self.link_activated.emit(href))

    def _figure(self, block: Block) -> QWidget:
        figure = QWidget()
        layout = QVBoxLayout(figure)
        layout.setContentsMargins(0, round(themes.BODY_PX * self.scale * 0.3), 0, 4)
        layout.setSpacing(4)
        picture = QLabel()
        picture.setAlignment(Qt.AlignCenter)
        picture.setAccessibleName(block.alt)  # a label with a picture is heard as an image, named by its alt text
        picture.setAccessibleDescription(block.text)
        picture.setProperty("src", block.src)
        self._draw(picture)
        layout.addWidget(picture)
        if block.text:
            caption = QLabel(block.text)
            caption.setObjectName("caption")
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
            layout.addWidget(caption)
        figure.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        return figure

    def text_width(self) -> int:
        return self.viewport().width() - 2 * MARGIN

    def body_font(self):
        font = self.font()
        font.setPixelSize(round(themes.BODY_PX * self.scale))
        return font

    def picture(self, src: str) -> QLabel | None:
        """The label showing the picture `src` on this page."""
        return next((label for label in self.column.findChildren(QLabel) if label.property("src") == src), None)

    def has_selected_text(self) -> bool:
        return any(label.hasSelectedText() for label in self.column.findChildren(QLabel))

    def toPlainText(self) -> str:
        """The page's words, block by block (as QTextBrowser.toPlainText did)."""
        return "\n".join(text for _widget, text in self._texts())

    def heading(self, level: int = 1) -> Heading | None:
        return next((w for w in self.widgets if isinstance(w, Heading) and w.level == level), None)

    def widget_for(self, anchor: str) -> QWidget | None:
        return next((w for w, b in zip(self.widgets, self.blocks) if anchor in b.anchors or b.anchor == anchor), None)

    def links(self) -> list[TextPart]:
        return [part for widget in self.widgets for part in widget.findChildren(TextPart) if part.kind == "link"]

    # -- scrolling --------------------------------------------------------------------
    def _settle(self) -> None:
        """Lay the page out now, so block positions are real before the first paint."""
        width = self.viewport().width()
        self.column.layout().activate()
        height = max(self.column.heightForWidth(width), self.column.minimumSizeHint().height())
        self.column.resize(width, max(height, self.viewport().height()))
        self.column.layout().activate()

    def scroll_to_anchor(self, anchor: str) -> bool:
        widget = self.widget_for(anchor)
        if widget is None:
            return False
        self._settle()
        self.verticalScrollBar().setValue(widget.y())
        return True

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    # -- read aloud (SpokenPage) ----------------------------------------------------------
    def _texts(self) -> list[tuple[QLabel, str]]:
        """Each label that shows words, with its words as Qt numbers them (for selection)."""
        found = []
        for widget in self.widgets:
            labels = [widget] if isinstance(widget, QLabel) else \
                [label for label in widget.findChildren(QLabel) if label.objectName() == "caption"]
            for label in labels:
                if label.textFormat() == Qt.RichText:
                    document = QTextDocument()
                    document.setHtml(label.text())
                    found.append((label, document.toPlainText()))
                else:
                    found.append((label, label.text()))
        return found

    def _sentences(self) -> list[tuple[QLabel, int, int]]:
        if self._spoken is None:
            self._spoken, self._spoken_words = [], []
            for label, text in self._texts():
                for start, end in sentence_spans(text):
                    self._spoken.append((label, start, end))
                    self._spoken_words.append(text[start:end])
        return self._spoken

    def spoken_sentences(self) -> list[str]:
        self._sentences()
        return list(self._spoken_words)

    def spoken_language(self) -> str:
        return self.language

    def highlight_sentence(self, index: int | None) -> None:
        if self._highlighted is not None:
            with contextlib.suppress(RuntimeError):  # the label went with the last page
                self._highlighted.setSelection(0, 0)
            self._highlighted = None
        sentences = self._spoken or []
        if index is None or not 0 <= index < len(sentences):
            return
        label, start, end = sentences[index]
        flags = label.textInteractionFlags()
        if not flags & Qt.TextSelectableByMouse:  # a kiosk's labels: selectable by the program only
            label.setTextInteractionFlags(flags | Qt.TextSelectableByMouse)
        label.setSelection(start, end - start)
        self._highlighted = label
        self.ensureWidgetVisible(label, 0, 48)

    def highlighted_text(self) -> str:
        return self._highlighted.selectedText() if self._highlighted is not None else ""
