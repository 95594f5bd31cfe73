"""The self-check's read-aloud probe: an engine, a voice for every content
language, and sound that really plays (a word said at volume zero)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QPluginLoader

from ..gui import speech_engine
from .environment_probes import missing_library_hint
from .report import FAIL, OK, WARN, Report

# What read-aloud needs on Debian/Ubuntu: speech-dispatcher only recommends its espeak-ng
# module, and Qt's plugin plays through PulseAudio (or PipeWire's PulseAudio server).
SPEECH_PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libpulse0"
SOUND_CHECK_SECONDS = 8.0  # espeak-ng's first sentence after a cold start takes about a second


def check_speech(report: Report, languages=("en",)) -> None:
    """The engine, a voice for every content language, and sound that really
    plays: a word said at volume zero must start and finish."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # lazy: a bundle may lack it, which is the finding
    except ImportError as exc:
        hint = missing_library_hint(str(exc))
        if hint:  # a library the bundle takes from the system (libpulse0): the system's to fix
            report.add(WARN, "read-aloud cannot start, so the Listen button is hidden", [str(exc), hint])
        else:
            report.add(FAIL, f"read-aloud: QtTextToSpeech is missing from this installation ({exc})",
                       ["reinstall ketaguide; the Listen button stays hidden until then"])
        return
    speechd_error = _speechd_plugin_error()  # before Qt tries the plugin itself, which hides the reason
    engines = list(QTextToSpeech.availableEngines())
    if not engines:
        report.add(FAIL, "read-aloud: Qt's text-to-speech plugins are missing from this installation",
                   ["reinstall ketaguide; the Listen button stays hidden until then"])
        return
    # The system's engine (tests ask for Qt's mock one), on a private speech-dispatcher
    # so that the check leaves no log behind.
    engine = speech_engine.create_engine(speech_engine.engine_name(), private=True)
    try:
        if engine is None:
            _no_speech_engine(report, engines, speechd_error)
        else:
            _check_voices_and_sound(report, engine, languages)
    finally:
        if engine is not None:
            shiboken6.delete(engine)
        speech_engine.shutdown()


def _no_speech_engine(report: Report, engines: list[str], speechd_error: str) -> None:
    real = [e for e in engines if e != "mock"]
    details = [f"speech engines known to Qt: {', '.join(engines)}"]
    if speechd_error:
        details.append(speechd_error)
        hint = missing_library_hint(speechd_error)
        if hint:
            details.append(hint)
    if sys.platform.startswith("linux"):
        details.append(f"install speech-dispatcher and a voice (Debian/Ubuntu: apt install {SPEECH_PACKAGES})")
    report.add(WARN, "read-aloud: no working speech engine" + (f" ({', '.join(real)} did not start)" if real else "")
               + ", so the Listen button is hidden", details)


def _voice_the_app_uses(engine, language: str):
    """The app reads a language's pages in a window whose default locale is that
    language's (gui/app.install_translations); ask with the same default, so the
    report names the voice a patient will hear."""
    from ..locales import locale_for

    before = QLocale()
    QLocale.setDefault(locale_for(language))
    try:
        return speech_engine.voice_for(engine, language)
    finally:
        QLocale.setDefault(before)


def _check_voices_and_sound(report: Report, engine, languages) -> None:
    name = engine.engine()
    voices = {language: _voice_the_app_uses(engine, language) for language in languages}
    for language, voice in voices.items():
        if voice is None:
            what = QLocale.languageToString(QLocale(language).language())
            report.add(WARN, f"read-aloud: no voice for {what} ('{language}'), so pages in {what} have no "
                             "Listen button",
                       [f"install a {what} voice for '{name}'" + (" (Debian/Ubuntu: espeak-ng has one; apt install "
                                                                  f"{SPEECH_PACKAGES})" if name == "speechd" else "")])
        else:
            report.add(OK, f"read-aloud: '{language}' pages are read with the voice '{voice.name()}' "
                           f"({voice.locale().name()})")
    usable = next((language for language, voice in voices.items() if voice is not None), None)
    if usable is None:
        return
    speech_engine.use_language(engine, usable)
    if plays_sound(engine):
        report.add(OK, f"read-aloud: speech engine '{name}' plays sound")
        return
    details = ["a word sent to the engine never started or never finished playing"]
    if sys.platform.startswith("linux"):
        details += ["check that a sound server runs for this user (PulseAudio, or PipeWire with pipewire-pulse) "
                    "and that a speaker is connected",
                    f"and that these are installed (Debian/Ubuntu): apt install {SPEECH_PACKAGES}"]
    report.add(WARN, f"read-aloud: speech engine '{name}' starts but no sound comes out, so Listen reads silently "
                     "and then stops", details)


def plays_sound(engine, seconds: float | None = None) -> bool:
    """Say one word at volume zero (the person at the computer hears nothing)
    and wait until the engine reports it started and finished playing; a
    speech-dispatcher without sound output never does."""
    from PySide6.QtTextToSpeech import QTextToSpeech  # lazy: check_speech has found it (a bundle may lack it)

    states = []
    engine.stateChanged.connect(states.append)
    volume = engine.volume()
    engine.setVolume(0.0)
    engine.say("ketaguide")
    deadline = time.monotonic() + (SOUND_CHECK_SECONDS if seconds is None else seconds)
    heard = False
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if QTextToSpeech.State.Speaking in states and states[-1] == QTextToSpeech.State.Ready:
            heard = True
            break
        time.sleep(0.01)
    if not heard and engine.state() != QTextToSpeech.State.Ready:
        engine.stop()
    engine.stateChanged.disconnect(states.append)
    engine.setVolume(volume)
    return heard


def _speechd_plugin_error() -> str:
    """Linux: why Qt's speech-dispatcher plugin cannot load, or ""."""
    if not sys.platform.startswith("linux"):
        return ""
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech" / \
        "libqtexttospeech_speechd.so"
    if not plugin.is_file():
        return ""
    loader = QPluginLoader(str(plugin))
    return "" if loader.load() else loader.errorString()
