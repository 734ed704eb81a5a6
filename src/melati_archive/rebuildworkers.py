"""The reindex's worker processes: each file read, hashed and parsed, its documents extracted and
prepared into segment batches, in a forked pool that `_Documents` feeds and reads in order with
bounded memory; and the stems file through which a full rebuild hands the workers its analyzer."""
from __future__ import annotations

import gc
import os
from pathlib import Path
from itertools import islice
from typing import Any, Iterable, Iterator

from .articledocs import Context, article_documents
from .errors import ArchiveError, MelatiError
from .filestates import FileState, fill_sha as _fill_sha, sha as _sha
from .generations import _HELD_FDS
from .schema import build_schema


STEMS = "stems.pickle"  # (protected words, stems of the archive's words) of a full rebuild


def _save_stems(path, protected: frozenset[str], stems: dict[str, str]) -> None:
    """The stems file, compressed: 0.29 of its pickle (350 -> 102 KB on 2,000 real articles,
    a twentieth of what the index had to lose there; issue 17, the index's size)."""
    import pickle
    import zlib

    with open(path, "wb") as f:
        f.write(zlib.compress(pickle.dumps((protected, stems), protocol=pickle.HIGHEST_PROTOCOL), 6))


def _load_stems(path) -> tuple[frozenset[str], dict[str, str]]:
    import pickle
    import zlib

    with open(path, "rb") as f:
        return pickle.loads(zlib.decompress(f.read()))


def _parse_file(root: Path, state: FileState, data: bytes | None):
    """The Article of one file, or None with state.error set (path, line, error)."""
    from .articlefile import check_article_size, parse_article_text

    try:
        check_article_size(state.path, state.size)
        if data is None:
            data = (root / state.path).read_bytes()
            state.sha = _sha(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArchiveError(state.path, None, f"bukan teks UTF-8 ({exc.reason})", "simpan berkas sebagai UTF-8")
        article = parse_article_text(text, root / state.path)
        article.path = state.path
        return article
    except ArchiveError as exc:
        where = exc.path if exc.path else state.path
        state.error = {"path": state.path if not str(where).endswith(state.path) else state.path,
                       "line": exc.line, "error": exc.message + (f" ({exc.fix})" if exc.fix else "")}
    except MelatiError as exc:
        state.error = {"path": state.path, "line": None, "error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        state.error = {"path": state.path, "line": None, "error": f"{type(exc).__name__}: {exc}"}
    state.info = {}
    return None


def _article_docs(article, state: FileState, ctx: Context) -> list[dict[str, Any]]:
    """Documents of a parsed article; an extractor failure is the file's error, not a crash."""
    try:
        docs, info = article_documents(article, ctx)
    except Exception as exc:  # noqa: BLE001
        state.error = {"path": state.path, "line": None, "error": f"ekstraksi gagal: {type(exc).__name__}: {exc}"}
        state.info = {}
        return []
    state.error, state.info = None, info
    return docs


_POOL_CTX: Context | None = None
_POOL_PREPARER: tuple[Any, Any] | None = None  # (setup file, Preparer) of this worker


def _worker_preparer(setup: str):
    """The Preparer of this worker for the rebuild whose setup file (protected words and the
    stems worked out up front) is `setup`: loaded once per worker process."""
    global _POOL_PREPARER
    from .nlp import analysis
    from .segment import Preparer

    if _POOL_PREPARER is None or _POOL_PREPARER[0] != setup:
        protected, stems = _load_stems(setup)
        analysis.remember_stems(stems)
        _POOL_PREPARER = (setup, Preparer(build_schema(protected)))
    return _POOL_PREPARER[1]


UNREAD = "unread"  # in place of an Article: the worker reads and parses the file itself


def _raw_docs(item, ctx: Context):
    """(state, whoosh documents) of one parsed article (none for a file that failed to parse);
    an UNREAD article is read and parsed here, in the worker, and its state's hash is of what
    was read."""
    state, article = item
    if isinstance(article, str):
        article = _parse_file(ctx.root, state, None)
    return state, ([] if article is None else _article_docs(article, state, ctx))


def _prepared_chunk(items, ctx: Context, preparer):
    """(the states as pickles, segment.Batch) of a run of parsed articles: extraction and
    analysis, both pure, the postings grouped per term so the writer merges them a term at a
    time; each state pickled alone (`filestates.packed`), as the writer keeps it."""
    from .filestates import packed
    from .segment import Batch, stored_level

    states, batch = [], Batch(stored_level())
    for item in items:
        state, docs = _raw_docs(item, ctx)
        for doc in docs:
            deferred: list = []  # the text field pairs, analysed for the whole batch (pairterms)
            batch.add(preparer.prepare(doc, deferred), deferred)
        states.append(packed(state))
    return states, batch


def _pool_chunk(task):
    setup, items = task
    return _prepared_chunk(items, _POOL_CTX, _worker_preparer(setup))


def _table_chunk(groups, preparer):
    """The files table's documents of these (bucket, states' pickles) groups, prepared as one
    batch (`filestates.bucket_table_docs`)."""
    from .filestates import bucket_table_docs

    return _docs_batch(bucket_table_docs(groups), preparer)


def _pool_table(task):
    setup, groups = task
    return _table_chunk(groups, _worker_preparer(setup))


def _docs_batch(docs, preparer):
    """Documents made in the writing process (people, programs, aggregates, meta), prepared as
    one batch."""
    from .segment import Batch, stored_level

    batch = Batch(stored_level())
    for doc in docs:
        deferred: list = []
        batch.add(preparer.prepare(doc, deferred), deferred)
    return batch


def _pool_docs(task):
    setup, docs = task
    return _docs_batch(docs, _worker_preparer(setup))


def _pool_raw_chunk(items):
    return [_raw_docs(item, _POOL_CTX) for item in items]


def _survey_files(task):
    """A full rebuild's first pass over a run of files, in a worker: each file read, hashed and
    parsed, and what the analyzer needs from all of them (capitalised counts, words to stem,
    acronyms defined in the texts); the articles themselves are let go, and read again for
    their documents, so no process holds the whole archive."""
    from . import relevance
    from .nlp import analysis

    root, items = task
    states, bodies, titles = [], [], []
    for path, size, mtime_ns in items:
        state = FileState(path=path, size=size, mtime_ns=mtime_ns)
        article = _parse_file(root, state, _fill_sha(root, state, None))
        states.append(state)
        if article is not None:
            bodies.append(article.body)
            titles.append(article.title or "")
    words = analysis.stem_candidates(bodies + titles)
    return states, analysis.cased_counts(bodies), words, set(relevance.archive_acronyms(bodies))


def _die_with_parent(parent: int) -> None:
    """End this worker soon after the reindex that forked it dies: a SIGKILLed parent runs no
    cleanup, and its workers went on extracting for 10-30 s, holding memory and CPU.

    A watch thread, not prctl(PR_SET_PDEATHSIG): Linux sends that signal when the *thread* that
    forked the worker ends, and the pool forks replacement workers from a thread of its own that
    ends in Pool.terminate(); a worker killed then while waiting on the task queue holds the
    queue's lock forever, and terminate() waits on that lock (a hang)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    threading.Thread(target=watch, name="melati-parent-watch", daemon=True).start()


def _pool_init(fds: list[int], parent: int | None = None) -> None:
    if parent is not None:
        _die_with_parent(parent)
    # A forked worker must not keep the parent's reindex lock alive if the parent is killed.
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass
    # What the worker inherited is never garbage, and extraction leaves no reference cycles
    # (tests/test_extract.py checks), so reference counting frees all there is to free: the
    # cyclic collector would only walk the worker's caches, over and over.
    gc.freeze()
    gc.disable()




class _Documents:
    """(state, documents) per parsed article, in order: extraction (and for a full rebuild,
    analysis), the bulk of a reindex, spread over worker processes started before any whoosh
    writer exists; the writer itself stays in this process. The documents are whoosh field
    dicts (iterating), or `segment.Batch`es analysed for the rebuild's setup file (`batches`)."""

    BATCH = 32  # articles a worker hands over at once in a full rebuild: the more, the fewer merges
    SURVEY = 256  # files a worker surveys at once: fewer, larger Counters for this process to merge

    def __init__(self, ctx: Context, n: int, parsed: list | None = None):
        # forked early (before the archive is read into memory) so workers stay small
        global _POOL_CTX
        self.parsed: list = parsed or []
        self.setup = ""  # the file the workers read protected words and stems from
        self.preparer = None  # what this process prepares documents with when there are no workers
        self.ctx, self.pool, self.workers = ctx, None, []
        procs = _procs(n)
        if procs > 1:
            import multiprocessing as mp

            _POOL_CTX = ctx  # inherited by the forked workers
            before = set(mp.active_children())
            self.pool = mp.get_context("fork").Pool(procs, initializer=_pool_init, initargs=(list(_HELD_FDS), os.getpid()))
            # the pool's own processes: a pool replaces a dead worker, but not the task it held
            self.workers = [p for p in mp.active_children() if p not in before]
            _POOL_CTX = None

    def survey(self, root: Path, stats: dict[str, tuple[int, int]]):
        """(states with their hashes and failures, (capitalised counts, lowercase counts), words
        to stem, acronym pairs) of every file (path -> (size, mtime_ns)), in path order, read
        and parsed in the workers (_survey_files)."""
        from collections import Counter

        size = self.SURVEY
        items = [(path, st[0], st[1]) for path, st in sorted(stats.items())]
        out: list[FileState] = []
        capital, lower, words, pairs = Counter(), Counter(), set(), set()
        tasks = ((root, items[i:i + size]) for i in range(0, len(items), size))
        for part, (c, l), w, p in self.imap(_survey_files, tasks):
            out.extend(part)
            capital.update(c)
            lower.update(l)
            words |= w
            pairs |= p
        return out, (capital, lower), words, pairs

    def stems(self, words: set[str]) -> dict[str, str]:
        """The stem of every word, worked out once, the words shared among the workers."""
        from .nlp import analysis

        ordered = sorted(words)
        stems: dict[str, str] = {}
        for part in self.imap(analysis.stems_of, (ordered[i:i + 500] for i in range(0, len(ordered), 500))):
            stems.update(part)
        return stems

    def __iter__(self) -> Iterator[tuple[FileState, list]]:
        """(state, whoosh field dicts) per parsed article, in order."""
        if self.pool is None:
            for item in self.parsed:
                yield _raw_docs(item, self.ctx)
            return
        for results in self._in_order(_pool_raw_chunk, lambda chunk: chunk, 16):
            yield from results

    def batches(self) -> Iterator[tuple[list[bytes], Any]]:
        """(packed states, segment.Batch) per run of parsed articles, in order: the full rebuild's
        documents, analysed for the schema of the setup file."""
        if self.pool is None:
            for i in range(0, len(self.parsed), self.BATCH):
                yield _prepared_chunk(self.parsed[i:i + self.BATCH], self.ctx, self.preparer)
            return
        yield from self._in_order(_pool_chunk, lambda chunk: (self.setup, chunk), self.BATCH)

    TABLE_TASKS = 8  # the files table's buckets are prepared in this many runs

    def table_batches(self, states) -> Iterator[Any]:
        """The files table's documents (`filestates.PackedStates.table_docs`), prepared, as batches
        in order. With workers, every run is handed to them at once: they prepare the table while
        this process makes the person and program documents, the rebuild's serial end."""
        groups = states.bucket_groups()
        size = max(1, -(-len(groups) // self.TABLE_TASKS))
        runs = [groups[i:i + size] for i in range(0, len(groups), size)]
        if self.pool is None:
            return (_table_chunk(run, self.preparer) for run in runs)
        pending = [self.pool.apply_async(_pool_table, ((self.setup, run),)) for run in runs]
        return map(self._result, pending)

    def prepared(self, docs: Iterable[dict[str, Any]], size: int = 256) -> Iterator[Any]:
        """Batches of `size` documents made in this process (the person and program documents,
        thousands on real text), in order, prepared in the workers when there are any."""
        runs = iter(lambda it=iter(docs): list(islice(it, size)), [])
        if self.pool is None:
            return (_docs_batch(run, self.preparer) for run in runs)
        return self._bounded(_pool_docs, ((self.setup, run) for run in runs))

    def _in_order(self, task, args, size: int):
        """`task` over runs of `size` parsed articles, results in order. The workers never run
        more than a few runs ahead of this process, so finished documents do not pile up in
        memory when the writer is the slower side."""
        parsed, self.parsed = self.parsed, []

        def runs():
            for i in range(0, len(parsed), size):
                chunk = parsed[i:i + size]
                parsed[i:i + size] = [None] * len(chunk)  # the worker's copy is the one that lives on
                yield args(chunk)

        return self._bounded(task, runs(), ahead=8)

    def imap(self, func, tasks):
        """`map`, spread over the workers when there are any: results in order, and only a few
        tasks made ahead of them (Pool.imap would make every task at once, and hold them all)."""
        if self.pool is None:
            return map(func, tasks)
        return self._bounded(func, tasks)

    def _bounded(self, func, tasks, ahead: int = 6):
        from collections import deque

        pending: deque = deque()
        for task in tasks:
            pending.append(self.pool.apply_async(func, (task,)))
            if len(pending) >= ahead:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())

    def _result(self, pending):
        """The task's result; MelatiError when a worker died (killed, out of memory), where
        waiting would never end: the pool starts another worker, but the task is lost."""
        import multiprocessing as mp

        while True:
            try:
                return pending.get(timeout=1.0)
            except mp.TimeoutError:
                dead = [w for w in self.workers if not w.is_alive()]
                if dead:
                    raise MelatiError(f"proses pekerja reindex berhenti (kode keluar {dead[0].exitcode}), "
                                      "mungkin dihentikan atau kehabisan memori; indeks sebelumnya tetap "
                                      "dipakai, jalankan `melati reindex` lagi") from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def _procs(n: int) -> int:
    forced = os.environ.get("MELATI_INDEX_PROCS")
    if forced:
        return max(1, int(forced))
    return min(os.cpu_count() or 1, 4) if n >= 200 else 1
