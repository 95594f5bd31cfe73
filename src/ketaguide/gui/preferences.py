"""Comfort preferences remembered between runs at home (text size, theme).

Never used in kiosk mode: the next patient starts fresh, and a kiosk writes
nothing to disk. Nothing here can identify a patient.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from . import theme as themes


def _settings() -> QSettings:
    # An explicit file under the standard location (read fresh each time),
    # rather than QSettings' process-wide cached default path.
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppConfigLocation))
    return QSettings(str(folder / "preferences.ini"), QSettings.IniFormat)


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
