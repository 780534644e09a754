"""The `corroborate` command line: one group, each command in its own module."""
from __future__ import annotations

import click

from corroborate import __version__
from corroborate.cli.analyze import analyze_command
from corroborate.cli.cluster import bench_cluster_command, cluster_command
from corroborate.cli.quotes import bench_quotes_command, bench_speakers_command, quotes_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def main() -> None:
    """Compare how news outlets cover the same story."""


@main.group("bench")
def bench() -> None:
    """Benchmarks: print figures and write them as JSON."""


main.add_command(analyze_command)
main.add_command(quotes_command)
main.add_command(cluster_command)
bench.add_command(bench_quotes_command)
bench.add_command(bench_speakers_command)
bench.add_command(bench_cluster_command)
