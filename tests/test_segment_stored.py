"""Stored fields pickled and compressed by the batch (the worker), not the writer: the same segment."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

from whoosh import index as windex

from conftest import segment_files
from melati_archive import segment
from melati_archive.index import build_schema

PROTECTED = frozenset({"melati"})


def _docs() -> list[dict]:
    when = dt.datetime(2021, 3, 4)
    docs = []
    for i in range(30):
        body = f"Balai Melati membagikan bantuan ke-{i} bagi warga desa."
        docs.append({"uid": f"article:{i}", "kind": "article", "path": f"a/{i}.md", "date": when, "year": "2021",
                     "title": f"Bantuan {i}", "title_exact": f"Bantuan {i}", "body": body, "body_exact": body,
                     "data": {"path": f"a/{i}.md", "date": when, "quotes": [("kata", i)] * (i % 3)}})
        docs.append({"uid": f"quote:{i}", "kind": "quote", "path": f"a/{i}.md", "text": "Kami siap", "data": i})
    docs.append({"body_exact": "tanpa nilai tersimpan"})  # a document without a stored field
    return docs


def _build(path, docs, level, deferred=False):
    path.mkdir()
    ix = windex.create_in(str(path), build_schema(PROTECTED))
    preparer = segment.Preparer(ix.schema)
    writer = segment.PreparedWriter(ix)
    for i in range(0, len(docs), 8):
        batch = segment.Batch(level)
        for doc in docs[i:i + 8]:
            later: list | None = [] if deferred else None
            batch.add(preparer.prepare(doc, later), later or ())
        writer.add_batch(pickle.loads(pickle.dumps(batch)))
    writer.commit()
    return ix



@pytest.mark.parametrize("deferred", [False, True])
def test_stored_fields_encoded_by_the_batch_give_the_same_segment(tmp_path, deferred):
    # such a batch's rows keep only the fields with a length or a column value; the text
    # pairs left to the batch (deferred) get their lengths in rows that lack them
    assert segment.stored_level() == 3  # whoosh's zlib column
    docs = _docs()
    _build(tmp_path / "batch", docs, segment.stored_level(), deferred)
    _build(tmp_path / "writer", docs, None)
    ours, theirs = segment_files(tmp_path / "batch"), segment_files(tmp_path / "writer")
    assert ours["MAIN_SEG._stored.col"] == theirs["MAIN_SEG._stored.col"] and ours == theirs


def test_a_stored_column_of_another_kind_gets_the_fields_themselves(tmp_path, monkeypatch):
    # a writer whose stored column is not the one the batch encoded for (here whoosh's own
    # protocol-2 pickles) stores the fields through add_field: the same stored values
    docs = _docs()
    monkeypatch.setattr(segment, "_pickle_stored_compactly", lambda perdoc: None)
    ix = _build(tmp_path / "other", docs, segment.stored_level())
    monkeypatch.undo()
    ref = _build(tmp_path / "writer", docs, None)
    with ix.reader() as ours, ref.reader() as theirs:
        stored = [ours.stored_fields(n) for n in range(ours.doc_count_all())]
        assert stored == [theirs.stored_fields(n) for n in range(theirs.doc_count_all())]
        assert stored[0]["data"]["date"] == dt.datetime(2021, 3, 4) and stored[-1] == {}
    assert segment_files(tmp_path / "other")["MAIN_SEG._stored.col"] != segment_files(tmp_path / "writer")["MAIN_SEG._stored.col"]
