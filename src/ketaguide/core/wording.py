"""The words the app itself puts into content and printouts, per language.

Placeholders' defaults ("your clinic"), food and drink rules, durations,
appointment times ("by 3:30 AM the day before") and the infusion-day
timeline are written by code, not by content editors, so they live here: one
small table per language, kept Qt-free so that the CLI, the batch printer and
the tests word them exactly as the app does. A language without a table uses
English (like a module missing in a language).
"""

from __future__ import annotations

NBSP = "\u00a0"  # keeps "9:30 AM" together on one printed line

ENGLISH = {
    "your_clinic": "your clinic",
    "clinic_phone_unknown": "your clinic's phone number",
    "contact": "{who} at {phone}",
    "when_closed_after_hours": "When {who} is closed, call the after-hours line at {phone}.",
    "when_closed_emergency": ("If you feel very unwell and {who} is closed, call {number}. "
                              "Other questions can wait until it opens."),
    "hour": "{n} hour", "hours": "{n} hours", "minute": "{n} minute", "minutes": "{n} minutes",
    "and": " and ",
    "food_rule_none": "Your clinic does not ask you to stop eating before your appointment.",
    "food_rule": "Stop eating solid food {hours} before your appointment.",
    "drink_rule_none": "You may drink clear liquids until your appointment.",
    "drink_rule": "You may drink clear liquids until {hours} before your appointment. After that, drink nothing.",
    "before_appointment": "{duration} before your appointment",
    "by_appointment": "by the time of your appointment",
    "date_unknown": "the day of your appointment",
    "time_unknown": "your appointment time",
    "by": "by {time}", "by_one": "by {time}",
    "day_before": " the day before",
    "on_date": " on {date}",
    "midnight": "12:00" + NBSP + "midnight", "noon": "12:00" + NBSP + "noon", "am": "AM", "pm": "PM",
    # the infusion-day timeline
    "step_food": "Last solid food", "step_drink": "Last clear drink", "step_arrive": "Arrive at the clinic",
    "step_infusion": "IV and infusion, about {duration}", "step_rest": "Rest and checks, about {duration}",
    "step_home": "An adult drives you home", "step_no_driving": "No driving",
    "no_driving_when": "for at least 24 hours and a night's sleep",
    "step_infusion_unknown": "IV and infusion (ask your team how long)", "after_drip": "after the drip ends",
    "when_staff_say": "when staff say you can go", "infusion_time_unknown": "as long as your team tells you",
    "duration_before": "{duration} before", "at_appointment": "at your appointment time",
    "at_time": "at {time}", "at_time_one": "at {time}",
    "about_after_start": "about {duration} after you start", "about_time": "about {time}",
    "about_time_one": "about {time}", "next_day": " the next day",
    "from_about_after_start": "from about {duration} after you start", "from_about_time": "from about {time}",
    "from_about_time_one": "from about {time}",
    "timeline_intro": "Your infusion day, step by step. ",
    "short_food": "Last food", "short_drink": "Last drink", "short_arrive": "Arrive",
    "short_infusion": "Infusion", "short_rest": "Rest", "short_home": "Ride home", "short_no-driving": "No driving",
    "fallback_note": "This topic is not available in your language yet, so it is shown in English.",
    "group_start-here": "Start here", "group_learn-more": "Learn more",
    # the printed checklist's own labels (printing/)
    "print_date_at_time": "{date} at {time}",
    "print_appointment": "Appointment: ", "print_blank_appointment": "______________________  at  __________",
    "print_prepared_for": "Prepared for: ", "print_intro": "Tick each box when it is done. Bring this sheet with you.",
    "print_questions": "Questions? Call {clinic} at ",
    "print_questions_blank": "Questions? Call {clinic}: ______________________",
    "print_emergency": "Emergency: call ", "print_crisis": "     Mental health crisis: call ",
    "print_reviewed_by": "Reviewed by {who} on {date}", "print_reviewed": "Content reviewed {date}",
    "print_page": "Page {page} of {pages}",
    # the teach-back summary's printed page (printing/teachback_printout.py)
    "tb_title": "What I learned: a summary for my care team", "tb_date": "Date: ",
    "tb_intro": "From the teach-back questions in ketaguide. Please go over the first list with me.",
    "tb_to_go_over": "To go over with my nurse", "tb_to_go_over_note": "I was not sure about these yet.",
    "tb_went_over": "We went over these",
    "tb_went_over_note": "Not right on the first try, then right after reading the explanation.",
    "tb_understood": "I understood these", "tb_questions": "My questions",
    "tb_questions_note": "Ticked on the list of questions to ask.",
    "tb_nothing": "Nothing to show yet", "tb_nothing_note": "No questions were answered in this session.",
    "tb_topic_in": "{section} (in “{module}”)", "tb_version": "Content version {version}", "tb_unknown": "unknown",
}

# Neutral Latin American Spanish, "usted". Hours take an article in Spanish:
# "antes de la 1:30" but "antes de las 3:30" (the *_one keys).
SPANISH = {
    "your_clinic": "su clínica",
    # No article: content says "llame al {clinic.phone}", as for a number ("al 555-0100").
    "clinic_phone_unknown": "número de teléfono de su clínica",
    "contact": "{who} al {phone}",
    # "Fuera del horario de…": a clinic's name may be masculine ("Centro …") or feminine.
    "when_closed_after_hours": "Fuera del horario de {who}, llame a la línea fuera de horario al {phone}.",
    "when_closed_emergency": ("Si se siente muy mal fuera del horario de {who}, llame al {number}. "
                              "Las demás preguntas pueden esperar hasta que vuelva a abrir."),
    "hour": "{n} hora", "hours": "{n} horas", "minute": "{n} minuto", "minutes": "{n} minutos",
    "and": " y ",
    "food_rule_none": "Su clínica no le pide que deje de comer antes de su cita.",
    "food_rule": "Deje de comer alimentos sólidos {hours} antes de su cita.",
    "drink_rule_none": "Puede tomar líquidos claros hasta la hora de su cita.",
    "drink_rule": "Puede tomar líquidos claros hasta {hours} antes de su cita. Después de eso, no tome nada.",
    "before_appointment": "{duration} antes de su cita",
    "by_appointment": "antes de la hora de su cita",
    "date_unknown": "el día de su cita",
    "time_unknown": "la hora de su cita",
    "by": "antes de las {time}", "by_one": "antes de la {time}",
    "day_before": " el día anterior",
    "on_date": " el {date}",
    "midnight": "12:00" + NBSP + "de la noche", "noon": "12:00" + NBSP + "del mediodía",
    "am": "a." + NBSP + "m.", "pm": "p." + NBSP + "m.",
    "step_food": "Último alimento sólido", "step_drink": "Último líquido claro",
    "step_arrive": "Llegue a la clínica",
    "step_infusion": "Vía IV e infusión, unos {duration}", "step_rest": "Descanso y controles, unos {duration}",
    "step_home": "Un adulto lo lleva a su casa", "step_no_driving": "No maneje",
    "no_driving_when": "por al menos 24 horas y hasta después de dormir una noche",
    "step_infusion_unknown": "Vía IV e infusión (pregunte a su equipo cuánto dura)",
    "after_drip": "cuando termine el goteo", "when_staff_say": "cuando el personal le diga que puede irse",
    "infusion_time_unknown": "el tiempo que le indique su equipo",
    "duration_before": "{duration} antes", "at_appointment": "a la hora de su cita",
    "at_time": "a las {time}", "at_time_one": "a la {time}",
    "about_after_start": "unos {duration} después de empezar", "about_time": "a eso de las {time}",
    "about_time_one": "a eso de la {time}", "next_day": " del día siguiente",
    "from_about_after_start": "desde unos {duration} después de empezar",
    "from_about_time": "desde las {time} aprox.", "from_about_time_one": "desde la {time} aprox.",
    "timeline_intro": "Su día de infusión, paso a paso. ",
    "short_food": "Comida", "short_drink": "Bebida", "short_arrive": "Llegada",
    "short_infusion": "Infusión", "short_rest": "Descanso", "short_home": "Regreso", "short_no-driving": "No manejar",
    "fallback_note": "Este tema todavía no está en español. Por eso se muestra en inglés.",
    "group_start-here": "Empiece aquí", "group_learn-more": "Aprenda más",
    "print_date_at_time": "{date} a las {time}", "print_date_at_time_one": "{date} a la {time}",
    "print_appointment": "Cita: ", "print_blank_appointment": "______________________  a las  __________",
    "print_prepared_for": "Preparado para: ",
    "print_intro": "Marque cada casilla cuando lo haya hecho. Traiga esta hoja con usted.",
    "print_questions": "¿Preguntas? Llame a {clinic} al ",
    "print_questions_blank": "¿Preguntas? Llame a {clinic}: ______________________",
    "print_emergency": "Emergencia: llame al ", "print_crisis": "     Crisis de salud mental: llame al ",
    "print_reviewed_by": "Revisado por {who} el {date}", "print_reviewed": "Contenido revisado el {date}",
    "print_page": "Página {page} de {pages}",
    # the teach-back summary's printed page (printing/teachback_printout.py)
    "tb_title": "Lo que aprendí: resumen para mi equipo de atención", "tb_date": "Fecha: ",
    "tb_intro": "De las preguntas de repaso de ketaguide. Por favor, repase conmigo la primera lista.",
    "tb_to_go_over": "Para repasar con mi enfermera o enfermero",
    "tb_to_go_over_note": "Todavía tengo dudas sobre estos temas.",
    "tb_went_over": "Estos temas ya los repasamos",
    "tb_went_over_note": "No los respondí bien la primera vez, pero sí después de leer la explicación.",
    "tb_understood": "Estos temas los entendí", "tb_questions": "Mis preguntas",
    "tb_questions_note": "Las marqué en la lista de preguntas para hacer.",
    "tb_nothing": "Todavía no hay nada que mostrar",
    "tb_nothing_note": "No se respondió ninguna pregunta en esta sesión.",
    "tb_topic_in": "{section} (en «{module}»)", "tb_version": "Versión del contenido: {version}",
    "tb_unknown": "desconocida",
}

TABLES = {"en": ENGLISH, "es": SPANISH}


def table(language: str) -> dict[str, str]:
    """The words for `language` ("es", "es-MX" and "es_US" all give Spanish); English otherwise."""
    return TABLES.get(base_language(language), ENGLISH)


def base_language(language: str) -> str:
    return (language or "en").replace("_", "-").split("-")[0].lower()


def words(language: str, key: str, **values) -> str:
    return table(language)[key].format(**values)


def duration(minutes: int, language: str = "en") -> str:
    """90 -> "1 hour and 30 minutes" / "1 hora y 30 minutos"; written out so nobody has to convert."""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(words(language, "hour" if hours == 1 else "hours", n=hours))
    if rest or not hours:
        parts.append(words(language, "minute" if rest == 1 else "minutes", n=rest))
    return words(language, "and").join(parts)


def hours(value: float, language: str = "en") -> str:
    return words(language, "hour" if value == 1 else "hours", n=f"{value:g}")


def food_rule(hours_before: float, language: str = "en") -> str:
    """A whole sentence, so a clinic with no fasting rule never shows "0 hours"."""
    if not hours_before:
        return words(language, "food_rule_none")
    return words(language, "food_rule", hours=hours(hours_before, language))


def drink_rule(hours_before: float, language: str = "en") -> str:
    if not hours_before:
        return words(language, "drink_rule_none")
    return words(language, "drink_rule", hours=hours(hours_before, language))


def with_hour(language: str, key: str, moment, clock24: bool, time: str, **values) -> str:
    """A phrase around a clock time, with the article the hour takes
    ("antes de la 1:30" / "antes de las 3:30"); English has one form."""
    one = moment.hour == 1 if clock24 else moment.hour % 12 == 1
    return words(language, f"{key}_one" if one and f"{key}_one" in table(language) else key, time=time, **values)
