"""A hostile content folder: how long `check` takes and how much memory it needs,
and how long the worst page the limits allow takes to open.

    python benchmarks/bench_hostile.py [--json]

The folder is tests/support/hostile_corpus.py's (raw HTML, refused links, a 50 MB
module, 10,000-deep HTML and quotes, a 2,000-deep list, symbolic links out of
the folder, …). `check` runs in a fresh process, as staff run it; its peak
memory is the child's maximum resident set size.

The worst page: a module as big as core/limits.py allows, every line as long
as allowed, dense with links, emphasis and boxes nested as deep as allowed.
Its open time is what the reading page pays: Python-Markdown's reading plus
Qt laying the HTML out in a text column (offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # conftest
sys.path.insert(0, str(ROOT / "tests" / "support"))  # the shared test helpers


def check_hostile(work: Path) -> dict:
    import hostile_corpus

    content, _, hazards = hostile_corpus.make(work)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ketaguide", "check", "--content", str(content)],
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    errors = sum(1 for line in done.stdout.splitlines() if ": " in line and "warning:" not in line
                 and "/en/modules/" in line)
    return {"check_hostile_s": seconds, "check_hostile_peak_mib": max(peak_kib, before) / 1024,
            "check_hostile_errors": errors, "hazards": len(hazards)}


def worst_page() -> str:
    """As big as a module may be, every line as long as allowed, as many links
    (the dearest mark-up) as allowed, lists and boxes nested as deep as allowed."""
    from ketaguide.core.limits import MAX_LINE_CHARS, MAX_MARKS, MAX_MODULE_BYTES, MAX_NESTING

    nested = "\n".join("    " * level + "- nested item" for level in range(MAX_NESTING))
    link = "see [this step](getting-ready#food) now "
    links_left = MAX_MARKS - 1 - 10  # the bold opening and a few boxes' words
    parts = ["**Main message.**", ""]
    while True:
        count = min(links_left, MAX_LINE_CHARS // len(link))
        line = (link * count + "plain words " * MAX_LINE_CHARS)[:MAX_LINE_CHARS - 1]
        block = ["## A part", "", line, "", nested, "", '!!! tip "A box"', "    " + "plain words " * 20, ""]
        if sum(len(p) + 1 for p in parts + block) > MAX_MODULE_BYTES - 100:
            break
        parts += block
        links_left -= line.count("[")
    return "\n".join(parts)


def open_worst(runs: int) -> dict:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from ketaguide.core import render

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - Qt's text layout needs it
    text = worst_page()
    render.read_page("warm up: **Python-Markdown** loaded")
    read, laid_out = [], []
    for _ in range(runs):
        start = time.perf_counter()
        page = render.read_page(text)
        middle = time.perf_counter()
        document = QTextDocument()
        document.setHtml(page.html)
        document.setTextWidth(680)
        document.size()  # lays the whole page out
        laid_out.append(time.perf_counter() - middle)
        read.append(middle - start)
    return {"worst_page_bytes": len(text.encode()), "worst_page_read_ms": min(read) * 1000,
            "worst_page_layout_ms": min(laid_out) * 1000,
            "worst_page_open_ms": min(map(sum, zip(read, laid_out))) * 1000}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="ketaguide-hostile-"))
    try:
        results = check_hostile(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results.update(open_worst(args.runs))
    if args.json:
        print(json.dumps(results))
    else:
        print(f"check on the hostile folder ({results['hazards']} hazards, a 50 MB module): "
              f"{results['check_hostile_s']:.2f} s, peak {results['check_hostile_peak_mib']:.0f} MiB, "
              f"{results['check_hostile_errors']} errors reported")
        print(f"the worst page the limits allow ({results['worst_page_bytes'] / 1000:.0f} KB): read "
              f"{results['worst_page_read_ms']:.0f} ms + laid out {results['worst_page_layout_ms']:.0f} ms = "
              f"{results['worst_page_open_ms']:.0f} ms")
    return results


if __name__ == "__main__":
    main()
