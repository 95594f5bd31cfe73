"""Find controls the way a person does: by the words on them."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def open_window(qtbot, size=(1024, 768), **options):
    """The app's main window, shown, as a person would first see it."""
    from ketaguide.gui.app import create_window

    window = create_window(**options)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def button(root: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (or accessible name) is `text`."""
    matches = [b for b in root.findChildren(QAbstractButton)
               if b.isVisible() and (b.text().replace("&", "") == text or b.accessibleName() == text)]
    assert matches, f"no visible button '{text}'"
    assert len(matches) == 1, f"{len(matches)} visible buttons '{text}'"
    return matches[0]


def visible_texts(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.LeftButton, pos=widget.rect().center())


def click_link(qtbot, browser, href: str) -> None:
    """Click the link in the page where it is drawn on screen (the reading
    page's blocks, or a QTextBrowser)."""
    if not hasattr(browser, "document"):
        _click_link_in_blocks(qtbot, browser, href)
        return
    document = browser.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                qtbot.mouseClick(browser.viewport(), Qt.LeftButton, pos=QPoint(rect.x() - 2, rect.center().y()))
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def _click_link_in_blocks(qtbot, view, href: str) -> None:
    """Lay the label's text out as the label does and click the link's middle."""
    from PySide6.QtGui import QTextDocument

    for label in view.column.findChildren(QLabel):
        if not label.isVisible() or f'href="{href}"' not in label.text():
            continue
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setDocumentMargin(0)
        document.setTextWidth(label.contentsRect().width())
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().anchorHref() == href:
                    view.ensureWidgetVisible(label, 0, 60)
                    position = fragment.position() + max(1, fragment.length() // 2) - block.position()
                    top = document.documentLayout().blockBoundingRect(block).top()  # lays the text out
                    line = block.layout().lineForTextPosition(position)
                    point = QPoint(round(line.cursorToX(position)[0]), round(top + line.y() + line.height() / 2))
                    qtbot.mouseClick(label, Qt.LeftButton, pos=point + label.contentsRect().topLeft())
                    return
                iterator += 1
            block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def screenshot(widget: QWidget, path) -> None:
    """Save what `widget` shows to `path` (a test's tmp_path, never the repository)
    and check it is a picture of something: the widget's full size, and more than
    one colour (a blank or never-painted grab has one)."""
    from PySide6.QtGui import QImage

    pixmap = widget.grab()
    assert pixmap.save(str(path)), f"could not write {path}"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (pixmap.width(), pixmap.height()) != (0, 0)
    assert pixmap.width() >= widget.width() and pixmap.height() >= widget.height()
    small = image.scaled(24, 24)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    assert len(colours) > 1, f"{path} is one flat colour"
