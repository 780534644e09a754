"""The one data model every stage reads and writes.

Plain dataclasses, importing nothing from the project. Offsets (`start`, `end`) always index
`Article.text`, the cleaned text, so `article.text[q.start:q.end] == q.text` for every quote.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def content_id(text: str, prefix: str = "a") -> str:
    """A stable id derived from content: the same text always gets the same id."""
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}_{digest[:16]}"


@dataclass(frozen=True)
class Span:
    """A character span of one article's cleaned text: what every shown claim points back to."""

    article_id: str
    start: int
    end: int


@dataclass
class Removed:
    """A line taken out of the article by cleaning, and why (for audit)."""

    text: str
    reason: str
    line: int = -1  # index of the line in the raw text, -1 when not line-based


@dataclass
class Quote:
    """A direct quotation (full or partial) with its speaker and cue."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    partial: bool = False
    speaker_start: int | None = None  # where the speaker is mentioned (the mention used)
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.article_id, self.start, self.end)

    def source_spans(self) -> dict[str, list[int] | None]:
        """Where in the article the speaker was named (the mention resolved: "she", "the senator") and
        where the cue stands, as [start, end], or None."""
        return {"speaker_span": None if self.speaker_start is None else [self.speaker_start, self.speaker_end],
                "cue_span": None if self.cue_start is None else [self.cue_start, self.cue_end]}


@dataclass
class Article:
    """One news article, raw as ingested and, after cleaning, its article text only."""

    id: str
    source: str  # file path or URL it came from
    raw_text: str
    text: str = ""  # cleaned text; empty until the clean stage runs
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as known
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)
    duplicate_of: str | None = None  # id of the article this one is a copy of
    story_id: str | None = None
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Story:
    """Articles about one event."""

    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)


@dataclass
class WordDiff:
    """Word-level difference between two renderings of one utterance.

    `ops` is a list of (tag, a_words, b_words) with tag in equal/replace/delete/insert.
    """

    quote_a: str
    quote_b: str
    ops: list[tuple[str, str, str]]
    similarity: float


@dataclass
class Utterance:
    """One statement by one speaker, as quoted across outlets, with how the wordings differ."""

    id: str
    speaker: str
    quote_ids: list[str]
    differences: list[WordDiff] = field(default_factory=list)


@dataclass
class Batch:
    """The shared document object passed along the pipeline: a set of articles and what was found."""

    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    utterances: list[Utterance] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per input that could not be used

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    @property
    def quotes(self) -> list[Quote]:
        return [q for a in self.articles for q in a.quotes]
