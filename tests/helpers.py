"""Small batches built by hand, for testing stages after quotes without running the earlier ones."""
from __future__ import annotations

from corroborate.model import Article, Batch, Quote, Story


def article_with_quotes(aid: str, outlet: str, parts: list[tuple[str, str | None]], story: str = "s1") -> Article:
    """An article whose text is the given (quote, speaker) parts, each quoted, with Quote spans set."""
    text, quotes = "", []
    for i, (words, speaker) in enumerate(parts):
        text += f"{speaker or 'Someone'} said: “"
        start = len(text)
        text += words
        quotes.append(Quote(f"{aid}:q{i}", aid, words, start, len(text), speaker, "said", False))
        text += "”\n"
    return Article(id=aid, source=f"{aid}.txt", raw_text=text, text=text, outlet=outlet, title=f"{outlet} report",
                   story_id=story, quotes=quotes)


def batch_of(*articles: Article) -> Batch:
    stories: dict[str, Story] = {}
    for a in articles:
        stories.setdefault(a.story_id or a.id, Story(a.story_id or a.id, a.title or "", [])).article_ids.append(a.id)
    return Batch(articles=list(articles), stories=list(stories.values()))
