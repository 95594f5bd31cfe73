"""The staff PIN the kiosk tests configure, shared by the in-process kiosk tests
(tests/gui) and the bare-X one that runs the real program (tests/clients)."""

from ketaguide.core.pin import hash_pin

PIN = "246813"
PIN_HASH = hash_pin(PIN, n=2 ** 14)  # the cheapest scrypt the settings accept: quick tests
