"""Comfort preferences remembered between runs at home (text size, theme).

Never used in kiosk mode: the next patient starts fresh, and a kiosk writes
nothing to disk. Nothing here can identify a patient.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from . import theme as themes


def preferences_file() -> Path:
    """Where the app keeps them (e.g. ~/.config/ketaguide/ketaguide/preferences.ini:
    the organisation and the application are both named ketaguide)."""
    from PySide6.QtCore import QCoreApplication

    from .. import APP_NAME

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.AppConfigLocation)) / "preferences.ini"


def _settings() -> QSettings:
    # An explicit file under the standard location (read fresh each time),
    # rather than QSettings' process-wide cached default path.
    return QSettings(str(preferences_file()), QSettings.IniFormat)


def load() -> tuple[float | None, str | None]:
    settings = _settings()
    try:
        scale = float(settings.value("text_scale", 0))
    except (TypeError, ValueError):
        scale = 0
    theme = str(settings.value("theme", ""))
    return (scale if scale in themes.TEXT_SCALES else None), (theme if theme in themes.THEMES else None)


def save(scale: float, theme: str) -> None:
    settings = _settings()
    settings.setValue("text_scale", scale)
    settings.setValue("theme", theme)
    settings.sync()
