"""The reindex: the whoosh index under HOME/index brought up to date, incrementally or rebuilt.

The parts live beside it: schema.py (fields and analyzers), generations.py (CURRENT, the lock,
opening and checking a generation), filestates.py (the archive's files and the files table),
aggregates.py (person and program documents), articledocs.py (an article's documents),
rebuildworkers.py (the worker processes), segment.py (the rebuild's segment writer),
reindexresult.py (what a reindex did).

Layout: HOME/index/CURRENT names the live generation directory (HOME/index/gen-NNNNNN/); a full
rebuild writes a fresh generation and swaps CURRENT with an atomic rename only when it is
complete, so a reindex killed at any moment (SIGKILL included) leaves the previous generation
searchable. Incremental reindexes commit into the live generation through one whoosh commit
(itself atomic: the table of contents is renamed into place last). Every kind of document
(article, quote, person, program, and the files table's buckets holding each archive file's
content hash, size, mtime and info) lives in the same index so one commit updates them together.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import time
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .filestates import FileState, Scan, config_states as _config_states, fill_sha as _fill_sha, \
    generation_files as _generation_files
from .errors import MelatiError
from .reindexresult import ReindexResult, _tally
from .articledocs import (  # noqa: F401 - re-exported: the search side, reports and tests import them here
    FACET_PREFIXES, Context, _aggregated, _load_context, article_documents, facet_value, report_row,
)
from .rebuildworkers import (  # noqa: F401 - re-exported: tests import them here
    STEMS, UNREAD, _Documents, _load_stems, _parse_file, _save_stems,
)


from .schema import SCHEMA_VERSION, _analysis_version, analyzers, build_schema, protected_words  # noqa: E402,F401

from .generations import (  # noqa: E402,F401 - re-exported: the search side and the tests import them here
    DEFAULT_LOCK_TIMEOUT, LOCK, META, POINTER, _HELD_FDS, _damage, _expected_meta, _fsync_dir, _meta_is_current,
    _new_generation, _open_unmapped, _read_meta, _recorded_generation, _remove_other_generations,
    _usable_generation, _write_pointer, current_generation, open_index, reindex_lock,
)


# --- Scanning the archive ---------------------------------------------------------------------


def _stored_states(searcher) -> dict[str, FileState]:
    """What the index knows of each archive file, in path order (filestates.stored_states)."""
    from .filestates import stored_states

    return stored_states(searcher)


def indexed_files(index_dir: Path) -> dict[str, FileState]:
    """The live index's record of every archive file (path -> state, error, info), read from its
    files table (filestates: stored buckets)."""
    return _read_live(index_dir, _stored_states)


def _read_live(index_dir: Path, read: Callable[[Any], Any]) -> Any:
    """read(searcher) on the live generation, opened for this one read and closed."""
    ix = open_index(Path(index_dir))
    try:
        with ix.searcher() as searcher:
            return read(searcher)
    finally:
        ix.close()


def _meta_doc(config_states: dict[str, FileState], ctx: Context, pending: int | None = None) -> dict[str, Any]:
    """The generation's metadata; `pending`: how many indexed items wait for review (None: not known)."""
    channels = {c.id: c.name for c in (getattr(ctx.config, "channels", None) or [])}
    org = getattr(getattr(ctx.config, "organization", None), "name", None)
    return {"uid": "meta", "kind": "meta",
            "data": {"config": {k: vars(v) for k, v in config_states.items()}, "channels": channels,
                     "organization": org, "pending_review": pending,
                     **_expected_meta()}}


def _waits(info: dict[str, Any] | None) -> int:
    """1 when a file's info says its item waits for review (report_row's mark), else 0."""
    row = (info or {}).get("row")
    return int(bool(isinstance(row, dict) and row.get("review")))


def _pending_after(before: int | None, todo, removed: list[str], old: dict[str, FileState],
                   new: dict[str, FileState]) -> int | None:
    """The waiting count after an incremental commit: the last one's, less the changed and removed
    files' old marks, plus the changed files' new ones (None when the last commit kept none)."""
    if before is None:
        return None
    for state, _, prev in todo:
        before += _waits(new[state.path].info) - _waits(prev.info if prev else None)
    for path in removed:
        before -= _waits(old[path].info) if path in old else 0
    return max(before, 0)


def pending_review(index_dir: Path) -> int | None:
    """How many indexed items wait for review, as the live generation's last commit counted them;
    None when it did not (an index built before the count was kept)."""
    return _read_live(index_dir, pending_review_in)


def pending_review_in(searcher) -> int | None:
    """pending_review through an open searcher (the search page's kept one: opening another
    reader copies a mapped segment into memory, 0.6 s at 100,000 articles)."""
    for doc in searcher.documents(kind="meta"):
        value = doc["data"].get("pending_review")
        return value if isinstance(value, int) else None
    return None


from .aggregates import (  # noqa: E402 - re-exported: the reindex below and tests use them here
    AGGREGATES_UID, _aggregate_digests, _aggregate_documents, _aggregates_doc, _directory_groups, _grouping,
    _local_groups, _norm_name, _slug, _stored_aggregates, _write_aggregates, group_people,
)


# --- Reindex ----------------------------------------------------------------------------------


class _NoProgress:
    def __call__(self, description, total=None):
        @contextmanager
        def bar():
            yield lambda n=1: None

        return bar()


def _store_of(archive):
    return archive.store


def reindex(archive, full: bool = False, progress=None, lock_timeout: float | None = None) -> ReindexResult:
    """Bring HOME/index up to date with HOME/archive; see the module docstring for the guarantees.

    `progress`, when given, is a factory like cli.common.progress: progress(description, total)
    returning a context manager that yields advance(n=1).
    """
    started = time.monotonic()
    index_dir = Path(archive.index_dir)
    try:
        return _reindex(archive, index_dir, full, progress or _NoProgress(), lock_timeout, started)
    except PermissionError as exc:
        where = exc.filename or index_dir
        raise MelatiError(f"tidak boleh menulis ke {where} ({exc.strerror}); beri izin tulis pada folder "
                          f"{index_dir} atau jalankan melati sebagai pemilik foldernya") from None


def _reindex(archive, index_dir: Path, full: bool, progress, lock_timeout, started: float) -> ReindexResult:
    result = ReindexResult()
    with reindex_lock(index_dir, lock_timeout):
        scan = None
        if not full:
            unchanged, scan = _nothing_changed(archive, index_dir, result)
            if unchanged:
                result.seconds = time.monotonic() - started
                return result
        usable = None if full else _usable_generation(index_dir, result.messages)
        if usable is None:
            _full_rebuild(archive, index_dir, progress, result)
        else:
            gen, ix = usable
            _remove_other_generations(index_dir, keep=gen)  # leftovers of a killed --full
            if not _incremental(archive, ix, progress, result, scan):
                result.messages.append("konfigurasi (melati.yaml) berubah: indeks dibangun ulang")
                _full_rebuild(archive, index_dir, progress, result)
    result.seconds = time.monotonic() - started
    return result


def _remember_rebuild_stems(gen: Path) -> None:
    """An incremental reindex reuses the stems its generation's full rebuild worked out."""
    from .nlp import analysis

    try:
        analysis.remember_stems(_load_stems(gen / STEMS)[1])
    except Exception:  # noqa: BLE001 - only a speed-up: without it, stem as usual
        pass


def _save_states_cache(gen: Path, states: Iterable[FileState], config_states: dict[str, FileState]) -> None:
    """What a no-op reindex compares with (filestates.save_cache); drops the damage check's
    remembered record of this generation."""
    from .filestates import save_cache

    save_cache(gen, states, config_states)


def _nothing_changed(archive, index_dir: Path, result: ReindexResult) -> tuple[bool, Scan | None]:
    """(True, scan) with `result` filled in when no archive file, registry or index file differs
    in size or mtime from what the last commit recorded: then whoosh need not even be opened.
    Otherwise (False, the scan when one was made), so the reindex that follows scans once."""
    from . import filestates

    gen = current_generation(index_dir)
    meta = _read_meta(gen) if gen is not None else None
    if meta is None or not _meta_is_current(meta):
        return False, None
    # the fingerprint of the files (their paths as one string, their sizes and mtimes as one
    # array) is all this needs: the big table by path is neither unpickled nor built from the scan
    cache = filestates.read_fingerprint(gen) or filestates.read_cache(gen)
    if cache is None:
        return False, None
    head, record = cache
    if head.get("generation") != _generation_files(gen):
        return False, None  # another commit, a damaged index or a killed write: the long way checks
    root = Path(archive.root)
    if {n: (s.size, s.mtime_ns) for n, s in _config_states(root).items()} != head.get("config"):
        return False, None
    scan = _scan(root, result)
    if filestates.FINGERPRINT in record:
        if scan.fingerprint() != record[filestates.FINGERPRINT]:  # two comparisons of bytes
            return False, scan
    elif scan.stats != record["stats"]:  # a cache written before the fingerprint
        return False, scan
    errors = record.get("errors") or {}
    result.unchanged = len(scan)
    result.failed += [errors[p] for p in sorted(errors)]
    _remove_other_generations(index_dir, keep=gen)  # leftovers of a killed --full
    return True, scan


def _scan(root: Path, result: "ReindexResult | None" = None) -> Scan:
    """Size and mtime of every article file (filestates.scan, the same set as
    archive.scan_articles); each symbolic link under articles/ is one failure in `result`,
    never followed."""
    from . import filestates

    scan = filestates.scan(root)
    if result is not None and scan.links:
        from .archive import LINK_FIX, LINK_REFUSED

        for link in scan.links:
            failure = {"path": link, "line": None, "error": f"{LINK_REFUSED} ({LINK_FIX})"}
            if failure not in result.failed:
                result.failed.append(failure)
    return scan


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a full rebuild: its passes walk every posting list
    the writer holds (hundreds of thousands of objects), and the rebuild makes no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge_small_segments(writer, segments: list) -> list:
    """Merge policy of an incremental commit: every segment holding under a tenth of the live
    documents (and every segment left with none) goes into the new one. whoosh's MERGE_SMALL
    waits for five segments, and each one costs every query a pass of its own."""
    from .postformat import MergeReader

    live = sum(seg.doc_count() for seg in segments)
    kept = []
    for seg in segments:
        if seg.doc_count() > 0 and seg.doc_count() * 10 >= live:
            kept.append(seg)
            continue
        reader = MergeReader(writer.storage, writer.schema, seg)  # values as whoosh's writer takes them
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return kept


def _valid_cache(gen: Path):
    """(commit record, article table) of the states cache when it describes this generation's
    last commit (the long way otherwise: the index's own files table)."""
    from .filestates import read_cache

    cache = read_cache(gen)
    if cache is None or cache[0].get("generation") != _generation_files(gen):
        return None
    return cache


def _incremental(archive, ix, progress, result: ReindexResult, scan: Scan | None = None) -> bool:
    """Update the live generation in one commit. False when a full rebuild is needed instead.
    `scan`: the archive's files as the no-op check just found them (None: scan here).

    Work grows with what changed: the states cache names the files whose size or mtime moved,
    only their buckets of the files table are read and rewritten, and the person and program
    documents are worked out again only when a changed file's info (its people, quotes, programs,
    date) differs, as they are a function of the infos alone."""
    from . import filestates as fs

    root = Path(archive.root)
    store = _store_of(archive)
    gen = Path(ix.storage.folder)
    with ix.searcher() as searcher:
        meta_docs = list(searcher.documents(kind="meta"))
    old_config = {k: FileState(**v) for k, v in (meta_docs[0]["data"].get("config") or {}).items()} if meta_docs else {}
    config_states = _config_states(root)
    for name, state in config_states.items():
        _fill_sha(root, state, old_config.get(name))
    changed_config = {n for n in set(config_states) | set(old_config)
                      if (config_states.get(n) and config_states[n].sha) != (old_config.get(n) and old_config[n].sha)}
    if "melati.yaml" in changed_config:
        return False  # stem exclusions and channels shape the analyzer: rebuild
    scan = scan or _scan(root, result)
    stats = scan.stats
    redo_all = bool(changed_config)  # people/programs change speakers, roles, program tags
    cache = None if redo_all else _valid_cache(gen)
    errors: dict[str, Any] = {}
    with ix.searcher() as searcher:
        if cache is not None:
            old_stats, errors = cache[1]["stats"], dict(cache[1].get("errors") or {})
            candidates = sorted(p for p, st in stats.items() if old_stats.get(p) != st)
            removed = sorted(p for p in old_stats if p not in stats)
            rows = fs.stored_buckets(searcher, {fs.bucket_of(p) for p in [*candidates, *removed]})
        else:
            rows = fs.stored_buckets(searcher)
    old = {p: fs.state_of(p, r) for paths in rows.values() for p, r in paths.items()}
    if cache is None:
        candidates = sorted(stats)
        removed = sorted(p for p in old if p not in stats)
    else:
        vouched = set(candidates)  # every other file is as the last commit left it
        result.unchanged += len(stats) - len(candidates)
        result.failed += [errors[p] for p in sorted(errors) if p in stats and p not in vouched]
    todo: list[tuple[FileState, bytes | None, FileState | None]] = []
    touched: list[FileState] = []  # same content, new mtime: only the files table changes
    for path in candidates:
        state = FileState(path=path, size=stats[path][0], mtime_ns=stats[path][1])
        prev = old.get(path)
        data = _fill_sha(root, state, prev)
        if prev is not None and prev.sha == state.sha and not redo_all:
            state.error, state.info = prev.error, prev.info
            if prev.error:
                result.failed.append(prev.error)
            result.unchanged += 1
            if prev.mtime_ns != state.mtime_ns or prev.size != state.size:
                touched.append(state)
            continue
        todo.append((state, data, prev))
    if not todo and not removed and not touched and not changed_config:
        fs.save_table(gen, dict(stats), errors, config_states, scan)
        return True
    ctx = _load_context(store)
    _remember_rebuild_stems(gen)
    prevs = {state.path: prev for state, _, prev in todo}
    parsed = [(state, _parse_file(root, state, data)) for state, data, _ in todo]
    documents = _Documents(ctx, len(parsed), parsed)
    writer = ix.writer(limitmb=128, timeout=15.0, delay=0.1)
    try:
        new: dict[str, FileState] = {s.path: s for s in touched}
        for path in removed:
            writer.delete_by_term("path", path)
            result.removed += 1
        with progress("Mengindeks arsip", total=len(todo)) as advance:
            for state, docs in documents:
                prev = prevs[state.path]
                writer.delete_by_term("path", state.path)
                for doc in docs:
                    writer.add_document(**doc)
                _tally(result, state, prev.sha if prev else None)
                new[state.path] = state
                advance(1)
        documents.close()
        infos_changed = redo_all or cache is None or any(p in old and old[p].info for p in removed) or any(
            _aggregated(prev.info if prev else {}) != _aggregated(new[state.path].info) for state, _, prev in todo)
        if infos_changed:
            _rewrite_aggregates(ix, writer, ctx, stats, new)
        changed_buckets: dict[int, dict[str, Any]] = {}
        for path in [*removed, *new]:
            b = fs.bucket_of(path)
            if b not in changed_buckets:
                changed_buckets[b] = dict(rows.get(b) or {})
            bucket = changed_buckets[b]
            errors.pop(path, None)
            if path in new:
                bucket[path] = fs.row_of(new[path])
                if new[path].error:
                    errors[path] = new[path].error
            else:
                bucket.pop(path, None)
        for doc in fs.table_docs({b: paths for b, paths in changed_buckets.items() if paths}):
            writer.update_document(**doc)
        for b in [b for b, paths in changed_buckets.items() if not paths]:
            writer.delete_by_term("uid", fs.bucket_uid(b))  # as a rebuild, which writes no empty bucket
        before = meta_docs[0]["data"].get("pending_review") if meta_docs else None
        if cache is None:  # every file's row is in hand: count afresh
            pending = sum(_waits(getattr(new.get(p) or old.get(p), "info", None)) for p in stats)
        else:
            pending = _pending_after(before if isinstance(before, int) else None, todo, removed, old, new)
        writer.update_document(**_meta_doc(config_states, ctx, pending))
        writer.commit(mergetype=_merge_small_segments)
    except BaseException:
        documents.close()
        if not writer.is_closed:  # a failed commit has closed it and released the lock already
            writer.cancel()
        raise
    fs.save_table(gen, dict(stats), errors, config_states, scan)
    return True


def _rewrite_aggregates(ix, writer, ctx: Context, stats: dict[str, tuple[int, int]], new: dict[str, FileState]) -> None:
    """Person and program documents from every file's info (the changed files' new ones), into
    the commit: only those whose content changed are rewritten (_write_aggregates)."""
    from . import filestates as fs

    with ix.searcher() as searcher:
        rows = {p: r for paths in fs.stored_buckets(searcher).values() for p, r in paths.items()}
        aggregates = _stored_aggregates(searcher)
    infos = []
    for path in sorted(stats):
        info = new[path].info if path in new else (rows[path][4] if path in rows else None)
        if info:
            infos.append(info)
    grouping = dict(aggregates.get("grouping") or {})
    docs = _aggregate_documents(ctx, infos, grouping)
    digests = _aggregate_digests(docs)
    _write_aggregates(writer, docs, digests, aggregates.get("digests"))
    writer.update_document(**_aggregates_doc(digests, grouping))


def _full_rebuild(archive, index_dir: Path, progress, result: ReindexResult) -> None:
    """Build a fresh generation beside the live one; swap CURRENT only once it is complete."""
    with _collector_paused():
        _build_generation(archive, index_dir, progress, result)


def _build_generation(archive, index_dir: Path, progress, result: ReindexResult) -> None:
    from whoosh import index as windex

    from . import filestates
    from .nlp import analysis
    from .segment import PreparedWriter, Preparer

    result.full = True
    root = Path(archive.root)
    store = _store_of(archive)
    index_dir.mkdir(parents=True, exist_ok=True)
    live = current_generation(index_dir)
    previous: dict[str, str] = {}  # path -> hash in the live index: what the result counts against
    if live is not None:
        try:
            with _open_unmapped(live).searcher() as s:
                previous = filestates.stored_hashes(s)
        except Exception:  # noqa: BLE001 - a corrupt old index just means "all added"
            previous = {}
    _remove_other_generations(index_dir, keep=live)
    gen = _new_generation(index_dir)
    ctx = _load_context(store)
    config_states = _config_states(root)
    for state in config_states.values():
        _fill_sha(root, state, None)
    stats = _scan(root, result).stats
    documents = _Documents(ctx, len(stats))
    try:
        # First pass, in the workers: read, hash and parse every file, and gather what the
        # analyzer's protected words, the stems and the acronyms need; the articles are read
        # again for their documents (UNREAD), so no process holds the whole archive at once.
        surveyed, counts, words, pairs = documents.survey(root, stats)
        # Stem every word of the archive once, split between the workers, instead of once per
        # worker: PySastrawi is a third of the cost of a rebuild otherwise. Before the protected
        # words, which need the stem of every capitalised word: worked out here, this process
        # would stem them alone, one after the other (most of its own time on real text).
        stems = documents.stems(words)
        analysis.remember_stems(stems)
        protected = protected_words(ctx.config, ctx.people, ctx.programs, [], counts=counts)
        documents.parsed = [(state, UNREAD) for state in surveyed]
        documents.setup = str(gen / STEMS)
        _save_stems(documents.setup, protected, stems)
        del stems, words, counts
        _write_knowledge(gen, protected, pairs, ctx.programs)
        ix = windex.create_in(str(gen), build_schema(protected))
        documents.preparer = Preparer(ix.schema)
    except BaseException:
        documents.close()
        shutil.rmtree(gen, ignore_errors=True)
        raise
    done = filestates.PackedStates()  # the workers' copies carry the infos and errors
    writer = PreparedWriter(ix, encoder=documents.imap)
    count = len(surveyed)
    result.removed = sum(1 for p in previous if p not in stats)
    del surveyed, stats
    pending = 0
    try:
        with progress("Membangun indeks", total=count) as advance:
            for blobs, batch in documents.batches():
                writer.add_batch(batch)
                for blob in blobs:
                    state = filestates.unpacked(blob)
                    done.append(blob, state)
                    _tally(result, state, previous.get(state.path))
                    pending += _waits(state.info)
                advance(len(blobs))
        del previous
        table = documents.table_batches(done)  # the files table, in the workers meanwhile
        grouping: dict[str, Any] = {}
        docs = _aggregate_documents(ctx, done.infos(), grouping)  # unpacked afresh by each walk
        for batch in chain(documents.prepared(chain(docs, [
                _aggregates_doc(_aggregate_digests(docs), grouping), _meta_doc(config_states, ctx, pending)])), table):
            writer.add_batch(batch)
        writer.commit()  # the workers, idle by now, encode the postings blocks
        documents.close()
    except BaseException:
        documents.close()
        try:
            if not writer.is_closed:  # a failed commit has closed it already
                writer.cancel()
        finally:
            shutil.rmtree(gen, ignore_errors=True)
        raise
    meta = {**_expected_meta(), "built": time.time(), "documents": count}
    tmp = gen / f".{META}.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, gen / META)
    _save_states_cache(gen, done, config_states)
    _fsync_dir(gen)
    _write_pointer(index_dir, gen)
    _remove_other_generations(index_dir, keep=gen)


def _write_knowledge(gen: Path, protected: frozenset[str], pairs: set[tuple[str, str]], programs) -> None:
    """Hand the query side the protected words and acronyms the analyzer was built with: the
    programs' and the `pairs` defined in the texts (relevance.archive_acronyms of each run)."""
    from . import relevance

    relevance.write_knowledge(gen, protected, set(relevance.archive_acronyms([], programs)) | set(pairs))


def require_index(archive):
    """The whoosh index to search; IndexMissingError naming the fix when there is none."""
    return open_index(Path(archive.index_dir))
