"""A screen-reader user's walk through ketaguide, over the AT-SPI bus.

Run by tests/clients/test_atspi.py with Debian's /usr/bin/python3 (python3-pyatspi; the
project's venv cannot import gi). It knows the app only by accessible names and
roles, as Orca does, and prints what it heard as one JSON object on stdout;
the test compares that with the content. Steps that fail are reported in
"errors" rather than raised, so one missing thing does not hide the rest.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
import traceback

import pyatspi
from gi.repository import GLib

heard = {"focus": [], "announcements": [], "errors": []}
_context = GLib.MainContext.default()


def _describe(accessible) -> dict:
    try:
        attributes = dict(a.split(":", 1) for a in accessible.getAttributes() if ":" in a)
    except Exception:  # noqa: BLE001 - an object can go while it is described
        attributes = {}
    try:
        return {"role": accessible.getRoleName(), "name": accessible.name, "description": accessible.description,
                "level": attributes.get("level", "")}
    except Exception:  # noqa: BLE001
        return {"role": "", "name": "", "description": "", "level": ""}


def _on_event(event) -> None:
    # An event about an object already deleted (a page rebuilt) is not worth hearing.
    with contextlib.suppress(Exception):  # noqa: BLE001
        _hear(event)


def _hear(event) -> None:
    if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
        entry = _describe(event.source)
        entry["group"] = {}
        try:  # the nearest named group around it: a screen reader says it on the way in
            ancestor = event.source.parent
            while ancestor is not None and ancestor.getRoleName() not in ("frame", "application"):
                if ancestor.getRoleName() in ("panel", "grouping") and ancestor.name:
                    entry["group"] = _describe(ancestor)
                    break
                ancestor = ancestor.parent
        except Exception:  # noqa: BLE001
            pass
        heard["focus"].append(entry)
    elif event.type.startswith("object:announcement"):
        heard["announcements"].append(str(event.any_data))


for kind in ("object:state-changed:focused", "object:announcement"):
    pyatspi.Registry.registerEventListener(_on_event, kind)


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            busy = _context.iteration(False)
        except Exception:  # noqa: BLE001 - pyatspi raises here for an event whose object is gone
            busy = True
        if not busy:
            time.sleep(0.01)


def wait_for(condition, timeout: float = 10.0, what: str = ""):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            result = condition()
        except Exception:  # noqa: BLE001 - the tree changes under us while a page is built
            result = None
        if result:
            return result
        pump(0.05)
    raise TimeoutError(f"waited {timeout:.0f} s for {what}")


def showing(accessible) -> bool:
    try:
        return accessible.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # noqa: BLE001
        return False


def walk(accessible):
    """Every object shown on screen under `accessible`, in the order the tree gives them."""
    for child in accessible:
        if child is None or not showing(child):
            continue
        yield child
        yield from walk(child)


def find(root, role: str, name: str | None = None, contains: str | None = None):
    for accessible in walk(root):
        if accessible.getRoleName() != role:
            continue
        if name is not None and accessible.name != name:
            continue
        if contains is not None and contains not in accessible.name:
            continue
        return accessible
    return None


def press(accessible) -> None:
    action = accessible.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def press_button(root, name: str) -> None:
    # The bus can still list a button its page has just replaced: find it again until a press works.
    def found_and_pressed():
        button = find(root, "push button", name)
        if button is None:
            return False
        press(button)
        return True

    wait_for(found_and_pressed, what=f"the button '{name}'")


def the_app():
    desktop = pyatspi.Registry.getDesktop(0)

    def ketaguide():
        for app in desktop:
            if app is None:
                continue
            for frame in app:
                if frame is not None and frame.getRoleName() == "frame" and "ketaguide" in frame.name:
                    return app
        return None

    return wait_for(ketaguide, 30, "the ketaguide window on the bus")


def main_window(app):
    """The window whose title ends with the app's name ("What is ketamine? – ketaguide")."""
    return next((f for f in app if f is not None and f.getRoleName() == "frame" and f.name.endswith("ketaguide")),
                None)


def headings(root) -> list[dict]:
    return [_describe(a) for a in walk(root) if a.getRoleName() == "heading"]


def unnamed_controls(root) -> list[str]:
    """Objects that take focus but have no name: a screen reader can only say their role.
    A walk that meets an object deleted under it (a page being rebuilt) is walked again."""
    return wait_for(lambda: (_unnamed_controls(root),), what="a walk of the whole window")[0]


def _unnamed_controls(root) -> list[str]:
    found = []
    for accessible in walk(root):
        if accessible.getState().contains(pyatspi.STATE_FOCUSABLE) and not accessible.name.strip() \
                and accessible.getRoleName() not in ("scroll bar", "link", "list item"):
            found.append(accessible.getRoleName())
    return found


def focused_since(count: int, role: str = "") -> dict | None:
    for entry in heard["focus"][count:]:
        if not role or entry["role"] == role:
            return entry
    return None


def step(name: str, record: dict, action) -> None:
    try:
        action()
    except Exception as error:  # noqa: BLE001 - report it and go on
        where = traceback.extract_tb(error.__traceback__)[-1]
        heard["errors"].append(f"{name}: {type(error).__name__}: {error} (atspi_client.py:{where.lineno})")
    heard[name] = record


def run(module_title: str, link_text: str, save_to: str) -> None:
    app = the_app()
    window = wait_for(lambda: main_window(app), what="the main window")

    home = {}

    def on_home():
        wait_for(lambda: window.name.startswith("All topics"), what="the home page's title")
        home["title"] = window.name
        home["headings"] = headings(window)
        home["order"] = [(a.getRoleName(), a.name) for a in walk(window)
                         if a.getRoleName() in ("heading", "push button")]
        home["unnamed"] = unnamed_controls(window)

    step("home", home, on_home)

    module = {}

    def open_module():
        mark = len(heard["focus"])
        press_button(window, module_title)
        wait_for(lambda: window.name.startswith(module_title), what="the module's window title")
        module["title"] = window.name
        module["focus"] = wait_for(lambda: focused_since(mark, "heading"), what="focus on the module's heading")
        module["headings"] = headings(window)
        module["images"] = [_describe(a) for a in walk(window) if a.getRoleName() in ("image", "graphic")]
        module["links"] = [_describe(a) for a in walk(window) if a.getRoleName() == "link"]
        module["unnamed"] = unnamed_controls(window)
        module["lists"] = [len([c for c in a if c is not None and c.getRoleName() == "list item"])
                           for a in walk(window) if a.getRoleName() == "list"]

    step("module", module, open_module)

    link = {}

    def follow_link():
        target = wait_for(lambda: find(window, "link", link_text), what=f"the link '{link_text}'")
        action = target.queryAction()
        link["actions"] = [action.getName(i) for i in range(action.nActions)]
        mark = len(heard["focus"])
        press(target)
        wait_for(lambda: not window.name.startswith(module_title), what="a new page after the link")
        link["title"] = window.name
        link["focus"] = wait_for(lambda: focused_since(mark, "heading"), what="focus on the new page's heading")

    step("link", link, follow_link)

    quiz = {"questions": []}

    def take_quiz():
        mark = len(heard["focus"])
        press_button(window, "Check this part")
        wait_for(lambda: window.name.startswith("Check what you learned"), what="the quiz's window title")
        quiz["title"] = window.name
        for _ in range(12):
            arrival = wait_for(lambda: focused_since(mark, "radio button") or focused_since(mark, "check box"),
                               what="focus on the first choice")
            quiz["questions"].append({"choice": arrival["name"], "group": arrival["group"]})
            choice = wait_for(lambda: find(window, arrival["role"], arrival["name"]), what="the first choice")
            press(choice)
            quiz["unnamed"] = unnamed_controls(window)
            said = len(heard["announcements"])
            press_button(window, "Check my answer")
            quiz.setdefault("feedback", []).append(
                wait_for(lambda: heard["announcements"][said:], what="the feedback announced")[0])
            mark = len(heard["focus"])
            said = len(heard["announcements"])
            # The tree changes while feedback is built: look until one of the two is there.
            onward = wait_for(lambda: find(window, "push button", "See how I did")
                              or find(window, "push button", "Next question"), what="the way on from the feedback")
            if onward.name == "See how I did":
                press(onward)
                quiz["summary"] = wait_for(lambda: heard["announcements"][said:], what="the score announced")[0]
                return
            press(onward)

    step("quiz", quiz, take_quiz)

    checklist = {}

    def save_checklist():
        press_button(window, "Back to all topics")
        wait_for(lambda: window.name.startswith("All topics"), what="home again")
        mark = len(heard["focus"])
        press_button(window, "Your preparation checklist")
        wait_for(lambda: not window.name.startswith("All topics"), what="the checklist's window title")
        checklist["title"] = window.name
        checklist["focus"] = wait_for(lambda: focused_since(mark, "heading"), what="focus on the checklist's title")
        checklist["headings"] = headings(window)
        labels = {}
        for accessible in walk(window):
            if accessible.getRoleName() in ("text", "combo box", "spin button", "date editor"):
                for relation in accessible.getRelationSet():
                    if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                        labels[accessible.name] = relation.getTarget(0).name
        checklist["labels"] = labels
        checklist["unnamed"] = unnamed_controls(window)
        said = len(heard["announcements"])
        press_button(window, "Save the checklist as a PDF file")
        dialog = wait_for(lambda: next((f for f in app if f is not None and f.name == "Save the checklist as a PDF"),
                                       None), what="the save dialog")
        # No window manager here: the new window gets the keyboard as a desktop would give it.
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Save the checklist as a PDF",
                        "windowfocus"], timeout=20, check=True, stdout=subprocess.DEVNULL)
        field = wait_for(lambda: next(a for a in walk(dialog) if a.getRoleName() == "text"
                                      and a.getState().contains(pyatspi.STATE_EDITABLE)
                                      and a.getState().contains(pyatspi.STATE_FOCUSED)), what="the file name field")
        field.queryEditableText().setTextContents(save_to)
        pump(0.2)
        press_button(dialog, "Save")
        checklist["status"] = wait_for(lambda: [a for a in heard["announcements"][said:] if a.startswith("Saved")],
                                       what="the saved message announced")[0]
        checklist["status_bar"] = wait_for(lambda: [a.name for a in walk(window) if a.getRoleName() == "status bar"],
                                           what="the status line")

    step("checklist", checklist, save_checklist)


if __name__ == "__main__":
    try:
        run(*sys.argv[1:4])
    except Exception as error:  # noqa: BLE001 - always say what was heard
        heard["errors"].append(f"{type(error).__name__}: {error}")
    print(json.dumps(heard))
