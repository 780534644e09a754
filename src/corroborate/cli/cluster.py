"""`corroborate cluster` and `corroborate bench cluster`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

import click

from corroborate.cli.jsonl import article_records
from corroborate.cluster.split import limit_blas_threads
from corroborate.cluster.stream import Preparer, StoryStream, prepare_all


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def cluster_lines(path: Path, out: TextIO, err: TextIO, workers: int = 0) -> tuple[int, int]:
    """Stream `path` (JSONL) through cleaning, dedup and clustering; returns (articles written, bad lines).

    Lines are written once the input is read: a later split of a story can move an earlier article.
    `workers` > 0 runs the per-article work (cleaning, features, MinHash) in that many processes.
    """
    stream = StoryStream()
    results: list[dict[str, str | None]] = []
    latest: dict[str, dict[str, str | None]] = {}  # article id -> its (latest) result line
    bad_lines: list[str] = []

    def report(message: str) -> None:
        bad_lines.append(message)
        err.write(message + "\n")

    items = ((aid, row.get("text") or "", _str_or_none(row.get("title")), _str_or_none(row.get("published")))
             for aid, row in article_records(path, report, require_text=False))
    for prepared in prepare_all(Preparer(stream.clusterer.params, clean=True), items, workers):
        story, dup = stream.add_prepared(prepared)
        latest[prepared.id] = {"id": prepared.id, "story": story, "duplicate_of": dup}
        results.append(latest[prepared.id])
        for moved, new_story in stream.moves:
            if moved in latest:
                latest[moved]["story"] = new_story
    for line in results:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(results), len(bad_lines)


@click.command("cluster")
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the JSONL here instead of stdout.")
@click.option("--workers", default=0, show_default=True,
              help="Worker processes for cleaning and features (0: all in this process).")
def cluster_command(input_path: Path, out_path: Path | None, workers: int) -> None:
    """Group JSONL articles (id, text; title, published, outlet when known) into stories.

    Articles are taken in file order as they arrive; one line per article is written:
    {"id", "story", "duplicate_of"}. A bad line is reported on stderr and skipped.
    """
    limit_blas_threads()
    if out_path is None:
        cluster_lines(input_path, sys.stdout, sys.stderr, workers)
        return
    with out_path.open("w", encoding="utf-8") as out:
        cluster_lines(input_path, out, sys.stderr, workers)


@click.command("cluster")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the results as JSON here.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with ecbplus_dev.jsonl and gvc_dev.jsonl (default ../shared/data/events).")
@click.option("--sizes", default=None,
              help="Stream lengths for the throughput runs, comma-separated; '' for none "
                   "[default: 10000,100000,1000000; 10000 with --quick].")
@click.option("--quick", is_flag=True, help="Small run: 3 orders and a 10,000-article stream.")
@click.option("--orders", default=10, show_default=True, help="Arrival orders per corpus.")
@click.option("--folds", default=3, show_default=True, help="Cross-validation folds (by topic / incident).")
@click.option("--workers", default=2, show_default=True,
              help="Worker processes for the throughput runs' per-article work (0: all in one process).")
@click.option("--throughput-only", is_flag=True, help="Skip the accuracy and dedup parts.")
def bench_cluster_command(out_path: Path | None, data_dir: Path | None, sizes: str, quick: bool,
                          orders: int, folds: int, workers: int, throughput_only: bool) -> None:
    """Benchmark dedup + story clustering: accuracy on the dev events, dedup, throughput."""
    from corroborate.bench.cluster import default_data_dir, run_bench

    data_dir = data_dir or default_data_dir()
    if not data_dir.is_dir():
        raise click.ClickException(f"{data_dir}: event data not found (pass --data)")
    if sizes is None:
        sizes = "10000" if quick else "10000,100000,1000000"
    try:
        size_list = [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError:
        raise click.BadParameter(f"not a comma-separated list of integers: {sizes!r}", param_hint="--sizes")
    if quick:
        orders = min(orders, 3)
    result = run_bench(data_dir, size_list, orders=orders, folds=folds, log=lambda m: click.echo(m, err=True),
                       workers=max(0, workers), accuracy=not throughput_only)
    text = json.dumps(result, indent=2)
    click.echo(text)
    if out_path is not None:
        out_path.write_text(text + "\n", encoding="utf-8")
