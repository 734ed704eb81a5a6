"""One article as a reader wants it: its text, quotes with speakers, people and programs (`melati show`, the search page).

The text comes from the archive file; quotes, speakers and the programs the index found come
through the public search functions (filtered to the article's day), so an archive without an
index still shows its text, with a note instead of quotes.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import MelatiError


@dataclass
class Speaker:
    name: str
    role: str = ""
    quotes: int = 0


@dataclass
class ArticleView:
    id: str
    title: str
    date: dt.date
    channel: str  # the channel's name from melati.yaml (its id when unnamed)
    url: str | None
    path: str  # relative to the home, e.g. archive/articles/2020/<id>.md
    file: Path  # absolute
    body: str
    programs: list[str] = field(default_factory=list)  # names
    speakers: list[Speaker] = field(default_factory=list)
    quotes: list = field(default_factory=list)  # search.QuoteHit, in the order of the text
    tags: list[str] = field(default_factory=list)
    note: str = ""  # why quotes are missing (no index yet)

    def paragraphs(self) -> list[str]:
        """Paragraphs of the body: releases put one per line, or blank lines between them."""
        return [p.strip() for p in self.body.replace("\r\n", "\n").split("\n") if p.strip()]


def article_file(archive, article_id: str) -> Path | None:
    """articles/YYYY/<id>.md when the id starts with its date, else found by scanning the archive."""
    article_id = (article_id or "").strip()
    if article_id.endswith(".md"):
        article_id = Path(article_id).stem
    guess = archive.root / "articles" / article_id[:4] / f"{article_id}.md"
    if article_id[:4].isdigit() and guess.is_file():
        return guess
    for path in archive.store.article_paths():
        if path.stem == article_id:
            return path
    return None


def unknown_article(archive, article_id: str) -> MelatiError:
    ids = [p.stem for p in archive.store.article_paths()]
    close = difflib.get_close_matches(article_id, ids, n=3, cutoff=0.6)
    hint = f" Mungkin maksud Anda: {', '.join(close)}." if close else ""
    return MelatiError(f"tidak ada berita dengan ID {article_id!r} di {archive.root}.{hint} "
                       f"ID berita tertulis di kolom \"ID berita\" hasil `melati search --csv`.")


def article_view(archive, article_id: str) -> ArticleView:
    """The whole article of an id; MelatiError (Indonesian) naming close ids when there is none."""
    path = article_file(archive, article_id)
    if path is None:
        raise unknown_article(archive, article_id)
    article = archive.store.load_article(path)
    channels = {c.id: c.name or c.id for c in archive.config.channels}
    program_names = {p.id: p.name for p in archive.store.programs()}
    view = ArticleView(
        id=article.id, title=article.title, date=article.date,
        channel=channels.get(article.channel or "", article.channel or ""), url=article.url,
        path=path.relative_to(archive.home).as_posix() if path.is_relative_to(archive.home) else str(path),
        file=path, body=article.body, tags=list(article.tags),
    )
    programs = list(article.programs)
    try:
        hit, quotes = _indexed(archive, article)
    except MelatiError:
        view.note = "Kutipan dan narasumber belum tersedia: indeks pencarian belum dibuat (melati reindex)."
        hit, quotes = None, []
    if hit is not None:
        programs += [p for p in hit.programs if p not in programs]
    view.programs = [program_names.get(p, p) for p in programs]
    view.quotes = sorted(quotes, key=lambda q: q.start)
    view.speakers = _speakers(quotes, hit.speakers if hit else [])
    return view


def _indexed(archive, article):
    """The article's search hit and its quotes, through the public search functions."""
    from .search import quotes, search

    day = article.date.isoformat()
    hits = search(archive, "", date_from=day, date_to=day, limit=None).hits
    hit = next((h for h in hits if h.id == article.id), None)
    try:
        found = quotes(archive, "", date_from=day, date_to=day, limit=None).hits
    except KeyError:  # a day without any quote (see reports.voices): no quotes then
        found = []
    return hit, [q for q in found if q.article_id == article.id]


def _speakers(quotes, names: list[str]) -> list[Speaker]:
    """Quoted people first (in order of their first quote), then people the index names without a quote."""
    out: dict[str, Speaker] = {}
    for q in quotes:
        if not q.speaker:
            continue
        person = out.setdefault(q.speaker, Speaker(q.speaker, q.role or ""))
        person.quotes += 1
        person.role = person.role or q.role or ""
    for name in names:
        out.setdefault(name, Speaker(name))
    return list(out.values())
