"""Pictures on screen: recoloured for the theme, sized to the reading column at 100%
and 200% text, and drawn once per look (the timeline and the check: tests/core/test_pictures.py)."""

import pytest

from gui_helpers import screenshot
from ketaguide.core.library import TIMELINE_SRC
from ketaguide.core.loading import load
from ketaguide.gui import theme as themes


def test_pictures_follow_the_theme_without_relying_on_colour_tokens():
    svg = '<svg><rect fill="#E6F0F4" stroke="#1b2430"/><circle fill="#C68642"/></svg>'
    high = themes.recolour_svg(svg, themes.HIGH_CONTRAST)
    assert "#E6F0F4" not in high and "#1b2430" not in high.lower()
    assert "#C68642" in high  # skin tones never change
    assert themes.recolour_svg(svg, themes.CALM) == svg


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_module_with_its_pictures_at_100_and_200_percent(qtbot, scale, tmp_path):
    from ketaguide.gui.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.set_text_scale(scale)
    window.open_module("infusion-day")
    qtbot.wait(50)
    browser = window.reader.browser
    width = browser.picture_width()
    assert width <= browser.viewport().width()
    image = browser.picture(TIMELINE_SRC).pixmap()
    assert not image.isNull()
    shown = image.width() / image.devicePixelRatio()
    assert width - 40 <= shown <= browser.text_width()  # fits, not clipped
    for position in (0, 0.25):
        browser.verticalScrollBar().setValue(int(browser.verticalScrollBar().maximum() * position))
        screenshot(window, tmp_path / f"pictures-{int(scale * 100)}-{int(position * 100)}.png")


def test_pictures_are_kept_for_the_size_and_theme_on_screen_only(qtbot):
    from ketaguide.gui.pictures import PictureMaker

    library = load()
    maker = PictureMaker(library)
    sources = [src for module in library.modules for src, _ in module.images][:3]
    for src in sources:
        assert maker.image(src, 600, themes.CALM, 1.0, 1.0) is not None
    first = maker.image(sources[0], 600, themes.CALM, 1.0, 1.0)
    assert maker.image(sources[0], 600, themes.CALM, 1.0, 1.0) is first, "drawn once for one look"
    larger = maker.image(sources[0], 900, themes.CALM, 1.5, 1.0)
    assert larger.width() == 900
    for theme in themes.THEMES.values():
        for scale in themes.TEXT_SCALES:
            maker.image(sources[0], round(600 * scale), theme, scale, 1.0)
    assert len(maker._cache) == 1, "only the pictures of the look now on screen stay in memory"
    narrow = maker.image(sources[1], 590, themes.CALM, 1.0, 1.0)  # the scroll bar came while laying out
    wide = maker.image(sources[2], 600, themes.CALM, 1.0, 1.0)
    assert maker.image(sources[1], 590, themes.CALM, 1.0, 1.0) is narrow, "two widths on one page: both kept"
    assert maker.image(sources[2], 600, themes.CALM, 1.0, 1.0) is wide

