"""Fill {section.key} placeholders; an unknown one is an error, never a blank."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ContentError

PLACEHOLDER = re.compile(r"\{([a-z_]+\.[a-z_]+)\}")


def fill(text: str, values: dict[str, str], path: Path, first_line: int) -> tuple[str, list[ContentError]]:
    errors = []

    def substitute(match: re.Match) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        line = first_line + text.count("\n", 0, match.start())
        errors.append(ContentError(path, line, f"unknown placeholder {{{name}}}",
                                   f"known placeholders: {', '.join('{' + k + '}' for k in sorted(values))}"))
        return match.group(0)

    return PLACEHOLDER.sub(substitute, text), errors
