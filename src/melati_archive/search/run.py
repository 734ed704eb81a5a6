"""Article and quote searches: what `melati search` / `melati quotes` and Archive.search() call."""
from __future__ import annotations

import re
from typing import Any

from .. import quoterecords
from ..errors import QueryError
from ..wording import quoted
from .compile import _compile_query, _Env
from .dates import MONTHS_ID, _as_date
from .engine import _facets, _filters, _index_of, _knowledge, _run, _searcher, matched_docs
from .resolver import _Resolver
from .results import ArticleHit, QuoteHit, QuoteResults, SearchResults
from .snippets import Marks, query_marks, snippet
from .suggest import _suggest
from .syntax import _needs_text


def search(archive, query: str = "", *, date_from=None, date_to=None, program=None, speaker=None,
           channel=None, limit: int | None = 10, sort: str = "relevance", partial: bool = True,
           with_facets: bool = True, correct: bool = True) -> SearchResults:
    """Ranked articles for a query (docs/search.md). partial=False requires every bare word
    (for counts, where an article holding half the words must not count). with_facets=False
    leaves .facets empty: a caller that shows no facets (the terminal list, the search page)
    skips reading every facet list, a tenth of a second at 100,000 articles in a new process.
    When the query finds nothing and its suggestion ("Mungkin maksud Anda") finds something,
    the suggestion's results come back with .corrected_from set to the query typed, as web
    search does; never for partial=False (a count of nothing stays nothing) or correct=False."""
    return _corrected(lambda q: _search(archive, q, date_from=date_from, date_to=date_to, program=program,
                                        speaker=speaker, channel=channel, limit=limit, sort=sort, partial=partial,
                                        with_facets=with_facets), query, correct and partial)


def _corrected(run, query: str, correct: bool):
    """`run(query)`; when it finds nothing and its suggestion is surely a typo's fix, `run` of the
    suggestion instead, if that finds something, with .corrected_from set to the query typed."""
    found = run(query)
    if correct and found.total == 0 and _surely_typos(query, found.suggestion):
        fixed = run(found.suggestion)
        if fixed.total:
            fixed.corrected_from = query
            return fixed
    return found


def _widening_run(searcher, query: str, env_for, filters: list, limit, by_date: bool):
    """(env, compiled query, results, matched docnums) of `query`, run again needing one word of a
    run of bare words when no document holds half of them (`env_for(relaxed)` makes the _Env)."""
    from whoosh.query import Term

    for relaxed in (False, True):
        env = env_for(relaxed)
        user_q = _compile_query(query, env)
        parts = ([] if _needs_text(env.node, env.text_fields) else [Term("kind", env.kind())]) + filters
        res, matched = _run_or_explain(searcher, user_q, parts, limit, by_date or user_q is None, query)
        if matched or not env.bounded():
            break
    return env, user_q, res, matched


def _surely_typos(query: str, suggestion: str | None) -> bool:
    """Whether every word the suggestion changes is no Indonesian word (neither it nor its root is
    in PySastrawi's dictionary): "pendampingn" is a typo, while "menjahit" is a word the archive
    lacks, which must not become "menjadi". Nor is a word of three letters or one typed in
    capitals: it is most likely an abbreviation, and the abbreviation one letter away is another
    thing altogether (PKL is not PKH, ABK is not "bak"), so it stays a suggestion."""
    if not suggestion or suggestion == query:
        return False
    from ..nlp import analysis

    typed, meant = query.split(), suggestion.lower().split()
    if len(typed) != len(meant):
        return False
    roots = analysis.root_words()
    changed = [t for t, m in zip(typed, meant) if t.lower() != m]
    return bool(changed) and not any(_maybe_abbreviation(t) or t.lower() in roots
                                     or analysis.stem(t.lower()) in roots for t in changed)


def _maybe_abbreviation(word: str) -> bool:
    """A typed word that is more likely an abbreviation than a misspelt word."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) <= 3 or (len(letters) >= 2 and all(c.isupper() for c in letters))


def _search(archive, query: str, *, date_from, date_to, program, speaker, channel, limit, sort, partial,
            with_facets) -> SearchResults:
    if sort not in ("relevance", "date"):
        raise QueryError(f"urutan {sort!r} tidak dikenal; pakai relevance atau date")
    ix = _index_of(archive)
    with _searcher(ix) as s:
        resolver = _Resolver(s)
        knowledge = _knowledge(ix, archive)
        filters = _filters(resolver, date_from=date_from, date_to=date_to, program=program,
                           speaker=speaker, channel=channel)
        env, user_q, res, matched = _widening_run(
            s, query, lambda relaxed: _Env(("title", "body"), knowledge, s, resolver, partial=partial, relaxed=relaxed),
            filters, limit, sort == "date")
        protected = getattr(env.knowledge, "protected", frozenset())
        marks = query_marks(user_q, s.reader(), protected)
        hits = []
        for r in res:
            d = r.fields()
            data = d.get("data") or {}
            hits.append(ArticleHit(
                missing=_missing(s, env, r.docnum),
                id=d["article_id"], path=data["path"], title=d.get("title", ""), date=_as_date(data.get("date")),
                channel=data.get("channel"), url=data.get("url"), programs=list(data.get("programs") or []),
                speakers=quoterecords.speakers(data.get("quotes") or []), score=round(float(r.score or 0.0), 4),
                snippet=snippet(d.get("body", ""), marks.exact, marks.stems, protected=protected,
                                phrases=marks.phrases),
                tags=list(data.get("tags") or []),
            ))
        total = len(matched)
        facets = _facets(s, matched) if with_facets else {}
        # a partial hit may hide a typo ("pelatihan menjahti" finds pelatihan alone)
        suggestion = _suggest(s, env, query) if query and (total < 3 or any(h.missing for h in hits)) else None
    return SearchResults(hits=hits, total=total, query=query, facets=facets, suggestion=suggestion, marks=marks)


def _run_or_explain(searcher, user_q, parts, limit, by_date: bool, query: str):
    """engine._run, with whoosh's own errors on odd queries turned into a user's QueryError."""
    try:
        return _run(searcher, user_q, parts, limit, by_date)
    except QueryError:
        raise
    except Exception as exc:  # noqa: BLE001 - whoosh errors on odd queries become user errors
        raise QueryError(f"kueri {quoted(query)} tidak bisa dijalankan: {exc}") from exc


def count(archive, kind: str = "article") -> int:
    """How many live articles (kind="article") or quotes ("quote") the index holds: the total of
    an empty search()/quotes(), without sorting every one of them by date for a first hit."""
    from whoosh.query import Term

    if kind not in ("article", "quote"):
        raise QueryError(f"jenis {kind!r} tidak dikenal; pakai article atau quote")
    with _searcher(_index_of(archive)) as s:
        return len(matched_docs(s, Term("kind", kind)))


def _missing(searcher, env: _Env, docnum: int) -> list[str]:
    """The typed words a partial hit lacks (partial.Coordinated), in query order."""
    out: list[str] = []
    for q in env.coordinated:
        for label in q.missing_labels(docnum, lambda node: matched_docs(searcher, node), searcher.reader()):
            if label not in out:
                out.append(label)
    return out


def _citation(hit: dict[str, Any], organization: str | None = None) -> str:
    """The Indonesian citation of a quote; citation.py decides the wording when it is there."""
    try:
        from .. import citation as cit
    except ImportError:
        cit = None
    if cit is not None and hasattr(cit, "cite"):
        try:
            return cit.cite(**hit, organization=organization)
        except Exception:  # noqa: BLE001 - fall back to the plain form below
            pass
    try:
        from ..nlp.dates import format_date_id
    except ImportError:
        format_date_id = None
    day = hit["date"]
    when = format_date_id(day) if format_date_id else f"{day.day} {MONTHS_ID[day.month - 1].title()} {day.year}"
    verb = (hit.get("cue") or "kata").split()[0].lower()
    verb = re.sub(r"nya$", "", verb) if verb.endswith("nya") and len(verb) > 4 else verb
    who = ", ".join(x for x in [hit.get("role"), hit.get("speaker")] if x) or "narasumber"
    text = hit["text"].rstrip()
    end = "," if text[-1:] not in "?!." else ""
    source = f"dalam \u201c{hit['title']}\u201d" + (f" ({hit['channel']})" if hit.get("channel") else "")
    out = f"\u201c{text}{end}\u201d {verb} {who}, {source}, {when}."
    if hit.get("url"):
        out += f" {hit['url']}"
    return out


def quotes(archive, query: str = "", *, speaker=None, date_from=None, date_to=None, program=None,
           channel=None, limit: int | None = 20, correct: bool = True) -> QuoteResults:
    """Direct quotes matching a query, newest first when there is no query; limit=None: all. A
    query that finds nothing gets a suggestion, and its results when it is surely a typo, as
    search() does (.suggestion, .corrected_from)."""
    return _corrected(lambda q: _quotes(archive, q, speaker=speaker, date_from=date_from, date_to=date_to,
                                        program=program, channel=channel, limit=limit), query, correct)


def _quotes(archive, query: str, *, speaker, date_from, date_to, program, channel, limit) -> QuoteResults:
    ix = _index_of(archive)
    with _searcher(ix) as s:
        resolver = _Resolver(s)
        knowledge = _knowledge(ix, archive)
        filters = _filters(resolver, date_from=date_from, date_to=date_to, program=program,
                           speaker=speaker, channel=channel)
        env, user_q, res, matched = _widening_run(
            s, query, lambda relaxed: _Env(("text", "who"), knowledge, s, resolver, relaxed=relaxed),
            filters, limit, False)
        hits = []
        articles = quoterecords.ArticleRecords(s)
        for r in res:
            d = r.fields()  # the quote's article and its number there (quoterecords)
            hit = quoterecords.hit_fields(articles[d["article_id"]], d["data"])
            hit["date"] = _as_date(hit["date"])
            hits.append(QuoteHit(**hit, citation=_citation(hit, resolver.organization()),
                                 score=round(float(r.score or 0.0), 4), missing=_missing(s, env, r.docnum)))
        total = len(matched)
        marks = query_marks(user_q, s.reader(), getattr(env.knowledge, "protected", frozenset()))
        suggestion = _suggest(s, env, query) if query and total == 0 else None
    return QuoteResults(hits=hits, total=total, query=query, marks=marks, suggestion=suggestion)


def marks(archive, query: str) -> Marks:
    """What `query` matches in the articles' words (the reader view marks them); a query that
    does not parse marks nothing."""
    if not (query or "").strip():
        return Marks()
    ix = _index_of(archive)
    with _searcher(ix) as s:
        env = _Env(("title", "body"), _knowledge(ix, archive), s, _Resolver(s))
        try:
            user_q = _compile_query(query, env)
        except QueryError:
            return Marks()
        return query_marks(user_q, s.reader(), getattr(env.knowledge, "protected", frozenset()))


