"""Staff PIN hashes: scrypt for new ones, PBKDF2 ones still verify, bounded
parameters, 6 digits at least; and a kiosk without a usable hash is an error,
with its line, in the settings (`ketaguide hash-pin`, `check` and `--self-check`:
tests/cli/test_pin_cli.py)."""

from __future__ import annotations

import base64
import hashlib
import secrets

import pytest

from ketaguide.core import pin
from ketaguide.core.pin import hash_pin, problem_with_hash, valid_pin, verify_pin
from kiosk_fixtures import KIOSK, scrypt_hash


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
    assert low <= pin.SCRYPT_N <= high and 128 * high * pin.SCRYPT_R_RANGE[1] < pin.SCRYPT_MAXMEM


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
