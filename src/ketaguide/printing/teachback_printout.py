"""The teach-back summary as one printed page, drawn by the checklist's own
page painter (same fonts, footer with the clinic's numbers, fitting to one page).

It carries the date and the content version, and a name only when the person
typed one. Built in memory; printing or saving it is the caller's choice.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core import wording
from ..core.checklist import Checklist, Item, Section
from ..core.teachback import TeachBack
from ..locales import locale_for
from . import formats
from .printout import MAX_NAME_LENGTH, Printout


def summary_sections(summary: TeachBack, language: str = "en") -> tuple[Section, ...]:
    """What the nurse needs first comes first. Empty groups are left out.
    Every printed word is in the content's language (core/wording.py)."""
    def w(key: str, **values) -> str:
        return wording.words(language, key, **values)

    def topics(group):
        return tuple(Item(f"{n}", w("tb_topic_in", section=t.title, module=t.module_title) if t.section
                          else t.module_title, 0) for n, t in enumerate(group, 1))

    groups = [
        (w("tb_to_go_over"), w("tb_to_go_over_note"), topics(summary.to_go_over)),
        (w("tb_went_over"), w("tb_went_over_note"), topics(summary.went_over)),
        (w("tb_understood"), "", topics(summary.understood)),
        (w("tb_questions"), w("tb_questions_note"),
         tuple(Item(f"q{n}", q.text, 0) for n, q in enumerate(summary.questions, 1))),
    ]
    sections = tuple(Section(title, note, items, 0) for title, note, items in groups if items)
    if not sections:
        sections = (Section(w("tb_nothing"), w("tb_nothing_note"), (), 0),)
    return sections


def make_teachback_printout(summary: TeachBack, settings, language: str = "en", name: str = "",
                            today: date | None = None, content_version: date | None = None,
                            system_locale=None) -> Printout:
    locale = locale_for(language, system_locale)
    today = today or date.today()
    title = wording.words(language, "tb_title")
    version = content_version.isoformat() if content_version else wording.words(language, "tb_unknown")
    clinic = settings.clinic
    return Printout(
        title=title,
        clinic_name=clinic.name,
        logo=settings.file_path(clinic.logo),
        appointment="",
        name=" ".join(name.split())[:MAX_NAME_LENGTH],
        checklist=Checklist("teach-back", title, today, summary_sections(summary, language), Path()),
        times=(),
        clinic_phone=clinic.phone,
        emergency_number=clinic.emergency_number,
        crisis_line=clinic.crisis_line,
        reviewed=formats.reviewed_date(locale, today),
        page_size=formats.page_size(settings, locale),
        language=language,
        details=((wording.words(language, "tb_date"), formats.long_date(locale)(today)),),
        intro=wording.words(language, "tb_intro"),
        boxes=False,
        footer_note=wording.words(language, "tb_version", version=version),
    )
