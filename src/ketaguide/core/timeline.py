"""The infusion-day timeline: the steps of the day, with clock times when an
appointment is known and "6 hours before" words when it is not. Drawn as SVG
(vector: crisp at any size, on screen and on paper). No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from . import wording
from .appointment import clock_time, shift
from .design_tokens import PICTURE_ACCENT as ACCENT
from .design_tokens import PICTURE_INK as INK
from .design_tokens import PICTURE_LIGHT as ACCENT_LIGHT
from .design_tokens import PICTURE_WARM as WARM
from .design_tokens import PICTURE_WHITE as WHITE
from .settings import Preparation

# Drawn with the pictures' colour tokens (core/design_tokens.py): the app swaps them per theme.


@dataclass(frozen=True)
class Step:
    kind: str  # food, drink, arrive, infusion, rest, home, no-driving: picks the icon
    label: str
    when: str


def timeline_steps(preparation: Preparation, appointment: datetime | None = None,
                   clock24: bool = False, language: str = "en") -> tuple[Step, ...]:
    p = preparation
    solids, liquids = round(p.solid_food_hours * 60), round(p.clear_liquid_hours * 60)
    arrive, infusion, rest = p.arrive_minutes_early, p.infusion_minutes, p.recovery_minutes

    def w(key: str, **values) -> str:
        return wording.words(language, key, **values)

    def clock(moment) -> str:
        return clock_time(moment.time(), clock24, language)

    def before(minutes: int) -> str:
        if appointment is None:
            if not minutes:
                return w("at_appointment")
            return w("duration_before", duration=wording.duration(minutes, language))
        moment = shift(appointment, minutes)
        day = w("day_before") if moment.date() < appointment.date() else ""
        return wording.with_hour(language, "by", moment, clock24, clock(moment) + day)

    def after(minutes: int, since: bool = False) -> str:
        """"about 11:10 AM", or "from about …" (`since`) for what lasts a while."""
        start = "from_" if since else ""
        if appointment is None:
            return w(f"{start}about_after_start", duration=wording.duration(minutes, language))
        moment = shift(appointment, -minutes)
        day = w("next_day") if moment.date() > appointment.date() else ""
        return wording.with_hour(language, f"{start}about_time", moment, clock24, clock(moment) + day)

    start = (w("at_appointment") if appointment is None else
             wording.with_hour(language, "at_time", appointment, clock24, clock(appointment)))
    steps = []
    if solids:
        steps.append(Step("food", w("step_food"), before(solids)))
    if liquids:
        steps.append(Step("drink", w("step_drink"), before(liquids)))
    steps += [
        Step("arrive", w("step_arrive"), before(arrive)),
    ]
    if infusion:
        steps += [
            Step("infusion", w("step_infusion", duration=wording.duration(infusion, language)), start),
            Step("rest", w("step_rest", duration=wording.duration(rest, language)), after(infusion, since=True)),
            Step("home", w("step_home"), after(infusion + rest)),
        ]
    else:  # the clinic set no drip time: a depression-length guess would mislead pain patients
        steps += [
            Step("infusion", w("step_infusion_unknown"), start),
            Step("rest", w("step_rest", duration=wording.duration(rest, language)), w("after_drip")),
            Step("home", w("step_home"), w("when_staff_say")),
        ]
    steps += [
        Step("no-driving", w("step_no_driving"), w("no_driving_when")),
    ]
    return tuple(steps)


def timeline_alt_text(steps: tuple[Step, ...], language: str = "en") -> str:
    return wording.words(language, "timeline_intro") + " ".join(f"{s.label}: {s.when}." for s in steps)


def timeline_svg(steps: tuple[Step, ...], width: int = 640, font: int = 18) -> str:
    """A vertical timeline: it reads top to bottom like a list and fits any
    width. `font` is the label size in the same units as `width`."""
    row = round(font * 3.4)
    pad = round(font * 0.8)
    x_line = pad + font + 4
    radius = round(font * 0.95)
    height = pad * 2 + row * len(steps)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}">',
             f'<rect x="0" y="0" width="{width}" height="{height}" rx="{font}" fill="{ACCENT_LIGHT}" '
             f'stroke="{ACCENT}" stroke-width="2"/>',
             f'<line x1="{x_line}" y1="{pad + row // 2}" x2="{x_line}" y2="{height - pad - row // 2}" '
             f'stroke="{ACCENT}" stroke-width="{max(3, font // 4)}"/>']
    for index, step in enumerate(steps):
        cy = pad + row * index + row // 2
        parts.append(f'<circle cx="{x_line}" cy="{cy}" r="{radius}" fill="{WHITE}" stroke="{INK}" '
                     f'stroke-width="{max(2, font // 7)}"/>')
        parts.append(_icon(step.kind, x_line, cy, radius))
        text_x = x_line + radius + round(font * 0.8)
        parts.append(f'<text x="{text_x}" y="{cy - round(font * 0.2)}" font-family="DejaVu Sans, Arial, sans-serif" '
                     f'font-size="{font}" font-weight="bold" fill="{INK}">{escape(step.label)}</text>')
        parts.append(f'<text x="{text_x}" y="{cy + round(font * 1.05)}" font-family="DejaVu Sans, Arial, sans-serif" '
                     f'font-size="{round(font * 0.9)}" fill="{INK}">{escape(step.when)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _icon(kind: str, cx: int, cy: int, r: int) -> str:
    """Small shapes inside each circle, so steps differ by more than words."""
    s = r * 0.55
    stroke = f'stroke="{INK}" stroke-width="{max(2, r // 8)}" stroke-linecap="round" stroke-linejoin="round"'
    if kind == "food":  # a plate with a fork
        return (f'<circle cx="{cx}" cy="{cy}" r="{s * 0.8:.1f}" fill="none" {stroke}/>'
                f'<line x1="{cx - s:.1f}" y1="{cy - s:.1f}" x2="{cx - s:.1f}" y2="{cy + s:.1f}" {stroke}/>')
    if kind == "drink":  # a glass
        return (f'<path d="M{cx - s * 0.6:.1f},{cy - s:.1f} L{cx + s * 0.6:.1f},{cy - s:.1f} '
                f'L{cx + s * 0.45:.1f},{cy + s:.1f} L{cx - s * 0.45:.1f},{cy + s:.1f} Z" '
                f'fill="{ACCENT_LIGHT}" {stroke}/>')
    if kind == "arrive":  # a door
        return (f'<rect x="{cx - s * 0.6:.1f}" y="{cy - s:.1f}" width="{s * 1.2:.1f}" height="{s * 2:.1f}" '
                f'fill="{WARM}" {stroke}/>')
    if kind == "infusion":  # a drip bag
        return (f'<rect x="{cx - s * 0.5:.1f}" y="{cy - s:.1f}" width="{s:.1f}" height="{s * 1.2:.1f}" rx="3" '
                f'fill="{ACCENT_LIGHT}" {stroke}/><line x1="{cx}" y1="{cy + s * 0.2:.1f}" x2="{cx}" '
                f'y2="{cy + s:.1f}" {stroke}/>')
    if kind == "rest":  # a clock
        return (f'<circle cx="{cx}" cy="{cy}" r="{s:.1f}" fill="none" {stroke}/>'
                f'<path d="M{cx},{cy - s * 0.6:.1f} L{cx},{cy} L{cx + s * 0.5:.1f},{cy}" fill="none" {stroke}/>')
    if kind == "home":  # a house
        return (f'<path d="M{cx - s:.1f},{cy} L{cx},{cy - s:.1f} L{cx + s:.1f},{cy} L{cx + s * 0.7:.1f},{cy} '
                f'L{cx + s * 0.7:.1f},{cy + s:.1f} L{cx - s * 0.7:.1f},{cy + s:.1f} L{cx - s * 0.7:.1f},{cy} Z" '
                f'fill="{WARM}" {stroke}/>')
    # no driving: a steering wheel with a bar across
    return (f'<circle cx="{cx}" cy="{cy}" r="{s:.1f}" fill="none" {stroke}/>'
            f'<line x1="{cx - s:.1f}" y1="{cy + s:.1f}" x2="{cx + s:.1f}" y2="{cy - s:.1f}" {stroke}/>')


SHORT_LABELS = {kind: wording.ENGLISH[f"short_{kind}"]
                for kind in ("food", "drink", "arrive", "infusion", "rest", "home", "no-driving")}


def timeline_strip_svg(steps: tuple[Step, ...], width: float = 512, font: float = 8.5,
                       language: str = "en") -> tuple[str, float]:
    """A one-row timeline for the printed checklist: the steps left to right,
    short labels under each. Returns the SVG and its height (same units as width)."""
    column = width / len(steps)
    radius = font * 1.25
    line_y = radius + 2
    chars = max(6, int(column / (font * 0.56)))  # what fits on one line under a step
    short = wording.table(language)
    rows = [[short.get(f"short_{s.kind}", s.label)] + _wrap(s.when, chars) for s in steps]
    lines = max(len(r) for r in rows)
    height = line_y + radius + font * 0.8 + lines * font * 1.25 + 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:.1f}" '
             f'width="{width:g}" height="{height:.1f}">',
             f'<line x1="{column / 2:.1f}" y1="{line_y:.1f}" x2="{width - column / 2:.1f}" y2="{line_y:.1f}" '
             f'stroke="{INK}" stroke-width="{font / 6:.2f}"/>']
    for index, (step, row) in enumerate(zip(steps, rows)):
        cx = column * index + column / 2
        parts.append(f'<circle cx="{cx:.1f}" cy="{line_y:.1f}" r="{radius:.1f}" fill="{WHITE}" stroke="{INK}" '
                     f'stroke-width="{font / 7:.2f}"/>')
        parts.append(_icon(step.kind, round(cx), round(line_y), round(radius)).replace(ACCENT_LIGHT, WHITE)
                     .replace(WARM, WHITE))
        for number, text in enumerate(row):
            y = line_y + radius + font * 1.2 + number * font * 1.25
            weight = ' font-weight="bold"' if number == 0 else ""
            parts.append(f'<text x="{cx:.1f}" y="{y:.1f}" text-anchor="middle" font-family="DejaVu Sans, Arial, '
                         f'sans-serif" font-size="{font:g}"{weight} fill="{INK}">{escape(text)}</text>')
    parts.append("</svg>")
    return "\n".join(parts), height


def _wrap(text: str, chars: int) -> list[str]:
    """Word wrap; a no-break space keeps "9:30 AM" on one line."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
