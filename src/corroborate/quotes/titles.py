"""Quoted capitalised words that name something rather than report words: a work's title, a name used as a noun."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.quotes import roles
from corroborate.quotes.marks import MarkSpan
from corroborate.quotes.roles import ROLE_NOUNS
from corroborate.quotes.mentions import personal_noun

TITLE_SMALL = {"of", "the", "a", "an", "and", "to", "in", "on", "with", "for", "at", "by", "or", "from", "is", "&"}
_NAMING = {"called", "named", "dubbed", "titled", "entitled", "billed", "nicknamed"}
_WORK_PARTS = {"sequel", "prequel", "franchise", "series", "studio", "film", "movie", "show", "episode", "season",
               "book", "novel", "saga", "cast", "set", "premiere", "finale", "trilogy", "remake", "concert", "concerts",
               "tour"}


def named_thing(text: str, span: MarkSpan, doc: Doc | None, base: int) -> str | None:
    """How a capitalised quote that the parse of its paragraph (`doc`, at `base`) uses as a noun, not as words said,
    is used: "subject", a short one ('"Moon" will be adapted'); "work", a work's name before its people or parts
    ('the "Avatar" star', the "Twilight" sequel); "called", the name a thing is called ('a play called "Los Hijos
    de Trump"'). None for any other quote."""
    quoted = text[span.start : span.end]
    n = len(quoted.split())
    if doc is None or n > 8 or not title_case(quoted) or quoted.split()[0] in ("I", "We"):
        return None
    if (found := doc.char_span(span.start - base, span.end - base, alignment_mode="contract")) is None:
        return None
    words = [t for t in found if not t.is_punct]
    root = next((t for t in words if t.head not in words), None)  # (not the comma inside the marks)
    if root is None:
        return None
    if root.dep_ == "oprd" and root.head.lower_ in _NAMING and root.head.dep_ == "acl":
        return "called"  # (not "Trump called him 'Little Marco'": a finite verb reports words)
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        root = root.head.head  # '"Moon," like "Twilight," is based on ...'
    # a work's name before the people or things of the work: not '"D-minus" rating', '"Leave" supporters'
    if n <= 3 and root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i \
            and (roles.norm(root.head.text) in ROLE_NOUNS or root.head.lower_ in _WORK_PARTS):
        return "work"
    return "subject" if n <= 2 and root.dep_ in ("nsubj", "nsubjpass") else None


_CALLING = {"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
            "brand", "brands", "branded", "nickname", "nicknames", "nicknamed"}


def calls_someone(verb: Token | None) -> bool:
    """A subject's own verb of naming ('he called Rubio "Little Marco"', 'Jacobs called Merkel "The Chancellor of
    the Free World"'): the name it gives is the subject's words, however capitalised; not 'a play called ...'."""
    if verb is None or verb.lower_ not in _CALLING or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    # someone's: not 'a collection from Garry Trudeau called "Yuge!"' parsed with the collection as subject
    return any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or personal_noun(c.text)) for c in verb.children)


def title_case(words: str, most: int = 8) -> bool:
    """Capitalised words (at most `most`), small ones between, no sentence inside: how a work's name is written."""
    parts = words.rstrip(".,").split()
    return 0 < len(parts) <= most and not any(c in words.rstrip(".,") for c in ".;!?") and parts[0][:1].isupper() \
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in parts)


def title_like(quoted: str) -> bool:
    """Title Case with no clause punctuation ("Meet the Press", "This Week with ..."): a title."""
    quoted = quoted.rstrip(".,")  # "on CBS's 'Face the Nation,' Lee said": the comma is the sentence's
    head, colon, tail = quoted.partition(": ")
    if colon and head[:1].isupper() and len(head.split()) <= 3:  # a book's subtitle: "Backfire: The Battle for HP"
        return all(w[:1].isupper() or w.lower() in TITLE_SMALL for w in head.split()) and title_like(tail)
    words = quoted.split()
    if len(words) < 2 or len(words) > 10 or any(c in quoted for c in ",;:!?"):
        return False
    caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    rest = [w for w in words if w not in caps]
    return len(caps) >= 2 and all(w.lower() in TITLE_SMALL for w in rest) and words[0] not in ("I", "We")
