"""Attaching quoted spans to what introduces them: the governing speech verb, a label before a colon,
a speech noun or an introducing paragraph (layout.py reads what lines and signatures give). speakers.py turns
the result into a name.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from corroborate.quotes.clauses import (SPEECH_NOUNS, TELLS, as_report, author_of, dash_label, first_person,
                                        heads_outside, is_speech, label_before, lead_verb, naming_before,
                                        outer_source, owner_before_that, reporting_verb_above, speech_owner, tail_verb,
                                        trailing_attribution)
from corroborate.quotes import roles
from corroborate.quotes.cues import speech_lemma
from corroborate.quotes.marks import NAME_RUN, MarkSpan, Paragraph, is_partial
from corroborate.quotes.mentions import Mention, mention_of
from corroborate.quotes.sources import speaker_noun
from corroborate.quotes.subjects import subject_of

INTRO_ENDS = (":", "—", "–")
_REACH = 80  # tokens either side of a quote searched for its verb, however long a sentence the parse makes


class Regions:
    """The quoted regions of a text (marks included), sorted and non-overlapping, searched by bisection."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [a for a, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def starts_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self._starts, lo)
        return i < len(self._starts) and self._starts[i] < hi


@dataclass
class Found:
    """A quoted span and what was learnt about it."""

    span: MarkSpan
    partial: bool
    words: int
    verb: Token | None = None
    base: int = 0
    mention: Mention | None = None
    speaker: str | None = None
    how: str = "none"  # verb / intro / noun / continuation / guess / none
    via: Found | None = None  # the quote a continuation takes its speaker from
    named: str | None = None  # how the parse uses a short name as a noun ('"Moon" will be adapted'): `named_thing`


_SENTENCE_END = re.compile(r"[.!?][”’\"']*\s+(?=[“‘\"'A-Z])")
_WORDS_OF = re.compile(rf"\b(?:[Ii]n|[Tt]o (?:use|quote|borrow))\s+{NAME_RUN}[’']s\s+(?:own\s+)?words,"
                       rf"|\b[Ii]n the words of\s+{NAME_RUN},|\b[Tt]o quote\s+{NAME_RUN},"
                       # someone unnamed: "in the words of a senior adviser,"
                       r"|\b[Ii]n the words of\s+((?:an?|one|the)\s+(?:[a-z\-]+\s+){0,3}[a-z]+),")


def _own_content(verb: Token, quoted: Callable[[Token], bool]) -> bool:
    """Whether a speech verb reports words of its own, outside quotes: "said he would have fired him"."""
    return any(c.dep_ in ("ccomp", "xcomp") and not quoted(c) for c in verb.children)


def find_verb(text: str, s: MarkSpan, paras: list[Paragraph], pdocs: dict[int, Doc], regions: Regions,
              person_verbs: bool = True) -> Found:
    """The verb, label or noun that introduces quoted span `s`, tried from the most to the least direct link."""
    para = paras[s.para]
    words = len(text[s.start : s.end].split())
    f = Found(s, is_partial(text, s, para), words, base=para.start)
    doc = pdocs.get(s.para)
    if doc is None:
        return f
    base = para.start

    def quoted(tok: Token) -> bool:
        pos = base + tok.idx
        return pos in regions

    inside = _tokens_between(doc, s.start - base, s.end - base)
    if not inside:
        return f
    ids = {t.i for t in inside}
    # 0. a label before a colon, past a dash: "Polls did predict it - Pew Research: '...'"
    colon = text[max(0, s.open_at - 4) : s.open_at].rstrip().endswith(":") if s.open_at > 0 else False
    k = inside[0].i - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    if colon and k > 1 and doc[k].text == ":" and not quoted(doc[k - 1]) \
            and (label := dash_label(doc[k - 1])) is not None:
        f.mention = Mention(base + label.start_char, base + label.end_char, label.text, "name")
        f.how = "intro"
        return f
    # 0b. 'In Lee's words, "..."', 'in the words of Lee, it "..."', 'to quote Lee,' before the quote in its sentence
    opened = s.open_at if s.open_at >= 0 else s.start
    if (m := _WORDS_OF.search(text, max(para.start, base + _sentence(inside[0]).start_char), opened)) is not None:
        at = next(i for i in range(1, 5) if m.group(i))
        f.mention = Mention(m.start(at), m.end(at), m.group(at), "name" if at < 4 else "description")
        f.how = "intro"
        return f
    # 0c. a quote set off by dashes mid-sentence: 'O'Malley lamented her gaffes - "...?" - Democrats said ...'
    if (aside := _dashed_aside(text, s, inside[0], base, quoted)) is not None:
        f.verb = aside
        return f
    # 1. a speech verb governing the quote; a verb right before a colon comes first ("to which Lee interjected:")
    lead = lead_verb(doc, inside[0], quoted)
    if lead is not None and s.open_at > 0 and text[max(0, s.open_at - 4) : s.open_at].rstrip().endswith(":"):
        # "As Lee put it on Tuesday, the party is adrift: '...'": the report, not the verb before the colon
        f.verb = lead if is_speech(lead, governs=True) else (as_report(lead.sent, quoted) or lead)
        return f
    # an attribution right after the closing mark: '"...," the senator said', '"...?" asked Dunn'
    trailing = trailing_attribution(doc, inside[-1], quoted)
    chains = list(heads_outside(inside, ids, 5))
    for chain in chains:
        below = next((t for t in inside if chain and t.head.i == chain[0].i), None)
        for cur in chain:
            if (by := _as_by(cur, quoted)) is not None:
                f.verb = by  # 'being "extreme careless" – as described by James Comey – many believe'
                return f
            if cur.i not in ids and not quoted(cur) and is_speech(cur, governs=True) \
                    and speech_lemma(cur.lower_) != "begin":  # '"...," she began', not "it began when '...'"
                # an attribution right after the quote is the outermost report, whatever the parse hangs the
                # quote on: "but Moscow denies — '...?' asked Dunn", 'Nothing the president said "will ...," the
                # senator said.', 'Comey cannot say that "...," Lewandowski added'; a report after it still
                # counts ('..., said Day, reports USA Today'), not another's verb the parse hangs the quote on
                # ('"...," Ebeling said, and her husband Tom added.')
                if trailing is not None and cur.i > trailing.i and any(
                        c.dep_ == "nsubj" and c.i < cur.i and not quoted(c) for c in cur.children):
                    f.verb = trailing  # a clause after the attribution, with its own subject before its verb
                elif trailing is not None and (cur.i < inside[0].i or cur.i == trailing.i):
                    f.verb = outer_source(trailing, quoted, after=inside[-1].i)
                elif cur.i < inside[0].i and speech_lemma(cur.lower_) in TELLS and first_person(inside) \
                        and any(c.dep_ == "nsubj" and not quoted(c) for c in cur.children):
                    f.verb = cur  # 'police said the witness told detectives she could not see "from where I was"'
                else:
                    f.verb = outer_source(cur, quoted)
                return f
            owned = speech_owner(cur, below, quoted) or owner_before_that(below, quoted) if cur.i not in ids else None
            if owned is not None:
                if (outer := reporting_verb_above(cur, quoted)) is not None:
                    f.verb = outer  # "Lee said Kim's claim that '...' was false" is still Lee's
                else:
                    f.verb, f.mention, f.how = owned[0], mention_of(owned[1], base), "noun"
                return f
            below = cur
    # 1a. an "as" report before the quote on the clause that holds it: "As Marcus puts it, Obama is trying to
    # make them 'an offer they can't refuse'"
    on_chain = {cur.i for chain in chains for cur in chain}
    opening = doc[max(_sentence(inside[0]).start, inside[0].i - _REACH) : inside[0].i]
    rep = as_report([t for t in opening if t.head.i in on_chain], quoted)
    if rep is not None:
        f.verb = rep
        return f
    # 1b. the verb just before the marks: "Rubio fired back forcefully: '...'", "Hillary shot back, '...'"
    if lead is not None:
        f.verb = lead
        return f
    # 1c. a naming verb whose object ends at the marks, the quote hung elsewhere: 'Beruff called it "strong."'
    if (named := naming_before(doc, inside[0], quoted)) is not None:
        f.verb = named[0]
        if named[1] is not None:
            f.mention, f.how = mention_of(named[1], base), "verb"
        return f
    # 2. a speech verb hanging off the quote ("...," Rutte said) or in the same sentence; first one right after
    # its closing mark: '..." Clinton said. "Grizzly Adams?" Maddow repeated.'
    if trailing is not None:
        f.verb = outer_source(trailing, quoted, after=inside[-1].i)
        return f
    near = [inside[0], inside[-1]] + [doc[j] for j in (inside[0].i - 2, inside[-1].i + 2) if 0 <= j < len(doc)]
    sents = {}  # the quote's sentences and those just outside its marks, by start
    for tok in near:
        sent = _sentence(tok)
        sents.setdefault(sent.start, sent)
    own = {_sentence(inside[0]).start, _sentence(inside[-1]).start}
    closed_sentence = text[s.end - 1 : s.end] in (".", "!", "?")
    best, best_d = None, 10**9
    for _, sent in sorted(sents.items()):
        # a sentence before with a quote of its own keeps its verbs: '"A," Trump assured Jones, after Jones
        # assured Trump ... "B."' leaves "B" to continue "A"
        taken = sent.start not in own and regions.starts_between(base + sent.start_char, min(base + sent.end_char, opened))
        for tok in doc[max(sent.start, inside[0].i - _REACH) : min(sent.end, inside[-1].i + _REACH)]:
            if tok.i in ids or quoted(tok) or not (is_speech(tok, governs=False) or (
                    is_speech(tok, governs=True) and any(c.dep_ == "agent" for c in tok.children))):
                continue  # a weak verb only with its agent: "was 'extremely careless,' as described by Comey"
            if _passive_without_agent(tok):
                continue  # "after the staffer was charged with battery": the one charged is no speaker
            if tok.i > inside[-1].i and closed_sentence and (_own_content(tok, quoted) or tok.lower_ == "according"):
                continue  # '"... in a campaign." Kasich said he would have fired him': a report of its own
            pos = base + tok.idx
            d = s.start - pos if pos < s.start else pos - s.end
            between = (pos, opened) if pos < s.start else (s.end, pos)
            if regions.starts_between(*between) or (taken and pos < s.start):
                d += 1000  # another quote sits between the verb and this one, or before it in the verb's sentence
            elif pos < s.start and text[s.end - 1] == "," and _SENTENCE_END.search(text, pos, opened):
                d += 500  # '... as a lobbyist. "...," Verveer wrote': a comma leaves the report to what follows
            if d < best_d:
                best, best_d = tok, d
    if best is not None and best_d < 1000:
        f.verb = outer_source(best, quoted)
        return f
    # 2b. '"...," an angry Hollande retaliated.': a short clause that closes the sentence after a quote
    # ending in a comma attributes it, whatever its verb
    if (tail := tail_verb(doc, inside[-1], quoted)) is not None and text[s.end - 1] in ",?!":
        f.verb = tail
        return f
    # 3. introduced by a colon or a dash: "Rubio fired back: '...'" takes that clause's verb
    j = s.open_at - 1
    while j > para.start and text[j] in " \u00a0":
        j -= 1
    if s.open_at > para.start and text[j] in INTRO_ENDS:
        prior = _tokens_between(doc, 0, j - base)
        last = next((k for k in range(len(prior) - 1, -1, -1) if not quoted(prior[k])), None)
        # the unquoted words of the sentence before the mark (what names a label or holds the verb)
        before = [] if last is None else [t for t in prior[_sentence(prior[last]).start : last + 1] if not quoted(t)]
        if before and (label := label_before(before[-1]) or name_label(before)) is not None:
            f.mention, f.how = mention_of(label, base), "intro"
        elif before:
            cur = before[-1]
            for _ in range(6):
                if cur.pos_ in ("VERB", "AUX") and not quoted(cur) and subject_of(cur) is not None:
                    # "As Lee put it, the party is adrift: '...'": the report, not the verb before the colon
                    f.verb = cur if is_speech(cur, governs=True) else (as_report(cur.sent, quoted) or cur)
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
        return f
    # 4. a partial quote governed by any verb whose subject is a named person: "Cruz coached
    # Trump to 'breathe'"; scare quotes rarely sit under a person's own verb
    if person_verbs and f.partial:
        for chain in heads_outside(inside, ids, 3):
            for cur in chain:
                if cur.pos_ == "VERB" and not quoted(cur):
                    if any(t.head.i == cur.i and t.dep_ in ("nsubj", "nsubjpass") for t in inside):
                        break  # the quoted words are what the verb tells of: '"Moon" will be adapted by Lee'
                    subj = subject_of(cur, lambda t: quoted(t))
                    if subj is not None and subj.ent_type_ == "PERSON":
                        f.verb = outer_source(cur, quoted)
                        return f
                    break
    return f


_LABEL_LINKS = {"on", "about", "to", "(", ","}
_LABEL_NOUNS = SPEECH_NOUNS | {"take", "verdict", "view", "advice", "message", "reaction"}


def name_label(line: list[Token]) -> Token | None:
    """The name heading a short verbless line before a colon (`line`: the unquoted words of its sentence), as
    in a roundup or a transcript: 'Lee on trade: "..."', 'Lee to Kim:', 'Lee (R):', 'Lee, 9:14 p.m.:', "Lee's
    response:", 'Former Sen. Jo Lee:'; its last word, or None."""
    if not 2 <= len(line) <= 8 or any(t.pos_ in ("VERB", "AUX") and t.i > line[0].i for t in line):
        return None
    k = 0
    while k < len(line) and line[k].pos_ == "PROPN" and line[k].text[:1].isupper():
        k += 1
    if k == 0:  # a role before the name: "Former secretary of state Hillary Clinton:", as a transcript heads a turn
        j = next((i for i, t in enumerate(line) if not roles.role_word(t.lower_)), len(line))
        name = line[j:]
        ok = 0 < j < len(line) and name[-1].ent_type_ in ("PERSON", "") and line[0].i == _sentence(line[0]).start
        return name[-1] if ok and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) else None
    if k == len(line) or line[k - 1].ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP"):
        return None
    link = line[k]
    if link.lower_ in _LABEL_LINKS and k + 1 < len(line):
        return line[k - 1]
    if link.lower_ in ("’s", "'s") and k + 2 == len(line) and line[k + 1].lower_ in _LABEL_NOUNS:
        return line[k - 1]
    return None


def _sentence(tok: Token) -> Span:
    """`tok.sent` from a table built once per doc: spaCy walks the whole sentence on every call."""
    doc = tok.doc
    table = doc.user_data.get("sentences")
    if table is None:
        spans = list(doc.sents)
        index = [k for k, sent in enumerate(spans) for _ in range(len(sent))]
        table = doc.user_data["sentences"] = (spans, index)
    return table[0][table[1][tok.i]]


def _tokens_between(doc: Doc, lo: int, hi: int) -> list[Token]:
    """The tokens of `doc` that start at a character offset in [lo, hi), found by bisection."""
    starts = doc.user_data.get("token_starts")
    if starts is None:
        starts = doc.user_data["token_starts"] = [t.idx for t in doc]
    return list(doc[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])


_DASHES = ("-", "—", "–")


def _dashed_aside(text: str, s: MarkSpan, first: Token, base: int, quoted: Callable[[Token], bool]) -> Token | None:
    """The speech verb, with its subject, of the clause right before a quote set off by dashes on both sides
    (the quote is that clause's aside, whatever clause the parse hangs it on); `first` is the quote's first token."""
    if s.open_at < 0 or not s.closed or not text[max(0, s.open_at - 3) : s.open_at].rstrip().endswith(_DASHES) \
            or not text[s.close_at + 1 : s.close_at + 4].lstrip().startswith(_DASHES):
        return None
    before = [t for t in _tokens_between(first.doc, 0, s.open_at - base) if not (t.is_punct or t.is_space)]
    if not before or before[-1].sent.start != first.sent.start:
        return None
    cur = before[-1]
    for _ in range(6):
        if cur.pos_ == "VERB" and not quoted(cur) and is_speech(cur, governs=False) \
                and subject_of(cur, quoted) is not None:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_SPOKEN_PASSIVE = {"quote", "cite"}


def _as_by(head: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """A passive speech verb set on the quote's clause by "as", with its agent: "as described by Comey"; not
    on a speech verb of its own ('Carson noted ..., as reported by BuzzFeed News')."""
    if is_speech(head, governs=True):
        return None
    for c in head.children:
        if c.dep_ == "advcl" and not quoted(c) and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) \
                and any(a.dep_ == "agent" for a in c.children) and is_speech(c, governs=True):
            return c
    return None


def _passive_without_agent(verb: Token) -> bool:
    """A passive speech verb with no agent, whose subject is spoken to or of ("was charged", "was told"), not
    one whose subject is heard ("was quoted as saying")."""
    children = {c.dep_ for c in verb.children}
    return "auxpass" in children and "agent" not in children and speech_lemma(verb.lower_) not in _SPOKEN_PASSIVE


def intro(text: str, found: list[Found], paras: list[Paragraph], pdocs: dict[int, Doc]) -> None:
    """A quote opening a paragraph after one that ends with a colon: 'Caddell continued:'."""
    for f in found:
        if f.verb is not None or f.mention is not None or f.span.para == 0:
            continue
        prev = paras[f.span.para - 1]
        if text[prev.end - 1] not in INTRO_ENDS or f.span.open_at > paras[f.span.para].start + 1:
            continue
        doc = pdocs.get(f.span.para - 1)
        if doc is None:
            continue
        last = list(doc.sents)[-1]
        verbs = [t for t in last if is_speech(t, governs=True)] or [last.root]
        # "As the Times reported, the White House refused to call it terrorism:" introduces the Times's words
        verb = as_report(last, lambda t: False) or verbs[-1]
        subj = subject_of(verb)
        if subj is not None:  # "Below is a statement by Francesca Grifo:" introduces Grifo's words
            subj = author_of(subj, lambda t: False) or subj
        if subj is not None and speaker_noun(subj):  # not "The other thing is:"
            f.verb, f.base, f.how = verb, prev.start, "intro"
            f.mention = mention_of(subj, prev.start)
