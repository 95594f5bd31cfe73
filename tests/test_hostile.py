"""A content folder made of mistakes and tricks (tests/hostile_corpus.py):
`check` names each hazard with its file and line, the app shows every valid
module with the hazards made harmless, and no file outside the content roots
is ever opened (watched with Python's audit hook on every open)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from gui_helpers import button, click, open_window

import hostile_corpus
from ketaguide import resources
from ketaguide.cli.check import run_check
from ketaguide.core.loading import load

_OPENED: list[str] | None = None  # paths opened while a test watches


def _watch(event, args):
    if _OPENED is not None and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_watch)  # stays for the process; records only while a test watches


class watch_opens:
    def __enter__(self):
        global _OPENED
        _OPENED = []
        return _OPENED

    def __exit__(self, *exc):
        global _OPENED
        _OPENED = None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    content, outside, hazards = hostile_corpus.make(root)
    return content, outside, hazards


def _opened_outside(opened: list[str], outside: Path) -> list[str]:
    """Opened files that are neither in a content root nor Python's own code."""
    roots = [os.path.realpath(p) for p in (resources.content_dir(), resources.assets_dir())]
    bad = []
    for path in opened:
        real = os.path.realpath(path)
        if real.startswith(os.path.realpath(outside)) or real in hostile_corpus.SECRETS:
            bad.append(path)
        elif not any(real.startswith(root) for root in roots) and not real.startswith(str(outside.parent)):
            if not real.endswith((".py", ".pyc", ".so", ".pth")) and "site-packages" not in real \
                    and not real.startswith((sys.prefix, sys.base_prefix, "/dev/", "/proc/", "/tmp/pytest")):
                bad.append(path)
    return bad


def test_check_names_every_hazard_with_its_file_and_line(corpus, capsys):
    content, outside, hazards = corpus
    with watch_opens() as opened:
        code = run_check(None, content, None)
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    for hazard in hazards:
        place = f"{hazard.file}:{hazard.line}: " if hazard.line else f"{hazard.file}: "
        assert any(place in line and hazard.message in line for line in lines), \
            f"not reported: {place}{hazard.message}\n" + "\n".join(l for l in lines if hazard.file in l)
    assert any(p.endswith("01-good.md") for p in opened), "the watch sees the files check reads"
    assert not _opened_outside(opened, outside), _opened_outside(opened, outside)
    assert not any(p.endswith("42-huge.md") for p in opened), "the 50 MB module is never read"


def test_the_app_keeps_every_valid_module_and_leaves_the_rest_out(corpus):
    content, outside, _ = corpus
    library = load(content=content)
    clinic = {m.id for m in library.modules if content in m.path.parents}
    assert clinic == hostile_corpus.VALID_MODULES
    left_out = {Path(str(p.path)).name for p in library.errors}
    for name in ("30-deep-html.md", "32-deep-list.md", "34-nested-list.md", "40-long-line.md", "42-huge.md",
                 "60-passwd.md", "61-secret.md"):
        assert name in left_out, f"{name} is not named for staff"


def test_pages_hold_no_raw_html_and_no_refused_links(corpus):
    content, _, _ = corpus
    library = load(content=content)
    for module_id in hostile_corpus.VALID_MODULES:
        html = library.module(module_id).html
        for forbidden in ("<script", "<iframe", "<img src=\"file:", "href=\"javascript:", "href=\"file:",
                          "href=\"data:", "<ul><li><ul>"):
            assert forbidden not in html, f"{module_id}: {forbidden}"
    script = library.module("script").html
    assert "&lt;script&gt;alert('hi')&lt;/script&gt;" in script, "the tag shows as the text that was written"
    links = library.module("bad-links").html
    assert ">run</span>" in links and ">read</span>" in links, "the words of a refused link stay, without a link"


def test_the_reader_shows_the_hostile_pages_and_reads_nothing_outside(qtbot, corpus, monkeypatch):
    """Open each valid hostile module as a patient would, with every picture
    drawn: nothing outside the content roots is read."""
    content, outside, _ = corpus
    window = open_window(qtbot, content=content)
    qtbot.waitUntil(lambda: "reader" in window._built)
    with watch_opens() as opened:
        for module_id in sorted(hostile_corpus.VALID_MODULES):
            title = window.library.module(module_id).title
            window.go_home()
            click(qtbot, button(window, title))
            qtbot.waitUntil(lambda: window.reader.browser.toPlainText().startswith(title))
            window.reader.browser.grab()  # lay out and draw: pictures are asked for here
    assert any(p.endswith("entity.svg") for p in opened), "the watch sees the pictures the page asks for"
    text_of_pictures = window.reader.browser.toPlainText()
    assert "SECRET" not in text_of_pictures
    assert not _opened_outside(opened, outside), _opened_outside(opened, outside)


def test_staff_see_in_the_notice_what_check_says(qtbot, corpus):
    """Modules left out are named from the start; what is wrong on the pages
    shown is added once the window has read them, after its first frame."""
    from PySide6.QtWidgets import QPlainTextEdit

    content, _, hazards = corpus
    window = open_window(qtbot, content=content)
    assert window.notice is not None, "modules over the limits are named at once"
    qtbot.waitUntil(lambda: getattr(window, "page_checker", None) is not None and not window.page_checker.running,
                    timeout=10_000)
    click(qtbot, window.notice.details_button)
    text = window.notice.dialog.findChild(QPlainTextEdit).toPlainText()
    for hazard in hazards:
        place = f"{hazard.file}:{hazard.line}: " if hazard.line else f"{hazard.file}: "
        assert any(place in line and hazard.message in line for line in text.splitlines()), place + hazard.message


PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ketaguide.gui.app import create_window
window = create_window(content=Path(sys.argv[1]))
window.resize(1024, 768)
window.show()
app.processEvents()
deadline = time.monotonic() + 30
while (getattr(window, "page_checker", None) is None or window.page_checker.running) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
for module in window.library.modules:
    window.open_module(module.id)
    app.processEvents()
    window.reader.browser.grab()
print("opened", len(window.library.modules))
"""


def test_the_whole_app_opens_no_file_outside_the_content_roots_strace(corpus, tmp_path):
    """Python's audit hook cannot see Qt's own reads; strace sees every open of
    the process: start, the background page check, every page drawn."""
    import subprocess

    content, outside, _ = corpus
    trace = tmp_path / "opens.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               KETAGUIDE_SPEECH_ENGINE="mock")  # no speech daemon to wait for
    done = subprocess.run(["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=open,openat,openat2", "-o", str(trace),
                           sys.executable, "-c", PROBE, str(content)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"opened {len(hostile_corpus.VALID_MODULES) + 11}" in done.stdout
    opens = [line for line in trace.read_text().splitlines() if "open" in line]
    assert any("/en/modules/01-good.md" in line for line in opens), "strace sees the content being read"
    previous: dict[str, str] = {}
    for line in opens:
        pid = line.split()[0]
        assert str(outside) not in line and "/etc/hostname" not in line, line
        if '"/etc/passwd"' in line:  # only the C library looking up the user (the speech library asks)
            assert "/etc/nsswitch.conf" in previous.get(pid, ""), line
        previous[pid] = line


def test_an_assets_folder_that_is_a_link_out_of_its_content_folder_is_not_used(corpus):
    from ketaguide.core.library import find_image

    content, outside, _ = corpus
    linked = content.parent / "linked-assets-content"
    assert (linked / "assets" / "secret.svg").is_file(), "the link leads to the secret"
    assert find_image("secret.svg", [resources.content_dir(), linked]) is None
    assert find_image("entity.svg", [resources.content_dir(), content]) == content / "assets" / "entity.svg"


def test_the_window_reads_one_page_per_turn_of_the_event_loop(qapp, corpus):
    """The background check never holds the window for more than one page."""
    from PySide6.QtCore import QCoreApplication

    from ketaguide.gui.page_checks import PageChecker

    content, _, _ = corpus
    library = load(content=content)
    found, finished = [], []
    checker = PageChecker(library)
    checker.found.connect(found.append)
    checker.finished.connect(lambda: finished.append(True))
    checker.start()
    read = []
    while not finished:
        QCoreApplication.processEvents()
        read.append(sum("page" in vars(m) for m in library.modules))
    steps = [b - a for a, b in zip([0] + read, read)]
    # A page is read with those it links to (their sections are checked); never the whole library at once.
    assert len(read) > len(library.modules) and max(steps) < len(library.modules) // 2, steps
    assert read[-1] == len(library.modules)
    assert any("raw HTML" in p.message for batch in found for p in batch)
