"""Resolving definite descriptions and other non-names as speakers: "the Florida senator", "the
64-year-old", "the pair", "the statement", "the company", "her campaign". A part of `Resolver`, which
holds the text, its names, quotes and sentences."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from corroborate.quotes import ranker, roles
from corroborate.quotes.cues import DETERMINERS, PERSON_PRONOUNS, QUANTIFIERS
from corroborate.quotes.nameforms import (CALENDAR_WORDS, GENDERED_NOUNS, GROUP_NAMES, ISSUED_NOUNS, NOT_NAME,
                                          ORG_WORDS, TEXT_NOUNS, known_first_name, places, strip_name)
from corroborate.quotes.roles import ROLE_NOUNS
from corroborate.quotes.mentions import Mention, personal_noun

# subjects that name nobody in particular ("some call it", "many believe")
_GENERIC = set("someone somebody anyone anybody everyone everybody many some others people candidates".split())
_GENERIC_DETS = {"any", "some", "many", "most", "other", "a"}
_ABOUT = {"bio", "biography", "profile", "obituary", "file", "dossier"}  # texts about someone, not in their voice
_ONE_OF = {"one", "another", "a", "an"}  # "one user ... another": of one kind
_SENTENCE_ENDS = re.compile(r"[.!?:][”’\"']?\s*$")
_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_PAIR_WORDS = {"pair", "two", "duo", "couple"}
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old$")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_PAPER_NOUNS = {"paper", "newspaper", "daily", "tabloid", "weekly"}
_SENT_BY = re.compile(r"\b(?:sent|written|signed|authored|drafted|penned)\b[^;\n]{0,60}?\bby\b")
_ISSUER = r"((?:[A-Z][\w.&’'\-]*\s){0,4}[A-Z][\w.&’'\-]*)"  # a name, "&" and "." allowed: "AT&T Inc."
_BODY_WORDS = "government|police|ministry|army|navy|military"  # kept after a name: "the Indian government"
_BODY_WORD = rf"(?:\s+(?:{_BODY_WORDS}))?"
_PUT_OUT = "issued|released|put out|sent|sent out|published|posted|provided|distributed|wrote|penned|signed"
_BY = (rf"(?P<by>(?:[A-Z][\w.&’'\-]*\s){{0,4}}[A-Z][\w.&’'\-]*(?:(?:['’]s)?\s+campaign)?"  # "Clinton's campaign"
       r"|\b(?:[Hh]is|[Hh]er)\s+(?:office|campaign|spokesman|spokeswoman|lawyers?|attorneys?|staff|team))")  # "her office"
_NOUN = rf"(?:[Aa]n?|[Ii]ts|[Tt]he)\s+(?:[a-z\-]+\s+)?(?P<noun>{'|'.join(sorted(ISSUED_NOUNS))})\b"
# "Gordon Advisors issued a statement", "a statement released by the campaign"; "Cook said in a written statement"
# (the name may carry its place: "Matthew Willoughby of the Urban Assembly School, wrote a heartfelt letter")
_ISSUED = [re.compile(rf"{_BY}(?:\s+of\s+the\s+[A-Z][^,;\n]{{0,60}},)?(?:\s+(?:later|also|then|\w+ly))?\s+"
                      rf"(?:{_PUT_OUT})\s+{_NOUN}"),
           re.compile(rf"{_NOUN}\s+(?:was\s+)?(?:{_PUT_OUT})\s+(?:\w+\s+){{0,2}}by\s+(?:the\s+)?{_BY}"),
           # "a Defence Ministry statement said", "the NCAA report", "an Indian navy statement" (not "the Indian
           # statement": a people's word alone; nor "a Facebook post": a platform)
           re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<by>[A-Z][\w.&’'\-]*(?:\s[A-Z][\w.&’'\-]*){{1,4}}|[A-Z]{{2,}}"
                      rf"|{_ISSUER}\s+(?:{_BODY_WORDS}))\s+(?P<noun>statement|report|release|memo|letter)\b"),
           # "according to a statement from the Indian government"
           re.compile(rf"{_NOUN}\s+from\s+(?:the\s+)?(?P<by>{_ISSUER}{_BODY_WORD})\b")]
_SAID_IN = re.compile(rf"{_BY}\s+(?:said|says|wrote|writes|announced|added)\s+in\s+{_NOUN}")
# bodies a definite description names by kind ("the company said"); a sentence opened by a name, with
# "campaign" kept after it ("The Clinton campaign said")
_BODY_NOUNS = {"company", "firm", "group", "organization", "organisation", "newspaper", "network", "agency", "campaign"}
_OPENING_NAME = re.compile(rf"[\s“‘\"']*(?:[Tt]he\s+)?{_ISSUER}(?:\s+(campaign))?(?=[\s,])")
# an unnamed person the narrator has speak: "A police spokeswoman said", "the official added"
_TOLD_BY = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Za-z\-]+\s+){0,3}?([a-z]+))\s+(?:\w+ly\s+)?"
                      r"(?:said|says|added|adds|told|tells|explained|noted|confirmed|stated)\b")
# a definite description as a clause's subject before its verb: "..., the admiral chuckled."
_THE_ROLE_DID = re.compile(r"(?:^|(?<=[,;:—–-])\s*|(?<=\.)\s+)(?P<desc>[Tt]he\s+(?:[a-z\-]+\s+){0,2}?(?P<head>[a-z]+))"
                           r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|said|says)\b")
_PAPER_NAMED = re.compile(rf"\b(?:{'|'.join(sorted(_PAPER_NOUNS))})\s+{_ISSUER}")

_F_SENT1, _F_SPEAKS = (ranker.FEATURES.index(f) for f in ("sent1", "before_speech_verb"))


class Descriptions:
    """How `Resolver` reads a description; it uses the resolver's text, names, events and sentences."""

    def description(self, m: Mention, para_start: int) -> str | None:
        words = m.text.split()
        low = [w.lower() for w in words]
        head = low[-1]
        definite = low[0] in ("the", "this", "that")
        if head in _GENERIC and (len(low) == 1 or low[0] in _GENERIC_DETS):
            return None  # "what some call '...'", "someone joked": nobody named; the caller guesses
        if all(w[:1].isupper() for w in words) and any(self.names.is_person(n.text) for n in self.names.lookup(m.text)):
            return self.canonical_name(m.text, m.start)  # a surname the parser took for a word: "Small, who ..."
        if definite and head in _PAIR_WORDS and (pair := self._pair_before(m.start)):
            return pair  # "said Laurence Mark and Bill Condon ... the pair said": both of them
        if head in TEXT_NOUNS and (owner := _proper_before(words) or _from_name(m.phrase, head)):
            # "a Washington Post editorial", "a statement from Waitrose", "a projection by the firm Oxford Economics"
            return self.canonical_name(owner, m.start + m.phrase.find(owner))
        if definite and (issuer := self._issuer(head, m.start)):
            return issuer  # "the statement said": the one that issued it; "the paper said": the paper named
        if definite and head in TEXT_NOUNS and (sender := self._sender_after(m.end)):
            return sender  # "The email ... was sent at 7:19 p.m. by Jeremy Bash"
        if definite and len(low) == 2 and head in _BODY_NOUNS and (body := self._body_before(head, m.start)):
            return body  # "Twitter said in a statement ... the company said"
        if low == ["another"] and (kind := self._kind_before(m.start)):
            return f"another {kind}"  # '"...," wrote one Sanders supporter. ... tweeted another': another supporter
        if (definite or (len(low) == 1 and words[0].islower())) and roles.norm(head) in ROLE_NOUNS:
            hit = roles.link(self, words[definite:], m.start) or self.antecedent(m.start, None, roles={head})
            # (not one of a named place or body, "the Governor of Alaska", for whoever spoke before)
            if not hit and definite and not _OF_NAME.match(m.phrase, len(m.text)):
                hit = self._reporter_before(words, m.start, GENDERED_NOUNS.get(head)) or \
                    roles.public_figure(self, words[1:], m.start, GENDERED_NOUNS.get(head)) or \
                    roles.holder_before(self, words[1:], m.start)
            if hit:
                return hit
        if definite and (age := _AGE_NOUN.match(low[-1])) and (hit := self._aged(age.group(1), m.start)):
            return hit  # "Tom Hale, 64, ... the 64-year-old said"
        if definite and len(low) <= 3 and head in ("man", "woman") and ranker.weights() is not None:
            # "the man", "the older woman": the person the text is about, of that gender
            g = GENDERED_NOUNS[head]
            hit = ranker.best(ranker.candidates(self, self.chain_start(m.start, g), g))
            if hit:
                return hit
        gender = PERSON_PRONOUNS.get(low[0])
        owned = low[0] in ("his", "her") and len(low) == 2
        if gender and len(low) > 1 and ranker.weights() is not None and (owned or not personal_noun(head)):
            hit = ranker.best(ranker.candidates(self, self.chain_start(m.start, gender), gender))
            if hit and not personal_noun(head) and head not in _ABOUT:
                return hit  # "his campaign", "her statement": the voice of the person the pronoun stands for
            if hit and owned:
                return f"{hit}'s {words[1]}"  # "her lawyers", "her bio": others, known by whose they are
        words = m.phrase.split()  # unresolved: the description itself, "of" complement kept
        if low and low[0] in DETERMINERS:
            words = words[1:]
        while len(words) > 1 and words[0][-2:] in ("'s", "’s") and words[0][:-2].lower() in CALENDAR_WORDS:
            words = words[1:]  # "Thursday's memo": a memo
        return " ".join(words) or None

    def role_subject_before(self, pos: int, gender: str) -> str | None:
        """For a "he said" trailing its quote: whom a definite role description stands for where it is the subject
        of the narrator's sentence right before the quote, a sentence naming no one ('Asked later, the admiral
        chuckled. "...," he said' -> Admiral Harris, where the text names him so)."""
        anchor = self.quote_before(pos)
        k = self.sentence_of(anchor) - 1
        if anchor == pos or k < 0:
            return None
        lo, hi = self.sent_starts[k], self.sent_starts[k + 1]
        if any(not self.in_quote(s) for s, _, _ in self.names.persons_before(hi, lo)):
            return None
        found = [m for m in _THE_ROLE_DID.finditer(self.text, lo, hi) if not self.in_quote(m.start("desc"))]
        if not found or roles.norm(head := found[-1]["head"]) not in ROLE_NOUNS \
                or GENDERED_NOUNS.get(head, gender) != gender:
            return None
        m = found[-1]
        hit = self.description(Mention(m.start("desc"), m.end("desc"), m["desc"], "description"), lo)
        return hit if hit and self.known_person(hit) else None  # someone named, not the bare description

    def _reporter_before(self, words: list[str], pos: int, gender: str | None) -> str | None:
        """The person a definite role description right after them stands for, where nothing says they hold
        the role: 'Reid blasted Rubio in an interview. "...," the Senate minority leader said.' Only a person
        the sentence before the quote has speak ("Ben Carson said Monday.", or a quote credited to them),
        written in full or known as a person: "the officer said" after "Jo Lim was shot" stays the officer,
        and so does "the Texas senator" after "Ohio Sen. Rosa Blanc spoke"."""
        if ranker.weights() is None or any(self.names.is_person(n.text) for w in words[1:] if w[:1].isupper()
                                           for n in self.names.lookup(w)):
            return None  # "the senior Cruz adviser" is someone of Cruz's, whoever spoke before
        # '"... . ...," the retired neurosurgeon said': the sentence before the quote, all its paragraphs
        anchor = self._run_start(pos)
        if self.answers_question(anchor):
            return None
        before = self.sentence_of(anchor) - 1
        if " ".join(words).lower() in self.text[self.sent_starts[max(0, before - 2)] : anchor].lower():
            return None  # "The judge rubbed his chin. ... '...,' the judge exclaimed": the one described already
        spoke = {full for start, full in self.events if start < anchor and self.sentence_of(start) == before}
        near = [c for c in ranker.candidates(self, anchor, gender)
                if c[1][_F_SENT1] and (c[1][_F_SPEAKS] or c[0] in spoke) and self.known_person(c[0])]
        hit = ranker.best(near)
        return None if hit is None or roles.other_ties(self, words, hit, pos) else hit

    def narrated_speaker(self, pos: int, gender: str) -> str | None:
        """For a "he" or "she" with no named speaker to lean on: the unnamed person the narrator has speak in the
        sentence before the quote or earlier in its own ('A police spokeswoman said ... She added: "..."' -> police
        spokeswoman), when no one of the pronoun's gender is named since; a definite one ("the spokeswoman")
        only when no one of that gender is named in the sentences before it either (else it is mostly them)."""
        start = min(pos, self.quote_before(pos))
        k = self.sentence_of(start)
        last = None
        for m in _TOLD_BY.finditer(self.text, self.sent_starts[max(0, k - 1)], start):
            head = m.group(2)
            if not self.in_quote(m.start()) and personal_noun(head) and not head.endswith("s") \
                    and GENDERED_NOUNS.get(head, gender) == gender:
                last = m
        if last is None:
            return None
        lo = last.start() if last.group(0)[0] in "Aa" else self.sent_starts[max(0, self.sentence_of(last.start()) - 3)]
        if any(not self.in_quote(s) and self.names.gender(o) in (gender, None) and self.known_person(o)
               for s, _, o in self.names.persons_before(pos, lo)):
            return None
        head = last.group(2)  # "the spokeswoman" as the text first put it: "a police spokeswoman"
        pattern = re.compile(rf"\b[Aa]n?\s+((?:[A-Za-z\-]+\s+){{0,3}}?{head})\b")
        first = [m.group(1) for m in pattern.finditer(self.text, lo, last.start())]
        return first[0] if first and last.group(0)[0] not in "Aa" else last.group(1)

    @cached_property
    def most_named(self) -> str | None:
        """The person the article names most often outside quotes (None on a tie); counted once per article."""
        counts: Counter[str] = Counter(self.names.fullest(list(name.tokens)) for start, _, name in self.names.mentions
                                       if not self.in_quote(start))
        ranked = [(c, n) for n, c in counts.most_common() if self.names.is_person(n)]
        if not ranked or len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return None
        return ranked[0][1]

    def _kind_before(self, pos: int) -> str | None:
        """The kind of speaker the last quote before `pos`, in this paragraph or the one before, was credited
        to when that speaker is a description ("one Twitter user" -> "Twitter user"); None after a name."""
        last = self.last_credited(pos)
        if last is None or self.paragraph_of(last[0]) < self.paragraph_of(pos) - 1:
            return None
        words = last[1].split()
        if words and words[0].lower() in _ONE_OF:
            words = words[1:]
        return " ".join(words) if words and words[-1].isalpha() and words[-1].islower() else None

    def _aged(self, age: str, pos: int, reach: int = 1500) -> str | None:
        """The person last written with age `age` before `pos`: "Tom Hale, 64," or "64-year-old Tom Hale"."""
        for start, end, name in self.names.persons_before(pos, max(0, pos - reach)):  # most recent first
            if re.match(rf",\s*{age},", self.text[end : end + 8]) or \
                    re.search(rf"\b{age}-year-old\s+$", self.text[max(0, start - 16) : start]):
                return name
        return None

    def _pair_before(self, pos: int, reach: int = 600) -> str | None:
        """The last two persons named together ("Laurence Mark and Bill Condon") before `pos`."""
        later = None
        for start, end, name in self.names.persons_before(pos, max(0, pos - reach)):  # most recent first
            if later is not None and self.text[end : later[0]] in (" and ", " & "):
                return f"{name} and {later[1]}"
            later = (start, name)
        return None

    def _issuer(self, head: str, pos: int, reach: int = 2000) -> str | None:
        """Who put out the text a description names, from the text before it: "Gordon Advisors issued a
        statement ... the statement said", "Cook provided a written statement", "a statement released by the
        Sanders campaign", "daily Eleftherotypia warned ... the paper said"; a person by the fullest name."""
        lo = max(0, pos - reach)
        if head in _PAPER_NOUNS:
            hits = [(m.start(1), m.group(1)) for m in _PAPER_NAMED.finditer(self.text, lo, pos)]
        elif head in ISSUED_NOUNS:
            hits = self._issued(lo, pos, {head})
        else:
            return None
        return self._issuer_name(*hits[-1]) if hits else None

    def _sender_after(self, end: int) -> str | None:
        """The person the rest of a text's sentence says wrote or sent it ("The email, released by Judicial Watch,
        was sent at 7:19 p.m. by then-chief of staff Jeremy Bash"); not who released or published it."""
        p = self.paragraph_of(end)
        hi = min(end + 120, self.para_starts[p + 1] if p + 1 < len(self.para_starts) else len(self.text))
        if (by := _SENT_BY.search(self.text, end, hi)) is None:
            return None
        # the first person named after "by", past titles and offices ("then-Department of Defense Chief of Staff")
        for start, _, name in self.names.mentions_in(by.end(), by.end() + 80):
            full = self.names.fullest(list(name.tokens), before=by.end() + 80)
            if not self.in_quote(start) and self.names.is_person(full):
                return full
        return None

    def issued_before(self, pos: int) -> str | None:
        """Who put out the statement a quote opening a sentence at `pos`, with no cue of its own, is from: the
        one the sentence before says issued it ('Acme Corp. issued a statement on Monday.\n\n"We are ...'),
        in the text's own words ("put out", "released"), not "said in a statement"."""
        if self.text[self.para_starts[self.paragraph_of(pos)] : pos].strip() and not _SENTENCE_ENDS.search(
                self.text, max(0, pos - 4), pos):
            return None  # the quote goes on a sentence
        k = self.sentence_of(pos) - 1
        hits = self._issued(self.sent_starts[k], self.sent_starts[k + 1], ISSUED_NOUNS, said_in=False) if k >= 0 else []
        return self._issuer_name(*hits[-1]) if hits else None

    def _issued(self, lo: int, hi: int, nouns: set[str], said_in: bool = True) -> list[tuple[int, str]]:
        """(where, name) of each "X issued a statement" in [lo, hi) for a text of a kind in `nouns`."""
        forms = [*_ISSUED, _SAID_IN] if said_in else _ISSUED
        return sorted((m.start("by"), re.sub(r"['’]s campaign$", " campaign", m["by"])) for rx in forms
                      for m in rx.finditer(self.text, lo, hi) if m["noun"].lower() in nouns)

    def _issuer_name(self, at: int, name: str) -> str | None:
        owned, *rest = name.split()
        if gender := PERSON_PRONOUNS.get(owned.lower()):  # "her office": whose office
            owner = ranker.best(ranker.candidates(self, self.chain_start(at, gender), gender))
            return re.sub(r"'s campaign$", " campaign", f"{owner}'s {' '.join(rest)}") if owner else None
        words, _ = strip_name(name.split())  # "The Bush campaign released": drops "The"
        name = " ".join(words)
        if not name:
            return None
        full = self.canonical_name(name, at)  # "Meyer penned a letter": Stephenie Meyer, named before as an owner
        return full if self.names.is_person(name) or set(name.split()) < set(full.split()) else name

    def _body_before(self, head: str, pos: int, sents: int = 3) -> str | None:
        """The organisation that opened one of the last few sentences as the subject of a speech verb ("Twitter
        acknowledged ...", "The Clinton campaign suggested ..."), for "the company", "the group", "the campaign";
        counted from where the quote right before the description opens."""
        here = self.sentence_of(self.quote_before(pos))
        for k in range(here, max(-1, here - sents - 1), -1):
            m = _OPENING_NAME.match(self.text, self.sent_starts[k])
            if m is None or m.start(1) >= pos or self.in_quote(m.start(1)):
                continue
            words = self.names.trim(m.group(1).split(), m.start(1))
            while words and words[0].lower() in NOT_NAME:
                words = words[1:]  # "But Twitter acknowledged"; not "He spoke"
            if not words:
                continue
            name, kind = " ".join(words), (m.group(2) or "").lower()
            if kind and kind != head:
                continue  # "The Clinton campaign" is no company
            if ranker.speech_verb_after(self.text, m.end()) and (kind or self._body_like(name)):
                return f"{name} {kind}" if kind else name
        # '"...," Twitter said in a statement. The company said': the body quoted in the sentence before, unless
        # its name gives another kind ("The Ruiz campaign" is no group)
        last = self.last_credited(pos)
        kind = last[1].split()[-1].lower() if last else ""
        if last is not None and head != "campaign" and self.sentence_of(last[0]) >= here - 1 and last[1][:1].isupper() \
                and (kind == head or kind not in _BODY_NOUNS) and not self.names.is_person(last[1]) \
                and self._body_like(last[1]):
            return last[1]
        return None

    def organisation_before(self, pos: int, sents: int = 2) -> str | None:
        """What "it said" stands for: the first organisation that speaks outside quotes in the nearest of the last
        few sentences, from where the quote before `pos` opens ('Acme Corp. told Reuters it would cut jobs.
        "...," it said' -> Acme Corp.). Persons, places, peoples and datelines are no organisation."""
        here = self.sentence_of(self.quote_before(pos))
        spoke = {name for _, name in self.credited}
        for k in range(here, max(-1, here - sents - 1), -1):
            hi = min(pos, self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else pos)
            for start, end, name in self.names.mentions_in(self.sent_starts[k], hi):
                full = self.names.fullest(list(name.tokens), before=pos)
                if self.in_quote(start) or _A_BEFORE.search(self.text, max(0, start - 4), start):
                    continue  # "a Facebook post said": whose post, not who speaks
                if self.text.startswith(".", end) and full.endswith(("Corp", "Inc", "Co", "Ltd")):
                    full, end = full + ".", end + 1  # "Acme Corp. announced"
                if self.organisation(full) and (full in spoke or ranker.speech_verb_after(self.text, end)):
                    return full
        return None

    def organisation(self, full: str) -> bool:
        words = full.lower().split()
        if not words or self.names.is_person(full) or self.names.no_speaker(full) or all(w in places() for w in words) \
                or words[-1] in GROUP_NAMES or (len(words) > 1 and full.isupper()):
            return False
        return " ".join(words) in self.names.orgs or words[-1] in ORG_WORDS or full.isupper() or self._body_like(full)

    def _body_like(self, name: str) -> bool:
        """Whether nothing the text says makes `name` a person: a given name, a title, "he" or "she" after it,
        a person the parse named with it as a surname ("Bernie Sanders" for "Sanders"; the parse's "person"
        alone is no proof: it tags "Twitter" so)."""
        low, words = name.lower(), name.split()
        if (len(words) > 1 and known_first_name(words[0].lower())) \
                or any((p == low and len(words) > 1) or p.endswith(" " + low) for p in self.names.persons):
            return False
        return not any(n.titled or n.personal or sum(n.gender.values()) for n in self.names.lookup(name))


# capitalised words before a text that say when or where it ran, not whose it is: "a Wednesday editorial", "a
# campaign TV ad", "a Facebook post"
_NO_OWNER = CALENDAR_WORDS | {"tv", "web", "online", "radio", "internet", "facebook", "twitter", "instagram", "youtube"}


_FROM_NAME = re.compile(rf"\bfrom\s+(?:the\s+)?((?:[A-Z][\w.&’'\-]*\s?)+(?:{'|'.join(sorted(ORG_WORDS))})?)$")
# where a piece of writing ran: "an editorial in the conservative daily Eleftheros Typos"
_IN_NAME = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z\-]+\s+){0,3}((?:[A-Z][\w.&’'\-]*\s?)+)$")
# "a study by the firm Pew", "a study by economists at Duke University and ..."
_BY_NAME = re.compile(r"\bby\s+(?:the\s+)?(?:[a-z\-]+\s+){0,3}((?:[A-Z][\w.&’'\-]*\s?)+)")
_PUBLISHED = {"editorial", "article", "column", "op-ed"}  # (texts, TEXT_NOUNS, that run in a paper)


def _from_name(phrase: str, head: str) -> str | None:
    """The name a text is "from" in its phrase: "a statement from Waitrose" -> Waitrose; "from Surrey police";
    the paper a piece ran "in": "an editorial in the daily Eleftheros Typos"."""
    m = _FROM_NAME.search(phrase) or _BY_NAME.search(phrase) or (_IN_NAME.search(phrase) if head in _PUBLISHED else None)
    return m.group(1).strip() if m else None


def _proper_before(words: list[str]) -> str | None:
    """The capitalised words right before a description's head noun, past its determiner and adjectives; none
    where they end a longer name ("One Club for Growth ad") or only say when or where it ran."""
    k = len(words) - 1
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in DETERMINERS:
        k -= 1
    run = words[k:-1]
    bare = [re.sub(r"['’]s$", "", w.lower()) for w in run]
    while run and (bare[0] in QUANTIFIERS or bare[0] in _NO_OWNER):
        run, bare = run[1:], bare[1:]  # "One tweet said", "a Wednesday editorial", "Thursday's memo"
    ends_a_name = k > 0 and words[k - 1].lower() in ("for", "of", "and", "&")
    if not run or ends_a_name or any(w in _NO_OWNER for w in bare):
        return None
    return " ".join(run)
