"""`python -m melati_archive.reports.busiest HOME`: print the month (YYYY-MM) with the most items."""
from __future__ import annotations

import sys

from .frames import load


def busiest_month(home) -> str | None:
    """The month with the most items; the earliest such month on a tie; None for an empty archive."""
    articles = load(home).articles
    if articles.empty:
        return None
    counts = articles["date"].dt.strftime("%Y-%m").value_counts()
    top = counts.max()
    return min(k for k, v in counts.items() if v == top)


def main(argv=None) -> int:
    from ..errors import MelatiError

    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m melati_archive.reports.busiest HOME", file=sys.stderr)
        return 2
    try:
        month = busiest_month(argv[0])
    except MelatiError as exc:
        print(f"melati: error: {exc}", file=sys.stderr)
        return 1
    if month is None:
        print(f"melati: error: {argv[0]}: arsip belum berisi berita", file=sys.stderr)
        return 1
    print(month)
    return 0


if __name__ == "__main__":
    sys.exit(main())
