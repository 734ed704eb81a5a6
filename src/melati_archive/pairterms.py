"""The postings of a batch's F / F_exact field pairs, made from their texts in whole-array steps.

The full rebuild's fast path for the text fields of `schema.build_schema` (exact positions as
`postformat.CompactPositions`, stemmed frequencies as `postformat.CompactFrequency`): what
`analysis.field_positions`, `segmentprep._term_items` and `segment._flatten_entries` give for each
document of a batch, in turn, with a few dictionary lookups per token and a Python call per
term and posting, here with numpy over all the batch's documents at once:

- each distinct space-separated piece of text is tokenized once (`analysis.piece_plan`) and
  kept as rows of a `PieceTable` (its units' exact and stemmed term numbers, their position
  offsets, its width in positions); a text is then its pieces' numbers;
- the tokens of the batch are those rows end to end, a position each; a stable sort by term
  groups them per term and document (the postings) with the documents and positions in order;
- the posting values are the varint bytes `postformat` writes (position deltas, or the
  frequency), encoded a byte column at a time.

The flat tuple is the one `segment._flatten_entries` makes (its terms in another order, which
the writer sorts anyway), so the segment is byte for byte the same (tests/test_pairterms.py).
"""
from __future__ import annotations

from array import array
from typing import Any

from .flatpostings import ragged, stable_order
from .nlp import analysis


class PieceTable:
    """Pieces of text and terms, numbered, for one set of protected words. Bounded: cleared
    when it holds more than `most` pieces, before new pieces are added (never while a batch's
    numbers are in use)."""

    def __init__(self, protected: frozenset[str], most: int = 400_000):
        self.protected = protected
        self.most = most
        self.clear()

    def clear(self) -> None:
        self.of: dict[str, int] = {}  # piece -> its number
        self.width = array("q")  # per piece: positions it takes (0 for a piece without tokens)
        self.first, self.units = array("q"), array("q")  # per piece: its first unit, its units
        self.exact, self.stemmed, self.offset = array("q"), array("q"), array("q")  # per unit (stemmed -1: a stopword)
        self.term_of: dict[str, int] = {}
        self.terms: list[bytes] = []  # term number -> the term as the segment keeps it

    def _term(self, term: str) -> int:
        n = self.term_of.get(term)
        if n is None:
            n = self.term_of[term] = len(self.terms)
            self.terms.append(term.encode())
        return n

    def numbers(self, pieces: list[str]) -> Any:
        """The pieces' numbers (a numpy array), new pieces tokenized and added first."""
        import numpy as np

        new = set(pieces).difference(self.of)
        if new and len(self.of) + len(new) > self.most:
            self.clear()
            new = set(pieces)
        for piece in sorted(new):
            plan = analysis.piece_plan(piece, self.protected)
            self.of[piece] = len(self.width)
            self.width.append(plan[-1][2] + 1 if plan else 0)
            self.first.append(len(self.exact))
            self.units.append(len(plan))
            for unit, key, offset in plan:
                self.exact.append(self._term(unit))
                self.stemmed.append(-1 if key is None else self._term(key))
                self.offset.append(offset)
        return np.fromiter(map(self.of.__getitem__, pieces), dtype=np.int64, count=len(pieces))


def pair_flats(table: PieceTable, docs: list[int], texts: list[str], exact_boost: float, stemmed_boost: float
               ) -> tuple[tuple | None, tuple | None, list[int], list[int]]:
    """(exact field's flat tuple, stemmed field's flat tuple, each text's exact length, each
    text's stemmed length) of `texts`, the text of document `docs[i]` being `texts[i]`
    (documents ascending); a flat tuple is None when its field has no token."""
    import numpy as np

    pieces: list[str] = []
    counts: list[int] = []
    for text in texts:
        split = text.split()
        pieces += split
        counts.append(len(split))
    ids = table.numbers(pieces)
    per_doc = np.array(counts, dtype=np.int64)
    n = len(texts)
    width = np.frombuffer(table.width, dtype=np.int64)[ids]
    starts = np.cumsum(width) - width  # each piece's first position, counted over all the texts
    firsts = np.cumsum(per_doc) - per_doc  # each text's first piece
    text_start = np.append(starts, 0)[firsts]  # (a text without pieces repeats it 0 times)
    piece_pos = starts - np.repeat(text_start, per_doc)
    piece_doc = np.repeat(np.arange(n, dtype=np.int64), per_doc)
    units = np.frombuffer(table.units, dtype=np.int64)[ids]
    unit_at = ragged(np.frombuffer(table.first, dtype=np.int64)[ids], units)  # each token's unit
    token_piece = np.repeat(np.arange(len(ids), dtype=np.int64), units)
    pos = piece_pos[token_piece] + np.frombuffer(table.offset, dtype=np.int64)[unit_at]
    doc = piece_doc[token_piece]
    exact = np.frombuffer(table.exact, dtype=np.int64)[unit_at]
    stemmed = np.frombuffer(table.stemmed, dtype=np.int64)[unit_at]
    kept = stemmed >= 0
    docnums = np.array(docs, dtype=np.int64)
    exact_flat = _flat(table.terms, exact, doc, pos, docnums, exact_boost)
    stemmed_flat = _flat(table.terms, stemmed[kept], doc[kept], None, docnums, stemmed_boost)
    return (exact_flat, stemmed_flat, np.bincount(doc, minlength=n).tolist(),
            np.bincount(doc[kept], minlength=n).tolist())


def _flat(terms: list[bytes], tids, doc, pos, docnums, boost: float) -> tuple | None:
    """The flat tuple of one field's tokens (term numbers, text numbers, positions, in text and
    position order): the values their varint position deltas (`pos` given) or the varint
    frequency (`postformat.encode_frequency`)."""
    import numpy as np

    m = len(tids)
    if not m:
        return None
    order = stable_order(tids)  # per term, the tokens stay in text and position order
    t, d = tids[order], doc[order]
    starts = np.ones(m, dtype=bool)
    starts[1:] = (t[1:] != t[:-1]) | (d[1:] != d[:-1])
    posting_at = np.flatnonzero(starts)
    freq = np.diff(np.append(posting_at, m))
    posting_term = t[posting_at]
    term_at = np.flatnonzero(np.append(True, posting_term[1:] != posting_term[:-1]))
    postings = np.diff(np.append(term_at, len(posting_at)))
    if pos is not None:
        p = pos[order]
        before = np.empty_like(p)
        before[0] = 0
        before[1:] = p[:-1]
        before[posting_at] = 0
        nbytes, values = _varints(p - before)
        vsizes = np.add.reduceat(nbytes, posting_at)
    else:
        vsizes, values = _varints(freq)
    weights = (freq.astype(np.float64) * boost).astype(np.float32)  # float(freq) * boost, as the format's
    return (list(map(terms.__getitem__, posting_term[term_at].tolist())),
            array("I", postings.astype(np.uint32).tobytes()),
            array("I", np.add.reduceat(vsizes, term_at).astype(np.uint32).tobytes()),
            array("I", docnums[d[posting_at]].astype(np.uint32).tobytes()),
            array("f", weights.tobytes()), array("I", vsizes.astype(np.uint32).tobytes()), values)


def _varints(numbers) -> tuple[Any, bytes]:
    """(bytes per number, the numbers' varint bytes end to end): 7 bits a byte, low bits first,
    the high bit on every byte but a number's last (`postformat.encode_positions`)."""
    import numpy as np

    nbytes = np.ones(len(numbers), dtype=np.int64)
    k = 1
    while True:
        more = numbers >= (1 << (7 * k))
        if not more.any():
            break
        nbytes += more
        k += 1
    at = np.cumsum(nbytes) - nbytes
    out = np.empty(int(nbytes.sum()), dtype=np.uint8)
    out[at] = (numbers & 0x7F) | np.where(nbytes > 1, 0x80, 0)
    for j in range(1, k):
        has = np.flatnonzero(nbytes > j)
        out[at[has] + j] = ((numbers[has] >> (7 * j)) & 0x7F) | np.where(nbytes[has] > j + 1, 0x80, 0)
    return nbytes, out.tobytes()
