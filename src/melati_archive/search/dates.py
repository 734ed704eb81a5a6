"""Dates typed by a user (`2020-11`, `"November 2020"`, ranges) as periods and whoosh date queries."""
from __future__ import annotations

import datetime as dt
import re

from ..errors import QueryError
from ..wording import DATE_FORMS, quoted


MONTHS_ID = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
             "oktober", "november", "desember"]
_MONTH_ALIASES = {**{m: i + 1 for i, m in enumerate(MONTHS_ID)},
                  **{m[:3]: i + 1 for i, m in enumerate(MONTHS_ID)},
                  "agt": 8, "ags": 8, "okt": 10, "des": 12, "peb": 2, "nop": 11, "sept": 9,
                  "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
                  "august": 8, "october": 10, "december": 12, "mar": 3, "aug": 8, "oct": 10, "dec": 12}


# --- Dates ------------------------------------------------------------------------------------


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """User date input -> inclusive (first, last) day; QueryError naming accepted forms."""
    text = str(text).strip()
    try:
        from ..nlp.dates import parse_period as nlp_parse
    except ImportError:
        nlp_parse = None
    if nlp_parse is not None:
        try:
            return nlp_parse(text)
        except (ValueError, TypeError):
            pass
    found = _local_period(text)
    if found is None:
        raise QueryError(
            f"tanggal {quoted(text)} tidak terbaca; tulis {DATE_FORMS}"
        )
    return found


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))


def _local_period(text: str) -> tuple[dt.date, dt.date] | None:
    t = text.lower().strip()
    try:
        if re.fullmatch(r"\d{4}", t):
            y = int(t)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
        if m:
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", t)
        if m:
            d = dt.date(int(m[3]), int(m[2]), int(m[1]))
            return d, d
        m = re.fullmatch(r"(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})", t)
        if m and m[2] in _MONTH_ALIASES:
            y, mo = int(m[3]), _MONTH_ALIASES[m[2]]
            if m[1]:
                d = dt.date(y, mo, int(m[1]))
                return d, d
            return dt.date(y, mo, 1), _month_end(y, mo)
    except ValueError:
        return None
    return None


def _date_range_query(first: dt.date | None, last: dt.date | None):
    from whoosh.query import DateRange

    start = dt.datetime(first.year, first.month, first.day) if first else None
    end = dt.datetime(last.year, last.month, last.day, 23, 59, 59) if last else None
    return DateRange("date", start, end)


def _date_value_query(value: str):
    """`2020`, `2020-11..2021-02`, `[2020 TO 2021]`, `..2020`, `November 2020`."""
    v = value.strip()
    m = re.fullmatch(r"\[\s*(.*?)\s+(?:TO|to|sampai|s/d)\s+(.*?)\s*\]", v)
    if m:
        a, b = m[1], m[2]
    elif ".." in v:
        a, b = (p.strip() for p in v.split("..", 1))
    else:
        first, last = parse_period(v)
        return _date_range_query(first, last)
    first = None if a in ("", "*") else parse_period(a)[0]
    last = None if b in ("", "*") else parse_period(b)[1]
    if first and last and first > last:
        raise QueryError(f"rentang tanggal {quoted(value)} berakhir sebelum mulai; tukar kedua ujungnya")
    return _date_range_query(first, last)


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None

