"""Near-duplicate detection on real dev articles edited at test time, and on written examples."""
from __future__ import annotations

import json
import random

import numpy as np

from conftest import shared_path
from corroborate.bench.cluster import edited_copies
from corroborate.dedup import Deduplicator, NearDuplicateIndex
from corroborate.dedup.minhash import MinHasher, shingle_hashes
from corroborate.model import Article, Batch

STORY = (
    "Fire crews spent the night fighting a blaze at the old grain warehouse on Harbour Road.\n"
    "The alarm was raised shortly after nine in the evening by a man walking his dog.\n"
    "Nobody was inside the building, which had stood empty since the mill closed in 2009.\n"
    "Chief officer Dana Whitlock said the roof had collapsed before the first engine arrived.\n"
    "Residents of nearby streets were asked to keep their windows shut because of the smoke.\n"
    "Investigators will return on Thursday to look for the cause, the county council said.\n"
)


def _rows(n: int = 60) -> list[dict]:
    path = shared_path("data", "events", "ecbplus_dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = [r for r in rows if len(r["text"].split()) >= 150]
    return random.Random(7).sample(rows, n)


def test_signature_estimates_jaccard() -> None:
    rng = np.random.default_rng(0)
    a = np.unique(rng.integers(0, 2**32, 400, dtype=np.uint64))
    b = np.unique(np.concatenate([a[:200], rng.integers(0, 2**32, 200, dtype=np.uint64)]))
    exact = len(set(a.tolist()) & set(b.tolist())) / len(set(a.tolist()) | set(b.tolist()))
    h = MinHasher(256)
    est = float(np.mean(h.signature(a) == h.signature(b)))
    assert abs(est - exact) < 0.1


def test_edited_copies_of_real_articles_are_found() -> None:
    rng = random.Random(1)
    for row in _rows(40):
        original = "\n".join([row.get("title") or "", row["text"]])
        for kind, text in edited_copies(row, rng).items():
            index = NearDuplicateIndex()
            index.add("orig", original)
            assert index.add("copy", text) == "orig", (row["id"], kind)


def test_different_articles_on_one_event_are_not_copies() -> None:
    path = shared_path("data", "events", "ecbplus_dev.jsonl")
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    index = NearDuplicateIndex()
    for r in rows:
        dup = index.add(r["id"], r["text"])
        if dup is None:
            continue
        # Anything linked must really share most of its text (syndication), never just the topic.
        a = set(shingle_hashes(r["text"]).tolist())
        b = set(shingle_hashes(next(x["text"] for x in rows if x["id"] == dup)).tolist())
        assert len(a & b) / len(a | b) > 0.4, (r["id"], dup)


def test_written_rewrite_is_not_a_copy_but_republication_is() -> None:
    rewrite = (
        "A derelict grain warehouse on Harbour Road burned overnight, with its roof falling in.\n"
        "Dana Whitlock, the chief fire officer, told reporters the building was empty.\n"
        "Smoke drifted over the neighbourhood and people were told to stay indoors.\n"
        "The council expects investigators back at the site on Thursday.\n"
    )
    index = NearDuplicateIndex()
    assert index.add("a", STORY) is None
    assert index.add("b", rewrite) is None
    chrome = "Advertisement\nWarehouse fire: roof collapses\n" + STORY + "Share this story\n"
    assert index.add("c", chrome) == "a"


def test_short_and_empty_texts_are_never_copies() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "") is None
    assert index.add("b", "") is None
    assert index.add("c", "Breaking news") is None
    assert index.add("d", "Breaking news") is None


def test_window_bounds_memory() -> None:
    index = NearDuplicateIndex(window=5)
    for i in range(20):
        index.add(f"a{i}", f"article number {i} " + STORY.replace("nine", f"{i} past nine"))
    assert len(index) == 5
    assert len(index.state.buckets) <= 5 * index.bands


def test_stage_marks_copies_without_mutating_input() -> None:
    batch = Batch(articles=[Article(id="a", source="x", raw_text=STORY, text=STORY),
                            Article(id="b", source="y", raw_text=STORY, text="Menu\n" + STORY)])
    out = Deduplicator()(batch)
    assert [a.duplicate_of for a in out.articles] == [None, "a"]
    assert batch.articles[1].duplicate_of is None
    assert Deduplicator()(batch) == out


def test_huge_text_is_handled() -> None:
    huge = (STORY * 400)[:200_000]
    index = NearDuplicateIndex()
    assert index.add("big", huge) is None
    assert index.add("big2", "Advertisement\n" + huge) == "big"
