"""The search page's opening path at scale: header counts without a date sort, the review count kept by the index."""
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


def test_review_count_comes_from_the_index_once_per_generation(home, monkeypatch):
    from melati_archive import index
    from melati_archive.searchpage import FormState, SearchPage

    reads, kept = [], []
    real_kept = index.pending_review_in
    monkeypatch.setattr(review, "pending_count", lambda arc: reads.append(1) or 0)  # the files are never read
    monkeypatch.setattr(index, "pending_review_in", lambda s: kept.append(1) or real_kept(s))
    page = SearchPage.open(home)
    first = page.run(FormState(query="bakau"))
    again = page.run(FormState(query="pantai"))
    assert first.review_text.startswith("1 berita menunggu tinjauan") and again.review_text == first.review_text
    assert len(kept) == 1 and reads == []
    _write(home, 7, waiting=True)  # an import lands with a reindex: a new generation
    Archive.open(home).reindex()
    assert page.run(FormState(query="bakau")).review_text.startswith("2 berita menunggu tinjauan")
    assert len(kept) == 2 and reads == []


def test_kept_review_count_follows_edits_and_equals_the_files(home):
    from melati_archive.index import pending_review

    arc = Archive.open(home)
    folder = home / "archive" / "articles" / "2021"

    def both():
        arc.reindex()
        return pending_review(arc.index_dir), review.pending_count(arc)

    assert both() == (1, 1)
    _write(home, 8, waiting=True)
    _write(home, 9, waiting=True)
    assert both() == (3, 3)
    _write(home, 2)  # a person settled the date: the mark is gone
    assert both() == (2, 2)
    (folder / "2021-05-09-kabar-8.md").unlink()
    assert both() == (1, 1)
    arc.reindex(full=True)
    assert both() == (1, 1)


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
