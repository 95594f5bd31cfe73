"""core/session.Session: one object for a sitting, and a fresh one shares nothing with the last."""

from dataclasses import fields
from datetime import datetime

from ketaguide.core.session import QuizRun, ReaderPlace, Session


def _fill(session: Session) -> None:
    session.quiz_attempts.setdefault("quiz.md:1", []).append(frozenset({0}))
    session.quiz_run.index = 2
    session.teachback_answers.setdefault("quiz.md:1", []).append(frozenset({1}))
    session.own_questions.add("questions-to-ask:12")
    session.checklist_ticks.setdefault("preparation", set()).add("fasting")
    session.printout_name = "Ana"
    session.appointment = datetime(2026, 12, 7, 9, 0)
    session.modules_read.add("what-is-ketamine")
    session.reader.module_id, session.reader.scroll, session.reader.speech_speed = "aftercare", 300, 2
    session.text_scale, session.theme, session.language = 1.5, "high-contrast", "es"


def test_a_fresh_session_shares_nothing_with_a_used_one():
    used = Session()
    _fill(used)
    fresh = Session()
    assert fresh == Session() and fresh != used
    for field in fields(Session):
        assert getattr(fresh, field.name) != getattr(used, field.name), f"{field.name} was not filled or is shared"


def test_the_reader_place_and_the_quiz_run_start_empty():
    assert Session().reader == ReaderPlace(module_id="", anchor="", scroll=0, contents_anchor="", speech_speed=None)
    assert Session().quiz_run == QuizRun(questions=(), index=0, module_id="", missed=())
