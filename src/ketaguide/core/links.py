"""What a link in content may point at. One rule for the page, `check` and the reader.

- a module (`getting-ready`, `getting-ready#food`, `#food`): opened inside the app;
- `http:`/`https:`: shown; opened in the browser at home, never on a kiosk;
- `tel:`/`mailto:`: shown as the number or address; the reader may offer them;
- anything else (`javascript:`, `file:`, `data:`, `ftp:`, …) is refused: the page
  shows the link's words without a link, and `check` reports it.
"""

from __future__ import annotations

import re
from html import unescape

MODULE, WEB, PHONE, MAIL, REFUSED = "module", "web", "phone", "mail", "refused"
TIMELINE_SRC = "timeline:day"  # the infusion-day timeline, drawn by the app from the clinic's settings
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_ALLOWED = {"http": WEB, "https": WEB, "tel": PHONE, "mailto": MAIL}
# Browsers drop these anywhere in a URL, so "java\tscript:" is "javascript:".
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def kind_of(href: str) -> str:
    cleaned = _INVISIBLE.sub("", unescape(href))
    scheme = _SCHEME.match(cleaned)
    if scheme is None:
        if cleaned.startswith(("//", "\\\\", "/\\", "\\/")) or ":" in cleaned.split("#")[0].split("/")[0]:
            return REFUSED  # a network path, or a scheme hidden behind odd characters
        return MODULE
    return _ALLOWED.get(scheme.group(1).lower(), REFUSED)


def refusal(href: str) -> str:
    scheme = _SCHEME.match(_INVISIBLE.sub("", unescape(href)))
    shown = href if len(href) <= 60 else href[:57] + "…"
    what = f"a '{scheme.group(1).lower()}:' link" if scheme else "a link that is neither a module nor a web page"
    return f"{what} is not allowed: '{shown}'"
