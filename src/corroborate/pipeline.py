"""Registered stages run in order over one `Batch`.

Each stage is a small class registered by name with what it `requires` and what it `assigns`
(in the spirit of spaCy's components); `Pipeline` refuses an order in which a stage runs before
what it needs. Stages never mutate their input: they return a new `Batch`.
"""
from __future__ import annotations

import copy
import importlib
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from corroborate.model import Article, Batch

# What ingest provides before any stage runs.
INGESTED = ("article.raw_text", "article.source", "article.outlet", "article.title", "article.published")

DEFAULT_STAGES = ("clean", "dedup", "cluster", "quotes", "align")

_BUILTIN_MODULES = (
    "corroborate.clean",
    "corroborate.dedup",
    "corroborate.cluster",
    "corroborate.quotes",
    "corroborate.align",
)

_REGISTRY: dict[str, type[Stage]] = {}


class Stage:
    """Base of every stage: one call over a batch that returns a new batch."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, batch: Batch) -> Batch:
        raise NotImplementedError


class ArticleStage(Stage):
    """A stage that handles each article on its own (clean, quotes)."""

    def process(self, article: Article) -> Article:
        raise NotImplementedError

    def __call__(self, batch: Batch) -> Batch:
        out = copy.deepcopy(batch)
        out.articles = [self.process(a) for a in out.articles]
        return out


def register(name: str) -> Callable[[type[Stage]], type[Stage]]:
    """Class decorator: make a stage available to pipelines by `name`."""

    def deco(cls: type[Stage]) -> type[Stage]:
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return deco


def registered() -> dict[str, type[Stage]]:
    """All registered stages by name (built-in ones are loaded on first call)."""
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def check_order(stages: Iterable[Stage]) -> None:
    """Raise ValueError if a stage requires something no earlier stage (or ingest) assigns."""
    have = set(INGESTED)
    for stage in stages:
        missing = [r for r in stage.requires if r not in have]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage assigns")
        have.update(stage.assigns)


class Pipeline:
    """Stages in order; call it on a batch to get the analysed batch."""

    def __init__(self, names: Iterable[str] = DEFAULT_STAGES, config: dict[str, dict[str, Any]] | None = None):
        available = registered()
        config = config or {}
        unknown = [n for n in names if n not in available]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(sorted(available))}")
        self.stages = [available[n](**config.get(n, {})) for n in names]
        check_order(self.stages)

    def __call__(self, batch: Batch) -> Batch:
        for stage in self.stages:
            batch = stage(batch)
        return batch
