"""The teach-back summary as one printed page, drawn by the checklist's own
page painter (same fonts, footer with the clinic's numbers, fitting to one page).

It carries the date and the content version, and a name only when the person
typed one. Built in memory; printing or saving it is the caller's choice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core.checklist import Checklist, Item, Section
from ..core.teachback import TeachBack
from . import formats
from .printout import MAX_NAME_LENGTH, Printout, tr


def summary_sections(summary: TeachBack) -> tuple[Section, ...]:
    """What the nurse needs first comes first. Empty groups are left out."""
    def topics(group):
        return tuple(Item(f"{n}", tr("{section} (in “{module}”)").format(section=t.title, module=t.module_title)
                          if t.section else t.module_title, 0) for n, t in enumerate(group, 1))

    groups = [
        (tr("To go over with my nurse"), tr("I was not sure about these yet."), topics(summary.to_go_over)),
        (tr("We went over these"), tr("Not right on the first try, then right after reading the explanation."),
         topics(summary.went_over)),
        (tr("I understood these"), "", topics(summary.understood)),
        (tr("My questions"), tr("Ticked on the “Questions to ask” list."),
         tuple(Item(f"q{n}", q.text, 0) for n, q in enumerate(summary.questions, 1))),
    ]
    sections = tuple(Section(title, note, items, 0) for title, note, items in groups if items)
    if not sections:
        sections = (Section(tr("Nothing to show yet"), tr("No questions were answered in this session."), (), 0),)
    return sections


def make_teachback_printout(summary: TeachBack, settings, language: str = "en", name: str = "",
                            today: date | None = None, content_version: date | None = None,
                            system_locale=None) -> Printout:
    locale = formats.locale_for(language, system_locale)
    today = today or date.today()
    title = tr("What I learned: a summary for my care team")
    version = content_version.isoformat() if content_version else tr("unknown")
    clinic = settings.clinic
    return Printout(
        title=title,
        clinic_name=clinic.name,
        logo=settings.file_path(clinic.logo),
        appointment="",
        name=" ".join(name.split())[:MAX_NAME_LENGTH],
        checklist=Checklist("teach-back", title, today, summary_sections(summary), Path()),
        times=(),
        clinic_phone=clinic.phone,
        emergency_number=clinic.emergency_number,
        crisis_line=clinic.crisis_line,
        reviewed=formats.reviewed_date(locale, today),
        page_size=formats.page_size(settings, locale),
        details=((tr("Date: "), formats.long_date(locale)(today)),),
        intro=tr("From the teach-back questions in ketaguide. Please go over the first list with me."),
        boxes=False,
        footer_note=tr("Content version {version}").format(version=version),
    )
