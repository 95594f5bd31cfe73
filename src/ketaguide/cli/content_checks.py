"""The self-check's content checks: settings, every language's modules drawn in
the real window off screen, the quiz, and every checklist built as a PDF in memory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ..core.library import load_library
from ..core.loading import content_dirs, load
from ..core.settings import find_config, load_settings, settings_warnings
from ..gui import speech_engine
from ..gui.main_window import MainWindow
from ..printing import PdfDocument, make_printout
from .environment_probes import languages_in
from .report import FAIL, INFO, OK, WARN, Report, plural

SAMPLE_APPOINTMENT = datetime(2030, 1, 15, 9, 30)  # any date: only the layout is checked


def check_content(report: Report, config: Path | None, content: Path | None, language: str | None) -> None:
    settings_path = find_config(config)
    settings, settings_problems = load_settings(settings_path)
    settings_problems = list(settings_problems) + list(settings_warnings(settings))
    where = str(settings_path) if settings_path else "built-in defaults"
    errors = [p for p in settings_problems if p.is_error]
    if errors:
        report.add(FAIL, f"settings from {where}: {len(errors)} problem{'s' * (len(errors) != 1)} "
                         "(defaults are used for these)", errors)
    else:
        report.add(OK, f"settings from {where}")
    notes = [p for p in settings_problems if not p.is_error]
    if notes:
        report.add(WARN, f"settings: {len(notes)} warning{'s' * (len(notes) != 1)}", notes)
    dirs = content_dirs(settings, content)
    for folder in dirs[1:]:
        if not Path(folder).is_dir():
            report.add(FAIL, f"the clinic's content folder does not exist: {folder}",
                       ["check [content] dir in the settings, or --content"])
    main = language or settings.content.language
    languages = languages_in(dirs)
    for code in [main] + [c for c in languages if c != main]:
        if code == main:
            library = load(config, content, code, rendered=True)  # what the app loads, checked as drawn
            problems = [p for p in library.problems if p not in settings_problems]
        else:
            have = [d for d in dirs if (Path(d) / code / "modules").is_dir()]
            library = load_library(have, settings, code, rendered=True)
            problems = list(library.problems)
        _check_language(report, library, problems)


def _check_language(report: Report, library, problems) -> None:
    code = library.language
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    stand_ins = sum(1 for m in library.modules if m.fallback_note)
    in_english = f" ({stand_ins} in English until translated)" if stand_ins else ""
    summary = (f"content '{code}': {plural(len(library.modules), 'module')}{in_english}, "
               f"{plural(len(library.quiz), 'quiz question')}, {plural(len(library.checklists), 'checklist')}")
    if errors:
        report.add(FAIL, f"{summary}; {len(errors)} error{'s' * (len(errors) != 1)} in content files "
                         "(those parts are left out of the app)", errors)
    else:
        report.add(OK, summary)
    if warnings:
        report.add(WARN, f"content '{code}': {len(warnings)} warning{'s' * (len(warnings) != 1)} "
                         f"(ketaguide check --lang {code} lists them)")
    if not library.modules:
        return
    _render_modules(report, library)
    _check_quiz(report, library)
    _build_checklists(report, library)


def _render_modules(report: Report, library) -> None:
    """Every module and the quiz, in the real window, drawn off screen."""
    speech_engine.without_speech()  # checked on its own (speech_probe.check_speech); pages need no engine to draw
    window = MainWindow(library)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1280, 860)
    window.show()
    QApplication.processEvents()
    failed = []
    try:
        for module in library.modules:
            window.open_module(module.id)
            text = window.reader.browser.toPlainText()
            image = window.grab()
            if window.pages.currentWidget() is not window.reader or module.title not in text:
                failed.append(f"{module.path}: the module did not show")
            elif image.isNull():
                failed.append(f"{module.path}: the module could not be drawn")
        if library.quiz:
            window.start_quiz()
            if window.pages.currentWidget() is not window.quiz or window.grab().isNull():
                failed.append("the quiz page did not show")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    if failed:
        report.add(FAIL, f"content '{library.language}': {len(failed)} page{'s' * (len(failed) != 1)} "
                         "could not be shown", failed)
    else:
        count = len(library.modules)
        what = (f"all {count} modules" if count > 1 else "the module") + (" and the quiz" if library.quiz else "")
        report.add(OK, f"content '{library.language}': {what} render" + ("s" if count == 1 and not library.quiz
                                                                          else ""))


def _check_quiz(report: Report, library) -> None:
    quiz = [Path(d) / library.language / "quiz.md" for d in library.content_dirs]
    files = [p for p in quiz if p.is_file()]
    if not files and library.quiz:
        report.add(INFO, f"content '{library.language}': no quiz file (the English quiz is offered)")
    elif not files:
        report.add(INFO, f"content '{library.language}': no quiz file (the quiz is not offered)")
    elif not library.quiz:
        report.add(FAIL, f"content '{library.language}': {files[-1]} has no usable question",
                   ["see the errors above, or run ketaguide check"])
    else:
        orphans = sorted({q.module_id for q in library.quiz} - {m.id for m in library.modules})
        if orphans:
            report.add(WARN, f"quiz questions for modules that are not loaded: {', '.join(orphans)}")
        else:
            report.add(OK, f"content '{library.language}': quiz parsed ({len(library.quiz)} questions, "
                           f"{len({q.module_id for q in library.quiz})} modules checked)")


def _build_checklists(report: Report, library) -> None:
    if not library.checklists:
        report.add(INFO, f"content '{library.language}': no checklists")
        return
    built, failed = [], []
    for checklist in library.checklists:
        for appointment in (SAMPLE_APPOINTMENT, None):  # with times, and with write-in lines
            printout = make_printout(checklist, library.settings, appointment, "", library.language)
            document = PdfDocument(printout.title)
            pages = document.add(printout)
            data = document.finish()
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:] or pages < 1:
                failed.append(f"{checklist.path}: the PDF came out empty or cut short")
            elif appointment is not None:
                built.append(f"{checklist.id} ({pages} page{'s' * (pages != 1)}, {len(data) // 1024} KiB)")
    if failed:
        report.add(FAIL, f"content '{library.language}': checklist PDFs could not be built", failed)
    else:
        report.add(OK, f"content '{library.language}': checklist PDFs build: {', '.join(built)}")
