"""A control that cannot be used yet looks it (gui/unavailable.py): dashed, on the
page's colour instead of the button's. The window marks "Smaller text" before its
first frame, when no button is polished yet, and again later, when they all are:
both must show."""

from gui_helpers import button, click, open_window


def fill(widget) -> str:
    """The colour just inside the button's border, as a person sees it."""
    return widget.grab().toImage().pixelColor(widget.width() // 2, 5).name().upper()


def test_smaller_text_looks_unavailable_at_the_smallest_size_from_the_first_frame_on(qtbot):
    window = open_window(qtbot)
    theme = window.theme
    smaller, larger = button(window, "Smaller text"), button(window, "Larger text")
    assert fill(smaller) == theme.window.upper()  # marked before the first frame
    assert fill(larger) == theme.surface.upper()
    why = smaller.property("unavailableReason")
    assert smaller.property("available") is False and why and why in smaller.accessibleDescription()

    click(qtbot, larger)
    assert fill(smaller) == theme.surface.upper()  # polished already: polished again
    assert smaller.property("unavailableReason") == "" and why not in smaller.accessibleDescription()

    click(qtbot, smaller)
    assert fill(smaller) == theme.window.upper()
