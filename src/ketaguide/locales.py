"""The QLocale for a content language: its words, with the computer's region.
Used by the screens (dates, numbers) and by printing, so both agree; Qt's
core only, so the window can use it before anything heavy is imported."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The content's language with the computer's region: an English checklist
    on a computer set to Germany gets "1 December 2026" on A4. A computer with
    no locale at all (the "C" locale of many servers) gets the language's home
    region, en -> United States; settings can say otherwise."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language)
    if system.language() == QLocale.Language.C or system.territory() == QLocale.Country.AnyTerritory:
        return wanted
    combined = QLocale(wanted.language(), system.territory())
    return combined if combined.language() == wanted.language() else wanted
