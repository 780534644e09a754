"""Renderers: the analysed batch as a terminal brief, JSON, Markdown or HTML."""
from __future__ import annotations

from collections.abc import Callable

from corroborate.model import Batch
from corroborate.render.html import render_html
from corroborate.render.jsonout import render_json
from corroborate.render.markdown import render_markdown
from corroborate.render.text import render_text

RENDERERS: dict[str, Callable[[Batch], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
}


def render(batch: Batch, fmt: str = "text") -> str:
    """The batch in format `fmt` (one of RENDERERS)."""
    if fmt not in RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(RENDERERS)}")
    return RENDERERS[fmt](batch)
