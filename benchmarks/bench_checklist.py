"""How fast are checklist PDFs? Run on demand, not part of the test suite:

    python benchmarks/bench_checklist.py

Targets (issue 5): one checklist PDF in <= 100 ms inside a running process,
a batch of 100 in <= 5 s. Bare PySide6 baselines are measured in the same
run, so the figures can be compared across machines.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from ketaguide.printing.application import ensure_application

ensure_application()

from PySide6.QtCore import QBuffer, QIODevice, QPointF  # noqa: E402
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter, QTextDocument  # noqa: E402

from ketaguide import resources  # noqa: E402
from ketaguide.cli import main  # noqa: E402
from ketaguide.core.checklist import load_checklists  # noqa: E402
from ketaguide.core.settings import load_settings  # noqa: E402
from ketaguide.printing import make_printout, pdf_bytes, write_pdf  # noqa: E402

CLINIC = '[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n[printing]\npaper = "letter"\n'
RUNS = 30


def median_ms(action, runs: int = RUNS) -> float:
    action()  # warm up: fonts, caches
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def bare_pdf() -> bytes:
    """Baseline 1: the least PySide6 can do, one line of text in a PDF."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    painter = QPainter(writer)
    painter.drawText(QPointF(100, 100), "Getting ready for your ketamine infusion")
    painter.end()
    return bytes(buffer.data())


def plain_document_pdf(text: str) -> bytes:
    """Baseline 2: the same words as a plain QTextDocument, printed by Qt itself."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)
    return bytes(buffer.data())


def main_benchmark() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ketaguide-bench-"))
    config = folder / "ketaguide.toml"
    config.write_text(CLINIC)
    settings, _ = load_settings(config)
    checklists, _ = load_checklists([resources.content_dir()], "en", settings, date.today())
    checklist = next(c for c in checklists if c.id == "preparation")
    appointment = datetime(2026, 12, 1, 9, 30)
    printout = make_printout(checklist, settings, appointment, "Ana", "en")
    words = "\n".join([printout.title] + [item.text for item in printout.checklist.items])

    figures = [
        ("baseline: bare PySide6, one line of text to PDF", median_ms(bare_pdf), "ms"),
        ("baseline: same words as a plain QTextDocument.print_()", median_ms(lambda: plain_document_pdf(words)), "ms"),
        ("one checklist PDF in memory (make_printout + render)",
         median_ms(lambda: pdf_bytes(make_printout(checklist, settings, appointment, "Ana", "en"))), "ms"),
        ("one checklist PDF written to disk (atomic)",
         median_ms(lambda: write_pdf(folder / "one.pdf", make_printout(checklist, settings, appointment, "Ana", "en"))),
         "ms"),
    ]

    csv_file = folder / "appointments.csv"
    start_day = date(2026, 12, 1)
    rows = [f"{start_day + timedelta(days=n // 20)},{7 + (n % 20) // 2:02d}:{(n % 2) * 30:02d},Patient{n},en"
            for n in range(100)]
    csv_file.write_text("date,time,name,lang\n" + "\n".join(rows) + "\n")
    for _attempt in range(2):  # the first run pays for imports and font loading
        start = time.perf_counter()
        code = main(["checklist", "--config", str(config), "--from", str(csv_file), "--out-dir", str(folder / "batch")])
        batch_seconds = time.perf_counter() - start
        assert code == 0, "the batch failed"
    figures.append(("batch of 100: 100 PDFs + the combined PDF, in-process", batch_seconds, "s"))

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ketaguide", "checklist", "--config", str(config),
                    "--appointment", "2026-12-01 09:30", "--out", str(folder / "cold.pdf")], check=True,
                   capture_output=True)
    figures.append(("one checklist from a cold command line (python start included)",
                    time.perf_counter() - start, "s"))

    width = max(len(label) for label, _, _ in figures)
    print(f"ketaguide checklist benchmark ({RUNS} runs each, median; Python {sys.version.split()[0]})")
    for label, value, unit in figures:
        shown = f"{value:7.1f} ms" if unit == "ms" else f"{value:7.2f} s "
        print(f"  {label:<{width}}  {shown}")
    single, batch = figures[2][1], figures[4][1]
    print(f"targets: one PDF <= 100 ms: {'met' if single <= 100 else 'MISSED'}; "
          f"batch of 100 <= 5 s: {'met' if batch <= 5 else 'MISSED'}")


if __name__ == "__main__":
    main_benchmark()
