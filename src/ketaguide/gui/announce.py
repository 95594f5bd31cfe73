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
    """A status message (printing, saving, errors): a live region. Heard as a
    status bar whose name is what it says, so a change is a name change (and a
    screen reader's "read the status bar" finds it); each new message is also
    announced, politely: it never interrupts."""

    def __init__(self, parent=None):
        from .accessibility import install

        install()
        super().__init__(parent)

    def setText(self, text: str) -> None:
        super().setText(text)
        if text:
            announce(self, text)
