"""JSONL input for the commands that read articles line by line (`quotes`, `cluster`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from corroborate.ingest import read_jsonl_articles


def article_records(path: Path, on_error: Callable[[str], None], *, require_text: bool) -> Iterator[tuple[str, dict]]:
    """(id, record) for each usable line; each unusable one is passed to `on_error` as one line
    `"<path>:<line>: <reason>"`, and reading goes on.

    A usable record is a JSON object with a non-empty scalar `id` and, when present or required,
    a string `text`.
    """
    for lineno, row in read_jsonl_articles(path):
        where = f"{path}:{lineno}" if lineno else str(path)
        if isinstance(row, str):
            on_error(f"{where}: {row}")
            continue
        aid, text = row.get("id"), row.get("text")
        if not isinstance(aid, (str, int)) or isinstance(aid, bool) or str(aid) == "":
            on_error(f"{where}: missing or invalid 'id'")
        elif (require_text or text is not None) and not isinstance(text, str):
            on_error(f"{where}: no 'text' string")
        else:
            yield str(aid), row
