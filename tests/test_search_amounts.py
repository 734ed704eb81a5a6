"""An amount finds the same amount however it is written: in digits with or without thousands
dots, the rupiah sign glued or apart, or in words of ribu, juta, miliar (and rb, jt); the form
typed ranks first."""
from __future__ import annotations

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.relevance import amount_forms

ARTICLES = {
    # fictional texts written for this test
    "2021-09-01-ribu": ("Santunan Anak", "Setiap anak menerima santunan Rp300 ribu per bulan dari panti."),
    "2021-09-02-angka": ("Bantuan Tunai", "Setiap keluarga menerima Rp300.000 per bulan selama tiga bulan."),
    "2021-09-03-juta": ("Modal Usaha", "Kelompok usaha perempuan menerima modal Rp1,5 juta."),
    "2021-09-04-digit": ("Alat Bengkel", "Bengkel desa menerima bantuan alat senilai Rp1.500.000."),
    "2021-09-05-tahun": ("Hari Jadi Panti", "Panti berdiri sejak tahun 1990 dan kini merawat 40 lansia."),
    "2021-09-06-sign": ("Capaian Vaksinasi", "Capaian vaksinasi lansia di kecamatan itu baru 45% dari target."),
    "2021-09-07-word": ("Angka Kemiskinan", "Angka kemiskinan desa turun 2,5 persen dalam setahun."),
    "2021-09-08-other": ("Posyandu Baru", "Sebanyak 45 kader posyandu dilatih menimbang balita."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("amounts"), ARTICLES, "BEKASI")


ids = hit_ids


def test_amount_forms_in_words_and_digits():
    assert amount_forms(("300", "ribu")) == [("300000",)]
    assert amount_forms(("300000",)) == [("300", "ribu")]
    assert amount_forms(("1,5", "juta")) == [("1500000",)]
    assert amount_forms(("1500000",)) == [("1,5", "juta")]
    assert amount_forms(("rp", "2", "miliar")) == [("2000000000",)]
    assert amount_forms(("300rb",)) == [("300000",), ("300", "ribu")]
    # small numbers, numbers that no scale word writes, codes and words: no amount
    assert amount_forms(("40",)) == [] and amount_forms(("123456",)) == [] and amount_forms(("0812",)) == []
    assert amount_forms(("ribu",)) == [] and amount_forms(("bantuan", "juta")) == []
    # digits of other scripts (a superscript two) are no amount, and no error
    assert amount_forms(("\u00b2",)) == [] and amount_forms(("\u00b2", "ribu")) == [] and amount_forms(("\u00b2rb",)) == []


def test_an_amount_in_words_finds_it_in_digits_and_back_the_form_typed_first(arc):
    assert ids(arc.search("300 ribu")) == ["2021-09-01-ribu", "2021-09-02-angka"]
    assert ids(arc.search("300.000")) == ["2021-09-02-angka", "2021-09-01-ribu"]
    assert ids(arc.search("1,5 juta")) == ["2021-09-03-juta", "2021-09-04-digit"]
    assert ids(arc.search("Rp1.500.000")) == ["2021-09-04-digit", "2021-09-03-juta"]


def test_a_year_is_not_an_amount_of_anything_else(arc):
    assert ids(arc.search("1990")) == ["2021-09-05-tahun"]


def test_a_percentage_is_the_same_with_the_sign_or_the_word(arc):
    # "45%" is "45 persen" and "2,5 persen" is "2,5%", apart or glued; a number alone is no percentage
    assert ids(arc.search("45 persen"))[:1] == ["2021-09-06-sign"]
    assert ids(arc.search("2,5%")) == ["2021-09-07-word"]
    assert ids(arc.search("2,5 %"))[:1] == ["2021-09-07-word"]
    assert ids(arc.search("45%")) == ["2021-09-06-sign"]  # "45 kader" holds no percentage
