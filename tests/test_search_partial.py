"""Ranked partial matching: documents with every query word first, then those with most of
them; quoted phrases, +word and fields stay strict; a partial hit says which words it lacks."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.partial import minimum_should_match

ARTICLES = {
    # id: (title, body) -- fictional texts written for this test
    "2021-04-01-semua": ("Bantuan Modal untuk Nelayan Pesisir",
                         "Pemerintah kabupaten menyalurkan bantuan modal usaha kepada nelayan pesisir di Muara Gembong."),
    "2021-04-02-dua": ("Perahu Baru bagi Nelayan",
                       "Sebanyak dua puluh perahu diserahkan kepada nelayan di pesisir utara kabupaten."),
    "2021-04-03-satu": ("Harga Ikan Naik",
                        "Pedagang pasar melaporkan harga ikan laut naik menjelang akhir pekan karena cuaca buruk."),
    "2021-04-04-lain": ("Jalan Desa Diperbaiki",
                        "Warga bergotong royong memperbaiki jalan desa yang rusak setelah hujan deras."),
    "2021-04-05-pasar": ("Pasar Murah di Kecamatan",
                         "Pasar murah digelar untuk warga kecamatan; nelayan ikut menjual hasil tangkapan."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("partial"), ARTICLES, "BEKASI")


ids = hit_ids


def test_all_words_first_then_most_words(arc):
    res = arc.search("bantuan nelayan pesisir")
    order = ids(res)
    # every word: first; two of three next; one of three is below the bound (2 of 3) and left out
    assert order[0] == "2021-04-01-semua"
    assert order[1] == "2021-04-02-dua"
    assert "2021-04-05-pasar" not in order and "2021-04-04-lain" not in order
    assert res.hits[0].missing == [] and res.hits[1].missing == ["bantuan"]
    assert res.total == 2


def test_two_words_never_end_the_list_early(arc):
    # no article holds both; each word alone still finds its articles, with what they lack
    res = arc.search("perahu ikan")
    assert set(ids(res)) == {"2021-04-02-dua", "2021-04-03-satu"}
    assert {tuple(h.missing) for h in res.hits} == {("ikan",), ("perahu",)}


def test_plus_word_and_phrase_and_field_stay_strict(arc):
    assert set(ids(arc.search("nelayan pasar ikan"))) >= {"2021-04-03-satu", "2021-04-05-pasar"}
    assert ids(arc.search("nelayan pasar +ikan")) == ["2021-04-03-satu"]
    assert arc.search("perahu +ikan").total == 0  # one other word: it is needed too
    # the phrase is required ("nelayan di pesisir" is not it); the bare words may partly match
    assert ids(arc.search('"nelayan pesisir" bantuan perahu')) == ["2021-04-01-semua"]
    # the field is required (PASAR has nelayan in its body only)
    assert set(ids(arc.search("judul:nelayan perahu modal"))) == {"2021-04-01-semua", "2021-04-02-dua"}


def test_minimum_should_match_is_half_rounded_up():
    assert [minimum_should_match(n) for n in range(1, 7)] == [1, 1, 2, 2, 3, 3]


def test_missing_words_in_frame_json_and_cli(arc):
    frame = arc.search("perahu ikan").to_frame()
    assert "missing" in frame.columns
    out = subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(arc.home), "search", "perahu", "ikan"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Tidak memuat: ikan" in out.stdout and "Tidak memuat: perahu" in out.stdout
    doc = json.loads(subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(arc.home), "search",
                                     "perahu", "ikan", "--json"], capture_output=True, text=True, timeout=60).stdout)
    assert sorted(h["missing"] for h in doc["hits"]) == [["ikan"], ["perahu"]]


def test_partial_hit_with_a_typo_still_suggests(arc):
    res = arc.search("nelayan perahuu")
    assert res.total >= 1 and res.suggestion == "nelayan perahu"


def test_search_page_shows_missing_words(arc):
    from melati_archive.searchpage import FormState, SearchPage, page_html

    page = SearchPage(arc).run(FormState(query="perahu ikan"))
    html = page_html(page)
    assert "Tidak memuat: <s>ikan</s>" in html and "Tidak memuat: <s>perahu</s>" in html


def test_when_no_article_holds_half_the_words_those_holding_one_are_listed(arc):
    # three words, and no article holds two of them: the list is not empty, each hit says
    # what it lacks (the bound of two of three applies only while something meets it)
    res = arc.search("perahu sapi kambing")
    assert ids(res) == ["2021-04-02-dua"]
    assert res.hits[0].missing == ["sapi", "kambing"]
    # while one article holds two of the three, the ones holding a single word stay out
    assert ids(arc.search("bantuan nelayan pesisir")) == ["2021-04-01-semua", "2021-04-02-dua"]


def test_the_widened_list_keeps_strict_parts_and_filters(arc):
    # "+word" stays required after widening; a date filter still applies
    assert arc.search("perahu sapi kambing +ikan").total == 0
    assert arc.search("perahu sapi kambing", date_from="2021-05-01").total == 0


def test_quotes_widen_the_same_way(tmp_path):
    home = tmp_path / "q"
    indexed_archive(home, {"2021-06-01-kutip": (
        "Panen Raya", 'Panen padi melimpah tahun ini. "Kami bersyukur hasil panen padi naik," kata '
        "Ketua Kelompok Tani Suka Maju, Darmaji Wiryo.")}, "KARAWANG")
    arc = Archive.open(home)
    assert arc.quotes("panen jagung kedelai").total == 1
    assert arc.quotes("panen padi kedelai").total == 1


@pytest.fixture(scope="module")
def about_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("about"), {
        "2021-07-01-rob": ("Tanggul Jebol", "Banjir rob menggenangi permukiman nelayan di pesisir utara."),
        "2021-07-02-rapat": ("Rapat", "Rapat tentang banjir."),
        "2021-07-03-stunting": ("Posyandu", "Kader mengukur balita untuk mencegah stunting."),
    }, "BEKASI")


def test_words_around_the_topic_do_not_count_as_a_word_of_it(about_arc):
    # "tentang" (about) is not part of the topic: the article with both topic words comes
    # first, above a short one that writes "tentang" beside one of them
    res = about_arc.search("tentang banjir rob")
    assert ids(res) == ["2021-07-01-rob", "2021-07-02-rapat"]
    assert res.hits[0].missing == []
    assert ids(about_arc.search("kegiatan terkait stunting")) == ["2021-07-03-stunting"]


def test_the_frame_of_a_question_adds_no_score(about_arc):
    # "berita tentang banjir" asks for floods: the same ranking and scores as "banjir" alone, not
    # the short article that writes "tentang" lifted above the one about the flood
    typed = about_arc.search("banjir")
    framed = about_arc.search("berita tentang banjir")
    assert [(h.id, round(h.score, 6)) for h in framed.hits] == [(h.id, round(h.score, 6)) for h in typed.hits]
    assert ids(about_arc.search("info mengenai banjir")) == ids(typed)
    # the frame alone is still searched: it is all there is
    assert ids(about_arc.search("tentang")) == ["2021-07-02-rapat"]


def test_a_question_word_adds_no_score_and_opens_no_compound(about_arc):
    # function words of a question ("apa itu", "bagaimana") weigh nothing beside the topic, and
    # "bagaimana banjir" is not the compound "bagaimanabanjir" eating the topic's first word
    typed = [(h.id, round(h.score, 6)) for h in about_arc.search("banjir rob").hits]
    assert [(h.id, round(h.score, 6)) for h in about_arc.search("apa itu banjir rob").hits] == typed
    assert [(h.id, round(h.score, 6)) for h in about_arc.search("bagaimana banjir rob").hits] == typed


def test_partial_false_requires_every_word(arc):
    # for counts (key-message pull-through): an article holding half the words must not count
    assert ids(arc.search("bantuan nelayan pesisir", partial=False)) == ["2021-04-01-semua"]
    assert arc.search("perahu ikan", partial=False).total == 0


def test_a_page_filled_by_articles_with_every_word_ranks_the_same_through_the_full_tier(arc, monkeypatch):
    from melati_archive import partial
    from melati_archive.search import engine

    arrays = [(h.id, h.score, h.missing) for h in arc.search("nelayan pesisir", limit=2).hits]
    monkeypatch.setattr(engine, "VECTOR", False)  # whoosh's walk, which the full tier shortcuts

    # "nelayan pesisir": two articles hold both words, a third only nelayan; with limit=2 the
    # page is the full tier alone and is ranked without walking the union, limit=3 needs it
    full_tier = partial.Coordinated.full_tier
    calls = []

    def counting(self):
        calls.append(self)
        return full_tier(self)

    partial.Coordinated.full_tier = counting
    try:
        tiered = [(h.id, h.score, h.missing) for h in arc.search("nelayan pesisir", limit=2).hits]
        assert len(calls) == 1 and calls[0].require_all is False
        three = arc.search("nelayan pesisir", limit=3)
        assert len(calls) == 1  # two articles hold both words: the page needs the union
    finally:
        partial.Coordinated.full_tier = full_tier
    walked = [(h.id, h.score, h.missing) for h in three.hits[:2]]
    assert tiered == walked == arrays and {t[0] for t in tiered} == {"2021-04-01-semua", "2021-04-02-dua"}
    assert all(score >= 2 * partial.COORD_TIER for _, score, _ in tiered)
    assert three.hits[2].missing == ["pesisir"] and three.total == 3


@pytest.mark.parametrize("counted,minmatch", [([True, True, True, True], None), ([True, True, False], None),
                                              ([True, True, True], 3), ([True, False], 1), ([False, False], None),
                                              ([True, True, True, True, True], 2)])
def test_docs_matching_counts_units_as_one_by_one(counted, minmatch):
    from whoosh import query as wq

    from melati_archive.partial import Coordinated

    sets = [{1, 2, 3, 9}, {2, 3, 4}, {3, 4, 5, 9}, {9, 10}, {2, 9, 11}][: len(counted)]
    q = Coordinated([wq.Term("body", f"w{i}") for i in range(len(counted))], [f"w{i}" for i in range(len(counted))],
                    counted, minmatch)
    found = q.docs_matching(lambda node: sets[int(node.text[1:])], reader=object())
    every = set().union(*sets)
    if q.minmatch:
        expected = {d for d in every if sum(d in s for s, c in zip(sets, counted) if c) >= q.minmatch}
    else:
        expected = every
    assert found == expected


def test_results_piped_from_a_terminal_session_carry_no_bold_codes(arc):
    # stderr on a terminal, stdout into a pipe (melati search ... | less): the pipe gets plain text
    import os
    import pty

    master, slave = pty.openpty()
    try:
        out = subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(arc.home), "search", "perahu"],
                             stdout=subprocess.PIPE, stderr=slave, text=True, timeout=60)
    finally:
        os.close(slave)
        os.close(master)
    assert out.returncode == 0
    assert "perahu" in out.stdout.lower() and "\x1b[" not in out.stdout


def test_a_word_in_most_articles_still_counts_as_held(arc):
    # "nelayan" is in four of five articles: too common for an affix family's forms, but the word
    # itself is always what a hit holds, never listed among what it lacks
    res = arc.search("nelayan perahu")
    lacks = {h.id: h.missing for h in res.hits}
    assert lacks["2021-04-02-dua"] == []
    assert lacks["2021-04-05-pasar"] == ["perahu"]
