#!/usr/bin/env python3
"""Render every screen and state into docs/screenshots/, with an index page,
and report any clipped text or overlapping controls (exit 1 if there are any).

    ./dev screenshots              the committed set (docs/screenshots/), checked
    ./dev screenshots --all        the full matrix (sizes x text sizes x themes x languages), all kept
    ./dev screenshots --quick      1024x768, 100% and 200% text, both themes, every language: checked only
    ./dev screenshots --out DIR    somewhere else
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
# A home of the gallery's own: the windows never read or write the developer's
# preferences, and the Save dialog shows a Documents folder, the same on every run.
GALLERY_HOME = Path(tempfile.gettempdir()) / "ketaguide-gallery" / "home"
(GALLERY_HOME / "Documents").mkdir(parents=True, exist_ok=True)
for variable, folder in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                         ("XDG_CACHE_HOME", ".cache")):
    os.environ[variable] = str(GALLERY_HOME / folder)
sys.path.insert(0, str(REPO / "src"))

# The set committed for the README and reviewers: small, and one of each kind of
# screen, with the extremes (200% text, 2560x1440, high contrast, Spanish).
REPRESENTATIVE = {
    ("home", "small", 1.0, "calm", "en"), ("home", "large", 1.0, "calm", "en"),
    ("home", "small", 2.0, "high-contrast", "en"), ("home", "small", 2.0, "calm", "es"),
    ("module", "laptop", 1.0, "calm", "en"), ("module", "large", 2.0, "calm", "es"),
    ("quiz-feedback", "small", 1.0, "calm", "en"), ("quiz-summary", "laptop", 1.0, "calm", "en"),
    ("teachback-summary", "laptop", 1.0, "calm", "en"), ("teachback-summary", "small", 2.0, "high-contrast", "es"),
    ("checklist-saved", "laptop", 1.0, "calm", "en"), ("checklist", "small", 1.0, "high-contrast", "en"),
    ("save-dialog", "small", 2.0, "calm", "en"), ("print-preview", "small", 1.0, "calm", "en"),
    ("kiosk-welcome", "small", 1.0, "calm", "en"), ("idle-warning", "small", 1.0, "high-contrast", "en"),
    ("staff-pad", "small", 1.0, "calm", "en"), ("content-problems", "small", 1.0, "calm", "en"),
}


def languages() -> list[str]:
    return sorted(p.name for p in (REPO / "content").iterdir() if (p / "modules").is_dir())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--all", action="store_true", help="keep every picture, not only the representative set")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ketaguide.gui import gallery
    from ketaguide.gui.layout_checks import layout_problems

    sizes = {"small": gallery.SIZES["small"]} if args.quick else gallery.SIZES
    config = Path(tempfile.mkdtemp()) / "ketaguide.toml"
    config.write_text(gallery.clinic_config())
    args.out.mkdir(parents=True, exist_ok=True)
    rows, failures = [], 0
    for language in languages():
        for state in gallery.STATES:
            for size_name, size in sizes.items():
                for scale in gallery.SCALES:
                    for theme in gallery.THEMES:
                        key = (state.name, size_name, scale, theme, language)
                        if not (args.all or args.quick) and key not in REPRESENTATIVE:
                            continue  # the default run renders only the committed set: quick
                        window, shown = gallery.open_state(state, size, scale, theme, config, language)
                        problems = layout_problems(shown)
                        file = f"{state.name}-{language}-{size[0]}x{size[1]}-{int(scale * 100)}-{theme}.png"
                        if args.all or not args.quick and key in REPRESENTATIVE:
                            save_small(gallery.picture(shown), args.out / file)
                            rows.append((state, language, size, scale, theme, file))
                        for problem in problems:
                            print(f"{file}: {problem}")
                        failures += bool(problems)
                        gallery.close(window, shown)
    write_index(args.out, rows)
    print(f"{len(rows)} pictures in {args.out}; {failures} screens with layout problems")
    app.quit()
    return 1 if failures else 0


def save_small(pixmap, path: Path) -> None:
    """Full colour; then, where ImageMagick is installed, 256 well-chosen colours
    (flat UI colours survive, and the committed set stays small). Qt's own
    8-bit conversion uses a fixed palette that shifts the theme's colours."""
    import shutil
    import subprocess

    pixmap.save(str(path), "PNG")
    convert = shutil.which("convert")
    if convert:
        subprocess.run([convert, str(path), "-dither", "None", "-colors", "256", "-define", "png:compression-level=9",
                        str(path)], check=False)


def write_index(out: Path, rows) -> None:
    lines = ["# Screenshot gallery", "",
             "Made by `./dev screenshots` (scripts/screenshots.py): each state is reached by clicking the",
             "buttons a patient sees (src/ketaguide/gui/gallery.py), and every screen it renders is also checked",
             "for clipped text and overlapping controls (tests/gui/test_gallery.py runs the same checks in CI).",
             "Run `./dev screenshots --all --out /tmp/gallery` to render the full matrix: 1024x768, 1440x900",
             "and 2560x1440, 100% and 200% text, calm and high-contrast, in every language.", ""]
    for state, language, size, scale, theme, file in rows:
        lines += [f"## {state.title} — {size[0]}×{size[1]}, {int(scale * 100)}% text, {theme}, {language}", "",
                  f"![{state.title}]({file})", ""]
    (out / "index.md").write_text("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
