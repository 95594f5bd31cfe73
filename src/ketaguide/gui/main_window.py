"""The main window: a header, the page stack (home, reader) and the staff notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..core.library import Library
from ..core.session import Session
from .comfort import ComfortControls
from .header import Header
from .home_page import HomePage
from .kiosk_side import KioskSide
from .session_view import SessionView


def _clear_clipboard() -> None:
    """A name copied on the kiosk must not be pasted by the next patient."""
    clipboard = QApplication.clipboard()
    clipboard.clear(clipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(clipboard.Mode.Selection)


def _run_each(steps) -> None:
    """Run every step even if an earlier one fails (a half-done wipe would
    leave a patient's answers on screen), then raise the first failure."""
    failures = []
    for step in steps:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - every step must get its turn
            failures.append(error)
    if failures:
        raise failures[0]


def _last_focusable(page: QWidget) -> QWidget | None:
    """The page's last widget that Tab can reach (setTabOrder ignores any other)."""
    last, widget = None, page.nextInFocusChain()
    while page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.TabFocus:
            last = widget
        widget = widget.nextInFocusChain()
    return last


PREPARE_AFTER_MS = 100  # long enough for the first frame to reach the screen, far shorter than a first tap


class MainWindow(ComfortControls, KioskSide, QMainWindow):
    reload_requested = Signal()  # staff asked for fresh content: the app builds a new window
    language_requested = Signal(str)  # a patient chose a language ("" = back to the clinic's own)
    page_changed = Signal()  # another page is shown

    def __init__(self, library: Library, kiosk: bool = False, dark: bool = False, high_contrast: bool = False):
        super().__init__()
        self.library = library
        self.kiosk = kiosk
        # The language this window shows ("" = the clinic's own); another one opens another window.
        self._language = library.language if library.language != library.settings.content.language else ""
        # Everything this person did and chose, the look included; replaced
        # whole by the kiosk wipe (reset_session). Pages keep none of it themselves.
        self.session = Session(language=self._language)
        self._app_title = self.tr("ketaguide – {0}").format(library.settings.clinic_display_name) \
            if library.settings.clinic.name else "ketaguide"
        self.setWindowTitle(self._app_title)
        self.setMinimumSize(800, 600)

        self.header = Header(library.settings)
        self.header.smaller_text.connect(lambda: self.step_text_size(-1))
        self.header.larger_text.connect(lambda: self.step_text_size(+1))
        self.header.high_contrast_toggled.connect(self.set_high_contrast)

        self.home = HomePage(library)
        self.home.module_chosen.connect(lambda module_id: self.open_module(module_id))
        self.home.language_chosen.connect(self.language_requested)  # the app opens a window in it
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.home.show_session(self.session)
        # The other pages are built when first shown: the home screen comes up sooner.
        self._built: dict[str, QWidget] = {}
        self._prepared = False
        if library.quiz:
            self.home.add_activity(
                self.tr("Check what you learned"),
                self.tr("{0} short questions. Let's check how well we explained things.").format(len(library.quiz)),
                self.start_quiz)
        if library.checklists:
            self.home.add_activity(
                self.tr("Your preparation checklist"),
                self.tr("What to do before your infusion, with your own times. Tick it off or print it.") if kiosk
                else self.tr("What to do before your infusion, with your own times. Tick it off, print it or save it."),
                self.open_checklist)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        from .contact_bar import ContactBar

        self.contact_bar = ContactBar(library.settings)  # whom to call, under every patient screen
        layout.addWidget(self.contact_bar)
        # Staff see content problems; on a kiosk they are in the staff menu, not on the patient's screen.
        self.notice = None
        if library.errors and not kiosk:
            from .problems import ProblemsNotice

            self.notice = ProblemsNotice(library.errors)
            layout.addWidget(self.notice)
        self.setCentralWidget(central)

        steps = ((Qt.CTRL | Qt.Key_Equal, 1), (Qt.CTRL | Qt.Key_Plus, 1), (Qt.CTRL | Qt.Key_Minus, -1))
        shortcuts = [(Qt.ALT | Qt.Key_Home, self.go_home), (Qt.CTRL | Qt.Key_0, lambda: self.set_text_scale(1.0)),
                     (Qt.CTRL | Qt.Key_Q, self._quit)]
        shortcuts += [(keys, lambda step=step: self.step_text_size(step)) for keys, step in steps]
        for keys, action in shortcuts:
            # connect() rather than QShortcut(..., activated=...): PySide keeps the
            # keyword's connection alive forever, and a kiosk makes new windows.
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self.follow_system_look(dark, high_contrast)
        self.pages.currentChanged.connect(self._page_changed)
        self.pages.setCurrentWidget(self.home)
        self._name_window()
        self.kiosk_controller = None
        if kiosk:
            self.setWindowFlags(Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
            self.pages.setCurrentWidget(self.attract)
            self._guard_kiosk()
            from .speech_engine import keep_speech_private

            keep_speech_private()  # a kiosk's speech leaves no log behind

    def _quit(self) -> None:
        """Ctrl+Q closes the app at home, also where no window manager draws a
        close button. A kiosk ignores it (its controller refuses to close)."""
        if not self.kiosk:
            self.close()

    # -- pages, each built when first needed -------------------------------------
    @property
    def reader(self):
        return self._page("reader")

    @property
    def quiz(self):
        return self._page("quiz")

    @property
    def checklist(self):
        return self._page("checklist")

    @property
    def teachback(self):
        return self._page("teachback")

    @property
    def attract(self):
        return self._page("attract")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._prepared:
            self._prepared = True
            # Once the first screen is drawn, get the reading page ready (it loads
            # Python-Markdown): the first tap on a card is then as quick as any
            # other. The speech engine starts on the first Listen (read_aloud).
            QTimer.singleShot(PREPARE_AFTER_MS, self._prepare_reading)

    def _prepare_reading(self) -> None:
        self.reader  # noqa: B018 - building it is the point
        if self.library.modules:
            self.library.modules[0].html  # noqa: B018 - renders once, kept by the module
            self.reader.prepare()  # the first topic's page, ready for the first tap
        self._check_pages()

    def _check_pages(self) -> None:
        """Read every page in the background, one per turn of the event loop:
        loading parsed none, and staff should see what `check` would say."""
        from .page_checks import PageChecker

        self.page_checker = PageChecker(self.library, self)
        self.page_checker.found.connect(self._add_problems)
        self.page_checker.start()

    def _add_problems(self, problems: tuple) -> None:
        from dataclasses import replace

        self.library = replace(self.library, problems=self.library.problems + problems)
        if self.kiosk or not any(p.is_error for p in problems):
            return  # a kiosk lists them in the staff menu (show_problems)
        if self.notice is None:
            from .problems import ProblemsNotice

            self.notice = ProblemsNotice(self.library.errors)
            self.centralWidget().layout().addWidget(self.notice)  # last in the Tab chain, after the pages
            self.notice.show()  # a widget added to a shown window stays hidden until told
        else:
            self.notice.set_problems(self.library.errors)

    def _page(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            page = self._built[name] = getattr(self, f"_build_{name}")()
            self.pages.addWidget(page)
            self._restyle(page)
            last = _last_focusable(page)
            if self.notice is not None and last is not None:
                # Tab goes through the page before the staff notice below it, as
                # if the page had been there from the start.
                QWidget.setTabOrder(last, self.notice.details_button)
        return page

    def _build_reader(self):
        from .reader_page import ReaderPage

        reader = ReaderPage(self.library, open_external_links=not self.kiosk)
        reader.show_session(self.session)
        reader.module_requested.connect(self.open_module)
        reader.home_requested.connect(self.go_home)
        reader.quiz_requested.connect(self.check_module)
        reader.return_requested.connect(self.show_page)
        reader.own_questions_requested.connect(self.open_own_questions)
        return reader

    def _build_quiz(self):
        from .quiz_page import QuizPage

        quiz = QuizPage(self.library, self.session)
        quiz.home_requested.connect(self.go_home)
        quiz.read_requested.connect(self._read_from_quiz)
        quiz.continue_requested.connect(self._continue_after_check)
        quiz.summary_requested.connect(self.open_teachback)
        return quiz

    def _build_teachback(self):
        from .teachback_page import TeachBackPage

        page = TeachBackPage(self.library, self.session, kiosk=self.kiosk)
        page.home_requested.connect(self.go_home)
        page.back_requested.connect(lambda: self._arrive(self.quiz))
        page.read_requested.connect(self._read_from_teachback)
        return page

    def _build_checklist(self):
        from .checklist_page import ChecklistPage

        checklist = ChecklistPage(self.library, self.session, kiosk=self.kiosk)
        checklist.home_requested.connect(self.go_home)
        return checklist

    def _build_attract(self):
        from .attract_page import AttractPage

        settings = self.library.settings
        attract = AttractPage(settings, self.library.languages, settings.file_path(settings.clinic.logo),
                              current=self.library.language)
        attract.start_requested.connect(self._start_from_attract)
        return attract

    def _restyle(self, page) -> None:
        """What the window's style sheet and palette cannot reach by themselves."""
        if page is self._built.get("reader"):
            page.set_touch(self.kiosk)
            page.apply_theme(self.theme, self.session.text_scale)

    def show_page(self, page) -> None:
        self.pages.setCurrentWidget(page)

    def _page_changed(self) -> None:
        # The attract screen stands alone: no header to tap before starting.
        self.header.setVisible(not self.on_attract_screen())
        self.contact_bar.setVisible(not self.on_attract_screen() and bool(self.contact_bar.labels))
        self._name_window()
        self.page_changed.emit()

    def _name_window(self) -> None:
        """The window title names the page (screen readers say it when it changes)."""
        page = self.pages.currentWidget()
        title = page.page_title() if hasattr(page, "page_title") else ""
        self.setWindowTitle(f"{title} – {self._app_title}" if title else self._app_title)

    def _arrive(self, page) -> None:
        """Show `page` and put focus on its main heading, which a screen reader then says."""
        self.pages.setCurrentWidget(page)
        self._name_window()
        heading = page.main_heading() if hasattr(page, "main_heading") else None
        if heading is not None:
            heading.setFocus(Qt.OtherFocusReason)

    def open_module(self, module_id: str, anchor: str = "") -> None:
        self.reader.offer_return("", None)
        if self.reader.show_module(module_id, anchor):
            self.session.modules_read.add(module_id)
            self.home.show_progress()
            self._arrive(self.reader)

    def open_checklist(self) -> None:
        self._arrive(self.checklist)
        self.checklist.verticalScrollBar().setValue(0)

    def start_quiz(self) -> None:
        self.quiz.start(self.library.quiz)
        self._arrive(self.quiz)

    def check_module(self, module_id: str) -> None:
        """Chunk-and-check: the questions for the part just read."""
        self.quiz.start(self.library.questions_for(module_id), module_id)
        self._arrive(self.quiz)

    def _read_from_quiz(self, module_id: str, anchor: str) -> None:
        self.open_module(module_id, anchor)
        self.reader.offer_return(self.tr("Back to the questions"), self.quiz)

    def open_teachback(self) -> None:
        self.teachback.arrive()
        self._arrive(self.teachback)

    def open_own_questions(self) -> None:
        """From the "Questions to ask" page: its questions, to tick for the summary."""
        self.open_teachback()
        self.teachback.go_to_questions()
        self.reader.offer_return("", None)

    def open_teachback_for_staff(self) -> None:
        """The staff menu's view of this session's summary (the nurse screen).
        Only the current Session: nothing of an earlier patient exists to show."""
        self.teachback.arrive(staff=True)
        self._arrive(self.teachback)

    def _read_from_teachback(self, module_id: str, anchor: str) -> None:
        self.open_module(module_id, anchor)
        self.reader.offer_return(self.tr("Back to my summary"), self.teachback)

    def _continue_after_check(self, module_id: str) -> None:
        modules = self.library.modules
        module = self.library.module(module_id)
        index = modules.index(module) if module else -1
        if 0 <= index + 1 < len(modules):
            self.open_module(modules[index + 1].id)
        else:
            self.go_home()

    # -- kiosk (the KioskWindow the controller sees: gui/kiosk.py) -----------------
    def _start_from_attract(self, language: str) -> None:
        if language and language != self.library.language:
            self.language_requested.emit(language)  # the app opens a window in that language
            return
        self.go_home()

    # -- the session: the window is a SessionView over its pages ------------------
    def session_views(self) -> list[SessionView]:
        """The pages built so far that show patient state (a page built later
        is shown the window's Session when it is built)."""
        pages = (self.pages.widget(i) for i in range(self.pages.count()))
        return [page for page in pages if isinstance(page, SessionView)]

    def show_session(self, session: Session) -> None:
        """Show `session` everywhere: in the look and on every SessionView page.
        Each page gets its turn even if another fails: a half-shown session
        would leave the last person's answers on screen."""
        self.session = session
        _run_each([self.apply_look] + [lambda view=view: view.show_session(session) for view in self.session_views()])

    def reset_session(self) -> None:
        """The full wipe between patients, as one call: a fresh Session on
        every page and in the look, every dialog closed, the clipboard empty,
        the welcome screen, and the clinic's own language."""
        fresh = Session()
        steps = [self.close_dialogs, _clear_clipboard, lambda: self.show_session(fresh),
                 lambda: self.pages.setCurrentWidget(self.attract if self.kiosk else self.home)]
        if self.kiosk and fresh.language != self._language:
            # The next patient starts in the clinic's own language: the app opens a window in it.
            steps.append(lambda: self.language_requested.emit(fresh.language))
        _run_each(steps)

    def go_home(self) -> None:
        if "reader" in self._built:
            self.reader.listen.stop()
        self._arrive(self.home)
        self.home.verticalScrollBar().setValue(0)
