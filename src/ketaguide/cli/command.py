"""`ketaguide`: its options, its subcommands, and starting the app."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from .. import __version__
from . import checklist, hash_pin


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, metavar="FILE", help="clinic settings file (ketaguide.toml)")
    common.add_argument("--content", type=Path, metavar="DIR", help="a clinic's own content folder")
    common.add_argument("--lang", metavar="CODE", help="content language, for example en")
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(prog="ketaguide", parents=[common],
                                     description="Patient education about ketamine infusion therapy.")
    parser.add_argument("--version", action="version", version=f"ketaguide {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="run full screen for a waiting-room kiosk")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (content, rendering, PDFs, speech, printer), "
                             "print a report and exit 0 (passed) or 1 (failed)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", parents=[common], help="check content and settings for mistakes",
                                description="Check every content file and the settings; print each problem "
                                            "as path:line: message (hint). Exit 1 if there are errors.")
    check.set_defaults(handler=_run_check)
    # Each further command lives in its own module and registers itself here.
    for register in (checklist.register, hash_pin.register):
        register(commands, common)
    return parser


def _run_check(args) -> int:
    from .check import run_check  # lazy: start-up (readability and sign-off load only for `check`)

    return run_check(args.config, args.content, args.lang)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None or args.self_check:
        gc.enable()  # paused only for the window's start-up (cli/__init__.py)
    if handler is not None:
        try:
            return handler(args)
        except BrokenPipeError:  # `ketaguide check | head`: the reader has seen enough
            sys.stderr.close()
            return 0
    if args.self_check:  # before any window: IT runs it right after installing
        from . import self_check  # lazy: start-up (the self-check loads all of Qt and the window)

        return self_check.run_self_check(args.config, args.content, args.lang)
    from ..gui.app import run_app  # lazy: start-up (`ketaguide check` and the batch never load Qt widgets)

    return run_app(config=args.config, content=args.content, language=args.lang, kiosk=args.kiosk)
