"""`corroborate cluster` and `corroborate bench cluster` (placeholder until the cluster work lands)."""
import click


@click.command("cluster")
def cluster_command() -> None:
    """Group JSONL articles."""
    raise click.ClickException("not built yet")


@click.command("cluster")
def bench_cluster_command() -> None:
    """Benchmark story clustering."""
    raise click.ClickException("not built yet")
