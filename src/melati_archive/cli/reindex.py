"""`melati reindex`: bring index/ up to date with archive/ (incremental; --full rebuilds)."""
from __future__ import annotations

import click

from .common import emit_json, json_option, open_archive, progress


@click.command("reindex")
@click.option("--full", is_flag=True, help="Bangun ulang dari awal (indeks lama dipakai sampai selesai). Rebuild from scratch.")
@click.option("--wait", type=float, default=None, metavar="SECONDS",
              help="Berapa detik menunggu reindex lain yang sedang berjalan (bawaan 20). Wait for a running reindex.")
@json_option
@click.pass_context
def command(ctx, full, wait, as_json):
    """Perbarui indeks pencarian: hanya berkas yang berubah dibaca ulang.

    Update the search index from the archive files.
    """
    from ..index import reindex

    arc = open_archive(ctx)
    result = reindex(arc, full=full, progress=progress, lock_timeout=wait)
    for message in result.messages:
        click.echo(f"melati: {message}", err=True)
    for failure in result.failed:
        where = failure["path"] + (f":{failure['line']}" if failure.get("line") else "")
        click.echo(f"melati: dilewati {where}: {failure['error']}", err=True)
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(result.summary())
