"""The mention a speaker token stands for: a name (the entity or proper-noun run holding it, or the person an
office or apposition leads to), a pronoun, a description with its "of" phrase, a group of names."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from corroborate.quotes import roles
from corroborate.quotes.cues import PERSON_PRONOUNS, PLURAL_PRONOUNS, QUANTIFIERS
from corroborate.quotes.nameforms import GENDERED_NOUNS, SURNAME_TITLES, TEXT_NOUNS, personal_title
from corroborate.quotes.roles import ROLE_NOUNS

_NAMED = {"PERSON", "ORG", "GPE", "FAC"}



class Mention:
    """Where a speaker is named in the text, and what kind of mention it is."""

    def __init__(self, start: int, end: int, text: str, kind: str, phrase: str | None = None,
                 parts: list[Mention] | None = None):
        self.start, self.end, self.text, self.kind = start, end, text, kind  # name/pronoun/description/group
        self.phrase = phrase or text  # a description with its "of" complement: "the secretary of state"
        self.parts = parts or []  # the names of a group: "Laurence Mark and Bill Condon"


_WHERE = {"in", "on", "at", "among", "inside", "within", "across"}
# title words that say no more than a rank, yet head a title before a name: "Assistant Chief of Police Dan Lee"
_ROLE_HEADS = {"chief", "deputy", "assistant", "executive"}


def mention_of(tok: Token, base: int) -> Mention:
    """The mention a subject token stands for: a named entity, a proper-noun run, a pronoun, an NP."""
    doc = tok.doc
    low = tok.lower_
    if low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in {"it", "i", "we", "you"}:
        return Mention(base + tok.idx, base + tok.idx + len(tok), tok.text, "pronoun")
    ent = _entity_of(tok)
    if (ent is None or ent.label_ != "PERSON") and (personal_title(tok.lower_) or tok.lower_ in _ROLE_HEADS):
        # "Sirius Vice President for news and talk Dave Gorab called": the person the title is followed by
        for nxt in tok.doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 9)]:
            if nxt.ent_type_ == "PERSON":
                ent = _entity_of(nxt)
                break
        if ent is None and (run := _office_holder(tok)) is not None:
            return Mention(base + run.start_char, base + run.end_char, run.text, "name")
        # an abbreviated title the parser cut off from its name: "said police Lt. Gerry Scherlinck"
        after = tok.i + 1 if tok.text.endswith(".") else tok.i + 2
        if ent is None and (after == tok.i + 1 or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")):
            run = list(doc[after : after + 3])
            k = next((i for i, t in enumerate(run) if not (t.pos_ == "PROPN" and t.text[:1].isupper())), len(run))
            if k:
                name = doc[after : after + k]
                return Mention(base + name.start_char, base + name.end_char, name.text, "name")
    if ent is None:
        for child in tok.children:  # "a spokesman, John Smith," / "his aide Jane Doe"
            if child.dep_ == "appos" and (e := _entity_of(child)) is not None and e.label_ == "PERSON":
                ent = e
                break
            # two roles of one person: '"American Pie" actress and former travel reporter Tara Reid' (not "the
            # senator and Tara Reid", two people)
            if child.dep_ == "conj" and tok.pos_ == "NOUN" \
                    and not any(c.dep_ in ("det", "poss") for c in tok.children) \
                    and (e := _entity_of(child)) is not None and e.label_ == "PERSON" and any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" and personal_noun(c.text) for c in child.children):
                ent = e
                break
    if ent is None and tok.pos_ == "NOUN" and (named := _named_as(tok)) is not None:
        return Mention(base + named.start_char, base + named.end_char, named.text, "name")
    if (span := ent if ent is not None else _name_span(tok)) is not None and not _lone_office(span):
        first = Mention(base + span.start_char, base + span.end_char, span.text, "name")
        if span.label_ in ("PERSON", "ORG", "") and (other := _joined_name(span)) is not None:
            # "said Laurence Mark and Bill Condon", "Park and Reyes said": both speak
            second = Mention(base + other.start_char, base + other.end_char, other.text, "name")
            return Mention(first.start, second.end, doc.text[span.start_char : other.end_char], "group",
                           parts=[first, second])
        return first
    if low in QUANTIFIERS:  # "Some of the protesters shouted": the protesters
        for prep in tok.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if pobj is not None and prep.lower_ == "of" and pobj.pos_ == "NOUN":
                span = doc[pobj.left_edge.i : pobj.i + 1]
                return Mention(base + span.start_char, base + span.end_char, span.text, "description")
            if pobj is not None and prep.lower_ in _WHERE and prep.right_edge.i - tok.i <= 5 \
                    and not any(t.is_punct for t in doc[tok.i : prep.right_edge.i + 1]):
                span = doc[tok.left_edge.i : prep.right_edge.i + 1]  # "some on Twitter", "many in the party"
                return Mention(base + span.start_char, base + span.end_char, span.text, "description")
    left = tok.left_edge
    span = doc[left.i : tok.i + 1]
    if tok.text[:1].isupper() and tok.i + 1 < len(doc) and doc[tok.i + 1].dep_ == "nummod" \
            and doc[tok.i + 1].head.i == tok.i:
        span = doc[left.i : tok.i + 2]  # a numbered name: "Article 33", "Proposition 8"
    # "the secretary of state"; a text "from" or "by" its issuer: "a statement from Waitrose", "a study by the
    # research firm Pew", or the paper it ran "in"; whom a spokesman speaks "for": "a spokesman for Waitrose"
    of = next((c for c in tok.rights if c.dep_ == "prep" and (c.lower_ == "of" or (
        c.lower_ in ("from", "in", "by") and tok.lower_ in TEXT_NOUNS) or (
        c.lower_ == "for" and roles.norm(tok.text) == "spokesman"))), None)
    phrase = None
    if of is not None and (tok.pos_ == "NOUN" or _lone_office(span[-1:])) \
            and of.right_edge.i - tok.i <= {"in": 7, "by": 12}.get(of.lower_, 4) \
            and not any(t.is_punct for t in doc[tok.i + 1 : of.right_edge.i + 1]):
        phrase = doc[left.i : of.right_edge.i + 1].text
    return Mention(base + span.start_char, base + span.end_char, span.text, "description", phrase)


def _office_holder(title: Token) -> SpacySpan | None:
    """The person an office's "of" phrase runs on into when the tagger took both for one organisation:
    "said Secretary of the Interior Dirk Kempthorne" (a department, a given name and a surname)."""
    of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ != "PROPN" or pobj.i != title.right_edge.i:
        return None
    lo = pobj.i
    while lo > of.i + 1 and title.doc[lo - 1].pos_ == "PROPN" and title.doc[lo - 1].text[:1].isupper():
        lo -= 1
    return title.doc[lo : pobj.i + 1] if pobj.i - lo >= 2 else None


def _lone_office(span: SpacySpan) -> bool:
    """A capitalised office standing alone for its holder ("The Governor of Alaska has apologized"): a
    description, not a name ("King said" keeps a surname that is also a title)."""
    return len(span) == 1 and personal_title(span[0].lower_) and span[0].text not in SURNAME_TITLES


_NAMED_AS = {"known", "named", "called", "nicknamed", "identified"}


def _named_as(noun: Token) -> SpacySpan | None:
    """The name a description gives its person: "the base chief known as Bob", "a man named Jack Smith"."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lower_ not in _NAMED_AS:
            continue
        for tok in acl.subtree:
            if tok.pos_ == "PROPN" and tok.dep_ in ("pobj", "oprd", "attr", "dobj"):
                return tok.doc[tok.left_edge.i : tok.i + 1]
    return None


def _name_span(tok: Token) -> SpacySpan | None:
    """The named entity holding `tok`, else the run of proper nouns it heads (a lowercase "senator" tagged
    PROPN is a description), else None."""
    if (ent := _entity_of(tok)) is not None:
        return ent
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo - 1, tok.i + 1):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].head.i == tok.i:
        hi += 1
    return doc[lo : hi + 1]


def _joined_name(span: SpacySpan) -> SpacySpan | None:
    """The name joined to `span` by "and" ("Laurence Mark and Bill Condon", "Park and Reyes"), or None: a
    person's, or a bare proper noun or organisation's beside one that is no organisation; never a place's."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "conj" and child.i >= span.end and (other := _name_span(child)) is not None \
                    and (other.label_ == "PERSON" or (other.label_ in ("", "ORG") and span.label_ != "ORG")) \
                    and other.start - span.end <= 2 \
                    and any(t.lower_ in ("and", "&") for t in tok.doc[span.end : other.start]):
                return other
    return None


def _entity_of(tok: Token) -> SpacySpan | None:
    if tok.ent_type_ not in _NAMED:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            # an entity the tagger ran across a comma ("with People, Reid claimed"): the part holding `tok`
            start = max((t.i + 1 for t in ent if t.text == "," and t.i < tok.i), default=ent.start)
            end = min((t.i for t in ent if t.text == "," and t.i > tok.i), default=ent.end)
            while end - 1 > tok.i and tok.doc[end - 1].is_lower and tok.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
                end -= 1  # 'Juan "Chico" Manriquez of Oakland' tagged up to "of"
            return ent if (start, end) == (ent.start, ent.end) else SpacySpan(tok.doc, start, end, label=ent.label_)
    return None


_PEOPLE = set("""
person people man woman men women group voter supporter critic protester member resident official source
marcher spectator demonstrator fan crowd attendee participant onlooker bystander witness student worker
rival opponent predecessor successor ally friend colleague partner neighbor neighbour boss relative cousin
""".split())


def personal_noun(word: str) -> bool:
    """A noun for a person ("aide", "wife", "spokesman"): someone of their own, not a voice of the owner."""
    low = word.lower().strip(".,’'")
    one = low[:-1] if low.endswith("s") else low  # "his lawyers", "her aides"
    return any(roles.norm(w) in ROLE_NOUNS or w in GENDERED_NOUNS or w in _PEOPLE for w in (low, one))
