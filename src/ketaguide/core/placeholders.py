"""Fill {section.key} placeholders; an unknown one is an error, never a blank."""

from __future__ import annotations

import re
from pathlib import Path

from . import wording
from .errors import ContentError

PLACEHOLDER = re.compile(r"\{([a-z_]+\.[a-z_]+)\}")
# Anything else in braces that looks like a placeholder with a typo in it
# ({Clinic.phone}, { clinic.phone }, {clinic.phone2}). Markdown's own
# attribute lists ({#anchor}, {: .class}) are not placeholders.
_NEAR_MISS = re.compile(r"\{(?![#:.])([^{}\n]{1,60})\}")


def fill(text: str, values: dict[str, str], path: Path, first_line: int,
         seen: set[str] | None = None) -> tuple[str, list[ContentError]]:
    """`text` with its placeholders filled in, and a problem for each unknown one.
    `seen` collects the names written, for comparing languages without reading the file again."""
    errors = []
    known = ", ".join("{" + k + "}" for k in sorted(values))

    def line_of(position: int) -> int:
        return first_line + text.count("\n", 0, position)

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if seen is not None:
            seen.add(name)
        if name in values:
            return values[name]
        errors.append(ContentError(path, line_of(match.start()), f"unknown placeholder {{{name}}}",
                                   f"known placeholders: {known}"))
        return match.group(0)

    filled = PLACEHOLDER.sub(substitute, text)
    for match in _NEAR_MISS.finditer(text):
        if not PLACEHOLDER.fullmatch(match.group(0)):
            errors.append(ContentError(path, line_of(match.start()), f"'{match.group(0)}' is not a placeholder",
                                       f"placeholders are lowercase with no spaces, one of: {known}"))
    return filled, errors


def clinic_phrases(name: str, phone: str, after_hours_phone: str, emergency_number: str,
                   language: str = "en") -> dict[str, str]:
    """Placeholders built from several clinic settings, so that every mix of
    set and unset values still reads as a natural sentence (never "Call your
    clinic at your clinic's phone number"), in the content's language."""
    who = name or wording.words(language, "your_clinic")
    return {
        "clinic.contact": wording.words(language, "contact", who=who, phone=phone) if phone else who,
        # Without an after-hours line the clinic's advice is the emergency number.
        "clinic.after_hours_phone": after_hours_phone or emergency_number,
        # Boxes put routine reasons (a ride, an appointment) before this line, so
        # the emergency number must be kept for feeling very unwell, and the
        # routine ones told to wait.
        "clinic.when_closed": (wording.words(language, "when_closed_after_hours", who=who, phone=after_hours_phone)
                               if after_hours_phone else
                               wording.words(language, "when_closed_emergency", who=who, number=emergency_number)),
    }


def setting_values(clinic, preparation, language: str = "en") -> dict[str, str]:
    """Values for {clinic.*} and {preparation.*} from the settings' [clinic] and
    [preparation], worded in the content's language where the app writes the words."""
    c, p, lang = clinic, preparation, language
    return {
        "clinic.name": c.name or wording.words(lang, "your_clinic"),
        "clinic.phone": c.phone or wording.words(lang, "clinic_phone_unknown"),
        "clinic.emergency_number": c.emergency_number,
        "clinic.crisis_line": c.crisis_line,
        **clinic_phrases(c.name, c.phone, c.after_hours_phone, c.emergency_number, lang),
        "preparation.solid_food_hours": _number(p.solid_food_hours),
        "preparation.clear_liquid_hours": _number(p.clear_liquid_hours),
        "preparation.arrive_minutes_early": _number(p.arrive_minutes_early),
        "preparation.infusion_minutes": _number(p.infusion_minutes) if p.infusion_minutes else "",
        "preparation.recovery_minutes": _number(p.recovery_minutes),
        "preparation.infusion_time": (wording.duration(p.infusion_minutes, lang) if p.infusion_minutes
                                      else wording.words(lang, "infusion_time_unknown")),
        "preparation.recovery_time": wording.duration(p.recovery_minutes, lang),
        "preparation.food_rule": wording.food_rule(p.solid_food_hours, lang),
        "preparation.drink_rule": wording.drink_rule(p.clear_liquid_hours, lang),
    }


def _number(value: float) -> str:
    return f"{value:g}"
