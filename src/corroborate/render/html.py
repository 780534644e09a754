"""HTML brief from a Jinja template with autoescaping: article content is always escaped."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from corroborate.model import Batch
from corroborate.render.brief import build

_ENV = Environment(
    loader=PackageLoader("corroborate.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(batch: Batch) -> str:
    return _ENV.get_template("brief.html").render(stories=build(batch), errors=batch.errors)
