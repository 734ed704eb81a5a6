"""Engagement outtakes (keluaran) from archive/metrics/*.csv: per item, per channel, top items, follower
trend, and the rows that match no article. Counts only; never advertising-value equivalents."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .frames import in_period, month_keys

NUMBERS = ["views", "likes", "comments", "shares"]
LABELS = {"views": "Tayangan", "likes": "Suka", "comments": "Komentar", "shares": "Dibagikan"}


def _norm_url(url: str) -> str:
    url = (url or "").strip().lower()
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            url = url[len(prefix):]
    return url.removeprefix("www.").rstrip("/")


def match_rows(metrics: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Item rows (those naming a url or an article id) with `matched_id`: the article they belong to, by id
    first, then by URL; "" when none matches."""
    items = metrics[(metrics["url"] != "") | (metrics["article_id"] != "")].copy()
    ids = set(articles["id"])
    by_url = {_norm_url(u): i for u, i in zip(articles["url"], articles["id"]) if u}
    items["matched_id"] = [a if a in ids else by_url.get(_norm_url(u), "")
                           for a, u in zip(items["article_id"], items["url"])]
    return items


def unmatched_rows(metrics: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Metric rows naming an item that is not in the archive (to fix in the CSV or import the item)."""
    items = match_rows(metrics, articles)
    rows = items[items["matched_id"] == ""]
    return pd.DataFrame({"Sumber": rows["source"], "Tanggal": rows["date"].dt.date, "Kanal": rows["channel"],
                         "URL": rows["url"], "ID artikel": rows["article_id"],
                         "Tayangan": rows["views"].round().astype("Int64")}).reset_index(drop=True)  # a count


def by_item(metrics: pd.DataFrame, articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Outtakes per item published in the period (all metric rows of an item summed), most viewed first."""
    items = match_rows(metrics, articles)
    items = items[items["matched_id"] != ""]
    sums = items.groupby("matched_id")[NUMBERS].sum(min_count=1)
    period = in_period(articles, start, end).set_index("id")
    period = period[period.index.isin(sums.index)]
    frame = pd.DataFrame({"Tanggal": period["date"].dt.date, "Judul": period["title"], "Kanal": period["channel"]})
    for column in NUMBERS:
        frame[LABELS[column]] = sums.loc[period.index, column].astype("Int64")
    frame["Interaksi"] = (frame[["Suka", "Komentar", "Dibagikan"]].fillna(0).sum(axis=1)).astype("Int64")
    return frame.sort_values(["Tayangan", "Tanggal"], ascending=[False, True], ignore_index=True)


def top_items(item_frame: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The n items of by_item() with the most views."""
    return item_frame.head(n).reset_index(drop=True)


def by_channel(item_frame: pd.DataFrame, channels: pd.DataFrame) -> pd.DataFrame:
    """Outtakes of the period's items summed per channel, with the views per item."""
    names = dict(zip(channels["id"], channels["name"]))
    if item_frame.empty:
        return pd.DataFrame(columns=["Kanal", "Berita", "Tayangan", "Interaksi", "Tayangan per berita"])
    grouped = item_frame.groupby("Kanal", sort=True)
    frame = pd.DataFrame({"Berita": grouped.size(), "Tayangan": grouped["Tayangan"].sum(),
                          "Interaksi": grouped["Interaksi"].sum()})
    frame["Tayangan per berita"] = (frame["Tayangan"].astype(float) / frame["Berita"]).round(0).astype("Int64")
    frame = frame.reset_index()
    frame["Kanal"] = [names.get(c, c) for c in frame["Kanal"]]
    return frame.sort_values("Tayangan", ascending=False, ignore_index=True)


def follower_trend(metrics: pd.DataFrame, channels: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Followers per channel at the last report of each month (months as rows, channels as columns)."""
    rows = metrics[metrics["followers"].notna()]
    rows = rows[(rows["date"] >= pd.Timestamp(start)) & (rows["date"] <= pd.Timestamp(end))]
    names = dict(zip(channels["id"], channels["name"]))
    if rows.empty:
        return pd.DataFrame(columns=["Bulan"])
    rows = rows.assign(Bulan=rows["date"].dt.strftime("%Y-%m")).sort_values("date")
    table = rows.groupby(["Bulan", "channel"])["followers"].last().unstack("channel")
    table = table.reindex(month_keys(start, end)).astype("Int64")
    table.columns = [names.get(c, c) for c in table.columns]
    return table.reset_index().rename(columns={"index": "Bulan"})


def follower_change(trend: pd.DataFrame) -> pd.DataFrame:
    """First and last known followers of each channel in the trend, and the change."""
    rows = []
    for column in [c for c in trend.columns if c != "Bulan"]:
        known = trend[column].dropna()
        if known.empty:
            continue
        rows.append({"Kanal": column, "Awal": int(known.iloc[0]), "Akhir": int(known.iloc[-1]),
                     "Perubahan": int(known.iloc[-1] - known.iloc[0])})
    return pd.DataFrame(rows, columns=["Kanal", "Awal", "Akhir", "Perubahan"])
