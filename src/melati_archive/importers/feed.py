"""RSS 2.0 and Atom feeds (feedparser): full content when the feed carries it, else the summary (partial)."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import ImportFailure
from ..nlp.furniture import clean_story
from .draft import Draft, Parsed
from .htmltext import fragment_text
from .moments import local_day


def parse_feed(text: str, source: str) -> Parsed:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        raise ImportFailure(f"feed rusak: {feed.get('bozo_exception', 'tidak bisa diurai')}")
    if not feed.entries:
        raise ImportFailure("feed tidak berisi satu berita pun")
    language = _language(feed.feed.get("language"))
    parsed = Parsed()
    if feed.bozo:
        parsed.warnings.append(f"{source}: feed tidak tersusun rapi ({feed.bozo_exception}); yang terbaca tetap diimpor")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{number}"
        try:
            parsed.drafts.append(_draft(entry, where, language))
        except ImportFailure as exc:
            parsed.failed.append((where, str(exc)))
    if feed.bozo and not parsed.drafts:
        raise ImportFailure(f"feed rusak: {feed.bozo_exception}")
    return parsed


def _draft(entry, where: str, language: str | None) -> Draft:
    content, partial = _content(entry)
    cleaned = clean_story(fragment_text(content))
    if not cleaned.text.strip():
        raise ImportFailure("berita dalam feed tidak punya isi maupun ringkasan")
    draft = Draft(
        source=where,
        body=cleaned.text,
        title=fragment_text(entry.get("title", "")) or None,
        date=_date(entry),
        url=entry.get("link") or None,
        language=language,
        partial=partial,
        tags=[t.get("term").strip() for t in entry.get("tags", []) if t.get("term") and t.get("term").strip()],
        **cleaned.article_credits(),
    )
    if not draft.author and entry.get("author") and "@" not in entry.get("author"):
        draft.author = entry.get("author").strip()
    return draft


def _content(entry) -> tuple[str, bool]:
    """(html or text, partial): the longest full content, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        return max(contents, key=len), False
    return entry.get("summary", ""), True


def _date(entry) -> dt.date | None:
    """The item's publication day in Indonesia, by the policy every importer follows (importers.moments):
    a time with a zone is read in WIB, a date alone is the day written."""
    # dict.get: feedparser's own get maps a missing "published" to "updated" with a deprecation
    # warning; both are tried here in turn anyway
    for name in ("published", "updated", "created"):
        local = local_day(dict.get(entry, name))
        if local:
            return local
    # a value only feedparser could read: its *_parsed is in UTC, whether or not the value named a zone
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, name)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _language(value) -> str | None:
    m = re.match(r"([a-z]{2})", (value or "").lower())
    return m.group(1) if m else None
