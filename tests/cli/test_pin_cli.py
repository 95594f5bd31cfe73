"""The staff PIN on the command line: `ketaguide hash-pin` makes a scrypt line and
refuses a short PIN; `check` and `--self-check` name a kiosk without a usable hash, with its line."""

from __future__ import annotations

import io

import pytest

from ketaguide.core.pin import verify_pin
from kiosk_fixtures import KIOSK, scrypt_hash


def test_hash_pin_cli_refuses_a_short_pin_and_prints_a_scrypt_line(monkeypatch, capsys):
    from ketaguide.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    assert main(["hash-pin", "--stdin"]) == 1
    assert "A staff PIN is 6 to 12 digits" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("246813\n"))
    assert main(["hash-pin", "--stdin"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith('staff_pin_hash = "scrypt$65536$8$1$')
    assert verify_pin("246813", line.split('"')[1])


@pytest.mark.parametrize("extra, line, words", [
    ("", 5, "kiosk mode is on but [kiosk] staff_pin_hash is missing: the kiosk has no staff menu"),
    ('staff_pin_hash = "pbkdf2_sha256$xyz"\n', 6, "staff_pin_hash is not a hash made by 'ketaguide hash-pin'"),
    (f'staff_pin_hash = "{scrypt_hash(2 ** 10)}"\n', 6, "staff_pin_hash is too weak"),
])
def test_check_reports_a_kiosk_without_a_usable_pin_as_an_error_with_its_line(tmp_path, capsys, extra, line,
                                                                               words):
    from ketaguide.cli import main

    config = tmp_path / "k.toml"
    config.write_text(KIOSK + extra, encoding="utf-8")
    assert main(["check", "--config", str(config)]) == 1
    out = capsys.readouterr().out
    assert f"k.toml:{line}: {words}" in out
    assert "ketaguide hash-pin" in out


def test_self_check_fails_a_kiosk_without_a_usable_pin_and_names_the_line(qapp, tmp_path):
    from ketaguide.cli.self_check import run_self_check

    config = tmp_path / "k.toml"
    config.write_text(KIOSK + f'staff_pin_hash = "{scrypt_hash(2 ** 30)}"\n', encoding="utf-8")
    out = io.StringIO()
    assert run_self_check(config=config, out=out) == 1
    report = out.getvalue()
    assert "FAIL  settings from" in report
    assert f"{config}:6: staff_pin_hash is too slow to check" in report

