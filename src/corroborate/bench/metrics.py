"""Clustering scores: pair P/R/F1 (Miranda et al.'s "standard" metric) and BCubed P/R/F1."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def pair_scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Precision/recall over pairs of items placed together (in gold, in prediction)."""
    def pairs(c: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())

    both = pairs(Counter(zip(gold, pred)))
    pp, gp = pairs(Counter(pred)), pairs(Counter(gold))
    return _prf(both / pp if pp else 1.0, both / gp if gp else 1.0)


def bcubed_scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Item-averaged BCubed precision/recall."""
    n = len(gold)
    if not n:
        return _prf(1.0, 1.0)
    cell, gsize, psize = Counter(zip(gold, pred)), Counter(gold), Counter(pred)
    p = sum(cell[(g, q)] / psize[q] for g, q in zip(gold, pred)) / n
    r = sum(cell[(g, q)] / gsize[g] for g, q in zip(gold, pred)) / n
    return _prf(p, r)
