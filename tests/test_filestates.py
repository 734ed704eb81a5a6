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


def _indexed(tmp_path: Path):
    """(home, archive, its current index generation) of `_home`, indexed once."""
    home = _home(tmp_path)
    arc = Archive.open(home)
    arc.reindex()
    return home, arc, current_generation(Path(arc.index_dir))


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
    home, arc, gen = _indexed(tmp_path)
    head, table = filestates.read_cache(gen)
    assert filestates.read_head(gen) == head
    assert head["generation"] == filestates.generation_files(gen)
    assert set(table["stats"]) == set(filestates.scan(home / "archive").stats)
    (gen / filestates.STATES_CACHE).write_bytes(b"rusak")
    assert filestates.read_cache(gen) is None and filestates.read_head(gen) == {}
    again = arc.reindex()  # the long way: whoosh's own files table decides, nothing is reread
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert filestates.read_cache(gen) is not None


def _many(tmp_path: Path) -> Path:
    """An archive of 3 folders x 7 articles plus the odd entries of _home."""
    home = _home(tmp_path)
    arts = home / "archive" / "articles"
    for year in ("2019", "2020", "2021"):
        for day in range(1, 8):
            _article(arts / year, f"{year}-04-{day:02d}-kerja-bakti-{day}.md", f"Kerja bakti hari ke-{day}.")
    return home / "archive"


@pytest.mark.parametrize("by_descriptor", [True, False], ids=["folder-fd", "folder-path"])
def test_scan_split_over_two_processes_gives_the_same_table(tmp_path, monkeypatch, by_descriptor):
    monkeypatch.setattr(filestates, "_FOLDER_FD", by_descriptor and filestates._FOLDER_FD)
    root = _many(tmp_path)
    alone = filestates.scan(root)
    forks = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    monkeypatch.setattr(filestates, "PARALLEL_FILES", 2)  # 24 files: 12 here, 12 in the child
    split = filestates.scan(root)
    assert forks == [1]
    assert list(split.stats.items()) == list(alone.stats.items())  # same entries, same order
    assert split.links == alone.links == ["articles/2023/2023-07-01-tautan.md"]
    assert len(split.stats) == 24


def test_scan_without_its_child_still_lists_every_file(tmp_path, monkeypatch):
    root = _many(tmp_path)
    alone = filestates.scan(root).stats
    monkeypatch.setattr(filestates, "PARALLEL_FILES", 2)

    def no_fork():
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert filestates.scan(root).stats == alone
    monkeypatch.undo()
    monkeypatch.setattr(filestates, "PARALLEL_FILES", 2)

    def broken_pipe(fd, data):  # only the child writes with os.write: it fails, exits 1
        raise BrokenPipeError(fd)

    monkeypatch.setattr(os, "write", broken_pipe)
    assert filestates.scan(root).stats == alone


def test_scan_never_forks_beside_other_threads(tmp_path, monkeypatch):
    # the search page's server runs threads; a fork there could leave a lock held in the child
    import threading

    root = _many(tmp_path)
    monkeypatch.setattr(filestates, "PARALLEL_FILES", 2)

    def forbidden():
        raise AssertionError("forked beside another thread")

    monkeypatch.setattr(os, "fork", forbidden)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert len(filestates.scan(root).stats) == 24
    finally:
        stop.set()
        other.join()


def test_scan_skips_a_file_gone_before_its_stat(tmp_path, monkeypatch):
    root = _many(tmp_path)
    gone = root / "articles" / "2020" / "2020-04-03-kerja-bakti-3.md"
    listing = filestates._listing

    def listing_then_delete(r):
        out = listing(r)
        gone.unlink()  # deleted between the listing and the stats
        return out

    monkeypatch.setattr(filestates, "_listing", listing_then_delete)
    for parallel in (10**9, 2):
        monkeypatch.setattr(filestates, "PARALLEL_FILES", parallel)
        _article(gone.parent, gone.name, "Kerja bakti hari ke-3.")
        stats = filestates.scan(root).stats
        assert "articles/2020/2020-04-03-kerja-bakti-3.md" not in stats and len(stats) == 23


def test_split_cuts_inside_a_folder_where_the_count_falls():
    a = ("articles/a/", "/x/a", [f"{i}.md" for i in range(7)])
    b = ("articles/b/", "/x/b", [f"{i}.md" for i in range(7)])
    first, second = filestates._split([a, b], 10)
    assert first == [a, ("articles/b/", "/x/b", ["0.md", "1.md", "2.md"])]
    assert second == [("articles/b/", "/x/b", ["3.md", "4.md", "5.md", "6.md"])]
    assert filestates._split([a, b], 7) == ([a], [b])


def test_fingerprint_of_a_recorded_table_is_the_scans_own(tmp_path):
    # a no-op reindex compares the scan with the recorded table as two strings and two arrays:
    # both sides must lay the same files out the same way, whatever order they came in
    root = _many(tmp_path)
    found = filestates.scan(root)
    shuffled = dict(sorted(found.stats.items(), key=lambda kv: kv[0][::-1]))
    assert filestates.fingerprint_of(shuffled) == found.fingerprint()
    assert len(found) == len(found.stats) == 24


def test_fingerprint_changes_with_a_name_a_size_or_an_mtime(tmp_path):
    root = _many(tmp_path)
    stats = filestates.scan(root).stats
    base = filestates.fingerprint_of(stats)
    path = "articles/2020/2020-04-03-kerja-bakti-3.md"
    size, mtime = stats[path]
    for other in ({**stats, path: (size + 1, mtime)}, {**stats, path: (size, mtime + 1)},
                  {k.replace("bakti-3", "bakti-3b"): v for k, v in stats.items()},
                  {k: v for k, v in stats.items() if k != path}):
        assert filestates.fingerprint_of(other) != base


def test_noop_reads_a_states_cache_written_before_the_fingerprint(tmp_path):
    # an index built by an older melati has the table second in files.cache: still a no-op
    import pickle

    home, arc, gen = _indexed(tmp_path)
    head, table = filestates.read_cache(gen)
    with open(gen / filestates.STATES_CACHE, "wb") as f:
        pickle.dump(head, f)
        pickle.dump(table, f)
    assert filestates.read_fingerprint(gen) is None and filestates.read_cache(gen) == (head, table)
    again = arc.reindex()
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert [f["path"] for f in again.failed] == ["articles/2023/2023-07-01-tautan.md"]


def test_noop_sees_a_file_gone_between_listing_and_stat(tmp_path, monkeypatch):
    home = _home(tmp_path)
    arc = Archive.open(home)
    arc.reindex()
    gone = next((home / "archive" / "articles").rglob("*pelatihan-kader.md"))
    listing = filestates._listing

    def listing_then_delete(r):
        out = listing(r)
        gone.unlink()
        return out

    monkeypatch.setattr(filestates, "_listing", listing_then_delete)
    after = arc.reindex()
    assert after.removed == 1 and after.unchanged == 2


def test_states_cache_reads_back_the_table_it_recorded(tmp_path):
    # files.cache keeps the fingerprint only: an incremental reindex reads the table by path back from it
    home, arc, gen = _indexed(tmp_path)
    _, table = filestates.read_cache(gen)
    assert table["stats"] == filestates.scan(home / "archive").stats
    assert filestates._table_of("", b"") == {}
