"""Paper size, 12- or 24-hour clock and dates: from settings, else the locale."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPageSize

from ..core.appointment import TimeStyle
from ..core.settings import Settings
from ..locales import locale_for as _content_locale

# Where Letter paper is the norm; everywhere else uses A4.
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
    QLocale.Country.Panama, QLocale.Country.ElSalvador, QLocale.Country.Belize,
})
_QUOTED = re.compile(r"'[^']*'")

# Where a language's checklist is used when the computer does not say (LANG=C):
# ketaguide's Spanish is neutral Latin American Spanish for clinics whose
# numbers are 911 and 988, so its paper and clock are the US's (Letter,
# "9:30 a. m."), not Spain's (A4, "09:30"). Other languages: Qt's home region.
UNSET_REGION = {"es": QLocale.Country.UnitedStates}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for a printout's dates, paper and clock (and the checklist
    screen's times): the content's language with the computer's region, or
    UNSET_REGION's where the computer has none. [printing] settings win over both."""
    system = system if system is not None else QLocale.system()
    unset = system.language() == QLocale.Language.C or system.territory() == QLocale.Country.AnyTerritory
    if unset and language in UNSET_REGION:
        return QLocale(QLocale(language).language(), UNSET_REGION[language])
    return _content_locale(language, system)


def uses_24_hour_clock(settings: Settings, locale: QLocale) -> bool:
    if settings.printing.clock:
        return settings.printing.clock == "24h"
    time_format = _QUOTED.sub("", locale.timeFormat(QLocale.FormatType.ShortFormat))
    return "a" not in time_format.lower()  # "AP", "ap", "A" mark a 12-hour clock


def page_size(settings: Settings, locale: QLocale) -> QPageSize:
    paper = settings.printing.paper or ("letter" if locale.territory() in LETTER_TERRITORIES else "a4")
    return QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)


def long_date(locale: QLocale, weekday: bool = True):
    """A date formatter in words: "Tuesday, December 1, 2026"."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    if not weekday:
        pattern = re.sub(r",?\s*dddd,?\s*", " ", pattern).strip()
    return lambda day: locale.toString(QDate(day.year, day.month, day.day), pattern)


def time_style(settings: Settings, locale: QLocale, language: str = "en") -> TimeStyle:
    return TimeStyle(clock24=uses_24_hour_clock(settings, locale), long_date=long_date(locale), language=language)


def reviewed_date(locale: QLocale, day: date) -> str:
    return long_date(locale, weekday=False)(day)
