"""`melati extract FILE|-`: run the extractor on one raw text without archiving it."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import MelatiError
from .common import emit_json, json_option


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise MelatiError(f"{source}: berkas tidak ditemukan (beri berkas teks, atau - untuk membaca input standar)")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise MelatiError(
            f"{source}: bita ke-{exc.start} bukan UTF-8 (simpan berkasnya sebagai UTF-8 lalu ulangi)"
        ) from None


def _format_date(day) -> str:
    try:
        from ..nlp.dates import format_date_id

        return format_date_id(day)
    except Exception:  # noqa: BLE001 - the dates module may not be there yet
        return day.isoformat()


def render_summary(result) -> str:
    out = []
    if result.title:
        out.append(f"Judul   : {result.title}")
    out.append(f"Tanggal : {_format_date(result.date) if result.date else '-'}")
    out.append(f"Lokasi  : {result.location or '-'}")
    if result.event_dates:
        spans = [_format_date(a) if a == b else f"{_format_date(a)} - {_format_date(b)}" for a, b in result.event_dates]
        out.append(f"Acara   : {'; '.join(spans)}")
    named = [p for p in result.people if not p.initials_only]
    out.append("")
    out.append(f"Tokoh ({len(named)}):")
    for p in named:
        line = f"  - {p.name}"
        if p.role:
            line += f" — {p.role}"
        if p.aliases:
            line += f" (juga: {', '.join(p.aliases)})"
        out.append(line)
    out.append("")
    out.append(f"Kutipan ({len(result.quotes)}):")
    for i, q in enumerate(result.quotes, 1):
        who = q.speaker or "(tidak diketahui)"
        if q.role:
            who += f", {q.role}"
        out.append(f"  {i}. \u201c{q.text}\u201d")
        out.append(f"     — {who}" + (f" [{q.cue}]" if q.cue else ""))
    if result.acronyms:
        out.append("")
        out.append("Singkatan:")
        for a in result.acronyms:
            out.append(f"  {a.short} = {a.long}")
    if result.credits:
        out.append("")
        out.append("Kredit: " + "; ".join(f"{k}: {v}" for k, v in result.credits.items()))
    return "\n".join(out)


@click.command("extract")
@click.argument("source", metavar="FILE|-")
@json_option
def command(source: str, as_json: bool) -> None:
    """Ekstrak tanggal, tokoh, kutipan, dan singkatan dari satu teks siaran pers.

    Extract dateline, people, quotes and acronyms from one raw text.
    """
    from ..nlp.extract import extract

    result = extract(_read(source))
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(render_summary(result))
