"""Quotes stage: direct quotations (full and partial) with canonical speaker and cue.

    from corroborate.quotes import QuoteExtractor
    quotes = QuoteExtractor().extract(text, "article-1")          # one text
    batches = QuoteExtractor().extract_many([(text, "a1"), ...])  # many, parsed in one nlp.pipe

Modules, in the order an article meets them: marks (quoted spans), cues (word lists), attach (what
introduces a quote: a speech verb, a label, a colon), clauses (parse helpers for that), layout (speakers a
line, label or signature gives), sources (whether a subject can be a source, and who to take where it
cannot), subjects (a verb's subject), mentions (what a subject token stands for: a name, a pronoun, a
description), titles (quoted names of works and things, not words said), antecedents (what a speaking
"they" or "it" stands for), nameforms and names (the article's names, fullest forms, gender) with genders
(the pronouns, titles and gendered nouns beside each name), roles (offices
and descriptions), speakers (resolving mentions: names, pronouns) with descriptions ("the Florida senator",
"the statement"), ranker (learnt pronoun antecedent ranker), extractor (the whole pass), stage (pipeline
stage "quotes"), train (rebuilds the shipped JSON weights from PolNeAR train).
"""
from corroborate.quotes.extractor import QuoteExtractor
from corroborate.quotes.stage import QuoteStage

__all__ = ["QuoteExtractor", "QuoteStage"]
