"""The checklist core without Qt: parsing, validation, appointment times, CSV rows."""

from dataclasses import replace
from datetime import UTC, date, datetime  # UTC: a fixed clock, so no test depends on the machine's zone

import pytest
from checklist_fixtures import CHECKLIST, write_checklist

from ketaguide import resources
from ketaguide.cli import main
from ketaguide.core import appointment as appt
from ketaguide.core.appointment_csv import CsvError, parse_appointments
from ketaguide.core.checklist import emphasised, load_checklists, personalise
from ketaguide.core.library import load_library
from ketaguide.core.settings import Preparation, Settings

TODAY = date(2026, 11, 21)


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def times(appointment, clock24=False, preparation=Preparation()):
    values = appt.appointment_values(appointment, preparation, appt.TimeStyle(clock24=clock24), zone=UTC)
    return {key.split(".")[1]: plain(value) for key, value in values.items()}


# -- times ----------------------------------------------------------------------
def test_times_on_a_12_hour_clock():
    found = times(datetime(2026, 12, 1, 9, 30))
    assert found["stop_solids"] == "by 3:30 AM"
    assert found["stop_liquids"] == "by 7:30 AM"
    assert found["arrive"] == "by 9:15 AM"
    assert found["date"] == "Tuesday, December 1, 2026"
    assert found["time"] == "9:30 AM"


def test_times_across_midnight_say_the_day():
    found = times(datetime(2026, 12, 1, 1, 0))
    assert found["stop_solids"] == "by 7:00 PM the day before"
    assert found["stop_liquids"] == "by 11:00 PM the day before"
    assert found["arrive"] == "by 12:45 AM"


def test_times_on_a_24_hour_clock():
    found = times(datetime(2026, 12, 1, 1, 0), clock24=True)
    assert found["stop_solids"] == "by 19:00 the day before"
    assert found["arrive"] == "by 00:45"
    assert times(datetime(2026, 12, 1, 14, 5), clock24=True)["time"] == "14:05"


def test_noon_and_midnight_are_spelled_out():
    assert times(datetime(2026, 12, 1, 6, 0))["stop_solids"] == "by 12:00 midnight"
    assert times(datetime(2026, 12, 1, 14, 0))["stop_liquids"] == "by 12:00 noon"
    assert times(datetime(2026, 12, 1, 12, 30))["time"] == "12:30 PM"


def test_a_whole_day_of_fasting_lands_on_the_day_before():
    found = times(datetime(2026, 12, 1, 0, 30), preparation=Preparation(solid_food_hours=24))
    assert found["stop_solids"] == "by 12:30 AM the day before"


def test_without_an_appointment_the_times_read_in_words():
    found = times(None)
    assert found["stop_solids"] == "6 hours before your appointment"
    assert found["stop_liquids"] == "2 hours before your appointment"
    assert found["arrive"] == "15 minutes before your appointment"
    odd = times(None, preparation=Preparation(clear_liquid_hours=2.5, arrive_minutes_early=90, solid_food_hours=1))
    assert odd["stop_liquids"] == "2 hours and 30 minutes before your appointment"
    assert odd["arrive"] == "1 hour and 30 minutes before your appointment"
    assert odd["stop_solids"] == "1 hour before your appointment"


def test_fasting_counts_real_hours_across_a_clock_change():
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        new_york = zoneinfo.ZoneInfo("America/New_York")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone data on this machine")
    # Clocks go forward at 2:00 on 2026-03-08: 8 real hours before 9:00 is midnight, not 1:00.
    values = appt.appointment_values(datetime(2026, 3, 8, 9, 0), Preparation(solid_food_hours=8), zone=new_york)
    assert plain(values[appt.STOP_SOLIDS]) == "by 12:00 midnight"
    assert not appt.exists(datetime(2026, 3, 8, 2, 30), new_york)
    with pytest.raises(appt.AppointmentError, match="does not exist"):
        appt.parse_appointment("2026-03-08", "02:30", new_york)


@pytest.mark.parametrize("text, message", [
    ("2026-12-01", "is not an appointment written as"),
    ("12/01/2026 09:30", "is not a date written as YYYY-MM-DD"),
    ("2026-02-30 09:30", "'2026-02-30' is not a real date"),
    ("2026-12-01 25:00", "'25:00' is not a real time of day"),
    ("2026-12-01 9:30pm", "on a 24-hour clock"),
])
def test_appointments_that_cannot_be(text, message):
    with pytest.raises(appt.AppointmentError, match=message):
        appt.parse_appointment_text(text, UTC)


def test_an_appointment_as_staff_type_it():
    assert appt.parse_appointment_text("2026-12-01 09:30", UTC) == datetime(2026, 12, 1, 9, 30)
    assert appt.parse_appointment_text(" 2026-12-01T9:05 ", UTC) == datetime(2026, 12, 1, 9, 5)


def test_times_are_picked_out_for_bold_print():
    runs = emphasised("Stop by 3:30 AM. Then stop by 7:30 AM.", ("3:30 AM", "7:30 AM"))
    assert runs == [("Stop by ", False), ("3:30 AM", True), (". Then stop by ", False), ("7:30 AM", True),
                    (".", False)]
    assert emphasised("Nothing here.", ()) == [("Nothing here.", False)]


# -- loading --------------------------------------------------------------------
def load(folder, settings=Settings()):
    return load_checklists([folder], "en", settings, TODAY)


def test_a_checklist_loads_into_sections_items_and_notes(tmp_path):
    write_checklist(tmp_path)
    (checklist,), problems = load(tmp_path)
    assert problems == []
    assert checklist.id == "preparation" and checklist.title == "Getting ready at your clinic"
    assert checklist.last_reviewed == date(2026, 11, 1)
    assert [s.title for s in checklist.sections] == ["The day before", "The morning of"]
    assert checklist.sections[0].note == "Plan ahead, it makes the day easier."
    texts = [item.text for item in checklist.items]
    assert texts[1] == "Call your clinic's phone number if you have no ride."  # continuation line joined
    assert texts[4] == "Arrive {appointment.arrive}."  # plain "- " items are boxes too
    assert [item.key for item in checklist.items] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert checklist.items[2].line == 14


def test_personalise_fills_the_appointment_and_names_the_times(tmp_path):
    write_checklist(tmp_path)
    (checklist,), _ = load(tmp_path)
    filled, bold = personalise(checklist, datetime(2026, 12, 1, 9, 30), Preparation(), zone=UTC)
    assert plain(filled.items[2].text) == "Stop eating solid food by 3:30 AM."
    assert plain(filled.items[4].text) == "Arrive by 9:15 AM."
    assert [plain(t) for t in bold] == ["3:30 AM", "7:30 AM", "9:15 AM"]
    words, _ = personalise(checklist, None, Preparation())
    assert words.items[2].text == "Stop eating solid food 6 hours before your appointment."
    assert "{" not in " ".join(i.text for i in filled.items + words.items)


def test_clinic_settings_fill_the_clinic_placeholders(tmp_path):
    write_checklist(tmp_path)
    settings = replace(Settings(), clinic=replace(Settings().clinic, name="Riverside", phone="555-0100"))
    (checklist,), _ = load(tmp_path, settings)
    assert checklist.title == "Getting ready at Riverside"
    assert checklist.items[1].text == "Call 555-0100 if you have no ride."


def broken(tmp_path, old: str, new: str):
    path = write_checklist(tmp_path, CHECKLIST.replace(old, new, 1))
    checklists, problems = load(tmp_path)
    return checklists, [(p.line, p.message, p.is_error) for p in problems if p.path == path]


@pytest.mark.parametrize("old, new, line, message", [
    ("{appointment.arrive}", "{appointment.leave}", 16, "unknown placeholder {appointment.leave}"),
    ("{clinic.phone}", "{clinic.fax}", 10, "unknown placeholder {clinic.fax}"),
    ("last_reviewed: 2026-11-01", "last_reviewed: 2026-13-01", 4, "last_reviewed '2026-13-01' is not a real date"),
    ("last_reviewed: 2026-11-01", "last_reviewed: 2027-01-01", 4, "last_reviewed 2027-01-01 is in the future"),
    ("id: preparation", "id: Preparation Day", 2, "must be lowercase letters, digits and hyphens"),
    ("title: Getting ready at {clinic.name}\n", "", 1, "missing front-matter key 'title'"),
    ("id: preparation\n", "id: preparation\ncolour: blue\n", 3, "unknown front-matter key 'colour'"),
    ("title: Getting ready at {clinic.name}", "title: [unclosed", 3, "the front matter is not valid YAML"),
    ("- [ ] Make sure", "- [x] Make sure", 9, "a box that is already ticked"),
    ("- [ ] Make sure an adult can drive you home.", "- [ ]", 9, "a box without text"),
    ("## The morning of", "### The morning of", 13, "a level-3 heading"),
    ("- [ ] Make sure", "1. Make sure", 9, "numbered lists are not boxes"),
    ("## The day before\n", "Hello there.\n## The day before\n", 6, "text before the first section"),
    ("- Arrive {appointment.arrive}.", "- Arrive {appointment.arrive}.\n\nSee you soon.", 18,
     "text after the boxes of 'The morning of'"),
])
def test_every_mistake_is_an_error_with_its_line(tmp_path, old, new, line, message):
    checklists, problems = broken(tmp_path, old, new)
    assert any(l == line and message in m and error for l, m, error in problems), problems
    assert checklists == ()  # never a half-right checklist in front of a patient


def test_a_checklist_without_boxes_or_front_matter(tmp_path):
    body_only = CHECKLIST.split("---\n", 2)[2]
    _, problems = broken(tmp_path, CHECKLIST, CHECKLIST.split("## The day before")[0])
    assert (6, "the checklist has no boxes", True) in problems
    path = write_checklist(tmp_path, body_only)
    _, problems = load(tmp_path)
    assert [(p.line, p.message) for p in problems if p.path == path] == [(1, "the file has no front matter")]


def test_unreadable_and_empty_files(tmp_path):
    folder = tmp_path / "en" / "checklists"
    folder.mkdir(parents=True)
    (folder / "a.md").write_bytes(CHECKLIST.encode() + b"\xff")
    (folder / "b.md").write_text("  \n")
    _, problems = load(tmp_path)
    assert [(p.path.name, p.line) for p in problems] == [("a.md", 17), ("b.md", 1)]
    assert "UTF-8" in problems[0].message and "empty" in problems[1].message


def test_formatting_and_an_old_review_are_warnings_only(tmp_path):
    text = CHECKLIST.replace("2026-11-01", "2025-06-01").replace("Make sure", "**Make sure**")
    write_checklist(tmp_path, text)
    checklists, problems = load(tmp_path)
    assert len(checklists) == 1 and problems and not any(p.is_error for p in problems)
    assert {p.line for p in problems} == {4, 9}


def test_duplicate_ids_and_a_clinic_override(tmp_path):
    builtin, clinic = tmp_path / "builtin", tmp_path / "clinic"
    write_checklist(builtin)
    write_checklist(builtin, CHECKLIST, name="copy.md")
    write_checklist(clinic, CHECKLIST.replace("title: Getting ready at {clinic.name}", "title: Our own list"))
    checklists, problems = load_checklists([builtin, clinic], "en", Settings(), TODAY)
    assert [c.title for c in checklists] == ["Our own list"]
    [duplicate] = problems
    assert duplicate.path.name == "preparation.md" and duplicate.line == 2
    assert "duplicate checklist id 'preparation'" in duplicate.message


def test_the_library_carries_checklists_and_their_problems(content_dir):
    write_checklist(content_dir)
    write_checklist(content_dir, CHECKLIST.replace("id: preparation", "id: aftercare").replace("- [ ]", "- [x]"),
                    name="aftercare.md")
    library = load_library([content_dir], Settings(), "en", today=TODAY)
    assert library.checklist("preparation").sections[0].title == "The day before"
    assert library.checklist("aftercare") is None
    assert any(p.path.name == "aftercare.md" and "already ticked" in p.message for p in library.errors)


def test_ketaguide_check_reports_checklist_errors(content_dir, monkeypatch, capsys):
    monkeypatch.setattr(resources, "content_dir", lambda: content_dir)
    write_checklist(content_dir, CHECKLIST.replace("{appointment.arrive}", "{appointment.leave}"))
    assert main(["check"]) == 1
    assert "preparation.md:16: unknown placeholder {appointment.leave}" in capsys.readouterr().out


def test_the_shipped_checklist_loads_cleanly():
    checklists, problems = load_checklists([resources.content_dir()], "en", Settings(), date.today())
    assert [p for p in problems if p.is_error] == []
    shipped = next(c for c in checklists if c.id == "preparation")
    assert len(shipped.items) >= 5


# -- CSV rows -----------------------------------------------------------------------
def test_csv_rows_with_numbers_as_a_spreadsheet_shows_them():
    text = ("\ufeffDate,Time,Name,Lang,Provider\n"
            "2026-12-01,09:30,Ana,en,Dr A\n"
            "\n"
            '2026-12-01,13:00,"Lopez, Maria",,Dr B\n')
    rows, problems = parse_appointments(text, UTC)
    assert problems == []
    assert [(r.row, r.appointment, r.name, r.language) for r in rows] == [
        (2, datetime(2026, 12, 1, 9, 30), "Ana", "en"), (4, datetime(2026, 12, 1, 13, 0), "Lopez, Maria", "")]


def test_bad_csv_rows_name_row_and_column_but_never_the_person():
    text = ("date;time;name\n"
            "2026-12-01;25:00;Ana\n"
            "2026-12-01\n"
            "2026-02-30;09:00;Bo\n"
            "2026-12-02;;Cy\n"
            "2026-12-03;10:00;Smith;Di\n"
            "2026-12-04;11:00;Ed\n")
    rows, problems = parse_appointments(text, UTC)
    assert [r.row for r in rows] == [7]
    assert [str(p) for p in problems] == [
        "row 2, column 'time': '25:00' is not a real time of day (00:00 to 23:59)",
        "row 3, column 'time': missing (the row ends too early)",
        "row 4, column 'date': '2026-02-30' is not a real date",
        "row 5, column 'time': empty",
        "row 6: 4 values but the header has 3 columns (a comma inside a value? put that value in double quotes)",
    ]
    assert not any(name in str(p) for p in problems for name in ("Ana", "Bo", "Cy", "Smith", "Di"))


@pytest.mark.parametrize("text, message", [
    ("", "the file is empty"),
    ("day,time\n2026-12-01,09:30\n", "the header row has no 'date' column"),
    ("date,time,date\n", "names the column 'date' twice"),
])
def test_a_csv_that_cannot_be_used_at_all(text, message):
    with pytest.raises(CsvError, match=message):
        parse_appointments(text)


def test_no_qt_in_the_checklist_core():
    import subprocess
    import sys

    code = ("import sys\n"
            "import ketaguide.core.checklist, ketaguide.core.appointment, ketaguide.core.appointment_csv\n"
            "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)\n")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
