"""Dedup and clustering together over an endless stream: what `cluster`, ingest and the store use."""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from corroborate.cluster.engine import ClusterParams, ClusterState, StreamClusterer
from corroborate.dedup.minhash import DedupState, NearDuplicateIndex


@dataclass
class StreamState:
    """Both engines' state plus recent article -> story links; plain data, picklable."""

    dedup: DedupState = field(default_factory=DedupState)
    cluster: ClusterState = field(default_factory=ClusterState)
    story_of: OrderedDict[str, str] = field(default_factory=OrderedDict)
    copies: dict[str, list[str]] = field(default_factory=dict)  # original -> its recent copies


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
        self.window = dedup_window
        self.moves: list[tuple[str, str]] = []

    def add(self, article_id: str, text: str, title: str | None = None,
            published: str | None = None) -> tuple[str, str | None]:
        original = self.dedup.add(article_id, text)
        links, copies = self.state.story_of, self.state.copies
        story = links.get(original) if original is not None else None
        self.moves = []
        if story is None:
            story = self.clusterer.add(article_id, text, title, published)
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
