"""Every colour the app uses, in one place, and the style sheets made from them.

Keeping colours here (and nowhere else) lets a test compute the contrast of
every foreground/background pair with the WCAG formula.
"""

from __future__ import annotations

from dataclasses import dataclass

# Fonts, printed ink and the pictures' colour tokens are shared with printing/ and
# core/timeline.py, so they live in core/design_tokens.py (no Qt); the screen themes build on them.
from ..core.design_tokens import FONT_FAMILIES, PICTURE_TOKENS

BODY_PX = 19  # reading text; 18 px is the floor for a kiosk at arm's length
UI_PX = 17


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # page background
    surface: str  # cards, reading column
    text: str
    muted: str  # secondary text (summaries, footers)
    accent: str  # headings, primary buttons
    on_accent: str  # text on accent
    link: str
    border: str  # control borders (must reach 3:1 against window and surface)
    focus: str  # focus ring
    clinic_box: str  # "call the clinic" callout background
    clinic_edge: str
    emergency_box: str
    emergency_edge: str
    tip_box: str
    note_box: str
    notice_box: str  # staff notice bar, and warnings ("No printer")
    notice_text: str
    warning_edge: str
    success_box: str  # "Saved as …", "Your checklist is printing"
    success_text: str
    success_edge: str
    error_box: str  # "The checklist could not be saved"
    error_text: str
    error_edge: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs for text (needs 4.5:1, body 7:1)."""
        return {
            "body on surface": (self.text, self.surface),
            "body on window": (self.text, self.window),
            "muted on surface": (self.muted, self.surface),
            "muted on window": (self.muted, self.window),
            "heading on surface": (self.accent, self.surface),
            "link on surface": (self.link, self.surface),
            "button text on accent": (self.on_accent, self.accent),
            "body in clinic box": (self.text, self.clinic_box),
            "body in emergency box": (self.text, self.emergency_box),
            "body in tip box": (self.text, self.tip_box),
            "body in note box": (self.text, self.note_box),
            "notice": (self.notice_text, self.notice_box),
            "warning message": (self.notice_text, self.notice_box),
            "success message": (self.success_text, self.success_box),
            "error message": (self.error_text, self.error_box),
            "unavailable button text": (self.muted, self.window),
        }

    def edge_pairs(self) -> dict[str, tuple[str, str]]:
        """Non-text pairs (borders, focus ring) that need 3:1."""
        return {
            "border on window": (self.border, self.window),
            "border on surface": (self.border, self.surface),
            "focus on window": (self.focus, self.window),
            "focus on surface": (self.focus, self.surface),
            "clinic box edge": (self.clinic_edge, self.surface),
            "emergency box edge": (self.emergency_edge, self.surface),
            "unavailable button border": (self.border, self.window),
            "warning edge": (self.warning_edge, self.notice_box),
            "success edge": (self.success_edge, self.success_box),
            "error edge": (self.error_edge, self.error_box),
        }


CALM = Theme(
    name="calm",
    window="#F4F1EA",
    surface="#FFFFFF",
    text="#1B2430",
    muted="#45505C",
    accent="#1D5C74",
    on_accent="#FFFFFF",
    link="#1D5C74",
    border="#6B7682",
    focus="#B4471B",
    clinic_box="#E6F0F4",
    clinic_edge="#1D5C74",
    emergency_box="#FBE9E7",
    emergency_edge="#A1262A",
    tip_box="#EAF3E6",
    note_box="#F1EEE7",
    notice_box="#FFF4D6",
    notice_text="#4A3A00",
    warning_edge="#8A6D00",
    success_box="#E7F3EA",
    success_text="#1E4620",
    success_edge="#2E7D32",
    error_box="#FBE9E7",
    error_text="#7A1A1A",
    error_edge="#A1262A",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    accent="#FFE600",
    on_accent="#000000",
    link="#7FDBFF",
    border="#FFFFFF",
    focus="#FFE600",
    clinic_box="#000000",
    clinic_edge="#7FDBFF",
    emergency_box="#000000",
    emergency_edge="#FF8A80",
    tip_box="#000000",
    note_box="#000000",
    notice_box="#000000",
    notice_text="#FFE600",
    warning_edge="#FFE600",
    success_box="#000000",
    success_text="#7CFF7C",
    success_edge="#7CFF7C",
    error_box="#000000",
    error_text="#FF8A80",
    error_edge="#FF8A80",
)

DARK = Theme(
    name="dark",
    window="#14191F",
    surface="#1C232B",
    text="#ECEFF2",
    muted="#B9C2CB",
    accent="#8CCFE6",
    on_accent="#0B1A20",
    link="#8CCFE6",
    border="#8A96A3",
    focus="#FFB38A",
    clinic_box="#1E3440",
    clinic_edge="#8CCFE6",
    emergency_box="#3D2222",
    emergency_edge="#FF9C94",
    tip_box="#22331F",
    note_box="#262C33",
    notice_box="#3A3216",
    notice_text="#FFE7A3",
    warning_edge="#E8C25A",
    success_box="#1F3322",
    success_text="#C6F2CB",
    success_edge="#7FD68A",
    error_box="#3D2222",
    error_text="#FFD3CF",
    error_edge="#FF9C94",
)

THEMES = {t.name: t for t in (CALM, DARK, HIGH_CONTRAST)}


def picture_colours(theme: Theme) -> dict[str, str]:
    ink, accent, light, soft, white, warm, alert = PICTURE_TOKENS
    if theme.name == "high-contrast":
        return {ink: "#FFFFFF", accent: "#FFE600", light: "#000000", soft: "#000000", white: "#000000",
                warm: "#FFE600", alert: "#FF8A80"}
    if theme.name == "dark":
        return {ink: theme.text, accent: theme.accent, light: theme.clinic_box, soft: theme.note_box,
                white: theme.surface, warm: "#E3B341", alert: theme.emergency_edge}
    return {}


def recolour_svg(svg: str, theme: Theme) -> str:
    mapping = picture_colours(theme)
    if not mapping:
        return svg
    import re

    pattern = re.compile("|".join(re.escape(token) for token in mapping), re.IGNORECASE)
    upper = {k.upper(): v for k, v in mapping.items()}
    return pattern.sub(lambda m: upper[m.group(0).upper()], svg)


TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)


def theme_for_system(dark: bool, high_contrast: bool) -> Theme:
    """Follow the operating system's preference when the app starts."""
    if high_contrast:
        return HIGH_CONTRAST
    return DARK if dark else CALM


def palette(theme: Theme):
    """The same colours for what Qt's style draws itself (radio buttons,
    check boxes, scroll bars), so nothing falls back to the default palette."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    for role, colour in ((QPalette.Window, theme.window), (QPalette.WindowText, theme.text),
                         (QPalette.Base, theme.surface), (QPalette.AlternateBase, theme.window),
                         (QPalette.Text, theme.text), (QPalette.Button, theme.surface),
                         (QPalette.ButtonText, theme.text), (QPalette.Highlight, theme.accent),
                         (QPalette.HighlightedText, theme.on_accent), (QPalette.Link, theme.link),
                         (QPalette.ToolTipBase, theme.surface), (QPalette.ToolTipText, theme.text),
                         (QPalette.PlaceholderText, theme.muted), (QPalette.Mid, theme.border),
                         (QPalette.Dark, theme.border), (QPalette.Shadow, theme.border)):
        p.setColor(role, QColor(colour))
    return p


def font_stack() -> str:
    return ", ".join(f'"{f}"' for f in FONT_FAMILIES)


def document_css(theme: Theme, scale: float = 1.0) -> str:
    """CSS for module pages, in the subset Qt's rich-text engine supports."""
    px = round(BODY_PX * scale)
    return f"""
body {{ color: {theme.text}; font-size: {px}px; }}
p {{ margin-top: 0px; margin-bottom: {round(px * 0.9)}px; line-height: 150%; }}
li {{ margin-bottom: {round(px * 0.35)}px; line-height: 145%; }}
ul, ol {{ margin-top: 0px; margin-bottom: {round(px * 0.9)}px; }}
h2 {{ color: {theme.accent}; font-size: {round(px * 1.35)}px; font-weight: 700;
      margin-top: {round(px * 1.6)}px; margin-bottom: {round(px * 0.6)}px; }}
h3 {{ color: {theme.text}; font-size: {round(px * 1.12)}px; font-weight: 700;
      margin-top: {round(px * 1.2)}px; margin-bottom: {round(px * 0.4)}px; }}
a {{ color: {theme.link}; text-decoration: underline; }}
strong {{ font-weight: 700; }}
p.check {{ font-size: {round(px * 1.1)}px; font-weight: 700; margin-top: {round(px * 1.4)}px; }}
p.figure {{ margin-top: {round(px * 0.3)}px; margin-bottom: 4px; line-height: 100%; }}
p.caption {{ color: {theme.muted}; font-size: {round(px * 0.9)}px; margin-bottom: {round(px * 1.2)}px; }}
p.closing {{ color: {theme.muted}; margin-top: {round(px * 1.6)}px; }}
table.callout {{ margin-top: {round(px * 0.4)}px; margin-bottom: {round(px * 1.1)}px; border-width: 0px; }}
td.callout-call-clinic {{ background-color: {theme.clinic_box}; border-left: 6px solid {theme.clinic_edge}; }}
td.callout-emergency {{ background-color: {theme.emergency_box}; border-left: 6px solid {theme.emergency_edge}; }}
td.callout-tip {{ background-color: {theme.tip_box}; }}
td.callout-note {{ background-color: {theme.note_box}; }}
p.callout-title {{ font-weight: 700; margin-bottom: {round(px * 0.4)}px; }}
table.data {{ border-width: 1px; border-style: solid; border-color: {theme.border}; margin-bottom: {px}px; }}
th {{ text-align: left; font-weight: 700; padding: 6px; }}
td {{ padding: 6px; }}
"""


def app_stylesheet(theme: Theme, scale: float = 1.0, touch: bool = False) -> str:
    """Widget style sheet. Focus rings are drawn explicitly so keyboard users
    always see where they are, whatever the platform style does. `touch`
    (the kiosk) makes every control at least 48 px and the text larger."""
    ui = round((BODY_PX if touch else UI_PX) * scale)
    t = theme
    # The comfort controls keep one size at every text size: A+ stays where the finger is.
    comfort = round((BODY_PX if touch else UI_PX) * 1.15)
    return _base_stylesheet(t, ui, scale, comfort) + (_touch_stylesheet(t, ui) if touch else "")


def _touch_stylesheet(t: Theme, ui: int) -> str:
    return f"""
QPushButton {{ min-height: 30px; min-width: 44px; }}
QPushButton#comfort {{ min-height: 36px; min-width: 40px; }}
QComboBox {{ min-height: 36px; }}
QListWidget::item {{ padding: 14px 8px; }}
QPushButton#attractStart {{ padding: 22px 32px; font-size: {round(ui * 1.2)}px; }}
QPushButton#pinKey {{ min-width: 64px; min-height: 44px; font-size: {round(ui * 1.3)}px; }}
"""


def _chevron(theme: Theme) -> str:
    """The drop-down arrow in the theme's text colour (assets/ui/); Qt's own is tiny and grey."""
    from .. import resources

    name = theme.name if theme.name in ("calm", "dark", "high-contrast") else "calm"
    return resources.asset(f"ui/chevron-down-{name}.svg").as_posix()


def _base_stylesheet(t: Theme, ui: int, scale: float, comfort: int) -> str:
    return f"""
QWidget {{ font-family: {font_stack()}; font-size: {ui}px; color: {t.text}; }}
QMainWindow, #page {{ background: {t.window}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {t.window}; border: none; }}
#header {{ background: {t.surface}; border-bottom: 1px solid {t.border}; }}
#clinicName {{ color: {t.accent}; font-size: {round(ui * 1.2)}px; font-weight: 700; }}
#appTitle {{ color: {t.muted}; }}
#pageTitle {{ color: {t.text}; font-size: {round(ui * 1.9)}px; font-weight: 700; }}
#pageIntro {{ color: {t.muted}; font-size: {round(ui * 1.1)}px; }}
#groupTitle {{ color: {t.accent}; font-size: {round(ui * 1.25)}px; font-weight: 700; }}
#moduleTitle {{ color: {t.text}; font-size: {round(ui * 1.7)}px; font-weight: 700; }}
#progress, #footer, #cardMeta {{ color: {t.muted}; }}
#contentsTitle {{ color: {t.muted}; font-weight: 700; }}
QPushButton {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 10px;
              padding: 10px 20px; min-height: 28px; }}
QPushButton:hover {{ border-color: {t.accent}; }}
QPushButton:focus {{ border: 3px solid {t.focus}; }}
QPushButton#primary {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; font-weight: 700; }}
QPushButton#primary:focus {{ border: 3px solid {t.focus}; }}
QPushButton:disabled {{ color: {t.muted}; border-style: dashed; }}
QPushButton:disabled, QPushButton[available="false"] {{ color: {t.muted}; background: {t.window};
              border: 2px dashed {t.border}; }}
QPushButton#primary:disabled, QPushButton#primary[available="false"] {{ color: {t.muted}; background: {t.window}; border: 2px dashed {t.border};
                                          font-weight: 700; }}
QPushButton#comfort {{ padding: 6px 14px; min-width: 28px; min-height: 30px; font-weight: 700;
                      font-size: {comfort}px; }}
QPushButton#comfort[available="false"] {{ color: {t.muted}; background: {t.window}; border: 2px dashed {t.border}; }}
#textSize {{ color: {t.text}; font-size: {comfort}px; font-weight: 700; }}
QPushButton#comfort:checked {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
QPushButton#card {{ background: {t.surface}; border: 2px solid {t.border}; border-radius: 14px; padding: 0px;
                   text-align: left; }}
QPushButton#card:hover {{ border-color: {t.accent}; }}
QPushButton#card:focus {{ border: 4px solid {t.focus}; }}
#cardTitle {{ color: {t.accent}; font-size: {round(ui * 1.25)}px; font-weight: 700; }}
#cardSummary {{ color: {t.text}; }}
QComboBox {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border}; border-radius: 10px;
             padding: 6px 12px; min-height: 28px; }}
QComboBox:focus {{ border: 3px solid {t.focus}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 36px;
             border: none; border-left: 1px solid {t.border}; margin: 4px 0px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{_chevron(t)}"); width: {round(16 * scale)}px;
             height: {round(16 * scale)}px; }}
QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text}; selection-background-color: {t.accent};
                              selection-color: {t.on_accent}; }}
QTextBrowser {{ background: {t.surface}; border: none; selection-background-color: {t.accent};
               selection-color: {t.on_accent}; }}
#readingColumn {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 12px; }}
QListWidget {{ background: transparent; border: none; }}
QListWidget::item {{ padding: 8px 6px; border-radius: 6px; color: {t.link}; }}
QListWidget::item:selected {{ background: {t.clinic_box}; color: {t.text}; }}
QListWidget:focus {{ border: 2px solid {t.focus}; border-radius: 8px; }}
#questionPrompt {{ color: {t.text}; font-size: {round(ui * 1.45)}px; font-weight: 700; }}
QFrame#choice {{ background: {t.surface}; border: 2px solid {t.border}; border-radius: 12px; min-height: 44px; }}
QFrame#choice[checked="true"] {{ border: 3px solid {t.accent}; background: {t.clinic_box}; }}
QFrame#choice:disabled {{ background: {t.window}; }}
#choiceText {{ font-size: {round(ui * 1.1)}px; }}
QRadioButton, QCheckBox {{ spacing: 0px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {round(26 * scale)}px; height: {round(26 * scale)}px; }}
QRadioButton:focus, QCheckBox:focus {{ outline: 3px solid {t.focus}; }}
QFrame#feedback {{ background: {t.note_box}; border: 1px solid {t.border}; border-left: 6px solid {t.border}; }}
QFrame#feedback[right="true"] {{ background: {t.tip_box}; border: 1px solid {t.accent}; border-left: 6px solid {t.accent}; }}
#feedbackTitle {{ font-size: {round(ui * 1.2)}px; font-weight: 700; }}
QPushButton#topicLink {{ text-align: left; color: {t.link}; text-decoration: underline; background: {t.surface}; }}
QFrame#printPanel {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 12px; }}
QCheckBox#optionBox {{ spacing: 12px; min-height: 44px; }}
QLineEdit, QDateEdit {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
                       border-radius: 10px; padding: 6px 10px; min-height: 30px; }}
QLineEdit:focus, QDateEdit:focus {{ border: 3px solid {t.focus}; }}
QDateEdit:disabled, QComboBox:disabled {{ color: {t.muted}; background: {t.window}; }}
#printStatus, QLabel[message="warning"] {{ background: {t.notice_box}; color: {t.notice_text}; padding: 10px 14px;
              border-radius: 8px; border: 1px solid {t.warning_edge}; border-left: 6px solid {t.warning_edge}; }}
#printStatus[message="success"], QLabel[message="success"] {{ background: {t.success_box}; color: {t.success_text}; padding: 10px 14px;
              border-radius: 8px; border: 1px solid {t.success_edge}; border-left: 6px solid {t.success_edge}; }}
#printStatus[message="error"], QLabel[message="error"] {{ background: {t.error_box}; color: {t.error_text}; padding: 10px 14px; font-weight: 700;
              border-radius: 8px; border: 1px solid {t.error_edge}; border-left: 6px solid {t.error_edge}; }}
#attractName {{ color: {t.accent}; font-size: {round(ui * 2.6)}px; font-weight: 700; }}
QPushButton#attractStart {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent};
                           font-weight: 700; padding: 18px 40px; font-size: {round(ui * 1.2)}px; }}
QPushButton#attractStart:focus {{ border: 4px solid {t.focus}; }}
#overlay {{ background: rgba(0, 0, 0, 150); }}
QFrame#overlayBox {{ background: {t.surface}; border: 2px solid {t.border}; border-radius: 16px; }}
#pinDisplay {{ font-size: {round(ui * 1.6)}px; letter-spacing: 6px; min-height: {round(ui * 1.9)}px; }}
QPushButton#pinKey {{ min-width: 64px; padding: 6px 20px; font-size: {round(ui * 1.2)}px; }}
#readingProgress {{ color: {t.accent}; font-weight: 700; }}
#contactBar {{ background: {t.surface}; border-top: 1px solid {t.border}; }}
#contact {{ color: {t.text}; font-size: {max(UI_PX, round(ui * 0.9))}px; }}
#notice {{ background: {t.notice_box}; color: {t.notice_text}; }}
#notice QLabel {{ color: {t.notice_text}; }}
#notice QPushButton {{ padding: 4px 14px; min-height: 20px; }}
QPlainTextEdit {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QScrollBar:vertical {{ width: {round(14 * max(1.0, scale * 0.8))}px; background: {t.window}; margin: 0px; border: none; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: {round(6 * max(1.0, scale * 0.8))}px; min-height: 48px;
                             margin: 2px; }}
QScrollBar::handle:vertical:hover {{ background: {t.accent}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; border: none; background: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QScrollBar:horizontal {{ height: 14px; background: {t.window}; border: none; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 6px; min-width: 48px; margin: 2px; }}
QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal {{ width: 0px; border: none; background: none; }}
"""
