"""Clean stage: turn scraped text into article text only, recording each removed line and why.

The output text has one paragraph per line, joined by single `\\n` (blank lines dropped, trailing
whitespace stripped, the lines of a hard-wrapped paragraph joined with a space, nothing else inside a
kept line changed), so downstream offsets index a plain string. What is removed, and why, is in
`Article.removed`; see `rules.py` for the signals.
"""
from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Iterable

from corroborate.clean.rules import (PARAGRAPH_END, QUOTE_CHARS, REASONS, hard_wrapped_lines, is_sentence, list_item,
                                     looks_like_headline, strong_reason)
from corroborate.model import Article, Batch, Removed
from corroborate.pipeline import Stage, register

__all__ = ["Cleaner", "clean_text", "repeated_lines", "REASONS"]


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


def _starts_paragraph(line: str) -> bool:
    """Whether a line can start a new paragraph (capital, digit or opening quote), not continue one."""
    first = line.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in QUOTE_CHARS or first in "(['‘-–—•")


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines of hard-wrapped text with each paragraph on its first line (its other lines joined to it
    with a space, and left empty), so that a line is a paragraph and `Removed.line` still counts raw lines."""
    out = list(lines)
    head = -1
    for i, line in enumerate(lines):
        if not line.strip():
            head = -1
        elif head < 0 or list_item(line):
            head = i
        else:
            out[head] = out[head].rstrip() + " " + line.strip()
            out[i] = ""
    return out


def clean_text(raw: str, *, repeated: Iterable[str] = frozenset()) -> tuple[str, list[Removed]]:
    """Article text of `raw` and the lines removed from it.

    `repeated`: lines seen in other articles of the same outlet (compared case- and
    space-insensitively); such a line is removed only if it is not a sentence.
    """
    repeated_keys = {_key(r) for r in repeated}
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if hard_wrapped_lines(lines):
        lines = _unwrapped(lines)
    stripped = [ln.strip() for ln in lines]
    nonempty = [i for i, s in enumerate(stripped) if s]
    first = nonempty[0] if nonempty else -1
    verdict: dict[int, str] = {}
    for i in nonempty:
        reason = strong_reason(stripped[i])
        if reason:
            verdict[i] = reason
    # Shape rules look at the neighbours left once the strong rules have spoken.
    content = [i for i in nonempty if i not in verdict]
    prev_kept = ""
    for pos, i in enumerate(content):
        s = stripped[i]
        if i == first or is_sentence(s):
            prev_kept = s
            continue  # the first line is the headline or the lede: kept
        if _key(s) in repeated_keys:
            verdict[i] = "repeated-boilerplate"
            continue
        next_line = stripped[content[pos + 1]] if pos + 1 < len(content) else ""
        # Standing alone: the last kept paragraph ended, and what follows starts a new one.
        # (A hard-wrapped paragraph fails this: its lines end mid-sentence; so do list items.)
        alone = prev_kept.endswith(PARAGRAPH_END) and (not next_line or _starts_paragraph(next_line))
        if alone and looks_like_headline(s):
            # One or two words alone (a section name, a caption credit) are a label, not a headline.
            verdict[i] = "label" if len(s.split()) <= 2 else "pasted-headline"
        else:
            prev_kept = s
    kept = [lines[i].rstrip() for i in nonempty if i not in verdict]
    removed = [Removed(text=stripped[i], reason=verdict[i], line=i) for i in sorted(verdict)]
    return "\n".join(kept), removed


def repeated_lines(articles: Iterable[Article], min_articles: int = 2) -> dict[str, set[str]]:
    """Per outlet, the non-sentence lines that occur in at least `min_articles` of its articles.

    Articles with no known outlet are not compared (two outlets' copies of one wire story would
    otherwise look like one site's boilerplate).
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        if not article.outlet:
            continue
        keys = {_key(ln) for ln in article.raw_text.split("\n")[1:] if ln.strip() and not is_sentence(ln.strip())}
        counts[article.outlet].update(keys)
    return {outlet: {k for k, c in counter.items() if c >= min_articles} for outlet, counter in counts.items()}


@register("clean")
class Cleaner(Stage):
    """Remove site chrome and pasted headlines from each article's raw text (batch-level, so that
    lines repeated across one outlet's articles count as boilerplate)."""

    requires = ("article.raw_text",)
    assigns = ("article.text", "article.removed")

    def __init__(self, min_repeats: int = 2, use_repeated: bool = True):
        self.min_repeats = max(2, int(min_repeats))
        self.use_repeated = use_repeated

    def __call__(self, batch: Batch) -> Batch:
        out = copy.deepcopy(batch)
        repeated = repeated_lines(out.articles, self.min_repeats) if self.use_repeated else {}
        for article in out.articles:
            article.text, article.removed = clean_text(
                article.raw_text, repeated=repeated.get(article.outlet or "", frozenset()))
        return out
