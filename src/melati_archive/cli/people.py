"""`melati people`: the people directory with roles over time, aliases and counts."""
from __future__ import annotations

import re

import click

from .common import csv_option, day_text, emit_csv, emit_json, emit_xlsx, json_option, open_archive, output_choice, xlsx_option


def _role_line(role: dict) -> str:
    span = ""
    if role.get("first"):
        span = f" ({day_text(role['first'])} \u2013 {day_text(role['last'])})"
    org = role.get("organization") or ""
    words = lambda text: set(re.findall(r"\w+", text.lower()))  # noqa: E731
    org = f", {org}" if org and not words(org) <= words(role["title"]) else ""
    return f"{role['title']}{org}{span}"


@click.command("people")
@click.argument("query", nargs=-1)
@json_option
@csv_option
@xlsx_option
@click.pass_context
def command(ctx, query, as_json, as_csv, xlsx):
    """Daftar narasumber: jabatan, nama lain, jumlah berita dan kutipan.

    List people: roles with first/last dates, aliases, number of articles and quotes.
    """
    from ..export import PEOPLE_COLUMNS
    from ..search import people

    output = output_choice(as_json, as_csv, xlsx)
    res = people(open_archive(ctx), " ".join(query))
    if output == "json":
        emit_json(res.to_dict())
        return
    rows = [{**r, "roles": [_role_line(role) for role in h.roles]} for r, h in zip(res.rows(), res.hits)]
    if output == "csv":
        emit_csv(rows, PEOPLE_COLUMNS)
        return
    if output == "xlsx":
        emit_xlsx(xlsx, "Narasumber", rows, PEOPLE_COLUMNS)
        return
    if not res.hits:
        click.echo("Tidak ada orang yang cocok.")
    for h in res.hits:
        span = f"  {day_text(h.first)} \u2013 {day_text(h.last)}" if h.first else ""
        click.echo(f"{h.name}  [{h.articles} berita, {h.quotes} kutipan]{span}")
        if h.aliases:
            click.echo(f"   alias: {', '.join(h.aliases)}")
        for role in h.roles:
            click.echo(f"   {_role_line(role)}")
    click.echo(f"{res.total} orang")
