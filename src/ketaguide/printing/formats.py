"""Paper size, 12- or 24-hour clock and dates: from settings, else the locale."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QPageSize

from ..core.appointment import TimeStyle
from ..core.settings import Settings

# Where Letter paper is the norm; everywhere else uses A4.
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico, QLocale.Country.Philippines,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
    QLocale.Country.Panama, QLocale.Country.ElSalvador, QLocale.Country.Belize,
})
_QUOTED = re.compile(r"'[^']*'")
# A printout's dates, paper and clock use the screen's locale (locales.locale_for);
# [printing] settings win over it for paper and clock.


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
