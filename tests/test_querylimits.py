"""Query limits (querylimits.py): deep parentheses, NOT chains, long queries and many words are one
Indonesian QueryError naming the query and the limit, before the parser could recurse; "did you
mean" looks up a bounded number of words of bounded length."""
from __future__ import annotations

import pytest

from melati_archive import querylimits as ql
from melati_archive.errors import QueryError
from melati_archive.search import parse_query
from melati_archive.searchpage import FormState, SearchPage


@pytest.mark.parametrize("query, limit", [
    ("(" * 400 + "banjir" + ")" * 400, ql.MAX_QUERY_NESTING),  # was a RecursionError
    ("(" * (ql.MAX_QUERY_NESTING + 1) + "banjir" + ")" * (ql.MAX_QUERY_NESTING + 1), ql.MAX_QUERY_NESTING),
    ("NOT " * (ql.MAX_QUERY_NOTS + 1) + "banjir", ql.MAX_QUERY_NOTS),
    ("-" * 500 + "banjir", ql.MAX_QUERY_NOTS),
    ("banjir " + " ".join(f"-kata{i}" for i in range(ql.MAX_QUERY_NOTS + 1)), ql.MAX_QUERY_NOTS),
    ("banjir " * 101, ql.MAX_QUERY_WORDS),
    ("x" * (ql.MAX_QUERY_CHARS + 1), ql.MAX_QUERY_CHARS),
])
def test_queries_past_a_limit_are_one_indonesian_error(query, limit):
    with pytest.raises(QueryError) as err:
        parse_query(query)
    message = str(err.value)
    assert message.startswith("kueri '") and f"(batas {limit})" in message and "\n" not in message


@pytest.mark.parametrize("query", [
    "banjir bandang",
    "(banjir OR genangan) AND NOT (kebakaran OR (gempa -susulan))",
    "(" * ql.MAX_QUERY_NESTING + "banjir" + ")" * ql.MAX_QUERY_NESTING,
    " ".join(["NOT banjir"] * 10),
    'judul:"(((tidak dihitung)))" pelatihan',
])
def test_queries_within_the_limits_parse(query):
    assert parse_query(query) is not None


def test_parentheses_inside_a_phrase_do_not_count():
    assert parse_query('"' + "(" * 50 + 'banjir"') is not None


def test_suggestions_get_few_short_words():
    words = ["x" * 10_000, *[f"kata{i}" for i in range(20)]]
    kept = ql.suggestable(words)
    assert kept == [f"kata{i}" for i in range(ql.MAX_SUGGEST_WORDS)]


def test_search_page_shows_the_limit_instead_of_failing(search_arc):
    page = SearchPage(search_arc)
    result = page.run(FormState(query="(" * 300 + "sumur" + ")" * 300))
    assert "batas" in result.error and result.rows == []
    fine = page.run(FormState(query="sumur"))
    assert fine.error == ""


def test_did_you_mean_stops_after_its_word_limit(search_arc):
    known = ["balai", "cempaka", "pelatihan", "bekasi", "bantuan", "sosial", "kegiatan", "setiap"]
    assert len(known) == ql.MAX_SUGGEST_WORDS
    assert search_arc.search("pelatihna", correct=False).suggestion == "pelatihan"  # a swapped pair of letters
    assert search_arc.search(" ".join(known[:-1] + ["pelatihna"])).suggestion is not None
    assert search_arc.search(" ".join(known + ["pelatihna"])).suggestion is None
