"""`melati quotes`: direct quotes with speaker, role, date and source; --cite for citations."""
from __future__ import annotations

import click

from ..wording import UNATTRIBUTED
from .common import csv_option, day_text, emit_csv, emit_json, emit_xlsx, json_option, open_archive, output_choice, xlsx_option
from .search import MinusWordsCommand, query_text


@click.command("quotes", cls=MinusWordsCommand)
@click.argument("query", nargs=-1)
@click.option("--speaker", metavar="NAME", help="Hanya kutipan orang ini (nama, alias, salah eja). Only this person's quotes.")
@click.option("--from", "date_from", metavar="DATE", help="Tanggal awal: 2020, 2020-11, 2020-11-13, '13 November 2020'. First date.")
@click.option("--to", "date_to", metavar="DATE", help="Tanggal akhir (ikut dihitung), bentuk sama dengan --from. Last date, inclusive.")
@click.option("--program", metavar="ID", help="Hanya kutipan dari berita tentang program ini. Only quotes from items about this program.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Jumlah kutipan. Number of quotes.")
@click.option("--cite", is_flag=True, help="Cetak setiap kutipan sebagai rujukan siap tempel. Print ready-to-paste citations.")
@json_option
@csv_option
@xlsx_option
@click.pass_context
def command(ctx, query, speaker, date_from, date_to, program, limit, cite, as_json, as_csv, xlsx):
    """Cari kutipan langsung: siapa berkata apa, kapan, dan di berita mana (terbaru dulu tanpa QUERY).

    Find direct quotes; newest first without a QUERY.
    """
    from ..export import QUOTE_COLUMNS
    from ..search import quotes

    output = output_choice(as_json, as_csv, xlsx)
    res = quotes(open_archive(ctx), query_text(query), speaker=speaker, date_from=date_from, date_to=date_to,
                 program=program, limit=limit)
    if output == "json":
        emit_json(res.to_dict())
        return
    if output == "csv":
        emit_csv(res.rows(), QUOTE_COLUMNS)
        return
    if output == "xlsx":
        emit_xlsx(xlsx, "Kutipan", res.rows(), QUOTE_COLUMNS)
        return
    if res.corrected_from:
        click.echo(f"Tidak ada kutipan untuk \u201c{res.corrected_from}\u201d; menampilkan kutipan untuk "
                   f"\u201c{res.query}\u201d.")
    if not res.hits:
        click.echo("Tidak ada kutipan.")
        if res.suggestion:
            click.echo(f"Mungkin maksud Anda: {res.suggestion}")
    for hit in res.hits:
        if cite:
            click.echo(hit.citation)
            click.echo("")
            continue
        who = hit.speaker or f"({UNATTRIBUTED})"
        role = f", {hit.role}" if hit.role else ""
        click.echo(f"{day_text(hit.date)}  {who}{role}")
        click.echo(f"   \u201c{hit.text}\u201d")
        click.echo(f"   {hit.title}  [{hit.article_id}]")
    if not cite:
        shown = len(res.hits)
        click.echo(f"{shown} dari {res.total} kutipan" if res.total > shown else f"{res.total} kutipan")
