"""Output volume: items per day, week and month; month comparisons; per channel, program and tag."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .frames import in_period, month_keys


def by_day(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Every day of the period with its number of items (0 on silent days)."""
    days = pd.date_range(start, end, freq="D")
    counts = in_period(articles, start, end).groupby("date").size()
    return pd.DataFrame({"Tanggal": days.date, "Berita": counts.reindex(days, fill_value=0).to_numpy()})


def by_week(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Items per ISO week (Monday to Sunday) touching the period; days outside the period are not counted."""
    daily = by_day(articles, start, end)
    days = pd.to_datetime(daily["Tanggal"])
    monday = days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    weeks = daily.groupby(monday.dt.date)["Berita"].sum()
    return pd.DataFrame({"Minggu mulai": weeks.index, "Berita": weeks.to_numpy()})


def by_month(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Items per month from start to end, months without items included."""
    keys = month_keys(start, end)
    counts = in_period(articles, start, end)["date"].dt.strftime("%Y-%m").value_counts()
    return pd.DataFrame({"Bulan": keys, "Berita": [int(counts.get(k, 0)) for k in keys]})


def _month_count(articles: pd.DataFrame, first: dt.date) -> int:
    return int((articles["date"].dt.strftime("%Y-%m") == first.strftime("%Y-%m")).sum())


def month_comparison(articles: pd.DataFrame, month_start: dt.date) -> pd.DataFrame:
    """This month against the previous month and the same month a year earlier."""
    previous = (pd.Timestamp(month_start) - pd.offsets.MonthBegin(1)).date()
    year_ago = month_start.replace(year=month_start.year - 1)
    now = _month_count(articles, month_start)
    rows = []
    for label, first in (("Bulan ini", month_start), ("Bulan sebelumnya", previous), ("Bulan yang sama tahun lalu", year_ago)):
        count = _month_count(articles, first)
        rows.append({"Pembanding": label, "Bulan": first.strftime("%Y-%m"), "Berita": count,
                     "Selisih bulan ini": now - count})
    return pd.DataFrame(rows)


def _shares(counts: pd.Series) -> pd.Series:
    total = counts.sum()
    return (counts / total * 100).round(1) if total else counts.astype(float)


def by_channel(articles: pd.DataFrame, channels: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Items per channel: every configured channel (0 when unused), then channels not in melati.yaml."""
    counts = in_period(articles, start, end)["channel"].replace("", "(tanpa kanal)").value_counts()
    names = dict(zip(channels["id"], channels["name"]))
    ids = list(channels["id"]) + [c for c in counts.index if c not in names]
    values = pd.Series([int(counts.get(c, 0)) for c in ids], index=ids)
    return pd.DataFrame({"Kanal": [names.get(c, c) for c in ids], "Berita": values.to_numpy(),
                         "Persen": _shares(values).to_numpy()})


def by_program(articles: pd.DataFrame, programs: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Items per program (an item about two programs counts for both), most covered first."""
    tagged = in_period(articles, start, end).explode("programs")["programs"].dropna()
    counts = tagged.value_counts()
    names = dict(zip(programs["id"], programs["name"]))
    ids = list(programs["id"]) + [p for p in counts.index if p not in names]
    frame = pd.DataFrame({"Program": [names.get(p, p) for p in ids], "Berita": [int(counts.get(p, 0)) for p in ids]})
    return frame.sort_values("Berita", ascending=False, kind="stable", ignore_index=True)


def by_tag(articles: pd.DataFrame, start: dt.date, end: dt.date, limit: int | None = 15) -> pd.DataFrame:
    """The most used tags of the period."""
    counts = in_period(articles, start, end).explode("tags")["tags"].dropna().value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    if limit:
        counts = counts.head(limit)
    return pd.DataFrame({"Tag": counts.index, "Berita": counts.to_numpy()})


def program_month_matrix(articles: pd.DataFrame, programs: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Programs (rows, by name) x months (columns YYYY-MM): items per cell, every program and month kept."""
    keys = month_keys(start, end)
    tagged = in_period(articles, start, end).explode("programs").dropna(subset=["programs"])
    table = pd.crosstab(tagged["programs"], tagged["date"].dt.strftime("%Y-%m"))
    ids = list(programs["id"]) + [p for p in table.index if p not in set(programs["id"])]
    table = table.reindex(index=ids, columns=keys, fill_value=0).fillna(0).astype(int)
    names = dict(zip(programs["id"], programs["name"]))
    table.index = [names.get(p, p) for p in ids]
    table.index.name = "Program"
    table.columns.name = None
    return table
