"""Running a compiled query on the index: the kept searcher, filters, match sets and facets."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import QueryError
from .dates import _date_range_query, parse_period
from .resolver import _Resolver


# --- Searching --------------------------------------------------------------------------------


def _index_of(archive):
    from ..index import open_index

    return open_index(Path(archive.index_dir))


_SEARCHERS: dict[str, Any] = {}  # generation dir -> (TOC generation, open searcher)


class _Kept:
    """`with` support for a cached searcher: leaving the block keeps it open for the next call."""

    def __init__(self, searcher):
        self.searcher = searcher

    def __enter__(self):
        return self.searcher

    def __exit__(self, *exc):
        return False


def _searcher(ix):
    """A searcher scoring with relevance's per-kind BM25F (statistics of articles for title/body,
    of quotes for text), kept open across calls in one process (notebooks, the app) and
    refreshed when a reindex committed."""
    key = str(getattr(ix.storage, "folder", id(ix)))
    generation = ix.latest_generation()  # the TOC number: changes at every commit
    cached = _SEARCHERS.get(key)
    if cached is not None and cached[0] == generation:
        return _Kept(cached[1])
    for old in list(_SEARCHERS):
        if old == key or not Path(old).exists():
            try:
                _SEARCHERS.pop(old)[1].close()
            except Exception:  # noqa: BLE001 - files of a replaced generation may be gone
                pass
    from .. import relevance as rel
    from .storage import open_for_search

    ix = open_for_search(ix)  # segments read from their map, not copied into memory at open
    weighting = getattr(rel, "weighting", None)
    searcher = ix.searcher(weighting=weighting()) if weighting else ix.searcher()
    _SEARCHERS[key] = (generation, searcher)
    return _Kept(searcher)


def _knowledge(ix, archive=None):
    """The index's knowledge (relevance.load_knowledge) with melati.yaml's `synonyms:` and the
    names and nicknames of people.yaml's people."""
    from .. import relevance as rel

    folder = getattr(ix.storage, "folder", None)
    knowledge = rel.load_knowledge(folder) if folder else rel.EMPTY
    config, registry = _config_synonyms(archive), _registry_synonyms(archive)
    if not (config or registry):
        return knowledge
    # the merge copies the whole dictionary: do it again only when one of its parts changed
    # (each part is the same object while its file is unchanged)
    cached = _MERGED.get(folder)
    if cached is not None and cached[0] is knowledge and cached[1] is config and cached[2] is registry:
        return cached[3]
    merged = knowledge.with_synonyms([*config, *registry])
    _MERGED[folder] = (knowledge, config, registry, merged)
    return merged


_MERGED: dict[Any, tuple] = {}  # index folder -> (knowledge, config groups, registry groups, merged)
_NO_GROUPS: list[list[str]] = []  # one object for every file that is absent: the merge cache compares by identity
_READ: dict[str, tuple[int, list]] = {}  # file path -> (mtime_ns, groups read from it)


def _groups_of(path: Path, read) -> list[list[str]]:
    """`read(path)`'s synonym groups, read again only when the file changes; none when it is absent."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return _NO_GROUPS
    cached = _READ.get(str(path))
    if cached is None or cached[0] != stamp:
        cached = (stamp, read(path))
        _READ[str(path)] = cached
    return cached[1]


def _registry_synonyms(archive) -> list[list[str]]:
    """people.yaml's people as groups of equivalent forms (knowledge.person_groups); a registry that
    does not load gives none (`melati check` says why)."""
    root = getattr(archive, "root", None)
    store = getattr(archive, "store", None)
    if root is None or store is None:
        return _NO_GROUPS

    def read(_path: Path) -> list[list[str]]:
        from ..errors import MelatiError
        from ..knowledge import person_groups

        try:
            people = store.people(problems=[])
        except MelatiError:
            people = []
        return person_groups((p.name, p.aliases) for p in people)

    return _groups_of(Path(root) / "people.yaml", read)


def _config_synonyms(archive) -> list[list[str]]:
    """melati.yaml's synonym groups."""
    root = getattr(archive, "root", None)
    if root is None:
        return _NO_GROUPS
    from ..config import load_config

    return _groups_of(Path(root) / "melati.yaml", lambda path: load_config(path).synonyms)


def _filters(resolver: _Resolver, *, date_from=None, date_to=None, program=None, speaker=None, channel=None):
    from whoosh.query import Or, Term

    out = []
    if date_from or date_to:
        first = parse_period(date_from)[0] if date_from else None
        last = parse_period(date_to)[1] if date_to else None
        if first and last and first > last:
            raise QueryError(f"--from {date_from} jatuh sesudah --to {date_to}; tukar kedua tanggal")
        out.append(_date_range_query(first, last))
    if program:
        out.append(Or([Term("programs", p) for p in resolver.program_ids(program)]))
    if speaker:
        out.append(resolver.speaker_query(speaker))
    if channel:
        out.append(Term("channel", resolver.channel_id(channel)))
    return out



def _facet_sets(searcher) -> dict[tuple[str, str], set[int]]:
    """(facet, value) -> article docnums, read once per searcher (a few small posting lists)."""
    cached = getattr(searcher, "_melati_facets", None)
    if cached is None:
        from ..index import FACET_PREFIXES
        from .postings import term_docs

        reader = searcher.reader()
        cached = {}
        for term in reader.lexicon("facets"):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            prefix, _, value = text.partition(":")
            if prefix in FACET_PREFIXES:  # block by block: every article is in a few of these lists
                cached[(FACET_PREFIXES[prefix], value)] = term_docs(searcher, "facets", text)
        searcher._melati_facets = cached
    return cached


def _facets(searcher, docnums: set[int]) -> dict[str, dict[str, int]]:
    """Counts by year, channel and program over every matched article: a mask of the matched
    docnums read at each facet value's docnums (numpy), or set intersections without numpy."""
    out: dict[str, dict[str, int]] = {"year": {}, "channel": {}, "program": {}}
    if docnums:
        for (facet, value), n in _facet_counts(searcher, docnums):
            if n:
                out[facet][value] = n
    out["year"] = dict(sorted(out["year"].items()))
    for facet in ("channel", "program"):
        out[facet] = dict(sorted(out[facet].items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _facet_counts(searcher, docnums: set[int]):
    """((facet, value), matched documents with it) for every facet value."""
    sets = _facet_sets(searcher)
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with pandas
        for key, docs in sets.items():
            yield key, len(docnums & docs) if len(docs) < len(docnums) else len(docs & docnums)
        return
    arrays = getattr(searcher, "_melati_facet_arrays", None)
    if arrays is None:
        arrays = searcher._melati_facet_arrays = {
            key: np.fromiter(docs, np.int64, len(docs)) for key, docs in sets.items()}
    matched = np.zeros(searcher.doc_count_all(), bool)
    matched[np.fromiter(docnums, np.int64, len(docnums))] = True
    for key, docs in arrays.items():
        yield key, int(np.count_nonzero(matched[docs]))


def _date_column(searcher):
    """(sorted date values, their docnums) of the live documents with a date, read once per
    searcher from the sortable `date` column; None when the index has no such column."""
    cached = getattr(searcher, "_melati_dates", None)
    if cached is None:
        reader = searcher.reader()
        if not reader.has_column("date"):
            return None
        missing = getattr(searcher.schema["date"].column_type, "_default", None)  # no date
        deleted = reader.is_deleted if reader.has_deletions() else (lambda docnum: False)
        pairs = sorted((value, docnum) for docnum, value in enumerate(reader.column_reader("date", translate=False))
                       if value != missing and not deleted(docnum))
        cached = searcher._melati_dates = ([v for v, _ in pairs], [d for _, d in pairs])
    return cached


def date_docs(searcher, node) -> set[int] | None:
    """Docnums of a `DateRange` on `date`, by two binary searches in the date column instead of
    whoosh's union over every date term in the range (which grows with the archive). None when
    the column cannot answer; then whoosh's own query runs."""
    from bisect import bisect_left, bisect_right

    from whoosh import query as wq

    if not isinstance(node, wq.DateRange) or node.fieldname != "date":
        return None
    column = _date_column(searcher)
    if column is None:
        return None
    values, docnums = column
    lo, hi = 0, len(values)
    if node.start is not None:
        lo = (bisect_right if node.startexcl else bisect_left)(values, node.start)
    if node.end is not None:
        hi = (bisect_left if node.endexcl else bisect_right)(values, node.end)
    return set(docnums[lo:hi])


def _hoist_dates(text_q, filters: list):
    """A date range ANDed into the text query (`tanggal:2020 bantuan`) becomes a filter: it adds
    the same constant to every hit's score, so the order is the same, and the filter is a set
    from the date column where whoosh would walk every date term of the range."""
    from whoosh import query as wq

    if not isinstance(text_q, wq.And):
        return text_q, filters
    dates = [q for q in text_q.subqueries if isinstance(q, wq.DateRange) and q.fieldname == "date"]
    rest = [q for q in text_q.subqueries if not (isinstance(q, wq.DateRange) and q.fieldname == "date")]
    if not dates or not rest:
        return text_q, filters
    return (rest[0] if len(rest) == 1 else wq.And(rest, boost=text_q.boost)), [*filters, *dates]


def _run(searcher, text_q, filters: list, limit, by_date: bool):
    """(top hits, every matched docnum). Filters (kind, dates, channel, ...) become one docnum
    set from posting sets. A ranked page comes from the text query's matcher tree evaluated on
    arrays (search/vector.py: the hits and the match set in one pass, whoosh's scores). Without
    it (no numpy, another scorer, sorting by date) the text query runs as whoosh's top-N search
    restricted to the filter set, every match scored, and the match set for the total and the
    facets is what that search visited (the text query's posting-set evaluation intersected with
    the filter set when it ranked only the full tier, or sorted by date)."""
    from whoosh.query import Every

    from ..partial import Coordinated

    allowed = None
    text_q, filters = _hoist_dates(text_q, filters)
    if filters:
        allowed = matched_docs(searcher, filters[0] if len(filters) == 1 else _and(filters))
        if not allowed:  # whoosh reads an empty filter set as "no filter"
            return [], set()
    if text_q is None:
        matched = allowed if allowed is not None else set(range(searcher.doc_count_all()))
        res = searcher.search(Every(), limit=limit, sortedby="date" if by_date else None, reverse=by_date,
                              filter=allowed)
        return res, matched
    if not by_date and limit and limit < searcher.doc_count():
        fast = _vector_top(searcher, text_q, limit, allowed)
        if fast is not None:
            return fast
    q, full_tier = text_q, False
    if not by_date and limit and isinstance(q, Coordinated):
        # documents holding every word outrank all others: when they alone fill the page,
        # rank only them (the units' posting lists leapfrog) instead of walking the union.
        # The full tier is inside the text's match set, so the filter alone decides its size.
        full = q.full_tier_docs(lambda node: matched_docs(searcher, node), searcher.reader())
        if full is not None and len(full & allowed if allowed is not None else full) >= limit:
            q, full_tier = q.full_tier(), True
    matched = None
    if not by_date and limit and limit < searcher.doc_count():
        res, seen = _top_and_seen(searcher, q, limit, allowed)
        if not full_tier:
            matched = seen
    else:
        res = searcher.search(q, limit=limit, sortedby="date" if by_date else None, reverse=by_date,
                              filter=allowed)
    if matched is None:
        matched = matched_docs(searcher, text_q)
        if allowed is not None:
            matched &= allowed
    return res, matched


VECTOR = True  # rank on arrays (search/vector.py); False: whoosh's own walk, for comparison


def _vector_top(searcher, q, limit: int, allowed):
    """(results, matched) from the matcher tree evaluated on arrays: the same top N and match
    set as whoosh's walk (search/vector.py); None when that path cannot answer this query."""
    if not VECTOR:
        return None
    from whoosh.searching import Results

    from .vector import top_n

    found = top_n(searcher, q, limit, allowed)
    if found is None:
        return None
    top, matched = found
    return Results(searcher, q, top, docset=matched), matched


def _and(queries):
    from whoosh.query import And

    return And(queries)


def _top_and_seen(searcher, q, limit: int, allowed):
    """whoosh's top-N of every match (the hits and order of searcher.search(q, limit=None,
    filter=allowed) cut at `limit`), plus every docnum it scored. Never with whoosh's block-quality
    skipping: whoosh 2.7's skipping under And(term, Or(...)) drops documents that belong in the
    top N (tests/test_search_vector.py), and this is the fallback when the array path cannot
    answer, so exact beats fast here."""
    from whoosh.collectors import FilterCollector

    top = _EveryMatchTop(limit, usequality=False)
    collector = FilterCollector(top, allowed) if allowed is not None else top
    searcher.search_with_collector(q, collector)
    return collector.results(), top.seen


def _every_match_top():
    from whoosh.collectors import TopCollector

    class EveryMatchTop(TopCollector):
        """TopCollector that keeps the docnum of every document it scores. It scores every match
        (no block skipping), and stops pruning sub-matchers by the heap's minimum score
        (matcher.replace), which only drops documents that could not enter the top N, so the
        top N is the same and `seen` is complete."""

        def prepare(self, top_searcher, q, context):
            super().prepare(top_searcher, q, context)
            self.seen: set[int] = set()

        def _collect(self, global_docnum, score):
            self.seen.add(global_docnum)
            out = super()._collect(global_docnum, score)
            self.minscore = None  # no pruning: every match is visited
            return out

    return EveryMatchTop


class _LazyClass:
    """The collector class, made on first use (whoosh's collectors stay out of start-up)."""

    def __init__(self, make):
        self._make, self._cls = make, None

    def __call__(self, *args, **kwargs):
        if self._cls is None:
            self._cls = self._make()
        return self._cls(*args, **kwargs)


_EveryMatchTop = _LazyClass(_every_match_top)


def matched_docs(searcher, q) -> set[int]:
    """Every docnum matching q, evaluated on posting sets (Term/Or/And/AndNot/expanding terms);
    other leaves (phrases, ranges) fall back to whoosh's own matcher."""
    from whoosh import query as wq

    from ..partial import Coordinated
    from .period import InPeriod

    reader = searcher.reader()

    from .postings import term_docs

    def postings(fieldname, text) -> set[int]:
        return term_docs(searcher, fieldname, text)

    def ev(node) -> set[int]:
        if isinstance(node, Coordinated):
            return node.docs_matching(ev, reader)
        if isinstance(node, wq.Term):
            return postings(node.fieldname, node.text)
        if isinstance(node, wq.Or):
            out: set[int] = set()
            for sub in node.subqueries:
                out |= ev(sub)
            return out
        if isinstance(node, wq.And):
            subs = sorted(node.subqueries, key=lambda sub: sub.estimate_size(reader))
            out = ev(subs[0]) if subs else set()
            for sub in subs[1:]:
                if not out:
                    break
                out &= ev(sub)
            return out
        if isinstance(node, wq.AndNot):
            return ev(node.a) - ev(node.b)
        if isinstance(node, wq.ExpandingTerm):
            out = set()
            for fieldname, text in node.expanded_terms(reader):
                out |= postings(fieldname, text)
            return out
        if isinstance(node, InPeriod):
            return set(node.docs)
        if isinstance(node, wq.ConstantScoreQuery):
            return ev(node.child)
        if isinstance(node, (wq.NumericRange, wq.DateRange)):
            found = date_docs(searcher, node)
            if found is not None:
                return found
            simple = node.simplify(reader)  # tiered range -> Or of terms
            if simple is not node:
                return ev(simple)
        return set(searcher.docs_for_query(node))

    return ev(q)


