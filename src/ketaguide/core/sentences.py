"""Sentences of a page's plain text, for reading aloud and highlighting.

Shared by the reading page (which highlights) and read-aloud (which speaks),
so both count sentences the same way. Pure Python: no Qt.
"""

from __future__ import annotations

import re

# A sentence runs to its closing mark (. ! ? or an ellipsis) or to the end of a
# line. U+FFFC is Qt's stand-in for a picture: never spoken.
_SENTENCE = re.compile(r"[^.!?\n\ufffc]+(?:[.!?]+|$)", re.MULTILINE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, trimmed, with no empty ones."""
    spans = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        stripped = chunk.strip()
        if not any(ch.isalnum() for ch in stripped):
            continue
        start = match.start() + chunk.index(stripped)
        spans.append((start, start + len(stripped)))
    return spans
