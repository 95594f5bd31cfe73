"""Every performance figure of issue 8, beside a bare PySide6 window measured in the same run.

    python benchmarks/run_all.py                 # everything (builds the bundles it needs, ~5 min)
    python benchmarks/run_all.py --quick         # fewer runs, no frozen figures, no soak
    python benchmarks/run_all.py --soak 5000     # also the kiosk soak (benchmarks/kiosk_soak.py)

Prints one table: figure, ketaguide, bare window, ratio, target. Linux only (it
reads /proc). Runs offscreen (QT_QPA_PLATFORM=offscreen), with an empty home
folder, so no settings or preferences of this machine take part.

How "start to a fully drawn home screen" is measured, for source and frozen
alike and without changing the app: the program runs with the debug level of
Qt's painting log on (QT_LOGGING_RULES=qt.widgets.painting.debug=true); the
time runs from starting the process until Qt logs that it flushed the main
window's first frame (the home screen) to the screen. Only the debug level:
its info level logs every widget marked and drawn (about 330 lines before
ketaguide's first frame, 10 before the bare window's), which charged each
program for its own widget count in formatting and pipe writes; at debug level
both log 1 to 3 lines before the frame. Peak memory is the process's VmHWM at that moment.
The bare window (benchmarks/bare_window.py, and its bundle from
benchmarks/bare.spec) is measured the same way, interleaved run by run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks"
PYTHON = sys.executable
BARE_DIST = ROOT / "build" / "bench" / "dist"
FLUSH = re.compile(r"Flushing QRegion\(.*\) of Q?MainWindow\(")
MiB = 1024 * 1024


def isolated_env(home: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "XDG_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CONFIG_DIRS=str(home / "etc-xdg"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting.debug=true",
               QT_MESSAGE_PATTERN="%{message}", PYTHONDONTWRITEBYTECODE="")
    return env


def first_frame(command: list[str], env: dict, timeout: float = 60) -> tuple[float, int]:
    """Seconds from starting `command` to its main window's first flushed
    frame, and its peak resident memory (bytes) at that moment."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               cwd=str(env["HOME"]))
    try:
        for line in process.stderr:
            if FLUSH.search(line):
                elapsed = time.perf_counter() - start
                peak = vm_hwm(process.pid)
                return elapsed, peak
            if time.perf_counter() - start > timeout:
                break
        raise RuntimeError(f"no frame from {' '.join(command)} (exit {process.poll()})")
    finally:
        process.kill()
        process.wait()


def vm_hwm(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def start_figures(ketaguide: list[str], bare: list[str], runs: int, env: dict) -> dict:
    """Interleaved runs (bare, ketaguide, bare, ...); one warm-up run each."""
    first_frame(bare, env)
    first_frame(ketaguide, env)
    k_times, b_times, k_peaks, b_peaks = [], [], [], []
    for _ in range(runs):
        t, peak = first_frame(bare, env)
        b_times.append(t)
        b_peaks.append(peak)
        t, peak = first_frame(ketaguide, env)
        k_times.append(t)
        k_peaks.append(peak)
    return {"ketaguide_s": statistics.median(k_times), "bare_s": statistics.median(b_times),
            "ketaguide_peak": statistics.median(k_peaks), "bare_peak": statistics.median(b_peaks)}


def installed_command() -> list[str]:
    """How an installed copy starts: the `ketaguide` script pip made beside
    this Python (like the bare window, a script run by the same Python)."""
    script = Path(PYTHON).parent / "ketaguide"
    return [PYTHON, str(script)] if script.is_file() else [PYTHON, "-m", "ketaguide"]


def ensure_bundles() -> tuple[Path, Path]:
    app = ROOT / "dist" / "ketaguide" / "ketaguide"
    if not app.exists():
        print("run_all: building dist/ketaguide (packaging/build_bundle.py --no-package) …", flush=True)
        subprocess.run([PYTHON, str(ROOT / "packaging" / "build_bundle.py"), "--no-package"], check=True,
                       stdout=subprocess.DEVNULL)
    bare = BARE_DIST / "bare" / "bare"
    if not bare.exists():
        print("run_all: building the bare-window bundle (benchmarks/bare.spec) …", flush=True)
        subprocess.run([PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath",
                        str(BARE_DIST), "--workpath", str(ROOT / "build" / "bench" / "work"),
                        str(HERE / "bare.spec")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return app, bare


def compressed_size(folder: Path, work: Path) -> int:
    """The folder as .tar.gz, compressed as build_bundle.py does (gzip level 9)."""
    out = work / f"{folder.name}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=9) as archive:
        archive.add(folder, arcname=folder.name)
    return out.stat().st_size


def json_of(command: list[str], env: dict | None = None) -> dict:
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def checklist_figures() -> dict | None:
    script = HERE / "bench_checklist.py"
    if not script.exists():
        return None
    result = subprocess.run([PYTHON, str(script)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"}
    figures = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s+(.+?)\s{2,}([\d.]+) (ms|s)\s*$", line)
        if match:
            value = float(match.group(2)) * (1 if match.group(3) == "s" else 0.001)
            figures[match.group(1)] = value
    return figures


def machine() -> str:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration), open("/proc/cpuinfo") as info:
        cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    from PySide6 import __version__ as pyside

    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, "
            f"Python {platform.python_version()}, PySide6 {pyside}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="ketaguide's performance figures")
    parser.add_argument("--runs", type=int, default=9, help="start-up runs per program (median)")
    parser.add_argument("--quick", action="store_true", help="3 runs, no frozen figures, no soak")
    parser.add_argument("--no-frozen", action="store_true", help="skip the bundle figures")
    parser.add_argument("--soak", type=int, default=0, metavar="N", help="also run N kiosk sessions")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    work = Path(tempfile.mkdtemp(prefix="ketaguide-bench-"))
    home = work / "home"
    home.mkdir()
    env = isolated_env(home)
    rows = []  # (figure, ketaguide, bare, ratio, target, met)

    def row(figure, value, bare, ratio, target, met):
        rows.append((figure, value, bare, ratio, target, "yes" if met else "NO"))
        print(f"  … {figure}: {value}", flush=True)

    print(f"ketaguide benchmarks, {datetime.now():%Y-%m-%d %H:%M}, {machine()}", flush=True)
    def start_rows(how: str, figures: dict) -> None:
        ratio = figures["ketaguide_s"] / figures["bare_s"]
        row(f"start to drawn home screen, {how}", f"{figures['ketaguide_s'] * 1000:.0f} ms",
            # the budget is a product decision (2026-12)
            f"{figures['bare_s'] * 1000:.0f} ms", f"{ratio:.2f}x", "<= 2.0x bare", ratio <= 2.0)
        extra = (figures["ketaguide_peak"] - figures["bare_peak"]) / MiB
        row(f"peak memory after home screen, {how}", f"{figures['ketaguide_peak'] / MiB:.0f} MiB",
            f"{figures['bare_peak'] / MiB:.0f} MiB", f"+{extra:.0f} MiB", "<= bare + 30 MiB", extra <= 30)

    start_rows("source", start_figures(installed_command(), [PYTHON, str(HERE / "bare_window.py")], runs, env))
    if not (args.quick or args.no_frozen):
        app, bare = ensure_bundles()
        start_rows("frozen", start_figures([str(app)], [str(bare)], runs, env))
        size, bare_size = compressed_size(app.parent, work), compressed_size(bare.parent, work)
        row("compressed Linux bundle (.tar.gz)", f"{size / 1e6:.1f} MB", f"{bare_size / 1e6:.1f} MB",
            f"{size / bare_size:.2f}x", "<= 55 MB", size <= 55e6)

    switch = json_of([PYTHON, str(HERE / "bench_switch.py"), "--json"], env)
    row("switching module (render + show), median", f"{switch['all_ms']:.1f} ms", f"{switch['bare_ms']:.1f} ms",
        f"{switch['all_ms'] / switch['bare_ms']:.2f}x", "<= 16 ms", switch["all_ms"] <= 16)
    row("  first visit of a module / slowest", f"{switch['first_visit_ms']:.1f} / {switch['slowest_ms']:.1f} ms",
        "", "", "(detail)", True)
    row("  a first tap at once after start (reader built, Markdown loaded)", f"{switch['first_tap_at_once_ms']:.0f} ms",
        "", "", "(detail)", True)

    loading = json_of([PYTHON, str(HERE / "bench_loading.py"), "--json", "--runs", "1" if args.quick else "3"])
    # The target reads "1,000 / 2,000 modules: <= 1 s, and linear": 1,000 within a
    # second, and twice the modules in about twice the time (docs/performance.md).
    for count, target, met in ((1000, "<= 1 s", lambda v: v <= 1), (2000, "linear: ~2x the 1000", lambda v: True)):
        value, floor = loading[f"load_{count}_s"], loading[f"read_{count}_s"]
        row(f"load + validate {count} modules", f"{value:.2f} s", f"{floor:.2f} s (read only)",
            f"{value / floor:.1f}x", target, met(value))
    growth = loading["load_2000_s"] / loading["load_1000_s"]
    row("  growth from 1000 to 2000 modules", f"{growth:.2f}x", "", "", "linear (~2x)", 1.6 <= growth <= 2.4)

    checklist = checklist_figures()
    if checklist is None:
        row("checklist PDF", "benchmarks/bench_checklist.py not found", "", "", "<= 100 ms", False)
    elif "error" in checklist:
        row("checklist PDF", f"bench_checklist.py failed: {checklist['error']}", "", "", "<= 100 ms", False)
    else:
        one = next((v for k, v in checklist.items() if k.startswith("one checklist PDF in memory")), None)
        bare_pdf = next((v for k, v in checklist.items() if k.startswith("baseline: bare")), None)
        batch = next((v for k, v in checklist.items() if k.startswith("batch of 100")), None)
        if one is not None:
            row("one checklist PDF (in memory)", f"{one * 1000:.1f} ms",
                f"{bare_pdf * 1000:.1f} ms (one line)" if bare_pdf else "",
                f"{one / bare_pdf:.1f}x" if bare_pdf else "",
                "<= 100 ms", one <= 0.1)
        if batch is not None:
            row("batch of 100 checklist PDFs", f"{batch:.2f} s", "", "", "<= 5 s", batch <= 5)

    if args.soak:
        soak = json_of([PYTHON, str(HERE / "kiosk_soak.py"), "--sessions", str(args.soak), "--json"], env)
        row(f"kiosk soak: Python heap growth, {args.soak} sessions", f"{soak['traced_growth_mib']:.2f} MiB", "",
            "", "< 5 MiB", soak["traced_growth_mib"] < 5)
        row(f"kiosk soak: RSS growth, {args.soak} sessions",
            f"{soak['rss_growth_mib']:.1f} MiB ({soak['rss_trimmed_growth_mib']:.1f} trimmed)", "", "",
            "< 5 MiB", soak["rss_growth_mib"] < 5)
        if soak.get("errors"):
            row("kiosk soak: errors in the app during the sessions", str(soak["errors"]), "", "", "0", False)

    shutil.rmtree(work, ignore_errors=True)
    print()
    header = ("figure", "ketaguide", "bare window", "ratio", "target", "met")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    for line in [header, tuple("-" * w for w in widths)] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
