"""Quotes stage: direct quotations (full and partial) with canonical speaker and cue."""
