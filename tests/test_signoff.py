"""Help when the clinic is closed, and sign-off a patient can see.

The clinic's after-hours line and its clinician's approval come from the
settings file; what patients read must make sense with or without them.
"""

from datetime import date, timedelta

import pytest
from gui_helpers import button, click, open_window, visible_texts
from quiz_fixtures import QUIZ

from ketaguide import resources
from ketaguide.cli.check import run_check
from ketaguide.core.loading import load
from ketaguide.core.settings import Settings, load_settings
from ketaguide.core.signoff import Approval, approval_warnings, content_version, sign_off

SHIPPED_VERSION = "2026-12-06"  # the newest last_reviewed in content/en


def settings_file(tmp_path, text: str):
    path = tmp_path / "ketaguide.toml"
    path.write_text(text, encoding="utf-8")
    return path


def approval_toml(version=SHIPPED_VERSION, day="2026-12-06", clinician="Dr Ana Lee", credentials="MD"):
    return (f'[approval]\nclinician = "{clinician}"\ncredentials = "{credentials}"\ndate = {day}\n'
            f'content_version = "{version}"\n')


# -- placeholders that read naturally ---------------------------------------------------
ROUTINE_CAN_WAIT = " Other questions can wait until it opens."


@pytest.mark.parametrize("clinic, contact, when_closed", [
    ("", "your clinic", "If you feel very unwell and your clinic is closed, call 911." + ROUTINE_CAN_WAIT),
    ('name = "Riverside"\nphone = "555-0100"', "Riverside at 555-0100",
     "If you feel very unwell and Riverside is closed, call 911." + ROUTINE_CAN_WAIT),
    ('phone = "555-0100"\nafter_hours_phone = "555-0199"', "your clinic at 555-0100",
     "When your clinic is closed, call the after-hours line at 555-0199."),
    ('name = "Riverside"', "Riverside", "If you feel very unwell and Riverside is closed, call 911." + ROUTINE_CAN_WAIT),
])
def test_clinic_phrases_read_naturally_with_any_mix_of_settings(tmp_path, clinic, contact, when_closed):
    settings, problems = load_settings(settings_file(tmp_path, f"[clinic]\n{clinic}\n"))
    values = settings.placeholders()
    assert problems == []
    assert values["clinic.contact"] == contact
    assert values["clinic.when_closed"] == when_closed
    assert "phone number" not in values["clinic.contact"]


def test_without_an_after_hours_line_the_advice_is_the_emergency_number(tmp_path):
    values = Settings().placeholders()
    assert values["clinic.after_hours_phone"] == "911"
    settings, _ = load_settings(settings_file(tmp_path, '[clinic]\nafter_hours_phone = "555-0199"\n'))
    assert settings.placeholders()["clinic.after_hours_phone"] == "555-0199"


def test_the_shipped_modules_tell_patients_what_to_do_when_the_clinic_is_closed(tmp_path):
    library = load(settings_file(tmp_path, '[clinic]\nname = "Riverside"\nafter_hours_phone = "555-0199"\n'))
    for module in library.modules:
        assert "When Riverside is closed, call the after-hours line at 555-0199." in module.html, module.id
    checklist = library.checklist("preparation")  # phone instructions are section notes, not boxes (rater 2, 15)
    notes = " ".join(section.note for section in checklist.sections)
    assert "When Riverside is closed, call the after-hours line at 555-0199." in notes


# -- the clinic's approval ------------------------------------------------------------
def test_the_content_version_is_the_newest_review_date():
    assert content_version(load()).isoformat() == SHIPPED_VERSION


def test_check_warns_when_no_clinician_has_approved_the_content(capsys):
    assert run_check(None, None, None) == 0
    out = capsys.readouterr().out
    assert "no clinician at your clinic has approved this content yet" in out
    assert f'content_version = "{SHIPPED_VERSION}"' in out  # the version to copy


def test_a_current_complete_approval_gives_no_warning(tmp_path):
    library = load(settings_file(tmp_path, approval_toml()))
    assert approval_warnings(library) == []
    assert library.settings.approval == Approval("Dr Ana Lee", "MD", "2026-12-06", SHIPPED_VERSION)


def test_an_approval_older_than_the_content_names_what_changed(tmp_path):
    path = settings_file(tmp_path, '[clinic]\nname = "Riverside"\n\n' + approval_toml(version="2026-11-21"))
    [problem] = approval_warnings(load(path))
    assert not problem.is_error and problem.line == 8  # the content_version line
    assert "covers content version 2026-11-21, but the content is now version 2026-12-06" in problem.message
    assert "what-is-ketamine" in problem.message and "checklist preparation" in problem.message


@pytest.mark.parametrize("toml, message", [
    ('[approval]\nclinician = "Dr Ana Lee"\n', "[approval] is missing credentials, date, content_version"),
    (approval_toml(day="2026-12-01", version=SHIPPED_VERSION), "date 2026-12-01 is before content version"),
    (approval_toml(day=f'"{(date.today() + timedelta(days=3)).isoformat()}"'), "is in the future"),
    (approval_toml(day='"10/12/2026"'), "date '10/12/2026' is not a real date"),
    (approval_toml(version="v2"), "content_version 'v2' is not a content version"),
    (approval_toml(version="2027-01-01", day="2027-01-02"), "newer than the content in use"),
])
def test_a_wrong_approval_is_a_clear_warning(tmp_path, toml, message):
    problems = approval_warnings(load(settings_file(tmp_path, toml)))
    assert problems and all(not p.is_error for p in problems)
    assert any(message in p.message for p in problems), [p.message for p in problems]


def test_sign_off_is_the_clinician_only_where_their_approval_covers_the_text():
    approval = Approval("Dr Ana Lee", "MD", "2026-12-10", "2026-12-06")
    covered = sign_off("the writers", date(2026, 12, 6), approval)
    assert (covered.who, covered.on) == ("Dr Ana Lee, MD", date(2026, 12, 10))
    newer = sign_off("the writers", date(2026, 12, 20), approval)
    assert (newer.who, newer.on) == ("the writers", date(2026, 12, 20))
    assert sign_off("the writers", date(2026, 12, 6), Approval()).who == "the writers"


# -- what patients see ------------------------------------------------------------------
def test_the_reader_shows_who_reviewed_the_topic_and_when(qtbot, tmp_path, content_dir, monkeypatch):
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    window = open_window(qtbot)
    click(qtbot, button(window, "First topic"))
    [footer] = [t for t in visible_texts(window) if t.startswith("Reviewed by")]
    assert footer.startswith("Reviewed by Clinical content review on ") and "June" in footer and "2026" in footer


def test_the_reader_shows_the_clinic_clinician_once_they_approved(qtbot, tmp_path, content_dir, monkeypatch):
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    config = settings_file(tmp_path, approval_toml(version="2026-06-01", day="2026-06-15"))
    window = open_window(qtbot, config=config)
    click(qtbot, button(window, "First topic"))
    [footer] = [t for t in visible_texts(window) if t.startswith("Reviewed by")]
    assert footer.startswith("Reviewed by Dr Ana Lee, MD on ") and "15" in footer and "June" in footer


def test_the_printed_checklist_says_who_reviewed_it(qapp, tmp_path):
    from ketaguide.printing.printout import make_printout
    from test_checklist_pdf import pdf_bytes, pdf_text

    for toml, expected in (("", "Reviewed by the ketaguide writers (not yet a clinician) on December 6, 2026"),
                           (approval_toml(), "Reviewed by Dr Ana Lee, MD on December 6, 2026")):
        library = load(settings_file(tmp_path, toml))
        printout = make_printout(library.checklist("preparation"), library.settings, None, "", "en")
        [text] = pdf_text(pdf_bytes(printout))
        assert expected in " ".join(text.split()), text[-300:]


def test_a_one_question_check_says_so_in_the_summary(qtbot, content_dir, monkeypatch):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
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
