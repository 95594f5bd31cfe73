"""Everything one person does in one sitting, in one object.

The kiosk's wipe replaces the whole object in one step and shows the new one
on every page (gui/session_view.py), so no piece of a patient's session (an
answer, a tick, a typed name, the place they were reading, their text size)
can be forgotten. Pages keep no patient state of their own: they show this
object and write what the person does into it. Nothing here is ever written
to disk (at home, only the look is remembered, by gui/preferences.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .quiz import Question


@dataclass
class ReaderPlace:
    """Where the person is on the reading page."""

    module_id: str = ""  # the topic open ("" = none yet)
    anchor: str = ""  # the section it was opened at ("" = the top)
    scroll: int = 0  # how far down the text, in pixels
    contents_anchor: str = ""  # the "On this page" entry last chosen
    speech_speed: int | None = None  # the read-aloud speed chosen (None = normal)


@dataclass
class QuizRun:
    """The questions being checked now and how far the person got."""

    questions: tuple[Question, ...] = ()
    index: int = 0  # the question on screen
    module_id: str = ""  # set when checking one module (chunk-and-check)
    missed: tuple[Question, ...] = ()  # not right first time, offered for review at the end
    chosen: frozenset[int] = frozenset()  # answers ticked on screen, not checked yet


@dataclass
class Session:
    # quiz: question key -> every answer the person checked in this run, in order
    quiz_attempts: dict[str, list[frozenset[int]]] = field(default_factory=dict)
    quiz_run: QuizRun = field(default_factory=QuizRun)
    # teach-back: every answer in this sitting, across runs (a fresh run or a
    # review of the missed ones does not forget them); the care-team summary reads it
    teachback_answers: dict[str, list[frozenset[int]]] = field(default_factory=dict)
    # the "Questions to ask" list: keys of the questions the person ticked
    own_questions: set[str] = field(default_factory=set)
    # checklist: checklist id -> item keys ticked on screen
    checklist_ticks: dict[str, set[str]] = field(default_factory=dict)
    printout_name: str = ""  # typed for a printout only
    appointment: datetime | None = None
    modules_read: set[str] = field(default_factory=set)  # topics opened in this sitting ("3 of 11 read")
    reader: ReaderPlace = field(default_factory=ReaderPlace)
    # the look
    text_scale: float = 1.0
    theme: str = ""  # "" means: follow the operating system
    # the language the person chose for this sitting ("" = the clinic's own)
    language: str = ""
