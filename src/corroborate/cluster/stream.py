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


class StoryStream:
    """`add(...) -> (story_id, duplicate_of)`: a copy joins its original's story uncompared."""

    def __init__(self, params: ClusterParams | None = None, dedup_threshold: float = 0.5,
                 dedup_window: int = 20000, state: StreamState | None = None) -> None:
        self.state = state or StreamState()
        self.dedup = NearDuplicateIndex(threshold=dedup_threshold, window=dedup_window, state=self.state.dedup)
        self.clusterer = StreamClusterer(params, state=self.state.cluster)
        self.window = dedup_window

    def add(self, article_id: str, text: str, title: str | None = None,
            published: str | None = None) -> tuple[str, str | None]:
        original = self.dedup.add(article_id, text)
        story = self.state.story_of.get(original) if original is not None else None
        if story is None:
            story = self.clusterer.add(article_id, text, title, published)
        links = self.state.story_of
        links[article_id] = story
        while len(links) > self.window:
            links.popitem(last=False)
        return story, original
