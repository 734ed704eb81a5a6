"""The day a stated publication moment falls on in Indonesia: one policy for every importer (page markup,
feeds). A moment with a zone (an offset or Z) is read in WIB, so 20:30 UTC on the 6th is 03:30 WIB on the
7th, the day the site showed its readers; a moment in WIB, WITA or WIT keeps its own day; a date without a
time, or a time without a zone, is the day as written."""
from __future__ import annotations

import datetime as dt
import email.utils

WIB = dt.timezone(dt.timedelta(hours=7))
_INDONESIA = (dt.timedelta(hours=7), dt.timedelta(hours=9))  # WIB to WIT


def day_in_indonesia(moment: dt.datetime) -> dt.date:
    offset = moment.utcoffset()
    if offset is None or _INDONESIA[0] <= offset <= _INDONESIA[1]:
        return moment.date()
    return moment.astimezone(WIB).date()


def moment_of(value: str) -> dt.datetime | None:
    """An ISO 8601 moment or date ("2026-12-06T20:30:00Z", "2026-12-06") or an RFC 822 one ("Sun, 06 Dec
    2026 20:30:00 GMT"), as a datetime (aware when the value states its zone), or None."""
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def local_day(value) -> dt.date | None:
    """The day in Indonesia of a written moment (see the module's first lines), or None when unreadable."""
    if not value:
        return None
    moment = moment_of(str(value))
    return day_in_indonesia(moment) if moment is not None else None
