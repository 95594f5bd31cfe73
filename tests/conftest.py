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
TESTS = Path(__file__).resolve().parent
SUPPORT = TESTS / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))
# The tests mirror the source: a layer's tests in its folder, plus the shipped content's own
# checks and the app run under real outside programs (AT-SPI, CUPS, bare X, speech).
TEST_FOLDERS = ("core", "printing", "gui", "cli", "content", "clients")


def pytest_sessionstart(session):
    misplaced = sorted(str(path.relative_to(TESTS)) for path in TESTS.rglob("test_*.py")
                       if path.relative_to(TESTS).parts[0] not in TEST_FOLDERS)
    if misplaced:
        raise pytest.UsageError(f"{', '.join(misplaced)}: put each test file in the folder of the layer it "
                                f"tests (tests/{', tests/'.join(TEST_FOLDERS)}); shared helpers go in tests/support")


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    """A fresh, private world for every test (the pattern of novelWriter's
    resetConfigVars): an empty home, default settings, no developer's
    KETAGUIDE_* variables, and afterwards nothing of the app's process-wide
    state left for the next test."""
    home = tmp_path / "home"
    home.mkdir()
    # Settings and preferences: every standard location is an empty temporary folder, so
    # find_config finds nothing (built-in defaults) and preferences.ini starts empty.
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    for name in [n for n in os.environ if n.startswith("KETAGUIDE_")]:
        monkeypatch.delenv(name)  # the built-in content is the one that ships, unless a test says otherwise
    # Qt's silent test engine, whatever is installed (tests/clients/test_read_aloud_real.py uses the real one).
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "mock")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    names = _application_names()
    yield home
    speech = sys.modules.get("ketaguide.gui.speech_engine")
    if speech is not None:
        speech.shutdown()  # the app's one engine (and a kiosk's private speech server) belong to this test only
    _reset_qt_application(names)


def _application_names() -> tuple[str, str] | None:
    if "PySide6.QtCore" not in sys.modules:  # a core test: Qt is never imported for it
        return None
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.applicationName(), QCoreApplication.organizationName()


def _reset_qt_application(names: tuple[str, str] | None) -> None:
    """What a test leaves on the one QApplication all tests share: the app's
    windows still showing, the screen words' translators and default locale (a
    Spanish window), and the names QSettings and QStandardPaths use."""
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale

    app = QCoreApplication.instance()
    if app is not None and "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        # A kiosk window refuses close(), so pytest-qt's clean-up leaves it on screen with its
        # idle timer running and its event filter over the whole application (it would eat the
        # next test's shortcuts); windows a test opened without qtbot stay too. Delete the app's own.
        left = [w for w in QApplication.topLevelWidgets() if type(w).__module__.startswith("ketaguide.")]
        for widget in left:
            widget.hide()
            widget.deleteLater()
        if left:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window_app = sys.modules.get("ketaguide.gui.app")
    if app is not None and window_app is not None and QLocale().name() != QLocale.system().name():
        QLocale.setDefault(QLocale.system())
        window_app.install_translations(app)  # the computer's own language again, as the app starts
    QLocale.setDefault(QLocale.system())
    if names is not None:
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])


@pytest.fixture
def as_builtin(monkeypatch):
    """`as_builtin(folder)`: the app and the command line use `folder` in place of
    the content that ships, through the variable the app reads for that
    (resources.BUILTIN_CONTENT_VARIABLE, as a writer checking a draft would)."""
    from ketaguide.resources import BUILTIN_CONTENT_VARIABLE

    def use(folder: Path) -> Path:
        monkeypatch.setenv(BUILTIN_CONTENT_VARIABLE, str(folder))
        return folder

    return use


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
