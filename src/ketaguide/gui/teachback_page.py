"""The teach-back summary for the care team: on screen, as a large screen to
show the nurse, printed on one page, or (at home) saved as a PDF.

Everything shown is computed from the Session (core/teachback.py); ticks on
the "Questions to ask" list and a typed name live only there. The kiosk wipe
binds a fresh Session, which empties this page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import signoff, teachback
from ..core.library import Library
from ..core.session import Session
from .accessibility import Heading, StatusLine
from .announce import announce
from .choice_list import TappableRow
from .home_page import Card
from .layout import ButtonRow, centred_column
from .page_printing import PagePrinting

COLUMN_WIDTH = 860


class QuestionRow(TappableRow):
    """One question from the "Questions to ask" list, with a box to tick."""

    def __init__(self, question: teachback.OwnQuestion, parent=None):
        super().__init__(QCheckBox(), parent)
        self.key = question.key
        self.label.setText(question.text)
        self.indicator.setAccessibleName(question.text)


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)  # nothing is cut off at 200% text
    label.setTextFormat(Qt.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # off the page now, not at the next turn of the event loop
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class TeachBackPage(QScrollArea, PagePrinting):
    home_requested = Signal()
    back_requested = Signal()  # to the quiz's own end screen
    read_requested = Signal(str, str)  # module id, section anchor

    def __init__(self, library: Library, session: Session, kiosk: bool = False, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self._library = library
        self._kiosk = kiosk
        self.session = session
        self.staff = False  # the staff menu's view: the nurse screen, nothing to change
        self.preview = None  # the open print preview, for tests
        self._jobs = None  # the kiosk's print job, watched until it is done
        self.summary = teachback.summarize((), {})
        self.question_rows: list[QuestionRow] = []
        self._build()
        self.set_kiosk(kiosk)
        self.show_session(session)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        column = centred_column(self, COLUMN_WIDTH, spacing=14)
        self.setAccessibleName(self.tr("Summary for your care team"))
        self.views = QStackedWidget()
        self.views.addWidget(self._patient_view())
        self.views.addWidget(self._nurse_view())
        column.addWidget(self.views)
        column.addStretch(1)

    def _patient_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        self.back_button = QPushButton(self.tr("Back to my results"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.home_button)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title = Heading(self.tr("Your summary for your care team"), level=1)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.title.setFocusPolicy(Qt.ClickFocus)
        layout.addWidget(self.title)
        intro = _label(self.tr("Show it to your nurse, or print it. It stays on this screen only: "
                               "nothing is saved."), "pageIntro")
        layout.addWidget(intro)
        self.groups = QVBoxLayout()
        self.groups.setSpacing(10)
        layout.addLayout(self.groups)

        heading = self.questions_heading = Heading(self.tr("My questions"), level=2)
        heading.setObjectName("groupTitle")
        heading.setFocusPolicy(Qt.ClickFocus)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(_label(self.tr("Tick the questions you want to ask. They go on your summary."),
                                "pageIntro"))
        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(8)
        layout.addLayout(self.questions_box)
        for section, questions in self._own_questions_by_section():
            title = Heading(section, level=3)
            title.setObjectName("choiceText")
            title.setWordWrap(True)
            self.questions_box.addWidget(title)
            for question in questions:
                row = QuestionRow(question)
                row.toggled.connect(lambda checked, key=question.key: self._tick(key, checked))
                self.question_rows.append(row)
                self.questions_box.addWidget(row)
        if not self.question_rows:
            self.questions_box.addWidget(_label(self.tr("The list of questions is not available right now.")))

        panel = QFrame()
        panel.setObjectName("printPanel")
        panel.setAttribute(Qt.WA_StyledBackground)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(22, 18, 22, 18)
        panel_layout.setSpacing(10)
        name_label = _label(self.tr("First name for the printout (optional)"))
        self.name_edit = QLineEdit()
        from ..printing import MAX_NAME_LENGTH

        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("First name for the printout (optional)"))
        self.name_edit.textChanged.connect(lambda text: setattr(self.session, "printout_name", text))
        name_label.setBuddy(self.name_edit)
        panel_layout.addWidget(name_label)
        panel_layout.addWidget(self.name_edit)
        panel_layout.addWidget(_label(self.tr("Your name is printed on the page only. It is not saved."),
                                      "progress"))
        self.nurse_button = QPushButton(self.tr("Show my nurse"))
        self.nurse_button.setObjectName("primary")
        self.nurse_button.clicked.connect(self.show_nurse)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.print_button.clicked.connect(self.print_summary)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
        self.save_button.clicked.connect(self.save_pdf)
        # Side by side while they fit, stacked at large text: no button's words are cut off.
        panel_layout.addWidget(ButtonRow([self.nurse_button, self.print_button, self.save_button]))
        self.status = StatusLine()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Printing status"))
        self.status.hide()
        panel_layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(panel)
        return view

    def _nurse_view(self) -> QWidget:
        """Large and plain: what to go over first, readable from across a desk."""
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        top = QHBoxLayout()
        self.nurse_back_button = QPushButton(self.tr("Back"))
        self.nurse_back_button.clicked.connect(self.leave_nurse_view)
        top.addWidget(self.nurse_back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.nurse_title = Heading(self.tr("For the care team"), level=1)
        self.nurse_title.setObjectName("pageTitle")
        self.nurse_title.setWordWrap(True)
        self.nurse_title.setFocusPolicy(Qt.ClickFocus)
        layout.addWidget(self.nurse_title)
        self.nurse_groups = QVBoxLayout()
        self.nurse_groups.setSpacing(12)
        layout.addLayout(self.nurse_groups)
        layout.addStretch(1)
        return view

    def _show_view(self, index: int) -> None:
        """Only the shown view sets the page's height: the short nurse screen
        is not stretched to the patient view's length."""
        for i in range(self.views.count()):
            policy = QSizePolicy.Preferred if i == index else QSizePolicy.Ignored
            self.views.widget(i).setSizePolicy(policy, policy)
        self.views.setCurrentIndex(index)
        self.views.adjustSize()

    def _own_questions_by_section(self):
        sections: list[tuple[str, list]] = []
        for question in teachback.own_questions(self._library):
            if not sections or sections[-1][0] != question.section:
                sections.append((question.section, []))
            sections[-1][1].append(question)
        return sections

    # -- what it shows ---------------------------------------------------------
    def _groups(self):
        s = self.summary
        return [
            (self.tr("To go over with my nurse"), self.tr("I was not sure about these yet."), s.to_go_over),
            (self.tr("We went over these"),
             self.tr("Not right on the first try, then right after reading the explanation."), s.went_over),
            (self.tr("I understood these"), "", s.understood),
        ]

    def refresh(self) -> None:
        """Recompute from the Session and redraw both views."""
        self.summary = teachback.summarize(self._library.quiz, self.session.teachback_answers, self._library,
                                           self.session.own_questions)
        _clear(self.groups)
        _clear(self.nurse_groups)
        shown = False
        for title, note, topics in self._groups():
            if not topics:
                continue
            shown = True
            heading = Heading(title, level=2)
            heading.setObjectName("groupTitle")
            heading.setWordWrap(True)  # Spanish at 200% text is longer than the column
            self.groups.addWidget(heading)
            if note:
                self.groups.addWidget(_label(note, "pageIntro"))
            for topic in topics:
                card = Card(topic.title, topic.module_title if topic.section else "")
                card.clicked.connect(lambda _=False, t=topic: self.read_requested.emit(t.module_id, t.anchor))
                self.groups.addWidget(card)
            self._nurse_group(title, [self.tr("{0} ({1})").format(t.title, t.module_title) if t.section
                                      else t.title for t in topics])
        if not shown:
            self.groups.addWidget(_label(self.tr("No questions were answered in this session yet."), "pageIntro"))
        if self.summary.questions:
            self._nurse_group(self.tr("My questions"), [q.text for q in self.summary.questions])
        if not shown and not self.summary.questions:
            self._nurse_group(self.tr("Nothing to show yet"),
                              [self.tr("No questions were answered in this session yet.")])

    def _nurse_group(self, title: str, lines: list[str]) -> None:
        if self.nurse_groups.count():
            self.nurse_groups.addSpacing(14)
        heading = Heading(title, level=2)
        heading.setObjectName("moduleTitle")
        heading.setWordWrap(True)
        self.nurse_groups.addWidget(heading)
        for line in lines:
            self.nurse_groups.addWidget(_label(f"\u2022 {line}", "questionPrompt"))

    def spoken_summary(self) -> str:
        """One sentence for screen readers on arrival: how many of each."""
        s = self.summary
        if not s.answered:
            return self.tr("Your summary for your care team. No questions were answered in this session yet.")
        return self.tr("Your summary for your care team. To go over with your nurse: {0}. Went over: {1}. "
                       "Understood: {2}. Your questions: {3}.").format(
            len(s.to_go_over), len(s.went_over), len(s.understood), len(s.questions))

    # -- the page's life -------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Summary for your care team")

    def main_heading(self) -> QLabel:
        return self.nurse_title if self.views.currentIndex() == 1 else self.title

    def set_kiosk(self, kiosk: bool) -> None:
        """A kiosk never offers a file dialog; printing there is the clinic's choice."""
        self._kiosk = kiosk
        self.save_button.setVisible(not kiosk)
        self.print_button.setVisible(not kiosk or self._library.settings.kiosk.allow_printing)

    def show_session(self, session: Session) -> None:
        """A SessionView (gui/session_view.py): this session's ticks, name and
        summary; a fresh one (the kiosk wipe) leaves none of the last person's."""
        self.session = session
        self.staff = False
        for row in self.question_rows:
            row.show_checked(row.key in session.own_questions)
        self.name_edit.blockSignals(True)
        self.name_edit.setText(session.printout_name)
        self.name_edit.blockSignals(False)
        self._stop_kiosk_printing()
        self._set_status("")
        self.setProperty("lastAnnouncement", "")  # the last summary counts, announced on this page
        self._show_view(0)
        self.refresh()

    def arrive(self, staff: bool = False) -> None:
        """Show a fresh summary; staff get the nurse screen straight away."""
        self.staff = staff
        self.refresh()
        self._show_view(1 if staff else 0)
        self.nurse_back_button.setText(self.tr("Close") if staff else self.tr("Back"))
        self.verticalScrollBar().setValue(0)
        announce(self, self.spoken_summary())

    def go_to_questions(self) -> None:
        """Scroll to the question list and put focus on its heading."""
        self.widget().layout().activate()
        top = self.questions_heading.mapTo(self.widget(), self.questions_heading.rect().topLeft()).y()
        self.verticalScrollBar().setValue(max(0, top - 16))  # the heading at the top, not the bottom
        self.questions_heading.setFocus(Qt.OtherFocusReason)

    def _tick(self, key: str, checked: bool) -> None:
        (self.session.own_questions.add if checked else self.session.own_questions.discard)(key)
        self.refresh()

    def show_nurse(self) -> None:
        self.refresh()
        self._show_view(1)
        self.verticalScrollBar().setValue(0)
        self.nurse_title.setFocus(Qt.OtherFocusReason)
        announce(self, self.spoken_summary())

    def leave_nurse_view(self) -> None:
        if self.staff:
            self.staff = False
            self.home_requested.emit()
            return
        self._show_view(0)
        self.nurse_button.setFocus(Qt.OtherFocusReason)

    # -- printing ---------------------------------------------------------------
    def printout(self):
        from ..printing.teachback_printout import make_teachback_printout

        self.refresh()
        return make_teachback_printout(self.summary, self._library.settings, self._library.language,
                                       self.session.printout_name, date.today(),
                                       signoff.content_version(self._library))

    def print_summary(self) -> None:
        """As the checklist prints: at home, Qt's print preview and the system's
        print dialog; on a kiosk, the kiosk's preview and its printer (the PDF
        goes to CUPS from memory), with the job's state on this page."""
        printer = self._print_with_preview(
            self.printout(), self.tr("No printer is set up on this computer. You can check the page in the "
                                     "preview and save the summary as a PDF instead."), self.tr("Print preview"))
        if printer is not None:  # the same words the checklist says, in this page's context
            self._after_system_print(printer, {
                "saved": self.tr("Saved as {0}"),
                "refused": self.tr("The printer {0} is not taking print jobs. Please check the printer, "
                                   "or ask for help."),
                "sent": self.tr("Sent to {0}.")})

    def kiosk_preview_heading(self) -> str:
        return self.tr("This is how your summary will look.")

    def kiosk_job_messages(self) -> dict[str, str]:
        return {
            "pending": self.tr("Your summary is waiting for the printer. If nothing comes out soon, "
                               "please ask a member of staff."),
            "processing": self.tr("Your summary is printing. Please collect it from the printer."),
            "completed": self.tr("Your summary has been printed. Please collect it from the printer."),
            "held": self.tr("Your summary is on hold at the printer. Please ask a member of staff."),
            "canceled": self.tr("Your summary was not printed. Please ask a member of staff."),
            "aborted": self.tr("Your summary could not be printed. Please ask a member of staff."),
        }

    def save_pdf(self) -> None:
        self._save_as_pdf(self.printout, self.tr("Save the summary as a PDF"), self.tr("teach-back-summary.pdf"),
                          self.tr("PDF files (*.pdf)"), self.tr("The summary could not be saved: {0}"),
                          self.tr("Saved as {0}"))
