"""Kiosk soak: thousands of simulated patients in one process. Does memory stay flat?

    python benchmarks/kiosk_soak.py                   # 5,000 sessions (about an hour here)
    python benchmarks/kiosk_soak.py --sessions 400 --warmup 100 --frames 25   # where does it grow?
    python benchmarks/kiosk_soak.py --windows 300     # only build and throw away windows (2 minutes)

Windows made as the app makes them (`WindowKeeper`, kiosk mode), offscreen,
driven from inside Qt's event loop (so deferred deletes happen as in real use).
A second language is offered (a copy of the English modules under "es" in a
temporary clinic folder; `--one-language` leaves it out): every 7th patient
chooses it, which opens a new window, and the wipe after them opens the
clinic's own language again, so window replacement is soaked too.
Each session: start from the attract screen, open three modules (scroll,
follow the "Next" button), answer the module's quiz questions (a wrong answer
first, then try again, then right), tick checklist boxes and set an
appointment when the checklist page exists, make the text larger (every
fifth patient also high contrast), then the end: every third patient taps
"I'm finished" and answers "Yes, clear the screen"; the others walk away and
the kiosk's idle wipe runs (`window.kiosk_controller.wipe()`).

Resident memory (RSS) is recorded from the first session on, so the warm-up
shows. Measured from the end of the warm-up (the first 1,000 of the 5,000
sessions fill caches that are meant to stay: fonts, pictures per text size,
style sheets, Qt's per-language tables): the Python heap with tracemalloc and
RSS, then again at the end. Target: RSS grows less than 5 MiB over sessions
1,000 to 5,000. The biggest growing allocation sites are printed, to find a
leak's cause.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import time
import tracemalloc
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MiB = 1024 * 1024


def second_language():
    """A clinic folder with the English content, and a copy of it under "es"."""
    import tempfile
    from pathlib import Path

    from ketaguide import resources

    folder = Path(tempfile.mkdtemp(prefix="ketaguide-soak-"))
    for language in ("en", "es"):
        shutil.copytree(resources.content_dir() / "en", folder / language)
    return folder


def at_the_same_point_of_a_window(count: int) -> int:
    """The smallest count >= `count` of sessions that ends a window's life:
    every 7th patient (n % 7 == 0) chooses another language, and the wipe after
    them opens a new window, which serves the next six patients. Both
    measurements are taken after a multiple of 7 sessions, so they compare
    windows that have served the same number of patients (their caches hold alike)."""
    return -(-count // 7) * 7


def rss() -> int:
    with open(f"/proc/{os.getpid()}/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_parts() -> tuple[int, int]:
    """RSS split: anonymous memory (heaps, caches) and pages of files mapped in
    (the code of libraries and Python extensions as it is first run, fonts)."""
    parts = {}
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith(("RssAnon:", "RssFile:", "RssShmem:")):
                name, value = line.split(":")
                parts[name] = int(value.split()[0]) * 1024
    return parts.get("RssAnon", 0), parts.get("RssFile", 0) + parts.get("RssShmem", 0)


def trimmed_rss() -> int:
    """RSS after glibc gives its free pages back (malloc_trim): what is really
    held, without the allocator's fragmentation."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return rss()


class _MallInfo2(__import__("ctypes").Structure):
    _fields_ = [(name, __import__("ctypes").c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def heap_in_use() -> tuple[int, int]:
    """glibc's own count (mallinfo2): bytes in use in malloc's heaps (with its
    large mmap'd blocks), and bytes free inside them. In use growing is a leak
    below Python (Qt, PySide); free growing while in use stays is fragmentation.
    (0, 0) where there is no glibc 2.33+."""
    try:
        import ctypes

        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return 0, 0
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return info.uordblks + info.hblkhd, info.fordblks


def trend_per_1000(marks: list[dict], key: str) -> float:
    """Least-squares slope of `key` (bytes) per 1,000 sessions over `marks`, in MiB:
    two marks alone can land on a high and a low point of the same flat line
    (glibc's heap moves by a few MiB from mark to mark)."""
    if len(marks) < 2:
        return 0.0
    xs = [mark["session"] for mark in marks]
    ys = [mark[key] for mark in marks]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread if spread else 0.0
    return slope * 1000 / MiB


def windows_only(count: int, every: int = 100) -> None:
    """Build a kiosk window and throw it away, `count` times, English and the second
    language in turn, with no patient: what does a window leave behind? Prints RSS,
    glibc's counts, the application's children (translators, say) and the memory
    mappings (files mapped in, such as .qm tables) every `every` windows."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ketaguide.gui.app import WindowKeeper

    folder = second_language()
    keeper = WindowKeeper(None, folder, None, kiosk=True)
    keeper.open()
    built = [0]

    def step() -> None:
        if built[0] % every == 0:
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
            gc.collect()
            in_use, free = heap_in_use()
            with open(f"/proc/{os.getpid()}/maps") as maps:
                mappings = sum(1 for _ in maps)
            print(f"{built[0]:5d} windows: RSS {rss() / MiB:6.1f} MiB ({trimmed_rss() / MiB:.1f} after malloc_trim), "
                  f"malloc in use {in_use / MiB:.2f} MiB, free {free / MiB:.2f}, "
                  f"{len(app.children())} children of the app, {mappings} memory mappings", flush=True)
        if built[0] >= count:
            keeper.window.kiosk_controller.leave_quietly()
            app.exit(0)
            return
        keeper.open("es" if built[0] % 2 == 0 else "")
        built[0] += 1
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    app.exec()
    shutil.rmtree(folder, ignore_errors=True)


class Patient:
    """What one simulated person does; `n` varies the choices from person to person."""

    def __init__(self, keeper, app):
        self.keeper, self.app = keeper, app

    @property
    def window(self):  # a language choice or a wipe may replace the window
        return self.keeper.window

    def session(self, n: int) -> None:
        window, app = self.window, self.app
        assert window.on_attract_screen(), "each session starts on the attract screen"
        languages = [b for b in window.attract.language_buttons if b.text() != "English"]
        if languages and n % 7 == 0:
            languages[n % len(languages)].click()
            app.processEvents()
            window = self.window
        else:
            window.attract.start_button.click()
        self.modules = [m.id for m in window.library.modules]
        for step in range(3):
            module_id = self.modules[(n + step) % len(self.modules)]
            window.open_module(module_id)
            bar = window.reader.browser.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            app.processEvents()
        if window.reader.next_button.isVisible():
            window.reader.next_button.click()
        self.quiz(window.reader.module.id if window.reader.module else self.modules[0])
        self.checklist(n)
        # Comfort: larger text (every 5th patient also high contrast). Each change restyles the
        # whole window (~75 ms here), the dearest step of a session; the wipe restyles once more.
        window.step_text_size(+1)
        if n % 5 == 0:
            window.set_high_contrast(True)
        app.processEvents()
        controller = window.kiosk_controller
        if n % 3 == 0:  # "I'm finished", then the one question
            controller.finish_button.click()
            controller.finish_confirm.yes_button.click()
        else:
            controller.wipe()  # what the idle timer does

    def quiz(self, module_id: str) -> None:
        window = self.window
        questions = window.library.questions_for(module_id) or window.library.quiz[:2]
        if not questions:
            return
        window.check_module(module_id) if window.library.questions_for(module_id) else window.start_quiz()
        page = window.quiz  # buttons are clicked, so an error in the app is handled as the app handles it
        for _ in range(min(2, len(questions))):
            if page.views.currentIndex() != 0:
                break
            question = page.question
            wrong = next((i for i, c in enumerate(question.choices) if not c.right), None)
            if wrong is not None:
                page.choices.toggle(wrong)
                page.check_button.click()
                page.retry_button.click()
            for index in sorted(question.right_answer):
                page.choices.toggle(index)
            page.check_button.click()
            self.app.processEvents()
            if page.next_button.isVisible():
                page.next_button.click()

    def checklist(self, n: int) -> None:
        window = self.window
        page = getattr(window, "checklist", None)
        if page is None or not getattr(page, "rows", None):
            return
        window.open_checklist()
        for row in page.rows[n % 3::3]:
            row.box.click()
        if hasattr(page, "appointment_box"):
            page.appointment_box.setChecked(True)
            day = date(2027, 1, 1) + timedelta(days=n % 365)
            from PySide6.QtCore import QDate

            page.date_edit.setDate(QDate(day.year, day.month, day.day))
            page.time_edit.setCurrentIndex(n % max(1, page.time_edit.count()))
        if hasattr(page, "name_edit"):
            page.name_edit.setText(f"Patient {n}")
        self.app.processEvents()


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=5000, help="all sessions, the warm-up included")
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--frames", type=int, default=1,
                        help="tracemalloc frames per allocation: 1 is fast; 25 shows whole call paths of a leak")
    parser.add_argument("--one-language", action="store_true", help="offer no second language")
    parser.add_argument("--no-heap", action="store_true",
                        help="leave tracemalloc off: twice as fast, and its own records do not add to RSS")
    parser.add_argument("--every", type=int, default=500, help="a measurement every this many sessions")
    parser.add_argument("--windows", type=int, default=0,
                        help="no patients: only build and throw away this many windows, watching memory")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.windows:
        windows_only(args.windows)
        return {}

    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ketaguide.gui.app import WindowKeeper

    errors: dict[str, int] = {}  # each different error once, with its count: no growth of our own

    def count_error(kind, value, tb) -> None:  # like the app: report and carry on, but count
        import traceback

        text = "".join(traceback.format_exception(kind, value, tb))
        errors[text] = errors.get(text, 0) + 1

    sys.excepthook = count_error

    clinic_content = None if args.one_language else second_language()
    keeper = WindowKeeper(None, clinic_content, None, kiosk=True)
    keeper.open()
    app.processEvents()
    patient = Patient(keeper, app)
    state = {"n": 0, "marks": [], "error": None}
    progress = [1, 50, 100, 200, 500] + list(range(1000, args.sessions, args.every))  # sessions done, roughly
    progress = [p for p in progress if p != args.warmup]
    if not args.one_language:
        args.warmup = at_the_same_point_of_a_window(args.warmup)
        args.sessions = at_the_same_point_of_a_window(args.sessions) - args.warmup
    else:
        args.sessions -= args.warmup
    total = args.warmup + args.sessions
    started = time.perf_counter()

    def measure(label: str) -> None:
        gc.collect()
        traced = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
        untrimmed = rss()
        trimmed = trimmed_rss()
        in_use, free = heap_in_use()
        anonymous, files = rss_parts()
        state["marks"].append({"label": label, "session": state["n"], "rss": untrimmed, "rss_trimmed": trimmed,
                               "rss_anonymous": anonymous, "rss_files": files,
                               "malloc_in_use": in_use, "malloc_free": free,
                               "traced": traced,
                               "qobjects": len(keeper.window.findChildren(QObject)) + len(app.topLevelWidgets()),
                               "gc_objects": len(gc.get_objects()),
                               "seconds": time.perf_counter() - started})
        if not args.json:
            mark = state["marks"][-1]
            print(f"  {label:>8} session {mark['session']:>5}: RSS {mark['rss'] / MiB:7.1f} MiB "
                  f"({mark['rss_trimmed'] / MiB:.1f} after malloc_trim; {mark['rss_files'] / MiB:.1f} of RSS is files "
                  f"mapped in), "
                  f"malloc in use {mark['malloc_in_use'] / MiB:.2f} MiB, free {mark['malloc_free'] / MiB:.2f}, "
                  f"Python heap {mark['traced'] / MiB:6.2f} MiB, {mark['qobjects']} QObjects, "
                  f"{mark['gc_objects']} Python objects, {mark['seconds']:.0f} s", flush=True)

    def step() -> None:
        try:
            if state.get("due"):  # at the start of a turn, as "start" and "end" are: the pages and window
                measure(state.pop("due"))  # the wipe let go are deleted by then (deleteLater)
            if state["n"] == args.warmup:
                if not args.no_heap:
                    tracemalloc.start(args.frames)
                measure("start")
                state["snapshot"] = tracemalloc.take_snapshot() if not args.no_heap else None
            if state["n"] >= total:
                measure("end")
                state["end_snapshot"] = tracemalloc.take_snapshot() if not args.no_heap else None
                app.exit(0)  # not quit(): it asks the window to close, which a kiosk refuses
                return
            patient.session(state["n"])
            state["n"] += 1
            alike = args.one_language or state["n"] % 7 == 0  # see at_the_same_point_of_a_window
            if progress and state["n"] >= progress[0] and alike and state["n"] < total \
                    and state["n"] != args.warmup:
                progress.pop(0)
                state["due"] = "warm-up" if state["n"] < args.warmup else "progress"
            QTimer.singleShot(0, step)
        except Exception as exc:  # noqa: BLE001 - reported with the session number
            import traceback

            state["error"] = f"session {state['n']}: {type(exc).__name__}: {exc}\n{traceback.format_exc()}"
            app.exit(0)  # not quit(): it asks the window to close, which a kiosk refuses

    QTimer.singleShot(0, step)
    app.exec()
    if clinic_content is not None:
        shutil.rmtree(clinic_content, ignore_errors=True)
    if state["error"]:
        print(state["error"], file=sys.stderr)
        sys.exit(1)
    start = next(mark for mark in state["marks"] if mark["label"] == "start")
    end = state["marks"][-1]
    first = state["marks"][0]
    growth = [] if args.no_heap else [stat for stat in state["end_snapshot"].compare_to(state["snapshot"], "traceback")
                                      if stat.size_diff > 0][:8]
    after_warmup = [mark for mark in state["marks"] if mark["session"] >= args.warmup]
    results = {"sessions": args.sessions, "warmup": args.warmup,
               "rss_trend_mib_per_1000": trend_per_1000(after_warmup, "rss"),
               "in_use_trend_mib_per_1000": trend_per_1000(after_warmup, "malloc_in_use"),
               "seconds_per_session": (end["seconds"] - start["seconds"]) / args.sessions,
               "traced_growth_mib": (end["traced"] - start["traced"]) / MiB,
               "rss_growth_mib": (end["rss"] - start["rss"]) / MiB,
               "rss_trimmed_growth_mib": (end["rss_trimmed"] - start["rss_trimmed"]) / MiB,
               "malloc_in_use_growth_mib": (end["malloc_in_use"] - start["malloc_in_use"]) / MiB,
               "rss_start_mib": start["rss"] / MiB, "rss_end_mib": end["rss"] / MiB,
               "warmup_rss_growth_mib": (start["rss"] - first["rss"]) / MiB,
               "warmup_rss_from_mib": first["rss"] / MiB,
               "qobjects": [start["qobjects"], end["qobjects"]], "gc_objects": [start["gc_objects"], end["gc_objects"]],
               "marks": state["marks"], "errors": sum(errors.values()),
               "first_errors": list(errors)[:3],
               "top_growth": [{"size_kib": stat.size_diff / 1024, "count": stat.count_diff,
                               "where": [f"{frame.filename}:{frame.lineno}" for frame in stat.traceback[-6:]]}
                              for stat in growth]}
    if args.json:
        print(json.dumps(results))
    else:
        print(f"warm-up, sessions {first['session']} to {args.warmup}: RSS {first['rss'] / MiB:.0f} -> "
              f"{start['rss'] / MiB:.0f} MiB ({results['warmup_rss_growth_mib']:+.1f} MiB)")
        print(f"{args.sessions} sessions after {args.warmup} to warm up, "
              f"{results['seconds_per_session'] * 1000:.0f} ms each"
              f"{' (with tracemalloc on)' if not args.no_heap else ''}:")
        print(f"  Python heap growth {results['traced_growth_mib']:.2f} MiB, RSS growth "
              f"{results['rss_growth_mib']:.1f} MiB ({results['rss_start_mib']:.0f} -> {results['rss_end_mib']:.0f} "
              f"MiB; {results['rss_trimmed_growth_mib']:.1f} MiB after malloc_trim), malloc in use "
              f"{results['malloc_in_use_growth_mib']:+.2f} MiB, QObjects {start['qobjects']} -> {end['qobjects']}, "
              f"Python objects {start['gc_objects']} -> {end['gc_objects']}")
        for stat in results["top_growth"]:
            print(f"  +{stat['size_kib']:.1f} KiB in {stat['count']} blocks, allocated at:")
            for where in stat["where"]:
                print(f"      {where}")
        if errors:
            print(f"  {sum(errors.values())} errors in the app's own code during the sessions "
                  f"({len(errors)} different); the first:")
            print("    " + results["first_errors"][0].strip().replace("\n", "\n    "))
        over_the_run = results["rss_trend_mib_per_1000"] * args.sessions / 1000
        print(f"  trend over the {len(after_warmup)} marks after the warm-up: RSS "
              f"{results['rss_trend_mib_per_1000']:+.2f} MiB per 1,000 sessions "
              f"({over_the_run:+.1f} MiB over the run), "
              f"malloc in use {results['in_use_trend_mib_per_1000']:+.2f} MiB per 1,000")
        # Both the two ends and the line through every mark must stay under the target.
        verdict = "met" if max(results["rss_growth_mib"], over_the_run) < 5 else "MISSED"
        print(f"target: RSS grows less than 5 MiB over sessions {args.warmup} to {total} (after the warm-up), "
              f"end to end and along the trend: {verdict}")
    return results


if __name__ == "__main__":
    main()
