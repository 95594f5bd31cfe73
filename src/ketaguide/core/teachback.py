"""The teach-back summary for the care team: what the quiz showed, per topic,
and the person's own questions. No Qt; built from the Session, never stored.

A topic is the module section a question's "See:" points to. Its standing is
the weakest of its questions:
- understood: every question right on the first try;
- went over: one was wrong first, then right on a retry (or a review run);
- to go over with the nurse: one was never answered right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import line_grammar
from .quiz import Question

QUESTIONS_MODULE = "questions-to-ask"  # the module whose list a person can tick
_ANCHOR = re.compile(r"\{#([\w-]+)\}\s*$")

UNDERSTOOD, WENT_OVER, TO_GO_OVER = "understood", "went-over", "to-go-over"


@dataclass(frozen=True)
class Topic:
    module_id: str
    anchor: str
    section: str  # the section's heading ("" when the link is to a whole module)
    module_title: str

    @property
    def title(self) -> str:
        return self.section or self.module_title


@dataclass(frozen=True)
class OwnQuestion:
    key: str  # "<section anchor>:<n>", stable while the content is
    section: str
    text: str


@dataclass(frozen=True)
class TeachBack:
    understood: tuple[Topic, ...]
    went_over: tuple[Topic, ...]
    to_go_over: tuple[Topic, ...]
    questions: tuple[OwnQuestion, ...]  # the ones the person ticked, in the module's order
    answered: int  # questions answered at least once

    @property
    def empty(self) -> bool:
        return not self.answered and not self.questions


def standing(question: Question, tries: list[frozenset[int]]) -> str | None:
    """None when the question was not answered at all."""
    if not tries:
        return None
    if question.is_right(tries[0]):
        return UNDERSTOOD
    return WENT_OVER if any(question.is_right(t) for t in tries[1:]) else TO_GO_OVER


_ORDER = {UNDERSTOOD: 0, WENT_OVER: 1, TO_GO_OVER: 2}


def summarize(questions, answers: dict[str, list[frozenset[int]]], library=None,
              ticked: set[str] | frozenset[str] = frozenset()) -> TeachBack:
    """Topics in quiz order, each once, under its weakest standing.
    `library` names the sections (module titles, headings); without it the ids stand in."""
    topics: dict[tuple[str, str], str] = {}
    answered = 0
    for question in questions:
        found = standing(question, answers.get(question.key, []))
        if found is None:
            continue
        answered += 1
        key = (question.see_module, question.see_anchor)
        if key not in topics or _ORDER[found] > _ORDER[topics[key]]:
            topics[key] = found
    groups: dict[str, list[Topic]] = {UNDERSTOOD: [], WENT_OVER: [], TO_GO_OVER: []}
    for (module_id, anchor), found in topics.items():
        groups[found].append(_topic(library, module_id, anchor))
    own = tuple(q for q in own_questions(library) if q.key in ticked) if library is not None else ()
    return TeachBack(tuple(groups[UNDERSTOOD]), tuple(groups[WENT_OVER]), tuple(groups[TO_GO_OVER]), own, answered)


def _topic(library, module_id: str, anchor: str) -> Topic:
    module = library.module(module_id) if library is not None else None
    if module is None:
        return Topic(module_id, anchor, "", module_id)
    section = next((h.text for h in module.headings if h.anchor == anchor), "") if anchor else ""
    return Topic(module_id, anchor, section, module.title)


def own_questions(library) -> tuple[OwnQuestion, ...]:
    """The list items of the "Questions to ask" module that are questions
    (they hold a "?"), under their sections; advice and key points are not."""
    module = library.module(QUESTIONS_MODULE) if library is not None else None
    if module is None:
        return ()
    found, section, anchor, count = [], "", "", 0
    for line in module.source.split("\n"):
        heading = line_grammar.heading(line)
        if heading is not None and heading.level == 2:
            match = _ANCHOR.search(line)
            section, anchor, count = heading.text, match.group(1) if match else "", 0
            continue
        item = line_grammar.item(line)
        if item is not None and item.box is None and "?" in item.text and section:
            count += 1
            found.append(OwnQuestion(f"{anchor or section}:{count}", section, item.text.strip()))
    return tuple(found)
