"""The home screen: one large card per module, grouped "Start here" / "Learn more"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ..core.library import Library
from ..core.modules import Module
from ..core.session import Session
from .accessibility import Heading
from .language_switch import LanguageSwitch
from .layout import centred_column

CARD_MIN_WIDTH = 380
PAGE_MAX_WIDTH = 1400  # on a very wide screen the cards stay together in the middle


class Card(QPushButton):
    """A whole card is one button, so touch, mouse, keyboard and screen
    readers all meet one control with one name."""

    def __init__(self, title: str, summary: str, meta: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setCursor(Qt.PointingHandCursor)
        # Width comes from the grid's equal columns alone, never from the words
        # (a longer summary made its column wider), so every grid lines up.
        policy = QSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(title)
        self.setAccessibleDescription(f"{summary} {meta}".strip())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)
        for text, name in ((title, "cardTitle"), (summary, "cardSummary"), (meta, "cardMeta")):
            if not text:
                continue
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        layout.addStretch(1)

    def sizeHint(self):
        return self.layout().sizeHint()

    # Wrapped text decides the height at the card's real width: a card is as
    # tall as its words, with no empty band under them.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def minimumSizeHint(self):
        return self.layout().minimumSize()


class ModuleCard(Card):
    def __init__(self, module: Module, parent=None):
        self._minutes = self.tr("%n min read", "", module.minutes_to_read)
        super().__init__(module.title, module.summary, self._minutes, parent)
        self.module = module
        self.meta = self.findChild(QLabel, "cardMeta")

    def set_read(self, read: bool) -> None:
        text = self.tr("✓ Read · {0}").format(self._minutes) if read else self._minutes
        if self.meta is not None and self.meta.text() != text:
            self.meta.setText(text)
            self.setAccessibleDescription(f"{self.module.summary} {text}")


class HomePage(QScrollArea):
    module_chosen = Signal(str)
    language_chosen = Signal(str)  # a patient picked another language for the rest of their visit

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self._cards: list[ModuleCard] = []
        self._grids: list[tuple[QGridLayout, list[ModuleCard]]] = []
        self._columns = 0
        self._scale = 1.0
        self._activities: list[Card] = []
        self._spares: dict[int, list[QWidget]] = {}
        self.session = Session()  # the window shows its own (show_session)
        self.setAccessibleName(self.tr("All topics"))  # the scroll area takes focus: it needs a name
        self._build(library)

    def _build(self, library: Library) -> None:
        outer = self._outer = centred_column(self, PAGE_MAX_WIDTH, spacing=14)
        self.language_switch = LanguageSwitch(library.languages, library.language)
        self.language_switch.chosen.connect(self.language_chosen)
        outer.addWidget(self.language_switch)
        title = self.title = Heading(self.tr("Learn about your ketamine treatment"), level=1)
        title.setObjectName("pageTitle")
        title.setFocusPolicy(Qt.ClickFocus)  # focus lands here on arrival; Tab goes on to the cards
        title.setWordWrap(True)
        intro = QLabel(self.tr("Start with the first topic and go at your own pace. "
                               "Each one takes a few minutes to read."))
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        # "3 of 11 read": this sitting only (core/session.py), gone with a kiosk's wipe.
        self.progress = QLabel()
        self.progress.setObjectName("readingProgress")
        self.progress.hide()
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addWidget(self.progress)
        # Activities (the quiz, the checklist) are added by the window; they
        # come right after the path every patient walks, before "Learn more".
        self._activity_heading = self._group_heading(self.tr("Check and prepare"))
        self._activity_heading.hide()
        self._activity_grid = self._grid()
        for index, (label, modules) in enumerate(library.groups()):
            outer.addSpacing(18)
            outer.addWidget(self._group_heading(self.tr(label)))
            grid = self._grid()
            cards = [ModuleCard(m) for m in modules]
            for card in cards:
                card.clicked.connect(lambda _=False, mid=card.module.id: self.module_chosen.emit(mid))
            self._cards.extend(cards)
            self._grids.append((grid, cards))
            outer.addLayout(grid)
            if index == 0:
                self._add_activity_group(outer)
        if not library.modules:
            self._add_activity_group(outer)
            empty = QLabel(self.tr("No topics are available right now. Please ask a member of staff."))
            empty.setObjectName("pageIntro")
            empty.setWordWrap(True)
            outer.addWidget(empty)
        outer.addStretch(1)
        self._reflow(force=True)

    def _add_activity_group(self, outer) -> None:
        self._grids.append((self._activity_grid, self._activities))
        outer.addSpacing(18)
        outer.addWidget(self._activity_heading)
        outer.addLayout(self._activity_grid)

    @staticmethod
    def _group_heading(text: str) -> QLabel:
        heading = Heading(text, level=2)
        heading.setObjectName("groupTitle")
        return heading

    @staticmethod
    def _grid() -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(18)
        return grid

    def page_title(self) -> str:
        return self.tr("All topics")

    def main_heading(self) -> QLabel:
        return self.title

    @property
    def cards(self) -> list[ModuleCard]:
        return list(self._cards)

    def add_activity(self, title: str, summary: str, on_click) -> Card:
        card = Card(title, summary)
        card.clicked.connect(lambda _=False: on_click())
        self._activities.append(card)
        self._activity_heading.show()
        self._reflow(force=True)
        return card

    # -- the session (a SessionView: gui/session_view.py) -------------------------
    def show_session(self, session: Session) -> None:
        """This person's progress; a fresh session starts at the top with none."""
        self.session = session
        self.verticalScrollBar().setValue(0)
        self.show_progress()

    def show_progress(self) -> None:
        """How many topics this person has opened, and a mark on each of those cards."""
        read = self.session.modules_read
        done = [card for card in self._cards if card.module.id in read]
        self.progress.setText(self.tr("%n of {0} topics read", "", len(done)).format(len(self._cards)))
        self.progress.setVisible(bool(done))
        for card in self._cards:
            card.set_read(card in done)

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        self._reflow(force=True)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, force: bool = False) -> None:
        """Cards flow into as many columns as fit, so large text and small
        screens get one wide column instead of cramped ones."""
        # The page inside, not viewport(): it is the same width, and Python
        # meeting Qt's own viewport widget first costs ~10 ms of type set-up.
        usable = max(1, min(self.widget().width(), PAGE_MAX_WIDTH) - 64)
        columns = max(1, min(3, int(usable // (CARD_MIN_WIDTH * self._scale))))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for grid, cards in self._grids:
            for card in cards:
                grid.removeWidget(card)
            for index, card in enumerate(cards):
                grid.addWidget(card, index // columns, index % columns)
            for column in range(3):
                grid.setColumnStretch(column, 1 if column < columns else 0)
            # A column left empty (two activities in three columns) gets no
            # spacing from Qt, so its cards came out wider than the others':
            # an empty stand-in keeps every grid's columns lined up.
            for spare in self._spares.pop(id(grid), []):
                grid.removeWidget(spare)
                spare.deleteLater()
            spares = self._spares[id(grid)] = []
            for column in range(len(cards), columns if cards else 0):
                spare = QWidget()
                spare.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
                spare.setAttribute(Qt.WA_TransparentForMouseEvents)
                grid.addWidget(spare, 0, column)
                spares.append(spare)
        self._order_for_screen_readers()

    def _order_for_screen_readers(self) -> None:
        """Screen readers list a page's parts in the order they became its
        children; cards join later than the group titles. Raising each part
        in the order it is shown puts them in reading order."""

        def in_order(layout):
            for index in range(layout.count()):
                item = layout.itemAt(index)
                if item.widget() is not None:
                    yield item.widget()
                elif item.layout() is not None:
                    yield from in_order(item.layout())

        if getattr(self, "_outer", None) is None:
            return  # still being built
        for widget in in_order(self._outer):
            widget.raise_()
