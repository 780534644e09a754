"""Where the parse names a speaker: the subject of a speech verb, and the mention it stands for."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from corroborate.quotes import roles
from corroborate.quotes.cues import PERSON_PRONOUNS, PLURAL_PRONOUNS, QUANTIFIERS, RELATIVE, WEAK_SPEECH, speech_lemma
from corroborate.quotes.nameforms import GENDERED_NOUNS, SURNAME_TITLES, TEXT_NOUNS, personal_title
from corroborate.quotes.roles import ROLE_NOUNS

_NAMED = {"PERSON", "ORG", "GPE", "FAC"}



class Mention:
    """Where a speaker is named in the text, and what kind of mention it is."""

    def __init__(self, start: int, end: int, text: str, kind: str, phrase: str | None = None,
                 parts: list[Mention] | None = None):
        self.start, self.end, self.text, self.kind = start, end, text, kind  # name/pronoun/description/group
        self.phrase = phrase or text  # a description with its "of" complement: "the secretary of state"
        self.parts = parts or []  # the names of a group: "Laurence Mark and Bill Condon"


_WHERE = {"in", "on", "at", "among", "inside", "within", "across"}
# title words that say no more than a rank, yet head a title before a name: "Assistant Chief of Police Dan Lee"
_ROLE_HEADS = {"chief", "deputy", "assistant", "executive"}


def mention_of(tok: Token, base: int) -> Mention:
    """The mention a subject token stands for: a named entity, a proper-noun run, a pronoun, an NP."""
    doc = tok.doc
    low = tok.lower_
    if low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS or low in {"it", "i", "we", "you"}:
        return Mention(base + tok.idx, base + tok.idx + len(tok), tok.text, "pronoun")
    ent = _entity_of(tok)
    if (ent is None or ent.label_ != "PERSON") and (personal_title(tok.lower_) or tok.lower_ in _ROLE_HEADS):
        # "Sirius Vice President for news and talk Dave Gorab called": the person the title is followed by
        for nxt in tok.doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 9)]:
            if nxt.ent_type_ == "PERSON":
                ent = _entity_of(nxt)
                break
        if ent is None and (run := _office_holder(tok)) is not None:
            return Mention(base + run.start_char, base + run.end_char, run.text, "name")
        # an abbreviated title the parser cut off from its name: "said police Lt. Gerry Scherlinck"
        after = tok.i + 1 if tok.text.endswith(".") else tok.i + 2
        if ent is None and (after == tok.i + 1 or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")):
            run = list(doc[after : after + 3])
            k = next((i for i, t in enumerate(run) if not (t.pos_ == "PROPN" and t.text[:1].isupper())), len(run))
            if k:
                name = doc[after : after + k]
                return Mention(base + name.start_char, base + name.end_char, name.text, "name")
    if ent is None:
        for child in tok.children:  # "a spokesman, John Smith," / "his aide Jane Doe"
            if child.dep_ == "appos" and (e := _entity_of(child)) is not None and e.label_ == "PERSON":
                ent = e
                break
            # two roles of one person: '"American Pie" actress and former travel reporter Tara Reid' (not "the
            # senator and Tara Reid", two people)
            if child.dep_ == "conj" and tok.pos_ == "NOUN" \
                    and not any(c.dep_ in ("det", "poss") for c in tok.children) \
                    and (e := _entity_of(child)) is not None and e.label_ == "PERSON" and any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" and personal_noun(c.text) for c in child.children):
                ent = e
                break
    if ent is None and tok.pos_ == "NOUN" and (named := _named_as(tok)) is not None:
        return Mention(base + named.start_char, base + named.end_char, named.text, "name")
    if (span := ent if ent is not None else _name_span(tok)) is not None and not _lone_office(span):
        first = Mention(base + span.start_char, base + span.end_char, span.text, "name")
        if span.label_ in ("PERSON", "ORG", "") and (other := _joined_name(span)) is not None:
            # "said Laurence Mark and Bill Condon", "Park and Reyes said": both speak
            second = Mention(base + other.start_char, base + other.end_char, other.text, "name")
            return Mention(first.start, second.end, doc.text[span.start_char : other.end_char], "group",
                           parts=[first, second])
        return first
    if low in QUANTIFIERS:  # "Some of the protesters shouted": the protesters
        for prep in tok.children:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if pobj is not None and prep.lower_ == "of" and pobj.pos_ == "NOUN":
                span = doc[pobj.left_edge.i : pobj.i + 1]
                return Mention(base + span.start_char, base + span.end_char, span.text, "description")
            if pobj is not None and prep.lower_ in _WHERE and prep.right_edge.i - tok.i <= 5 \
                    and not any(t.is_punct for t in doc[tok.i : prep.right_edge.i + 1]):
                span = doc[tok.left_edge.i : prep.right_edge.i + 1]  # "some on Twitter", "many in the party"
                return Mention(base + span.start_char, base + span.end_char, span.text, "description")
    left = tok.left_edge
    span = doc[left.i : tok.i + 1]
    # "the secretary of state"; a text "from" its issuer: "a statement from Waitrose"
    of = next((c for c in tok.rights if c.dep_ == "prep" and (c.lower_ == "of" or (
        c.lower_ == "from" and tok.lower_ in TEXT_NOUNS))), None)
    phrase = None
    if of is not None and (tok.pos_ == "NOUN" or _lone_office(span[-1:])) and of.right_edge.i - tok.i <= 4 \
            and not any(t.is_punct for t in doc[tok.i + 1 : of.right_edge.i + 1]):
        phrase = doc[left.i : of.right_edge.i + 1].text
    return Mention(base + span.start_char, base + span.end_char, span.text, "description", phrase)


def _office_holder(title: Token) -> SpacySpan | None:
    """The person an office's "of" phrase runs on into when the tagger took both for one organisation:
    "said Secretary of the Interior Dirk Kempthorne" (a department, a given name and a surname)."""
    of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ != "PROPN" or pobj.i != title.right_edge.i:
        return None
    lo = pobj.i
    while lo > of.i + 1 and title.doc[lo - 1].pos_ == "PROPN" and title.doc[lo - 1].text[:1].isupper():
        lo -= 1
    return title.doc[lo : pobj.i + 1] if pobj.i - lo >= 2 else None


def _lone_office(span: SpacySpan) -> bool:
    """A capitalised office standing alone for its holder ("The Governor of Alaska has apologized"): a
    description, not a name ("King said" keeps a surname that is also a title)."""
    return len(span) == 1 and personal_title(span[0].lower_) and span[0].text not in SURNAME_TITLES


_NAMED_AS = {"known", "named", "called", "nicknamed", "identified"}


def _named_as(noun: Token) -> SpacySpan | None:
    """The name a description gives its person: "the base chief known as Bob", "a man named Jack Smith"."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lower_ not in _NAMED_AS:
            continue
        for tok in acl.subtree:
            if tok.pos_ == "PROPN" and tok.dep_ in ("pobj", "oprd", "attr", "dobj"):
                return tok.doc[tok.left_edge.i : tok.i + 1]
    return None


def _name_span(tok: Token) -> SpacySpan | None:
    """The named entity holding `tok`, else the run of proper nouns it heads (a lowercase "senator" tagged
    PROPN is a description), else None."""
    if (ent := _entity_of(tok)) is not None:
        return ent
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    doc = tok.doc
    lo = hi = tok.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo - 1, tok.i + 1):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].head.i == tok.i:
        hi += 1
    return doc[lo : hi + 1]


def _joined_name(span: SpacySpan) -> SpacySpan | None:
    """The name joined to `span` by "and" ("Laurence Mark and Bill Condon", "Park and Reyes"), or None: a
    person's, or a bare proper noun or organisation's beside one that is no organisation; never a place's."""
    for tok in span:
        for child in tok.children:
            if child.dep_ == "conj" and child.i >= span.end and (other := _name_span(child)) is not None \
                    and (other.label_ == "PERSON" or (other.label_ in ("", "ORG") and span.label_ != "ORG")) \
                    and other.start - span.end <= 2 \
                    and any(t.lower_ in ("and", "&") for t in tok.doc[span.end : other.start]):
                return other
    return None


def _entity_of(tok: Token) -> SpacySpan | None:
    if tok.ent_type_ not in _NAMED:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            # an entity the tagger ran across a comma ("with People, Reid claimed"): the part holding `tok`
            start = max((t.i + 1 for t in ent if t.text == "," and t.i < tok.i), default=ent.start)
            end = min((t.i for t in ent if t.text == "," and t.i > tok.i), default=ent.end)
            while end - 1 > tok.i and tok.doc[end - 1].is_lower and tok.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
                end -= 1  # 'Juan "Chico" Manriquez of Oakland' tagged up to "of"
            return ent if (start, end) == (ent.start, ent.end) else SpacySpan(tok.doc, start, end, label=ent.label_)
    return None


# Speech verbs whose next name is their object, never an inverted subject ("called Trump a ...").
_TAKES_OBJECT = WEAK_SPEECH | set("""
tell ask urge remind assure inform accuse blame criticize question press mock thank praise quote cite slam blast
lash scold tease taunt hail welcome advise implore lecture interrupt counsel attack
""".split())


def subject_of(verb: Token, skip: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The speaker token of a speech verb: its subject, or its governor's for 'saying' / 'adding'.

    Tokens for which `skip` is true (words inside quotes) are never the subject.
    """
    found = _object_speaking(verb, skip) or _subject_up(verb, skip)
    if found is not None and found.is_upper and len(found) > 2 and found.i + 1 < len(found.doc) \
            and found.doc[found.i + 1].text in ("—", "–", "-", "--"):
        # a dateline the parse took for the subject: "TALLAHASSEE — Rep. Gwen Graham on Friday pummeled ..."
        found = next((c for c in found.children if c.dep_ == "appos" and not skip(c)), found)
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
                if nxt.is_punct or skip(nxt):
                    break
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
            return _owner(cur.head, skip)
        if cur.dep_ == "conj" and (stranded := _stranded_subject(cur, skip)) is not None:
            return stranded
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


def _owner(noun: Token, skip: Callable[[Token], bool]) -> Token:
    """'Trump released a video that said ...': a thing that speaks is its maker's voice."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or personal_noun(noun.text) or noun.dep_ != "dobj":
        return noun
    subj = _subject_up(noun.head, skip) or _name_before(noun.head, skip)  # the parse may lose the subject
    return subj if subj is not None and subj.pos_ in ("PROPN", "PRON") else noun


_PEOPLE = set("""
person people man woman men women group voter supporter critic protester member resident official source
marcher spectator demonstrator fan crowd attendee participant onlooker bystander witness student worker
rival opponent predecessor successor ally friend colleague partner neighbor neighbour boss relative cousin
""".split())


def personal_noun(word: str) -> bool:
    """A noun for a person ("aide", "wife", "spokesman"): someone of their own, not a voice of the owner."""
    low = word.lower().strip(".,’'")
    one = low[:-1] if low.endswith("s") else low  # "his lawyers", "her aides"
    return any(roles.norm(w) in ROLE_NOUNS or w in GENDERED_NOUNS or w in _PEOPLE for w in (low, one))
