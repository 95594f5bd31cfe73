"""Load every content file into one immutable Library, collecting all problems."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

from .. import resources
from . import confinement, parity, wording
from . import links as link_rules
from .checklist import Checklist, load_checklists
from .errors import ContentError, Severity, warning
from .limits import MAX_MODULES
from .modules import GROUPS, Module, load_module
from .quiz import Question, load_quiz
from .settings import Settings

FALLBACK_LANGUAGE = "en"  # the language every module is written in first
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
        """Languages with modules in any content folder, and the one shown, for
        the language switch (home and the kiosk's welcome screen)."""
        found = {p.parent.parent.name for d in self.content_dirs for p in Path(d).glob("*/modules/*.md")}
        return sorted(found | {self.language})

    def image_path(self, src: str) -> Path | None:
        """Where a picture named in content lives: a clinic's own assets/
        folder first (beside its modules), then the built-in assets; None
        when it is not a file inside one of them."""
        return find_image(src, self.content_dirs)

    @cached_property
    def _by_id(self) -> dict[str, Module]:
        return {module.id: module for module in self.modules}

    def page_problems(self, module: Module, readability: bool = False, pictures: dict | None = None
                      ) -> list[ContentError]:
        """What reading the module's page finds: raw HTML, refused links and
        nesting (from the parse), broken links, missing boxes and sections,
        pictures. Reads the page (and those of the modules it links to)."""
        found = _from_findings(module.page.findings, module.path, module.body_line)
        found += _check_links(module, self._by_id)
        found += _check_structure(module, readability)
        found += _check_images(module, self.content_dirs, {} if pictures is None else pictures)
        return found

    def quiz_page_problems(self, sections: bool = True) -> list[ContentError]:
        """What reading each explanation finds (raw HTML, refused links), and
        'See:' lines naming a section the module does not have (`sections`).
        Loading checks neither: the window asks after its first frame."""
        from .render import read_page  # lazy: start-up (Python-Markdown loads after the first frame)

        found = []
        for question in self.quiz:
            found += _from_findings(read_page(question.explanation).findings, question.path,
                                    question.explanation_line)
            target = self._by_id.get(question.see_module)
            if not sections or target is None or not question.see_anchor:
                continue
            if question.see_anchor not in target.anchors:
                found.append(ContentError(question.path, question.see_line,
                                          f"'See: {question.see_module}#{question.see_anchor}' links to a section "
                                          "that does not exist",
                                          f"sections in '{target.id}': {', '.join(sorted(target.anchors))}"))
        return found

    def questions_for(self, module_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.quiz if q.module_id == module_id)

    def groups(self) -> list[tuple[str, tuple[Module, ...]]]:
        """Modules by group, in reading order, for the home screen."""
        words = wording.table(self.language)
        return [(words.get(f"group_{key}", label), tuple(m for m in self.modules if m.group == key))
                for key, label in GROUPS.items() if any(m.group == key for m in self.modules)]


def load_library(content_dirs: list[Path], settings: Settings, language: str = "en",
                 today: date | None = None, readability: bool = False, rendered: bool = False) -> Library:
    """Later folders override earlier ones: a clinic module with the same id
    replaces the built-in one, a new id is added.

    Loading reads each module's front matter and checks its limits; it
    parses no page (Python-Markdown costs about 3 ms a page). `rendered`
    (ketaguide check, --self-check) also reads every page as Python-Markdown
    draws it and checks what the patient would see: links, sections, boxes,
    pictures, raw HTML. The app does that after its first frame
    (`Library.page_problems`)."""
    today = today or date.today()
    placeholders = settings.placeholders(language)
    problems: list[ContentError] = []
    translated = language != FALLBACK_LANGUAGE
    by_id = _load_modules(content_dirs, language, placeholders, today, problems, missing_is_error=not translated)
    english: dict[str, Module] = {}
    own = dict(by_id)  # the translated modules, before English fills the gaps
    if translated:
        # A topic not yet translated is shown in English with a short note in
        # the patient's language: the app is never empty, nothing is left out.
        english = _load_modules(content_dirs, FALLBACK_LANGUAGE, settings.placeholders(FALLBACK_LANGUAGE), today,
                                [], missing_is_error=False)
        note = wording.words(language, "fallback_note")
        for module_id, module in english.items():
            if module_id not in by_id:
                by_id[module_id] = _with_note(module, note)
        by_id = {k: (m if m.fallback_note else replace(m, language=language)) for k, m in by_id.items()}
    if not by_id:
        problems.append(ContentError(Path(content_dirs[0]) / language / "modules" if content_dirs else "content",
                                     None, "no module could be loaded", "fix the errors above"))
    modules = tuple(sorted(by_id.values(), key=lambda m: (list(GROUPS).index(m.group), m.order, m.title)))
    library = Library(settings, language, modules, (), (), tuple(Path(d) for d in content_dirs))
    if rendered:
        pictures: dict = {}
        for module in modules:
            problems.extend(library.page_problems(module, readability, pictures))
    quiz = _load_quiz(content_dirs, language, placeholders, by_id, problems, with_anchors=rendered)
    english_quiz: tuple[Question, ...] = ()
    if translated and (rendered or not quiz):  # the English quiz until the translation exists
        english_quiz = _load_quiz(content_dirs, FALLBACK_LANGUAGE, settings.placeholders(FALLBACK_LANGUAGE),
                                  by_id, [], with_anchors=False)
    if rendered and translated:  # ketaguide check: the two languages must stay in step
        problems.extend(parity.module_problems(english, own, language))
        problems.extend(parity.quiz_problems(english_quiz, quiz, language))
    quiz = quiz or english_quiz
    if rendered:  # sections are checked above, with the quiz
        problems.extend(replace(library, quiz=quiz).quiz_page_problems(sections=False))
    checklists, checklist_problems = load_checklists(content_dirs, language, settings, today)
    problems.extend(checklist_problems)
    if translated:
        english_checklists, _ = load_checklists(content_dirs, FALLBACK_LANGUAGE, settings, today)
        if rendered:
            problems.extend(parity.checklist_problems(english_checklists, checklists, language))
        have = {c.id for c in checklists}
        checklists += tuple(c for c in english_checklists if c.id not in have)
    if rendered:
        problems.extend(parity.override_warnings(content_dirs))
    return replace(library, quiz=quiz, problems=tuple(problems), checklists=checklists)


def _with_note(module: Module, note: str) -> Module:
    """The English module with the note in a box on top. The box's two lines
    are counted before the file's first line, so problems keep their lines."""
    box = f'!!! note ""\n    {note}\n\n'
    return replace(module, source=box + module.source, body_line=module.body_line - box.count("\n"),
                   fallback_note=note)


def _load_modules(content_dirs, language: str, placeholders: dict[str, str], today: date,
                  problems: list[ContentError], missing_is_error: bool) -> dict[str, Module]:
    """Every module of one language, later folders replacing earlier ones by id."""
    by_id: dict[str, Module] = {}
    loaded = 0
    for content_dir in content_dirs:
        module_dir = Path(content_dir) / language / "modules"
        if not module_dir.is_dir():
            if missing_is_error:
                problems.append(ContentError(module_dir, None, "the modules folder is missing",
                                             f"expected Markdown files in {module_dir}"))
            continue
        seen_here: dict[str, Path] = {}
        for path in sorted(module_dir.glob("*.md")):
            if not confinement.inside(path, content_dir):
                problems.append(_outside(path, content_dir))
                continue
            if loaded >= MAX_MODULES:
                problems.append(ContentError(path, None, f"more than {MAX_MODULES:,} modules: this one and the "
                                             "ones after it are left out", "remove modules nobody reads"))
                break
            module, errors = load_module(path, placeholders, today)
            loaded += 1
            problems.extend(errors)
            if module is None:
                continue
            if module.id in seen_here:
                problems.append(ContentError(path, module.id_line, f"duplicate id '{module.id}'",
                                             f"{seen_here[module.id]} already uses it; give each module its own id"))
                continue
            seen_here[module.id] = path
            by_id[module.id] = module
    return by_id


def _from_findings(findings, path: Path, first_line: int) -> list[ContentError]:
    """A page's findings as problems of the file whose `first_line` the page starts on."""
    return [ContentError(path, first_line - 1 + f.line, f.message, f.hint,
                         Severity.WARNING if f.warning else Severity.ERROR) for f in findings]


def _outside(path: Path, root) -> ContentError:
    return ContentError(path, None, f"the file is a link to {os.path.realpath(path)}, outside the content folder "
                        f"{root}", "copy the file into the content folder instead of linking to it; it is left out")


def _load_quiz(content_dirs, language, placeholders, by_id, problems, with_anchors: bool) -> tuple[Question, ...]:
    """The last folder that has a quiz wins: a clinic's quiz replaces the built-in one.
    Sections named by 'See:' are checked only with the pages read (`with_anchors`)."""
    anchors = {module_id: (module.anchors if with_anchors else None) for module_id, module in by_id.items()}
    for content_dir in reversed(content_dirs):
        path = Path(content_dir) / language / "quiz.md"
        if path.exists():
            if not confinement.inside(path, content_dir):
                problems.append(_outside(path, content_dir))
                return ()
            questions, errors = load_quiz(path, placeholders, anchors)
            problems.extend(errors)
            return questions
    return ()


def _check_links(module: Module, by_id: dict[str, Module]) -> list[ContentError]:
    found = []
    page = module.page
    for href, line in zip(page.outline.links, page.link_lines):
        if link_rules.kind_of(href) != link_rules.MODULE:
            continue
        line = module.body_line - 1 + line
        target_id, _, anchor = href.partition("#")
        target = by_id.get(target_id) if target_id else module
        if target is None:
            found.append(ContentError(module.path, line,
                                      f"link to a module that does not exist: '{href}'",
                                      f"known module ids: {', '.join(sorted(by_id))}"))
        elif anchor and anchor not in target.anchors:
            found.append(ContentError(module.path, line,
                                      f"link to a section that does not exist: '{href}'",
                                      f"sections in '{target.id}': {', '.join(sorted(target.anchors))}"))
    return found


TIMELINE_SRC = link_rules.TIMELINE_SRC


def find_image(src: str, content_dirs) -> Path | None:
    """The picture file `src` names: in a clinic's own assets/ folder (beside
    its language folders) first, then the built-in assets. Only a plain
    relative name that stays inside one of those folders, links followed,
    is ever found; None otherwise."""
    for folder in _asset_folders(content_dirs):
        found = confinement.confined_file(folder, src)
        if found is not None:
            return found
    return None


def _asset_folders(content_dirs) -> list[Path]:
    """A clinic's assets/ folders (only where the folder itself is inside its
    content folder: not a link out of it), then the built-in assets."""
    clinics = [Path(folder) / "assets" for folder in reversed(list(content_dirs)[1:])]
    return [f for f in clinics if confinement.inside(f, f.parent)] + [resources.assets_dir()]


def _check_images(module: Module, content_dirs, known: dict) -> list[ContentError]:
    """Pictures are part of the content contract: each must exist, be a
    picture the app can draw, and have alt text for screen readers.
    `known` keeps each picture's verdict for the rest of the load: many
    modules may show the same picture, and parsing it once is enough."""
    found = []
    page = module.page
    for (src, alt), line in zip(page.outline.images, page.image_lines):
        problems = []
        if not alt.strip():
            problems.append((f"the picture '{src}' has no alt text",
                             "describe it inside the brackets: ![what the picture shows](...)"))
        if src not in known:
            known[src] = _picture_problem(src, content_dirs)
        if known[src]:
            problems.append(known[src])
        found.extend(ContentError(module.path, module.body_line - 1 + line, message, hint)
                     for message, hint in problems)
    return found


def _picture_problem(src: str, content_dirs) -> tuple[str, str] | None:
    from .pictures import svg_problem  # lazy: start-up (defusedxml, only when pictures are checked)

    if src == TIMELINE_SRC:
        return None
    if not confinement.plain_relative(src):
        return (f"the picture '{src}' is not a file in assets/",
                "name a file in the content's assets folder, like illustrations/arrival.svg: "
                "never a web address, a full path or '..'")
    path = find_image(src, content_dirs)
    if path is None:
        linked = [folder for folder in _asset_folders(content_dirs) if os.path.lexists(folder / src)]
        if linked:
            return (f"the picture '{src}' is a link to a file outside the assets folder",
                    f"copy the picture into {linked[0]} instead of linking to it")
        return (f"the picture '{src}' does not exist",
                f"expected it in {' or '.join(map(str, _asset_folders(content_dirs)))}")
    problem = svg_problem(path) if path.suffix.lower() == ".svg" else \
        f"is a '{path.suffix}' file; pictures are SVG drawings"
    return (f"the picture '{src}' {problem}", "open it in an SVG editor and save it again") if problem else None


def _check_structure(module: Module, readability: bool = False) -> list[ContentError]:
    """Every module must tell people when to call, and sum up its key points."""
    found = []
    for kind, what in REQUIRED_CALLOUTS.items():
        if kind not in module.callouts:
            found.append(ContentError(module.path, None, f"the module has no {kind} box", f"add {what}"))
    if not any(h.anchor == "key-points" for h in module.headings):
        found.append(ContentError(module.path, None, "the module has no '## Key points' section",
                                  "end with a short bulleted summary under '## Key points'"))
    if not module.starts_bold and not module.fallback_note:  # the note's box comes first
        found.append(warning(module.path, None, "the module does not start with its main message in bold",
                             "put the main message first, as a short **bold** paragraph"))
    for problem in (module.readability.problems() if readability else ()):  # only `check` shows them
        found.append(warning(module.path, None, f"hard to read: {problem}",
                             "use shorter sentences and shorter words"))
    return found

