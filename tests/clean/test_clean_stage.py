"""The registered `clean` stage on the bundled examples, the seeds and real clean articles."""
from __future__ import annotations

import copy
import json

from conftest import EXAMPLES, shared_path

from corroborate.clean import Cleaner, clean_text
from corroborate.clean.rules import ends_sentence, has_quote
from corroborate.ingest import load
from corroborate.model import Article, Batch
from corroborate.pipeline import Pipeline, registered


def _sentences(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip() and (ends_sentence(ln.strip()) or has_quote(ln))]


def test_registered_and_pure():
    assert registered()["clean"] is Cleaner
    batch = load([str(EXAMPLES / "harbor-bridge")])
    before = copy.deepcopy(batch)
    out = Pipeline(["clean"])(batch)
    assert batch == before and out is not batch
    assert Cleaner()(batch) == out  # deterministic


def test_examples_only_chrome_removed():
    out = Cleaner()(load([str(EXAMPLES / "harbor-bridge")]))
    by_outlet = {a.outlet: a for a in out.articles}
    ledger = by_outlet["Northern Ledger"]
    assert [(r.reason, r.line) for r in ledger.removed] == [
        ("call-to-action", 3), ("social-handle", 6), ("pasted-headline", 11),
        ("pasted-headline", 15), ("ui-instruction", 17)]
    assert ledger.text.startswith("Port Alder shuts Harbor Bridge")
    for article in out.articles:
        assert _sentences(article.raw_text) == _sentences(article.text) or article is ledger
        for line in article.text.split("\n"):
            assert line in article.raw_text.split("\n") or line.rstrip() == line
    assert [ln for ln in _sentences(ledger.raw_text) if "@" not in ln] == _sentences(ledger.text)
    assert by_outlet["The Coastal Courier"].removed == [] and by_outlet["Metro Wire"].removed == []


def test_repeated_lines_across_one_outlets_articles():
    def art(i: int, outlet: str, extra: str) -> Article:
        raw = f"Story {i} begins here with a full sentence.\n{extra}\nIt ends with another full sentence {i}."
        return Article(id=f"a{i}", source=f"s{i}", raw_text=raw, outlet=outlet)

    batch = Batch(articles=[art(1, "Gazette", "Gazette Weekend Magazine"), art(2, "Gazette", "Gazette Weekend Magazine"),
                            art(3, "Other", "Gazette Weekend Magazine")])
    out = Cleaner()(batch)
    assert [r.reason for r in out.articles[0].removed] == ["repeated-boilerplate"]
    assert [r.reason for r in out.articles[1].removed] == ["repeated-boilerplate"]
    assert [r.reason for r in out.articles[2].removed] == ["pasted-headline"]  # alone, title case
    assert Cleaner(use_repeated=False)(batch).articles[0].removed[0].reason == "pasted-headline"


SEED_CHROME = [
    "JOIN US ON TELEGRAM",
    "Follow our coverage of the war on the @",
    "RUSSIAN NEGOTIATOR REJECTS US-UKRAINE CEASEFIRE AGREEMENT",
    "Trump’s Efforts to Brown Nose Putin Continue",
    "You can also highlight the text and press Ctrl + Enter",
]


def test_seeds_chrome_removed_sentences_kept():
    seeds = shared_path("seeds")
    out = Cleaner()(load([str(seeds)]))
    assert len(out.articles) == 2 and out.errors == []
    removed_total = 0
    for article in out.articles:
        for chrome in SEED_CHROME:
            assert chrome not in article.text
        raw_lines = [ln.strip() for ln in article.raw_text.split("\n") if ln.strip()]
        kept = set(article.text.split("\n"))
        lost = [ln for ln in raw_lines if ln not in kept]
        # Everything not kept is one of the known chrome lines; every sentence survives.
        assert all(any(ln.startswith(c) for c in SEED_CHROME) for ln in lost), lost
        assert raw_lines[0] in kept  # the lede
        removed_total += len(article.removed)
    assert removed_total == len(SEED_CHROME)


def _drop_rate(path, limit: int) -> tuple[int, int, list[str]]:
    total, dropped, shape_dropped = 0, 0, []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                break
            raw = json.loads(line)["text"]
            _, removed = clean_text(raw)
            total += sum(1 for s in _sentences(raw) if len(s.split()) >= 4)
            for r in removed:
                if (ends_sentence(r.text) or has_quote(r.text)) and len(r.text.split()) >= 4:
                    dropped += 1
                    if r.reason in ("pasted-headline", "repeated-boilerplate"):
                        shape_dropped.append(r.text)
    return total, dropped, shape_dropped


def test_real_clean_articles_lose_almost_no_sentences():
    for parts, limit in ((("data", "polnear", "polnear_dev.jsonl"), 84), (("data", "events", "ecbplus_dev.jsonl"), 413)):
        total, dropped, shape_dropped = _drop_rate(shared_path(*parts), limit)
        assert total > 1000
        assert shape_dropped == []  # headline/boilerplate rules never take a sentence
        assert dropped / total < 0.002, (parts, dropped, total)
