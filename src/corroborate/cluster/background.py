"""Background document frequencies shipped with the package, so IDF is sensible from article one.

`background_df.txt` was built by `build_background` from the PolNeAR training articles (US
political news, 2015-2016; not event-clustering data, and none of the held-out events): the first
line is the number of documents, then one `term<TAB>df` per line for terms seen in >= 3 of them.
The streaming IDF adds the counts of the articles seen so far, so the background fades as a
stream grows (its weight is `scale`).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).with_name("background_df.txt")


@dataclass(frozen=True)
class BackgroundDF:
    docs: int = 0
    df: dict[str, int] = field(default_factory=dict)
    scale: float = 1.0


@lru_cache(maxsize=1)
def load_background(path: Path = FILE) -> BackgroundDF:
    """The shipped background counts (an empty background when the file is missing)."""
    if not path.exists():
        return BackgroundDF()
    with path.open(encoding="utf-8") as fh:
        docs = int(fh.readline())
        df = {}
        for line in fh:
            term, _, count = line.rstrip("\n").partition("\t")
            df[term] = int(count)
    return BackgroundDF(docs, df)


def build_background(jsonl_paths: list[Path], out: Path = FILE, min_df: int = 3) -> int:
    """Count document frequencies of the clusterer's terms over JSONL articles (`text` field)."""
    from corroborate.cluster.features import extract

    df: Counter[str] = Counter()
    docs = 0
    for path in jsonl_paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                ev = extract(row.get("text") or "", row.get("title"))
                df.update({t[1:] if t[0] in "@#" else t for t in ev.terms})
                docs += 1
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"{docs}\n")
        for term, count in sorted(df.items()):
            if count >= min_df:
                fh.write(f"{term}\t{count}\n")
    return docs
