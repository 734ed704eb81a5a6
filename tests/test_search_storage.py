"""Searching through the mapped storage: segments read from their map, the same answers as whoosh's own open."""
from __future__ import annotations

import io
import mmap
import pickle

import pytest

from melati_archive.search import engine, storage

PLACES = ["Medan", "Kupang", "Sorong", "Palu", "Ambon", "Bima"]


def _article(home, n: int, body: str) -> None:
    folder = home / "archive" / "articles" / "2022"
    folder.mkdir(parents=True, exist_ok=True)
    day = f"2022-{1 + n % 12:02d}-{1 + n % 27:02d}"
    (folder / f"{day}-kabar-{n}.md").write_text(
        f"---\ntitle: Kabar balai nomor {n}\ndate: {day}\n---\n{body}\n", encoding="utf-8")


def _body(n: int) -> str:
    place = PLACES[n % len(PLACES)]
    extra = " Warga belajar menjahit dan melatih keterampilan." if n % 3 == 0 else ""
    helper = " Bantuan alat bantu dengar dibagikan kepada orang tua." if n % 4 == 1 else ""
    return (f"{place} - Balai menggelar pelatihan kerja bagi penyandang disabilitas ke-{n}.{extra}{helper} "
            f"\"Kami ingin peserta mandiri,\" kata Sari Wulandari.")


@pytest.fixture
def two_segments(tmp_path):
    from melati_archive.api import Archive

    home = tmp_path / "home"
    (home / "archive").mkdir(parents=True)
    for n in range(40):
        _article(home, n, _body(n))
    arc = Archive.open(home)
    arc.reindex(full=True)
    for n in range(40, 55):  # a second commit with a deletion: two segments, deleted docs
        _article(home, n, _body(n))
    next((home / "archive" / "articles" / "2022").glob("*-kabar-7.md")).unlink()
    arc.reindex()
    return arc


QUERIES = ["pelatihan", "menjahit", '"alat bantu"', '"orang tua"', "pelatihan disabilitas", "judul:kabar",
           "bantuan -menjahit", "dilatih"]


def _answers(arc) -> list:
    out = []
    for q in QUERIES:
        r = arc.search(q, limit=20)
        out.append((q, r.total, [(h.id, h.score, h.snippet, h.missing) for h in r.hits], r.facets))
    return out


def _segment_files_mapped(searcher) -> bool:
    """Whether each segment's compound file (whoosh: OverlayStorage(CompoundStorage, ...)) is ours."""
    files = [getattr(getattr(r._storage, "a", None), "_file", None) for r, _ in searcher.reader().leaf_readers()]
    return all(isinstance(f, storage.MappedFile) for f in files)


def test_mapped_search_answers_as_whooshs_own_open(two_segments, monkeypatch):
    engine._SEARCHERS.clear()
    mapped = _answers(two_segments)
    with engine._searcher(engine._index_of(two_segments)) as s:
        assert s.reader().has_deletions() and len(list(s.leaf_searchers())) == 2
        assert _segment_files_mapped(s)
    engine._SEARCHERS.clear()
    monkeypatch.setattr(storage, "open_for_search", lambda ix: ix)
    plain = _answers(two_segments)
    with engine._searcher(engine._index_of(two_segments)) as s:
        assert not _segment_files_mapped(s)
    engine._SEARCHERS.clear()
    assert mapped == plain
    assert [q for q, total, _, _ in mapped if not total] == []


def test_map_reader_reads_as_a_file(tmp_path):
    data = pickle.dumps({"kata": ["satu", "dua"], "n": 3}) + b"baris pertama\nbaris kedua\nakhir"
    path = tmp_path / "blob"
    path.write_bytes(b"XXXX" + data + b"YYYY")
    with open(path, "rb") as f:
        mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    ours, ref = storage._MapReader(mm, 4, len(data)), io.BytesIO(data)
    assert pickle.load(ours) == pickle.load(ref)
    assert ours.tell() == ref.tell()
    assert ours.readline() == ref.readline() == b"baris pertama\n"
    assert ours.read(5) == ref.read(5)
    for pos, whence in [(0, 0), (3, 1), (-4, 2), (0, 2)]:
        assert ours.seek(pos, whence) == ref.seek(pos, whence)
        assert ours.read() == ref.read()  # never past the view's end (the YYYY after it)
    sub = storage.MappedFile(mm, 0, len(data) + 8).subset(4, len(data))
    assert sub.get(0, 4) == data[:4] and sub.read_pickle() == {"kata": ["satu", "dua"], "n": 3}


def test_other_storages_are_searched_as_opened():
    from whoosh.fields import TEXT, Schema
    from whoosh.filedb.filestore import RamStorage

    ix = RamStorage().create_index(Schema(body=TEXT))
    assert storage.open_for_search(ix) is ix
