"""`ketaguide check --lang es`: INFLESZ per Spanish module, the modules still shown
in English, and the English report pointing to the other languages."""

import pytest

from ketaguide.cli import main
from spanish_fixtures import write_spanish_module


@pytest.fixture
def builtin(content_dir, as_builtin):
    as_builtin(content_dir)
    return content_dir


def test_check_reports_inflesz_per_spanish_module(builtin, capsys):
    write_spanish_module(builtin)
    code = main(["check", "--lang", "es"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Readability in Spanish (target: INFLESZ ≥ 65 each" in out
    assert any(line.split()[:2] == ["first-topic", "INFLESZ"] for line in out.splitlines())
    assert "Readability of the modules shown in English" in out
    assert any(line.split()[:2] == ["second-topic", "grade"] for line in out.splitlines())
    assert "the module 'second-topic' has no 'es' version" in out


def test_check_in_english_points_to_the_other_languages(builtin, capsys):
    write_spanish_module(builtin)
    assert main(["check"]) == 0
    assert "Also in other languages: es (ketaguide check --lang CODE" in capsys.readouterr().out

