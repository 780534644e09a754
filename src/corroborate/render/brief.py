"""The story brief as plain data: what every renderer shows, each line with its article and span."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from corroborate.model import Article, Batch, Quote, Utterance, WordDiff


@dataclass
class QuoteLine:
    quote: Quote
    outlet: str
    pointer: str  # "article-id:start-end", the span the line points back to


@dataclass
class DiffLine:
    a: QuoteLine
    b: QuoteLine
    similarity: float
    ops: list[tuple[str, str, str]]


@dataclass
class UtteranceView:
    utterance: Utterance
    speaker: str
    lines: list[QuoteLine]
    diffs: list[DiffLine]

    @property
    def outlets(self) -> list[str]:
        return sorted({line.outlet for line in self.lines})


@dataclass
class StoryView:
    id: str
    title: str
    articles: list[Article]
    outlets: dict[str, str]  # article id -> outlet label
    shared: list[UtteranceView] = field(default_factory=list)  # quoted by two or more articles
    single: list[UtteranceView] = field(default_factory=list)  # quoted by one article only
    copies: list[tuple[Article, Article]] = field(default_factory=list)  # (copy, original)

    @property
    def sections(self) -> list[tuple[str, list[UtteranceView]]]:
        """The non-empty groups of utterances under their headings, in display order."""
        groups = [("Quoted by several outlets", self.shared), ("Quoted by one outlet only", self.single)]
        return [(heading, group) for heading, group in groups if group]


def outlet_label(article: Article) -> str:
    """The outlet, or an honest placeholder naming the source when it is unknown."""
    if article.outlet:
        return article.outlet
    return f"unknown outlet ({PurePath(article.source).name or article.source})"


def pointer(q: Quote) -> str:
    return f"{q.article_id}:{q.start}-{q.end}"


def build(batch: Batch) -> list[StoryView]:
    """One view per story (articles without a story form their own), in a stable order."""
    by_id = {a.id: a for a in batch.articles}
    quotes = {q.id: q for q in batch.quotes}
    stories = [(s.id, s.title, [by_id[i] for i in s.article_ids if i in by_id]) for s in batch.stories]
    placed = {a.id for _, _, arts in stories for a in arts}
    stories += [(a.id, a.title or "(untitled)", [a]) for a in batch.articles if a.id not in placed]

    views = []
    for sid, title, arts in stories:
        labels = {a.id: outlet_label(a) for a in arts}
        view = StoryView(sid, title, arts, labels)
        view.copies = [(a, by_id[a.duplicate_of]) for a in arts if a.duplicate_of in by_id]
        for utt in batch.utterances:
            members = [quotes[i] for i in utt.quote_ids if i in quotes and quotes[i].article_id in labels]
            if not members:
                continue
            lines = {q.id: QuoteLine(q, labels[q.article_id], pointer(q)) for q in members}
            diffs = [_diff_line(d, lines) for d in utt.differences if d.quote_a in lines and d.quote_b in lines]
            uv = UtteranceView(utt, utt.speaker, list(lines.values()), diffs)
            (view.shared if len({q.article_id for q in members}) > 1 else view.single).append(uv)
        order = {a.id: i for i, a in enumerate(arts)}
        key = lambda u: (u.speaker, order[u.lines[0].quote.article_id], u.lines[0].quote.start)  # noqa: E731
        view.shared.sort(key=key)
        view.single.sort(key=key)
        views.append(view)
    return views


def _diff_line(d: WordDiff, lines: dict[str, QuoteLine]) -> DiffLine:
    return DiffLine(lines[d.quote_a], lines[d.quote_b], d.similarity, d.ops)


def inline_diff(ops: list[tuple[str, str, str]], deleted: str = "[-{}-]", inserted: str = "{{+{}+}}") -> str:
    """The diff as one line of text: equal words plain, others marked (wdiff style by default)."""
    parts = []
    for tag, a, b in ops:
        if tag == "equal":
            parts.append(a)
            continue
        if a:
            parts.append(deleted.format(a))
        if b:
            parts.append(inserted.format(b))
    return " ".join(parts)
