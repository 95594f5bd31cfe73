"""Readability figures for patient text: Flesch-Kincaid, SMOG and Reading Ease
for English; INFLESZ (the Szigriszt-Pazos index on the INFLESZ scale) for Spanish.

The formulas count sentences by their end punctuation, so the text is taken
block by block (paragraphs, list items, headings, table cells) and every block
is closed as a sentence. Otherwise a bulleted list would read as one endless
sentence and the grade would say nothing about how the page really reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

# Targets from the content standard (docs/content-quality.md).
MAX_GRADE = 6.5
MAX_AVERAGE_GRADE = 6.0
MAX_SMOG = 9.0
MIN_READING_EASE = 70.0
MAX_WORDS_PER_SENTENCE = 15.0
MIN_INFLESZ = 65.0  # "bastante fácil" (Barrio-Cantalejo et al. 2008), about grade 6
# The INFLESZ scale's bands, lowest score of each.
INFLESZ_BANDS = ((80, "muy fácil"), (65, "bastante fácil"), (55, "normal"), (40, "algo difícil"),
                 (float("-inf"), "muy difícil"))

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption"}
_SENTENCE_END = (".", "!", "?")


@dataclass(frozen=True)
class Readability:
    grade: float  # Flesch-Kincaid grade level
    smog: float
    reading_ease: float
    words: int
    sentences: int
    inflesz: float | None = None  # Spanish text only; the English figures are then left at 0

    @property
    def spanish(self) -> bool:
        return self.inflesz is not None

    @property
    def inflesz_band(self) -> str:
        return next(name for low, name in INFLESZ_BANDS if (self.inflesz or 0) >= low)

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    def problems(self) -> list[str]:
        """What misses the targets, in words a content editor can act on."""
        if self.spanish:
            return ([f"INFLESZ {self.inflesz:.0f} ({self.inflesz_band}) is below {MIN_INFLESZ:.0f}"]
                    if self.inflesz < MIN_INFLESZ else [])
        found = []
        if self.grade > MAX_GRADE:
            found.append(f"grade {self.grade:.1f} is above {MAX_GRADE}")
        if self.smog > MAX_SMOG:
            found.append(f"SMOG {self.smog:.1f} is above {MAX_SMOG:.0f}")
        if self.reading_ease < MIN_READING_EASE:
            found.append(f"reading ease {self.reading_ease:.0f} is below {MIN_READING_EASE:.0f}")
        if self.words_per_sentence > MAX_WORDS_PER_SENTENCE:
            found.append(
                f"{self.words_per_sentence:.1f} words per sentence is above {MAX_WORDS_PER_SENTENCE:.0f}"
            )
        return found

    def summary(self) -> str:
        if self.spanish:
            return (f"INFLESZ {self.inflesz:.0f} ({self.inflesz_band}), "
                    f"{self.words_per_sentence:.1f} words per sentence, {self.words} words")
        return (
            f"grade {self.grade:.1f}, SMOG {self.smog:.1f}, reading ease {self.reading_ease:.0f}, "
            f"{self.words_per_sentence:.1f} words per sentence, {self.words} words"
        )


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._current.append(data)

    def close(self):
        super().close()
        self._flush()

    def _flush(self):
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            self.blocks.append(text)


def plain_sentences(html: str) -> str:
    """The readable text of rendered HTML, each block closed as a sentence."""
    parser = _BlockText()
    parser.feed(html)
    parser.close()
    closed = []
    for block in parser.blocks:
        block = block.rstrip(":;,")
        closed.append(block if block.endswith(_SENTENCE_END) else block + ".")
    return " ".join(closed)


def measure_html(html: str, language: str = "en") -> Readability:
    import textstat  # lazy: start-up (its 126,000-word pronouncing dictionary: 1.5 s and 56 MiB)

    text = plain_sentences(html)
    if language.split("-")[0].split("_")[0].lower() == "es":
        return _spanish(textstat, text)
    return Readability(
        grade=float(textstat.flesch_kincaid_grade(text)),
        smog=float(textstat.smog_index(text)),
        reading_ease=float(textstat.flesch_reading_ease(text)),
        words=int(textstat.lexicon_count(text)),
        sentences=max(1, int(textstat.sentence_count(text))),
    )


def _spanish(textstat, text: str) -> Readability:
    """textstat's language is global (syllables by the Spanish hyphenation
    dictionary): set for this text, then put back for English."""
    textstat.set_lang("es")
    try:
        return Readability(grade=0.0, smog=0.0, reading_ease=0.0, words=int(textstat.lexicon_count(text)),
                           sentences=max(1, int(textstat.sentence_count(text))),
                           inflesz=float(textstat.szigriszt_pazos(text)))
    finally:
        textstat.set_lang("en_US")
