"""The day a stated publication moment falls on in Indonesia: one policy for every importer (page markup,
feeds). A moment with a zone (an offset or Z) is read in WIB, so 20:30 UTC on the 6th is 03:30 WIB on the
7th, the day the site showed its readers; a moment in WIB, WITA or WIT keeps its own day; a date without a
time, or a time without a zone, is the day as written."""
from __future__ import annotations

import datetime as dt
import email.utils
import re

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
        return email.utils.parsedate_to_datetime(_english_names(value))
    except (TypeError, ValueError, IndexError):
        return None


# Indonesian sites translate an RFC 822 date's names: "Sen, 07 Des 2026 10:15:00 +0700".
_ID_NAMES = {"sen": "Mon", "sel": "Tue", "rab": "Wed", "kam": "Thu", "jum": "Fri", "sab": "Sat", "min": "Sun",
             "mei": "May", "agu": "Aug", "agt": "Aug", "agus": "Aug", "okt": "Oct", "des": "Dec", "peb": "Feb",
             "pebr": "Feb", "nop": "Nov", "nopember": "Nov", "januari": "Jan", "februari": "Feb", "maret": "Mar",
             "april": "Apr", "juni": "Jun", "juli": "Jul", "agustus": "Aug", "september": "Sep", "oktober": "Oct",
             "november": "Nov", "desember": "Dec", "senin": "Mon", "selasa": "Tue", "rabu": "Wed", "kamis": "Thu",
             "jumat": "Fri", "sabtu": "Sat", "minggu": "Sun"}
_WORD = re.compile(r"[A-Za-z]+")


def _english_names(value: str) -> str:
    return _WORD.sub(lambda m: _ID_NAMES.get(m.group().lower(), m.group()), value)


def local_day(value) -> dt.date | None:
    """The day in Indonesia of a written moment (see the module's first lines), or None when unreadable."""
    if not value:
        return None
    moment = moment_of(str(value))
    return day_in_indonesia(moment) if moment is not None else None
