"""A month or a year typed among the words of a query ("bansos maret 2021", "banjir 2020"): the
period it names, and a query matching the articles published in it."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Any

from whoosh import matching
from whoosh import query as wq

from .dates import _MONTH_ALIASES, _date_range_query, _month_end

FIRST_YEAR, LAST_YEAR = 1945, 2100  # a four-digit number in this range, typed among words, is a year
PERIOD_SCORE = 1.0  # what the period adds to a unit's score: its tier is what counts


# "bulan ini", "pekan lalu": a period counted back from today
_UNITS = {"hari": "day", "minggu": "week", "pekan": "week", "bulan": "month", "tahun": "year"}
_WHEN = {"ini": 0, "lalu": 1, "kemarin": 1}


def relative_period(unit: str, back: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The day, week (Monday to Sunday), month or year `back` of them before today's."""
    if unit == "day":
        day = today - dt.timedelta(days=back)
        return day, day
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday() + 7 * back)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        return dt.date(year, month + 1, 1), _month_end(year, month + 1)
    return dt.date(today.year - back, 1, 1), dt.date(today.year - back, 12, 31)


def periods(words: list[str], today: dt.date | None = None) -> dict[int, tuple[dt.date, dt.date]]:
    """The period each word names, by its index: a year names its year, and a month followed by
    a year names that month (a month without a year names no period: which year would it be?).
    So for "bansos maret 2021" an article of March 2021 holds both words, one of June 2021 the
    year only. "bulan ini", "bulan lalu", "tahun lalu", "pekan ini", "hari ini" name a period
    counted back from `today` (the clock's day by default)."""
    out: dict[int, tuple[dt.date, dt.date]] = {}
    low = [w.lower().rstrip(".") for w in words]
    for i in range(len(low) - 1):
        unit, back = _UNITS.get(low[i]), _WHEN.get(low[i + 1])
        if unit and back is not None and not (unit == "day" and low[i + 1] == "lalu"):
            out[i] = out[i + 1] = relative_period(unit, back, today or dt.date.today())
    for i, w in enumerate(low):
        if not (re.fullmatch(r"[0-9]{4}", w) and FIRST_YEAR <= int(w) <= LAST_YEAR):
            continue
        year = int(w)
        out[i] = (dt.date(year, 1, 1), dt.date(year, 12, 31))
        month = _MONTH_ALIASES.get(low[i - 1]) if i else None
        if month:
            out[i - 1] = (dt.date(year, month, 1), _month_end(year, month))
    return out


class InPeriod(wq.Query):
    """Articles dated within [first, last], each scoring PERIOD_SCORE: an alternative of the
    words that name the period, so an article of March 2021 holds "maret" and "2021" even when
    its text does not write them. The docnums come from the date column (engine.date_docs)."""

    def __init__(self, first: dt.date, last: dt.date, docs: set[int], boost: float = 1.0):
        self.first, self.last, self.docs, self.boost = first, last, frozenset(docs), boost
        self._sorted = sorted(self.docs)

    def __repr__(self) -> str:
        return f"InPeriod({self.first}, {self.last})"

    def __eq__(self, other: object) -> bool:
        return (type(self) is type(other) and (self.first, self.last, self.boost)
                == (other.first, other.last, other.boost))  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.first, self.last, self.boost))

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docs)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        parent = searcher.get_parent()
        offset = 0
        if parent is not searcher:
            offset = next((off for sub, off in parent.leaf_searchers() if sub is searcher), None)
            if offset is None:  # pragma: no cover - a searcher whoosh did not list
                return matching.NullMatcher()
        size = searcher.reader().doc_count_all()
        lo, hi = bisect_left(self._sorted, offset), bisect_left(self._sorted, offset + size)
        if lo == hi:
            return matching.NullMatcher()
        return PeriodMatcher([d - offset for d in self._sorted[lo:hi]], all_weights=PERIOD_SCORE * self.boost)


class PeriodMatcher(matching.ListMatcher):
    """A segment's docnums of a period, each with the same score."""

    def skip_to(self, id: int) -> None:
        # whoosh's ListMatcher steps one document at a time; a year holds thousands
        if not self.is_active():
            raise matching.ReadTooFar
        self._i = max(self._i, bisect_left(self._ids, id, self._i))

    def remaining_arrays(self, np: Any):
        """(docnums, scores) from here on, for search/vector.py's array evaluation."""
        ids = np.asarray(self._ids[self._i:], dtype=np.int64)
        return ids, np.full(len(ids), float(self._all_weights))


def period_query(searcher: Any, first: dt.date, last: dt.date, kind: str) -> wq.Query:
    """InPeriod over the top searcher's documents of `kind` (an article's quotes share its date:
    an article search must not list them), or whoosh's date range where the date column cannot
    answer."""
    from .engine import date_docs, matched_docs

    rng = _date_range_query(first, last)
    docs = date_docs(searcher, rng)
    if docs is None:
        return wq.ConstantScoreQuery(wq.And([rng, wq.Term("kind", kind)]), PERIOD_SCORE)
    return InPeriod(first, last, docs & matched_docs(searcher, wq.Term("kind", kind)))
