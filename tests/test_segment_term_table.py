"""The commit's term table written a task's rows at a time (`blockcodec._add_rows`) is the file
whoosh's own `OrderedHashWriter.add`, row by row, writes; and it reads back through whoosh."""
from __future__ import annotations

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

from melati_archive import blockcodec


def _rows(n: int) -> tuple[list[bytes], list[bytes]]:
    keys = sorted(b"\x00\x03" + f"kata{i:06d}".encode() for i in range(n))
    values = [bytes([i % 7]) * (1 + i % 40) for i in range(n)]
    return keys, values


def _table(storage, name: str, add, keys, values, per_call: int) -> bytes:
    writer = OrderedHashWriter(storage.create_file(name))
    for i in range(0, len(keys), per_call):
        add(writer, keys[i:i + per_call], values[i:i + per_call])
    writer.close()
    with storage.open_file(name) as f:
        return f.read()


@pytest.mark.parametrize("n", [1, 300, 5000])  # 5,000 rows pass 65,535 bytes: the key index widens
def test_rows_added_a_task_at_a_time_write_whooshs_own_table(tmp_path, n):
    storage = FileStorage(str(tmp_path))
    keys, values = _rows(n)
    assert blockcodec._rows_addable(OrderedHashWriter(storage.create_file("probe")))
    ours = _table(storage, "ours", blockcodec._add_rows, keys, values, 777)
    whooshs = _table(storage, "whooshs", blockcodec._add_rows_one_by_one, keys, values, 777)
    assert ours == whooshs
    reader = OrderedHashReader.open(storage, "ours")
    assert [reader[k] for k in keys[::97]] == values[::97]
    assert reader.closest_key(keys[n // 2][:-1]) is not None


def test_rows_out_of_order_are_refused_like_whoosh_does(tmp_path):
    storage = FileStorage(str(tmp_path))
    writer = OrderedHashWriter(storage.create_file("t"))
    blockcodec._add_rows(writer, [b"b", b"c"], [b"1", b"2"])
    with pytest.raises(ValueError):
        blockcodec._add_rows(writer, [b"c", b"d"], [b"3", b"4"])
    with pytest.raises(ValueError):
        blockcodec._add_rows(writer, [b"e", b"e"], [b"5", b"6"])


def test_a_term_table_of_another_kind_gets_rows_one_by_one(tmp_path):
    storage = FileStorage(str(tmp_path))

    class OwnTable(OrderedHashWriter):
        pass

    assert not blockcodec._rows_addable(OwnTable(storage.create_file("t")))
