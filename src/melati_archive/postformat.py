"""The posting formats of the text fields: positions (`*_exact`) as varint deltas, frequencies
(stemmed fields) as one varint, one int per posting in a full rebuild's blocks.

whoosh's `Positions` keeps a posting's positions as a 4-byte count and a pickled list of
deltas, and its W3 blocks pickle each posting's value as a `bytes` object (protocol 2: a
`codecs.encode` call per value, about 17 bytes of framing around a few bytes of data). At
10,000 articles that made the positions most of the index (issue 17). Here:

- a posting's value is the varint bytes of its position deltas (7 bits a byte, high bit = more
  to come), nothing else: the count is the number of bytes without the high bit;
- the same value also has an int form, `int.from_bytes(value, "little")` (one-to-one for a
  non-empty list: only the list [0] gives a final zero byte, and it maps to 0). The full
  rebuild (`blockcodec.encode_terms`) puts the ints in the blocks, which pickle as 2-5 bytes
  each and load with no call per posting; whoosh's own writer (an incremental commit) keeps
  bytes, since its posting writer accepts nothing else (and for the stemmed fields a tuple of
  bytes costs more than whoosh's joined 4-byte values: small segments only);
- every decoder takes either form, so whoosh's public matchers (phrases, spans,
  `value_as`) and search.vector read both kinds of segment alike; `as_bytes` turns an int
  back into bytes where whoosh's writer takes a value read from a segment (a merge).

The stemmed fields' `CompactFrequency` keeps whoosh's Frequency but writes the frequency as
the same varint bytes / int (whoosh's is 4 bytes a posting, joined per block). The full
rebuild's blocks also keep whole-number weights (a stemmed field's frequencies times a whole
boost) as ints (`CompactPostingsWriter`).
"""
from __future__ import annotations

from typing import Any, Iterable

from whoosh import formats
from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.reading import SegmentReader


def encode_positions(positions: Iterable[int]) -> bytes:
    """Varint bytes of the deltas of ascending positions."""
    out = bytearray()
    base = 0
    for pos in positions:
        delta = pos - base
        base = pos
        while delta >= 0x80:
            out.append((delta & 0x7F) | 0x80)
            delta >>= 7
        out.append(delta)
    return bytes(out)


def as_int(value: bytes | int) -> int:
    """The int form of a value (an int stays as it is)."""
    return value if isinstance(value, int) else int.from_bytes(value, "little")


def as_bytes(value: bytes | int) -> bytes:
    """The bytes form of a value (bytes stay as they are)."""
    if isinstance(value, int):
        return value.to_bytes(max(1, (value.bit_length() + 7) >> 3), "little")
    return value


def decode_positions(value: bytes | int) -> list[int]:
    """The positions of a value in either form."""
    n = as_int(value)
    if not n:
        return [0]
    out = []
    pos = acc = shift = 0
    while n:
        byte = n & 0xFF
        n >>= 8
        acc |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
        else:
            pos += acc
            out.append(pos)
            acc = shift = 0
    if shift:  # a last byte with the high bit: not a value this module wrote
        raise ValueError(f"posisi posting rusak: {value!r} (bangun ulang indeks)")
    return out


def count_positions(value: bytes | int) -> int:
    """How many positions a value holds (the term's frequency in the document)."""
    raw = as_bytes(value)
    return len(raw) - sum(1 for b in raw if b & 0x80)


class CompactPositions(formats.Positions):
    """whoosh's Positions (frequency, weight, positions) with the compact value above."""

    def encode(self, poslist: Any) -> bytes:
        return encode_positions(poslist)

    def decode_positions(self, valuestring: Any) -> list[int]:
        return decode_positions(valuestring)

    def decode_frequency(self, valuestring: Any) -> int:
        return count_positions(valuestring)

    def decode_weight(self, valuestring: Any) -> float:
        return count_positions(valuestring) * self.field_boost

    def decode_position_boosts(self, valuestring: Any) -> list[tuple[int, float]]:
        return [(pos, 1) for pos in decode_positions(valuestring)]

    def combine(self, vs: Iterable[Any]) -> bytes:
        positions: set[int] = set()
        for v in vs:
            positions.update(decode_positions(v))
        return encode_positions(sorted(positions))


_ONE_BYTE = [bytes((n,)) for n in range(0x80)]


def encode_frequency(freq: int) -> bytes:
    """Varint bytes of a frequency (one byte below 128)."""
    return _ONE_BYTE[freq] if 0 <= freq < 0x80 else encode_positions([freq])


def decode_frequency(value: bytes | int) -> int:
    """The frequency of a CompactFrequency value in either form."""
    n = as_int(value)
    return n if n < 0x80 else decode_positions(n)[0]


class CompactFrequency(formats.Frequency):
    """whoosh's Frequency (frequency, weight) with the frequency as one varint: an int in the
    full rebuild's blocks (whoosh's 4 bytes a posting, joined per block, came to a quarter of
    a stemmed field's postings)."""

    posting_size = -1

    def fixed_value_size(self) -> int | None:
        return None  # one value per posting in a block's tuple: ints, or bytes from whoosh's writer

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any):
        for w, freq, weight, _packed in super().word_values(value, analyzer, **kwargs):
            yield w, freq, weight, encode_frequency(freq)

    def decode_frequency(self, valuestring: Any) -> int:
        return decode_frequency(valuestring)

    def decode_weight(self, valuestring: Any) -> float:
        return decode_frequency(valuestring) * self.field_boost

    def combine(self, vs: Iterable[Any]) -> bytes:
        return encode_frequency(sum(decode_frequency(v) for v in vs))


def block_values(fmt: Any, values: list[bytes]) -> list:
    """What a block written by the full rebuild keeps of these values: their int forms for the
    compact formats, the values themselves for any other."""
    if isinstance(fmt, (CompactPositions, CompactFrequency)):
        return [int.from_bytes(v, "little") for v in values]
    return values


def _whole(weight: Any) -> Any:
    """An int for a whole-number float weight (pickled in 2 bytes instead of 9), else itself."""
    return int(weight) if isinstance(weight, float) and weight.is_integer() else weight


def mini_weights(weights) -> Any:
    """A block's weights as its pickle keeps them: None when all are 1.0, the one weight when
    all are equal (whoosh's `_mini_weights`), else a tuple, of ints when all are whole."""
    n = len(weights)
    if weights.count(1.0) == n:
        return None
    if weights.count(weights[0]) == n:
        return weights[0]
    out = tuple(weights)
    return tuple(map(int, out)) if all(map(float.is_integer, map(float, out))) else out


class CompactPostingsWriter(W3PostingsWriter):
    """whoosh's W3 posting writer whose blocks keep whole-number weights as ints: the weights of
    an unboosted (or whole-boosted) field are its frequencies, which protocol 2 pickles as 9-byte
    floats, a quarter of a stemmed field's blocks (issue 17, the index's size). whoosh's reader
    takes any sequence of numbers for a block's weights and any number for its maximum (the
    scores come out the same: an int and the float of the same whole value compute alike); a
    block whose weights are all equal keeps whoosh's single float."""

    def _mini_weights(self):
        return mini_weights(self._weights)

    def _write_block(self, last=False):
        self._maxweight = _whole(self._maxweight)
        super()._write_block(last)


class MergeReader(SegmentReader):
    """A segment read for `writer.add_reader` (a merge): whoosh's posting writer takes bytes
    values only, so the int forms in a full rebuild's blocks come out as bytes."""

    def iter_postings(self):
        for fieldname, btext, docnum, weight, value in super().iter_postings():
            yield fieldname, btext, docnum, weight, as_bytes(value) if isinstance(value, int) else value
