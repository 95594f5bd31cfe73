"""The self-check's report: one line per check (ok, info, warn, FAIL), then a summary."""

from __future__ import annotations

from dataclasses import dataclass, field

OK, INFO, WARN, FAIL = "ok", "info", "warn", "FAIL"
MAX_LISTED = 12  # problems listed per check before "… and N more"


@dataclass
class Line:
    status: str
    what: str
    details: list[str] = field(default_factory=list)


@dataclass
class Report:
    lines: list[Line] = field(default_factory=list)

    def add(self, status: str, what: str, details=()) -> Line:
        details = [str(d) for d in details]
        if len(details) > MAX_LISTED:
            details = details[:MAX_LISTED] + [f"… and {len(details) - MAX_LISTED} more"]
        line = Line(status, what, details)
        self.lines.append(line)
        return line

    @property
    def failures(self) -> list[Line]:
        return [line for line in self.lines if line.status == FAIL]

    @property
    def warnings(self) -> list[Line]:
        return [line for line in self.lines if line.status == WARN]

    def text(self, heading: str) -> str:
        out = [heading]
        for line in self.lines:
            out.append(f"  {line.status:<4}  {line.what}")
            out.extend(f"        {detail}" for detail in line.details)
        failures, warnings = len(self.failures), len(self.warnings)
        if failures:
            out.append(f"Self-check FAILED: {failures} problem{'s' * (failures != 1)} "
                       f"(the lines marked FAIL say what is wrong), {warnings} warning{'s' * (warnings != 1)}.")
        else:
            out.append(f"Self-check passed: {len(self.lines)} checks, {warnings} warning{'s' * (warnings != 1)}.")
        return "\n".join(out)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' * (count != 1)}"
