"""The `ketaguide` command: start the app, or work with content without a window.

command.py reads the options and hands each subcommand to its own module
(check, checklist, hash-pin, --self-check); a new subcommand is a new module
with a `register(commands, common)` function, listed in command.py.
"""

from __future__ import annotations

import gc


def main(argv: list[str] | None = None) -> int:
    # Start-up makes tens of thousands of objects (modules, classes, Qt's enums,
    # the first window; 35,000 tracked at the first frame) that live as long as
    # the app; Python's cycle collector ran about 60 times over them before the
    # first frame, for nothing. It is paused from here, so that it also covers the
    # imports below, and the app turns it back on 100 ms after its window is shown
    # (gui/app.py); every other command turns it on at once (command.py).
    was_on = gc.isenabled()
    gc.disable()
    try:
        from .command import main as run

        return run(argv)
    finally:
        if was_on:
            gc.enable()


__all__ = ["main"]
