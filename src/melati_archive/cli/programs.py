"""`melati programs`: the program knowledge base with each program's last coverage date."""
from __future__ import annotations

import click

from .common import csv_option, day_text, emit_csv, emit_json, emit_xlsx, json_option, open_archive, output_choice, xlsx_option


@click.command("programs")
@click.argument("query", nargs=-1)
@json_option
@csv_option
@xlsx_option
@click.pass_context
def command(ctx, query, as_json, as_csv, xlsx):
    """Daftar program: akronim, jumlah berita, dan tanggal terakhir diberitakan.

    List programs with their acronym, number of items and last coverage date.
    """
    from ..export import PROGRAM_COLUMNS
    from ..search import programs

    output = output_choice(as_json, as_csv, xlsx)
    res = programs(open_archive(ctx), " ".join(query))
    if output == "json":
        emit_json(res.to_dict())
        return
    if output == "csv":
        emit_csv(res.rows(), PROGRAM_COLUMNS)
        return
    if output == "xlsx":
        emit_xlsx(xlsx, "Program", res.rows(), PROGRAM_COLUMNS)
        return
    if not res.hits:
        click.echo("Tidak ada program yang cocok.")
    for h in res.hits:
        acr = f" ({h.acronym})" if h.acronym else ""
        last = day_text(h.last_covered) if h.last_covered else "belum pernah"
        click.echo(f"{h.id}: {h.name}{acr}  [{h.articles} berita, terakhir {last}]")
    click.echo(f"{res.total} program")
