"""The checklist batch on its own (cli/checklist_batch.run_batch, not through the argument
parser): a CSV of appointments becomes one PDF per good row and one combined PDF;
a bad row is reported with its row number (the line a spreadsheet shows) and
never stops the rows after it. PDFs are read back with poppler."""

from __future__ import annotations

import argparse
import io

import pytest

from checklist_fixtures import write_checklist, write_clinic
from ketaguide.cli.checklist_batch import run_batch
from pdf_helpers import pdfinfo, pdftotext


@pytest.fixture
def batch(tmp_path, qapp):
    """run_batch(csv text) with the fixture clinic and its own checklist folder
    (given as the clinic's content folder: it replaces the built-in checklist)."""
    content = tmp_path / "clinic-content"
    write_checklist(content)
    config = write_clinic(tmp_path)

    def run(csv_text: str):
        csv_file = tmp_path / "tomorrow.csv"
        csv_file.write_text(csv_text, encoding="utf-8")
        args = argparse.Namespace(csv=csv_file, out_dir=tmp_path / "out", config=config, content=content, lang=None,
                                  checklist="preparation")
        out, err = io.StringIO(), io.StringIO()
        code = run_batch(args, out=out, err=err)
        return code, args, out.getvalue(), err.getvalue()

    return run


def test_every_good_row_is_printed_and_the_bad_row_is_named_by_its_line(batch):
    code, args, out, err = batch("date,time,name\n"             # line 1
                                 "2026-12-01,08:00,Ana\n"        # line 2
                                 "2026-12-01,09:30,Bob\n"        # line 3
                                 "2026-12-01,09:75,Cy\n"         # line 4: no such time
                                 "\n"                            # line 5: blank, skipped
                                 "2026-12-02,13:15,Di\n")        # line 6
    assert code == 1  # something needs fixing
    [message] = [line for line in err.splitlines() if str(args.csv) in line]  # (the rest: settings warnings)
    assert message == (f"ketaguide checklist: {args.csv} row 4, column 'time': '09:75' is not a real time of day "
                       "(00:00 to 23:59)")
    assert "Cy" not in out + err  # the person in the bad row is found by the row number, never named
    written = sorted(p.name for p in args.out_dir.iterdir())
    assert written == ["all-checklists.pdf", "row-002-2026-12-01-0800.pdf", "row-003-2026-12-01-0930.pdf",
                       "row-006-2026-12-02-1315.pdf"]
    for name, person, solids in (("row-002-2026-12-01-0800.pdf", "Ana", "by 2:00 AM"),
                                 ("row-003-2026-12-01-0930.pdf", "Bob", "by 3:30 AM"),
                                 ("row-006-2026-12-02-1315.pdf", "Di", "by 7:15 AM")):
        pdf = args.out_dir / name
        assert pdfinfo(pdf)["Pages"] == "1", name
        text = pdftotext(pdf)
        assert f"Prepared for: {person}" in text and f"Stop eating solid food {solids}." in text, name
    combined = args.out_dir / "all-checklists.pdf"
    assert pdfinfo(combined)["Pages"] == "3"
    assert [person for page in (1, 2, 3) for person in ("Ana", "Bob", "Di")
            if f"Prepared for: {person}" in pdftotext(combined, page=page)] == ["Ana", "Bob", "Di"]
    assert "Wrote 3 checklists" in out and "1 row could not be used" in out


def test_a_clean_file_exits_0_and_says_what_it_wrote(batch):
    code, args, out, err = batch("date,time\n2026-12-01,08:00\n2026-12-01,10:30\n")
    assert code == 0 and str(args.csv) not in err
    assert out.strip() == (f"Wrote 2 checklists to {args.out_dir}, and all-checklists.pdf (2 pages) "
                           "to print them in one go.")
    assert "Prepared for" not in pdftotext(args.out_dir / "all-checklists.pdf")  # no name column, no name line


def test_when_every_row_is_bad_nothing_is_written_but_each_row_is_named(batch):
    code, args, out, err = batch("date,time\n2026-13-01,08:00\n2026-12-01,\n")
    assert code == 1
    assert f"{args.csv} row 2, column 'date'" in err and f"{args.csv} row 3, column 'time': empty" in err
    assert list(args.out_dir.iterdir()) == []  # no combined PDF of nothing
    assert "Wrote 0 checklists" in out and "2 rows could not be used" in out
