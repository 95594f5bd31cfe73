"""Problems found in content or settings, as values that carry their place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class ContentError:
    """One problem with a file, at a line, with a hint on how to fix it.

    Loading collects these instead of raising, so one run reports everything
    and the app keeps whatever is valid.
    """

    path: Path | str
    line: int | None
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def describe(self, shown_path: str | None = None) -> str:
        """`path:line: message (hint)`; `shown_path` replaces the path (check
        prints paths relative to where staff run it)."""
        path = self.path if shown_path is None else shown_path
        where = f"{path}:{self.line}" if self.line else f"{path}"
        kind = "" if self.is_error else "warning: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {kind}{self.message}{hint}"

    def __str__(self) -> str:
        return self.describe()


def warning(path, line, message, hint="") -> ContentError:
    return ContentError(path, line, message, hint, Severity.WARNING)
