"""`melati import`: turn text, Markdown, saved pages, WordPress exports and feeds into archive files."""
from __future__ import annotations

import datetime as dt

import click

from ..errors import ImportFailure, MelatiError
from .common import emit_json, json_option, open_archive, progress


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", default="auto", show_default=True,
              type=click.Choice(["auto", "text", "md", "html", "wordpress", "feed", "pdf", "mhtml", "docx", "eml"]),
              help="Format sumber; auto menebak dari isi (lalu ekstensi) berkas. Source format.")
@click.option("--channel", default=None, metavar="NAME",
              help="Kanal (id atau nama di melati.yaml) untuk berita yang sumbernya tidak menyebut kanal. Default channel.")
@click.option("--dry-run", is_flag=True, help="Jangan menulis apa pun; tampilkan yang akan dibuat/dilewati/gagal. Write nothing.")
@click.option("--no-reindex", is_flag=True, help="Jangan perbarui indeks sesudahnya. Do not reindex afterwards.")
@click.option("--date", "pub_date", default=None, metavar="YYYY-MM-DD",
              help="Tanggal terbit satu berita dalam FILE (tanpa ini, halaman yang tidak menyebut tanggal ditandai "
                   "untuk ditinjau). Publication date of the one item in FILE.")
@click.option("--title", default=None, metavar="TEXT",
              help="Judul satu berita dalam FILE (tanpa ini, halaman tanpa judul ditandai untuk ditinjau). "
                   "Headline of the one item in FILE.")
@json_option
@click.pass_context
def command(ctx, paths, fmt, channel, dry_run, no_reindex, pub_date, title, as_json):
    """Impor berkas teks, Markdown, halaman web (berkas atau alamat https://...), PDF, dokumen Word, ekspor WordPress, dan feed RSS/Atom ke arsip.

    Import PATH... (files, folders, or web addresses whose page is fetched) into archive/articles/.
    Never overwrites a file.
    Duplicates (same URL or same text) are skipped and reported with the existing file;
    near-duplicates are imported and linked. An item without a publication date or headline is
    imported and marked for review (`melati check` lists it); `--date`/`--title` set them for one
    file. Exit status 1 when any source failed.
    """
    from ..importers.run import list_sources, run_import

    day = _parse_date(pub_date)
    if title is not None and not title.strip():
        raise MelatiError("--title kosong: tulis judulnya, mis. --title \"Balai Gelar Pelatihan\"")
    arc = open_archive(ctx)
    total = len(list_sources(paths))
    with progress("Mengimpor" if not dry_run else "Memeriksa", total) as advance:
        report = run_import(arc, paths, fmt=fmt, channel=channel, dry_run=dry_run,
                            reindex=not no_reindex, advance=advance, date=day, title=title)
    for warning in report.warnings:
        click.echo(f"melati: peringatan: {warning}", err=True)
    if as_json:
        emit_json(report.to_dict())
    else:
        _print_summary(report)
    if report.failed:
        raise ImportFailure(f"{len(report.failed)} sumber gagal diimpor; sumber lain tetap diimpor")


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise MelatiError(f"--date {value!r} bukan tanggal YYYY-MM-DD yang ada; tulis mis. --date 2024-03-03") from None


def _print_summary(report) -> None:
    verb = "akan dibuat" if report.dry_run else "dibuat"
    for kind, text in report.outcome_lines():
        click.echo(f"{kind}: {text}")
    if report.review:
        click.echo(f"{len(report.review)} berita ditandai untuk ditinjau (halaman tanpa tanggal atau judul): "
                   "`melati check` menunjukkan berkas dan baris yang perlu disunting")
    prefix = "uji coba, tidak ada yang ditulis: " if report.dry_run else ""
    click.echo(f"{prefix}{len(report.created)} {verb}, {len(report.skipped)} dilewati, {len(report.failed)} gagal")
    if report.reindex:
        r = report.reindex
        click.echo(f"indeks: {r.get('added', 0)} ditambahkan, {r.get('updated', 0)} diperbarui, "
                   f"{r.get('removed', 0)} dihapus")
