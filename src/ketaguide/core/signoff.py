"""Who vouches for the text a patient reads, and whether a clinic's own
clinician has approved the version it now ships.

Every module names the role that reviewed it and the date (front matter
`reviewed_by`, `last_reviewed`). A clinic records its clinician's approval
under [approval] in its settings. The content's version is the newest
`last_reviewed` date of the modules and checklists in use, so any reviewed
change moves it, and an approval older than that no longer covers the
changed parts: they go back to showing their front-matter role.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from .errors import ContentError, warning
from .library import Library
from .settings import Approval


@dataclass(frozen=True)
class SignOff:
    who: str
    on: date


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _covers(approval: Approval, reviewed: date) -> bool:
    """A complete, well-formed approval of a version at least as new as this text."""
    version, day = _day(approval.content_version), _day(approval.date)
    return bool(approval.clinician and approval.credentials and version and day
                and reviewed <= version <= day)


def sign_off(reviewed_by: str, last_reviewed: date, approval: Approval) -> SignOff:
    """The clinic's own clinician when their approval covers this text;
    otherwise the role named in the text's front matter."""
    if _covers(approval, last_reviewed):
        return SignOff(f"{approval.clinician.strip()}, {approval.credentials.strip()}", _day(approval.date))
    return SignOff(reviewed_by, last_reviewed)


def reviewed_by_and_on(reviewed_by: str, last_reviewed: date, approval: Approval, format_date) -> tuple[str, str]:
    """("who", "date in words") for the reader's "Reviewed by {0} on {1}"."""
    signed = sign_off(reviewed_by, last_reviewed, approval)
    return signed.who, format_date(signed.on)


def content_version(library: Library) -> date | None:
    """The newest review date of the content in use: it changes whenever
    reviewed text changes, which is what a clinician's approval is of."""
    days = [m.last_reviewed for m in library.modules] + [c.last_reviewed for c in library.checklists]
    return max(days, default=None)


def approval_warnings(library: Library) -> list[ContentError]:
    """What `ketaguide check` says about the clinic's approval: missing,
    incomplete, or older than the content it approves."""
    settings = library.settings
    version = content_version(library)
    if version is None:
        return []
    where = settings.path or "settings"
    approval = settings.approval
    to_add = (f'add [approval] with clinician, credentials, date and content_version = "{version.isoformat()}" '
              "after a clinician at your clinic has read the topics and the checklist")
    if "approval" not in settings.configured_sections:
        return [warning(where, None, "no clinician at your clinic has approved this content yet; patients see "
                        "only the reviewer named in each topic", to_add)]
    line = settings.line_of("approval")
    date_line, version_line = settings.line_of("approval", "date"), settings.line_of("approval", "content_version")
    missing = [f.name for f in fields(Approval) if not getattr(approval, f.name).strip()]
    if missing:
        return [warning(where, line, f"[approval] is missing {', '.join(missing)}", to_add)]
    found = []
    approved_on, approved_version = _day(approval.date), _day(approval.content_version)
    if approved_on is None:
        found.append(warning(where, date_line, f"[approval] date '{approval.date}' is not a real "
                             "date", "write it as YYYY-MM-DD, for example 2026-12-10"))
    elif approved_on > date.today():
        found.append(warning(where, date_line, f"[approval] date {approved_on.isoformat()} is in "
                             "the future", "use the day the clinician approved the content"))
    if approved_version is None:
        found.append(warning(where, version_line, f"[approval] content_version "
                             f"'{approval.content_version}' is not a content version",
                             f"the content in use is version {version.isoformat()}"))
    elif approved_version < version:
        changed = [m.id for m in library.modules if m.last_reviewed > approved_version]
        changed += [f"checklist {c.id}" for c in library.checklists if c.last_reviewed > approved_version]
        found.append(warning(where, version_line,
                             f"the clinic's approval covers content version {approved_version.isoformat()}, but the "
                             f"content is now version {version.isoformat()}; changed since: {', '.join(changed)}",
                             "have a clinician read the changed parts, then update date and content_version; until "
                             "then those parts show only the reviewer named in them"))
    elif approved_version > version:
        found.append(warning(where, version_line, f"[approval] content_version "
                             f"{approved_version.isoformat()} is newer than the content in use "
                             f"({version.isoformat()})", "copy the version that `ketaguide check` prints"))
    if approved_on and approved_version and approved_on < approved_version:
        found.append(warning(where, date_line, f"[approval] date {approved_on.isoformat()} is "
                             f"before content version {approved_version.isoformat()} existed",
                             "the clinician must approve the version they read, on or after its date"))
    return found


def with_approval_check(library: Library) -> Library:
    """The library with the approval warnings added to its problems."""
    return replace(library, problems=library.problems + tuple(approval_warnings(library)))

