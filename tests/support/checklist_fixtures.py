"""A small checklist and clinic settings for the checklist tests."""

from pathlib import Path

CHECKLIST = """\
---
id: preparation
title: Getting ready at {clinic.name}
last_reviewed: 2026-11-01
---
## The day before
Plan ahead, it makes the day easier.

- [ ] Make sure an adult can drive you home.
- [ ] Call {clinic.phone} if you
  have no ride.

## The morning of
- [ ] Stop eating solid food {appointment.stop_solids}.
- [ ] Stop clear liquids {appointment.stop_liquids}.
- Arrive {appointment.arrive}.
"""

CLINIC = """\
[clinic]
name = "Riverside Infusion Center"
phone = "555-0100"
emergency_number = "911"
crisis_line = "988"

[printing]
paper = "{paper}"
clock = "{clock}"
"""


def write_checklist(content_dir: Path, text: str = CHECKLIST, name: str = "preparation.md", lang: str = "en") -> Path:
    folder = content_dir / lang / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def write_clinic(folder: Path, paper: str = "letter", clock: str = "12h") -> Path:
    path = folder / "ketaguide.toml"
    path.write_text(CLINIC.format(paper=paper, clock=clock), encoding="utf-8")
    return path
