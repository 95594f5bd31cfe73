"""Tell screen readers about something that changed without moving focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    widget.setProperty("lastAnnouncement", message)  # what tests (and debuggers) can read back


class StatusLine(QLabel):
    """A status message (printing, saving, errors): a live region. Its name is
    what it says, so a change is a name change, and each new message is also
    announced, politely: it never interrupts."""

    def setText(self, text: str) -> None:
        super().setText(text)
        if text:
            announce(self, text)
