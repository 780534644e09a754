"""Small helpers shared by the readers: dates, hosts, outlet names found in the text itself."""
from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or datetime string for `value`, or None when it cannot be read as one."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
        return None
    # A bare date stays a date: do not invent a midnight time.
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return parsed.date().isoformat()
    return parsed.isoformat()


def host_of(url: str | None) -> str | None:
    """The host of `url` without a leading `www.`, lower-cased (`www.kyivpost.com` -> `kyivpost.com`)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host or None


def clean_str(value: object) -> str | None:
    """`value` as a stripped string, None when absent or blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


# "Follow our coverage ... on @NorthernLedger", "Join us on Telegram: @kyivpost_official":
# a first-person call to action naming the outlet's own handle.
_OWN_HANDLE = re.compile(
    r"^\W*(?:follow|join|subscribe|find)\b(?=[^\n]*\b(?:our|us)\b)[^\n@]{0,80}@([A-Za-z][A-Za-z0-9_]{2,30})",
    re.IGNORECASE | re.MULTILINE,
)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?,?\s*"
    r"((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})",
    re.MULTILINE,
)
_HANDLE_SUFFIX = re.compile(r"(?:_?(?:official|news|online|media|hq|daily))+$", re.IGNORECASE)


def outlet_from_text(text: str) -> str | None:
    """The outlet's name where the text itself clearly states it, else None (never guessed).

    Signals: a copyright line (`© 2026 The Coastal Courier`), or a first-person call to action
    with the outlet's handle (`Follow our coverage on @NorthernLedger` -> `Northern Ledger`). A handle
    becomes a name by splitting its CamelCase; where the text spells that name with spaces
    (`Kyiv Post` for `@Kyivpost_official`), the text's spelling is used.
    """
    m = _COPYRIGHT.search(text)
    if m:
        name = re.sub(r"\s+All$", "", m.group(1))
        name = re.sub(r"[.,]+$", "", name).strip()
        if name and name.lower() not in {"all", "the"}:
            return name
    m = _OWN_HANDLE.search(text)
    if not m:
        return None
    stem = _HANDLE_SUFFIX.sub("", m.group(1)).strip("_") or m.group(1)
    squashed = re.sub(r"[^a-z0-9]", "", stem.lower())
    # Prefer the text's own spelling of the same letters ("Kyiv Post" for "Kyivpost").
    for cand in re.finditer(r"\b(?:The\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*){0,3}", text):
        words = cand.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if "".join(words[i:j]).lower() == squashed and j - i > 1:
                    return " ".join(words[i:j])
    parts = [p for p in re.split(r"_|(?<=[a-z0-9])(?=[A-Z])", stem) if p]
    return " ".join(p[:1].upper() + p[1:] for p in parts) or None


_TERMINAL = tuple(".!?…:;,\"”’»)")


def title_from_text(text: str) -> str | None:
    """The first line as title only when it is clearly a headline: short, no final punctuation,
    followed by body text. Otherwise None (a lede sentence is not a title)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    words = first.split()
    if not 3 <= len(words) <= 20 or first.endswith(_TERMINAL) or not first[0].isupper():
        return None
    if any(q in first for q in "\"“”«»") or "@" in first or "http" in first.lower():
        return None
    if len(lines[1].split()) < 8:  # what follows must be body text, not more chrome
        return None
    return first
