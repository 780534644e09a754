"""`corroborate cluster` and a tiny `corroborate bench cluster` run."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import shared_path
from corroborate.bench.cluster import same_days
from corroborate.cli import main

TEXT = ("Firefighters battled a blaze at a disused paper mill on Canal Street in Eastbrook overnight. "
        "Chief officer Dana Whitlock said nobody was hurt and the cause was not yet known. "
        "Residents were told to keep windows closed while crews damped down the ruins on Sunday.")


def test_cluster_command_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "title": "Mill fire", "published": "2020-01-05", "outlet": "X"}),
        "{not json",
        json.dumps({"id": "a2", "text": "Advertisement\n" + TEXT, "extra": [1, 2]}),
        json.dumps({"text": "no id here"}),
        "",
        json.dumps({"id": 7, "text": "A chess club in Riverton elected Moira Blane as its new president."}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["cluster", str(src), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [
        {"id": "a1", "story": "s_a1", "duplicate_of": None},
        {"id": "a2", "story": "s_a1", "duplicate_of": "a1"},
        {"id": "7", "story": "s_7", "duplicate_of": None},
    ]
    errors = [x for x in res.stderr.splitlines() if x]
    assert len(errors) == 2
    assert errors[0].startswith(f"{src}:2:") and errors[1].startswith(f"{src}:4:")
    # stdout without --out, same content
    res2 = CliRunner().invoke(main, ["cluster", str(src)])
    assert [json.loads(x) for x in res2.stdout.splitlines()] == rows
    # worker processes: same lines, same errors
    res3 = CliRunner().invoke(main, ["cluster", str(src), "--workers", "2"])
    assert res3.exit_code == 0, res3.output
    assert [json.loads(x) for x in res3.stdout.splitlines()] == rows
    assert [x for x in res3.stderr.splitlines() if x] == errors


def test_bench_cluster_smoke(tmp_path: Path) -> None:
    events = shared_path("data", "events")
    data = tmp_path / "events"
    data.mkdir()
    ecb = [json.loads(x) for x in (events / "ecbplus_dev.jsonl").open(encoding="utf-8")]
    gvc = [json.loads(x) for x in (events / "gvc_dev.jsonl").open(encoding="utf-8")]
    small = [r for r in ecb if r["topic"] in {"1", "3", "7", "12"}]
    (data / "ecbplus_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in small), encoding="utf-8")
    (data / "gvc_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in gvc[:30]), encoding="utf-8")
    out = tmp_path / "bench.json"
    res = CliRunner().invoke(main, ["bench", "cluster", "--data", str(data), "--sizes", "400",
                                    "--orders", "2", "--folds", "2", "--out", str(out)])
    assert res.exit_code == 0, res.output
    result = json.loads(out.read_text(encoding="utf-8"))
    cv = result["cross_validated"]
    for corpus in ("ecbplus", "gvc"):
        for metric in ("pair", "bcubed"):
            assert 0.3 < cv[corpus][metric]["f1"]["mean"] <= 1.0
    stress = result["in_sample_defaults"]["ecbplus_sisters_on_the_same_days"]
    assert 0.3 < stress["bcubed"]["f1"]["mean"] <= 1.0
    assert result["dedup"]["pair_recall"] > 0.9
    assert result["dedup"]["linked_with_exact_jaccard_below_0.3"] == 0
    pooled, single = result["throughput"]  # worker processes, then one process as the baseline
    assert (pooled["workers"], single["workers"]) == (2, 0)
    for tp in (pooled, single):
        assert tp["articles"] == 400 and tp["articles_per_s"] > 0 and len(tp["ms_per_article_by_tenth"]) == 10
        assert tp["cpu_ms_per_article"] > 0


def test_same_days_gives_every_article_its_topics_median_date() -> None:
    rows = [{"id": "a", "topic": "1", "published": "2013-05-02T10:00"}, {"id": "b", "topic": "1"},
            {"id": "c", "topic": "1", "published": "2013-05-09"}, {"id": "d", "topic": "1", "published": "2013-05-03"},
            {"id": "e", "topic": "2"}]
    got = same_days(rows)
    assert [r["published"] for r in got] == ["2013-05-03"] * 4 + [None]
    assert rows[1] == {"id": "b", "topic": "1"}  # the input is not changed


def test_bench_cluster_throughput_only(tmp_path: Path) -> None:
    events = shared_path("data", "events")
    out = tmp_path / "bench.json"
    res = CliRunner().invoke(main, ["bench", "cluster", "--data", str(events), "--sizes", "300",
                                    "--workers", "0", "--throughput-only", "--out", str(out)])
    assert res.exit_code == 0, res.output
    result = json.loads(out.read_text(encoding="utf-8"))
    assert "cross_validated" not in result and "dedup" not in result
    [tp] = result["throughput"]
    assert tp["articles"] == 300 and tp["workers"] == 0 and tp["articles_per_s"] > 0
