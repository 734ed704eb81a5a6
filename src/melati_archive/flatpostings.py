"""Postings as flat tuples: how the full rebuild's writer holds, sorts, spills and merges them.

A flat tuple is the postings of a run of terms, end to end: (terms, postings per term, value
bytes per term, documents, weights, value sizes, values), the last four per posting (the
values joined). It is the form postings take everywhere between the worker that prepares them
(`segment.Batch`) and the one that encodes their blocks (`blockcodec.encode_terms`). A flat
tuple's terms are unique and in order, except a batch's (unique, in the order they come) and
what the writer holds (`Held`: the batches' tuples end to end), which `sorted_flats` puts in
order. Whole arrays are gathered at a time (numpy), never a call per posting.
"""
from __future__ import annotations

import pickle
import tempfile
from array import array
from bisect import bisect_right
from itertools import accumulate, count
from typing import Iterable, Iterator


class Held:
    """One field's postings held by the writer: the flat tuples of its batches end to end, as
    they came (a term recurs once per batch that has it, an entry), merged into term order only
    when they spill or the segment is written (`sorted_flats`): appending a batch is a few
    array copies, with no work per term."""

    __slots__ = ("tids", "counts", "sizes", "docs", "weights", "vsizes", "values")

    def __init__(self):
        self.tids, self.counts, self.sizes = array("I"), array("I"), array("I")  # per entry
        # per posting, the bytes of the flat tuples' arrays, and the values
        self.docs, self.weights, self.vsizes = bytearray(), bytearray(), bytearray()
        self.values = bytearray()

    def add(self, flat: tuple, base: int, terms: "TermIds") -> None:
        """Append a flat tuple whose documents are numbered from `base`."""
        keys, counts, sizes, docs, weights, vsizes, values = flat
        self.tids += terms.ids(keys)
        self.counts += counts
        self.sizes += sizes
        self.docs += _shifted(docs, base) if base else docs
        self.weights += weights
        self.vsizes += vsizes
        self.values += values


def _shifted(docs, base: int):
    """The documents' numbers plus `base`, as 4-byte unsigned ints: numpy for an array("I") (a
    batch's postings, a thousand an article), a Python call a number otherwise; a number past
    4 bytes raises OverflowError either way."""
    if type(docs) is array and docs.typecode == "I":
        import numpy as np

        shifted = np.frombuffer(docs, dtype=np.uint32).astype(np.int64) + base
        if not len(shifted) or (0 <= int(shifted.min()) and int(shifted.max()) < 2**32):
            return shifted.astype(np.uint32).tobytes()
    return array("I", map(base.__add__, docs))


class TermIds:
    """A number for each term held (the same in every field): entries keep 4 bytes, not a key,
    and the merge sorts the distinct terms only."""

    def __init__(self):
        self.of: dict[bytes, int] = {}
        self.next = count()

    def ids(self, keys: list[bytes]) -> array:
        # setdefault with a fresh number: a term seen before keeps its own (numbers are unique,
        # not consecutive), and no Python call per key
        return array("I", map(self.of.setdefault, keys, self.next))

    def __len__(self) -> int:
        return len(self.of)

    def keys_of(self) -> dict[int, bytes]:
        return {tid: key for key, tid in self.of.items()}


# What the writer's memory holds per entry (a term of a batch: its number, count and size)
# and what merging them costs per entry for a moment (the sort's arrays), and per term held
# once (its key and dictionary slots): counted against spill_bytes besides 16 bytes a posting
# and the values, so that a spill's merge stays within the budget too.
ENTRY_BYTES = 60
TERM_OVERHEAD = 200


def sorted_flats(held: Held, terms: TermIds, per_flat: int, keys_of: dict | None = None) -> Iterator[tuple]:
    """The held postings as flat tuples in term order, each of about `per_flat` terms: the
    entries put in term order by a stable sort (a term's entries keep the batches' order, which
    is the documents' order), then each flat tuple gathered from the held arrays, whole
    arrays at a time (numpy)."""
    import numpy as np

    n = len(held.tids)
    if not n:
        return
    tids = np.frombuffer(held.tids, dtype=np.uint32)
    distinct = np.unique(tids)
    keys_of = keys_of or terms.keys_of()
    keys = list(map(keys_of.__getitem__, distinct.tolist()))
    by_key = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[by_key] = np.arange(len(keys))
    ranks = rank[np.searchsorted(distinct, tids)]
    order = stable_order(ranks)
    ranks = ranks[order]
    sorted_keys = list(map(keys.__getitem__, by_key))
    term_starts = np.flatnonzero(np.diff(ranks)) + 1  # entries where a term begins (but the first)
    counts = np.frombuffer(held.counts, dtype=np.uint32).astype(np.int64)
    sizes = np.frombuffer(held.sizes, dtype=np.uint32).astype(np.int64)
    posting_at = np.cumsum(counts) - counts
    value_at = np.cumsum(sizes) - sizes
    arrays = (np.frombuffer(held.docs, dtype=np.uint32), np.frombuffer(held.weights, dtype=np.float32),
              np.frombuffer(held.vsizes, dtype=np.uint32), np.frombuffer(held.values, dtype=np.uint8))
    i = 0
    while i < n:
        cut = np.searchsorted(term_starts, i + per_flat)  # a term's entries all go in one flat tuple
        j = int(term_starts[cut]) if cut < len(term_starts) else n
        inner = term_starts[np.searchsorted(term_starts, i, side="right"):cut] - i
        firsts = np.concatenate(([0], inner)).astype(np.int64)
        yield _gathered(order[i:j], firsts, ranks[i + firsts], sorted_keys, counts, sizes, posting_at,
                        value_at, arrays)
        i = j


def stable_order(keys):
    """`np.argsort(keys, kind="stable")` of non-negative int keys: each made unique by its
    index, numpy's default sort gives the one order there is, several times faster than its
    stable sort (timsort for 4- and 8-byte ints)."""
    import numpy as np

    n = len(keys)
    if n and int(keys.max()) >= (2**62) // n:
        return np.argsort(keys, kind="stable")
    return np.argsort(keys.astype(np.int64) * n + np.arange(n, dtype=np.int64))


def _gathered(entries, firsts, ranks, sorted_keys, counts, sizes, posting_at, value_at, arrays) -> tuple:
    """The flat tuple of these held entries (in term order, a term's first entries at `firsts`):
    their postings and values end to end."""
    import numpy as np

    docs, weights, vsizes, values = arrays
    c, s = counts[entries], sizes[entries]
    postings = ragged(posting_at[entries], c)
    value_bytes = ragged(value_at[entries], s)
    return (list(map(sorted_keys.__getitem__, ranks.tolist())),
            array("I", np.add.reduceat(c, firsts).astype(np.uint32).tobytes()),
            array("I", np.add.reduceat(s, firsts).astype(np.uint32).tobytes()),
            array("I", docs[postings].tobytes()), array("f", weights[postings].tobytes()),
            array("I", vsizes[postings].tobytes()), values[value_bytes].tobytes())


def ragged(starts, lengths):
    """The indexes of the runs starts[k] .. starts[k] + lengths[k] - 1, end to end."""
    import numpy as np

    total = int(lengths.sum())
    return np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total, dtype=np.int64)


def _flat_part(flat: tuple, first: int, last: int) -> tuple:
    """The flat tuple of terms first..last-1 of `flat`."""
    keys, counts, sizes, docs, weights, vsizes, values = flat
    if first == 0 and last == len(keys):
        return flat
    p0 = sum(counts[:first])
    p1 = p0 + sum(counts[first:last])
    v0 = sum(sizes[:first])
    v1 = v0 + sum(sizes[first:last])
    return (keys[first:last], counts[first:last], sizes[first:last], docs[p0:p1], weights[p0:p1],
            vsizes[p0:p1], values[v0:v1])


def _merged_flats(pieces: list[tuple]) -> tuple:
    """One flat tuple of flat tuples given in document order (a term may be in several)."""
    if len(pieces) == 1:
        return pieces[0]
    held, terms = Held(), TermIds()
    for piece in pieces:
        held.add(piece, 0, terms)
    return next(sorted_flats(held, terms, len(held.tids)))


def merged_runs(sources: list[Iterable[tuple]]) -> Iterator[tuple]:
    """Flat tuples in term order from sources of flat tuples in term order, each source holding
    later documents than the one before: each step takes, from every source, the terms up to
    the least of their current tuples' last terms, and merges them."""
    iters = [iter(source) for source in sources]
    current = [next(it, None) for it in iters]
    at = [0] * len(iters)
    while True:
        live = [i for i, flat in enumerate(current) if flat is not None]
        if not live:
            return
        cut = min(current[i][0][-1] for i in live)
        pieces = []
        for i in live:
            flat = current[i]
            end = bisect_right(flat[0], cut)
            if end > at[i]:
                pieces.append(_flat_part(flat, at[i], end))
            at[i] = end
            if end == len(flat[0]):
                current[i], at[i] = next(iters[i], None), 0
        yield _merged_flats(pieces)


def task_flats(flats: Iterable[tuple], most_terms: int, most_postings: int) -> Iterator[tuple]:
    """Flat tuples cut into ones of at most `most_terms` terms and `most_postings` postings (a
    term longer than that gets one of its own)."""
    for flat in flats:
        counts = flat[1]
        n = len(counts)
        if n <= most_terms and sum(counts) <= most_postings:
            yield flat
            continue
        ends = list(accumulate(counts))
        first, before = 0, 0
        while first < n:
            last = min(first + most_terms, bisect_right(ends, before + most_postings, first))
            last = max(last, first + 1)
            yield _flat_part(flat, first, last)
            first, before = last, ends[last - 1]


class Run:
    """Postings spilled to an unnamed temporary file (gone with the process, even a killed one):
    per field, flat tuples of terms in order, each pickled on its own."""

    # entries (a term of a batch) per flat tuple: the commit's merge holds one tuple of every run
    # at once, so its memory is runs x this; 4,000 took 150 MB at 100,000 articles (27 runs)
    CHUNK_TERMS = 1000

    def __init__(self, folder: str | None = None):
        self.file = tempfile.TemporaryFile(dir=folder)
        self.fields: dict[str, list[int]] = {}  # field -> offsets of its flat tuples

    def add_field(self, name: str, flats: Iterable[tuple]) -> None:
        offsets = self.fields[name] = []
        for flat in flats:
            offsets.append(self.file.tell())
            pickle.dump(flat, self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def names(self) -> set[str]:
        return set(self.fields)

    def field(self, name: str) -> Iterator[tuple]:
        for offset in self.fields.get(name, []):
            self.file.seek(offset)
            yield pickle.load(self.file)

    def close(self) -> None:
        self.file.close()
