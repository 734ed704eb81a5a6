"""What a reindex reports and leaves behind: --full counts against the previous index, and no worker
process outlives a reindex killed with SIGKILL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from melati_archive.api import Archive

REPO = Path(__file__).resolve().parent.parent


def test_full_rebuild_of_an_unchanged_archive_counts_everything_unchanged(search_home):
    arc = Archive.open(search_home)
    first = arc.reindex()
    n = first.added
    assert n > 0 and first.removed == 0
    again = arc.reindex(full=True)
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, n)


def test_full_rebuild_counts_a_removed_file(search_home):
    arc = Archive.open(search_home)
    n = arc.reindex().added
    next(iter(sorted((search_home / "archive" / "articles").rglob("*.md")))).unlink()
    again = arc.reindex(full=True)
    assert (again.added, again.removed, again.unchanged) == (0, 1, n - 1)


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next(line for line in status.splitlines() if line.startswith("State:"))
    return "Z" not in state.split()[1]  # a zombie has stopped; reaping it is init's business


# A reindex's worker pool given a long task (as encoding a large commit's postings is), its pids
# printed; then the parent waits to be killed.
_PARENT = """
import sys, time
from melati_archive import index
docs = index._Documents(None, 1000)
for _ in docs.workers:
    docs.pool.apply_async(time.sleep, (60,))
print(" ".join(str(w.pid) for w in docs.workers), flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_busy_workers_die_with_a_sigkilled_reindex():
    proc = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO / "src"), "MELATI_INDEX_PROCS": "2"})
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    try:
        assert len(workers) == 2
        time.sleep(0.3)  # the tasks are running
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 3
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [w for w in workers if _alive(w)]
    finally:
        if proc.poll() is None:
            proc.kill()
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left, f"workers {left} outlived the killed reindex"
