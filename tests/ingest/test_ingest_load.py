"""Ingest of every format, folders, bad inputs and duplicates (all offline)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLES

from corroborate.ingest import load, read_jsonl_articles
from corroborate.model import content_id

HARBOR = EXAMPLES / "harbor-bridge"


def test_bundled_examples_load_with_metadata():
    batch = load([str(HARBOR)])
    assert batch.errors == []
    by_outlet = {a.outlet: a for a in batch.articles}
    assert set(by_outlet) == {"The Coastal Courier", "Metro Wire", "Northern Ledger"}
    html = by_outlet["The Coastal Courier"]
    assert html.title == "Harbor Bridge to close for three weeks over cable corrosion"
    assert html.published.startswith("2026-03-12")
    assert "Home" not in html.raw_text and "All rights reserved" not in html.raw_text
    assert "\n“We will not reopen the Harbor Bridge" in html.raw_text  # paragraphs stay lines
    wire = by_outlet["Metro Wire"]
    assert wire.source == wire.url == "https://metrowire.example/local/2026/03/12/harbor-bridge-closure"
    assert wire.published == "2026-03-12"
    ledger = by_outlet["Northern Ledger"]  # from "Follow our coverage ... on @NorthernLedger."
    assert ledger.source.endswith("northern-ledger.txt") and ledger.published is None
    for a in batch.articles:
        assert a.id == content_id(a.raw_text)


def test_folder_sorted_recursive_skips_hidden_and_unsupported(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article body, long enough to be text.\n")
    (tmp_path / "a.txt").write_text("First article body.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Inside a hidden folder.\n")
    (tmp_path / "notes.md").write_text("Not an article.\n")
    batch = load([str(tmp_path)])
    assert [Path(a.source).name for a in batch.articles] == ["a.txt", "two.txt"]
    assert batch.errors == []


def test_bad_inputs_one_error_line_each_rest_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners said the bridge matters.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("The good article still loads.\n", encoding="utf-8")
    batch = load([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [Path(a.source).name for a in batch.articles] == ["good.txt"]
    assert len(batch.errors) == 5
    reasons = {e.split(": ", 1)[0].rsplit("/", 1)[-1]: e.split(": ", 1)[1] for e in batch.errors}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["latin1.txt"].startswith("not UTF-8 text")
    assert reasons["missing.txt"] == "no such file or folder"


def test_same_content_twice_is_one_article(tmp_path: Path):
    f = tmp_path / "x.txt"
    f.write_text("Same words.\n")
    (tmp_path / "copy.txt").write_text("Same words.\n")
    batch = load([str(f), str(f), str(tmp_path)])
    assert len(batch.articles) == 1 and batch.errors == []


def test_jsonl_lines_good_and_bad(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": "One.", "outlet": "Daily Example", "date": "2024-05-01"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Two.", "url": "https://www.example-news.com/x"}),
    ]
    f.write_text("\n".join(lines) + "\n")
    parsed = list(read_jsonl_articles(f))
    assert [n for n, _ in parsed] == [1, 2, 4, 5, 6]
    assert isinstance(parsed[1][1], str) and "invalid JSON" in parsed[1][1]
    batch = load([str(f)])
    one, two = batch.articles
    assert (one.source, one.outlet, one.published) == (f"{f}#1", "Daily Example", "2024-05-01")
    assert (two.source, two.outlet) == ("https://www.example-news.com/x", "example-news.com")
    assert [e.split(": ", 1)[0] for e in batch.errors] == [f"{f}#2", f"{f}#4", f"{f}#5"]


def test_plain_text_outlet_and_title_never_invented(tmp_path: Path):
    f = tmp_path / "plain.txt"
    f.write_text("The council met on Tuesday to discuss the budget.\nIt adjourned without a vote.\n")
    a = load([str(f)]).articles[0]
    assert a.outlet is None and a.title is None
    g = tmp_path / "handle.txt"
    g.write_text("Officials met on Tuesday.\nJOIN US ON TELEGRAM\nFollow our coverage on @Kyivpost_official.\n"
                 "The Kyiv Post asked for comment.\n")
    assert load([str(g)]).articles[0].outlet == "Kyiv Post"
    h = tmp_path / "copyright.txt"
    h.write_text("Officials met on Tuesday.\n© 2026 The Harbour Gazette. All rights reserved.\n")
    assert load([str(h)]).articles[0].outlet == "The Harbour Gazette"


def test_html_files_charset_and_empty_page(tmp_path: Path):
    page = ("<html><head><meta charset='iso-8859-1'><meta property='og:site_name' content='Le Courrier'></head>"
            "<body><article><p>Le café du port a rouvert lundi après trois semaines de travaux sur le pont.</p>"
            "<p>Les commerçants ont salué la décision du conseil municipal.</p></article></body></html>")
    (tmp_path / "latin.htm").write_bytes(page.encode("iso-8859-1"))
    (tmp_path / "nothing.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    batch = load([str(tmp_path)])
    (a,) = batch.articles
    assert "Le café du port" in a.raw_text and a.outlet == "Le Courrier"
    assert batch.errors == [f"{tmp_path / 'nothing.html'}: no article text found in HTML"]


def test_journalist_handle_is_not_the_outlet(tmp_path: Path):
    f = tmp_path / "j.txt"
    f.write_text("Officials met on Tuesday to discuss the bridge.\nFollow Ana Ruiz on Twitter @anaruiz.\n")
    assert load([str(f)]).articles[0].outlet is None


def test_explicit_file_of_other_type_sniffed(tmp_path: Path):
    page = tmp_path / "saved-page"
    page.write_text("<!DOCTYPE html><html><head><meta property='og:site_name' content='Sniffed News'></head><body>"
                    "<article><p>The harbour authority confirmed the closure of the bridge on Friday morning.</p>"
                    "</article></body></html>")
    (a,) = load([str(page)]).articles
    assert a.outlet == "Sniffed News" and "<" not in a.raw_text
    assert load([str(tmp_path)]).errors == [f"{tmp_path}: folder has no supported files (.txt, .html, .htm, .jsonl, .ndjson)"]


def test_jsonl_whole_file_problems(tmp_path: Path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    binary = tmp_path / "bin.jsonl"
    binary.write_bytes(b"\x00\x01\x02{}\n")
    latin = tmp_path / "latin.ndjson"
    latin.write_bytes('{"text": "Caf\xe9"}\n'.encode("latin-1") + b'{"text": "Fine line."}\n')
    assert list(read_jsonl_articles(empty)) == [(0, "empty file")]
    assert list(read_jsonl_articles(tmp_path / "missing.jsonl"))[0][0] == 0
    batch = load([str(empty), str(binary), str(latin)])
    assert [a.raw_text for a in batch.articles] == ["Fine line."]
    assert batch.errors == [f"{empty}: empty file", f"{binary}#1: binary data", f"{latin}#1: not UTF-8 text"]


def test_jsonl_reader_streams_a_large_real_file():
    from conftest import shared_path

    path = shared_path("data", "polnear", "polnear_train.jsonl")
    rows = list(read_jsonl_articles(path))
    assert len(rows) > 500 and all(isinstance(obj, dict) for _, obj in rows)
