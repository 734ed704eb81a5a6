"""A month and year or a year typed among the words ("bansos maret 2021", "banjir 2020"): an
article published in that period holds those words by its date, whatever its text says."""
from __future__ import annotations

import datetime as dt

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.search import engine
from melati_archive.search.period import periods

ARTICLES = {
    # fictional texts written for this test
    "2021-03-05-bansos": ("Penyaluran Bansos", "Pemerintah kota menyalurkan bansos beras kepada warga."),
    "2021-06-05-bansos": ("Bansos Tahap Dua", "Penyaluran bansos tahap dua dimulai pekan ini."),
    "2021-03-09-banjir": ("Banjir", "Banjir merendam puluhan rumah di bantaran sungai."),
    "2020-12-01-bansos": ("Bansos Akhir Tahun", "Bansos tunai disalurkan pada bulan Maret dan Desember."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    home = tmp_path_factory.mktemp("periods")
    indexed_archive(home, ARTICLES, "BOGOR")
    # a second segment: the period's articles are found in every segment of the index
    late = home / "archive" / "articles" / "2021" / "2021-03-20-bansos.md"
    late.write_text("---\ntitle: Bansos Susulan\ndate: 2021-03-20\nfictional: true\n---\n"
                    "BOGOR - Bansos susulan diterima warga yang belum terdata.\n", encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex()
    return arc


ids = hit_ids


def test_the_periods_words_name():
    assert periods(["bansos", "maret", "2021"]) == {
        1: (dt.date(2021, 3, 1), dt.date(2021, 3, 31)), 2: (dt.date(2021, 1, 1), dt.date(2021, 12, 31))}
    assert periods(["banjir", "maret"]) == {}  # a month without a year names no period
    assert periods(["10000", "paket", "1234"]) == {}  # numbers that are no year


def test_month_and_year_among_words(arc):
    res = arc.search("bansos maret 2021")
    order = ids(res)
    # March 2021 articles hold every word by their date; June 2021 the year only; an article
    # of 2020 that writes "Maret" holds the month by its text
    assert set(order[:2]) == {"2021-03-05-bansos", "2021-03-20-bansos"}
    assert res.hits[0].missing == [] and res.hits[1].missing == []
    assert order.index("2021-06-05-bansos") < order.index("2021-03-09-banjir")
    assert res.hits[order.index("2021-06-05-bansos")].missing == ["maret"]
    assert res.hits[order.index("2020-12-01-bansos")].missing == ["2021"]


def test_a_year_alone_lists_its_articles(arc):
    assert set(ids(arc.search("2021"))) == {"2021-03-05-bansos", "2021-06-05-bansos", "2021-03-09-banjir",
                                            "2021-03-20-bansos"}
    assert ids(arc.search("banjir 2021")) == ["2021-03-09-banjir"] + ids(arc.search("banjir 2021"))[1:]
    assert arc.search("banjir 2021").hits[0].missing == []


def test_a_required_year_is_a_word_and_a_month_alone_is_a_word(arc):
    assert arc.search("+2021").total == 0  # "+" asks for the word as written
    assert ids(arc.search("maret")) == ["2020-12-01-bansos"]


def test_the_whoosh_walk_ranks_periods_the_same(arc, monkeypatch):
    fast = [(h.id, h.score) for h in arc.search("bansos maret 2021", limit=3).hits]
    monkeypatch.setattr(engine, "VECTOR", False)
    assert [(h.id, h.score) for h in arc.search("bansos maret 2021", limit=3).hits] == fast


def test_periods_counted_back_from_today():
    from melati_archive.search.period import relative_period

    today = dt.date(2026, 1, 14)  # a Wednesday
    assert relative_period("month", 1, today) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert relative_period("week", 0, today) == (dt.date(2026, 1, 12), dt.date(2026, 1, 18))
    assert relative_period("year", 1, today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert periods(["rapat", "bulan", "ini"], today)[1] == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert periods(["hari", "lalu"], today) == {}


def test_this_month_and_last_month_among_the_words(tmp_path):
    today = dt.date.today()
    this_month = today.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    home = tmp_path / "relative"
    indexed_archive(home, {
        f"{this_month}-rapat": ("Rapat Koordinasi", "Rapat koordinasi penyaluran bantuan digelar di balai."),
        f"{last_month}-rapat": ("Rapat Evaluasi", "Rapat evaluasi penyaluran bantuan digelar di kantor."),
    }, "BOGOR")
    arc = Archive.open(home)
    assert ids(arc.search("rapat bulan ini")) == [f"{this_month}-rapat", f"{last_month}-rapat"]
    assert ids(arc.search("rapat bulan lalu"))[0] == f"{last_month}-rapat"
    # "tahun" and "ini" are stopwords, yet this year's articles hold them by their date
    res = arc.search("rapat tahun ini")
    assert res.hits[0].missing == [] and res.hits[0].date.year == today.year


def test_a_period_lists_only_the_kind_searched(tmp_path):
    # an article's quotes share its date: a year lists articles in an article search, quotes in
    # a quote search (the fuzzer found a quote search listing articles)
    home = tmp_path / "kinds"
    indexed_archive(home, {"2021-04-01-kutip": (
        "Panen Raya", 'Panen padi melimpah. "Kami bersyukur hasil panen naik," kata Ketua Kelompok Tani '
        "Suka Maju, Darmaji Wiryo.")}, "KARAWANG")
    arc = Archive.open(home)
    assert ids(arc.search("2021")) == ["2021-04-01-kutip"]
    quotes = arc.quotes("2021")
    assert quotes.total == 1 and quotes.hits[0].speaker == "Darmaji Wiryo"
    assert [h.speaker for h in arc.quotes("panen 2021").hits] == ["Darmaji Wiryo"]
