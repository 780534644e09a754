"""The names an article uses: find them cheaply, tell persons, guess gender, give the fullest form.

Runs over the whole text with a regular expression (no parse), so antecedents in paragraphs that
were not parsed are still known. "Rutte" and "Secretary-General Rutte" both map to "Mark Rutte"
when the article spells that out somewhere. Word-level helpers live in nameforms.py.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from corroborate.quotes import roles
from corroborate.quotes.cues import QUANTIFIERS, RELATIVE, TITLES, speech_lemma
from corroborate.quotes.genders import count_gender_evidence
from corroborate.quotes.nameforms import (GROUP_NAMES, NAME_RE, NOT_NAME, ORG_WORDS, SENT_OPEN, SURNAME_TITLES,
                                          VESSEL_NOUNS, WORK_BEFORE, given_gender, is_suffix, known_first_name,
                                          law_name, law_names, no_person_form, personal_title, places, segments,
                                          strip_name, surname, verb_word)
from corroborate.quotes.roles import ROLE_NOUNS


@dataclass
class Name:
    """One canonical name and what the article says about it."""

    text: str
    tokens: tuple[str, ...]
    count: int = 0
    titled: bool = False  # preceded by a personal title somewhere (Mr., Sen., President ...)
    speaks: bool = False  # subject of a speech verb somewhere ("Obama said", "said Obama")
    personal: bool = False  # an age, Mr./Ms. or a gendered noun beside it ("Jo Lim, 35,", "his wife, Jo")
    mid: bool = False  # seen somewhere other than at the opening of a sentence
    vessel: bool = False  # right after a word for a ship ("merchant vessel Gibe")
    gender: Counter = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)

    @property
    def last(self) -> str:
        return surname(self.tokens).lower()


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# the word after a name, past an adverb ("Cruz openly admitted")
_NEXT_WORD = re.compile(r"[\s,]*(?:(?!(?:family|rally|ally|assembly|italy|july)\s)[a-z]{2,}ly\s+)?(\w+)")
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have)\b")
# words that follow a participle, not a name ("Walking to", "Conceding that", "Asking about")
_FUNCTION_AFTER = re.compile(r"\s+(?:to|the|a|an|that|on|in|up|out|at|about|for|with|into|from|back|his|her|their|its|"
                             r"through|over|off|down|around|across|this|these|those|what|how|whether|by|as|under)\b")
_ORIGIN = ("-born", "-based", "-raised", "-bred")
_INITIAL = re.compile(r"[A-Z]\.?")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms)\.? $")
_AGE = re.compile(r",\s*\d{1,3},")
_QUANTITIES = QUANTIFIERS | {"another", "others", "both", "each", "every", "none"}
_INDEFINITE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody"}  # "Someone called it '...'"
_FUNCTION_WORDS = set("of and or but if as at by for from in into on to with than".split())


class NameIndex:
    """All capitalised name-like sequences of one text, keyed by their last word."""

    def __init__(self, text: str, persons: set[str] | None = None, orgs: set[str] | None = None,
                 quoted: list[tuple[int, int]] | None = None):
        self.text = text
        self._quoted = sorted(quoted or [])  # quoted regions: their pronouns are the speaker's, no evidence
        self.by_last: dict[str, list[Name]] = defaultdict(list)
        self._by_text: dict[str, Name] = {}
        self.mentions: list[tuple[int, int, Name]] = []  # (start, end, name) in text order
        self.persons = {p.lower() for p in (persons or set())}
        self.orgs = {o.lower() for o in (orgs or set())}
        self._laws = law_names(text)
        self._modifiers: set[int] = set()
        self._after_the: dict[str, bool] = {}  # full name -> every mention follows "the"
        self._lower = set(re.findall(r"(?<![\w’'\-])[a-z][a-z’'\-]*", text))
        self._headline_end = text.find("\n") if "\n" in text else len(text)  # where the first line ends
        for m in NAME_RE.finditer(text):
            for seg_start, seg in segments(m.start(), m.group()):
                self._mention(seg_start, seg)
        self._starts = [start for start, _, _ in self.mentions]  # text order: bisected for a span's mentions
        count_gender_evidence(text, self.mentions, self._in_quote)

    def speaks_after(self, end: int) -> bool:
        """A speech verb follows the name ending at `end`, past an adverb: "Cruz openly admitted"; not a
        plural noun the name qualifies, known by the plural verb after it ("Harsh comments are ...")."""
        after = _NEXT_WORD.match(self.text, end)
        return after is not None and speech_lemma(after.group(1)) is not None \
            and not (after.group(1).endswith("s") and _PLURAL_VERB.match(self.text, after.end()))

    def trim(self, words: list[str], at: int) -> list[str]:
        """Drop a first word that is no part of a name: a speech verb, a role, a word written in lower case too."""
        if len(words) < 2:
            return words
        low = words[0].lower()
        if known_first_name(low) or low in TITLES:
            return words
        opens = (low in self._lower or low.endswith("ly")) and SENT_OPEN.search(self.text, max(0, at - 12), at) \
            or (low in self._lower and at < self._headline_end)  # "Republican Donor Adelson and Trump ..."
        if verb_word(low) or low in ROLE_NOUNS or opens:  # at a sentence's opening: "Interestingly Blocher" too
            return words[1:]  # "Said Dorothy Poynter", "Comedian Sara Silver", "Despite Santilli"
        return words

    def _participle(self, word: str, at: int, end: int) -> bool:
        """A participle opening a sentence ("Walking to the car, Lee ...", "Conceding that ..."): no name."""
        low = word.lower()
        if not (word.endswith("ing") and len(word) > 5 and word[1:].islower()) or known_first_name(low):
            return False
        if any(len(n.tokens) > 1 for n in self.by_last.get(low, ())):
            return False  # the surname of a name written in full before ("Peyton Manning ... Manning on Sunday said")
        if " " not in self.text[at:end] and not _FUNCTION_AFTER.match(self.text, end):
            return False
        return bool(SENT_OPEN.search(self.text, max(0, at - 12), at))

    def _mention(self, at: int, raw: str) -> None:
        if WORK_BEFORE.search(self.text, max(0, at - 48), at):
            return  # a work's name: "the 2005 film The Notorious Bettie Page" is no form of hers
        words, titled = strip_name(raw.replace("\u00a0", " ").split(" "))
        if words == raw.split()[-1:] and words[0] in SURNAME_TITLES and \
                _ARTICLE_BEFORE.search(raw[: -len(words[0])] or self.text[max(0, at - 6) : at]):
            return  # "the King", "a Judge": the title, not the surname King or Judge
        if words and raw.startswith(words[0]) and self._participle(words[0], at, at + len(raw)):
            at += len(words[0]) + 1
            raw, words = raw[len(words[0]) + 1 :], words[1:]
        if len(words) > 1 and (raw.startswith(words[0]) or at < self._headline_end):
            words = self.trim(words, at)  # (in a headline, past a party word too: "Republican Donor Adelson")
        born = [i for i, w in enumerate(words[:-1]) if w.lower().endswith(_ORIGIN)]
        if born:  # "South Korean-born Monte Haines", "Texas-based Ann Cole"
            words = words[born[-1] + 1 :]
        if not words or len(words) > 5 or all(_INITIAL.fullmatch(w) or is_suffix(w) for w in words):
            return  # nothing but initials, the "U." and "S." of "U.S.", or a suffix ("Hank Johnson, Jr.,")
        # a lowercase title just before ("chairman Rence Priebus") also marks a person
        before = self.text[max(0, at - 20) : at].split()
        if before and personal_title(before[-1].lower().strip(",")):
            titled = True
        name = self._add(words, titled)
        name.vessel = name.vessel or (bool(before) and before[-1].lower() in VESSEL_NOUNS)
        start = at + max(raw.find(words[0]), 0)
        raw_end = at + len(raw)
        if self.speaks_after(raw_end) or (before and before[-1].lower() in ("said", "says")):
            name.speaks = True
        if _AGE.match(self.text, raw_end) or (len(words) > 1 and (roles.person_apposition(self.text, raw_end)
                                                                   or roles.person_before(self.text, start))):
            name.personal = True  # "Jo Lim, 35,"; "Mehdi Zareh, the head of the center,"
        name.positions.append(start)
        name.mid = name.mid or not SENT_OPEN.search(self.text, max(0, start - 12), start)
        end = start + len(" ".join(words))
        if roles.role_after(self.text, end):
            self._modifiers.add(start)  # "McConnell spokesman Don Stewart": the name only qualifies a role
        self.mentions.append((start, end, name))

    def _add(self, words: list[str], titled: bool) -> Name:
        key = " ".join(words)
        name = self._by_text.get(key)
        if name is None:
            name = Name(key, tuple(words))
            self._by_text[key] = name
            self.by_last[name.last].append(name)
        name.count += 1
        name.titled = name.titled or titled
        return name

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted, (pos, len(self.text) + 1)) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def fullest(self, words: list[str] | str, before: int | None = None, gender: str | None = None) -> str:
        """The fullest form the article uses for a name (titles dropped), of `gender` where a title gives it."""
        if isinstance(words, str):
            words = words.split()
        stripped, _ = strip_name(list(words))
        words = stripped or (list(words) if len(words) == 1 and self.surname_word(words[0]) else [])
        if not words:
            return ""
        low = [w.lower() for w in words]
        options = [n for n in self.by_last.get(surname(low), []) if len(n.tokens) >= len(words)
                   and set(low) <= {t.lower() for t in n.tokens} and len(n.tokens) <= 4 + is_suffix(n.tokens[-1])]
        if gender is None and len(words) == 1 and len({self._own_gender(n) for n in options} - {None}) > 1:
            gender = self._bare_gender(words[0])  # "Clinton ... she" in a text with Bill and Hillary Clinton
        if gender is not None:  # "Mrs. Clinton" is never "Bill Clinton"
            options = [n for n in options if self._own_gender(n) in (gender, None)] or options
        if not options:
            return " ".join(words)

        def rank(n: Name) -> tuple[int, int, int, int, int]:
            seen_before = before is None or (bool(n.positions) and n.positions[0] < before)
            # "Thomas Perez" over a headline's "Understated Perez": a known given name first
            given = len(n.tokens) > 1 and given_gender(n.tokens[0].lower()) is not None
            plain = len(n.tokens) > 1 and not is_suffix(n.tokens[-1])  # "Trump": "Donald Trump", not "Donald Trump Jr."
            return (seen_before, given, plain, n.count if len(n.tokens) > 1 else 0, len(n.tokens))

        best = max(options, key=rank)
        return best.text if len(best.tokens) >= len(words) else " ".join(words)

    def surname_word(self, word: str) -> bool:
        """A capitalised word that names no one alone ("May", "Will") written as the surname of a full name
        in the text ("Theresa May", "George Will"): there it is that surname."""
        return word[:1].isupper() and word.lower() in NOT_NAME \
            and any(len(n.tokens) > 1 for n in self.by_last.get(word.lower(), []))

    def full_from_first(self, name: str) -> str:
        """A lone name, after a title or a given name, that one person's full name starts with: a family name
        written first ("Mr. Lou" after "Lou Jiwei"), a given name ("Donald" -> Donald J. Trump); else `name`."""
        own = self._by_text.get(name)
        if own is None or not (own.titled or known_first_name(name.lower())) or len(own.tokens) != 1 \
                or len(self.by_last.get(name.lower(), [])) > 1:
            return name
        first = {n.tokens[-1] for n in self._by_text.values() if 1 < len(n.tokens) <= 3 and n.tokens[0] == name
                 and self.is_person(n.text)}
        return self.fullest([name, first.pop()]) if len(first) == 1 else name

    def _bare_gender(self, word: str) -> str | None:
        """The clear gender of the pronouns after a bare surname's mentions, if any."""
        bare = self._by_text.get(word)
        if bare is None or not bare.gender:
            return None
        (top, c), *rest = bare.gender.most_common()
        return top if c >= 2 and (not rest or c >= 3 * rest[0][1]) else None

    def title_gender(self, pos: int) -> str | None:
        """'m' / 'f' where "Mr." / "Mrs." / "Ms." stands right before `pos`."""
        m = _TITLE_BEFORE.search(self.text, max(0, pos - 6), pos)
        return None if m is None else ("m" if m.group(1) == "Mr" else "f")

    def _own_gender(self, n: Name) -> str | None:
        """A full name's gender from its given name, else from the pronouns after it."""
        if len(n.tokens) > 1 and (g := given_gender(n.tokens[0].lower())):
            return g
        (top, c), *rest = n.gender.most_common() or [(None, 0)]
        return top if c >= 2 and (not rest or c > 2 * rest[0][1]) else None

    def lookup(self, full: str) -> list[Name]:
        words = full.split()
        if not words:
            return []
        return [n for n in self.by_last.get(surname(words).lower(), [])]

    def gender(self, full: str) -> str | None:
        """'m', 'f' or None for a canonical name."""
        votes: Counter = Counter()
        same_last = self.lookup(full)
        full_names = {n.text for n in same_last if len(n.tokens) > 1}
        for n in same_last:
            # a bare surname shared by two people ("Clinton") says nothing about either
            if n.text == full or (len(n.tokens) == 1 and len(full_names) <= 1):
                votes.update(n.gender)
        first = full.split()[0].lower() if len(full.split()) > 1 else ""
        lex = given_gender(first)
        if lex:
            votes[lex] += 2
        if sum(votes.values()) < 2:
            return None  # one pronoun after one mention is too weak to rule a person out
        (top, c), *rest = votes.most_common()
        return top if not rest or c > rest[0][1] else None

    def is_person(self, full: str) -> bool:
        low = full.lower()
        words = low.split()
        if not words or words[-1] in ORG_WORDS or "'s " in low or "’s " in low:
            return False  # an organisation's name, or someone's people ("Tom Ruiz's lawyers")
        names = self.lookup(full)
        if self._no_person(full, words, names):
            return False  # "Japan, the son of ..." is an apposition to someone else
        # what the text says about a person outweighs the tagger's ORG ("Jo Lim, 35,"; "Mr. Lim")
        if any(n.personal for n in names):
            return True
        if len(words) > 1 and known_first_name(words[0]) and any(n.titled for n in names):
            return True  # "Former Hewlett-Packard CEO Carly Fiorina", tagged ORG with her company
        if low in self.orgs:
            # a name in two or more words that "he" or "she" (never "it") keeps following is a person's,
            # whatever the tagger said ("Bettie Page ... Page said she")
            votes: Counter = Counter()
            for n in names:
                votes.update(n.gender)
            return len(words) > 1 and words[-1] not in GROUP_NAMES and len(votes) == 1 and (
                sum(votes.values()) >= 3 or (sum(votes.values()) == 2 and any(n.speaks for n in names)))
        if low in self.persons or any(surname(low) == surname(p) for p in self.persons if p):
            return True
        if len(words) > 1 and known_first_name(words[0]):
            return True
        return any(n.titled or n.speaks or sum(n.gender.values()) >= 2 for n in names)

    def mentions_in(self, lo: int, hi: int) -> list[tuple[int, int, Name]]:
        """The name mentions that start in [lo, hi), in text order."""
        return self.mentions[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]

    def persons_before(self, pos: int, lo: int = 0, loose: bool = False) -> list[tuple[int, int, str]]:
        """(start, end, fullest name) of person mentions in [lo, pos), most recent first.

        With `loose`, any name not known as an organisation counts (the ranker weighs the evidence).
        """
        out = []
        for k in range(bisect.bisect_left(self._starts, pos) - 1, -1, -1):
            start, end, name = self.mentions[k]
            if start < lo:
                break
            if start in self._modifiers:
                continue
            full = self.fullest(list(name.tokens), gender=self.title_gender(start))
            if self.is_person(full) or (loose and self.maybe_person(full)):
                out.append((start, end, full))
        return out

    def always_after_the(self, full: str) -> bool:
        """Whether every mention of the name follows "the": a team, a family or a paper ("the Red Sox",
        "the Clintons", "the Times"), never the "he" or "she" of a quote. Asked for each candidate of each
        pronoun, so kept per name."""
        if full not in self._after_the:
            positions = [p for n in self.lookup(full) for p in n.positions]
            self._after_the[full] = bool(positions) and all(
                _THE_BEFORE.search(self.text, max(0, p - 5), p) for p in positions)
        return self._after_the[full]

    def common_noun(self, full: str) -> bool:
        """A lone word the text also writes in lower case and capitalises only where a sentence opens
        ("Prosecutors said ... federal prosecutors wrote"): a common noun, never a "he" or a "she"."""
        words = full.lower().split()
        return len(words) == 1 and words[0] in self._lower and self._only_opening(words[0])

    def maybe_person(self, full: str) -> bool:
        low = full.lower()
        words = low.split()
        if not words or low in self.orgs or words[-1] in ORG_WORDS or len(words) > 3:
            return False
        return not self._no_person(full, words, self.lookup(full))

    def _no_person(self, full: str, words: list[str], names: list[Name]) -> bool:
        """No person, whatever is said beside it: a place, an acronym, a people or a ship by its form or by
        the word before it, or a word capitalised only where it opens a sentence. `names`: its lookup."""
        if any(n.titled for n in names):
            return False
        return no_person_form(full, words) or any(n.vessel for n in names) or self._opening_word(words) \
            or law_name(words, self._laws)

    def no_speaker(self, full: str) -> bool:
        """A word the parse took for a speaker that names nobody: a dateline ("PHILADELPHIA, July 25 --
        The committee said"), a function word or an adverb that opens a sentence ("Much of Beck's ire",
        "Of Carson, Levine said", "Surely"), a relative pronoun left bare ("who"). Quantities ("says
        one", "Some said") and common nouns ("Crews", "officers") stay: they describe a speaker."""
        words = full.split()
        if len(words) != 1 or any(len(n.tokens) > 1 or n.titled or n.personal for n in self.by_last.get(full.lower(), [])):
            return False  # a surname the text also writes in full, or after a title
        low = full.lower()
        if low in _QUANTITIES:
            return False
        if not full[:1].isupper():
            return low in RELATIVE or low in _FUNCTION_WORDS
        if full.isupper() and low in places():
            return True
        return low in NOT_NAME or low in STOP_WORDS or (low.endswith("ly") and not known_first_name(low))

    def _opening_word(self, words: list[str]) -> bool:
        """A lone word capitalised only where it opens a sentence, and a word there: one the text also
        writes in lower case, a role noun or an adverb ("Surely, he said", "Filmmaker Ross", "Keep in
        mind"). Not a surname the text also writes in full ("Page said" with "Bettie Page")."""
        if len(words) != 1 or not self._only_opening(words[0]):
            return False
        low = words[0]
        if roles.norm(low) in ROLE_NOUNS or low.endswith("ly") or (
                low in STOP_WORDS and low not in _QUANTITIES and low not in _INDEFINITE):
            return True  # "Filmmaker says he ...": a role, even as a subject; "Throughout his remarks"
        return low in self._lower and not any(n.speaks for n in self.by_last[low])

    def _only_opening(self, low: str) -> bool:
        """Whether lowercased `low` is a lone capitalised word seen only where sentences open: no given name,
        never written in full, mid-sentence, after a title or beside a word for a person."""
        names = self.by_last.get(low, [])
        return not known_first_name(low) and bool(names) and not any(
            len(n.tokens) > 1 or n.mid or n.titled or n.personal for n in names)


def tag_known_names(docs: Iterable[Doc], persons: set[str]) -> None:
    """Tag as a person's name each capitalised word that is part of a person's name elsewhere in the article,
    where the small tagger took it for a noun or verb ("Sanders said" with "Sanders" a noun, one time in six)."""
    words = {w for p in persons for w in p.split() if len(w) > 2 and w.isalpha() and w.istitle()}
    for doc in docs:
        new = []
        for tok in doc:
            if tok.text in words and tok.pos_ in ("NOUN", "VERB") and tok.ent_type_ in ("", "PERSON"):
                tok.pos_, tok.tag_ = "PROPN", "NNP"
                if not tok.ent_type_ and not (tok.i > 0 and doc[tok.i - 1].ent_type_) \
                        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_):
                    new.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        if new:
            doc.set_ents(new, default="unmodified")
