"""Line-level signals that a line of scraped text is site chrome rather than article text.

Every rule looks at the shape and wording of one line (and, for pasted headlines, its neighbours);
none lists any particular site's lines. Two kinds of rule:

- *strong* rules (calls to action, handles, UI instructions, share/ad/copyright lines, bylines,
  bare URLs) name what they found and may remove a short sentence-shaped line ("Follow our
  coverage on @x."), but never one with a quotation mark or a reporting verb;
- *shape* rules (pasted headlines, lines repeated across an outlet's articles) only ever remove
  lines that are not sentences: no final punctuation, no quotation mark, short.
"""
from __future__ import annotations

import re

# Fixed vocabulary of removal reasons.
REASONS = (
    "call-to-action", "social-handle", "ui-instruction", "share-print", "advertisement", "copyright",
    "byline", "timestamp", "related-link", "navigation", "url-only", "pasted-headline", "label",
    "repeated-boilerplate", "separator",
)

QUOTE_CHARS = "\"“”„«»‘‹›"
# Final punctuation of a sentence (closing quotes and brackets count: `...,” he said.` / `(AP)`).
TERMINAL = tuple(".!?…:;\"”’»)]")
# What ends a paragraph (before a pasted headline): not ":" / ";" / ")", which open lists.
PARAGRAPH_END = tuple(".!?…\"”’»'")
_CLOSERS = "\"'”’»)]"
_QUOTE_CHAR = re.compile(f"[{QUOTE_CHARS}]")
_LETTER = re.compile(r"[^\W\d_]")
_SINGLE_QUOTED = re.compile(r"(?:^|[\s(\[:])'[^\W\d_]")  # an opening straight single quote, not an apostrophe
MAX_CHROME_WORDS = 36  # strong rules only look at short lines
LONG_LINE_WORDS = 40  # never removed, whatever it says

# _REPORTING, _UI and _PROMO_OBJECT run on nearly every line: they are matched against the
# lower-cased line, without IGNORECASE, which Python's re runs several times faster.
_REPORTING = re.compile(r"\b(?:said|says|told|tells|according to|added|stated|wrote|asked|announced|reported)\b")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,30}\b")
_URL = re.compile(r"(?:https?://|www\.|(?:[\w-]+\.)+[a-z]{2,6}/)\S*", re.IGNORECASE)
_URL_ONLY = re.compile(rf"\W*{_URL.pattern}\W*", re.IGNORECASE)
_PLATFORM = (r"telegram|twitter|x\.com|facebook|instagram|whatsapp|youtube|tiktok|linkedin|threads|bluesky"
             r"|mastodon|viber|signal|google news|apple news|flipboard|rss|podcast|newsletter")
_CTA_VERB = (r"join|follow|subscribe|sign\s*up|register|download|install|get|support|donate|contribute"
             r"|become|read|click|tap|listen|watch|stay|check\s+out|don['’]t\s+miss|never\s+miss|like\s+us\s+on"
             r"|share|help|try|want|enjoy|discover|explore|find|visit|see|receive|sign\s+in|log\s+in")
_CTA_START = re.compile(rf"^\W*(?:please\s+|also\s+|now\s+|and\s+)?(?:{_CTA_VERB})\b(?![-’'])", re.IGNORECASE)
# What a promotion is about: the outlet itself ("us", "our") or one of its channels/products.
_PROMO_OBJECT = re.compile(
    rf"\b(?:us|our|ours|we|{_PLATFORM}|channel|app|subscription|subscriber|premium|membership|member"
    r"|updates|breaking news|latest news|alerts|notifications|coverage|journalism|free trial|inbox"
    r"|daily briefing|digest|account|here|today|now|this story|this article|more stories)\b",
)
# In a sentence-shaped line, the object must be unmistakable: "Join us", "our newsletter", a platform.
_PROMO_STRONG = re.compile(
    rf"^\W*(?:please\s+)?(?:{_CTA_VERB})\s+(?:to\s+|with\s+)?us\b(?!,)"
    rf"|(?:\bour|['’]s?)\s+(?:[\w-]+\s+){{0,3}}?(?:coverage|newsletters?|channel|app|podcast|journalism|website"
    rf"|site|page|reporting|feed|account|updates|alerts|live\s*blog|subscription|membership|briefing|digest"
    rf"|e-?mails?|patrons?)\b|\b(?:{_PLATFORM})\b|https?://|www\.|(?<![\w.])@\w",
    re.IGNORECASE,
)
_SIGNUP_VERB = re.compile(r"^\W*(?:sign\s*up|subscribe|register|download|donate|install|click|tap)\b",
                          re.IGNORECASE)
# First-person promotion anywhere in a short line ("... Follow us on Telegram, X and YouTube.").
_PROMO_ANYWHERE = re.compile(
    r"\b(?:follow|join|find|like)\s+us\s+(?:on|at|in|via)\b|\b(?:subscribe|sign\s+up)\s+(?:to|for)\s+our\b"
    r"|\bsupport\s+(?:us\b|our\s+(?:work|journalism|newsroom|reporting)|(?:[\w-]+\s+){0,2}journalism\b)"
    r"|\bbecome\s+(?:a|an|our)\s+"
    r"(?:patron|member|subscriber|supporter|donor)\b|\blet\s+us\s+know\s+(?:via|at|by|in)\b",
    re.IGNORECASE,
)
# A promotion that is a statement rather than an imperative: "We are on Telegram", "Our app is free".
_PROMO_STATEMENT = re.compile(
    rf"^\W*(?:we(?:['’]re| are) (?:now )?on|find us on|you can (?:also )?(?:follow|find|support|read|join)"
    rf"|our (?:{_PLATFORM}|channel|app|newsletter)\b|(?:{_PLATFORM})\s*:)",
    re.IGNORECASE,
)
_UI = re.compile(
    r"\b(?:ctrl\s*\+|ctrl[- ]enter|cmd\s*\+|press\s+(?:the\s+)?(?:button|enter|ctrl|key)|highlight\s+(?:the\s+)?text"
    r"|select\s+(?:the\s+)?text|click\s+(?:here|the\s+button|on\s+the)|tap\s+(?:here|to\b)"
    r"|enable\s+javascript|javascript\s+(?:is\s+)?(?:disabled|required)|your\s+browser|(?:accept|use)\s+cookies"
    r"|cookie\s+(?:policy|settings)|report\s+(?:a|an|the)\s+(?:typo|error|mistake)"
    r"|(?:notice|found|spot|see)\s+(?:a|an)\s+(?:typo|error|mistake)|scroll\s+(?:down|up)\b"
    r"|(?:log|sign)\s+in\s+to\s+(?:comment|continue|read)|comments?\s+are\s+(?:closed|disabled)"
    r"|(?:in\s+)?the\s+comments?\s+(?:section\s+)?below"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b|skip\s+to\s+(?:main\s+)?content|^(?:menu|search|close|log\s*in|sign\s*in)$"
    r"|loading\.\.\.|play\s+video|video\s+player|toggle\s+caption|open\s+in\s+app)",
)
# Words (maximal runs of \w in the lower-cased line) without one of which `_UI` cannot match: each
# branch starts at a word boundary with a word that a non-word character follows, or holds one
# between spaces ("... the comments below", "5 min read").
_UI_WORDS = frozenset("""ctrl cmd press highlight select click tap enable javascript your accept use cookie report
notice found spot see scroll log sign comment comments read skip menu search close login signin loading play video
toggle open""".split())
# The same for `_PROMO_ANYWHERE` ("follow us on", "subscribe to our", "support", "become a", "let us know").
_PROMO_ANYWHERE_WORDS = frozenset({"us", "our", "support", "become"})
_WORDS = re.compile(r"\w+")
_SHARE_WORDS = re.compile(
    rf"^(?:(?:share|print|tweet|email|e-mail|save|copy|link|comments?|this|article|story|page|on|via|or"
    rf"|{_PLATFORM}|reddit|pinterest|messenger|whatsapp|x)\b[\s,|:/·•-]*)+$",
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|partner\s+content|paid\s+content"
    r"|skip\s+advertisement|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+|the\s+)?advert\w*)?"
    r"|continue\s+reading\s+(?:below|the\s+main\s+story))\W*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)|\ball\s+rights\s+reserved\b", re.IGNORECASE)
_BYLINE = re.compile(
    r"^\(?(?:by|written\s+by|reporting\s+by|additional\s+reporting\s+by|editing\s+by|edited\s+by|writing\s+by"
    r"|translated\s+by|author\s*:|photo(?:graph)?s?(?:\s+by)?\s*:?|image(?:\s+credit)?\s*:|credit\s*:|source\s*:"
    r"|\(photo)\s",
    re.IGNORECASE,
)
_TIMESTAMP = re.compile(r"^(?:published|updated|last\s+updated|posted|first\s+published)\b\s*(?:on|at|:)?",
                        re.IGNORECASE)
_RELATED = re.compile(r"^(?:read\s+(?:more|also|next)|also\s+read|see\s+(?:also|more)"
                      r"|related(?:\s+(?:news|stories|articles?))?|more\s+(?:on\s+this|from|news)|recommended"
                      r"|most\s+read|trending|watch|don['’]t\s+miss"
                      r"|tags?|topics?|filed\s+under|more)\b\s*[:>|»-]",
                      re.IGNORECASE)
# Dates and times only: "Wednesday, March 13, 2013, 12:38 AM EDT", "05 / 02 / 2013".
_DATE_WORDS = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|[ap]\.?\s?m|(?-i:[A-Z]{2,4})|GMT[+-]\d+|\d+(?:st|nd|rd|th|am|pm)?)\b\.?|[\d:,./|\s+-]",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d",
                       re.IGNORECASE)
# Words of running prose that headlines leave out (articles, pronouns, past auxiliaries).
_PROSE_WORDS = {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
                "i", "you", "his", "her", "their", "our", "my", "your", "was", "were", "had", "been", "would"}
# Finite auxiliaries: headlines drop them ("Inspections planned"), sentences keep them.
_AUXILIARIES = {"is", "are", "will", "has", "have", "be", "being", "does", "did", "do", "could", "should", "can",
                "may", "might", "must"}
# "Home > World > Europe", "News / Politics / Elections": short segments joined by arrows or bars.
_BREADCRUMB = re.compile(r"[^\W\d][^>»|/›\d]{0,30}(?:\s+[>»|/›]\s+[^\W\d][^>»|/›\d]{0,30}){2,}")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
                "with", "from", "as", "vs", "via", "into", "over", "after", "amid", "up", "off", "per", "is"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


def words(line: str) -> list[str]:
    return line.split()


def has_quote(line: str) -> bool:
    return bool(_QUOTE_CHAR.search(line) or ("'" in line and _SINGLE_QUOTED.search(line)))


def ends_sentence(line: str) -> bool:
    """Ends with sentence punctuation, possibly followed by closing quotes/brackets (`subdued.'`)."""
    s = line.rstrip()
    return s.endswith(TERMINAL) or s.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def is_sentence(line: str) -> bool:
    """A line that is (or holds) a real sentence: never removed by the shape rules."""
    s = line.strip()
    return ends_sentence(s) or s.endswith(",") or has_quote(s) or len(words(s)) >= LONG_LINE_WORDS


def is_protected(line: str) -> bool:
    """Lines no rule may remove: quotations, reported speech, long lines."""
    return _protected(line, len(words(line)), line.lower())


def _protected(line: str, n: int, low: str) -> bool:
    """`is_protected` given the line's word count and lower-cased text."""
    return has_quote(line) or n >= LONG_LINE_WORDS or (_maybe_reporting(low) and bool(_REPORTING.search(low)))


def _maybe_reporting(low: str) -> bool:
    """False when `_REPORTING` cannot match: none of its words is in the line (a cheap precheck)."""
    return ("said" in low or "says" in low or "told" in low or "tells" in low or "according to" in low
            or "added" in low or "stated" in low or "wrote" in low or "asked" in low or "announced" in low
            or "reported" in low)


def _letters(line: str) -> list[str]:
    return [ch for ch in line if ch.isalpha()]


def is_all_caps(line: str) -> bool:
    letters = _letters(line)
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) / len(letters) >= 0.85


def is_title_case(line: str) -> bool:
    """Most significant words capitalised (`Trump's Efforts to Brown Nose Putin Continue`)."""
    tokens = [t for t in _WORD.findall(line)]
    significant = [t for t in tokens if t.lower() not in _SMALL_WORDS]
    if len(significant) < 3:
        return False
    return sum(t[0].isupper() for t in significant) / len(significant) >= 0.75


def strong_reason(line: str) -> str | None:
    """The reason a line is chrome by what it says, or None. `line` is stripped."""
    if not line:
        return None
    n = len(words(line))
    low = line.lower()
    if _protected(line, n, low):
        return None
    if not _LETTER.search(line):
        return "separator"
    if n > MAX_CHROME_WORDS:
        return None
    if _URL_ONLY.fullmatch(line):
        return "url-only"
    # Most lines are prose that no rule matches: a regex that scans the whole line runs only when
    # a word it needs is there. (Case-insensitive patterns are prechecked on ASCII lines only:
    # Unicode case folding can match letters that lower() leaves alone, such as 'ſ' for 's'.)
    tokens = set(_WORDS.findall(low))
    ascii_line = line.isascii()
    if not tokens.isdisjoint(_UI_WORDS) and _UI.search(low):
        return "ui-instruction"
    sentence_shaped = line.endswith((".", "!", "?"))
    if n <= 8 and _SHARE_WORDS.match(line) and not sentence_shaped:
        return "share-print"
    if n <= 8 and _ADVERT.match(line):
        return "advertisement"
    if n <= 12 and _RELATED.match(line):
        return "related-link"
    if "@" in line and _HANDLE.search(line) and (_PROMO_STATEMENT.match(line)
                                                  or (_CTA_START.match(line) and _PROMO_OBJECT.search(low))):
        return "social-handle"
    if _PROMO_STATEMENT.match(line) or ((not ascii_line or not tokens.isdisjoint(_PROMO_ANYWHERE_WORDS))
                                        and _PROMO_ANYWHERE.search(line)):
        return "call-to-action"
    if _CTA_START.match(line):
        obj = _PROMO_OBJECT.search(low)
        # A sentence starting with "Support"/"Find"/"See" is usually prose: ask for a clearer
        # object (the outlet, a platform) there; a shouted or unpunctuated line needs less.
        if obj and (not sentence_shaped or is_all_caps(line) or _PROMO_STRONG.search(line)
                    or (n <= 4 and _SIGNUP_VERB.match(line))):
            return "call-to-action"
    if n <= 20 and (not ascii_line or "rights" in tokens or low.startswith(("(c)", "copyright"))) \
            and _COPYRIGHT.search(line):
        return "copyright"
    if n <= 25 and not sentence_shaped and _BREADCRUMB.fullmatch(line):
        return "navigation"
    if n <= 12 and _BYLINE.match(line) and not sentence_shaped:
        return "byline"
    if n <= 10 and re.search(r"\d", line) and (_TIMESTAMP.match(line) or _is_date_only(line)):
        return "timestamp"
    return None


def _is_date_only(line: str) -> bool:
    return bool(_HAS_DATE.search(line)) and not _DATE_WORDS.sub("", line).strip(" ,.:;/|()-–")


def looks_like_headline(line: str) -> bool:
    """A short line that is not a sentence and is shaped like a headline."""
    n = len(words(line))
    if is_sentence(line) or not 1 <= n <= 18 or line.endswith((",", "-", "–", "—")):
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    tokens = [t.lower() for t in _WORD.findall(line)]
    if not tokens or tokens[-1] in _SMALL_WORDS | _PROSE_WORDS:  # ends mid-phrase: a wrapped line
        return False
    if is_all_caps(line) or is_title_case(line):
        return True
    # Sentence case: only headline-ese (no articles/pronouns, no clause commas, not ending mid-phrase).
    if n > 14 or ", " in line:
        return False
    return not any(t in _PROSE_WORDS or t in _AUXILIARIES for t in tokens)


def hard_wrapped(text: str) -> bool:
    """Text wrapped at a fixed width, as plain-text mail and archives are: blank lines part its
    paragraphs, and most lines run on into the next one mid-sentence, none of them long."""
    return hard_wrapped_lines(text.split("\n"))


def hard_wrapped_lines(lines: list[str]) -> bool:
    """`hard_wrapped` for text already split into lines."""
    if "" not in lines[1:-1]:
        return False  # no empty line between paragraphs (no "\n\n" in the text)
    runs = [a.rstrip() for a, b in zip(lines, lines[1:]) if a.strip() and b.strip() and not list_item(b)]
    if len(runs) < 5 or max(len(line) for line in lines) > 100:
        return False
    open_ended = sum(1 for line in runs if line[-1] not in ".!?:;\"”’)")
    return open_ended >= 0.6 * len(runs)


_LIST_ITEM = re.compile(r"\s*(?:[•*\-–—]|\d{1,2}[.)])\s")


def list_item(line: str) -> bool:
    """A line that starts an item of a list ("- milk", "• eggs", "2. bread"): it never continues the line before."""
    return bool(_LIST_ITEM.match(line))
