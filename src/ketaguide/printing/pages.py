"""Paint printouts page by page on any paged device: a PDF writer or a printer.

Each page gets the body text, vector check boxes and rules, and a footer
with the clinic's numbers, the review date and "Page n of m". The body is
tightened a little (less spacing first, then text down to 11.25 pt) when
that keeps it on one page.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from ..core.design_tokens import PRINT
from ..core.timeline import timeline_strip_svg
from .document import ITEM, RULE_BELOW, TIMELINE, TIMELINE_FONT_PT, Sizes, base_font, build_body, char_format
from .printout import Printout

MARGIN_PT = QMarginsF(50, 40, 50, 32)  # left, top, right, bottom: inside every printer's unprintable edge
FOOTER_GAP_PT = 18  # between the body and the footer rule
# (text scale, spacing scale), loosest first: first less room between the
# lines of boxes, then smaller text: 12.5 pt shrinks to 11.25 pt at most.
FIT_LEVELS = ((1.0, 1.0), (1.0, 0.75), (0.96, 0.7), (0.92, 0.6), (0.9, 0.5), (0.9, 0.35))


def prepare(device: QPagedPaintDevice, printout: Printout) -> None:
    """Paper from settings or locale; margins are ours, so the page is drawn edge to edge."""
    device.setPageLayout(QPageLayout(printout.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


def lines_pages(block, page_height: float) -> tuple[int, int]:
    """The pages on which a block's first and last lines are laid out."""
    layout = block.layout()
    top = layout.position().y() + layout.lineAt(0).y()
    last = layout.lineAt(layout.lineCount() - 1)
    bottom = layout.position().y() + last.y() + last.height()
    return int(top // page_height), int((bottom - 1) // page_height)


def keep_together(body: QTextDocument) -> None:
    """On a long checklist, move an item that would be split across pages, and
    a heading that would end a page, to the top of the next page. Blocks are
    visited top to bottom, so each move only shifts what comes after it."""
    page_height = body.pageSize().height()

    def pages_of(block) -> tuple[int, int]:
        return lines_pages(block, page_height)

    block, previous_page = body.begin(), -1
    while block.isValid():
        following = block.next()
        first, last = pages_of(block)
        split_item = block.userState() == ITEM and first != last
        orphan_heading = block.userState() == RULE_BELOW and following.isValid() and pages_of(following)[0] != last
        if (split_item or orphan_heading) and previous_page == first:  # not already the first on its page
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(block_format)
            last = pages_of(block)[1]
        block, previous_page = following, last


class PagePainter:
    """Lays out one printout for one device, then paints its pages."""

    def __init__(self, printout: Printout, device: QPagedPaintDevice, logo: QImage | None = None):
        self.printout = printout
        self.device = device
        self.unit = device.logicalDpiY() / 72  # device pixels per point
        page = device.pageLayout().fullRectPoints()
        self.width = (page.width() - MARGIN_PT.left() - MARGIN_PT.right()) * self.unit
        self.height = page.height() * self.unit
        self.footer = self._footer_document()
        body_height = (page.height() - MARGIN_PT.top() - MARGIN_PT.bottom() - FOOTER_GAP_PT) * self.unit \
            - self.footer.size().height() - self._page_line_height()
        self.body, self.scale = self._fitted_body(logo, body_height)
        if self.body.pageCount() > 1:
            keep_together(self.body)

    @property
    def page_count(self) -> int:
        return self.body.pageCount()

    def _fitted_body(self, logo: QImage | None, body_height: float) -> tuple[QTextDocument, float]:
        def build(scale: float, spacing: float) -> QTextDocument:
            body = build_body(self.printout, self.device, self.width, scale, logo, spacing=spacing)
            body.setPageSize(QSizeF(self.width, body_height))
            return body

        full = build(*FIT_LEVELS[0])
        if full.pageCount() == 1:
            return full, FIT_LEVELS[0][0]
        if build(*FIT_LEVELS[-1]).pageCount() > 1:
            return full, FIT_LEVELS[0][0]  # long content: full size, more pages
        for scale, spacing in FIT_LEVELS[1:]:
            body = build(scale, spacing)
            if body.pageCount() == 1:
                return body, scale
        raise AssertionError("unreachable: the last level fits")

    def _footer_document(self) -> QTextDocument:
        p, size = self.printout, Sizes().footer
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        cursor = doc.rootFrame().firstCursorPosition()
        clinic = p.clinic_name or p.words("your_clinic")
        if p.clinic_phone:
            cursor.insertText(p.words("print_questions", clinic=clinic), char_format(size))
            cursor.insertText(p.clinic_phone, char_format(size, bold=True))
            cursor.insertText(".", char_format(size))
        else:
            cursor.insertText(p.words("print_questions_blank", clinic=clinic),
                              char_format(size))
        cursor.insertBlock()
        cursor.insertText(p.words("print_emergency"), char_format(size))
        cursor.insertText(p.emergency_number, char_format(size, bold=True))
        cursor.insertText(p.words("print_crisis"), char_format(size))
        cursor.insertText(p.crisis_line, char_format(size, bold=True))
        return doc

    def _page_line_height(self) -> float:
        return QFontMetricsF(base_font(Sizes().footer - 1), self.device).height() * 1.6

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter, device: QPagedPaintDevice | None = None) -> None:
        """Paint every page; the device is already on a fresh page. Another
        device of the same resolution and paper (a batch's combined PDF) can
        reuse this layout."""
        device = device or self.device
        for index in range(self.page_count):
            if index:
                device.newPage()
            self.paint_page(painter, index)

    def paint_page(self, painter: QPainter, index: int) -> None:
        left, top = MARGIN_PT.left() * self.unit, MARGIN_PT.top() * self.unit
        page_height = self.body.pageSize().height()
        painter.save()
        painter.translate(left, top - index * page_height)
        clip = QRectF(0, index * page_height, self.width, page_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, QColor(PRINT.ink))
        self.body.documentLayout().draw(painter, context)
        painter.setClipping(False)  # a box may reach a little above its line: draw it whole, on its own page
        self._draw_marks(painter, index)
        painter.restore()
        self._draw_footer(painter, index)

    def _draw_marks(self, painter: QPainter, index: int) -> None:
        """Empty check boxes beside items and rules under headings, as vector
        lines, each on the page where its line of text is."""
        sizes = Sizes()
        page_height = self.body.pageSize().height()
        block = self.body.begin()
        while block.isValid():
            state = block.userState()
            if state in (ITEM, TIMELINE) and lines_pages(block, page_height)[0] != index or \
                    state == RULE_BELOW and lines_pages(block, page_height)[1] != index:
                state = 0
            if state == TIMELINE:
                self._draw_timeline(painter, block)
            if state in (ITEM, RULE_BELOW):
                text_layout = block.layout()
                origin = text_layout.position()
                if state == ITEM:
                    self._draw_box(painter, block, origin, sizes, self.scale)
                else:
                    last = text_layout.lineAt(text_layout.lineCount() - 1)
                    y = origin.y() + last.y() + last.height() + 2.5 * self.unit
                    painter.setPen(QPen(QColor(PRINT.ink), 0.8 * self.unit))
                    painter.drawLine(QPointF(0, y), QPointF(self.width, y))
            block = block.next()

    def _draw_timeline(self, painter: QPainter, block) -> None:
        """The infusion-day strip, painted from SVG: vector text and lines in
        the PDF, black on white so it photocopies cleanly."""
        width_pt = self.width / self.unit
        svg, height_pt = timeline_strip_svg(self.printout.timeline_steps, width_pt, TIMELINE_FONT_PT * self.scale,
                                            language=self.printout.language)
        layout = block.layout()
        top = layout.position().y() + layout.lineAt(0).y() + layout.lineAt(0).height()
        QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(
            painter, QRectF(0, top, self.width, height_pt * self.unit))

    def _draw_box(self, painter: QPainter, block, origin: QPointF, sizes: Sizes, scale: float) -> None:
        line = block.layout().lineAt(0)
        fragment_format = block.begin().fragment().charFormat()
        metrics = QFontMetricsF(fragment_format.font(), self.device)
        side = sizes.box * scale * self.unit
        baseline = origin.y() + line.y() + line.ascent()
        centre = baseline - metrics.capHeight() / 2
        x = origin.x() + line.x() - (sizes.box + sizes.box_gap) * scale * self.unit
        painter.setPen(QPen(QColor(PRINT.ink), 1.3 * self.unit, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                            Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, centre - side / 2, side, side))

    def _draw_footer(self, painter: QPainter, index: int) -> None:
        left = MARGIN_PT.left() * self.unit
        bottom = self.height - MARGIN_PT.bottom() * self.unit
        page_line = self._page_line_height()
        footer_top = bottom - page_line - self.footer.size().height()
        painter.save()
        painter.setPen(QPen(QColor(PRINT.ink), 0.8 * self.unit))
        rule_y = footer_top - 6 * self.unit
        painter.drawLine(QPointF(left, rule_y), QPointF(left + self.width, rule_y))
        painter.translate(left, footer_top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(PRINT.ink))
        self.footer.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setFont(base_font(Sizes().footer - 1))
        painter.setPen(QColor(PRINT.soft_ink))
        line = QRectF(left, bottom - page_line, self.width, page_line)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                         self.printout.footer_note or
                         self.printout.words("print_reviewed_by" if self.printout.reviewed_by else "print_reviewed",
                                             who=self.printout.reviewed_by, date=self.printout.reviewed))
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         self.printout.words("print_page", page=index + 1, pages=self.page_count))
        painter.restore()
