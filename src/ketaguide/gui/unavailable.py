"""A control that cannot be used yet still answers a tap: it says what to do first.

A disabled QPushButton swallows clicks silently, so a person taps "Check my
answer" and nothing happens. Instead the button stays enabled, looks
unavailable (the style sheet's [available="false"] rule: dashed border, muted
text, still 3:1 against its background) and, when tapped, shows and announces
the reason. The action behind it checks its own precondition as before.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QToolTip

from .announce import announce


def set_available(button: QAbstractButton, available: bool, why: str = "") -> None:
    """Mark `button` usable or not; `why` says what to do first (shown on a tap)."""
    if button.property("available") is None:
        button.clicked.connect(lambda: _explain(button))
    if button.property("available") != available:
        button.setProperty("available", available)
        # The style sheet reads the property when it polishes the button; one
        # polished already is polished again. (Before the first frame none is, and
        # asking for style() there would build all of QStyle's enums: ~5 ms.)
        if button.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            button.style().unpolish(button)
            button.style().polish(button)
    button.setProperty("unavailableReason", "" if available else why)
    button.setAccessibleDescription("" if available else why)


def is_available(button: QAbstractButton) -> bool:
    return button.property("available") is not False


def _explain(button: QAbstractButton) -> None:
    why = button.property("unavailableReason")
    if is_available(button) or not why:
        return
    QToolTip.showText(button.mapToGlobal(QPoint(0, button.height() + 4)), why, button)
    announce(button, why, assertive=True)
