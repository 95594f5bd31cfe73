"""SVG pictures from content, read safely: size-limited, parsed with DTDs and entities off.

A tampered share can hold an SVG with an external entity (`<!ENTITY x SYSTEM
"file:///etc/passwd">`) or a "billion laughs" bomb. defusedxml refuses any
DTD, so no entity is ever expanded and nothing outside the file is read;
Qt's SVG renderer only ever sees a file that passed this.
"""

from __future__ import annotations

from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from .limits import MAX_PICTURE_BYTES, too_big


def read_svg(path: Path) -> tuple[str | None, str | None]:
    """(the SVG text, None), or (None, what is wrong with it, in words after "the picture 'x' …")."""
    if too_big(path, MAX_PICTURE_BYTES, "picture"):
        return None, f"is bigger than the {MAX_PICTURE_BYTES // 1_000_000} MB a picture may be"
    try:
        raw = Path(path).read_bytes()
        text = raw.decode("utf-8-sig")
        root = fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        return None, "declares a DTD or entities, which pictures may not"
    except (ParseError, UnicodeDecodeError, ValueError):
        return None, "is not a valid SVG file"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror}"
    if not root.tag.endswith("svg"):
        return None, "is not a valid SVG file"
    return text, None


def svg_problem(path: Path) -> str | None:
    return read_svg(path)[1]
