"""Shared pieces of the CLI: the home folder, --json/--csv output, progress bars on a terminal."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import click


def home_of(ctx: click.Context) -> Path:
    return ctx.find_root().obj["home"]


def open_archive(ctx: click.Context):
    from ..api import Archive

    return Archive.open(home_of(ctx))


def emit_json(document: Any) -> None:
    click.echo(json.dumps(document, ensure_ascii=False, indent=2, default=str))


def emit_csv(rows: Iterable[dict[str, Any]], columns) -> None:
    """Rows as CSV on stdout for Excel: UTF-8 with a BOM, Indonesian headers, no « » marks (export.py)."""
    from .. import export

    stream = click.get_binary_stream("stdout")
    stream.write(export.csv_bytes(list(rows), columns))
    stream.flush()


def emit_xlsx(path: Path, sheet_name: str, rows: Iterable[dict[str, Any]], columns) -> None:
    """Rows as an Excel workbook at `path`; one line on stdout says where and how many."""
    from .. import export
    from ..errors import MelatiError

    rows = list(rows)
    try:
        export.write_xlsx(path, [export.sheet(sheet_name, rows, columns)])
    except OSError as exc:
        raise MelatiError(f"{path}: tidak bisa menulis berkas Excel ({exc.strerror or exc}); "
                          f"periksa foldernya ada dan bisa ditulisi") from None
    click.echo(f"Tersimpan: {path} ({len(rows)} baris)")


def output_choice(as_json: bool, as_csv: bool, xlsx: Path | None) -> str:
    """"json", "csv", "xlsx" or "text"; two of them at once is a usage error (exit 2)."""
    chosen = [name for name, on in (("--json", as_json), ("--csv", as_csv), ("--xlsx", xlsx is not None)) if on]
    if len(chosen) > 1:
        raise click.UsageError(f"{' dan '.join(chosen)} tidak bisa dipakai bersama; pilih salah satu keluaran "
                               f"(--json, --csv atau --xlsx FILE).")
    return chosen[0].lstrip("-") if chosen else "text"


def day_text(day) -> str:
    """13 November 2020: dates in what a user reads (JSON and CSV keep ISO dates)."""
    from ..nlp.dates import format_date_id

    return format_date_id(day) if day else "-"


def is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator:
    """Yield a callable advance(n=1); draws a rich bar on a terminal, nothing when piped."""
    if not is_terminal():
        yield lambda n=1: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True, console=None,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n=1: bar.advance(task, n)


json_option = click.option("--json", "as_json", is_flag=True,
                           help="Cetak satu dokumen JSON (kunci berbahasa Inggris). Print one JSON document.")
csv_option = click.option("--csv", "as_csv", is_flag=True,
                          help="Cetak baris CSV untuk Excel (UTF-8 dengan BOM, judul kolom Indonesia). "
                               "Print rows as CSV (UTF-8 with BOM, Indonesian headers).")
xlsx_option = click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
                           help="Simpan hasil sebagai buku kerja Excel FILE. Write the rows to an .xlsx workbook.")
