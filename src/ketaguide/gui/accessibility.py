"""What assistive technology is told about ketaguide's own widgets.

Qt describes a QLabel as a label and nothing more, and a rich-text label's
links and list items not at all. A factory (QAccessible.installFactory) gives
these widgets their real roles: headings with their level, links that can be
pressed, lists with their items, boxes named by their title.

PySide6 pitfall: interface_cast must return a shiboken6 VoidPtr to the C++
interface (VoidPtr(0) for none); an int or None crashes the app. A Python
class deriving from two wrapped interfaces gets one C++ object per base, in
the order of getCppPointer().
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Signal
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleAttributesInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget
from shiboken6 import Shiboken

from .announce import announce

_NO_INTERFACE = Shiboken.VoidPtr(0)


def _second_base(interface) -> Shiboken.VoidPtr:
    """The C++ object behind a Python interface's second wrapped base class."""
    return Shiboken.VoidPtr(Shiboken.getCppPointer(interface)[1])


class StatusLine(QLabel):
    """A status message (printing, saving, errors): a live region. Heard as a
    status bar whose name is what it says, so a change is a name change (and a
    screen reader's "read the status bar" finds it); each new message is also
    announced, politely: it never interrupts."""

    def __init__(self, parent=None):
        install()  # before Qt describes this widget, as for Heading
        super().__init__(parent)

    def setText(self, text: str) -> None:
        super().setText(text)
        if text:
            announce(self, text)
        else:
            self.setProperty("lastAnnouncement", "")  # a cleared message keeps nothing of the last one


class Heading(QLabel):
    """A heading: looks like any title label, heard as a heading of its level."""

    def __init__(self, text: str = "", level: int = 2, parent=None):
        install()  # before Qt describes this widget: it keeps the first description it makes
        super().__init__(parent)
        self.level = level
        # The text after the widget is whole: setting it makes Qt describe the widget
        # to a screen reader, and mid-construction Python would not yet know it is a Heading.
        self.setText(text)


class Group(QWidget):
    """A group of controls heard as one, named by its accessible name
    (the quiz's choices, named by the question)."""

    def __init__(self, parent=None):
        install()
        super().__init__(parent)


class TextPart(QObject):
    """A link or list item inside a rich-text label: no widget of its own, but
    assistive technology meets it as a link (pressable) or a list item."""

    activated = Signal(str)

    def __init__(self, kind: str, text: str, href: str, parent: QObject):
        super().__init__(parent)
        self.kind, self.text, self.href = kind, text, href


class TextLabel(QLabel):
    """A block of rich text (paragraph, list, table, box) with a role and,
    as accessible children, the links and list items it holds."""

    def __init__(self, role: QAccessible.Role, parent=None):
        install()
        super().__init__(parent)
        self.role = role
        self.spoken_name = ""  # what it says, in words (Qt's own name for a rich label keeps the tags' text only)

    def parts(self) -> list[TextPart]:
        return [child for child in self.children() if isinstance(child, TextPart)]


class _HeadingInterface(QAccessibleWidget, QAccessibleAttributesInterface):
    def __init__(self, widget: Heading):
        QAccessibleWidget.__init__(self, widget, QAccessible.Role.Heading)
        QAccessibleAttributesInterface.__init__(self)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName() or self.widget().text()
        return super().text(kind)

    def interface_cast(self, kind):
        # Only the level. Handing back the base class's answer from Python gives Qt a
        # pointer it cannot use: a heading offers no action anyway.
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return _second_base(self)
        return _NO_INTERFACE

    def attributeKeys(self):
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key):
        return self.widget().level if key == QAccessible.Attribute.Level else None


class _GroupInterface(QAccessibleWidget):
    def __init__(self, widget: Group):
        super().__init__(widget, QAccessible.Role.Grouping)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName()
        return super().text(kind)


def _children(owner: QObject) -> list[TextPart]:
    return [child for child in owner.children() if isinstance(child, TextPart)]


class _TextLabelInterface(QAccessibleWidget):
    def __init__(self, widget: TextLabel):
        super().__init__(widget, widget.role)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName() or self.widget().spoken_name
        return super().text(kind)

    def childCount(self):
        return len(_children(self.widget()))

    def child(self, index):
        parts = _children(self.widget())
        return QAccessible.queryAccessibleInterface(parts[index]) if 0 <= index < len(parts) else None

    def indexOfChild(self, child):
        parts = _children(self.widget())
        target = child.object() if child is not None else None
        return next((i for i, part in enumerate(parts) if part is target), -1)

    def childAt(self, x, y):
        return None


_PART_ROLES = {"link": QAccessible.Role.Link, "item": QAccessible.Role.ListItem}


class _PartInterface(QAccessibleObject, QAccessibleActionInterface):
    def __init__(self, part: TextPart):
        QAccessibleObject.__init__(self, part)
        QAccessibleActionInterface.__init__(self)
        self._part = part

    def role(self):
        return _PART_ROLES.get(self._part.kind, QAccessible.Role.StaticText)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self._part.text
        if kind == QAccessible.Text.Value and self._part.kind == "link":
            return self._part.href
        return ""

    def state(self):
        state = QAccessible.State()
        if self._part.kind == "link":
            state.focusable = True
            state.linked = True
        return state

    def parent(self):
        return QAccessible.queryAccessibleInterface(self._part.parent())

    def childCount(self):
        return len(_children(self._part))

    def child(self, index):
        parts = _children(self._part)
        return QAccessible.queryAccessibleInterface(parts[index]) if 0 <= index < len(parts) else None

    def indexOfChild(self, child):
        parts = _children(self._part)
        target = child.object() if child is not None else None
        return next((i for i, part in enumerate(parts) if part is target), -1)

    def childAt(self, x, y):
        return None

    def rect(self):
        # The label that holds it: Qt does not tell where a link's words are drawn.
        widget = self._part.parent()
        while not isinstance(widget, QWidget):
            widget = widget.parent()
        return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())

    def interface_cast(self, kind):
        if kind == QAccessible.InterfaceType.ActionInterface and self._part.kind == "link":
            return _second_base(self)
        return _NO_INTERFACE

    # -- a link is pressed -------------------------------------------------------
    def actionNames(self):
        return [QAccessibleActionInterface.pressAction()] if self._part.kind == "link" else []

    def localizedActionDescription(self, name):
        if name != QAccessibleActionInterface.pressAction():
            return ""
        return QCoreApplication.translate("PagePart", "Open the link")  # said in the screen's language

    def keyBindingsForAction(self, name):
        return []

    def doAction(self, name):
        if name == QAccessibleActionInterface.pressAction() and self._part.kind == "link":
            self._part.activated.emit(self._part.href)


class _StatusInterface(QAccessibleWidget):
    def __init__(self, widget: QLabel):
        super().__init__(widget, QAccessible.Role.StatusBar)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.widget().text()
        return super().text(kind)


_INTERFACES = ((StatusLine, _StatusInterface), (Heading, _HeadingInterface), (TextLabel, _TextLabelInterface),
               (TextPart, _PartInterface), (Group, _GroupInterface))

# PySide leaves an interface made here owned by Python, while Qt keeps using it
# (its cache deletes it when the object goes): without a reference of our own,
# Python frees it and Qt crashes on the next question a screen reader asks.
_alive: dict[int, list] = {}


def _factory(key: str, obj: QObject):
    for kind, interface in _INTERFACES:
        if isinstance(obj, kind):
            made = interface(obj)
            token = id(obj)
            if token not in _alive:
                obj.destroyed.connect(lambda *_args, token=token: _alive.pop(token, None))
            _alive.setdefault(token, []).append(made)
            return made
    return None


_installed = False


def install() -> None:
    """Once per process, before the first of these widgets is made."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
