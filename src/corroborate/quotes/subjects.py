"""Where the parse names a speaker: the subject of a speech verb (mentions.py says what it stands for)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.quotes.cues import RELATIVE, WEAK_SPEECH, speech_lemma
from corroborate.quotes.mentions import personal_noun

# Speech verbs whose next name is their object, never an inverted subject ("called Trump a ...").
_TAKES_OBJECT = WEAK_SPEECH | set("""
tell ask urge remind assure inform accuse blame criticize question press mock thank praise quote cite slam blast
lash scold tease taunt hail welcome advise implore lecture interrupt counsel attack
""".split())


def subject_of(verb: Token, skip: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The speaker token of a speech verb: its subject, or its governor's for 'saying' / 'adding'.

    Tokens for which `skip` is true (words inside quotes) are never the subject.
    """
    found = _object_speaking(verb, skip) or _misread_name(verb, skip) or _subject_up(verb, skip)
    if found is not None and found.is_upper and len(found) > 2 and (dash := _dateline_dash(found)) is not None:
        # a dateline the parse took for the subject: "TALLAHASSEE — Rep. Gwen Graham on Friday pummeled ...",
        # "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released": who follows the dash
        found = next((c for c in found.head.children if c.dep_ == found.dep_ and c.i > dash.i and not skip(c)),
                     None) or next((c for c in found.children if c.dep_ == "appos" and not skip(c)), found)
    if found is not None and found.i + 1 < len(found.doc) and _joining_hyphen(found.doc[found.i + 1]):
        # "Blaze co-host Stu Burguiere" parsed with "co" as the subject: the person the role word leads to
        for nxt in found.doc[found.i + 2 : found.i + 6]:
            if nxt.ent_type_ == "PERSON" and not skip(nxt):
                found = nxt
                break
    if found is not None and found.ent_type_ == "PERSON":
        # "Or maybe Jeb Bush, digital consultant Phil Musser says.": the name next to the verb speaks, not the
        # one the parse makes it an apposition of (set off by commas on both sides it would be one)
        found = next((c for c in found.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not skip(c)
                      and c.right_edge.i + 1 == verb.i), found)
    if found is not None and _inverted_at_end(verb, skip):
        found = None  # "... by agencies, argued the NRDC.": the subject follows the verb, not the clause's
    after_quote = verb.i > 0 and verb.doc[verb.i - 1].is_quote
    if found is None and verb.i + 1 < len(verb.doc) and (speech_lemma(verb.lower_) not in _TAKES_OBJECT or after_quote):
        # inverted "..., said Edward Leamer, ..." parsed with the name as the quote's subject; right after the
        # closing mark even a verb that takes an object: '"Why?" asked the boy'
        tok = verb.doc[verb.i + 1]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
            tok = tok.head
        if tok.dep_ == "poss" and tok.head.i > tok.i:
            tok = tok.head  # "exhorted Clinton's introducer, actress Jamie Lee Curtis": the introducer
        if tok.ent_type_ != "PERSON":  # "said Oversight ranking Democrat Elijah Cummings": the person named
            inverted = verb.i > 0 and (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ",")
            for nxt in verb.doc[verb.i + 1 : verb.i + 8]:
                if nxt.is_punct or skip(nxt) or nxt.dep_ == "mark" or (nxt.dep_ == "nsubj" and nxt.pos_ == "PRON"):
                    break  # (not into the clause it reports: "said that he spoke with Mr. Sanders")
                if nxt.dep_ == "poss" or (nxt.dep_ in ("compound", "flat") and nxt.head.dep_ == "poss"):
                    continue  # whose the speaker is, not the speaker: "Clinton's introducer"
                inverted = inverted and nxt.pos_ != "ADP"  # not "said at a recent POLITICO event"
                # untagged, a proper noun ending the phrase after '"...," said' is a name too
                untagged = inverted and nxt.pos_ == "PROPN" and not nxt.ent_type_ and nxt.head.pos_ != "PROPN"
                if nxt.ent_type_ == "PERSON" or untagged:
                    root = nxt
                    while root.dep_ in ("compound", "flat") and root.head.ent_type_ == "PERSON" and root.head.i > root.i:
                        root = root.head
                    if not (root.dep_ in ("nsubj", "nsubjpass") and root.head.i > root.i):  # "said Lee was ..."
                        tok = nxt
                    break
        if tok.pos_ == "PROPN" and not skip(tok) and tok.ent_type_ not in ("DATE", "TIME"):
            return tok
        if verb.i > 0 and (verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].text == ","):
            # '"...," added a Nevada Democrat': the noun phrase after an inverted verb is its subject
            for child in verb.rights:
                if child.dep_ in ("dobj", "nsubj", "attr", "oprd", "dative") and not skip(child) \
                        and (child.pos_ in ("NOUN", "PROPN") or child.lower_ == "another"):
                    return child  # "tweeted another." parses "another" as the object
    if found is None and speech_lemma(verb.lower_):
        found = _name_before(verb, skip)
    return found


# verbs that present someone speaking: "the report quotes him saying", "the ad shows Lee saying"
_PRESENTS = set("""
quote quotes quoted quoting cite cites cited citing show shows showed shown showing hear hears heard hearing
catch catches caught see sees saw seen film films filmed record records recorded overheard capture captures
captured feature features featured depict depicts depicted
""".split())


def _object_speaking(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The speaker where a verb presents its object saying something: "the report quotes him saying",
    "quoted Lee as saying", "The ad shows Trump saying" (not the report, the ad)."""
    if verb.tag_ == "VBG" and speech_lemma(verb.lower_):  # the quote hangs on "saying"
        part, head = verb, verb.head
        if head.lower_ == "as" and head.dep_ == "prep":
            head = head.head
    elif verb.lower_ in _PRESENTS:  # on "quotes": its "saying" below
        head = verb
        part = next((c for c in verb.children if c.tag_ == "VBG" and speech_lemma(c.lower_)), None) or next(
            (g for c in verb.children if c.lower_ == "as" for g in c.children
             if g.tag_ == "VBG" and speech_lemma(g.lower_)), None)
    else:
        return None
    if part is None or head.i == part.i or head.lower_ not in _PRESENTS:
        return None
    for obj in head.children:
        if obj.dep_ == "dobj" and obj.i < part.i and not skip(obj) and (
                obj.pos_ in ("PROPN", "PRON") or personal_noun(obj.text)):
            return obj
    return None


def _inverted_at_end(verb: Token, skip: Callable[[Token], bool]) -> bool:
    """A speech verb after a comma with no subject of its own, then a noun phrase that ends the sentence
    ("..., argued the NRDC."): the parse hangs it on the clause before and lends it that clause's subject."""
    doc = verb.doc
    if verb.dep_ not in ("conj", "ccomp", "parataxis", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or verb.i == 0 or doc[verb.i - 1].text != "," or speech_lemma(verb.lower_) in _TAKES_OBJECT \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
    return obj is not None and obj.left_edge.i == verb.i + 1 and not any(skip(t) for t in obj.subtree) \
        and obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].text in (".", "!", "?")


def _dateline_dash(tok: Token) -> Token | None:
    """The dash ending a dateline that `tok` opens: right after it, or past a date and an agency."""
    if tok.i != tok.sent.start and not (tok.i > 0 and tok.doc[tok.i - 1].is_space):
        return None
    for nxt in tok.doc[tok.i + 1 : tok.i + 9]:
        if nxt.text in ("—", "–", "-", "--"):
            return nxt
        if not (nxt.is_punct or nxt.like_num or nxt.ent_type_ in ("DATE", "GPE", "ORG", "NORP") or nxt.is_upper):
            return None
    return None


def misread_name(tok: Token) -> bool:
    """A capitalised word mid-sentence that the parse reads as an adverb or a modal: a surname ("Will")."""
    return tok.tag_ in ("RB", "MD") and tok.is_title and tok.i > tok.sent.start


def _misread_name(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """A surname the parse reads as an adverb or a modal right before a verb with no subject, mid-sentence:
    "And Skelly called", "Informed of ..., Early described", "While Will acknowledges"."""
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    return last if misread_name(last) and not skip(last) and verb.doc[last.i - 1].text != ":" else None


def _joining_hyphen(tok: Token) -> bool:
    """The hyphen inside a word split by the tokenizer ("co-host"), not a dash between phrases."""
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _name_before(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """'"...," Gene Sperling, an adviser, said' parsed with no subject: the name between the closing
    mark and the verb, before the apposition when one stands between them."""
    toks = []
    for tok in reversed(verb.sent[: verb.i - verb.sent.start]):
        if skip(tok) or tok.is_quote:
            break
        toks.append(tok)
    toks.reverse()
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    phrase = toks[commas[-1] + 1 :] if commas else []
    if phrase and phrase[-1].pos_ == "NOUN" and phrase[0].lower_ in ("the", "a", "an", "his", "her") \
            and phrase[-1].left_edge.i == phrase[0].i and not any(t.ent_type_ == "PERSON" for t in phrase):
        return toks[-1]  # "In an interview with Joe Scarborough, the Democratic candidate stated": the description
    parts = [toks]
    if toks and toks[-1].text == ",":  # "Name, an adviser to X, said": before the apposition first
        inner = commas[:-1]  # the commas before the one that closes the apposition
        parts = [toks[: inner[-1]], toks[inner[-1] :]] if inner else parts
    for person in (True, False):  # a PERSON first ("the GOP nominee, Donald Trump,"), then any name
        for part in parts:
            for tok in reversed(part):
                if tok.ent_type_ == "PERSON" or (not person and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "ORG")):
                    while tok.head.i > tok.i and tok.head.i < verb.i and tok.dep_ in ("compound", "flat"):
                        tok = tok.head
                    return tok
    first = toks[0] if toks else None
    if first is not None and first.i == verb.sent.start and first.is_title and first.pos_ in ("NOUN", "PROPN") \
            and first.ent_type_ not in ("DATE", "TIME") and first.i + 1 < verb.i and first.doc[first.i + 1].text == ",":
        return first  # "Sanders, meanwhile, who sits ..., said": the word opening the sentence, whatever its tag
    return None


_TIME_PREPS = {"after", "before", "while", "upon", "since", "when"}


def _relative_subject(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The name between "who" and its verb when the parse lost the clause's subject: "Bannon, who Beck on
    Wednesday called '...'" (Beck calls, not Bannon)."""
    doc = verb.doc
    if verb.dep_ not in ("acl", "relcl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    between = doc[verb.head.i + 1 : verb.i]
    rel = next((t for t in between if t.lower_ in ("who", "whom")), None)
    if rel is None:
        return None
    names = [t for t in between if t.i > rel.i and t.pos_ == "PROPN" and t.text[:1].isupper() and not skip(t)
             and t.ent_type_ not in ("DATE", "TIME", "GPE")]
    if not names:
        return None
    last = names[0]
    while last.i + 1 < verb.i and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].ent_type_ == last.ent_type_:
        last = doc[last.i + 1]  # "who Glenn Beck called": the run's last word
    return last


def _subject_up(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    if (rel := _relative_subject(verb, skip)) is not None:
        return rel
    cur = verb
    agent_ok = True
    for _ in range(5):
        if cur.lower_ == "according":
            for child in cur.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and not skip(obj):
                            return obj
        for child in cur.children:  # passive "was asked by Gerard Baker", "as reported by the Herald"
            # only a speech verb's agent: not "was booed by X after telling them ..."
            if child.dep_ == "agent" and (cur is verb or (agent_ok and speech_lemma(cur.lower_))):
                for obj in child.children:
                    if obj.dep_ == "pobj" and not skip(obj):
                        return obj
        subjects = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and not skip(c) and not c.is_punct]
        if subjects:
            # two subjects ("MSNBC co-host Mika Brzezinski" split at the hyphen): the named one
            child = max(subjects, key=lambda c: (c.ent_type_ == "PERSON", c.pos_ in ("PROPN", "PRON")))
            if child.lower_ in RELATIVE and cur.dep_ == "relcl":
                return _owner(cur.head, skip)
            return child
        if cur.dep_ == "relcl":
            return _said_to_be(cur, skip) or _owner(cur.head, skip)
        if cur.dep_ == "conj" and (stranded := _stranded_subject(cur, skip)) is not None:
            return stranded
        if cur.dep_ == "conj" and speech_lemma(cur.lower_) and not speech_lemma(cur.head.lower_) \
                and cur.head.dep_ == "ccomp" and speech_lemma(cur.head.head.lower_) and not skip(cur.head.head):
            # "Trump conceded that Lee had touched her but implied that ..." parsed with "implied" joined to
            # what was conceded: a speech verb joins the one that reports, not the report
            cur = cur.head.head
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ in ("nsubj", "nsubjpass", "ROOT") \
                and cur.head.pos_ == "PROPN" and not skip(cur.head):
            return cur.head  # "Christie, the governor, ..., calling him a '...'": the subject the participle hangs on
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ == "NOUN" and personal_noun(cur.head.text) \
                and not skip(cur.head) and (cur.head.dep_ in ("nsubj", "nsubjpass") or (
                    cur.head.dep_ == "pobj" and cur.head.head.lower_ == "with")):
            return cur.head  # "with many marchers chanting '...'": the people the participle hangs on
        # climb clauses, and from "a statement saying" to the verb whose object the statement is
        if (cur.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep", "pobj", "dep")
                or (cur.dep_ == "dobj" and cur.i != verb.i)) and cur.head.i != cur.i:
            # "was shouted down by fans after telling them '...'": the participle's subject is the clause's
            # subject, not the agent of the verb it hangs on
            agent_ok = agent_ok and not (cur.dep_ == "pcomp" and cur.head.lower_ in _TIME_PREPS)
            cur = cur.head
            continue
        return None
    return None


def _stranded_subject(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The subject of a joined clause that the parse hung on the clause before as a joined object: "the Post
    will brand you a liar and NBC News will accuse you of ..." (not the Post's accusation)."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    tok = doc[i]
    if i == verb.i - 1 or tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or skip(tok) \
            or tok.head.dep_ not in ("dobj", "attr", "pobj", "conj") or tok.left_edge.i < 1:
        return None
    return tok if doc[tok.left_edge.i - 1].lower_ in ("and", "but") else None


def _said_to_be(verb: Token, skip: Callable[[Token], bool]) -> Token | None:
    """The named subject a speech verb's noun is said to be: "Cruz is the only contender to have pledged"."""
    noun = verb.head
    if not speech_lemma(verb.lower_) or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and not skip(c)), None)
    return subj if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")) else None


def _owner(noun: Token, skip: Callable[[Token], bool]) -> Token:
    """'Trump released a video that said ...': a thing that speaks is its maker's voice."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or personal_noun(noun.text) or noun.dep_ != "dobj":
        return noun
    subj = _subject_up(noun.head, skip) or _name_before(noun.head, skip)  # the parse may lose the subject
    return subj if subj is not None and subj.pos_ in ("PROPN", "PRON") else noun
