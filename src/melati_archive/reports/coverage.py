"""Coverage gaps: programs and channels against their monthly targets, days since coverage, silent days."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from ..nlp.dates import format_date_id
from .frames import in_period, month_keys
from .volume import by_day


def _status(count: int, target: int) -> str:
    if target <= 0:
        return "Tanpa target"
    return "Tercapai" if count >= target else "Di bawah target"


def program_coverage(articles: pd.DataFrame, programs: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Every program of programs.yaml (never-covered ones too) against its target over the period,
    with the last day it was covered (whole archive, up to `end`) and the days since then."""
    months = len(month_keys(start, end))
    period = in_period(articles, start, end).explode("programs")
    counts = period["programs"].value_counts()
    upto = articles[articles["date"] <= pd.Timestamp(end)].explode("programs")
    last = upto.groupby("programs")["date"].max()
    rows = []
    for p in programs.itertuples(index=False):
        count, target = int(counts.get(p.id, 0)), int(p.target_per_month) * months
        seen = last.get(p.id)
        rows.append({
            "Program": p.name, "Target per bulan": int(p.target_per_month), "Target periode": target,
            "Berita": count, "Kekurangan": max(target - count, 0), "Status": _status(count, target),
            "Terakhir diliput": seen.date() if seen is not None and not pd.isna(seen) else None,
            "Hari sejak diliput": int((pd.Timestamp(end) - seen).days) if seen is not None and not pd.isna(seen) else None,
        })
    frame = pd.DataFrame(rows, columns=["Program", "Target per bulan", "Target periode", "Berita", "Kekurangan",
                                        "Status", "Terakhir diliput", "Hari sejak diliput"])
    frame["Hari sejak diliput"] = frame["Hari sejak diliput"].astype("Int64")
    return frame


def below_target(coverage: pd.DataFrame) -> pd.DataFrame:
    """The rows of program_coverage() that missed their target, largest shortfall first."""
    missed = coverage[coverage["Status"] == "Di bawah target"]
    return missed.sort_values("Kekurangan", ascending=False, kind="stable", ignore_index=True)


def silent_runs(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Runs of consecutive days without any item in the period, longest first."""
    daily = by_day(articles, start, end)
    runs, begin = [], None
    for day, count in zip(daily["Tanggal"], daily["Berita"]):
        if count == 0 and begin is None:
            begin = day
        elif count and begin is not None:
            runs.append((begin, day - dt.timedelta(days=1)))
            begin = None
    if begin is not None:
        runs.append((begin, daily["Tanggal"].iloc[-1]))
    frame = pd.DataFrame([{"Mulai": a, "Sampai": b, "Hari": (b - a).days + 1} for a, b in runs],
                         columns=["Mulai", "Sampai", "Hari"])
    return frame.sort_values(["Hari", "Mulai"], ascending=[False, True], ignore_index=True)


def silence_summary(articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Days in the period, days with items, silent days and the longest silent run."""
    daily = by_day(articles, start, end)
    runs = silent_runs(articles, start, end)
    longest = runs.iloc[0] if len(runs) else None
    rows = [
        ("Hari dalam periode", len(daily)),
        ("Hari dengan berita", int((daily["Berita"] > 0).sum())),
        ("Hari tanpa berita", int((daily["Berita"] == 0).sum())),
        ("Jeda terpanjang (hari)", int(longest["Hari"]) if longest is not None else 0),
    ]
    frame = pd.DataFrame(rows, columns=["Ukuran", "Nilai"])
    frame["Keterangan"] = ["", "", "",
                           f"{format_date_id(longest['Mulai'])} s.d. {format_date_id(longest['Sampai'])}"
                           if longest is not None else ""]
    return frame


def channel_cadence(articles: pd.DataFrame, channels: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Each configured channel: items in the period against target_per_month x months, and per month."""
    months = len(month_keys(start, end))
    counts = in_period(articles, start, end)["channel"].value_counts()
    rows = []
    for c in channels.itertuples(index=False):
        count, target = int(counts.get(c.id, 0)), int(c.target_per_month) * months
        rows.append({"Kanal": c.name, "Target per bulan": int(c.target_per_month), "Target periode": target,
                     "Berita": count, "Rata-rata per bulan": round(count / months, 1) if months else 0.0,
                     "Kekurangan": max(target - count, 0), "Status": _status(count, target)})
    return pd.DataFrame(rows, columns=["Kanal", "Target per bulan", "Target periode", "Berita", "Rata-rata per bulan",
                                       "Kekurangan", "Status"])


def program_gaps(articles: pd.DataFrame, programs: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Each program of programs.yaml: items in the period, its longest run of days in the period without
    an item about it (from the period's first day, between items, up to its last day), and its last
    coverage in the whole archive up to `end`; longest gap first."""
    period = in_period(articles, start, end).explode("programs").dropna(subset=["programs"])
    days = period.groupby("programs")["date"].apply(lambda d: sorted({x.date() for x in d}))
    upto = articles[articles["date"] <= pd.Timestamp(end)].explode("programs")
    last = upto.groupby("programs")["date"].max()
    rows = []
    for p in programs.itertuples(index=False):
        first_gap, last_gap = _longest_gap(days.get(p.id, []), start, end)
        seen = last.get(p.id)
        seen = None if seen is None or pd.isna(seen) else seen.date()
        rows.append({"Program": p.name, "Berita": len(period[period["programs"] == p.id]),
                     "Jeda terpanjang (hari)": (last_gap - first_gap).days + 1 if first_gap else 0,
                     "Jeda mulai": first_gap, "Jeda sampai": last_gap,
                     "Terakhir diliput": seen, "Hari sejak diliput": (end - seen).days if seen else None})
    frame = pd.DataFrame(rows, columns=["Program", "Berita", "Jeda terpanjang (hari)", "Jeda mulai", "Jeda sampai",
                                        "Terakhir diliput", "Hari sejak diliput"])
    frame["Hari sejak diliput"] = frame["Hari sejak diliput"].astype("Int64")
    return frame.sort_values(["Jeda terpanjang (hari)", "Program"], ascending=[False, True], ignore_index=True)


def _longest_gap(covered: list[dt.date], start: dt.date, end: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(first, last) day of the longest run without coverage in start..end; (None, None) when there is none."""
    best, best_len = (None, None), 0
    edges = [start - dt.timedelta(days=1), *covered, end + dt.timedelta(days=1)]
    for before, after in zip(edges, edges[1:]):
        length = (after - before).days - 1
        if length > best_len:
            best, best_len = (before + dt.timedelta(days=1), after - dt.timedelta(days=1)), length
    return best
