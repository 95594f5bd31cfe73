"""`ketaguide hash-pin`: make the staff PIN hash for the kiosk settings."""

from __future__ import annotations

import sys

from ..core.pin import MAX_DIGITS, MIN_DIGITS, hash_pin, valid_pin


def register(commands, common) -> None:
    command = commands.add_parser(
        "hash-pin", help="make a staff PIN hash for [kiosk] staff_pin_hash",
        description="Asks for a staff PIN twice and prints the line to put under [kiosk] in ketaguide.toml. "
                    "The PIN itself is never stored.")
    command.add_argument("--stdin", action="store_true", help="read the PIN from standard input (for scripts)")
    command.set_defaults(handler=run)


def run(args) -> int:
    import getpass  # lazy: start-up (the terminal modules load only for hash-pin)

    if args.stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("The two PINs are different. Nothing was made.", file=sys.stderr)
            return 1
    if not valid_pin(pin):
        print(f"A staff PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9). Nothing was made.", file=sys.stderr)
        return 1
    print(f'staff_pin_hash = "{hash_pin(pin)}"')
    return 0
