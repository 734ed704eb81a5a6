"""`melati search`: ranked articles with highlighted snippets, filters and facets."""
from __future__ import annotations

import sys

import click

from .common import (csv_option, day_text, emit_csv, emit_json, emit_xlsx, json_option, open_archive,
                     output_choice, xlsx_option)

BOLD, RESET = "\033[1m", "\033[0m"


def marked(text: str, terminal: bool) -> str:
    """«word» marks -> bold on a terminal, kept as they are when piped."""
    if not terminal:
        return text
    return text.replace("\u00ab", BOLD).replace("\u00bb", RESET)


class MinusWordsCommand(click.Command):
    """A command whose `-word` arguments are query words (docs/search.md: `-word` excludes a word),
    not unknown options: click would read `-pelatihan` as -p -e -l ... (and -h as help)."""

    def parse_args(self, ctx, args):
        valued = {o for p in self.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts}
        known = {o for p in self.params for o in getattr(p, "opts", [])} | set(ctx.help_option_names)
        out, after_dashes = [], False
        for i, arg in enumerate(args):
            word = (not after_dashes and arg.startswith("-") and not arg.startswith("--") and len(arg) > 1
                    and arg not in known and not (i and args[i - 1] in valued))
            after_dashes = after_dashes or arg == "--"
            out.append(MINUS + arg[1:] if word else arg)
        return super().parse_args(ctx, out)


MINUS = "\u2212"  # stands for a leading "-" while click reads the arguments


def query_text(words) -> str:
    """The query the user typed, from a MinusWordsCommand's arguments."""
    return " ".join(w.replace(MINUS, "-", 1) if w.startswith(MINUS) else w for w in words)


@click.command("search", cls=MinusWordsCommand)
@click.argument("query", nargs=-1)
@click.option("--from", "date_from", metavar="DATE", help="Tanggal awal: 2020, 2020-11, 2020-11-13, '13 November 2020'. First date.")
@click.option("--to", "date_to", metavar="DATE", help="Tanggal akhir (ikut dihitung), bentuk sama dengan --from. Last date, inclusive.")
@click.option("--program", metavar="ID", help="Hanya berita tentang program ini (id, akronim, atau nama). Only items about this program.")
@click.option("--speaker", metavar="NAME", help="Hanya berita yang mengutip orang ini (nama, alias, salah eja). Only items quoting this person.")
@click.option("--channel", metavar="NAME", help="Hanya berita di kanal ini. Only items published on this channel.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Jumlah hasil. Number of results.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Urutan: relevance (paling cocok) atau date (terbaru dulu). Order of the results.")
@json_option
@csv_option
@xlsx_option
@click.pass_context
def command(ctx, query, date_from, date_to, program, speaker, channel, limit, sort, as_json, as_csv, xlsx):
    """Cari berita: kata, "frasa", judul:, isi:, tanggal:"November 2020", pembicara:, kanal:, tag:;
    banjir ATAU longsor; bantuan BUKAN banjir (atau -banjir).

    Search the archive: words, "phrases", field:value, dates, word~, OR, NOT (see docs/search.md).
    """
    from ..export import ARTICLE_COLUMNS
    from ..search import search

    output = output_choice(as_json, as_csv, xlsx)
    text = query_text(query)
    res = search(open_archive(ctx), text, date_from=date_from, date_to=date_to, program=program,
                 speaker=speaker, channel=channel, limit=limit, sort=sort, with_facets=output == "json")
    if output == "json":
        emit_json(res.to_dict())
        return
    if output == "csv":
        emit_csv(res.rows(), ARTICLE_COLUMNS)
        return
    if output == "xlsx":
        emit_xlsx(xlsx, "Artikel", res.rows(), ARTICLE_COLUMNS)
        return
    terminal = sys.stdout.isatty()  # bold only where the results are read, never into a pipe or a file
    if res.corrected_from:
        click.echo(f"Tidak ada hasil untuk \u201c{res.corrected_from}\u201d; menampilkan hasil untuk "
                   f"\u201c{res.query}\u201d.")
    if not res.hits:
        click.echo("Tidak ada hasil.")
    for n, hit in enumerate(res.hits, 1):
        head = f"{n}. {day_text(hit.date)}  {hit.title}"
        click.echo(BOLD + head + RESET if terminal else head)
        meta = "  ".join(x for x in [hit.channel or "", ", ".join(hit.programs), hit.url or hit.path] if x)
        click.echo(f"   {meta}")
        click.echo(f"   {marked(hit.snippet, terminal)}")
        if hit.missing:  # a partial hit, as web search shows it
            click.echo(f"   Tidak memuat: {' '.join(hit.missing)}")
    shown = len(res.hits)
    click.echo(f"{shown} dari {res.total} hasil" if res.total > shown else f"{res.total} hasil")
    if res.suggestion and not res.corrected_from:
        click.echo(f"Mungkin maksud Anda: {res.suggestion}")
