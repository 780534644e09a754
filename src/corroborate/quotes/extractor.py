"""Quote extraction: quoted spans, the verb that introduces each, its speaker, and continuations.

Only paragraphs holding quote marks (and a paragraph that introduces one with a colon) are parsed;
names for resolving pronouns come from a cheap scan of the whole text (names.py). Finding what introduces
each quote is attach.py's; this module resolves speakers, follows continuations and keeps the real quotes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.model import Quote
from corroborate.nlp import get_nlp
from corroborate.quotes.antecedents import plural_antecedent, thing_antecedent
from corroborate.quotes.attach import INTRO_ENDS, Found, Regions, find_verb, intro
from corroborate.quotes.clauses import author_of, is_speech
from corroborate.quotes.cues import PERSON_PRONOUNS, speech_lemma
from corroborate.quotes.marks import MarkSpan, Paragraph, find_spans, paragraphs, plain_marks, single_style
from corroborate.quotes.layout import (credited_after, labelled_inside, named_above, said_below, signed,
                                       signed_inside)
from corroborate.quotes.mentions import mention_of
from corroborate.quotes.nameforms import WORK_AFTER, WORK_BEFORE, written_in_full
from corroborate.quotes.names import NameIndex, tag_known_names
from corroborate.quotes.sources import (participle_owner, passive_agent, person_above, person_object, poll_source,
                                        speaker_noun)
from corroborate.quotes.speakers import Resolver
from corroborate.quotes.subjects import subject_of
from corroborate.quotes.titles import calls_someone, named_thing, title_case, title_like
from corroborate.workers import balanced_parts, can_start_workers, map_forked, start_method

# a given name right before the mark and a surname right after it: a nickname, not a quote
# ("Juan", "C.L." in initials, "JesÃºs" with its bytes read wrong)
_NICKNAME = re.compile(r"\b[A-Z][\w.’'\-]*\s[“\"‘']$")
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"\b(?:the|a|his|her|their|its)\s+(?:nick)?name\s*$", re.I)  # 'spelled her name "Betty"'
_NICKNAME_WORDS = re.compile(r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?")
_CUE_OBJECT_LEMMAS = {"tell", "ask", "inform", "assure", "remind", "urge", "notify", "alert", "brief", "instruct"}
_HEADLINE_WORDS = 30
_CROWD_LEMMAS = {"chant", "shout", "yell", "scream"}  # what crowds do as one
# subjects that stand for what came before: a text or body ("it"), people ("they", "some" of them)
_STAND_INS = {"it", "they", "some", "many", "several", "others", "most"}
_OWNER_BEFORE = re.compile(r"[’']s\s*$")
# '"Lee steps down," by the New York Post's Ann Cole': a headline and its byline, not a quote
_BYLINE_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.&\-]*\s+){0,4}[A-Z][\w.&\-]*(?:’s|'s|’|')\s+[A-Z]")
MIN_PARALLEL = 200  # paragraphs: below this, worker processes cost more than they save


# what a finite or passive clause has and a bare participle ("often labeled '...' by Democrats") lacks
_CLAUSE_CORE = {"aux", "auxpass", "nsubj", "nsubjpass"}


_WH_LABEL = {"what", "which", "whatever"}


def _unowned_label(verb: Token) -> bool:
    """A passive verb with no agent whose subject is "what" or "which": "what has been described as"."""
    deps = {c.dep_: c for c in verb.children}
    return "nsubjpass" in deps and deps["nsubjpass"].lower_ in _WH_LABEL and "agent" not in deps


class QuoteExtractor:
    """Finds quotes with speaker and cue; `extract` for one text, `extract_many` for a batch."""

    def __init__(self, nlp: Language | None = None, batch_size: int = 64, guess: bool = True,
                 person_verbs: bool = True, workers: int = 0):
        self.nlp = nlp or get_nlp(("lemmatizer",))
        self.batch_size = batch_size
        self.workers = workers  # parser processes for a batch of at least MIN_PARALLEL paragraphs (0: this one)
        self.guess = guess  # give a long quote with no cue the most salient person nearby
        self.person_verbs = person_verbs
        self.trace: list[tuple[str, list]] | None = None  # set to a list to collect ranker candidates

    def extract(self, text: str, article_id: str) -> list[Quote]:
        return self.extract_many([(text, article_id)])[0]

    def extract_many(self, items: Iterable[tuple[str, str]]) -> list[list[Quote]]:
        """Quotes of each (text, article_id), parsing all articles' quote paragraphs in one pipe; with
        `workers` > 1 and a batch of at least MIN_PARALLEL such paragraphs, in that many processes."""
        originals = list(items)
        items = [(plain_marks(text), article_id) for text, article_id in originals]  # same offsets
        plans, unit_texts = self._plan(items)
        if self.workers < 2 or len(unit_texts) < MIN_PARALLEL or not can_start_workers():
            return self._extract(originals, items, plans, unit_texts, 1)
        if start_method() != "fork":  # spaCy's own processes: each loads the pipeline and sends back docs
            return self._extract(originals, items, plans, unit_texts, self.workers)
        sizes = [sum(map(len, unit_texts[first : first + len(wanted)])) for _, _, wanted, first in plans]

        def run_part(run: range) -> list[list[Quote]]:
            # a forked worker inherits the plans made here; only the run of article indices crosses over
            lo, hi = plans[run.start][3], plans[run.stop - 1][3] + len(plans[run.stop - 1][2])
            part = [(paras, spans, wanted, first - lo) for paras, spans, wanted, first in plans[run.start : run.stop]]
            return self._extract(originals[run.start : run.stop], items[run.start : run.stop], part,
                                 unit_texts[lo:hi], 1)

        runs = balanced_parts(sizes, 2 * self.workers)
        return [quotes for part in map_forked(run_part, runs, self.workers) for quotes in part]

    @staticmethod
    def _plan(items: list[tuple[str, str]]) -> tuple[list[tuple], list[str]]:
        """Each article's paragraphs, quote spans and the paragraphs to parse; all those paragraphs' texts."""
        plans = []
        unit_texts: list[str] = []
        for text, _ in items:
            paras = paragraphs(text)
            spans = find_spans(text, paras)
            wanted = sorted({s.para for s in spans} | {s.para - 1 for s in spans if s.para > 0
                                                        and text[paras[s.para - 1].end - 1] in INTRO_ENDS})
            plans.append((paras, spans, wanted, len(unit_texts)))
            # a paragraph's inner line breaks (wrapped lines, a sentence split after "Const.") parse as spaces
            unit_texts.extend(text[paras[i].start : paras[i].end].replace("\n", " ") for i in wanted)
        return plans, unit_texts

    def _extract(self, originals: list[tuple[str, str]], items: list[tuple[str, str]], plans: list[tuple],
                 unit_texts: list[str], n_process: int) -> list[list[Quote]]:
        docs = list(self.nlp.pipe(unit_texts, batch_size=self.batch_size, n_process=n_process)) if unit_texts else []
        out = []
        for (text, article_id), (paras, spans, wanted, first) in zip(items, plans):
            pdocs = {p: docs[first + k] for k, p in enumerate(wanted)}
            out.append(self._article(text, article_id, paras, spans, pdocs))
        for (original, _), (text, _), quotes in zip(originals, items, out):
            if original is not text:
                for q in quotes:
                    q.text = original[q.start : q.end]
                    if q.cue_start is not None and q.cue_end is not None:
                        q.cue = original[q.cue_start : q.cue_end]
        return out

    # -- one article -------------------------------------------------------------------------

    def _article(self, text: str, article_id: str, paras: list[Paragraph], spans: list[MarkSpan],
                 pdocs: dict[int, Doc]) -> list[Quote]:
        if not spans:
            if self.trace is not None:
                self.trace.append((article_id, []))
            return []
        persons = {e.text for d in pdocs.values() for e in d.ents if e.label_ == "PERSON"}
        tag_known_names(pdocs.values(), persons | written_in_full(text))
        orgs = {e.text for d in pdocs.values() for e in d.ents if e.label_ in ("ORG", "GPE", "NORP")}
        regions = Regions([(s.open_at if s.open_at >= 0 else s.start, (s.close_at + 1) if s.closed else s.end)
                           for s in spans])
        names = NameIndex(text, persons, orgs - persons, regions.spans)
        resolver = Resolver(text, names, regions.spans)
        found = [find_verb(text, s, paras, pdocs, regions, self.person_verbs) for s in spans]
        for f in found:
            f.named = named_thing(text, f.span, pdocs.get(f.span.para), paras[f.span.para].start)
        for f in found:
            if f.verb is not None and f.mention is None:
                quoted = lambda t, b=f.base: b + t.idx in regions  # noqa: E731
                subj = subject_of(f.verb, quoted)
                if f.verb.tag_ == "VBN" and not any(c.dep_ in _CLAUSE_CORE for c in f.verb.children):
                    subj = passive_agent(f.verb, quoted) or subj  # a bare participle: "labeled '...' by Democrats"
                if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == f.verb.i \
                        and speech_lemma(f.verb.lower_) not in (None, "quote") and not _reported_speaking(f.verb):
                    # what a passive speech verb is said of is no speaker: "he has been described as '...'"
                    subj = passive_agent(f.verb, quoted)
                if subj is None:  # '"No," he said, laughing': the nearest speech verb of the sentence with a subject
                    verb = f.verb
                    for other in sorted(verb.sent, key=lambda t: abs(t.i - verb.i)):
                        if other.i != verb.i and not quoted(other) and is_speech(other, False) \
                                and (subj := subject_of(other, quoted)) is not None:
                            f.verb = other
                            break
                if subj is not None and speech_lemma(f.verb.lower_) in _CROWD_LEMMAS and subj.tag_ != "NNS" \
                        and (crowd := participle_owner(f.verb, quoted)) is not None and crowd.tag_ == "NNS":
                    subj = crowd  # "Clinton spoke near the casino, where protesters had gathered, chanting '...'"
                if subj is not None and not speaker_noun(subj):
                    subj = person_above(f.verb, quoted) or participle_owner(f.verb, quoted) or subj
                    # "said, with a passion that suggested '...'"; "where protesters gathered, chanting '...'"
                    if not speaker_noun(subj) and not is_speech(f.verb, False):
                        subj = person_object(f.verb, quoted) or subj  # "The timing surprised pollster Jo Lee: '...'"
                if subj is not None and subj.dep_ == "nsubjpass":
                    subj = passive_agent(f.verb, quoted) or subj
                if subj is not None:
                    subj = poll_source(subj, quoted) or author_of(subj, quoted) or subj
                if subj is not None:
                    f.mention = mention_of(subj, f.base)
                    f.how = "verb"
        parsed: dict[int, Doc] = {}  # paragraphs parsed for a "they" or "it" only, once each
        for f in found:
            if f.mention is not None and f.mention.text.lower() in _STAND_INS and f.verb is not None:
                self._antecedent(f, text, paras, pdocs | parsed, regions, parsed)
        intro(text, found, paras, pdocs)
        signed(text, found, paras)
        signed_inside(text, found)
        labelled_inside(text, found)
        said_below(text, found, paras)
        credited_after(text, found)
        named_above(text, found, paras, lambda name, at: names.is_person(resolver.canonical_name(name, at) or ""))
        # resolve in text order so that 'he' can lean on the speakers found before it
        for f in found:
            if f.mention is not None:
                f.speaker = resolver.resolve(f.mention, paras[f.span.para].start)
                if f.speaker:
                    resolver.add_speaker(f.mention, f.speaker)
        for i, f in enumerate(found):
            if f.mention is None and f.how != "signature":
                self._continue(i, found, paras, text)
                if f.span.open_at >= 0 and (f.via is None or f.via.span.para != f.span.para) and \
                        (who := resolver.issued_before(f.span.open_at)):
                    f.speaker, f.how, f.via, f.verb = who, "statement", None, None  # "Acme issued a statement."
                if self.guess and f.speaker is None and f.how != "continuation" and not f.partial and f.words >= 8:
                    f.speaker = resolver.guess(f.span.open_at if f.span.open_at >= 0 else f.span.start)
                    f.how = "guess" if f.speaker else "none"
            elif f.speaker is None and self.guess and not (f.mention and f.mention.start in resolver.ruled_out):
                # a subject that names nobody ("what it calls '...'", "we call '...'"): the likeliest person; for
                # a "he" or "she" with no candidate in its window, the likeliest of that gender
                gender = PERSON_PRONOUNS.get(f.mention.text.lower()) if f.mention else None
                f.mention = None
                f.speaker = resolver.guess(f.span.open_at if f.span.open_at >= 0 else f.span.start, gender)
        if self.trace is not None:
            self.trace.append((article_id, resolver.log))
        quotes: list[Quote] = []
        # a headline's words in single marks ("Lee Slams Plan as 'Reckless'") are a headline's, not a quote;
        # where single marks carry the quotes, a first paragraph that ends a sentence is the lede
        headline = any(f.span.para == 0 and f.span.single for f in found) and self._headline(text, paras)
        for f in found:
            if not self._keep(f, text) or (headline and f.span.para == 0 and f.span.single):
                continue
            s = f.span
            q = Quote(id="", article_id=article_id, text=text[s.start : s.end], start=s.start, end=s.end,
                      speaker=f.speaker and names.full_from_first(f.speaker), partial=f.partial)
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
        if title_like(text[f.span.start : f.span.end]) and not self._said_sentence(f, text) \
                and not self._next_sentence(f, text) and not (f.how == "verb" and calls_someone(f.verb)):
            return False  # a title: "Meet the Press"
        if _OWNER_BEFORE.search(text, max(0, f.span.open_at - 4), max(0, f.span.open_at)) and all(
                w[:1].isupper() for w in text[f.span.start : f.span.end].split()):
            return False  # a show or a work named after its owner: NBC's "Today", television's "Scandal,"
        kind_end = max(0, f.span.open_at)
        while kind_end > 0 and f.span.open_at - kind_end < 3 and text[kind_end - 1] in ", ":
            kind_end -= 1  # past an apposition's comma: 'his latest film, "Frost/Nixon,"'
        if (WORK_BEFORE.search(text, max(0, kind_end - 48), kind_end)
                or _NAME_BEFORE.search(text, max(0, f.span.open_at - 30), max(0, f.span.open_at))) \
                and title_case(text[f.span.start : f.span.end], most=14):
            return False  # a work by its kind: the film "Mockingjay", the book "Hard Choices"; her name "Betty"
        if f.span.closed and f.words <= 8 and text[f.span.start : f.span.start + 1].isupper() \
                and WORK_AFTER.match(text, f.span.close_at + 1):
            return False  # a work followed by its kind: '"Hail, Caesar!" -- a movie set for release'
        if f.how == "signature":
            return False  # a pull quote's signature line inside its marks
        if f.named == "work" or (f.named and not self._said_sentence(f, text)):
            return False  # '"Moon," like "Twilight," is based on the books': a work's name as a noun, no words said
        if f.span.closed and _NICKNAME_WORDS.fullmatch(text[f.span.start : f.span.end]) \
                and _NICKNAME.search(text, max(0, f.span.open_at - 30), f.span.open_at + 1) \
                and _NAME_AFTER.match(text, f.span.close_at + 1):
            return False  # a nickname inside a name: Juan "Chico" Manriquez
        if f.span.closed and text[f.span.end - 1] == "," and _BYLINE_AFTER.match(text, f.span.close_at + 1):
            return False  # a headline with its byline
        if f.partial and f.verb is not None and _unowned_label(f.verb):
            return False  # "sending what has been described as a 'political army'": a label with nobody behind it
        if f.how in ("verb", "intro", "noun"):
            return True
        if f.how == "continuation":  # a short partial only in the sentence of the cue it continues
            return not f.partial or f.words >= 6 or self._in_cue_sentence(f)
        return not f.partial and f.words >= 8

    @staticmethod
    def _headline(text: str, paras: list[Paragraph]) -> bool:
        """Whether the first paragraph is a headline: short, and no lede in an article quoting in single marks."""
        first = text[paras[0].start : paras[0].end].rstrip()
        return len(paras) > 1 and len(first.split()) <= _HEADLINE_WORDS \
            and not (first[-1:] in ".!?" and single_style(text))

    @staticmethod
    def _in_cue_sentence(f: Found) -> bool:
        """'the lawyers said, "all command the same conclusion" that Cruz meets the "natural born" requirement'."""
        g = f.via
        if g is None or g.verb is None or g.span.para != f.span.para:
            return False
        sent = g.verb.sent
        return g.base + sent.start_char <= f.span.start < g.base + sent.end_char

    @staticmethod
    def _said_sentence(f: Found, text: str) -> bool:
        """A quote that opens its sentence and hands over to its speech verb with a comma, '"Like Oakland. Or
        Ferguson," Trump said': words in Title Case, yet no title ('on "Meet the Press," Lee said')."""
        if f.how != "verb" or f.verb is None or f.base + f.verb.idx < f.span.end or text[f.span.end - 1] != ",":
            return False
        return _char_before(text, f.span.open_at) in ("", "\n", ".", "!", "?")

    @staticmethod
    def _next_sentence(f: Found, text: str) -> bool:
        """A quote that is a whole sentence right after its speaker's, in one paragraph: '"We've got a common
        enemy," Burton told delegates. "Donald Trump."' (Title Case, yet spoken)."""
        if f.how != "continuation" or f.via is None or f.via.span.para != f.span.para \
                or text[f.span.end - 1 : f.span.end] not in (".", "!", "?"):
            return False
        return _char_before(text, f.span.open_at) in (".", "!", "?")

    def _continue(self, i: int, found: list[Found], paras: list[Paragraph], text: str) -> None:
        """Take the speaker of a neighbouring quote that is kept: same paragraph, or the paragraph before."""
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
        # a quote before it with a cue continues even when its speaker stayed unknown ('"...," she said. "..."')
        before = [g for g in found[lo:i] if (g.speaker or g.mention is not None) and self._keep(g, text)]
        after = [g for g in found[i + 1 : hi + 1] if g.speaker and self._keep(g, text)]  # no title's verb
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

    def _antecedent(self, f: Found, text: str, paras: list[Paragraph], docs: dict[int, Doc], regions: Regions,
                    parsed: dict[int, Doc]) -> None:
        """A speaking "they" (or "some", "many", "others") is the plural subject before it, a speaking "it" the
        text or body before it (in the paragraph before too, parsed into `parsed` if `docs` lacks it)."""
        assert f.mention is not None and f.verb is not None
        pron = f.verb.doc.char_span(f.mention.start - f.base, f.mention.end - f.base)
        p = f.span.para
        before = None
        if p > 0:
            before = docs.get(p - 1)
            if before is None:
                before = parsed[p - 1] = self.nlp(text[paras[p - 1].start : paras[p - 1].end].replace("\n", " "))
        bases = {id(f.verb.doc): f.base, id(before): paras[p - 1].start if p > 0 else 0}
        find = thing_antecedent if f.mention.text.lower() == "it" else plural_antecedent
        tok = find(pron[0], before, lambda t: bases[id(t.doc)] + t.idx in regions) if pron else None
        mention = mention_of(tok, bases[id(tok.doc)]) if tok is not None else None
        if mention is not None and (tok.ent_type_ != "PERSON" or mention.kind == "group"):
            f.mention = mention  # never one person of a list the parse could not join

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


def _reported_speaking(verb: Token) -> bool:
    """A passive report of someone's speech: "is reported to have called them '...'", "was quoted as saying"."""
    return any(c.dep_ in ("xcomp", "advcl") and speech_lemma(c.lower_) for c in verb.children)


def _char_before(text: str, at: int) -> str:
    """The character before offset `at`, past blanks ("" at the start of the text)."""
    j = at - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return text[j] if j >= 0 else ""
