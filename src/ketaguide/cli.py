"""Command line: start the app, or work with content without a window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, metavar="FILE", help="clinic settings file (ketaguide.toml)")
    common.add_argument("--content", type=Path, metavar="DIR", help="a clinic's own content folder")
    common.add_argument("--lang", metavar="CODE", help="content language, for example en")

    parser = argparse.ArgumentParser(prog="ketaguide", parents=[common],
                                     description="Patient education about ketamine infusion therapy.")
    parser.add_argument("--version", action="version", version=f"ketaguide {__version__}")
    parser.add_argument("--kiosk", action="store_true", help="run full screen for a waiting-room kiosk")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("check", parents=[common], help="check content and settings for mistakes",
                        description="Check every content file and the settings; print each problem "
                                    "as path:line: message (hint). Exit 1 if there are errors.")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check":
        from .check import run_check

        return run_check(args.config, args.content, args.lang)
    from .gui.app import run_app

    return run_app(config=args.config, content=args.content, language=args.lang, kiosk=args.kiosk)
