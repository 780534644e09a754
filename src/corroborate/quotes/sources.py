"""Who stands behind a quote's subject: whether it can be a source at all, and the person, poll or agent
to take where it cannot ("The timing surprised pollster Jo Lee: '...'", "75 percent of voters said")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.quotes.cues import PERSON_PRONOUNS, PLURAL_PRONOUNS
from corroborate.quotes.nameforms import GENDERED_NOUNS
from corroborate.quotes.roles import ROLE_NOUNS
from corroborate.quotes.subjects import misread_name, subject_of

# Common nouns that can be a quote's source besides people and roles: groups, outlets, documents.
SOURCE_NOUNS = set("""
person people man woman men women group voter supporter critic protester member resident official source expert
analyst observer leader lawmaker republican democrat conservative liberal progressive activist worker student
parent child children kid user fan follower friend neighbor neighbour rival opponent ally staff crowd audience public
marcher spectator demonstrator attendee participant onlooker bystander witness delegate
campaign committee party organization organisation agency department ministry office administration government
council court board commission union association coalition company firm corporation network newspaper paper
magazine outlet station channel website site blog team panel jury police army military embassy house senate
congress institute center centre foundation bank fund club league university college school church state
statement letter report poll survey study analysis memo email ad advertisement video tweet post release editorial
column article story book complaint lawsuit filing ruling decision order document transcript speech interview
message note sign banner slogan headline bill law platform proposal plan website page account transcript
caller viewer reader listener respondent participant delegate superdelegate donor insider staffer employee
readout investigation memoir copy summary excerpt passage review biography autobiography profile documentary
film show program programme broadcast podcast segment clip footage recording tape
""".split())

_NO_SOURCE = {"what", "whatever", "which", "whichever", "one", "something", "nothing", "anything", "everything"}


def speaker_noun(tok: Token) -> bool:
    """Whether a subject can be a quote's source: a name, a pronoun, or a noun for a person, group or text
    (not a wh-word or an indefinite: "exactly what was wrong", "one of them")."""
    if tok.lower_ in _NO_SOURCE:
        return False
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ or tok.lower_ in PERSON_PRONOUNS or tok.lower_ in PLURAL_PRONOUNS:
        return True
    if misread_name(tok):
        return True  # a surname the parse reads as an adverb or a modal: "While Will acknowledges"
    low = tok.lower_
    lemma = low[:-1] if low.endswith("s") and low[:-1] in SOURCE_NOUNS | ROLE_NOUNS else low
    return lemma in SOURCE_NOUNS or lemma in ROLE_NOUNS or lemma in GENDERED_NOUNS or not tok.is_alpha


def person_above(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The named or pronoun subject of a verb above `verb`: where its own subject is no source."""
    cur = verb
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and not quoted(cur):
            subj = subject_of(cur, quoted)
            if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG")
                                     or subj.lower_ in PERSON_PRONOUNS):
                return subj
    return None


def participle_owner(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """For a participle after a comma ("..., chanting '...'") whose parsed subject is no source, the source
    subject of the clause that ends right before it: "The rally was held near the hotel, where about 50
    protesters had gathered, chanting '...'" -> protesters."""
    if verb.tag_ != "VBG" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for tok in reversed(verb.doc[verb.sent.start : verb.i - 1]):
        if tok.pos_ in ("VERB", "AUX") and not quoted(tok):
            if tok.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in tok.children):
                tok = tok.head  # "in which children use a figure to bash in a dollhouse, yelling": who uses it
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and not quoted(c)), None)
            return subj if subj is not None and speaker_noun(subj) and subj.pos_ != "PRON" else None
    return None


_SHARES = {"percent", "%", "majority", "minority", "half", "third", "quarter", "most", "plurality"}
_POLLS = {"poll", "polls", "survey", "surveys"}


def poll_source(subj: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The poll that speaks through a share of its respondents: "In a Post-ABC poll, 75 percent of
    Republicans said '...'" -> the poll; None when the subject is no share or no poll is named near it."""
    if not (subj.lower_ in _SHARES or subj.like_num or subj.ent_type_ in ("PERCENT", "CARDINAL")):
        return None
    doc, sent = subj.doc, subj.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for span in (sent, prev):
        if span is None:
            continue
        polls = [t for t in span if t.lower_ in _POLLS and not quoted(t)]
        if polls:
            return polls[0]
    return None


def passive_agent(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The named agent of a passive speech verb, where the parse hangs "by" on the quote's own words:
    'This plan has been called "a gamble" by Jo Lee' -> Lee."""
    for tok in verb.subtree:
        if tok.lower_ == "by" and tok.i > verb.i and (tok.head.i == verb.i or quoted(tok.head)) and not quoted(tok):
            obj = named_object(tok, quoted)
            if obj is not None:
                return obj
    return None


def named_object(prep: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The proper-noun object of a preposition ("by Jo Lee", "from the Legion"), outside quotes."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ in ("PERSON", "ORG", "NORP", "") \
                and not quoted(obj):
            return obj
    return None


def person_object(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The named person a verb acts on, for a subject that cannot speak: 'The timing did not surprise
    pollster Jo Lee: "..."' -> Lee."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN" and not quoted(obj):
            return obj
    return None
