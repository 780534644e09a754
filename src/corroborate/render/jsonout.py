"""JSON rendering: the documented contract (articles, stories, quotes, utterances), plus errors."""
from __future__ import annotations

import json
from typing import Any

from corroborate.model import Batch


def to_dict(batch: Batch) -> dict[str, Any]:
    """The batch as plain JSON-ready data."""
    return {
        "articles": [
            {
                "id": a.id,
                "source": a.source,
                "url": a.url,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "story_id": a.story_id,
                "duplicate_of": a.duplicate_of,
                "text": a.text,
                "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in a.removed],
            }
            for a in batch.articles
        ],
        "stories": [{"id": s.id, "title": s.title, "article_ids": list(s.article_ids)} for s in batch.stories],
        "quotes": [
            {
                "id": q.id,
                "article_id": q.article_id,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "cue": q.cue,
                "partial": q.partial,
                **q.source_spans(),
            }
            for q in batch.quotes
        ],
        "utterances": [
            {
                "id": u.id,
                "speaker": u.speaker,
                "quote_ids": list(u.quote_ids),
                "differences": [
                    {
                        "quote_a": d.quote_a,
                        "quote_b": d.quote_b,
                        "similarity": d.similarity,
                        "ops": [{"op": tag, "a": a, "b": b} for tag, a, b in d.ops],
                    }
                    for d in u.differences
                ],
            }
            for u in batch.utterances
        ],
        "errors": list(batch.errors),
    }


def render_json(batch: Batch) -> str:
    return json.dumps(to_dict(batch), ensure_ascii=False, indent=2) + "\n"
