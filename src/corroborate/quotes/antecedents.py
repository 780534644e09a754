"""What a speaking "they" or "it" stands for, read from the parse of its sentence and the ones before."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from corroborate.quotes.nameforms import ORG_WORDS, TEXT_NOUNS
from corroborate.quotes.mentions import personal_noun


def _pool(pron: Token, before: Doc | None) -> list[Token]:
    """The tokens before `pron` in its sentence and the two before, the last possibly in the paragraph `before`."""
    sents = [s for s in pron.doc.sents if s.start <= pron.i][-3:]
    pool = [t for s in sents for t in s if t.i < pron.i]
    if before is not None and len(sents) < 3:
        pool = [t for s in list(before.sents)[len(sents) - 3 :] for t in s] + pool
    return pool


def plural_antecedent(pron: Token, before: Doc | None, skip: Callable[[Token], bool]) -> Token | None:
    """The nearest plural subject before a speaking "they", in its sentence and the two before, the last of
    them possibly in the paragraph `before` ("The protesters struggle ... ¶ '...,' they chanted"; "Mark and
    Condon will produce it. '...,' they said"); never one person."""
    pool = _pool(pron, before)
    for tok in reversed(pool):
        # the subject of a main clause: not "imports" of "they estimated that rising imports cost jobs"
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "conj") and tok.pos_ in ("NOUN", "PROPN") \
                and not skip(tok) and (tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)):
            return tok
    for tok in reversed(pool):  # else persons named together: "a paper by David Autor and Brendan Price"
        if tok.ent_type_ == "PERSON" and not skip(tok) and any(
                c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in tok.children):
            return tok
    return None


# what "it" may stand for as a speaker: a text, a document, or a body known by its kind
_SPEAKING_THINGS = TEXT_NOUNS | ORG_WORDS | {
    "paper", "newspaper", "site", "website", "lawsuit", "suit", "complaint", "affidavit", "indictment", "document",
    "ruling", "order", "panel", "government", "sign", "ad", "book", "bill", "platform", "page", "account", "message",
    "piece"}


def thing_antecedent(pron: Token, before: Doc | None, skip: Callable[[Token], bool]) -> Token | None:
    """What a speaking "it" stands for: the nearest singular main-clause subject before it, in its sentence and
    the two before (the last possibly in the paragraph `before`) that is a text or a body ("The lawsuit names
    Ann Cole. It says ..."; "The SITE group tracks forums. It said ..."), past things that cannot speak ("A
    statement from Waitrose said ... but the store would be rebuilt"); None where a person comes first."""
    pool = _pool(pron, before)
    for tok in reversed(pool):
        main = tok.head.dep_ == "ROOT" or (tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")
        if tok.dep_ not in ("nsubj", "nsubjpass") or not main or skip(tok) \
                or tok.lower_ == "it" or tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ == "NORP":
            continue  # an "it" before ("It said ... It added") or plurals: look further back
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _SPEAKING_THINGS or tok.ent_type_ == "ORG"):
            return tok  # (a "group" too, which is a person's word only elsewhere)
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON" or personal_noun(tok.text) or (
                tok.pos_ == "PROPN" and not tok.ent_type_):
            return None  # a person ("Jo Lim shared a post. It says": the post, but whose?)
    return None

