"""Quiz parsing, every validation error, and scoring, without Qt."""


import pytest

from ketaguide.core.quiz import load_quiz, summarize
from ketaguide.core.settings import Settings
from quiz_fixtures import QUIZ

ANCHORS = {"first-topic": frozenset({"what", "key-points"}), "second-topic": frozenset({"what", "key-points"})}


def load(tmp_path, text):
    path = tmp_path / "quiz.md"
    path.write_text(text, encoding="utf-8")
    return load_quiz(path, Settings().placeholders(), ANCHORS)


def test_parses_single_and_multiple_answer_questions(tmp_path):
    questions, errors = load(tmp_path, QUIZ)
    assert errors == []
    assert [q.prompt for q in questions][0] == "Can you drive yourself home?"
    first, second, third = questions
    assert not first.multiple and first.right_answer == {1}
    assert second.multiple and second.right_answer == {0, 1}
    assert first.see_module == "first-topic" and first.see_anchor == "what"
    assert "slows your reactions" in first.explanation_text
    assert third.choices[1].text == "911, right away"  # placeholder filled
    assert first.line == 1 and second.line == 9


def test_right_answers_need_the_exact_set(tmp_path):
    (_, second, _), _ = load(tmp_path, QUIZ)
    assert second.is_right({0, 1})
    assert not second.is_right({0})
    assert not second.is_right({0, 1, 2})


@pytest.mark.parametrize("broken, message, line", [
    ("## Q?\nmodule: first-topic\n- [ ] a\n- [ ] b\n\nWhy.\nSee: first-topic#what\n",
     "the question has no right answer", 1),
    ("## Q?\nmodule: nowhere\n- [ ] a\n- [x] b\n\nWhy.\nSee: first-topic#what\n",
     "module 'nowhere' does not exist", 2),
    ("## Q?\nmodule: first-topic\n- [ ] a\n- [x] b\n\nWhy.\nSee: gone#what\n",
     "'See: gone#what' links to a module that does not exist", 7),
    ("## Q?\nmodule: first-topic\n- [ ] a\n- [x] b\n\nWhy.\nSee: first-topic#gone\n",
     "'See: first-topic#gone' links to a section that does not exist", 7),
    ("## Q?\nmodule: first-topic\n- [x] only one\n\nWhy.\nSee: first-topic#what\n",
     "the question needs at least two choices", 1),
    ("## Q?\nmodule: first-topic\n- [ ] a\n- [x] b\nSee: first-topic#what\n",
     "the question has no explanation", 1),
    ("## Q?\n- [ ] a\n- [x] b\n\nWhy.\nSee: first-topic#what\n",
     "the question has no 'module:' line", 1),
    ("## Q?\nmodule: first-topic\n- [ ] a\n- [x] b\n\nWhy.\n",
     "the question has no 'See:' link", 1),
    ("##    \nmodule: first-topic\n- [ ] a\n- [x] b\n\nWhy.\nSee: first-topic#what\n",
     "the question has no text", 1),
])
def test_each_broken_question_is_reported_and_skipped_alone(tmp_path, broken, message, line):
    questions, errors = load(tmp_path, QUIZ + "\n" + broken if not broken.startswith("##  ") else broken + QUIZ)
    offset = 0 if broken.startswith("##  ") else QUIZ.count("\n") + 1
    matching = [e for e in errors if e.message.startswith(message)]
    assert matching, [str(e) for e in errors]
    assert matching[0].line == line + offset
    assert len(questions) == 3  # the good ones are all still there


def test_duplicate_questions(tmp_path):
    first_question = QUIZ.split("\n\n## ")[0]
    questions, errors = load(tmp_path, QUIZ + "\n" + first_question + "\n")
    [duplicate] = errors
    assert duplicate.message.startswith("duplicate question") and "line 1" in duplicate.hint
    assert len(questions) == 3


def test_unknown_placeholder_skips_only_that_question(tmp_path):
    questions, errors = load(tmp_path, QUIZ.replace("{clinic.emergency_number}", "{clinic.pager}"))
    assert any("{clinic.pager}" in e.message and e.line == 21 for e in errors)
    assert len(questions) == 2


def test_text_before_the_first_question(tmp_path):
    questions, errors = load(tmp_path, "Intro text.\n\n" + QUIZ)
    assert errors[0].message == "text before the first question" and errors[0].line == 1
    assert len(questions) == 3


def test_empty_and_missing_quiz_files(tmp_path):
    assert load_quiz(tmp_path / "none.md", {}, ANCHORS) == ((), [])
    questions, errors = load(tmp_path, "")
    assert questions == () and "empty" in errors[0].message


def test_summary_counts_first_tries_retries_and_topics(tmp_path):
    questions, _ = load(tmp_path, QUIZ)
    q1, q2, q3 = questions
    attempts = {
        q1.key: [frozenset({1})],  # right first time
        q2.key: [frozenset({0}), frozenset({0, 1})],  # right after a retry
        q3.key: [frozenset({0})],  # still not right
    }
    summary = summarize(questions, attempts)
    assert summary.total == 3
    assert summary.right_first_time == (q1,)
    assert summary.right_after_retry == (q2,)
    assert summary.missed == (q2, q3)
    assert summary.topics_to_review() == (("second-topic", "what"), ("first-topic", "key-points"))
    assert not summary.all_right


def test_all_right_and_unanswered(tmp_path):
    questions, _ = load(tmp_path, QUIZ)
    all_right = {q.key: [q.right_answer] for q in questions}
    assert summarize(questions, all_right).all_right
    assert len(summarize(questions, {}).missed) == 3


def test_shipped_quiz_is_valid_and_covers_every_start_here_module():
    from ketaguide.core.loading import load as load_library

    library = load_library()
    assert not [e for e in library.errors if str(e.path).endswith("quiz.md")]
    assert len(library.quiz) >= 12
    start_here = [m.id for m in library.modules if m.group == "start-here"]
    for module_id in start_here:
        assert library.questions_for(module_id), f"no questions for {module_id}"
    for question in library.quiz:
        assert 2 <= len(question.choices) <= 5 and question.explanation_text


def test_questions_that_differ_late_in_a_long_prompt_are_scored_apart(tmp_path):
    stem = "When you think about the day of your infusion and everything that will happen then, "
    quiz = (f"## {stem}what comes first?\nmodule: first-topic\n- [x] a\n- [ ] b\n\nWhy.\nSee: first-topic#what\n\n"
            f"## {stem}what comes last?\nmodule: first-topic\n- [ ] a\n- [x] b\n\nWhy.\nSee: first-topic#what\n")
    questions, errors = load(tmp_path, quiz)
    assert errors == [] and len({q.key for q in questions}) == 2
    attempts = {q.key: [q.right_answer] for q in questions}
    assert summarize(questions, attempts).all_right
