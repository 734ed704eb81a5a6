"""Writing one whoosh segment from documents analysed elsewhere: the fast path of a full rebuild.

whoosh's own writer analyses each field, puts every posting in a pool as a tuple, spills the
pool to disk in pickled runs and sorts it back at commit: about 27 µs a posting, all in the
one process that writes. Here the work is split so that most of it runs in worker processes:

- `Preparer.prepare()` turns a document into what the segment needs (per field: the postings,
  the length, the stored and column values). Each F / F_exact pair of the schema that gets the
  same text is tokenized once (`analysis.field_positions`).
- `Batch` gathers the prepared documents of a run of articles, their postings grouped per term,
  and crosses the pipe flat (a few long arrays per field).
- `PreparedWriter.add_batch()` appends a batch: stored fields and lengths go to whoosh's
  per-document writer; the postings are appended to what the writer holds of the field as they
  come (`_Held`: a few array copies a batch, no work per term); they are put in term order once,
  when they spill or at commit (`_sorted_flats`: documents are numbered in order, so a term's
  postings are its batches' postings end to end).
- when what is held passes `spill_bytes`, it goes to an unnamed temporary file as one sorted
  run (`_Run`), so the writer's memory stays bounded whatever the archive's size; the commit
  merges the runs a run of terms at a time (`_merged_runs`);
- at commit, `encode_terms` (pure, so the workers run it) writes whoosh's blocks and term infos
  for each run of terms; the writer copies the bytes and adds the term table's rows.

The segment is the one whoosh would write for the same documents (tests compare every term,
posting, length and stored field; the blocks of the compact formats' fields keep each value in
its int form, `postformat`, and stored fields are pickled with protocol 5), through the 2.7
codec API; where whoosh's field writer lacks the internals used here, postings go through its
public per-posting `add`.
"""
from __future__ import annotations

import pickle
import tempfile
import zlib
from array import array
from bisect import bisect_right
from collections import deque
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add, ne, sub
from pickle import dumps
from typing import Any, Iterable, Iterator

from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.columns import PickleColumn
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, _LONG_SIZE, pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from . import postformat
from .nlp import analysis

_EXTENT_SIZE = _LONG_SIZE + _INT_SIZE  # a term info's last bytes: postings offset and length

# One prepared field: (name, postings or None, length, stored value or None, column value or None);
# postings are (term bytes, frequency, weight, encoded value).
PreparedField = tuple[str, "list[tuple[bytes, int, float, bytes]] | None", int, Any, Any]


_ONE_PASS_FORMATS = ("Positions", "CompactPositions", "Frequency", "CompactFrequency")


def _pairs(schema) -> dict[str, tuple[str, frozenset[str]]]:
    """exact field -> (its stemmed twin, protected words), for the F / F_exact pairs that
    `analysis.field_positions` can analyse in one pass."""
    pairs = {}
    for name in schema.names():
        twin = name[: -len("_exact")] if name.endswith("_exact") else None
        if twin is None or twin not in schema:
            continue
        exact, stemmed = schema[name], schema[twin]
        protected = analysis.protected_of(getattr(stemmed, "analyzer", None))
        if (protected is not None and analysis.is_exact_analyzer(getattr(exact, "analyzer", None))
                and type(exact.format).__name__ in _ONE_PASS_FORMATS
                and type(stemmed.format).__name__ in _ONE_PASS_FORMATS):
            pairs[name] = (twin, protected)
    return pairs


_ONE_POSITION: dict[int, bytes] = {}  # position -> its encoded value as a term's only position
_ONE = pack_uint(1)
_POSITIONS = Positions()


def _positions_value(ps: list[int]) -> bytes:
    """whoosh's `Positions.encode(ps)`, byte for byte (the count, then the pickled deltas), with
    the value of a single position (most terms of a document) worked out once per position."""
    if len(ps) == 1:
        p = ps[0]
        value = _ONE_POSITION.get(p)
        if value is None:
            value = _ONE + pickle.dumps([p], 2)
            if p < 1_000_000:
                _ONE_POSITION[p] = value
        return value
    return _POSITIONS.encode(ps)


def _term_items(fmt, positions: dict[str, list[int]]) -> tuple[list, int]:
    """What `fmt.word_values` gives for these term positions: (term, freq, weight, value)."""
    boost = fmt.field_boost
    if getattr(type(fmt), "encode", None) is Positions.encode:
        encode = _positions_value  # whoosh's own Positions (old schemas): one cached value per position
    elif type(fmt).__name__ in ("Positions", "CompactPositions"):
        encode = fmt.encode
    elif type(fmt).__name__ == "CompactFrequency":
        def encode(ps):
            return postformat.encode_frequency(len(ps))
    else:  # Frequency: the value is the frequency alone
        def encode(ps):
            return pack_uint(len(ps))
    items = [(term.encode("utf-8"), len(ps), float(len(ps)) * boost, encode(ps)) for term, ps in positions.items()]
    return items, sum(len(ps) for ps in positions.values())


class Preparer:
    """`prepare(doc)` for one schema (the pair table is worked out once)."""

    def __init__(self, schema):
        self.schema = schema
        self.pairs = _pairs(schema)

    def prepare(self, doc: dict[str, Any]) -> list[PreparedField]:
        schema = self.schema
        paired: dict[str, tuple[list, int]] = {}
        for exact_name, (twin, protected) in self.pairs.items():
            value = doc.get(exact_name)
            if isinstance(value, str) and doc.get(twin) == value:
                exact_pos, stemmed_pos = analysis.field_positions(value, protected)
                paired[exact_name] = _term_items(schema[exact_name].format, exact_pos)
                paired[twin] = _term_items(schema[twin].format, stemmed_pos)
        out: list[PreparedField] = []
        for name in sorted(n for n in doc if not n.startswith("_")):
            value = doc[name]
            if value is None:
                continue
            field = schema[name]
            items, length = None, 0
            if field.indexed:
                if name in paired:
                    items, length = paired[name]
                else:
                    items = list(field.index(value))
                    length = sum(freq for _, freq, _, _ in items)
                if not field.scorable:
                    length = 0
            stored = value if field.stored else None
            column = field.to_column_value(value) if field.column_type else None
            out.append((name, items, length, stored, column))
        return out


class Batch:
    """Prepared documents numbered from 0, their postings grouped per term when the batch is
    handed over.

    A worker builds the batch of a run of articles and the writer takes it whole. `add` only
    keeps each field's postings as prepared; they are grouped per term once, in `flat_terms`
    (or on the way through the pipe), by a sort instead of a dictionary lookup per posting."""

    __slots__ = ("count", "rows", "entries", "lengths", "flat")

    def __init__(self):
        self.flat: dict[str, tuple] = {}
        self.count = 0
        self.rows: list[list[tuple[str, Any, int, Any]]] = []  # per document: (field, stored, length, column)
        self.entries: dict[str, list[tuple[int, list]]] = {}  # field -> (document, its postings) in order
        self.lengths: dict[str, array] = {}

    def __getstate__(self):
        # Flat per field: pickling thousands of small arrays per batch cost the writer more than
        # merging them (52 ms a batch of 32 articles); a few long arrays unpickle in a blink.
        flat = self.flat or {name: _flatten_entries(entries) for name, entries in self.entries.items()}
        return self.count, self.rows, flat, self.lengths

    def __setstate__(self, state):
        self.count, self.rows, self.flat, self.lengths = state
        self.entries = {}

    def flat_terms(self) -> dict[str, tuple]:
        """field -> its postings as a flat tuple (`_flatten_entries`)."""
        if not self.flat:
            self.flat = self.__getstate__()[2]
            self.entries = {}
        return self.flat

    def add(self, prepared: list[PreparedField]) -> None:
        docnum = self.count
        row = []
        for name, items, length, stored, column in prepared:
            if items:
                entries = self.entries.get(name)
                if entries is None:
                    entries = self.entries[name] = []
                entries.append((docnum, items))
            if length:
                lengths = self.lengths.get(name)
                if lengths is None:
                    lengths = self.lengths[name] = array("I")
                if len(lengths) <= docnum:
                    lengths.extend([0] * (docnum + 1 - len(lengths)))
                # what the length column gives back: one byte, so an approximation
                lengths[docnum] = byte_to_length(length_to_byte(length))
            row.append((name, stored, length, column))
        self.rows.append(row)
        self.count += 1


# A flat tuple: the postings of a run of terms in term order, end to end, the form postings take
# everywhere between the worker that prepares them and the one that encodes their blocks:
# (terms, postings per term, value bytes per term, documents, weights, value sizes, values),
# the last four per posting (the values joined). A flat tuple's terms are unique and in order,
# except a batch's (unique, in the order they come) and the writer's `_Held` (the batches'
# tuples end to end), which `_sorted_flats` puts in order.


def _flatten_entries(entries: list[tuple[int, list]]) -> tuple:
    """The flat tuple of one field's postings as `Batch.add` keeps them ((document, [(term,
    freq, weight, value)]) in document order), its terms in the order they first come: the
    writer sorts terms once, for all the batches it holds (`_sorted_flats`), so a batch only
    groups its postings per term, by a stable sort of their terms' numbers (numpy), which keeps
    each term's documents in order."""
    import numpy as np

    keys: list[bytes] = []
    docs: list[int] = []
    weights: list[float] = []
    values: list = []
    for docnum, items in entries:
        k, _freqs, w, v = zip(*items)
        keys += k
        weights += w
        values += v
        docs += repeat(docnum, len(k))
    if None in values:
        values = [v or b"" for v in values]
    n = len(keys)
    first: dict[bytes, int] = {}  # term -> where it first comes (setdefault with a fresh count)
    at = np.fromiter(map(first.setdefault, keys, count()), dtype=np.int64, count=n)
    m = len(first)
    term = np.searchsorted(np.fromiter(first.values(), dtype=np.int64, count=m), at)  # 0..m-1
    order = np.argsort(term, kind="stable")
    counts = np.bincount(term, minlength=m)
    ordered = list(map(values.__getitem__, order.tolist()))
    vsizes = np.fromiter(map(len, ordered), dtype=np.uint32, count=n)
    sizes = np.add.reduceat(vsizes, np.cumsum(counts) - counts)
    return (list(first), array("I", counts.astype(np.uint32).tobytes()), array("I", sizes.astype(np.uint32).tobytes()),
            array("I", np.array(docs, dtype=np.uint32)[order].tobytes()),
            array("f", np.array(weights, dtype=np.float32)[order].tobytes()),
            array("I", vsizes.tobytes()), b"".join(ordered))


class _Held:
    """One field's postings held by the writer: the flat tuples of its batches end to end, as
    they came (a term recurs once per batch that has it, an entry), merged into term order only
    when they spill or the segment is written (`_sorted_flats`): appending a batch is a few
    array copies, with no work per term."""

    __slots__ = ("tids", "counts", "sizes", "docs", "weights", "vsizes", "values")

    def __init__(self):
        self.tids, self.counts, self.sizes = array("I"), array("I"), array("I")  # per entry
        # per posting, the bytes of the flat tuples' arrays, and the values
        self.docs, self.weights, self.vsizes = bytearray(), bytearray(), bytearray()
        self.values = bytearray()

    def add(self, flat: tuple, base: int, terms: "_TermIds") -> None:
        """Append a flat tuple whose documents are numbered from `base`."""
        keys, counts, sizes, docs, weights, vsizes, values = flat
        self.tids += terms.ids(keys)
        self.counts += counts
        self.sizes += sizes
        self.docs += array("I", map(base.__add__, docs)) if base else docs
        self.weights += weights
        self.vsizes += vsizes
        self.values += values


class _TermIds:
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


def _sorted_flats(held: _Held, terms: _TermIds, per_flat: int, keys_of: dict | None = None) -> Iterator[tuple]:
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
    order = np.argsort(ranks, kind="stable")
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


def _gathered(entries, firsts, ranks, sorted_keys, counts, sizes, posting_at, value_at, arrays) -> tuple:
    """The flat tuple of these held entries (in term order, a term's first entries at `firsts`):
    their postings and values end to end."""
    import numpy as np

    docs, weights, vsizes, values = arrays
    c, s = counts[entries], sizes[entries]
    postings = _ragged(posting_at[entries], c)
    value_bytes = _ragged(value_at[entries], s)
    return (list(map(sorted_keys.__getitem__, ranks.tolist())),
            array("I", np.add.reduceat(c, firsts).astype(np.uint32).tobytes()),
            array("I", np.add.reduceat(s, firsts).astype(np.uint32).tobytes()),
            array("I", docs[postings].tobytes()), array("f", weights[postings].tobytes()),
            array("I", vsizes[postings].tobytes()), values[value_bytes].tobytes())


def _ragged(starts, lengths):
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
    held, terms = _Held(), _TermIds()
    for piece in pieces:
        held.add(piece, 0, terms)
    return next(_sorted_flats(held, terms, len(held.tids)))


def _merged_runs(sources: list[Iterable[tuple]]) -> Iterator[tuple]:
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


def _task_flats(flats: Iterable[tuple], most_terms: int, most_postings: int) -> Iterator[tuple]:
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


class PreparedWriter(SegmentWriter):
    """A SegmentWriter for a new, empty index that takes `Preparer.prepare()` output, one
    document at a time or as `Batch`es."""

    SPILL_BYTES = 160 * 2**20  # bytes held (postings, entries, terms) before a run spills

    def __init__(self, ix, encoder=map, spill_bytes: int | None = None, **kwargs):
        """`encoder` maps `encode_terms` over the commit's tasks in order: `map` here, or a
        process pool's `imap` to spread the block encoding over its workers. `spill_bytes`:
        memory the postings may take before they spill to a temporary file (SPILL_BYTES)."""
        super().__init__(ix, **kwargs)
        self.terms: dict[str, _Held] = {}
        self.term_ids = _TermIds()
        self.lengths: dict[str, array] = {}
        self.encoder = encoder
        self.spill_bytes = spill_bytes or self.SPILL_BYTES
        self.held = 0
        self.runs: list[_Run] = []
        self.spill_folder = getattr(ix.storage, "folder", None)
        _pickle_stored_compactly(self.perdocwriter)

    def add_prepared(self, prepared: list[PreparedField]) -> None:
        batch = Batch()
        batch.add(prepared)
        self.add_batch(batch)

    def add_batch(self, batch: Batch) -> None:
        """Append the batch's documents; the batch is used up (its postings become the writer's)."""
        self._check_state()
        perdoc, schema, base = self.perdocwriter, self.schema, self.docnum
        for docnum, row in enumerate(batch.rows, base):
            perdoc.start_doc(docnum)
            for name, stored, length, column in row:
                field = schema[name]
                perdoc.add_field(name, field, stored, length)
                if column is not None:
                    perdoc.add_column_value(name, field.column_type, column)
            perdoc.finish_doc()
        term_ids, terms_before = self.term_ids, len(self.term_ids)
        for name, flat in batch.flat_terms().items():
            held = self.terms.get(name)
            if held is None:
                held = self.terms[name] = _Held()
            held.add(flat, base, term_ids)
            self.held += ENTRY_BYTES * len(flat[0]) + 16 * len(flat[3]) + len(flat[6])
        self.held += TERM_OVERHEAD * (len(term_ids) - terms_before)
        for name, lens in batch.lengths.items():
            lengths = self.lengths.get(name)
            if lengths is None:
                lengths = self.lengths[name] = array("I")
            if len(lengths) < base:
                lengths.extend([0] * (base - len(lengths)))
            lengths.extend(lens)
        batch.entries, batch.flat, batch.rows = {}, {}, []
        self.docnum += batch.count
        self._added = self._added or batch.count > 0
        if self.held >= self.spill_bytes:
            self._spill()

    def _spill(self) -> None:
        """The postings held so far, to disk as one sorted run; memory starts again from empty."""
        run = _Run(self.spill_folder)
        keys_of = self.term_ids.keys_of()
        for name in sorted(self.terms):
            run.add_field(name, _sorted_flats(self.terms[name], self.term_ids, run.CHUNK_TERMS, keys_of))
            del self.terms[name]
        self.runs.append(run)
        self.term_ids = _TermIds()
        self.held = 0

    def _field_flats(self, name: str, per_flat: int, keys_of: dict) -> Iterator[tuple]:
        """One field's postings as flat tuples in term order: the spilled runs and what is held,
        merged."""
        if not self.runs:
            return _sorted_flats(self.terms.get(name) or _Held(), self.term_ids, per_flat, keys_of)
        return _merged_runs([run.field(name) for run in self.runs])

    def _release_runs(self) -> None:
        for run in self.runs:
            run.close()
        self.runs = []

    def cancel(self):
        self._release_runs()
        super().cancel()

    def _flush_segment(self):
        self.perdocwriter.close()
        if self.runs and self.terms:
            self._spill()  # the rest joins the runs, merged with them a run of terms at a time
        fw = self.fieldwriter
        names = set(self.terms).union(*(run.names() for run in self.runs))
        keys_of = self.term_ids.keys_of()
        try:
            for name in sorted(names):
                fw.start_field(name, self.schema[name])
                flats = self._field_flats(name, self.TERMS_PER_TASK, keys_of)
                lengths = self.lengths.get(name, array("I"))
                if len(lengths) < self.docnum:
                    lengths.extend(repeat(0, self.docnum - len(lengths)))  # zeros: fields without a length
                if _encodable(fw):
                    self._write_field_encoded(fw, self.schema[name].format, flats, lengths)
                else:
                    for flat in flats:
                        _write_one_by_one(fw, flat, lengths)
                self.terms.pop(name, None)  # written: let it go, the commit holds one field at a time
                fw.finish_field()
        finally:
            self._release_runs()
        fw.close()

    TERMS_PER_TASK = 4000  # and at most POSTINGS_PER_TASK postings, so each task stays small
    POSTINGS_PER_TASK = 50_000

    def _write_field_encoded(self, fw, fmt, flats: Iterable[tuple], lengths: array) -> None:
        """The field's terms in order, their blocks encoded by `encode_terms` through
        `self.encoder` (worker processes in a full rebuild), the bytes and term infos written
        here: the term-table entry whoosh's `finish_term` would add, the offset moved to where
        the blocks land in the postings file."""
        pw = fw._postwriter
        params = (pw._blocklimit, pw._compression, pw._inlinelimit)
        keys: deque = deque()  # each task's terms, in the order the encoder returns their blocks

        def tasks():
            for flat in _task_flats(flats, self.TERMS_PER_TASK, self.POSTINGS_PER_TASK):
                keys.append(flat[0])
                yield params, fmt, lengths, flat

        postfile, tindex, field = fw._postfile, fw._tindex, pack_ushort(fw._fieldid)
        for blob, infos in self.encoder(encode_terms, tasks()):
            base = postfile.tell()
            postfile.write(blob)
            for key, (head, offset, length) in zip(keys.popleft(), infos):
                tindex.add(field + key, head if offset < 0 else head + pack_long(base + offset) + pack_int(length))


STORED_PROTOCOL = 5


class _StoredWriter(PickleColumn.Writer):
    """whoosh's stored-fields column writer, pickling with protocol 5 instead of 2: protocol 2
    pickles a datetime or a bytes value as a `codecs.encode` call (60-odd bytes a date) and
    frames every string longer. whoosh's reader loads any protocol (`pickle.loads`)."""

    def add(self, docnum, v):
        self._child.add(docnum, pickle.dumps(v, STORED_PROTOCOL) if v is not None else b"")


def _pickle_stored_compactly(perdoc) -> None:
    """The segment's stored fields through `_StoredWriter` (whoosh's own writer is left as it
    is when the per-document writer is not the W3 one this knows)."""
    writers = getattr(perdoc, "_colwriters", None)
    old = writers.get("_stored") if isinstance(writers, dict) else None
    if type(old) is PickleColumn.Writer and hasattr(old, "_child"):
        writers["_stored"] = _StoredWriter(old._child)




class _Run:
    """Postings spilled to an unnamed temporary file (gone with the process, even a killed one):
    per field, flat tuples of terms in order, each pickled on its own."""

    CHUNK_TERMS = 4000

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


def _posting_values(fmt, vsizes: array, values: bytes) -> list:
    """Each posting's value as a block keeps it: the int form for the compact formats
    (`postformat`), the bytes for any other."""
    if isinstance(fmt, (postformat.CompactPositions, postformat.CompactFrequency)):
        return _little_ints(vsizes, values)
    ends = list(accumulate(vsizes))
    return list(map(values.__getitem__, map(slice, [0, *ends[:-1]], ends)))


def _little_ints(vsizes: array, values: bytes) -> list[int]:
    """`int.from_bytes(value, "little")` of each value end to end: the values of up to 8 bytes
    (nearly all) read a byte column at a time with numpy, the longer ones one by one."""
    import numpy as np

    sizes = np.frombuffer(vsizes, dtype=np.uint32).astype(np.int64)
    starts = np.cumsum(sizes) - sizes
    raw = np.frombuffer(values + bytes(8), dtype=np.uint8)
    ints = np.zeros(len(sizes), dtype=np.uint64)
    for k in range(min(8, int(sizes.max(initial=0)))):
        has = np.flatnonzero(sizes > k)
        ints[has] |= raw[starts[has] + k].astype(np.uint64) << np.uint64(8 * k)
    out = ints.tolist()
    for i in np.flatnonzero(sizes > 8).tolist():
        out[i] = int.from_bytes(values[starts[i]:starts[i] + sizes[i]], "little")
    return out


def _write_one_by_one(fw, flat: tuple, lengths: array) -> None:
    """A flat tuple's terms into `fw` through its public per-posting `add`."""
    keys, counts, _sizes, docs, weights, vsizes, values = flat
    ends = list(accumulate(vsizes))
    at = 0
    for key, n in zip(keys, counts):
        fw.start_term(key)
        for i in range(at, at + n):
            d = docs[i]
            fw.add(d, weights[i], values[ends[i] - vsizes[i]:ends[i]], lengths[d])
        fw.finish_term()
        at += n


def _encodable(fw) -> bool:
    """Whether this field writer has the internals `_write_field_encoded` writes through."""
    pw = getattr(fw, "_postwriter", None)
    return (all(hasattr(fw, a) for a in ("_postfile", "_tindex", "_fieldid"))
            and pw is not None and all(hasattr(pw, a) for a in ("_blocklimit", "_compression", "_inlinelimit"))
            and pw._inlinelimit <= 1)  # encode_terms writes every term's postings as blocks


def encode_terms(task) -> tuple[bytes, list[tuple[bytes, int, int]]]:
    """whoosh's blocks for a flat tuple of one field's terms, written from offset 0: (the bytes,
    and per term (its term info's bytes up to where the offset and length go, offset, length)).

    The bytes are those `postformat.CompactPostingsWriter` writes when its `add_posting` is
    called for each posting and `finish_postings` ends each term (blocks of `blocklimit`
    postings, the last one's length negative; the term info's statistics summed block by block
    in the same order), built here without a call per posting or a writer object per term.
    Pure (a task in, bytes out), so a commit spreads it over worker processes."""
    (blocklimit, compression, _inlinelimit), fmt, lengths, flat = task
    _keys, counts, _sizes, docs, weights, vsizes, values = flat
    vals = _posting_values(fmt, vsizes, values)
    empty = 0 in vsizes  # a format with empty values: whoosh's blocks leave them out
    fixed = fmt.fixed_value_size()
    lens = list(map(lengths.__getitem__, docs))
    pack_info = W3TermInfo._struct.pack
    parts: list[bytes] = []
    infos = []
    pos = at = 0
    for n in counts:
        start, end = pos, at + n
        weight, minlength, maxlength, maxweight = 0, None, 0, 0  # W3TermInfo's, block by block
        first = at
        while first < end:
            last = min(first + blocklimit, end)
            ids, ws, block_lens = docs[first:last], weights[first:last], lens[first:last]
            if 0 in block_lens:
                block_lens = [x for x in block_lens if x]
            low = min(block_lens) if block_lens else None
            high = max(block_lens) if block_lens else 0
            top = postformat._whole(max(0, max(ws)))
            weight += sum(ws)
            minlength = low if minlength is None else min(minlength, low)
            maxlength = max(maxlength, high)
            maxweight = max(maxweight, top)
            data = dumps((tuple(map(sub, ids, chain((0,), ids))), _mini_weights(ws),
                          _mini_values(fixed, compress(vals[first:last], vsizes[first:last]) if empty
                                       else vals[first:last])), 2)
            level = compression if len(data) >= COMPRESSION_MIN_SIZE else 0
            if level:
                data = zlib.compress(data, level)
            info = dumps((last - first, ids[-1], top, level, length_to_byte(low), length_to_byte(high)), 2)
            if first == at:
                parts.append(WHOOSH3_HEADER_MAGIC)
                pos += len(WHOOSH3_HEADER_MAGIC)
            size = len(info) + len(data)
            parts += (pack_int(-size if last == end else size), info, data)
            pos += _INT_SIZE + size
            first = last
        infos.append((pack_info(False, weight, n, 0 if minlength is None else length_to_byte(minlength),
                                length_to_byte(maxlength), maxweight, docs[at], docs[end - 1]), start, pos - start))
        at = end
    return b"".join(parts), infos


def _mini_weights(ws: array) -> Any:
    """A block's weights as `CompactPostingsWriter._mini_weights` keeps them."""
    n = len(ws)
    if ws.count(1.0) == n:
        return None
    if ws.count(ws[0]) == n:
        return ws[0]
    out = tuple(ws)
    return tuple(map(int, out)) if all(map(float.is_integer, out)) else out


def _mini_values(fixed: int | None, vals: Iterable) -> Any:
    """A block's values as whoosh's `_mini_values` keeps them for a format of this fixed size."""
    if fixed is None or fixed < 0:
        return tuple(vals)
    return None if fixed == 0 else b"".join(vals)
