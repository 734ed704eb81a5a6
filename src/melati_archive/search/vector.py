"""Exact top N without whoosh's document-by-document walk: a query's matcher tree evaluated on arrays.

whoosh ranks by advancing a tree of matchers one document at a time in Python (at 100,000
articles a common word's tree visits tens of thousands of documents, a partial-match union
all of them). Here the tree whoosh builds for each segment (`query.matcher(segment)`) is
evaluated node by node on numpy arrays of (docnums, scores):

- a posting list (W3LeafMatcher) scored by BM25F: its blocks' docnums and weights, the
  documents' field lengths (the segment's length column, read once per searcher), and
  whoosh's `bm25()` written term for term in float64: the same IEEE operations in the same
  order, so the same floats;
- UnionMatcher: a + b where both match, else the one that matches (whoosh: a.score() +
  b.score()); IntersectionMatcher: a + b where both match; BestOfMatcher: the larger plus its tiebreak times the smaller;
  WrappingMatcher and FilterMatcher: the child times the boost, without deleted documents;
  partial.CoordinatedMatcher: units counted and summed in their order, the tier rule applied;
- a phrase (SpanNear2Matcher: its words in order, next to each other): the words'
  intersection as above, kept where the decoded positions line up (`phrase`);
- a matcher that gives its own arrays (`remaining_arrays`: a period's articles, search/period.py);
- any other node (spans with slop, ranges, other scorers) is walked by whoosh itself and
  keeps its own scores.

The top N is then score descending, docnum ascending: TopCollector's order. `top_n` returns
None (whoosh's own search runs) when numpy is missing, the weighting has a final step, or a
score comes out undefined. Nothing is kept between searches but the field lengths.
"""
from __future__ import annotations

from typing import Any

_TWO_SIDED = {"UnionMatcher": "sum_either", "IntersectionMatcher": "sum_both", "BestOfMatcher": "max_either"}
_WRAPPERS = ("WrappingMatcher", "FilterMatcher")


def top_n(searcher: Any, q: Any, limit: int, allowed: set[int] | None):
    """([(score, docnum)] of the top `limit`, every matched docnum), or None."""
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with pandas
        return None
    if getattr(searcher.weighting, "use_final", False):
        return None
    context = searcher.context()
    ids_parts, score_parts = [], []
    for leaf, offset in searcher.leaf_searchers():
        ids, scores = _Evaluator(np, searcher, leaf).node(q.matcher(leaf, context))
        ids_parts.append(ids + offset)
        score_parts.append(scores)
    ids = np.concatenate(ids_parts) if ids_parts else np.zeros(0, np.int64)
    scores = np.concatenate(score_parts) if score_parts else np.zeros(0)
    if allowed is not None:
        keep = np.isin(ids, np.fromiter(allowed, np.int64, len(allowed)))
        ids, scores = ids[keep], scores[keep]
    if np.isnan(scores).any():
        return None
    order = np.lexsort((ids, -scores))[:limit]
    top = [(float(scores[i]), int(ids[i])) for i in order]
    return top, set(ids.tolist())


class _Evaluator:
    """(docnums, scores) arrays of the matcher nodes of one segment."""

    def __init__(self, np: Any, top: Any, leaf: Any):
        self.np = np
        self.top = top
        self.leaf = leaf
        self.n = leaf.reader().doc_count_all()  # the segment's docnum space: dense merges

    def _dense(self, ids, scores):
        """A present-mask and a score array over the segment's docnums."""
        np = self.np
        here = np.zeros(self.n, bool)
        value = np.zeros(self.n)
        here[ids] = True
        value[ids] = scores
        return here, value

    def node(self, m: Any):
        np = self.np
        kind = type(m).__name__
        if not m.is_active():
            return np.zeros(0, np.int64), np.zeros(0)
        if kind == "W3LeafMatcher":
            return self.postings(m)
        if kind in _TWO_SIDED:
            return self.two(m, _TWO_SIDED[kind])
        if kind in _WRAPPERS:
            return self.wrapped(m)
        if kind == "CoordinatedMatcher":
            return self.coordinated(m)
        if kind == "SpanNear2Matcher":
            return self.phrase(m)
        if hasattr(m, "remaining_arrays"):  # search/period.py: a period's docnums, one score
            return m.remaining_arrays(np)
        return self.walk(m)

    def phrase(self, m: Any):
        """whoosh's Phrase (SpanNear2 of its words, in order, next to each other): the words'
        intersection scored as whoosh sums it, kept where some position p has word k at p + k
        for every k -- the spans whoosh builds with slop 1, ordered, at distance 1."""
        np = self.np
        if (m.slop, m.ordered, m.mindist, m.boost) != (1, True, 1, 1.0):
            return self.walk(m)
        words = []
        for sub in m.ms:
            inner = sub.child if type(sub).__name__ == "FilterMatcher" and sub._exclude else sub
            if (type(inner).__name__ != "W3LeafMatcher" or not _has_blocks(inner)
                    or not hasattr(inner, "_read_values") or not inner.format.supports("positions")):
                return self.walk(m)
            words.append(inner)
        ids, scores = self.node(m.child)  # every word, summed as whoosh's intersection tree does
        if not len(ids):
            return ids, scores
        lists = [_values(np, self.top, self.leaf.reader(), w) for w in words]
        at = [np.searchsorted(word_ids, ids) for word_ids, _ in lists]
        decode = [w.format.decode_positions for w in words]
        keep = np.zeros(len(ids), bool)
        for i in range(len(ids)):
            first = decode[0](lists[0][1][at[0][i]])
            rest = [set(decode[k](lists[k][1][at[k][i]])) for k in range(1, len(words))]
            keep[i] = any(all(p + k in rest[k - 1] for k in range(1, len(words))) for p in first)
        return ids[keep], scores[keep]

    def walk(self, m: Any):
        """whoosh's own walk of a node: its docnums and its scores, one by one."""
        ids, scores = [], []
        while m.is_active():
            ids.append(m.id())
            scores.append(m.score())
            m.next()
        return self.np.asarray(ids, dtype=self.np.int64), self.np.asarray(scores, dtype=self.np.float64)

    def postings(self, m: Any):
        from whoosh.scoring import BM25FScorer, WeightLengthScorer, WeightScorer

        np = self.np
        scorer = m.scorer
        term = getattr(m, "_term", None)
        if scorer is None or term is None or not _has_blocks(m):
            return self.walk(m)
        if type(scorer) is WeightScorer:  # a field without lengths (keywords): the weight is the score
            return postings(np, self.top, self.leaf.reader(), term, m)
        if type(scorer).score is not WeightLengthScorer.score or type(scorer)._score is not BM25FScorer._score:
            return self.walk(m)
        ids, tf = postings(np, self.top, self.leaf.reader(), term, m)
        fl = lengths(np, self.top, self.leaf, term[0])[ids]
        idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        # whoosh.scoring.bm25, operation for operation
        return ids, idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))

    def two(self, m: Any, how: str):
        np = self.np
        ia, sa = self.node(m.a)
        ib, sb = self.node(m.b)
        if how == "sum_both":
            ids, pa, pb = np.intersect1d(ia, ib, assume_unique=True, return_indices=True)
            return ids, sa[pa] + sb[pb]
        if not len(ib):  # one side matches nothing: the other's scores as they are
            return ia, sa
        if not len(ia):
            return ib, sb
        in_a, va = self._dense(ia, sa)
        in_b, vb = self._dense(ib, sb)
        ids = np.flatnonzero(in_a | in_b)
        in_a, in_b, va, vb = in_a[ids], in_b[ids], va[ids], vb[ids]
        if how != "max_either":
            both = va + vb
        elif m.tiebreak:
            both = np.maximum(va, vb) + m.tiebreak * np.minimum(va, vb)
        else:  # the shipped tiebreak: no second pass over the arrays
            both = np.maximum(va, vb)
        return ids, np.where(in_a & in_b, both, np.where(in_a, va, vb))

    def wrapped(self, m: Any):
        np = self.np
        ids, scores = self.node(m.child)
        if type(m).__name__ == "FilterMatcher":
            listed = np.isin(ids, np.fromiter(m._ids, np.int64, len(m._ids)))
            keep = ~listed if m._exclude else listed
            ids, scores = ids[keep], scores[keep]
        return ids, scores * m.boost

    def coordinated(self, m: Any):
        from ..partial import COORD_TIER

        np = self.np
        dense = [self._dense(*self.node(sub)) for sub in m.subs]
        anywhere = np.zeros(self.n, bool)
        for here, _ in dense:
            anywhere |= here
        ids = np.flatnonzero(anywhere)
        total = np.zeros(len(ids))
        count = np.zeros(len(ids), np.int64)
        for (here, value), counted in zip(dense, m.counted):
            here, value = here[ids], value[ids]
            total = np.where(here, total + value, total)  # in the units' order, as score() adds
            if counted:
                count += here
        if m.require_all:
            keep = count == sum(m.counted)
        elif m.minmatch > 0:
            keep = count >= m.minmatch
        else:
            keep = np.ones(len(ids), bool)
        return ids[keep], ((COORD_TIER * count + total) * m.boost)[keep]


MAX_CACHED_POSTINGS = 8_000_000  # kept (docnum, weight) pairs per searcher: 8 bytes each


def postings(np: Any, top: Any, reader: Any, term: tuple, m: Any):
    """(docnums, weights) of a W3LeafMatcher of segment `reader`, from its blocks, deleted
    documents included; kept per searcher (the decoding -- unpickling and decompressing each
    block -- is most of a term's cost; search.postings reads match sets from here too), the
    least recently used dropped past MAX_CACHED_POSTINGS. A reindex makes a new searcher."""
    from collections import OrderedDict

    cache = top.__dict__.setdefault("_melati_postings", OrderedDict())
    key = (id(reader), term)
    hit = cache.get(key)
    if hit is not None and hit[0] is reader:
        cache.move_to_end(key)
        return hit[1].astype(np.int64), hit[2].astype(np.float64)
    # from its first posting: a parent's constructor may have moved it (an intersection skips to
    # the first document both sides hold), and what is kept must be the whole list
    ids, weights = _read_blocks(m, "_weights", "_read_weights")
    kept_ids = np.asarray(ids, dtype=np.int32)
    kept_tf = np.asarray(weights, dtype=np.float32)  # whoosh keeps weights as float32 ('f' arrays)
    if len(weights) and not np.array_equal(kept_tf.astype(np.float64), np.asarray(weights, dtype=np.float64)):
        kept_tf = np.asarray(weights, dtype=np.float64)  # not float32 after all: keep them exact
    cache[key] = (reader, kept_ids, kept_tf)
    top._melati_postings_total = getattr(top, "_melati_postings_total", 0) + len(kept_ids)
    while top._melati_postings_total > MAX_CACHED_POSTINGS and len(cache) > 1:
        _, old = cache.popitem(last=False)
        top._melati_postings_total -= len(old[1])
    return kept_ids.astype(np.int64), kept_tf.astype(np.float64)


MAX_CACHED_VALUES = 1_000_000  # kept encoded position lists per searcher (tens of bytes each: ~60 MB)


def _values(np: Any, top: Any, reader: Any, m: Any):
    """(docnums, encoded position lists) of a W3LeafMatcher from its first posting: what a
    phrase checks. Kept per searcher like the postings, fewer of them (at most
    MAX_CACHED_VALUES, least recently used dropped; a reindex makes a new searcher)."""
    from collections import OrderedDict

    cache = top.__dict__.setdefault("_melati_values", OrderedDict())
    key = (id(reader), getattr(m, "_term", None))
    hit = cache.get(key) if key[1] is not None else None
    if hit is not None and hit[0] is reader:
        cache.move_to_end(key)
        return hit[1], hit[2]
    ids, values = _read_values(np, m)
    if key[1] is not None:
        cache[key] = (reader, ids, values)
        top._melati_values_total = getattr(top, "_melati_values_total", 0) + len(values)
        while top._melati_values_total > MAX_CACHED_VALUES and len(cache) > 1:
            _, old = cache.popitem(last=False)
            top._melati_values_total -= len(old[2])
    return ids, values


def _read_values(np: Any, m: Any):
    ids, values = _read_blocks(m, "_values", "_read_values")
    return np.asarray(ids, dtype=np.int64), values


def _read_blocks(m: Any, column: str, read: str) -> tuple[list, list]:
    """(docnums, one column: weights or encoded positions) of a W3LeafMatcher's whole posting
    list, block by block from its first posting."""
    m.reset()
    ids, values = [], []
    while not m._atend and m._i < m._blocklength:
        if m._ids is None:
            m._read_ids()
        if getattr(m, column) is None:
            getattr(m, read)()
        ids.extend(m._ids[m._i:])
        values.extend(getattr(m, column)[m._i:])
        m._next_block()
    return ids, values


def _has_blocks(m: Any) -> bool:
    return all(hasattr(m, n) for n in ("_atend", "_i", "_blocklength", "_ids", "_weights", "_read_ids",
                                        "_read_weights", "_next_block", "reset"))


def lengths(np: Any, top: Any, leaf: Any, fieldname: str):
    """Field lengths of every document of a segment as whoosh's scorer reads them
    (doc_field_length(docnum, field, 1)), NaN where it would give none; kept per searcher."""
    cache = top.__dict__.setdefault("_melati_lengths", {})
    reader = leaf.reader()
    key = (id(reader), fieldname)
    hit = cache.get(key)
    if hit is not None and hit[0] is reader:
        return hit[1]
    n = reader.doc_count_all()
    out = _column_lengths(np, reader, fieldname, n)
    if out is None:
        out = np.asarray([_length_or_nan(reader.doc_field_length(d, fieldname, 1)) for d in range(n)],
                         dtype=np.float64)
    cache[key] = (reader, out)
    return out


def _length_or_nan(value):
    return float("nan") if value is None else float(value)


def _column_lengths(np: Any, reader: Any, fieldname: str, n: int):
    """The lengths column's bytes read at once (whoosh 2.7's W3PerDocReader), decoded with
    whoosh's own table; None when the reader is of another kind."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        perdoc = reader._perdoc
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return np.ones(n)  # no lengths column: whoosh's default of 1
        if type(column).__name__ != "Reader" or column._fixedlen != 1 or column._typecode != "B":
            return None
        raw = np.frombuffer(column._dbfile.get(column._basepos, column._count), dtype=np.uint8)
        codes = np.zeros(n, np.uint8)
        codes[: min(n, len(raw))] = raw[:n]
        table = np.asarray([byte_to_length(b) for b in range(256)], dtype=np.float64)
        table[0] = np.nan  # whoosh's doc_field_length gives None for a zero byte
        return table[codes]
    except Exception:  # noqa: BLE001 - any other layout: the public per-document call
        return None
