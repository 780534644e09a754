"""`corroborate analyze PATH...`: ingest, run the pipeline, store, and print the brief."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from corroborate.ingest import load
from corroborate.pipeline import Pipeline
from corroborate.render import RENDERERS, render
from corroborate.store import DEFAULT_DB, open_store


@click.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(RENDERERS)), default="text", show_default=True,
              help="How to write the brief.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file that keeps what was analysed.")
@click.option("--no-store", is_flag=True, help="Do not write to the database.")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on private or loopback addresses.")
def analyze_command(inputs: tuple[str, ...], fmt: str, out: Path | None, db: str, no_store: bool, allow_private: bool) -> None:
    """Analyze articles (files, folders, JSONL, URLs) and print a story brief.

    Inputs that cannot be read are reported on standard error, one line each; the rest go on.
    """
    batch = load(inputs, allow_private=allow_private)
    for err in batch.errors:
        click.echo(f"corroborate: skipped {err}", err=True)
    if not batch.articles:
        raise click.ClickException("no readable article among the inputs")
    batch = Pipeline()(batch)
    if not no_store:
        with open_store(db) as store:
            store.save(batch)
    text = render(batch, fmt)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
