"""The teach-back quiz page: one question at a time, kind feedback, try again.

Answers live only in the Session object (memory); nothing is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.library import Library
from ..core.quiz import Question, summarize
from ..core.session import QuizRun, Session
from .accessibility import Heading
from .announce import announce
from .choice_list import ChoiceList
from .home_page import Card
from .layout import ButtonRow, centred_column
from .unavailable import set_available

COLUMN_WIDTH = 820


class QuizPage(QScrollArea):
    home_requested = Signal()
    read_requested = Signal(str, str)  # module id, section anchor
    continue_requested = Signal(str)  # the module whose questions were just checked
    summary_requested = Signal()  # the teach-back summary for the care team

    def __init__(self, library: Library, session: Session, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self._library = library
        self.session = session  # the run and its answers live here (session.quiz_run)
        self._build()
        self.show_session(session)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        layout = centred_column(self, COLUMN_WIDTH, spacing=16)

        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.clicked.connect(self.home_requested)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        top.addWidget(self.home_button)
        top.addStretch(1)
        top.addWidget(self.progress)
        layout.addLayout(top)

        self.setAccessibleName(self.tr("Check what you learned"))  # the scroll area takes focus: it needs a name
        self.framing = Heading(self.tr("Let's check how well we explained this"), level=1)
        self.framing.setObjectName("pageTitle")
        self.framing.setWordWrap(True)
        layout.addWidget(self.framing)

        self.views = QStackedWidget()
        self.views.addWidget(self._question_view())
        self.views.addWidget(self._summary_view())
        layout.addWidget(self.views)
        layout.addStretch(1)

    def _question_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.prompt = Heading(level=2)
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setObjectName("progress")
        self.choices = ChoiceList()
        self.choices.changed.connect(self._update_check_button)
        self.choices.changed.connect(lambda: setattr(self.run, "chosen", self.choices.chosen()))
        self.check_button = QPushButton(self.tr("Check my answer"))
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check_answer)

        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        self.feedback.setAttribute(Qt.WA_StyledBackground)
        self.feedback_title = Heading(level=3)  # "That's right." heads the explanation under it
        self.feedback_title.setObjectName("feedbackTitle")
        self.feedback_title.setWordWrap(True)
        self.feedback_text = QLabel()
        self.feedback_text.setObjectName("feedbackText")
        self.feedback_text.setWordWrap(True)
        self.feedback_text.setTextFormat(Qt.RichText)
        self.read_button = QPushButton(self.tr("Read about this"))
        self.read_button.clicked.connect(self._read_about_this)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("primary")
        self.retry_button.clicked.connect(self.try_again)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_question)
        buttons = ButtonRow([self.retry_button, self.read_button, self.next_button], stretch_before_last=True)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.setContentsMargins(22, 18, 22, 18)
        feedback_layout.setSpacing(10)
        feedback_layout.addWidget(self.feedback_title)
        feedback_layout.addWidget(self.feedback_text)
        feedback_layout.addWidget(buttons)

        layout.addWidget(self.prompt)
        layout.addWidget(self.instruction)
        layout.addWidget(self.choices)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        layout.addWidget(self.feedback)
        return view

    def _summary_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.summary_title = Heading(level=2)
        self.summary_title.setObjectName("questionPrompt")
        self.summary_title.setWordWrap(True)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.review_heading = Heading(self.tr("Worth another look:"), level=3)
        self.review_heading.setObjectName("groupTitle")
        self.review_links = QVBoxLayout()
        self.review_links.setSpacing(10)
        self.review_missed_button = QPushButton(self.tr("Review the ones I missed"))
        self.review_missed_button.setObjectName("primary")
        self.review_missed_button.clicked.connect(self.review_missed)
        self.continue_button = QPushButton(self.tr("Continue reading"))
        self.continue_button.clicked.connect(lambda: self.continue_requested.emit(self.run.module_id))
        self.summary_home_button = QPushButton(self.tr("Back to all topics"))
        self.summary_home_button.clicked.connect(self.home_requested)
        self.care_team_button = QPushButton(self.tr("Summary for my nurse"))
        self.care_team_button.clicked.connect(self.summary_requested)
        buttons = ButtonRow([self.review_missed_button, self.continue_button, self.care_team_button,
                             self.summary_home_button])
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addWidget(buttons)
        layout.addSpacing(8)
        layout.addWidget(self.review_heading)
        layout.addLayout(self.review_links)
        layout.addStretch(1)  # the view is as tall as the question view: room goes below, not into the cards
        return view

    # -- running a quiz --------------------------------------------------------
    def start(self, questions: tuple[Question, ...], module_id: str = "") -> None:
        """A fresh run: the whole quiz, one module's questions, or the missed ones."""
        self.session.quiz_run = QuizRun(tuple(questions), 0, module_id)
        self.session.quiz_attempts = {}
        self._show_question()

    # -- the session (a SessionView: gui/session_view.py) -------------------------
    @property
    def run(self) -> QuizRun:
        return self.session.quiz_run

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.run.questions

    @property
    def index(self) -> int:
        return self.run.index

    @index.setter
    def index(self, index: int) -> None:
        self.run.index = index

    @property
    def module_id(self) -> str:
        return self.run.module_id

    def show_session(self, session: Session) -> None:
        """The question this session is at; a fresh one leaves nothing on
        screen: no prompt, feedback, score or review list survives."""
        self.session = session
        self.setProperty("lastAnnouncement", "")
        if self.run.questions:
            self._show_question()
            return
        self.choices.set_choices([], False)
        for label in (self.prompt, self.instruction, self.feedback_title, self.feedback_text, self.progress,
                      self.summary_title, self.summary_text):
            label.clear()
        self.feedback.hide()
        self._clear_review_links()
        self.views.setCurrentIndex(0)

    def page_title(self) -> str:
        return self.tr("Check what you learned")

    @property
    def question(self) -> Question:
        return self.questions[self.index]

    def _show_question(self) -> None:
        if not self.questions:
            self._show_summary()
            return
        question = self.question
        self.views.setCurrentIndex(0)
        self.home_button.show()
        self.progress.show()
        self.progress.setText(self.tr("Question {0} of {1}").format(self.index + 1, len(self.questions)))
        self.prompt.setText(question.prompt)
        self.instruction.setText(self.tr("Choose all that apply.") if question.multiple
                                 else self.tr("Choose one answer."))
        # Moving into the choices says the question: the group is named by it.
        self.choices.set_choices([c.text for c in question.choices], question.multiple, question.prompt)
        for index in self.run.chosen & set(range(len(self.choices.rows))):
            self.choices.rows[index].show_checked(True)  # ticked before, in this session
        self.feedback.hide()
        self.check_button.show()
        self._update_check_button()
        self.verticalScrollBar().setValue(0)
        if self.choices.rows:
            self.choices.rows[0].indicator.setFocus()

    def _update_check_button(self) -> None:
        # Still tappable with nothing chosen: the tap says what to do first.
        set_available(self.check_button, bool(self.choices.chosen()), self.tr("Choose an answer first."))

    def check_answer(self) -> None:
        chosen = self.choices.chosen()
        if not chosen or not self.check_button.isVisible():
            return
        question = self.question
        self.session.quiz_attempts.setdefault(question.key, []).append(chosen)
        self.session.teachback_answers.setdefault(question.key, []).append(chosen)
        self.run.chosen = frozenset()  # checked: it is an attempt now
        right = question.is_right(chosen)
        self.choices.set_locked(True)
        self.check_button.hide()
        last = self.index + 1 == len(self.questions)
        self.next_button.setText(self.tr("See how I did") if last else self.tr("Next question"))
        self.next_button.setObjectName("primary" if right else "")
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)
        if right:
            self.feedback_title.setText(self.tr("That's right."))
            self.feedback_text.setText(question.explanation_html)
        else:
            title = (self.tr("Not quite. More than one answer is right.") if question.multiple
                     else self.tr("Not quite. Here is what to know."))
            self.feedback_title.setText(title)
            self.feedback_text.setText(question.explanation_html)
        self.feedback.setProperty("right", right)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.retry_button.setVisible(not right)
        self.read_button.setVisible(not right and bool(question.see_module))
        self.feedback.show()
        (self.next_button if right else self.retry_button).setFocus()
        # With large text the feedback can be below the fold: bring it into view.
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(self.feedback, 0, 24))
        announce(self, f"{self.feedback_title.text()} {question.explanation_text}", assertive=True)

    def try_again(self) -> None:
        self.choices.set_locked(False)
        self.choices.clear()
        self.feedback.hide()
        self.check_button.show()
        self._update_check_button()
        if self.choices.rows:
            self.choices.rows[0].indicator.setFocus()

    def next_question(self) -> None:
        if self.index + 1 < len(self.questions):
            self.run.index += 1
            self.run.chosen = frozenset()
            self._show_question()
        else:
            self._show_summary()

    def _read_about_this(self) -> None:
        self.read_requested.emit(self.question.see_module, self.question.see_anchor)

    # -- the end ---------------------------------------------------------------
    def _show_summary(self) -> None:
        summary = summarize(self.questions, self.session.quiz_attempts)
        self.views.setCurrentIndex(1)
        self.home_button.hide()  # "Back to all topics" below does the same: one way home, not two
        self.progress.setText("")
        self.progress.hide()
        if summary.total == 0:
            self.summary_title.setText(self.tr("There are no questions here yet."))
            self.summary_text.setText("")
        elif summary.all_right:
            self.summary_title.setText(self.tr("Well done. You got every question right."))
            self.summary_text.setText(self.tr("Thank you for checking. You know the key points."))
        else:
            self.summary_title.setText(self.tr("Thank you for checking."))
            self.summary_text.setText(
                self.tr("You got {0} of {1} right on the first try. The topics below explain the others. "
                        "It helps to read them again.").format(len(summary.right_first_time), summary.total)
                if summary.total > 1 else
                self.tr("This one was not right on the first try. The topic below explains it. "
                        "It helps to read it again."))
        self._clear_review_links()
        topics = summary.topics_to_review()
        for module_id, anchor in topics:
            link = self._topic_link(module_id, anchor)
            self.review_links.addWidget(link)
            link.show()
        self.review_heading.setVisible(bool(topics))
        self.review_missed_button.setVisible(bool(summary.missed))
        self.run.missed = summary.missed
        self.continue_button.setVisible(bool(self.module_id) and self._next_module() is not None)
        announce(self, f"{self.summary_title.text()} {self.summary_text.text()}")
        (self.review_missed_button if summary.missed else self.summary_home_button).setFocus()

    def _clear_review_links(self) -> None:
        while self.review_links.count():
            widget = self.review_links.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from the page now, not at the next event loop turn
                widget.deleteLater()

    def _topic_link(self, module_id: str, anchor: str) -> Card:
        """A card per topic worth another look: the section, and its module
        underneath. Cards wrap their words, so nothing is cut off at 200%."""
        module = self._library.module(module_id)
        section = next((h.text for h in module.headings if h.anchor == anchor), "") if module else ""
        title = module.title if module else module_id
        link = Card(section or title, title if section else "")
        link.clicked.connect(lambda _=False: self.read_requested.emit(module_id, anchor))
        return link

    def review_missed(self) -> None:
        self.start(self.run.missed, self.run.module_id)

    def _next_module(self):
        modules = self._library.modules
        module = self._library.module(self.module_id)
        if module is None:
            return None
        index = modules.index(module)
        return modules[index + 1] if index + 1 < len(modules) else None

    # -- keyboard: number keys pick, Enter checks ---------------------------------
    def keyPressEvent(self, event):
        key = event.key()
        if self.views.currentIndex() == 0 and Qt.Key_1 <= key <= Qt.Key_9 and self.check_button.isVisible():
            self.choices.toggle(key - Qt.Key_1)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isVisible():
                focused.click()
                return
            if self.views.currentIndex() == 0 and self.check_button.isVisible() and self.check_button.isEnabled():
                self.check_answer()
                return
        super().keyPressEvent(event)
