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
              help="Parser processes for large inputs (0: all in this process).")
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
                    {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "cue": q.cue, "partial": q.partial}
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
              help="Parser processes for the timed run; one process is timed too, as the baseline.")
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
@click.option("--events", "events_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with ecbplus_dev.jsonl and gvc_dev.jsonl (default: ../shared/data/events).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="Also write the figures here as JSON.")
def bench_speakers_command(events_dir: Path | None, out_path: Path | None) -> None:
    """Speaker accuracy on hand-labelled quotes of ECB+ and GVC dev articles (clean labels)."""
    from corroborate.bench.speakers import run_speaker_labels

    if events_dir is None:
        events_dir = DEFAULT_DATA.parents[1] / "events"
        if not events_dir.exists():
            events_dir = Path("..") / "shared" / "data" / "events"
    if not (Path(events_dir) / "ecbplus_dev.jsonl").exists():
        raise click.ClickException(f"{events_dir}: no ecbplus_dev.jsonl there (give --events)")
    text = json.dumps(run_speaker_labels(events_dir), indent=2, ensure_ascii=False)
    click.echo(text)
    if out_path:
        Path(out_path).write_text(text + "\n", encoding="utf-8")
