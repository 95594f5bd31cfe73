"""From command-line options to a Library: settings, then the content folders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .. import resources
from .errors import ContentError
from .library import Library, load_library
from .settings import LANGUAGE, content_folder_problem, find_config, load_settings, settings_warnings


def load(config: Path | None = None, content: Path | None = None, language: str | None = None,
         kiosk: bool = False, readability: bool = False, rendered: bool = False) -> Library:
    """Everything the app and the CLI need, with every problem collected.
    `readability` and `rendered` are the editor's thorough checks (ketaguide check)."""
    settings_path = find_config(config, kiosk)
    settings, settings_problems = load_settings(settings_path)
    option_problems = []
    if language is not None and not LANGUAGE.match(language):
        option_problems.append(ContentError("--lang", None, f"'{language[:40]}' is not a language code",
                                            f"use one like en or pt-BR; showing '{settings.content.language}'"))
        language = None
    if content is not None and (problem := content_folder_problem(content)) and "does not exist" not in problem:
        option_problems.append(ContentError("--content", None, problem, "only the built-in content is used"))
        content = None
    dirs = content_dirs(settings, content)
    library = load_library(dirs, settings, language or settings.content.language, readability=readability,
                           rendered=rendered)
    problems = tuple(option_problems) + tuple(settings_problems) + tuple(settings_warnings(settings)) + library.problems
    return replace(library, problems=problems)


def content_dirs(settings, content: Path | None = None) -> list[Path]:
    """The built-in content, then the clinic's own folder (--content, else [content] dir)."""
    dirs = [resources.content_dir()]
    clinic_dir = content or settings.file_path(settings.content.dir)
    if clinic_dir is not None:
        dirs.append(clinic_dir)
    return dirs
