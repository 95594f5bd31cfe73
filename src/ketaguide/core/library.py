"""Load every content file into one immutable Library, collecting all problems."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .checklist import Checklist, load_checklists
from .errors import ContentError, warning
from .modules import GROUPS, Module, load_module
from .outline import unseparated_lists
from .quiz import Question, load_quiz
from .settings import Settings

_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
REQUIRED_CALLOUTS = {"call-clinic": "a '!!! call-clinic' box saying when to call the clinic",
                     "emergency": "a '!!! emergency' box saying when to call emergency services"}


@dataclass(frozen=True)
class Library:
    settings: Settings
    language: str
    modules: tuple[Module, ...] = ()
    quiz: tuple[Question, ...] = ()
    problems: tuple[ContentError, ...] = ()
    content_dirs: tuple[Path, ...] = field(default=())
    checklists: tuple[Checklist, ...] = ()

    @property
    def errors(self) -> tuple[ContentError, ...]:
        return tuple(p for p in self.problems if p.is_error)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def checklist(self, checklist_id: str) -> Checklist | None:
        return next((c for c in self.checklists if c.id == checklist_id), None)

    @property
    def languages(self) -> list[str]:
        """Languages with modules in any content folder, for the kiosk's choice."""
        found = {p.parent.parent.name for d in self.content_dirs for p in Path(d).glob("*/modules/*.md")}
        return sorted(found)

    def image_path(self, src: str) -> Path:
        """Where a picture named in content lives: a clinic's own assets/
        folder first (beside its modules), then the built-in assets."""
        return find_image(src, self.content_dirs)

    def questions_for(self, module_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.quiz if q.module_id == module_id)

    def groups(self) -> list[tuple[str, tuple[Module, ...]]]:
        """Modules by group, in reading order, for the home screen."""
        return [(label, tuple(m for m in self.modules if m.group == key))
                for key, label in GROUPS.items() if any(m.group == key for m in self.modules)]


def load_library(content_dirs: list[Path], settings: Settings, language: str = "en",
                 today: date | None = None, readability: bool = False, rendered: bool = False) -> Library:
    """Later folders override earlier ones: a clinic module with the same id
    replaces the built-in one, a new id is added.

    The app checks modules from their Markdown source, without drawing them
    (core/outline.py). `rendered` (ketaguide check, --self-check) checks the
    pages as drawn, and reports where the two readings of a page disagree."""
    today = today or date.today()
    placeholders = settings.placeholders()
    problems: list[ContentError] = []
    by_id: dict[str, Module] = {}
    for content_dir in content_dirs:
        module_dir = Path(content_dir) / language / "modules"
        if not module_dir.is_dir():
            problems.append(ContentError(module_dir, None, "the modules folder is missing",
                                         f"expected Markdown files in {module_dir}"))
            continue
        seen_here: dict[str, Path] = {}
        for path in sorted(module_dir.glob("*.md")):
            module, errors = load_module(path, placeholders, today)
            problems.extend(errors)
            if module is None:
                continue
            if module.id in seen_here:
                problems.append(ContentError(path, _line_containing(path, "id:", at_start=True), f"duplicate id '{module.id}'",
                                             f"{seen_here[module.id]} already uses it; give each module its own id"))
                continue
            seen_here[module.id] = path
            by_id[module.id] = module
    if not by_id:
        problems.append(ContentError(Path(content_dirs[0]) / language / "modules" if content_dirs else "content",
                                     None, "no module could be loaded", "fix the errors above"))
    if rendered:
        by_id = {module_id: _as_drawn(module, problems) for module_id, module in by_id.items()}
    modules = tuple(sorted(by_id.values(), key=lambda m: (list(GROUPS).index(m.group), m.order, m.title)))
    pictures: dict = {}
    for module in modules:
        problems.extend(_check_links(module, by_id))
        problems.extend(_check_structure(module, readability))
        problems.extend(_check_images(module, content_dirs, pictures))
    quiz = _load_quiz(content_dirs, language, placeholders, by_id, problems)
    checklists, checklist_problems = load_checklists(content_dirs, language, settings, today)
    problems.extend(checklist_problems)
    return Library(settings, language, modules, quiz, tuple(problems), tuple(Path(d) for d in content_dirs),
                   checklists=checklists)


_OUTLINE_PARTS = {"headings": "sections", "links": "links", "images": "pictures", "callouts": "boxes"}


def _as_drawn(module: Module, problems: list[ContentError]) -> Module:
    """The module with what its page really shows; an error for each part
    the start-up check reads differently (the app would judge it otherwise)."""
    from .render import page_outline

    page = page_outline(module.html)
    for part, name in _OUTLINE_PARTS.items():
        seen, drawn = [_shown(part, v) for v in getattr(module, part)], [_shown(part, v) for v in getattr(page, part)]
        only_drawn = list((Counter(drawn) - Counter(seen)).elements())
        only_seen = list((Counter(seen) - Counter(drawn)).elements())
        differences = ([f"the page has {', '.join(only_drawn)}"] if only_drawn else []) + \
                      ([f"the check reads {', '.join(only_seen)}"] if only_seen else [])
        if not differences and part == "headings" and seen != drawn:
            differences = ["in another order"]
        if differences:
            # An error, not a warning: the app checks from the quick reading at start,
            # so it would report (or miss) problems that check does not.
            problems.append(ContentError(
                module.path, None, f"its {name} on the page differ from what the start-up check reads: "
                                   + "; ".join(differences),
                "write this part in plain Markdown (docs/content-format.md), so the app can check it when it starts"))
    drawn = replace(module, headings=page.headings, links=page.links, images=page.images, callouts=page.callouts,
                    starts_bold=page.starts_bold)
    drawn.__dict__["html"] = module.html  # rendered once
    return drawn


def _shown(part: str, value) -> str:
    if part == "headings":
        return f"'{value.text}' (#{value.anchor})"
    return f"'{value[0] if part == 'images' else value}'"


def _load_quiz(content_dirs, language, placeholders, by_id, problems) -> tuple[Question, ...]:
    """The last folder that has a quiz wins: a clinic's quiz replaces the built-in one."""
    anchors = {module_id: module.anchors for module_id, module in by_id.items()}
    for content_dir in reversed(content_dirs):
        path = Path(content_dir) / language / "quiz.md"
        if path.exists():
            questions, errors = load_quiz(path, placeholders, anchors)
            problems.extend(errors)
            return questions
    return ()


def _check_links(module: Module, by_id: dict[str, Module]) -> list[ContentError]:
    found = []
    for href in module.links:
        if _EXTERNAL.match(href):
            continue
        target_id, _, anchor = href.partition("#")
        target = by_id.get(target_id) if target_id else module
        if target is None:
            found.append(ContentError(module.path, _line_containing(module.path, f"]({href}"),
                                      f"link to a module that does not exist: '{href}'",
                                      f"known module ids: {', '.join(sorted(by_id))}"))
        elif anchor and anchor not in target.anchors:
            found.append(ContentError(module.path, _line_containing(module.path, f"]({href}"),
                                      f"link to a section that does not exist: '{href}'",
                                      f"sections in '{target.id}': {', '.join(sorted(target.anchors))}"))
    return found


TIMELINE_SRC = "timeline:day"


def find_image(src: str, content_dirs) -> Path:
    from .. import resources

    for folder in reversed(list(content_dirs)[1:]):
        candidate = Path(folder) / "assets" / src
        if candidate.is_file():
            return candidate
    return resources.assets_dir() / src


def _check_images(module: Module, content_dirs, known: dict) -> list[ContentError]:
    """Pictures are part of the content contract: each must exist, be a
    picture the app can draw, and have alt text for screen readers.
    `known` keeps each picture's verdict for the rest of the load: many
    modules may show the same picture, and parsing it once is enough."""
    found = []
    for src, alt in module.images:
        problems = []
        if not alt.strip():
            problems.append((f"the picture '{src}' has no alt text",
                             "describe it inside the brackets: ![what the picture shows](...)"))
        if src not in known:
            known[src] = _picture_problem(src, content_dirs)
        if known[src]:
            problems.append(known[src])
        if problems:
            line = _line_containing(module.path, f"]({src}")
            found.extend(ContentError(module.path, line, message, hint) for message, hint in problems)
    return found


def _picture_problem(src: str, content_dirs) -> tuple[str, str] | None:
    if src == TIMELINE_SRC:
        return None
    if _EXTERNAL.match(src) or src.startswith("/"):
        return (f"the picture '{src}' is not a file in assets/",
                "pictures come from the assets folder, never from the web")
    path = find_image(src, content_dirs)
    if not path.is_file():
        return f"the picture '{src}' does not exist", f"expected it at {path}"
    if path.suffix.lower() == ".svg" and not _svg_parses(path):
        return f"the picture '{src}' is not a valid SVG file", "open it in an SVG editor and save it again"
    return None


def _svg_parses(path: Path) -> bool:
    import xml.etree.ElementTree as ET

    try:
        return ET.parse(path).getroot().tag.endswith("svg")
    except (ET.ParseError, OSError):
        return False


def _check_structure(module: Module, readability: bool = False) -> list[ContentError]:
    """Every module must tell people when to call, and sum up its key points."""
    found = []
    for kind, what in REQUIRED_CALLOUTS.items():
        if kind not in module.callouts:
            found.append(ContentError(module.path, None, f"the module has no {kind} box", f"add {what}"))
    if not any(h.anchor == "key-points" for h in module.headings):
        found.append(ContentError(module.path, None, "the module has no '## Key points' section",
                                  "end with a short bulleted summary under '## Key points'"))
    if not module.starts_bold:
        found.append(warning(module.path, None, "the module does not start with its main message in bold",
                             "put the main message first, as a short **bold** paragraph"))
    found.extend(_check_lists(module))
    for problem in (module.readability.problems() if readability else ()):  # only `check` shows them
        found.append(warning(module.path, None, f"hard to read: {problem}",
                             "use shorter sentences and shorter words"))
    return found


def _check_lists(module: Module) -> list[ContentError]:
    return [warning(module.path, module.body_line + index,
                    "this list follows a line of text with no blank line between, so it shows as plain text "
                    "with dashes", "leave an empty line before the list")
            for index in unseparated_lists(module.source)]


def _line_containing(path: Path, needle: str, at_start: bool = False) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(needle) if at_start else needle in line:
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return None
