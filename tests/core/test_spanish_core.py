"""Spanish without Qt: English fallback, parity with English, the words the
app writes in the content's language, and INFLESZ (reported by `ketaguide check`:
tests/cli/test_check_spanish.py)."""

from datetime import UTC, date, datetime

from checklist_fixtures import CHECKLIST, write_checklist
from conftest import GOOD_BODY, module_text, write_module
from ketaguide.core import appointment as appt
from ketaguide.core.checklist import load_checklists, personalise
from ketaguide.core.library import load_library
from ketaguide.core.loading import load
from ketaguide.core.readability import measure_html
from ketaguide.core.settings import ClinicInfo, Preparation, Settings
from ketaguide.core.timeline import timeline_steps
from quiz_fixtures import QUIZ
from spanish_fixtures import ES_BODY, ES_CHECKLIST, ES_QUIZ, write_spanish, write_spanish_module

TODAY = date(2026, 11, 21)
SPANISH = appt.TimeStyle(language="es")


def spanish_library(folder, settings=None, rendered=True):
    return load_library([folder], settings or Settings(), "es", today=TODAY, rendered=rendered)


def messages(library) -> list[str]:
    return [f"{p.path.name}: {p.message}" for p in library.problems]


# -- fallback ------------------------------------------------------------------------
def test_a_language_with_no_content_shows_every_english_module_with_a_spanish_note(content_dir):
    library = spanish_library(content_dir, rendered=False)
    assert [m.id for m in library.modules] == ["first-topic", "second-topic"]
    assert library.errors == ()
    for module in library.modules:
        assert module.language == "en"  # read aloud with an English voice
        assert "todavía no está en español" in module.fallback_note
        assert module.fallback_note in module.html
        assert "You read this" in module.html or "first topic" in module.html


def test_a_missing_module_falls_back_and_the_translated_one_is_spanish(content_dir):
    write_spanish_module(content_dir)  # only first-topic is translated
    library = spanish_library(content_dir, rendered=False)
    first, second = library.module("first-topic"), library.module("second-topic")
    assert (first.language, first.fallback_note, first.title) == ("es", "", "Primer tema")
    assert "Usted lee esto" in first.html
    assert (second.language, second.title) == ("en", "Second topic")
    assert second.fallback_note in second.html


def test_a_fallback_page_keeps_its_lines_for_problems(content_dir):
    """The note is counted before the file, so a problem still names the right line."""
    write_module(content_dir, "01-first.md", module_text(body=GOOD_BODY + "\n[a link](nowhere-at-all)\n"))
    english = load_library([content_dir], Settings(), "en", today=TODAY, rendered=True)
    spanish = spanish_library(content_dir)
    line = [p.line for p in english.problems if "nowhere-at-all" in p.message]
    assert line and line == [p.line for p in spanish.problems if "nowhere-at-all" in p.message]


def test_the_quiz_and_checklist_fall_back_to_english(content_dir):
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    write_checklist(content_dir, CHECKLIST)
    library = spanish_library(content_dir, rendered=False)
    assert len(library.quiz) == 3 and library.quiz[0].prompt == "Can you drive yourself home?"
    assert [c.language for c in library.checklists] == ["en"]


def test_the_shipped_app_in_spanish_is_never_empty():
    library = load(language="es")
    english = load(language="en")
    assert {m.id for m in english.modules} <= {m.id for m in library.modules}
    assert not any("no module could be loaded" in p.message for p in library.problems)
    assert library.quiz and library.checklists


# -- parity --------------------------------------------------------------------------
def test_a_complete_translation_is_in_step(content_dir):
    write_spanish(content_dir)
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    (content_dir / "es" / "quiz.md").write_text(ES_QUIZ, encoding="utf-8")
    write_checklist(content_dir, CHECKLIST)
    write_checklist(content_dir, ES_CHECKLIST, lang="es")
    library = spanish_library(content_dir)
    assert messages(library) == []
    assert all(m.language == "es" for m in library.modules)


def test_missing_translations_are_warnings_naming_each_one(content_dir):
    write_spanish_module(content_dir)
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    write_checklist(content_dir, CHECKLIST)
    library = spanish_library(content_dir)
    assert library.errors == ()
    found = messages(library)
    assert "02-second.md: the module 'second-topic' has no 'es' version" in found
    assert "quiz.md: the quiz has no 'es' version" in found
    assert "preparation.md: the checklist 'preparation' has no 'es' version" in found


def test_a_heading_id_or_placeholder_that_differs_from_english_is_an_error(content_dir):
    write_spanish(content_dir)
    write_spanish_module(content_dir, body=ES_BODY.replace("{#what}", "{#que-es}")
                         .replace("al {clinic.phone}", "al {clinic.after_hours_phone}"), order=1)
    library = spanish_library(content_dir)
    errors = [p for p in library.errors if p.path.name == "01-primero.md"]
    text = " | ".join(f"{p.message} ({p.hint})" for p in errors)
    assert "heading ids differ from the English version" in text and "missing: what" in text
    assert "not in English: que-es" in text
    assert "placeholders differ" in text and "missing: clinic.phone" in text


def test_a_module_with_another_group_or_order_is_an_error(content_dir):
    write_spanish(content_dir)
    write_spanish_module(content_dir, group="learn-more")
    library = spanish_library(content_dir)
    assert any(p.message == "'group' differs from the English version" for p in library.errors)


def test_a_quiz_with_other_right_answers_is_an_error(content_dir):
    write_spanish(content_dir)
    (content_dir / "en" / "quiz.md").write_text(QUIZ, encoding="utf-8")
    changed = ES_QUIZ.replace("- [ ] Sí, si me siento bien\n- [x] No.", "- [x] Sí, si me siento bien\n- [ ] No.")
    (content_dir / "es" / "quiz.md").write_text(changed, encoding="utf-8")
    library = spanish_library(content_dir)
    assert [p.message for p in library.errors] == [
        "question 1: the choices or right answers differs from English (quiz.md, line 1)"]


def test_a_checklist_with_a_box_missing_is_an_error(content_dir):
    write_spanish(content_dir)
    write_checklist(content_dir, CHECKLIST)
    write_checklist(content_dir, ES_CHECKLIST.replace("- [ ] Asegúrese de que un adulto pueda llevarlo a su casa.\n",
                                                      ""), lang="es")
    library = spanish_library(content_dir)
    assert [p.message for p in library.errors] == ["the sections and boxes differ from the English version"]


def test_a_clinic_override_in_one_language_warns_about_the_other(content_dir, tmp_path):
    write_spanish(content_dir)
    clinic = tmp_path / "clinic"
    write_module(clinic, "01-ours.md", module_text(title="Our first topic"))
    library = load_library([content_dir, clinic], Settings(), "en", today=TODAY, rendered=True)
    warnings = [p for p in library.problems if "replaces the built-in one" in p.message]
    assert [w.message for w in warnings] == [
        "the clinic's 'en' 'first-topic' replaces the built-in one, but 'es' readers still see the built-in "
        "'es' version"]
    write_spanish_module(clinic, "01-nuestro.md", title="Nuestro primer tema")
    library = load_library([content_dir, clinic], Settings(), "en", today=TODAY, rendered=True)
    assert not any("replaces the built-in one" in p.message for p in library.problems)


# -- words the app writes ------------------------------------------------------------
def test_placeholder_defaults_are_in_the_content_language():
    values = Settings().placeholders("es")
    assert values["clinic.name"] == "su clínica"
    assert values["clinic.phone"] == "número de teléfono de su clínica"  # "llame al {clinic.phone}"
    assert values["clinic.when_closed"] == ("Si se siente muy mal fuera del horario de su clínica, llame al 911. "
                                           "Las demás preguntas pueden esperar hasta que vuelva a abrir.")
    assert values["preparation.drink_rule"] == ("Puede tomar líquidos claros hasta 2 horas antes de su cita. "
                                               "Después de eso, no tome nada.")
    assert values["preparation.recovery_time"] == "1 hora"
    assert Settings(preparation=Preparation(infusion_minutes=90)).placeholders("es")[
        "preparation.infusion_time"] == "1 hora y 30 minutos"
    named = Settings(clinic=ClinicInfo(name="Clínica Sol", phone="555-0100", after_hours_phone="555-0199"))
    assert named.placeholders("es")["clinic.contact"] == "Clínica Sol al 555-0100"
    assert named.placeholders("es")["clinic.when_closed"] == (
        "Fuera del horario de Clínica Sol, llame a la línea fuera de horario al 555-0199.")
    # No gender to agree with: a masculine name reads as well as a feminine one.
    centro = Settings(clinic=ClinicInfo(name="Centro Luz", phone="555-0100"))
    assert "fuera del horario de Centro Luz," in centro.placeholders("es")["clinic.when_closed"]
    assert Settings().placeholders()["clinic.name"] == "your clinic"  # English stays English


def test_appointment_times_in_spanish():
    values = appt.appointment_values(datetime(2026, 12, 1, 9, 30), Preparation(), SPANISH, zone=UTC)
    assert values[appt.STOP_SOLIDS] == "antes de las 3:30\u00a0a.\u00a0m."
    assert values[appt.ARRIVE] == "antes de las 9:15\u00a0a.\u00a0m."
    early = appt.appointment_values(datetime(2026, 12, 1, 1, 0), Preparation(), SPANISH, zone=UTC)
    assert early[appt.STOP_SOLIDS] == "antes de las 7:00\u00a0p.\u00a0m. el día anterior"
    assert early[appt.TIME] == "1:00\u00a0a.\u00a0m."
    seven = appt.appointment_values(datetime(2026, 12, 1, 7, 30), Preparation(clear_liquid_hours=6), SPANISH,
                                    zone=UTC)
    assert seven[appt.STOP_LIQUIDS] == "antes de la 1:30\u00a0a.\u00a0m."  # "la una", not "las"
    words = appt.appointment_values(None, Preparation(), SPANISH)
    assert words[appt.STOP_SOLIDS] == "6 horas antes de su cita"
    assert words[appt.DATE] == "el día de su cita"


def test_the_bold_times_are_found_inside_the_spanish_phrases(tmp_path):
    write_checklist(tmp_path, ES_CHECKLIST, lang="es")
    (checklist,), problems = load_checklists([tmp_path], "es", Settings(), TODAY)
    assert problems == [] and checklist.language == "es"
    filled, times = personalise(checklist, datetime(2026, 12, 1, 1, 0), Preparation(), SPANISH, zone=UTC)
    assert times[0] == "7:00\u00a0p.\u00a0m. el día anterior"
    assert all(t in "".join(i.text for i in filled.items) for t in times)


def test_the_timeline_in_spanish():
    steps = {s.kind: s for s in timeline_steps(Preparation(), datetime(2026, 12, 1, 9, 30), language="es")}
    assert steps["food"].label == "Último alimento sólido"
    assert steps["infusion"].when == "a las 9:30\u00a0a.\u00a0m."
    assert steps["no-driving"].label == "No maneje"
    assert timeline_steps(Preparation(), None, language="es")[0].when == "6 horas antes"
    # No drip time set by the clinic: no guessed length, in Spanish too.
    unset = {s.kind: s for s in timeline_steps(Preparation(infusion_minutes=None), None, language="es")}
    assert unset["infusion"].label == "Vía IV e infusión (pregunte a su equipo cuánto dura)"
    assert unset["home"].when == "cuando el personal le diga que puede irse"
    assert Settings().placeholders("es")["preparation.infusion_time"] == "el tiempo que le indique su equipo"


# -- readability ---------------------------------------------------------------------
def test_spanish_readability_is_inflesz():
    easy = measure_html("<p>Usted va a la clínica. Un adulto lo lleva a su casa. Tome agua.</p>", "es")
    hard = measure_html("<p>La administración intravenosa de ketamina subanestésica proporciona "
                        "modificaciones neuroplásticas significativamente prolongadas en pacientes "
                        "farmacorresistentes institucionalizados.</p>", "es")
    assert easy.spanish and easy.inflesz >= 65 and easy.problems() == []
    assert hard.inflesz < 40 and hard.problems() == [f"INFLESZ {hard.inflesz:.0f} (muy difícil) is below 65"]
    assert not measure_html("<p>You go to the clinic.</p>").spanish  # English is still Flesch-Kincaid
