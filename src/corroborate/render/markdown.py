"""Markdown brief: the same content as the terminal brief, for notes and issue trackers."""
from __future__ import annotations

from corroborate.model import Batch
from corroborate.render.brief import UtteranceView, build, inline_diff

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-.!|"})


def md(text: str) -> str:
    """Escape Markdown syntax and HTML in article content."""
    return " ".join(text.split()).translate(_SPECIAL)


def _utterance(uv: UtteranceView) -> list[str]:
    out = [f"#### {md(uv.speaker)}", ""]
    for line in uv.lines:
        q = line.quote
        cue = f", cue: *{md(q.cue)}*" if q.cue else ""
        kind = "partial" if q.partial else "full"
        out.append(f"- **{md(line.outlet)}** `{line.pointer}` ({kind}{cue}): “{md(q.text)}”")
    for d in uv.diffs:
        ops = [(tag, md(a), md(b)) for tag, a, b in d.ops]
        out.append(f"- wording, {md(d.a.outlet)} → {md(d.b.outlet)}: {inline_diff(ops, '~~{}~~', '**{}**')}")
    return out + [""]


def render_markdown(batch: Batch) -> str:
    lines: list[str] = []
    for view in build(batch):
        lines += [f"## {md(view.title)}", "", f"Story `{view.id}`, {len(view.articles)} article(s):", ""]
        for a in view.articles:
            date = f", {md(a.published)}" if a.published else ""
            lines.append(f"- **{md(view.outlets[a.id])}**{date}: {md(a.title or '(untitled)')} `{a.id}`"
                         + (f", {len(a.removed)} chrome line(s) removed" if a.removed else ""))
        for copy, original in view.copies:
            lines.append(f"- `{copy.id}` is a copy of `{original.id}`")
        lines.append("")
        for heading, group in view.sections:
            lines += [f"### {heading}", ""]
            for uv in group:
                lines += _utterance(uv)
    if batch.errors:
        lines += ["## Inputs skipped", ""] + [f"- {md(e)}" for e in batch.errors] + [""]
    return "\n".join(lines)
