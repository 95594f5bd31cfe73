"""A control that cannot be used yet looks it (gui/unavailable.py): dashed, on the
page's colour instead of the button's. The window marks "Smaller text" before its
first frame, when no button is polished yet, and again later, when they all are:
both must show."""

import pytest

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


@pytest.mark.parametrize("polished_first", [False, True], ids=["marked before its first polish", "polished first"])
def test_a_button_shows_what_it_was_marked_whether_it_was_polished_yet_or_not(qtbot, polished_first):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ketaguide.gui import theme
    from ketaguide.gui.unavailable import set_available

    host = QWidget()
    host.setStyleSheet(theme.app_stylesheet(theme.CALM))
    check = QPushButton("Check my answer")
    QVBoxLayout(host).addWidget(check)
    qtbot.addWidget(host)
    if polished_first:
        check.ensurePolished()
    assert check.testAttribute(Qt.WidgetAttribute.WA_WState_Polished) is polished_first
    set_available(check, False, "Choose an answer first.")
    host.show()
    qtbot.waitExposed(host)
    assert fill(check) == theme.CALM.window.upper()
    set_available(check, True)
    assert fill(check) == theme.CALM.surface.upper()
