"""Writing one whoosh segment from documents analysed elsewhere: the fast path of a full rebuild.

whoosh's own writer analyses each field, puts every posting in a pool as a tuple, spills the
pool to disk in pickled runs and sorts it back at commit: about 27 µs a posting, all in the
one process that writes. Here the work is split three ways:

- `prepare()` turns a document into what the segment needs (per field: the postings, the length,
  the stored and column values). It is pure, so worker processes run it. Each F / F_exact pair
  of the schema that gets the same text is tokenized once (`analysis.field_positions`).
- `PreparedWriter.add_prepared()` records a prepared document: stored fields and lengths go to
  whoosh's per-document writer; postings go to `TermPostings`, compact arrays per term, so a
  10,000-article archive stays in memory without runs on disk.
- at commit, each term's postings are cut into whoosh's blocks directly, instead of one call
  per posting.

The segment is the one whoosh would write for the same documents (tests compare every term,
posting, length and stored field), through the 2.7 codec API; where whoosh's postings writer
lacks the block attributes used here, postings go through its public per-posting `add`.
"""
from __future__ import annotations

from array import array
from typing import Any

from whoosh.system import pack_uint
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from .nlp import analysis

# One prepared field: (name, postings or None, length, stored value or None, column value or None);
# postings are (term bytes, frequency, weight, encoded value).
PreparedField = tuple[str, "list[tuple[bytes, int, float, bytes]] | None", int, Any, Any]


_ONE_PASS_FORMATS = ("Positions", "Frequency")


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


def _term_items(fmt, positions: dict[str, list[int]]) -> tuple[list, int]:
    """What `fmt.word_values` gives for these term positions: (term, freq, weight, value)."""
    boost = fmt.field_boost
    if type(fmt).__name__ == "Positions":
        encode = fmt.encode
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


class TermPostings:
    """Postings of one term: parallel arrays of document numbers, weights and value ends, and
    the encoded values end to end."""

    __slots__ = ("docs", "weights", "ends", "values")

    def __init__(self):
        self.docs = array("I")
        self.weights = array("d")
        self.ends = array("I")
        self.values = bytearray()

    def add(self, docnum: int, weight: float, value: bytes) -> None:
        self.docs.append(docnum)
        self.weights.append(weight)
        self.values += value
        self.ends.append(len(self.values))


class PreparedWriter(SegmentWriter):
    """A SegmentWriter for a new, empty index that takes `Preparer.prepare()` output."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self.terms: dict[str, dict[bytes, TermPostings]] = {}
        self.lengths: dict[str, array] = {}

    def add_prepared(self, prepared: list[PreparedField]) -> None:
        self._check_state()
        perdoc = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        perdoc.start_doc(docnum)
        for name, items, length, stored, column in prepared:
            field = schema[name]
            if items:
                terms = self.terms.get(name)
                if terms is None:
                    terms = self.terms[name] = {}
                for btext, _freq, weight, value in items:
                    postings = terms.get(btext)
                    if postings is None:
                        postings = terms[btext] = TermPostings()
                    postings.add(docnum, weight, value or b"")
            if length:
                lengths = self.lengths.get(name)
                if lengths is None:
                    lengths = self.lengths[name] = array("I")
                if len(lengths) <= docnum:
                    lengths.extend([0] * (docnum + 1 - len(lengths)))
                # what the length column gives back: one byte, so an approximation
                lengths[docnum] = byte_to_length(length_to_byte(length))
            perdoc.add_field(name, field, stored, length)
            if column is not None:
                perdoc.add_column_value(name, field.column_type, column)
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        self.perdocwriter.close()
        fw = self.fieldwriter
        for name in sorted(self.terms):
            fw.start_field(name, self.schema[name])
            lengths = self.lengths.get(name, array("I"))
            terms = self.terms[name]
            blocks, checked = None, False
            for btext in sorted(terms):
                fw.start_term(btext)
                if not checked:  # one postings writer per field, its block buffers made by start_term
                    pw = getattr(fw, "_postwriter", None)
                    blocks = pw if pw is not None and _blockwise(pw) else None
                    checked = True
                _write_postings(fw, blocks, terms[btext], lengths)
                fw.finish_term()
            fw.finish_field()
        fw.close()
        self.terms.clear()


def _blockwise(pw) -> bool:
    return all(hasattr(pw, a) for a in ("_blocklimit", "_ids", "_weights", "_values", "_minlength",
                                         "_maxlength", "_maxweight", "_write_block"))


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
        pw._weights = array("f", weights[first:last])
        pw._values = values
        pw._minlength = min(block_lens) if block_lens else None
        pw._maxlength = max(block_lens) if block_lens else 0
        pw._maxweight = max(0, max(weights[first:last]))
        if last == n:
            return  # the last block is written by finish_term, as whoosh does
        pw._write_block()
        first, begin = last, start
