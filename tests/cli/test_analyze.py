"""End to end: `corroborate analyze` on the seeds, the bundled examples and bad input."""
from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from conftest import EXAMPLES
from corroborate.align import same_speaker
from corroborate.cli import main


def analyze(*args: str):
    result = CliRunner().invoke(main, ["analyze", *args], catch_exceptions=False)
    return result


def test_seeds_one_story_right_speakers_aligned_rutte(seeds_dir, tmp_path):
    res = analyze(str(seeds_dir), "--format", "json", "--db", str(tmp_path / "c.db"))
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert len(data["articles"]) == 2
    assert len(data["stories"]) == 1 and len(data["stories"][0]["article_ids"]) == 2
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for q in data["quotes"]:
        assert texts[q["article_id"]][q["start"] : q["end"]] == q["text"]
    speakers = {q["speaker"] for q in data["quotes"]}
    assert speakers <= {"Mark Rutte", "Vladimir Putin", "Donald Trump"}, speakers
    assert {"Mark Rutte", "Vladimir Putin", "Donald Trump"} <= speakers
    quotes = {q["id"]: q for q in data["quotes"]}
    shared = [u for u in data["utterances"] if len({quotes[i]["article_id"] for i in u["quote_ids"]}) == 2]
    assert shared and all(u["speaker"] == "Mark Rutte" for u in shared)
    aligned = " ".join(quotes[i]["text"] for u in shared for i in u["quote_ids"])
    for phrase in ("restore normal relations", "maintain the pressure", "Russia will not go away", "naive about the Russians"):
        assert aligned.count(phrase) >= 2, phrase
    assert all(u["differences"] for u in shared)


def test_examples_brief_in_every_format(tmp_path):
    db = str(tmp_path / "c.db")
    for fmt in ("text", "json", "markdown", "html"):
        res = analyze(str(EXAMPLES / "harbor-bridge"), "--format", fmt, "--db", db)
        assert res.exit_code == 0, res.output
        assert res.stdout.strip()
    data = json.loads(analyze(str(EXAMPLES / "harbor-bridge"), "--format", "json", "--no-store").stdout)
    assert len(data["stories"]) == 1 and len({a["outlet"] for a in data["articles"]}) == 3
    shared = [u for u in data["utterances"] if len(u["quote_ids"]) > 1]
    assert shared
    quotes = {q["id"]: q for q in data["quotes"]}
    for u in data["utterances"]:
        assert all(same_speaker(quotes[i]["speaker"], u["speaker"]) for i in u["quote_ids"])
    with sqlite3.connect(db) as conn:  # analysed four times, stored once
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text('The mayor spoke on Monday.\n"We will rebuild the bridge," Mayor Ana Ruiz said.\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait, said Jos\xe9.".encode("latin-1"))
    res = analyze(str(tmp_path), "--format", "json", "--no-store")
    assert res.exit_code == 0
    errors = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(errors) == 3
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert sum(name in line for line in errors) == 1
    data = json.loads(res.stdout)
    assert [a["source"].endswith("good.txt") for a in data["articles"]] == [True]


def test_nothing_readable_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    res = analyze(str(tmp_path / "empty.txt"), "--no-store")
    assert res.exit_code != 0 and "no readable article" in res.stderr
