"""`corroborate quotes`, `corroborate bench quotes`, the pipeline stage, and the bench scoring rules."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from corroborate.bench.quotes import intervals, match_quotes, run_bench, speaker_match
from corroborate.cli import main
from corroborate.model import Article, Batch
from corroborate.pipeline import registered
from tests.conftest import shared_path


def test_quotes_cli_bad_line_reported_rest_goes_on(tmp_path):
    src = tmp_path / "in.jsonl"
    good = {"id": "a1", "text": "“We will rebuild the bridge next year,” said Mayor Ana Diaz."}
    src.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a2", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["quotes", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and f"{src}:2:" in errors[0]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2"]
    q = rows[0]["quotes"][0]
    assert q["speaker"] == "Ana Diaz" and q["cue"] == "said" and q["partial"] is False
    assert good["text"][q["start"] : q["end"]] == q["text"]
    assert good["text"][slice(*q["speaker_span"])] == "Ana Diaz" and good["text"][slice(*q["cue_span"])] == "said"
    assert rows[1]["quotes"] == []


def test_quotes_cli_stdout(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 7, "text": "“No,” she said."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(src)])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["id"] == "7"


def test_stage_registered_and_does_not_mutate():
    stage = registered()["quotes"]()
    text = "Ana Diaz spoke. “We are ready for the storm,” she said.\n" + "Filler sentence here. " * 9000
    batch = Batch(articles=[Article(id="x", source="t", raw_text=text, text=text), Article(id="e", source="t", raw_text="")])
    out = stage(batch)
    assert batch.articles[0].quotes == []
    assert [q.speaker for q in out.articles[0].quotes] == ["Ana Diaz"]
    assert out.articles[1].quotes == []
    assert stage(batch).articles[0].quotes == out.articles[0].quotes


def test_matching_rules():
    text = "one two three four five six"
    assert match_quotes(text, [(0, 7)], [(0, 27)]) == []  # 2 shared of 6: under half the longer
    assert match_quotes(text, [(0, 13)], [(0, 27)]) == [(0, 0)]  # 3 of 6: half is enough
    assert match_quotes(text, [(0, 13), (0, 7)], [(0, 13)]) == [(0, 0)]  # one-to-one, best first
    assert speaker_match("Donald Trump", "President Trump")
    assert speaker_match("Rutte", "NATO Secretary-General Mark Rutte")
    assert not speaker_match("Hillary Clinton", "Bill Clinton")
    assert not speaker_match(None, "Trump")


def test_intervals_resample_articles():
    def tally(ok: int, n: int) -> dict[str, int]:
        t = dict.fromkeys(("pred", "gold", "tp", "mention_ok", "mention_n", "corenlp_coref_ok", "corenlp_coref_n",
                           "e2e_tp", "e2e_pred", "e2e_gold"), n)
        return t | {"spk_ok": ok, "spk_n": n}

    same = intervals([tally(3, 4)] * 5, resamples=200)
    assert same["speaker_overall"] == [0.75, 0.75]  # every draw is the same article
    mixed = [tally(4, 4)] * 10 + [tally(0, 4)] * 10
    lo, hi = intervals(mixed, resamples=500)["speaker_overall"]
    assert lo < 0.5 < hi and 0.2 < lo and hi < 0.8
    assert intervals(mixed, resamples=500) == intervals(mixed, resamples=500)  # seeded
    assert intervals([]) == {}


def test_a_miss_from_the_gold_source_mention_is_counted():
    from corroborate.bench.quotes import score
    from corroborate.quotes import QuoteExtractor

    text = "Senator Ann Poole spoke on Monday. “We will cut waste in every school,” the Ohio senator said."
    src = text.index("the Ohio senator")
    q_at = text.index("We will")
    gold = [{"start": q_at, "end": text.index("school,") + 7, "speaker": "the Ohio senator",
             "speaker_span": [src, src + 16], "speaker_resolution": "mention"}]
    row = {"id": "a", "text": text, "quotes": gold}
    res = score([row], [QuoteExtractor().extract(text, "a")])
    assert res["speaker_accuracy"]["named"] == 0.0  # "Ann Poole" does not match "the Ohio senator"
    assert res["diagnostics"]["misses_from_the_gold_source_mention"]["named"] == "1 of 1"


def test_bench_smoke_on_dev(tmp_path):
    data = shared_path("data", "polnear", "polnear_dev.jsonl")
    result = run_bench(data, limit=12)
    assert result["articles"] == 12 and result["articles_per_second"] > 0
    assert result["detection"]["f1"] > 0.8
    assert result["speaker_accuracy"]["overall"] > 0.6
    lo, hi = result["intervals_95"]["speaker_overall"]
    assert lo <= result["speaker_accuracy"]["overall"] <= hi
    out = tmp_path / "r.json"
    cli = CliRunner().invoke(main, ["bench", "quotes", "--data", str(data), "--limit", "3", "--out", str(out)])
    assert cli.exit_code == 0, cli.output
    assert json.loads(out.read_text())["articles"] == 3


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_parser_processes_give_the_same_quotes(monkeypatch, method):
    """Forked workers each run whole articles; elsewhere spaCy's own processes parse. Same quotes."""
    import multiprocessing
    from dataclasses import asdict

    from corroborate.quotes import QuoteExtractor
    from corroborate.quotes import extractor as extractor_module

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(extractor_module, "MIN_PARALLEL", 1)
    monkeypatch.setattr(extractor_module, "start_method", lambda: method)
    forked, real = [], extractor_module.map_forked
    monkeypatch.setattr(extractor_module, "map_forked", lambda *args: forked.append(args) or real(*args))
    items = [(f"Mayor Ann Cole spoke.\n“We will rebuild the {i} bridges,” she said. “Soon.”\n"
              f"Her rival, Tom Hale, called it “a fantasy.”", f"a{i}") for i in range(6)]
    items.insert(3, ("No quotes here at all.", "plain"))
    one = QuoteExtractor().extract_many(items)
    two = QuoteExtractor(workers=2).extract_many(items)
    assert [[asdict(q) for q in qs] for qs in one] == [[asdict(q) for q in qs] for qs in two]
    assert [len(qs) for qs in two] == [3, 3, 3, 0, 3, 3, 3]
    assert two[4][0].text == "We will rebuild the 3 bridges," and two[4][0].speaker == "Ann Cole"
    assert two[4][2].speaker == "Tom Hale"
    assert len(forked) == (method == "fork")


def _extract_in_a_pool_worker(items: list) -> list:
    from corroborate.quotes import QuoteExtractor

    return [[q.speaker for q in qs] for qs in QuoteExtractor(workers=2).extract_many(items)]


def test_a_pool_worker_extracts_in_its_own_process(monkeypatch):
    """A pool's worker is daemonic and may start no processes: there, `workers` is ignored."""
    import multiprocessing

    from corroborate.quotes import extractor as extractor_module

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    monkeypatch.setattr(extractor_module, "MIN_PARALLEL", 1)
    items = [(f"“We will rebuild {i} bridges,” said Mayor Ann Cole.", f"a{i}") for i in range(4)]
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_extract_in_a_pool_worker, (items,)) == [["Ann Cole"]] * 4

