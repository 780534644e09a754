"""`extract` gives exactly what the plain algorithm gives: same terms, weights and term order
(the clusterer sums weights in term order, so even the order must not drift)."""
from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from conftest import shared_path
from corroborate.cluster import features as F


def _plain(text: str, title: str | None, published: str | None, name_boost: float = 3.0,
           number_boost: float = 2.0, title_weight: float = 2.0) -> F.Evidence:
    body = text[:20000]
    distinct = Counter(F._TOKEN.findall(body))
    lower_seen = {t.lower() for t in distinct if t[0].islower()}
    mid_caps = {t.lower().removesuffix("'s").removesuffix("’s")
                for t in __import__("re").findall(r"(?<=[A-Za-z0-9,;] )[A-Z][A-Za-z'’\-]*[A-Za-z]", body)}
    counts: dict[str, float] = {}
    names: set[str] = set()
    numbers: set[str] = set()
    for tok, c in distinct.items():
        kind, key = F._classify(tok)[:2]
        if kind == F._SKIP:
            continue
        if kind == F._NUMBER:
            numbers.add(key[1:])
        elif kind == F._CAPITAL and key in mid_caps and key not in lower_seen:
            names.add(key)
            key = "@" + key
        counts[key] = counts.get(key, 0) + c
    for tok in F._TOKEN.findall(title or ""):
        low = tok.lower()
        if low in F._STOP or tok[0].isdigit():
            continue
        key = "@" + low if low in names else low
        counts[key] = counts.get(key, 0) + title_weight
    terms = {}
    for key, c in counts.items():
        w = F._LOG1[c] if type(c) is int and c < len(F._LOG1) else 1.0 + math.log(c)
        terms[key] = w * name_boost if key[0] == "@" else w * number_boost if key[0] == "#" else w
    day = F.parse_published(published)
    if day is None:
        found = F.text_dates(body[:300])
        day = found[0] if found else None
    return F.Evidence(terms, names, numbers, day)


@pytest.mark.parametrize("boosts", [{}, {"name_boost": 2.5, "number_boost": 1.5, "title_weight": 1},
                                    {"title_weight": 70}])
def test_extract_matches_the_plain_algorithm(boosts: dict) -> None:
    path = shared_path("data", "events", "ecbplus_dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:150]
    rows.append({"text": "Smith's report: Smith met smith’s aide. Lohan, Lohan's and LOHAN. Five of 5 and 1,000,000 "
                         "or 12,345. The iPhone maker and Iphone fans. " * 30, "title": "Lohan's Five iPhone 5"})
    for row in rows:
        for title, published in [(row.get("title"), row.get("published")), (None, None)]:
            got = F.extract(row["text"], title, published, **boosts)
            want = _plain(row["text"], title, published, **boosts)
            assert list(got.terms.items()) == list(want.terms.items())
            assert (got.names, got.numbers, got.day) == (want.names, want.numbers, want.day)
