"""Writing one whoosh segment from documents analysed elsewhere: the fast path of a full rebuild.

whoosh's own writer analyses each field, puts every posting in a pool as a tuple, spills the
pool to disk in pickled runs and sorts it back at commit: about 27 µs a posting, all in the
one process that writes. Here the work is split so that most of it runs in worker processes:

- `Preparer.prepare()` (segmentprep.py) turns a document into what the segment needs (per field: the postings,
  the length, the stored and column values). Each F / F_exact pair of the schema that gets the
  same text is tokenized once (`analysis.field_positions`); in a full rebuild the pairs are
  left to the batch, which analyses all its texts at once (`pairterms`).
- `Batch` gathers the prepared documents of a run of articles, their postings grouped per term,
  and crosses the pipe flat (a few long arrays per field).
- `PreparedWriter.add_batch()` appends a batch: stored fields (pickled and compressed by the
  batch, in the worker, when it has a `stored_level`) and lengths go to whoosh's per-document writer; the postings are appended to what the writer holds of the field as they
  come (`flatpostings.Held`: a few array copies a batch, no work per term); they are put in term order once,
  when they spill or at commit (`flatpostings.sorted_flats`: documents are numbered in order, so a term's
  postings are its batches' postings end to end).
- when what is held passes `spill_bytes`, it goes to an unnamed temporary file as one sorted
  run (`flatpostings.Run`), so the writer's memory stays bounded whatever the archive's size; the commit
  merges the runs a run of terms at a time (`flatpostings.merged_runs`);
- at commit, `blockcodec.encode_terms` (pure, so the workers run it) writes whoosh's blocks and term infos
  for each run of terms; the writer copies the bytes and adds the term table's rows.

The segment is the one whoosh would write for the same documents (tests compare every term,
posting, length and stored field; the blocks of the compact formats' fields keep each value in
its int form, `postformat`, and stored fields are pickled with protocol 5), through the 2.7
codec API; where whoosh's field writer lacks the internals used here, postings go through its
public per-posting `add`.
"""
from __future__ import annotations

import pickle
import zlib
from array import array
from collections import deque
from functools import partial
from itertools import count, repeat
from typing import Any, Iterable, Iterator

from whoosh.codec.whoosh3 import W3PerDocWriter
from whoosh.columns import CompressedBytesColumn, PickleColumn, VarBytesColumn
from whoosh.system import _INT_SIZE, _LONG_SIZE, pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .blockcodec import (_add_rows, _add_rows_one_by_one, _encodable, _rows_addable, _write_one_by_one, encode_terms,
                         posting_lengths)
from .flatpostings import (ENTRY_BYTES, TERM_OVERHEAD, Held, Run, TermIds, merged_runs, sorted_flats, stable_order,
                           task_flats)
from .nlp import analysis
from .pairterms import pair_flats

_EXTENT_SIZE = _LONG_SIZE + _INT_SIZE  # a term info's last bytes: postings offset and length

from .segmentprep import PairSpec, PreparedField, Preparer, _term_items  # noqa: F401 - Preparer re-exported


class Batch:
    """Prepared documents numbered from 0, their postings grouped per term when the batch is
    handed over.

    A worker builds the batch of a run of articles and the writer takes it whole. `add` only
    keeps each field's postings as prepared, and the texts of the deferred field pairs; they are
    grouped per term once, in `flat_terms` (or on the way through the pipe): the pairs' by
    `pairterms` over all the batch's texts, the other fields' by a sort (`_flatten_entries`)."""

    __slots__ = ("count", "rows", "entries", "lengths", "flat", "pending", "stored_level", "stored")

    def __init__(self, stored_level: int | None = None):
        """`stored_level`: each document's stored fields are pickled and compressed here, at
        this zlib level (`stored_level()`: the segment's), not by the writer."""
        self.stored_level = stored_level
        self.stored: list[bytes | None] = []  # per document (with stored_level): its stored column value
        self.flat: dict[str, tuple] = {}
        self.count = 0
        self.rows: list[list[tuple[str, Any, int, Any]]] = []  # per document: (field, stored, length, column)
        self.entries: dict[str, list[tuple[int, list]]] = {}  # field -> (document, its postings) in order
        self.lengths: dict[str, array] = {}
        self.pending: dict[str, tuple[PairSpec, list[int], list[str]]] = {}  # exact field -> its documents, texts

    def __getstate__(self):
        # Flat per field: pickling thousands of small arrays per batch cost the writer more than
        # merging them (52 ms a batch of 32 articles); a few long arrays unpickle in a blink.
        return self.count, self.rows, self.flat_terms(), self.lengths, self.stored_level, self.stored

    def __setstate__(self, state):
        self.count, self.rows, self.flat, self.lengths, self.stored_level, self.stored = state
        self.entries, self.pending = {}, {}

    def flat_terms(self) -> dict[str, tuple]:
        """field -> its postings as a flat tuple (`_flatten_entries`, `pairterms.pair_flats`)."""
        if not self.flat:
            fast = self._pair_flats()
            self.flat = {name: _flatten_entries(entries) for name, entries in self.entries.items()}
            self.flat.update(fast)
            self.entries = {}
        return self.flat

    def add(self, prepared: list[PreparedField], deferred: Iterable[tuple[PairSpec, str]] = ()) -> None:
        """Add a document's prepared fields, and the texts of its pairs left to the batch
        (`Preparer.prepare(doc, deferred)`)."""
        docnum = self.count
        row = []
        level = self.stored_level
        if level is not None:
            # what whoosh's per-document writer stores for the document (its fields in this
            # order) and `_StoredWriter` pickles, then the column compresses: done here, in the
            # worker, the pickle crossing the pipe once and compressed
            fields = {name: stored for name, _items, _length, stored, _column in prepared if stored is not None}
            self.stored.append(zlib.compress(pickle.dumps(fields, STORED_PROTOCOL), level) if fields else None)
            # the row keeps what the writer has to write besides: a length, a column value
            prepared = [(name, items, length, None, column) for name, items, length, _stored, column in prepared
                        if items or length or column is not None]
        for name, items, length, stored, column in prepared:
            if items:
                entries = self.entries.get(name)
                if entries is None:
                    entries = self.entries[name] = []
                entries.append((docnum, items))
            if length:
                self._note_length(name, docnum, length)
            if level is None or length or column is not None:
                row.append((name, stored, length, column))
        self.rows.append(row)
        self.count += 1
        for spec, text in deferred:
            pending = self.pending.get(spec.exact)
            if pending is None:
                pending = self.pending[spec.exact] = (spec, [], [])
            pending[1].append(docnum)
            pending[2].append(text)

    def _note_length(self, name: str, docnum: int, length: int) -> None:
        lengths = self.lengths.get(name)
        if lengths is None:
            lengths = self.lengths[name] = array("I")
        if len(lengths) <= docnum:
            lengths.extend([0] * (docnum + 1 - len(lengths)))
        # what the length column gives back: one byte, so an approximation
        lengths[docnum] = byte_to_length(length_to_byte(length))

    def _set_length(self, name: str, docnum: int, length: int, scorable: bool) -> None:
        """A deferred field's length, in its document's row and the batch's lengths."""
        length = length if scorable else 0
        if not length:
            return
        row = self.rows[docnum]
        for i, (field, stored, _length, column) in enumerate(row):
            if field == name:
                row[i] = (field, stored, length, column)
                break
        else:  # a row of a batch with a stored_level keeps no field without a length or column
            row.append((name, None, length, None))
        self._note_length(name, docnum, length)

    def _pair_flats(self) -> dict[str, tuple]:
        """The deferred pairs' flat tuples, their lengths set. A pair whose fields also have
        postings prepared one document at a time (a document whose two texts differ) gets its
        documents' postings that way too, put in document order among the others."""
        out: dict[str, tuple] = {}
        for spec, docs, texts in self.pending.values():
            exact, twin = spec.exact_field, spec.twin_field
            if spec.exact in self.entries or spec.twin in self.entries:
                for docnum, text in zip(docs, texts):
                    exact_pos, stemmed_pos = analysis.field_positions(text, spec.protected)
                    for name, field, positions in ((spec.exact, exact, exact_pos), (spec.twin, twin, stemmed_pos)):
                        items, length = _term_items(field.format, positions)
                        if items:
                            self.entries.setdefault(name, []).append((docnum, items))
                        self._set_length(name, docnum, length, field.scorable)
                for name in (spec.exact, spec.twin):
                    if name in self.entries:
                        self.entries[name].sort(key=_first)
                continue
            exact_flat, twin_flat, exact_lengths, twin_lengths = pair_flats(
                spec.table, docs, texts, exact.format.field_boost, twin.format.field_boost)
            for name, flat in ((spec.exact, exact_flat), (spec.twin, twin_flat)):
                if flat is not None:
                    out[name] = flat
            for docnum, n, m in zip(docs, exact_lengths, twin_lengths):
                self._set_length(spec.exact, docnum, n, exact.scorable)
                self._set_length(spec.twin, docnum, m, twin.scorable)
        self.pending = {}
        return out


def _first(entry: tuple) -> Any:
    return entry[0]


def _flatten_entries(entries: list[tuple[int, list]]) -> tuple:
    """The flat tuple of one field's postings as `Batch.add` keeps them ((document, [(term,
    freq, weight, value)]) in document order), its terms in the order they first come: the
    writer sorts terms once, for all the batches it holds (`sorted_flats`), so a batch only
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
    order = stable_order(term)
    counts = np.bincount(term, minlength=m)
    ordered = list(map(values.__getitem__, order.tolist()))
    vsizes = np.fromiter(map(len, ordered), dtype=np.uint32, count=n)
    sizes = np.add.reduceat(vsizes, np.cumsum(counts) - counts)
    return (list(first), array("I", counts.astype(np.uint32).tobytes()), array("I", sizes.astype(np.uint32).tobytes()),
            array("I", np.array(docs, dtype=np.uint32)[order].tobytes()),
            array("f", np.array(weights, dtype=np.float32)[order].tobytes()),
            array("I", vsizes.tobytes()), b"".join(ordered))


class PreparedWriter(SegmentWriter):
    """A SegmentWriter for a new, empty index that takes `Preparer.prepare()` output, one
    document at a time or as `Batch`es."""

    # bytes held (postings, entries, terms) before a run spills: 160 MB made the largest part of
    # the process at 100,000 articles once the files' states were packed; 96 MB cost 0.4% more
    # CPU at 30,000 (a commit merging 8 runs instead of 5) for 40 MB less at the peak
    SPILL_BYTES = 96 * 2**20

    def __init__(self, ix, encoder=map, spill_bytes: int | None = None, **kwargs):
        """`encoder` maps `encode_terms` over the commit's tasks in order: `map` here, or a
        process pool's `imap` to spread the block encoding over its workers. `spill_bytes`:
        memory the postings may take before they spill to a temporary file (SPILL_BYTES)."""
        super().__init__(ix, **kwargs)
        self.terms: dict[str, Held] = {}
        self.term_ids = TermIds()
        self.lengths: dict[str, array] = {}
        self.encoder = encoder
        self.spill_bytes = spill_bytes or self.SPILL_BYTES
        self.held = 0
        self.runs: list[Run] = []
        self.spill_folder = getattr(ix.storage, "folder", None)
        self._fields = dict(self.schema.items())
        _pickle_stored_compactly(self.perdocwriter)

    def add_prepared(self, prepared: list[PreparedField]) -> None:
        batch = Batch()
        batch.add(prepared)
        self.add_batch(batch)

    def add_batch(self, batch: Batch) -> None:
        """Append the batch's documents; the batch is used up (its postings become the writer's)."""
        self._check_state()
        perdoc, schema, base = self.perdocwriter, self.schema, self.docnum
        flats = batch.flat_terms()  # first: a batch handed over in this process sets its pairs' lengths here
        encoded = batch.stored if batch.stored_level is not None else None
        add_stored = self._stored_adder(batch.stored_level) if encoded is not None else None
        fields = self._fields
        # whoosh 2.7's add_field does nothing for a field with no stored value and no length
        every = type(perdoc).add_field is not W3PerDocWriter.add_field
        for docnum, row in enumerate(batch.rows, base):
            perdoc.start_doc(docnum)
            for name, stored, length, column in row:
                field = fields.get(name) or schema[name]
                if every or length or stored is not None:
                    perdoc.add_field(name, field, stored, length)
                if column is not None:
                    perdoc.add_column_value(name, field.column_type, column)
            if encoded is not None:
                value = encoded[docnum - base]
                if value is not None:
                    add_stored(docnum, value)
            perdoc.finish_doc()
        term_ids, terms_before = self.term_ids, len(self.term_ids)
        for name, flat in flats.items():
            held = self.terms.get(name)
            if held is None:
                held = self.terms[name] = Held()
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

    def _stored_adder(self, level: int):
        """What writes a document's stored fields as a batch encoded them (`Batch.add`): the
        bytes straight into the stored column when it is `_StoredWriter` over whoosh's zlib
        column at that level, else the fields themselves through whoosh's `add_field`."""
        writer = getattr(self.perdocwriter, "_colwriters", {}).get("_stored")
        child = getattr(writer, "_child", None)
        if (type(writer) is _StoredWriter and type(child) is CompressedBytesColumn.Writer
                and getattr(child, "_level", None) == level and getattr(child, "_compress", None) is zlib.compress):
            return partial(VarBytesColumn.Writer.add, child)
        perdoc, schema = self.perdocwriter, self.schema

        def add_fields(docnum: int, value: bytes) -> None:
            for name, stored in pickle.loads(zlib.decompress(value)).items():
                perdoc.add_field(name, schema[name], stored, 0)

        return add_fields

    def _spill(self) -> None:
        """The postings held so far, to disk as one sorted run; memory starts again from empty."""
        run = Run(self.spill_folder)
        keys_of = self.term_ids.keys_of()
        for name in sorted(self.terms):
            run.add_field(name, sorted_flats(self.terms[name], self.term_ids, run.CHUNK_TERMS, keys_of))
            del self.terms[name]
        self.runs.append(run)
        self.term_ids = TermIds()
        self.held = 0

    def _field_flats(self, name: str, per_flat: int, keys_of: dict) -> Iterator[tuple]:
        """One field's postings as flat tuples in term order: the spilled runs and what is held,
        merged. What is held joins the merge as the flat tuples a spill would have written
        (`Run.CHUNK_TERMS` terms each), sorted as the merge reaches the field: the same tuples
        without writing them to a file and reading them back, and sorted while the workers
        encode the fields before (a last spill sorted them all first, the workers idle)."""
        held = self.terms.get(name)
        if not self.runs:
            return sorted_flats(held or Held(), self.term_ids, per_flat, keys_of)
        sources = [run.field(name) for run in self.runs]
        if held is not None:
            sources.append(sorted_flats(held, self.term_ids, Run.CHUNK_TERMS, keys_of))
        return merged_runs(sources)

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
        names = sorted(set(self.terms).union(*(run.names() for run in self.runs)))
        keys_of = self.term_ids.keys_of()
        try:
            if names:
                fw.start_field(names[0], self.schema[names[0]])  # its postings writer tells which path
                if _encodable(fw):
                    self._write_fields_encoded(fw, names, keys_of)
                else:
                    self._write_fields_one_by_one(fw, names, keys_of)
        finally:
            self._release_runs()
        fw.close()

    TERMS_PER_TASK = 4000  # and at most POSTINGS_PER_TASK postings, so each task stays small
    POSTINGS_PER_TASK = 50_000

    def _write_fields_one_by_one(self, fw, names: list[str], keys_of: dict) -> None:
        """The fields' postings through whoosh's public per-posting `add` (the first field started)."""
        for i, name in enumerate(names):
            if i:
                fw.start_field(name, self.schema[name])
            lengths = self.lengths.get(name, array("I"))  # empty for a field without lengths
            for flat in self._field_flats(name, self.TERMS_PER_TASK, keys_of):
                _write_one_by_one(fw, flat, lengths)
            self.terms.pop(name, None)  # written: let it go, the commit holds one field at a time
            fw.finish_field()

    def _write_fields_encoded(self, fw, names: list[str], keys_of: dict) -> None:
        """The fields' terms in order (the first field started), their blocks encoded by `encode_terms` through
        `self.encoder` (worker processes in a full rebuild), the bytes and term infos written
        here: the term-table entry whoosh's `finish_term` would add, the offset moved to where
        the blocks land in the postings file. One stream of tasks over all the fields, so the
        workers go on encoding the next field's terms while this process writes the last
        blocks of one (a stream per field left them idle at each of the ~20 fields' ends)."""
        pending = iter(names)  # the fields not started yet, in order (the first is started)
        current = next(pending)
        pw = fw._postwriter
        params = (pw._blocklimit, pw._compression, pw._inlinelimit)
        keys: deque = deque()  # (field, each task's terms), in the order the encoder returns their blocks

        def tasks():
            for name in names:
                fmt = self.schema[name].format
                lengths = self.lengths.get(name, array("I"))  # empty for a field without lengths
                flats = self._field_flats(name, self.TERMS_PER_TASK, keys_of)
                for flat in task_flats(flats, self.TERMS_PER_TASK, self.POSTINGS_PER_TASK):
                    keys.append((name, flat[0]))
                    yield params, fmt, posting_lengths(flat[3], lengths), flat
                self.terms.pop(name, None)  # made into tasks: let it go, the commit holds one field at a time

        postfile, tindex = fw._postfile, fw._tindex
        add_rows = _add_rows if _rows_addable(tindex) else _add_rows_one_by_one
        for blob, infos in self.encoder(encode_terms, tasks()):
            name, task_keys = keys.popleft()
            while current != name:  # a field without terms is started and finished all the same
                fw.finish_field()
                current = next(pending)
                fw.start_field(current, self.schema[current])
            field = pack_ushort(fw._fieldid)
            base = postfile.tell()
            postfile.write(blob)
            add_rows(tindex, [field + key for key in task_keys],
                     [head if offset < 0 else head + pack_long(base + offset) + pack_int(length)
                      for head, offset, length in infos])
        fw.finish_field()
        for name in pending:
            fw.start_field(name, self.schema[name])
            fw.finish_field()


STORED_PROTOCOL = 5


class _StoredWriter(PickleColumn.Writer):
    """whoosh's stored-fields column writer, pickling with protocol 5 instead of 2: protocol 2
    pickles a datetime or a bytes value as a `codecs.encode` call (60-odd bytes a date) and
    frames every string longer. whoosh's reader loads any protocol (`pickle.loads`)."""

    def add(self, docnum, v):
        self._child.add(docnum, pickle.dumps(v, STORED_PROTOCOL) if v is not None else b"")


def stored_level() -> int | None:
    """The zlib level of whoosh's stored-fields column (what `Batch` compresses a document's
    stored fields at), None when the column is not the zlib one this knows."""
    from whoosh.codec.whoosh3 import STORED_COLUMN

    child = getattr(STORED_COLUMN, "_child", None)
    if type(STORED_COLUMN) is PickleColumn and type(child) is CompressedBytesColumn and child._module == "zlib":
        return child._level
    return None


def _pickle_stored_compactly(perdoc) -> None:
    """The segment's stored fields through `_StoredWriter` (whoosh's own writer is left as it
    is when the per-document writer is not the W3 one this knows)."""
    writers = getattr(perdoc, "_colwriters", None)
    old = writers.get("_stored") if isinstance(writers, dict) else None
    if type(old) is PickleColumn.Writer and hasattr(old, "_child"):
        writers["_stored"] = _StoredWriter(old._child)
