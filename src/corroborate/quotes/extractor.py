"""Quote extraction: quoted spans, the verb that introduces each, its speaker, and continuations.

Only paragraphs holding quote marks (and a paragraph that introduces one with a colon) are parsed;
names for resolving pronouns come from a cheap scan of the whole text (names.py).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.model import Quote
from corroborate.nlp import get_nlp
from corroborate.quotes.clauses import (author_of, dash_label, heads_outside, is_speech, label_before, lead_verb,
                                        outer_source, passive_agent, person_above, poll_source, reporting_verb_above,
                                        speaker_noun, speech_owner, tail_verb, title_like)
from corroborate.quotes.cues import speech_lemma
from corroborate.quotes.marks import MarkSpan, Paragraph, find_spans, paragraphs, signature
from corroborate.quotes.names import NameIndex
from corroborate.quotes.speakers import Mention, Resolver, mention_of, subject_of

_CUE_OBJECT_LEMMAS = {"tell", "ask", "inform", "assure", "remind", "urge"}
_INTRO_ENDS = (":", "—", "–")
_HEADLINE_WORDS = 30


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


class QuoteExtractor:
    """Finds quotes with speaker and cue; `extract` for one text, `extract_many` for a batch."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 64, guess: bool = True,
                 person_verbs: bool = True):
        self.nlp = nlp or get_nlp(("lemmatizer",))
        self.batch_size = batch_size
        self.guess = guess  # give a long quote with no cue the most salient person nearby
        self.person_verbs = person_verbs
        self.trace: list[tuple[str, list]] | None = None  # set to a list to collect ranker candidates

    def extract(self, text: str, article_id: str) -> list[Quote]:
        return self.extract_many([(text, article_id)])[0]

    def extract_many(self, items: Iterable[tuple[str, str]]) -> list[list[Quote]]:
        """Quotes of each (text, article_id), parsing all articles' quote paragraphs in one pipe."""
        items = list(items)
        plans = []
        unit_texts: list[str] = []
        for text, _ in items:
            paras = paragraphs(text)
            spans = find_spans(text, paras)
            wanted = sorted({s.para for s in spans} | {s.para - 1 for s in spans if s.para > 0
                                                        and text[paras[s.para - 1].end - 1] in _INTRO_ENDS})
            plans.append((paras, spans, wanted, len(unit_texts)))
            unit_texts.extend(text[paras[i].start : paras[i].end] for i in wanted)
        docs = list(self.nlp.pipe(unit_texts, batch_size=self.batch_size)) if unit_texts else []
        out = []
        for (text, article_id), (paras, spans, wanted, first) in zip(items, plans):
            pdocs = {p: docs[first + k] for k, p in enumerate(wanted)}
            out.append(self._article(text, article_id, paras, spans, pdocs))
        return out

    # -- one article -------------------------------------------------------------------------

    def _article(self, text: str, article_id: str, paras: list[Paragraph], spans: list[MarkSpan],
                 pdocs: dict[int, Doc]) -> list[Quote]:
        if not spans:
            if self.trace is not None:
                self.trace.append((article_id, []))
            return []
        persons = {e.text for d in pdocs.values() for e in d.ents if e.label_ == "PERSON"}
        orgs = {e.text for d in pdocs.values() for e in d.ents if e.label_ in ("ORG", "GPE", "NORP")}
        regions = Regions([(s.open_at if s.open_at >= 0 else s.start, (s.close_at + 1) if s.closed else s.end)
                           for s in spans])
        names = NameIndex(text, persons, orgs - persons, regions.spans)
        resolver = Resolver(text, names, regions.spans)
        found = [self._find_verb(text, s, paras, pdocs, regions) for s in spans]
        for f in found:
            if f.verb is not None and f.mention is None:
                quoted = lambda t, b=f.base: b + t.idx in regions  # noqa: E731
                subj = subject_of(f.verb, quoted)
                if subj is None:  # '"No," he said, laughing': the nearest speech verb of the sentence with a subject
                    verb = f.verb
                    for other in sorted(verb.sent, key=lambda t: abs(t.i - verb.i)):
                        if other.i != verb.i and not quoted(other) and is_speech(other, False) \
                                and (subj := subject_of(other, quoted)) is not None:
                            f.verb = other
                            break
                if subj is not None and not speaker_noun(subj):
                    subj = person_above(f.verb, quoted) or subj  # "said, with a passion that suggested '...'"
                if subj is not None and subj.dep_ == "nsubjpass":
                    subj = passive_agent(f.verb, quoted) or subj
                if subj is not None:
                    subj = poll_source(subj, quoted) or author_of(subj, quoted) or subj
                if subj is not None:
                    f.mention = mention_of(subj, f.base)
                    f.how = "verb"
        self._intro(text, found, paras, pdocs, regions)
        self._signed(text, found, paras)
        # resolve in text order so that 'he' can lean on the speakers found before it
        for f in found:
            if f.mention is not None:
                f.speaker = resolver.resolve(f.mention, paras[f.span.para].start)
                if f.speaker and names.is_person(f.speaker):
                    resolver.add_speaker(f.mention.start, f.speaker)
        for i, f in enumerate(found):
            if f.mention is None:
                self._continue(i, found, paras)
                if self.guess and f.speaker is None and not f.partial and f.words >= 8:
                    f.speaker = resolver.guess(f.span.open_at if f.span.open_at >= 0 else f.span.start)
                    f.how = "guess" if f.speaker else "none"
            elif f.speaker is None and self.guess:
                # a subject that names nobody ("what it calls '...'", "we call '...'"): the likeliest person
                f.mention = None
                f.speaker = resolver.guess(f.span.open_at if f.span.open_at >= 0 else f.span.start)
        if self.trace is not None:
            self.trace.append((article_id, resolver.log))
        quotes: list[Quote] = []
        # a headline's words in single marks ("Lee Slams Plan as 'Reckless'") are a headline's, not a quote
        headline = len(paras) > 1 and len(text[paras[0].start : paras[0].end].split()) <= _HEADLINE_WORDS
        for f in found:
            if not self._keep(f, text) or (headline and f.span.para == 0 and f.span.single):
                continue
            s = f.span
            q = Quote(id="", article_id=article_id, text=text[s.start : s.end], start=s.start, end=s.end,
                      speaker=f.speaker, partial=f.partial)
            mention = f.mention or (f.via.mention if f.via is not None else None)
            if mention is not None and f.speaker:
                q.speaker_start, q.speaker_end = mention.start, mention.end
            if f.verb is not None and f.how in ("verb", "intro", "noun", "continuation"):
                q.cue_start, q.cue_end, q.cue = self._cue(f.verb, f.base, text)
            quotes.append(q)
        for i, q in enumerate(quotes):
            q.id = f"{article_id}:q{i}"
        return quotes

    def _keep(self, f: Found, text: str) -> bool:
        if text[max(0, f.span.open_at - 1) : f.span.open_at] == "=":
            return False  # an attribute value of markup left in the text: datetime="2016-06-29"
        if title_like(text[f.span.start : f.span.end]) and not self._said_sentence(f, text):
            return False  # a title: "Meet the Press"
        if f.how in ("verb", "intro", "noun"):
            return True
        if f.how == "continuation":
            return not f.partial or f.words >= 6
        return not f.partial and f.words >= 8

    @staticmethod
    def _said_sentence(f: Found, text: str) -> bool:
        """A quote that opens its sentence and hands over to its speech verb with a comma, '"Like Oakland. Or
        Ferguson," Trump said': words in Title Case, yet no title ('on "Meet the Press," Lee said')."""
        if f.how != "verb" or f.verb is None or f.base + f.verb.idx < f.span.end or text[f.span.end - 1] != ",":
            return False
        j = f.span.open_at - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        return j < 0 or text[j] in "\n.!?"

    # -- attribution -------------------------------------------------------------------------

    def _find_verb(self, text: str, s: MarkSpan, paras: list[Paragraph], pdocs: dict[int, Doc],
                   regions: Regions) -> Found:
        para = paras[s.para]
        words = len(text[s.start : s.end].split())
        f = Found(s, self._is_partial(text, s, para), words, base=para.start)
        doc = pdocs.get(s.para)
        if doc is None:
            return f
        base = para.start

        def quoted(tok: Token) -> bool:
            pos = base + tok.idx
            return pos in regions

        inside = [t for t in doc if s.start <= base + t.idx < s.end]
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
        # 1. a speech verb governing the quote; a verb right before a colon comes first ("to which Lee interjected:")
        lead = lead_verb(doc, inside[0], quoted)
        if lead is not None and s.open_at > 0 and text[max(0, s.open_at - 4) : s.open_at].rstrip().endswith(":"):
            f.verb = lead
            return f
        for chain in heads_outside(inside, ids, 5):
            below = next((t for t in inside if chain and t.head.i == chain[0].i), None)
            for cur in chain:
                if cur.i not in ids and not quoted(cur) and is_speech(cur, governs=True):
                    f.verb = outer_source(cur, quoted)
                    return f
                if cur.i not in ids and (owned := speech_owner(cur, below, quoted)) is not None:
                    if (outer := reporting_verb_above(cur, quoted)) is not None:
                        f.verb = outer  # "Lee said Kim's claim that '...' was false" is still Lee's
                    else:
                        f.verb, f.mention, f.how = owned[0], mention_of(owned[1], base), "noun"
                    return f
                below = cur
        # 1b. the verb just before the marks: "Rubio fired back forcefully: '...'", "Hillary shot back, '...'"
        if lead is not None:
            f.verb = lead
            return f
        # 2. a speech verb hanging off the quote ("...," Rutte said) or in the same sentence
        sents = {inside[0].sent.start, inside[-1].sent.start}
        for j in (inside[0].i - 2, inside[-1].i + 2):  # just outside the marks
            if 0 <= j < len(doc):
                sents.add(doc[j].sent.start)
        best, best_d = None, 10**9
        for sent in doc.sents:
            if sent.start not in sents:
                continue
            for tok in sent:
                if tok.i in ids or quoted(tok) or not is_speech(tok, governs=False):
                    continue
                pos = base + tok.idx
                d = s.start - pos if pos < s.start else pos - s.end
                between = (pos, s.open_at if s.open_at >= 0 else s.start) if pos < s.start else (s.end, pos)
                if regions.starts_between(*between):
                    d += 1000  # another quote sits between the verb and this one
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
        if s.open_at > para.start and text[j] in _INTRO_ENDS:
            before = [t for t in doc if base + t.idx < j and not quoted(t)]
            if before and (label := label_before(before[-1])) is not None:
                f.mention, f.how = mention_of(label, base), "intro"
            elif before:
                cur = before[-1]
                for _ in range(6):
                    if cur.pos_ in ("VERB", "AUX") and subject_of(cur) is not None:
                        f.verb = cur
                        break
                    if cur.head is cur:
                        break
                    cur = cur.head
            return f
        # 4. a partial quote governed by any verb whose subject is a named person: "Cruz coached
        # Trump to 'breathe'"; scare quotes rarely sit under a person's own verb
        if self.person_verbs and f.partial:
            for chain in heads_outside(inside, ids, 3):
                for cur in chain:
                    if cur.pos_ == "VERB" and not quoted(cur):
                        subj = subject_of(cur, lambda t: quoted(t))
                        if subj is not None and subj.ent_type_ == "PERSON":
                            f.verb = outer_source(cur, quoted)
                            return f
                        break
        return f

    def _intro(self, text: str, found: list[Found], paras: list[Paragraph], pdocs: dict[int, Doc],
               regions: Regions) -> None:
        """A quote opening a paragraph after one that ends with a colon: 'Caddell continued:'."""
        for f in found:
            if f.verb is not None or f.mention is not None or f.span.para == 0:
                continue
            prev = paras[f.span.para - 1]
            if text[prev.end - 1] not in _INTRO_ENDS or f.span.open_at > paras[f.span.para].start + 1:
                continue
            doc = pdocs.get(f.span.para - 1)
            if doc is None:
                continue
            last = list(doc.sents)[-1]
            verbs = [t for t in last if is_speech(t, governs=True)] or [last.root]
            subj = subject_of(verbs[-1])
            if subj is not None:
                f.verb, f.base, f.how = verbs[-1], prev.start, "intro"
                f.mention = mention_of(subj, prev.start)

    @staticmethod
    def _signed(text: str, found: list[Found], paras: list[Paragraph]) -> None:
        """Uncued quotes of a paragraph of quotes followed by a signature line ('- Sanders.')."""
        for f in found:
            p = f.span.para
            if f.verb is not None or f.mention is not None or p + 1 >= len(paras) or not f.span.closed:
                continue
            if f.span.open_at > paras[p].start + 1 or text[f.span.close_at + 1 : paras[p].end].strip(" .,"):
                continue  # the paragraph must be all quote, its last mark ending it
            if (name := signature(text, paras[p + 1])) is not None:
                f.mention, f.how = Mention(name[0], name[1], text[name[0] : name[1]], "name"), "intro"

    def _continue(self, i: int, found: list[Found], paras: list[Paragraph]) -> None:
        """Take the speaker of a neighbouring quote: same paragraph, or the paragraph before."""
        f = found[i]
        para = f.span.para
        if not f.span.closed:  # a paragraph of a multi-paragraph quote: its attribution comes later
            for g in found[i + 1 :]:
                if g.span.para > para + 1 or g.span.open_at > paras[g.span.para].start + 1:
                    break
                if g.speaker:
                    f.speaker, f.how, f.via, f.verb, f.base = g.speaker, "continuation", g, g.verb, g.base
                    return
                if g.span.closed:
                    break
                para = g.span.para
            para = f.span.para
        # found is in text order: the quotes of one paragraph sit next to each other
        lo, hi = i, i
        while lo > 0 and found[lo - 1].span.para == para:
            lo -= 1
        while hi + 1 < len(found) and found[hi + 1].span.para == para:
            hi += 1
        before = [g for g in found[lo:i] if g.speaker]
        after = [g for g in found[i + 1 : hi + 1] if g.speaker]
        if before or after:
            g = before[-1] if before else after[0]
        else:
            window = 2 if i > 0 and not found[i - 1].span.closed else 1
            g = None
            for k in range(lo - 1, -1, -1):
                if para - found[k].span.para > window:
                    break
                if found[k].speaker:
                    g = found[k]
                    break
            starts_para = f.span.open_at <= paras[para].start + 1
            if not starts_para:
                return
        if g is not None:
            f.speaker, f.how, f.via = g.speaker, "continuation", g
            f.verb, f.base = g.verb, g.base

    @staticmethod
    def _is_partial(text: str, s: MarkSpan, para: Paragraph) -> bool:
        """A quote inside a sentence of paraphrase rather than a quoted sentence of its own."""
        if s.open_at < 0:
            return False
        j = s.open_at - 1
        while j >= para.start and text[j] in " \t\u00a0":
            j -= 1
        before = text[j] if j >= para.start else ""
        first = text[s.start]
        if before in ("", ",", ":", ".", "?", "!", "—", "–", "-", "”", '"', ")", "…"):
            return first.islower() and before not in ("", ":")
        return True

    @staticmethod
    def _cue(verb: Token, base: int, text: str) -> tuple[int, int, str]:
        lo, hi = verb.idx, verb.idx + len(verb)
        doc = verb.doc
        if verb.lower_ == "according" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to":
            hi = doc[verb.i + 1].idx + 2
        for child in verb.rights:
            if child.dep_ == "prt":
                hi = max(hi, child.idx + len(child))
            elif child.dep_ in ("dobj", "dative") and speech_lemma(verb.lower_) in _CUE_OBJECT_LEMMAS \
                    and child.i - verb.i <= 2 and not (verb.i > 0 and doc[verb.i - 1].is_quote):
                # (not after the closing mark: '"Why?" asked the boy' has the boy for subject)
                hi = max(hi, child.right_edge.idx + len(child.right_edge))
        return base + lo, base + hi, text[base + lo : base + hi]
