"""`melati show ID`: one article as a reader wants it on a terminal; --open opens its source."""
from __future__ import annotations

import textwrap
import webbrowser

import click

from ..errors import MelatiError
from ..wording import UNATTRIBUTED
from .common import emit_json, json_option, open_archive

WIDTH = 88


def _date(day) -> str:
    from ..nlp.dates import format_date_id

    return format_date_id(day)


def render(view) -> str:
    """The article as plain text: a header of labelled lines, the paragraphs, then quotes and people."""
    out = [view.title, "=" * min(len(view.title), WIDTH),
           f"Tanggal  : {_date(view.date)}",
           f"Kanal    : {view.channel or '-'}",
           f"Sumber   : {view.url or '(tidak ada URL)'}",
           f"Berkas   : {view.path}",
           f"Program  : {', '.join(view.programs) or '-'}"]
    if view.tags:
        out.append(f"Tag      : {', '.join(view.tags)}")
    out.append("")
    for paragraph in view.paragraphs():
        out.extend(textwrap.wrap(paragraph, WIDTH) or [""])
        out.append("")
    if view.note:
        out.append(view.note)
        return "\n".join(out).rstrip()
    out.append(f"Kutipan ({len(view.quotes)}):")
    for n, q in enumerate(view.quotes, 1):
        out.extend(textwrap.wrap(f"\u201c{q.text}\u201d", WIDTH, initial_indent=f"  {n}. ",
                                 subsequent_indent=" " * (len(str(n)) + 4)))
        who = ", ".join(x for x in [q.speaker or f"({UNATTRIBUTED})", q.role] if x)
        out.append(" " * (len(str(n)) + 4) + f"\u2014 {who}")
    out.append("")
    out.append(f"Narasumber dan tokoh ({len(view.speakers)}):")
    for s in view.speakers:
        out.append(f"  - {s.name}" + (f", {s.role}" if s.role else "") + (f" ({s.quotes} kutipan)" if s.quotes else ""))
    return "\n".join(out).rstrip()


def as_dict(view) -> dict:
    from ..model import _jsonable

    return {"id": view.id, "title": view.title, "date": view.date, "channel": view.channel, "url": view.url,
            "path": view.path, "programs": view.programs, "tags": view.tags, "body": view.body,
            "speakers": [_jsonable(s) for s in view.speakers], "quotes": [_jsonable(q) for q in view.quotes],
            "note": view.note}


@click.command("show")
@click.argument("article_id", metavar="ID")
@click.option("--open", "open_source", is_flag=True,
              help="Buka sumbernya: URL di peramban, atau berkas arsipnya. Open its source URL or archive file.")
@json_option
@click.pass_context
def command(ctx, article_id, open_source, as_json):
    """Tampilkan satu berita lengkap: judul, tanggal, kanal, URL, teks, kutipan dan narasumbernya.

    Show one article (ID as in `melati search --csv`, column "ID berita"): title, date, channel,
    URL, text, quotes with speakers.
    """
    from ..reader import article_view

    view = article_view(open_archive(ctx), article_id)
    if as_json:
        emit_json(as_dict(view))
    else:
        click.echo(render(view))
    if open_source:
        target = view.url or view.file.resolve().as_uri()
        if not webbrowser.open(target):
            raise MelatiError(f"tidak ada peramban atau aplikasi untuk membuka {target}; buka alamat itu sendiri")
        click.echo(f"Dibuka: {target}", err=True)
