"""The printed checklist on a computer that says nothing about where it is
(LANG=C, as on many print servers): paper and clock come from the clinic's
[printing] settings, else from the language's usual region; and the Spanish
checklist with a long clinic name and an after-hours line stays on one page."""

import os
import subprocess
import sys

import pytest

LONG_CLINIC = ('[clinic]\nname = "Centro de Infusión y Bienestar Mental del Valle de San Joaquín"\n'
               'phone = "(555) 010-0100"\nafter_hours_phone = "(555) 010-0199"\n'
               '[preparation]\nsolid_food_hours = 6\nclear_liquid_hours = 2\n')


def printed(tmp_path, lang: str, settings: str = "", appointment: str = "2026-12-01 09:30") -> tuple[str, str]:
    """(pdfinfo, pdftotext) of the checklist the command line prints with LANG=C."""
    config = tmp_path / "ketaguide.toml"
    config.write_text(LONG_CLINIC + settings, encoding="utf-8")
    out = tmp_path / f"{lang}.pdf"
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    result = subprocess.run([sys.executable, "-m", "ketaguide", "checklist", "--config", str(config), "--lang", lang,
                             "--name", "Ana", "--appointment", appointment, "--out", str(out)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return info, " ".join(text.split())


def pages_and_paper(info: str) -> tuple[int, str]:
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


@pytest.mark.parametrize("lang,appointment,clock", [("es", "2026-12-01 09:30", "a las 9:30 a. m."),
                                                    ("es", "2026-12-01 01:00", "a la 1:00 a. m."),
                                                    ("en", "2026-12-01 09:30", "at 9:30 AM")])
def test_unset_paper_and_clock_follow_the_language_on_one_letter_page(tmp_path, lang, appointment, clock):
    info, text = printed(tmp_path, lang, appointment=appointment)
    assert pages_and_paper(info) == (1, "612 x 792 pts (letter)")
    assert clock in text
    if lang == "es":
        assert "(555) 010-0199" in text  # the after-hours line is on the page, not on a second one


def test_the_clinics_printing_settings_win(tmp_path):
    info, text = printed(tmp_path, "es", '[printing]\npaper = "a4"\nclock = "24h"\n')
    pages, paper = pages_and_paper(info)
    assert paper.endswith("(A4)") and pages == 1
    assert "a las 09:30" in text and "a. m." not in text
