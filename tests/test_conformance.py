"""Checks every registered stage must pass, in the spirit of scikit-learn's estimator checks.

Each stage gets the output of the default stages before it on: the bundled examples, an empty
article, and a huge one. It must return a new `Batch` of model types, leave its input untouched,
give the same output for the same input, and keep every span inside its article's text.
"""
from __future__ import annotations

import copy
from functools import lru_cache

import pytest

from conftest import EXAMPLES
from corroborate.ingest import load
from corroborate.model import Article, Batch, Quote, Story, Utterance, WordDiff
from corroborate.pipeline import DEFAULT_STAGES, Pipeline, registered


def _prefix(name: str) -> list[str]:
    if name in DEFAULT_STAGES:
        return list(DEFAULT_STAGES[: DEFAULT_STAGES.index(name)])
    return list(DEFAULT_STAGES)


@lru_cache(maxsize=None)
def _examples() -> Batch:
    batch = load([str(EXAMPLES / "harbor-bridge")])
    assert len(batch.articles) == 3 and not batch.errors
    return batch


def _inputs() -> dict[str, Batch]:
    examples = _examples()
    body = "\n".join(a.raw_text for a in examples.articles)
    huge = body * max(1, 150_000 // len(body))
    odd = [
        Article(id="empty", source="empty.txt", raw_text=""),
        Article(id="huge", source="huge.txt", raw_text=huge, outlet="Big Outlet"),
    ]
    return {"examples": examples, "edge": Batch(articles=odd)}


@lru_cache(maxsize=None)
def _prepared(stage: str, which: str) -> Batch:
    return Pipeline(_prefix(stage))(_inputs()[which])


def _check_spans(batch: Batch) -> None:
    texts = {a.id: a.text for a in batch.articles}
    for a in batch.articles:
        assert isinstance(a, Article) and isinstance(a.text, str)
        for q in a.quotes:
            assert isinstance(q, Quote) and q.article_id == a.id
            assert 0 <= q.start <= q.end <= len(a.text)
            assert a.text[q.start : q.end] == q.text
            for s, e in ((q.speaker_start, q.speaker_end), (q.cue_start, q.cue_end)):
                if s is not None:
                    assert e is not None and 0 <= s <= e <= len(texts[a.id])
    ids = {a.id for a in batch.articles}
    quote_ids = {q.id for q in batch.quotes}
    assert len(quote_ids) == len(batch.quotes), "quote ids are unique"
    for s in batch.stories:
        assert isinstance(s, Story) and set(s.article_ids) <= ids
    for u in batch.utterances:
        assert isinstance(u, Utterance) and set(u.quote_ids) <= quote_ids
        assert all(isinstance(d, WordDiff) for d in u.differences)


STAGES = sorted(registered())


def test_default_stages_are_registered():
    assert set(DEFAULT_STAGES) <= set(STAGES)


@pytest.mark.parametrize("name", STAGES)
@pytest.mark.parametrize("which", ["examples", "edge"])
def test_stage_conformance(name: str, which: str) -> None:
    stage = registered()[name]()
    given = _prepared(name, which)
    pristine = copy.deepcopy(given)
    out = stage(given)
    assert isinstance(out, Batch) and out is not given
    assert given == pristine, f"{name} mutated its input"
    assert [a.id for a in out.articles] == [a.id for a in given.articles], f"{name} lost or reordered articles"
    _check_spans(out)
    if which == "examples":
        assert stage(copy.deepcopy(given)) == out, f"{name} is not deterministic"
