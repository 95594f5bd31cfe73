"""Start the Qt application."""

from __future__ import annotations

import gc
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__, resources
from ..core.loading import load


def _keep_running_on_errors(kind, value, tb) -> None:
    """An unexpected error is reported for IT on stderr (never to a file: it
    could hold what a patient typed) and the app carries on."""
    traceback.print_exception(kind, value, tb, file=sys.stderr)


KIOSK_ALLOCATOR_AFTER_MS = 500
# What the first frame does not need (_after_first_frame) comes this long after the window is
# shown, by when its first frame is normally up (30 ms or less on the 2-core test machine).
AFTER_FIRST_FRAME_MS = 100
_installed: list[QTranslator] = []
# Loaded translators, kept per (file, locale) for the life of the app: a kiosk
# switches language at every seventh patient or so, and a translator made for
# each switch stayed (a child of the app, its .qm file mapped in memory: about
# 100 KiB of RSS per window; benchmarks/kiosk_soak.py).
_loaded: dict[tuple[str, str], QTranslator | None] = {}


def install_translations(app, language: str | None = None) -> None:
    """Screen words in the content's language (a patient who picks Spanish
    reads Spanish buttons too) where a translation exists
    (src/ketaguide/translations/ketaguide_<lang>.qm), English otherwise; the
    person's own language when none is given. Dates and numbers that use
    the default QLocale follow the same language, with the computer's region."""
    from ..locales import locale_for

    locale = locale_for(language) if language else QLocale()
    QLocale.setDefault(locale)
    while _installed:
        app.removeTranslator(_installed.pop())
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                         ("ketaguide", str(Path(__file__).resolve().parents[1] / "translations"))):
        key = (name, locale.name())
        if key not in _loaded:
            translator = QTranslator(app)
            _loaded[key] = translator if translator.load(locale, name, "_", folder) else None
            if _loaded[key] is None:
                translator.deleteLater()
        if _loaded[key] is not None:
            app.installTranslator(_loaded[key])
            _installed.append(_loaded[key])


def create_window(config: Path | None = None, content: Path | None = None, language: str | None = None,
                  kiosk: bool = False):
    from .main_window import MainWindow

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    library = load(config, content, language, kiosk=kiosk)
    app = QCoreApplication.instance()
    if app is not None:  # before any widget: every tr() on the window is in its language
        install_translations(app, library.language)
    hints = QGuiApplication.styleHints()
    return MainWindow(library, kiosk=kiosk, dark=hints.colorScheme() == Qt.ColorScheme.Dark,
                      high_contrast=hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def run_app(config: Path | None = None, content: Path | None = None, language: str | None = None,
            kiosk: bool = False) -> int:
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sys.excepthook = _keep_running_on_errors
    keeper = WindowKeeper(config, content, language, kiosk or _kiosk_from_settings(config))
    keeper.open()
    QTimer.singleShot(AFTER_FIRST_FRAME_MS, lambda: _after_first_frame(app))
    return app.exec()


def _after_first_frame(app) -> None:
    """Python's cycle collector was paused for start-up (cli/__init__.py): on
    first, whatever happens next. The icon (an SVG: Qt loads its SVG library and
    plugin for it, ~3 ms) shows on a taskbar, never in the window's first frame;
    every window, and every dialog, takes it from the application."""
    gc.enable()
    app.setWindowIcon(QIcon(str(resources.asset("ketaguide.svg"))))


class WindowKeeper:
    """Holds the one main window. Staff "Reload content" and a patient's
    choice of language replace it with a fresh window over freshly loaded
    content; the kiosk wipe returns to the clinic's own language.

    The staff PIN lockout belongs here, to the running app: every window it
    makes shares it, so a new window (another language, a wipe, a reload)
    never brings a fresh set of guesses."""

    def __init__(self, config, content, language, kiosk: bool):
        from ..core.pin import PinLock

        self._options = dict(config=config, content=content, language=language, kiosk=kiosk)
        self.window = None
        self.pin_lock = PinLock()
        if kiosk:  # a kiosk runs for weeks through thousands of patients' windows
            from .memory import keep_large_blocks_apart

            # After the first frame: it loads ctypes (about 8 ms).
            QTimer.singleShot(KIOSK_ALLOCATOR_AFTER_MS, keep_large_blocks_apart)

    def open(self, language: str = "", start_home: bool = False):
        """`language` "" means the clinic's own (the kiosk wipe, a new patient)."""
        options = dict(self._options, language=language or self._options["language"])
        old, self.window = self.window, create_window(**options)
        # Staff reloading content keep the language the patient chose: it is in the window's Session.
        self.window.reload_requested.connect(lambda: self.open(self.window.session.language))
        self.window.language_requested.connect(lambda code: self.open(code, start_home=bool(code)))
        if self.window.kiosk_controller is not None:
            self.window.kiosk_controller.staff.lock = self.pin_lock
        look = (old.session.text_scale, old.session.theme) if old is not None else None
        if look is not None and look != (self.window.session.text_scale, self.window.session.theme):
            # The person's text size and theme come along to the new window (another
            # language, a reload); after a wipe the old Session's are the defaults anyway.
            self.window.session.text_scale, self.window.session.theme = look
            self.window.apply_look()
        if start_home:
            self.window.go_home()
        if self._options["kiosk"]:
            self.window.kiosk_controller.show_full_screen()
        else:
            self.window.resize(1280, 860)
            self.window.show()
        if old is not None:
            old.close_for_reload()
        return self.window


def _kiosk_from_settings(config: Path | None) -> bool:
    from ..core.settings import find_config, load_settings, machine_wants_kiosk

    if config is None and machine_wants_kiosk():
        return True
    settings, _ = load_settings(find_config(config))
    return settings.kiosk.enabled
