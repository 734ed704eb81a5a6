"""An incremental reindex leaves the index a full rebuild would build: after each kind of edit
(body only, a new speaker, an article removed, one added), the stored documents of every kind
and the search results are the same as a fresh `reindex --full` of the same archive, while the
edit rereads only the files table's buckets of the files it touched."""
from __future__ import annotations

import shutil
from pathlib import Path

from melati_archive.api import Archive
from melati_archive.index import open_index

PANTI = "articles/2020/2020-11-13-kunjungan-camat-ke-panti-lansia.md"
BANJIR = "articles/2021/2021-02-05-bupati-serahkan-bantuan-banjir.md"
QUERIES = ["pelatihan", "lansia", '"bantuan banjir"', "penyandang disabilitas", "pembicara:Ratna", "gotong"]


def _key(doc: dict) -> str:
    """A stored document's key: its uid, or a quote's article and number (quoterecords)."""
    return doc.get("uid") or f"quote:{doc['article_id']}:{doc['data']}"


def _stored(home: Path) -> dict:
    """uid -> stored fields of every document but the per-commit bookkeeping."""
    out = {}
    with open_index(Path(home) / "index").searcher() as s:
        for doc in s.all_stored_fields():
            if doc.get("kind") not in ("meta", "aggregates"):
                out[_key(doc)] = doc
    return out


def _results(arc) -> dict:
    return {q: [h.id for h in arc.search(q, limit=20).hits] for q in QUERIES}


def _same_as_rebuild(home: Path, tmp_path: Path, name: str) -> None:
    fresh = tmp_path / name
    shutil.copytree(home / "archive", fresh / "archive")
    rebuilt = Archive.open(fresh)
    rebuilt.reindex(full=True)
    assert _stored(home) == _stored(fresh)
    assert _results(Archive.open(home)) == _results(rebuilt)


def test_incremental_edits_match_a_full_rebuild(search_home, tmp_path):
    home = search_home
    arc = Archive.open(home)
    arc.reindex()
    articles = home / "archive"

    panti = articles / PANTI
    panti.write_text(panti.read_text(encoding="utf-8") + "\nWarga sekitar panti ikut bergotong royong.\n",
                     encoding="utf-8")
    body_only = arc.reindex()
    assert body_only.updated == 1 and body_only.unchanged == 4
    _same_as_rebuild(home, tmp_path, "body-only")

    banjir = articles / BANJIR
    banjir.write_text(banjir.read_text(encoding="utf-8")
                      + '\n"Posko akan dibuka sampai air surut," kata Kepala Desa Sukamaju Hendra Wiratama.\n',
                      encoding="utf-8")
    new_speaker = arc.reindex()
    assert new_speaker.updated == 1
    assert "Hendra Wiratama" in {p.name for p in arc.people()}
    _same_as_rebuild(home, tmp_path, "new-speaker")

    removed_path = articles / "articles/2020/2020-03-02-pelatihan-menjahit-bagi-penyandang-disabilitas.md"
    removed_text = removed_path.read_text(encoding="utf-8")
    removed_path.unlink()
    assert arc.reindex().removed == 1
    _same_as_rebuild(home, tmp_path, "removed")

    (articles / "articles/2022").mkdir()
    (articles / "articles/2022/2022-04-01-pelatihan-menjahit-lanjutan.md").write_text(
        removed_text.replace("2020-03-02", "2022-04-01").replace("2 Maret 2020", "1 April 2022"), encoding="utf-8")
    assert arc.reindex().added == 1
    _same_as_rebuild(home, tmp_path, "added")

    # without the states cache (damaged, or a commit it does not describe) the edit takes the
    # long way through the whole files table, to the same index
    from melati_archive.filestates import STATES_CACHE
    from melati_archive.index import current_generation

    (current_generation(home / "index") / STATES_CACHE).write_bytes(b"")
    panti.write_text(panti.read_text(encoding="utf-8").replace("bergotong royong", "kerja bakti"), encoding="utf-8")
    long_way = arc.reindex()
    assert (long_way.updated, long_way.unchanged) == (1, 4)
    _same_as_rebuild(home, tmp_path, "long-way")
