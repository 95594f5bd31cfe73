"""Read-aloud with the real engine (speech-dispatcher + espeak-ng), proven by
the sound it makes: PulseAudio plays into a null sink and parec records its
monitor while a patient presses Listen, Pause, Resume, Faster and Stop.

Linux only, where `./dev setup` installs speech-dispatcher, espeak-ng,
PulseAudio and its tools; every server started here ends by its PID.
"""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QLocale

from conftest import module_text, write_module
from gui_helpers import button, click, open_window
from ketaguide.cli import speech_probe
from ketaguide.cli.report import Report
from ketaguide.core.pin import hash_pin
from ketaguide.gui import speech_engine
from ketaguide.gui.private_speechd import children, running
from ketaguide.locales import locale_for
from sound import VOICED, DesktopSpeech, Recorder, SoundServer

# ketaguide's Spanish is Latin American: shown with a region in the Americas (the US, also on a
# computer with no locale at all, as CI), espeak-ng's Latin American voice reads it; else Spain's.
SPANISH_VOICE, SPANISH_VOICE_LOCALE = ("Spanish (Latin America)", "es_419") \
    if locale_for("es").territory().name in speech_engine.AMERICAS else ("Spanish (Spain)", "es_ES")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's engine")

SENTENCES = ["Plain words",
             "This sentence is much longer than the one before it, so it takes a good while to say aloud.",
             "Short again.",
             "Here is a middle sized sentence for the ear.",
             "The fifth sentence is the longest of them all, and it goes on and on about nothing much, "
             "so that the person listening has plenty of time to press a button.",
             "This sentence is also much longer than a short one, so that the speed it is read at shows well.",
             "Then a short one.",
             "A closing sentence of an ordinary length ends the page."]


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    server = SoundServer(tmp_path_factory.mktemp("pulse"))
    recorder = Recorder(server)
    yield server, recorder
    recorder.stop()
    server.stop()


@pytest.fixture
def real_engine(monkeypatch, sound):
    """The app picks the system's engine (not the mock) and hears through the test's sink."""
    server, _recorder = sound
    monkeypatch.setenv("KETAGUIDE_SPEECH_ENGINE", "")
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
    speech_engine.shutdown()  # a fresh engine for this test's settings
    yield
    speech_engine.shutdown()


@pytest.fixture
def content(tmp_path, as_builtin):
    folder = tmp_path / "content"
    body = "\n\n".join(SENTENCES[1:]) + "\n"
    write_module(folder, "01-listen.md", module_text(body=body, title="Plain words", id="listen-topic"))
    as_builtin(folder)
    return folder


def highlighted(window) -> str:
    return window.reader.browser.highlighted_text()


@pytest.fixture(scope="module")
def desktop(tmp_path_factory, sound):
    server = DesktopSpeech(tmp_path_factory.mktemp("desktop") / "speechd", sound[0])
    yield server
    server.stop()


@pytest.fixture
def at_home(monkeypatch, desktop, real_engine):
    """The app speaks through the desktop's speech-dispatcher, as at home."""
    monkeypatch.setenv("SPEECHD_ADDRESS", desktop.address)
    return desktop


def test_listen_pause_resume_faster_stop_heard_through_speech_dispatcher(qtbot, sound, at_home, content):
    hear(qtbot, sound[1], at_home)


def hear(qtbot, recorder, desktop):
    window = open_window(qtbot, size=(1280, 860))
    click(qtbot, button(window, "Plain words"))
    listen = window.reader.listen
    assert listen.isVisible() and listen.state == "idle"
    sentences = window.reader.listen._page.spoken_sentences()
    assert sentences[:len(SENTENCES)] == SENTENCES

    moves: list[tuple[float, int]] = []  # when the highlight moved to which sentence
    page = listen._page
    shown = page.highlight_sentence
    monkeypatch_free = lambda index: (moves.append((time.monotonic(), index)), shown(index))[1]  # noqa: E731
    page.highlight_sentence = monkeypatch_free

    # Listen: the first sentences are heard, each while it is highlighted.
    start = time.monotonic()
    click(qtbot, button(window, "Listen"))
    qtbot.waitUntil(recorder.voiced_now, timeout=10_000)
    # LANG=C: no region of the user's, so English's usual one, in espeak-ng's plain voice.
    assert listen._engine.voice().name() == "English (America)"
    qtbot.waitUntil(lambda: listen.sentence_index == 4, timeout=30_000)
    durations = [(moves[i + 1][0] - moves[i][0], len(SENTENCES[i])) for i in range(4)]
    assert [index for _, index in moves[:5]] == [0, 1, 2, 3, 4], "one sentence at a time, in order"
    assert recorder.voiced_seconds(start) > 4, "seconds of voiced audio"
    for i in range(4):  # every highlighted sentence was heard while it was highlighted, from its start
        assert recorder.voiced_seconds(moves[i][0], moves[i + 1][0]) > 0.2, f"sentence {i} silent"
        assert recorder.voiced_seconds(moves[i][0], moves[i][0] + 1.0) > 0, f"sentence {i} heard late"
    # The time each sentence stayed highlighted follows its own length, not its neighbour's.
    longer, shorter = durations[1][0], durations[2][0]
    assert longer > 2.5 * shorter, durations
    assert highlighted(window) == SENTENCES[4]

    # Pause: silence at once and for as long as the pause lasts; the sentence stays marked.
    qtbot.waitUntil(recorder.voiced_now, timeout=5000)
    click(qtbot, button(window, "Pause"))
    paused = time.monotonic()
    assert button(window, "Resume").isVisible() and listen.state == "paused"
    qtbot.wait(2000)
    assert recorder.loudest(paused + 0.5, paused + 2.0) < VOICED, "sound during the pause"
    assert highlighted(window) == SENTENCES[4]

    # Resume: the paused sentence is heard again, from its start.
    click(qtbot, button(window, "Resume"))
    resumed = time.monotonic()
    qtbot.waitUntil(recorder.voiced_now, timeout=5000)
    assert time.monotonic() - resumed < 2.0
    assert listen.sentence_index == 4 and highlighted(window) == SENTENCES[4]

    # Faster, while reading: the next sentences are read at the new speed.
    normal_per_char = durations[1][0] / durations[1][1]
    click(qtbot, button(window, "Faster"))
    qtbot.waitUntil(lambda: listen.sentence_index == 6, timeout=30_000)
    fast = [m for m in moves if m[1] in (5, 6)]  # sentence 5 is as long as sentence 1
    fast_per_char = (fast[-1][0] - fast[0][0]) / len(SENTENCES[5])
    assert fast_per_char < 0.85 * normal_per_char, (fast_per_char, normal_per_char)

    # Stop: silence at once; speech-dispatcher is left idle and answers other programs.
    qtbot.waitUntil(recorder.voiced_now, timeout=5000)
    click(qtbot, button(window, "Stop"))
    stopped = time.monotonic()
    qtbot.waitUntil(lambda: not recorder.voiced_now(), timeout=1000)
    assert time.monotonic() - stopped < 0.8
    assert listen.state == "idle" and not highlighted(window) and button(window, "Listen").isVisible()
    qtbot.wait(1000)
    assert recorder.loudest(stopped + 0.4, stopped + 1.0) < VOICED
    other = time.monotonic()
    assert desktop.say("Another program speaks.") < 5
    assert recorder.voiced_seconds(other) > 0.5, "another program is heard after ours stopped"

    # Stop and at once Listen again: the page is read from the top, heard promptly.
    click(qtbot, button(window, "Listen"))
    qtbot.waitUntil(recorder.voiced_now, timeout=10_000)
    click(qtbot, button(window, "Stop"))
    again = time.monotonic()
    click(qtbot, button(window, "Listen"))
    qtbot.waitUntil(lambda: recorder.voiced_seconds(again + 0.3) > 0.3, timeout=5000)
    assert listen.state == "reading" and listen.sentence_index in (0, 1)

    # The app's exit leaves nothing paused and nothing speaking.
    click(qtbot, button(window, "Pause"))
    speech_engine.shutdown()
    assert desktop.say("Still working after the app is gone.") < 5


def test_a_kiosk_session_with_the_real_engine_writes_nothing_and_leaves_nothing(qtbot, tmp_path, sound, real_engine,
                                                                               content, monkeypatch):
    _server, recorder = sound
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    config = tmp_path / "ketaguide.toml"
    config.write_text(f'[kiosk]\nenabled = true\nstaff_pin_hash = "{hash_pin("246813", n=2 ** 14)}"\n')
    before = set(tmp_path.rglob("*"))
    window = open_window(qtbot, size=(1280, 800), config=config, kiosk=True)
    try:
        click(qtbot, button(window, "Touch the screen to start"))
        click(qtbot, button(window, "Plain words"))
        click(qtbot, button(window, "Listen"))
        qtbot.waitUntil(recorder.voiced_now, timeout=15_000)
        qtbot.waitUntil(lambda: window.reader.listen.sentence_index == 2, timeout=20_000)
        server = speech_engine._private["server"]
        assert server is not None and server.running(), "a kiosk speaks through its own speech-dispatcher"
        folder, pid = server.folder, server.process.pid
        modules = children(pid)
        assert modules, "speech-dispatcher runs its output modules"
        window.kiosk_controller.wipe()
        wiped = time.monotonic()
        qtbot.wait(800)
        assert recorder.loudest(wiped + 0.5, wiped + 0.8) < VOICED, "the wipe silences the reading"
        assert not window.reader.listen.is_speaking()
        assert set(tmp_path.rglob("*")) == before, "the session wrote to the home folder"
        spoken = [p for p in folder.rglob("*") if p.is_file() and any(
            s.encode() in p.read_bytes() for s in SENTENCES)]
        assert spoken == [], "spoken text in the engine's files"
    finally:
        window.kiosk_controller.leave_quietly()
    speech_engine.shutdown()  # what the app's exit does (QApplication.aboutToQuit)
    assert not folder.exists(), "the private speech folder outlived the app"
    assert not running(pid), "the private speech-dispatcher outlived the app"
    assert not [m for m in modules if running(m)], "one of its output modules is left"


def test_a_spanish_page_is_read_with_a_spanish_voice(qtbot, sound, at_home, tmp_path, as_builtin):
    recorder = sound[1]
    folder = tmp_path / "content"
    body = "Esta es una frase en español.\n\nY esta es otra frase, un poco más larga.\n"
    write_module(folder, "01-hola.md", module_text(title="Escuchar", body=body), lang="es")
    as_builtin(folder)
    window = open_window(qtbot, language="es")
    click(qtbot, button(window, "Escuchar"))  # the topic's card
    listen = window.reader.listen
    click(qtbot, button(window, "Escuchar"))  # Listen, in Spanish like every screen word
    qtbot.waitUntil(recorder.voiced_now, timeout=10_000)
    voice = listen._engine.voice()
    assert voice.locale().language() == QLocale.Language.Spanish and voice.name() == SPANISH_VOICE
    click(qtbot, button(window, "Detener"))
    qtbot.waitUntil(lambda: not recorder.voiced_now(), timeout=1000)


def test_the_self_check_hears_the_engine_and_names_each_languages_voice(qapp, sound, real_engine, tmp_path):
    # qapp: the self-check makes its QApplication before this probe (cli/self_check.py);
    # without one the engine's state never changes, and this test passed only after another made it.
    before = set(tmp_path.rglob("*"))
    report = Report()
    speech_probe.check_speech(report, ["en", "es"])
    lines = [(line.status, line.what) for line in report.lines]
    assert ("ok", "read-aloud: 'en' pages are read with the voice 'English (America)' (en_US)") in lines
    assert ("ok", f"read-aloud: 'es' pages are read with the voice '{SPANISH_VOICE}' ({SPANISH_VOICE_LOCALE})") in lines
    assert ("ok", "read-aloud: speech engine 'speechd' plays sound") in lines
    assert set(tmp_path.rglob("*")) == before, "the self-check wrote to the home folder"


def test_the_self_check_says_when_no_sound_comes_out(qapp, real_engine, monkeypatch, tmp_path):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'no-sound-server'}")
    monkeypatch.setattr(speech_probe, "SOUND_CHECK_SECONDS", 3.0)
    report = Report()
    speech_probe.check_speech(report, ["en"])
    warning = next(line for line in report.lines if "no sound comes out" in line.what)
    assert warning.status == "warn"
    assert any("apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libpulse0" in d
               for d in warning.details)
