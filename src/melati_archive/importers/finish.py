"""A draft becomes an archive Article: date, place and title settled, provenance fields added."""
from __future__ import annotations

import datetime as dt
import os

from .. import limits
from ..errors import ImportFailure
from ..model import Article
from ..weburl import CONTROL_RE, one_line, safe_url, without_tracking
from .addressdates import day_in_address
from .datelines import dateline_of, first_body_date
from .draft import Draft
from .titles import clip_title, title_from_story


def to_article(draft: Draft, *, channel: str | None, language: str, today: dt.date) -> Article:
    """The Article to write; raises ImportFailure only when the item has no text.

    A missing date or title never refuses the item: it gets a provisional value and a `review`
    entry in its front matter saying which field waits and why (see review.py)."""
    _settle_fields(draft)
    body = draft.body.strip("\n")
    if not body.strip():
        raise ImportFailure("berita tidak berisi teks")
    size = len(body.encode("utf-8"))
    if size > limits.MAX_ARTICLE_BYTES:  # check and reindex would refuse the file
        raise ImportFailure(f"artikel terlalu besar: {size} byte (batas {limits.mb(limits.MAX_ARTICLE_BYTES)}); "
                            "pecah menjadi beberapa artikel")
    review: dict[str, str] = {}
    dateline = dateline_of(body)
    # the page's own date line, its dateline, else the day its address files it under
    date = draft.date or (dateline.date if dateline else None) or day_in_address(draft.url, today)
    if date is None:
        found = first_body_date(body)
        if found is not None:
            date = found.date
            review["date"] = (f"halaman tidak menyebut tanggal terbit; sementara diisi tanggal kegiatan dari isi berita "
                              f"({found.text}), periksa tanggal terbitnya")
        else:
            date = today
            review["date"] = "halaman tidak menyebut tanggal terbit; sementara diisi tanggal impor"
        draft.warnings.append(f"{draft.source}: halaman tidak menyebut tanggal terbit; diimpor bertanggal {date.isoformat()} "
                              "dan ditandai untuk ditinjau (isi dengan --date YYYY-MM-DD atau di berkasnya)")
    title = clip_title(draft.title) if draft.title else ""
    if not title:
        title = title_from_story(body[dateline.end:] if dateline else body) or ""
        if title:
            review["title"] = "halaman tanpa judul; judul sementara dibuat dari kalimat pertama"
        else:
            title = os.path.splitext(os.path.basename(draft.source.rstrip("/")))[0] or "tanpa judul"
            review["title"] = "halaman tanpa judul; judul sementara dari nama berkas"
        draft.warnings.append(f"{draft.source}: halaman tanpa judul; diberi judul {title!r} dan ditandai untuk ditinjau "
                              "(isi dengan --title \"...\" atau di berkasnya)")
    if review:
        draft.extra = {**draft.extra, "review": {**review, **_dict(draft.extra.get("review"))}}
    return Article(
        id="",
        path="",
        title=title,
        date=date,
        body=body,
        channel=draft.channel or channel,
        url=draft.url,
        author=draft.author,
        editor=draft.editor,
        language=draft.language or language,
        tags=list(draft.tags),
        programs=list(draft.programs),
        location=draft.location or (dateline.location if dateline else None),
        fictional=draft.fictional,
        overrides=dict(draft.overrides),
        extra=_provenance(draft, today),
    )


def _dict(value) -> dict:
    return dict(value) if isinstance(value, dict) else {}


def _settle_fields(draft: Draft) -> None:
    """What any importer hands over, made safe to store and print: one-line fields without control
    characters (a NUL or ESC from a feed title would reach the terminal), and a link kept only
    when it is http(s) (a `javascript:` link would become live on the search page)."""
    for name in ("title", "author", "editor", "translator", "location", "channel", "language"):
        value = getattr(draft, name)
        if isinstance(value, str) and CONTROL_RE.search(value):
            setattr(draft, name, " ".join(one_line(value).split()) or None)
    draft.tags = [" ".join(one_line(t).split()) for t in draft.tags if one_line(t).strip()]
    draft.programs = [" ".join(one_line(p).split()) for p in draft.programs if one_line(p).strip()]
    if draft.url and safe_url(draft.url) is None:
        draft.warnings.append(f"{draft.source}: tautan {one_line(draft.url)[:80]!r} bukan http(s); tidak disimpan")
        draft.url = None
    elif draft.url:
        draft.url = without_tracking(draft.url.strip())
    draft.body = CONTROL_RE.sub(lambda m: m.group() if m.group() in "\t\n" else "", draft.body)


def _provenance(draft: Draft, today: dt.date) -> dict:
    extra = dict(draft.extra)
    if draft.translator:
        extra["translator"] = draft.translator
    if draft.partial:
        extra["partial"] = True
    # only the file name (and item): an absolute path of someone's machine does not belong in the archive
    extra.setdefault("source", os.path.basename(draft.source.rstrip("/")))
    extra.setdefault("imported", today.isoformat())
    return extra
