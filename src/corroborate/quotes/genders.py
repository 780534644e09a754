"""Gender evidence for the names of one text: the pronouns after each mention, and the titles and gendered
nouns beside it. NameIndex (names.py) counts it once per text; `NameIndex.gender` reads the votes."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corroborate.quotes.nameforms import GENDERED_NOUNS, SENT_OPEN

if TYPE_CHECKING:
    from corroborate.quotes.names import Name

_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b")
_PREP_BEFORE = re.compile(r"\b(?:in|at|of|from|to|for|outside|near|into|across|on|by|with|against|about)\s+(?:the\s+)?$",
                          re.I)
_WORDS = re.compile(r"[a-z]+")
_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "madam"}


def count_gender_evidence(text: str, mentions: list[tuple[int, int, Name]], in_quote: Callable[[int], bool]) -> None:
    """Count he/his vs she/her in the words that follow each mention, before the next name (a name after a
    preposition, "lives outside Minneapolis, says he", does not cut the window and gets no vote); a title or
    gendered noun next to a mention ("Mrs.", "his wife, Jane") counts more. Pronouns inside quotes are the
    speaker's words, no evidence. Votes go to each mention's `Name.gender`."""
    after_prep = [bool(_PREP_BEFORE.search(text, max(0, s - 12), s)) for s, _, _ in mentions]
    for i, (start, end, name) in enumerate(mentions):
        stop = next((s for k, (s, _, _) in enumerate(mentions[i + 1 :], i + 1) if not after_prep[k]), len(text))
        if not after_prep[i]:
            m = next((m for m in _PRONOUN.finditer(text.lower(), end, min(stop, end + 200))
                      if not in_quote(m.start())), None)
            if m:  # a "She" opening the next sentence after a sentence the name opens counts twice
                twice = text[m.start()].isupper() and SENT_OPEN.search(text, max(0, start - 12), start)
                name.gender["f" if m.group(1) in ("she", "her", "hers") else "m"] += 2 if twice else 1
        before = text[max(0, start - 5) : start]
        if re.search(r"\bMr\.? $", before):
            name.gender["m"] += 3
            name.personal = True
        elif re.search(r"\bM(r)?s\.? $", before):
            name.gender["f"] += 3
            name.personal = True
        near = _WORDS.findall(text[max(0, start - 25) : start].lower())[-1:]
        if text[end : end + 2] in (", ", ",\u00a0"):  # "Jane Tolan, his wife," / "Jane Tolan, a spokeswoman"
            after = _WORDS.findall(text[end : end + 30].lower())[:2]
            after = after[1:] if after and after[0] in ("a", "an", "the", "his", "her", "their") else after[:1]
            near += [w for w in after if w not in _TITLE_WORDS]  # "Coralville, Iowa, Mr. Bush": a new name
        for w in near:
            if w in GENDERED_NOUNS:
                name.gender[GENDERED_NOUNS[w]] += 2
                name.personal = True
                break
