"""`corroborate quotes` and `corroborate bench quotes` (placeholder until the quotes work lands)."""
import click


@click.command("quotes")
def quotes_command() -> None:
    """Extract quotes from JSONL articles."""
    raise click.ClickException("not built yet")


@click.command("quotes")
def bench_quotes_command() -> None:
    """Benchmark quote extraction."""
    raise click.ClickException("not built yet")
