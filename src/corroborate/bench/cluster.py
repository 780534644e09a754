"""`corroborate bench cluster`: story clustering accuracy (cross-validated), dedup, throughput.

Accuracy: the dev events (ECB+ topics 1-20, GVC incidents) are split into folds by topic / by
incident; for each fold four parameters (join threshold, merge threshold, split ratio, largest
similarity across a split: `events.grid`) are chosen on the other folds (whole stream run, only
training items scored) and the held-out fold is scored, over several arrival orders (ECB+
shuffled, GVC by date with ties shuffled). Figures are pooled over folds per order, then given
as mean, sd, min and max over orders. The shipped defaults are also scored in-sample, and on ECB+
with every article given its topic's median date (`same_days`: sister events on the same days).
Dedup: edited copies of real dev articles (chrome changed, a paragraph cut, the headline
rewritten, all three) made at run time and mixed into the stream.
Throughput: cleaning + dedup + clustering on synthetic streams built from real sentences, each
size in a fresh process so its peak memory is its own; with worker processes for the per-article
work (see `cluster.stream.prepare_all`) and, as the baseline, in one process.
"""
from __future__ import annotations

import json
import multiprocessing
import random
import resource
import time
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

from corroborate.bench.events import (GRID_FIELDS, arrival_orders, folds_by, grid, load_rows, run_stream, score,
                                      select, summarize)
from corroborate.bench.streams import CHROME, sentence_pools, synthetic_stream
from corroborate.cluster.engine import ClusterParams
from corroborate.dedup.minhash import NearDuplicateIndex, shingle_hashes

THRESHOLDS = (0.15, 0.2, 0.25)
REPO = Path(__file__).resolve().parents[3]


def default_data_dir() -> Path:
    return REPO.parent / "shared" / "data" / "events"


def cross_validate(ecb: list[dict], gvc: list[dict], orders: int, folds: int,
                   log: Callable[[str], None]) -> dict:
    corpora = [(ecb, "shuffle", "topic"), (gvc, "date", "event")]
    fold_sets = [folds_by(rows, key, folds) for rows, _, key in corpora]
    chosen = []
    preds: list[list[dict[str, str]]] = [[{} for _ in range(orders)] for _ in corpora]
    for k in range(folds):
        train = [set().union(*(f for j, f in enumerate(fs) if j != k)) for fs in fold_sets]
        params = select(grid(ClusterParams(), THRESHOLDS), corpora, train, seeds=range(100, 103))
        chosen.append({f: getattr(params, f) for f in GRID_FIELDS})
        log(f"fold {k}: chose {chosen[-1]}")
        for c, (rows, how, key) in enumerate(corpora):
            test = fold_sets[c][k]
            for o, order in enumerate(arrival_orders(rows, how, range(orders))):
                pred = run_stream(order, params)
                for r in rows:
                    if str(r[key]) in test:
                        preds[c][o][r["id"]] = f"{k}:{pred[r['id']]}"
    out = {"folds": folds, "orders": orders, "params_chosen": chosen}
    for c, name in enumerate(("ecbplus", "gvc")):
        rows = corpora[c][0]
        out[name] = summarize([score(rows, preds[c][o]) for o in range(orders)])
    return out


def in_sample(ecb: list[dict], gvc: list[dict], orders: int) -> dict:
    """The shipped defaults on all dev data (not cross-validated: for reference only), and on ECB+
    with sister events made to share their days (`same_days`)."""
    params = ClusterParams()
    same = same_days(ecb)
    return {"params": {f: getattr(params, f) for f in GRID_FIELDS},
            "ecbplus": summarize([score(ecb, run_stream(o, params)) for o in arrival_orders(ecb, "shuffle", range(orders))]),
            "gvc": summarize([score(gvc, run_stream(o, params)) for o in arrival_orders(gvc, "date", range(orders))]),
            "ecbplus_sisters_on_the_same_days": summarize(
                [score(same, run_stream(o, params)) for o in arrival_orders(same, "shuffle", range(orders))])}


def same_days(rows: list[dict]) -> list[dict]:
    """A stress test of date evidence: every article dated with its topic's median published date.

    In ECB+ one event of each topic comes from the undated original ECB, so its sister events never
    look close in time; here they all do, and only what the articles say can tell them apart.
    """
    dates: dict[str, list[str]] = {}
    for r in rows:
        if r.get("published"):
            dates.setdefault(str(r["topic"]), []).append(r["published"][:10])
    median = {t: sorted(d)[len(d) // 2] for t, d in dates.items()}
    return [dict(r, published=median.get(str(r["topic"]))) for r in rows]


def edited_copies(row: dict, rng: random.Random) -> dict[str, str]:
    """Edited re-publications of one article (title line + text): what dedup must find."""
    title = row.get("title") or ""
    paras = [p for p in (row.get("text") or "").split("\n") if p.strip()]
    words = title.split()
    new_title = " ".join(["Update:"] + words[len(words) // 2:] + ["-"] + words[: len(words) // 2]) or "Update"
    cut = paras[:]
    if len(cut) > 2:
        del cut[rng.randrange(1, len(cut))]
    head, foot = rng.sample(CHROME, 2)
    return {
        "chrome": "\n".join([head, title] + paras + [foot, "Read more stories like this"]),
        "cut": "\n".join([title] + cut),
        "headline": "\n".join([new_title] + paras),
        "all": "\n".join([head, new_title] + cut + [foot]),
    }


def dedup_eval(rows: list[dict], seed: int = 0) -> dict:
    """Precision/recall of copy detection on originals plus their edited copies, shuffled."""
    rng = random.Random(seed)
    items = []  # (id, group, kind, text)
    for r in rows:
        if len((r.get("text") or "").split()) < 80:
            continue  # too short to copy-edit meaningfully
        items.append((r["id"], r["id"], "original", "\n".join([r.get("title") or "", r.get("text") or ""])))
        for kind, text in edited_copies(r, rng).items():
            items.append((f"{r['id']}~{kind}", r["id"], kind, text))
    rng.shuffle(items)
    index = NearDuplicateIndex()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    t0 = time.perf_counter()
    for aid, _, _, text in items:
        link = index.add(aid, text)
        parent[aid] = find(link) if link is not None else aid
    elapsed = time.perf_counter() - t0
    root = {aid: find(aid) for aid in parent}
    group = {aid: g for aid, g, _, _ in items}
    kind = {aid: k for aid, _, k, _ in items}
    # Pairs within a predicted group (same root) vs pairs within a gold group.
    by_root: dict[str, list[str]] = {}
    for aid, r in root.items():
        by_root.setdefault(r, []).append(aid)
    pred_pairs = {tuple(sorted(p)) for ids in by_root.values() for p in combinations(ids, 2)}
    by_group: dict[str, list[str]] = {}
    for aid, g in group.items():
        by_group.setdefault(g, []).append(aid)
    gold_pairs = {tuple(sorted(p)) for ids in by_group.values() for p in combinations(ids, 2)}
    tp = len(pred_pairs & gold_pairs)
    false = sorted(pred_pairs - gold_pairs)
    recall_by_kind = {}
    for k in ("chrome", "cut", "headline", "all"):
        copies = [aid for aid in group if kind[aid] == k]
        found = sum(root[aid] == root[group[aid]] for aid in copies)
        recall_by_kind[k] = round(found / len(copies), 4) if copies else None
    # Which distinct real articles ended up together, and how much text they really share:
    # a high exact Jaccard means a genuine syndicated copy in the source data, not a mistake.
    texts = {aid: text for aid, _, k, text in items if k == "original"}
    joined = sorted({tuple(sorted((group[a], group[b]))) for a, b in false})
    real_links = []
    for a, b in joined:
        sa, sb = set(shingle_hashes(texts[a]).tolist()), set(shingle_hashes(texts[b]).tolist())
        real_links.append([a, b, round(len(sa & sb) / max(1, len(sa | sb)), 3)])
    return {"articles": len(items), "originals": len(by_group),
            "real_article_pairs_linked": real_links,
            "linked_with_exact_jaccard_below_0.3": sum(j < 0.3 for _, _, j in real_links),
            "pair_precision": round(tp / len(pred_pairs), 4) if pred_pairs else 1.0,
            "pair_recall": round(tp / len(gold_pairs), 4) if gold_pairs else 1.0,
            "copy_recall_by_edit": recall_by_kind,
            "pairs_across_originals": len(false),
            "articles_per_s": round(len(items) / elapsed, 1)}


def _cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _throughput_child(n: int, pool_paths: list[str], workers: int, queue: multiprocessing.Queue) -> None:
    from corroborate.cluster.split import limit_blas_threads
    from corroborate.cluster.stream import Preparer, StoryStream, prepare_all

    limit_blas_threads()  # as `corroborate cluster` does

    pools = sentence_pools([Path(p) for p in pool_paths])
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    params = ClusterParams(window_articles=20000)
    stream = StoryStream(params)
    making = 0.0  # time spent generating the synthetic stream: not the system's work
    chars = 0

    def items() -> Iterator[tuple[str, str, str | None, str | None]]:
        nonlocal making, chars
        source = synthetic_stream(pools, n, seed=n)
        while True:
            t = time.perf_counter()
            art = next(source, None)
            making += time.perf_counter() - t
            if art is None:
                return
            chars += len(art["text"])
            yield art["id"], art["text"], art["title"], art["published"]

    tenth = max(1, n // 10)
    marks: list[float] = []
    cpu_start = _cpu_seconds()
    start = time.perf_counter()
    for i, prepared in enumerate(prepare_all(Preparer(params, clean=True), items(), workers)):
        stream.add_prepared(prepared)
        if (i + 1) % tenth == 0:
            marks.append(time.perf_counter() - start - making)
    busy = time.perf_counter() - start - making
    # CPU time of this process and its (finished) workers, generation excluded: unlike
    # articles/s, it hardly depends on what else the machine is running.
    cpu = _cpu_seconds() - cpu_start - making
    per_tenth = [b - a for a, b in zip([0.0] + marks, marks)]
    st = stream.state.cluster
    queue.put({
        "articles": n, "workers": workers, "mean_chars": round(chars / max(1, n)), "seconds": round(busy, 2),
        "articles_per_s": round(n / busy, 1),
        "cpu_ms_per_article": round(1000 * cpu / n, 3),
        "ms_per_article_by_tenth": [round(1000 * s / tenth, 3) for s in per_tenth],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "engine_rss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, 1),
        "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "active_stories_at_end": len(st.active), "dormant_stories": st.dormant,
        "dedup_window_articles": len(stream.dedup),
    })


def throughput(n: int, pool_paths: list[Path], workers: int = 2) -> dict:
    """Cleaning + dedup + clustering of a synthetic `n`-article stream in a fresh process.

    `workers` > 0: the per-article work that needs no stream state (cleaning, features, MinHash)
    runs in that many worker processes while the main process assigns stories in order; 0: all
    in the one process.
    """
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_throughput_child, args=(n, [str(p) for p in pool_paths], workers, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def run_bench(data_dir: Path, sizes: list[int], orders: int = 10, folds: int = 3,
              log: Callable[[str], None] = print, workers: int = 2, accuracy: bool = True) -> dict:
    ecb = load_rows(data_dir / "ecbplus_dev.jsonl")
    gvc = load_rows(data_dir / "gvc_dev.jsonl")
    result: dict = {"data": str(data_dir), "params": ClusterParams().__dict__}
    if accuracy:
        log("cross-validating ...")
        result["cross_validated"] = cross_validate(ecb, gvc, orders, folds, log)
        result["in_sample_defaults"] = in_sample(ecb, gvc, orders)
        log("dedup ...")
        result["dedup"] = dedup_eval(ecb + gvc)
    pool_paths = [data_dir / "ecbplus_dev.jsonl", data_dir / "gvc_dev.jsonl"]
    polnear = data_dir.parent / "polnear" / "polnear_train.jsonl"
    if polnear.exists():
        pool_paths.append(polnear)
    result["throughput"] = []
    for n in sizes:
        # All in one process too, as the baseline in the same run (not for the longest stream: time).
        for w in sorted({workers, 0}, reverse=True) if n <= 100000 else [workers]:
            log(f"throughput: {n} articles, {w} process(es) ...")
            result["throughput"].append(throughput(n, pool_paths, w))
    return result


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(run_bench(default_data_dir(), [10000]), indent=2))
