"""`melati quotes`: direct quotes with speaker, role, date and source; --cite for citations."""
from __future__ import annotations

import click

from .common import csv_option, emit_csv, emit_json, json_option, open_archive
from .search import MinusWordsCommand, query_text

COLUMNS = ["date", "speaker", "role", "text", "cue", "article_id", "title", "channel", "url", "programs",
           "citation"]


@click.command("quotes", cls=MinusWordsCommand)
@click.argument("query", nargs=-1)
@click.option("--speaker", metavar="NAME", help="Only this person's quotes (full name, alias or misspelling).")
@click.option("--from", "date_from", metavar="DATE", help="First date: 2020, 2020-11, 2020-11-13, 'November 2020'.")
@click.option("--to", "date_to", metavar="DATE", help="Last date (inclusive), same forms as --from.")
@click.option("--program", metavar="ID", help="Only quotes from items about this program.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Number of quotes.")
@click.option("--cite", is_flag=True, help="Print each quote as a ready-to-paste Indonesian citation.")
@json_option
@csv_option
@click.pass_context
def command(ctx, query, speaker, date_from, date_to, program, limit, cite, as_json, as_csv):
    """Find direct quotes; newest first without a QUERY.

    Cari kutipan langsung: siapa berkata apa, kapan, dan di berita mana.
    """
    from ..search import quotes

    res = quotes(open_archive(ctx), query_text(query), speaker=speaker, date_from=date_from, date_to=date_to,
                 program=program, limit=limit)
    if as_json:
        emit_json(res.to_dict())
        return
    if as_csv:
        emit_csv(res.rows(), COLUMNS)
        return
    if not res.hits:
        click.echo("Tidak ada kutipan (no quotes).")
    for hit in res.hits:
        if cite:
            click.echo(hit.citation)
            click.echo("")
            continue
        who = hit.speaker or "(pembicara tidak disebut)"
        role = f", {hit.role}" if hit.role else ""
        click.echo(f"{hit.date.isoformat()}  {who}{role}")
        click.echo(f"   \u201c{hit.text}\u201d")
        click.echo(f"   {hit.title}  [{hit.article_id}]")
    if not cite:
        shown = len(res.hits)
        click.echo(f"{shown} dari {res.total} kutipan" if res.total > shown else f"{res.total} kutipan")
