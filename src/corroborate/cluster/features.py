"""Cheap event evidence from one article: weighted terms, names, numbers and dates, by regex only.

No parser runs here (the clusterer must keep up with a firehose). A "name" is a capitalised word
that the same article never writes in lower case, that appears capitalised mid-sentence at least
once, and that is not a function word, month or day name: that keeps "Lohan", "Teixeira",
"Athens" and drops sentence-initial "Police". Names and
numbers are what tell two sister events apart (two actors entering rehab, two earthquakes), so
they get a boost in the term vector. A name written right after a common given name near the top
("Lindsay Lohan") is a person's (`Evidence.persons`): the second look at a story uses them.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import chain
from operator import itemgetter


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d+(?:[.,]\d+)*")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Function words and reporting verbs: they say nothing about which event an article covers.
_STOP = frozenset("""
a about above after again against all also although am among an and another any are around as at
be became because been before being below between both but by can could did do does doing done down
during each either else even ever every few for from further get gets got had has have having he her
here hers herself him himself his how however i if in into is it its itself just last least less
like many may me might more most much must my myself neither never no nor not now of off often on
once one only or other others otherwise our ours ourselves out over own per perhaps rather same
she should since so some still such than that the their theirs them themselves then there these
they this those though through thus to too toward under until up upon us very via was we well were
what whatever when where whether which while who whom whose why will with within without would yet
you your yours yourself yourselves let lets it's i'm don't didn't doesn't isn't wasn't can't won't
said says say saying told tell according reported reports report news new year years week weeks
day days time times today yesterday tomorrow just like including already among
""".split())
_NOT_NAMES = _STOP | set(_MONTHS) | _DAYS | {"mr", "mrs", "ms", "dr", "st", "am", "pm", "et", "pdt", "edt"}
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
# A capitalised word right after a word or comma and a space: capitalised mid-sentence. (Starting
# with the space lets the regex engine jump from space to space instead of trying every position.)
_MID_CAP = re.compile(r" (?<=[A-Za-z0-9,;] )([A-Z][A-Za-z'’\-]*[A-Za-z])")
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I)
_DATE_NUM = re.compile(r"\b(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{2}|\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")


# Common given names (shared with the quotes stage; read as a file so that no parser is imported):
# a name written right after one ("Lindsay Lohan", "Maurice J. Cheeks") is a person's.
_GIVEN_NAMES = frozenset(chain.from_iterable(json.loads(
    resources.files("corroborate").joinpath("quotes/given_names.json").read_text("utf-8")).values()))
# (No leading \b: it doubles the cost, and a match inside a word, "Mc|Donald Smith", is still a person.)
# The surname in a lookahead: in "Actress Laura Tolliver", "Laura" is both a surname and a given name.
_FULL_NAME = re.compile(r"([A-Z][a-z]+) (?=(?:[A-Z]\. )?([A-Z][A-Za-z'’\-]*[A-Za-z]))")

_SKIP, _NUMBER, _CAPITAL, _WORD = range(4)
_LOG1 = [0.0] + [1.0 + math.log(c) for c in range(1, 64)]  # 1 + log(count) for small counts
# surface token -> (kind, key, the token lower-cased if it starts in lower case else None);
# context-free, so cached
_CLASS: dict[str, tuple[int, str, str | None]] = {}


def _classify(tok: str) -> tuple[int, str, str | None]:
    """Kind and term key of a surface token, independent of the article it is in, and its lower-case
    form when it is written in lower case."""
    if len(_CLASS) > 300000:
        _CLASS.clear()
    surface = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    low = surface.lower()
    if surface[0].isdigit():
        num = surface.replace(",", "")
        out = (_SKIP, "") if len(num) > 6 else (_NUMBER, "#" + num)
    elif low in _NUMBER_WORDS:
        out = (_NUMBER, "#" + _NUMBER_WORDS[low])
    elif low in _STOP or len(low) < 2:
        out = (_SKIP, "")
    elif surface[0].isupper() and low not in _NOT_NAMES:
        out = (_CAPITAL, low)  # a name if this article never writes it in lower case
    else:
        out = (_WORD, low)
    out += (tok.lower() if tok[0].islower() else None,)
    _CLASS[tok] = out
    return out


@lru_cache(maxsize=8)
def _boosted(name_boost: float, number_boost: float) -> tuple[list[float], list[float]]:
    """`_LOG1` times `name_boost` and times `number_boost` (the same products `extract` would compute)."""
    return [w * name_boost for w in _LOG1], [w * number_boost for w in _LOG1]


@dataclass
class Evidence:
    """What the clusterer compares: boosted term weights (before IDF) and a best-guess date."""

    terms: dict[str, float] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    day: int | None = None  # days since 1970-01-01 of the article's own date, when known
    title: str = ""  # the title, or the first line of text, that a story it starts is shown by
    persons: tuple[str, ...] = ()  # names written after a given name near the top: people


def _ordinal(y: int, m: int, d: int) -> int | None:
    try:
        return date(y, m, d).toordinal() - 719163
    except ValueError:
        return None


def parse_published(value: str | None) -> int | None:
    """Days since epoch of an ISO date or datetime string, or None."""
    if not value:
        return None
    m = _DATE_ISO.match(value.strip())
    return _ordinal(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def text_dates(text: str) -> list[int]:
    """Full calendar dates written in the text ("May 2, 2013", "2 May 2013", "05/02/2013")."""
    out: list[int] = []
    for mo, d, y in _DATE_MDY.findall(text):
        out.append(_ordinal(int(y), _MONTHS[mo.lower()], int(d)))
    for d, mo, y in _DATE_DMY.findall(text):
        out.append(_ordinal(int(y), _MONTHS[mo.lower()], int(d)))
    for a, b, y in _DATE_NUM.findall(text):
        yy = int(y) + (2000 if len(y) == 2 else 0)
        out.append(_ordinal(yy, int(a), int(b)) or _ordinal(yy, int(b), int(a)))
    return [d for d in out if d is not None and 0 < d < 40000]


def _weight(key: str, count: float, name_boost: float, number_boost: float) -> float:
    """Boosted 1 + log(count) of a term."""
    w = _LOG1[count] if type(count) is int and count < len(_LOG1) else 1.0 + math.log(count)
    if key[0] == "@":
        w *= name_boost
    elif key[0] == "#":
        w *= number_boost
    return w


def extract(
    text: str,
    title: str | None = None,
    published: str | None = None,
    name_boost: float = 3.0,
    number_boost: float = 2.0,
    title_weight: float = 2.0,
    max_chars: int = 20000,
    person_chars: int = 3000,
) -> Evidence:
    """Evidence for one article. Only the first `max_chars` of the text are read (bounded cost)."""
    body = text[:max_chars]
    distinct = Counter(_TOKEN.findall(body))
    info = list(map(_CLASS.get, distinct))
    if None in info:
        info = [x or _classify(t) for x, t in zip(info, distinct)]
    lower_seen = set(map(itemgetter(2), info))  # (None is no term key)
    # Capitalised only at sentence starts ("Police said ...") is not evidence of a name.
    mid_caps = {t.lower().removesuffix("'s").removesuffix("’s") for t in set(_MID_CAP.findall(body))}
    log1, size = _LOG1, len(_LOG1)
    name_w, number_w = _boosted(name_boost, number_boost)
    counts: dict[str, float] = {}
    terms: dict[str, float] = {}  # weight of each count, kept up to date as counts grow
    get = counts.get
    names: set[str] = set()
    numbers: set[str] = set()
    for (kind, key, _), c in zip(info, distinct.values()):  # each distinct surface form once
        if kind == _WORD:
            table = log1
        elif kind == _SKIP:
            continue
        elif kind == _NUMBER:
            numbers.add(key[1:])
            table = number_w
        elif key in mid_caps and key not in lower_seen:  # _CAPITAL, and a name
            names.add(key)
            key = "@" + key
            table = name_w
        else:  # a capital that is no name
            table = log1
        before = get(key)
        if before is not None:  # another surface form of the same term ("Police", "police")
            c += before
        counts[key] = c
        terms[key] = table[c] if c < size else _weight(key, c, name_boost, number_boost)
    if title:
        for tok in _TOKEN.findall(title):
            low = tok.lower()
            if low in _STOP or tok[0].isdigit():
                continue
            key = "@" + low if low in names else low
            counts[key] = c = get(key, 0) + title_weight
            terms[key] = _weight(key, c, name_boost, number_boost)
    day = parse_published(published)
    if day is None:
        # A dateline near the top is the article's own date; dates deeper in are often history.
        found = text_dates(body[:300])
        day = found[0] if found else None
    return Evidence(terms, names, numbers, day, persons=_persons(body[:person_chars], names))


def _persons(text: str, names: set[str]) -> tuple[str, ...]:
    """Names (of `names`) that `text` writes after a common given name, sorted."""
    found = {last.lower().removesuffix("'s").removesuffix("’s") for first, last in _FULL_NAME.findall(text)
             if first.lower() in _GIVEN_NAMES}
    return tuple(sorted(found & names))
