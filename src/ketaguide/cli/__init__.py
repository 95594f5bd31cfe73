"""The `ketaguide` command: start the app, or work with content without a window.

command.py reads the options and hands each subcommand to its own module
(check, checklist, hash-pin, --self-check); a new subcommand is a new module
with a `register(commands, common)` function, listed in command.py.
"""

from .command import main

__all__ = ["main"]
