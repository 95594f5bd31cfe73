"""Keep a translation in step with English (ketaguide check).

A translated module must be the English one in another language: the same id,
group and order, the same heading ids (links like `aftercare#driving` work in
both), the same placeholders, pictures and boxes. The quiz asks the same
questions in the same order with the same right answers; a checklist has the
same boxes. What has no translation yet is shown in English, so a missing one
is a warning; a translation that disagrees with English is an error.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .confinement import inside
from .errors import ContentError, Severity, warning
from .limits import MAX_MODULE_BYTES
from .placeholders import PLACEHOLDER

_FRONT_ID = re.compile(r"^id:\s*['\"]?([a-z0-9-]+)", re.MULTILINE)


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _raw(path: Path, limit: int = -1) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.read(limit)
    except OSError:
        return ""


def _too_big(path: Path) -> bool:
    try:
        return path.stat().st_size > MAX_MODULE_BYTES
    except OSError:
        return True


def _differ(path, what: str, english: set | list, translated: set | list, line: int | None = None) -> ContentError:
    missing = [x for x in english if x not in translated]
    extra = [x for x in translated if x not in english]
    detail = "; ".join(part for part in (f"missing: {', '.join(map(str, missing))}" if missing else "",
                                         f"not in English: {', '.join(map(str, extra))}" if extra else "") if part)
    return ContentError(path, line, f"{what} differ from the English version", detail or "use the same ones, in "
                        "the same order, as the English file", Severity.ERROR)


def module_problems(english: dict, translated: dict, language: str) -> list[ContentError]:
    found = []
    for module_id, module in english.items():
        if module_id not in translated:
            found.append(warning(module.path, None, f"the module '{module_id}' has no '{language}' version",
                                 f"patients who chose '{language}' read it in English until it is translated"))
    for module_id, module in translated.items():
        source = english.get(module_id)
        if source is None:
            found.append(warning(module.path, None, f"the module '{module_id}' has no English version",
                                 "write the English one too, with the same id"))
            continue
        for key in ("group", "order", "sources"):
            if getattr(module, key) != getattr(source, key):
                found.append(ContentError(module.path, None, f"'{key}' differs from the English version",
                                          f"English ({source.path.name}) has {getattr(source, key)!r}"))
        if module.anchors != source.anchors:
            found.append(_differ(module.path, "heading ids", sorted(source.anchors), sorted(module.anchors)))
        if module.placeholder_names != source.placeholder_names:
            found.append(_differ(module.path, "placeholders", sorted(source.placeholder_names),
                                 sorted(module.placeholder_names)))
        pictures, english_pictures = [src for src, _ in module.images], [src for src, _ in source.images]
        if Counter(pictures) != Counter(english_pictures):
            found.append(_differ(module.path, "pictures", english_pictures, pictures))
        if Counter(module.callouts) != Counter(source.callouts):
            found.append(_differ(module.path, "boxes (!!! kinds)", list(source.callouts), list(module.callouts)))
    return found


def quiz_problems(english: tuple, translated: tuple, language: str) -> list[ContentError]:
    if not english:
        return []
    if not translated:
        return [warning(english[0].path, None, f"the quiz has no '{language}' version",
                        f"patients who chose '{language}' take it in English until it is translated")]
    found = []
    if len(english) != len(translated):
        found.append(ContentError(translated[0].path, None, f"the quiz has {len(translated)} questions and the "
                                  f"English one {len(english)}", "translate every question, in the same order"))
    for number, (source, question) in enumerate(zip(english, translated), 1):
        def wrong(what: str, hint: str, question=question, source=source, number=number) -> ContentError:
            return ContentError(question.path, question.line, f"question {number}: {what} differs from English "
                                f"({source.path.name}, line {source.line})", hint)

        if question.module_id != source.module_id:
            found.append(wrong("'module:'", f"English has module: {source.module_id}"))
        if [c.right for c in question.choices] != [c.right for c in source.choices]:
            found.append(wrong("the choices or right answers",
                               "the same number of choices, with [x] on the same ones"))
        if (question.see_module, question.see_anchor) != (source.see_module, source.see_anchor):
            found.append(wrong("'See:'", f"English has See: {source.see_module}#{source.see_anchor}".rstrip("#")))
        texts = question.prompt + " ".join(c.text for c in question.choices) + question.explanation
        english_texts = source.prompt + " ".join(c.text for c in source.choices) + source.explanation
        if _placeholders(texts) != _placeholders(english_texts):
            found.append(wrong("the placeholders", "use the same {placeholders} as English"))
    return found


def checklist_problems(english: tuple, translated: tuple, language: str) -> list[ContentError]:
    found = []
    by_id = {c.id: c for c in translated}
    for source in english:
        checklist = by_id.get(source.id)
        if checklist is None:
            found.append(warning(source.path, None, f"the checklist '{source.id}' has no '{language}' version",
                                 f"patients who chose '{language}' print it in English until it is translated"))
            continue
        if [len(s.items) for s in checklist.sections] != [len(s.items) for s in source.sections]:
            found.append(ContentError(checklist.path, None, "the sections and boxes differ from the English version",
                                      "English has " + ", ".join(f"'{s.title}' with {len(s.items)} boxes"
                                                                 for s in source.sections)))
            continue
        for item, english_item in zip(checklist.items, source.items):
            if _placeholders(item.text) != _placeholders(english_item.text):
                found.append(_differ(checklist.path, "placeholders", sorted(_placeholders(english_item.text)),
                                     sorted(_placeholders(item.text)), item.line))
    return found


def override_warnings(content_dirs) -> list[ContentError]:
    """A clinic's own version of a built-in module in one language leaves
    patients of the other languages reading the built-in one: say so."""
    dirs = [Path(d) for d in content_dirs]
    if len(dirs) < 2:
        return []

    def ids(folder: Path, language: str) -> dict[str, Path]:
        found = {}
        for path in sorted((folder / language / "modules").glob("*.md")):
            if not inside(path, folder) or _too_big(path):  # never read: loading says why
                continue
            match = _FRONT_ID.search(_raw(path, 4096))  # the front matter only: never a whole huge file
            if match:
                found[match.group(1)] = path
        return found

    def languages(folder: Path) -> set[str]:
        return {p.parent.parent.name for p in folder.glob("*/modules/*.md")}

    built_in = dirs[0]
    found = []
    for clinic in dirs[1:]:
        all_languages = languages(built_in) | languages(clinic)
        for language in sorted(languages(clinic)):
            own, base = ids(clinic, language), ids(built_in, language)
            for module_id in sorted(set(own) & set(base)):
                for other in sorted(all_languages - {language}):
                    if module_id in ids(built_in, other) and module_id not in ids(clinic, other):
                        found.append(warning(own[module_id], None,
                                             f"the clinic's '{language}' '{module_id}' replaces the built-in one, "
                                             f"but '{other}' readers still see the built-in '{other}' version",
                                             f"add the clinic's '{other}' version in {clinic / other / 'modules'}"))
    return found
