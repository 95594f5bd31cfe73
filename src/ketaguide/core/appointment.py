"""Appointment times for a checklist: when to stop eating, stop drinking, arrive.

Pure Python (no Qt), so staff tools and tests compute the same times the app
prints. Times are worked out on the real clock of the computer's time zone,
so fasting hours stay whole across a daylight-saving change and midnight.
The words come from core/wording.py in the content's language; the Qt side
passes its own long-date formatter for the locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from . import wording
from .settings import Preparation

# Placeholders that depend on the appointment; they fall back to words.
STOP_SOLIDS = "appointment.stop_solids"
STOP_LIQUIDS = "appointment.stop_liquids"
ARRIVE = "appointment.arrive"
DATE = "appointment.date"
TIME = "appointment.time"
PLACEHOLDERS = (STOP_SOLIDS, STOP_LIQUIDS, ARRIVE, DATE, TIME)
DEADLINES = (STOP_SOLIDS, STOP_LIQUIDS, ARRIVE)

NBSP = wording.NBSP  # keeps "9:30 AM" together on one printed line

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def english_long_date(day: date) -> str:
    """"Tuesday, December 1, 2026", independent of the process locale."""
    return f"{_DAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"


@dataclass(frozen=True)
class TimeStyle:
    clock24: bool = False
    long_date: Callable[[date], str] = english_long_date
    language: str = "en"  # the words around the times (core/wording.py)


def clock_time(moment: time, clock24: bool, language: str = "en") -> str:
    """"3:30 AM" ("3:30 a. m.") or "03:30". Noon and midnight are spelled out
    on a 12-hour clock because "12:00 AM/PM" is the time people most often misread."""
    if clock24:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    if (moment.hour, moment.minute) == (0, 0):
        return wording.words(language, "midnight")
    if (moment.hour, moment.minute) == (12, 0):
        return wording.words(language, "noon")
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d}{NBSP}{wording.words(language, 'am' if moment.hour < 12 else 'pm')}"


def shift(appointment: datetime, minutes: int, zone: tzinfo | None = None) -> datetime:
    """The wall-clock time `minutes` of real time before a wall-clock
    appointment. zone=None means this computer's local time zone."""
    aware = appointment.replace(tzinfo=zone) if zone else appointment.astimezone()
    earlier = aware.astimezone(UTC) - timedelta(minutes=minutes)
    return earlier.astimezone(zone).replace(tzinfo=None)


def exists(appointment: datetime, zone: tzinfo | None = None) -> bool:
    """False for a time skipped when the clocks go forward (02:30 that night)."""
    return shift(appointment, 0, zone) == appointment


def _before_minutes(preparation: Preparation) -> dict[str, int]:
    return {
        STOP_SOLIDS: round(preparation.solid_food_hours * 60),
        STOP_LIQUIDS: round(preparation.clear_liquid_hours * 60),
        ARRIVE: round(preparation.arrive_minutes_early),
    }


def appointment_values(appointment: datetime | None, preparation: Preparation, style: TimeStyle = TimeStyle(),
                       zone: tzinfo | None = None) -> dict[str, str]:
    """Text for every {appointment.*} placeholder: times with an appointment
    ("by 3:30 AM", "by 7:00 PM the day before"), words without one
    ("6 hours before your appointment")."""
    return {key: text for key, (text, _) in _values_and_times(appointment, preparation, style, zone).items()}


def deadline_times(appointment: datetime | None, preparation: Preparation, style: TimeStyle = TimeStyle(),
                   zone: tzinfo | None = None) -> tuple[str, ...]:
    """The deadlines' times as they appear inside their phrases ("3:30 AM the
    day before"), to print in bold wherever they appear."""
    values = _values_and_times(appointment, preparation, style, zone)
    return tuple(values[key][1] for key in DEADLINES)


def _values_and_times(appointment, preparation, style, zone) -> dict[str, tuple[str, str]]:
    lang = style.language
    if appointment is None:
        values = {}
        for key, minutes in _before_minutes(preparation).items():
            text = (wording.words(lang, "before_appointment", duration=wording.duration(minutes, lang)) if minutes
                    else wording.words(lang, "by_appointment"))
            values[key] = (text, text)
        values[DATE] = (wording.words(lang, "date_unknown"),) * 2
        values[TIME] = (wording.words(lang, "time_unknown"),) * 2
        return values
    values = {}
    for key, minutes in _before_minutes(preparation).items():
        moment = shift(appointment, minutes, zone)
        clock = clock_time(moment.time(), style.clock24, lang)
        when = clock + _day_words(moment.date(), appointment.date(), style)
        values[key] = (wording.with_hour(lang, "by", moment, style.clock24, when), when)
    values[DATE] = (style.long_date(appointment.date()),) * 2
    values[TIME] = (clock_time(appointment.time(), style.clock24, lang),) * 2
    return values


def _day_words(day: date, appointment_day: date, style: TimeStyle) -> str:
    if day == appointment_day:
        return ""
    if appointment_day - day == timedelta(days=1):
        return wording.words(style.language, "day_before")
    return wording.words(style.language, "on_date", date=style.long_date(day))


# -- reading what staff type --------------------------------------------------
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class AppointmentError(ValueError):
    """A date or time that cannot be an appointment, in words staff can act on."""


def parse_date(text: str) -> date:
    text = text.strip()
    if not _DATE.match(text):
        raise AppointmentError(f"'{text}' is not a date written as YYYY-MM-DD (for example 2026-12-01)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise AppointmentError(f"'{text}' is not a real date") from None


def parse_time(text: str) -> time:
    text = text.strip()
    match = _TIME.match(text)
    if not match:
        raise AppointmentError(f"'{text}' is not a time written as HH:MM on a 24-hour clock "
                               "(for example 09:30 or 14:00)")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise AppointmentError(f"'{text}' is not a real time of day (00:00 to 23:59)")
    return time(hour, minute)


def parse_appointment(day_text: str, time_text: str, zone: tzinfo | None = None) -> datetime:
    appointment = datetime.combine(parse_date(day_text), parse_time(time_text))
    if not exists(appointment, zone):
        raise AppointmentError(f"{day_text.strip()} {time_text.strip()} does not exist on the local clock "
                               "(the clocks go forward that night)")
    return appointment


def parse_appointment_text(text: str, zone: tzinfo | None = None) -> datetime:
    """"2026-12-01 09:30" (a "T" between the two also works)."""
    parts = text.strip().replace("T", " ", 1).split()
    if len(parts) != 2:
        raise AppointmentError(f"'{text.strip()}' is not an appointment written as "
                               "\"YYYY-MM-DD HH:MM\" (for example \"2026-12-01 09:30\")")
    return parse_appointment(parts[0], parts[1], zone)
