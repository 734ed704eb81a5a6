"""What a reindex knows of the archive's files: their states, the lean scan, and the states cache.

A no-op reindex (nothing edited since the last commit) must answer without opening whoosh or
importing the archive's parsers: at 100,000 articles it is one `lstat` per file (half of them
in a forked child, so both cores stat) and two comparisons of bytes: the files' paths as one
string and their sizes and mtimes as one array, against the fingerprint the last commit
recorded (docs/search.md, "Where the time goes at scale"). No table by path is built or
unpickled for it (that was 0.15 s of its 0.45 s of CPU at 100,000 files).

The states cache (GEN/files.cache) is two pickles one after the other: first the small record
of the commit (the generation's own files with sizes and mtimes, and the registries' states),
which every search reads to check for damage, then the fingerprint of the article files and
their failures, which a no-op reindex compares as it is and an incremental one reads back into
a table by path (`read_cache`). The fingerprint is smaller than that table as a pickle (at
100,000 files 6.2 MB against 7.7 MB).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import limits

STATES_CACHE = "files.cache"
CONFIG_FILES = ("melati.yaml", "people.yaml", "programs.yaml")


@dataclass
class FileState:
    path: str  # archive-relative, posix
    size: int
    mtime_ns: int
    sha: str = ""
    error: dict[str, Any] | None = None
    info: dict[str, Any] = field(default_factory=dict)  # what people/program docs aggregate


class Scan:
    """Every article file's (size, mtime_ns) by archive-relative path, and the symbolic links
    under articles/ (never followed). The files are held as the stat pass made them: the
    folders in the canonical order (`_canonical`) and one array of sizes and mtimes, which is
    all a no-op reindex compares (`fingerprint`); the table by path is made when asked for."""

    def __init__(self, folders: "list[Folder]", values: array, links: list[str]):
        self.folders, self.values, self.links = folders, values, links
        self._stats: dict[str, tuple[int, int]] | None = None

    @property
    def stats(self) -> dict[str, tuple[int, int]]:
        """(size, mtime_ns) by path, in the canonical order; a file gone before its stat left out."""
        if self._stats is None:
            keys = [prefix + name for prefix, _, names in self.folders for name in names]
            pairs = iter(self.values.tolist())
            found = zip(keys, zip(pairs, pairs))
            if not self.complete:  # a size of -1: the file went away between the listing and its stat
                found = ((key, pair) for key, pair in found if pair[0] >= 0)
            self._stats = dict(found)
        return self._stats

    @property
    def complete(self) -> bool:
        """Whether every listed file was statted (none went away before its stat)."""
        return -1 not in self.values[0::2]

    def __len__(self) -> int:
        return len(self.values) // 2 if self.complete else len(self.stats)

    def fingerprint(self) -> tuple[str, bytes]:
        """What the states cache records of the files (`fingerprint_of`), from the scan itself."""
        return _fingerprint(self.folders, self.values)

    def states(self) -> dict[str, FileState]:
        """FileStates in path order (the order every reindex reads and aggregates in)."""
        return {path: FileState(path=path, size=size, mtime_ns=mtime)
                for path, (size, mtime) in sorted(self.stats.items())}


def scan(root: Path | str) -> Scan:
    """archive.scan_articles' files (articles/**/*.md, hidden names left out, symbolic links
    listed, not followed): the same set, a third cheaper at 100,000 files
    (tests/test_filestates.py compares the two). The folders are listed first, then every file
    statted, half of them in a forked process when there are many (_values)."""
    folders, links = _listing(root)
    folders = _canonical(folders)
    return Scan(folders, _values(folders), sorted(links))


def _canonical(folders: "list[Folder]") -> "list[Folder]":
    """The folders by prefix, each one's names sorted: an order that depends only on the set of
    paths (not on the order the file system lists them in), so a scan and a recorded table
    can be compared as two strings and two arrays."""
    return sorted((prefix, folder, sorted(names)) for prefix, folder, names in folders)


def _fingerprint(folders: "list[Folder]", values: array) -> tuple[str, bytes]:
    """(the paths, NUL-separated: each folder's prefix, ending in "/", then its names; the sizes
    and mtimes as int64 pairs in the same order). NUL is in no file name and "/" in no name,
    so different sets of paths never give the same string."""
    names = "\0".join(prefix + "\0" + "\0".join(names) for prefix, _, names in folders)
    return names, values.tobytes()


def _table_of(names: str, raw: bytes) -> dict[str, tuple[int, int]]:
    """The (size, mtime_ns) by path a fingerprint records (`_fingerprint` read back)."""
    if not names:
        return {}
    keys: list[str] = []
    prefix = ""
    for token in names.split("\0"):
        if token.endswith("/"):
            prefix = token  # a folder's prefix: the names after it are its files
        else:
            keys.append(prefix + token)
    values = array("q")
    values.frombytes(raw)
    if len(values) != 2 * len(keys):
        raise ValueError("fingerprint: paths and values differ in number")
    pairs = iter(values.tolist())
    return dict(zip(keys, zip(pairs, pairs)))


def fingerprint_of(stats: dict[str, tuple[int, int]]) -> tuple[str, bytes]:
    """The fingerprint a scan finding exactly `stats` would give (`Scan.fingerprint`)."""
    grouped: dict[str, list[str]] = {}
    for path in stats:
        cut = path.rfind("/") + 1
        grouped.setdefault(path[:cut], []).append(path[cut:])
    folders = [(prefix, "", sorted(grouped[prefix])) for prefix in sorted(grouped)]
    values = array("q")
    for prefix, _, names in folders:
        for name in names:
            values.extend(stats[prefix + name])
    return _fingerprint(folders, values)


Folder = tuple[str, str, list[str]]  # (archive-relative prefix, folder path, article file names)


def _listing(root: Path | str) -> tuple[list[Folder], list[str]]:
    """Every folder under articles/ with the names of its article files, and the symbolic links
    there: the directory entries' types only, no file statted yet."""
    folders: list[Folder] = []
    links: list[str] = []
    stack = [("articles", os.path.join(str(root), "articles"))]
    while stack:
        rel, folder = stack.pop()
        try:
            handle = _open_folder(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        prefix = rel + "/"
        names: list[str] = []
        try:
            with os.scandir(handle) as it:
                for entry in it:  # the common case (an article file) first
                    name = entry.name
                    if name.startswith("."):
                        continue
                    if name.endswith(".md") and entry.is_file(follow_symlinks=False):
                        names.append(name)
                    elif entry.is_symlink():
                        links.append(prefix + name)
                    elif entry.is_dir(follow_symlinks=False):
                        stack.append((prefix + name, os.path.join(folder, name)))
        finally:
            if isinstance(handle, int):
                os.close(handle)
        if names:
            folders.append((prefix, folder, names))
    return folders, links


# Below this many files a second process costs more than it saves (a fork, a pipe); above it,
# the stat calls are most of a no-op reindex (0.45 s of one core at 100,000 files).
PARALLEL_FILES = 20_000


def _values(folders: list[Folder]) -> array:
    """(size, mtime_ns) of every file in `folders`, in order, as int64 pairs ((-1, -1) for a
    file gone before its stat). At PARALLEL_FILES files and over, a forked child stats the
    later part while this process stats the first; a child that cannot start or fails leaves
    its part to this process, so the answer never depends on it."""
    total = sum(len(names) for _, _, names in folders)
    if total < PARALLEL_FILES or not _may_fork():
        return _values_of(folders)
    # the listing comes before the fork and the table after the child ends, so halves finish
    # together (a quarter here left this process waiting: 0.27 s against 0.21 at 100,000 files)
    first, second = _split(folders, total // 2)
    child = _start_child(second)
    try:
        values = _values_of(first)
    except BaseException:
        _end_child(child)
        raise
    rest = _child_values(child, sum(len(names) for _, _, names in second))
    values.extend(_values_of(second) if rest is None else rest)
    return values


def _values_of(folders: list[Folder]) -> array:
    values = array("q")
    add = values.append
    for _, folder, names in folders:
        for _, st in _stat_each(folder, names):
            if st is None:
                add(-1)
                add(-1)
            else:
                add(st.st_size)
                add(st.st_mtime_ns)
    return values


def _stat_each(folder: str, names: list[str]) -> Iterator[tuple[str, os.stat_result | None]]:
    """(name, lstat or None when it is gone) of each name in `folder`, relative to an open
    descriptor of the folder where the platform has one (see _open_folder)."""
    try:
        handle = _open_folder(folder)
    except (FileNotFoundError, NotADirectoryError):
        for name in names:
            yield name, None
        return
    try:
        if isinstance(handle, int):
            for name in names:
                try:
                    yield name, os.stat(name, dir_fd=handle, follow_symlinks=False)
                except FileNotFoundError:
                    yield name, None
        else:
            for name in names:
                try:
                    yield name, os.stat(os.path.join(folder, name), follow_symlinks=False)
                except FileNotFoundError:
                    yield name, None
    finally:
        if isinstance(handle, int):
            os.close(handle)


def _split(folders: list[Folder], cut: int) -> tuple[list[Folder], list[Folder]]:
    """The folders split so that the first part holds `cut` files (one folder may be split)."""
    first: list[Folder] = []
    second: list[Folder] = []
    seen = 0
    for prefix, folder, names in folders:
        if seen >= cut:
            second.append((prefix, folder, names))
        elif seen + len(names) <= cut:
            first.append((prefix, folder, names))
        else:
            k = cut - seen
            first.append((prefix, folder, names[:k]))
            second.append((prefix, folder, names[k:]))
        seen += len(names)
    return first, second


def _may_fork() -> bool:
    """A fork is safe here only when this process runs one thread (the CLI): a thread holding a
    lock at the fork would leave the child that lock held forever (the search page's server)."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def _start_child(folders: list[Folder]) -> tuple[int, int] | None:
    """(pid, read end of its pipe) of a forked child that stats `folders` and writes sizes and
    mtimes as int64 pairs (-1 for a file gone); None when no child could start."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: only os calls, then _exit, so no cleanup of the parent's runs twice
        code = 1
        try:
            os.close(read)
            view = memoryview(_values_of(folders).tobytes())
            while view:
                view = view[os.write(write, view):]
            code = 0
        except BaseException:  # noqa: BLE001 - any failure: the parent stats this part itself
            pass
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _child_values(child: tuple[int, int] | None, files: int) -> array | None:
    """The child's sizes and mtimes, or None when it failed or wrote short."""
    if child is None:
        return None
    pid, read = child
    chunks = []
    try:
        while True:
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        ok = _end_child(child)
    data = b"".join(chunks)
    values = array("q")
    if not ok or len(data) != 2 * files * values.itemsize:
        return None
    values.frombytes(data)
    return values


def _end_child(child: tuple[int, int] | None) -> bool:
    """Close the child's pipe and reap it; whether it exited cleanly."""
    if child is None:
        return False
    pid, read = child
    try:
        os.close(read)
    except OSError:
        pass
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


_FOLDER_FD = os.scandir in os.supports_fd and hasattr(os, "O_DIRECTORY")


def _open_folder(folder: str) -> int | str:
    """What os.scandir lists `folder` through: an open descriptor where the platform has one,
    so each entry's stat is an fstatat relative to it rather than a walk of the whole path
    (8% less CPU at 100,000 files), else the path itself (Windows)."""
    if not _FOLDER_FD:
        if not os.path.isdir(folder):
            raise NotADirectoryError(folder)
        return folder
    return os.open(folder, os.O_RDONLY | os.O_DIRECTORY)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stat_state(root: Path, path: Path) -> FileState:
    st = path.stat()
    return FileState(path=path.relative_to(root).as_posix(), size=st.st_size, mtime_ns=st.st_mtime_ns)


def config_states(root: Path) -> dict[str, FileState]:
    """States of the registries (melati.yaml, people.yaml, programs.yaml) that exist."""
    states = {}
    for name in CONFIG_FILES:
        p = root / name
        if p.is_file():
            states[name] = stat_state(root, p)
    return states


def fill_sha(root: Path, state: FileState, old: FileState | None) -> bytes | None:
    """Set state.sha, reading the file only when size or mtime differ; return bytes if read."""
    if old is not None and old.size == state.size and old.mtime_ns == state.mtime_ns:
        state.sha = old.sha
        return None
    if state.size > limits.MAX_ARTICLE_BYTES and state.path.startswith("articles/"):
        state.sha = f"size:{state.size}:{state.mtime_ns}"  # refused unread by the parser
        return b""
    data = (root / state.path).read_bytes()
    state.sha = sha(data)
    return data


def generation_files(gen: Path) -> dict[str, tuple[int, int]]:
    """{name: (size, mtime_ns)} of a generation's own files (the commit's segments and TOC)."""
    out = {}
    for e in os.scandir(gen):
        name = e.name
        if e.is_file() and name != STATES_CACHE and not name.startswith(".") and not name.endswith("WRITELOCK"):
            st = e.stat()
            out[name] = (st.st_size, st.st_mtime_ns)
    return out


def save_cache(gen: Path, states: Iterable[FileState], configs: dict[str, FileState]) -> None:
    """Record this commit: the generation's files as it left them, the registries' states, and
    every article file's size and mtime (with its failure, if it failed). `states` is walked
    once (a rebuild's `PackedStates` unpacks each state as it goes)."""
    stats: dict[str, tuple[int, int]] = {}
    errors: dict[str, Any] = {}
    for s in states:
        stats[s.path] = (s.size, s.mtime_ns)
        if s.error:
            errors[s.path] = s.error
    save_table(gen, stats, errors, configs)


def save_table(gen: Path, stats: dict[str, tuple[int, int]], errors: dict[str, Any],
               configs: dict[str, FileState], scan: Scan | None = None) -> None:
    """save_cache from the article files' (size, mtime_ns) and failures by path; `scan`, when
    it found exactly `stats`, gives the fingerprint without working it out again."""
    head = {"generation": generation_files(gen),
            "config": {n: (s.size, s.mtime_ns) for n, s in configs.items()}}
    names, values = scan.fingerprint() if scan is not None and scan.complete else fingerprint_of(stats)
    tmp = gen / f".{STATES_CACHE}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(head, f, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump({FINGERPRINT: (names, values), "errors": errors}, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, gen / STATES_CACHE)


FINGERPRINT = "fingerprint"  # the second record's key: (paths, sizes and mtimes) as Scan.fingerprint


def read_head(gen: Path) -> dict[str, Any]:
    """The commit record of the states cache (the first pickle only); {} when there is none."""
    try:
        with open(gen / STATES_CACHE, "rb") as f:
            head = pickle.load(f)
    except Exception:  # noqa: BLE001 - no record, or a damaged one
        return {}
    return head if isinstance(head, dict) else {}


def read_fingerprint(gen: Path) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(commit record, {FINGERPRINT: (paths, sizes and mtimes), "errors": failures by path}) of
    the states cache, the big table left unread: all a no-op reindex needs. None when it is
    missing, damaged or of an older layout (no fingerprint)."""
    try:
        with open(gen / STATES_CACHE, "rb") as f:
            head = pickle.load(f)
            record = pickle.load(f)
    except Exception:  # noqa: BLE001 - no cache or a damaged one: the caller takes the long way
        return None
    if not isinstance(head, dict) or not isinstance(record, dict) or FINGERPRINT not in record:
        return None
    return head, record


def read_cache(gen: Path) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(commit record, article table: {"stats": (size, mtime_ns) by path, "errors": failures by
    path}) of the states cache, the table made from the fingerprint (a cache written before the
    fingerprint holds the table itself); None when it is missing or damaged."""
    try:
        with open(gen / STATES_CACHE, "rb") as f:
            head = pickle.load(f)
            table = pickle.load(f)
        if isinstance(table, dict) and FINGERPRINT in table:
            table = {"stats": _table_of(*table[FINGERPRINT]), "errors": table.get("errors") or {}}
    except Exception:  # noqa: BLE001 - no cache or a damaged one: the caller takes the long way
        return None
    if not isinstance(head, dict) or not isinstance(table, dict) or "stats" not in table:
        return None
    return head, table


# --- The files table in the index ---------------------------------------------------------------
# What the index knows of each archive file (size, mtime, hash, failure, and the info its people
# and program documents aggregate) lives in the index itself, so one whoosh commit updates it with
# the documents it describes. It is cut into BUCKETS stored documents by a hash of the path: an
# edit rereads and rewrites the bucket of the file it touched, not a table of every file (one
# table document cost 1.2 s to read and 1.7 s to write back at 100,000 articles).

BUCKETS = 256
TABLE_KIND = "files"


def bucket_of(path: str) -> int:
    return zlib.crc32(path.encode("utf-8")) % BUCKETS


def bucket_uid(bucket: int) -> str:
    return f"{TABLE_KIND}:{bucket:03d}"


Row = tuple  # (size, mtime_ns, sha, error, info)


def row_of(state: FileState) -> Row:
    return state.size, state.mtime_ns, state.sha, state.error, state.info


def state_of(path: str, row: Row) -> FileState:
    size, mtime_ns, sha_, error, info = row
    return FileState(path=path, size=size, mtime_ns=mtime_ns, sha=sha_, error=error, info=info or {})


def table_docs(rows: dict[int, dict[str, Row]]) -> list[dict[str, Any]]:
    """The stored documents of these buckets (bucket -> {path: row})."""
    return [{"uid": bucket_uid(b), "kind": TABLE_KIND, "data": dict(sorted(paths.items()))}
            for b, paths in sorted(rows.items())]


def buckets_of(states: Iterable[FileState]) -> dict[int, dict[str, Row]]:
    rows: dict[int, dict[str, Row]] = {}
    for s in states:
        rows.setdefault(bucket_of(s.path), {})[s.path] = row_of(s)
    return rows


def stored_buckets(searcher, buckets: Iterable[int] | None = None) -> dict[int, dict[str, Row]]:
    """bucket -> {path: row} as the index holds them: every bucket (None), or these."""
    out: dict[int, dict[str, Row]] = {}
    if buckets is None:
        for doc in searcher.documents(kind=TABLE_KIND):
            out[int(doc["uid"].split(":")[1])] = doc["data"]
        return out
    for b in buckets:
        for doc in searcher.documents(uid=bucket_uid(b)):
            out[b] = doc["data"]
    return out


def stored_hashes(searcher) -> dict[str, str]:
    """path -> content hash of every archive file the index knows, one bucket unpickled at a
    time (a full rebuild needs no more of the old table than this)."""
    return {path: row[2] for doc in searcher.documents(kind=TABLE_KIND) for path, row in doc["data"].items()}


def packed(state: FileState) -> bytes:
    """One file's state as a pickle: how a full rebuild's workers hand it back (`PackedStates`)."""
    return pickle.dumps((state.path, state.size, state.mtime_ns, state.sha, state.error, state.info),
                        pickle.HIGHEST_PROTOCOL)


def unpacked(blob: bytes) -> FileState:
    return FileState(*pickle.loads(blob))


class PackedStates:
    """Every file a full rebuild read, in order, each state kept as its pickle (`packed`) and
    unpacked again for each walk. The writing process holds every file's state until the
    commit (the person and program documents and the files table are made from all of them):
    as Python objects an info is about 70 of them, 4.5 KB a synthetic article (450 MB at
    100,000, the largest part of the process), as a pickle 0.8 KB."""

    def __init__(self):
        self.blobs: list[bytes] = []
        self.buckets = array("H")  # each state's bucket of the files table

    def append(self, blob: bytes, state: FileState) -> None:
        """Keep `blob`, the pickle of `state` (the unpacked copy is the caller's to drop)."""
        self.blobs.append(blob)
        self.buckets.append(bucket_of(state.path))

    def __len__(self) -> int:
        return len(self.blobs)

    def __iter__(self) -> Iterator[FileState]:
        return map(unpacked, self.blobs)

    def infos(self) -> "Infos":
        return Infos(self)

    def table_docs(self) -> Iterator[dict[str, Any]]:
        """`table_docs(buckets_of(states))`, a bucket unpacked at a time."""
        return bucket_table_docs(self.bucket_groups())

    def bucket_groups(self) -> list[tuple[int, list[bytes]]]:
        """(bucket, its states' pickles in order) per bucket of the files table, in bucket order."""
        members: dict[int, list[bytes]] = {}
        for blob, b in zip(self.blobs, self.buckets):
            members.setdefault(b, []).append(blob)
        return sorted(members.items())


def bucket_table_docs(groups: Iterable[tuple[int, list[bytes]]]) -> Iterator[dict[str, Any]]:
    """The files table's documents of these (bucket, states' pickles) groups, a bucket unpacked
    at a time (`PackedStates.bucket_groups`)."""
    for _, blobs in groups:
        yield from table_docs(buckets_of(map(unpacked, blobs)))


class Infos:
    """The non-empty infos of `PackedStates`, in order, unpacked anew by each walk."""

    def __init__(self, states: PackedStates):
        self.states = states

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (s.info for s in self.states if s.info)


def stored_states(searcher) -> dict[str, FileState]:
    """Every archive file the index knows, in path order."""
    rows = {path: row for paths in stored_buckets(searcher).values() for path, row in paths.items()}
    return {path: state_of(path, rows[path]) for path in sorted(rows)}
