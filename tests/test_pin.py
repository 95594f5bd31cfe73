"""Staff PIN hashes: scrypt for new ones, PBKDF2 ones still verify, bounded
parameters, 6 digits at least; and a kiosk without a usable hash is an error,
with its line, in `check` and `--self-check`."""

from __future__ import annotations

import base64
import hashlib
import io
import secrets

import pytest

from ketaguide.core import pin
from ketaguide.core.pin import hash_pin, problem_with_hash, valid_pin, verify_pin


def pbkdf2_hash(code: str, rounds: int) -> str:
    """A hash as ketaguide 1.x made them."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", code.encode(), salt, rounds)
    return f"pbkdf2_sha256${rounds}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_new_hashes_are_scrypt_with_the_documented_cost_and_verify():
    stored = hash_pin("908172")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 16, 8, 1)
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert problem_with_hash(stored) is None
    assert verify_pin("908172", stored) and not verify_pin("908173", stored)
    assert hash_pin("908172") != stored, "a fresh salt every time"


def test_older_pbkdf2_hashes_still_verify():
    stored = pbkdf2_hash("2468", 200_000)  # made before PINs needed 6 digits
    assert problem_with_hash(stored) is None
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)


@pytest.mark.parametrize("code", ["1234", "12345", "12a456", "１２３４５６", "1234567890123", ""])
def test_new_pins_have_6_to_12_plain_digits(code):
    assert not valid_pin(code)
    with pytest.raises(ValueError):
        hash_pin(code)


def test_six_and_twelve_digits_are_fine():
    assert valid_pin("000000") and valid_pin("123456789012")


@pytest.mark.parametrize("stored, problem", [
    ("", "staff_pin_hash is missing"),
    ("1234", "staff_pin_hash is not a hash made by 'ketaguide hash-pin'"),
    ("scrypt$65536$8$1$!!!$AAAA", "staff_pin_hash is damaged (it does not decode)"),
    ("scrypt$65536$8$1$AAAA$AAAA", "staff_pin_hash is damaged (its salt or digest has the wrong length)"),
])
def test_damaged_hashes_are_named(stored, problem):
    assert problem_with_hash(stored) == problem
    assert not verify_pin("123456", stored)


def scrypt_hash(n: int, r: int = 8, p: int = 1) -> str:
    salt, digest = base64.b64encode(b"s" * 16).decode(), base64.b64encode(b"d" * 32).decode()
    return f"scrypt${n}${r}${p}${salt}${digest}"


@pytest.mark.parametrize("stored, words", [
    (scrypt_hash(2 ** 10), "too weak (scrypt n=1024, at least 16384 is needed)"),
    (scrypt_hash(2 ** 16, r=1), "too weak (scrypt r=1, at least 8 is needed)"),
    (scrypt_hash(2 ** 30), "too slow to check (scrypt n=1073741824, at most 262144)"),
    (scrypt_hash(2 ** 16, p=64), "too slow to check (scrypt p=64, at most 4)"),
    (scrypt_hash(50_000), "not a power of two"),
    ("pbkdf2_sha256$999999999999$" + scrypt_hash(1).split("$", 4)[4], "too slow to check (999,999,999,999"),
    ("pbkdf2_sha256$1000$" + scrypt_hash(1).split("$", 4)[4], "too weak (1,000 PBKDF2 rounds"),
])
def test_hash_parameters_are_bounded(stored, words):
    problem = problem_with_hash(stored)
    assert problem is not None and words in problem
    assert not verify_pin("123456", stored), "never computed: it would freeze the kiosk, or guess too easily"


def test_the_cost_bounds_leave_room_for_the_default():
    low, high = pin.SCRYPT_N_RANGE
    assert low <= pin.SCRYPT_N <= high and pin.SCRYPT_MAXMEM > 128 * high * pin.SCRYPT_R_RANGE[1]


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


KIOSK = '[clinic]\nname = "R"\nphone = "1"\n[kiosk]\nenabled = true\n'


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


def test_check_accepts_a_kiosk_with_a_good_pin(tmp_path, capsys):
    from ketaguide.core.settings import load_settings

    config = tmp_path / "k.toml"
    config.write_text(KIOSK + f'staff_pin_hash = "{hash_pin("246813", n=2 ** 14)}"\n', encoding="utf-8")
    settings, problems = load_settings(config)
    assert problems == [] and settings.kiosk.staff_pin_hash


def test_check_warns_about_an_older_pbkdf2_hash(tmp_path):
    from ketaguide.core.settings import load_settings

    config = tmp_path / "k.toml"
    config.write_text(KIOSK + f'staff_pin_hash = "{pbkdf2_hash("2468", 200_000)}"\n', encoding="utf-8")
    settings, problems = load_settings(config)
    assert settings.kiosk.staff_pin_hash, "it still works"
    [problem] = problems
    assert not problem.is_error and problem.line == 6 and "older ketaguide (PBKDF2" in problem.message


def test_self_check_fails_a_kiosk_without_a_usable_pin_and_names_the_line(qapp, tmp_path):
    from ketaguide.cli.self_check import run_self_check

    config = tmp_path / "k.toml"
    config.write_text(KIOSK + f'staff_pin_hash = "{scrypt_hash(2 ** 30)}"\n', encoding="utf-8")
    out = io.StringIO()
    assert run_self_check(config=config, out=out) == 1
    report = out.getvalue()
    assert "FAIL  settings from" in report
    assert f"{config}:6: staff_pin_hash is too slow to check" in report
