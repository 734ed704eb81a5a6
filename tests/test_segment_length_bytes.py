"""The blocks' length bytes looked up once per length (`blockcodec._LengthBytes`) are whoosh's
`length_to_byte`, for the byte lengths a segment keeps and any other."""
from __future__ import annotations

from whoosh.util.numeric import byte_to_length, length_to_byte

from melati_archive import blockcodec


def test_length_bytes_are_whooshs_for_every_length():
    table = blockcodec._LengthBytes()
    lengths = [None, 0, 1, 2, 3, 7, 99, 1000, 106373, 106374, 10**7]
    lengths += [byte_to_length(b) for b in range(256)] + [byte_to_length(b) + 1 for b in range(255)]
    for _ in range(2):  # worked out, then remembered
        assert [table[n] for n in lengths] == [length_to_byte(n) for n in lengths]


def test_length_bytes_table_stays_bounded():
    table = blockcodec._LengthBytes()
    assert [table[n] for n in range(10_000)] == [length_to_byte(n) for n in range(10_000)]
    assert len(table) == 4096
