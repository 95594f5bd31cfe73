"""`ketaguide checklist`: one PDF from the command line, or a CSV of appointments
written as one PDF per row plus a combined file, as clinic staff run it."""

import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from checklist_fixtures import CHECKLIST, write_checklist, write_clinic
from ketaguide.cli import main
from pdf_helpers import pdf_text, words
from spanish_fixtures import ES_CHECKLIST


@pytest.fixture
def cli(tmp_path, as_builtin, qapp):
    """Built-in content = a small fixture folder with the fixture checklist; the fixture clinic's settings.
    `qapp` first: the command line would otherwise make the process's one application a
    QGuiApplication, and a later test's window could not be made."""
    content = tmp_path / "content"
    write_checklist(content)
    as_builtin(content)
    config = write_clinic(tmp_path)

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


def test_the_batch_prints_each_row_in_its_language(tmp_path, qapp, capsys, as_builtin):
    content = tmp_path / "content"
    as_builtin(content)
    write_checklist(content, CHECKLIST)
    write_checklist(content, ES_CHECKLIST, lang="es")
    config = write_clinic(tmp_path)
    rows = tmp_path / "rows.csv"
    rows.write_text("date,time,name,lang\n2026-12-01,09:30,Ana,es\n2026-12-01,10:30,Bob,en\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["checklist", "--config", str(config), "--from", str(rows), "--out-dir", str(out)])
    assert code == 0, capsys.readouterr()
    spanish, english = (words(PdfReader(io.BytesIO(p.read_bytes())).pages[0].extract_text())
                        for p in sorted(out.glob("row-*.pdf")))
    assert "Cita: martes, 1 de diciembre de 2026 a las 9:30 a. m." in spanish and "Página 1 de 1" in spanish
    assert "Appointment: Tuesday, December 1, 2026 at 10:30 AM" in english and "Page 1 of 1" in english
