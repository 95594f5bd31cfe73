"""Writing checklist PDFs for the command line: one, or a CSV's worth plus a combined file.

File names in a batch are the CSV row number and the appointment
("row-004-2026-12-01-0930.pdf"), never the person's name: file names show up
in folder listings, print queues, backups and logs that the PDF itself does
not, and the row number finds the person in the schedule.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from .checklist_cli import COMBINED_NAME, PROGRESS_FROM_ROWS, writable_folder_problem
from .core.appointment_csv import CsvError, RowProblem, read_appointments
from .core.checklist import Checklist, load_checklists
from .core.loading import content_dirs
from .core.settings import find_config, load_settings, settings_warnings


SETTINGS_BROKEN = ("ketaguide checklist: nothing was printed: fix the settings problems above first, "
                   "or the times on the sheets would not be your clinic's")


class Printer:
    """Reads the settings once and each language's checklists once (not the
    modules: a print run needs none of them), then makes PDFs."""

    def __init__(self, config: Path | None, content: Path | None, language: str | None, checklist_id: str,
                 err=None):
        from .printing.application import ensure_application

        ensure_application()
        self._err = err or sys.stderr
        self.settings, problems = load_settings(find_config(config))
        self._report(problems + settings_warnings(self.settings))
        # Broken settings would print the built-in fasting times as if they were the clinic's.
        self.settings_broken = any(p.is_error for p in problems)
        self._dirs = content_dirs(self.settings, content)
        self.default_language = language or self.settings.content.language
        self._checklist_id = checklist_id
        self._checklists: dict[str, tuple[Checklist, ...]] = {}

    def _report(self, problems) -> None:
        for problem in problems:
            print(f"ketaguide checklist: {problem}", file=self._err)

    def checklists(self, language: str) -> tuple[Checklist, ...]:
        if language not in self._checklists:
            checklists, problems = load_checklists(self._dirs, language, self.settings, date.today())
            self._report(problems)
            self._checklists[language] = checklists
        return self._checklists[language]

    def checklist_for(self, language: str) -> tuple[Checklist | None, str]:
        language = language or self.default_language
        found = self.checklists(language)
        checklist = next((c for c in found if c.id == self._checklist_id), None)
        if checklist is None:
            known = ", ".join(c.id for c in found) or "none"
            return None, f"no checklist '{self._checklist_id}' in language '{language}' (found: {known})"
        return checklist, ""

    def printout(self, checklist: Checklist, appointment: datetime | None, name: str, language: str = ""):
        from .printing import make_printout

        # Every printed word in the checklist's own language (a row's `lang` picked it).
        return make_printout(checklist, self.settings, appointment, name, checklist.language)

    def write_one(self, out: Path, checklist: Checklist, appointment: datetime | None, name: str,
                  language: str = "", combined=None) -> int:
        """Write one PDF (whole or not at all) and add it to `combined`; returns its pages."""
        from .printing import PdfDocument, write_atomically

        printout = self.printout(checklist, appointment, name, language)
        document = PdfDocument(printout.title)
        layout = document.add_printout(printout)
        write_atomically(out, document.finish())
        if combined is not None:
            combined.add_layout(layout)
        return layout.page_count


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

    from .printing import PdfDocument, write_atomically

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
