"""Start the Qt application."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__, resources
from ..core.loading import load


def _keep_running_on_errors(kind, value, tb) -> None:
    """An unexpected error is reported for IT on stderr (never to a file: it
    could hold what a patient typed) and the app carries on."""
    traceback.print_exception(kind, value, tb, file=sys.stderr)


def install_translations(app) -> None:
    """UI strings in the person's language where a translation exists
    (src/ketaguide/translations/ketaguide_<lang>.qm); English otherwise."""
    locale = QLocale()
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                         ("ketaguide", str(Path(__file__).resolve().parents[1] / "translations"))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def create_window(config: Path | None = None, content: Path | None = None, language: str | None = None,
                  kiosk: bool = False):
    from .main_window import MainWindow

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    library = load(config, content, language)
    window = MainWindow(library, kiosk=kiosk)
    hints = QGuiApplication.styleHints()
    window.follow_system_look(
        dark=hints.colorScheme() == Qt.ColorScheme.Dark,
        high_contrast=hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)
    return window


def run_app(config: Path | None = None, content: Path | None = None, language: str | None = None,
            kiosk: bool = False) -> int:
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resources.asset("ketaguide.svg"))))
    sys.excepthook = _keep_running_on_errors
    install_translations(app)
    kiosk = kiosk or _kiosk_from_settings(config)

    def open_window():
        window = create_window(config, content, language, kiosk=kiosk)
        # Staff "Reload content": a fresh window over freshly loaded content.
        window.reload_requested.connect(lambda: (open_window(), window.close_for_reload()))
        if kiosk:
            window.showFullScreen()
        else:
            window.resize(1280, 860)
            window.show()
        app.setProperty("ketaguide_window", window)  # keep a reference
        return window

    open_window()
    return app.exec()


def _kiosk_from_settings(config: Path | None) -> bool:
    from ..core.settings import find_config, load_settings

    settings, _ = load_settings(find_config(config))
    return settings.kiosk.enabled
