"""Loading an archive into pandas frames (articles, programs, people, channels, metrics) for the reports."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import ReportError

_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
FIRST_YEAR, LAST_YEAR = 1900, 2200
ARTICLE_COLUMNS = ["id", "title", "date", "channel", "url", "tags", "programs", "path"]
METRIC_COLUMNS = ["date", "channel", "url", "article_id", "views", "likes", "comments", "shares", "followers",
                  "source"]


def parse_month(text: str) -> tuple[dt.date, dt.date]:
    """'2025-07' -> (first day, last day); a ReportError naming the fix otherwise."""
    match = _MONTH_RE.fullmatch(str(text).strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ReportError(f"bulan tidak valid {text!r}: tulis YYYY-MM, misalnya 2025-07")
    year, month = int(match.group(1)), int(match.group(2))
    if not FIRST_YEAR <= year <= LAST_YEAR:  # year 0 is no date at all; pandas dates end in 2262
        raise ReportError(f"bulan tidak valid {text!r}: tahun harus antara {FIRST_YEAR} dan {LAST_YEAR}")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_span(start: str, end: str) -> tuple[dt.date, dt.date]:
    """Two YYYY-MM strings -> (first day of start, last day of end); a ReportError when reversed."""
    first, last = parse_month(start)[0], parse_month(end)[1]
    if first > last:
        raise ReportError(f"periode terbalik: --from {start} sesudah --to {end}")
    return first, last


@dataclass
class Frames:
    """The archive as frames; `problems` are files that could not be read (reported, not fatal)."""

    articles: pd.DataFrame
    programs: pd.DataFrame
    people: list
    channels: pd.DataFrame
    metrics: pd.DataFrame
    key_messages: list
    organization: str = ""
    problems: list = field(default_factory=list)
    waiting: list = field(default_factory=list)  # the provisional dates of items waiting for review


def articles_frame(articles) -> pd.DataFrame:
    """One row per article, `date` as datetime64, `tags`/`programs` as lists."""
    rows = [{"id": a.id, "title": a.title, "date": a.date, "channel": a.channel or "", "url": a.url or "",
             "tags": list(a.tags), "programs": list(a.programs), "path": a.path} for a in articles]
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "id"], ignore_index=True)


def programs_frame(programs) -> pd.DataFrame:
    return pd.DataFrame([{"id": p.id, "name": p.name, "acronym": p.acronym or "",
                          "target_per_month": int(p.target_per_month or 0)} for p in programs],
                        columns=["id", "name", "acronym", "target_per_month"])


def channels_frame(channels) -> pd.DataFrame:
    return pd.DataFrame([{"id": c.id, "name": c.name or c.id, "kind": c.kind,
                          "target_per_month": int(c.target_per_month or 0)} for c in channels],
                        columns=["id", "name", "kind", "target_per_month"])


def metrics_frame(rows) -> pd.DataFrame:
    frame = pd.DataFrame([{"date": r.date, "channel": r.channel, "url": r.url or "", "article_id": r.article_id or "",
                           "views": r.views, "likes": r.likes, "comments": r.comments, "shares": r.shares,
                           "followers": r.followers, "source": r.source} for r in rows], columns=METRIC_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    for column in ("views", "likes", "comments", "shares", "followers"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Float64")
    return frame


def load(home: str | Path, arc=None, failed: list | None = None, use_index: bool = True) -> Frames:
    """Read HOME/archive once; every analysis takes these frames. The article table comes from the
    index, brought up to date first (reports/table.py); from the files themselves when the index
    cannot be written or read. A caller that has just brought `arc`'s index up to date passes it
    with that reindex's `failed` list; one whose reindex failed passes use_index=False (no second try)."""
    from ..api import Archive
    from ..errors import MelatiError

    try:
        arc = arc or Archive.open(home)
    except MelatiError as exc:
        raise ReportError(str(exc)) from None
    store = arc.store
    problems: list = []
    config = store.config
    counted, waiting = _counted_articles(arc, problems, failed, use_index)
    return Frames(
        # items waiting for review (no date or title a person has settled) stay out of every count;
        # the reports say how many of their period wait
        articles=articles_frame(counted),
        waiting=waiting,
        programs=programs_frame(store.programs(problems)),
        people=store.people(problems),
        channels=channels_frame(config.channels),
        metrics=metrics_frame(store.metrics(problems)),
        key_messages=list(config.key_messages),
        organization=config.organization.name,
        problems=problems,
    )


def _counted_articles(arc, problems: list, failed: list | None, use_index: bool) -> tuple[list, list]:
    """(the articles the reports count, the provisional dates of those waiting for review), from the
    index's file record when it can give them."""
    from ..errors import MelatiError
    from ..review import counted, waiting
    from .table import indexed_rows

    table = None
    if use_index:
        try:
            failed = arc.reindex().failed if failed is None else failed
            table = indexed_rows(arc, failed)
        except MelatiError:
            table = None
    if table is None:
        articles = arc.store.articles(problems)
        return counted(articles), [a.date for a in waiting(articles)]
    rows, found = table
    problems.extend(found)
    return [row for row in rows if not row.review], [row.date for row in rows if row.review]


def waiting_in_period(waiting: list, start: dt.date, end: dt.date) -> int:
    """How many items waiting for review carry a provisional date from start to end inclusive."""
    return sum(1 for day in waiting if day is not None and start <= day <= end)


def in_period(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Articles published from start to end inclusive."""
    mask = (articles["date"] >= pd.Timestamp(start)) & (articles["date"] <= pd.Timestamp(end))
    return articles[mask]


def month_keys(start: dt.date, end: dt.date) -> list[str]:
    """Every YYYY-MM from start's month to end's month."""
    return [p.strftime("%Y-%m") for p in pd.period_range(start, end, freq="M")]
