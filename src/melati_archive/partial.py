"""Ranked partial matching: a run of query words where documents with every word come first.

A run of bare words typed by a user (`pelatihan menjahit lansia`) becomes one `Coordinated`
query over its word units (one unit per word, or per span of words that may match an acronym
or a closed compound: relevance.word_units). A document matches when it holds at least
`minimum_should_match(n)` of the n counted units; it scores

    COORD_TIER * (units matched) + the sum of the matched units' own scores

so every document holding all the words ranks above every document missing one, those missing
one above those missing two, and within a tier the usual BM25 order decides (how well the
words match). The list therefore goes on past the documents with every word instead of ending
after two or three hits. Which units a document lacks is `missing_labels()`, shown beside a
partial hit as web search engines do.

Stopword units (`dan`, `di`) do not count: they add score when present, never a tier.
"""
from __future__ import annotations

import math
from typing import Any

from whoosh import matching
from whoosh import query as wq

COORD_TIER = 1000.0  # larger than any BM25 sum of a query: the matched count decides first


def minimum_should_match(n: int) -> int:
    """How many of n counted word units a document must hold: half, rounded up, at least one
    (one or two words: one; three or four: two; five or six: three). Low on purpose: the tiers
    already put documents with more of the words first, so a low bound only lengthens the list."""
    return max(1, math.ceil(n / 2)) if n > 0 else 0


class Coordinated(wq.CompoundQuery):
    """Documents holding at least `minmatch` of the counted units, ranked by how many they hold,
    then by score. `labels[i]` names unit i for users ("pelatihan"); `counted[i]` is False for
    units that add score but no tier (stopwords)."""

    JOINT = " ~AND~ "

    def __init__(self, subqueries, labels, counted=None, minmatch=None, boost: float = 1.0):
        super().__init__(list(subqueries), boost=boost)
        self.labels = list(labels)
        self.counted = list(counted) if counted is not None else [True] * len(self.subqueries)
        n = sum(self.counted)
        self.minmatch = minimum_should_match(n) if minmatch is None else minmatch

    def __repr__(self) -> str:
        return f"Coordinated({self.subqueries!r}, labels={self.labels!r}, minmatch={self.minmatch})"

    def __eq__(self, other: object) -> bool:
        return (type(self) is type(other) and self.subqueries == other.subqueries
                and self.labels == other.labels and self.counted == other.counted
                and self.minmatch == other.minmatch and self.boost == other.boost)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(self.subqueries), tuple(self.labels), self.minmatch))

    def _rebuild(self, subs, boost=None):
        q = Coordinated(subs, self.labels, self.counted, self.minmatch, boost=self.boost if boost is None else boost)
        q.require_all = self.require_all
        return q

    def normalize(self):
        return self._rebuild([q.normalize() for q in self.subqueries])

    def simplify(self, ixreader):
        return self._rebuild([q.simplify(ixreader) for q in self.subqueries])

    def with_boost(self, boost):
        return self._rebuild(self.subqueries, boost)

    def requires(self):
        return set()

    def full_tier(self) -> "Coordinated":
        """The same query and scores restricted to documents holding every counted unit: its
        matcher leapfrogs the units' posting lists (skip_to) instead of walking their union.
        When that tier alone fills a page, the page is the same (docs/search.md)."""
        q = self._rebuild(self.subqueries)
        q.require_all = True
        return q

    def full_tier_docs(self, evaluate, reader) -> set[int] | None:
        """Docnums holding every counted unit (None when no unit counts)."""
        sets = [s for s, counted in zip(self.matched_sets(evaluate, reader), self.counted) if counted]
        if not sets:
            return None
        sets.sort(key=len)
        out = set(sets[0])
        for s in sets[1:]:
            out &= s
        return out

    def estimate_min_size(self, ixreader):
        return 0

    require_all = False

    def matcher(self, searcher, context=None):
        subs = [q.matcher(searcher, context) for q in self.subqueries]
        m = CoordinatedMatcher(subs, self.counted, self.minmatch, boost=self.boost, require_all=self.require_all)
        return m if m.is_active() else matching.NullMatcher()

    def matched_sets(self, evaluate, reader) -> list[set[int]]:
        """Each unit's docnums through `evaluate(query) -> set` (search.engine.matched_docs),
        kept for `reader`: the missing words of hits then cost no second evaluation."""
        cache = self.__dict__.setdefault("_sets", {})
        key = id(reader)
        if key not in cache or cache[key][0] is not reader:
            cache[key] = (reader, [evaluate(q) for q in self.subqueries])
        return cache[key][1]

    def docs_matching(self, evaluate, reader) -> set[int]:
        """Docnums holding at least `minmatch` counted units (and any unit at all)."""
        from collections import Counter

        sets = self.matched_sets(evaluate, reader)
        counted = [s for s, c in zip(sets, self.counted) if c]
        if not self.minmatch:
            return set().union(*sets)
        if self.minmatch == 1:
            return set().union(*counted)
        if self.minmatch >= len(counted):
            return set.intersection(*counted) if len(counted) == self.minmatch else set()
        counts: Counter = Counter()
        for s in counted:
            counts.update(s)
        return {d for d, c in counts.items() if c >= self.minmatch}

    def missing_labels(self, docnum: int, evaluate, reader) -> list[str]:
        """The counted units' labels a document lacks, in query order."""
        sets = self.matched_sets(evaluate, reader)
        return [label for label, s, counted in zip(self.labels, sets, self.counted)
                if counted and docnum not in s]


class CoordinatedMatcher(matching.Matcher):
    """n-ary union of the units' matchers that counts the units on the current document."""

    def __init__(self, subs, counted, minmatch: int, boost: float = 1.0, require_all: bool = False):
        self.subs = list(subs)
        self.counted = list(counted)
        self.minmatch = minmatch
        self.boost = boost
        self.require_all = require_all and any(self.counted)
        self._id: int | None = None
        self._settle()

    # -- where we are
    # _settle leaves each sub's docnum (None: exhausted) in self._ids; nothing moves the subs
    # until the next _settle, so next() and score() read them instead of asking each matcher
    # tree again (whoosh's unions answer id() and is_active() recursively: most of the walk)
    _ids: list = []

    def _settle(self) -> None:
        """Move to the first document at or after the current one with enough units."""
        if self.require_all:
            self._settle_all()
            return
        subs, counted, minmatch = self.subs, self.counted, self.minmatch
        while True:
            ids = [m.id() if m.is_active() else None for m in subs]
            live = [i for i in ids if i is not None]
            if not live:
                self._id, self._ids = None, ids
                return
            cur = min(live)
            if minmatch <= 0 or sum(1 for i, c in zip(ids, counted) if c and i == cur) >= minmatch:
                self._id, self._ids = cur, ids
                return
            for m, i in zip(subs, ids):
                if i == cur:
                    m.next()

    def _settle_all(self) -> None:
        """Move to the first document at or after the current one holding every counted unit:
        the counted matchers skip to the furthest one's document until they agree."""
        counted = [m for m, c in zip(self.subs, self.counted) if c]
        while True:
            target = -1
            for m in counted:
                if not m.is_active():
                    self._id, self._ids = None, []
                    return
                i = m.id()
                if i > target:
                    target = i
            agree = True
            for m in counted:
                if m.id() < target:
                    m.skip_to(target)
                    if not m.is_active():
                        self._id, self._ids = None, []
                        return
                    if m.id() != target:
                        agree = False
            if agree:
                ids = []
                for m, c in zip(self.subs, self.counted):
                    if not c and m.is_active() and m.id() < target:
                        m.skip_to(target)
                    ids.append(target if c else (m.id() if m.is_active() else None))
                self._id, self._ids = target, ids
                return

    # -- matcher protocol
    def is_active(self) -> bool:
        return self._id is not None

    def id(self) -> int:
        return self._id

    def next(self):
        cur = self._id
        for m, i in zip(self.subs, self._ids):
            if i == cur:
                m.next()
        self._settle()
        return False

    def skip_to(self, target: int):
        for m in self.subs:
            if m.is_active() and m.id() < target:
                m.skip_to(target)
        self._settle()
        return False

    def score(self) -> float:
        cur = self._id
        total, count = 0.0, 0
        for m, c, i in zip(self.subs, self.counted, self._ids):
            if i == cur:
                total += m.score()
                count += c
        return (COORD_TIER * count + total) * self.boost

    def all_ids(self):
        while self.is_active():
            yield self._id
            self.next()

    def copy(self):
        return CoordinatedMatcher([m.copy() for m in self.subs], self.counted, self.minmatch, self.boost,
                                  self.require_all)

    def replace(self, minquality: float = 0):
        return self if self.is_active() else matching.NullMatcher()

    def children(self):
        return list(self.subs)

    def term_matchers(self):
        for m in self.subs:
            if m.is_active():
                yield from m.term_matchers()

    def matching_terms(self, id: int | None = None):
        cur = self._id if id is None else id
        for m in self.subs:
            if m.is_active() and m.id() == cur:
                yield from m.matching_terms(cur)

    def supports_block_quality(self) -> bool:
        return False

    def supports(self, astype: str) -> bool:
        return False

    def weight(self) -> float:
        return self.score()

    def depth(self) -> int:
        return 1 + max((m.depth() for m in self.subs), default=0)


def tier(score: float) -> int:
    """How many counted units a Coordinated score says the document holds."""
    return int(score // COORD_TIER)


def label_of(words: list[str]) -> str:
    return " ".join(words)


def is_coordinated(q: Any) -> bool:
    return isinstance(q, Coordinated)
