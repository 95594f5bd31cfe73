"""The teach-back quiz: parsing, validation and scoring. No Qt.

Teach-back checks how well *we* explained things, not the person: a wrong
answer leads to a short re-explanation and another try, never a "fail".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import line_grammar
from .errors import ContentError
from .frontmatter import read_text
from .limits import MAX_QUIZ_BYTES, source_problems
from .placeholders import fill

_MODULE = re.compile(r"^module:\s*(\S*)\s*$", re.IGNORECASE)
_SEE = re.compile(r"^see:\s*(\S*)\s*$", re.IGNORECASE)
_MAX_CHOICES = 9  # number keys 1-9 pick a choice


@dataclass(frozen=True)
class Choice:
    text: str
    right: bool


@dataclass(frozen=True)
class Question:
    key: str  # unique within a run: where the question is written (file and line)
    prompt: str
    module_id: str
    choices: tuple[Choice, ...]
    explanation: str  # Markdown
    see_module: str
    see_anchor: str
    path: Path
    line: int
    see_line: int = 0
    explanation_line: int = 0  # where the explanation starts in the file

    @cached_property
    def explanation_html(self) -> str:
        """Rendered when the question is first answered, not at start."""
        from .render import render  # lazy: start-up (Python-Markdown stays off the start path)

        return render(self.explanation)

    @property
    def explanation_text(self) -> str:
        """The explanation as words for screen readers, without Markdown's marks."""
        from .render import plain_text  # lazy: start-up (Python-Markdown stays off the start path)

        return plain_text(self.explanation)

    @property
    def multiple(self) -> bool:
        """Several right choices: the person picks all that apply."""
        return sum(c.right for c in self.choices) > 1

    @property
    def right_answer(self) -> frozenset[int]:
        return frozenset(i for i, c in enumerate(self.choices) if c.right)

    def is_right(self, chosen: frozenset[int] | set[int]) -> bool:
        return frozenset(chosen) == self.right_answer


@dataclass
class _Draft:
    prompt: str
    line: int
    module: str = ""
    module_line: int = 0
    see: str = ""
    see_line: int = 0
    explanation_line: int = 0  # where the explanation starts in the file
    choices: list = None
    explanation: list = None

    def __post_init__(self):
        self.choices, self.explanation = [], []


def load_quiz(path: Path, placeholders: dict[str, str], anchors_by_module: dict[str, frozenset[str] | None]
              ) -> tuple[tuple[Question, ...], list[ContentError]]:
    """Every valid question; each broken one is reported and skipped alone.
    A module's anchors may be None (its page not read yet): its sections are not checked."""
    if not path.exists():
        return (), []
    text, errors = read_text(path, MAX_QUIZ_BYTES, "quiz")
    if text is None:
        return (), errors
    limits = source_problems(text, path, 1)
    if limits:
        return (), errors + limits
    text, placeholder_errors = fill(text, placeholders, path, 1)
    errors.extend(placeholder_errors)
    drafts, stray = _drafts(text.split("\n"))
    if stray:
        errors.append(ContentError(path, stray, "text before the first question",
                                   "start each question with a '## ' heading"))
    questions, seen = [], {}
    ends = [d.line for d in drafts[1:]] + [len(text.split("\n")) + 1]
    for draft, end in zip(drafts, ends):
        problems = _validate(draft, path, anchors_by_module)
        # An unknown placeholder is already reported with its line; it only
        # needs to keep this question away from patients.
        broken_by_placeholder = any(draft.line <= (p.line or 0) < end for p in placeholder_errors)
        normalized = " ".join(draft.prompt.lower().split())
        if normalized in seen:
            problems.append(ContentError(path, draft.line, f"duplicate question '{draft.prompt}'",
                                         f"the same question is on line {seen[normalized]}; remove one"))
        else:
            seen[normalized] = draft.line
        errors.extend(problems)
        if not problems and not broken_by_placeholder:
            questions.append(_question(draft, path))
    return tuple(questions), errors


def _drafts(lines: list[str]) -> tuple[list[_Draft], int | None]:
    drafts: list[_Draft] = []
    stray = None
    for number, line in enumerate(lines, 1):
        heading = line_grammar.heading(line)
        if heading and heading.level == 2:
            drafts.append(_Draft(heading.text, number))
            continue
        if not drafts:
            if line.strip():
                stray = stray or number
            continue
        draft = drafts[-1]
        if (match := _MODULE.match(line.strip())) and not draft.choices:
            draft.module, draft.module_line = match.group(1), number
        elif (choice := line_grammar.item(line)) and choice.box is not None and choice.text:
            draft.choices.append(Choice(choice.text, choice.box == "x"))
        elif match := _SEE.match(line.strip()):
            draft.see, draft.see_line = match.group(1), number
        elif line.strip() or draft.explanation:
            draft.explanation_line = draft.explanation_line or number
            draft.explanation.append(line)
    return drafts, stray


def _validate(draft: _Draft, path: Path, anchors_by_module: dict[str, frozenset[str]]) -> list[ContentError]:
    found = []

    def problem(line, message, hint=""):
        found.append(ContentError(path, line, message, hint))

    modules = ", ".join(sorted(anchors_by_module))
    # Prompts and choices are shown in labels and buttons, which would draw HTML.
    for text, line in [(draft.prompt, draft.line)] + [(c.text, draft.line) for c in draft.choices]:
        if line_grammar.has_html(text):
            problem(line, f"raw HTML is not allowed: {text[:40]}", "write the question and its choices as plain text")
            break
    if not draft.prompt.strip():
        problem(draft.line, "the question has no text", "write the question after '## '")
    if not draft.module:
        problem(draft.line, "the question has no 'module:' line", "add 'module: <module id>' under the question")
    elif draft.module not in anchors_by_module:
        problem(draft.module_line, f"module '{draft.module}' does not exist", f"known module ids: {modules}")
    if len(draft.choices) < 2:
        problem(draft.line, "the question needs at least two choices", "add choices as '- [ ] …' lines")
    elif len(draft.choices) > _MAX_CHOICES:
        problem(draft.line, f"the question has more than {_MAX_CHOICES} choices", "keep it short")
    elif not any(c.right for c in draft.choices):
        problem(draft.line, "the question has no right answer", "mark the right choice with '- [x]'")
    if not "\n".join(draft.explanation).strip():
        problem(draft.line, "the question has no explanation",
                "add one or two sentences that explain the answer, before 'See:'")
    if not draft.see:
        problem(draft.line, "the question has no 'See:' link", "add 'See: <module id>#<section id>'")
    else:
        target, _, anchor = draft.see.partition("#")
        if target not in anchors_by_module:
            problem(draft.see_line, f"'See: {draft.see}' links to a module that does not exist",
                    f"known module ids: {modules}")
        elif anchor and anchors_by_module[target] is not None and anchor not in anchors_by_module[target]:
            problem(draft.see_line, f"'See: {draft.see}' links to a section that does not exist",
                    f"sections in '{target}': {', '.join(sorted(anchors_by_module[target]))}")
    return found


def _question(draft: _Draft, path: Path) -> Question:
    target, _, anchor = draft.see.partition("#")
    return Question(
        key=f"{path.name}:{draft.line}",  # unique by construction: one question per heading line
        prompt=draft.prompt.strip(),
        module_id=draft.module,
        choices=tuple(draft.choices),
        explanation="\n".join(draft.explanation).strip(),
        see_module=target,
        see_anchor=anchor,
        path=path,
        line=draft.line,
        see_line=draft.see_line,
        explanation_line=draft.explanation_line,
    )


@dataclass(frozen=True)
class Summary:
    total: int
    right_first_time: tuple[Question, ...]
    right_after_retry: tuple[Question, ...]
    missed: tuple[Question, ...]  # not right on the first try (or never tried)

    @property
    def all_right(self) -> bool:
        return not self.missed and self.total > 0

    def topics_to_review(self) -> tuple[tuple[str, str], ...]:
        """(module id, section anchor) pairs worth another look, in order, once each."""
        seen, topics = set(), []
        for question in self.missed:
            topic = (question.see_module, question.see_anchor)
            if topic not in seen:
                seen.add(topic)
                topics.append(topic)
        return tuple(topics)


def summarize(questions: tuple[Question, ...] | list[Question],
              attempts: dict[str, list[frozenset[int]]]) -> Summary:
    """Score a run from every attempt the person made, in order."""
    first, retry, missed = [], [], []
    for question in questions:
        tries = attempts.get(question.key, [])
        if tries and question.is_right(tries[0]):
            first.append(question)
        else:
            missed.append(question)
            if any(question.is_right(t) for t in tries[1:]):
                retry.append(question)
    return Summary(len(questions), tuple(first), tuple(retry), tuple(missed))
