"""`ketaguide` itself (cli/__init__.py): whatever a command does, Python's cycle
collector is on when it ends. The pause is for the window's start-up only
(tests/gui/test_start_path.py checks that one)."""

import gc

import pytest

from ketaguide.cli import main


@pytest.fixture(autouse=True)
def collector_on_again():
    yield
    gc.enable()  # a failing test must not leave the rest of the suite without it


def test_a_command_runs_with_the_collector_on_and_leaves_it_on(monkeypatch, capsys):
    from ketaguide.cli import check

    during = []
    monkeypatch.setattr(check, "run_check", lambda *args: during.append(gc.isenabled()) or 0)
    assert main(["check"]) == 0
    assert during == [True]  # a batch of 100 PDFs must not pile up garbage
    assert gc.isenabled()


@pytest.mark.parametrize("argv", [["--no-such-option"], ["--version"], ["checklist", "--appointment"]])
def test_options_that_stop_early_leave_the_collector_on(argv, capsys):
    with pytest.raises(SystemExit):
        main(argv)
    assert gc.isenabled()
