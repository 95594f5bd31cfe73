"""Printed checklists: what the PDF says, its pages and paper, and the staff command line."""

import io
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime

import pytest
from checklist_fixtures import CHECKLIST, write_checklist, write_clinic
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from ketaguide import resources
from ketaguide.cli import main
from ketaguide.core.checklist import load_checklists
from ketaguide.core.settings import Printing, Settings, load_settings
from ketaguide.printing import formats, make_printout, pdf_bytes, write_atomically

TODAY = date(2026, 11, 21)


def words(text: str) -> str:
    """PDF text as a reader sees it: one space between words (extraction
    breaks lines around bold runs, and reads non-breaking spaces as such)."""
    return re.sub(r" ([.,;:!?])", r"\1", " ".join(text.replace("\u00a0", " ").split()))


def pdf_text(data: bytes) -> list[str]:
    return [words(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def clinic(tmp_path, qapp):
    settings, problems = load_settings(write_clinic(tmp_path))
    assert problems == []
    return settings


def fixture_checklist(tmp_path, settings, text=CHECKLIST):
    write_checklist(tmp_path / "content", text)
    (checklist,), problems = load_checklists([tmp_path / "content"], "en", settings, TODAY)
    assert problems == []
    return checklist


def shipped_checklist(settings):
    checklists, _ = load_checklists([resources.content_dir()], "en", settings, date.today())
    return next(c for c in checklists if c.id == "preparation")


# -- the PDF -------------------------------------------------------------------------
def test_the_pdf_has_every_item_the_times_and_the_clinic_numbers(tmp_path, clinic):
    checklist = fixture_checklist(tmp_path, clinic)
    printout = make_printout(checklist, clinic, datetime(2026, 12, 1, 9, 30), "Ana", "en")
    [text] = pdf_text(pdf_bytes(printout))
    for item in printout.checklist.items:
        assert words(item.text) in text
    for expected in ("Riverside Infusion Center", "Getting ready at Riverside Infusion Center",
                     "Tuesday, December 1, 2026 at 9:30 AM", "Prepared for: Ana", "by 3:30 AM", "Stop clear liquids by 7:30 AM.",
                     "by 9:15 AM", "Plan ahead, it makes the day easier.", "555-0100", "911", "988",
                     "Content reviewed November 1, 2026", "Page 1 of 1"):
        assert expected in text, expected


def test_the_pdf_shows_the_day_as_a_timeline(tmp_path, clinic):
    clinic = replace(clinic, preparation=replace(clinic.preparation, infusion_minutes=40))
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, datetime(2026, 12, 1, 9, 30), "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    for label in ("Last food", "Last drink", "Arrive", "Infusion", "Rest", "Ride home", "No driving"):
        assert label in text, label
    assert "at 9:30 AM" in text and "about 11:10 AM" in text  # the timeline's own times


def test_a_clinic_without_a_drip_time_gets_no_guessed_ride_time_on_paper(tmp_path, clinic):
    """Rater 2, problem 2: the 40-minute default printed a ride time that was hours early for pain drips."""
    assert clinic.preparation.infusion_minutes is None  # the fixture clinic does not set it
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, datetime(2026, 12, 1, 9, 30), "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    assert "Ride home when sta" in text and "say you can go" in text  # "ff" prints as a ligature
    assert "No driving for at least 24 hours" in text
    assert "11:10" not in text and "10:10" not in text


def test_without_an_appointment_the_pdf_has_words_and_lines_to_write_on(tmp_path, clinic):
    printout = make_printout(fixture_checklist(tmp_path, clinic), clinic, None, "", "en")
    [text] = pdf_text(pdf_bytes(printout))
    assert "Stop eating solid food 6 hours before your appointment." in text
    assert "Arrive 15 minutes before your appointment." in text
    assert "Appointment: ____" in text and "Prepared for" not in text


def test_the_name_stays_out_of_the_pdf_metadata(tmp_path, clinic):
    data = pdf_bytes(make_printout(fixture_checklist(tmp_path, clinic), clinic, None, "Ana", "en"))
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata.title == "Getting ready at Riverside Infusion Center"
    assert "Ana" not in repr(dict(metadata))


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
@pytest.mark.parametrize("appointment, name", [(datetime(2026, 12, 1, 1, 0), "Maria-Fernanda de los Santos"),
                                               (None, "")])
def test_the_shipped_checklist_prints_on_one_page(tmp_path, clinic, paper, size, appointment, name):
    settings = replace(clinic, printing=Printing(paper=paper, clock="12h"))
    data = pdf_bytes(make_printout(shipped_checklist(settings), settings, appointment, name, "en"))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == size
    assert "Page 1 of 1" in words(reader.pages[0].extract_text())


def test_the_shipped_checklist_without_clinic_settings_is_one_page_too(qapp):
    settings = Settings(printing=Printing(paper="letter"))
    [text] = pdf_text(pdf_bytes(make_printout(shipped_checklist(settings), settings, None, "", "en")))
    assert "Questions? Call your clinic: ____" in text  # a line to write the number on, never a made-up one


def test_a_long_checklist_flows_onto_numbered_pages(tmp_path, clinic):
    many = "\n".join(f"- [ ] Thing number {n} to remember before the day." for n in range(1, 61))
    checklist = fixture_checklist(tmp_path, clinic, CHECKLIST + "\n## Extra\n" + many + "\n")
    texts = pdf_text(pdf_bytes(make_printout(checklist, clinic, None, "", "en")))
    assert len(texts) >= 2
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text and "555-0100" in text
    assert "Thing number 60 to remember" in texts[-1]


def test_several_printouts_in_one_pdf_count_their_own_pages(tmp_path, clinic):
    checklist = fixture_checklist(tmp_path, clinic)
    printouts = [make_printout(checklist, clinic, datetime(2026, 12, 1, h, 0), "", "en") for h in (8, 9, 10)]
    texts = pdf_text(pdf_bytes(*printouts))
    assert len(texts) == 3 and all("Page 1 of 1" in t for t in texts)
    assert "by 2:00 AM" in texts[0] and "by 3:00 AM" in texts[1] and "by 4:00 AM" in texts[2]


def test_paper_clock_and_dates_follow_settings_then_the_locale(qapp):
    us, canada, germany, britain = (QLocale(n) for n in ("en_US", "en_CA", "de_DE", "en_GB"))
    letter, a4 = "Letter", "A4"
    assert formats.page_size(Settings(), us).key() == letter
    assert formats.page_size(Settings(), canada).key() == letter
    assert formats.page_size(Settings(), germany).key() == a4
    assert formats.page_size(Settings(printing=Printing(paper="a4")), us).key() == a4
    assert not formats.uses_24_hour_clock(Settings(), us)
    assert formats.uses_24_hour_clock(Settings(), britain)
    assert formats.uses_24_hour_clock(Settings(printing=Printing(clock="24h")), us)
    assert not formats.uses_24_hour_clock(Settings(printing=Printing(clock="12h")), germany)
    # English content on a German computer: English words, German paper and clock.
    assert formats.locale_for("en", germany).name() == "en_DE"
    assert formats.long_date(formats.locale_for("en", germany))(date(2026, 12, 1)) == "Tuesday, 1 December 2026"
    # A server without a locale ("C") takes the language's home region.
    assert formats.locale_for("en", QLocale.c()).name() == "en_US"


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.pdf"

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        write_atomically(target, b"%PDF-1.4 ...")
    assert list(folder.iterdir()) == []


# -- the command line ----------------------------------------------------------------
@pytest.fixture
def cli(tmp_path, clinic, as_builtin):
    """Built-in content = a small fixture folder with the fixture checklist."""
    content = tmp_path / "content"
    write_checklist(content)
    as_builtin(content)
    config = tmp_path / "ketaguide.toml"

    def run(capsys, *args):
        code = main(["checklist", "--config", str(config), *map(str, args)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_one_checklist_from_the_command_line(cli, tmp_path, capsys):
    out = tmp_path / "ana.pdf"
    code, stdout, stderr = cli(capsys, "--appointment", "2026-12-01 09:30", "--name", "Ana", "--out", out)
    assert code == 0, stderr
    assert stdout.strip() == f"Wrote {out} (1 page)."
    [text] = pdf_text(out.read_bytes())
    assert "Prepared for: Ana" in text and "by 3:30 AM" in text
    assert "Ana" not in stdout + stderr


@pytest.mark.parametrize("args, message", [
    (["--appointment", "2026-12-01 24:30"], "'24:30' is not a real time of day"),
    (["--appointment", "tomorrow"], "is not an appointment written as"),
    (["--out", "/no/such/folder/x.pdf"], "the folder /no/such/folder does not exist"),
])
def test_bad_input_exits_1_and_writes_nothing(cli, tmp_path, capsys, args, message):
    arguments = args if "--out" in args else [*args, "--out", tmp_path / "x.pdf"]
    code, _, stderr = cli(capsys, *arguments)
    assert code == 1 and message in stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("args", [[], ["--from", "x.csv"], ["--from", "x.csv", "--out-dir", "d", "--name", "Ana"]])
def test_wrong_usage_exits_2(cli, capsys, args):
    code, _, stderr = cli(capsys, *args)
    assert code == 2 and "error:" in stderr


def test_a_batch_writes_the_good_rows_reports_the_bad_ones_and_combines(cli, tmp_path, capsys):
    csv_file = tmp_path / "appointments.csv"
    csv_file.write_text("date,time,name,lang\n"
                        "2026-12-01,09:30,Ana,en\n"
                        "2026-12-01,25:00,Bob,\n"
                        "2026-12-02\n"
                        "2026-12-02,01:00,Cy,\n"
                        "2026-12-03,10:00,Di,xx\n")
    out_dir = tmp_path / "out" / "tomorrow"
    code, stdout, stderr = cli(capsys, "--from", csv_file, "--out-dir", out_dir)
    assert code == 1
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "all-checklists.pdf", "row-002-2026-12-01-0930.pdf", "row-005-2026-12-02-0100.pdf"]
    assert f"{csv_file} row 3, column 'time': '25:00' is not a real time of day" in stderr
    assert f"{csv_file} row 4, column 'time': missing" in stderr
    assert f"{csv_file} row 6, column 'lang': no checklist 'preparation' in language 'xx'" in stderr
    assert "Wrote 2 checklists" in stdout and "3 rows could not be used" in stdout
    combined = pdf_text((out_dir / "all-checklists.pdf").read_bytes())
    assert len(combined) == 2 and "Prepared for: Ana" in combined[0] and "Prepared for: Cy" in combined[1]
    assert "by 7:00 PM the day before" in combined[1]
    for name in ("Ana", "Bob", "Cy", "Di"):
        assert name not in stdout + stderr
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_a_long_batch_shows_progress(cli, tmp_path, capsys):
    csv_file = tmp_path / "many.csv"
    csv_file.write_text("date,time\n" + "".join(f"2026-12-01,{8 + n // 6:02d}:{n % 6 * 10:02d}\n" for n in range(25)))
    code, stdout, stderr = cli(capsys, "--from", csv_file, "--out-dir", tmp_path / "many")
    assert code == 0, stderr
    assert "Writing checklists: 25 of 25" in stderr
    assert len(list((tmp_path / "many").glob("row-*.pdf"))) == 25
    assert len(PdfReader(tmp_path / "many" / "all-checklists.pdf").pages) == 25


def test_an_unusable_output_folder_or_csv_exits_1(cli, tmp_path, capsys):
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("date,time\n2026-12-01,09:30\n")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, stderr = cli(capsys, "--from", csv_file, "--out-dir", blocker / "sub")
    assert code == 1 and "cannot create the folder" in stderr
    code, _, stderr = cli(capsys, "--from", tmp_path / "missing.csv", "--out-dir", tmp_path / "x")
    assert code == 1 and "file not found" in stderr


def test_the_command_line_needs_no_display_and_no_widgets(tmp_path):
    """As on a print server: no DISPLAY, no Qt platform chosen, QtWidgets never loaded."""
    out = tmp_path / "server.pdf"
    code = ("import sys\n"
            "from ketaguide.cli import main\n"
            f"code = main(['checklist', '--appointment', '2026-12-01 09:30', '--out', {str(out)!r}])\n"
            "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets was imported'\n"
            "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 1


def test_broken_settings_print_nothing(cli, tmp_path, capsys):
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("date,time\n2026-12-01,09:30\n")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["checklist", "--config", str(tmp_path / "missing.toml"), "--from", str(csv_file),
                 "--out-dir", str(out)])
    assert code == 1 and list(out.iterdir()) == []
    assert "nothing was printed" in capsys.readouterr().err
    code = main(["checklist", "--config", str(tmp_path / "missing.toml"), "--appointment", "2026-12-01 09:30",
                 "--out", str(tmp_path / "one.pdf")])
    assert code == 1 and not (tmp_path / "one.pdf").exists()


def test_csv_problems_never_repeat_a_name_and_never_crash(tmp_path):
    from ketaguide.core.appointment_csv import read_appointments

    path = tmp_path / "a.csv"
    path.write_text("date,time,name\nAna Smith,09:30,Bob\n2026-12-01,09:30," + "x" * 200_000 + "\n")
    rows, problems = read_appointments(path)
    text = " ".join(str(p) for p in problems)
    assert "Ana Smith" not in text and "row 2, column 'date'" in text
    assert "row 3" in text and "cannot be read" in text
