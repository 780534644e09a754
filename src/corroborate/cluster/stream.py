"""Dedup and clustering together over an endless stream: what `cluster`, ingest and the store use.

Work per article splits in two. `Preparer` computes what depends on the article alone (cleaned
text, clustering evidence, MinHash signature): any process can do it, so `prepare_all` spreads
it over worker processes. `StoryStream.add_prepared` does what depends on the stream so far
(is it a copy, which story): that part is sequential, in arrival order.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult

import numpy as np

from corroborate.clean import clean_text
from corroborate.cluster.engine import ClusterParams, ClusterState, StreamClusterer, article_evidence
from corroborate.cluster.features import Evidence
from corroborate.dedup.minhash import DedupState, NearDuplicateIndex
from corroborate.workers import start_workers, stop_workers

Item = tuple[str, str, str | None, str | None]  # id, text, title, published


@dataclass
class StreamState:
    """Both engines' state plus recent article -> story links; plain data, picklable."""

    dedup: DedupState = field(default_factory=DedupState)
    cluster: ClusterState = field(default_factory=ClusterState)
    story_of: OrderedDict[str, str] = field(default_factory=OrderedDict)
    copies: dict[str, list[str]] = field(default_factory=dict)  # original -> its recent copies


@dataclass
class Prepared:
    """One article's stream-independent features."""

    id: str
    evidence: Evidence
    signature: np.ndarray | None


@dataclass
class Preparer:
    """`(id, text, title, published) -> Prepared`; picklable, so worker processes can run it."""

    params: ClusterParams = field(default_factory=ClusterParams)
    clean: bool = False  # run the clean stage's text rules first (for raw scraped text)

    def __call__(self, item: Item) -> Prepared:
        article_id, text, title, published = item
        if self.clean:
            text, _ = clean_text(text)
        return Prepared(article_id, article_evidence(self.params, text, title, published), _HASHER.signature_of(text))


# Signatures depend only on the shingle size and hash family, the same in every process and
# every `StoryStream` (which sets only the threshold and window of its index).
_HASHER = NearDuplicateIndex()


def _prepare_batch(preparer: Preparer, part: list[Item]) -> list[Prepared]:
    return list(map(preparer, part))


def prepare_all(preparer: Preparer, items: Iterable[Item], workers: int = 0, chunk: int = 128,
                method: str | None = None) -> Iterator[Prepared]:
    """`preparer` over `items`, in order: here (`workers` 0) or in that many worker processes.

    Work goes out in tasks of up to `chunk` articles, the first ones smaller so the sequential part
    starts at once, at most two per worker in flight: memory stays bounded on an endless stream,
    and when the input ends little is left for the sequential part to finish alone on one core.
    """
    it = iter(items)
    if workers <= 0:
        yield from map(preparer, it)
        return
    size = min(chunk, 8)
    pending: deque[AsyncResult] = deque()
    pool = start_workers(workers, method)
    try:
        while True:
            while len(pending) < 2 * workers:
                part = list(islice(it, size))
                if not part:
                    break
                pending.append(pool.apply_async(_prepare_batch, (preparer, part)))
                size = min(chunk, size * 2)
            if not pending:
                return
            yield from pending.popleft().get()
    finally:
        stop_workers(pool, pending)


class StoryStream:
    """`add(...) -> (story_id, duplicate_of)`: a copy joins its original's story uncompared.

    When the clusterer splits a story, earlier articles change story: after each `add`, `moves`
    lists them (copies included) as (article id, new story id).
    """

    def __init__(self, params: ClusterParams | None = None, dedup_threshold: float = 0.5,
                 dedup_window: int = 20000, state: StreamState | None = None) -> None:
        self.state = state or StreamState()
        self.dedup = NearDuplicateIndex(threshold=dedup_threshold, window=dedup_window, state=self.state.dedup)
        self.clusterer = StreamClusterer(params, state=self.state.cluster)
        self.preparer = Preparer(self.clusterer.params)
        self.window = dedup_window
        self.moves: list[tuple[str, str]] = []

    def add(self, article_id: str, text: str, title: str | None = None,
            published: str | None = None) -> tuple[str, str | None]:
        return self.add_prepared(self.preparer((article_id, text, title, published)))

    def add_prepared(self, item: Prepared) -> tuple[str, str | None]:
        """`add` for an article whose features a `Preparer` with the same params computed."""
        article_id = item.id
        original = self.dedup.add_signature(article_id, item.signature)
        links, copies = self.state.story_of, self.state.copies
        story = links.get(original) if original is not None else None
        self.moves = []
        if story is None:
            story = self.clusterer.add_evidence(article_id, item.evidence)
            for aid, sid in self.clusterer.moves:
                todo = [aid]  # the moved article, its copies, their copies
                while todo:
                    a = todo.pop()
                    self.moves.append((a, sid))
                    todo.extend(copies.get(a, ()))
            for aid, sid in self.moves:
                if aid in links:
                    links[aid] = sid
        else:
            copies.setdefault(original, []).append(article_id)  # type: ignore[arg-type]
        links[article_id] = story
        while len(links) > self.window:
            old, _ = links.popitem(last=False)
            copies.pop(old, None)
        return story, original
