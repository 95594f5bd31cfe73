"""Switching modules on the reading page: render + show, as a patient taps Next.

    python benchmarks/bench_switch.py [--rounds 5] [--json]

One switch = open_module() (the page's blocks, contents list, pictures) and
a synchronous repaint of the whole window, i.e. until the new page is on the
screen. Measured offscreen at 1280x860, every module in turn, `rounds` times,
as a patient taps Next: the first round shows each page for the first time
(the reading page builds the next module's page while the person reads: the
event loop runs between switches, untimed), later rounds come back to pages
seen before. "cold" opens each module with no page kept or prepared, as a tap
on a home card or a link to another module does. Baseline: a bare window with
one QTextBrowser showing the same module HTML (setHtml + repaint).

With a screen reader's view (the issue-17 figure), run it on a virtual display
with the AT-SPI bus on and a client listening, e.g.:

    xvfb-run -a dbus-run-session -- sh -c '/usr/libexec/at-spi-bus-launcher --launch-immediately &
        QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 python benchmarks/bench_switch.py'
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(values) -> float:
    return statistics.median(values) * 1000


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ketaguide.gui.app import create_window

    # The very first tap, at once: the reading page is built, Python-Markdown
    # loaded and the page rendered while the person waits. (The app prepares
    # them in the first moment after start, MainWindow.showEvent; a person who
    # looks at the home screen for a moment first never waits for it.)
    eager = create_window()
    eager.resize(1280, 860)
    eager.show()
    app.processEvents()
    start = time.perf_counter()
    eager.open_module(eager.library.modules[1].id)
    eager.repaint()
    first_tap = time.perf_counter() - start
    eager.close()

    window = create_window()
    window.resize(1280, 860)
    window.show()
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    ids = [m.id for m in window.library.modules]
    first, again = [], []
    for round_number in range(args.rounds):
        for module_id in ids:
            start = time.perf_counter()
            window.open_module(module_id)
            window.repaint()
            (first if round_number == 0 else again).append(time.perf_counter() - start)
            app.processEvents()

    cold = []
    for module_id in ids:
        window.reader.browser.clear()  # no page kept or prepared
        start = time.perf_counter()
        window.open_module(module_id)
        window.repaint()
        cold.append(time.perf_counter() - start)
        app.processEvents()

    bare = QMainWindow()
    browser = QTextBrowser()
    bare.setCentralWidget(browser)
    bare.resize(1280, 860)
    bare.show()
    app.processEvents()
    pages = [m.html for m in window.library.modules]
    baseline = []
    for _ in range(args.rounds):
        for html in pages:
            start = time.perf_counter()
            browser.setHtml(html)
            bare.repaint()
            baseline.append(time.perf_counter() - start)
            app.processEvents()

    results = {"first_tap_at_once_ms": first_tap * 1000, "first_visit_ms": median_ms(first),
               "again_ms": median_ms(again or first),
               "all_ms": median_ms(first + again), "slowest_ms": max(first + again) * 1000,
               "cold_ms": median_ms(cold), "bare_ms": median_ms(baseline), "switches": len(first + again)}
    if args.json:
        print(json.dumps(results))
    else:
        print(f"module switch, median of {results['switches']}: {results['all_ms']:.1f} ms "
              f"(first visit {results['first_visit_ms']:.1f} ms, again {results['again_ms']:.1f} ms, "
              f"slowest {results['slowest_ms']:.1f} ms); cold (no page kept) {results['cold_ms']:.1f} ms; "
              f"bare QTextBrowser {results['bare_ms']:.1f} ms; "
              f"a first tap at once after start {results['first_tap_at_once_ms']:.0f} ms")
    return results


if __name__ == "__main__":
    main()
