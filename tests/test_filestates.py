"""The lean file scan and the states cache behind a no-op reindex: the same files as the archive's
own scan, every kind of change seen, and the commit record readable without the file table."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from melati_archive import filestates
from melati_archive.api import Archive
from melati_archive.archive import scan_articles
from melati_archive.index import current_generation


def _article(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: Warta {name[11:-3]}\ndate: {name[:10]}\nfictional: true\n---\n"
                    f"MATARAM - {body}\n", encoding="utf-8")
    return path


def _home(tmp_path: Path) -> Path:
    arts = tmp_path / "home" / "archive" / "articles"
    _article(arts / "2022", "2022-01-04-posyandu-keliling.md",
             "Kader posyandu keliling mendatangi dusun terpencil setiap Selasa.")
    _article(arts / "2022" / "maret", "2022-03-09-pelatihan-kader.md",
             "Pelatihan kader gizi diikuti 40 peserta dari tujuh desa.")
    _article(arts / "2023", "2023-05-17-bantuan-sembako.md", "Bantuan sembako dibagikan kepada lansia.")
    (arts / "2023" / ".2023-05-17-bantuan-sembako.md.tmp").write_text("setengah tulis", encoding="utf-8")
    (arts / "2023" / "catatan.txt").write_text("bukan artikel", encoding="utf-8")
    (arts / ".draf").mkdir()
    _article(arts / ".draf", "2023-06-01-draf.md", "Belum terbit.")
    os.symlink(arts / "2022" / "2022-01-04-posyandu-keliling.md", arts / "2023" / "2023-07-01-tautan.md")
    return tmp_path / "home"


@pytest.mark.parametrize("by_descriptor", [True, False], ids=["folder-fd", "folder-path"])
def test_lean_scan_lists_what_the_archive_scan_lists(tmp_path, monkeypatch, by_descriptor):
    # folder-path is what a platform without os.scandir(fd) (Windows) lists through
    monkeypatch.setattr(filestates, "_FOLDER_FD", by_descriptor and filestates._FOLDER_FD)
    root = _home(tmp_path) / "archive"
    lean, full = filestates.scan(root), scan_articles(root)
    assert sorted(lean.stats) == list(full.files) == [
        "articles/2022/2022-01-04-posyandu-keliling.md", "articles/2022/maret/2022-03-09-pelatihan-kader.md",
        "articles/2023/2023-05-17-bantuan-sembako.md"]
    assert lean.links == full.links == ["articles/2023/2023-07-01-tautan.md"]
    for path, st in full.files.items():
        assert lean.stats[path] == (st.st_size, st.st_mtime_ns)
    assert list(lean.states()) == list(full.files)  # path order, as the reindex aggregates


def test_noop_reindex_answers_from_the_cache_and_sees_each_change(tmp_path):
    home = _home(tmp_path)
    arc = Archive.open(home)
    first = arc.reindex()
    assert first.added == 3 and len(first.failed) == 1  # the symbolic link, never followed
    noop = arc.reindex()
    assert (noop.added, noop.updated, noop.unchanged) == (0, 0, 3)
    assert [f["path"] for f in noop.failed] == ["articles/2023/2023-07-01-tautan.md"]

    kader = home / "archive" / "articles" / "2022" / "maret" / "2022-03-09-pelatihan-kader.md"
    text = kader.read_text(encoding="utf-8")
    kader.write_text(text.replace("40 peserta", "45 peserta"), encoding="utf-8")  # same size
    st = kader.stat()
    os.utime(kader, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    edited = arc.reindex()
    assert (edited.updated, edited.unchanged) == (1, 2)
    assert [h.id for h in arc.search('"45 peserta"').hits] == ["2022-03-09-pelatihan-kader"]

    _article(home / "archive" / "articles" / "2024", "2024-02-02-gotong-royong.md", "Warga bergotong royong.")
    added = arc.reindex()
    assert (added.added, added.unchanged) == (1, 3)
    kader.unlink()
    removed = arc.reindex()
    assert (removed.removed, removed.unchanged) == (1, 3)
    assert arc.reindex().unchanged == 3


def test_commit_record_reads_without_the_file_table(tmp_path):
    home = _home(tmp_path)
    arc = Archive.open(home)
    arc.reindex()
    gen = current_generation(Path(arc.index_dir))
    head, table = filestates.read_cache(gen)
    assert filestates.read_head(gen) == head
    assert head["generation"] == filestates.generation_files(gen)
    assert set(table["stats"]) == set(filestates.scan(home / "archive").stats)
    (gen / filestates.STATES_CACHE).write_bytes(b"rusak")
    assert filestates.read_cache(gen) is None and filestates.read_head(gen) == {}
    again = arc.reindex()  # the long way: whoosh's own files table decides, nothing is reread
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert filestates.read_cache(gen) is not None
