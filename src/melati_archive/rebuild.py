"""The full rebuild of one index generation, spread over worker processes that each write
their own whoosh segments.

Each worker owns an interleaved share of the archive files and does all of their work: it reads
and parses them, reports what the schema depends on (capitalised words, acronyms, vocabulary),
stems its part of the archive's vocabulary for everyone, then extracts and indexes its files
into segments of the new generation. The parent only adds the people, program and meta
documents and commits one table of contents naming every segment, so the work is split evenly
and nothing but small messages crosses between processes.

A worker writes out a segment after SEGMENT_CHARS of text: whoosh keeps a segment's postings in
memory until then (spilling them to pickled runs on disk would double the cost), so memory stays
bounded at any archive size. Workers are forked before the archive is read, die with the
parent (SIGKILL included), and leave nothing behind but files in the unpublished generation.
"""
from __future__ import annotations

import multiprocessing.connection
import os
import signal
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from . import index as idx
from .errors import IndexBuildError

# Text a worker indexes before writing a segment out: about 150 MB of postings in memory.
SEGMENT_CHARS = 4_000_000
POOL_MB = 4096  # the pool's own spill limit, never reached: SEGMENT_CHARS comes first
REPORT_EVERY = 8  # files per progress message from a worker
MERGE_BELOW = 2_000  # new segments holding fewer documents than this are merged into one (merging costs about as much as indexing)

Report = Callable[[list[tuple[str, dict, Any]]], None]


class _Shard:
    """The archive files one process indexes: read and parsed once, learned from, indexed."""

    def __init__(self, root: Path, states: list, ctx: idx.Context):
        self.root, self.states, self.ctx = root, states, ctx
        self.articles: list[tuple[Any, Any]] = []

    def learn(self) -> dict[str, Any]:
        """Read and parse every file; return what the schema and the knowledge file need."""
        from . import relevance
        from .nlp import analysis

        bodies, titles = [], []
        for state in self.states:
            article = idx._parse_file(self.root, state, None)  # sets sha, or error
            self.articles.append((state, article))
            if article is not None:
                bodies.append(article.body)
                titles.append(article.title or "")
        return {
            "files": [(s.path, s.sha, s.error) for s in self.states],
            "case": analysis.case_counts(bodies),
            "acronyms": relevance.archive_acronyms(bodies),
            "vocabulary": {w for w in analysis.vocabulary(bodies + titles) if len(w) >= 4 and w.isalpha()},
        }

    def index(self, gen: Path, report: Report) -> list[Any]:
        """Index every parsed file into new segments of `gen`; report(batch) as files finish."""
        from whoosh import index as windex
        from whoosh.writing import SegmentWriter

        ix = windex.open_dir(str(gen))
        segments: list[Any] = []
        writer, chars, batch = None, 0, []
        for state, article in self.articles:
            if writer is None:
                # no lock: the parent holds the reindex lock and nothing else writes a new generation
                writer = SegmentWriter(ix, _lk=False, limitmb=POOL_MB)
            docs = [] if article is None else idx._article_docs(article, state, self.ctx)
            for doc in docs:
                writer.add_document(**doc)
            writer.add_document(**idx._file_doc(state))
            chars += 0 if article is None else len(article.body) + len(article.title or "")
            batch.append((state.path, state.info, state.error))
            if len(batch) >= REPORT_EVERY:
                report(batch)
                batch = []
            if chars >= SEGMENT_CHARS:
                segments.append(writer._finalize_segment())
                writer, chars = None, 0
        if writer is not None:
            segments.append(writer._finalize_segment())
        if batch:
            report(batch)
        return segments


# --- Worker processes -------------------------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies; exit now if it already has."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: a dead parent's closed pipe still ends the worker at its next read
    if os.getppid() != parent:
        os._exit(0)


def _work(conn, others, parent: int, root: Path, states: list, ctx: idx.Context, held: list[int]) -> None:
    """A worker's whole life: learn, stem its share of the vocabulary, index, hand back segments."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for c in others:
        c.close()
    for fd in held:  # the parent's reindex lock must die with the parent, not outlive it here
        try:
            os.close(fd)
        except OSError:
            pass
    from .nlp import analysis

    shard = _Shard(root, states, ctx)
    try:
        conn.send(("learned", shard.learn()))
        while True:
            message = conn.recv()
            if message[0] == "stem":
                conn.send(("stems", analysis.stems_of(message[1])))
            elif message[0] == "index":
                analysis.learn_stems(message[2])
                segments = shard.index(Path(message[1]), lambda batch: conn.send(("done", batch)))
                conn.send(("segments", segments))
                return
    except (EOFError, BrokenPipeError):
        return  # the parent is gone
    except BaseException:  # noqa: BLE001 - the parent turns this into an IndexBuildError
        conn.send(("failed", traceback.format_exc()))


class _Crew:
    """The shards of one rebuild, each in a forked worker (or all in this process when procs=1)."""

    def __init__(self, root: Path, states: list, ctx: idx.Context, procs: int):
        self.local: _Shard | None = None
        self.conns: list = []
        self.processes: list = []
        if procs <= 1:
            self.local = _Shard(root, states, ctx)
            return
        mp = multiprocessing.get_context("fork")
        pipes = [mp.Pipe() for _ in range(procs)]
        for i, (mine, theirs) in enumerate(pipes):
            others = [c for pair in pipes for c in pair if c is not theirs]
            process = mp.Process(target=_work, daemon=True, name=f"melati-reindex-{i + 1}",
                                 args=(theirs, others, os.getpid(), root, states[i::procs], ctx,
                                       list(idx._HELD_FDS)))
            process.start()
            self.processes.append(process)
            self.conns.append(mine)
        for _, theirs in pipes:
            theirs.close()

    def _receive(self, conn, expected: str) -> Any:
        try:
            kind, payload = conn.recv()
        except EOFError:
            codes = [p.exitcode for p in self.processes]
            raise IndexBuildError(f"a reindex worker stopped unexpectedly (exit codes {codes}); "
                                  "the previous index is untouched: run `melati reindex --full` again") from None
        if kind == "failed":
            raise IndexBuildError(f"a reindex worker failed; the previous index is untouched:\n{payload}")
        if kind != expected and not (expected == "segments" and kind == "done"):
            raise IndexBuildError(f"a reindex worker sent {kind!r} where {expected!r} was due")
        return kind, payload

    def learn(self) -> list[dict[str, Any]]:
        if self.local is not None:
            return [self.local.learn()]
        return [self._receive(c, "learned")[1] for c in self.conns]

    def stems(self, words: set[str]) -> dict[str, str]:
        """stem() of every word, the work split between the workers."""
        if self.local is not None:
            return {}  # one process: it stems as it goes, with nothing to share
        ordered = sorted(words)
        for i, conn in enumerate(self.conns):
            conn.send(("stem", ordered[i::len(self.conns)]))
        table: dict[str, str] = {}
        for conn in self.conns:
            table.update(self._receive(conn, "stems")[1])
        return table

    def index(self, gen: Path, stems: dict[str, str], report: Report) -> list[Any]:
        if self.local is not None:
            return self.local.index(gen, report)
        for conn in self.conns:
            conn.send(("index", str(gen), stems))
        segments: list[Any] = []
        waiting = list(self.conns)
        while waiting:
            for conn in multiprocessing.connection.wait(waiting):
                kind, payload = self._receive(conn, "segments")
                if kind == "done":
                    report(payload)
                else:
                    segments.extend(payload)
                    waiting.remove(conn)
        return segments

    def close(self) -> None:
        for conn in self.conns:
            conn.close()
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
                process.join()
        self.conns, self.processes = [], []


# --- The rebuild ------------------------------------------------------------------------------


def _adopting(new_segments: list[Any]):
    """A whoosh merge policy that adds the workers' segments to the commit (merged into one
    when they are small, so a small archive keeps a single segment)."""

    def mergetype(writer, segments):
        from whoosh.reading import SegmentReader

        if sum(s.doc_count_all() for s in new_segments) >= MERGE_BELOW:
            return list(segments) + list(new_segments)
        for segment in new_segments:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return list(segments)

    return mergetype


def _merged_counts(lessons: list[dict[str, Any]]) -> tuple[Counter, Counter]:
    capital: Counter = Counter()
    lower: Counter = Counter()
    for lesson in lessons:
        capital.update(lesson["case"][0])
        lower.update(lesson["case"][1])
    return capital, lower


def rebuild(archive, index_dir: Path, progress, result) -> None:
    """Build a fresh generation beside the live one; swap CURRENT only once it is complete."""
    import json
    import shutil
    import time

    from whoosh import index as windex

    from . import relevance
    from .nlp import analysis

    result.full = True
    root = Path(archive.root)
    store = idx._store_of(archive)
    index_dir.mkdir(parents=True, exist_ok=True)
    live = idx.current_generation(index_dir)
    previous: dict[str, idx.FileState] = {}
    if live is not None:
        try:
            with windex.open_dir(str(live)).searcher() as s:
                previous = idx._stored_states(s)
        except Exception:  # noqa: BLE001 - a corrupt old index just means "all added"
            previous = {}
    idx._remove_other_generations(index_dir, keep=live)
    gen = idx._new_generation(index_dir)
    ctx = idx._load_context(store)
    config_states = idx._config_states(root)
    for state in config_states.values():
        idx._fill_sha(root, state, None)
    states = list(idx._scan(root, store).values())
    by_path = {s.path: s for s in states}
    crew = _Crew(root, states, ctx, idx._procs(len(states)))  # forked while this process is small
    try:
        lessons = crew.learn()
        for lesson in lessons:
            for path, sha, error in lesson["files"]:
                by_path[path].sha, by_path[path].error = sha, error
        protected = analysis.protected_words(ctx.config, ctx.people, ctx.programs, counts=_merged_counts(lessons))
        acronyms = {tuple(p) for lesson in lessons for p in lesson["acronyms"]}
        acronyms |= set(relevance.archive_acronyms([], ctx.programs))
        relevance.write_knowledge(gen, protected, acronyms)
        ix = windex.create_in(str(gen), idx.build_schema(protected))
        stems = crew.stems(set().union(*(lesson["vocabulary"] for lesson in lessons)) - protected)

        with progress("Membangun indeks", total=len(states)) as advance:
            def report(batch):
                for path, info, error in batch:
                    state = by_path[path]
                    state.info, state.error = info, error
                    idx._tally(result, state, previous.get(path))
                    advance(1)

            segments = crew.index(gen, stems, report)
        crew.close()
        result.removed = sum(1 for p in previous if p not in by_path)
        writer = ix.writer()
        try:
            for doc in idx._aggregate_documents(ctx, [s.info for s in states if s.info]):
                writer.add_document(**doc)
            writer.add_document(**idx._meta_doc(config_states, ctx))
            writer.commit(mergetype=_adopting(segments))
        except BaseException:
            writer.cancel()
            raise
    except BaseException:
        crew.close()
        shutil.rmtree(gen, ignore_errors=True)
        raise
    meta = {**idx._expected_meta(), "built": time.time(), "documents": len(states)}
    tmp = gen / f".{idx.META}.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, gen / idx.META)
    idx._fsync_dir(gen)
    idx._write_pointer(index_dir, gen)
    idx._remove_other_generations(index_dir, keep=gen)
