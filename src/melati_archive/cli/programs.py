"""`melati programs`: the program knowledge base with each program's last coverage date."""
from __future__ import annotations

import click

from .common import csv_option, emit_csv, emit_json, json_option, open_archive


@click.command("programs")
@click.argument("query", nargs=-1)
@json_option
@csv_option
@click.pass_context
def command(ctx, query, as_json, as_csv):
    """List programs with their acronym, number of items and last coverage date.

    Daftar program: akronim, jumlah berita, dan tanggal terakhir diberitakan.
    """
    from ..search import programs

    res = programs(open_archive(ctx), " ".join(query))
    if as_json:
        emit_json(res.to_dict())
        return
    if as_csv:
        emit_csv(res.rows(), ["id", "name", "acronym", "articles", "last_covered", "target_per_month",
                              "description"])
        return
    if not res.hits:
        click.echo("Tidak ada program yang cocok (no program matches).")
    for h in res.hits:
        acr = f" ({h.acronym})" if h.acronym else ""
        last = h.last_covered.isoformat() if h.last_covered else "belum pernah (never)"
        click.echo(f"{h.id}: {h.name}{acr}  [{h.articles} berita, terakhir {last}]")
    click.echo(f"{res.total} program")
