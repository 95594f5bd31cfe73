"""ruff, with the rules chosen in pyproject.toml ([tool.ruff]), over the code it is switched on for.

LINTED grows to the whole tree once the backlog is fixed: then it is
("src", "tests", "benchmarks", "scripts"), the command the README names.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Clean today; the rest of the tree has a backlog (`ruff check src tests benchmarks scripts --statistics`).
LINTED = ("src/ketaguide/core", "src/ketaguide/printing", "src/ketaguide/cli", "src/ketaguide/__init__.py",
          "src/ketaguide/__main__.py", "src/ketaguide/resources.py", "src/ketaguide/locales.py",
          "src/ketaguide/gui/theme.py", "src/ketaguide/gui/report_box.py", "tests/core", "packaging")


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


def test_the_linted_code_passes_ruff():
    result = ruff("check", "--no-cache", *LINTED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_reads_the_projects_rules(tmp_path):
    """An import that is never used, a blind `except Exception` and a line of 121
    characters each fail: the chosen rules and line length are the ones in use."""
    sample = tmp_path / "sample.py"
    sample.write_text("import os\n\n\ntry:\n    pass\nexcept Exception:\n    pass\n"
                      f"x = '{'y' * 115}'\n", encoding="utf-8")
    result = ruff("check", "--no-cache", "--config", str(REPO / "pyproject.toml"), "--output-format", "concise",
                  str(sample))
    codes = {line.split(": ")[1].split(" ")[0] for line in result.stdout.splitlines() if ": " in line and
             line.startswith(str(sample))}
    assert {"F401", "BLE001", "E501"} <= codes, result.stdout
