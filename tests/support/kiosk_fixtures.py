"""The staff PIN the kiosk tests configure, shared by the in-process kiosk tests
(tests/gui), the bare-X one that runs the real program (tests/clients), and the
PIN checks of the core and the command line."""

import base64

from ketaguide.core.pin import hash_pin

PIN = "246813"
PIN_HASH = hash_pin(PIN, n=2 ** 14)  # the cheapest scrypt the settings accept: quick tests

# A kiosk's settings without its staff_pin_hash line (which would be line 6).
KIOSK = '[clinic]\nname = "R"\nphone = "1"\n[kiosk]\nenabled = true\n'


def scrypt_hash(n: int, r: int = 8, p: int = 1) -> str:
    """A well-formed scrypt line with the given cost (its digest verifies nothing)."""
    salt, digest = base64.b64encode(b"s" * 16).decode(), base64.b64encode(b"d" * 32).decode()
    return f"scrypt${n}${r}${p}${salt}${digest}"
