"""A batch's text field pairs analysed all at once (pairterms): the segment is byte for byte the one
the per-document path writes, and holds what whoosh's own writer indexes."""
from __future__ import annotations

import pickle

import pytest
from whoosh import index as windex
from whoosh.writing import SegmentWriter

from conftest import segment_files
from melati_archive import pairterms, postformat, segment
from melati_archive.index import build_schema

PROTECTED = frozenset({"melati", "nurul"})

SENTENCES = [
    "JAKARTA (13/11/2020) \u2014 Balai Melati menggelar pelatihan bagi anak-anak dan orang-tua/wali.",
    "\"Kami tidak akan berhenti mendampingi para penerima manfaat,\" kata Nurul, Kamis.",
    "Bantuan Rp2.000,5 per orang-tua -- dibuka pukul 09.00-selesai; anak-anaknya berlari-lari.",
    "yang dan di ke dari untuk",  # stopwords only: no stemmed posting
    "\u2014 - -- ... !!",  # pieces without a token
    "Ma'ruf\tbilang:\n\"siap\"\u00a0kerja-sama 3a 3.5.7x 2,5. 1.000",
]


def _long_text() -> str:
    # positions past 127 and 16,383 (two- and three-byte deltas), a word 200 times in one document
    # (a two-byte frequency), and a word whose two positions are 20,000 apart
    words = ["pelatihan"] + [f"kata{i % 97}" for i in range(16_400)] + ["pelatihan"] + ["warga"] * 200
    return " ".join(words)


def _docs() -> list[dict]:
    docs = []
    for i, text in enumerate(SENTENCES * 3 + [_long_text(), ""]):
        docs.append({"uid": f"article:{i}", "kind": "article", "path": f"a/{i}.md",
                     "title": text[:40], "title_exact": text[:40], "body": text, "body_exact": text})
        docs.append({"uid": f"quote:{i}", "kind": "quote", "path": f"a/{i}.md", "text": text[10:], "text_exact": text[10:]})
    # two texts that differ: that document's pair goes through the per-document path, the
    # batch's others with it
    docs.insert(5, {"uid": "article:x", "kind": "article", "path": "a/x.md", "title": "Pelatihan",
                    "title_exact": "Pelatihan Melati", "body": SENTENCES[0], "body_exact": SENTENCES[1]})
    docs.append({"uid": "article:y", "kind": "article", "path": "a/y.md", "body_exact": SENTENCES[2]})
    return docs


def _build(path, docs, deferred: bool, batch: int = 4, piped: bool = True):
    path.mkdir()
    ix = windex.create_in(str(path), build_schema(PROTECTED))
    preparer = segment.Preparer(ix.schema)
    writer = segment.PreparedWriter(ix)
    for i in range(0, len(docs), batch):
        part = segment.Batch()
        for doc in docs[i:i + batch]:
            if deferred:
                later: list = []
                part.add(preparer.prepare(doc, later), later)
            else:
                part.add(preparer.prepare(doc))
        writer.add_batch(pickle.loads(pickle.dumps(part)) if piped else part)
    writer.commit()
    return ix, preparer



def test_batch_pairs_write_the_segment_of_the_per_document_path(tmp_path, monkeypatch):
    docs = _docs()
    one_by_one = []
    real = segment.analysis.field_positions
    monkeypatch.setattr(segment.analysis, "field_positions", lambda *a: (one_by_one.append(a[0]), real(*a))[1])
    _, preparer = _build(tmp_path / "fast", docs, deferred=True)
    monkeypatch.undo()
    # the batch with the document whose texts differ: the pairs of its other documents went the
    # per-document way too (titles and bodies of 2 articles; their quotes' pair stayed in the batch)
    assert 0 < len(one_by_one) <= 4
    _build(tmp_path / "slow", docs, deferred=False)
    assert set(preparer.specs) == {"title_exact", "body_exact", "text_exact", "who_exact"}
    assert segment_files(tmp_path / "fast") == segment_files(tmp_path / "slow")


def test_a_batch_handed_over_in_the_same_process_writes_the_same_segment(tmp_path):
    # no pickling on the way (a rebuild without workers, the documents of the writing process):
    # the pairs' postings and lengths are made when the writer takes the batch
    docs = _docs()
    _build(tmp_path / "here", docs, deferred=True, piped=False)
    _build(tmp_path / "slow", docs, deferred=False, piped=False)
    assert segment_files(tmp_path / "here") == segment_files(tmp_path / "slow")


def test_batch_pairs_index_what_whoosh_indexes(tmp_path):
    docs = _docs()
    ix, _ = _build(tmp_path / "fast", docs, deferred=True, batch=7)
    (tmp_path / "whoosh").mkdir()
    ref = windex.create_in(str(tmp_path / "whoosh"), build_schema(PROTECTED))
    writer = SegmentWriter(ref)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    fields = ["title", "title_exact", "body", "body_exact", "text", "text_exact"]
    with ix.reader() as ours, ref.reader() as theirs:
        terms = [t for t in theirs.all_terms() if t[0] in fields]
        assert [t for t in ours.all_terms() if t[0] in fields] == terms
        for field, term in terms:
            decode = (postformat.decode_positions if field.endswith("_exact") else postformat.decode_frequency)
            assert ([(d, decode(v)) for d, v in ours.postings(field, term).all_items()]
                    == [(d, decode(v)) for d, v in theirs.postings(field, term).all_items()]), (field, term)
        assert ([[ours.doc_field_length(n, f) for f in fields] for n in range(len(docs))]
                == [[theirs.doc_field_length(n, f) for f in fields] for n in range(len(docs))])
        warga = [postformat.decode_positions(v) for _, v in ours.postings("body_exact", b"warga").all_items()]
        assert [len(ps) for ps in warga] == [200]


def test_a_full_piece_table_is_cleared_and_gives_the_same_segment(tmp_path, monkeypatch):
    docs = _docs()
    cleared = []
    real_clear = pairterms.PieceTable.clear
    monkeypatch.setattr(pairterms.PieceTable, "clear", lambda self: (cleared.append(1), real_clear(self)))
    monkeypatch.setattr(pairterms.PieceTable.__init__, "__defaults__", (8,))  # at most 8 pieces (and a batch's)
    _build(tmp_path / "small", docs, deferred=True)
    monkeypatch.undo()
    assert len(cleared) > 3  # once per table at its start, then whenever a batch brings it past 8
    _build(tmp_path / "slow", docs, deferred=False)
    assert segment_files(tmp_path / "small") == segment_files(tmp_path / "slow")


@pytest.mark.parametrize("numbers", [[0], [1, 127, 128, 129], [16_383, 16_384, 2**21 - 1, 2**21, 2**28, 2**35 + 5], []])
def test_varints_are_the_compact_formats_bytes(numbers):
    import numpy as np

    sizes, joined = pairterms._varints(np.array(numbers, dtype=np.int64))
    each = [postformat.encode_frequency(n) for n in numbers]
    assert sizes.tolist() == [len(b) for b in each] and joined == b"".join(each)


@pytest.mark.parametrize("keys", [[5, 1, 5, 0, 1, 5], [], [7], list(range(50, 0, -1)) * 3, [2**61, 3, 2**61, 1]])
def test_stable_order_is_numpys_stable_argsort(keys):
    # ties keep their order (a term's postings stay in document order); keys too large to be
    # made unique by their index take numpy's stable sort itself
    import numpy as np

    from melati_archive.flatpostings import stable_order

    array = np.array(keys, dtype=np.int64)
    assert stable_order(array).tolist() == np.argsort(array, kind="stable").tolist()
