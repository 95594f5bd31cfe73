"""Staff PIN: only a salted, slow hash is ever stored (made by `ketaguide hash-pin`),
and the limit on guesses at the kiosk.

New hashes use scrypt (memory-hard, in the standard library); hashes made by
older versions (PBKDF2-SHA256) still verify. Every parameter read from a
settings file is bounded: a copied or hand-edited hash can neither be
trivially weak nor freeze the kiosk for minutes on each try.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass

MIN_DIGITS = 6  # for new PINs; a stored hash cannot tell how long its PIN was
MAX_DIGITS = 12

SCRYPT = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 16, 8, 1  # 64 MiB and about 0.2 s per try (README "Staff PIN")
SCRYPT_N_RANGE = (2 ** 14, 2 ** 18)  # 16-256 MiB
SCRYPT_R_RANGE = (8, 16)
SCRYPT_P_RANGE = (1, 4)
SCRYPT_MAXMEM = 2 ** 30  # above the largest accepted n*r*128 bytes (512 MiB at n=2^18, r=16)

PBKDF2 = "pbkdf2_sha256"  # older hashes: still accepted
PBKDF2_RANGE = (100_000, 2_000_000)

SALT_BYTES = 16
DIGEST_BYTES = 32
HINT = "make a new one with 'ketaguide hash-pin'"


def hash_pin(pin: str, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    import secrets  # here, not at the top: settings load this module at every start (~4 ms with hashlib)

    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, n, r, p)
    return f"{SCRYPT}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


@dataclass(frozen=True)
class _Parsed:
    scheme: str
    cost: tuple[int, ...]
    salt: bytes
    digest: bytes


def problem_with_hash(stored: str) -> str | None:
    """What is wrong with a stored hash, in words for the settings check
    (missing, damaged, made by something else, too weak, too slow); None
    when it can be used."""
    parsed = _parse(stored)
    return parsed if isinstance(parsed, str) else None


def _parse(stored: str) -> _Parsed | str:
    if not stored:
        return "staff_pin_hash is missing"
    parts = stored.strip().split("$")
    if parts[0] == SCRYPT and len(parts) == 6:
        numbers, encoded = parts[1:4], parts[4:]
    elif parts[0] == PBKDF2 and len(parts) == 4:
        numbers, encoded = parts[1:2], parts[2:]
    else:
        return "staff_pin_hash is not a hash made by 'ketaguide hash-pin'"
    try:
        cost = tuple(int(number) for number in numbers)
        salt, digest = (base64.b64decode(part, validate=True) for part in encoded)
    except ValueError:
        return "staff_pin_hash is damaged (it does not decode)"
    if not 8 <= len(salt) <= 64 or len(digest) != DIGEST_BYTES:
        return "staff_pin_hash is damaged (its salt or digest has the wrong length)"
    if parts[0] == SCRYPT:
        n, r, p = cost
        for name, value, (low, high) in (("n", n, SCRYPT_N_RANGE), ("r", r, SCRYPT_R_RANGE),
                                         ("p", p, SCRYPT_P_RANGE)):
            if value < low:
                return f"staff_pin_hash is too weak (scrypt {name}={value}, at least {low} is needed)"
            if value > high:
                return f"staff_pin_hash is too slow to check (scrypt {name}={value}, at most {high})"
        if n & (n - 1):
            return f"staff_pin_hash is damaged (scrypt n={n} is not a power of two)"
    else:
        low, high = PBKDF2_RANGE
        if cost[0] < low:
            return f"staff_pin_hash is too weak ({cost[0]:,} PBKDF2 rounds, at least {low:,} are needed)"
        if cost[0] > high:
            return f"staff_pin_hash is too slow to check ({cost[0]:,} PBKDF2 rounds, at most {high:,})"
    return _Parsed(parts[0], cost, salt, digest)


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse(stored)
    if isinstance(parsed, str):
        return False  # fails closed: no usable hash, no way in
    import hmac

    if parsed.scheme == SCRYPT:
        candidate = _scrypt(pin, parsed.salt, *parsed.cost)
    else:
        import hashlib

        candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), parsed.salt, parsed.cost[0])
    return hmac.compare_digest(candidate, parsed.digest)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=SCRYPT_MAXMEM, dklen=DIGEST_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# -- guesses at the kiosk ------------------------------------------------------------
MAX_TRIES = 5  # wrong PINs in a row before the pad locks
FIRST_LOCKOUT_SECONDS = 60
MAX_LOCKOUT_SECONDS = 30 * 60  # the wait doubles after each lockout, up to half an hour


class PinLock:
    """The count of wrong tries and the lockout. One per running app (not per
    window): a new window for another language, a reload or a wipe must not
    hand out a fresh set of guesses. Only a correct PIN resets it."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.wrong = 0
        self.lockouts = 0
        self.locked_until = 0.0

    def locked_for(self) -> int:
        """Whole seconds left in the lockout (0: not locked)."""
        left = self.locked_until - self.clock()
        return max(0, int(left) + (left % 1 > 0))

    def attempt(self, pin: str, stored: str) -> bool:
        """Check a PIN unless locked; a wrong one counts towards the next lockout."""
        if self.locked_for():
            return False
        if verify_pin(pin, stored):
            self.wrong = self.lockouts = 0
            return True
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.locked_until = self.clock() + self.lockout_seconds()
            self.lockouts += 1
        return False

    def lockout_seconds(self) -> int:
        """How long the next lockout lasts."""
        return min(MAX_LOCKOUT_SECONDS, FIRST_LOCKOUT_SECONDS * 2 ** min(self.lockouts, 16))
