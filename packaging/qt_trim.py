"""Leave out the parts of Qt that ketaguide never uses, after PyInstaller's Analysis.

PyInstaller's Qt hooks collect whole plugin folders and everything those
plugins link, so `excludes=` alone removes almost nothing: a bare window's
onedir bundle is 181 MB, 121 MB once these parts go (see ../shared design
notes, section 4). Used by build.spec and by the benchmark's bare-window
bundle, so both are trimmed the same way.

Kept on purpose: QtWidgets/QtGui/QtCore, QtSvg (the icon), QtPrintSupport
and the CUPS plugin, QtTextToSpeech with its plugins and QtMultimedia (which
QtTextToSpeech links), the xcb and offscreen platform plugins, ICU (QtCore
needs it), the image formats, the SVG icon engine, qtbase translations.

Measured on Linux only. On Windows and macOS only the name rules apply (no
dependency pruning), and the multimedia backend stays, because read-aloud's
Windows engine (winrt) plays its audio through QtMultimedia.
"""

from __future__ import annotations

import fnmatch
import os
import sys

LINUX = sys.platform.startswith("linux")

# Qt libraries, by the name they have on any platform: libQt6Quick.so.6,
# Qt6Quick.dll, QtQuick.framework/... ("*Qt6Quick*" and "*QtQuick*").
_QT_MODULES = ("Qml", "Quick", "VirtualKeyboard", "Pdf", "WebEngine", "WebChannel", "WebView", "Wayland",
               "WlShellIntegration", "EglFS", "EglFs", "MultimediaWidgets", "MultimediaQuick", "3D", "Charts",
               "DataVis", "Graphs", "Location", "Positioning", "Sensors", "Bluetooth", "Nfc", "SerialPort",
               "SerialBus", "Scxml", "StateMachine", "RemoteObjects", "Designer", "Help", "UiTools", "Lottie",
               "ShaderTools", "SpatialAudio", "HttpServer", "WebSockets", "NetworkAuth", "Test", "Sql",
               "Labs", "CanvasPainter")
# Name patterns on the path inside the bundle (forward slashes).
_ALWAYS = [pattern for module in _QT_MODULES for pattern in (f"*Qt6{module}*", f"*/Qt{module}*",
                                                                f"Qt{module}*", f"*/Qt{module}.framework/*")] + [
    "*/plugins/platforms/*eglfs*", "*/plugins/platforms/*wayland*", "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*minimal*", "*/plugins/platforms/*vnc*", "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/platforms/*direct2d*",
    "*/plugins/egldeviceintegrations/*", "*/plugins/wayland-*", "*/plugins/generic/*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*/plugins/imageformats/*pdf*",
    "*/plugins/tls/*", "*/plugins/networkinformation/*",  # ketaguide never uses the network
    "*/plugins/platformthemes/*gtk3*",  # GTK's look; the portal theme still follows dark mode
    "*/plugins/qmltooling/*", "*/plugins/scenegraph/*", "*/plugins/sqldrivers/*", "*/plugins/designer/*",
    "*/plugins/webview/*", "*/plugins/position/*", "*/plugins/geoservices/*", "*/plugins/sensors/*",
    "*/plugins/canbus/*", "*/plugins/renderers/*", "*/plugins/renderplugins/*", "*/plugins/sceneparsers/*",
    "*/plugins/assetimporters/*", "*/plugins/geometryloaders/*", "*/plugins/scxmldatamodel/*",
    "*/plugins/vectorimageformats/*",
    "*/Qt/qml/*", "*/Qt/resources/qtwebengine*", "*/Qt/libexec/QtWebEngineProcess*",
]
# Linux only, where read-aloud (speech-dispatcher) does not play audio through Qt.
_LINUX_ONLY = [
    "*/plugins/multimedia/*", "*libQt6FFmpegStub*", "*libavcodec.so*", "*libavformat.so*", "*libavutil.so*",
    "*libswscale.so*", "*libswresample.so*",
]
_TRANSLATIONS = "*/translations/*.qm"
_KEEP_TRANSLATIONS = "*/translations/qtbase_*.qm"


def _posix(dest: str) -> str:
    return dest.replace(os.sep, "/").replace("\\", "/")


def unwanted(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) is left out."""
    path = _posix(dest)
    if "/" not in path:
        path = "./" + path  # top-level symlinks and system libraries
    if fnmatch.fnmatch(path, _TRANSLATIONS) and "PySide6" in path:
        return not fnmatch.fnmatch(path, _KEEP_TRANSLATIONS)
    patterns = _ALWAYS + (_LINUX_ONLY if LINUX else [])
    return any(fnmatch.fnmatch(path, pattern) for pattern in patterns)


def trim(binaries, datas, log=print):
    """The TOCs without the unwanted parts; on Linux also without the system
    libraries that nothing kept links any more (for example GTK's, which only
    the gtk3 theme plugin pulled in)."""
    kept_binaries = [entry for entry in binaries if not unwanted(entry[0])]
    kept_datas = [entry for entry in datas if not unwanted(entry[0])]
    if LINUX:
        kept_binaries = _prune_unlinked(kept_binaries, log)
    kept_binaries, kept_datas = _without_dangling_links(kept_binaries, kept_datas)
    removed = len(binaries) - len(kept_binaries) + len(datas) - len(kept_datas)
    log(f"qt_trim: left out {removed} files "
        f"({len(binaries) - len(kept_binaries)} binaries, {len(datas) - len(kept_datas)} data files)")
    return kept_binaries, kept_datas


def _without_dangling_links(binaries, datas):
    """PyInstaller adds top-level SYMLINK entries (to PySide6/Qt/lib/...) to
    the data TOC; one whose target was left out would be a broken link."""
    import posixpath

    files = {_posix(dest) for dest, _, typecode in binaries + datas if typecode != "SYMLINK"}

    def whole(entry) -> bool:
        dest, target, typecode = entry
        if typecode != "SYMLINK":
            return True
        return posixpath.normpath(posixpath.join(posixpath.dirname(_posix(dest)), _posix(target))) in files

    return [e for e in binaries if whole(e)], [e for e in datas if whole(e)]


def _is_root(dest: str, typecode: str) -> bool:
    """What is loaded by name, not by linking: Python extensions, Qt plugins
    and libpython. Everything else must be linked by one of these to stay."""
    path = _posix(dest)
    name = path.rsplit("/", 1)[-1]
    return (typecode == "EXTENSION" or ".cpython-" in name or name.endswith(".abi3.so")
            or "/plugins/" in path or name.startswith("libpython"))


def _prune_unlinked(binaries, log):
    from PyInstaller.depend.bindepend import get_imports  # ldd: the whole closure of each root

    needed: set[str] = set()
    for dest, source, typecode in binaries:
        if typecode != "SYMLINK" and _is_root(dest, typecode):
            try:
                needed.update(os.path.basename(name) for name, _ in get_imports(source))
            except Exception as exc:  # noqa: BLE001 - keep everything rather than guess
                log(f"qt_trim: cannot read the links of {source} ({exc}); pruning skipped")
                return binaries
    kept, dropped = [], []
    for entry in binaries:
        dest, source, typecode = entry
        name = _posix(dest).rsplit("/", 1)[-1]
        if _is_root(dest, typecode) or name in needed:
            kept.append(entry)
        else:
            dropped.append(name)
    if dropped:
        log("qt_trim: no longer linked by anything kept: " + ", ".join(sorted(set(dropped))))
    return kept
