"""Definite descriptions linked to the person the article named with that role.

"The Florida senator" is the person introduced as "Florida Sen. Marco Rubio" or "Rubio, the Florida
senator,"; "the NATO chief" the one introduced as "NATO chief Mark Rutte". The words before each
earlier mention of a person (and an apposition after it) are that mention's roles; the description's
head noun must be among them, and the person whose roles share most of its other words wins, the
most recent first.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corroborate.nlp import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from corroborate.quotes import ranker
from corroborate.quotes.cues import RELATIVE, TITLES, speech_lemma
from corroborate.quotes.nameforms import NOT_NAME, NOT_PERSONAL, SURNAME_TITLES, places, verb_word

if TYPE_CHECKING:
    from corroborate.quotes.speakers import Resolver

# Role nouns a definite description of a person is built on ("the former senator", "the NATO chief").
ROLE_NOUNS = TITLES | set("""
candidate nominee businessman businesswoman billionaire mogul host star actor actress lawmaker
politician official executive ceo founder author writer historian professor economist analyst
strategist pollster adviser advisor aide lawyer attorney activist pastor preacher rapper singer
front-runner contender hopeful challenger incumbent legislator columnist commentator anchor journalist
reporter correspondent editor publisher manager representative general admiral physician surgeon
neurosurgeon doctor mogul tycoon magnate developer veteran spokesman chairman comedian musician filmmaker
pundit blogger entrepreneur investor philanthropist evangelist televangelist consultant operative staffer
owner coach teacher nurse farmer student worker voter resident pastor priest rabbi imam officer deputy detective sheriff firefighter soldier sergeant lieutenant captain driver engineer scientist researcher
attendee witness neighbor neighbour bystander spectator protester demonstrator survivor pensioner retiree
""".split())
# public roles a bare definite description uses for someone the article is about ("the businessman replied",
# "the Vermont senator emailed"), unlike roles of people it never names ("the officer said", "the aide said")
PUBLIC_ROLES = set("""
president senator governor congressman congresswoman representative mayor secretary candidate nominee front-runner
hopeful contender challenger incumbent businessman billionaire mogul tycoon magnate lawmaker politician pope
premier chancellor king queen prince princess star actor actress singer rapper comedian
""".split())
# lowercase words that may stand between a role noun and the name ("former Clinton campaign chairman")
_MODIFIERS = set("""
former then longtime top senior deputy vice acting interim presidential campaign national state press security
political executive general federal foreign domestic economic legal communications policy chief senate house
district county city party conservative liberal progressive independent democratic republican veteran
of the
""".split())
# abbreviated and equivalent titles, mapped to the noun a description uses
ALIASES = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "sec": "secretary", "atty": "attorney", "congressman": "representative", "congresswoman": "representative",
    "frontrunner": "front-runner", "advisor": "adviser", "businesswoman": "businessman", "chairwoman": "chairman",
    "spokeswoman": "spokesman", "spokesperson": "spokesman", "mogul": "businessman", "tycoon": "businessman",
    "pontiff": "pope", "head": "chief", "leader": "chief", "boss": "chief",
}
# titles of the one who runs an organisation: "NATO Secretary-General Jens Stoltenberg" is "the NATO chief"
_RUNS = {"secretary-general", "director", "director-general", "chairman", "chair", "ceo", "administrator",
         "commissioner"}
# members of a legislature: "Rep. Tom Hale" is "the lawmaker"
_LEGISLATORS = {"senator", "representative", "assemblyman", "assemblywoman", "councilman", "councilwoman", "delegate"}
# a member of Congress's party and state after the name, as US papers write it: "(R-Fla.)", "(D-N.Y.)", "(Ky.)"
_STATES = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois", "ind": "indiana",
    "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey", "n.m": "new mexico",
    "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee",
    "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
    "wis": "wisconsin", "wyo": "wyoming",
} | {w: w for w in ("alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah")}
_PARTY_STATE = re.compile(r"\s*\((?:([RDI])[-–])?([A-Z][A-Za-z.]{1,7}?)\.?\)")
_PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_TOKEN_BEFORE = re.compile(r"[A-Za-z][A-Za-z\-]*(?:['’]s)?\.?|[^\sA-Za-z]")
_APPOS = re.compile(r",\s+((?:the|a|an|[A-Za-z]+['’]s)\s[^,.;\n]{2,80})[,.]")
_ABBREV = re.compile(rf"(?:{NAME_ABBREVIATIONS}|[A-Z])\.$")
_SKIP = {"the", "a", "an", "of", "and", "for", "to", "in", "at", "then", "now", "who", "is", "was"}


def role_word(low: str) -> bool:
    """A word of a role written before a name: "former", "secretary", "of", "state", "Sen."."""
    return norm(low) in ROLE_NOUNS or low in _MODIFIERS or low in TITLES


def norm(word: str) -> str:
    low = word.lower().strip(".,’'")
    low = re.sub(r"['’]s$", "", low)
    return ALIASES.get(low, low)


def roles_at(text: str, start: int, end: int) -> set[str]:
    """The role words of one mention: the titles and role nouns right before it ("former Florida Sen."),
    and its apposition ("Rubio, the Florida senator,")."""
    words: set[str] = set()
    for i, w in enumerate(reversed(_TOKEN_BEFORE.findall(text, max(0, start - 80), start))):
        low = norm(w)
        if i == 0 and low == "of":
            break  # "governor of New Jersey": the name is the office's place, not its holder
        if not w[:1].isalpha() or (w.endswith(".") and not _ABBREV.match(w)):
            break  # punctuation, or a word that ends a sentence
        if not (w[:1].isupper() or low in ROLE_NOUNS or low in _MODIFIERS):
            break
        if speech_lemma(low) and low not in ROLE_NOUNS and low not in _MODIFIERS:
            break  # a headline's verb: "Former Clinton Pollster Says Clinton ..." gives the second Clinton no role
        words.add(low)
    if (p := _PARTY_STATE.match(text, end, min(len(text), end + 14))) and (state := _STATES.get(p.group(2).lower())):
        # "Marco Rubio (R-Fla.)" is the Florida senator or congressman, and the Florida Republican
        chamber = words & {"senator", "representative"} or {"senator", "representative"}  # "Rep." says which
        words |= set(state.split()) | chamber
        if p.group(1):
            words.add(_PARTIES[p.group(1)])
        end = p.end()
    m = _APPOS.match(text, end, min(len(text), end + 100))
    if m and not _inverted_subject(m.group(1)):
        words |= {norm(w) for w in _WORD.findall(m.group(1))[:8]}
    if words & _RUNS:
        words.add("chief")
    if words & _LEGISLATORS:
        words |= {"lawmaker", "legislator"}
    return words - _SKIP


_REPORTS = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained", "noted", "stated"}


def _inverted_subject(words: str) -> bool:
    """Whether the words after a name's comma are the subject of a report, not an apposition: "in her
    hometown of Wasilla, the church's minister said." (not "Rubio, the senator who said ...")."""
    for w in _WORD.findall(words):
        if w.lower() in RELATIVE:
            return False
        if w.lower() in _REPORTS:
            return True
    return False


# an apposition headed by a word for a person: "Mehdi Zareh, the head of the Seismic Research Center,", "Jo Lim, a
# spokeswoman for Acme", "Ali Rezaei, director of the center" (its head: the first lowercase word that a comma, a
# preposition or "who" follows)
_APPOS_HEAD = re.compile(r",\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'.\-]+\s+){0,4}?([a-z][\w’'\-]*)"
                         r"(?=\s*(?:[,.;]|(?:of|at|for|in|who|with|from|to|on)\b))")
# a capitalised title of an organisation's officer: ", Vice President for Conservation Advocacy at"
_APPOS_TITLE = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}([A-Z][\w’'\-]*)\s+(?:of|at|for)\s")
_APPOS_PERSONS = {"head", "member", "leader", "founder", "wife", "husband", "widow", "mother", "father", "son",
                  "daughter", "brother", "sister", "friend", "cousin", "uncle", "aunt", "colleague", "partner"}


def person_apposition(text: str, end: int) -> bool:
    """Whether the name ending at `end` has an apposition headed by a word for a person: evidence of a person
    where the parser did not say so ("Mehdi Zareh, the head of the Seismic Research Center, said"; "Darin
    Schroeder, Vice President for Conservation Advocacy at ...")."""
    m = _APPOS_HEAD.match(text, end, min(len(text), end + 100))
    if m is not None and (norm(m.group(1)) in ROLE_NOUNS or m.group(1) in _APPOS_PERSONS):
        return True
    m = _APPOS_TITLE.match(text, end, min(len(text), end + 100))
    return m is not None and norm(m.group(1)) in ROLE_NOUNS


# a person's noun set before a name: "One pastor supporting Mr. Cruz, Darran Whiting", "His son, T.J. DiLeo"
_APPOS_BEFORE = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)"
                           rf"(?:\s+(?:[^,.;:\n]|\b(?:{TITLE_ABBREVIATIONS})\.){{0,50}})?,\s*$")


def person_before(text: str, start: int) -> bool:
    """Whether the name at `start` follows a noun for a person it is set beside, as "One pastor supporting Mr.
    Cruz, Darran Whiting" or "His son, T.J. DiLeo": evidence of a person where the parser did not say so."""
    m = _APPOS_BEFORE.search(text, max(0, start - 90), start)
    return m is not None and (norm(m.group(1)) in ROLE_NOUNS or m.group(1) in _APPOS_PERSONS)


# a name qualifying a role before another name: "McConnell spokesman Don Stewart", "Obama's adviser Jo Lee"
_ROLE_AFTER = re.compile(r"(?:[’']s)?((?:[ \u00a0][a-z][\w\-]*){1,3})[ \u00a0][A-Z][a-z]")


def role_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` only qualifies a role before another name: lowercase words ending in a
    role noun, then a capitalised word ("McConnell spokesman Don Stewart"; not "of the", "told the")."""
    if (m := _ROLE_AFTER.match(text, end)) is None:
        return False
    words = m.group(1).split()
    last = norm(words[-1])
    return (last in ROLE_NOUNS and last not in NOT_PERSONAL and last not in NOT_NAME
            and not any(w in NOT_NAME or verb_word(w) for w in words))


_PARTY_OF = {"democratic": "democrat", "democrat": "democrat", "republican": "republican", "gop": "republican"}


def other_ties(res: Resolver, words: list[str], name: str, pos: int) -> bool:
    """Whether description `words` names a place or a party ("the Texas senator", "the Democratic candidate")
    and the text ties person `name` only to other places or parties before `pos` ("Ohio Sen. Rosa Blanc",
    "Republican front-runner Donald Trump")."""
    capitals = {norm(w) for w in words if w[:1].isupper()}
    wanted = (capitals & places(), {_PARTY_OF[w] for w in capitals if w in _PARTY_OF})
    if not any(wanted):
        return False
    known: tuple[set[str], set[str]] = (set(), set())
    for start, end, n in res.names.mentions:
        if start >= pos:
            break
        if res.names.fullest(list(n.tokens), before=pos) == name:
            roles = roles_at(res.text, start, end)
            known[0].update(roles & places())
            known[1].update(_PARTY_OF[w] for w in roles if w in _PARTY_OF)
    return any(w and k and not w <= k for w, k in zip(wanted, known))


def office(words: list[str]) -> bool:
    """A capitalised office with no name in it ("District Attorney", "Prime Minister", "Police Chief")."""
    if not words or words == words[-1:] and words[0] in SURNAME_TITLES:
        return False  # "King said" names Billie Jean King
    return norm(words[-1]) in ROLE_NOUNS and all(
        norm(w) in ROLE_NOUNS or w.lower() in _MODIFIERS for w in words) and words[-1][:1].isupper()


_UNDER = {"vice", "deputy", "assistant", "associate", "under"}  # one rank below the office they precede


def link(res: Resolver, words: list[str], pos: int) -> str | None:
    """The person a description ("the former secretary of state") stands for, or None.

    Its head noun must be among a person's roles, and so must its capitalised words ("the Florida
    senator"); among those left, most other words shared, then the most recently mentioned."""
    proper = {norm(w) for w in words[:-1] if w[:1].isupper()}
    words = [norm(w) for w in words if norm(w) not in _SKIP]
    if not words:
        return None
    head, mods = words[-1], set(words[:-1])
    if head in _PARTIES.values() and not proper:
        return None  # "the Democrat" is one of many; "the Vermont Democrat" one person
    found: dict[str, list[int]] = {}  # person -> [most shared words, last mention]
    for start, end, name in res.names.mentions:
        if start >= pos:
            break
        if res.in_quote(start):
            continue
        full = res.names.fullest(list(name.tokens), before=pos)
        roles = roles_at(res.text, start, end)
        if full in found:
            found[full][1] = start
        if head not in roles or not proper <= roles or not res.names.is_person(full) or (roles & _UNDER) - mods:
            continue  # (a "Vice President" is not "the former president")
        entry = found.setdefault(full, [-1, start])
        # a "former governor" is seldom "the governor"
        entry[0] = max(entry[0], len(mods & roles) - ("former" in roles and "former" not in mods))
    best = max(found, key=lambda n: (found[n][0], found[n][1]), default=None)
    return best if best is not None and found[best][0] >= 0 else None  # only a "former" one: not "the governor"


_STATE_WORDS = {w for state in _STATES.values() for w in state.split()}


def holder_before(res: Resolver, words: list[str], pos: int) -> str | None:
    """The one person the text gives a description's office (`words`, "the" left out) in the sentence before
    the quote or in its own before it, where the text gives no one the description's other capitalised words:
    'Sen. Bernie Sanders on Wednesday also called upon ... "...," the independent Vermont senator told ABC'.
    Not a holder whose state differs ("the Texas senator" for "Marco Rubio (R-Fla.)")."""
    words = [norm(w) for w in words if norm(w) not in _SKIP]
    if not words or words[-1] not in ROLE_NOUNS:
        return None
    head, mods = words[-1], set(words[:-1])
    anchor = res.quote_before(pos)
    holders = set()
    for start, end, name in res.names.mentions_in(res.sent_starts[max(0, res.sentence_of(anchor) - 1)], anchor):
        if res.in_quote(start):
            continue
        full = res.names.fullest(list(name.tokens), before=pos)
        roles = roles_at(res.text, start, end)
        states = roles & _STATE_WORDS
        if head in roles and res.names.is_person(full) and not (roles & _UNDER) - mods \
                and not (states and (mods & _STATE_WORDS) - states):
            holders.add(full)
    return holders.pop() if len(holders) == 1 else None


_SENT0, _SENT1, _MISMATCH = (ranker.FEATURES.index(f) for f in ("sent0", "sent1", "gender_mismatch"))


def public_figure(res: Resolver, words: list[str], pos: int, gender: str | None) -> str | None:
    """The person a description of a public role (`words`, "the" left out) stands for where nobody was
    introduced in that role: the one person the sentence before it names, when that is also the person
    the article names most ('... a reporter asked Trump. "...," the businessman replied'). Nobody when
    its own sentence names someone first ("Trump heard a lecture from the Mexican president"), when the
    sentence before names two, or after a quoted question."""
    if not words or norm(words[-1]) not in PUBLIC_ROLES:
        return None
    anchor = res.quote_before(pos)
    if res.answers_question(anchor):
        return None
    near = [(name, f) for name, f in ranker.candidates(res, anchor, gender) if res.known_person(name)]
    if any(f[_SENT0] for _, f in near):
        return None
    before = {name for name, f in near if f[_SENT1] and not f[_MISMATCH]}
    if len(before) != 1:
        return None
    (hit,) = before
    return hit if hit == res.most_named and not other_ties(res, words, hit, pos) else None
