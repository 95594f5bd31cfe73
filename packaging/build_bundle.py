"""Build ketaguide's bundle, smoke-test it, and package it for this platform.

    python packaging/build_bundle.py              # bundle + frozen self-check + archive/installer
    python packaging/build_bundle.py --no-package # bundle + frozen self-check only

Needs the "build" extra (pip install -e ".[build]"). On Linux, `./dev bundle`
runs this. Steps:

1. PyInstaller with build.spec -> dist/ketaguide/ (macOS: dist/ketaguide.app).
2. The frozen program's `--self-check` (offscreen on Linux). A failure stops
   here with the report, so a bundle missing a data file or a Qt plugin is
   never packaged.
3. Linux: dist/ketaguide-<version>-linux-<arch>.tar.gz (the folder, a desktop
   entry, the icon and install.sh). macOS: a .dmg with the .app (hdiutil).
   Windows: an installer from packaging/windows/ketaguide.iss (Inno Setup's
   iscc on PATH). Only the Linux steps are run and tested here; the macOS and
   Windows steps run in .github/workflows/release.yml.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
LINUX, MACOS, WINDOWS = sys.platform.startswith("linux"), sys.platform == "darwin", sys.platform == "win32"
SELF_CHECK_TIMEOUT = 300  # seconds; it takes about two


def version() -> str:
    text = (ROOT / "src" / "ketaguide" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def program() -> Path:
    """The frozen program that prints to a console."""
    if WINDOWS:
        return DIST / "ketaguide" / "ketaguide-cli.exe"
    if MACOS:
        return DIST / "ketaguide.app" / "Contents" / "MacOS" / "ketaguide"
    return DIST / "ketaguide" / "ketaguide"


def build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('build_bundle: PyInstaller is missing; install the build extra: pip install -e ".[build]"')
    icons = ROOT / "packaging" / "icons"
    if not all((icons / f"ketaguide.{kind}").is_file() for kind in ("png", "ico", "icns")):
        run([sys.executable, str(ROOT / "packaging" / "make_icons.py")])
    started = time.monotonic()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")])
    print(f"build_bundle: built {DIST / 'ketaguide'} in {time.monotonic() - started:.0f} s "
          f"({folder_size(DIST / 'ketaguide') / 1e6:.0f} MB)")


def self_check() -> None:
    env = dict(os.environ)
    if LINUX:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"build_bundle: {program()} --self-check", flush=True)
    result = subprocess.run([str(program()), "--self-check"], env=env, timeout=SELF_CHECK_TIMEOUT)
    if result.returncode != 0:
        sys.exit(f"build_bundle: the frozen self-check failed (exit {result.returncode}); "
                 "the bundle was not packaged")


def package() -> Path:
    if LINUX:
        return linux_archive()
    if MACOS:
        return macos_dmg()
    if WINDOWS:
        return windows_installer()
    sys.exit(f"build_bundle: no package format for {sys.platform}")


def linux_archive() -> Path:
    """ketaguide-<v>-linux-<arch>.tar.gz holding ketaguide/ (the program, a
    desktop entry, the icon, install.sh). Symlinks and permissions are kept;
    owners and times are normalised so the same build gives the same archive."""
    folder = DIST / "ketaguide"
    shutil.copy2(ROOT / "packaging" / "icons" / "ketaguide.png", folder / "ketaguide.png")
    shutil.copy2(ROOT / "packaging" / "linux" / "ketaguide.desktop", folder / "ketaguide.desktop")
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    out = DIST / f"ketaguide-{version()}-linux-{arch()}.tar.gz"
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or int(time.time())

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        return info

    with tarfile.open(out, "w:gz", compresslevel=9) as archive:
        archive.add(folder, arcname="ketaguide", recursive=False, filter=normalise)
        for path in sorted(folder.rglob("*")):
            archive.add(path, arcname=str(Path("ketaguide") / path.relative_to(folder)), recursive=False,
                        filter=normalise)
    print(f"build_bundle: wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def macos_dmg() -> Path:  # untested here: runs on the release workflow's macOS runner
    app = DIST / "ketaguide.app"
    staging = DIST / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    run(["ditto", str(app), str(staging / "ketaguide.app")])
    (staging / "Applications").symlink_to("/Applications")
    out = DIST / f"ketaguide-{version()}-macos-{arch()}.dmg"
    out.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", f"ketaguide {version()}", "-srcfolder", str(staging), "-ov",
         "-format", "UDZO", str(out)])
    shutil.rmtree(staging)
    print(f"build_bundle: wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def windows_installer() -> Path:  # untested here: runs on the release workflow's Windows runner
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run([iscc, f"/DAppVersion={version()}", f"/DSourceDir={DIST / 'ketaguide'}", f"/DOutputDir={DIST}",
         str(ROOT / "packaging" / "windows" / "ketaguide.iss")])
    out = DIST / f"ketaguide-{version()}-windows-x64-setup.exe"
    print(f"build_bundle: wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(command: list[str]) -> None:
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"build_bundle: failed (exit {result.returncode}): {' '.join(command)}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-package", action="store_true", help="build and self-check only")
    parser.add_argument("--no-build", action="store_true", help="use the bundle already in dist/")
    args = parser.parse_args(argv)
    if not args.no_build:
        build()
    self_check()
    if not args.no_package:
        package()
    return 0


if __name__ == "__main__":
    sys.exit(main())
