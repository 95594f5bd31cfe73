"""Staff PIN: only a salted, slow hash is ever stored (made by `ketaguide hash-pin`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

_SCHEME = "pbkdf2_sha256"
_ITERATIONS = 200_000
MIN_DIGITS = 4
MAX_ITERATIONS = 2_000_000  # ten times the default: still well under a second


def hash_pin(pin: str, iterations: int = _ITERATIONS) -> str:
    if not valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{_SCHEME}${iterations}${_b64(salt)}${_b64(digest)}"


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= 12


def problem_with_hash(stored: str) -> str | None:
    """Why a stored hash cannot be used, in words; None when it is fine."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != _SCHEME:
        return "staff_pin_hash is not a hash made by 'ketaguide hash-pin'"
    try:
        iterations = int(parts[1])
        salt, digest = base64.b64decode(parts[2], validate=True), base64.b64decode(parts[3], validate=True)
    except ValueError:
        return "staff_pin_hash is damaged (it does not decode)"
    if iterations < 10_000 or len(salt) < 8 or len(digest) != 32:
        return "staff_pin_hash is too weak or damaged"
    if iterations > MAX_ITERATIONS or len(salt) > 64:
        # Checking a PIN against it would freeze the kiosk for minutes.
        return "staff_pin_hash asks for too much work to check (damaged or not made by 'ketaguide hash-pin')"
    return None


def verify_pin(pin: str, stored: str) -> bool:
    if not stored or problem_with_hash(stored):
        return False
    _, iterations, salt, digest = stored.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), base64.b64decode(salt), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
