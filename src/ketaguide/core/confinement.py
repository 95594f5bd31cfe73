"""Content files and pictures come from inside the content folders, never from elsewhere.

A clinic's share can hold a symbolic link to /etc/passwd or a picture named
`../../outside/secret.svg`. A path is used only when, with every link
followed, it is still inside the folder it was looked up in.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath, PureWindowsPath


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, links followed, is `root` or within it (links followed too)."""
    try:
        real, real_root = os.path.realpath(path), os.path.realpath(root)
    except (OSError, ValueError):
        return False
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def plain_relative(name: str) -> bool:
    """A name that can only mean a file below a folder: relative, with no
    `..`, no drive and no scheme, however it is spelled (`\\` too)."""
    if not name or "\x00" in name or ":" in name:
        return False
    for flavour in (PurePosixPath(name), PureWindowsPath(name)):
        if flavour.is_absolute() or flavour.anchor or ".." in flavour.parts:
            return False
    return True


def confined_file(root: Path, name: str) -> Path | None:
    """`root/name` when it is a file that stays inside `root`; else None."""
    if not plain_relative(name):
        return None
    candidate = Path(root) / name
    if not inside(candidate, root):
        return None
    return candidate if candidate.is_file() else None
