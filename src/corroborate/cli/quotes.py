"""`corroborate quotes`, `corroborate bench quotes` and `corroborate bench speakers`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from corroborate.bench.quotes import DEFAULT_DATA
from corroborate.cli.jsonl import article_records


@click.command("quotes")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="Write JSONL here (default: stdout).")
@click.option("--workers", default=0, show_default=True,
              help="Worker processes for large inputs, each taking whole articles (0: all in this process).")
def quotes_command(input_path: Path, out_path: Path | None, workers: int) -> None:
    """Extract quotes, speakers and cues from JSONL articles (`id`, `text`)."""
    from corroborate.quotes import QuoteExtractor

    report = lambda message: click.echo(message, err=True)  # noqa: E731
    items = [(row["text"], aid) for aid, row in article_records(input_path, report, require_text=True)]
    results = QuoteExtractor(workers=max(0, workers)).extract_many(items) if items else []
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    try:
        for (_, article_id), quotes in zip(items, results):
            record = {
                "id": article_id,
                "quotes": [
                    {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "cue": q.cue,
                     "partial": q.partial, **q.source_spans()}
                    for q in quotes
                ],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out_path:
            out.close()


@click.command("quotes")
@click.option("--data", "data", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="PolNeAR-style JSONL with gold quotes (default: ../shared/data/polnear/polnear_dev.jsonl).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the figures here as JSON.")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--workers", default=2, show_default=True,
              help="Worker processes for the timed run; one process is timed too, as the baseline.")
def bench_quotes_command(data: Path | None, out_path: Path | None, limit: int | None, workers: int) -> None:
    """Benchmark quote detection, speaker attribution and speed against gold quotes."""
    from corroborate.bench.quotes import run_bench

    if data is None:
        cwd_default = Path("..") / "shared" / "data" / "polnear" / "polnear_dev.jsonl"
        data = DEFAULT_DATA if DEFAULT_DATA.exists() else cwd_default
    if not Path(data).exists():
        raise click.ClickException(f"{data}: no such file (give --data)")
    result = run_bench(data, limit=limit, workers=max(0, workers))
    text = json.dumps(result, indent=2)
    click.echo(text)
    if out_path:
        Path(out_path).write_text(text + "\n", encoding="utf-8")


@click.command("speakers")
@click.option("--data", "shared_data", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The shared data folder, with events/ (ECB+, GVC dev) and polnear/ (default: ../shared/data).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the figures here as JSON.")
def bench_speakers_command(shared_data: Path | None, out_path: Path | None) -> None:
    """Speaker accuracy on hand-labelled quotes of ECB+, GVC and PolNeAR articles (clean labels), and
    how often PolNeAR's own coreference-resolved speakers agree with those labels."""
    from corroborate.bench.speakers import corpus_dirs, run_speaker_labels

    if shared_data is None:
        shared_data = DEFAULT_DATA.parents[1]
        if not shared_data.exists():
            shared_data = Path("..") / "shared" / "data"
    missing = [str(d / c) for c, d in corpus_dirs(shared_data).items() if not (d / c).exists()]
    if missing:
        raise click.ClickException(f"{shared_data}: no {missing[0]} (give --data, the shared data folder)")
    text = json.dumps(run_speaker_labels(shared_data), indent=2, ensure_ascii=False)
    click.echo(text)
    if out_path:
        Path(out_path).write_text(text + "\n", encoding="utf-8")
