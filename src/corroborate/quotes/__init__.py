"""Quotes stage: direct quotations (full and partial) with canonical speaker and cue.

    from corroborate.quotes import QuoteExtractor
    quotes = QuoteExtractor().extract(text, "article-1")          # one text
    batches = QuoteExtractor().extract_many([(text, "a1"), ...])  # many, parsed in one nlp.pipe

Modules: marks (quoted spans), cues (word lists), names (the article's names, fullest forms,
gender), subjects (the speaker a parse names: a speech verb's subject and its mention), speakers
(resolving mentions: names, pronouns, descriptions), ranker (learnt pronoun
antecedent ranker), extractor (attribution), stage (pipeline stage "quotes"), train (rebuilds the
shipped JSON weights from PolNeAR train).
"""
from corroborate.quotes.extractor import QuoteExtractor
from corroborate.quotes.stage import QuoteStage

__all__ = ["QuoteExtractor", "QuoteStage"]
