"""Speakers the page's layout gives an uncued quote, read from lines and marks rather than the parse: an
attribution on the line below, a transcript's label inside the marks or on the line above, a signature, a
sentence right after that names whose the quote is."""
from __future__ import annotations

import re
from collections.abc import Callable

from corroborate.quotes.attach import Found
from corroborate.quotes.marks import NAME_RUN, Paragraph, signature
from corroborate.quotes.nameforms import known_first_name
from corroborate.quotes.mentions import Mention


_SAID_NAME = re.compile(rf"\s*(?:said|says|added|told)\s+(?:[a-z][\w\-]*\s+){{0,2}}{NAME_RUN}")
_NAME_SAID = re.compile(rf"\s*(?:[a-z][\w\-]*\s+){{0,2}}{NAME_RUN}(?:,[^,\n]{{1,60}},)?\s+(?:said|says|added|told)\b")


def said_below(text: str, found: list[Found], paras: list[Paragraph]) -> None:
    """A quote that ends its line, its attribution on the next line, as text broken into lines writes it:
    '"... furious and devastated," / neighbor Cynthia Flores said.'; after a quote ending on a stop, only a
    line opening on the verb ('"... Life lost." / said Pat Clarke with ...'). The quote's earlier lines too."""
    for i, f in enumerate(found):
        p = f.span.para
        if f.verb is not None or f.mention is not None or p + 1 >= len(paras) or not f.span.closed:
            continue
        if text[f.span.close_at + 1 : paras[p].end].strip():
            continue
        nxt = paras[p + 1]
        m = _SAID_NAME.match(text, nxt.start, nxt.end)
        if m is None and text[f.span.end - 1] == ",":
            m = _NAME_SAID.match(text, nxt.start, nxt.end)
        if m is None:
            continue
        mention = Mention(m.start(1), m.end(1), m.group(1), "name")
        k = i
        while k >= 0 and found[k].verb is None and found[k].mention is None and (k == i or not found[k].span.closed):
            found[k].mention, found[k].how = mention, "intro"
            if found[k].span.open_at >= 0:
                break
            k -= 1


_CREDITED_AFTER = re.compile(rf"[\s.,]*(?:That|The|This)\s+(?:quote|remark|statement|comment|line|words)s?\s+"
                             rf"(?:came\s+)?(?:from|by)\s+{NAME_RUN}")


def credited_after(text: str, found: list[Found]) -> None:
    """A quote the sentence right after it credits: '"..." That quote from Alabama Securities Commissioner
    Thomas Krebs appeared ...'; over an unnamed "a ..." of the quote's own sentence too ('A Minneapolis rap
    musician ... said ... "from this day forward." The statement from Tavonte Woods follows ...')."""
    for f in found:
        if not f.span.closed or (f.mention is not None and f.mention.text.split()[0].lower() not in ("a", "an")):
            continue
        if (m := _CREDITED_AFTER.match(text, f.span.close_at + 1)) is not None:
            f.mention, f.how = Mention(m.start(1), m.end(1), m.group(1), "name"), "intro"


_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[•·*])?\s*")


_LABEL_INSIDE = re.compile(r"((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+):\s")


def labelled_inside(text: str, found: list[Found]) -> None:
    """Uncued quotes of a transcript that keep its speaker labels inside the marks: '"Chris Matthews:
    Seriously, ..."'. The label must be a full name with a known given name."""
    for f in found:
        if f.verb is not None or f.mention is not None:
            continue
        m = _LABEL_INSIDE.match(text, f.span.start, f.span.end)
        if m and known_first_name(m.group(1).split()[0].lower()):
            f.mention, f.how = Mention(m.start(1), m.end(1), m.group(1), "name"), "intro"


def signed(text: str, found: list[Found], paras: list[Paragraph]) -> None:
    """Uncued quotes that open their line and are signed, on the same line or the next: '"..." — Sanders',
    '1. "..." —Ann Lee, senator', a signature line below a paragraph of quotes ('- Sanders.')."""
    for f in found:
        p = f.span.para
        if f.verb is not None or f.mention is not None or not f.span.closed:
            continue
        opened = f.span.open_at if f.span.open_at >= 0 else f.span.start
        if (m := _LIST_MARKER.match(text, paras[p].start, opened)) is None or m.end() != opened:
            continue  # the quote must open its line
        after = f.span.close_at + 1
        if text[after : paras[p].end].strip(" .,"):
            name = signature(text, after, paras[p].end)
        else:
            name = signature(text, paras[p + 1].start, paras[p + 1].end) if p + 1 < len(paras) else None
        if name is not None:
            f.mention, f.how = Mention(name[0], name[1], text[name[0] : name[1]], "name"), "intro"


_NAME_LINE = re.compile(r"[ \t]*((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*)[ \t]*:?[ \t]*$")


def named_above(text: str, found: list[Found], paras: list[Paragraph], is_person: Callable[[str, int], bool]) -> None:
    """Uncued quotes that open their line under a line that is only a person's name, as a transcript prints
    its speakers ('TRUMP' / '"..."'); `is_person(name, at)` says whether the text makes that name a person."""
    for f in found:
        p = f.span.para
        if f.verb is not None or f.mention is not None or p == 0 or f.span.open_at != paras[p].start:
            continue
        prev = paras[p - 1]
        if (m := _NAME_LINE.match(text, prev.start, prev.end)) and is_person(m.group(1), m.start(1)):
            f.mention, f.how = Mention(m.start(1), m.end(1), m.group(1), "name"), "intro"


_SIGNED_LINE = re.compile(rf"[-–—]?\s*{NAME_RUN}(?:,\s*[A-Z][^\n]{{1,80}}?)?\.?")


def signed_inside(text: str, found: list[Found]) -> None:
    """A quote over several lines whose last line inside the marks signs it, as a pull quote does: '"I worry
    that ... / Dean Baker, Center for Economic and Policy Research."'. The signature line is no quote."""
    for i, f in enumerate(found):
        s = f.span
        if s.open_at >= 0 or not s.closed or i == 0 or found[i - 1].span.closed or found[i - 1].span.para != s.para - 1:
            continue
        m = _SIGNED_LINE.fullmatch(text, s.start, s.end)
        if m is None or len(m.group(1).split()) < 2 or not known_first_name(m.group(1).split()[0].lower()):
            continue
        f.how = "signature"
        k = i - 1
        while k >= 0 and not found[k].span.closed:
            if found[k].mention is None:
                found[k].mention, found[k].how = Mention(m.start(1), m.end(1), m.group(1), "name"), "intro"
            if found[k].span.open_at >= 0:
                break
            k -= 1
