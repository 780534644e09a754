"""Word lists: speech verbs (with their inflections), titles, pronouns."""
from __future__ import annotations

import json
import re
from importlib import resources

# Verbs that report speech or writing; a quote they govern is attributed to their subject.
SPEECH_LEMMAS = """
say tell write add call continue ask tweet report state explain respond reply note describe declare
argue conclude pledge warn chant insist admit acknowledge remark promise accuse vow announce blast
suggest recall assure claim answer shout urge joke post blame interject boast predict yell lament
emailed email proclaim assert concede muse elaborate exclaim express quote mock charge criticize
question press complain vent dub dismiss highlight emphasize stress caution contend counter retort
recount reiterate repeat confirm deny fume scoff quip sneer snap crow gush rail rage thunder tout
insisted observe opine point predict promise quip recite relate reveal say scream testify threaten
whisper affirm allege announce assert brag comment concur decry demand describe disclose grumble
hint implore inform lash maintain mention mutter plead proclaim protest query reason reassure recommend
reflect remind reply sigh speak spell sum swear teach theorize tweet wonder advise agree apologize
begin cite explain label brand characterize slam praise thank tease taunt hail welcome concede
clarify indicate signal stress underscore suggest acknowledge believe think feel hope fear worry contend
counsel echo inquire interrupt jab josh lecture marvel mourn object offer opine pitch preach pronounce
read rebut recollect refer reject retort scold shoot talk term unveil volunteer acknowledge insist
remember laugh chuckle deadpan bark gripe grouse speculate confide beg posit surmise summarize rave text
imply insinuate condemn denounce deride ridicule portray laud applaud exhort reminisce confess groan growl murmur
aver rant chime riff bemoan lambaste chide rebuke bash pan defend estimate notify alert instruct brief message crack
""".split()

_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
    "speak": ["spoke", "spoken", "speaks", "speaking"],
    "read": ["reads", "reading"],
    "begin": ["began", "begun", "begins", "beginning"],
    "shoot": ["shot", "shoots", "shooting"],
    "swear": ["swore", "sworn", "swears", "swearing"],
    "teach": ["taught", "teaches", "teaching"],
    "spell": ["spelled", "spelt", "spells", "spelling"],
}


# Verbs that double their last consonant: "admitted", "slamming".
_DOUBLING = {"snap", "jab", "rebut", "quip", "refer", "concur", "deadpan", "beg", "sum", "admit", "brag", "dub", "slam",
             "aver", "pan"}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma]]
    if lemma in _DOUBLING:
        return [lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    if lemma.endswith("ee"):
        return [lemma, lemma + "s", lemma + "d", lemma + "ing"]
    if lemma.endswith("o"):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", lemma + "d", stem + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


SPEECH_FORMS: dict[str, str] = {}
for _lemma in SPEECH_LEMMAS:
    for _form in _inflect(_lemma):
        SPEECH_FORMS.setdefault(_form, _lemma)

# Verbs that only attribute when they take a quote as complement (e.g. "called it 'good'").
WEAK_SPEECH = {"call", "describe", "label", "brand", "characterize", "term", "dub", "praise", "thank",
               "welcome", "hail", "offer", "begin", "point", "refer", "read", "shoot", "echo", "cite", "portray",
               "laud", "applaud", "pan", "defend", "crack"}

# Words dropped from the front of a name ("NATO Secretary-General Mark Rutte" -> "Mark Rutte").
TITLES = set("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. st st.
president vice vice-president secretary secretary-general general gen gen. lt lt. col col. maj maj.
sgt sgt. capt capt. adm adm. cmdr cmdr. cpl cpl. pvt pvt. const const. constable det det. detective supt supt. insp insp.
sen sen. senator rep rep. representative father rabbi imam bishop cardinal archbishop pastor
congressman congresswoman congresswomen gov gov. governor lt.-gov. mayor judge justice chief chairman
chairwoman chair minister prime premier chancellor ambassador attorney speaker leader director
commissioner sheriff officer inspector pope king queen prince princess emperor sheikh ayatollah
former late acting deputy assistant executive press spokesman spokeswoman spokesperson candidate
nominee hon hon. the u.s. us nato democratic republican gop democrat democrats republicans staff state
councillor councilor councilman councilwoman alderman alderwoman treasurer ceo atty atty. dist dist. asst asst.
undersheriff assemblyman assemblywoman assemblymember manager whip advocate examiner coroner comptroller
superintendent auditor admiral colonel captain sergeant lieutenant commander corporal brigadier
""".split())


PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
RELATIVE = {"who", "which", "that", "whom"}
# words for a share of a group ("Some of the protesters", "says one")
QUANTIFIERS = {"some", "many", "most", "several", "few", "all", "one", "two", "three", "dozens", "hundreds", "thousands"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"}


_BRITISH = re.compile(r"is(e|es|ed|ing)$")


def speech_lemma(word: str) -> str | None:
    """The speech verb lemma of an inflected form (British "-ise" spellings too), or None."""
    low = word.lower()
    return SPEECH_FORMS.get(low) or (SPEECH_FORMS.get(_BRITISH.sub(r"iz\1", low)) if "is" in low else None)

# Common given names and their usual gender (given_names.json), for a speaker's gender when the article
# itself does not show it. Ambiguous names (Jordan, Jamie) and names that are also places are left out.
_GIVEN = json.loads(resources.files("corroborate.quotes").joinpath("given_names.json").read_text("utf-8"))
FEMALE_NAMES: frozenset[str] = frozenset(_GIVEN["f"])
MALE_NAMES: frozenset[str] = frozenset(_GIVEN["m"])
