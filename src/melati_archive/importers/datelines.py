"""Date and place of an item from its text: the dateline first, a date written in the body second."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass
class Found:
    date: dt.date | None
    location: str | None
    start: int  # offset of the dateline (or the body date) in the text
    end: int  # where the story starts after a dateline
    from_dateline: bool = True
    text: str = ""  # the date as written


def dateline_of(text: str) -> Found | None:
    """The dateline at the start of `text` (nlp.dates.parse_dateline), or None; None also while nlp is absent."""
    try:
        from ..nlp.dates import parse_dateline
    except ImportError:  # the dates module lands separately; text still imports, dated by other means
        return None
    try:
        found = parse_dateline(text)
    except Exception:  # noqa: BLE001 - a parser bug must not fail the import of the item
        return None
    if found is None:
        return None
    return Found(found.date, found.location, found.start, found.end)


def first_body_date(text: str) -> Found | None:
    """The first dated mention in the body ("Rabu (15/01/2020)"), for items without a dated dateline."""
    try:
        from ..nlp.eventdates import find_event_dates
    except ImportError:
        return None
    try:
        mentions = find_event_dates(text[:3000], None)
    except Exception:  # noqa: BLE001
        return None
    dated = [m for m in mentions if m.start_date]
    # the day the story reports is written with its weekday ("kata Joko, Jumat (14/6/2024)"); a bare date before it
    # is more often a deadline or a rule's ("setelah tanggal 22 Maret 2024"), so the first with a weekday wins
    weekday = [m for m in dated if _WEEKDAY_FIRST.match(m.text)]
    for mention in (weekday or dated)[:1]:
        return Found(mention.start_date, None, mention.start, mention.end, from_dateline=False, text=mention.text)
    return None


_WEEKDAY_FIRST = re.compile(r"(?i)(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b")
