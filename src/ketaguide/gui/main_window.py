"""The main window: a header, the page stack (home, reader) and the staff notice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from .. import resources
from ..core.library import Library
from . import theme as themes
from .home_page import HomePage
from .problems import ProblemsNotice
from .reader_page import ReaderPage


class MainWindow(QMainWindow):
    def __init__(self, library: Library, kiosk: bool = False):
        super().__init__()
        self.library = library
        self.kiosk = kiosk
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
        if self.reader.show_module(module_id, anchor):
            self.pages.setCurrentWidget(self.reader)
            self.reader.browser.setFocus()

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.home.verticalScrollBar().setValue(0)
