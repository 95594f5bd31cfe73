"""Every screen and state a person can meet, each one reached the way a
person reaches it: by clicking the buttons whose words they see (in the
window's language), for the screenshot gallery (scripts/screenshots.py) and
its tests. Only what no click can bring about is set up directly: the idle
timer running out, the staff corner's press-and-hold, a content problem found
at start-up.

A state is a function that takes a freshly opened window, drives it there
and returns the widget that shows it (the window, an overlay on it, or a
dialog of its own).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from ..core.errors import ContentError


def clinic_config() -> str:
    """A clinic with a name and phone (the header's longest case) and a staff PIN."""
    from ..core.pin import hash_pin

    return ('[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
            f'[kiosk]\nidle_seconds = 600\nstaff_pin_hash = "{hash_pin(STAFF_PIN, n=2 ** 14)}"\n')


STAFF_PIN = "246810"
SIZES = {"small": (1024, 768), "laptop": (1440, 900), "large": (2560, 1440)}
SCALES = (1.0, 2.0)
THEMES = ("calm", "high-contrast")


@dataclass(frozen=True)
class State:
    name: str
    title: str
    show: Callable[[QWidget], QWidget]
    kiosk: bool = False


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# -- clicking as a person does ---------------------------------------------------------
def on_screen(context: str, text: str) -> str:
    """`text` as the person sees it: in the window's language."""
    return QCoreApplication.translate(context, text)


def find_button(root: QWidget, words: str) -> QAbstractButton:
    """The one visible button that says `words` (its text, or its name for a
    card or a choice whose words are drawn by labels inside it)."""
    matches = [b for b in root.findChildren(QAbstractButton)
               if b.isVisible() and words in (b.text().replace("&", ""), b.accessibleName())]
    if len(matches) != 1:
        raise LookupError(f"{len(matches)} visible buttons say {words!r}")
    return matches[0]


def click(button: QAbstractButton) -> None:
    """Scroll the button into view, as a person would, and click its middle."""
    parent = button.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(button):
            parent.ensureWidgetVisible(button, 20, 20)
        parent = parent.parentWidget()
    settle()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())
    settle()


def tap(root: QWidget, context: str, text: str) -> None:
    click(find_button(root, on_screen(context, text)))


@contextmanager
def answering_dialog(answer: Callable[[QDialog], None]):
    """While the body runs, answer the first modal dialog it opens (a Save or
    print-preview dialog's exec() waits for a person)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            timer.stop()
            answer(dialog)

    timer.timeout.connect(look)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def _save_to(folder: Path) -> Callable[[QDialog], None]:
    """Type a folder in front of the suggested name, then press Save."""
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        # Typed into the name field, as a person would: selectFile() on a folder that is not
        # there races the dialog's background folder listing and may keep the old folder.
        # A file of that name already in the folder is selected in the list, and a selection
        # wins over typed text: clear it first.
        name = Path(dialog.selectedFiles()[0]).name
        for view in dialog.findChildren(QAbstractItemView):
            view.clearSelection()
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(folder / name))
        dialog.done(QDialog.DialogCode.Accepted)
    return answer


@contextmanager
def no_printer():
    """As on a computer with no printer installed (the gallery's machine may have one)."""
    from . import page_printing

    real = page_printing.printer_names
    page_printing.printer_names = lambda: []  # noqa: PIE807  (no printers: an empty list)
    try:
        yield
    finally:
        page_printing.printer_names = real


# -- the states -------------------------------------------------------------------------
def _start_kiosk(window) -> None:
    if window.on_attract_screen():
        tap(window, "AttractPage", "Touch the screen to start")


def _home(window):
    return window  # a window opens on its home screen


def _module_with_picture(window):
    module = next((m for m in window.library.modules if "![" in m.source), window.library.modules[0])
    click(find_button(window.home, module.title))
    return window


def _quiz_question(window):
    tap(window, "MainWindow", "Check what you learned")
    return window


def _answer(window, indexes) -> None:
    question = window.quiz.question
    for index in indexes:
        click(find_button(window.quiz, question.choices[index].text))
    tap(window, "QuizPage", "Check my answer")


def _quiz_feedback(window):
    _quiz_question(window)
    question = window.quiz.question
    _answer(window, [next((i for i, c in enumerate(question.choices) if not c.right), 0)])
    return window


def _quiz_summary(window):
    _quiz_question(window)
    quiz = window.quiz
    for number in range(len(quiz.questions)):
        question = quiz.question
        # Two wrong answers, so the summary shows what is worth another look.
        pick = [i for i, c in enumerate(question.choices) if c.right == (number >= 2)] or [0]
        _answer(window, pick[: 1 if not question.multiple else None])
        click(quiz.next_button)  # "Next question", and on the last one "See how I did"
    return window


def _teachback_summary(window):
    _quiz_summary(window)
    tap(window, "QuizPage", "Summary for my nurse")
    return window


def _checklist(window):
    tap(window, "MainWindow", "Your preparation checklist")
    return window


def _press_save(dialog: QDialog) -> None:
    """Keep the suggested folder and name (Documents), and press Save."""
    assert isinstance(dialog, QFileDialog), dialog
    dialog.done(QDialog.DialogCode.Accepted)


def _checklist_saved(window):
    _checklist(window)
    with answering_dialog(_press_save):
        tap(window, "ChecklistPage", "Save as PDF…")
    return window


def _checklist_error(window):
    from .page_printing import save_folder

    _checklist(window)
    gone = save_folder() / "USB stick"  # a folder that is not there (any more)
    assert not gone.exists()
    with answering_dialog(_save_to(gone)):
        tap(window, "ChecklistPage", "Save as PDF…")
    return window


def _checklist_no_printer(window):
    _checklist(window)
    with no_printer(), answering_dialog(lambda preview: preview.reject()):  # the preview, looked at and closed
        tap(window, "ChecklistPage", "Print…")
    return window


def _save_dialog(window):
    """Qt's own Save dialog (where the platform has none), as the checklist opens it."""
    from .page_printing import save_dialog, save_folder

    _checklist(window)
    page = window.checklist
    dialog = save_dialog(page, on_screen("ChecklistPage", "Save the checklist as a PDF"),
                         str(save_folder() / on_screen("ChecklistPage", "{0}-checklist.pdf").format(page.checklist.id)),
                         on_screen("ChecklistPage", "PDF files (*.pdf)"))
    dialog.open()  # exec() would wait for a person: the same dialog, without waiting
    return dialog


def _print_preview(window):
    """The kiosk's preview, inside the window (at home it is Qt's own modal dialog)."""
    _start_kiosk(window)
    _checklist(window)
    tap(window, "ChecklistPage", "Print…")
    return window.checklist.preview


def _kiosk_welcome(window):
    assert window.on_attract_screen()  # a kiosk opens on its welcome screen
    return window


def _idle_warning(window):
    _start_kiosk(window)
    window.kiosk_controller.warning.start(window.kiosk_controller.warning_seconds)  # as the idle timer does
    return window.kiosk_controller.warning  # it covers the window: only it is checked


def _staff_pad(window):
    _start_kiosk(window)
    window.kiosk_controller.open_staff_pad()  # as the staff corner's press-and-hold does
    return window.kiosk_controller.staff


def _staff_menu(window):
    pad = _staff_pad(window)
    for digit in STAFF_PIN:
        click(find_button(pad, digit))
    tap(pad, "StaffPad", "Enter")
    return pad


def _content_problems(window):
    # As start-up does when a module has a problem.
    window._add_problems((ContentError(Path("content/en/modules/05-side-effects.md"), 12,
                                       "link to 'aftercare#driving' names a section that does not exist",
                                       "write one of the section ids in 06-aftercare.md"),))
    window.go_home()
    return window


STATES = (
    State("home", "Home", _home),
    State("module", "A topic with a picture", _module_with_picture),
    State("quiz-question", "Quiz: a question", _quiz_question),
    State("quiz-feedback", "Quiz: feedback on a wrong answer", _quiz_feedback),
    State("quiz-summary", "Quiz: the summary", _quiz_summary),
    State("checklist", "Preparation checklist", _checklist),
    State("checklist-saved", "Checklist: saved (success)", _checklist_saved),
    State("checklist-no-printer", "Checklist: no printer (warning)", _checklist_no_printer),
    State("checklist-error", "Checklist: could not save (error)", _checklist_error),
    State("save-dialog", "Checklist: the Save dialog", _save_dialog),
    State("teachback-summary", "Teach-back: the summary for the care team", _teachback_summary),
    State("print-preview", "Kiosk: print preview", _print_preview, kiosk=True),
    State("content-problems", "Staff notice: content problems", _content_problems),
    State("kiosk-welcome", "Kiosk: welcome", _kiosk_welcome, kiosk=True),
    State("idle-warning", "Kiosk: idle warning", _idle_warning, kiosk=True),
    State("staff-pad", "Kiosk: staff PIN pad", _staff_pad, kiosk=True),
    State("staff-menu", "Kiosk: staff menu", _staff_menu, kiosk=True),
)


def open_state(state: State, size: tuple[int, int], scale: float, theme: str, config: Path,
               language: str | None = None):
    """A new window in `state`; returns (window, the widget that shows the state)."""
    from .app import create_window

    window = create_window(config=config, kiosk=state.kiosk, language=language)
    window.setFixedSize(*size)  # a kiosk asks for full screen; offscreen, the size is ours
    window.show()
    window.session.text_scale, window.session.theme = scale, theme
    window.apply_look()
    settle()
    shown = state.show(window)  # a dialog sizes itself to the window
    settle()
    return window, shown


def picture(shown: QWidget):
    """What the person sees: the window an overlay sits on, or a dialog of its own."""
    return shown.window().grab()


def close(window, shown) -> None:
    if shown.isWindow() and shown is not window:
        shown.close()
        shown.deleteLater()
    if window.kiosk_controller is not None:
        window.kiosk_controller.leave_quietly()
    window.close()
    window.deleteLater()
    settle()
