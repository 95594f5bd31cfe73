"""The app's one speech engine (QtTextToSpeech), its voice per language, and
on a kiosk its own private speech-dispatcher.

One engine for the whole app: Qt's speech-dispatcher engine lists every voice
when it starts (2-3 s with espeak-ng's ~10,000, benchmarks/bench_read_aloud.py),
and tells every engine in the process about every other engine's speech, so
several would confuse each other.

Imports QtTextToSpeech only when an engine is first wanted, never before the
first frame.
"""

from __future__ import annotations

import atexit
import os
import weakref

from . import private_speechd

SPEECH_ENGINE_VARIABLE = "KETAGUIDE_SPEECH_ENGINE"  # tests set it to "mock"
# espeak-ng names its voices "English (America)"; Windows "… - English (United States)".
_TERRITORY_WORDS = {"United States": ("America",), "United Kingdom": ("Great Britain", "Britain")}

_engines: dict[str, object] = {}  # engine name ("" for the system's) -> QTextToSpeech or None
_private = {"wanted": False, "server": None}


def keep_speech_private() -> None:
    """On a kiosk: speak through a speech-dispatcher of the app's own, whose
    logs are off and whose folder is removed at exit (see private_speechd)."""
    _private["wanted"] = True


def without_speech() -> None:
    """No engine for pages built from now on (the self-check draws every page,
    and must not start the desktop's speech-dispatcher, which keeps logs)."""
    _engines[engine_name()] = None


def engine_name() -> str:
    return os.environ.get(SPEECH_ENGINE_VARIABLE, "")


def shared_engine(name: str | None = None):
    """The app's speech engine, created on first use, or None when the system
    has none that works. Qt's 'mock' engine only when asked for by name."""
    name = engine_name() if name is None else name
    if name not in _engines:
        _engines[name] = create_engine(name, private=_private["wanted"])
    return _engines[name]


def speech_possible(name: str | None = None) -> bool:
    """Whether an engine could be had, without creating one: creating Qt's
    speech-dispatcher engine lists every voice and blocks the window for 2-3 s
    (benchmarks/bench_read_aloud.py), so pages offer Listen on this and the
    engine starts when a patient first presses it."""
    name = engine_name() if name is None else name
    if name in _engines:
        return _engines[name] is not None
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pragma: no cover - depends on the installation
        return False
    engines = QTextToSpeech.availableEngines()
    return name in engines if name else any(e != "mock" for e in engines)


def create_engine(name: str = "", private: bool = False, parent=None):
    """A new QTextToSpeech, or None. `private`: a speech-dispatcher engine
    talks to a server of its own (started here) instead of the desktop's."""
    try:  # QtTextToSpeech comes with PySide6-Addons; the app works without it.
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    engines = QTextToSpeech.availableEngines()
    if name:
        if name not in engines:
            return None
        chosen = name
    else:
        real = [e for e in engines if e != "mock"]
        if not real:
            return None
        chosen = real[0]
    if chosen == "speechd" and private:
        engine = _create_on_private_server(QTextToSpeech, parent)
    else:
        engine = QTextToSpeech(chosen, parent)
    if engine is None or engine.state() == QTextToSpeech.State.Error:
        return None
    _stop_at_exit()
    return engine


def _create_on_private_server(QTextToSpeech, parent):
    server = _private["server"]
    if server is None or not server.running():
        server = _private["server"] = private_speechd.PrivateSpeechd.start()
    if server is None:
        return None  # never fall back to the desktop's server, which keeps logs
    _stop_at_exit()  # the server and its folder go at exit even if no engine comes of it
    # libspeechd reads the address once, when the engine connects.
    before = os.environ.get("SPEECHD_ADDRESS")
    os.environ["SPEECHD_ADDRESS"] = server.address
    try:
        return QTextToSpeech("speechd", parent)
    finally:
        if before is None:
            os.environ.pop("SPEECHD_ADDRESS", None)
        else:
            os.environ["SPEECHD_ADDRESS"] = before


def has_real_pause(engine) -> bool:
    """Whether pause() and resume() can be trusted mid-sentence. Qt's
    speech-dispatcher engine says it can, but it pauses every program's speech
    (spd_pause_all), with espeak-ng the pause lands only at the sentence's end
    and is never reported, so resume() then does nothing: measured with
    speech-dispatcher 0.11 and Qt 6.11."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if engine.engine() == "speechd":
        return False
    return bool(engine.engineCapabilities() & QTextToSpeech.Capability.PauseResume)


# -- voices ------------------------------------------------------------------------
def locale_for(engine, language: str):
    """The engine's locale for a content language ("en", "es"), or None:
    the user's own region when the engine has it, else the language's usual
    one (QLocale("es") is Spain), else the first the engine offers."""
    from PySide6.QtCore import QLocale

    wanted = QLocale(language).language()
    if wanted == QLocale.Language.C:
        return None
    offered = [loc for loc in engine.availableLocales() if loc.language() == wanted]
    if not offered:
        return None
    user = QLocale().territory()
    for territory in (user, _nearest_territory(language, user), QLocale(language).territory()):
        for loc in offered:
            if loc.territory() == territory:
                return loc
    return offered[0]


# Spanish in the Americas (the US included) is closer to Latin American Spanish, which engines
# offer as one locale (es_419), than to Spain's, the language's usual region.
AMERICAS = ("UnitedStates", "Mexico", "Guatemala", "Honduras", "ElSalvador", "Nicaragua", "CostaRica", "Panama",
             "Cuba", "DominicanRepublic", "PuertoRico", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia",
             "Chile", "Argentina", "Uruguay", "Paraguay")


def _nearest_territory(language: str, user):
    from PySide6.QtCore import QLocale

    if language == "es" and user.name in AMERICAS:
        return QLocale.Country.LatinAmerica
    return None


def voice_for(engine, language: str):
    """The voice to read `language` with, or None when the engine has none.
    A plain voice (espeak-ng's "+Variant" voices are effects) that names the
    locale's region, when there is one."""
    from PySide6.QtCore import QLocale

    locale = locale_for(engine, language)
    if locale is None:
        return None
    voices = [v for v in engine.availableVoices() if v.locale() == locale] if engine.locale() == locale else []
    if not voices:
        previous = engine.voice()
        engine.setLocale(locale)
        voices = list(engine.availableVoices())
        if previous.name():
            engine.setVoice(previous)
    if not voices:
        return None
    region = QLocale.territoryToString(locale.territory())
    words = (region,) + _TERRITORY_WORDS.get(region, ())

    def rank(voice):
        name = voice.name()
        return ("+" in name, not any(word in name for word in words))

    return min(voices, key=rank)  # min keeps the engine's order among equals


def use_language(engine, language: str) -> bool:
    """Read in `language` from now on; False when no voice can."""
    voice = voice_for(engine, language)
    if voice is None:
        return False
    if engine.voice() != voice:
        engine.setVoice(voice)
    return True


# -- who is reading -------------------------------------------------------------------
_owners: dict[int, weakref.ref] = {}


def claim(engine, reader):
    """`reader` reads with `engine` from now on; the one that did before (to be
    stopped), or None. Only the owner acts on the engine's reports."""
    before = owner(engine)
    _owners[id(engine)] = weakref.ref(reader)
    return before if before is not reader else None


def owner(engine):
    ref = _owners.get(id(engine))
    reader = ref() if ref is not None else None
    try:
        if reader is not None:
            reader.objectName()  # still alive on the C++ side?
    except RuntimeError:
        return None
    return reader


# -- the end ----------------------------------------------------------------------------
_registered = {"exit": False}


def _stop_at_exit() -> None:
    if _registered["exit"]:
        return
    _registered["exit"] = True
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(shutdown)
    atexit.register(shutdown)


def shutdown() -> None:
    """Leave speech as we found it: nothing speaking, nothing paused, the
    engines closed, and our private server and its folder gone."""
    import shiboken6
    from PySide6.QtTextToSpeech import QTextToSpeech

    for engine in [e for e in _engines.values() if e is not None and shiboken6.isValid(e)]:
        try:
            reader = owner(engine)
            if reader is not None:
                reader.stop()  # so that the engine's last reports start nothing
            if engine.state() == QTextToSpeech.State.Paused:
                engine.resume()  # a paused engine must never outlive us
            if engine.state() != QTextToSpeech.State.Ready:
                engine.stop()
            shiboken6.delete(engine)  # closes its connection now, before the server goes
        except RuntimeError:  # already deleted with the application
            pass
    _engines.clear()
    _owners.clear()
    _private["wanted"] = False
    server, _private["server"] = _private["server"], None
    if server is not None:
        server.stop()
