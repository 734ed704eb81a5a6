"""The docnums of one term, read a posting block at a time and kept per searcher.

The match set behind a search's total and facets is a union of terms' posting lists
(engine.matched_docs). whoosh's public walk (`reader.postings(...).all_ids()`) yields one
docnum per Python call through its matcher; at 100,000 articles a common word's family is a
few hundred thousand of them per search. whoosh 2.7's own leaf matcher (W3LeafMatcher) keeps
each block's docnums as one tuple: taking the tuples whole is several times faster. Any other
matcher falls back to the public walk (same docnums, tested).

A searcher keeps the docnums of the terms it looked up (stdlib arrays, 4 bytes a docnum,
at most MAX_CACHED_IDS in all, least recently used dropped first). A reindex makes a new
searcher (engine._searcher), so nothing outlives the index it came from. The cache holds
postings only, never a query's answer.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

MAX_CACHED_IDS = 8_000_000  # 32 MB of docnums per searcher


def term_docs(searcher: Any, fieldname: str, text: Any) -> set[int]:
    """Every live docnum holding the term (a fresh set the caller may change)."""
    cache = _cache(searcher)
    key = (fieldname, text)
    ids = cache.get(key)
    if ids is None:
        ids = _read(searcher.reader(), fieldname, text, searcher)
        cache[key] = ids
        searcher._melati_term_ids_total = getattr(searcher, "_melati_term_ids_total", 0) + len(ids)
        while searcher._melati_term_ids_total > MAX_CACHED_IDS and len(cache) > 1:
            _, old = cache.popitem(last=False)
            searcher._melati_term_ids_total -= len(old)
    else:
        cache.move_to_end(key)
    return set(ids)


def _cache(searcher: Any) -> OrderedDict:
    cache = getattr(searcher, "_melati_term_ids", None)
    if cache is None:
        cache = searcher._melati_term_ids = OrderedDict()
    return cache


def _read(reader: Any, fieldname: str, text: Any, searcher: Any = None) -> array:
    out = array("i")
    if (fieldname, text) not in reader:
        return out
    leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
    for leaf, offset in leaves:
        if (fieldname, text) not in leaf:
            continue
        ids = segment_ids(leaf, fieldname, text, searcher)
        out.extend(ids if not offset else (d + offset for d in ids))
    return out


def segment_ids(leaf: Any, fieldname: str, text: Any, searcher: Any = None) -> list[int]:
    """The term's live docnums in one segment, block by block when the matcher is whoosh's
    W3LeafMatcher (under its deletions filter) -- through the ranking's kept postings
    (search.vector) when numpy is there, so a term is decoded once per searcher -- else through
    the public all_ids()."""
    from whoosh.matching.wrappers import FilterMatcher

    m = leaf.postings(fieldname, text)
    inner, deleted = m, None
    if isinstance(m, FilterMatcher) and getattr(m, "_exclude", False):
        inner, deleted = m.child, m._ids
    ids = _kept(searcher, leaf, inner)
    if ids is None:
        ids = _blocks(inner)
    if ids is None:
        return list(m.all_ids())
    if deleted:
        ids = [d for d in ids if d not in deleted]
    return ids


def _kept(searcher: Any, leaf: Any, m: Any) -> list[int] | None:
    if searcher is None or type(m).__name__ != "W3LeafMatcher" or getattr(m, "_term", None) is None:
        return None
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with pandas
        return None
    from .vector import _has_blocks, postings

    if not _has_blocks(m):
        return None
    return postings(np, searcher, leaf, m._term, m)[0].tolist()


def _blocks(m: Any) -> list[int] | None:
    """Every docnum of a fresh W3LeafMatcher from its blocks' id tuples; None for any other."""
    needed = ("_read_ids", "_next_block", "_atend", "_blocklength", "_i")
    if type(m).__name__ != "W3LeafMatcher" or not all(hasattr(m, n) for n in needed):
        return None
    out: list[int] = []
    while not m._atend and m._i < m._blocklength:
        if m._ids is None:
            m._read_ids()
        out.extend(m._ids[m._i:])
        m._next_block()
    return out
