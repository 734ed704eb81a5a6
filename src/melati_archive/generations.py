"""Generations of the index under HOME/index: the CURRENT pointer, the reindex lock, opening the
live generation for a search or a reindex, and the checks that it is current and undamaged."""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .errors import IndexBusyError, IndexMissingError
from .filestates import STATES_CACHE, generation_files as _generation_files
from .schema import SCHEMA_VERSION, _analysis_version

POINTER = "CURRENT"
META = "melati-index.json"
LOCK = ".reindex.lock"
DEFAULT_LOCK_TIMEOUT = 20.0  # seconds a second reindex waits before IndexBusyError

_HELD_FDS: list[int] = []  # reindex lock descriptors this process holds (forked workers close them)


# --- Generations, pointer, lock ---------------------------------------------------------------


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_generation(index_dir: Path) -> Path | None:
    """The live generation directory named by CURRENT, or None when there is none."""
    try:
        name = (index_dir / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    if not name or "/" in name or name.startswith("."):
        return None
    gen = index_dir / name
    return gen if gen.is_dir() else None


def _write_pointer(index_dir: Path, gen: Path) -> None:
    tmp = index_dir / f".{POINTER}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(gen.name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / POINTER)
    _fsync_dir(index_dir)


def _new_generation(index_dir: Path) -> Path:
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    gen = index_dir / f"gen-{max(numbers, default=0) + 1:06d}"
    gen.mkdir()
    return gen


def _remove_other_generations(index_dir: Path, keep: Path | None) -> None:
    """Drop generations that are not live: replaced ones and leftovers of killed rebuilds."""
    for path in index_dir.glob("gen-*"):
        if keep is None or path.name != keep.name:
            shutil.rmtree(path, ignore_errors=True)
    for tmp in index_dir.glob(f".{POINTER}.*.tmp"):
        tmp.unlink(missing_ok=True)


@contextmanager
def reindex_lock(index_dir: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the reindex lock (fcntl, released by the OS if the holder dies); wait up to timeout."""
    if timeout is None:
        timeout = float(os.environ.get("MELATI_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / LOCK, os.O_CREAT | os.O_RDWR, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError(
                        f"reindex lain sedang berjalan di {index_dir} (sudah ditunggu {timeout:.0f} detik); "
                        "coba lagi setelah reindex itu selesai"
                    ) from None
                time.sleep(0.1)
        _HELD_FDS.append(fd)
        yield
    finally:
        if fd in _HELD_FDS:
            _HELD_FDS.remove(fd)
        os.close(fd)  # closing releases the flock


def _read_meta(gen: Path) -> dict[str, Any] | None:
    try:
        return json.loads((gen / META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _expected_meta() -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "analysis": _analysis_version()}


def _meta_is_current(meta: dict[str, Any]) -> bool:
    return {k: meta.get(k) for k in _expected_meta()} == _expected_meta()


def _stale(gen: Path) -> str | None:
    """Why an index written by another version of melati cannot be searched (its stored fields
    and terms are not the ones this version reads), or None. A generation without metadata is left
    to the damage checks."""
    meta = _read_meta(gen)
    if meta is None or _meta_is_current(meta):
        return None
    return (f"indeks di {gen.parent} dibuat oleh versi melati lain (skema {meta.get('schema_version')}, "
            f"analisis {meta.get('analysis')}); bangun ulang dengan `melati reindex`")


def open_index(index_dir: Path):
    """The live whoosh index for searching; IndexMissingError when there is none usable, when
    another version of melati wrote it, or when a file of its last commit is missing or cut short
    (a search would stop half-way with an EOFError or FileNotFoundError deep in whoosh)."""
    from whoosh import index as windex

    for attempt in range(3):  # a full rebuild may swap generations between our two reads
        gen = current_generation(index_dir)
        if gen is None:
            raise IndexMissingError(f"belum ada indeks di {index_dir}; jalankan `melati reindex`")
        stale = _stale(gen)
        if stale:
            raise IndexMissingError(stale)
        try:
            damage = _damage(gen)
            if damage:
                raise IndexMissingError(damage)
            return windex.open_dir(str(gen))
        except Exception as exc:  # noqa: BLE001 - whoosh raises many kinds on a damaged index
            if attempt == 2:
                reason = exc if isinstance(exc, IndexMissingError) else f"{type(exc).__name__}: {exc}"
                raise IndexMissingError(
                    f"indeks di {index_dir} rusak dan tidak bisa dibaca ({reason}); "
                    f"bangun ulang dengan `melati reindex --full`"
                ) from None
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _open_unmapped(gen: Path):
    """A generation opened for a reindex: whoosh reads its files as they are needed. With mmap,
    whoosh copies each compound segment's term and posting files into memory at open
    (`BufferFile` wraps the map in a BytesIO): 0.1 s and hundreds of MB per open at 30,000
    articles, for a reindex that reads a few terms and the files table."""
    from whoosh.filedb.filestore import FileStorage

    return FileStorage(str(gen), supports_mmap=False).open_index()


# The record _damage compares with, per states-cache file as it stands (a search opens the index
# each time; only the cache's first, small pickle is read: the table of 100,000 article files behind
# it took 45 ms to unpickle).
_RECORDED: dict[tuple, dict] = {}


def _recorded_generation(gen: Path) -> dict:
    """{file name: (size, mtime)} of the generation's last commit, as _save_states_cache wrote it."""
    from .filestates import read_head

    path = gen / STATES_CACHE
    try:
        st = path.stat()
    except OSError:
        return {}
    key = (str(path), st.st_mtime_ns, st.st_size, st.st_ino)
    if key not in _RECORDED:
        _RECORDED.clear()  # one generation at a time is all a process reads
        _RECORDED[key] = read_head(gen).get("generation") or {}
    return _RECORDED[key]


def _damage(gen: Path) -> str | None:
    """What is wrong with the files of the generation's last commit, as recorded by
    _save_states_cache; None when they are as written, or when the record is not of the current
    commit (a reindex in progress: whoosh's segment files never change once committed)."""
    recorded = _recorded_generation(gen)
    if not recorded:
        return None
    now = _generation_files(gen)
    tocs = {name for name in recorded if name.endswith(".toc")}
    # a TOC's name carries the commit number: the same name and size is the same commit (a copied
    # index has other mtimes)
    if not tocs or any(name not in now or now[name][0] != recorded[name][0] for name in tocs):
        return None
    for name, (size, _mtime) in sorted(recorded.items()):
        if name not in now:
            return f"berkas {name} hilang"
        if now[name][0] != size:
            return f"berkas {name} berukuran {now[name][0]} byte, seharusnya {size}"
    return None


def _usable_generation(index_dir: Path, messages: list[str]):
    """(gen, whoosh index) when the live generation is usable, else None with the reason noted."""
    gen = current_generation(index_dir)
    if gen is None:
        if any(index_dir.glob("gen-*")) or (index_dir / POINTER).exists():
            messages.append("penunjuk indeks hilang atau rusak: indeks dibangun ulang")
        else:
            messages.append("belum ada indeks: indeks dibangun sekarang")
        return None
    meta = _read_meta(gen)
    if meta is None:
        messages.append("metadata indeks hilang atau rusak: indeks dibangun ulang")
        return None
    if not _meta_is_current(meta):
        messages.append(
            f"skema indeks sudah usang (versi {meta.get('schema_version')}, analisis "
            f"{meta.get('analysis')}): indeks dibangun ulang"
        )
        return None
    try:
        ix = _open_unmapped(gen)
        with ix.searcher() as s:
            s.doc_count()
            list(s.documents(kind="meta"))
    except Exception as exc:  # noqa: BLE001
        messages.append(f"indeks rusak ({type(exc).__name__}: {exc}): indeks dibangun ulang")
        return None
    return gen, ix
