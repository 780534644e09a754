"""The pipeline stage: sets `article.quotes` from `article.text`."""
from __future__ import annotations

import copy

from corroborate.model import Article, Batch
from corroborate.pipeline import ArticleStage, register
from corroborate.quotes.extractor import QuoteExtractor


@register("quotes")
class QuoteStage(ArticleStage):
    """Direct and partial quotations with canonical speaker and cue, per article."""

    requires = ("article.text",)
    assigns = ("article.quotes",)

    def __init__(self, batch_size: int = 64):
        self._extractor: QuoteExtractor | None = None
        self.batch_size = batch_size

    @property
    def extractor(self) -> QuoteExtractor:
        if self._extractor is None:
            self._extractor = QuoteExtractor(batch_size=self.batch_size)
        return self._extractor

    def process(self, article: Article) -> Article:
        article.quotes = self.extractor.extract(article.text or "", article.id)
        return article

    def __call__(self, batch: Batch) -> Batch:
        """Like ArticleStage, but parses all articles in one batch for speed."""
        out = copy.deepcopy(batch)
        found = self.extractor.extract_many((a.text or "", a.id) for a in out.articles)
        for article, quotes in zip(out.articles, found):
            article.quotes = quotes
        return out
