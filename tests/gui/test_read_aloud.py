"""The read-aloud controller against an engine whose reports the test scripts:
the orders, late and missing reports a real speech-dispatcher produces
(tests/clients/test_read_aloud_real.py hears the real one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QAbstractButton

from conftest import module_text, write_module
from gui_helpers import button, click, open_window
from ketaguide.gui import speech_engine
from ketaguide.gui.read_aloud import ListenBar

State = QTextToSpeech.State
SENTENCES = ["First one.", "Second one is longer.", "Third."]


class FakeVoice:
    def __init__(self, name: str, locale: str):
        self._name, self._locale = name, QLocale(locale)

    def name(self):
        return self._name

    def locale(self):
        return self._locale


class FakeEngine(QObject):
    """Reports only what the test makes it report, like a real engine's late notifications."""

    stateChanged = Signal(object)

    def __init__(self, name="speechd", pause=True, voices=(("English (America)", "en_US"),)):
        super().__init__()
        self.name, self.can_pause = name, pause
        self.voices = [FakeVoice(*v) for v in voices]
        self.current = self.voices[0] if self.voices else FakeVoice("", "C")
        self.current_state = State.Ready
        self.said, self.calls, self.rates = [], [], []
        self.rate = 0.0

    # what ListenBar and speech_engine call
    def engine(self):
        return self.name

    def engineCapabilities(self):
        return QTextToSpeech.Capability.PauseResume if self.can_pause else QTextToSpeech.Capability.Speak

    def availableLocales(self):
        return list({v.locale().name(): v.locale() for v in self.voices}.values())

    def locale(self):
        return self.current.locale()

    def setLocale(self, locale):
        matching = [v for v in self.voices if v.locale() == locale]
        if matching:
            self.current = matching[0]

    def availableVoices(self):
        return [v for v in self.voices if v.locale() == self.current.locale()]

    def voice(self):
        return self.current

    def setVoice(self, voice):
        self.current = voice

    def setRate(self, rate):
        self.rate = rate

    def state(self):
        return self.current_state

    def say(self, text):
        self.said.append(text)
        self.rates.append(self.rate)

    def stop(self):
        self.calls.append("stop")

    def pause(self):
        self.calls.append("pause")

    def resume(self):
        self.calls.append("resume")

    # what the test makes the engine report
    def report(self, state):
        self.current_state = state
        self.stateChanged.emit(state)

    def finish_sentence(self):
        self.report(State.Speaking)
        self.report(State.Ready)


class FakePage:
    def __init__(self, sentences=SENTENCES, language="en"):
        self.sentences, self.language, self.shown = list(sentences), language, []

    def spoken_sentences(self):
        return list(self.sentences)

    def highlight_sentence(self, index):
        self.shown.append(index)

    def spoken_language(self):
        return self.language


def make_bar(qtbot, engine=None, page=None):
    engine = engine or FakeEngine()
    page = page or FakePage()
    bar = ListenBar(page, engine)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    return bar, engine, page


def test_one_sentence_at_a_time_and_the_next_only_when_the_engine_finished(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    assert engine.said == ["First one."] and page.shown == [0]
    engine.report(State.Speaking)
    assert engine.said == ["First one."], "the next sentence waits for the end of this one"
    engine.report(State.Ready)
    assert engine.said == ["First one.", "Second one is longer."] and page.shown == [0, 1]
    engine.finish_sentence()
    engine.finish_sentence()
    assert engine.said == SENTENCES
    assert bar.state == "idle" and page.shown[-1] is None and button(bar, "Listen").isVisible()


def test_a_late_ready_from_a_cancelled_sentence_skips_nothing(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Ready)  # the end of something cancelled earlier, reported late
    assert engine.said == ["First one."] and bar.sentence_index == 0
    engine.finish_sentence()
    assert bar.sentence_index == 1


def test_speech_dispatcher_is_never_paused_pause_silences_and_resume_repeats_the_sentence(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    engine.finish_sentence()
    engine.report(State.Speaking)  # the second sentence is being heard
    click(qtbot, button(bar, "Pause"))
    assert "pause" not in engine.calls and engine.calls[-1] == "stop"
    assert bar.state == "paused" and button(bar, "Resume").isVisible() and page.shown[-1] == 1
    engine.report(State.Ready)  # the cancelled sentence ends: nothing new is said while paused
    assert engine.said == SENTENCES[:2]
    click(qtbot, button(bar, "Resume"))
    assert engine.said == [SENTENCES[0], SENTENCES[1], SENTENCES[1]] and bar.sentence_index == 1


def test_resume_before_the_cancel_is_reported_waits_for_it(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Pause"))
    click(qtbot, button(bar, "Resume"))  # the engine still says Speaking: its cancel is on the way
    assert engine.said == ["First one."]
    engine.report(State.Ready)
    assert engine.said == ["First one.", "First one."]
    engine.finish_sentence()
    assert engine.said[-1] == "Second one is longer."


def test_a_cancel_never_reported_delays_the_next_sentence_only_briefly(qtbot):
    bar, engine, page = make_bar(qtbot)
    bar._start_timeout.setInterval(50)
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Stop"))
    click(qtbot, button(bar, "Listen"))  # the engine still says Speaking, and never says more
    assert engine.said == ["First one."]
    qtbot.waitUntil(lambda: len(engine.said) == 2, timeout=2000)
    assert engine.said[-1] == "First one." and bar.state == "reading"


def test_an_engine_with_a_real_pause_is_paused_and_resumed(qtbot):
    bar, engine, page = make_bar(qtbot, FakeEngine(name="sapi"))
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Pause"))
    assert engine.calls == ["pause"]
    engine.report(State.Paused)
    click(qtbot, button(bar, "Resume"))
    assert engine.calls == ["pause", "resume"] and engine.said == ["First one."]
    assert bar.state == "reading"


def test_resume_pressed_before_the_engine_reports_its_pause_still_resumes(qtbot):
    """An engine pauses at its next word boundary; a patient who presses Resume
    right after Pause must not be left with a paused engine and a 'Resume' button."""
    bar, engine, page = make_bar(qtbot, FakeEngine(name="sapi"))
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Pause"))
    click(qtbot, button(bar, "Resume"))  # the engine is still speaking its last word
    assert bar.state == "reading"
    engine.report(State.Paused)  # the pause lands late
    assert engine.calls == ["pause", "resume", "resume"]
    assert bar.state == "reading" and button(bar, "Pause").isVisible()
    engine.report(State.Speaking)
    engine.report(State.Ready)
    assert engine.said == ["First one.", "Second one is longer."]


def test_stop_silences_at_once_and_late_reports_start_nothing(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Stop"))
    assert engine.calls == ["stop"] and bar.state == "idle" and page.shown[-1] is None
    engine.report(State.Ready)
    assert engine.said == ["First one."]
    assert button(bar, "Listen").hasFocus() or not bar.stop_button.hasFocus()


def test_faster_while_reading_applies_from_the_next_sentence(qtbot):
    bar, engine, page = make_bar(qtbot)
    click(qtbot, button(bar, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(bar, "Faster"))
    assert engine.said == ["First one."], "the sentence being heard is not cut"
    engine.report(State.Ready)
    assert engine.rates == [0.0, 0.3]


def test_without_sound_the_reading_gives_up_instead_of_pretending(qtbot):
    bar, engine, page = make_bar(qtbot)
    bar._start_timeout.setInterval(50)
    click(qtbot, button(bar, "Listen"))
    qtbot.waitUntil(lambda: bar.state == "idle", timeout=2000)
    assert page.shown[-1] is None and button(bar, "Listen").isVisible()


def test_two_pages_share_one_engine_and_only_the_last_one_reads(qtbot):
    engine = FakeEngine()
    first, _, first_page = make_bar(qtbot, engine)
    second, _, second_page = make_bar(qtbot, engine, FakePage(["Other page."]))
    click(qtbot, button(first, "Listen"))
    engine.report(State.Speaking)
    click(qtbot, button(second, "Listen"))
    assert first.state == "idle" and first_page.shown[-1] is None
    engine.report(State.Ready)  # the first page's cancelled sentence
    engine.finish_sentence()
    assert engine.said == ["First one.", "Other page."] and second.state == "idle"


def test_a_page_in_a_language_without_a_voice_offers_no_listen(qtbot):
    bar = ListenBar(FakePage(language="es"), FakeEngine())
    qtbot.addWidget(bar)
    assert bar.isHidden() and not bar.available
    assert not ListenBar(FakePage(language="en"), FakeEngine(), bar).isHidden()


def test_listen_is_hidden_on_pages_in_a_language_without_a_voice(qtbot, as_builtin, tmp_path):
    """Qt's mock engine speaks English only: a Spanish page offers no Listen."""
    folder = tmp_path / "content"
    write_module(folder, "01-hola.md", module_text(title="Hola"), lang="es")
    write_module(folder, "01-hello.md", module_text(title="Hello"), lang="en")
    as_builtin(folder)
    spanish = open_window(qtbot, language="es")
    click(qtbot, button(spanish, "Hola"))
    # The engine starts on the first press (it blocks for seconds); then the page
    # knows there is no Spanish voice, and the bar goes, saying why.
    click(qtbot, button(spanish, "Escuchar"))
    listen = spanish.reader.listen
    assert not listen.is_speaking() and listen.no_voice_note.isVisible()
    assert not [b for b in listen.findChildren(QAbstractButton) if b.isVisible()], "no button that cannot work"
    english = open_window(qtbot, language="en")
    click(qtbot, button(english, "Hello"))
    assert english.reader.listen.isVisible()


# -- the voice -----------------------------------------------------------------------------
@pytest.fixture
def user_locale():
    def use(name):
        QLocale.setDefault(QLocale(name))
    yield use
    QLocale.setDefault(QLocale.system())


VOICES = (("English (Caribbean)", "en_US"), ("English (Caribbean)+Adam", "en_US"), ("English (America)", "en_US"),
          ("English (Great Britain)+Max", "en_GB"), ("English (Great Britain)", "en_GB"),
          ("Spanish (Spain)", "es_ES"), ("Spanish (Latin America)", "es_419"))


@pytest.mark.parametrize("user, language, voice", [
    ("en_GB", "en", "English (Great Britain)"),  # the user's own region
    ("en_US", "en", "English (America)"),  # a plain voice naming the region, not the first one listed
    ("C", "en", "English (America)"),  # no region: the language's usual one
    ("de_DE", "es", "Spanish (Spain)"),
    ("en_US", "es", "Spanish (Latin America)"),  # Spanish pages in a US clinic
    ("es_MX", "es", "Spanish (Latin America)"),
    ("fr_FR", "fr", None),  # no French voice: no Listen
])
def test_the_voice_follows_the_page_language_and_the_users_region(user_locale, user, language, voice):
    user_locale(user)
    engine = FakeEngine(voices=VOICES)
    found = speech_engine.voice_for(engine, language)
    assert (found.name() if found else None) == voice


def test_listen_reads_in_the_pages_language(qtbot):
    engine = FakeEngine(voices=VOICES)
    bar, _, _ = make_bar(qtbot, engine, FakePage(language="es"))
    click(qtbot, button(bar, "Listen"))
    assert engine.voice().name() == "Spanish (Spain)"


def test_slower_and_faster_step_through_the_speeds_and_stop_at_either_end(qtbot):
    bar, engine, page = make_bar(qtbot)
    assert bar.speed_label.text() == "normal"
    click(qtbot, button(bar, "Faster"))
    assert bar.speed_label.text() == "fast" and engine.rate == 0.3
    assert not button(bar, "Faster").isEnabled()
    click(qtbot, button(bar, "Slower"))
    click(qtbot, button(bar, "Slower"))
    assert bar.speed_label.text() == "slow" and engine.rate == -0.3
    assert not button(bar, "Slower").isEnabled() and button(bar, "Faster").isEnabled()


def test_the_kiosk_wipe_stops_the_reading_and_returns_to_the_normal_speed(qtbot, tmp_path):
    from ketaguide.core.pin import hash_pin

    config = tmp_path / "ketaguide.toml"
    config.write_text(f'[kiosk]\nenabled = true\nstaff_pin_hash = "{hash_pin("246813", n=2 ** 14)}"\n')
    window = open_window(qtbot, size=(1280, 800), config=config, kiosk=True)
    click(qtbot, button(window, "Touch the screen to start"))
    click(qtbot, button(window, window.library.modules[0].title))
    listen = window.reader.listen
    click(qtbot, button(window, "Faster"))
    click(qtbot, button(window, "Listen"))
    qtbot.waitUntil(listen.is_speaking, timeout=2000)
    window.kiosk_controller.wipe()
    assert not listen.is_speaking() and listen.state == "idle"
    assert listen.speed_label.text() == "normal"
    assert window.reader.browser.highlighted_text() == ""
    window.kiosk_controller.leave_quietly()


def test_a_private_speech_folder_left_by_a_killed_app_is_removed_and_a_running_ones_kept(tmp_path, monkeypatch):
    import os

    from ketaguide.gui import private_speechd

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    stale = tmp_path / "ketaguide-speech-old"
    stale.mkdir()
    (stale / "speechd.pid").write_text("999999999\n")  # no such process
    (stale / "log").mkdir()
    alive = tmp_path / "ketaguide-speech-running"
    alive.mkdir()
    (alive / "speechd.pid").write_text(f"{os.getpid()}\n")
    private_speechd.remove_stale_folders()
    assert not stale.exists() and alive.exists()


# -- the reading page as read-aloud's page ----------------------------------------------
def test_the_reading_page_is_read_without_pictures_and_marks_the_sentence_heard(qtbot):
    """Read-aloud drives the real reading page (one widget per block) through the
    SpokenPage protocol: a picture's alt text is never read as a sentence, and
    the sentence being read is the one marked on the page."""
    window = open_window(qtbot, size=(1280, 800))
    module = window.library.modules[0]
    click(qtbot, button(window, module.title))
    page = window.reader.browser
    sentences = page.spoken_sentences()
    assert sentences[0] == module.title
    assert not any("\ufffc" in s for s in sentences)
    for alt in (alt for _, alt in module.images):
        assert alt not in sentences, "a picture's alt text is not read as page text"
    page.highlight_sentence(2)
    assert page.highlighted_text() == sentences[2]
    page.highlight_sentence(None)
    assert page.highlighted_text() == ""


# -- the engine starts on the first Listen -------------------------------------------------
def test_the_engine_starts_only_when_listen_is_first_pressed(qtbot):
    """Starting Qt's speech-dispatcher engine blocks the window for seconds: a
    patient who never presses Listen never waits for it."""
    made = []

    def later():
        made.append(FakeEngine())
        return made[-1]

    page = FakePage()
    bar = ListenBar(page, engine_later=later)
    qtbot.addWidget(bar)
    bar.show()
    assert bar.isVisible() and made == []
    click(qtbot, button(bar, "Listen"))
    assert len(made) == 1 and made[0].said == ["First one."] and page.shown == [0]
    made[0].finish_sentence()
    assert made[0].said == ["First one.", "Second one is longer."], "the bar listens to the engine it started"
    click(qtbot, button(bar, "Stop"))
    click(qtbot, button(bar, "Listen"))
    assert len(made) == 1, "started once"


def test_listen_goes_away_when_the_started_engine_has_no_voice_for_the_page(qtbot):
    bar = ListenBar(FakePage(language="es"), engine_later=lambda: FakeEngine(voices=(("English (America)", "en_US"),)))
    qtbot.addWidget(bar)
    bar.show()
    click(qtbot, button(bar, "Listen"))
    assert bar.state == "idle" and bar.no_voice_note.isVisible() and not bar.listen_button.isVisible()


def test_opening_a_topic_starts_no_speech_engine(qtbot):
    window = open_window(qtbot, size=(1280, 800))
    click(qtbot, button(window, window.library.modules[0].title))
    assert button(window, "Listen").isVisible()
    assert speech_engine._engines == {}, "no engine until a patient presses Listen"
    click(qtbot, button(window, "Listen"))
    assert speech_engine._engines and window.reader.listen.is_speaking()
