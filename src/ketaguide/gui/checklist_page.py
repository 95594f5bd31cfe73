"""The preparation checklist on screen: tick boxes, then print it or save it as a PDF.

Ticks, the appointment and a typed first name live only in the Session
object (memory). The name goes into the printout the person asks for and
nowhere else: not into settings, file names, document titles or logs.
"""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ..core.appointment import clock_time, exists
from ..core.checklist import Checklist, emphasised, personalise
from ..core.library import Library
from ..core.session import Session
from ..locales import locale_for
from ..printing import MAX_NAME_LENGTH, Printout, formats, make_printout
from .accessibility import Heading, StatusLine
from .choice_list import TappableRow
from .layout import centred_column
from .page_printing import PagePrinting

COLUMN_WIDTH = 860
TIME_STEP_MINUTES = 5  # appointment slots


class TickRow(TappableRow):
    """One checklist item: a box with its wrapping text, times in bold."""

    def __init__(self, key: str, parent=None):
        super().__init__(QCheckBox(), parent)
        self.key = key
        self.box = self.indicator
        self.label.setTextFormat(Qt.RichText)

    def set_text(self, text: str, times: tuple[str, ...]) -> None:
        self.box.setAccessibleName(text.replace("\u00a0", " "))
        self.label.setText("".join(f"<b>{html.escape(run)}</b>" if bold else html.escape(run)
                                   for run, bold in emphasised(text, times)))


class ChecklistPage(QScrollArea, PagePrinting):
    home_requested = Signal()

    def __init__(self, library: Library, session: Session, kiosk: bool = False, checklist_id: str = "preparation",
                 parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self._library = library
        self._settings = library.settings
        self._kiosk = kiosk
        self.session = session
        self.checklist: Checklist | None = library.checklist(checklist_id) or \
            (library.checklists[0] if library.checklists else None)
        language = self.checklist.language if self.checklist is not None else library.language
        self._locale = locale_for(language)
        self._style = formats.time_style(self._settings, self._locale, language)
        self.rows: list[TickRow] = []
        self.preview = None  # the open print preview, for tests and for keeping it alive
        self._jobs = None  # the kiosk's print job, watched until it is done
        self._build()
        self.set_kiosk(kiosk)
        self.show_session(session)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        layout = centred_column(self, COLUMN_WIDTH, spacing=14)

        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("Home"))
        self.home_button.setAccessibleDescription(self.tr("Go to the list of all topics"))
        self.home_button.clicked.connect(self.home_requested)
        top.addWidget(self.home_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.setAccessibleName(self.tr("Preparation checklist"))  # the scroll area takes focus: it needs a name
        title = self.title = Heading(self.checklist.title if self.checklist else self.tr("Preparation checklist"), 1)
        title.setFocusPolicy(Qt.ClickFocus)  # focus lands here on arrival; Tab goes on to the controls
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(self.tr("Tick each box when it is done. Your ticks stay on this screen only."))
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if self.checklist is None:
            intro.setText(self.tr("The checklist is not available right now. Please ask a member of staff."))
            layout.addStretch(1)
            return
        layout.addWidget(self._printout_panel())
        for section in self.checklist.sections:
            heading = Heading(section.title, level=2)
            heading.setObjectName("groupTitle")
            heading.setWordWrap(True)
            layout.addSpacing(10)
            layout.addWidget(heading)
            if section.note:
                note = QLabel(section.note)
                note.setObjectName("pageIntro")
                note.setWordWrap(True)
                layout.addWidget(note)
            for item in section.items:
                row = TickRow(item.key)
                row.toggled.connect(lambda checked, key=item.key: self._tick(key, checked))
                self.rows.append(row)
                layout.addWidget(row)
        reviewed = QLabel(self.tr("Content reviewed {0}").format(
            formats.reviewed_date(self._locale, self.checklist.last_reviewed)))
        reviewed.setObjectName("footer")
        layout.addSpacing(8)
        layout.addWidget(reviewed)
        layout.addStretch(1)

    def _printout_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("printPanel")
        panel.setAttribute(Qt.WA_StyledBackground)
        grid = QGridLayout(panel)
        grid.setContentsMargins(22, 18, 22, 18)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        heading = Heading(self.tr("For your printout"), level=2)
        heading.setObjectName("groupTitle")
        grid.addWidget(heading, 0, 0, 1, 2)

        self.appointment_box = QCheckBox(self.tr("Add my appointment date and time"))
        self.appointment_box.setObjectName("optionBox")
        self.appointment_box.setAccessibleName(self.tr("Add my appointment date and time"))
        self.appointment_box.toggled.connect(self._appointment_changed)
        grid.addWidget(self.appointment_box, 1, 0, 1, 2, Qt.AlignLeft)  # its words, not empty space, toggle it
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        # "Sun, Nov 22, 2026": the weekday helps, and it still fits at 200% text size.
        self.date_edit.setDisplayFormat(self._locale.dateFormat(self._locale.FormatType.LongFormat)
                                        .replace("dddd", "ddd").replace("MMMM", "MMM"))
        self.date_edit.setMinimumDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Appointment date"))
        self.date_edit.dateChanged.connect(lambda _: self._appointment_changed())
        self.date_edit.findChild(QLineEdit).setAccessibleName(self.date_edit.accessibleName())  # takes the typing
        # A list of times rather than a spin box: easy to tap on a touch screen.
        self.time_edit = QComboBox()
        self.time_edit.setAccessibleName(self.tr("Appointment time"))
        self.time_edit.setMaxVisibleItems(12)
        for minutes in range(0, 24 * 60, TIME_STEP_MINUTES):
            moment = time(minutes // 60, minutes % 60)
            shown = clock_time(moment, self._style.clock24, self._style.language).replace("\u00a0", " ")
            self.time_edit.addItem(shown, minutes)
        self.time_edit.currentIndexChanged.connect(lambda _: self._appointment_changed())
        date_label, time_label = QLabel(self.tr("Date")), QLabel(self.tr("Time"))
        date_label.setBuddy(self.date_edit)
        time_label.setBuddy(self.time_edit)
        # Labels above their fields, so large text never squeezes a field.
        grid.addWidget(date_label, 2, 0)
        grid.addWidget(time_label, 2, 1)
        grid.addWidget(self.date_edit, 3, 0)
        grid.addWidget(self.time_edit, 3, 1)

        name_label = QLabel(self.tr("First name (optional)"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("First name for the printout (optional)"))
        self.name_edit.textChanged.connect(self._name_changed)
        name_label.setBuddy(self.name_edit)
        grid.addWidget(name_label, 4, 0, 1, 2)
        grid.addWidget(self.name_edit, 5, 0, 1, 2)
        privacy = QLabel(self.tr("Your name is printed on the page only. It is not saved."))
        privacy.setObjectName("progress")
        privacy.setWordWrap(True)
        grid.addWidget(privacy, 6, 0, 1, 2)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.setAccessibleName(self.tr("Print the checklist"))
        self.print_button.clicked.connect(self.print_checklist)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the checklist as a PDF file"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 7, 0, 1, 2)
        self.status = StatusLine()  # heard when it changes; its name is what it says
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Printing status"))
        self.status.hide()
        grid.addWidget(self.status, 8, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return panel

    def page_title(self) -> str:
        return self.checklist.title if self.checklist else self.tr("Preparation checklist")

    def main_heading(self) -> QLabel:
        return self.title

    def set_kiosk(self, kiosk: bool) -> None:
        """A kiosk never offers a file dialog; printing there is the clinic's choice."""
        self._kiosk = kiosk
        if self.checklist is not None:
            self.save_button.setVisible(not kiosk)
            self.print_button.setVisible(not kiosk or self._settings.kiosk.allow_printing)

    # -- the session (a SessionView: gui/session_view.py) -------------------------
    def show_session(self, session: Session) -> None:
        """Show what this session holds (a kiosk wipe brings a fresh one)."""
        self.session = session
        if self.checklist is None:
            return
        ticks = session.checklist_ticks.get(self.checklist.id, set())
        for row in self.rows:
            row.show_checked(row.key in ticks)
        appointment = session.appointment
        for widget in (self.appointment_box, self.date_edit, self.time_edit, self.name_edit):
            widget.blockSignals(True)
        self.appointment_box.setChecked(appointment is not None)
        start = appointment or datetime.combine(date.today() + timedelta(days=1), datetime.min.time()).replace(hour=9)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setCurrentIndex((start.hour * 60 + start.minute) // TIME_STEP_MINUTES)
        self.name_edit.setText(session.printout_name)
        for widget in (self.appointment_box, self.date_edit, self.time_edit, self.name_edit):
            widget.blockSignals(False)
        self._stop_kiosk_printing()
        self._set_status("")
        self._refresh()

    def _tick(self, key: str, checked: bool) -> None:
        ticks = self.session.checklist_ticks.setdefault(self.checklist.id, set())
        (ticks.add if checked else ticks.discard)(key)

    def _name_changed(self, text: str) -> None:
        self.session.printout_name = text

    def _appointment_changed(self, *_) -> None:
        wanted = self.appointment_box.isChecked()
        self._set_status("")
        appointment = None
        if wanted:
            day, minutes = self.date_edit.date(), self.time_edit.currentData()
            appointment = datetime(day.year(), day.month(), day.day(), minutes // 60, minutes % 60)
            if not exists(appointment):
                self._set_status(self.tr("That time does not exist on this day because the clocks change. "
                                         "Please check the time."))
                appointment = None
        self.session.appointment = appointment
        self._refresh()

    def _refresh(self) -> None:
        """Item texts with this person's times, or in words."""
        if self.checklist is None:
            return
        wanted = self.appointment_box.isChecked()
        self.date_edit.setEnabled(wanted)
        self.time_edit.setEnabled(wanted)
        filled, times = personalise(self.checklist, self.session.appointment, self._settings.preparation,
                                    self._style)
        for row, item in zip(self.rows, filled.items):
            row.set_text(item.text, times)

    # -- printing --------------------------------------------------------------
    def printout(self) -> Printout:
        return make_printout(self.checklist, self._settings, self.session.appointment,
                             self.session.printout_name, self.checklist.language)

    def print_checklist(self) -> None:
        """At home: Qt's print preview, whose Print button opens the system's
        print dialog (a preview even with no printer: the page can be checked
        and saved). On a kiosk: a preview inside the kiosk window that prints
        straight to the clinic's printer, with no file choices at all."""
        printer = self._print_with_preview(
            self.printout(), self.tr("No printer is set up on this computer. You can check the page in the "
                                     "preview and save the checklist as a PDF instead."), self.tr("Print preview"))
        if printer is not None:
            self._after_system_print(printer, {
                "saved": self.tr("Saved as {0}"),
                "refused": self.tr("The printer {0} is not taking print jobs. Please check the printer, "
                                   "or ask for help."),
                "sent": self.tr("Sent to {0}.")})

    def save_pdf(self) -> None:
        self._save_as_pdf(self.printout, self.tr("Save the checklist as a PDF"),
                          self.tr("{0}-checklist.pdf").format(self.checklist.id), self.tr("PDF files (*.pdf)"),
                          self.tr("The checklist could not be saved: {0}"), self.tr("Saved as {0}"))
