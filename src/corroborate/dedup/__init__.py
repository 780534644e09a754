"""Dedup stage: mark syndicated copies and re-publications as copies of one another.

`NearDuplicateIndex` (in `minhash`) is the streaming engine the store and ingest can keep alive
between batches (its `state` is plain data); the stage runs a fresh index over one batch.
"""
from __future__ import annotations

import copy

from corroborate.dedup.minhash import DedupState, NearDuplicateIndex
from corroborate.model import Batch
from corroborate.pipeline import Stage, register

__all__ = ["Deduplicator", "NearDuplicateIndex", "DedupState"]


@register("dedup")
class Deduplicator(Stage):
    """Set `duplicate_of` to the earliest article (in list order) that an article copies."""

    requires = ("article.text",)
    assigns = ("article.duplicate_of",)

    def __init__(self, threshold: float = 0.5, window: int = 20000) -> None:
        self.threshold = threshold
        self.window = window

    def __call__(self, batch: Batch) -> Batch:
        out = copy.deepcopy(batch)
        index = NearDuplicateIndex(threshold=self.threshold, window=self.window)
        for article in out.articles:
            article.duplicate_of = index.add(article.id, article.text or "")
        return out
