"""Sign-off on paper: the printed checklist names who reviewed it, the writers
until a clinician approves, then the clinician."""

from ketaguide.core.loading import load
from ketaguide.printing import make_printout, pdf_bytes
from pdf_helpers import pdf_text
from signoff_fixtures import approval_toml, settings_file


def test_the_printed_checklist_says_who_reviewed_it(qapp, tmp_path):
    for toml, expected in (("", "Reviewed by the ketaguide writers (not yet a clinician) on December 6, 2026"),
                           (approval_toml(), "Reviewed by Dr Ana Lee, MD on December 6, 2026")):
        library = load(settings_file(tmp_path, toml))
        printout = make_printout(library.checklist("preparation"), library.settings, None, "", "en")
        [text] = pdf_text(pdf_bytes(printout))
        assert expected in " ".join(text.split()), text[-300:]

