"""`ketaguide checklist --from CSV --out-dir DIR`: a CSV's worth of checklist PDFs plus a combined file.

File names in a batch are the CSV row number and the appointment
("row-004-2026-12-01-0930.pdf"), never the person's name: file names show up
in folder listings, print queues, backups and logs that the PDF itself does
not, and the row number finds the person in the schedule.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.appointment_csv import CsvError, RowProblem, read_appointments
from .checklist_printer import COMBINED_NAME, SETTINGS_BROKEN, Printer, writable_folder_problem

PROGRESS_FROM_ROWS = 20  # shorter batches finish before anyone wonders


class Progress:
    """"Writing checklists: 37 of 100" on one line in a terminal; a line
    every tenth of the way in a log."""

    def __init__(self, total: int, stream=None):
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = total >= PROGRESS_FROM_ROWS
        self.live = self.enabled and self.stream.isatty()
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        text = f"Writing checklists: {self.done} of {self.total}"
        if self.live:
            self.stream.write("\r" + text)
            self.stream.flush()
        elif self.done == self.total or self.done % max(1, self.total // 10) == 0:
            print(text, file=self.stream)

    def finish(self) -> None:
        if self.live:
            self.stream.write("\n")


def run_batch(args, out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr

    def fail(message: str) -> int:
        print(f"ketaguide checklist: {message}", file=err)
        return 1

    try:
        rows, problems = read_appointments(args.csv)
    except CsvError as exc:
        return fail(str(exc))
    folder = Path(args.out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"cannot create the folder {folder}: {exc.strerror or exc}")
    problem = writable_folder_problem(folder)
    if problem:
        return fail(problem)

    from ..printing import PdfDocument, write_atomically  # lazy: start-up (Qt only when printing)

    printer = Printer(args.config, args.content, args.lang, args.checklist, err=err)
    if printer.settings_broken:
        print(SETTINGS_BROKEN, file=err)
        return 1
    default, _ = printer.checklist_for("")
    combined = PdfDocument(default.title if default else "Checklists")
    progress = Progress(len(rows), err)
    written = []
    for row in rows:
        progress.step()
        checklist, problem = printer.checklist_for(row.language)
        if checklist is None:
            problems.append(RowProblem(row.row, "lang" if row.language else "", problem))
            continue
        name = f"row-{row.row:03d}-{row.appointment:%Y-%m-%d-%H%M}.pdf"
        try:
            printer.write_one(folder / name, checklist, row.appointment, row.name, row.language, combined)
        except OSError as exc:
            problems.append(RowProblem(row.row, "", f"cannot write {name}: {exc.strerror or exc}"))
            continue
        written.append(name)
    progress.finish()
    data = combined.finish()
    if written:
        try:
            write_atomically(folder / COMBINED_NAME, data)
        except OSError as exc:
            problems.append(RowProblem(0, "", f"cannot write {COMBINED_NAME}: {exc.strerror or exc}"))
    for problem in sorted(problems, key=lambda p: p.row):
        where = f"{args.csv} {problem}" if problem.row else str(problem.message)
        print(f"ketaguide checklist: {where}", file=err)
    bad_rows = len({p.row for p in problems if p.row})
    summary = f"Wrote {len(written)} checklist{'s' * (len(written) != 1)} to {folder}"
    if written:
        summary += f", and {COMBINED_NAME} ({combined.pages} pages) to print them in one go"
    print(summary + ".", file=out)
    if bad_rows:
        print(f"{bad_rows} row{'s' * (bad_rows != 1)} could not be used; see the messages above.", file=out)
    return 1 if problems else 0
