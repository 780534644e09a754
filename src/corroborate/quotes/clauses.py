"""Parse helpers for attribution: speech verbs over a quote, the outer source, transcript labels, titles."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from corroborate.quotes.cues import WEAK_SPEECH, speech_lemma
from corroborate.quotes.sources import named_object, speaker_noun
from corroborate.quotes.subjects import subject_of

_CLAUSE_DEPS = {"ccomp", "parataxis", "conj", "advcl", "xcomp", "acomp", "relcl", "dobj", "pobj", "prep", "pcomp"}
_OUTER_LEMMAS = {"report", "say", "write", "tell", "note", "add", "explain", "argue", "claim", "insist", "warn", "admit", "acknowledge",
                 "state"}
_WHEN_PREPS = {"after", "before", "during", "since", "until", "following"}
_NAME_TOKEN = re.compile(r"[A-Z][\w.’'\-]*$")


_FINDS = {"find", "finds", "found"}
_GO_ON = {"go", "goes", "went", "going", "gone"}
_HIT_BACK = {"fire", "fires", "fired", "firing", "hit", "hits", "hitting", "push", "pushes", "pushed", "pushing"}


def is_speech(tok: Token, governs: bool) -> bool:
    """A speech verb ("said", "according"); weak ones ("called") only where they govern the quote."""
    if tok.lower_ == "according":
        return True
    if tok.lower_ in _GO_ON and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children):
        return True  # '"...," Trump went on'
    if tok.lower_ in _HIT_BACK and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children):
        return True  # 'Rubio fired back: "..."'
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and (tok.tag_ == "VBZ" or (
            tok.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in tok.children)))):
        return False  # (a plural noun with a subject is a verb the tagger misread: 'Article 33 affirms: "..."')
    if tok.lower_.startswith("remind") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # 'schools that reminded him of "a third-world country"': what comes to mind, not words said
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without" and not any(c.dep_ == "auxpass" for c in tok.children):
        return False  # '"bully" -- all without speaking his name': the subject's words not said
    if tok.lower_ in _FINDS:  # a study's finding, where it governs the quote and has a finder: "Pew found that '...'",
        return governs and any(c.dep_ == "nsubj" for c in tok.children)  # not "was found guilty of '...'"
    lemma = speech_lemma(tok.lower_)
    return lemma is not None and (governs or lemma not in WEAK_SPEECH)


def heads_outside(inside: list[Token], ids: set[int], limit: int) -> Iterator[list[Token]]:
    """For each token of a quote whose head lies outside it, the chain of heads above it (at most `limit`)."""
    for tok in inside:
        if tok.head.i in ids:
            continue
        chain, cur = [], tok
        for _ in range(limit):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            chain.append(cur)
        yield chain


def as_report(tokens: Iterable[Token], quoted: Callable[[Token], bool]) -> Token | None:
    """A speech verb in an "as" clause among `tokens` ("As the Times reported, ...", "as Lee put it"): it names
    the source of what the sentence goes on to quote."""
    for tok in tokens:
        put_it = tok.lower_ in ("put", "puts") and any(c.lower_ == "it" for c in tok.children)
        if not quoted(tok) and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and (
                is_speech(tok, governs=True) or put_it):
            if any(c.dep_ == "nsubj" and not quoted(c) for c in tok.children):
                return tok
    return None


def outer_source(verb: Token, quoted: Callable[[Token], bool], after: int = -1) -> Token:
    """The verb whose source a quote is credited to: "according to CNN" in the sentence, else a reporting
    verb the quote's clause hangs from ("Brandt said the council told farmers '...'" -> said), through
    relative clauses and objects too ("Lee said he read a report that warned of '...'" -> said). Verbs before
    token `after` are not climbed to."""
    if verb.lower_ == "according":
        return verb
    for tok in verb.sent:
        if tok.lower_ == "according" and not quoted(tok) and not _in_content(tok, verb) and any(
                c.lower_ == "to" and any(o.dep_ == "pobj" and not quoted(o) for o in c.children) for c in tok.children):
            return tok
    if (did := _as_did(verb, quoted)) is not None:
        return did  # 'hosts report that "...," as Heather Childers recently did': the one who did
    if any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children) and \
            any(c.dep_ == "nsubj" and not quoted(c) for c in verb.children):
        return verb  # "..., in what one officer described as '...'": the officer's label, whoever reports it
    cur = verb
    finding = verb.lower_ in _FINDS  # what a study found is reported by whoever speaks above it
    for _ in range(6):
        if (aside := _aside_report(cur, quoted)) is not None:
            return aside
        if cur.head.i == cur.i or cur.dep_ not in _CLAUSE_DEPS:
            break
        if (cur.dep_ == "conj" or (cur.dep_ == "advcl" and (cur.i < cur.head.i or _contrast(cur)))) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children) and not _reported(cur):
            break  # "Lee spoke and Kim said '...'", "as Kim claimed '...', Lee said": a clause of its own
        if (cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.dep_ == "ROOT") or (
                cur.dep_ == "prep" and cur.lower_ in _WHEN_PREPS):
            break  # "Amid what Kim called '...', Lee says", "Lee said after a hearing where Kim said she was '...'":
            # a phrase beside the report, not in it
        if cur.head.i < after:
            break
        cur = cur.head
        lemma = speech_lemma(cur.lower_)
        if not quoted(cur) and cur.pos_ in ("VERB", "AUX") and (lemma in _OUTER_LEMMAS or (finding and lemma)) \
                and subject_of(cur, quoted) is not None:
            return cur
    return verb


def _contrast(clause: Token) -> bool:
    """An adverbial clause set against the one it hangs on: "... while Cerar said '...'", "whereas Kim wrote"."""
    return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "although", "though") for c in clause.children)


TELLS = {"say", "tell", "write", "add", "explain", "reply", "answer", "recall", "respond", "insist", "admit"}


def first_person(inside: list[Token]) -> bool:
    """Whether the quoted words speak as "I": the words of whoever is reported, not of who reports them."""
    return any(t.lower_ in ("i", "me", "my", "myself", "mine") for t in inside)


def _as_did(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """An "as NAME did" after a report, on it or the clause it completes: the one instance of it named."""
    for cur in (verb, verb.head, verb.head.head):
        for c in cur.children:
            if c.dep_ == "advcl" and c.i > verb.i and c.lower_ in ("did", "does", "do") and not quoted(c) \
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) \
                    and any(n.dep_ == "nsubj" and not quoted(n) for n in c.children):
                return c
    return None


def _aside_report(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """A report set off by commas inside the clause: "CNN, Cruz said, called it '...'" is Cruz's account."""
    for c in verb.children:
        if c.dep_ == "parataxis" and c.i < verb.i and not quoted(c) and is_speech(c, governs=False) \
                and not any(g.dep_ in ("ccomp", "dobj") for g in c.children) and subject_of(c, quoted) is not None:
            return c
    return None


def _reported(clause: Token) -> bool:
    """A coordinated clause opened by "that" continues what is reported: "Lee said X and that Kim faced '...'"."""
    return clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in clause.children)


def _in_content(tok: Token, verb: Token) -> bool:
    """Whether `tok` lies in what `verb` reports ("Lee said that according to its data ..."), not beside it."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.left_edge.i <= tok.i <= child.right_edge.i:
            return True
    return False


_DASHES = ("-", "–", "—", "--")


def dash_label(last: Token) -> Span | None:
    """A capitalised run between a dash and a colon that opens a quote, whatever its tags: 'Estimates are
    off - Pew Research: "..."', as in a roundup of sources."""
    doc = last.doc
    first = last
    while first.i > last.sent.start and last.i - first.i < 3 and _NAME_TOKEN.match(doc[first.i - 1].text):
        first = doc[first.i - 1]
    ok = _NAME_TOKEN.match(last.text) and first.i > 0 and doc[first.i - 1].text in _DASHES
    return doc[first.i : last.i + 1] if ok and last.ent_type_ not in ("DATE", "TIME") else None


# capitalised words before a colon that head a section, not a speaker: "UPDATE: '...'"
_SECTION_LABELS = {"update", "updated", "note", "watch", "breaking", "correction", "editor", "read", "more", "related",
                   "video", "photos", "listen", "see", "also", "warning", "exclusive", "analysis", "opinion", "q", "a"}


def label_before(last: Token) -> Token | None:
    """A bare name before a colon that opens a quote, as in a transcript: 'Bush: "..."', 'More from Lee:',
    'Rep. Al Reyes (D-Texas):'."""
    doc = last.doc
    if last.text == ")":  # a party and state in parentheses after the name
        k = last.i - 1
        while k > last.sent.start and last.i - k < 8 and doc[k].text != "(":
            k -= 1
        if doc[k].text != "(" or k == last.sent.start:
            return None
        last = doc[k - 1]
    # a transcript's speaker in capitals opening its line ("POOLE:"), which the tagger may take for a noun
    shouted = last.i == last.sent.start and last.is_alpha and last.is_upper and len(last.text) > 1 \
        and last.lower_ not in _SECTION_LABELS
    if (last.pos_ != "PROPN" and last.ent_type_ not in ("PERSON", "ORG") and not shouted) \
            or not _NAME_TOKEN.match(last.text):
        return None
    first = last
    while first.i > last.sent.start and last.i - first.i < 6 and (
            doc[first.i - 1].pos_ == "PROPN"
            or (doc[first.i - 1].lower_ == "and" and first.i - 2 >= last.sent.start and doc[first.i - 2].pos_ == "PROPN")):
        first = doc[first.i - 1]  # "Bush:", "More from Lee and Cohen:"
    prev = doc[first.i - 1] if first.i > last.sent.start else None
    if prev is not None and prev.lower_ in ("’s", "'s"):  # a byline: 'by the Post's Ann Lee:'
        k = prev.i - 1
        while k > last.sent.start and (doc[k].pos_ == "PROPN" or doc[k].lower_ == "the"):
            k -= 1
        prev = doc[k] if doc[k].lower_ in ("by", "from") else prev
    ok = prev is None or prev.is_punct or prev.is_quote or prev.lower_ in ("from", "by")
    return last if ok and last.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") else None


def lead_verb(doc: Doc, first: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """A verb (with a subject) right before the opening mark, past a comma or colon and adverbs."""
    j = first.i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 0 or doc[j].text not in (",", ":"):
        return None
    j -= 1
    while j >= 0 and doc[j].pos_ in ("ADV", "ADP", "PART") and doc[j].dep_ in ("advmod", "prt", "prep"):
        j -= 1
    if j < 0 or quoted(doc[j]) or doc[j].pos_ != "VERB" or doc[j].tag_ in ("VBG", "VBN"):
        return None
    subj = subject_of(doc[j], quoted)
    return doc[j] if subj is not None and subj.lower_ not in ("what", "who", "which", "that") else None


def tail_verb(doc: Doc, last: Token, quoted: Callable[[Token], bool], limit: int = 7) -> Token | None:
    """The finite verb of a short clause between a quote's closing mark and the end of its sentence
    ('"...," an angry Hollande retaliated.'), when it has a subject outside the quote, or of an inverted
    clause with a named subject of any length ('"...!" beamed Don Hartley of Madison, who ...')."""
    j = last.i + 1
    while j < len(doc) and j - last.i <= limit and (doc[j].is_quote or quoted(doc[j])):
        j += 1
    if j < len(doc) - 1 and doc[j].pos_ == "VERB" and doc[j].tag_ in ("VBD", "VBZ") and not quoted(doc[j]):
        # inverted, however long the subject's apposition: '"...!" beamed Don Hartley of Madison, who ...'
        subj = subject_of(doc[j], quoted)
        if subj is not None and subj.i > j and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON"):
            return doc[j]
    k = j
    while k < len(doc) and k - j <= limit and doc[k].text not in (".", "!", "?", ";") and not doc[k].is_quote \
            and not quoted(doc[k]):
        k += 1
    if k == j or k - j > limit or k >= len(doc) or doc[k].text not in (".", "!", "?", ";"):
        return None
    for tok in doc[j:k]:
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            subj = subject_of(tok, quoted)
            return tok if subj is not None and subj.i >= j and speaker_noun(subj) else None
    return None


def trailing_attribution(doc: Doc, last: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The speech verb of an attribution right after a quote's closing mark: '"...?" asked Dunn' or
    '"...," Dunn said.', where a name stands next to the verb on the side away from the quote."""
    j = last.i + 1
    while j < len(doc) and j - last.i <= 3 and (doc[j].is_quote or doc[j].is_punct) and doc[j].text not in ".;":
        j += 1
    if j == last.i + 1 or j >= len(doc) - 1 or quoted(doc[j]) or last.text == ".":
        return None
    if doc[j].sent.start != last.sent.start and last.text not in ("?", "!"):
        return None  # '“...buckle up.” Another advised,' begins a sentence of its own; '"...?" Lee asked' does not
    if speech_lemma(doc[j].lower_) and doc[j].pos_ == "VERB" and doc[j + 1].pos_ == "PROPN":
        return doc[j]  # inverted: '” asked Dunn'
    for k in range(j + 1, min(j + 6, len(doc) - 1)):
        verb = doc[k]
        if speech_lemma(verb.lower_) and verb.pos_ == "VERB" and doc[k + 1].text in ".,":
            # '” Dunn said.', '” the Florida senator said.': the verb's subject fills the gap up to it
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == k - 1), None)
            return verb if subj is not None and subj.left_edge.i == j and speaker_noun(subj) else None
    return None


# Nouns for something said: their possessor said it ("Lee's claim that the plan 'will fail'").
SPEECH_NOUNS = set("""
claim assertion pledge promise accusation comment remark statement response answer reply warning argument
conclusion admission insistence suggestion description slogan phrase vow declaration broadside charge complaint
critique denial tweet boast threat demand plea prediction retort quip refrain mantra motto explanation contention
characterization insult nickname chant cry words
""".split())
_NO_OWNER = {"its", "our", "my", "your", "their", "whose"}
_BE = {"is", "was", "are", "were", "be", "been"}
_ABOUT = {"of", "about", "on", "against", "to", "for", "regarding"}


def speech_owner(tok: Token, below: Token | None, quoted: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """(noun, possessor) when `tok` is a possessed noun for speech whose content holds the quote (`below` is
    the token under `tok` on the way up from the quote): "Trump's claim that Obama '...'", "his pledge to be
    '...'", or a copula with such a subject and a that-clause: "Rubio's answer was that '...'"; else None.
    Not "Lee said Trump's remarks were '...'": there the quote judges the remarks."""
    if below is None:
        return None
    noun = tok
    if tok.lower_ in _BE:
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and not quoted(c)), None)
        if noun is None or below.dep_ != "ccomp":
            return None
    elif below.dep_ not in ("acl", "relcl", "ccomp", "compound", "nmod", "amod") \
            and not (below.dep_ == "prep" and below.lower_ in _ABOUT):
        return None  # not "Lee played down Kim's comments as '...'": that is Lee's view of them
    if below.dep_ == "prep" and below.lower_ != "of" and noun.dep_ in ("dobj", "oprd") \
            and speech_lemma(noun.head.lower_) in WEAK_SPEECH:
        # "Ryan called Trump's remarks about the judge '...'": the caller's word for them; not so an "of"
        # content ("called her assertion of a 'claim of right' ...")
        return None
    owner = _owner_of_words(noun, quoted)
    return (noun, owner) if owner is not None else None


def owner_before_that(below: Token | None, quoted: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """(noun, possessor) for a that-clause the parse hangs on a verb though it follows a possessed noun for
    speech: 'Trump stood by his comment Monday that "Islam hates us"' -> (comment, his)."""
    mark = next((c for c in below.children if c.dep_ == "mark"), None) if below is not None else None
    if below is None or below.dep_ != "ccomp" or mark is None or mark.lower_ != "that" or mark.i < 1:
        return None
    noun = below.doc[mark.i - 1]
    while noun.i > 0 and noun.ent_type_ in ("DATE", "TIME") and noun.dep_ in ("npadvmod", "compound"):
        noun = noun.doc[noun.i - 1]  # "his comment Monday that"
    owner = _owner_of_words(noun, quoted)
    return (noun, owner) if owner is not None else None


def _owner_of_words(noun: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The possessor of a noun for words ("Lee's answer", "his pledge"), or None."""
    low = noun.lower_
    if noun.pos_ != "NOUN" or (low not in SPEECH_NOUNS and low[:-1] not in SPEECH_NOUNS) or quoted(noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and not quoted(c) and c.lower_ not in _NO_OWNER), None)


def reporting_verb_above(tok: Token, quoted: Callable[[Token], bool], limit: int = 8) -> Token | None:
    """A reporting verb ("said", "argued") with a subject among the heads above `tok`, or None."""
    cur = tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if not quoted(cur) and cur.pos_ in ("VERB", "AUX") and speech_lemma(cur.lower_) in _OUTER_LEMMAS \
                and subject_of(cur, quoted) is not None:
            return cur
    return None


# texts that speak for their authors
_TEXTS = set("""
calculation document email letter study paper report analysis memo statement book message ad video post tweet
release survey filing complaint lawsuit estimate figure research review editorial column article transcript note
record assessment audit brief
""".split())


def author_of(subj: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """The named author of a text that speaks: "according to calculations by Amy Lee", "a court document
    filed by Jo Cole", "a letter from the American Legion"; the owner of words: "Lee's answer was simple"."""
    if (owner := _owner_of_words(subj, quoted)) is not None:
        return owner
    low = subj.lower_
    if subj.pos_ != "NOUN" or subj.ent_type_ or (low not in _TEXTS and low.rstrip("s") not in _TEXTS):
        return None
    heads = [subj] + [c for c in subj.children if c.dep_ == "acl"]  # "a document filed by ..."
    for head in heads:
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
                obj = named_object(prep, quoted)
                if obj is not None:
                    return obj
    return None


_NAMING_LEMMAS = {"call", "label", "brand", "dub", "term", "characterize"}


def naming_before(doc: Doc, first: Token, quoted: Callable[[Token], bool]) -> tuple[Token, Token | None] | None:
    """(verb, namer) where the words before the opening mark are a naming verb and its object, which the quote
    names, though the parse hangs the quote elsewhere: 'Beruff, a Scott ally, called Florida's standards
    "strong."', 'the campaign called AP's report a "rush to judgment."' The namer is the noun a participle
    reading of the verb hangs from (None when the verb has a subject of its own). Not 'a class called
    "Perception"': with no object between, the quote is a name."""
    j = first.i - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j >= 0 and doc[j].lower_ in ("a", "an"):
        j -= 1
    if j < 1 or quoted(doc[j]) or doc[j].is_punct:
        return None
    obj = doc[j]
    while obj.dep_ in ("compound", "amod", "poss", "case", "det") and obj.head.i > obj.i:
        obj = obj.head  # "Florida 's standards": up to the noun
    verb = obj.head
    if obj.dep_ not in ("dobj", "oprd") or verb.i >= obj.i or quoted(verb) \
            or speech_lemma(verb.lower_) not in _NAMING_LEMMAS or any(t.is_punct for t in doc[verb.i + 1 : j]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and not quoted(c) for c in verb.children):
        return verb, None
    namer = verb.head
    if verb.dep_ == "acl" and namer.i < verb.i and not quoted(namer) and speaker_noun(namer) and namer.pos_ != "PRON":
        return verb, namer
    return None
