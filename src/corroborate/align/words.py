"""Word tokens of a quote, normalised for comparison but keeping their surface form and offsets."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Function words carry little evidence that two quotes are the same statement.
STOPWORDS = frozenset(
    """a an the and or but if so of to in on at by for with from as is are was were be been being it its
    it's this that these those there here i we you he she they me us him her them my our your his their
    not no do does did have has had will would can could should may might must also just very then than
    what which who whom when where why how all any some one""".split()
)


@dataclass(frozen=True)
class Word:
    norm: str  # lowercased, accent- and acronym-dot-free form used for matching
    surface: str  # as written in the quote
    start: int  # offset in the quote text
    end: int


def _norm(token: str) -> str:
    token = unicodedata.normalize("NFKD", token.replace("’", "'"))
    return "".join(c for c in token if not unicodedata.combining(c)).lower()


def words(text: str) -> list[Word]:
    """Tokens of `text`; `U.S.` and `US` normalise alike, and so do curly and straight apostrophes."""
    # Blank the dots inside acronyms so that "U.S." is one token, keeping offsets unchanged.
    masked = _ACRONYM.sub(lambda m: m.group(0).replace(".", "\0"), text)
    out = []
    for m in re.finditer(r"[^\W_]+(?:['’\0][^\W_]+)*\0?", masked):
        surface = text[m.start() : m.end()]
        norm = _norm(m.group(0).replace("\0", ""))
        out.append(Word(norm, surface, m.start(), m.end()))
    return out


def content(ws: list[Word]) -> list[Word]:
    """The words that are not function words."""
    return [w for w in ws if w.norm not in STOPWORDS]


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")


def sentences(text: str) -> list[list[Word]]:
    """The words of each sentence of a quote (a quote may join sentences another outlet split)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append(words(text[start : m.start()]))
        start = m.end()
    out.append(words(text[start:]))
    return [ws for ws in out if ws]
