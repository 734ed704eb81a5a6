"""Symbolic links under archive/articles/ are never followed, and check, reindex and import agree:
each link is one error naming it, the other files are read as usual."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from melati_archive.api import Archive
from melati_archive.importers.run import run_import


def write(path: Path, title: str, day: str, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\ndate: {day}\n---\n{body}\n", encoding="utf-8")
    return path


def linked_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    articles = home / "archive" / "articles"
    write(articles / "2021" / "2021-01-04-pelatihan-menjahit.md", "Pelatihan Menjahit", "2021-01-04",
          "JAKARTA - Balai menggelar pelatihan menjahit bagi warga.")
    outside = tmp_path / "luar"
    write(outside / "2021-01-05-catatan-rahasia.md", "Catatan Rahasia", "2021-01-05",
          "Catatan pribadi tentang anggaran kelurahan.")
    # a file and a folder outside the archive, the same article under a second name, and a loop
    os.symlink(outside / "2021-01-05-catatan-rahasia.md", articles / "2021" / "2021-01-05-catatan-rahasia.md")
    os.symlink(outside, articles / "2022")
    os.symlink(articles / "2021" / "2021-01-04-pelatihan-menjahit.md", articles / "2021" / "2021-01-04-salinan.md")
    os.symlink(articles / "putar", articles / "putar")
    return home


LINKS = ["articles/2021/2021-01-04-salinan.md", "articles/2021/2021-01-05-catatan-rahasia.md",
         "articles/2022", "articles/putar"]


def test_check_names_every_link_and_reads_the_rest(tmp_path):
    report = Archive.open(linked_home(tmp_path)).store.check_report()
    linked = sorted(p.path.removeprefix("archive/") for p in report.errors if "symlink" in p.message)
    assert linked == LINKS
    assert report.articles == 1


def test_reindex_survives_a_loop_and_indexes_nothing_from_outside(tmp_path):
    arc = Archive.open(linked_home(tmp_path))
    result = arc.reindex()
    assert result.added == 1
    assert sorted(f["path"] for f in result.failed) == LINKS
    assert arc.search("anggaran").total == 0
    assert arc.search("menjahit").total == 1
    again = arc.reindex()  # nothing changed: the links are still reported
    assert sorted(f["path"] for f in again.failed) == LINKS and again.unchanged == 1


def test_import_never_writes_through_a_linked_year_folder(tmp_path):
    home = tmp_path / "home"
    (home / "archive" / "articles").mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, home / "archive" / "articles" / "2021")
    sources = tmp_path / "src"
    write(sources / "a.md", "Pelatihan Menjahit", "2021-01-04", "JAKARTA - Balai menggelar pelatihan menjahit.")
    write(sources / "b.md", "Panen Raya", "2022-03-01", "BEKASI - Petani merayakan panen raya di sawah.")
    report = run_import(Archive.open(home), [sources], reindex=False, today=dt.date(2022, 3, 2))
    assert [Path(f["source"]).name for f in report.failed] == ["a.md"]
    assert "symlink" in report.failed[0]["error"]
    assert list(elsewhere.iterdir()) == []
    assert report.created == ["archive/articles/2022/2022-03-01-panen-raya.md"]
