"""Reindex under stress, as real processes: SIGKILL at any moment leaves the previous index
searchable and the next reindex completes; two reindexes at once wait or give up cleanly."""
from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import bench_synth

from melati_archive.api import Archive
from melati_archive.index import LOCK, current_generation

REPO = Path(__file__).resolve().parent.parent
N = 240
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A synthetic home with N articles, indexed once (copied per test)."""
    home = tmp_path_factory.mktemp("synth") / "home"
    bench_synth().generate(home, N, seed=3)
    Archive.open(home).reindex()
    return home


@pytest.fixture
def home(built, tmp_path) -> Path:
    import shutil

    target = tmp_path / "home"
    shutil.copytree(built, target, symlinks=True)
    return target


def melati(home: Path, *args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "melati_archive", "--home", str(home), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src"), **(env or {})},
    )


def mark_articles(home: Path, count: int, word: str) -> None:
    """Append a unique word to the first `count` articles."""
    for path in sorted((home / "archive" / "articles").rglob("*.md"))[:count]:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"\nCatatan {word} tambahan.\n")


def search_total(home: Path, word: str) -> int:
    return Archive.open(home).search(word, limit=1).total


def lock_is_held(home: Path) -> bool:
    fd = os.open(home / "index" / LOCK, os.O_CREAT | os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def wait_until(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


@pytest.mark.parametrize("delay", [0.0, 0.4, 1.2, 2.5])
def test_sigkill_during_full_rebuild_keeps_previous_index(home, delay):
    baseline = search_total(home, "Sintetis")
    assert baseline == N
    mark_articles(home, 30, "zamrudkilat")
    proc = melati(home, "reindex", "--full")
    wait_until(lambda: lock_is_held(home) or proc.poll() is not None)
    time.sleep(delay)
    finished = proc.poll() is not None
    kill(proc)
    # whatever the moment, the index answers, and never with half of the batch
    assert search_total(home, "Sintetis") == N
    assert search_total(home, "zamrudkilat") in (0, 30) if not finished else 30
    done = melati(home, "reindex", "--json")
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert search_total(home, "zamrudkilat") == 30
    assert len(list((home / "index").glob("gen-*"))) == 1  # leftovers of the killed run removed
    assert json.loads(out)["failed"] == []


@pytest.mark.parametrize("delay", [0.3, 1.0])
def test_sigkill_during_incremental_reindex(home, delay):
    mark_articles(home, N, "safirsenja")  # every file changed: a long incremental run
    gen = current_generation(home / "index")
    proc = melati(home, "reindex")
    wait_until(lambda: lock_is_held(home) or proc.poll() is not None)
    time.sleep(delay)
    kill(proc)
    assert search_total(home, "Sintetis") == N
    assert search_total(home, "safirsenja") in (0, N)  # one commit: all or nothing
    done = melati(home, "reindex", "--json")
    out, err = done.communicate(timeout=120)
    assert done.returncode == 0, err
    assert search_total(home, "safirsenja") == N
    assert current_generation(home / "index") == gen  # incremental work stays in the live generation


def test_second_reindex_waits_then_gives_up_with_message(home):
    first = melati(home, "reindex", "--full")
    wait_until(lambda: lock_is_held(home) or first.poll() is not None)
    assert first.poll() is None, "the first reindex finished before the test could race it"
    impatient = melati(home, "reindex", env={"MELATI_LOCK_TIMEOUT": "0.3"})
    _, err = impatient.communicate(timeout=60)
    assert impatient.returncode == 1
    assert "reindex lain sedang berjalan" in err and "Traceback" not in err
    patient = melati(home, "reindex", "--json", "--wait", "120")
    out, err = patient.communicate(timeout=180)
    first_out, first_err = first.communicate(timeout=180)
    assert first.returncode == 0, first_err
    assert patient.returncode == 0, err
    assert json.loads(out)["unchanged"] == N  # it ran after the first one, on a complete index
    assert search_total(home, "Sintetis") == N


def test_full_rebuild_failing_in_commit_reports_the_cause_and_keeps_previous_index(home, monkeypatch):
    # N articles take the worker pool; the commit breaks while the workers encode postings
    from melati_archive import segment

    before = current_generation(home / "index")
    mark_articles(home, 3, "zebrakuda")
    monkeypatch.setattr(segment, "encode_terms", _disk_full)
    with pytest.raises(OSError, match="No space left"):
        Archive.open(home).reindex(full=True)
    assert current_generation(home / "index") == before
    assert sorted(p.name for p in (home / "index").iterdir() if p.is_dir()) == [before.name]
    assert search_total(home, "pelatihan") > 0 and search_total(home, "zebrakuda") == 0
    monkeypatch.undo()
    assert not lock_is_held(home)
    Archive.open(home).reindex()  # the next reindex completes
    assert search_total(home, "zebrakuda") == 3


def _disk_full(task):
    raise OSError(28, "No space left on device")


def _rebuild_with_a_killed_worker(home) -> str:
    """A full reindex in a thread of its own (a hang fails the test instead of CI); the message it ends with."""
    import threading

    from melati_archive.errors import MelatiError

    outcome = []

    def rebuild():
        try:
            Archive.open(home).reindex(full=True)
        except MelatiError as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=rebuild, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the reindex hangs after its worker was killed"
    assert outcome, "the reindex went on after its worker was killed"
    return outcome[0]


def test_a_worker_killed_mid_rebuild_ends_the_reindex_with_a_message(home, monkeypatch):
    # a pool replaces a dead worker but never reruns its task: without a check the reindex
    # would wait forever, holding the lock
    from melati_archive import rebuildworkers

    before = current_generation(home / "index")
    monkeypatch.setattr(rebuildworkers, "_pool_chunk", _killed_worker)
    message = _rebuild_with_a_killed_worker(home)
    assert "proses pekerja reindex berhenti (kode keluar -9)" in message
    assert "indeks sebelumnya tetap dipakai" in message
    assert current_generation(home / "index") == before and search_total(home, "pelatihan") > 0
    assert not lock_is_held(home)
    monkeypatch.undo()
    Archive.open(home).reindex(full=True)
    assert current_generation(home / "index") != before


def test_a_worker_killed_while_preparing_the_files_table_ends_the_reindex_with_a_message(home, monkeypatch):
    # the files table's documents are prepared in the workers after the articles' (while this
    # process makes the person documents): a worker dying there loses nothing either
    from melati_archive import rebuildworkers

    before = current_generation(home / "index")
    mark_articles(home, 2, "zebrakuda")
    monkeypatch.setattr(rebuildworkers, "_pool_table", _killed_worker)
    assert "proses pekerja reindex berhenti" in _rebuild_with_a_killed_worker(home)
    assert current_generation(home / "index") == before
    assert sorted(p.name for p in (home / "index").iterdir() if p.is_dir()) == [before.name]
    assert search_total(home, "pelatihan") > 0 and search_total(home, "zebrakuda") == 0
    assert not lock_is_held(home)
    monkeypatch.undo()
    Archive.open(home).reindex(full=True)
    assert search_total(home, "zebrakuda") == 2


def _killed_worker(task):
    os.kill(os.getpid(), signal.SIGKILL)
