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
# Linux: libraries taken from the computer ketaguide runs on, not bundled. They talk to a system
# service (the print system, the sound server) and every desktop has them; the copies from the build
# machine brought 4.5 MB of TLS, Kerberos and audio codec libraries along. Without them ketaguide
# still runs: no printer list (PDFs still work) or no read-aloud, and --self-check names the package.
SYSTEM_LIBRARIES = {"libcups.so.2": "libcups2", "libpulse.so.0": "libpulse0",
                    "libpulse-simple.so.0": "libpulse0", "libpulse-mainloop-glib.so.0": "libpulse-mainloop-glib0"}
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
    """Keep the roots and what they link, following each library's own
    DT_NEEDED list, but not through the SYSTEM_LIBRARIES."""
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(_posix(entry[0]).rsplit("/", 1)[-1], []).append(entry)
    queue = [entry for entry in binaries if entry[2] != "SYMLINK" and _is_root(entry[0], entry[2])]
    reached = {_posix(entry[0]).rsplit("/", 1)[-1] for entry in queue}
    while queue:
        dest, source, typecode = queue.pop()
        try:
            needed = elf_needed(source)
        except (OSError, ValueError) as exc:
            log(f"qt_trim: cannot read the links of {source} ({exc}); pruning skipped")
            return binaries
        for name in needed:
            if name in reached or name in SYSTEM_LIBRARIES or name not in by_name:
                continue
            reached.add(name)
            queue.extend(e for e in by_name[name] if e[2] != "SYMLINK")
    kept = [entry for entry in binaries if _posix(entry[0]).rsplit("/", 1)[-1] in reached]
    dropped = sorted({_posix(e[0]).rsplit("/", 1)[-1] for e in binaries} - reached)
    if dropped:
        log("qt_trim: not linked by anything kept (or used from the system): " + ", ".join(dropped))
    return kept


def elf_needed(path) -> list[str]:
    """The DT_NEEDED names of a 64-bit little-endian ELF file (what it links)."""
    import struct

    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    SHT_DYNAMIC, DT_NEEDED = 6, 1
    names = []
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab = sections[link][4]
        for i in range(size // (entsize or 16)):
            tag, value = struct.unpack_from("<qQ", data, offset + i * 16)
            if tag == 0:
                break
            if tag == DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                names.append(data[strtab + value:end].decode())
    return names
