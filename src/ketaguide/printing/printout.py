"""Everything one printed checklist says, as ready-made text.

The layout code only places these strings; all choices (which words, which
date format, which paper) are made here, once, from settings and locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from ..core import wording
from ..core.appointment import clock_time
from ..core.checklist import Checklist, personalise
from ..core.settings import Settings
from ..core.signoff import sign_off
from ..core.timeline import timeline_steps
from ..locales import locale_for
from . import formats

MAX_NAME_LENGTH = 60  # a first name for a printout, not a whole record


@dataclass(frozen=True)
class Printout:
    title: str
    clinic_name: str  # "" when the clinic has not set one
    logo: Path | None
    appointment: str  # "Tuesday, December 1, 2026 at 9:30 AM", or "" for write-in lines
    name: str
    checklist: Checklist  # with the person's times (or words) filled in
    times: tuple[str, ...]  # those times, printed in bold wherever they appear
    clinic_phone: str
    emergency_number: str
    crisis_line: str
    reviewed: str
    page_size: QPageSize
    timeline_steps: tuple = ()  # the infusion day, drawn as a strip under the appointment
    reviewed_by: str = ""  # the clinic's approving clinician, else the checklist's reviewer role ("" if none)
    language: str = "en"  # the checklist's: every printed word is in it (core/wording.py), not the screen's
    # Other pages drawn the same way (the teach-back summary) say these instead:
    details: tuple[tuple[str, str], ...] | None = None  # (label, value) lines in place of the appointment
    intro: str | None = None  # in place of "Tick each box…"
    boxes: bool = True  # False: items are plain lines with a bullet, nothing to tick
    footer_note: str = ""  # in place of "Content reviewed …" at the bottom left

    def words(self, key: str, **values) -> str:
        return wording.words(self.language, key, **values)


def make_printout(checklist: Checklist, settings: Settings, appointment: datetime | None = None,
                  name: str = "", language: str = "en", system_locale: QLocale | None = None) -> Printout:
    locale = locale_for(language, system_locale)
    style = formats.time_style(settings, locale, language)
    values, times = personalise(checklist, appointment, settings.preparation, style)
    when = ""
    if appointment is not None:
        when = wording.with_hour(language, "print_date_at_time", appointment, style.clock24,
                                 clock_time(appointment.time(), style.clock24, language),
                                 date=style.long_date(appointment.date()))
    clinic = settings.clinic
    signed = sign_off(checklist.reviewed_by, checklist.last_reviewed, settings.approval)
    return Printout(
        title=values.title,
        clinic_name=clinic.name,
        logo=settings.file_path(settings.clinic.logo),
        appointment=when,
        name=" ".join(name.split())[:MAX_NAME_LENGTH],
        checklist=values,
        times=times,
        clinic_phone=clinic.phone,
        emergency_number=clinic.emergency_number,
        crisis_line=clinic.crisis_line,
        reviewed=formats.reviewed_date(locale, signed.on),
        reviewed_by=signed.who,
        page_size=formats.page_size(settings, locale),
        timeline_steps=timeline_steps(settings.preparation, appointment, clock24=style.clock24, language=language),
        language=language,
    )
