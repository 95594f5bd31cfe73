"""Loading and validating many modules: is it fast, and does it grow linearly?

    python benchmarks/bench_loading.py [--counts 1000 2000] [--json]

Modules are made from the real ones (content/en/modules), each copy with its
own id, its links pointing at its own batch, and one sentence of its own, so
no cache inside Markdown or textstat can answer for a copy. Every copy is a
valid module: loading reports no errors. The one-time costs of the first load
in a process (imports; textstat's pronouncing dictionary) are measured apart.
Baseline: reading the same files and splitting their front matter, nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "content" / "en" / "modules"
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def generate(count: int, folder: Path) -> Path:
    """count modules under folder/en/modules; returns the content folder."""
    originals = sorted(SOURCE.glob("*.md"))
    ids = [re.search(r"^id: (\S+)", p.read_text(encoding="utf-8"), re.M).group(1) for p in originals]
    texts = [p.read_text(encoding="utf-8") for p in originals]
    link = re.compile(r"\]\((" + "|".join(map(re.escape, ids)) + r")([#)])")
    out = folder / "en" / "modules"
    out.mkdir(parents=True)
    for n in range(count):
        batch, index = divmod(n, len(originals))
        text = re.sub(r"^id: (\S+)$", lambda m: f"id: {m.group(1)}-{batch}", texts[index], count=1, flags=re.M)
        text = re.sub(r"^order: (\d+)$", lambda m: f"order: {int(m.group(1)) + 100 * batch}", text, count=1,
                      flags=re.M)
        # A link goes to the same batch, or to batch 0 where the last, partial batch lacks the module.
        text = link.sub(lambda m: f"]({m.group(1)}-"
                                  f"{batch if batch * len(originals) + ids.index(m.group(1)) < count else 0}"
                                  f"{m.group(2)}", text)
        words = " ".join(NUMBERS[int(d)] for d in str(n))
        text = text.replace("\n## ", f"\nThis is copy {words}.\n\n## ", 1)  # its own text
        (out / f"{n:05d}-{ids[index]}.md").write_text(text, encoding="utf-8")
    shutil.copytree(ROOT / "assets", folder / "assets")  # pictures are checked too
    return folder


def load(folder: Path):
    from ketaguide.core.library import load_library
    from ketaguide.core.settings import Settings

    return load_library([folder], Settings(), "en", today=date(2026, 12, 1))


def read_only(folder: Path) -> None:
    from ketaguide.core.frontmatter import read_text, split

    for path in sorted((folder / "en" / "modules").glob("*.md")):
        text, _ = read_text(path)
        split(path, text)


def timed(action, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ketaguide-loading-"))
    try:
        start = time.perf_counter()
        first = load(generate(11, work / "first"))  # imports, textstat's dictionary: once per process
        results = {"first_load_11_s": time.perf_counter() - start, "errors": len(first.errors)}
        for count in args.counts:
            folder = generate(count, work / str(count))
            library = load(folder)
            assert len(library.modules) == count and not library.errors, [str(e) for e in library.errors[:3]]
            results[f"load_{count}_s"] = timed(lambda: load(folder), args.runs)
            results[f"read_{count}_s"] = timed(lambda: read_only(folder), args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results))
    else:
        print(f"first load in a fresh process (11 modules, imports and dictionaries): "
              f"{results['first_load_11_s']:.2f} s")
        for count in args.counts:
            print(f"{count} modules: load and validate {results[f'load_{count}_s']:.2f} s "
                  f"(reading the files only: {results[f'read_{count}_s']:.2f} s)")
        if len(args.counts) == 2:
            a, b = args.counts
            print(f"growth {b}/{a}: {results[f'load_{b}_s'] / results[f'load_{a}_s']:.2f}x for {b / a:.2f}x modules")
    return results


if __name__ == "__main__":
    main()
    sys.exit(0)
