"""`melati report`: build the monthly report or the coverage-gap report as a self-contained HTML file."""
from __future__ import annotations

from pathlib import Path

import click

from .common import home_of

_out = click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
                    help="Folder laporan (bawaan: HOME/reports). Output folder (default: HOME/reports).")
_pdf = click.option("--pdf", "pdf", is_flag=True,
                    help="Cetak juga PDF di samping HTML (perlu Chromium atau Chrome). Also print a PDF beside the HTML.")


@click.group("report")
def command():
    """Buat laporan dari arsip (laporan bulanan, kesenjangan liputan).

    Build reports from the archive: HTML, one CSV per table, and a PDF with --pdf.
    """


def _done(files, pdf: bool, home) -> None:
    from ..review import pending_count

    click.echo(f"Laporan: {files.html}")
    if pdf:
        from ..reports.pdf import html_to_pdf

        click.echo(f"PDF: {html_to_pdf(files.html)}")
    seconds = f"{files.seconds:.1f}".replace(".", ",")
    click.echo(f"  notebook: {files.notebook}; {len(files.tables)} tabel CSV; {seconds} detik", err=True)
    waiting = pending_count(home)
    if waiting:  # the report itself says how many of its own period wait
        click.echo(f"catatan: {waiting} berita di arsip menunggu tinjauan dan tidak dihitung di laporan mana pun "
                   "sampai tanggal dan judulnya dipastikan (`melati check` menunjukkan berkasnya)", err=True)


@command.command("monthly")
@click.option("--month", required=True, metavar="YYYY-MM", help="Bulan laporan, mis. 2025-07. The month to report on.")
@_out
@_pdf
@click.pass_context
def monthly(ctx, month, out, pdf):
    """Laporan bulanan: volume, kanal, program, kesenjangan, narasumber, keluaran.

    Monthly report: volume, channels, programs, gaps, voices, outtakes.
    """
    from ..reports.render import render_monthly

    _done(render_monthly(home_of(ctx), month, out), pdf, home_of(ctx))


@command.command("gaps")
@click.option("--from", "start", required=True, metavar="YYYY-MM", help="Bulan pertama periode. First month.")
@click.option("--to", "end", required=True, metavar="YYYY-MM", help="Bulan terakhir periode. Last month.")
@_out
@_pdf
@click.pass_context
def gaps(ctx, start, end, out, pdf):
    """Laporan kesenjangan liputan dari satu bulan ke bulan lain.

    Coverage-gap report from one month to another.
    """
    from ..reports.render import render_gaps

    _done(render_gaps(home_of(ctx), start, end, out), pdf, home_of(ctx))
