"""Read a scheduling system's CSV export of appointments, row by row.

Columns: date (YYYY-MM-DD), time (HH:MM, 24-hour), optional name and lang;
other columns are ignored and never read further. Rows are numbered as a
spreadsheet shows them (the header is row 1), so staff can find a bad row.
A problem message never repeats a person's name.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from .appointment import AppointmentError, exists, parse_date, parse_time

REQUIRED = ("date", "time")
OPTIONAL = ("name", "lang")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")


@dataclass(frozen=True)
class AppointmentRow:
    row: int
    appointment: datetime
    name: str
    language: str  # "" means: the default language


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str  # "" when the whole row is wrong
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, column '{self.column}'" if self.column else f"row {self.row}"
        return f"{where}: {self.message}"


class CsvError(ValueError):
    """The file as a whole cannot be read (missing, not text, no usable header)."""


def read_appointments(path: Path, zone: tzinfo | None = None) -> tuple[list[AppointmentRow], list[RowProblem]]:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")  # Excel writes a BOM
    except FileNotFoundError:
        raise CsvError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise CsvError(f"{path}: not UTF-8 text (in Excel: Save As, \"CSV UTF-8\")") from None
    except OSError as exc:
        raise CsvError(f"{path}: cannot read the file: {exc.strerror}") from None
    return parse_appointments(text, zone)


def parse_appointments(text: str, zone: tzinfo | None = None) -> tuple[list[AppointmentRow], list[RowProblem]]:
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise CsvError("the file is empty: the first row must name the columns date,time[,name][,lang]")
    columns = [cell.strip().lower() for cell in header]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise CsvError(f"the header row has no {' or '.join(repr(c) for c in missing)} column "
                       f"(found: {', '.join(repr(c) for c in columns)}; expected date,time[,name][,lang])")
    repeated = sorted({c for c in columns if c in REQUIRED + OPTIONAL and columns.count(c) > 1})
    if repeated:
        raise CsvError(f"the header row names the column {', '.join(repr(c) for c in repeated)} twice")
    rows, problems = [], []
    number = 1
    try:
        for number, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue  # blank lines, or a row of empty cells at the end of an export
            row, row_problems = _read_row(number, columns, record, zone)
            problems.extend(row_problems)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:  # a field longer than the csv module allows, a stray NUL byte…
        problems.append(RowProblem(number + 1, "", f"the file cannot be read from this row on ({exc}); "
                                   "rows after it were not used"))
    return rows, problems


def _without_names(message: str, value: str) -> str:
    """Repeat a value in a message only when it is plainly a date or a time:
    a name typed into the wrong column must not end up in a log."""
    if re.fullmatch(r"[0-9\s:/.T-]*", value):
        return message
    return message.replace(f"'{value}'", "this value")


def _delimiter(text: str) -> str:
    """Comma, or the semicolon spreadsheets use where the comma is a decimal mark."""
    first = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count) if first else ","


def _read_row(number: int, columns: list[str], record: list[str],
              zone: tzinfo | None) -> tuple[AppointmentRow | None, list[RowProblem]]:
    if len(record) > len(columns):
        return None, [RowProblem(number, "", f"{len(record)} values but the header has {len(columns)} columns "
                                 "(a comma inside a value? put that value in double quotes)")]
    cells = {column: record[i].strip() for i, column in enumerate(columns) if i < len(record)}
    if any("\n" in cells.get(column, "") for column in REQUIRED + OPTIONAL):
        return None, [RowProblem(number, "", "a value runs over several lines: a double quote is probably "
                                 "not closed, so the rows after it may be part of this one")]
    problems = []
    for column in REQUIRED:
        if column not in cells:
            problems.append(RowProblem(number, column, "missing (the row ends too early)"))
        elif not cells[column]:
            problems.append(RowProblem(number, column, "empty"))
    if problems:
        return None, problems
    try:
        day = parse_date(cells["date"])
    except AppointmentError as exc:
        problems.append(RowProblem(number, "date", _without_names(str(exc), cells["date"])))
    try:
        moment = parse_time(cells["time"])
    except AppointmentError as exc:
        problems.append(RowProblem(number, "time", _without_names(str(exc), cells["time"])))
    language = cells.get("lang", "")
    if language and not _LANGUAGE.match(language):
        problems.append(RowProblem(number, "lang", "this is not a language code (for example en or es)"))
    if problems:
        return None, problems
    appointment = datetime.combine(day, moment)
    if not exists(appointment, zone):
        return None, [RowProblem(number, "time", f"{cells['time']} does not exist on {cells['date']} "
                                 "(the clocks go forward that night)")]
    return AppointmentRow(number, appointment, cells.get("name", ""), language), []
