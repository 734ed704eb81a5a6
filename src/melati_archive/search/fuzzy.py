"""Fuzzy words (`menjahti~`): near spellings in the lexicon, closest and sharing the word's start first.

whoosh's FuzzyTerm scores every spelling within the distance as the word itself, so a very
common near spelling wins by frequency alone (`menjahti~` led with "menjadi"). Here each
candidate weighs by its Damerau-Levenshtein distance (a swap of neighbouring letters is one
edit: menjahti -> menjahit) and by how much of the typed word's start it keeps, and the
distance is capped by the word's length so short words do not match half the lexicon.
"""
from __future__ import annotations

from typing import Any

from ..errors import QueryError

FUZZY_DECAY = 0.25  # each further edit keeps a quarter of the weight
MAX_CANDIDATES = 10  # spellings searched per word and field: the closest


def distance_cap(word: str) -> int:
    """Edits allowed for a word of this length: 1 up to 4 letters, 2 up to 7, 3 beyond."""
    return 1 if len(word) <= 4 else 2 if len(word) <= 7 else 3


def default_distance(word: str) -> int:
    """`word~` without a number: one edit, two for words of six letters or more."""
    return 2 if len(word) >= 6 else 1


def checked_distance(word: str, dist: int | None) -> int:
    """The distance to search with; QueryError naming the cap when `~N` asks for more."""
    if dist is None:
        return default_distance(word)
    cap = distance_cap(word)
    if dist < 0 or dist > cap:
        raise QueryError(f"{word}~{dist}: kata {len(word)} huruf paling banyak boleh {cap} salah ketik; "
                         f"tulis {word}~{cap} atau kurang")
    return dist


def damerau(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    neighbouring letters each cost one."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def weight(word: str, candidate: str) -> float:
    """How much a near spelling counts, 1.0 for the word itself."""
    d = damerau(word, candidate)
    return FUZZY_DECAY ** d * (0.5 + 0.5 * shared_start(word, candidate) / max(len(word), 1))


def near_spellings(word: str, found: list[str], maxdist: int, limit: int = MAX_CANDIDATES) -> list[tuple[str, float]]:
    """(spelling, weight) of the lexicon words `found` within `maxdist` swaps-as-one edits,
    best first: fewest edits, then the longest shared start."""
    scored = []
    for cand in found:
        d = damerau(word, cand)
        if d <= maxdist:
            scored.append((d, -shared_start(word, cand), cand))
    scored.sort()
    return [(cand, weight(word, cand)) for _, _, cand in scored[:limit]]


def near_query(fieldname: str, word: str, maxdist: int, boost: float = 2.0) -> Any:
    """The whoosh query of `word~maxdist` on an exact field."""
    from ..scoring import BestOf
    from ..wordforms import AffixFamily

    class NearSpellings(AffixFamily):
        """The lexicon's spellings near `text`, each weighted by closeness (best one counts)."""

        def __str__(self) -> str:
            return f"{self.fieldname}:{self.text}~{maxdist}"

        def _lookup(self, ixreader: Any):
            if self.fieldname not in ixreader.schema:
                return iter(())
            # whoosh's automaton counts a swap as two edits: ask one more, keep by our measure
            found = {t.decode("utf-8") if isinstance(t, bytes) else t
                     for t in ixreader.terms_within(self.fieldname, self.text, min(maxdist + 1, 3), prefix=1)}
            to_bytes = ixreader.schema[self.fieldname].to_bytes
            self.__dict__["_weights"] = dict(near_spellings(self.text, sorted(found), maxdist))
            return iter([to_bytes(c) for c in self.__dict__["_weights"]])

        def matcher(self, searcher: Any, context: Any = None) -> Any:
            from whoosh import matching
            from whoosh import query as wq

            btexts = list(self._btexts(searcher.get_parent().reader()))
            weights = self.__dict__.get("_weights", {})
            qs = []
            for b in btexts:
                text = self.field_text(b, searcher)
                qs.append(wq.Term(self.fieldname, text, boost=self.boost * weights.get(text, 0.0)))
            if not qs:
                return matching.NullMatcher()
            return qs[0].matcher(searcher, context) if len(qs) == 1 else BestOf(qs).matcher(searcher, context)

    return NearSpellings(fieldname, word, boost=boost, limit=MAX_CANDIDATES)
