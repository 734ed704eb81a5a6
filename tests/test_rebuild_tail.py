"""The documents a full rebuild makes in its own process (people, programs, aggregates, meta,
file states) go to the writer in batches: the same segment as one document at a time."""
from __future__ import annotations

from whoosh import index as windex
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from melati_archive import rebuildworkers, segment
from melati_archive.index import build_schema

PROTECTED = frozenset({"melati"})


def _docs() -> list[dict]:
    docs = [{"uid": f"person:{i}", "kind": "person", "name": f"Nurul Hidayah {i}",
             "info": f"pekerja sosial Balai Melati, dikutip {i} kali", "data": {"n": i}} for i in range(40)]
    docs.append({"uid": "meta", "kind": "meta", "data": {"pending": 3}})
    return docs


def _build(path, size: int):
    path.mkdir()
    ix = windex.create_in(str(path), build_schema(PROTECTED))
    writer = segment.PreparedWriter(ix)
    preparer, docs = segment.Preparer(ix.schema), _docs()
    for i in range(0, len(docs), size):  # as the workers prepare them (rebuildworkers.prepared)
        writer.add_batch(rebuildworkers._docs_batch(docs[i:i + size], preparer))
    writer.commit()
    (seg,) = path.glob("*.seg")
    segid = seg.name.split("_")[1].split(".")[0]
    storage = CompoundStorage(FileStorage(str(path)).open_file(seg.name), use_mmap=False)
    try:
        return ix, {name.replace(segid, "SEG"): storage.open_file(name).read() for name in storage.list()}
    finally:
        storage.close()


def test_documents_in_batches_give_the_segment_of_one_at_a_time(tmp_path):
    ix, batched = _build(tmp_path / "batched", 16)  # 41 documents: two full batches and a rest
    _, single = _build(tmp_path / "single", 1)
    assert batched == single
    with ix.searcher() as s:
        assert s.doc_count() == 41 and s.document(uid="person:39")["data"] == {"n": 39}
