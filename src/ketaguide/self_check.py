"""`ketaguide --self-check`: is this installation whole? For IT, after installing.

Loads the content in every language present, renders every module in the
real window (never shown), parses the quiz, builds every checklist PDF in
memory, checks the Qt parts a trimmed bundle could lose (platform and image
plugins, fonts, translations), and says whether a speech engine and a
printer are available. Prints one line per check, then a summary; exits 0
when nothing failed and 1 when something did.

Writes nothing anywhere, so it works on a read-only installation and never
leaves a file behind. Each problem says exactly what is wrong and where.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import __version__, resources

OK, INFO, WARN, FAIL = "ok", "info", "warn", "FAIL"
SAMPLE_APPOINTMENT = datetime(2030, 1, 15, 9, 30)  # any date: only the layout is checked
MAX_LISTED = 12  # problems listed per check before "… and N more"


@dataclass
class Line:
    status: str
    what: str
    details: list[str] = field(default_factory=list)


@dataclass
class Report:
    lines: list[Line] = field(default_factory=list)

    def add(self, status: str, what: str, details=()) -> Line:
        details = [str(d) for d in details]
        if len(details) > MAX_LISTED:
            details = details[:MAX_LISTED] + [f"… and {len(details) - MAX_LISTED} more"]
        line = Line(status, what, details)
        self.lines.append(line)
        return line

    @property
    def failures(self) -> list[Line]:
        return [line for line in self.lines if line.status == FAIL]

    @property
    def warnings(self) -> list[Line]:
        return [line for line in self.lines if line.status == WARN]

    def text(self, heading: str) -> str:
        out = [heading]
        for line in self.lines:
            out.append(f"  {line.status:<4}  {line.what}")
            out.extend(f"        {detail}" for detail in line.details)
        failures, warnings = len(self.failures), len(self.warnings)
        if failures:
            out.append(f"Self-check FAILED: {failures} problem{'s' * (failures != 1)} "
                       f"(the lines marked FAIL say what is wrong), {warnings} warning{'s' * (warnings != 1)}.")
        else:
            out.append(f"Self-check passed: {len(self.lines)} checks, {warnings} warning{'s' * (warnings != 1)}.")
        return "\n".join(out)


def run_self_check(config: Path | None = None, content: Path | None = None, language: str | None = None,
                   out=None) -> int:
    """Run every check, print the report (or show it, where there is no
    console) and return the exit status: 0 passed, 1 something failed."""
    report = Report()
    app = _application(report)
    heading = (f"ketaguide {__version__} self-check: {_install_kind()}, {platform.system()} {platform.machine()}, "
               f"Python {platform.python_version()}, Qt {_qt_version()}")
    if app is not None:
        for check in (_check_install, _check_qt):
            _guarded(report, check.__name__, check)
        _guarded(report, "_check_translations",
                 lambda r: _check_translations(r, _content_languages(config, content)))
        _guarded(report, "speech", lambda r: _check_speech(r, _content_languages(config, content)))
        for check in (_check_printer, _check_writable_places):
            _guarded(report, check.__name__, check)
        _guarded(report, "content", lambda r: _check_content(r, config, content, language))
    text = report.text(heading)
    stream = out if out is not None else sys.stdout
    if stream is None:  # a windowed program on Windows has no console: show the report instead
        _show_in_window(text, not report.failures)
    else:
        if stream is sys.stdout and hasattr(stream, "reconfigure"):
            # A Windows console piped to a file is cp1252: never fail over a quotation mark in a path.
            stream.reconfigure(errors="replace")
        print(text, file=stream)
        stream.flush()
    return 1 if report.failures else 0


def _guarded(report: Report, name: str, check) -> None:
    """A check that crashes is itself a finding; the others still run."""
    try:
        check(report)
    except Exception as exc:  # noqa: BLE001 - reported, never hidden
        where = traceback.extract_tb(exc.__traceback__)[-1]
        report.add(FAIL, f"the check '{name.strip('_')}' stopped with an error: {type(exc).__name__}: {exc}",
                   [f"at {Path(where.filename).name}:{where.lineno}"])


# -- the application object ------------------------------------------------------
def _application(report: Report):
    """A QApplication that never shows anything. On Linux without an explicit
    QT_QPA_PLATFORM the offscreen platform is used (it cannot abort on a
    machine without a display); the desktop plugin is checked separately."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        report.add(FAIL, f"Qt for Python (PySide6) cannot be imported: {exc}",
                   ["the installation is incomplete: reinstall ketaguide"])
        return None
    app = QApplication.instance()
    if app is None:
        argv = [sys.argv[0] if sys.argv and sys.argv[0] else "ketaguide"]
        if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        app = QApplication(argv)
    return app


def _qt_version() -> str:
    try:
        from PySide6.QtCore import qVersion

        return qVersion()
    except ImportError:
        return "missing"


def _install_kind() -> str:
    if getattr(sys, "frozen", False):
        return "installed bundle"
    if resources.content_dir().parent == Path(resources.__file__).resolve().parents[2]:
        return "source checkout"
    return "installed package"


def install_folder() -> Path:
    """The folder ketaguide's own files are in (a bundle's _internal, a
    checkout, or the package)."""
    return resources.content_dir().parent


def is_writable(folder: Path) -> bool:
    """Whether this user could create a file in `folder` (or, if it does not
    exist yet, in its nearest existing parent). Asks the system; writes nothing."""
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK | os.X_OK)


# -- the installation ---------------------------------------------------------------
def _check_install(report: Report) -> None:
    folder = install_folder()
    if is_writable(folder):
        report.add(OK, f"install folder {folder} (writable; ketaguide writes nothing there)")
    else:
        report.add(OK, f"install folder {folder} is read-only: that is fine, ketaguide never writes there "
                       "(settings and clinic content are read from elsewhere, preferences go to the user's folder)")
    content = resources.content_dir()
    if not content.is_dir():
        report.add(FAIL, f"the built-in content folder is missing: {content}",
                   ["the installation is incomplete: reinstall ketaguide (or rebuild the bundle with build.spec)"])
    else:
        languages = _languages([content])
        if languages:
            report.add(OK, f"built-in content {content} (languages: {', '.join(languages)})")
        else:
            report.add(FAIL, f"the built-in content folder has no modules: {content}",
                       ["expected content/<language>/modules/*.md: reinstall ketaguide"])
    icon = resources.asset("ketaguide.svg")
    if not icon.is_file():
        report.add(FAIL, f"the app icon is missing: {icon}", ["the installation is incomplete: reinstall ketaguide"])
    else:
        from PySide6.QtGui import QImageReader

        reader = QImageReader(str(icon))
        image = reader.read()
        if image.isNull():
            report.add(FAIL, f"the app icon cannot be drawn: {icon}: {reader.errorString()}",
                       ["the SVG image plugin (imageformats/qsvg) or the file itself is damaged"])
        else:
            report.add(OK, f"app icon {icon.name} draws ({image.width()}x{image.height()})")


def _languages(dirs) -> list[str]:
    return sorted({p.parent.parent.name for d in dirs for p in Path(d).glob("*/modules/*.md")})


def _check_qt(report: Report) -> None:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader

    report.add(OK, f"Qt platform '{QGuiApplication.platformName()}' started")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if sys.platform.startswith("linux"):
        _check_plugin(report, plugins / "platforms" / "libqxcb.so", "the X11 (xcb) platform plugin",
                      "the window opens on an X11 desktop",
                      "install the X11 libraries Qt needs (Debian/Ubuntu: libxcb-cursor0 libxkbcommon-x11-0 "
                      "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0)")
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in ("png", "svg", "jpeg") if f not in formats]
    if missing:
        report.add(FAIL, f"image formats missing: {', '.join(missing)} (the icon, logos and pictures need them)",
                   [f"the Qt image plugins in {plugins / 'imageformats'} are missing from this installation"])
    else:
        report.add(OK, "image formats png, svg and jpeg")
    families = QFontDatabase.families()
    if not families:
        report.add(FAIL, "no fonts found: text cannot be drawn",
                   ["install a font (Debian/Ubuntu: fonts-dejavu-core)"])
    else:
        from .gui.theme import FONT_FAMILIES

        preferred = next((f for f in FONT_FAMILIES if f in families), None)
        report.add(OK, f"{len(families)} font families" + (f", reading font '{preferred}'" if preferred else
                                                            " (none of the preferred reading fonts; Qt picks one)"))


def _check_plugin(report: Report, path: Path, name: str, purpose: str, fix: str) -> bool:
    from PySide6.QtCore import QPluginLoader

    if not path.is_file():
        report.add(FAIL, f"{name} is missing from this installation: {path}", [f"without it, not: {purpose}"])
        return False
    loader = QPluginLoader(str(path))
    if loader.load():
        report.add(OK, f"{name} loads")
        return True
    error = loader.errorString()
    report.add(WARN, f"{name} cannot load, so not: {purpose}", [error, missing_library_hint(error) or fix])
    return False


# System libraries the Linux bundle takes from the computer (packaging/qt_trim.py), and the
# Debian/Ubuntu packages that have them.
SYSTEM_PACKAGES = {"libcups.so.2": "libcups2", "libpulse.so.0": "libpulse0", "libspeechd.so.2": "libspeechd2",
                   "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
                   "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
                   "libxcb-shape.so.0": "libxcb-shape0", "libxcb-render-util.so.0": "libxcb-render-util0",
                   "libxcb-image.so.0": "libxcb-image0", "libfontconfig.so.1": "libfontconfig1",
                   "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libdbus-1.so.3": "libdbus-1-3"}


def missing_library_hint(error: str) -> str:
    """'libcups.so.2: cannot open shared object file' -> what to install."""
    import re

    match = re.search(r"(lib[\w.+-]+\.so[\d.]*): cannot open shared object file", error)
    if not match:
        return ""
    library = match.group(1)
    package = SYSTEM_PACKAGES.get(library)
    if package:
        return f"the system library {library} is missing: install it (Debian/Ubuntu: apt install {package})"
    return f"the system library {library} is missing: install the package that provides it"


def translations_dir() -> Path:
    """Where gui/app.py loads ketaguide_<lang>.qm from (beside the package's modules)."""
    import ketaguide

    return Path(ketaguide.__file__).resolve().parent / "translations"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"


def _check_translations(report: Report, languages=("en",)) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = translations_dir()
    compiled = sorted(folder.glob("ketaguide_*.qm"))
    have = {p.stem.removeprefix("ketaguide_") for p in compiled}
    # Content in a language whose screen words are missing from the install
    # would show Spanish pages under English buttons: the bundle lost its .qm.
    missing = [code for code in languages if code.split("-")[0] not in have | {"en"}]
    broken = [f"{folder / f'ketaguide_{code}.qm'}: missing, though there is content in '{code}': "
              "run scripts/update-translations, or reinstall" for code in missing]
    for path in compiled:
        if not QTranslator().load(str(path)):
            broken.append(f"{path}: Qt cannot read it (damaged, or not a .qm file): rebuild it with "
                          "scripts/update-translations, or reinstall")
    if broken:
        report.add(FAIL, "a screen translation cannot be loaded", broken)
    elif compiled:
        report.add(OK, "screen translations: " + ", ".join(p.stem.removeprefix("ketaguide_") for p in compiled))
    else:
        report.add(INFO, "screen text in English only (no compiled translations in "
                         f"{folder}; content languages are separate)")
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qtbase = sorted(qt_folder.glob("qtbase_*.qm"))
    report.add(INFO, f"Qt's own translations (buttons in dialogs): {len(qtbase)} languages")


# -- speech and printing --------------------------------------------------------------
# What read-aloud needs on Debian/Ubuntu: speech-dispatcher only recommends its espeak-ng
# module, and Qt's plugin plays through PulseAudio (or PipeWire's PulseAudio server).
SPEECH_PACKAGES = "speech-dispatcher speech-dispatcher-espeak-ng espeak-ng libpulse0"
SOUND_CHECK_SECONDS = 8.0  # espeak-ng's first sentence after a cold start takes about a second


def _content_languages(config: Path | None, content: Path | None) -> list[str]:
    from .core.loading import content_dirs
    from .core.settings import find_config, load_settings

    settings, _ = load_settings(find_config(config))
    return _languages(content_dirs(settings, content)) or [settings.content.language]


def _check_speech(report: Report, languages=("en",)) -> None:
    """The engine, a voice for every content language, and sound that really
    plays: a word said at volume zero must start and finish."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        hint = missing_library_hint(str(exc))
        if hint:  # a library the bundle takes from the system (libpulse0): the system's to fix
            report.add(WARN, "read-aloud cannot start, so the Listen button is hidden", [str(exc), hint])
        else:
            report.add(FAIL, f"read-aloud: QtTextToSpeech is missing from this installation ({exc})",
                       ["reinstall ketaguide; the Listen button stays hidden until then"])
        return
    from .gui import speech_engine

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
            import shiboken6

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


def _check_voices_and_sound(report: Report, engine, languages) -> None:
    from PySide6.QtCore import QLocale

    from .gui import speech_engine

    name = engine.engine()
    voices = {language: speech_engine.voice_for(engine, language) for language in languages}
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
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTextToSpeech import QTextToSpeech

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
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech" / \
        "libqtexttospeech_speechd.so"
    if not plugin.is_file():
        return ""
    loader = QPluginLoader(str(plugin))
    return "" if loader.load() else loader.errorString()


def _check_printer(report: Report) -> None:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError as exc:
        report.add(FAIL, f"printing: QtPrintSupport is missing from this installation ({exc})",
                   ["reinstall ketaguide"])
        return
    if sys.platform.startswith("linux"):
        from PySide6.QtCore import QLibraryInfo

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        if not _check_plugin(report, plugins / "printsupport" / "libcupsprintersupport.so",
                             "the CUPS print plugin", "printing to a printer (saving PDFs still works)",
                             "install CUPS (Debian/Ubuntu: apt install libcups2)"):
            return
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    if names:
        report.add(OK, f"printers: {', '.join(names)}" + (f" (default: {default})" if default else ""))
    else:
        report.add(WARN, "no printer is set up on this computer",
                   ["checklists can still be saved as PDF (ketaguide checklist --out FILE.pdf)"])


def _check_writable_places(report: Report) -> None:
    """The only place the app itself writes: comfort preferences at home."""
    from .gui.preferences import preferences_file

    file = preferences_file()  # the app's own path, not a guess at it
    folder = file.parent
    if is_writable(folder):
        report.add(OK, f"preferences file {file} can be written (text size and theme at home)")
    else:
        report.add(WARN, f"the preferences folder {folder} cannot be written",
                   ["text size and theme will not be remembered between runs (kiosks never remember them)"])


# -- content ---------------------------------------------------------------------------
def _check_content(report: Report, config: Path | None, content: Path | None, language: str | None) -> None:
    from .core.library import load_library
    from .core.loading import content_dirs, load
    from .core.settings import find_config, load_settings, settings_warnings

    settings_path = find_config(config)
    settings, settings_problems = load_settings(settings_path)
    settings_problems = list(settings_problems) + list(settings_warnings(settings))
    where = str(settings_path) if settings_path else "built-in defaults"
    errors = [p for p in settings_problems if p.is_error]
    if errors:
        report.add(FAIL, f"settings from {where}: {len(errors)} problem{'s' * (len(errors) != 1)} "
                         "(defaults are used for these)", errors)
    else:
        report.add(OK, f"settings from {where}")
    notes = [p for p in settings_problems if not p.is_error]
    if notes:
        report.add(WARN, f"settings: {len(notes)} warning{'s' * (len(notes) != 1)}", notes)
    dirs = content_dirs(settings, content)
    for folder in dirs[1:]:
        if not Path(folder).is_dir():
            report.add(FAIL, f"the clinic's content folder does not exist: {folder}",
                       ["check [content] dir in the settings, or --content"])
    main = language or settings.content.language
    languages = _languages(dirs)
    for code in [main] + [c for c in languages if c != main]:
        if code == main:
            library = load(config, content, code, rendered=True)  # what the app loads, checked as drawn
            problems = [p for p in library.problems if p not in settings_problems]
        else:
            have = [d for d in dirs if (Path(d) / code / "modules").is_dir()]
            library = load_library(have, settings, code, rendered=True)
            problems = list(library.problems)
        _check_language(report, library, problems)


def _check_language(report: Report, library, problems) -> None:
    code = library.language
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    stand_ins = sum(1 for m in library.modules if m.fallback_note)
    in_english = f" ({stand_ins} in English until translated)" if stand_ins else ""
    summary = (f"content '{code}': {_plural(len(library.modules), 'module')}{in_english}, "
               f"{_plural(len(library.quiz), 'quiz question')}, {_plural(len(library.checklists), 'checklist')}")
    if errors:
        report.add(FAIL, f"{summary}; {len(errors)} error{'s' * (len(errors) != 1)} in content files "
                         "(those parts are left out of the app)", errors)
    else:
        report.add(OK, summary)
    if warnings:
        report.add(WARN, f"content '{code}': {len(warnings)} warning{'s' * (len(warnings) != 1)} "
                         f"(ketaguide check --lang {code} lists them)")
    if not library.modules:
        return
    _render_modules(report, library)
    _check_quiz(report, library)
    _build_checklists(report, library)


def _render_modules(report: Report, library) -> None:
    """Every module and the quiz, in the real window, drawn off screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from .gui import speech_engine
    from .gui.main_window import MainWindow

    speech_engine.without_speech()  # checked on its own (_check_speech); pages need no engine to draw
    window = MainWindow(library)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 860)
    window.show()
    QApplication.processEvents()
    failed = []
    try:
        for module in library.modules:
            window.open_module(module.id)
            text = window.reader.browser.toPlainText()
            image = window.grab()
            if window.pages.currentWidget() is not window.reader or module.title not in text:
                failed.append(f"{module.path}: the module did not show")
            elif image.isNull():
                failed.append(f"{module.path}: the module could not be drawn")
        if library.quiz:
            window.start_quiz()
            if window.pages.currentWidget() is not window.quiz or window.grab().isNull():
                failed.append("the quiz page did not show")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    if failed:
        report.add(FAIL, f"content '{library.language}': {len(failed)} page{'s' * (len(failed) != 1)} "
                         "could not be shown", failed)
    else:
        count = len(library.modules)
        what = (f"all {count} modules" if count > 1 else "the module") + (" and the quiz" if library.quiz else "")
        report.add(OK, f"content '{library.language}': {what} render" + ("s" if count == 1 and not library.quiz
                                                                          else ""))


def _check_quiz(report: Report, library) -> None:
    quiz = [Path(d) / library.language / "quiz.md" for d in library.content_dirs]
    files = [p for p in quiz if p.is_file()]
    if not files and library.quiz:
        report.add(INFO, f"content '{library.language}': no quiz file (the English quiz is offered)")
    elif not files:
        report.add(INFO, f"content '{library.language}': no quiz file (the quiz is not offered)")
    elif not library.quiz:
        report.add(FAIL, f"content '{library.language}': {files[-1]} has no usable question",
                   ["see the errors above, or run ketaguide check"])
    else:
        orphans = sorted({q.module_id for q in library.quiz} - {m.id for m in library.modules})
        if orphans:
            report.add(WARN, f"quiz questions for modules that are not loaded: {', '.join(orphans)}")
        else:
            report.add(OK, f"content '{library.language}': quiz parsed ({len(library.quiz)} questions, "
                           f"{len({q.module_id for q in library.quiz})} modules checked)")


def _build_checklists(report: Report, library) -> None:
    if not library.checklists:
        report.add(INFO, f"content '{library.language}': no checklists")
        return
    try:
        from .printing import PdfDocument, make_printout
    except ImportError as exc:
        report.add(WARN, f"checklist PDFs: not available in this version ({exc})")
        return
    built, failed = [], []
    for checklist in library.checklists:
        for appointment in (SAMPLE_APPOINTMENT, None):  # with times, and with write-in lines
            printout = make_printout(checklist, library.settings, appointment, "", library.language)
            document = PdfDocument(printout.title)
            pages = document.add(printout)
            data = document.finish()
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:] or pages < 1:
                failed.append(f"{checklist.path}: the PDF came out empty or cut short")
            elif appointment is not None:
                built.append(f"{checklist.id} ({pages} page{'s' * (pages != 1)}, {len(data) // 1024} KiB)")
    if failed:
        report.add(FAIL, f"content '{library.language}': checklist PDFs could not be built", failed)
    else:
        report.add(OK, f"content '{library.language}': checklist PDFs build: {', '.join(built)}")


# -- no console --------------------------------------------------------------------------
def _show_in_window(text: str, passed: bool) -> None:  # pragma: no cover - Windows without a console
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information if passed else QMessageBox.Icon.Warning, "ketaguide self-check",
                      text.splitlines()[-1])
    box.setDetailedText(text)
    box.exec()
