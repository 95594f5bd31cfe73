"""The one place that knows where ketaguide's own files are.

Works from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# A folder to use in place of the content that ships: the writers' draft of the next built-in
# content, checked as it will ship (`ketaguide check`), and the tests' small content folders.
BUILTIN_CONTENT_VARIABLE = "KETAGUIDE_BUILTIN_CONTENT"


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    checkout = _PACKAGE.parents[1]  # src/ketaguide -> repository root
    if (checkout / "content").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "ketaguide"  # an installed wheel's data files


def content_dir() -> Path:
    chosen = os.environ.get(BUILTIN_CONTENT_VARIABLE)
    return Path(chosen) if chosen else _root() / "content"


def assets_dir() -> Path:
    return _root() / "assets"


def asset(name: str) -> Path:
    return assets_dir() / name
