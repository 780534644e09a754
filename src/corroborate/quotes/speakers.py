"""Speaker mentions from the parse, and their resolution to the fullest name the article uses."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from corroborate.nlp import MIDSENTENCE_ABBREVIATIONS
from corroborate.quotes import ranker, roles
from corroborate.quotes.cues import DETERMINERS, PERSON_PRONOUNS, PLURAL_PRONOUNS, RELATIVE, WEAK_SPEECH, speech_lemma
from corroborate.quotes.nameforms import GENDERED_NOUNS, cut_at_verb, personal_title, strip_name
from corroborate.quotes.names import NameIndex
from corroborate.quotes.roles import ROLE_NOUNS

# subjects that name nobody in particular ("some call it", "many believe")
_GENERIC = set("someone somebody anyone anybody everyone everybody many some others people candidates".split())
_GENERIC_DETS = {"any", "some", "many", "most", "other", "a"}
_NAMED = {"PERSON", "ORG", "GPE", "FAC"}
_FIRST_WORD = re.compile(r"\w")
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|of|for|at|by|from|about|against|than|told|tells|asked|asks|met|thanked|"
                            r"urged|praised|criticized|attacked|called|endorsed|"
                            r"beat|defeated)\s+(?:(?:[A-Z][a-z]*\.|[A-Z][a-z]+)\s+)?$")
_PRONOUNS = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
_SENT_END = re.compile(r"[.!?…][”’\"')\]]*\s+|\n+")
# a period that ends a title or an initial, not a sentence: "Mr. Lim", "Sen. Cole", "Donald J. Trump"
_ABBREV = re.compile(rf"(?:\b(?:{MIDSENTENCE_ABBREVIATIONS})|(?<![\w.])[A-Z])\.$")


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of `text` begin (a cheap split that knows titles and initials)."""
    return [0] + [m.end() for m in _SENT_END.finditer(text)
                  if not (text[m.start()] == "." and _ABBREV.search(text, max(0, m.start() - 5), m.start() + 1))]


class Mention:
    """Where a speaker is named in the text, what kind of mention it is, and its canonical name."""

    def __init__(self, start: int, end: int, text: str, kind: str):
        self.start, self.end, self.text, self.kind = start, end, text, kind  # kind: name/pronoun/description
        self.canonical: str | None = None


def mention_of(tok: Token, base: int) -> Mention:
    """The mention a subject token stands for: a named entity, a proper-noun run, a pronoun, an NP."""
    doc = tok.doc
    low = tok.lower_
    if low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in {"it", "i", "we", "you"}:
        return Mention(base + tok.idx, base + tok.idx + len(tok), tok.text, "pronoun")
    ent = _entity_of(tok)
    if (ent is None or ent.label_ != "PERSON") and personal_title(tok.lower_):
        # "Sirius Vice President for news and talk Dave Gorab called": the person the title is followed by
        for nxt in tok.doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 9)]:
            if nxt.ent_type_ == "PERSON":
                ent = _entity_of(nxt)
                break
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
    if ent is not None:
        return Mention(base + ent.start_char, base + ent.end_char, ent.text, "name")
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():  # a lowercase "senator" tagged PROPN is a description
        lo = hi = tok.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo - 1, tok.i + 1):
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].head.i == tok.i:
            hi += 1
        span = doc[lo : hi + 1]
        return Mention(base + span.start_char, base + span.end_char, span.text, "name")
    if low in _QUANTIFIERS:  # "Some of the protesters shouted": the protesters
        for prep in tok.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "of" else None
            if pobj is not None and pobj.pos_ == "NOUN":
                span = doc[pobj.left_edge.i : pobj.i + 1]
                return Mention(base + span.start_char, base + span.end_char, span.text, "description")
    left = tok.left_edge
    span = doc[left.i : tok.i + 1]
    return Mention(base + span.start_char, base + span.end_char, span.text, "description")


_ISSUED_NOUNS = {"statement", "report", "letter", "release", "memo", "email", "post"}
_PAPER_NOUNS = {"paper", "newspaper", "daily", "tabloid", "weekly"}
_ISSUER = r"((?:[A-Z][\w.&’'\-]*\s){0,4}[A-Z][\w.&’'\-]*)"  # a name, "&" and "." allowed: "AT&T Inc."
_ISSUED = re.compile(rf"{_ISSUER}\s+(?:issued|released|put out|sent|published|posted)\s+(?:a|an|its|the)\s+"
                     rf"(?:[a-z\-]+\s+)?({'|'.join(sorted(_ISSUED_NOUNS))})\b")
_PAPER_NAMED = re.compile(rf"\b(?:{'|'.join(sorted(_PAPER_NOUNS))})\s+{_ISSUER}")
_QUANTIFIERS = {"some", "many", "most", "several", "few", "all", "one", "two", "three", "dozens", "hundreds", "thousands"}


def _entity_of(tok: Token) -> SpacySpan | None:
    if tok.ent_type_ not in _NAMED:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


# Speech verbs whose next name is their object, never an inverted subject ("called Trump a ...").
_TAKES_OBJECT = WEAK_SPEECH | set("""
tell ask urge remind assure inform accuse blame criticize question press mock thank praise quote cite slam blast
lash scold tease taunt hail welcome advise implore lecture interrupt counsel attack
""".split())


def subject_of(verb: Token, skip: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The speaker token of a speech verb: its subject, or its governor's for 'saying' / 'adding'.

    Tokens for which `skip` is true (words inside quotes) are never the subject.
    """
    found = _subject_up(verb, skip)
    if found is not None and found.i + 1 < len(found.doc) and _joining_hyphen(found.doc[found.i + 1]):
        # "Blaze co-host Stu Burguiere" parsed with "co" as the subject: the person the role word leads to
        for nxt in found.doc[found.i + 2 : found.i + 6]:
            if nxt.ent_type_ == "PERSON" and not skip(nxt):
                found = nxt
                break
    after_quote = verb.i > 0 and verb.doc[verb.i - 1].is_quote
    if found is None and verb.i + 1 < len(verb.doc) and (speech_lemma(verb.lower_) not in _TAKES_OBJECT or after_quote):
        # inverted "..., said Edward Leamer, ..." parsed with the name as the quote's subject; right after the
        # closing mark even a verb that takes an object: '"Why?" asked the boy'
        tok = verb.doc[verb.i + 1]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
            tok = tok.head
        if tok.ent_type_ != "PERSON":  # "said Oversight ranking Democrat Elijah Cummings": the person named
            inverted = verb.i > 0 and (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ",")
            for nxt in verb.doc[verb.i + 1 : verb.i + 8]:
                if nxt.is_punct or skip(nxt):
                    break
                inverted = inverted and nxt.pos_ != "ADP"  # not "said at a recent POLITICO event"
                # untagged, a proper noun ending the phrase after '"...," said' is a name too
                untagged = inverted and nxt.pos_ == "PROPN" and not nxt.ent_type_ and nxt.head.pos_ != "PROPN"
                if nxt.ent_type_ == "PERSON" or untagged:
                    root = nxt
                    while root.dep_ in ("compound", "flat") and root.head.ent_type_ == "PERSON" and root.head.i > root.i:
                        root = root.head
                    if not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i):  # "said Lee was ..."
                        tok = nxt
                    break
        if tok.pos_ == "PROPN" and not skip(tok) and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
        if verb.i > 0 and (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ","):
            # '"...," added a Nevada Democrat': the noun phrase after an inverted verb is its subject
            for child in verb.rights:
                if child.dep_ in ("dobj", "nsubj", "attr", "oprd", "dative") and not skip(child) \
                        and child.pos_ in ("NOUN", "PROPN"):
                    return child
    if found is None and speech_lemma(verb.lower_):
        found = _name_before(verb, skip)
    return found


def _joining_hyphen(tok: Token) -> bool:
    """The hyphen inside a word split by the tokenizer ("co-host"), not a dash between phrases."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _name_before(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """'"...," Gene Sperling, an adviser, said' parsed with no subject: the name between the closing
    mark and the verb, before the apposition when one stands between them."""
    toks = []
    for tok in reversed(verb.sent[: verb.i - verb.sent.start]):
        if skip(tok) or tok.is_quote:
            break
        toks.append(tok)
    toks.reverse()
    parts = [toks]
    if toks and toks[-1].text == ",":  # "Name, an adviser to X, said": before the apposition first
        commas = [k for k, t in enumerate(toks[:-1]) if t.text == ","]
        parts = [toks[: commas[-1]], toks[commas[-1] :]] if commas else parts
    for person in (True, False):  # a PERSON first ("the GOP nominee, Donald Trump,"), then any name
        for part in parts:
            for tok in reversed(part):
                if tok.ent_type_ == "PERSON" or (not person and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG")):
                    while tok.head.i > tok.i and tok.head.i < verb.i and tok.dep_ in ("compound", "flat"):
                        tok = tok.head
                    return tok
    return None


def _subject_up(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    cur = verb
    for _ in range(5):
        if cur.lower_ == "according":
            for child in cur.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and not skip(obj):
                            return obj
        for child in cur.children:  # passive "was asked by Gerard Baker", "as reported by the Herald"
            # only a speech verb's agent: not "was booed by X after telling them ..."
            if child.dep_ == "agent" and (cur is verb or speech_lemma(cur.lower_)):
                for obj in child.children:
                    if obj.dep_ == "pobj" and not skip(obj):
                        return obj
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and not skip(c) and not c.is_punct]
        if subjects:
            # two subjects ("MSNBC co-host Mika Brzezinski" split at the hyphen): the named one
            child = max(subjects, key=lambda c: (c.ent_type_ == "PERSON", c.pos_ in ("PROPN", "PRON")))
            if child.lower_ in RELATIVE and cur.dep_ == "relcl":
                return _owner(cur.head, skip)
            return child
        if cur.dep_ == "relcl":
            return _owner(cur.head, skip)
        # climb clauses, and from "a statement saying" to the verb whose object the statement is
        if (cur.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep", "pobj", "dep")
                or (cur.dep_ == "dobj" and cur is not verb)) and cur.head is not cur:
            cur = cur.head
            continue
        return None
    return None


def _owner(noun: Token, skip: Callable[[Token], bool]) -> Token:
    """'Trump released a video that said ...': a thing that speaks is its maker's voice."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or _personal_noun(noun.text) or noun.dep_ != "dobj":
        return noun
    subj = _subject_up(noun.head, skip)
    return subj if subj is not None and subj.pos_ in ("PROPN", "PRON") else noun


_PEOPLE = set("""
person people man woman men women group voter supporter critic protester member resident official source
""".split())


def _personal_noun(word: str) -> bool:
    """A noun for a person ("aide", "wife", "spokesman"): someone of their own, not a voice of the owner."""
    low = word.lower().strip(".,’'")
    return roles.norm(low) in ROLE_NOUNS or low in GENDERED_NOUNS or low in _PEOPLE or low.rstrip("s") in _PEOPLE


class Resolver:
    """Resolves pronouns and descriptions against the article's names and earlier speakers."""

    def __init__(self, text: str, names: NameIndex, quote_regions: list[tuple[int, int]]):
        self.text = text
        self.names = names
        self.sent_starts = sentence_starts(text)
        regions = sorted(quote_regions)
        self._q_starts = [a for a, _ in regions]
        self._q_regions = regions
        self.events: list[tuple[int, str]] = []  # (offset, canonical person name): resolved speakers
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
        self.use_ranker = True
        self.log: list[tuple[int, str | None, list]] = []  # (offset, gender, candidates): for training

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_starts, pos) - 1
        return i >= 0 and self._q_regions[i][0] <= pos < self._q_regions[i][1]

    def add_speaker(self, pos: int, name: str) -> None:
        bisect.insort(self.events, (pos, name))

    def canonical_name(self, text: str, pos: int) -> str:
        words, _ = strip_name(text.replace("\u00a0", " ").split())
        if len(words) > 1 and text.lstrip().startswith(words[0]):
            words = self.names.trim(words, pos)
        words = cut_at_verb(words)
        at = pos + (text.find(words[0]) if words else 0)
        gender = self.names.title_gender(at)
        return self.names.fullest(words, before=pos + len(text) + 1, gender=gender) if words else text.strip()

    def resolve(self, m: Mention, para_start: int) -> str | None:
        if m.kind == "name":
            words = m.text.split()
            if roles.office(words) and (hit := roles.link(self, words, m.start)):
                return hit  # "the District Attorney said": the person introduced as "District Attorney Steve Cooley"
            return self.canonical_name(m.text, m.start) or None
        if m.kind == "pronoun":
            gender = PERSON_PRONOUNS.get(m.text.lower())
            if gender is None:
                return None
            if self.use_ranker:
                cands = ranker.candidates(self, self.chain_start(m.start, gender), gender)
                self.log.append((m.start, gender, cands))
                if (prev := self._speaker_before(m.start, gender)) is not None:
                    return prev
                if ranker.weights() is not None:
                    return ranker.best(cands)
            return self.antecedent(m.start, gender)
        return self.description(m, para_start)

    def _speaker_before(self, pos: int, gender: str) -> str | None:
        """The speaker named in this sentence or the one before, when of the pronoun's gender and nobody
        else of it was named since: "Trump's grasp of policy is worrying, Cuban said. '...,' he said"
        continues Cuban, whoever else the sentence named before him."""
        i = bisect.bisect_left(self.events, (pos, "")) - 1
        if i < 0 or self.in_quote(pos):
            return None  # a "he said" inside someone's quote is a third person they speak of
        at, name = self.events[i]
        if self._told_between(at, pos) > 1 or self.names.gender(name) not in (gender, None):
            return None
        renamed = pos  # where the speaker was last named again after the event
        for start, end, other in self.names.persons_before(pos, at + 1):  # most recent first
            if other == name:
                renamed = min(renamed, start)
                continue
            if self.in_quote(start) or self.names.gender(other) not in (gender, None):
                continue
            minor = self.text[end : end + 2] in ("'s", "’s") or _OBJECT_BEFORE.search(self.text, max(0, start - 30), start)
            if not (minor and renamed < pos):
                # someone else came up since ("Sanders appeared to ... On Friday, he remarked"), unless only as
                # an owner or object before the speaker is named again ("Trump's grasp is worrying, Cuban said")
                return None
        return name

    def _told_between(self, a: int, b: int) -> int:
        """Sentences that open in (a, b] outside quotes: the narrator's, not the speaker's."""
        n = 0
        for k in range(self.sentence_of(a) + 1, self.sentence_of(b) + 1):
            m = _FIRST_WORD.search(self.text, self.sent_starts[k])
            n += m is not None and not self.in_quote(m.start())
        return n

    def chain_start(self, pos: int, gender: str, max_sents: int = 4) -> int:
        """Where a run of same-gender pronouns with no name between ends: "He ran. His aides left. “...,” he
        said" resolves as the first "He" would, so that the name before the run is the nearest one."""
        anchor = pos
        here = self.sentence_of(pos)
        lo = self.sent_starts[max(0, here - max_sents)]
        while anchor > lo:
            s_lo = self.sent_starts[max(0, self.sentence_of(anchor) - 1)]
            first = next((m.start() for m in _PRONOUNS[gender].finditer(self.text, max(lo, s_lo), anchor)
                          if not self.in_quote(m.start())), None)
            if first is None or any(not self.in_quote(a) and not _OBJECT_BEFORE.search(self.text, max(0, a - 30), a)
                                    for a, _, _ in self.names.persons_before(anchor, first)):
                break  # a name between breaks the run, unless it is an object: "he told Clinton that ..."
            anchor = first
        return anchor

    def description(self, m: Mention, para_start: int) -> str | None:
        words = m.text.split()
        low = [w.lower() for w in words]
        head = low[-1]
        definite = low[0] in ("the", "this", "that")
        if head in _GENERIC and (len(low) == 1 or low[0] in _GENERIC_DETS):
            return None  # "what some call '...'", "someone joked": nobody named; the caller guesses
        if all(w[:1].isupper() for w in words) and any(self.names.is_person(n.text) for n in self.names.lookup(m.text)):
            return self.canonical_name(m.text, m.start)  # a surname the parser took for a word: "Small, who ..."
        if definite and (issuer := self._issuer(head, m.start)):
            return issuer  # "the statement said": the one that issued it; "the paper said": the paper named
        if (definite or (len(low) == 1 and words[0].islower())) and roles.norm(head) in ROLE_NOUNS:
            hit = roles.link(self, words[definite:], m.start) or self.antecedent(m.start, None, roles={head})
            if hit:
                return hit
        if definite and len(low) <= 3 and head in ("man", "woman") and ranker.weights() is not None:
            # "the man", "the older woman": the person the text is about, of that gender
            g = GENDERED_NOUNS[head]
            hit = ranker.best(ranker.candidates(self, self.chain_start(m.start, g), g))
            if hit:
                return hit
        gender = PERSON_PRONOUNS.get(low[0])
        if gender and len(low) > 1 and not _personal_noun(head) and ranker.weights() is not None:
            # "his campaign", "her statement": the voice of the person the pronoun stands for
            hit = ranker.best(ranker.candidates(self, self.chain_start(m.start, gender), gender))
            if hit:
                return hit
        if low and low[0] in DETERMINERS:
            words = words[1:]
        return " ".join(words) or None

    def _issuer(self, head: str, pos: int, reach: int = 2000) -> str | None:
        """Who put out the text a description names, from the text before it: "Gordon Advisors issued a
        statement ... the statement said", "daily Eleftherotypia warned ... the paper said"."""
        lo = max(0, pos - reach)
        if head in _PAPER_NOUNS:
            hits = [m.group(1) for m in _PAPER_NAMED.finditer(self.text, lo, pos)]
        elif head in _ISSUED_NOUNS:
            hits = [m.group(1) for m in _ISSUED.finditer(self.text, lo, pos) if m.group(2).lower() == head]
        else:
            return None
        if not hits:
            return None
        words, _ = strip_name(hits[-1].split())  # "The Bush campaign released": drops "The"
        return " ".join(words) or None

    def guess(self, pos: int) -> str | None:
        """The likeliest speaker of a quote with no cue at all: the ranker's pick, gender unknown."""
        if ranker.weights() is None:
            return self.antecedent(pos, None)
        return ranker.best(ranker.candidates(self, pos, None))

    def antecedent(self, pos: int, gender: str | None, roles: set[str] | None = None, max_sents: int = 6) -> str | None:
        """Most salient compatible person before `pos`: the earliest mention of the nearest sentence."""
        cands: dict[int, list[tuple[int, str]]] = {}
        here = self.sentence_of(pos)
        lo = self.sent_starts[max(0, here - max_sents)]
        for start, _, full in self.names.persons_before(pos, lo):
            if self.in_quote(start):
                continue
            cands.setdefault(self.sentence_of(start), []).append((start, full))
        i = bisect.bisect_left(self.events, (lo, ""))
        for start, full in self.events[i:]:
            if start >= pos:
                break
            cands.setdefault(self.sentence_of(start), []).append((start, full))
        for sent in sorted(cands, reverse=True):
            for _, full in sorted(cands[sent]):
                if roles:
                    if self._has_role(full, roles):
                        return full
                    continue
                g = self.names.gender(full)
                if gender is None or g is None or g == gender:
                    return full
        return None

    def _has_role(self, full: str, roles: set[str]) -> bool:
        for name in self.names.lookup(full):
            for p in name.positions:
                before = self.text[max(0, p - 40) : p].lower()
                if any(r in before.split()[-3:] for r in roles if r not in DETERMINERS):
                    return True
        return False
