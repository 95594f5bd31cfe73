"""The one place that knows where ketaguide's own files are.

Works from a source checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    checkout = _PACKAGE.parents[1]  # src/ketaguide -> repository root
    if (checkout / "content").is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "ketaguide"  # an installed wheel's data files


def content_dir() -> Path:
    return _root() / "content"


def assets_dir() -> Path:
    return _root() / "assets"


def asset(name: str) -> Path:
    return assets_dir() / name
