"""Find quoted spans by their quote marks, paragraph by paragraph.

Curly and straight double marks are paired with a stack, so a stray or mismatched mark does not
throw away the rest of the paragraph; a paragraph that opens a quote and does not close it yields
a span running to the paragraph end (the multi-paragraph convention). Single marks are only used
as outer marks in paragraphs without double marks; inside double marks they stay part of the text.
Typewriter doubles (two apostrophes, as in news archives: ''No,'' he said) are read as straight marks.
In text broken into one line per sentence, a quote runs on over the lines until a mark closes it.
Also the text's structure the attribution works over: paragraphs and a cheap split into sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.clean.rules import hard_wrapped, list_item
from corroborate.nlp import MIDSENTENCE_ABBREVIATIONS, TITLE_ABBREVIATIONS
from corroborate.quotes.cues import speech_lemma

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
_OPEN_BEFORE = set(" \t([{—–-/\u00a0“‘'") | {""}
_CLOSE_AFTER = set(" \t)]}—–-/:;,.!?…\u00a0”’'") | {""}
_DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
# the rest of a paragraph after a closing mark, when its only other mark is an opening one a few words on
_REVERSED = re.compile(r"[^“”„«»\"\n]{1,60}“[^“”„«»\"\n]*$")


@dataclass
class Paragraph:
    """A non-empty line of the text: [start, end) character offsets."""

    index: int
    start: int
    end: int


@dataclass
class MarkSpan:
    """Words between a pair of quote marks (marks and outer whitespace excluded)."""

    start: int
    end: int
    open_at: int  # offset of the opening mark, -1 when the span starts at a paragraph start
    close_at: int  # offset of the closing mark, -1 when the quote runs on past the paragraph end
    para: int  # paragraph index
    single: bool = False  # delimited by single marks

    @property
    def closed(self) -> bool:
        return self.close_at >= 0


_DOUBLED = re.compile(r"'{2,3}|``")
_ATTRIBUTE = re.compile(r'(?<==)"[^"<>]{0,200}"')  # a markup attribute left in the text: tweet-date="March 9"


def plain_marks(text: str) -> str:
    """`text` with the same offsets, its quote marks made plain for the scanner: a typewriter double
    mark ('' or ``) becomes one straight mark and a space on the side away from its words (''No,'' ->
    ' "No," '; of three apostrophes the outer two are the double mark), and the marks around a markup
    attribute's value become spaces."""
    if "''" not in text and "``" not in text and '="' not in text:
        return text
    out = list(text)
    for m in _DOUBLED.finditer(text):
        a, b = m.span()
        nxt = text[b] if b < len(text) else ""
        if m.group() == "``" or nxt.isalnum() or nxt in "\u2018'$([":
            out[a], out[a + 1] = " ", '"'  # of three, the third stays: the inner single mark
        else:
            out[b - 2], out[b - 1] = '"', " "
    for m in _ATTRIBUTE.finditer(text):
        out[m.start()] = out[m.end() - 1] = " "
    return "".join(out)


_TITLE_END = re.compile(rf"\b(?:{TITLE_ABBREVIATIONS})\.[ \t]*$")


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines with their offsets; in hard-wrapped text, the runs of lines between blank lines
    (a list item, "- milk", starts a run of its own)."""
    wrapped = hard_wrapped(text)
    out: list[Paragraph] = []
    start = end = -1
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        if wrapped and start >= 0 and "\n" not in text[end + 1 : m.start()] and not list_item(line):
            end = m.end()  # the line runs on from the one before
            continue
        if start >= 0 and "\n" not in text[end + 1 : m.start()] and _TITLE_END.search(text, start, end):
            end = m.end()  # a sentence split after a title: '"...," the Rev.' / 'Larry Kroon said'
            continue
        if start >= 0:
            out.append(Paragraph(len(out), start, end))
        start, end = m.start(), m.end()
    if start >= 0:
        out.append(Paragraph(len(out), start, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_spans(text: str, para: Paragraph, carried_open: bool) -> tuple[list[MarkSpan], bool]:
    """Outer spans in one paragraph; returns the spans and whether a quote is left open."""
    spans: list[MarkSpan] = []
    stack: list[tuple[str, int]] = []
    s, e = para.start, para.end
    for i in range(s, e):
        ch = text[i]
        if ch not in DOUBLE_OPEN and ch not in DOUBLE_CLOSE and ch != STRAIGHT:
            continue
        prev = text[i - 1] if i > s else ""
        nxt = text[i + 1] if i + 1 < e else ""
        looks_open = prev in _OPEN_BEFORE or prev.isspace()
        looks_close = nxt in _CLOSE_AFTER or nxt.isspace()
        if ch in DOUBLE_OPEN:
            if not (stack and ((looks_close and not looks_open) or stack[-1][0] == "reversed")):
                stack.append((ch, i))
                continue
            # an opening mark typed where a closing one belongs: “Frozen“
        elif ch == STRAIGHT:
            if not stack:
                if not spans and carried_open and ((looks_close and not looks_open) or _ends_speech(text, s, i)):
                    # closes a quote carried over from the last paragraph: it looks like a closing mark, or it
                    # follows the punctuation that ends quoted words, as in text broken into one line per
                    # sentence with stray spaces: 'the third time is the charm, "DeGeneres said'
                    stack.append(("", -1))
                elif looks_close and not looks_open and STRAIGHT not in text[i + 1 : e]:
                    continue  # a stray closing mark, the paragraph's last: 'would open in May." Reyes said'
                else:
                    stack.append((ch, i))
                    continue
            elif stack[-1][0] != STRAIGHT and not (looks_close and not looks_open):
                stack.append((ch, i))
                continue
        elif not stack:
            if not spans and carried_open and not any(c in DOUBLE_OPEN + STRAIGHT for c in text[s:i]):
                stack.append(("", -1))
            elif _REVERSED.match(text, i + 1, e) and not any(c in _DOUBLE_MARKS for c in text[s:i]):
                stack.append(("reversed", i))  # a pair typed the wrong way round: their ” 15 Most Wanted “ list
                continue
            else:
                continue  # a stray closing mark
        _, open_at = stack.pop()
        if not stack:
            lo = open_at + 1 if open_at >= 0 else s
            a, b = _trim(text, lo, i)
            if b > a:
                spans.append(MarkSpan(a, b, open_at, i, para.index))
    left_open = bool(stack)
    if stack:
        _, open_at = stack[0]
        lo = open_at + 1 if open_at >= 0 else s
        a, b = _trim(text, lo, e)
        # a lone mark at the very end, or one opening just a word or two, is more likely a stray, unless
        # they make a sentence ("Absolutely tragic.")
        if b > a and (len(text[a:b].split()) >= 3 or (text[b - 1] in ".!?" and text[a].isupper())):
            spans.append(MarkSpan(a, b, open_at, -1, para.index))
        else:
            left_open = False
    return spans, left_open


# a quote in single marks, as British papers print them: an apostrophe between letters ("won’t") stays inside
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:,]))‘((?:[^‘’\n]|’(?=[A-Za-z]))+?)’(?![A-Za-z])")
_SINGLE_STRAIGHT = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:]))'(?=[A-Za-z])((?:[^'\n]|'(?=[A-Za-z]))+?)'(?![A-Za-z0-9])")


def _single_spans(text: str, para: Paragraph, straight: bool) -> list[MarkSpan]:
    out: list[MarkSpan] = []
    pattern = _SINGLE if "‘" in text[para.start : para.end] else _SINGLE_STRAIGHT if straight else None
    if pattern is None:
        return out
    for m in pattern.finditer(text, para.start, para.end):
        a, b = _trim(text, m.start(1), m.end(1))
        if b - a > 1:  # not "rock 'n' roll"
            out.append(MarkSpan(a, b, m.start(), m.end() - 1, para.index, single=True))
    return out


def single_style(text: str) -> bool:
    """Whether `text` prints its quotes in single marks, as British papers do: more such pairs than pairs of
    double marks."""
    doubles = sum(text.count(c) for c in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT)
    return len(_SINGLE_STRAIGHT.findall(text)) + len(_SINGLE.findall(text)) > doubles / 2


def find_spans(text: str, paras: list[Paragraph] | None = None) -> list[MarkSpan]:
    """All outer quoted spans of `text`, in text order."""
    paras = paragraphs(text) if paras is None else paras
    spans: list[MarkSpan] = []
    carried = False
    # straight single marks open quotes in a text that prints its quotes that way (more such pairs than
    # pairs of double marks); where double marks rule, they are a headline's or a subhead's
    # ("Liberals fear 'Europe is disintegrating.'")
    straight_singles = single_style(text)
    for k, para in enumerate(paras):
        chunk = text[para.start : para.end]
        if any(c in chunk for c in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT):
            found, carried = _double_spans(text, para, carried)
            spans.extend(found)
        elif carried and _closed_further_on(text, paras[k + 1 : k + 1 + _MAX_INNER_LINES]):
            # a line inside a quote that a later line closes: text broken into one line per sentence
            a, b = _trim(text, para.start, para.end)
            spans.append(MarkSpan(a, b, -1, -1, para.index))
        else:
            carried = False
            spans.extend(_single_spans(text, para, straight_singles))
    return spans


_MAX_INNER_LINES = 4


def _closed_further_on(text: str, paras: list[Paragraph]) -> bool:
    """Whether the first quote mark in the next lines closes a quote: it follows the end of quoted words
    ("shock," "), or is a closing curly mark after words."""
    for para in paras:
        for i in range(para.start, para.end):
            ch = text[i]
            if ch in DOUBLE_OPEN:
                return False
            if ch in DOUBLE_CLOSE or ch == STRAIGHT:
                return _ends_speech(text, para.start, i) or (ch in DOUBLE_CLOSE and bool(text[para.start : i].strip()))
    return False


def _ends_speech(text: str, line_start: int, at: int) -> bool:
    """Whether the mark at `at` follows words of its line that end as quoted speech does ("charm," or
    "tragic.", a space at most between): it closes a quote rather than opening one."""
    return bool(text[line_start:at].strip()) and bool(re.search(r"[,.!?…]\s?$", text[line_start:at]))


# a capitalised run of up to five words, as a name is written in a signature or an attribution line
NAME_RUN = r"((?:[A-Z][\w.’'\-]*\s+){0,4}[A-Z][\w’'\-]*)"
# a dash and a name signing a quote, past the link an embedded tweet prints before its author, up to
# the author's handle ('— Ann Lee (@annlee) May 3, 2016'); or a name in parentheses ending the line ('(Ann Lee)')
_SIGNATURE = re.compile(rf"\s*(?:(?:pic\.twitter\.com/|https?://)\S*\s*)?(?:[-–—]\s*{NAME_RUN}\s*(?:[.,]|\(@\w+\)|$)"
                        rf"|\(\s*{NAME_RUN}\s*\)[.,]?\s*$)")


_CREDITS = {"images", "image", "photo", "photos", "video", "file", "ap", "afp", "reuters", "getty", "epa", "pool"}


def signature(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name of a signature in text[start:end] that signs the quote before it, as in a fact check, a
    list of quotes or an embedded tweet: '- Sanders.', '—President Obama, tweeting after the speech.',
    '(Ann Lee)' -> (start, end) of the name."""
    m = _SIGNATURE.match(text, start, end)
    if m is None or (m.group(2) and m.group(2).split()[-1].lower() in _CREDITS):
        return None  # '(Getty Images)', '(AP Photo)': a picture's credit
    return m.span(1) if m.group(1) else m.span(2)


_SENT_END = re.compile(r"[.!?…][”’\"')\]]*\s+|\n+")
# a period that ends a title or an initial, not a sentence: "Mr. Lim", "Sen. Cole", "Donald J. Trump"
_ABBREV = re.compile(rf"(?:\b(?:{MIDSENTENCE_ABBREVIATIONS})|(?<![\w.])[A-Z])\.$")


# a dotted acronym ("U.S.", "D.C.") and the word after it
_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
_NEXT_WORD = re.compile(r"[A-Za-z]+")


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of `text` begin (a cheap split that knows titles and initials)."""
    return [0] + [m.end() for m in _SENT_END.finditer(text)
                  if not (text[m.start()] == "." and _ABBREV.search(text, max(0, m.start() - 5), m.start() + 1))
                  and not (text[m.start()] != "\n" and text[m.end() : m.end() + 1].islower())  # "(D-Nev.) said"
                  and not _acronym_inside(text, m)]


def _acronym_inside(text: str, m: re.Match[str]) -> bool:
    """Whether the period matched by `m` ends a dotted acronym inside a sentence: "the U.S. Senate", "G.M.
    Chief Mary Barra"; after one, only a word that opens sentences ("in the U.S. The ...") starts one."""
    if m.group().rstrip() != "." or not _ACRONYM.search(text, max(0, m.start() - 9), m.start() + 1):
        return False
    word = _NEXT_WORD.match(text, m.end())
    return bool(word) and word.group().lower() not in STOP_WORDS


def is_partial(text: str, s: MarkSpan, para: Paragraph) -> bool:
    """A quote inside a sentence of paraphrase rather than a quoted sentence of its own."""
    if s.open_at < 0:
        return False
    j = s.open_at - 1
    while j >= para.start and text[j] in " \t\u00a0":
        j -= 1
    before = text[j] if j >= para.start else ""
    first = text[s.start]
    if before in ("", ",", ":", ".", "?", "!", "—", "–", "-", "”", '"', ")", "…"):
        return (first.islower() and before not in ("", ":")) or _sentence_runs_on(text, s)
    return True


_RUNS_ON = re.compile(r"[ \t]+([a-z]+)")


def _sentence_runs_on(text: str, s: MarkSpan) -> bool:
    """Whether the sentence goes on past a few quoted words, unpunctuated: '"Friends" has been a hit', '"Top
    secret" is the highest level' (not '"We won" she said', where the mark only lacks its comma)."""
    if not s.closed or text[s.end - 1] in ".,;:!?…—–-" or len(text[s.start : s.end].split()) > 4:
        return False
    m = _RUNS_ON.match(text, s.close_at + 1)
    return m is not None and m.group(1) not in ("he", "she", "they", "we", "it") and speech_lemma(m.group(1)) is None
