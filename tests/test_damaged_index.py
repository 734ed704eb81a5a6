"""A damaged or unwritable index: search and reindex end with one line naming the fix (exit 1),
never a traceback, an "aborted" or exit 130; `melati reindex` repairs the damage."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.index import current_generation

REPO = Path(__file__).resolve().parent.parent


def melati(home: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})


def one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("melati: error:"), done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def segment_of(home: Path) -> Path:
    return next(current_generation(home / "index").glob("*.seg"))


@pytest.mark.parametrize("damage", ["truncated", "deleted"])
def test_search_on_a_damaged_segment_names_the_repair(search_arc, damage):
    home = search_arc.home
    assert search_arc.search("sumur").total >= 0
    segment = segment_of(home)
    if damage == "truncated":
        with open(segment, "r+b") as f:
            f.truncate(segment.stat().st_size // 2)
    else:
        segment.unlink()
    one_line_error(melati(home, "search", "sumur"), "rusak", segment.name, "melati reindex --full")
    assert melati(home, "reindex").returncode == 0
    assert melati(home, "search", "sumur").returncode == 0


def test_a_long_running_process_sees_damage_after_good_searches(search_arc):
    # the search page and notebooks search many times from one process: the commit's record is
    # read once, but every search still compares the files with it
    from melati_archive.errors import IndexMissingError

    for _ in range(3):
        assert search_arc.search("sumur").total >= 0
    segment = segment_of(search_arc.home)
    with open(segment, "r+b") as f:
        f.truncate(segment.stat().st_size // 2)
    with pytest.raises(IndexMissingError, match="melati reindex --full"):
        search_arc.search("sumur")
    search_arc.reindex()
    assert search_arc.search("sumur").total >= 0


def test_a_copied_index_is_still_checked(search_arc, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(search_arc.home, copy)  # other mtimes, same commit
    segment_of(copy).unlink()
    one_line_error(melati(copy, "search", "sumur"), "hilang")


@pytest.mark.skipif(shutil.which("setpriv") is None and os.geteuid() == 0, reason="root needs setpriv to obey modes")
def test_reindex_into_a_read_only_index_is_one_line(search_arc):
    home = search_arc.home
    article = next((home / "archive" / "articles").rglob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nTambahan kalimat.\n", encoding="utf-8")
    folders = [home / "index", current_generation(home / "index")]
    for folder in folders:
        folder.chmod(0o555)
    # root writes anywhere; without the override capabilities it obeys the modes like anyone
    prefix = ("setpriv", "--inh-caps=-dac_override,-dac_read_search",
              "--bounding-set=-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
    try:
        one_line_error(melati(home, "reindex", prefix=prefix), "tidak boleh menulis", str(home / "index"))
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert Archive.open(home).reindex().updated == 1


def test_search_on_an_index_another_version_wrote_names_the_repair(search_arc):
    import json

    from melati_archive.generations import META

    home = search_arc.home
    meta_path = current_generation(home / "index") / META
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps({**meta, "schema_version": meta["schema_version"] - 1}), encoding="utf-8")
    one_line_error(melati(home, "search", "sumur"), "versi melati lain", "melati reindex")
    assert melati(home, "reindex").returncode == 0
    assert melati(home, "search", "sumur").returncode == 0
