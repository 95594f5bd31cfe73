"""Probes of the computer ketaguide is installed on, for `--self-check`: the
install folder, Qt's plugins and fonts, screen translations, the printer,
where preferences go, and which Debian/Ubuntu package fixes a missing
system library. Each adds its findings to the report; none writes anything."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QPluginLoader, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader

import ketaguide

from .. import resources
from ..core.design_tokens import FONT_FAMILIES
from ..core.loading import content_dirs
from ..core.settings import find_config, load_settings
from ..gui.preferences import preferences_file
from .report import FAIL, INFO, OK, WARN, Report


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


def check_install(report: Report) -> None:
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
        languages = languages_in([content])
        if languages:
            report.add(OK, f"built-in content {content} (languages: {', '.join(languages)})")
        else:
            report.add(FAIL, f"the built-in content folder has no modules: {content}",
                       ["expected content/<language>/modules/*.md: reinstall ketaguide"])
    icon = resources.asset("ketaguide.svg")
    if not icon.is_file():
        report.add(FAIL, f"the app icon is missing: {icon}", ["the installation is incomplete: reinstall ketaguide"])
    else:
        reader = QImageReader(str(icon))
        image = reader.read()
        if image.isNull():
            report.add(FAIL, f"the app icon cannot be drawn: {icon}: {reader.errorString()}",
                       ["the SVG image plugin (imageformats/qsvg) or the file itself is damaged"])
        else:
            report.add(OK, f"app icon {icon.name} draws ({image.width()}x{image.height()})")


def languages_in(dirs) -> list[str]:
    return sorted({p.parent.parent.name for d in dirs for p in Path(d).glob("*/modules/*.md")})


def check_qt(report: Report) -> None:
    report.add(OK, f"Qt platform '{QGuiApplication.platformName()}' started")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    if sys.platform.startswith("linux"):
        check_plugin(report, plugins / "platforms" / "libqxcb.so", "the X11 (xcb) platform plugin",
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
        preferred = next((f for f in FONT_FAMILIES if f in families), None)
        report.add(OK, f"{len(families)} font families" + (f", reading font '{preferred}'" if preferred else
                                                            " (none of the preferred reading fonts; Qt picks one)"))


def check_plugin(report: Report, path: Path, name: str, purpose: str, fix: str) -> bool:
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
    return Path(ketaguide.__file__).resolve().parent / "translations"


def check_translations(report: Report, languages=("en",)) -> None:
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


def content_languages(config: Path | None, content: Path | None) -> list[str]:
    settings, _ = load_settings(find_config(config))
    return languages_in(content_dirs(settings, content)) or [settings.content.language]


def check_printer(report: Report) -> None:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo  # lazy: a bundle may lack it, which is the finding
    except ImportError as exc:
        report.add(FAIL, f"printing: QtPrintSupport is missing from this installation ({exc})",
                   ["reinstall ketaguide"])
        return
    if sys.platform.startswith("linux"):
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        if not check_plugin(report, plugins / "printsupport" / "libcupsprintersupport.so",
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


def check_writable_places(report: Report) -> None:
    """The only place the app itself writes: comfort preferences at home."""
    file = preferences_file()  # the app's own path, not a guess at it
    folder = file.parent
    if is_writable(folder):
        report.add(OK, f"preferences file {file} can be written (text size and theme at home)")
    else:
        report.add(WARN, f"the preferences folder {folder} cannot be written",
                   ["text size and theme will not be remembered between runs (kiosks never remember them)"])
