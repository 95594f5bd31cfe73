"""Draw content pictures for the reading page: SVG files from assets and the
infusion-day timeline, recoloured for the theme and sized to the text column.

SVG is rendered at the size it is shown (times the screen's pixel ratio), so
pictures stay crisp at any text size.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ..core.library import TIMELINE_SRC, Library
from ..core.pictures import read_svg
from ..core.timeline import timeline_steps, timeline_svg
from . import theme as themes

MAX_PICTURE_WIDTH = 720  # px at 100%: pictures never grow wider than a comfortable column


class PictureMaker:
    def __init__(self, library: Library):
        self._library = library
        self._cache: dict[tuple, QImage] = {}
        self._look: tuple = ()

    def clear(self) -> None:
        self._cache.clear()

    def image(self, src: str, width: int, theme: themes.Theme, scale: float, pixel_ratio: float) -> QImage:
        look = (theme.name, scale, pixel_ratio)
        widths = {key[1] for key in self._cache}
        if look != self._look or (width not in widths and len(widths) >= 2):
            # Pictures for the size and theme on screen only (a kiosk sees every text
            # size and theme in a day, ~1.4 MB a picture each time); two widths,
            # because a page's scroll bar can appear while its pictures are laid out.
            self._cache.clear()
            self._look = look
        key = (src, width, *look)
        if key not in self._cache:
            svg = self._svg(src, width, scale)
            image = _render(themes.recolour_svg(svg, theme), width, pixel_ratio) if svg is not None else None
            # Never None: the reading page would then ask Qt, which reads any path or
            # file: address itself. A picture that cannot be shown takes no room.
            self._cache[key] = image if image is not None else _nothing(pixel_ratio)
        return self._cache[key]

    def _svg(self, src: str, width: int, scale: float) -> str | None:
        if src == TIMELINE_SRC:
            # A module is read before any appointment is known: "6 hours before" words.
            steps = timeline_steps(self._library.settings.preparation, None,
                                   clock24=self._library.settings.printing.clock == "24h",
                                   language=self._library.language)
            # Drawn in screen pixels, so its words match the body text size.
            return timeline_svg(steps, width=width, font=round(themes.BODY_PX * scale * 0.95))
        path = self._library.image_path(src)  # None unless inside the content's assets folders
        if path is None or path.suffix.lower() != ".svg":
            return None
        return read_svg(path)[0]


def _nothing(pixel_ratio: float) -> QImage:
    image = QImage(1, 1, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    image.setDevicePixelRatio(pixel_ratio)
    return image


def _render(svg: str, width: int, pixel_ratio: float) -> QImage | None:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    box = renderer.viewBoxF()
    height = round(width * box.height() / box.width()) if box.width() else width
    image = QImage(round(width * pixel_ratio), round(height * pixel_ratio), QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(pixel_ratio)
    return image
