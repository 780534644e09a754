"""Terminal brief: per story, who said what, how each outlet worded it, and what cleaning removed."""
from __future__ import annotations

import textwrap

from corroborate.model import Batch
from corroborate.render.brief import QuoteLine, UtteranceView, build, inline_diff

WIDTH = 100


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ") or [indent]


def _quote(line: QuoteLine, indent: str) -> list[str]:
    q = line.quote
    kind = "partial" if q.partial else "full"
    cue = f", cue: {q.cue}" if q.cue else ""
    head = f"{line.outlet} [{line.pointer}] ({kind}{cue})"
    return [indent + head] + _wrap(f"“{q.text}”", indent + "  ")


def _utterance(uv: UtteranceView) -> list[str]:
    out = [f"  ▸ {uv.speaker}" + (f" — {len(uv.outlets)} outlets" if len(uv.outlets) > 1 else "")]
    for line in uv.lines:
        out += _quote(line, "    ")
    for d in uv.diffs:
        out.append(f"    wording, {d.a.outlet} → {d.b.outlet} (overlap {d.similarity:.0%}):")
        out += _wrap(inline_diff(d.ops), "      ")
    return out


def render_text(batch: Batch) -> str:
    lines: list[str] = []
    for view in build(batch):
        outlets = sorted(set(view.outlets.values()))
        lines += [f"━━ Story: {view.title}  [{view.id}]", f"   {len(view.articles)} article(s) from {len(outlets)} outlet(s)"]
        for a in view.articles:
            removed = f", {len(a.removed)} line(s) of chrome removed" if a.removed else ""
            date = f", {a.published}" if a.published else ""
            lines.append(f"   • {view.outlets[a.id]}{date}: {a.title or '(untitled)'} [{a.id}]{removed}")
        for copy, original in view.copies:
            lines.append(f"   ⧉ {copy.id} is a copy of {original.id}: not counted as independent coverage")
        for heading, group in view.sections:
            lines += ["", f" {heading}:"]
            for uv in group:
                lines += _utterance(uv)
        lines.append("")
    if batch.errors:
        lines += [" Inputs skipped:"] + [f"   ! {e}" for e in batch.errors] + [""]
    return "\n".join(lines)
