"""The search page's opening path at scale: header counts without a date sort, the review count once per index generation."""
from __future__ import annotations

import pytest

from melati_archive import review
from melati_archive.api import Archive
from melati_archive.errors import QueryError
from melati_archive.search import count, quotes, search


def _write(home, n: int, waiting: bool = False) -> None:
    folder = home / "archive" / "articles" / "2021"
    folder.mkdir(parents=True, exist_ok=True)
    mark = "review:\n  date: tanggal tidak tertulis di halaman\n" if waiting else ""
    (folder / f"2021-05-{1 + n:02d}-kabar-{n}.md").write_text(
        f"---\ntitle: Kabar desa {n}\ndate: 2021-05-{1 + n:02d}\n{mark}---\n"
        f"Larantuka - Warga menanam bakau ke-{n}. \"Kami menjaga pantai,\" kata Maria Goreti.\n", encoding="utf-8")


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    for n in range(6):
        _write(home, n, waiting=n == 2)
    Archive.open(home).reindex(full=True)
    (home / "archive" / "articles" / "2021" / "2021-05-04-kabar-3.md").unlink()  # a deleted document
    Archive.open(home).reindex()
    return home


def test_counts_equal_an_empty_searchs_totals(home):
    arc = Archive.open(home)
    assert count(arc, "article") == search(arc, "", limit=1).total == 5
    assert count(arc, "quote") == quotes(arc, "", limit=1).total > 0
    with pytest.raises(QueryError, match="jenis"):
        count(arc, "orang")


def test_header_shows_the_counts(home):
    from melati_archive.searchpage import SearchPage

    lines = SearchPage.open(home).header_lines()
    assert lines[1].startswith("5 berita \u00b7 ")


def test_review_count_is_read_once_per_index_generation(home, monkeypatch):
    from melati_archive.searchpage import FormState, SearchPage

    calls = []
    real = review.pending_count
    monkeypatch.setattr(review, "pending_count", lambda arc: calls.append(1) or real(arc))
    page = SearchPage.open(home)
    first = page.run(FormState(query="bakau"))
    again = page.run(FormState(query="pantai"))
    assert first.review_text.startswith("1 berita menunggu tinjauan") and again.review_text == first.review_text
    assert len(calls) == 1
    _write(home, 7, waiting=True)  # an import lands with a reindex: a new generation
    Archive.open(home).reindex()
    assert page.run(FormState(query="bakau")).review_text.startswith("2 berita menunggu tinjauan")
    assert len(calls) == 2


def test_results_without_facets_read_no_facet_list(home, monkeypatch):
    import json

    from click.testing import CliRunner

    from melati_archive.cli import cli
    from melati_archive.search import engine

    arc = Archive.open(home)
    full = search(arc, "bakau")
    assert full.facets["year"] == {"2021": 5}
    engine._SEARCHERS.clear()

    def no_facets(searcher):
        raise AssertionError("facet lists read")

    monkeypatch.setattr(engine, "_facet_sets", no_facets)
    bare = search(arc, "bakau", with_facets=False)
    assert bare.facets == {} and bare.total == full.total and [h.id for h in bare.hits] == [h.id for h in full.hits]
    text = CliRunner().invoke(cli, ["--home", str(home), "search", "bakau"])
    assert text.exit_code == 0 and "5 hasil" in text.output
    monkeypatch.undo()
    engine._SEARCHERS.clear()
    as_json = CliRunner().invoke(cli, ["--home", str(home), "search", "bakau", "--json"])
    assert json.loads(as_json.output)["facets"]["year"] == {"2021": 5}
