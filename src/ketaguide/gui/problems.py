"""What staff see when content or settings have problems: a discreet notice
and a dialog at home, an overlay inside the window on a kiosk. The words say
what the list holds (settings, files, or both), never more."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ContentError
from .overlay import Overlay


def _is_setting(problem: ContentError, settings_path) -> bool:
    return problem.path == settings_path or problem.path == "settings"


def describe(problems: tuple[ContentError, ...], settings_path=None) -> tuple[str, str]:
    """A title and an introduction that match the list: settings problems and
    file problems are named as what they are, with their counts."""
    from PySide6.QtCore import QCoreApplication

    # QCoreApplication.translate("Problems", …) spelled out at each use: lupdate files each string
    # under the context the lookup uses (a local tr() helper filed them under no context).
    t = QCoreApplication
    settings = [p for p in problems if _is_setting(p, settings_path)]
    files = [p for p in problems if not _is_setting(p, settings_path)]
    setting_errors = sum(p.is_error for p in settings)
    parts = []
    if settings:
        one = len(settings) == 1
        if setting_errors:
            kind = t.translate("Problems", "settings problem") if one else t.translate("Problems", "settings problems")
        else:
            kind = t.translate("Problems", "settings warning") if one else t.translate("Problems", "settings warnings")
        parts.append(f"{len(settings)} {kind}")
    if files:
        if len(files) == 1:
            kind = t.translate("Problems", "problem in a content file")
        else:
            kind = t.translate("Problems", "problems in content files")
        parts.append(f"{len(files)} {kind}")
    if settings and not files:
        title = t.translate("Problems", "Settings to check")
        intro = t.translate("Problems", "The settings need attention ({0}). All content loaded.").format(parts[0])
    elif files and not settings:
        title = t.translate("Problems", "Content problems")
        intro = t.translate("Problems",
                            "These files need attention ({0}). Patients see every topic that loaded correctly.")
        intro = intro.format(parts[0])
    else:
        title = t.translate("Problems", "Settings and content problems")
        intro = t.translate("Problems", "{0} and {1}. Patients see every topic that loaded correctly.").format(*parts)
    return title, intro + " " + t.translate("Problems", "Run \"ketaguide check\" for the same list.")


def _listing(problems: tuple[ContentError, ...], name: str) -> QPlainTextEdit:
    text = QPlainTextEdit("\n".join(str(p) for p in problems))
    text.setReadOnly(True)
    text.setLineWrapMode(QPlainTextEdit.WidgetWidth)  # long paths wrap: nothing runs off a small screen
    text.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    text.setAccessibleName(name)
    return text


class ProblemsDialog(QDialog):
    def __init__(self, problems: tuple[ContentError, ...], parent=None, settings_path=None):
        super().__init__(parent)
        title, introduction = describe(problems, settings_path)
        self.setWindowTitle(title)
        self.resize(900, 480)
        intro = QLabel(introduction)
        intro.setWordWrap(True)
        text = _listing(problems, title)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)


class ProblemsOverlay(Overlay):
    """The same list inside the kiosk window (staff menu, "Content problems"):
    it takes the window but a margin, so it fits 1024x768 at any text size."""

    def __init__(self, problems: tuple[ContentError, ...], parent: QWidget, settings_path=None):
        super().__init__(parent, margins=(28, 22), spacing=14, fill=True)
        title_text, introduction = describe(problems, settings_path)
        self.set_dialog_name(title_text)
        title = QLabel(title_text)
        title.setObjectName("questionPrompt")
        title.setWordWrap(True)
        intro = QLabel(introduction)
        intro.setWordWrap(True)
        self.listing = _listing(problems, title_text)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.box_layout.addWidget(title)
        self.box_layout.addWidget(intro)
        self.box_layout.addWidget(self.listing, 1)
        self.box_layout.addLayout(buttons)

    def open(self) -> None:
        self.cover()
        self.close_button.setFocus()


class ProblemsNotice(QWidget):
    """One quiet line at the bottom; details only when staff ask for them."""

    def __init__(self, problems: tuple[ContentError, ...], parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAttribute(Qt.WA_StyledBackground)
        self._problems = problems
        self.dialog: ProblemsDialog | None = None
        label = QLabel(self.tr("Some content could not be loaded."))
        label.setWordWrap(True)  # large text or a longer language: it wraps beside the button
        self.details_button = QPushButton(self.tr("Details for staff"))
        self.details_button.clicked.connect(self.show_details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.addWidget(label, 1)
        layout.addWidget(self.details_button)

    def set_problems(self, problems: tuple[ContentError, ...]) -> None:
        """More problems found after start (the pages are read in the background)."""
        self._problems = problems

    def show_details(self) -> None:
        library = getattr(self.window(), "library", None)
        self.dialog = ProblemsDialog(self._problems, self.window(), library.settings.path if library else None)
        self.dialog.open()
