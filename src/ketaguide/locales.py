"""The QLocale for a content language: its words, with the computer's region.
Used by the screens (dates, numbers) and by printing, so both agree; Qt's
core only, so the window can use it before anything heavy is imported."""

from __future__ import annotations

from PySide6.QtCore import QLocale

# Where a language is used when the computer does not say (LANG=C): ketaguide's
# Spanish is neutral Latin American Spanish for clinics whose numbers are 911 and
# 988, so its paper, clock and dates are the US's (Letter, "9:30 a. m."), not
# Spain's (A4, "09:30"). Other languages: Qt's home region for the language.
UNSET_REGION = {"es": QLocale.Country.UnitedStates}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The content's language with the computer's region: an English checklist
    on a computer set to Germany gets "1 December 2026" on A4. A computer with
    no locale at all (the "C" locale of many servers) gets UNSET_REGION's region,
    else the language's home region (en -> United States). [printing] settings
    can still say otherwise for paper and clock."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language)
    if system.language() == QLocale.Language.C or system.territory() == QLocale.Country.AnyTerritory:
        region = UNSET_REGION.get(language)
        return QLocale(wanted.language(), region) if region is not None else wanted
    combined = QLocale(wanted.language(), system.territory())
    return combined if combined.language() == wanted.language() else wanted
