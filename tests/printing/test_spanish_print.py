"""The printed Spanish checklist, read back from the PDF: every word the app
prints is Spanish (the batch's `lang` column, which picks the language per row, is tested
in tests/cli/test_checklist_command.py)."""

from datetime import date, datetime

from checklist_fixtures import write_checklist, write_clinic
from ketaguide.core.checklist import load_checklists
from ketaguide.core.settings import load_settings
from ketaguide.printing import make_printout, pdf_bytes
from pdf_helpers import pdf_text
from spanish_fixtures import ES_CHECKLIST

TODAY = date(2026, 11, 21)
ENGLISH_LABELS = ("Appointment", "Prepared for", "Tick each box", "Questions?", "Emergency", "Mental health",
                  "Page 1", "Reviewed", "Last food", "Last drink", "Arrive", "Ride home", "No driving",
                  "the day before", " by ", " AM", " PM", "about")


def spanish_checklist(tmp_path, settings):
    write_checklist(tmp_path / "content", ES_CHECKLIST, lang="es")
    (checklist,), problems = load_checklists([tmp_path / "content"], "es", settings, TODAY)
    assert problems == []
    return checklist


def test_the_printed_spanish_checklist_has_no_english(tmp_path, qapp):
    settings, _ = load_settings(write_clinic(tmp_path))
    checklist = spanish_checklist(tmp_path, settings)
    printout = make_printout(checklist, settings, datetime(2026, 12, 1, 1, 0), "Ana", "es")
    [text] = pdf_text(pdf_bytes(printout))
    for expected in ("Prepárese en Riverside Infusion Center", "Cita: martes, 1 de diciembre de 2026 a la 1:00 a. m.",
                     "Preparado para: Ana", "Marque cada casilla cuando lo haya hecho.",
                     "Deje de comer alimentos sólidos antes de las 7:00 p. m. el día anterior",
                     "¿Preguntas? Llame a Riverside Infusion Center al 555-0100", "Emergencia: llame al 911",
                     "Crisis de salud mental: llame al 988", "Contenido revisado el 1 de noviembre de 2026",
                     "Página 1 de 1", "Comida", "Bebida", "Llegada", "No manejar"):
        assert expected in text, expected
    for english in ENGLISH_LABELS:
        assert english not in text, english
    assert "m.." not in text  # "a. m." ends the sentence with one period


def test_a_spanish_checklist_without_an_appointment_prints_spanish_blanks(tmp_path, qapp):
    settings, _ = load_settings(write_clinic(tmp_path))
    printout = make_printout(spanish_checklist(tmp_path, settings), settings, None, "", "es")
    [text] = pdf_text(pdf_bytes(printout))
    assert "a las __________" in text and "6 horas antes de su cita" in text
    assert "Descanso cuando termine el goteo" in text  # no drip time set: no guessed clock time
