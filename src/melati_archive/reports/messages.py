"""Key-message pull-through: the share of the period's items matching each saved query of melati.yaml."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from .frames import in_period


def pull_through(arc, key_messages, articles: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    """One row per key message: items of the period matching its query, and their share of all items."""
    period_ids = set(in_period(articles, start, end)["id"])
    total = len(period_ids)
    rows = []
    for message in key_messages:
        # every bare word required: a key message counts the items that carry it whole
        hits = arc.search(message.query, date_from=start, date_to=end, limit=None, partial=False).hits
        matched = len({h.id for h in hits} & period_ids)
        rows.append({"Pesan kunci": message.label, "Kueri": message.query, "Berita": matched,
                     "Dari": total, "Persen": round(matched / total * 100, 1) if total else 0.0})
    return pd.DataFrame(rows, columns=["Pesan kunci", "Kueri", "Berita", "Dari", "Persen"])
