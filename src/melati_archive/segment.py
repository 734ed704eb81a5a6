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
  per-document writer; postings merge into `TermPostings`, compact arrays per term, so a
  10,000-article archive stays in memory without runs on disk.
- when the postings held pass `spill_bytes`, they go to an unnamed temporary file as one sorted
  run (`_Run`), so the writer's memory stays bounded whatever the archive's size; the commit
  merges the runs term by term (documents are numbered in order, so a term's postings are the
  runs' postings end to end);
- at commit, `encode_terms` (pure, so the workers run it) cuts each run of terms into whoosh's
  blocks; the writer copies the bytes and adds the term table's rows.

The segment is the one whoosh would write for the same documents (tests compare every term,
posting, length and stored field; the blocks of the compact formats' fields keep each value in
its int form, `postformat`, and stored fields are pickled with protocol 5), through the 2.7
codec API; where whoosh's field writer lacks the internals used here, postings go through its
public per-posting `add`.
"""
from __future__ import annotations

import heapq
import pickle
import tempfile
from array import array
from collections import Counter, deque
from itertools import accumulate, chain, repeat
from operator import sub
from typing import Any, Iterable, Iterator

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
    freqs = list(map(len, positions.values()))
    if getattr(type(fmt), "encode", None) is postformat.CompactPositions.encode:
        values = list(map(_compact_positions_value, positions.values()))
    elif getattr(type(fmt), "encode", None) is Positions.encode:
        values = list(map(_positions_value, positions.values()))  # whoosh's own Positions (old schemas)
    elif type(fmt).__name__ in ("Positions", "CompactPositions"):
        values = list(map(fmt.encode, positions.values()))
    elif type(fmt).__name__ == "CompactFrequency":
        values = [_FREQUENCY_VALUES[n] if n < 0x80 else postformat.encode_frequency(n) for n in freqs]
    else:  # Frequency: the value is the frequency alone
        values = list(map(pack_uint, freqs))
    weights = [float(n) * boost for n in freqs]
    return list(zip(map(str.encode, positions), freqs, weights, values)), sum(freqs)


_FREQUENCY_VALUES = [postformat.encode_frequency(n) for n in range(0x80)]
_ONE_COMPACT: list[bytes] = []  # position -> its compact value as a term's only position


def _compact_positions_value(ps: list[int]) -> bytes:
    """`postformat.encode_positions(ps)`, with the value of a single position (most terms of a
    document) worked out once per position."""
    if len(ps) == 1:
        p = ps[0]
        if p < len(_ONE_COMPACT):
            return _ONE_COMPACT[p]
        if p < 100_000:
            _ONE_COMPACT.extend(postformat.encode_positions([q]) for q in range(len(_ONE_COMPACT), p + 1))
            return _ONE_COMPACT[p]
    return postformat.encode_positions(ps)


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


class TermPostings:
    """Postings of one term: parallel arrays of document numbers, weights and value ends, and
    the encoded values end to end."""

    __slots__ = ("docs", "weights", "ends", "values")

    def __init__(self):
        self.docs = array("I")
        self.weights = array("f")  # what a whoosh block keeps: float32
        self.ends = array("I")
        self.values = bytearray()

    def add(self, docnum: int, weight: float, value: bytes) -> None:
        self.docs.append(docnum)
        self.weights.append(weight)
        self.values += value
        self.ends.append(len(self.values))

    def extend(self, later: "TermPostings") -> None:
        """Append the postings of `later` (documents numbered after these)."""
        self.docs += later.docs
        self.weights += later.weights
        offset = len(self.values)
        self.ends.extend(map(offset.__add__, later.ends) if offset else later.ends)
        self.values += later.values


class Batch:
    """Prepared documents numbered from 0, their postings grouped per term when the batch is
    handed over.

    A worker builds the batch of a run of articles and the writer takes it whole: one merge per
    term of the batch instead of one call per posting in the process that writes. `add` only
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
        """field -> (terms, postings per term, value bytes per term, documents, weights, value
        ends, values), every term's postings end to end."""
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


def _flatten_entries(entries: list[tuple[int, list]]) -> tuple:
    """`_flatten` of one field's postings as `Batch.add` keeps them ((document, [(term, freq,
    weight, value)]) in document order), terms in sorted order: a stable sort by term keeps
    each term's documents in order. Built with C-level maps rather than a call per posting."""
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
    order = sorted(range(len(keys)), key=keys.__getitem__)
    per_term = Counter(keys)
    terms = sorted(per_term)
    counts = array("I", map(per_term.__getitem__, terms))
    ordered = list(map(values.__getitem__, order))
    ends_all = list(accumulate(map(len, ordered)))  # value ends across all the field's terms
    # a term's value ends count from its own first value: less the ends before the term
    bounds = list(accumulate(counts))
    term_ends = [ends_all[b - 1] for b in bounds]
    starts = [0, *term_ends[:-1]]
    sizes = array("I", map(sub, term_ends, starts))
    ends = array("I", map(sub, ends_all, chain.from_iterable(map(repeat, starts, counts))))
    return (terms, counts, sizes, array("I", map(docs.__getitem__, order)),
            array("f", map(weights.__getitem__, order)), ends, b"".join(ordered))


# What a term held in memory costs besides its postings (the key, a TermPostings and its four
# arrays, a dict slot): counted against spill_bytes, so a large vocabulary spills too.
TERM_OVERHEAD = 550  # sys.getsizeof of a one-posting TermPostings, its arrays, a key and a dict slot


class PreparedWriter(SegmentWriter):
    """A SegmentWriter for a new, empty index that takes `Preparer.prepare()` output, one
    document at a time or as `Batch`es."""

    SPILL_BYTES = 160 * 2**20  # posting bytes held (documents, weights, value ends, values) before a run spills

    def __init__(self, ix, encoder=map, spill_bytes: int | None = None, **kwargs):
        """`encoder` maps `encode_terms` over the commit's tasks in order: `map` here, or a
        process pool's `imap` to spread the block encoding over its workers. `spill_bytes`:
        postings held in memory before they spill to a temporary file (SPILL_BYTES)."""
        super().__init__(ix, **kwargs)
        self.terms: dict[str, dict[bytes, TermPostings]] = {}
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
        for name, (keys, counts, sizes, docs, weights, ends, values) in batch.flat_terms().items():
            mine = self.terms.get(name)
            if mine is None:
                mine = self.terms[name] = {}
            if base:
                docs = array("I", map(base.__add__, docs))
            self.held += 12 * len(docs) + len(values)
            # TermPostings.extend and _unflatten inlined: a term the writer holds already (most
            # of a batch's terms) takes its slices without a TermPostings made for it
            at = vat = 0
            for key, n, size in zip(keys, counts, sizes):
                have = mine.get(key)
                if have is None:
                    postings = mine[key] = TermPostings.__new__(TermPostings)
                    postings.docs, postings.weights, postings.ends = docs[at:at + n], weights[at:at + n], ends[at:at + n]
                    postings.values = bytearray(values[vat:vat + size])
                    self.held += TERM_OVERHEAD
                else:
                    have.docs += docs[at:at + n]
                    have.weights += weights[at:at + n]
                    offset = len(have.values)
                    have.ends.extend(map(offset.__add__, ends[at:at + n]) if offset else ends[at:at + n])
                    have.values += values[vat:vat + size]
                at, vat = at + n, vat + size
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
        for name in sorted(self.terms):
            run.add_field(name, self.terms.pop(name))
        self.runs.append(run)
        self.held = 0

    def _field_terms(self, name: str) -> Iterator[tuple[bytes, TermPostings]]:
        """(term, postings) of one field in term order: the spilled runs and what is held, merged."""
        held = self.terms.pop(name, {})
        sources = [run.field(name) for run in self.runs] + [((k, held[k]) for k in sorted(held))]
        if len(sources) == 1:
            return sources[0]
        return _merged(sources)

    def _release_runs(self) -> None:
        for run in self.runs:
            run.close()
        self.runs = []

    def cancel(self):
        self._release_runs()
        super().cancel()

    def _flush_segment(self):
        self.perdocwriter.close()
        fw = self.fieldwriter
        names = set(self.terms).union(*(run.names() for run in self.runs))
        try:
            for name in sorted(names):
                fw.start_field(name, self.schema[name])
                items = self._field_terms(name)  # written: let it go, the commit holds one field at a time
                lengths = self.lengths.get(name, array("I"))
                if _encodable(fw):
                    self._write_field_encoded(fw, self.schema[name].format, items, lengths)
                else:
                    for btext, postings in items:
                        fw.start_term(btext)
                        _write_postings(fw, None, postings, lengths)
                        fw.finish_term()
                fw.finish_field()
        finally:
            self._release_runs()
        fw.close()

    TERMS_PER_TASK = 4000  # and at most POSTINGS_PER_TASK postings, so each task stays small
    POSTINGS_PER_TASK = 50_000

    def _write_field_encoded(self, fw, fmt, items: Iterable[tuple[bytes, TermPostings]], lengths: array) -> None:
        """The field's terms in order, their blocks encoded by `encode_terms` through
        `self.encoder` (worker processes in a full rebuild), the bytes and term infos written
        here: the term-table entry whoosh's `finish_term` would add, the offset moved to where
        the blocks land in the postings file."""
        pw = fw._postwriter
        params = (pw._blocklimit, pw._compression, pw._inlinelimit)
        keys: deque = deque()  # each task's terms, in the order the encoder returns their blocks

        def tasks():
            for run in _runs(items, self.TERMS_PER_TASK, self.POSTINGS_PER_TASK):
                keys.append([key for key, _ in run])
                yield params, fmt, lengths, _flatten_pairs(run)

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
    per field, chunks of terms in order, each chunk one pickled `_flatten` tuple."""

    CHUNK_TERMS = 4000

    def __init__(self, folder: str | None = None):
        self.file = tempfile.TemporaryFile(dir=folder)
        self.fields: dict[str, list[int]] = {}  # field -> offsets of its chunks

    def add_field(self, name: str, terms: dict[bytes, TermPostings]) -> None:
        keys = sorted(terms)
        offsets = self.fields[name] = []
        for i in range(0, len(keys), self.CHUNK_TERMS):
            chunk = keys[i:i + self.CHUNK_TERMS]
            offsets.append(self.file.tell())
            pickle.dump(_flatten(chunk, terms), self.file, protocol=pickle.HIGHEST_PROTOCOL)
            for key in chunk:
                del terms[key]  # on disk now: its memory goes back as the run is written

    def names(self) -> set[str]:
        return set(self.fields)

    def field(self, name: str) -> Iterator[tuple[bytes, TermPostings]]:
        for offset in self.fields.get(name, []):
            self.file.seek(offset)
            flat = pickle.load(self.file)
            yield from zip(flat[0], _unflatten(*flat))

    def close(self) -> None:
        self.file.close()


def _merged(sources: list) -> Iterator[tuple[bytes, TermPostings]]:
    """(term, postings) in term order from sources that each give terms in order; a term's
    postings joined in source order (the sources hold ever later documents)."""
    def tagged(i, source):
        for key, postings in source:
            yield key, i, postings

    key, acc = None, None
    for k, _i, postings in heapq.merge(*(tagged(i, src) for i, src in enumerate(sources)), key=lambda t: (t[0], t[1])):
        if acc is not None and k == key:
            acc.extend(postings)
            continue
        if acc is not None:
            yield key, acc
        key, acc = k, postings
    if acc is not None:
        yield key, acc


def _write_postings(fw, pw, postings: TermPostings, lengths: array) -> None:
    """One term's postings into the open term of `fw`, a whole block at a time through its
    postings writer `pw`: the same blocks and statistics whoosh's per-posting `add_posting`
    builds (one by one through `fw.add` when `pw` is None)."""
    docs, weights, ends, buf = postings.docs, postings.weights, postings.ends, postings.values
    known = len(lengths)
    lens = [lengths[d] if d < known else 0 for d in docs]
    if pw is None:
        start = 0
        for i, d in enumerate(docs):
            fw.add(d, weights[i], bytes(buf[start:ends[i]]), lens[i])
            start = ends[i]
        return
    n, limit = len(docs), pw._blocklimit
    first, begin = 0, 0
    while True:
        last = min(first + limit, n)
        values, start = [], begin
        for end in ends[first:last]:
            if end > start:
                values.append(bytes(buf[start:end]))
            start = end
        block_lens = [x for x in lens[first:last] if x]
        pw._ids = docs[first:last]
        pw._weights = weights[first:last]  # float32 already, as whoosh keeps them
        pw._values = postformat.block_values(pw._format, values)  # ints for CompactPositions
        pw._minlength = min(block_lens) if block_lens else None
        pw._maxlength = max(block_lens) if block_lens else 0
        pw._maxweight = max(0, max(weights[first:last]))
        if last == n:
            return  # the last block is written by finish_term, as whoosh does
        pw._write_block()
        first, begin = last, start


def _encodable(fw) -> bool:
    """Whether this field writer has the internals `_write_field_encoded` writes through."""
    pw = getattr(fw, "_postwriter", None)
    return (all(hasattr(fw, a) for a in ("_postfile", "_tindex", "_fieldid"))
            and pw is not None and all(hasattr(pw, a) for a in ("_blocklimit", "_compression", "_inlinelimit"))
            and callable(getattr(type(pw), "_write_block", None)))


def _runs(items: Iterable[tuple[bytes, TermPostings]], most_terms: int, most_postings: int) -> Iterator[list]:
    """(term, postings) pairs cut into runs of at most `most_terms` terms and `most_postings`
    postings (a term longer than that gets a run of its own)."""
    run, size = [], 0
    for key, postings in items:
        n = len(postings.docs)
        if run and (len(run) >= most_terms or size + n > most_postings):
            yield run
            run, size = [], 0
        run.append((key, postings))
        size += n
    if run:
        yield run


def _flatten(keys: list[bytes], terms: dict[bytes, TermPostings]) -> tuple:
    """The postings of `keys`, end to end: (keys, postings per term, value bytes per term,
    documents, weights, value ends, values)."""
    return _flatten_pairs([(key, terms[key]) for key in keys])


def _flatten_pairs(pairs: list[tuple[bytes, TermPostings]]) -> tuple:
    """_flatten of (term, postings) pairs."""
    docs, weights, ends, values = array("I"), array("f"), array("I"), bytearray()
    counts, sizes = array("I"), array("I")
    for _key, postings in pairs:
        docs += postings.docs
        weights += postings.weights
        ends += postings.ends
        values += postings.values
        counts.append(len(postings.docs))
        sizes.append(len(postings.values))
    return [key for key, _ in pairs], counts, sizes, docs, weights, ends, bytes(values)


def _unflatten(_keys, counts, sizes, docs, weights, ends, values):
    """TermPostings back from `_flatten`, term by term (in the order of its keys)."""
    at = vat = 0
    for n, size in zip(counts, sizes):
        postings = TermPostings.__new__(TermPostings)
        postings.docs, postings.weights, postings.ends = docs[at:at + n], weights[at:at + n], ends[at:at + n]
        postings.values = bytearray(values[vat:vat + size])
        at, vat = at + n, vat + size
        yield postings


def encode_terms(task) -> tuple[bytes, list[tuple[bytes, int, int]]]:
    """whoosh's blocks for a run of one field's terms, written from offset 0: (the bytes, and per
    term (term info bytes, offset, length)). A term whose postings are inlined has its whole term
    info and offset -1; for the others the term info ends where its offset and length go.

    Pure (a task in, bytes out), so a commit spreads it over worker processes."""
    from io import BytesIO

    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.filedb.structfile import StructFile

    (blocklimit, compression, inlinelimit), fmt, lengths, flat = task
    out = StructFile(BytesIO())
    pw = postformat.CompactPostingsWriter(out, blocklimit=blocklimit, compression=compression,
                                          inlinelimit=inlinelimit)  # whole weights as ints
    infos = []
    for postings in _unflatten(*flat):
        pw.start_postings(fmt, W3TermInfo())
        _write_postings(None, pw, postings, lengths)
        info = pw.finish_postings()
        if info.is_inlined():
            infos.append((info.to_bytes(), -1, 0))
        else:
            offset, length = info.extent()
            infos.append((info.to_bytes()[:-_EXTENT_SIZE], offset, length))
    return out.file.getvalue(), infos
