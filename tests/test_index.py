"""The index: one whoosh index for every kind, incremental by content hash, atomic full rebuilds,
detection of missing / stale / corrupt indexes, bad files reported and skipped, the lock."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.errors import IndexBusyError, IndexMissingError
from melati_archive.index import META, POINTER, current_generation, open_index, reindex, reindex_lock

SJAHIT = "articles/2020/2020-03-02-pelatihan-menjahit-bagi-penyandang-disabilitas.md"
BANJIR = "articles/2021/2021-02-05-bupati-serahkan-bantuan-banjir.md"


@pytest.fixture
def home(search_home) -> Path:
    return search_home


@pytest.fixture
def arc(search_arc) -> Archive:
    return search_arc


def kinds(arc) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open_index(arc.index_dir).searcher() as s:
        for doc in s.all_stored_fields():
            counts[doc["kind"]] = counts.get(doc["kind"], 0) + 1
    return counts


def tracked(arc) -> set[str]:
    """The archive files the index's files table knows."""
    from melati_archive.index import _stored_states

    with open_index(arc.index_dir).searcher() as s:
        return set(_stored_states(s))


def ids(results) -> set[str]:
    return {h.id for h in results.hits}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_first_reindex_builds_every_kind_in_one_index(home):
    arc = Archive.open(home)
    result = arc.reindex()
    assert result.to_dict()["added"] == 5 and result.failed == []
    assert any("belum ada indeks" in m for m in result.messages)
    counts = kinds(arc)
    from melati_archive.filestates import bucket_of

    # the files table: one stored document per bucket of paths (filestates.BUCKETS)
    assert counts["article"] == 5 and len(tracked(arc)) == 5
    assert counts["files"] == len({bucket_of(p) for p in tracked(arc)})
    assert counts["person"] >= 2 and counts["program"] == 3
    assert counts["quote"] >= 5
    assert set(result.to_dict()) == {"added", "updated", "removed", "unchanged", "failed", "seconds"}


def test_noop_reindex_reads_no_unchanged_file(arc, monkeypatch):
    read: list[str] = []
    real_read_bytes, real_read_text = Path.read_bytes, Path.read_text

    def spy_bytes(self):
        read.append(str(self))
        return real_read_bytes(self)

    def spy_text(self, *a, **k):
        read.append(str(self))
        return real_read_text(self, *a, **k)

    monkeypatch.setattr(Path, "read_bytes", spy_bytes)
    monkeypatch.setattr(Path, "read_text", spy_text)
    result = arc.reindex()
    assert (result.added, result.updated, result.removed, result.unchanged) == (0, 0, 0, 5)
    assert not [p for p in read if "/archive/" in p], read


def test_touched_but_identical_file_is_unchanged(arc, home):
    path = home / "archive" / SJAHIT
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    result = arc.reindex()
    assert (result.updated, result.unchanged) == (0, 5)
    assert arc.reindex().unchanged == 5  # the new mtime was remembered


def test_edited_file_updates_only_its_documents(arc, home):
    before = kinds(arc)
    edit(home / "archive" / SJAHIT, "pelatihan menjahit selama lima hari", "pelatihan membatik selama lima hari")
    result = arc.reindex()
    assert (result.added, result.updated, result.removed, result.unchanged) == (0, 1, 0, 4)
    assert ids(arc.search("membatik")) == {"2020-03-02-pelatihan-menjahit-bagi-penyandang-disabilitas"}
    assert arc.search('"pelatihan menjahit selama"').total == 0
    assert kinds(arc) == before  # same number of articles, quotes, files


def test_deleted_file_loses_its_article_and_quotes(arc, home):
    assert arc.quotes("tangan warga").total == 1
    assert arc.search("banjir").total == 1
    (home / "archive" / BANJIR).unlink()
    result = arc.reindex()
    assert (result.removed, result.unchanged) == (1, 4)
    assert arc.search("banjir").total == 0
    assert arc.quotes("tangan warga").total == 0
    assert len(tracked(arc)) == 4 and BANJIR not in tracked(arc)


def test_new_file_is_added(arc, home):
    new = home / "archive" / "articles" / "2021" / "2021-07-01-lomba-mewarnai.md"
    new.write_text("---\ntitle: Lomba Mewarnai\ndate: 2021-07-01\nchannel: website\nfictional: true\n---\n"
                   "JAKARTA (1 Juli 2021) - Anak-anak mengikuti lomba mewarnai di aula balai.\n", encoding="utf-8")
    result = arc.reindex()
    assert (result.added, result.unchanged) == (1, 5)
    assert ids(arc.search("mewarnai")) == {"2021-07-01-lomba-mewarnai"}


def test_bad_file_is_reported_with_line_and_the_rest_indexed(home):
    bad = home / "archive" / "articles" / "2021" / "2021-08-01-rusak.md"
    bad.write_text("---\ntitle: Rusak\ndate: [2021\n---\nTeks.\n", encoding="utf-8")
    arc = Archive.open(home)
    result = arc.reindex()
    assert result.added == 5
    assert len(result.failed) == 1
    failure = result.failed[0]
    assert failure["path"].endswith("2021-08-01-rusak.md") and failure["line"] and failure["error"]
    assert arc.search("banjir").total == 1
    again = arc.reindex()  # still reported while unfixed, without being re-read
    assert [f["path"] for f in again.failed] == [failure["path"]] and again.unchanged == 6
    bad.write_text("---\ntitle: Sudah Baik\ndate: 2021-08-01\n---\nTeks perbaikan lengkap.\n", encoding="utf-8")
    fixed = arc.reindex()
    assert fixed.failed == [] and fixed.updated == 1
    assert arc.search("perbaikan").total == 1


def test_full_rebuild_swaps_generation(arc, home):
    index_dir = home / "index"
    old = current_generation(index_dir)
    result = arc.reindex(full=True)
    new = current_generation(index_dir)
    assert result.full and new != old and not old.exists()
    assert (index_dir / POINTER).read_text().strip() == new.name
    assert (result.added, result.unchanged) == (0, 5)
    assert arc.search("banjir").total == 1


def test_missing_index_pointer_is_rebuilt(arc, home):
    (home / "index" / POINTER).unlink()
    with pytest.raises(IndexMissingError):
        arc.search("banjir")
    result = arc.reindex()
    assert result.full and any("indeks dibangun ulang" in m for m in result.messages)
    assert arc.search("banjir").total == 1


def test_stale_schema_is_rebuilt(arc, home):
    gen = current_generation(home / "index")
    meta = json.loads((gen / META).read_text())
    meta["schema_version"] = 0
    (gen / META).write_text(json.dumps(meta))
    result = arc.reindex()
    assert result.full and any("skema indeks sudah usang" in m for m in result.messages)
    assert arc.search("banjir").total == 1


def test_corrupt_index_is_rebuilt(arc, home):
    gen = current_generation(home / "index")
    for f in gen.iterdir():
        if f.suffix in (".toc", ".seg") or f.name.startswith("_MAIN"):
            f.write_bytes(b"garbage")
    result = arc.reindex()
    assert result.full and any(m.startswith("indeks rusak") for m in result.messages)
    assert arc.search("banjir").total == 1


def test_people_yaml_change_reattributes_without_rereading_articles_twice(arc, home):
    people = home / "archive" / "people.yaml"
    edit(people, "aliases: [Hendra]", "aliases: [Hendra, Pak Hendra]")
    result = arc.reindex()
    assert result.updated == 0 and result.unchanged == 5 and result.failed == []
    hendra = [p for p in arc.people("Hendra").hits if p.name == "Hendra Wibisono"][0]
    assert "Pak Hendra" in hendra.aliases


def test_lock_held_means_busy(arc, home):
    with reindex_lock(home / "index", timeout=1):
        with pytest.raises(IndexBusyError, match="reindex lain sedang berjalan"):
            reindex(arc, lock_timeout=0.3)
    assert arc.reindex().unchanged == 5  # lock released


def test_archive_reindex_waits_as_long_as_it_is_told(arc, home):
    with reindex_lock(home / "index", timeout=1):
        started = time.monotonic()
        with pytest.raises(IndexBusyError, match=r"sudah ditunggu 1 detik"):
            arc.reindex(lock_timeout=1.2)
        assert time.monotonic() - started >= 1.2


def test_cli_reindex_json_and_summary(home):
    from click.testing import CliRunner

    from melati_archive.cli import cli

    runner = CliRunner()
    out = runner.invoke(cli, ["--home", str(home), "reindex", "--json"])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    assert doc["added"] == 5 and isinstance(doc["seconds"], float) and doc["failed"] == []
    out = runner.invoke(cli, ["--home", str(home), "reindex"])
    assert out.exit_code == 0 and "5 tidak berubah" in out.stdout


def test_noop_reindex_answers_from_sizes_and_mtimes_without_opening_whoosh(arc, home, monkeypatch):
    from whoosh import index as windex

    def unopenable(*args, **kwargs):
        raise AssertionError("a no-op reindex opened the whoosh index")

    monkeypatch.setattr(windex, "open_dir", unopenable)
    result = arc.reindex()
    assert (result.unchanged, result.added, result.updated, result.full) == (5, 0, 0, False)
    monkeypatch.undo()
    # one file rewritten with the same size and mtime is not seen; a new mtime is
    victim = home / "archive" / BANJIR
    stat = victim.stat()
    edit(victim, "banjir", "BANJIR")
    os.utime(victim, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert arc.reindex().updated == 1


def test_noop_reindex_still_reports_files_that_fail(arc, home):
    bad = home / "archive" / "articles" / "2021" / "2021-09-09-rusak.md"
    bad.write_text("---\ntitle: [unclosed\n---\nisi\n", encoding="utf-8")
    first = arc.reindex()
    assert [f["path"] for f in first.failed] == ["articles/2021/2021-09-09-rusak.md"]
    again = arc.reindex()
    assert again.failed == first.failed and again.unchanged == 6


def test_edits_do_not_pile_up_segments(arc, home):
    victim = home / "archive" / BANJIR
    original = victim.read_text(encoding="utf-8")
    for n in range(4):
        victim.write_text(original + f"\nCatatan redaksi {n}: berita ini diperbarui.\n", encoding="utf-8")
        assert arc.reindex().updated == 1
    ix = open_index(home / "index")
    segments = ix._segments()
    # the edits live in one small segment beside the big one, with no segment left empty
    assert len(segments) <= 2 and all(s.doc_count() > 0 for s in segments)
    assert arc.search('"Catatan redaksi 3"').total == 1 and arc.search('"Catatan redaksi 2"').total == 0
    assert arc.search("banjir").total == 1
