"""Two written forms of one person the people side keeps apart, merged before attribution: a name written
again with its apostrophe or hyphen moved ("Musta'in Ahmad", later "Mus'tain Ahmad")."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .coref import Cast

_MARKS = str.maketrans("", "", "'\u2019`-")


def merge_moved_marks(cast: Cast) -> None:
    """People whose names are the same letters with an apostrophe or hyphen in another place are one person,
    the one written first (a typo moves the mark; two people are never told apart by it alone)."""
    firsts = sorted(cast.persons, key=lambda p: p.first if p.first >= 0 else 10**9)
    seen: dict[str, object] = {}
    for p in firsts:
        if not any(c in p.name for c in "'\u2019`-"):
            key = p.name.lower()
            seen.setdefault(key, p)
            continue
        key = p.name.translate(_MARKS).lower()
        into = seen.get(key)
        if into is None:
            seen[key] = p
        elif into is not p and into.name != p.name:
            cast.merge_into(p, into)
