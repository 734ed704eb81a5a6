"""`melati report`: build the monthly report or the coverage-gap report as a self-contained HTML file."""
from __future__ import annotations

from pathlib import Path

import click

from .common import home_of

_out = click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
                    help="Folder for reports/ output (default: HOME/reports).")


@click.group("report")
def command():
    """Build reports from the archive (laporan bulanan, kesenjangan liputan)."""


def _done(files) -> None:
    click.echo(f"Laporan: {files.html}")
    click.echo(f"  notebook: {files.notebook}; {len(files.tables)} tabel CSV; {files.seconds:.1f} s", err=True)


@command.command("monthly")
@click.option("--month", required=True, metavar="YYYY-MM", help="The month to report on, e.g. 2025-07.")
@_out
@click.pass_context
def monthly(ctx, month, out):
    """Monthly report (laporan bulanan): volume, channels, programs, gaps, voices, outtakes."""
    from ..reports.render import render_monthly

    _done(render_monthly(home_of(ctx), month, out))


@command.command("gaps")
@click.option("--from", "start", required=True, metavar="YYYY-MM", help="First month of the period.")
@click.option("--to", "end", required=True, metavar="YYYY-MM", help="Last month of the period.")
@_out
@click.pass_context
def gaps(ctx, start, end, out):
    """Coverage-gap report (kesenjangan liputan) from one month to another."""
    from ..reports.render import render_gaps

    _done(render_gaps(home_of(ctx), start, end, out))
