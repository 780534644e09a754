"""Speakers against the hand-labelled quotes of ECB+ and GVC dev articles (clean labels, see bench/speakers.py)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from corroborate.bench.speakers import LABELS, run_speaker_labels
from corroborate.cli import main
from tests.conftest import shared_path


def test_labels_name_their_articles_and_spans():
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 160 and {r["sample"] for r in rows} == {"blind-1", "blind-2", "blind-3"}
    assert all(r["end"] > r["start"] >= 0 and r["corpus"] in ("ecbplus_dev.jsonl", "gvc_dev.jsonl") for r in rows)


def test_speaker_accuracy_on_the_labelled_quotes(tmp_path):
    events = shared_path("data", "events")
    result = run_speaker_labels(events)
    for sample in ("blind-1", "blind-2", "blind-3"):
        figures = result["samples"][sample]
        # floors under the figures measured when the last labels were made (0.92, 0.96, 0.92): a regression guard
        assert figures["speaker_accuracy"] >= 0.85, (sample, figures, result["misses"])
    out = tmp_path / "s.json"
    cli = CliRunner().invoke(main, ["bench", "speakers", "--events", str(events), "--out", str(out)])
    assert cli.exit_code == 0, cli.output
    assert json.loads(out.read_text())["samples"]["blind-2"]["labelled_quotes"] == 46
