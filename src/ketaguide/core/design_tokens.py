"""Colours and fonts that the screen, the paper and the pictures share. No Qt.

gui/theme.py builds the screen themes on these, printing/ draws checklists
with the ink and fonts, and core/timeline.py draws its SVG with the picture
tokens: one definition, so printing never reaches into the GUI for a colour
and the timeline never copies one.
"""

from __future__ import annotations

from dataclasses import dataclass

# The reading fonts, best first: the first one installed is used.
FONT_FAMILIES = ("Atkinson Hyperlegible", "Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Arial")

# Pictures are drawn with these colour tokens (docs/illustrations.md); each
# screen theme maps them to its own colours (gui/theme.py picture_colours),
# so pictures follow dark and high-contrast modes. Skin and hair tones never change.
PICTURE_INK = "#1B2430"
PICTURE_ACCENT = "#1D5C74"
PICTURE_LIGHT = "#E6F0F4"
PICTURE_SOFT = "#F1EEE7"
PICTURE_WHITE = "#FFFFFF"
PICTURE_WARM = "#F4C95D"
PICTURE_ALERT = "#A1262A"
PICTURE_TOKENS = (PICTURE_INK, PICTURE_ACCENT, PICTURE_LIGHT, PICTURE_SOFT, PICTURE_WHITE, PICTURE_WARM,
                  PICTURE_ALERT)


@dataclass(frozen=True)
class PrintInk:
    """Printed checklists: black on white only, so a black-and-white
    photocopy of a photocopy stays readable (no pale greys, no colour)."""
    ink: str = "#000000"  # text, check boxes, rules
    soft_ink: str = "#262626"  # notes and small print: still near-black


PRINT = PrintInk()
