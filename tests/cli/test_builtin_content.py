"""KETAGUIDE_BUILTIN_CONTENT names a folder used in place of the content that ships:
writers check their draft of the next built-in content as it will ship, and the
tests give the app their small folders the same way (conftest's as_builtin)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO
from ketaguide import resources
from ketaguide.cli import main


def test_without_the_variable_the_shipped_content_is_used():
    assert resources.BUILTIN_CONTENT_VARIABLE not in os.environ  # conftest clears a developer's own setting
    assert resources.content_dir() == REPO / "content"


def test_check_reads_the_draft_alone_when_the_variable_names_it(content_dir):
    """The real program, as a writer runs it: only the draft's two topics, none of the shipped ones."""
    env = dict(os.environ, **{resources.BUILTIN_CONTENT_VARIABLE: str(content_dir)})
    result = subprocess.run([sys.executable, "-m", "ketaguide", "check"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Checked 2 modules (en)" in result.stdout
    assert "first-topic" in result.stdout and "what-is-ketamine" not in result.stdout


def test_a_draft_folder_that_is_not_there_is_named(tmp_path, as_builtin, capsys):
    missing = as_builtin(tmp_path / "no-draft")
    assert main(["check"]) == 1
    assert f"the modules folder is missing (expected Markdown files in {missing / 'en' / 'modules'})" \
        in capsys.readouterr().out
