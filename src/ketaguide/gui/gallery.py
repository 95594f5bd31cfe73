"""Every screen and state a person can meet, each one reached the way the app
reaches it, for the screenshot gallery (scripts/screenshots.py) and its tests.

A state is a function that takes a freshly opened window, drives it there
and returns the widget that shows it (the window, an overlay on it, or a
dialog of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import ContentError



def clinic_config() -> str:
    """A clinic with a name and phone (the header's longest case) and a staff PIN."""
    from ..core.pin import hash_pin

    return ('[clinic]\nname = "Riverside Infusion Center"\nphone = "555-0100"\n'
            f'[kiosk]\nidle_seconds = 600\nstaff_pin_hash = "{hash_pin("246810", n=2 ** 14)}"\n')

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


def _home(window):
    window.go_home()
    return window


def _module_with_picture(window):
    module = next((m for m in window.library.modules if "![" in m.source), window.library.modules[0])
    window.open_module(module.id)
    return window


def _quiz_question(window):
    window.start_quiz()
    return window


def _quiz_feedback(window):
    window.start_quiz()
    quiz = window.quiz
    wrong = next((i for i, c in enumerate(quiz.question.choices) if not c.right), 0)
    quiz.choices.rows[wrong].indicator.click()
    quiz.check_button.click()
    settle()
    return window


def _quiz_summary(window):
    window.start_quiz()
    quiz = window.quiz
    for number in range(len(quiz.questions)):
        question = quiz.question
        # Two wrong answers, so the summary shows what is worth another look.
        pick = [i for i, c in enumerate(question.choices) if c.right == (number >= 2)] or [0]
        for index in pick[: 1 if not question.multiple else None]:
            quiz.choices.rows[index].indicator.click()
        quiz.check_button.click()
        quiz.next_button.click()
    settle()
    return window


def _checklist(window):
    window.open_checklist()
    return window


def _checklist_tr(text: str) -> str:
    """The checklist page's own words, in the window's language."""
    return QCoreApplication.translate("ChecklistPage", text)


def _checklist_saved(window):
    window.open_checklist()
    page = window.checklist
    page._set_status(_checklist_tr("Saved as {0}").format("/home/pat/Documents/preparation-checklist.pdf".replace("/", "/\u200b")),
                     "success")
    page.ensureWidgetVisible(page.status)
    return window


def _checklist_no_printer(window):
    window.open_checklist()
    page = window.checklist
    page._set_status(_checklist_tr("No printer is set up on this computer. You can check the page in the "
                                   "preview and save the checklist as a PDF instead."), "warning")
    page.ensureWidgetVisible(page.status)
    return window


def _checklist_error(window):
    window.open_checklist()
    page = window.checklist
    page._set_status(_checklist_tr("The checklist could not be saved: {0}").format("Permission denied"), "error")
    page.ensureWidgetVisible(page.status)
    return window


def _print_preview(window):
    """The kiosk's preview, inside the window (at home it is Qt's own modal dialog)."""
    window.go_home()
    window.open_checklist()
    window.checklist.print_checklist()
    return window.checklist.preview


def _kiosk_welcome(window):
    window.show_page(window.attract)
    return window


def _idle_warning(window):
    window.go_home()
    window.kiosk_controller.warning.start(window.kiosk_controller.warning_seconds)
    return window.kiosk_controller.warning  # it covers the window: only it is checked


def _staff_pad(window):
    window.go_home()
    window.kiosk_controller.open_staff_pad()
    return window.kiosk_controller.staff


def _staff_menu(window):
    window.go_home()
    window.kiosk_controller.staff.open_menu()
    return window.kiosk_controller.staff


def _content_problems(window):
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
    shown = state.show(window)
    if shown.isWindow() and shown is not window:
        shown.setFixedSize(int(size[0] * 0.9), int(size[1] * 0.9))
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
