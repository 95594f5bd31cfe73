"""The QLocale for a content language: its words, with the computer's region.
Used by the screens (dates, numbers) and by printing, so both agree; Qt's
core only, so the window can use it before anything heavy is imported."""

from __future__ import annotations

from PySide6.QtCore import QLocale


# Where a language's pages are read when the computer does not say (LANG=C):
# ketaguide's Spanish is neutral Latin American Spanish for clinics whose
# numbers are 911 and 988, so Spanish means the US (Letter paper, "9:30 a. m."),
# not Spain (A4, "09:30"). Other languages: Qt's home region for the language.
UNSET_REGION = {"es": QLocale.Country.UnitedStates}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The content's language with the computer's region: an English checklist
    on a computer set to Germany gets "1 December 2026" on A4. A computer with
    no locale at all (the "C" locale of many servers) gets the language's
    usual region here (UNSET_REGION, else Qt's: en -> United States); the
    clinic's [printing] paper and clock settings win over either."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language)
    if system.language() == QLocale.Language.C or system.territory() == QLocale.Country.AnyTerritory:
        region = UNSET_REGION.get(language)
        return QLocale(wanted.language(), region) if region is not None else wanted
    combined = QLocale(wanted.language(), system.territory())
    return combined if combined.language() == wanted.language() else wanted
