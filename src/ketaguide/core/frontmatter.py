"""Split a content file into YAML front matter and Markdown body, with line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import limits
from .errors import ContentError


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml: ~10x faster
    """A safe loader that leaves dates as text, so a bad date becomes our
    clear error with a line number instead of an exception from deep inside."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Document:
    path: Path
    meta: dict
    key_lines: dict[str, int]  # front-matter key -> line in the file
    body: str
    body_line: int  # line in the file where the body starts
    has_front_matter: bool = True
    errors: tuple[ContentError, ...] = field(default=())


def read_text(path: Path, limit: int | None = None, what: str = "file") -> tuple[str | None, list[ContentError]]:
    """Read a UTF-8 content file; report where the bytes go wrong if it is not.
    A file over `limit` bytes is reported and never read."""
    if limit is not None and (too_big := limits.too_big(path, limit, what)):
        return None, [too_big]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [ContentError(path, None, f"cannot read the file: {exc.strerror}")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [ContentError(path, line, "the file is not valid UTF-8 text",
                                   "save it with UTF-8 encoding")]
    if not text.strip():
        return None, [ContentError(path, 1, "the file is empty", "add front matter and text, or delete the file")]
    return text.replace("\r\n", "\n"), []


def split(path: Path, text: str) -> Document:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return Document(path, {}, {}, text, 1, has_front_matter=False)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        return Document(path, {}, {}, text, 1, errors=(ContentError(
            path, 1, "the front matter is not closed", "add a line with --- after the last key"),))
    yaml_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1:])
    try:
        loader = _Loader(yaml_text)  # one parse gives both the values and their lines
        try:
            node = loader.get_single_node()
            meta = (loader.construct_document(node) if node is not None else None) or {}
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        # The context mark is where the broken value starts (an unclosed
        # bracket, say); the problem mark is only where YAML gave up.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return Document(path, {}, {}, body, end + 2, errors=(ContentError(
            path, line, f"the front matter is not valid YAML: {problem}",
            "write each key as 'key: value' on its own line"),))
    if not isinstance(meta, dict):
        return Document(path, {}, {}, body, end + 2, errors=(ContentError(
            path, 2, "the front matter must be a list of 'key: value' lines"),))
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    return Document(path, meta, key_lines, body, end + 2)


def read_document(path: Path, keys_hint: str, limit: int | None = None,
                  what: str = "file") -> tuple[Document | None, list[ContentError]]:
    """Read and split a content file that must start with front matter.
    `keys_hint` names the keys, for the message when the front matter is missing."""
    text, errors = read_text(path, limit, what)
    if text is None:
        return None, errors
    doc = split(path, text)
    if doc.errors:
        return None, list(doc.errors)
    if not doc.has_front_matter:
        return None, [ContentError(path, 1, "the file has no front matter",
                                   f"start the file with --- then {keys_hint}, then ---")]
    return doc, []
