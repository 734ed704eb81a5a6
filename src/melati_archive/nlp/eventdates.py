"""Dates written in a release's body: single dates and inclusive event ranges ("10-13 November
2020", "Rabu (15/01/2020)"), a missing year taken from the publication date. Split from dates.py,
which owns the tables, the patterns' pieces and datelines, and re-exports find_event_dates.
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import (
    _DASH, _DAY, _MONTH, _ORD, _WEEKDAY, _YEAR, MONTHS, MONTHS_EN, WEEKDAYS, DateMention, _make_date, month_number,
    parse_dateline,
)
from .scan import trie_pattern, word_start_pattern

_SEP_RANGE = r"(?:[ \t]*" + _DASH + r"[ \t]*|[ \t]+(?:s\.?[ \t]*d\.?|s/d|sampai(?:[ \t]+dengan)?|hingga|to|until)[ \t]+)"
_Y_OPT = r"(?:[ \t]*,?[ \t]*(?P<{0}>" + _YEAR + r"))?"
_BODY_PATTERNS = [
    # 28 Oktober 2020 - 2 November 2020 / 28 Oktober - 2 November 2020 / 10 November s.d. 13 November 2020
    ("range_months", re.compile(
        r"(?<![\d/])(?P<da>" + _DAY + r")[ \t]+(?P<ma>" + _MONTH + r")" + _Y_OPT.format("ya") + _SEP_RANGE
        + r"(?P<db>" + _DAY + r")[ \t]+(?P<mb>" + _MONTH + r")" + _Y_OPT.format("yb"), re.IGNORECASE)),
    # 10-13 November 2020 / 10 - 13 November / 10 s.d. 13 November 2020 / 10 dan 11 Juni
    ("range_days", re.compile(
        r"(?<![\d/.])(?P<da>" + _DAY + r")(?:" + _SEP_RANGE + r"|[ \t]+(?:dan|and)[ \t]+)(?P<db>" + _DAY + r")[ \t]+(?P<mb>"
        + _MONTH + r")" + _Y_OPT.format("yb"), re.IGNORECASE)),
    # Rabu (15/01/2020), Senin (12/6), Selasa, 12/6/2020, (15/01/2020)
    ("numeric", re.compile(
        r"(?:(?P<wd>" + _WEEKDAY + r")[ \t]*,?[ \t]*\(?|\()[ \t]*(?P<d>" + _DAY + r")(?P<sep>[ \t]?/[ \t]?|[.\-])(?P<m>[01]?\d)"
        r"(?:(?P=sep)(?P<y>" + _YEAR + r"|\d\d))?(?![\d/])[ \t]*\)?", re.IGNORECASE)),
    # January 15th, 2020 (English items)
    ("english", re.compile(
        r"(?P<m>" + _MONTH + r")[ \t]+(?P<d>" + _DAY + r")" + _ORD + r"(?![\d])" + _Y_OPT.format("y"), re.IGNORECASE)),
    # (Rabu,) 13 November 2020 / 13 November (year from the publication date)
    ("single", re.compile(
        r"(?:(?P<wd>" + _WEEKDAY + r")[ \t]*,?[ \t]*\(?[ \t]*)?(?<![\d/.])(?P<d>" + _DAY + r")" + _ORD + r"[ \t]+(?:of[ \t]+)?(?P<m>"
        + _MONTH + r")" + _Y_OPT.format("y") + r"\)?", re.IGNORECASE)),
]


def find_event_dates(text: str, pub_date: dt.date | None) -> list[DateMention]:
    """Dates and inclusive ranges written in `text` (not in its dateline), in text order.

    A date without a year takes the year that puts it nearest the publication date (a
    weekday, when written, decides between neighbouring years); without a publication date
    such dates are skipped. A written year is kept as written.
    """
    taken: list[tuple[int, int]] = []
    dateline = parse_dateline(text)
    if dateline is not None:  # the publication date is not an event date
        taken.append((dateline.start, dateline.end))
    out: list[DateMention] = []
    sections = _sections(text)
    english = _ENGLISH_HINT.search(text) is not None  # month-first dates are English only
    # Every pattern but "numeric" needs a month name, "numeric" a weekday or "(": sections without
    # one cannot hold a match (the same sub-pattern, searched up to the same end) and are skipped.
    with_month, with_opener = _openers(text, sections)
    for kind, pattern in _BODY_PATTERNS:
        if kind == "english" and not english:
            continue
        for m in (m for a, b in (with_opener if kind == "numeric" else with_month) for m in pattern.finditer(text, a, b)):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "english" and not _is_english_context(m):
                continue
            span = _mention(kind, m, pub_date)
            if span is None:
                continue
            s, e = m.span()
            while e > s and (text[e - 1] in " \t" or (text[e - 1] == ")" and "(" not in text[s:e])):
                e -= 1
            taken.append((s, e))
            out.append(DateMention(span[0], span[1], s, e, text[s:e]))
    out.sort(key=lambda d: d.start)
    return out


# Every body date has a one- or two-digit day; the patterns run only around those digits
# (a weekday or an English month name may stand just before, a range runs on after).
_DAY_DIGITS = re.compile(r"\d(?<!\d\d)\d?(?!\d)")  # a run of one or two digits, led by a digit: re skips to digits
_BEFORE, _AFTER = 16, 72
_MONTH_SEARCH = re.compile(_MONTH).search
_WEEKDAY_SEARCH = re.compile(_WEEKDAY).search
_MONTH_LOWER = re.compile(trie_pattern(MONTHS)).search
_WEEKDAY_LOWER = re.compile(trie_pattern(WEEKDAYS)).search
_ENGLISH_HINT = re.compile(word_start_pattern(["The", "the", "On", "on", "In", "in"]) + r"\b")  # \b(?:[Tt]he|[Oo]n|[Ii]n)\b


def _sections(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) windows of `text` around day numbers, starting at a word boundary."""
    out: list[tuple[int, int]] = []
    end = len(text)
    for m in _DAY_DIGITS.finditer(text):
        a = max(0, m.start() - _BEFORE)
        b = min(end, m.end() + _AFTER)
        if out and a <= out[-1][1]:  # so would it be at the word's start, further back
            out[-1] = (out[-1][0], max(out[-1][1], b))
            continue
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _openers(text: str, sections: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The sections in which a month name (_MONTH) can match, and those with a weekday (_WEEKDAY)
    or "(": the only sections each pattern needs to run in."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        # IGNORECASE matches "ı" to i and "ſ" to s, and "İ" lowers to two characters: search as is
        hay, month, weekday = text, _MONTH_SEARCH, _WEEKDAY_SEARCH
    else:
        # on the lowercase text a plain pattern finds the spellings (without their word ends: more
        # places, never fewer), skipping in C to the letters they start with
        hay, month, weekday = lowered, _MONTH_LOWER, _WEEKDAY_LOWER
    return ([(a, b) for a, b in sections if month(hay, a, b)],
            [(a, b) for a, b in sections if text.find("(", a, b) >= 0 or weekday(hay, a, b)])


def _is_english_context(m: re.Match) -> bool:
    # "Mei 2020" must not read as "May 20"; an English month followed by a day is English order
    return m.group("m").rstrip(".").lower() in MONTHS_EN and not (m.group("y") is None and len(m.group("d")) == 4)


def _mention(kind: str, m: re.Match, pub: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if kind == "range_months":
        mb = month_number(m.group("mb"))
        ma = month_number(m.group("ma"))
        end = _resolve(m.group("yb") or m.group("ya"), mb, m.group("db"), None, pub)
        if end is None:
            return None
        ya = m.group("ya")
        if ya is None:
            ya = end.year - 1 if ma > mb else end.year
        start = _make_date(ya, ma, m.group("da"))
        return (start, end) if start and start <= end else None
    if kind == "range_days":
        mb = month_number(m.group("mb"))
        end = _resolve(m.group("yb"), mb, m.group("db"), None, pub)
        if end is None:
            return None
        start = _make_date(end.year, mb, m.group("da"))
        return (start, end) if start and start <= end else None
    wd = m.groupdict().get("wd")
    weekday = WEEKDAYS.get(wd.lower()) if wd else None
    if kind == "numeric":
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        if m.group("y") is None and weekday is None:
            return None  # "(12/6)" alone may be a score or a ratio
        day = _resolve(m.group("y"), month, m.group("d"), weekday, pub)
    else:
        day = _resolve(m.group("y"), month_number(m.group("m")), m.group("d"), weekday, pub)
    return (day, day) if day else None


def _resolve(year, month, day, weekday, pub: dt.date | None) -> dt.date | None:
    """A written date; with no year, the one nearest `pub` (weekday-consistent when given)."""
    if month is None:
        return None
    if year is not None:
        return _make_date(year, month, day)
    if pub is None:
        return None
    candidates = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _make_date(y, month, day))]
    if not candidates:
        return None
    if weekday is not None:
        fitting = [d for d in candidates if d.weekday() == weekday]
        if fitting:
            candidates = fitting
    return min(candidates, key=lambda d: (abs((d - pub).days), d.year != pub.year))
