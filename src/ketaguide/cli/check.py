"""`ketaguide check`: every problem in content and settings, then a summary."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.loading import load
from ..core.readability import MAX_AVERAGE_GRADE, MIN_INFLESZ
from ..core.signoff import with_approval_check


def _relative(path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def run_check(config: Path | None, content: Path | None, language: str | None, out=None) -> int:
    out = out or sys.stdout
    library = with_approval_check(load(config, content, language, readability=True, rendered=True))
    for problem in library.problems:
        print(problem.describe(_relative(problem.path)), file=out)

    english = [m for m in library.modules if not m.readability.spanish]
    spanish = [m for m in library.modules if m.readability.spanish]
    width = max((len(m.id) for m in library.modules), default=0)
    if spanish:
        print(f"\nReadability in Spanish (target: INFLESZ ≥ {MIN_INFLESZ:.0f} each, \"bastante fácil\"):", file=out)
        for module in spanish:
            print(f"  {module.id:<{width}}  {module.readability.summary()}", file=out)
        average = sum(m.readability.inflesz for m in spanish) / len(spanish)
        note = "" if average >= MIN_INFLESZ else f"  (below {MIN_INFLESZ:.0f})"
        print(f"  {'average':<{width}}  INFLESZ {average:.0f}{note}", file=out)
    if english:
        title = "Readability" if not spanish else "Readability of the modules shown in English"
        print(f"\n{title} (target: grade ≤ 6.5 each, ≤ 6.0 on average):", file=out)
        for module in english:
            print(f"  {module.id:<{width}}  {module.readability.summary()}", file=out)
        average = sum(m.readability.grade for m in english) / len(english)
        note = "" if average <= MAX_AVERAGE_GRADE else f"  (above {MAX_AVERAGE_GRADE})"
        print(f"  {'average':<{width}}  grade {average:.1f}{note}", file=out)

    others = [code for code in library.languages if code not in (library.language, "en")]  # en: the reference
    if others:
        print(f"\nAlso in other languages: {', '.join(others)} (ketaguide check --lang CODE checks each against "
              "English, with its own readability)", file=out)
    errors = len(library.errors)
    warnings = len(library.problems) - errors
    settings = _relative(library.settings.path) if library.settings.path else "built-in defaults"
    print(f"\nChecked {len(library.modules)} modules ({library.language}) with settings from {settings}: "
          f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}.", file=out)
    return 1 if errors else 0
