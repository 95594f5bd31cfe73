"""Paint printouts page by page on any paged device: a PDF writer or a printer.

Each page gets the body text, vector check boxes and rules, and a footer
with the clinic's numbers, the review date and "Page n of m". The body is
shrunk a little (never below 11.25 pt text) when that keeps it on one page.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFontMetricsF, QImage, QPageLayout,
                           QPagedPaintDevice, QPainter, QPalette, QPen, QTextDocument)

from ..gui.theme import PRINT
from .application import guard_none_refcount
from .document import ITEM, RULE_BELOW, Sizes, base_font, build_body, char_format
from .printout import Printout, tr

MARGIN_PT = QMarginsF(50, 40, 50, 32)  # left, top, right, bottom: inside every printer's unprintable edge
FOOTER_GAP_PT = 18  # between the body and the footer rule
FIT_SCALES = (1.0, 0.96, 0.92, 0.9)  # 12.5 pt text shrinks to 11.25 pt at most


def prepare(device: QPagedPaintDevice, printout: Printout) -> None:
    """Paper from settings or locale; margins are ours, so the page is drawn edge to edge."""
    device.setPageLayout(QPageLayout(printout.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


class PagePainter:
    """Lays out one printout for one device, then paints its pages."""

    def __init__(self, printout: Printout, device: QPagedPaintDevice, logo: QImage | None = None):
        guard_none_refcount()
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

    @property
    def page_count(self) -> int:
        return self.body.pageCount()

    def _fitted_body(self, logo: QImage | None, body_height: float) -> tuple[QTextDocument, float]:
        for scale in FIT_SCALES:
            body = build_body(self.printout, self.device, self.width, scale, logo)
            body.setPageSize(QSizeF(self.width, body_height))
            if body.pageCount() == 1:
                return body, scale
        body = build_body(self.printout, self.device, self.width, 1.0, logo)  # long content: full size, more pages
        body.setPageSize(QSizeF(self.width, body_height))
        return body, 1.0

    def _footer_document(self) -> QTextDocument:
        p, size = self.printout, Sizes().footer
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        cursor = doc.rootFrame().firstCursorPosition()
        clinic = p.clinic_name or tr("your clinic")
        if p.clinic_phone:
            cursor.insertText(tr("Questions? Call {clinic} at ").format(clinic=clinic), char_format(size))
            cursor.insertText(p.clinic_phone, char_format(size, bold=True))
            cursor.insertText(".", char_format(size))
        else:
            cursor.insertText(tr("Questions? Call {clinic}: ______________________").format(clinic=clinic),
                              char_format(size))
        cursor.insertBlock()
        cursor.insertText(tr("Emergency: call "), char_format(size))
        cursor.insertText(p.emergency_number, char_format(size, bold=True))
        cursor.insertText(tr("     Mental health crisis: call "), char_format(size))
        cursor.insertText(p.crisis_line, char_format(size, bold=True))
        return doc

    def _page_line_height(self) -> float:
        return QFontMetricsF(base_font(Sizes().footer - 1), self.device).height() * 1.6

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter) -> None:
        """Paint every page; the device is already on a fresh page."""
        for index in range(self.page_count):
            if index:
                self.device.newPage()
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
        self._draw_marks(painter, clip)
        painter.restore()
        self._draw_footer(painter, index)

    def _draw_marks(self, painter: QPainter, clip: QRectF) -> None:
        """Empty check boxes beside items and rules under headings, as vector lines."""
        sizes = Sizes()
        layout = self.body.documentLayout()
        block = self.body.begin()
        while block.isValid():
            state = block.userState()
            if state in (ITEM, RULE_BELOW) and layout.blockBoundingRect(block).intersects(clip):
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
                         tr("Content reviewed {date}").format(date=self.printout.reviewed))
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         tr("Page {page} of {pages}").format(page=index + 1, pages=self.page_count))
        painter.restore()
