"""`corroborate analyze` (placeholder until the end-to-end path lands)."""
import click


@click.command("analyze")
def analyze_command() -> None:
    """Analyze articles and print a story brief."""
    raise click.ClickException("not built yet")
