"""Event-clustering dev data, arrival orders, and cross-validated scoring of the stream engine."""
from __future__ import annotations

import json
import random
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from corroborate.bench.metrics import bcubed_scores, pair_scores
from corroborate.cluster.engine import ClusterParams, StreamClusterer
from corroborate.cluster.stream import StoryStream

Row = dict


def load_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def arrival_orders(rows: list[Row], how: str, seeds: Iterable[int]) -> list[list[Row]]:
    """Shuffled orders, or date orders whose same-date ties are shuffled (one per seed)."""
    out = []
    for seed in seeds:
        rng = random.Random(seed)
        order = rows[:]
        rng.shuffle(order)
        if how == "date":
            order.sort(key=lambda r: r.get("published") or "")
        out.append(order)
    return out


def run_stream(order: Sequence[Row], params: ClusterParams, dedup: bool = True) -> dict[str, str]:
    """Dedup then cluster one stream; copies join their original's story. Returns id -> story."""
    out: dict[str, str] = {}
    if not dedup:
        eng = StreamClusterer(params)
        for r in order:
            out[r["id"]] = eng.add(r["id"], r.get("text") or "", r.get("title"), r.get("published"))
            out.update(eng.moves)
        return out
    stream = StoryStream(params)
    for r in order:
        out[r["id"]] = stream.add(r["id"], r.get("text") or "", r.get("title"), r.get("published"))[0]
        out.update(stream.moves)
    return out


def score(rows: Sequence[Row], pred: dict[str, str]) -> dict[str, dict[str, float]]:
    gold = [r["event"] for r in rows]
    labels = [pred[r["id"]] for r in rows]
    return {"pair": pair_scores(gold, labels), "bcubed": bcubed_scores(gold, labels)}


def folds_by(rows: list[Row], key: str, k: int) -> list[set[str]]:
    """Partition the values of `key` (topic or event) into k folds, deterministically."""
    values = sorted({str(r[key]) for r in rows}, key=lambda v: (len(v), v))
    return [set(values[i::k]) for i in range(k)]


def objective(s: dict[str, dict[str, float]]) -> float:
    return (s["pair"]["f1"] + s["bcubed"]["f1"]) / 2


def select(params_grid: list[ClusterParams], corpora: list[tuple[list[Row], str, str]],
           train: list[set[str]], seeds: Sequence[int]) -> ClusterParams:
    """Best grid point on the training part of each corpus (whole stream run, train items scored)."""
    best, best_val = params_grid[0], -1.0
    for params in params_grid:
        vals = []
        for (rows, how, key), keep in zip(corpora, train):
            for order in arrival_orders(rows, how, seeds):
                pred = run_stream(order, params)
                vals.append(objective(score([r for r in rows if str(r[key]) in keep], pred)))
        val = statistics.fmean(vals)
        if val > best_val:
            best, best_val = params, val
    return best


GRID_FIELDS = ("threshold", "merge_threshold", "split_ratio", "split_max_across")


def grid(base: ClusterParams, thresholds: Sequence[float], merge: Sequence[float] = (0.25, 0.3, 0.4),
         split: Sequence[float] = (0.7, 0.8, 0.9), across: Sequence[float] = (0.3, 0.35, 0.4)) -> list[ClusterParams]:
    """The few parameters cross-validation chooses (`GRID_FIELDS`); the rest stay at their defaults."""
    return [replace(base, threshold=t, merge_threshold=m, split_ratio=r, split_max_across=a)
            for t in thresholds for m in merge for r in split for a in across]


def summarize(runs: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for metric in ("pair", "bcubed"):
        out[metric] = {}
        for part in ("p", "r", "f1"):
            vals = [r[metric][part] for r in runs]
            out[metric][part] = {"mean": round(statistics.fmean(vals), 4),
                                 "sd": round(statistics.pstdev(vals), 4),
                                 "min": round(min(vals), 4), "max": round(max(vals), 4)}
    return out
