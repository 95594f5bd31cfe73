"""`ketaguide checklist`: preparation checklists as PDFs, one or a whole day's batch.

Exit codes: 0 everything written; 1 something could not be written (bad
input, unwritable folder, broken checklist), with every good row still
written; 2 the command itself was used wrongly.

Privacy: a name goes into the PDF asked for and nowhere else. It is never
printed, logged, put in a file name or in the PDF's metadata.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.appointment import AppointmentError, parse_appointment_text
from .checklist_printer import COMBINED_NAME, SETTINGS_BROKEN, Printer, writable_folder_problem


def register(commands, common) -> None:
    """Add the `checklist` command to the parser."""
    parser = commands.add_parser(
        "checklist", parents=[common], help="write preparation checklists as PDF files",
        description="Write a patient's preparation checklist as a PDF, or one PDF per row of a scheduling "
                    "system's CSV export plus one combined PDF to print in one go. Works without a display.",
        epilog="Exit status: 0 all written, 1 something could not be written (the good rows still are), "
               "2 wrong usage.")
    single = parser.add_argument_group("one checklist")
    single.add_argument("--appointment", metavar='"YYYY-MM-DD HH:MM"',
                        help="appointment date and 24-hour time; without it the times read in words")
    single.add_argument("--name", metavar="NAME", default="",
                        help="first name to print on the checklist (written nowhere else)")
    single.add_argument("--out", type=Path, metavar="FILE.pdf", help="the PDF file to write")
    batch = parser.add_argument_group("a batch")
    batch.add_argument("--from", dest="csv", type=Path, metavar="CSV",
                       help="CSV with a header row: date (YYYY-MM-DD), time (HH:MM), optional name and lang")
    batch.add_argument("--out-dir", type=Path, metavar="DIR",
                       help=f"folder for one PDF per row and {COMBINED_NAME}")
    parser.add_argument("--checklist", default="preparation", metavar="ID",
                        help="which checklist (default: %(default)s)")
    parser.set_defaults(handler=lambda args: run(args, parser))


def run(args, parser: argparse.ArgumentParser) -> int:
    if args.csv is not None or args.out_dir is not None:
        if args.csv is None or args.out_dir is None:
            return _usage(parser, "a batch needs both --from CSV and --out-dir DIR")
        if args.out is not None or args.appointment or args.name:
            return _usage(parser, "--out, --appointment and --name are for one checklist; "
                                  "a batch takes them from the CSV")
        from .checklist_batch import run_batch  # lazy: start-up (the CSV reader loads only for a batch)

        return run_batch(args)
    if args.out is None:
        return _usage(parser, "say where to write the PDF: --out FILE.pdf (or --from CSV --out-dir DIR)")
    return _run_single(args)


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return 2


def _run_single(args) -> int:
    appointment = None
    if args.appointment:
        try:
            appointment = parse_appointment_text(args.appointment)
        except AppointmentError as exc:
            return _fail(f"--appointment: {exc}")
    out = Path(args.out)
    problem = writable_folder_problem(out.parent if str(out.parent) else Path("."))
    if problem:
        return _fail(problem)
    printer = Printer(args.config, args.content, args.lang, args.checklist)
    if printer.settings_broken:
        print(SETTINGS_BROKEN, file=sys.stderr)
        return 1
    checklist, problem = printer.checklist_for("")
    if checklist is None:
        return _fail(problem)
    try:
        pages = printer.write_one(out, checklist, appointment, args.name)
    except OSError as exc:
        return _fail(f"cannot write {out}: {exc.strerror or exc}")
    print(f"Wrote {out} ({pages} page{'s' * (pages != 1)}).")
    return 0


def _fail(message: str) -> int:
    print(f"ketaguide checklist: {message}", file=sys.stderr)
    return 1
