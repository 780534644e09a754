"""A linear ranker over candidate antecedents of a speaker pronoun ("he said").

Candidates are the persons named (or already resolved as speakers) in the sentences before the
pronoun; each gets cheap features of position, role and gender. Weights are learnt from PolNeAR
train by `python -m corroborate.quotes.train` and shipped as `ranker_weights.json`.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from corroborate.nlp import TITLE_ABBREVIATIONS
from corroborate.quotes.cues import speech_lemma
from corroborate.quotes.nameforms import surname

if TYPE_CHECKING:
    from corroborate.quotes.speakers import Resolver

FEATURES = (
    "bias", "sent0", "sent1", "sent2", "sent3_4", "sent5p", "para0", "para1", "recency0", "recency1", "recency2p",
    "first_in_sent", "sent_initial", "before_speech_verb", "after_preposition", "possessive",
    "last_speaker", "speaker_in_window", "gender_match", "gender_unknown", "gender_mismatch",
    "log_count_window", "log_count_article", "titled", "multiword",
    "para_initial", "appositive", "sent_speech_verb", "compat_rank0", "compat_rank1", "only_compatible",
    "named_in_own_quotes", "log_char_dist", "ner_person",
)
_SPEECH_WORD = re.compile(r"\b(said|says|told|tells|added|adds|wrote|writes|asked|argued|noted|explained|continued|according)\b")
_PREPS = {"of", "to", "with", "by", "for", "from", "against", "about", "on", "at", "than", "and", "or", "as", "like", "between"}
# the word after a name, past "of New York", a party and state "(D-Nev.)", an apposition between commas and
# an adverb: its verb
_WORD_AFTER = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s*){1,3})?(?:\s*\([^()]{1,20}\))?"
                         r"(?:,[^,.;:“”\"]{1,60},)?"
                         r"\s*(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(\w+)")
_WORD_BEFORE = re.compile(r"(\w+)[\s,]*$")
MAX_SENTS = 8


def candidates(res: Resolver, pos: int, gender: str | None) -> list[tuple[str, list[float]]]:
    """(name, feature vector) for each person that could be meant at `pos`."""
    here = res.sentence_of(pos)
    lo_sent = max(0, here - MAX_SENTS)
    lo = res.sent_starts[lo_sent]
    para_of = res.paragraph_of
    mentions: dict[str, list[tuple[int, int, bool]]] = {}  # name -> (start, end, is_speaker_event)
    for start, end, full in res.names.persons_before(pos, lo):
        if not res.in_quote(start) and not (gender and (res.names.always_after_the(full) or res.names.common_noun(full))):
            mentions.setdefault(full, []).append((start, end, False))
    last_speaker = None
    for start, full in res.events:
        if start >= pos:
            break
        last_speaker = full
        if start >= lo:
            mentions.setdefault(full, []).append((start, start + 1, True))
    order = sorted(mentions, key=lambda n: -max(m[0] for m in mentions[n]))
    out = []
    text = res.text
    compat_seen = 0
    own_quotes = paragraph_quotes(res, pos)
    genders = {name: res.names.gender(name) for name in order}
    n_compat = sum(1 for g in genders.values() if gender is not None and g in (gender, None))
    for rank, name in enumerate(order):
        ms = sorted(mentions[name], key=lambda m: -m[0])
        start, end, _ = ms[0]
        lead = _lead_in(text, start)  # "Mr. Lim", "Sen. Jo Cole": the title opens the noun phrase
        sent = res.sentence_of(start)
        sd = here - sent
        pd = para_of(pos) - para_of(start)
        sent_start = res.sent_starts[sent]
        first_in_sent = all(s >= start for s, _, _ in _in_sentence(res, mentions, sent))
        before = _WORD_BEFORE.search(text, max(0, lead - 30), lead)
        g = genders[name]
        compatible = gender is None or g in (gender, None)
        para_start = res.para_starts[para_of(start)]
        sent_end = res.sent_starts[sent + 1] if sent + 1 < len(res.sent_starts) else len(text)
        count_article = sum(n.count for n in res.names.lookup(name))
        f = {
            "bias": 1.0, "sent0": sd == 0, "sent1": sd == 1, "sent2": sd == 2, "sent3_4": 3 <= sd <= 4, "sent5p": sd >= 5,
            "para0": pd == 0, "para1": pd == 1, "recency0": rank == 0, "recency1": rank == 1, "recency2p": rank >= 2,
            "first_in_sent": first_in_sent, "sent_initial": text[sent_start:lead].strip() == "",
            "before_speech_verb": speech_verb_after(text, end),
            "after_preposition": bool(before and before.group(1).lower() in _PREPS),
            "possessive": text[end : end + 2] in ("'s", "’s"),
            "last_speaker": name == last_speaker, "speaker_in_window": any(m[2] for m in ms),
            "gender_match": gender is not None and g == gender, "gender_unknown": g is None,
            "gender_mismatch": gender is not None and g is not None and g != gender,
            "log_count_window": math.log1p(len(ms)), "log_count_article": math.log1p(count_article),
            "titled": any(n.titled for n in res.names.lookup(name)), "multiword": " " in name,
            "para_initial": text[para_start:lead].strip() == "",
            "appositive": bool(re.match(r",\s+(a|an|the|who|[a-z]+'s|[a-z]+’s)\b", text[end : end + 12])),
            "sent_speech_verb": bool(_SPEECH_WORD.search(text, sent_start, sent_end)),
            "compat_rank0": compatible and compat_seen == 0, "compat_rank1": compatible and compat_seen == 1,
            "only_compatible": compatible and n_compat == 1,
            # people seldom name themselves: a name inside the quotes being attributed is someone else
            "named_in_own_quotes": bool(re.search(rf"\b{re.escape(surname(name))}\b", own_quotes)),
            "log_char_dist": math.log1p(max(0, pos - start)) / 10,
            "ner_person": name.lower() in res.names.persons or surname(name).lower() in {
                surname(p) for p in res.names.persons if p},
        }
        compat_seen += compatible
        out.append((name, [float(f[k]) for k in FEATURES]))
    return out


_TITLE_BEFORE = re.compile(rf"(?:\b(?:{TITLE_ABBREVIATIONS})\.?\s+)+$")


def speech_verb_after(text: str, end: int) -> bool:
    """Whether the verb after a name ending at `end` is a speech verb ("Lee, a senator, said")."""
    after = _WORD_AFTER.match(text, end)
    # a capitalised word past an apposition is the next name ("Corey Lewandowski, and his spokeswoman, Hope")
    return bool(after and after.group(1).islower() and speech_lemma(after.group(1)))


def _lead_in(text: str, start: int) -> int:
    """Where a name's noun phrase starts: before an abbreviated title ("Mr. ", "Sen. ")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m else start


def paragraph_quotes(res: Resolver, pos: int) -> str:
    """The quoted text of the paragraph holding `pos`."""
    para = res.paragraph_of(pos)
    lo = res.para_starts[para]
    hi = res.para_starts[para + 1] if para + 1 < len(res.para_starts) else len(res.text)
    return " ".join(res.text[a:b] for a, b in res._q_regions if a < hi and b > lo)


def _in_sentence(res: Resolver, mentions: dict, sent: int) -> list[tuple[int, int, bool]]:
    return [m for ms in mentions.values() for m in ms if res.sentence_of(m[0]) == sent]


@lru_cache(maxsize=1)
def weights() -> list[float] | None:
    try:
        raw = resources.files("corroborate.quotes").joinpath("ranker_weights.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = json.loads(raw)
    if list(data.get("features", [])) != list(FEATURES):
        return None
    return [float(w) for w in data["weights"]]


def best(cands: list[tuple[str, list[float]]]) -> str | None:
    """The highest-scoring candidate of matching gender (None when there is none or no weights)."""
    w = weights()
    if not cands or w is None:
        return None
    mismatch = FEATURES.index("gender_mismatch")
    # agreement is a constraint: the best of matching gender, and no one when only the other gender is left
    top = max(cands, key=lambda c: (c[1][mismatch] == 0, sum(a * b for a, b in zip(w, c[1]))))
    return None if top[1][mismatch] else top[0]
