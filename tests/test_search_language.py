"""One query language: a fielded word gets the bare word's expansion (affixed family,
synonyms, words inside longer words); `word~` prefers near spellings that keep the word's
start, counts a swap of two letters as one edit, and caps the distance by word length."""
from __future__ import annotations

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.errors import QueryError
from melati_archive.search.fuzzy import damerau, distance_cap, near_spellings

ARTICLES = {
    # fictional texts written for this test; "menjadi" is frequent on purpose
    "2021-07-01-jahit": ("Pelatihan Menjahit untuk Ibu Rumah Tangga",
                         "Sebanyak dua puluh ibu belajar menjahit pakaian di balai warga."),
    "2021-07-02-jadi": ("Taman Menjadi Ruang Bermain",
                        "Lahan kosong menjadi taman, menjadi tempat bermain, dan menjadi kebanggaan warga."),
    "2021-07-03-latih": ("Relawan Dilatih Menolong Korban", "Para relawan dilatih memberi pertolongan pertama."),
    "2021-07-04-pasca": ("Pemulihan Pascabencana", "Warga membersihkan rumah setelah banjir surut."),
    "2021-07-05-lansia": ("Senam Lansia", "Kelompok warga senior berolahraga setiap Jumat pagi."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("language"), ARTICLES, "DEPOK")


ids = hit_ids


def test_fielded_word_gets_the_family_of_the_bare_word(arc):
    # "latih" is a root; its family holds both Pelatihan (a noun) and Dilatih (a verb)
    assert set(ids(arc.search("judul:latih"))) == {"2021-07-01-jahit", "2021-07-03-latih"}
    assert set(ids(arc.search("judul:latih"))) == set(ids(arc.search("latih"))) & {
        "2021-07-01-jahit", "2021-07-03-latih"}


def test_fielded_word_gets_inside_words_and_synonyms(arc):
    assert ids(arc.search("judul:bencana")) == ["2021-07-04-pasca"]
    assert ids(arc.search("judul:\"lanjut usia\"")) == ["2021-07-05-lansia"]


def test_fuzzy_prefers_the_spelling_that_keeps_the_start(arc):
    res = arc.search("menjahti~")
    assert ids(res)[0] == "2021-07-01-jahit"
    assert ids(arc.search("judul:menjahti~"))[0] == "2021-07-01-jahit"  # "Menjadi" follows, 2 edits


def test_swap_is_one_edit_and_ranks_above_two_edits():
    assert damerau("menjahti", "menjahit") == 1
    assert damerau("menjahti", "menjadi") == 2
    assert [c for c, _ in near_spellings("menjahti", ["menjadi", "menjahit"], 2)] == ["menjahit", "menjadi"]


def test_distance_is_capped_by_word_length(arc):
    assert [distance_cap(w) for w in ("abu", "rumah", "menjahit")] == [1, 2, 3]
    with pytest.raises(QueryError, match="paling banyak boleh 1 salah ketik"):
        arc.search("abu~2")
    assert arc.search("rumah~2").total >= 1
