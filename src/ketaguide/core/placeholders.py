"""Fill {section.key} placeholders; an unknown one is an error, never a blank."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError

PLACEHOLDER = re.compile(r"\{([a-z_]+\.[a-z_]+)\}")
# Anything else in braces that looks like a placeholder with a typo in it
# ({Clinic.phone}, { clinic.phone }, {clinic.phone2}). Markdown's own
# attribute lists ({#anchor}, {: .class}) are not placeholders.
_NEAR_MISS = re.compile(r"\{(?![#:.])([^{}\n]{1,60})\}")


def fill(text: str, values: dict[str, str], path: Path, first_line: int) -> tuple[str, list[ContentError]]:
    errors = []
    known = ", ".join("{" + k + "}" for k in sorted(values))

    def line_of(position: int) -> int:
        return first_line + text.count("\n", 0, position)

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        errors.append(ContentError(path, line_of(match.start()), f"unknown placeholder {{{name}}}",
                                   f"known placeholders: {known}"))
        return match.group(0)

    filled = PLACEHOLDER.sub(substitute, text)
    for match in _NEAR_MISS.finditer(text):
        if not PLACEHOLDER.fullmatch(match.group(0)):
            errors.append(ContentError(path, line_of(match.start()), f"'{match.group(0)}' is not a placeholder",
                                       f"placeholders are lowercase with no spaces, one of: {known}"))
    return filled, errors
