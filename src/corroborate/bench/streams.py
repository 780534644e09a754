"""Long synthetic article streams made by recombining real sentences (for speed runs only).

Each synthetic event borrows the sentences of one real article, so its articles share
vocabulary and names the way real coverage does; every article adds a few sentences from
elsewhere, some articles are re-publications of an earlier one with page chrome added, and the
published date advances one day every `per_day` articles. Nothing is stored: articles are
generated lazily, so the stream's own memory does not count against the engine's.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

_SENT = re.compile(r"(?<=[.!?])\s+|\n+")
CHROME = ["Advertisement", "Share this article on Facebook Twitter Email", "Sign up for our newsletter",
          "Copyright 2016 The Daily Courier. All rights reserved.", "Related coverage: more from our newsroom"]


def sentence_pools(paths: list[Path], min_sentences: int = 4) -> list[list[str]]:
    """Sentences of each real article (JSONL `text`) that has at least `min_sentences`."""
    pools = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                sents = [s.strip() for s in _SENT.split(text) if len(s.strip()) > 20]
                if len(sents) >= min_sentences:
                    pools.append(sents)
    if not pools:
        raise ValueError("no usable articles to build a stream from")
    return pools


def synthetic_stream(pools: list[list[str]], n: int, seed: int = 0, per_event: int = 6,
                     copy_rate: float = 0.1, per_day: int = 2000) -> Iterator[dict]:
    """`n` articles as dicts (id, title, published, text) in arrival order."""
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    recent: list[dict] = []
    for i in range(n):
        if recent and rng.random() < copy_rate:
            src = rng.choice(recent)
            lines = src["text"].split("\n")
            text = "\n".join([rng.choice(CHROME)] + lines + [rng.choice(CHROME)])
            yield {"id": f"x{i}", "title": src["title"], "published": src["published"], "text": text}
            continue
        # Events overlap in time: an article picks one of the few most recent events.
        event = max(0, i // per_event - rng.randrange(3))
        pool = pools[(event * 7919) % len(pools)]
        k = rng.randint(min(len(pool), 4), max(4, (2 * len(pool)) // 3))
        sents = rng.sample(pool, k)
        for _ in range(rng.randint(1, 3)):
            sents.insert(rng.randrange(len(sents) + 1), rng.choice(rng.choice(pools)))
        art = {"id": f"x{i}", "title": sents[0][:120],
               "published": (start + timedelta(days=i // per_day)).isoformat(), "text": "\n".join(sents)}
        recent = (recent + [art])[-50:]
        yield art
