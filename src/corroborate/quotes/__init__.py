"""Quotes stage: direct quotations (full and partial) with canonical speaker and cue."""
from corroborate.quotes.extractor import QuoteExtractor
from corroborate.quotes.stage import QuoteStage

__all__ = ["QuoteExtractor", "QuoteStage"]
