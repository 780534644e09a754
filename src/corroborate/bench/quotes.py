"""Quote benchmark on PolNeAR-style JSONL: detection, speaker accuracy, end-to-end, speed.

Matching (issue 4): a predicted quote matches a gold quote when their shared tokens are at least half
the tokens of the longer of the two, one-to-one and greedy; a speaker matches when, after lowercasing
and dropping titles, one name's tokens are a subset of the other's. Speaker and end-to-end figures
use gold speakers resolved as `mention` or `corenlp_coref`; detection uses every gold quote.
"""
from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from corroborate.model import Quote

SCORED = ("mention", "corenlp_coref")
# Honorifics and offices dropped before comparing names (party and place words are kept).
TITLES = set("""
mr mrs ms miss dr prof sir dame lord lady rev president vice secretary secretary-general general gen lt col
maj sgt capt adm sen senator rep representative congressman congresswoman gov governor mayor judge justice
chief chairman chairwoman minister prime premier chancellor ambassador attorney speaker former
""".split())
_TOKEN = re.compile(r"\w+", re.UNICODE)
_NAME_TOKEN = re.compile(r"[\w.’'\-]+", re.UNICODE)

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "polnear" / "polnear_dev.jsonl"


def load_jsonl(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit is not None and len(rows) >= limit:
                    break
    return rows


def token_ids(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the word tokens of text[start:end] (offsets identify tokens across spans)."""
    return {m.start() for m in _TOKEN.finditer(text, start, end)}


def match_quotes(text: str, pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns (pred index, gold index) pairs."""
    ptoks = [token_ids(text, a, b) for a, b in pred]
    gtoks = [token_ids(text, a, b) for a, b in gold]
    pairs = []
    for i, p in enumerate(ptoks):
        for j, g in enumerate(gtoks):
            shared = len(p & g)
            longer = max(len(p), len(g))
            if longer and shared >= 0.5 * longer:
                pairs.append((shared / longer, shared, i, j))
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_p, used_g, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def name_tokens(name: str | None) -> set[str]:
    if not name:
        return set()
    words = [w.strip(".’'-").lower() for w in _NAME_TOKEN.findall(name)]
    words = [re.sub(r"[’']s$", "", w) for w in words]
    return {w for w in words if w and w not in TITLES and w.rstrip(".") not in TITLES}


def speaker_match(pred: str | None, gold: str | None) -> bool:
    a, b = name_tokens(pred), name_tokens(gold)
    return bool(a) and bool(b) and (a <= b or b <= a)


_NAME_PARTICLES = {"of", "de", "van", "von", "al", "bin", "la", "le", "da", "du", "dos", "der", "del"}


def bare_name(speaker: str | None) -> bool:
    """A gold source written as a bare name ("Marco Rubio", "Sen. Rubio"), not as a description, an
    apposition or a group ("the Florida senator", "Rubio, who ...", "Trump and Ryan")."""
    words = _NAME_TOKEN.findall(speaker or "")
    return bool(words) and "," not in speaker and all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words if w[:1].isalpha())


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _tally(row: dict[str, Any], quotes: Sequence[Quote]) -> dict[str, int]:
    """Counts for one article: detection, speaker (all / by gold resolution), end-to-end."""
    text = row["text"]
    gold = row.get("quotes", [])
    pairs = match_quotes(text, [(q.start, q.end) for q in quotes], [(g["start"], g["end"]) for g in gold])
    t = dict.fromkeys(("pred", "gold", "tp", "spk_ok", "spk_n", "mention_ok", "mention_n", "corenlp_coref_ok",
                       "corenlp_coref_n", "e2e_tp", "e2e_pred", "e2e_gold", "cut_ok", "bare_ok", "bare_n",
                       "mention_same_source_miss", "corenlp_coref_same_source_miss"), 0)
    t["pred"], t["gold"], t["tp"] = len(quotes), len(gold), len(pairs)
    matched_gold = {j: i for i, j in pairs}
    scored_gold = [j for j, g in enumerate(gold) if g.get("speaker_resolution") in SCORED]
    t["e2e_gold"] = len(scored_gold)
    t["e2e_pred"] = len(quotes) - sum(1 for _, j in pairs if gold[j].get("speaker_resolution") not in SCORED)
    for j in scored_gold:
        if j not in matched_gold:
            continue
        q = quotes[matched_gold[j]]
        pred = q.speaker
        ok = speaker_match(pred, gold[j].get("speaker"))
        src = gold[j].get("speaker_span") or (0, 0)
        if not ok and q.speaker_start is not None and q.speaker_end is not None \
                and q.speaker_start < src[1] and q.speaker_end > src[0]:
            t[gold[j]["speaker_resolution"] + "_same_source_miss"] += 1
        t["cut_ok"] += ok or speaker_match(pred, (gold[j].get("speaker") or "").split(",")[0])
        if bare_name(gold[j].get("speaker")):
            t["bare_ok"] += ok
            t["bare_n"] += 1
        kind = gold[j]["speaker_resolution"]
        for key in ("spk", kind):
            t[key + "_ok"] += ok
            t[key + "_n"] += 1
        t["e2e_tp"] += ok
    return t


def _figures(tallies: Sequence[dict[str, int]]) -> dict[str, Any]:
    n = {k: sum(t[k] for t in tallies) for k in (tallies[0] if tallies else {})}
    acc = lambda key: round(n[key + "_ok"] / n[key + "_n"], 4) if n.get(key + "_n") else 0.0  # noqa: E731
    return {
        "articles": len(tallies),
        "gold_quotes": n.get("gold", 0),
        "predicted_quotes": n.get("pred", 0),
        "detection": _prf(n.get("tp", 0), n.get("pred", 0), n.get("gold", 0)),
        "speaker_accuracy": {"overall": acc("spk"), "named": acc("mention"), "pronoun_description": acc("corenlp_coref"),
                             "matched_scored": n.get("spk_n", 0)},
        "end_to_end": _prf(n.get("e2e_tp", 0), n.get("e2e_pred", 0), n.get("e2e_gold", 0)),
    }


def intervals(tallies: Sequence[dict[str, int]], resamples: int = 1000, seed: int = 0) -> dict[str, list[float]]:
    """95% intervals of the headline figures by resampling articles with replacement (a percentile
    bootstrap): errors cluster by article, so this is how far another draw of as many articles could move
    them. Deterministic for a given seed."""
    if not tallies:
        return {}
    rng = random.Random(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(resamples):
        f = _figures(rng.choices(tallies, k=len(tallies)))
        for key, value in (("detection_f1", f["detection"]["f1"]), ("end_to_end_f1", f["end_to_end"]["f1"]),
                           ("speaker_overall", f["speaker_accuracy"]["overall"]),
                           ("speaker_named", f["speaker_accuracy"]["named"]),
                           ("speaker_pronoun_description", f["speaker_accuracy"]["pronoun_description"])):
            draws.setdefault(key, []).append(value)
    lo, hi = int(0.025 * resamples), max(0, int(0.975 * resamples) - 1)
    ordered = {key: sorted(v) for key, v in draws.items()}
    return {key: [round(v[lo], 4), round(v[hi], 4)] for key, v in ordered.items()}


def _diagnostics(tallies: Sequence[dict[str, int]]) -> dict[str, Any]:
    """Not headline figures: how much of the speaker gap is gold sources written as descriptions or with
    an apposition ("Acs, the student from New Mexico", "the Florida senator") against the fullest name
    ("Stephanie Acs", "Marco Rubio") the issue asks us to output."""
    n, cut_ok = sum(t["spk_n"] for t in tallies), sum(t["cut_ok"] for t in tallies)
    bare_ok, bare_n = sum(t["bare_ok"] for t in tallies), sum(t["bare_n"] for t in tallies)
    same = {k: sum(t[k + "_same_source_miss"] for t in tallies) for k in ("mention", "corenlp_coref")}
    misses = {k: sum(t[k + "_n"] - t[k + "_ok"] for t in tallies) for k in ("mention", "corenlp_coref")}
    return {
        # wrong by the matching rule, yet our speaker comes from the very mention the gold names as the
        # source: a description we resolved ("the Florida senator" -> Marco Rubio) or a pronoun that we and
        # PolNeAR's automatic coreference resolve to different people
        "misses_from_the_gold_source_mention": {
            "named": f"{same['mention']} of {misses['mention']}",
            "pronoun_description": f"{same['corenlp_coref']} of {misses['corenlp_coref']}"},
        "speaker_accuracy_gold_cut_at_comma": round(cut_ok / n, 4) if n else 0.0,
        "speaker_accuracy_where_gold_is_a_bare_name": round(bare_ok / bare_n, 4) if bare_n else 0.0,
        "gold_bare_names": bare_n,
    }


def typewriter_quote(text: str, quote: Quote) -> bool:
    """A quote opened by typewriter double marks ('' or ``). PolNeAR's annotation never reads them: every
    one of its articles quoted only that way (112 of 120 NYT train articles, 7 of 12 NYT dev ones) has
    empty gold, so such a quote cannot be scored."""
    return text[max(0, quote.start - 3) : quote.start].rstrip().endswith(("''", "``"))


def score(rows: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Quote]]) -> dict[str, Any]:
    """All figures for predictions aligned with rows: the issue's figures over every quote found, the
    same without the quotes in typewriter marks that the gold never reads, and (without those) by publisher."""
    tallies = [_tally(row, quotes) for row, quotes in zip(rows, predictions)]
    out = _figures(tallies)
    out["diagnostics"] = _diagnostics(tallies)
    kept = [[q for q in quotes if not typewriter_quote(row["text"], q)] for row, quotes in zip(rows, predictions)]
    dropped = sum(len(a) - len(b) for a, b in zip(predictions, kept))
    read_tallies = [_tally(row, quotes) for row, quotes in zip(rows, kept)] if dropped else tallies
    out["intervals_95"] = intervals(tallies)
    if dropped:
        annotated = _figures(read_tallies)
        annotated["left_out_predicted_quotes"] = dropped
        annotated["intervals_95"] = intervals(read_tallies)
        out["without_typewriter_quotes"] = annotated
    by_pub: dict[str, list[dict[str, int]]] = {}
    for row, t in zip(rows, read_tallies):
        if row.get("publisher"):
            by_pub.setdefault(str(row["publisher"]), []).append(t)
    if len(by_pub) > 1:
        out["by_publisher"] = {}
        for pub, ts in sorted(by_pub.items()):
            f = _figures(ts)
            out["by_publisher"][pub] = {"articles": f["articles"], "detection_f1": f["detection"]["f1"],
                                        "speaker_accuracy": f["speaker_accuracy"]["overall"],
                                        "matched_scored": f["speaker_accuracy"]["matched_scored"],
                                        "end_to_end_f1": f["end_to_end"]["f1"]}
    return out


def run_bench(data: str | Path, limit: int | None = None,
              extract: Callable[[list[tuple[str, str]]], list[list[Quote]]] | None = None,
              workers: int = 0) -> dict[str, Any]:
    """Load data, extract quotes from every article, score; includes articles/second. With `workers`
    > 1 the extraction is timed in one process too (`articles_per_second_one_process`), outputs equal."""
    rows = load_jsonl(data, limit)
    items = [(r["text"], str(r.get("id", i))) for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    baseline = None
    if extract is None:
        from corroborate.quotes import QuoteExtractor

        extractor = QuoteExtractor()
        extractor.extract("Warm-up. “Hello there, friends,” she said.", "warmup")
        if workers > 1:
            t = time.perf_counter()
            baseline = (extractor.extract_many(items), time.perf_counter() - t)
            extractor.workers = workers
        extract = extractor.extract_many
    load_s = time.perf_counter() - t0 - (baseline[1] if baseline else 0.0)
    t1 = time.perf_counter()
    predictions = extract(items)
    elapsed = time.perf_counter() - t1
    if baseline is not None and [[asdict(q) for q in qs] for qs in baseline[0]] != \
            [[asdict(q) for q in qs] for qs in predictions]:
        raise RuntimeError("quotes differ between one and several parser processes")
    result = score(rows, predictions)
    result["data"] = str(data)
    result["seconds"] = round(elapsed, 2)
    result["model_load_seconds"] = round(load_s, 2)
    result["articles_per_second"] = round(len(rows) / elapsed, 2) if elapsed else 0.0
    if baseline is not None:
        result["workers"] = workers
        result["articles_per_second_one_process"] = round(len(rows) / baseline[1], 2) if baseline[1] else 0.0
    return result
