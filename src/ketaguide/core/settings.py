"""Clinic settings from ketaguide.toml, with neutral built-in defaults.

With no file at all the app still runs: placeholders read as neutral words
("your clinic"), never an invented phone number.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from . import wording
from .errors import ContentError, warning
from .limits import MAX_SETTINGS_BYTES, too_big
from .pin import HINT, PBKDF2, problem_with_hash
from .placeholders import setting_values

CONFIG_FILE_NAME = "ketaguide.toml"


@dataclass(frozen=True)
class ClinicInfo:
    name: str = ""
    phone: str = ""
    after_hours_phone: str = ""  # a line that answers when the clinic is closed
    emergency_number: str = "911"
    crisis_line: str = "988"
    logo: str = ""


@dataclass(frozen=True)
class Preparation:
    solid_food_hours: float = 6.0
    clear_liquid_hours: float = 2.0
    arrive_minutes_early: int = 15
    # None: the clinic has not set a drip time. Drips differ (about 40 minutes for
    # depression, hours for pain), so no default may stand in for the clinic's own.
    infusion_minutes: int | None = None
    recovery_minutes: int = 60


@dataclass(frozen=True)
class Kiosk:
    enabled: bool = False
    idle_seconds: int = 90
    warning_seconds: int = 20
    staff_pin_hash: str = ""
    allow_printing: bool = True


@dataclass(frozen=True)
class Printing:
    paper: str = ""  # "letter" or "a4"; empty: from the locale
    clock: str = ""  # "12h" or "24h"; empty: from the locale


@dataclass(frozen=True)
class ContentSource:
    dir: str = ""  # a clinic's own content folder, layered over the built-in one
    language: str = "en"


@dataclass(frozen=True)
class Approval:
    """[approval] in the settings file: one clinician's approval of one content version
    (core/signoff.py checks it against the content)."""

    clinician: str = ""  # "Dr Ana Lee"
    credentials: str = ""  # "MD, psychiatrist"
    date: str = ""  # the day they approved it, YYYY-MM-DD
    content_version: str = ""  # the version they read, as `ketaguide check` prints it


@dataclass(frozen=True)
class Settings:
    clinic: ClinicInfo = field(default_factory=ClinicInfo)
    preparation: Preparation = field(default_factory=Preparation)
    kiosk: Kiosk = field(default_factory=Kiosk)
    content: ContentSource = field(default_factory=ContentSource)
    printing: Printing = field(default_factory=Printing)
    approval: Approval = field(default_factory=Approval)  # a clinician at the clinic approved the content
    path: Path | None = None  # where these settings came from, if a file
    configured_sections: frozenset[str] = frozenset()  # the [sections] the file sets
    # ("approval", line), ("approval.date", line): where the file sets each section and key,
    # read with the file, so a later check names a line without reading the file again
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    @property
    def clinic_display_name(self) -> str:
        return self.clinic.name or "your clinic"

    def file_path(self, name: str) -> Path | None:
        """A path written in the settings (a logo, a content folder), taken
        relative to the settings file, as people expect; None when unset."""
        if not name:
            return None
        path = Path(name).expanduser()
        if not path.is_absolute() and self.path is not None:
            path = Path(self.path).parent / path
        return path

    def line_of(self, section: str, key: str = "") -> int | None:
        """The line of `key` in [section] (of the section's header when the key is not set there)."""
        lines = dict(self.lines)
        return lines.get(f"{section}.{key}") or lines.get(section)

    def placeholders(self, language: str = "en") -> dict[str, str]:
        """Values for {clinic.*} and {preparation.*} in content, worded in the
        content's language (core/placeholders.py writes the words)."""
        return setting_values(self.clinic, self.preparation, language)


_SECTIONS = {"clinic": ClinicInfo, "preparation": Preparation, "kiosk": Kiosk, "content": ContentSource,
             "printing": Printing, "approval": Approval}
_CHOICES = {("printing", "paper"): ("", "letter", "a4"), ("printing", "clock"): ("", "12h", "24h")}

# Sensible bounds: a value outside them is almost certainly a typo.
_RANGES = {
    ("preparation", "solid_food_hours"): (0, 24),
    ("preparation", "clear_liquid_hours"): (0, 24),
    ("preparation", "arrive_minutes_early"): (0, 180),
    ("preparation", "infusion_minutes"): (5, 24 * 60),
    ("preparation", "recovery_minutes"): (0, 12 * 60),
    ("kiosk", "idle_seconds"): (15, 3600),
    ("kiosk", "warning_seconds"): (20, 300),
}


# Text settings: the characters each may hold (every text is also at most
# MAX_TEXT characters, with no control characters). A new setting gets a line here.
MAX_TEXT = 200
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")  # en, es, pt-BR, zh_Hant
_PHONE = re.compile(r"^[0-9A-Za-z+()#*.,/ -]{1,40}$")
_TEXT_RULES = {
    ("content", "language"): (LANGUAGE, "a language code such as en or pt-BR"),
    ("clinic", "phone"): (_PHONE, "a phone number: digits, spaces and + - ( ) ."),
    ("clinic", "emergency_number"): (_PHONE, "a phone number such as 911"),
    ("clinic", "crisis_line"): (_PHONE, "a phone number such as 988"),
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Never a content folder: the whole disk, or the system's own folders.
_SYSTEM_FOLDERS = {"/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/opt", "/proc", "/root", "/run", "/sbin",
                   "/sys", "/usr", "/var", "/tmp", "/home", "/Users", "/System", "/Library", "/Applications"}
_NEVER_INSIDE = ("/proc/", "/sys/", "/dev/")


def content_folder_problem(path: Path) -> str | None:
    """Why `path` cannot be a content folder, in words; None when it can."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return f"the clinic's content folder cannot be used: {path}"
    if not os.path.isdir(real):
        return f"the clinic's content folder does not exist: {path}"
    windows_root = re.match(r"^[A-Za-z]:\\?$", real)
    windows_system = re.match(r"^[A-Za-z]:\\(Windows|Program Files( \(x86\))?)\\?$", real, re.IGNORECASE)
    if real in _SYSTEM_FOLDERS or real.startswith(_NEVER_INSIDE) or windows_root or windows_system:
        return f"the clinic's content folder is a system folder: {path} ({real})"
    return None


def default_config_paths(kiosk: bool = False) -> list[Path]:
    """Where a settings file is looked for when --config is not given: the
    user's own config folder first, then the machine-wide one IT manages.
    On a kiosk the machine-wide file comes first: the kiosk account can
    write its own folder, and must not be able to change the kiosk's rules."""
    user, machine = _user_and_machine_paths()
    return machine + user if kiosk else user + machine


def _user_and_machine_paths() -> tuple[list[Path], list[Path]]:
    home = Path.home()
    if sys.platform.startswith("win"):
        user = [Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "ketaguide" / CONFIG_FILE_NAME]
        machine = [Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "ketaguide" / CONFIG_FILE_NAME]
    elif sys.platform == "darwin":
        user = [home / "Library" / "Application Support" / "ketaguide" / CONFIG_FILE_NAME]
        machine = [Path("/Library/Application Support/ketaguide") / CONFIG_FILE_NAME]
    else:
        user = [Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "ketaguide" / CONFIG_FILE_NAME]
        dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        machine = [Path(d) / "ketaguide" / CONFIG_FILE_NAME for d in dirs.split(":") if d]
    return user, machine


def find_config(explicit: Path | None = None, kiosk: bool = False) -> Path | None:
    if explicit is not None:
        return explicit
    return next((p for p in default_config_paths(kiosk) if p.is_file()), None)


def machine_wants_kiosk() -> bool:
    """Whether the machine-wide settings turn kiosk mode on (IT's choice,
    which a user's own settings file cannot undo)."""
    machine = next((p for p in _user_and_machine_paths()[1] if p.is_file()), None)
    if machine is None:
        return False
    settings, _ = load_settings(machine)
    return settings.kiosk.enabled


def load_settings(path: Path | None) -> tuple[Settings, list[ContentError]]:
    """Read settings; every problem is reported and replaced by the default."""
    if path is None:
        return Settings(), []
    if too_big(path, MAX_SETTINGS_BYTES, "settings file"):
        return Settings(path=path), [ContentError(path, None, "the settings file is too big to be a settings file",
                                                  "the built-in defaults are used until it is fixed")]
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except FileNotFoundError:
        return Settings(), [ContentError(path, None, "settings file not found", "check the --config path")]
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        return Settings(path=path), [
            ContentError(path, line, "the file is not valid UTF-8 text", "save it as UTF-8")
        ]
    except OSError as exc:
        return Settings(), [ContentError(path, None, f"cannot read the settings file: {exc.strerror}")]
    import tomllib  # here: a computer at home usually has no settings file to read (~4 ms at start)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        message = re.sub(r"\s*\(at line.*\)$", "", str(exc))
        return Settings(path=path), [
            ContentError(path, line, f"not valid TOML: {message}", "the built-in defaults are used until it is fixed")
        ]
    return _settings_from(data, text, Path(path))


def _settings_from(data: dict, text: str, path: Path) -> tuple[Settings, list[ContentError]]:
    errors: list[ContentError] = []
    sections = {}
    lines: dict[str, int | None] = {}
    for section, values in data.items():
        cls = _SECTIONS.get(section)
        if cls is None:
            errors.append(ContentError(path, _line_of(text, f"[{section}]"), f"unknown section [{section}]",
                                       f"known sections: {', '.join('[' + s + ']' for s in _SECTIONS)}"))
            continue
        if not isinstance(values, dict):
            errors.append(ContentError(path, _line_of(text, section), f"'{section}' must be a [section]"))
            continue
        lines[section] = _line_of(text, f"[{section}]")
        sections[section] = _section_from(cls, section, values, text, path, errors, lines)
    settings = Settings(path=path, configured_sections=frozenset(sections),
                        lines=tuple((name, line) for name, line in lines.items() if line), **sections)
    settings = _kiosk_pin(settings, text, path, errors)
    folder = settings.file_path(settings.content.dir)
    if folder is not None and (problem := content_folder_problem(folder)):
        errors.append(ContentError(path, _line_of(text, "dir", after_line=_line_of(text, "[content]") or 1), problem,
                                   "set [content] dir to the folder that holds your own topics; only the built-in "
                                   "content is used until then"))
        settings = replace(settings, content=replace(settings.content, dir=""))
    if settings.kiosk.warning_seconds >= settings.kiosk.idle_seconds:
        errors.append(ContentError(path, _line_of(text, "warning_seconds"),
                                   "kiosk warning_seconds must be shorter than idle_seconds",
                                   "using the defaults 90 and 20"))
        settings = replace(settings, kiosk=replace(settings.kiosk, idle_seconds=90, warning_seconds=20))
    return settings, errors


def _kiosk_pin(settings: Settings, text: str, path: Path, errors: list) -> Settings:
    """A kiosk fails closed: without a usable staff PIN hash there is no staff
    menu at all, so a missing, damaged or weak hash is an error, reported at
    its line (or at `enabled` when the hash is missing)."""
    kiosk = settings.kiosk
    if not kiosk.staff_pin_hash and not kiosk.enabled:
        return settings
    problem = problem_with_hash(kiosk.staff_pin_hash)
    section_line = _line_of(text, "[kiosk]") or 1
    if problem is None:
        if kiosk.staff_pin_hash.startswith(PBKDF2):
            errors.append(warning(path, _line_of(text, "staff_pin_hash", after_line=section_line),
                                  "staff_pin_hash was made by an older ketaguide (PBKDF2, and perhaps a 4-digit "
                                  "PIN): it still works, but is far quicker to guess from a copied file", HINT))
        return settings
    if kiosk.staff_pin_hash:
        line = _line_of(text, "staff_pin_hash", after_line=section_line)
        hint = f"{HINT}; until then the kiosk has no staff menu"
    else:
        line = _line_of(text, "enabled", after_line=section_line)
        problem = "kiosk mode is on but [kiosk] staff_pin_hash is missing: the kiosk has no staff menu"
        hint = "run 'ketaguide hash-pin' and add the line it prints under [kiosk]"
    errors.append(ContentError(path, line, problem, hint))
    return replace(settings, kiosk=replace(kiosk, staff_pin_hash=""))


def _section_from(cls, section: str, values: dict, text: str, path: Path, errors: list, lines: dict) -> object:
    known = {f.name: f for f in fields(cls)}
    defaults = cls()
    accepted = {}
    section_line = _line_of(text, f"[{section}]") or 1
    for key, value in values.items():
        line = lines[f"{section}.{key}"] = _line_of(text, key, after_line=section_line)
        if key not in known:
            errors.append(ContentError(path, line, f"unknown setting '{key}' in [{section}]",
                                       f"known settings: {', '.join(known)}"))
            continue
        expected = _TYPES[known[key].type]
        if expected is str and type(value) is date:  # approval date = 2026-12-10, written without quotes
            value = value.isoformat()
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not expected:
            errors.append(ContentError(path, line, f"[{section}] {key} must be {_kind(expected)}, not {value!r}",
                                       f"using the default {getattr(defaults, key)!r}"))
            continue
        choices = _CHOICES.get((section, key))
        if choices and value.strip().lower() not in choices:
            errors.append(ContentError(path, line, f"[{section}] {key} = {value!r} is not one of "
                                       f"{', '.join(repr(c) for c in choices if c)}", "using the default"))
            continue
        if choices:
            value = value.strip().lower()
        if isinstance(value, str) and (problem := _text_problem(section, key, value)):
            errors.append(ContentError(path, line, f"[{section}] {key} = {value[:60]!r} is not {problem}",
                                       f"using the default {getattr(defaults, key)!r}"))
            continue
        bounds = _RANGES.get((section, key))
        if bounds and not bounds[0] <= value <= bounds[1]:
            errors.append(ContentError(path, line, f"[{section}] {key} = {value!r} is outside {bounds[0]}–{bounds[1]}",
                                       f"using the default {getattr(defaults, key)!r}"))
            continue
        accepted[key] = value.strip() if isinstance(value, str) else value
    return cls(**accepted)


_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "int | None": int}


def _text_problem(section: str, key: str, value: str) -> str | None:
    if len(value) > MAX_TEXT:
        return f"allowed: it is {len(value)} characters long, more than {MAX_TEXT}"
    if _CONTROL.search(value):
        return "allowed: it holds control characters (a tab or a line break, say)"
    rule = _TEXT_RULES.get((section, key))
    if rule and value.strip() and not rule[0].match(value.strip()):
        return rule[1]
    return None


def _kind(t: type) -> str:
    return {str: "text in quotes", int: "a whole number", float: "a number", bool: "true or false"}[t]


def _line_of(text: str, needle: str, after_line: int = 1) -> int | None:
    """The line where a key or [section] is written (keys: the first one
    after their section's header)."""
    start = 0
    for _ in range(after_line - 1):
        start = text.find("\n", start) + 1
    pattern = re.compile(r"^[ \t]*" + re.escape(needle) + r"(?![\w-])", re.MULTILINE)
    match = pattern.search(text, start)
    return text.count("\n", 0, match.start()) + 1 if match else None


def settings_warnings(settings: Settings) -> list[ContentError]:
    """Things that work but that a clinic should fix before patients see the app."""
    where = settings.path or "settings"
    found = []
    if not settings.clinic.phone:
        found.append(warning(where, None, "the clinic phone number is not set",
                             "add phone = \"...\" under [clinic]; patients now read \"your clinic's phone number\""))
    if settings.path is None or "preparation" not in settings.configured_sections:
        found.append(warning(where, None, "the food and drink rules are the built-in defaults "
                             f"({wording.hours(settings.preparation.solid_food_hours)} for solid food, "
                             f"{wording.hours(settings.preparation.clear_liquid_hours)} for clear liquids)",
                             "set your clinic's own rules under [preparation]"))
    if not settings.clinic.name:
        found.append(warning(where, None, "the clinic name is not set",
                             "add name = \"...\" under [clinic]; patients now read \"your clinic\""))
    return found
