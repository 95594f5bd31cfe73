"""A small Spanish content folder mirroring the English fixtures in conftest,
checklist_fixtures and quiz_fixtures (the real content/es is written apart)."""

from __future__ import annotations

from pathlib import Path

from conftest import GOOD_FRONT, module_text, write_module

ES_BODY = """\
**El mensaje principal va primero.**

## ¿Qué es esto? {#what}
Usted lee esto. Llame a {clinic.name} al {clinic.phone}.

!!! call-clinic "Llame a {clinic.name} si…"
    - se siente mal

!!! emergency "Llame al {clinic.emergency_number} si…"
    - tiene dolor en el pecho

## Puntos clave {#key-points}
- Un punto.
"""

ES_FRONT = {**GOOD_FRONT, "title": "Primer tema", "summary": "Un resumen corto.",
            "reviewed_by": "Revisión clínica del contenido"}

ES_CHECKLIST = """\
---
id: preparation
title: Prepárese en {clinic.name}
last_reviewed: 2026-11-01
---
## El día anterior
Planee con tiempo. Así el día es más fácil.

- [ ] Asegúrese de que un adulto pueda llevarlo a su casa.
- [ ] Llame al {clinic.phone} si
  no tiene quién lo lleve.

## La mañana de la cita
- [ ] Deje de comer alimentos sólidos {appointment.stop_solids}.
- [ ] Deje de tomar líquidos claros {appointment.stop_liquids}.
- Llegue {appointment.arrive}.
"""

ES_QUIZ = """\
## ¿Puede manejar usted mismo a su casa?
module: first-topic
- [ ] Sí, si me siento bien
- [x] No. Un adulto debe llevarme a casa.

La ketamina hace más lentas sus reacciones por el resto del día.
See: first-topic#what

## ¿Cuáles de estas cosas debe traer? Elija todas las que correspondan.
module: second-topic
- [x] Una lista de sus medicinas
- [x] Un suéter
- [ ] Las llaves de su carro

Traiga su lista de medicinas y algo abrigado.
See: second-topic#what

## ¿A quién debe llamar si tiene dolor en el pecho?
module: second-topic
- [ ] A su clínica, al día siguiente
- [x] Al {clinic.emergency_number}, de inmediato

El dolor en el pecho necesita ayuda de inmediato.
See: first-topic#key-points
"""


def write_spanish_module(content_dir: Path, name: str = "01-primero.md", body: str = ES_BODY, **front) -> Path:
    values = {**ES_FRONT, **front}
    return write_module(content_dir, name, module_text(body=body, **values), lang="es")


def write_spanish(content_dir: Path) -> Path:
    """Spanish versions of both fixture modules (conftest's content_dir)."""
    write_spanish_module(content_dir)
    write_spanish_module(content_dir, "02-segundo.md", id="second-topic", title="Segundo tema", order=2,
                         body=ES_BODY.replace("Usted lee esto.", "Vea [el primer tema](first-topic#what)."))
    return content_dir
