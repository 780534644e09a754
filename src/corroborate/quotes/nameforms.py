"""Name surface forms: which capitalised words make a name, titles to strip, given names and their gender.

Pure word-level helpers with no per-article state; names.py builds its index of an article on them.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from corroborate.quotes.cues import FEMALE_NAMES, MALE_NAMES, TITLES

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"  # Latin letters with their accents: "François", "Peña", "Lazăr"
# a hyphen joins capitalised parts ("Holtz-Eakin"); before a lowercase part it ends the name ("Sixteen-year-old")
_WORD = rf"(?:(?:[{_UP}]\.){{2,}}|[{_UP}][a-z]?\.|[{_UP}][{_LETTER}’']*[{_LETTER}](?:-[{_UP}][{_LETTER}’']*[{_LETTER}])*|[{_UP}])"
# what comes right before a word that opens a sentence: a stop, a colon, a line break, an opening mark
SENT_OPEN = re.compile(r"(?:^|[.!?…:]\s*|\n\s*)[“‘\"'(\[]*$")
NAME_RE = re.compile(rf"(?<![\w’'\-]){_WORD}(?:[ \u00a0](?:(?:de|van|von|bin|al|da|del|la|le)[ \u00a0])?{_WORD})*")
POSSESSIVE = re.compile(r"[’']s?$")
# Days and months: capitalised, never a name, nor whose a text is ("a Wednesday editorial").
CALENDAR_WORDS = set("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split())
# Capitalised words that start sentences or headlines but are never names.
NOT_NAME = CALENDAR_WORDS | set("""
a an the but and or so if as at by for from in into of on to with after before when while since
though although because however then than this that these those there here it its he she they we i you
his her their our my your who what where why how which mr mrs ms dr sen rep gov
read watch related more also just now still yet even team
is was are were be been do does did has have had will would can could should might must not no yes
regarding citing following including concerning considering during despite unlike amid among asked speaking
according responding referring meanwhile separately afterward afterwards instead earlier later today yesterday tonight
indeed perhaps maybe finally
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty several another every each both few
soon again once thus hence moreover furthermore nevertheless nonetheless otherwise eventually initially
currently recently previously ultimately overall besides likewise similarly clearly obviously apparently
""".split())
ORG_WORDS = set("""
party committee house senate congress department ministry office agency council court university
college school news times post journal press network campaign association union foundation institute
center centre group inc corp company bank administration commission board fund club league
avenue street road boulevard highway hospital county police precinct airport station
twitter facebook instagram youtube snapchat reddit tiktok linkedin
""".split())


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name -> 'm' / 'f', learnt from PolNeAR train (see train.py)."""
    try:
        data = resources.files("corroborate.quotes").joinpath("first_names.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return json.loads(data)


def _hyphen_title(word: str) -> bool:
    parts = word.lower().split("-")
    return len(parts) > 1 and all(p in TITLES or p in ("treasurer", "elect", "co", "host") for p in parts if p)


# texts a body or person puts out; texts that speak for whoever a name before them says ("a withering Washington
# Post editorial", "the NYT report"), not an ad or a video: a "Rove ad" is made for someone, in no one's own words
ISSUED_NOUNS = {"statement", "report", "letter", "release", "memo", "email", "post"}
TEXT_NOUNS = ISSUED_NOUNS | {"editorial", "article", "story", "column", "op-ed", "study", "analysis", "survey", "poll",
                             "investigation", "review", "filing", "tweet", "projection", "forecast"}
# Peoples, parties and faiths named in the plural: a group, never one person ("Greeks must understand").
GROUP_NAMES = set("""
americans germans greeks britons russians italians spaniards chinese japanese mexicans canadians europeans
africans asians arabs israelis palestinians iranians iraqis syrians turks kurds afghans pakistanis indians
democrats republicans conservatives liberals progressives muslims christians jews catholics protestants
evangelicals latinos hispanics
""".split())
# Titles that are common surnames too: left as a name when nothing else is ("King told the News").
SURNAME_TITLES = {"King", "Prince", "Judge", "Major", "Marshal", "Bishop", "Chancellor"}
# Words dropped with titles that say nothing about a person: "the Islamic State", "Former Pennsylvania
# governor", "Democratic National Convention" are no persons for being "titled".
NOT_PERSONAL = set("""
the former late acting deputy assistant executive press vice chief u.s. us nato democratic republican gop
democrat democrats republicans staff state st st.
""".split())


# Generational suffixes written after a surname: "Martin Luther King Jr.", "Luther Stan Pate IV".
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def is_suffix(word: str) -> bool:
    return word.lower().strip(".,") in NAME_SUFFIXES


def surname(words: list[str] | tuple[str, ...] | str) -> str:
    """A name's last word before any generational suffix: "Pate" of "Luther Stan Pate IV"."""
    if isinstance(words, str):
        words = words.split()
    for w in reversed(words):
        if not is_suffix(w):
            return w
    return words[-1] if words else ""


def personal_title(low: str) -> bool:
    return (low in TITLES or low.rstrip(".") in TITLES) and low not in NOT_PERSONAL


_ORG_HEADS = {"department", "ministry", "office", "committee", "agency", "bureau", "administration", "commission",
              "council", "court", "service", "institute", "association", "foundation", "center", "centre", "board"}


# A kind of work right before its name: 'the third film "Mockingjay"', 'the 2005 film The Notorious Bettie Page'
WORK_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|whose|own|\d{4})\s+(?:[\w\-’']+\s+){0,2}(?:film|movie|book|"
                         r"novel|memoir|show|series|sitcom|song|album|single|play|musical|episode|documentary|sequel|"
                         r"prequel|franchise|magazine|column|podcast|program|programme|poem|opera|game|bestseller|"
                         r"blockbuster|hit|epic|drama|thriller|comedy|trilogy|miniseries|saga|remake|cartoon)"
                         r"|\b(?:TV|television|radio|reality|Broadway|cult|comedy|horror)\s+(?:show|"
                         r"series|film|movie|musical|sitcom|drama|comedy)|\b(?:titled|entitled)"
                         # a show one is on: "a recurring role on", "a job on", "appeared on"; a book one wrote
                         r"|\b(?:role|job|spot|stint|appearance|appeared|appears|appearing|guest)\s+on"
                         r"|\b(?:co-?)?authors?\s+of)\s*$", re.I)
# what follows a work's name: '"Hail, Caesar!" -- a movie set for release'
WORK_AFTER = re.compile(r"\s*(?:,|--|—|–)\s*(?:a|an|the)\s+(?:[\w\-’']+\s+){0,2}(?:film|movie|book|novel|memoir|show|"
                        r"series|sitcom|song|album|play|musical|documentary|comedy|drama|thriller)\b", re.I)
# Offices written in capitals inside a name run ("Cubs GM Theo Epstein"); alone they may be a company ("GM").
_ROLE_ABBREVIATIONS = {"GM", "CFO", "COO", "CTO", "VP", "EVP", "SVP"}
# What a secretary, minister or director is "of", left before the name when the run breaks at "of"
_DEPARTMENTS = set("""
commerce interior defense defence treasury labor labour energy agriculture education transportation homeland
security health housing veterans justice affairs communications policy operations political government public
legislative police
""".split())


def strip_name(words: list[str]) -> tuple[list[str], bool]:
    """Drop titles and function words from the front and a possessive from the end; whether a personal
    title ("Sen.", "Mrs.", "President") was among them."""
    titled = False
    words = [w.strip(",;:") for w in words if w.strip(",;:")]
    if len(words) > 1 and words[-1].lower() in _ORG_HEADS:  # "the State Department", "the Justice Department"
        while words[:1] and words[0].lower() in NOT_NAME:
            words = words[1:]
        return words, False
    words = ["secretary" if _hyphen_title(w) else w for w in words]  # "Secretary-Treasurer Gary Casteel"
    while words and (words[0].lower() in TITLES or words[0].lower() in NOT_NAME or words[0].lower().rstrip(".") in TITLES):
        if words == words[-1:] and words[0] in SURNAME_TITLES:
            break  # all that is left is a surname that is also a title: "Ms. King", "But King said"
        titled = titled or personal_title(words[0].lower())
        words = words[1:]
    # "Russian President Vladimir Putin": cut after the last title that still leaves a name
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if (w.lower() in TITLES or w.lower().rstrip(".") in TITLES
                                                            or w in _ROLE_ABBREVIATIONS)
               and not all(is_suffix(x) for x in words[i + 1 :])), default=0)
    if cut:
        titled = titled or any(personal_title(w.lower()) for w in words[:cut])
        words = words[cut:]
    # "Breitbart's Joel Pollak", "Commerce Gary Locke" (of "Secretary of Commerce"): whose the person is, or the
    # office they hold, before a given name and surname is no part of the name
    k = next((i for i in range(1, len(words) - 1) if known_first_name(words[i].lower())), 0)
    if not k and len(words) > 2 and all(w.lower() in _DEPARTMENTS for w in words[:-2]):
        k = len(words) - 2  # "Homeland Security Jeh Johnson": a given name the lists do not know
    if k and (POSSESSIVE.search(words[k - 1]) or all(w.lower() in _DEPARTMENTS for w in words[:k])):
        words = words[k:]
    if words:
        last = POSSESSIVE.sub("", words[-1])
        words = words[:-1] + ([last] if last else [])
    return words, titled


def segments(at: int, seq: str) -> list[tuple[int, str]]:
    """Split a capitalised run at function words and possessives: "ABC’s George Stephanopoulos"."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"\S+", seq):
        word = m.group()
        low = word.lower()
        prev = seq[: m.start()].split()[-1:]
        surname = bool(prev) and word[:1].isupper() and known_first_name(prev[0].lower())  # "George Will"
        if (low in NOT_NAME or verb_word(low)) and m.start() > 0 and not surname:
            if seq[start : m.start()].strip():
                out.append((at + start, seq[start : m.start()].rstrip()))
            start = m.end() + 1
        elif POSSESSIVE.search(word) and len(word) > 2 and m.end() < len(seq):
            out.append((at + start, seq[start : m.end()]))
            start = m.end() + 1
    if seq[start:].strip():
        out.append((at + start, seq[start:]))
    return out


_VERB_WORDS = set("""
said says tells told adds added warns warned claims claimed slams slammed asks asked urges urged
blasts blasted vows vowed insists insisted admits admitted calls called
""".split())


def cut_at_verb(words: list[str]) -> list[str]:
    """The words of a name before a headline verb: "Glenn Beck Blasts Drudge" -> "Glenn Beck"."""
    for k, w in enumerate(words[1:], 1):
        if verb_word(w.lower()):
            return words[:k]
    return words


def verb_word(low: str) -> bool:
    """A speech verb inside a capitalised run ("Hillary Clinton Says Trump"): never part of a name."""
    return low in _VERB_WORDS


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lowercase one-word place names (places.txt) that are never a person's whole name."""
    raw = resources.files("corroborate.quotes").joinpath("places.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#") for w in line.split())


def _unaccented(word: str) -> str:
    """'josé' -> 'jose': the given-name lists are written without accents."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def known_first_name(low: str) -> bool:
    low = _unaccented(low)
    return low in first_names() or low in FEMALE_NAMES or low in MALE_NAMES


def given_gender(low: str) -> str | None:
    """'f' / 'm' for a given name: the curated list first, then the one learnt from train."""
    low = _unaccented(low)
    if low in FEMALE_NAMES:
        return "f"
    if low in MALE_NAMES:
        return "m"
    return first_names().get(low)


# Nouns that give the gender of the person they stand beside ("his wife, Jane", "a spokeswoman").
GENDERED_NOUNS = {w: "f" for w in """wife mother daughter sister grandmother granddaughter widow girlfriend aunt niece
spokeswoman chairwoman congresswoman businesswoman councilwoman actress woman mrs ms miss madam queen princess""".split()}
GENDERED_NOUNS.update({w: "m" for w in """husband father son brother grandfather grandson widower boyfriend uncle nephew
spokesman congressman businessman councilman man mr king prince""".split()})


# words for a ship, right before its name ("merchant vessel Gibe")
VESSEL_NOUNS = {"vessel", "ship", "tanker", "freighter", "destroyer", "frigate", "carrier", "boat", "yacht", "cruiser",
                "submarine", "trawler", "dhow", "ferry", "liner"}
_VESSEL_PREFIXES = {"ins", "uss", "hms", "hmcs", "hmas", "mv", "ss", "rms", "usns"}


def no_person_form(full: str, words: list[str]) -> bool:
    """A form no person's name takes: an acronym, a dateline, a place, a people ("NYPD", "PHILADELPHIA",
    "Tehran", "Greeks"), a name an acronym opens ("CBS News"), a heading in capitals ("FULL TEXT"), or a ship
    ("INS Mysore", "USS Cole")."""
    if len(words) == 1:
        return (len(full) > 1 and full.isupper()) or words[0] in places() or words[0] in GROUP_NAMES
    first = full.split()[0]
    if len(first) > 2 and first.isupper() and first.isalpha() and not full.isupper():
        return True  # an acronym opening a name is an outlet's or a body's: "NBC New York", "ACLU of Oregon"
    if full.isupper() and not known_first_name(words[0]):
        return True  # a heading in capitals: "FULL TEXT", "WHAT'S WORKING"
    return words[0] in _VESSEL_PREFIXES


_LAW = re.compile(r"((?:[A-Z][\w\-’']*\s){0,3}[A-Z][\w\-’']*)\s"
                  r"(?:Act|Amendment|Bill|Law|Doctrine|Accords?|Treaty)\b")


def law_names(text: str) -> set[str]:
    """Lowercased names the text writes before "Act", "Amendment" and the like: a law's name, even where it
    stands alone ("reinstating Glass-Steagall", from "the Glass-Steagall Act")."""
    return {m.group(1).lower() for m in _LAW.finditer(text)}


def law_name(words: list[str], laws: set[str]) -> bool:
    """Whether lowercased name `words` are a law's name, or a law's joined names with a word before them that is
    no given name ("Super Glass-Steagall"; not "Orrin Hatch" of the Hatch Act)."""
    rest = " ".join(words[1:])
    return " ".join(words) in laws or ("-" in rest and rest in laws and not known_first_name(words[0]))


def written_in_full(text: str) -> set[str]:
    """Surnames of names written with a known given name anywhere in `text`, parsed or not ("Donald Trump" in
    a paragraph without quotes makes the "Trump" of 'Trump: "..."' a name)."""
    found = set()
    for m in NAME_RE.finditer(text):
        words = m.group().split()
        while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]  # "Councilman Tom Reyes"
        if 2 <= len(words) <= 3 and known_first_name(words[0].lower()):
            found.add(words[-1])
    return found
