"""Resolving speaker mentions to the fullest name the article uses: names, pronouns, descriptions."""
from __future__ import annotations

import bisect
import re

from corroborate.quotes import ranker, roles
from corroborate.quotes.cues import DETERMINERS, PERSON_PRONOUNS, TITLES, speech_lemma
from corroborate.quotes.descriptions import Descriptions
from corroborate.quotes.marks import sentence_starts
from corroborate.quotes.nameforms import GENDERED_NOUNS, cut_at_verb, known_first_name, strip_name, surname
from corroborate.quotes.names import NameIndex
from corroborate.quotes.roles import ROLE_NOUNS
from corroborate.quotes.mentions import Mention, personal_noun

_WORD_RE = re.compile(r"[\w’'.\-]+")
_FIRST_WORD = re.compile(r"\w")
_ADDRESSING = "told|tells|asked|asks|thanked|urged"  # verbs whose object is spoken to
_OBJECT_BEFORE = re.compile(rf"\b(?:to|with|of|for|at|by|from|about|against|than|{_ADDRESSING}|met|praised|criticized|"
                            r"attacked|called|endorsed|back|backs|backed|backing|support|supports|supported|supporting|"
                            r"elect|electing|oppose|opposes|opposed|opposing|think|thinks|believe|believes|"
                            r"beat|defeated|(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:said|says|named|picked|chose))"
                            r"\s+(?:(?:[A-Z][a-z]*\.|[A-Z][a-z]+)\s+)?$")  # "he said Ryan": an answer, not a speaker
# whom a speech verb right after a pronoun is about or addressed to: "he said of Trump", "she told Clinton"
_ADDRESSED = re.compile(rf"\s+(?:(?:said|says|wrote|writes|added|adds)\s+(?:of|about|to)|{_ADDRESSING})"
                        r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?((?:[A-Z][\w’'\-]+\s+)*[A-Z][\w’'\-]+)")
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s|\b(?:after|before|when|while|because|as|since|until|although|though|if|unless"
                         r"|where|whose|who|which)\b")
_TO_AFTER = re.compile(r"[\s,]+(?:\w+ly\s+)?\w+\s+to\s")  # "continued to hurt"
_PRONOUNS = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
_OPENING = {"m": re.compile(r"\s*He\b"), "f": re.compile(r"\s*She\b")}  # a sentence opening with the pronoun


def _among(name: str, names: set[str]) -> bool:
    """Whether a full name is in a set of full names and name words."""
    return name in names or surname(name) in names


_ONE_VERB = re.compile(r"\s+[a-z]+\s+")
_IT_OPENS = re.compile(r"\s*It\s")
_ASKED_AFTER = re.compile(r"\s+ask(?:ed|s|ing)?\b")
# a sentence opening on a noun phrase whose apposition is the name: "Gray's older sister, Mahnefah Gray, told"
_APPOSED_OPENING = re.compile(r"(?:[A-Z][\w.\-]*\s?)+[’']\s?s\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+,\s*")


class Resolver(Descriptions):
    """Resolves pronouns and descriptions against the article's names and earlier speakers."""

    def __init__(self, text: str, names: NameIndex, quote_regions: list[tuple[int, int]]):
        self.text = text
        self.names = names
        self.sent_starts = sentence_starts(text)
        regions = sorted(quote_regions)
        self._q_starts = [a for a, _ in regions]
        self._q_regions = regions
        self.events: list[tuple[int, str]] = []  # (offset, canonical person name): resolved speakers
        self.credited: list[tuple[int, str]] = []  # (offset, speaker): every resolved speaker, descriptions too
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text)]
        self.use_ranker = True
        self.log: list[tuple[int, str | None, list]] = []  # (offset, gender, candidates): for training
        self.ruled_out: set[int] = set()  # pronouns every candidate of which disagrees or is spoken to
        self.things: set[int] = set()  # offsets of speakers named as a body or a text: "the company", "the email"
        self.unnamed: set[int] = set()  # offsets of speakers never named: "a senior officer", "one witness"

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_starts, pos) - 1
        return i >= 0 and self._q_regions[i][0] <= pos < self._q_regions[i][1]

    def add_speaker(self, m: Mention, name: str) -> None:
        """Record `name`, resolved from mention `m`: a person also becomes a candidate for later pronouns; one
        named as a body or a text ("the company", "the lawsuit", "Acme Corp.", an "it" that stood for one) is what
        a following "it" may stand for, a person introduced without a name ("a senior officer") what a following
        "he" or "she" may."""
        pos, low = m.start, m.text.lower().split()
        bisect.insort(self.credited, (pos, name))
        if m.kind != "group" and self.names.is_person(name):
            bisect.insort(self.events, (pos, name))
        if (m.kind == "pronoun" and low == ["it"]) or (m.kind == "name" and self.organisation(name)) or (
                m.kind == "description" and not personal_noun(low[-1]) and not low[-1].endswith("s")):
            self.things.add(pos)
        if m.kind == "description" and low[0] in ("a", "an", "one", "another"):
            self.unnamed.add(pos)

    def last_credited(self, pos: int) -> tuple[int, str] | None:
        """(offset, speaker) of the last speaker resolved before `pos`, descriptions too."""
        i = bisect.bisect_left(self.credited, (pos, "")) - 1
        return self.credited[i] if i >= 0 else None

    def thing_before(self, pos: int) -> str | None:
        """What "it" stands for when the last speaker before it, in its sentence or the one before (past sentences
        opening on "It"), was named as a body or a text: 'the company wrote in its statement. It added, "..."'; 'the
        email read. It stated'."""
        last = self.last_credited(pos)
        lo = self.sentence_of(pos) - 1
        while lo > 0 and _IT_OPENS.match(self.text, self.sent_starts[lo]) and not self.in_quote(self.sent_starts[lo]):
            lo -= 1  # past the sentences that go on about it: 'the letter noted ... It also pointed up ... "...," it added'
        if last is None or self.sentence_of(last[0]) < lo:
            return None
        return last[1] if last[0] in self.things else None

    def canonical_name(self, text: str, pos: int) -> str:
        words, _ = strip_name(text.replace("\u00a0", " ").split())
        if not words and self.names.surname_word(text.strip()):
            words = [text.strip()]  # "May said" after "Theresa May": a surname that is a function word too
        if len(words) > 1 and text.lstrip().startswith(words[0]):
            words = self.names.trim(words, pos)
        words = cut_at_verb(words)
        at = pos + (text.find(words[0]) if words else 0)
        gender = self.names.title_gender(at)
        return self.names.fullest(words, before=pos + len(text) + 1, gender=gender) if words else text.strip()

    def resolve(self, m: Mention, para_start: int) -> str | None:
        if m.kind == "pronoun":
            return self._pronoun(m)
        if m.kind == "group":
            names = [self.canonical_name(p.text, p.start) for p in m.parts]
            return " and ".join(n for n in names if n) or None
        if m.kind == "name":
            words = m.text.split()
            described = self.text[max(0, m.start - 4) : m.start].lower() == "the " \
                and roles.norm(words[-1]) in ROLE_NOUNS
            if (roles.office(words) or described) and (hit := roles.link(self, words, m.start)):
                # "the District Attorney said": the person introduced as "District Attorney Steve Cooley"; "the
                # Massachusetts Democrat" the one written "Elizabeth Warren (D-Mass.)"
                return hit
            name = self.canonical_name(m.text, m.start) or None
        else:
            name = self.description(m, para_start)
        # a word the parse took for a subject that names nobody, unless the text has it speak ("Read said")
        return None if not name or (not self.names.speaks_after(m.end) and self.names.no_speaker(name)) else name

    def _pronoun(self, m: Mention) -> str | None:
        gender = PERSON_PRONOUNS.get(m.text.lower())
        if gender is None:
            if m.text.lower() == "they":
                self.ruled_out.add(m.start)  # a "they" with no plural subject before it is no one person
            return (self.thing_before(m.start) or self.organisation_before(m.start)) if m.text.lower() == "it" else None
        if self.use_ranker:
            chain = self.chain_start(m.start, gender)
            cands = ranker.candidates(self, chain, gender)
            self.log.append((m.start, gender, cands))
            addressed = self._addressed(m.end) | self._own_subject(m)
            if (prev := self._reporter_near(m.start, gender)) is not None and not _among(prev, addressed):
                return prev
            if (prev := self._speaker_before(m.start, gender)) is not None and not _among(prev, addressed):
                return prev
            if (desc := self._described_before(m.start, gender) or self.narrated_speaker(m.start, gender)
                    or self.role_subject_before(m.start, gender)) is not None:
                return desc
            if (subj := self._subject_before(chain, gender)) is not None and not _among(subj, addressed):
                return subj
            if (opener := self._run_opener(m.start, gender)) is not None and not _among(opener, addressed):
                return opener
            if ranker.weights() is not None:
                hit = ranker.best([c for c in cands if not _among(c[0], addressed)])
                if hit is None and cands:
                    self.ruled_out.add(m.start)  # everyone before disagrees in gender or is spoken to
                return hit
        return self.antecedent(m.start, gender)

    def _own_subject(self, m: Mention) -> set[str]:
        """For an object pronoun, the subject of its own verb, which it never stands for: "People quoted him
        as saying", "Lee told her"."""
        if m.text.lower() not in ("him", "her"):
            return set()
        before = self.names.persons_before(m.start, self.sent_starts[self.sentence_of(m.start)], loose=True)
        return {before[0][2]} if before and _ONE_VERB.fullmatch(self.text, before[0][1], m.start) else set()

    def _addressed(self, end: int) -> set[str]:
        """The name words of whom the pronoun's speech verb is about or to, who is not the speaker: 'he said
        of Trump', 'she told Clinton'; and the full names of the persons named later in the pronoun's clause
        outside quotes, whom a subject pronoun cannot stand for ('He has declared Cruz to be "anointed"')."""
        m = _ADDRESSED.match(self.text, end)
        words = set(m.group(1).split()) if m else set()
        k = self.sentence_of(end)
        stop = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        if (cut := _CLAUSE_END.search(self.text, end, stop)) is not None:
            stop = cut.start()  # not past the clause: '"...," he said after a prosecutor read facts Lazar admitted'
        return words | {full for start, _, full in self.names.persons_before(stop, end) if not self.in_quote(start)}

    def _reporter_near(self, pos: int, gender: str) -> str | None:
        """'Asked about Trump, Christie said that was natural - no different, he said, from ...', 'Earnest argued
        that ... "...," he said': the nearest person of the pronoun's gender before it in its own sentence or
        the one before, outside quotes, when the subject of a speech verb; after a quote over several paragraphs,
        the sentence before the quote opens ('..., Kroon said. / "... / ... / ...," he said')."""
        if self.in_quote(pos):
            return None
        k = min(self.sentence_of(pos), self.sentence_of(self._run_start(pos))) - 1
        for start, end, full in self.names.persons_before(pos, self.sent_starts[max(0, k)]):
            if self.in_quote(start) or self.names.gender(full) not in (gender, None):
                continue
            # a person written in full, subject of a speech verb that reports ("said Trump continued to hurt
            # his cause" is no report of Trump's)
            reports = ranker.speech_verb_after(self.text, end) and not _TO_AFTER.match(self.text, end) \
                and not _ASKED_AFTER.match(self.text, end)  # who asks is seldom who answers: "when Tapper asked"
            # people seldom name themselves: not one named in the quotes being attributed ('"... Senator
            # Sanders's message ...," he said' after "Weaver said Sanders believes ..., Sanders said")
            named = re.search(rf"\b{re.escape(surname(full))}\b", ranker.paragraph_quotes(self, pos))
            return full if reports and not named and known_first_name(full.split()[0].lower()) else None
        return None

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

    def _described_before(self, pos: int, gender: str) -> str | None:
        """The unnamed person ("a senior officer") the last quote before the pronoun was credited to, within a
        sentence of the narrator's, when no one of the pronoun's gender was named since: '"...," said a senior
        officer. ¶ "...," he added'. (A definite "the businessman" is mostly someone named, whom the ranker finds.)"""
        last = self.last_credited(pos)
        if last is None or self.in_quote(pos) or last[0] not in self.unnamed:
            return None
        at, desc = last
        head = desc.split()[-1]
        if not head.islower() or head.endswith("s") or not personal_noun(head) \
                or GENDERED_NOUNS.get(head, gender) != gender or self._told_between(at, pos) > 1:
            return None
        if any(not self.in_quote(start) and self.names.gender(other) in (gender, None)
               for start, _, other in self.names.persons_before(pos, at + 1)):
            return None
        return desc

    def _subject_before(self, start: int, gender: str) -> str | None:
        """The person the sentence before opens on as its subject, when the pronoun's run, which opens at `start`
        (`chain_start`), is the first person its own sentence mentions and that sentence names no one else of its
        gender: "Republican nominee Donald Trump has blasted the media. While he was speaking in Miami, he said"."""
        k = self.sentence_of(start)
        if k == 0 or self.in_quote(start) or any(not self.in_quote(s) for s, _, _ in
                                                 self.names.persons_before(start, self.sent_starts[k])):
            return None
        lo = self.sent_starts[k - 1]
        named = [(s, full) for s, _, full in self.names.persons_before(self.sent_starts[k], lo)
                 if not self.in_quote(s) and self.names.gender(full) in (gender, None)]
        # "Gray's older sister, Mahnefah Gray, told ...": the possessor is not what the sentence opens on
        if (apposed := next((at for at, _ in named if _APPOSED_OPENING.fullmatch(self.text, lo, at)), None)) is not None:
            named = [(at, full) for at, full in named if at >= apposed]
        if len({full for _, full in named}) != 1 or not self.known_person(named[0][1]) or named[0][1].isupper():
            return None  # (not a heading in capitals: "FULL TEXT.")
        s, full = named[-1]  # its first mention in that sentence
        lead = _WORD_RE.findall(self.text[lo:s])
        return full if apposed is not None or all(w[:1].isupper() or roles.role_word(w.lower()) for w in lead) else None

    def _run_opener(self, pos: int, gender: str) -> str | None:
        """The person a run of the narrator's sentences opening with "He" (or "She") right before the quote goes
        on about, named where the sentence before the run opens: "Trump never mentioned Clinton. He nodded to
        his finish behind Ted Cruz. '...,' he said" (Trump, not the Cruz named last)."""
        opened = self.quote_before(pos)
        if opened == pos:
            return None  # only for a "he said" that trails its quote
        k = self.sentence_of(opened) - 1
        run = 0
        while k >= 0 and (m := _OPENING[gender].match(self.text, self.sent_starts[k])) and not self.in_quote(m.end() - 1):
            run, k = run + 1, k - 1
        if not run or k < 0:
            return None
        lo = self.sent_starts[k]
        first = next(iter(self.names.mentions_in(lo, lo + 40)), None)
        if first is None or self.in_quote(first[0]) or any(
                w.lower().rstrip(".") not in TITLES for w in self.text[lo : first[0]].split()):
            return None  # the sentence must open with the name, a title at most before it
        full = self.names.fullest(list(first[2].tokens), before=pos)
        return full if self.names.is_person(full) and self.names.gender(full) in (gender, None) else None

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

    def answers_question(self, anchor: int) -> bool:
        """Whether the sentence at `anchor` answers a quoted question ('"You?" Borger asked. "Me," the senator said')."""
        before = self.sentence_of(anchor) - 1
        i = bisect.bisect_left(self._q_starts, self.sent_starts[before + 1]) - 1  # the last quote before this sentence
        return i >= 0 and self.sentence_of(self._q_regions[i][0]) >= before - 1 and \
            self.text[self._q_regions[i][0] : self._q_regions[i][1]].rstrip("”\"'’ ").endswith("?")

    def quote_before(self, pos: int) -> int:
        """Where the quote that closes right before `pos` opens (`pos` itself if none does)."""
        i = bisect.bisect_right(self._q_starts, pos) - 1
        # '...," the senator said' or '...," said the senator', not '..." The senator said'
        if i >= 0 and self._q_regions[i][1] <= pos and self.text[pos : pos + 1].islower() \
                and (not (between := self.text[self._q_regions[i][1] : pos].strip(" ,"))
                     or speech_lemma(between) is not None):
            return self._q_regions[i][0]
        return pos

    def _run_start(self, pos: int) -> int:
        """Where the quote closing right before `pos` opens, back through the paragraphs it runs over unclosed."""
        q = self.quote_before(pos)
        i = bisect.bisect_left(self._q_starts, q) - 1
        while q != pos and i >= 0 and not self.text[self._q_regions[i][1] : q].strip() \
                and self.text[self._q_regions[i][1] - 1] not in "\"”’'":
            q, i = self._q_regions[i][0], i - 1
        return q

    def known_person(self, full: str) -> bool:
        """A person written in full, or a single name the tagger or a title marks as one: not "Authorities"."""
        return self.names.is_person(full) and (" " in full or full.lower() in self.names.persons
                                               or any(n.titled for n in self.names.lookup(full)))

    def guess(self, pos: int, gender: str | None = None) -> str | None:
        """The likeliest speaker of a quote with no cue that resolves: the ranker's pick, of `gender` if given."""
        if ranker.weights() is None:
            return self.antecedent(pos, gender)
        return ranker.best(ranker.candidates(self, pos, gender))

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
                    if self._has_role(full, roles, pos):
                        return full
                    continue
                g = self.names.gender(full)
                if gender is None or g is None or g == gender:
                    return full
        return None

    def _has_role(self, full: str, roles: set[str], pos: int) -> bool:
        """Whether a role word stands right before a mention of `full` before `pos` (not "the nominee riffed on
        Hassan's answer": the description being resolved is no title of the name after it)."""
        for name in self.names.lookup(full):
            for p in name.positions:
                if p >= pos:
                    break
                before = self.text[max(0, p - 40) : p].lower()
                if any(r in before.split()[-3:] for r in roles if r not in DETERMINERS):
                    return True
        return False
