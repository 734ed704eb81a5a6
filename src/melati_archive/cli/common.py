"""Shared pieces of the CLI: the home folder, --json/--csv output, progress bars on a terminal."""
from __future__ import annotations

import csv
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


def emit_csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("; ".join(v) if isinstance(v, list) else v) for k, v in row.items()})


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


json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document on stdout.")
csv_option = click.option("--csv", "as_csv", is_flag=True, help="Print rows as CSV on stdout.")
