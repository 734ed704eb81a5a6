"""Date filters answered from the date column: the same documents as whoosh's DateRange, hits unchanged."""
from __future__ import annotations

import datetime as dt

import pytest
from whoosh import query as wq

from melati_archive.search import engine

D = dt.datetime


def _article(home, slug: str, day: str, body: str) -> None:
    folder = home / "archive" / "articles" / day[:4]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{day}-{slug}.md").write_text(f"---\ntitle: Berita {slug}\ndate: {day}\n---\n{body}\n", encoding="utf-8")


@pytest.fixture
def dated(tmp_path):
    from melati_archive.api import Archive

    home = tmp_path / "home"
    (home / "archive").mkdir(parents=True)
    (home / "archive" / "melati.yaml").write_text(
        "organization:\n  name: Balai Uji\n  short: Balai Uji\nlanguage: id\n", encoding="utf-8")
    days = ["2019-12-31", "2020-01-01", "2020-03-15", "2020-09-30", "2020-10-01", "2021-06-01", "2022-02-02"]
    for i, day in enumerate(days):
        _article(home, f"b{i}", day, f"Pelatihan menjahit bagi warga ke-{i}. \"Kami senang,\" kata Rudi Hartono.")
    arc = Archive.open(home)
    arc.reindex(full=True)
    # an incremental commit with a deletion and an edit: the column must skip deleted documents
    (home / "archive" / "articles" / "2020" / "2020-03-15-b2.md").unlink()
    _article(home, "b5", "2021-06-01", "Pelatihan menjahit diperbarui. \"Kami senang,\" kata Rudi Hartono.")
    arc.reindex()
    return arc


RANGES = [
    (D(2020, 1, 1), D(2020, 12, 31, 23, 59, 59), False, False),
    (D(2020, 1, 1), D(2020, 9, 30, 23, 59, 59), True, False),
    (None, D(2020, 9, 30), False, True),
    (D(2020, 10, 1), None, False, False),
    (None, None, False, False),
    (D(2030, 1, 1), None, False, False),
]


@pytest.mark.parametrize("start,end,startexcl,endexcl", RANGES)
def test_column_dates_equal_whooshs_date_range(dated, start, end, startexcl, endexcl):
    ix = engine._index_of(dated)
    with engine._searcher(ix) as s:
        assert s.reader().has_deletions()
        node = wq.DateRange("date", start, end, startexcl, endexcl)
        assert engine.date_docs(s, node) == set(s.docs_for_query(node))


def test_date_filtered_search_keeps_hits_and_totals(dated):
    by_option = dated.search("pelatihan", date_from="2020", date_to="2021-06")
    in_query = dated.search("tanggal:[2020 TO 2021-06] pelatihan")
    assert [h.id for h in by_option.hits] == [h.id for h in in_query.hits]
    assert by_option.total == in_query.total == 4
    assert {h.date.year for h in by_option.hits} == {2020, 2021}
    assert by_option.facets["year"] == {"2020": 3, "2021": 1}  # 2020-03-15 was deleted


def test_every_quote_of_a_period_without_quotes_is_none_not_an_error(dated):
    # the monthly report asks for every quote of its month (reports.voices.quotes_in_period):
    # a period with no quote is an empty list, without reading the other periods' quotes
    assert dated.quotes("", date_from="2020-09", date_to="2020-09", limit=None).total == 1
    assert dated.quotes("", date_from="2030-01", date_to="2030-12", limit=None).hits == []
    assert dated.quotes("", date_from="2020-04", date_to="2020-08", limit=None).total == 0
    assert dated.quotes("", date_from=dt.date(2020, 4, 1), date_to=dt.date(2020, 8, 31), limit=None).hits == []
