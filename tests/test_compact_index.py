"""The compact posting format of the positional fields (postformat): values round-trip in both
forms, the full rebuild's blocks keep ints, and every way of reading an index -- whoosh's public
matchers, search.vector's arrays, a merge of segments -- finds the same phrases."""
from __future__ import annotations

import random

import pytest
from whoosh import formats

from melati_archive import postformat
from melati_archive.schema import build_schema
from melati_archive.search import engine


CASES = [[0], [1], [5], [127], [128], [0, 1, 2], [0, 300], [16383, 16384], [3, 1000, 70_000, 2**31 + 5],
         sorted(random.Random(7).sample(range(5000), 400))]


@pytest.mark.parametrize("positions", CASES)
def test_values_round_trip_in_both_forms(positions):
    fmt = postformat.CompactPositions(field_boost=1.5)
    value = fmt.encode(positions)
    number = postformat.as_int(value)
    assert isinstance(value, bytes) and isinstance(number, int)
    assert postformat.as_bytes(number) == value
    for form in (value, number):
        assert fmt.decode_positions(form) == positions
        assert fmt.decode_frequency(form) == len(positions)
        assert fmt.decode_weight(form) == len(positions) * 1.5
        assert fmt.decode_position_boosts(form) == [(p, 1) for p in positions]


def test_distinct_lists_never_share_an_int():
    seen = {}
    for positions in CASES + [[0, 5], [5, 6], [0, 128], [1, 128]]:
        number = postformat.as_int(postformat.encode_positions(positions))
        assert seen.setdefault(number, positions) == positions


def test_combine_merges_positions_of_either_form():
    fmt = postformat.CompactPositions()
    a, b = fmt.encode([2, 9]), postformat.as_int(fmt.encode([4, 9, 30]))
    assert fmt.decode_positions(fmt.combine([a, b])) == [2, 4, 9, 30]


def test_a_value_is_a_fraction_of_whooshs_positions():
    positions = [3, 17, 40, 41, 260, 900, 1500]
    ours, theirs = postformat.encode_positions(positions), formats.Positions().encode(positions)
    assert len(ours) * 2 <= len(theirs)  # 10 bytes against 28


def test_a_cut_value_is_an_error_not_wrong_positions():
    with pytest.raises(ValueError, match="bangun ulang indeks"):
        postformat.decode_positions(b"\x05\x80")


@pytest.mark.parametrize("freq", [1, 2, 127, 128, 300, 70_000])
def test_frequencies_round_trip_in_both_forms(freq):
    fmt = postformat.CompactFrequency(field_boost=3.0)
    value = postformat.encode_frequency(freq)
    for form in (value, postformat.as_int(value)):
        assert fmt.decode_frequency(form) == freq
        assert fmt.decode_weight(form) == freq * 3.0
    assert postformat.as_bytes(postformat.as_int(value)) == value
    assert fmt.decode_frequency(fmt.combine([value, postformat.as_int(postformat.encode_frequency(5))])) == freq + 5
    assert len(value) < 4 or freq >= 2**21  # whoosh's Frequency: 4 bytes every posting


def test_frequency_values_from_whooshs_analysis_path():
    from melati_archive.schema import analyzers

    fmt = postformat.CompactFrequency(field_boost=2.0)
    stemmed, _exact = analyzers()
    got = {w: (freq, weight, fmt.decode_frequency(v))
           for w, freq, weight, v in fmt.word_values("relawan relawan bakau", stemmed)}
    assert got == {"relawan": (2, 4.0, 2), "bakau": (1, 2.0, 1)}


def test_every_positional_field_of_the_schema_is_compact():
    schema = build_schema()
    positional = [name for name in schema.names()
                  if schema[name].format is not None and schema[name].format.supports("positions")]
    assert {"title_exact", "body_exact", "text_exact", "name"} <= set(positional)
    for name in positional:
        assert type(schema[name].format) is postformat.CompactPositions
    for name in ("title", "body", "text", "info"):
        assert type(schema[name].format) is postformat.CompactFrequency


# --- an archive: a full rebuild (int values), then incremental commits (bytes values) ---------

PLACES = ["Waingapu", "Kalabahi", "Ba'a", "Seba", "Ende", "Lewoleba"]
SENTENCES = [
    "Petugas membagikan alat bantu dengar kepada lansia.",
    "Orang tua murid menerima bantuan seragam sekolah.",
    "Relawan menanam bakau bersama warga pesisir.",
    "Kerja sama dengan puskesmas memperkuat layanan posyandu.",
    "Alat tangkap ikan dibagikan kepada nelayan, bukan alat bantu dengar.",
    "Warga bantu alat desa memperbaiki jembatan.",  # the words of a phrase, in the other order
]
PHRASES = ['"alat bantu"', '"alat bantu dengar"', '"orang tua murid"', '"kerja sama"', '"bantu alat"', '"bakau bersama warga"']


def _text(n: int) -> str:
    picked = [SENTENCES[(n * k) % len(SENTENCES)] for k in (1, 2, 5) if (n + k) % 4]
    return f"{PLACES[n % len(PLACES)]} - " + " ".join(picked or SENTENCES[:1])


def _write(folder, n: int) -> None:
    day = f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}"
    (folder / f"{day}-kabar-{n}.md").write_text(
        f"---\ntitle: Kabar desa {n}\ndate: {day}\n---\n{_text(n)}\n", encoding="utf-8")


def _expected(arc, phrase: str) -> int:
    """Articles whose text holds the phrase's words in a row (what a phrase search must count)."""
    words = phrase.strip('"').lower().split()
    count = 0
    for path in (arc.root / "articles").rglob("*.md"):
        body = path.read_text(encoding="utf-8").split("---\n", 2)[2].lower()
        tokens = [t.strip(".,\"'-") for t in body.split()]
        count += any(tokens[i:i + len(words)] == words for i in range(len(tokens)))
    return count


def _answers(arc, text: str) -> tuple:
    r = arc.search(text, limit=50)
    return r.total, [(h.id, h.score) for h in r.hits]


def _value_kinds(arc) -> list[set]:
    """Per segment, the types of the body_exact values its blocks give back."""
    with engine._searcher(engine._index_of(arc)) as s:
        kinds = []
        for leaf, _ in s.leaf_searchers():
            r = leaf.reader()
            found = set()
            for _field, text in r.terms_from("body_exact", b""):
                if _field != "body_exact":
                    break
                found.update(type(v) for _, v in r.postings("body_exact", text).all_items())
            kinds.append(found)
    return kinds


@pytest.fixture(scope="module")
def arc(tmp_path_factory):
    from melati_archive.api import Archive

    home = tmp_path_factory.mktemp("compact") / "home"
    folder = home / "archive" / "articles" / "2023"
    folder.mkdir(parents=True)
    for n in range(14):
        _write(folder, n)
    arc = Archive.open(home)
    arc.reindex(full=True)
    return arc


def test_full_rebuild_keeps_ints_and_incremental_commits_bytes(arc):
    assert _value_kinds(arc) == [{int}]
    folder = arc.root / "articles" / "2023"
    _write(folder, 14)
    arc.reindex()
    assert _value_kinds(arc) == [{int}, {bytes}]


def test_stored_fields_pickled_compactly_read_back_alike(arc):
    # the full rebuild pickles stored fields with protocol 5 (segment._StoredWriter): whoosh's
    # public stored_fields() reads them as the dicts that went in, dates and all
    import pickle

    from whoosh.codec.whoosh3 import STORED_COLUMN

    with engine._searcher(engine._index_of(arc)) as s:
        leaf = s.leaf_searchers()[0][0].reader()
        column = leaf._perdoc._cached_reader("_stored", STORED_COLUMN)
        raw = column._child[0]  # the pickle, decompressed
        assert raw[:2] == b"\x80\x05"
        docs = [leaf.stored_fields(d) for d in range(leaf.doc_count_all())]
    articles = [d for d in docs if d["kind"] == "article"]
    assert len(articles) == 14 and all(d["data"]["date"].year == 2023 and d["body"] for d in articles)
    assert pickle.loads(raw) == docs[0]


def _block_weights(arc, field: str) -> set:
    """The types of the weights in the blocks of a field of the first (rebuilt) segment, as
    whoosh's reader loads them."""
    with engine._searcher(engine._index_of(arc)) as s:
        r = s.leaf_searchers()[0][0].reader()
        found = set()
        for name, text in r.all_terms():
            if name != field:
                continue
            m = r.postings(field, text)
            m = getattr(m, "child", m)  # past whoosh's filter of deleted documents
            m._read_weights()
            weights = m._weights
            found.update({"array"} if hasattr(weights, "typecode") else {type(w) for w in weights})
        return found


def test_whole_weights_are_ints_in_the_rebuilt_blocks(arc):
    # the stemmed fields' weights are frequencies (times a whole boost): ints in the blocks; the
    # exact fields' (boost 1.2) stay floats; a block of all-equal weights is whoosh's one float
    assert int in _block_weights(arc, "body") and float not in _block_weights(arc, "body")
    assert float in _block_weights(arc, "body_exact")
    assert int not in _block_weights(arc, "body_exact")


def _written(writer_type, fmt, postings) -> list:
    """(docnum, weight, block max weight) of each posting, written in blocks of 4 by a posting
    writer of `writer_type` and read back by whoosh's W3LeafMatcher."""
    from io import BytesIO

    from whoosh.codec.whoosh3 import W3LeafMatcher, W3TermInfo
    from whoosh.filedb.structfile import StructFile

    out = StructFile(BytesIO())
    pw = writer_type(out, blocklimit=4)
    pw.start_postings(fmt, W3TermInfo())
    for docnum, weight, value in postings:
        pw.add_posting(docnum, weight, value, 10)
    info = pw.finish_postings()
    m = W3LeafMatcher(StructFile(BytesIO(out.file.getvalue())), info.extent()[0], info.extent()[1], fmt)
    got = []
    while m.is_active():
        got.append((m.id(), m.weight(), m.block_max_weight()))
        m.next()
    return got


@pytest.mark.parametrize("boost, whole", [(1.0, True), (3.0, True), (1.2, False)])
def test_compact_writer_reads_back_whooshs_weights(boost, whole):
    from whoosh.codec.whoosh3 import W3PostingsWriter

    fmt = postformat.CompactFrequency(field_boost=boost)
    freqs = [1, 3, 1, 7, 2, 2, 2, 2, 1, 40, 5]
    postings = [(d * 3, float(f * boost), postformat.encode_frequency(f)) for d, f in enumerate(freqs)]
    theirs = _written(W3PostingsWriter, fmt, postings)
    ours = _written(postformat.CompactPostingsWriter, fmt, postings)
    assert ours == theirs  # same docnums, weights and block maxima, as numbers
    assert all(isinstance(w, int) == whole for _, w, _ in ours[:4])  # a block of unequal weights
    assert all(isinstance(w, float) for _, w, _ in ours[4:8])  # all equal: whoosh's one float


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrases_alike_through_whoosh_and_the_arrays(arc, phrase, monkeypatch):
    fast = _answers(arc, phrase)
    monkeypatch.setattr(engine, "VECTOR", False)  # whoosh's public matchers decode the values
    slow = _answers(arc, phrase)
    assert fast[0] == slow[0] == _expected(arc, phrase)
    assert sorted(fast[1]) == sorted(slow[1])  # every hit (fewer than the page), same scores
    assert fast[0] > 0 or phrase == '"bakau bersama warga"'


@pytest.mark.parametrize("text", ["bantuan", "alat dengar", "relawan OR nelayan", "judul:kabar warga", "membagikan"])
def test_words_rank_alike_through_whoosh_and_the_arrays(arc, text, monkeypatch):
    # stemmed (CompactFrequency) and exact fields together, across a rebuilt and an incremental segment
    fast = _answers(arc, text)
    monkeypatch.setattr(engine, "VECTOR", False)
    slow = _answers(arc, text)
    assert 0 < fast[0] == slow[0] and fast[0] <= 50
    assert sorted(fast[1]) == sorted(slow[1])


def test_a_merge_of_the_rebuilt_segment_keeps_every_phrase(arc):
    # once the rebuilt segment holds under a tenth of the live documents, the next commit merges
    # it through whoosh's writer, which takes bytes only: MergeReader turns the ints back
    folder = arc.root / "articles" / "2023"
    for n in range(15, 160):
        _write(folder, n)
    arc.reindex()
    (folder / next(folder.glob("*-kabar-3.md")).name).unlink()
    arc.reindex()
    kinds = _value_kinds(arc)
    assert {int} not in kinds and all(k == {bytes} for k in kinds)
    for phrase in PHRASES:
        assert _answers(arc, phrase)[0] == _expected(arc, phrase)
