"""Turning bytes into `Article`s: plain text, HTML and JSONL records.

Each reader returns articles or raises `InputError` with a one-line reason; `load` turns that into
one line of `Batch.errors` so one bad input never stops the batch.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from corroborate.ingest.meta import clean_str, host_of, iso_date, outlet_from_text, title_from_text
from corroborate.model import Article, content_id

MAX_FILE_BYTES = 20 * 1024 * 1024
MIN_HTML_WORDS = 5


class InputError(Exception):
    """One input cannot be used; the message is the reason shown after `<input>: `."""


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputError(f"file larger than {limit} bytes")
    return data


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a `<meta>` tag near its start, if a known codec."""
    import codecs

    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, fallback: str | None = None) -> str:
    """UTF-8 text (or `fallback`, an HTML page's declared charset) with newlines normalised to `\\n`.

    Raises `InputError` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            if not fallback or fallback == "utf-8":
                raise
            text = data.decode(fallback)
        except (UnicodeDecodeError, LookupError):
            raise InputError(f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise InputError("binary file (control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_text(text: str, source: str, *, url: str | None = None) -> Article:
    """A plain-text article: outlet/title only from clear signals in the text (or the URL host)."""
    raw = text.strip("\n")
    if not raw.strip():
        raise InputError("empty file")
    return Article(
        id=content_id(raw), source=source, raw_text=raw, url=url,
        outlet=outlet_from_text(raw) or host_of(url), title=title_from_text(raw),
    )


def _meta_tags(html: str | bytes) -> dict[str, str]:
    """`<meta property|name=... content=...>` pairs, lower-cased keys, first value wins."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable markup simply has no metadata
        return {}
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    return found


def article_from_html(html: str | bytes, source: str, *, url: str | None = None) -> Article:
    """Main text by trafilatura (one paragraph a line); title/outlet/date from metadata."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               output_format="txt", deduplicate=False)
    if not text or len(text.split()) < MIN_HTML_WORDS:  # a menu or a single link is not an article
        raise InputError("no article text found in HTML")
    text = text.replace("\r\n", "\n").strip("\n")
    meta = _meta_tags(html)
    try:
        doc = trafilatura.extract_metadata(html, default_url=url, extensive=False)
    except Exception:  # noqa: BLE001 - metadata is optional
        doc = None
    title = clean_str(meta.get("og:title")) or clean_str(getattr(doc, "title", None))
    outlet = (clean_str(meta.get("og:site_name")) or clean_str(meta.get("application-name"))
              or clean_str(getattr(doc, "sitename", None)) or host_of(url))
    published = iso_date(meta.get("article:published_time") or meta.get("datepublished")
                         or meta.get("pubdate") or meta.get("date")) or iso_date(getattr(doc, "date", None))
    return Article(id=content_id(text), source=source, raw_text=text, url=url,
                   outlet=outlet, title=title, published=published)


_TEXT_KEYS = ("text", "body", "content")


def article_from_record(record: dict, source: str) -> Article:
    """An article from one JSONL object (`text`, and optionally url/outlet/title/published)."""
    text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        raise InputError("no non-empty 'text' field")
    text = text.replace("\r\n", "\n").strip("\n")
    url = clean_str(record.get("url"))
    outlet = (clean_str(record.get("outlet")) or clean_str(record.get("site_name"))
              or clean_str(record.get("publisher")) or host_of(url))
    published = iso_date(record.get("published") or record.get("date") or record.get("published_at"))
    return Article(id=content_id(text), source=url or source, raw_text=text, url=url,
                   outlet=outlet, title=clean_str(record.get("title")), published=published)


def read_jsonl_articles(path: str | Path) -> Iterator[tuple[int, dict | str]]:
    """Each non-blank line of a JSONL file as (line number, parsed object) or (line number, error).

    Streams the file (no size cap; one line may be at most `MAX_FILE_BYTES`). A file that cannot
    be read at all, or has no non-blank line, yields one `(0, reason)`.
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield 0, f"cannot read file: {exc.strerror or exc}"
        return
    seen_any = False
    with fh:
        number = 0
        while True:
            try:
                raw = fh.readline(MAX_FILE_BYTES + 1)
            except OSError as exc:
                yield number + 1, f"cannot read file: {exc.strerror or exc}"
                return
            if not raw:
                break
            number += 1
            if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
                yield number, f"line longer than {MAX_FILE_BYTES} bytes"
                while raw and not raw.endswith(b"\n"):  # skip the rest of that line
                    raw = fh.readline(MAX_FILE_BYTES)
                continue
            if not raw.strip():
                continue
            seen_any = True
            yield number, _parse_line(raw, first=number == 1)
    if not seen_any:
        yield 0, "empty file"


def _parse_line(raw: bytes, *, first: bool) -> dict | str:
    if b"\x00" in raw:
        return "binary data"
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError:
        return "not UTF-8 text"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(obj, dict):
        return f"not a JSON object ({type(obj).__name__})"
    return obj
