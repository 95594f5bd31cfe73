"""Everything one person does in one sitting, in one object.

The kiosk's idle reset replaces the whole object in one step, so no piece of
a patient's session (an answer, a tick, a typed name) can be forgotten.
Nothing here is ever written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Session:
    # quiz: question key -> every answer the person checked, in order
    quiz_attempts: dict[str, list[frozenset[int]]] = field(default_factory=dict)
    # teach-back: every answer in this sitting, across runs (a fresh run or a
    # review of the missed ones does not forget them); the care-team summary reads it
    teachback_answers: dict[str, list[frozenset[int]]] = field(default_factory=dict)
    # the "Questions to ask" list: keys of the questions the person ticked
    own_questions: set[str] = field(default_factory=set)
    # checklist: checklist id -> item keys ticked on screen
    checklist_ticks: dict[str, set[str]] = field(default_factory=dict)
    printout_name: str = ""  # typed for a printout only
    modules_read: set[str] = field(default_factory=set)  # topics opened in this sitting ("3 of 11 read")
    appointment: datetime | None = None
    text_scale: float = 1.0
    theme: str = ""  # "" means: follow the operating system
