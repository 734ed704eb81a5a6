"""Searching the index: the query language, filters, facets, snippets, suggestions and citations.

One module per job: `syntax` (the query language and its errors), `dates` (date forms),
`compile` (a syntax tree to a whoosh query through `relevance`), `resolver` (speakers,
programs, channels), `engine` (the kept searcher, filters, match sets, facets), `snippets`,
`suggest` ("did you mean"), `results` (hit and result classes), `run` (article and quote
searches) and `listings` (people and programs). Everything a caller needs is importable from
here: `from melati_archive.search import search, quotes, parse_period, snippet, ...`.
"""
from __future__ import annotations

from .dates import MONTHS_ID, parse_period
from .engine import matched_docs
from .listings import people, programs
from .results import (ArticleHit, PeopleResults, PersonHit, ProgramHit, ProgramResults, QuoteHit,
                      QuoteResults, SearchResults)
from .run import count, marks, quotes, search
from .snippets import MARK_CLOSE, MARK_OPEN, Marks, snippet
from .syntax import FIELD_NAMES, parse_query

__all__ = [
    "ArticleHit", "FIELD_NAMES", "count", "MARK_CLOSE", "MARK_OPEN", "MONTHS_ID", "Marks", "marks", "PeopleResults", "PersonHit",
    "ProgramHit", "ProgramResults", "QuoteHit", "QuoteResults", "SearchResults", "matched_docs",
    "parse_period", "parse_query", "people", "programs", "quotes", "search", "snippet",
]
