"""How a matched document is scored: BM25F per kind of document, and BestOf (the best of alternatives).

`weighting()` is BM25F whose statistics come from the documents of the kind that has the field
(articles for title/body, quotes for text); `BestOf` is a disjunction scored as its best subquery
in each document (an affix family, a word and its synonyms).
"""
from __future__ import annotations

import functools
from typing import Any

from whoosh import query as wq
from whoosh import scoring as _scoring
from whoosh.matching import DisjunctionMaxMatcher

ARCHIVE_KINDS = {"title": "article", "body": "article", "text": "quote", "who": "quote"}  # field -> kind of document


class BestOfMatcher(DisjunctionMaxMatcher):
    """whoosh's DisjunctionMaxMatcher scores max(a.score(), b.score()) whenever both sides are
    active, even when one of them already stands on a later document: a document then took the
    score of another, and rankings changed with the order documents were committed in. Here
    only the sides on the current document count. Where both sides hold the document, the
    weaker adds `tiebreak` times its score (whoosh stores the tiebreak but never applies it)."""

    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return b.score()
        if not b.is_active():
            return a.score()
        at_a, at_b = a.id(), b.id()
        if at_a == at_b:
            sa, sb = a.score(), b.score()
            return max(sa, sb) + self.tiebreak * min(sa, sb) if self.tiebreak else max(sa, sb)
        return a.score() if at_a < at_b else b.score()

    def _bound(self, qa: float, qb: float) -> float:
        """The highest score two sides of at most qa and qb can give a document."""
        return max(qa, qb) + self.tiebreak * min(qa, qb)

    def max_quality(self) -> float:
        qa = self.a.max_quality() if self.a.is_active() else 0.0
        qb = self.b.max_quality() if self.b.is_active() else 0.0
        return self._bound(qa, qb)

    def block_quality(self) -> float:
        qa = self.a.block_quality() if self.a.is_active() else 0.0
        qb = self.b.block_quality() if self.b.is_active() else 0.0
        return self._bound(qa, qb)

    def _floor(self, minquality: float, other_max: float) -> float:
        """Below what score one side cannot lift a document to minquality: minquality itself
        for the best of two, less the other side's best when a tiebreak adds the weaker."""
        return max(0.0, minquality - other_max) if self.tiebreak else minquality

    def skip_to_quality(self, minquality: float) -> int:
        a, b = self.a, self.b
        if not a.is_active():
            return b.skip_to_quality(minquality)
        if not b.is_active():
            return a.skip_to_quality(minquality)
        skipped = 0
        while a.is_active() and b.is_active() and self._bound(a.block_quality(), b.block_quality()) < minquality:
            moved = 0
            floor = self._floor(minquality, b.max_quality())
            if a.block_quality() < floor:
                moved += a.skip_to_quality(floor)
            if b.is_active() and a.is_active():
                floor = self._floor(minquality, a.max_quality())
                if b.block_quality() < floor:
                    moved += b.skip_to_quality(floor)
            if not moved:
                break
            skipped += moved
        return skipped

    def replace(self, minquality: float = 0) -> Any:
        # whoosh's DisjunctionMaxMatcher.replace drops a side that stays active when the other
        # runs out, and rebuilds itself without the tiebreak: both would change the ranking
        from whoosh import matching

        a, b = self.a, self.b
        if not (a.is_active() or b.is_active()):
            return matching.NullMatcher()
        if not a.is_active():
            return b.replace(minquality)
        if not b.is_active():
            return a.replace(minquality)
        if minquality and self.max_quality() < minquality:
            return matching.NullMatcher()
        na = a.replace(self._floor(minquality, b.max_quality()) if minquality else 0)
        nb = b.replace(self._floor(minquality, a.max_quality()) if minquality else 0)
        if not (na.is_active() or nb.is_active()):
            return matching.NullMatcher()
        if not na.is_active():
            return nb
        if not nb.is_active():
            return na
        if na is not a or nb is not b:
            return type(self)(na, nb, tiebreak=self.tiebreak)
        return self


class BestOf(wq.DisjunctionMax):
    """DisjunctionMax whose matcher scores each document by its own best-scoring subquery."""

    def _matcher(self, subs, searcher, context):
        reader = searcher.reader()
        # whoosh's weighted tree builder drops keyword arguments: the tiebreak goes in the class
        return self._tree_matcher(subs, functools.partial(BestOfMatcher, tiebreak=self.tiebreak), searcher,
                                  context, lambda q: q.estimate_size(reader))


def _population(ixreader: Any, fieldname: str, kind_field: str = "kind") -> int:
    """How many documents can have `fieldname`: those of its kind in a mixed index."""
    base = fieldname[: -len("_exact")] if fieldname.endswith("_exact") else fieldname
    kind = ARCHIVE_KINDS.get(base)
    if kind and kind_field in ixreader.schema:
        n = ixreader.doc_frequency(kind_field, kind)
        if n:
            return n
    return ixreader.doc_count_all()


# --- Per-kind BM25F ---------------------------------------------------------------------------


class KindBM25F(_scoring.BM25F):
    """BM25F whose statistics for a text field come from the documents of the kind that has the
    field. In one index holding articles, quotes, people and programs, plain BM25F divides by
    every document: idf flattens and the average body length shrinks ~10x, so long articles are
    over-penalised. `kinds` maps a field (without `_exact`) to its kind value in `kind_field`."""

    def __init__(self, kinds: dict[str, str], kind_field: str = "kind", B: float = 0.75, K1: float = 1.2):
        super().__init__(B=B, K1=K1)
        self.kinds = dict(kinds)
        self.kind_field = kind_field

    def population(self, searcher: Any, fieldname: str) -> int:
        parent = searcher.get_parent()
        base = fieldname[: -len("_exact")] if fieldname.endswith("_exact") else fieldname
        kind = self.kinds.get(base)
        if kind and self.kind_field in parent.schema:
            n = parent.doc_frequency(self.kind_field, kind)
            if n:
                return n
        return parent.doc_count_all()

    def idf(self, searcher: Any, fieldname: str, text: Any) -> float:
        import math

        parent = searcher.get_parent()
        return math.log(self.population(parent, fieldname) / (parent.doc_frequency(fieldname, text) + 1)) + 1

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf=qf)
        B = getattr(self, "_field_B", {}).get(fieldname, self.B)
        return _KindBM25FScorer(searcher, fieldname, text, B, self.K1, qf, self)


class _KindBM25FScorer(_scoring.BM25FScorer):
    def __init__(self, searcher: Any, fieldname: str, text: Any, B: float, K1: float, qf: int,
                 model: KindBM25F):
        parent = searcher.get_parent()
        self.idf = model.idf(parent, fieldname, text)
        self.avgfl = (parent.field_length(fieldname) / model.population(parent, fieldname)) or 1
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)




def weighting(kinds: dict[str, str] | None = None, kind_field: str = "kind") -> KindBM25F:
    """The scoring model to search with: `ix.searcher(weighting=relevance.weighting())`."""
    return KindBM25F(ARCHIVE_KINDS if kinds is None else kinds, kind_field)
