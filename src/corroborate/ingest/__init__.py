"""Ingest: read plain text, HTML, JSONL, folders and URLs into `Article`s (raw, not yet cleaned).

`load(inputs)` never raises for one bad input: it adds one line `"<input>: <reason>"` to
`Batch.errors` and goes on. Articles are identified by `content_id(raw_text)`, so the same content
given twice (or by two paths) is kept once.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from corroborate.ingest.readers import (
    InputError,
    article_from_html,
    article_from_record,
    article_from_text,
    declared_charset,
    decode_text,
    read_bytes,
    read_jsonl_articles,
)
from corroborate.ingest.web import Fetch, HttpResponse, Refused, get, is_url
from corroborate.model import Article, Batch

__all__ = ["load", "read_jsonl_articles", "article_from_record", "Fetch", "HttpResponse", "SUPPORTED_SUFFIXES"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def _walk(folder: Path, errors: list[tuple[str, str]]) -> Iterator[Path]:
    """Supported, non-hidden files under `folder`, recursively, in sorted order (symlinked
    folders are not followed); an unreadable subfolder adds to `errors` and the walk goes on."""

    def onerror(exc: OSError) -> None:
        errors.append((str(exc.filename or folder), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
                yield path


def _from_file(path: Path) -> Iterator[Article | tuple[str, str]]:
    """Articles of one file, or (input, reason) pairs for what could not be read."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        for number, item in read_jsonl_articles(path):
            where = str(path) if number == 0 else f"{path}#{number}"
            if isinstance(item, str):
                yield where, item
                continue
            try:
                yield article_from_record(item, where)
            except InputError as exc:
                yield where, str(exc)
        return
    try:
        data = read_bytes(path)
        text = decode_text(data, fallback=declared_charset(data) if suffix in HTML_SUFFIXES else None)
        head = text.lstrip()[:15].lower()
        sniffed_html = suffix not in TEXT_SUFFIXES and head.startswith(("<!doctype html", "<html"))
        if suffix in HTML_SUFFIXES or sniffed_html:
            yield article_from_html(text, str(path))
        else:
            yield article_from_text(text, str(path))
    except InputError as exc:
        yield str(path), str(exc)


def _from_url(url: str, allow_private: bool, fetch: Fetch | None) -> Article:
    try:
        final, resp = get(url, allow_private=allow_private, fetch=fetch)
    except Refused as exc:
        raise InputError(str(exc)) from exc
    ctype = (resp.header("Content-Type") or "").lower()
    if not resp.body.strip():
        raise InputError("empty response")
    if "html" in ctype or (not ctype and resp.body.lstrip()[:1] == b"<"):
        return article_from_html(resp.body, url, url=final)
    if ctype.startswith("text/plain"):
        charset = ctype.partition("charset=")[2].split(";")[0].strip() or None
        return article_from_text(decode_text(resp.body, fallback=charset), url, url=final)
    raise InputError(f"unsupported content type {ctype or 'unknown'!r}")


def load(inputs: Iterable[str], *, allow_private: bool = False, fetch: Fetch | None = None) -> Batch:
    """Read files, folders (recursed) and http(s) URLs into one batch of raw articles.

    `fetch(url) -> HttpResponse` replaces the HTTP getter (tests); `allow_private` permits
    private/loopback hosts, which are refused by default.
    """
    batch = Batch()
    seen: set[str] = set()

    def add(item: Article | tuple[str, str]) -> None:
        if isinstance(item, tuple):
            batch.errors.append(f"{item[0]}: {item[1]}")
        elif item.id not in seen:
            seen.add(item.id)
            batch.articles.append(item)

    for given in inputs:
        given = str(given)
        if is_url(given):
            try:
                add(_from_url(given, allow_private, fetch))
            except InputError as exc:
                add((given, str(exc)))
            continue
        path = Path(given)
        try:
            if path.is_dir():
                walk_errors: list[tuple[str, str]] = []
                files = list(_walk(path, walk_errors))
                for err in walk_errors:
                    add(err)
                if not files and not walk_errors:
                    add((given, "folder has no supported files (" + ", ".join(SUPPORTED_SUFFIXES) + ")"))
                for file in files:
                    for item in _from_file(file):
                        add(item)
            elif path.exists():
                for item in _from_file(path):
                    add(item)
            elif re.match(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+/", given):
                add((given, "no such file or folder (for a URL, begin it with https://)"))
            else:
                add((given, "no such file or folder"))
        except OSError as exc:
            add((given, f"cannot read: {exc.strerror or exc}"))
    return batch
