"""The printed checklist's text as a QTextDocument, laid out for one paint device.

Built with QTextCursor rather than HTML so a typed name is always plain text
(nothing to escape). Item blocks leave room on the left; `pages.py` draws the
check boxes there as vector squares, so they never depend on a font glyph.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)

from ..core.checklist import emphasised
from ..core.design_tokens import FONT_FAMILIES, PRINT
from ..core.timeline import timeline_strip_svg
from .printout import Printout

ITEM, RULE_BELOW, TIMELINE = 1, 2, 3  # block user states: where pages.py draws a box, a rule, the timeline
TIMELINE_FONT_PT = 9


@dataclass(frozen=True)
class Sizes:
    """Type sizes and spacing in points at scale 1. Body text is 12.5 pt and
    never shrinks below 11.25 pt: 12 pt is the usual floor for patient handouts."""
    clinic: float = 14.0
    title: float = 20.0
    appointment: float = 13.0
    intro: float = 11.0
    heading: float = 14.0
    note: float = 11.5
    item: float = 12.5
    box: float = 14.0  # side of a check box
    box_gap: float = 10.0  # between a box and its text
    item_gap: float = 4.0  # below each item
    section_gap: float = 12.0  # above each section heading
    line_height: int = 110  # percent: short lines in a list need little leading
    footer: float = 10.5


def format_units_per_point() -> float:
    """Qt reads top and bottom margins and image sizes in text formats as
    pixels at its default screen resolution and scales them to the paint
    device (left and right margins it takes as device pixels; font sizes in
    points need no help). A fresh QImage carries exactly that default
    resolution, whatever the screen or its scaling."""
    return QImage(1, 1, QImage.Format.Format_RGB32).logicalDpiY() / 72


def base_font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # even kerning in PDFs and on Windows
    return font


def char_format(points: float, bold: bool = False, italic: bool = False, soft: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(base_font(points, bold, italic), QTextCharFormat.FontPropertiesSpecifiedOnly)
    fmt.setFontFamilies(list(FONT_FAMILIES))
    fmt.setFontPointSize(points)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(QColor(PRINT.soft_ink if soft else PRINT.ink))
    return fmt


class BodyBuilder:
    """Writes the blocks of one checklist into a document, top to bottom."""

    def __init__(self, device: QPaintDevice, width: float, scale: float, sizes: Sizes = Sizes(),
                 spacing: float = 1.0):
        self.sizes = sizes
        self.scale = scale
        self.spacing = spacing  # room between blocks goes before the text gets smaller
        self.px = format_units_per_point() * scale  # vertical lengths and images
        self.device_px = device.logicalDpiX() / 72 * scale  # left margins: Qt does not scale those
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(base_font(sizes.item * scale))
        self.document.setPageSize(QSizeF(width, 10 ** 7))  # the real page height is set by pages.py
        self.cursor = QTextCursor(self.document)
        self._first = True

    def pt(self, points: float) -> float:
        return points * self.scale

    def block(self, top: float = 0, bottom: float = 0, left: float = 0, state: int = 0,
              line_height: int = 115) -> None:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top * self.spacing * self.px)
        fmt.setBottomMargin(bottom * self.spacing * self.px)
        fmt.setLeftMargin(left * self.device_px)
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if self._first:
            self.cursor.setBlockFormat(fmt)
            self._first = False
        else:
            self.cursor.insertBlock(fmt)
        self.cursor.block().setUserState(state)

    def text(self, text: str, points: float, bold: bool = False, italic: bool = False, soft: bool = False) -> None:
        self.cursor.insertText(text, char_format(self.pt(points), bold, italic, soft))

    def image(self, image: QImage, height_points: float) -> None:
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("ketaguide:logo"), image)
        fmt = QTextImageFormat()
        fmt.setName("ketaguide:logo")
        height = height_points * self.px
        fmt.setHeight(height)
        fmt.setWidth(height * image.width() / max(1, image.height()))
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        self.cursor.insertImage(fmt)


def build_body(printout: Printout, device: QPaintDevice, width: float, scale: float = 1.0,
               logo: QImage | None = None, sizes: Sizes = Sizes(), spacing: float = 1.0) -> QTextDocument:
    b = BodyBuilder(device, width, scale, sizes, spacing)
    s = sizes
    if printout.clinic_name or logo is not None:
        b.block(bottom=9, state=RULE_BELOW)
        if logo is not None:
            b.image(logo, 30)
            b.text("   ", s.clinic)
        b.text(printout.clinic_name, s.clinic, bold=True)
    b.block(top=14 if printout.clinic_name or logo is not None else 0, bottom=8, line_height=105)
    b.text(printout.title, s.title, bold=True)
    if printout.details is not None:
        for label, value in printout.details:
            b.block(bottom=2)
            b.text(label, s.appointment)
            b.text(value, s.appointment, bold=True)
    else:
        b.block(bottom=2)
        b.text(printout.words("print_appointment"), s.appointment)
        if printout.appointment:
            b.text(printout.appointment, s.appointment, bold=True)
        else:
            b.text(printout.words("print_blank_appointment"), s.appointment)
    if printout.name:
        b.block(bottom=2)
        b.text(printout.words("print_prepared_for"), s.appointment)
        b.text(printout.name, s.appointment, bold=True)
    b.block(top=6)
    b.text(printout.words("print_intro") if printout.intro is None else printout.intro, s.intro, soft=True)
    if printout.timeline_steps:
        # Room for the day's timeline; pages.py draws it there as vectors.
        _, height = timeline_strip_svg(printout.timeline_steps, width / b.device_px * scale, TIMELINE_FONT_PT * scale,
                                       language=printout.language)
        b.block(top=10, state=TIMELINE, line_height=100)
        b.text(" ", 1)
        room = b.cursor.blockFormat()
        room.setBottomMargin(height * format_units_per_point())  # exact: tightening never squeezes the picture
        b.cursor.setBlockFormat(room)
    for section in printout.checklist.sections:
        b.block(top=s.section_gap, bottom=7, state=RULE_BELOW)
        b.text(section.title, s.heading, bold=True)
        if section.note:
            b.block(bottom=5)
            b.text(section.note, s.note, italic=True, soft=True)
        for item in section.items:
            if printout.boxes:
                b.block(bottom=s.item_gap, left=s.box + s.box_gap, state=ITEM, line_height=s.line_height)
            else:  # a plain line: the bullet hangs in the room a box would take
                b.block(bottom=s.item_gap, left=s.box_gap, line_height=s.line_height)
                b.text("\u2022 ", s.item)
            for run, bold in emphasised(item.text, printout.times):
                b.text(run, s.item, bold=bold)
    return b.document
