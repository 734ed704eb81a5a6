"""A full rebuild reads the archive in its worker processes (a first pass for the analyzer's
protected words, stems and acronyms, then again for the documents), never all of it in the
process that writes: the index and the knowledge file are the ones one process builds alone."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import bench_synth

from melati_archive.api import Archive
from melati_archive.index import _Documents, current_generation, open_index

pytestmark = pytest.mark.slow


def _key(doc: dict) -> str:
    """A stored document's key: its uid, or a quote's article and number (quoterecords)."""
    return doc.get("uid") or f"quote:{doc['article_id']}:{doc['data']}"


def _built(home: Path, procs: str, monkeypatch) -> tuple[dict, dict]:
    monkeypatch.setenv("MELATI_INDEX_PROCS", procs)
    result = Archive.open(home).reindex(full=True)
    assert result.failed == [] or all(f["path"].startswith("articles/") for f in result.failed)
    gen = current_generation(home / "index")
    with open_index(home / "index").searcher() as s:
        stored = {_key(d): d for d in s.all_stored_fields() if d["kind"] not in ("meta",)}
    knowledge = json.loads((gen / "melati-relevance.json").read_text(encoding="utf-8"))
    return stored, knowledge


def test_rebuild_in_workers_equals_one_process(tmp_path, monkeypatch):
    one = tmp_path / "one"
    bench_synth().generate(one, 240, seed=5)
    # a file that fails to parse is reported from the second pass too, in its place
    bad = sorted((one / "archive" / "articles").rglob("*.md"))[17]
    bad.write_text("---\ntitle: [tidak ditutup\n---\nIsi.\n", encoding="utf-8")
    two = tmp_path / "two"
    shutil.copytree(one / "archive", two / "archive")
    alone = _built(one, "1", monkeypatch)
    # several survey runs per worker, so their counts, words and acronyms are merged
    monkeypatch.setattr(_Documents, "SURVEY", 40)
    workers = _built(two, "2", monkeypatch)
    assert workers[1] == alone[1] and alone[1]["protected"] and alone[1]["acronyms"]
    assert workers[0].keys() == alone[0].keys()
    assert workers[0] == alone[0]
    assert sum(1 for d in alone[0].values() if d["kind"] == "article") == 239
