"""Every test gets a clean, private world: offscreen Qt and no real settings."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# Shared helpers (gui_helpers, checklist_fixtures, cups_server, …) live in tests/support and are
# imported by name from every test folder; pytest's prepend import mode already puts tests/ (for
# this conftest) and each test file's own folder on sys.path, and this adds the helpers' folder.
SUPPORT = Path(__file__).resolve().parent / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))
SCREENSHOTS = REPO / "test-output"


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """Never read or write the developer's own config: point every standard
    location at an empty temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    # Qt's silent test engine, whatever is installed (tests/test_read_aloud_real.py uses the real one).
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")
    yield home
    speech = sys.modules.get("ketaguide.gui.speech_engine")
    if speech is not None:
        speech.shutdown()  # the app's one engine belongs to this test only


GOOD_FRONT = {
    "id": "first-topic",
    "title": "First topic",
    "summary": "A short summary.",
    "group": "start-here",
    "order": 1,
    "created": "2026-01-01",
    "last_reviewed": "2026-06-01",
    "next_review_due": "2099-01-01",
    "reviewed_by": "Clinical content review",
    "sources": "[S1]",
}

GOOD_BODY = """\
**The main message comes first.**

## What is this? {#what}
You read this. Call {clinic.name} at {clinic.phone}.

!!! call-clinic "Call {clinic.name} if…"
    - you feel unwell

!!! emergency "Call {clinic.emergency_number} if…"
    - you have chest pain

## Key points
- One point.
"""


def module_text(body: str = GOOD_BODY, drop: tuple[str, ...] = (), **front) -> str:
    values = {**GOOD_FRONT, **front}
    lines = [f"{k}: {v}" for k, v in values.items() if k not in drop]
    return "---\n" + "\n".join(lines) + "\n---\n" + textwrap.dedent(body)


def write_module(content_dir: Path, name: str, text: str | bytes, lang: str = "en") -> Path:
    folder = content_dir / lang / "modules"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def content_dir(tmp_path) -> Path:
    """A small, valid clinic content folder with two modules."""
    folder = tmp_path / "content"
    write_module(folder, "01-first.md", module_text())
    write_module(folder, "02-second.md", module_text(
        id="second-topic", title="Second topic", order=2,
        body=GOOD_BODY.replace("You read this.", "See [the first topic](first-topic#what).")))
    return folder
