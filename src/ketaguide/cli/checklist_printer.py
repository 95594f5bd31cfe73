"""Checklist PDFs for the command line, one or a batch's worth: the settings
and each language's checklists are read once, then each PDF is written whole
or not at all."""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

from ..core.checklist import Checklist, load_checklists
from ..core.loading import content_dirs
from ..core.settings import find_config, load_settings, settings_warnings

COMBINED_NAME = "all-checklists.pdf"  # a batch's one PDF to print in one go
SETTINGS_BROKEN = ("ketaguide checklist: nothing was printed: fix the settings problems above first, "
                   "or the times on the sheets would not be your clinic's")


class Printer:
    """Reads the settings once and each language's checklists once (not the
    modules: a print run needs none of them), then makes PDFs."""

    def __init__(self, config: Path | None, content: Path | None, language: str | None, checklist_id: str,
                 err=None):
        from ..printing.application import ensure_application  # lazy: start-up (Qt only when printing)

        ensure_application()
        self._err = err or sys.stderr
        self.settings, problems = load_settings(find_config(config))
        self._report(problems + settings_warnings(self.settings))
        # Broken settings would print the built-in fasting times as if they were the clinic's.
        self.settings_broken = any(p.is_error for p in problems)
        self._dirs = content_dirs(self.settings, content)
        self.default_language = language or self.settings.content.language
        self._checklist_id = checklist_id
        self._checklists: dict[str, tuple[Checklist, ...]] = {}

    def _report(self, problems) -> None:
        for problem in problems:
            print(f"ketaguide checklist: {problem}", file=self._err)

    def checklists(self, language: str) -> tuple[Checklist, ...]:
        if language not in self._checklists:
            checklists, problems = load_checklists(self._dirs, language, self.settings, date.today())
            self._report(problems)
            self._checklists[language] = checklists
        return self._checklists[language]

    def checklist_for(self, language: str) -> tuple[Checklist | None, str]:
        language = language or self.default_language
        found = self.checklists(language)
        checklist = next((c for c in found if c.id == self._checklist_id), None)
        if checklist is None:
            known = ", ".join(c.id for c in found) or "none"
            return None, f"no checklist '{self._checklist_id}' in language '{language}' (found: {known})"
        return checklist, ""

    def printout(self, checklist: Checklist, appointment: datetime | None, name: str, language: str = ""):
        from ..printing import make_printout  # lazy: start-up (Qt only when printing)

        # Every printed word in the checklist's own language (a row's `lang` picked it).
        return make_printout(checklist, self.settings, appointment, name, checklist.language)

    def write_one(self, out: Path, checklist: Checklist, appointment: datetime | None, name: str,
                  language: str = "", combined=None) -> int:
        """Write one PDF (whole or not at all) and add it to `combined`; returns its pages."""
        from ..printing import PdfDocument, write_atomically  # lazy: start-up (Qt only when printing)

        printout = self.printout(checklist, appointment, name, language)
        document = PdfDocument(printout.title)
        layout = document.add_printout(printout)
        write_atomically(out, document.finish())
        if combined is not None:
            combined.add_layout(layout)
        return layout.page_count


def writable_folder_problem(folder: Path) -> str:
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    return ""
