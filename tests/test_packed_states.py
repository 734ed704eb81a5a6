"""A full rebuild keeps every file's state as a pickle (`filestates.PackedStates`), not as Python
objects: the files table, the states cache and the infos the person and program documents are
made from are the same as from the states themselves, and the counts against the previous
index hold."""
from __future__ import annotations

import pickle

from melati_archive import filestates
from melati_archive.api import Archive
from melati_archive.filestates import FileState, PackedStates


def _states() -> list[FileState]:
    speaker = "Nurul Hidayah"  # one object in several infos, as a worker's run shares it
    states = []
    for i in range(40):
        info = {} if i % 7 == 3 else {
            "id": f"2021-03-{i:02d}-warta", "date": f"2021-03-{i % 28 + 1:02d}", "programs": ["pkh"],
            "mentions": [{"name": speaker, "aliases": ["Nurul"], "role": "Kepala Seksi"}],
            "quoted": {speaker: i % 3}, "roles": {speaker: "Kepala Seksi"}, "channel": "website",
            "row": {"title": f"Warta {i}", "published": "2021-03-01", "url": None, "tags": [], "programs": [],
                    "review": i % 5 == 0}}
        error = {"path": f"articles/2021/{i:02d}.md", "line": 2, "error": "tanggal tidak sah"} if i == 11 else None
        states.append(FileState(path=f"articles/2021/{i:02d}.md", size=1000 + i, mtime_ns=10**18 + i,
                                sha=f"{i:064x}", error=error, info=info))
    return states


def _packed(states: list[FileState]) -> PackedStates:
    packed = PackedStates()
    for state in states:
        packed.append(filestates.packed(state), state)
    return packed


def test_packed_states_give_back_the_states_and_their_table():
    states = _states()
    packed = _packed(states)
    assert len(packed) == 40 and all(type(blob) is bytes for blob in packed.blobs)
    assert list(packed) == states
    infos = packed.infos()
    assert list(infos) == [s.info for s in states if s.info] == list(infos)  # walked twice (group_people)
    assert len(list(infos)) == 34
    tables = list(packed.table_docs())
    assert tables == filestates.table_docs(filestates.buckets_of(states))
    assert sum(len(doc["data"]) for doc in tables) == 40


def test_packed_states_save_the_same_cache(tmp_path):
    states = _states()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    filestates.save_cache(tmp_path / "a", states, {})
    filestates.save_cache(tmp_path / "b", _packed(states), {})

    def table(gen):
        with open(gen / filestates.STATES_CACHE, "rb") as f:
            pickle.load(f)
            return f.read()

    assert table(tmp_path / "a") == table(tmp_path / "b")
    assert filestates.read_cache(tmp_path / "b")[1]["errors"] == {"articles/2021/11.md": states[11].error}


def test_full_rebuild_counts_an_edited_file_as_updated(search_home):
    arc = Archive.open(search_home)
    n = arc.reindex().added
    path = sorted((search_home / "archive" / "articles").rglob("*.md"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nCatatan redaksi: judul diperbaiki.\n", encoding="utf-8")
    again = arc.reindex(full=True)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 1, 0, n - 1)
