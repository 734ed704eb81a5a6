"""A number written another way: leading zeros (RT 003), Roman numerals (tahap III), number words
and ordinals (tiga, ketiga), and a number with its unit written solid or apart (10kg, 10 kg)."""
from __future__ import annotations

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.numberforms import number_words, same_number, value_of

ARTICLES = {
    # fictional texts written for this test
    "2021-10-01-rt": ("Kerja Bakti", "Warga RT 003/RW 005 Kelurahan Sukamulya membersihkan selokan."),
    "2021-10-02-rt2": ("Posyandu", "Kader RT 08 menimbang balita setiap bulan."),
    "2021-10-03-tahap": ("Penyaluran Berlanjut", "Penyaluran sembako tahap III dimulai di kantor pos."),
    "2021-10-04-tahap2": ("Penyaluran Dimulai", "Penyaluran sembako tahap pertama dimulai di kantor desa."),
    "2021-10-05-ketiga": ("Vaksinasi Lanjutan", "Vaksinasi dosis ketiga bagi lansia digelar di puskesmas."),
    "2021-10-06-tiga": ("Air Bersih", "Bantuan air bersih dikirim ke tiga desa yang dilanda kekeringan."),
    "2021-10-07-kg": ("Paket Beras", "Setiap keluarga menerima beras 10kg dan minyak goreng."),
    "2021-10-08-km": ("Jalan Desa", "Jalan sepanjang 5 km di desa itu akhirnya diaspal."),
    "2021-10-09-salah": ("Rapat Warga", "Salah satu warga mengusulkan ronda malam bergilir."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("numbers"), ARTICLES, "BOGOR")


ids = hit_ids


def test_the_forms_of_a_number():
    assert value_of("003") == 3 and value_of("iii") == 3 and value_of("ketiga") == 3 and value_of("tiga") == 3
    assert value_of("i") is None and value_of("satu") is None and value_of("12345") is None
    assert same_number("3") == ["03", "003", "0003", "iii"]
    assert same_number("0507") == ["507"]
    assert same_number("2021") == [] and same_number("v") == [] and same_number("²") == []
    assert number_words("3") == ["tiga", "ketiga"] and number_words("ketiga") == ["tiga"]


def test_leading_zeros(arc):
    res = arc.search("rt 3 rw 5")
    assert ids(res)[0] == "2021-10-01-rt" and res.hits[0].missing == []
    res = arc.search("rt 8")
    assert ids(res) == ["2021-10-02-rt2", "2021-10-01-rt"]  # the number held first, then "rt" alone
    assert res.hits[0].missing == [] and res.hits[1].missing == ["8"]


def test_roman_numerals_and_ordinals(arc):
    assert ids(arc.search("tahap 3"))[0] == "2021-10-03-tahap"
    assert ids(arc.search("tahap tiga"))[0] == "2021-10-03-tahap"
    assert ids(arc.search("dosis 3"))[0] == "2021-10-05-ketiga"
    # the numeral as typed first; the same number in digits (003) and in words after it
    order = ids(arc.search("III"))
    assert order[0] == "2021-10-03-tahap" and {"2021-10-01-rt", "2021-10-06-tiga"} <= set(order)


def test_a_number_word_for_a_digit_and_no_salah_satu(arc):
    assert ids(arc.search("3 desa"))[0] == "2021-10-06-tiga"
    assert "2021-10-09-salah" not in ids(arc.search("1"))


def test_a_number_and_its_unit_solid_or_apart(arc):
    assert ids(arc.search("5km")) == ["2021-10-08-km"]
    assert ids(arc.search("10 kg"))[0] == "2021-10-07-kg"
    assert ids(arc.search("beras 10 kg"))[0] == "2021-10-07-kg"
