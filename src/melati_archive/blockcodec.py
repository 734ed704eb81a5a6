"""whoosh's posting blocks and term-table rows written without whoosh's call per posting or per
row: `encode_terms` (pure, run by the workers at a full rebuild's commit) makes the bytes and
term infos `postformat.CompactPostingsWriter` would, `_add_rows` appends a task's rows to
whoosh 2.7's term table; each with the check that says when whoosh's own path must be used."""
from __future__ import annotations

import zlib
from array import array
from hashlib import md5
from itertools import accumulate, chain, compress, islice
from operator import sub
from pickle import dumps

from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.filedb.filetables import OrderedHashWriter, _lengths as _LENGTHS, md5_hash
from whoosh.system import _INT_SIZE, pack_int
from whoosh.util.numeric import length_to_byte

from . import postformat


def _rows_addable(tindex) -> bool:
    """Whether `_add_rows` knows this term table: whoosh 2.7's `OrderedHashWriter` with its MD5
    hash, the internals it writes through."""
    return (type(tindex) is OrderedHashWriter and tindex.hashfn is md5_hash
            and all(hasattr(tindex, a) for a in ("dbfile", "buckets", "index", "lastkey"))
            and hasattr(tindex.index, "array"))


def _add_rows_one_by_one(tindex, keys: list[bytes], values: list[bytes]) -> None:
    for key, value in zip(keys, values):
        tindex.add(key, value)


def _add_rows(tindex, keys: list[bytes], values: list[bytes]) -> None:
    """What `tindex.add(key, value)` for each row in turn writes and remembers, in one write:
    the rows end to end (lengths, key, value), each row's position in the key index and its
    (hash, position) in its bucket. The commit's term table is a row per term (hundreds of
    thousands), and whoosh's `add` is a dozen Python calls a row."""
    if not keys:
        return
    if not (tindex.lastkey < keys[0] and all(map(bytes.__lt__, keys, islice(keys, 1, None)))):
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{keys[0]!r}")
    dbfile = tindex.dbfile
    rows = list(map(_LENGTHS.pack, map(len, keys), map(len, values)))
    sizes = list(map(int.__add__, map(len, keys), map(len, values)))
    start = dbfile.tell()
    positions = list(accumulate((_LENGTHS.size + n for n in sizes[:-1]), initial=start))
    index = tindex.index
    index.append(positions[-1])  # widens the index's array as whoosh's own append would
    del index.array[-1]
    index.array.extend(positions)
    buckets = tindex.buckets
    for key, pos in zip(keys, positions):
        h = int.from_bytes(md5(key, usedforsecurity=False).digest()[-4:], "big")  # md5_hash(key)
        buckets[h & 255].append((h, pos))
    dbfile.write(b"".join(chain.from_iterable(zip(rows, keys, values))))
    tindex.lastkey = keys[-1]


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


def _posting_lengths(docs: array, lengths: array) -> list[int]:
    """The field's length in each posting's document (0 past the lengths known: a field
    without lengths has none)."""
    import numpy as np

    known = len(lengths)
    if not known:
        return [0] * len(docs)
    if not docs:
        return []
    if type(docs) is array and docs.typecode == "I" and type(lengths) is array and lengths.typecode == "I":
        at = np.frombuffer(docs, dtype=np.uint32)
        if int(at.max()) < known:  # gathered by numpy: a commit reads one a posting (millions)
            return np.frombuffer(lengths, dtype=np.uint32)[at].tolist()
    elif max(docs) < known:
        return list(map(lengths.__getitem__, docs))
    return [lengths[d] if d < known else 0 for d in docs]


def posting_lengths(docs: array, lengths: array) -> array:
    """`_posting_lengths` as an array("I"): what a commit's encode task carries instead of the
    field's whole lengths (a number per document of the segment, pickled with every task: at
    10,000 real articles 3,500 tasks of 330 KB each)."""
    if type(docs) is array and docs.typecode == "I" and type(lengths) is array and lengths.typecode == "I" \
            and len(docs) and len(lengths):
        import numpy as np

        at = np.frombuffer(docs, dtype=np.uint32)
        if int(at.max()) < len(lengths):
            return array("I", np.frombuffer(lengths, dtype=np.uint32)[at].tobytes())
    return array("I", _posting_lengths(docs, lengths))


def _write_one_by_one(fw, flat: tuple, lengths: array) -> None:
    """A flat tuple's terms into `fw` through its public per-posting `add`."""
    keys, counts, _sizes, docs, weights, vsizes, values = flat
    ends = list(accumulate(vsizes))
    lens = _posting_lengths(docs, lengths)
    at = 0
    for key, n in zip(keys, counts):
        fw.start_term(key)
        for i in range(at, at + n):
            fw.add(docs[i], weights[i], values[ends[i] - vsizes[i]:ends[i]], lens[i])
        fw.finish_term()
        at += n


def _encodable(fw) -> bool:
    """Whether this field writer has the internals `_write_fields_encoded` writes through."""
    pw = getattr(fw, "_postwriter", None)
    return (all(hasattr(fw, a) for a in ("_postfile", "_tindex", "_fieldid"))
            and pw is not None and all(hasattr(pw, a) for a in ("_blocklimit", "_compression", "_inlinelimit"))
            and pw._inlinelimit <= 1)  # encode_terms writes every term's postings as blocks


def encode_terms(task) -> tuple[bytes, list[tuple[bytes, int, int]]]:
    """whoosh's blocks for a flat tuple of one field's terms (with the field's length in each
    posting's document, `posting_lengths`), written from offset 0: (the bytes, and per term (its term info's bytes up to where the offset and length go, offset, length)).

    The bytes are those `postformat.CompactPostingsWriter` writes when its `add_posting` is
    called for each posting and `finish_postings` ends each term (blocks of `blocklimit`
    postings, the last one's length negative; the term info's statistics summed block by block
    in the same order), built here without a call per posting or a writer object per term.
    Pure (a task in, bytes out), so a commit spreads it over worker processes."""
    (blocklimit, compression, _inlinelimit), fmt, lens, flat = task
    _keys, counts, _sizes, docs, weights, vsizes, values = flat
    vals = _posting_values(fmt, vsizes, values)
    empty = 0 in vsizes  # a format with empty values: whoosh's blocks leave them out
    lens = lens.tolist()  # each posting's document's field length (`posting_lengths`)
    pack_info = W3TermInfo._struct.pack
    byte_of = _LENGTH_BYTE
    mini_values = _mini_values_of(fmt.fixed_value_size())
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
            top = max(ws)
            top = (int(top) if top.is_integer() else top) if top > 0 else 0  # _whole(max(0, top))
            weight += sum(ws)
            minlength = low if minlength is None else min(minlength, low)
            maxlength = max(maxlength, high)
            maxweight = max(maxweight, top)
            data = dumps((tuple(map(sub, ids, chain((0,), ids))), postformat.mini_weights(ws),
                          mini_values(compress(vals[first:last], vsizes[first:last]) if empty
                                      else vals[first:last])), 2)
            level = compression if len(data) >= COMPRESSION_MIN_SIZE else 0
            if level:
                data = zlib.compress(data, level)
            info = dumps((last - first, ids[-1], top, level, byte_of[low], byte_of[high]), 2)
            if first == at:
                parts.append(WHOOSH3_HEADER_MAGIC)
                pos += len(WHOOSH3_HEADER_MAGIC)
            size = len(info) + len(data)
            parts += (pack_int(-size if last == end else size), info, data)
            pos += _INT_SIZE + size
            first = last
        infos.append((pack_info(False, weight, n, 0 if minlength is None else byte_of[minlength],
                                byte_of[maxlength], maxweight, docs[at], docs[end - 1]), start, pos - start))
        at = end
    return b"".join(parts), infos


class _LengthBytes(dict):
    """length -> `length_to_byte(length)`, worked out once per length: the lengths a segment
    keeps are whoosh's 256 byte lengths already, and the blocks ask for four a term."""

    def __missing__(self, length):
        byte = length_to_byte(length)
        if len(self) < 4096:
            self[length] = byte
        return byte


_LENGTH_BYTE = _LengthBytes()


def _mini_values_of(fixed: int | None):
    """What turns a block's values into what whoosh's `_mini_values` keeps for a format of this
    fixed size, chosen once per task (a builtin for most formats)."""
    if fixed is None or fixed < 0:
        return tuple
    if fixed == 0:
        return _no_values
    return b"".join


def _no_values(_vals) -> None:
    return None
