"""The `cluster` pipeline stage: run the streaming engine over one batch in list order."""
from __future__ import annotations

import copy
from dataclasses import fields

from corroborate.cluster.engine import ClusterParams, StreamClusterer
from corroborate.model import Batch, Story
from corroborate.pipeline import Stage, register


@register("cluster")
class StoryClusterer(Stage):
    """Give every article a `story_id` and list the batch's stories in order of first article.

    A copy (`duplicate_of` set by dedup) joins its original's story without being compared, so
    syndicated text neither creates a story nor pulls a centroid towards itself.
    Any `ClusterParams` field can be passed as a keyword (pipeline config).
    """

    requires = ("article.text",)
    assigns = ("article.story_id", "batch.stories")

    def __init__(self, **params: float | int | None) -> None:
        known = {f.name for f in fields(ClusterParams)}
        unknown = set(params) - known
        if unknown:
            raise ValueError(f"unknown cluster parameter(s): {', '.join(sorted(unknown))}")
        self.params = ClusterParams(**params)  # type: ignore[arg-type]

    def __call__(self, batch: Batch) -> Batch:
        out = copy.deepcopy(batch)
        engine = StreamClusterer(self.params)
        by_article: dict[str, str] = {}
        for a in out.articles:
            sid = by_article.get(a.duplicate_of) if a.duplicate_of else None
            if sid is None:
                sid = engine.add(a.id, a.text or "", a.title, a.published)
                moved = dict(engine.moves)
                if moved:  # a split re-assigned earlier articles, and so their copies
                    for b in out.articles:  # list order: an original comes before its copies
                        if b.id not in by_article:
                            continue
                        if b.id in moved:
                            by_article[b.id] = moved[b.id]
                        elif b.duplicate_of in by_article:
                            by_article[b.id] = by_article[b.duplicate_of]  # type: ignore[index]
            by_article[a.id] = sid
        stories: dict[str, Story] = {}
        for a in out.articles:
            a.story_id = sid = by_article[a.id]
            if sid not in stories:
                title = engine.state.active[sid].title if sid in engine.state.active else (a.title or "")
                stories[sid] = Story(id=sid, title=title)
            stories[sid].article_ids.append(a.id)
        out.stories = list(stories.values())
        return out
