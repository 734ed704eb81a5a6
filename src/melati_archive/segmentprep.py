"""What one document becomes for a segment: per field its postings, length, stored and column values.

`Preparer.prepare()` runs in the rebuild's workers (segment.py has the whole picture). Each
F / F_exact pair of the schema that gets the same text is tokenized once
(`analysis.field_positions`); in a full rebuild such a pair is left to the batch (`PairSpec`,
`pairterms`), which analyses all its texts at once. The values are whoosh's own, byte for byte.
"""
from __future__ import annotations

import pickle
from datetime import datetime
from typing import Any

from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.system import pack_uint

from . import postformat
from .nlp import analysis
from .pairterms import PieceTable

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


_REPEATED_TYPES = (str, datetime)  # the values of filter fields (ID, KEYWORD, DATETIME): hashable
_MOST_FILTER_VALUES = 20_000


class Preparer:
    """`prepare(doc)` for one schema (the pair table is worked out once)."""

    def __init__(self, schema):
        self.schema = schema
        self.pairs = _pairs(schema)
        # (field, value) -> (postings, length, column value) of a filter field: an article's
        # quotes repeat its path, date, year, channel and programs, and kind/year/channel take a
        # handful of values, so whoosh's per-field analysis runs once per distinct value
        self._indexed: dict[tuple[str, Any], tuple[Any, int, Any]] = {}
        self.filters = frozenset(name for name, field in schema.items()
                                 if not isinstance(field, TEXT) and not field.unique
                                 and (field.indexed or field.column_type))
        self.fields = dict(schema.items())  # whoosh's schema[name] is a Python call (dynamic fields aside)
        tables: dict[frozenset[str], PieceTable] = {}
        self.specs = {exact: PairSpec(exact, twin, protected, tables.setdefault(protected, PieceTable(protected)),
                                      schema[exact], schema[twin])
                      for exact, (twin, protected) in self.pairs.items() if _batchable(schema[exact], schema[twin])}

    def prepare(self, doc: dict[str, Any], deferred: list | None = None) -> list[PreparedField]:
        """The document's prepared fields. With `deferred` (a list), the F / F_exact pairs that
        `pairterms` analyses are left to the batch: their fields come with no postings and length
        0, and (their `PairSpec`, the text) is appended to `deferred` (`Batch.add`)."""
        schema, fields, filters = self.schema, self.fields, self.filters
        paired: dict[str, tuple[list, int]] = {}
        for exact_name, (twin, protected) in self.pairs.items():
            value = doc.get(exact_name)
            if isinstance(value, str) and doc.get(twin) == value:
                if deferred is not None and exact_name in self.specs:
                    deferred.append((self.specs[exact_name], value))
                    paired[exact_name] = paired[twin] = (None, 0)
                    continue
                exact_pos, stemmed_pos = analysis.field_positions(value, protected)
                paired[exact_name] = _term_items(schema[exact_name].format, exact_pos)
                paired[twin] = _term_items(schema[twin].format, stemmed_pos)
        out: list[PreparedField] = []
        for name in sorted(n for n in doc if not n.startswith("_")):
            value = doc[name]
            if value is None:
                continue
            field = fields.get(name) or schema[name]
            if name in filters and type(value) in _REPEATED_TYPES:
                items, length, column = self._filter_field(name, field, value)
                out.append((name, items, length, value if field.stored else None, column))
                continue
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

    def _filter_field(self, name: str, field, value) -> tuple[Any, int, Any]:
        """(postings, length, column value) of a filter field's value, each distinct value
        analysed once (a bounded table: a value seen once costs one lookup more)."""
        key = (name, value)
        found = self._indexed.get(key)
        if found is None:
            items, length = None, 0
            if field.indexed:
                items = list(field.index(value))
                length = sum(freq for _, freq, _, _ in items) if field.scorable else 0
            found = (items, length, field.to_column_value(value) if field.column_type else None)
            if len(self._indexed) >= _MOST_FILTER_VALUES:
                self._indexed.clear()
            self._indexed[key] = found
        return found


class PairSpec:
    """An F / F_exact pair whose postings a batch makes from the texts (`pairterms`): the
    formats of `schema.build_schema`, the piece table of its protected words."""

    __slots__ = ("exact", "twin", "protected", "table", "exact_field", "twin_field")

    def __init__(self, exact: str, twin: str, protected: frozenset[str], table: PieceTable, exact_field, twin_field):
        self.exact, self.twin, self.protected, self.table = exact, twin, protected, table
        self.exact_field, self.twin_field = exact_field, twin_field


def _batchable(exact_field, twin_field) -> bool:
    """Whether `pairterms` gives this pair's postings: compact positions for the exact field and
    the compact frequency for the stemmed one, exactly those formats."""
    return (type(exact_field.format) is postformat.CompactPositions
            and type(twin_field.format) is postformat.CompactFrequency)
