"""A page of text made of one widget per block (heading, paragraph, list, box,
table, picture), so that screen readers meet real headings, links and
pictures; it looks like the QTextBrowser page it replaces.

It is also what read-aloud speaks and highlights (the SpokenPage protocol:
spoken_sentences, highlight_sentence, spoken_language).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QColor, QMouseEvent, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..core.blocks import Block, Part
from ..core.sentences import sentence_spans
from . import theme as themes
from .accessibility import Heading, TextLabel, TextPart, install
from .pictures import MAX_PICTURE_WIDTH

MARGIN = 36  # around the text, as the document margin was

_ROLES = {"paragraph": QAccessible.Role.Paragraph, "list": QAccessible.Role.List,
          "table": QAccessible.Role.Table, "callout": QAccessible.Role.Grouping}


def _add_parts(owner, parts: tuple[Part, ...], follow) -> None:
    for part in parts:
        child = TextPart(part.kind, part.text, part.href, owner)
        if part.kind == "link":
            child.activated.connect(follow)
        _add_parts(child, part.parts, follow)


_HEADING_SPACE = {1: (0.0, 0.8), 2: (0.7, 0.6), 3: (0.3, 0.4)}  # above, below: in body lines
_MOUSE = (QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.MouseButtonRelease)


class _FingerOnBlock(QObject):
    """On a touch kiosk the page scrolls by dragging (DragToScroll on the
    viewport); a finger lands on a block, not on the viewport, so the block
    passes its touches on, in the viewport's coordinates."""

    def __init__(self, view: "BlocksView"):
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
        self.column = QWidget()
        self.column.setObjectName("blocksColumn")
        self._layout = QVBoxLayout(self.column)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(0)
        self._layout.addStretch(1)
        self.setWidget(self.column)
        self.blocks: list[Block] = []
        self.widgets: list[QWidget] = []  # one per block, in reading order
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
        style += f"QLabel#caption {{ color: {theme.muted}; font-size: {round(px * 0.9)}px; " \
                 f"margin-bottom: {round(px * 1.2)}px; }}"
        self.column.setStyleSheet(style)
        # Read-aloud shows the sentence being read as a selection in this colour.
        palette = self.column.palette()
        for group in (QPalette.Active, QPalette.Inactive):
            palette.setColor(group, QPalette.Highlight, QColor(theme.notice_box))
            palette.setColor(group, QPalette.HighlightedText, QColor(theme.text))
        self.column.setPalette(palette)

    def picture_width(self) -> int:
        # Leave room for a vertical scroll bar that may appear once the page is laid out.
        available = self.viewport().width() - 2 * MARGIN - 28
        return max(200, min(available, round(MAX_PICTURE_WIDTH * self.scale)))

    # -- content ------------------------------------------------------------------
    def set_blocks(self, blocks: list[Block]) -> None:
        self.highlight_sentence(None)
        self.column.setUpdatesEnabled(False)
        for widget in self.widgets:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.blocks = list(blocks)
        self._spoken = None
        self.widgets = [self._make(block) for block in self.blocks]
        if self.touch:
            for widget in self.widgets:
                for part in [widget, *widget.findChildren(QLabel)]:
                    part.installEventFilter(self._fingers)
        previous = self
        for index, widget in enumerate(self.widgets):
            self._layout.insertWidget(index, widget)
            if widget.focusPolicy() & Qt.TabFocus:  # a block with links: Tab reaches them in reading order
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self.column.setUpdatesEnabled(True)

    def clear(self) -> None:
        self.set_blocks([])

    def _make(self, block: Block) -> QWidget:
        if block.kind == "heading":
            heading = Heading(block.text, block.level)
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
        label = TextLabel(_ROLES.get(block.kind, QAccessible.Role.Paragraph))
        label.setTextFormat(Qt.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        label.setText(self._css + block.html)
        label.spoken_name = block.text
        # A label drops its last paragraph's bottom margin: give it back as the gap below.
        label.setContentsMargins(0, 0, 0, round(themes.BODY_PX * self.scale * (1.1 if block.kind == "callout" else 0.9)))
        if block.kind == "callout":
            label.setAccessibleName(block.title)  # the box is named by its title; its words are inside
            label.setAccessibleDescription(block.text)
        # A kiosk's finger scrolls the page: no selecting text there, links still tap.
        label.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard if self.touch
                                      else Qt.TextBrowserInteraction)
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
            try:
                self._highlighted.setSelection(0, 0)
            except RuntimeError:  # the label went with the last page
                pass
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
