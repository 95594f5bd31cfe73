"""The shipped English content meets its contract and its plain-language targets.

Structural and measured checks only: nothing here depends on the exact wording.
"""

import re

import pytest

from ketaguide.core.loading import load
from ketaguide.core.readability import (MAX_AVERAGE_GRADE, MAX_GRADE, MAX_SMOG, MAX_WORDS_PER_SENTENCE,
                                        MIN_READING_EASE)

START_HERE = ["what-is-ketamine", "is-it-right-for-me", "getting-ready", "infusion-day", "side-effects",
              "aftercare", "treatment-plan"]
LEARN_MORE = ["questions-to-ask", "depression", "chronic-pain", "multiple-sclerosis"]
OVERCLAIMS = re.compile(r"\bcures?\b|safe for everyone|disease[- ]modifying|repairs? myelin", re.IGNORECASE)


@pytest.fixture(scope="module")
def library():
    return load()


def raw(module) -> str:
    return module.path.read_text(encoding="utf-8")


def test_the_shipped_content_has_no_errors(library):
    assert [str(e) for e in library.errors] == []


def test_every_required_module_is_there_in_its_group(library):
    assert [m.id for m in library.modules if m.group == "start-here"] == START_HERE
    assert [m.id for m in library.modules if m.group == "learn-more"] == LEARN_MORE


@pytest.mark.parametrize("module_id", START_HERE + LEARN_MORE)
def test_each_module_has_the_required_parts(library, module_id):
    module = library.module(module_id)
    assert module.html.startswith("<p><strong>"), "the main message comes first, in bold"
    assert "call-clinic" in module.callouts and "emergency" in module.callouts
    assert module.headings[-1].anchor == "key-points"
    assert module.sources and module.reviewed_by
    assert 300 <= module.readability.words <= 900, f"{module.readability.words} words"
    assert not OVERCLAIMS.search(raw(module))
    assert not re.search(r"\b\d{3}[-. ]\d{4}\b", raw(module)), "phone numbers come from settings"


def test_mood_modules_give_the_crisis_line(library):
    for module_id in ("depression", "aftercare", "multiple-sclerosis"):
        assert "{clinic.crisis_line}" in raw(library.module(module_id))


@pytest.mark.parametrize("module_id", START_HERE + LEARN_MORE)
def test_each_module_reads_at_grade_six(library, module_id):
    r = library.module(module_id).readability
    assert r.grade <= MAX_GRADE
    assert r.smog <= MAX_SMOG
    assert r.reading_ease >= MIN_READING_EASE
    assert r.words_per_sentence <= MAX_WORDS_PER_SENTENCE


def test_the_average_grade_is_six_or_below(library):
    grades = [m.readability.grade for m in library.modules]
    assert sum(grades) / len(grades) <= MAX_AVERAGE_GRADE


def test_the_quiz_covers_the_need_to_know_points(library):
    assert len(library.quiz) >= 12
    for module_id in START_HERE:
        assert library.questions_for(module_id), module_id
    for question in library.quiz:
        assert question.see_module and question.see_anchor
        assert 2 <= len(question.choices) <= 5


def test_the_preparation_checklist_uses_appointment_placeholders(library):
    text = (library.content_dirs[0] / "en" / "checklists" / "preparation.md").read_text(encoding="utf-8")
    for placeholder in ("{appointment.stop_solids}", "{appointment.stop_liquids}", "{appointment.arrive}"):
        assert placeholder in text
    assert not re.search(r"\b\d+ (hours|minutes) before", text), "times come from settings"
