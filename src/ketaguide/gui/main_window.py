"""The main window: a header, the page stack (home, reader) and the staff notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from .. import resources
from ..core.library import Library
from ..core.session import Session
from . import theme as themes
from .home_page import HomePage
from .problems import ProblemsNotice
from .quiz_page import QuizPage
from .reader_page import ReaderPage


class MainWindow(QMainWindow):
    def __init__(self, library: Library, kiosk: bool = False):
        super().__init__()
        self.library = library
        self.kiosk = kiosk
        self.session = Session()  # everything this person did; replaced whole by a kiosk reset
        self.setWindowTitle(self.tr("ketaguide – {0}").format(library.settings.clinic_display_name)
                            if library.settings.clinic.name else "ketaguide")
        self.setWindowIcon(QIcon(str(resources.asset("ketaguide.svg"))))
        self.setMinimumSize(800, 600)

        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WA_StyledBackground)
        clinic = QLabel(library.settings.clinic_display_name if library.settings.clinic.name
                        else self.tr("Ketamine treatment guide"))
        clinic.setObjectName("clinicName")
        subtitle = QLabel(self.tr("Patient guide to ketamine treatment") if library.settings.clinic.name else "")
        subtitle.setObjectName("appTitle")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(32, 14, 32, 14)
        header_layout.addWidget(clinic)
        header_layout.addSpacing(16)
        header_layout.addWidget(subtitle)
        header_layout.addStretch(1)

        self.home = HomePage(library)
        self.reader = ReaderPage(library, open_external_links=not kiosk)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.reader)
        self.home.module_chosen.connect(lambda module_id: self.open_module(module_id))
        self.reader.module_requested.connect(self.open_module)
        self.reader.home_requested.connect(self.go_home)
        self.reader.quiz_requested.connect(self.check_module)
        self.reader.return_requested.connect(self.show_page)

        self.quiz = QuizPage(library, self.session)
        self.pages.addWidget(self.quiz)
        self.quiz.home_requested.connect(self.go_home)
        self.quiz.read_requested.connect(self._read_from_quiz)
        self.quiz.continue_requested.connect(self._continue_after_check)
        if library.quiz:
            self.home.add_activity(
                self.tr("Check what you learned"),
                self.tr("{0} short questions. Let's check how well we explained things.").format(len(library.quiz)),
                self.start_quiz)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        self.notice = ProblemsNotice(library.errors) if library.errors else None
        if self.notice:
            layout.addWidget(self.notice)
        self.setCentralWidget(central)

        QShortcut(QKeySequence(Qt.ALT | Qt.Key_Home), self, activated=self.go_home)
        self.apply_look(themes.CALM, 1.0)

    def apply_look(self, theme: themes.Theme, scale: float) -> None:
        self.setStyleSheet(themes.app_stylesheet(theme, scale))
        self.reader.apply_theme(theme, scale)

    def add_page(self, page) -> None:
        """Pages beyond home and reader (quiz, checklist) register here."""
        self.pages.addWidget(page)

    def show_page(self, page) -> None:
        self.pages.setCurrentWidget(page)

    def open_module(self, module_id: str, anchor: str = "") -> None:
        self.reader.offer_return("", None)
        if self.reader.show_module(module_id, anchor):
            self.pages.setCurrentWidget(self.reader)
            self.reader.browser.setFocus()

    def start_quiz(self) -> None:
        self.quiz.start(self.library.quiz)
        self.pages.setCurrentWidget(self.quiz)

    def check_module(self, module_id: str) -> None:
        """Chunk-and-check: the questions for the part just read."""
        self.quiz.start(self.library.questions_for(module_id), module_id)
        self.pages.setCurrentWidget(self.quiz)

    def _read_from_quiz(self, module_id: str, anchor: str) -> None:
        self.open_module(module_id, anchor)
        self.reader.offer_return(self.tr("Back to the questions"), self.quiz)

    def _continue_after_check(self, module_id: str) -> None:
        modules = self.library.modules
        module = self.library.module(module_id)
        index = modules.index(module) if module else -1
        if 0 <= index + 1 < len(modules):
            self.open_module(modules[index + 1].id)
        else:
            self.go_home()

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.home.verticalScrollBar().setValue(0)
