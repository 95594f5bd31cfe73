"""What a screen reader really receives: the app on a virtual X display with
Qt's AT-SPI bridge on, driven by tests/support/atspi_client.py (Debian's pyatspi, the
library Orca uses) by accessible names and roles alone.

The fixture starts Xvfb, a D-Bus session bus and the AT-SPI bus, runs the app
and the client once, and ends every process it started, by PID.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ketaguide.core.loading import load
from processes import end

SUPPORT = Path(__file__).resolve().parents[1] / "support"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MODULE_ID = "what-is-ketamine"


def link_to_follow(library) -> tuple[str, str]:
    """The first link in the module that leads to another topic with questions:
    the walk presses it, then takes that topic's quiz ("Check this part")."""
    from ketaguide.core.blocks import blocks

    for block in blocks(library.module(MODULE_ID).html):
        for link in block.links:
            target = link.href.split("#")[0]
            if target and target != MODULE_ID and library.module(target) and library.questions_for(target):
                return link.text, target
    raise AssertionError(f"{MODULE_ID} links to no other topic with questions")


def _children(pid: int) -> list[int]:
    """Processes started by `pid`, and theirs (the AT-SPI bus starts its own daemons)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _end(process: subprocess.Popen) -> None:
    for pid in reversed(_children(process.pid)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    end(process)


def _first_line(process: subprocess.Popen, stream, what: str, timeout: float = 15) -> str:
    end = time.monotonic() + timeout
    line = b""
    while time.monotonic() < end and not line.endswith(b"\n"):
        chunk = os.read(stream.fileno(), 1)
        if not chunk:
            break
        line += chunk
    if not line.strip():
        raise RuntimeError(f"{what} did not start (exit code {process.poll()})")
    return line.decode().strip()


@pytest.fixture(scope="module")
def heard(tmp_path_factory):
    """Start the desktop, the app and the client; return what the client heard."""
    home = tmp_path_factory.mktemp("atspi-home")
    (home / "Documents").mkdir()
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    started: list[subprocess.Popen] = []
    try:
        display = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        started.append(display)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime),
               "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
               "XDG_CONFIG_DIRS": str(home / "etc-xdg"), "LANG": "C.UTF-8",
               "DISPLAY": ":" + _first_line(display, display.stdout, "Xvfb")}
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        started.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = _first_line(bus, bus.stdout, "the D-Bus session bus")
        started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                       KETAGUIDE_SPEECH_ENGINE="none")
        app_log = (home / "app-stderr.txt").open("w")  # a file, not a pipe nobody reads: the app never blocks on it
        app = subprocess.Popen([sys.executable, "-m", "ketaguide"], env=app_env, stdout=subprocess.DEVNULL,
                               stderr=app_log)
        app_log.close()  # the app has its own copy
        started.append(app)
        # No window manager here: give the window the keyboard focus, as a desktop does.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "ketaguide", "windowfocus"],
                       env=env, timeout=30, check=True, stdout=subprocess.DEVNULL)
        saved = home / "Documents" / "my-checklist.pdf"
        client = subprocess.run([SYSTEM_PYTHON, str(SUPPORT / "atspi_client.py"), load().module(MODULE_ID).title,
                                 link_to_follow(load())[0], str(saved)],
                                env=env, capture_output=True, text=True, timeout=120)
        assert client.returncode == 0, client.stderr
        result = json.loads(client.stdout.strip().splitlines()[-1])
        result["app_stderr"] = (home / "app-stderr.txt").read_text(errors="replace")[-3000:]
        result["saved_file"] = saved.is_file() and saved.read_bytes()[:5] == b"%PDF-"
        # What a screen reader got, for a person to read (pytest prints the test's tmp_path on failure).
        (home / "atspi-heard.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
        return result
    finally:
        for process in reversed(started):
            _end(process)


@pytest.fixture(scope="module")
def library():
    return load()


def test_the_walk_went_without_errors(heard):
    assert heard["errors"] == [], heard["app_stderr"]
    assert "Traceback" not in heard["app_stderr"], heard["app_stderr"]


def test_home_is_titled_and_its_groups_are_headings_in_reading_order(heard, library):
    home = heard["home"]
    assert home["title"] == "All topics – ketaguide"
    assert {"role": "heading", "name": "Learn about your ketamine treatment", "description": "",
            "level": "1"} in home["headings"]
    order = [tuple(entry) for entry in home["order"]]
    for label, modules in library.groups():
        group = order.index(("heading", label))
        cards = [order.index(("push button", m.title)) for m in modules]
        assert all(group < card for card in cards), f"'{label}' is heard before its cards"
        following = [i for i, (role, _name) in enumerate(order) if role == "heading" and i > group]
        assert all(card < following[0] for card in cards) if following else True, f"the cards of '{label}' in order"


def test_a_module_is_titled_and_its_heading_gets_focus(heard, library):
    module = library.module(MODULE_ID)
    assert heard["module"]["title"] == f"{module.title} – ketaguide"
    focus = heard["module"]["focus"]
    assert (focus["role"], focus["name"], focus["level"]) == ("heading", module.title, "1")


def test_a_module_s_sections_are_headings_with_their_levels(heard, library):
    module = library.module(MODULE_ID)
    heard_headings = [(h["name"], int(h["level"])) for h in heard["module"]["headings"]]
    assert heard_headings[0] == (module.title, 1)
    assert heard_headings[1:] == [(h.text, h.level) for h in module.headings]


def test_pictures_are_images_named_by_their_alt_text_with_the_caption(heard, library):
    from ketaguide.core.blocks import blocks

    figures = [b for b in blocks(library.module(MODULE_ID).html) if b.kind == "figure"]
    assert figures
    assert [(i["name"], i["description"]) for i in heard["module"]["images"]] == [(f.alt, f.text) for f in figures]


def test_links_are_links_and_pressing_one_opens_its_page(heard, library):
    from ketaguide.core.blocks import blocks

    page_links = [link.text for b in blocks(library.module(MODULE_ID).html) for link in b.links]
    assert page_links and all(name in [link["name"] for link in heard["module"]["links"]] for name in page_links)
    assert heard["link"]["actions"] == ["Press"]
    target = library.module(link_to_follow(library)[1])
    assert heard["link"]["title"] == f"{target.title} – ketaguide"
    assert (heard["link"]["focus"]["role"], heard["link"]["focus"]["name"]) == ("heading", target.title)


def test_lists_are_lists_of_items(heard):
    assert heard["module"]["lists"] and all(count > 0 for count in heard["module"]["lists"])


def test_the_quiz_says_each_question_and_its_results(heard, library):
    quiz = heard["quiz"]
    questions = library.questions_for(link_to_follow(library)[1])
    assert quiz["title"] == "Check what you learned – ketaguide"
    assert [q["group"]["name"] for q in quiz["questions"]] == [q.prompt for q in questions]
    assert all(q["group"]["role"] in ("grouping", "panel") for q in quiz["questions"])
    assert len(quiz["feedback"]) == len(questions)
    assert all(f.startswith(("That's right.", "Not quite.")) for f in quiz["feedback"])
    assert quiz["summary"].startswith(("Well done.", "Thank you for checking."))


def test_the_checklist_is_titled_its_fields_labelled_and_saving_is_announced(heard, library):
    checklist = heard["checklist"]
    title = library.checklists[0].title
    assert checklist["title"] == f"{title} – ketaguide"
    focus = checklist["focus"]
    assert (focus["role"], focus["name"], focus["level"]) == ("heading", title, "1")
    sections = [h["name"] for h in checklist["headings"] if h["level"] == "2"]
    assert "For your printout" in sections
    assert all(s.title in sections for s in library.checklists[0].sections)
    assert checklist["labels"].get("First name for the printout (optional)") == "First name (optional)"
    assert checklist["labels"].get("Appointment date") == "Date"
    assert "Time" in checklist["labels"].values(), "the appointment time has a label of its own"
    assert checklist["status"].startswith("Saved as ") and checklist["status"].endswith("my-checklist.pdf")
    assert heard["saved_file"]
    assert checklist["status_bar"] == [checklist["status"]], "the status line says the same, for reading again"


def test_no_control_that_takes_focus_is_nameless(heard):
    for page in ("home", "module", "quiz", "checklist"):
        assert heard[page]["unnamed"] == [], page
