"""`melati check`: validate the archive without indexing and list every problem with path and line."""
from __future__ import annotations

import click

from ..errors import MelatiError
from ..review import review_message
from .common import emit_json, json_option, open_archive


@click.command()
@json_option
@click.option("--strict", is_flag=True, help="Peringatan dihitung sebagai galat (keluar 1). Treat warnings as errors.")
@click.pass_context
def command(ctx, as_json, strict):
    """Periksa arsip: setiap masalah dengan berkas, baris, dan cara memperbaikinya.

    Validate archive/ (front matter, people, programs, metrics) and list every problem.
    Exit status 1 when there is an error."""
    arc = open_archive(ctx)
    report = arc.store.check_report()
    errors, warnings = len(report.errors), len(report.warnings)
    failing = errors + (warnings if strict else 0)
    if as_json:
        emit_json({
            "ok": failing == 0,
            "articles": report.articles,
            "errors": errors,
            "warnings": warnings,
            "problems": [p.to_dict() for p in report.problems],
            "near_duplicates": [list(pair) for pair in report.near_duplicates],
            "pending_review": report.pending_review,
        })
    else:
        for problem in report.problems:
            click.echo(str(problem))
        for a, b in report.near_duplicates:
            click.echo(f"hampir sama: {a} <-> {b}")
        click.echo(
            f"diperiksa {report.articles} berita: {errors} galat, {warnings} peringatan, "
            f"{len(report.near_duplicates)} pasangan hampir sama"
        )
        waiting = review_message(report.pending_review, listed=True)
        if waiting:
            click.echo(waiting)
    if failing:
        what = f"{errors} galat" + (f" dan {warnings} peringatan" if strict and warnings else "")
        raise MelatiError(f"arsip punya {what}; perbaiki lalu jalankan `melati check` lagi")
