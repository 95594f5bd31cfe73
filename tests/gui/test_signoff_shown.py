"""Sign-off a patient can see: the reader's footer names who reviewed the topic (the
clinic's clinician once they approved), and a one-question check says so in its summary."""

from gui_helpers import button, click, open_window, visible_texts
from quiz_fixtures import QUIZ
from signoff_fixtures import approval_toml, settings_file


def test_the_reader_shows_who_reviewed_the_topic_and_when(qtbot, tmp_path, content_dir, as_builtin):
    as_builtin(content_dir)
    window = open_window(qtbot)
    click(qtbot, button(window, "First topic"))
    [footer] = [t for t in visible_texts(window) if t.startswith("Reviewed by")]
    assert footer.startswith("Reviewed by Clinical content review on ") and "June" in footer and "2026" in footer


def test_the_reader_shows_the_clinic_clinician_once_they_approved(qtbot, tmp_path, content_dir, as_builtin):
    as_builtin(content_dir)
    config = settings_file(tmp_path, approval_toml(version="2026-06-01", day="2026-06-15"))
    window = open_window(qtbot, config=config)
    click(qtbot, button(window, "First topic"))
    [footer] = [t for t in visible_texts(window) if t.startswith("Reviewed by")]
    assert footer.startswith("Reviewed by Dr Ana Lee, MD on ") and "15" in footer and "June" in footer


def test_a_one_question_check_says_so_in_the_summary(qtbot, content_dir, as_builtin):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    as_builtin(content_dir)
    window = open_window(qtbot)
    click(qtbot, button(window, "First topic"))
    click(qtbot, button(window, "Check this part"))
    click(qtbot, button(window, "Yes, if I feel fine"))
    click(qtbot, button(window, "Check my answer"))
    click(qtbot, button(window, "Try again"))
    click(qtbot, button(window, "No. An adult must drive me home."))
    click(qtbot, button(window, "Check my answer"))
    click(qtbot, button(window, "See how I did"))
    texts = " ".join(visible_texts(window))
    assert "This one was not right on the first try. The topic below explains it." in texts
    assert "0 of 1" not in texts and "the others" not in texts

