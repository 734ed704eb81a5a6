"""The full rebuild's segment writer: the index it writes is the one whoosh's own writer writes."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import pickle
from array import array

import pytest
from whoosh import index as windex
from whoosh.writing import SegmentWriter

from melati_archive import blockcodec, flatpostings, postformat, segment, segmentprep
from melati_archive.index import build_schema
from melati_archive.nlp import analysis

PROTECTED = frozenset({"melati", "nurul"})
COMPACT = (postformat.CompactPositions, postformat.CompactFrequency)

BODY = (
    "JAKARTA (13/11/2020) - Balai Melati menggelar pelatihan bagi anak-anak dan orang-tua. "
    "\"Kami tidak akan berhenti mendampingi para penerima manfaat,\" kata Nurul Hidayah. "
    "Pelatihan keterampilan, pelatih, berlatih: keluarga Ma'ruf ikut 1.000 kali di Jakarta."
)


def _docs(n: int) -> list[dict]:
    docs = []
    for i in range(n):
        body = BODY if i % 3 else BODY.replace("pelatihan", "penyuluhan") + f" Catatan {i}."
        docs.append({
            "uid": f"article:{i}", "kind": "article", "path": f"articles/{i}.md", "article_id": str(i),
            "title": f"Pelatihan Melati ke-{i}", "title_exact": f"Pelatihan Melati ke-{i}",
            "body": body, "body_exact": body, "date": dt.datetime(2020, 1 + i % 12, 1 + i % 28),
            "year": str(2020 + i % 2), "channel": "website", "programs": "atensi,pkh"[: 6 + (i % 2) * 4],
            "speakers": "Nurul Hidayah", "facets": f"y:{2020 + i % 2},c:website", "data": {"n": i},
        })
        docs.append({"uid": f"quote:{i}:0", "kind": "quote", "path": f"articles/{i}.md",
                     "text": "Kami tidak akan berhenti mendampingi", "text_exact": "Kami tidak akan berhenti mendampingi",
                     "speakers": "Nurul Hidayah", "data": {"speaker": "Nurul Hidayah"}})
    docs.append({"uid": "person:nurul", "kind": "person", "name": "Nurul Hidayah", "info": "pekerja sosial Melati"})
    return docs


def _build_whoosh(path, docs):
    ix = windex.create_in(str(path), build_schema(PROTECTED))
    writer = SegmentWriter(ix)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    return ix


def _build_prepared(path, docs, batch=1, encoder=map, spill_bytes=None):
    """The index PreparedWriter writes, the documents handed over `batch` at a time."""
    ix = windex.create_in(str(path), build_schema(PROTECTED))
    preparer = segment.Preparer(ix.schema)
    writer = segment.PreparedWriter(ix, encoder=encoder, spill_bytes=spill_bytes)
    for i in range(0, len(docs), batch):
        part = segment.Batch()
        for doc in docs[i:i + batch]:
            part.add(preparer.prepare(doc))
        writer.add_batch(pickle.loads(pickle.dumps(part)) if batch > 1 else part)
    writer.commit()
    return ix


def _everything(ix) -> tuple:
    with ix.reader() as r:
        terms = list(r.all_terms())
        # a value compared in its int form: the full rebuild's blocks keep compact formats'
        # values as ints, whoosh's writer as bytes (postformat); the same positions or frequency either way
        postings = {t: [(d, postformat.as_int(v) if isinstance(r.schema[t[0]].format, COMPACT)
                         else v) for d, v in r.postings(*t).all_items()] for t in terms}
        infos = {t: (ti.weight(), ti.doc_frequency(), ti.min_length(), ti.max_length(), ti.max_weight(),
                     ti.min_id(), ti.max_id())
                 for t in terms for ti in [r.term_info(*t)]}
        stored = [r.stored_fields(n) for n in range(r.doc_count_all())]
        names = ["title", "title_exact", "body", "body_exact", "text", "text_exact", "name", "info"]
        lengths = [[r.doc_field_length(n, f) for f in names] for n in range(r.doc_count_all())]
        totals = [r.field_length(f) for f in names]
        dates = list(r.column_reader("date", translate=False)) if r.has_column("date") else None
    return terms, postings, infos, stored, lengths, totals, dates


@pytest.mark.parametrize("n", [3, 200])  # 200 documents: posting lists longer than one whoosh block
def test_prepared_segment_equals_whooshs_own(tmp_path, n):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _docs(n)
    ours = _everything(_build_prepared(tmp_path / "a", docs))
    theirs = _everything(_build_whoosh(tmp_path / "b", docs))
    assert ours[0] == theirs[0]  # the same terms
    assert any(len(p) > 128 for p in ours[1].values()) == (n == 200)
    for part, mine, reference in zip(["postings", "term infos", "stored", "lengths", "totals", "dates"],
                                     ours[1:], theirs[1:]):
        assert mine == reference, part


def test_batches_from_workers_and_encoding_in_workers_give_the_same_segment(tmp_path, monkeypatch):
    # batches of 7 cross every posting list's block boundaries; the pickle round trip is what a
    # worker's batch goes through; a pool of two encodes the blocks, a term run at a time
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _docs(200)
    monkeypatch.setattr(segment.PreparedWriter, "TERMS_PER_TASK", 5)
    monkeypatch.setattr(segment.PreparedWriter, "POSTINGS_PER_TASK", 150)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        ours = _everything(_build_prepared(tmp_path / "a", docs, batch=7, encoder=pool.imap))
    assert ours == _everything(_build_whoosh(tmp_path / "b", docs))


def test_postings_spilled_to_disk_in_runs_give_the_same_segment(tmp_path, monkeypatch):
    # a few KB of postings per run: every field spills many times, terms recur across runs, and
    # the merged runs must give whoosh's own segment; the temporary files leave nothing behind
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _docs(200)
    spills = []
    monkeypatch.setattr(flatpostings.Run, "CHUNK_TERMS", 7)
    real_spill = segment.PreparedWriter._spill
    monkeypatch.setattr(segment.PreparedWriter, "_spill", lambda self: (spills.append(1), real_spill(self)))
    ours = _everything(_build_prepared(tmp_path / "a", docs, batch=9, spill_bytes=4000))
    assert len(spills) > 5
    assert ours == _everything(_build_whoosh(tmp_path / "b", docs))
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.startswith("tmp")]


def test_prepared_index_searches_like_any_whoosh_index(tmp_path):
    from whoosh.qparser import QueryParser

    ix = _build_prepared(tmp_path, _docs(10))
    with ix.searcher() as s:
        hits = s.search(QueryParser("body", ix.schema).parse("latih"), limit=None)
        ids = sorted(h["uid"] for h in hits)
        phrase = s.search(QueryParser("body_exact", ix.schema).parse('"orang tua"'), limit=None)
        assert len(phrase) == 10
    # articles 0, 3, 6, 9 say "penyuluhan" instead of the first "pelatihan", yet keep "pelatih"
    assert ids == [f"article:{i}" for i in range(10)]


def test_fields_analysed_in_one_pass_only_when_both_get_the_same_text(tmp_path):
    schema = build_schema(PROTECTED)
    prepared = dict((f[0], f) for f in segment.Preparer(schema).prepare(
        {"body": "para pelatih", "body_exact": "para pelatih berlatih"}))
    assert sorted(t for t, *_ in prepared["body"][1]) == [b"latih"]
    assert sorted(t for t, *_ in prepared["body_exact"][1]) == [b"berlatih", b"para", b"pelatih"]


def test_filter_values_are_analysed_once_and_the_table_stays_bounded(tmp_path, monkeypatch):
    # quotes repeat their article's path, date, year and channel: each distinct value of a filter
    # field is analysed once, and a table cleared when full (here at 3 values) still gives whoosh's segment
    docs = _docs(12)
    schema = build_schema(PROTECTED)
    analysed = []
    for name in ("kind", "path", "year", "channel"):
        field = schema[name]
        monkeypatch.setattr(field, "index", lambda value, _f=field, _n=name, **kw: (
            analysed.append((_n, value)), type(_f).index(_f, value, **kw))[1])
    preparer = segment.Preparer(schema)
    assert {"kind", "path", "date", "year", "channel", "programs"} <= preparer.filters
    assert not {"uid", "body", "body_exact", "name", "info", "data"} & preparer.filters
    for doc in docs:
        preparer.prepare(doc)
    wanted = {(n, d[n]) for d in docs for n in ("kind", "path", "year", "channel") if d.get(n) is not None}
    assert sorted(analysed) == sorted(wanted)  # each distinct value once, though quotes repeat them
    monkeypatch.undo()
    monkeypatch.setattr(segmentprep, "_MOST_FILTER_VALUES", 3)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _everything(_build_prepared(tmp_path / "a", docs, batch=4)) == _everything(_build_whoosh(tmp_path / "b", docs))


def test_a_postings_writer_without_block_internals_gets_postings_one_by_one(tmp_path, monkeypatch):
    # whoosh-reloaded may name its writer's internals otherwise: the public add() path must agree
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _docs(200)
    monkeypatch.setattr(segment, "_encodable", lambda fw: False)
    ours = _everything(_build_prepared(tmp_path / "a", docs))
    monkeypatch.undo()
    assert ours == _everything(_build_whoosh(tmp_path / "b", docs))


def test_whooshs_own_postings_writer_gets_whole_blocks(tmp_path, monkeypatch):
    # the per-posting path is the fallback for other whoosh builds; on the pinned one it costs a
    # third of the rebuild's commit, so it must not be taken by accident
    from whoosh.codec import whoosh3

    calls = []
    real = whoosh3.W3FieldWriter.add
    monkeypatch.setattr(whoosh3.W3FieldWriter, "add", lambda self, *a: (calls.append(a), real(self, *a)))
    _build_prepared(tmp_path, _docs(200))
    assert calls == []


@pytest.mark.parametrize("positions", [[0], [7], [7], [3, 9, 40], [1000, 1001], [70000], [5] * 1])
def test_positions_value_is_whooshs_encoding(positions):
    # the single-position table must give whoosh's own bytes, the first time and from the table
    from whoosh.formats import Positions

    assert segmentprep._positions_value(list(positions)) == Positions().encode(list(positions))
    assert segmentprep._positions_value(list(positions)) == Positions().encode(list(positions))


def test_spilled_runs_cut_into_small_encoding_tasks_in_workers_give_the_same_segment(tmp_path, monkeypatch):
    # every path at once: pickled batches of 5, a run spilled every few batches, runs read back
    # a few terms at a time and merged, the merged terms cut into tasks of a few terms and
    # postings (a long posting list alone in its task) and encoded in two worker processes
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    docs = _docs(200)
    monkeypatch.setattr(flatpostings.Run, "CHUNK_TERMS", 3)
    monkeypatch.setattr(segment.PreparedWriter, "TERMS_PER_TASK", 4)
    monkeypatch.setattr(segment.PreparedWriter, "POSTINGS_PER_TASK", 60)
    spills = []
    real_spill = segment.PreparedWriter._spill
    monkeypatch.setattr(segment.PreparedWriter, "_spill", lambda self: (spills.append(1), real_spill(self)))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        ours = _everything(_build_prepared(tmp_path / "a", docs, batch=5, encoder=pool.imap, spill_bytes=20_000))
    assert len(spills) > 5
    assert ours == _everything(_build_whoosh(tmp_path / "b", docs))


def _flat(postings: dict[bytes, list[tuple[int, bytes]]]) -> tuple:
    """A flat tuple of {term: [(document, value)]}, terms in the dict's order, weight 1 each."""
    from array import array

    keys = list(postings)
    rows = [row for key in keys for row in postings[key]]
    return (keys, array("I", [len(postings[k]) for k in keys]),
            array("I", [sum(len(v) for _, v in postings[k]) for k in keys]),
            array("I", [d for d, _ in rows]), array("f", [1.0] * len(rows)),
            array("I", [len(v) for _, v in rows]), b"".join(v for _, v in rows))


def _unflat(flats) -> list[tuple[bytes, list[tuple[int, bytes]]]]:
    out = []
    for keys, counts, _sizes, docs, _weights, vsizes, values in flats:
        at = vat = 0
        for key, n in zip(keys, counts):
            rows = []
            for i in range(at, at + n):
                rows.append((docs[i], values[vat:vat + vsizes[i]]))
                vat += vsizes[i]
            out.append((key, rows))
            at += n
    return out


def test_runs_merge_into_terms_in_order_with_their_documents_end_to_end():
    # three runs of later and later documents, each read in pieces of a few terms; a term may
    # be in any of them, and its postings come out in the runs' order
    runs = [
        [_flat({b"a": [(0, b"x")], b"c": [(1, b"yy")]}), _flat({b"d": [(0, b"z")], b"f": [(2, b"")]})],
        [_flat({b"b": [(3, b"q")], b"c": [(4, b"r"), (5, b"s")], b"d": [(3, b"t")], b"e": [(4, b"u")]})],
        [_flat({b"a": [(6, b"v")]}), _flat({b"f": [(7, b"w")]}), _flat({b"g": [(6, b"p")]})],
    ]
    merged = list(flatpostings.merged_runs(runs))
    got = _unflat(merged)
    assert [key for key, _ in got] == [b"a", b"b", b"c", b"d", b"e", b"f", b"g"]
    assert dict(got) == {
        b"a": [(0, b"x"), (6, b"v")], b"b": [(3, b"q")], b"c": [(1, b"yy"), (4, b"r"), (5, b"s")],
        b"d": [(0, b"z"), (3, b"t")], b"e": [(4, b"u")], b"f": [(2, b""), (7, b"w")], b"g": [(6, b"p")]}


def test_held_batches_come_out_sorted_by_term_in_pieces_that_keep_a_term_whole():
    # batches give their terms in the order they come; the held entries come out in term order,
    # a term's postings in the batches' (documents') order and never split between two pieces
    held, terms = flatpostings.Held(), flatpostings.TermIds()
    held.add(_flat({b"m": [(0, b"1")], b"b": [(0, b"2"), (1, b"3")], b"x": [(1, b"4")]}), 0, terms)
    held.add(_flat({b"x": [(0, b"5")], b"m": [(1, b"6")]}), 2, terms)
    held.add(_flat({b"b": [(0, b"7")], b"a": [(0, b"8")], b"m": [(0, b"9")]}), 4, terms)
    pieces = list(flatpostings.sorted_flats(held, terms, 2))
    assert [piece[0] for piece in pieces] == [[b"a", b"b"], [b"m"], [b"x"]]
    assert dict(_unflat(pieces)) == {
        b"a": [(4, b"8")], b"b": [(0, b"2"), (1, b"3"), (4, b"7")], b"m": [(0, b"1"), (3, b"6"), (4, b"9")],
        b"x": [(1, b"4"), (2, b"5")]}


def test_encoding_tasks_stay_within_their_terms_and_postings_except_one_long_term():
    flat = _flat({b"a": [(0, b"1")], b"b": [(d, b"2") for d in range(10)], b"c": [(1, b"3")],
                  b"d": [(2, b"4")], b"e": [(3, b"5")]})
    tasks = list(flatpostings.task_flats([flat], 2, 4))
    assert [task[0] for task in tasks] == [[b"a"], [b"b"], [b"c", b"d"], [b"e"]]
    assert _unflat(tasks) == _unflat([flat])


def test_compact_values_read_as_ints_whatever_their_length():
    # the blocks keep int.from_bytes of each value: short values are read with numpy, values
    # past 8 bytes (a word said many times in one article) one by one, and [0] is the int 0
    from array import array

    values = [postformat.encode_positions(ps) for ps in
              ([0], [5], [3, 200], list(range(0, 4000, 7)), [1, 2, 3, 4, 5, 6, 7, 8], [70_000, 90_000, 2**40])]
    got = blockcodec._little_ints(array("I", map(len, values)), b"".join(values))
    assert got == [int.from_bytes(v, "little") for v in values]
    assert [postformat.decode_positions(v) for v in got][:3] == [[0], [5], [3, 200]]


@pytest.mark.parametrize("positions", [[0], [127], [128], [3, 9, 40], [1000, 1001], [99_999], [100_000], [2_000_000]])
def test_compact_positions_value_is_the_formats_encoding(positions):
    # the single-position table must give CompactPositions' own bytes, the first time and from the table
    fmt = postformat.CompactPositions()
    assert segmentprep._compact_positions_value(list(positions)) == fmt.encode(list(positions))
    assert segmentprep._compact_positions_value(list(positions)) == fmt.encode(list(positions))


def test_term_items_are_what_the_formats_give():
    positions = {"warga": [0, 4], "desa": [1], "sukamaju": list(range(2, 302, 2))}
    for fmt in (postformat.CompactPositions(field_boost=2.0), postformat.CompactFrequency(field_boost=3.0)):
        items, length = segmentprep._term_items(fmt, positions)
        expected = [(term.encode(), len(ps), len(ps) * fmt.field_boost, fmt.encode(ps) if hasattr(fmt, "decode_positions")
                     else postformat.encode_frequency(len(ps))) for term, ps in positions.items()]
        assert items == expected and length == 153


@pytest.mark.parametrize("docs", [[0, 2, 2, 5], [1, 7, 9], [], [4]])
def test_posting_lengths_are_each_documents_length_or_zero_past_the_known(docs):
    # the numpy gather (array docs) and the plain path (a list) both give the field's length in
    # each posting's document, 0 for a document past the lengths known, as Python ints
    lengths = array("I", [3, 0, 12, 7, 250, 1])
    expected = [lengths[d] if d < len(lengths) else 0 for d in docs]
    for given in (array("I", docs), list(docs)):
        got = blockcodec._posting_lengths(given, lengths)
        assert got == expected and all(type(x) is int for x in got)
    assert blockcodec._posting_lengths(array("I", docs), array("I")) == [0] * len(docs)


def test_held_documents_are_numbered_from_the_batch_base_as_4_byte_ints():
    # a batch's document numbers shifted by where the batch starts (numpy for an array("I")),
    # the same bytes as the Python path; a number past 4 bytes is refused as array("I") refuses it
    docs = array("I", [0, 3, 3, 70_000])
    for base in (1, 5_000_000, 2**32 - 70_001):
        assert flatpostings._shifted(docs, base) == array("I", [d + base for d in docs]).tobytes()
        assert bytes(flatpostings._shifted(list(docs), base)) == array("I", [d + base for d in docs]).tobytes()
    assert flatpostings._shifted(array("I"), 7) == b""
    with pytest.raises(OverflowError):
        flatpostings._shifted(docs, 2**32 - 70_000)
