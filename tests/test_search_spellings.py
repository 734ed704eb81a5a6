"""Spellings of before 1972 that names keep (Soekarno, Djoko, Tjipto, Sjahrir, Chairul): either
spelling typed finds both, the one typed first; old j for y is never used (juni is not Yuni)."""
from __future__ import annotations

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive
from melati_archive.spellings import MAX_SPELLING_SITES, spelling_variants

ARTICLES = {
    # fictional texts written for this test
    "2021-06-01-lama": ("Ziarah Makam", "Pelajar berziarah ke makam Soekarno dan membaca riwayat hidupnya."),
    "2021-06-02-baru": ("Diskusi Sejarah", "Mahasiswa membahas pidato Sukarno tentang gotong royong."),
    "2021-06-03-djoko": ("Dapur Umum", "Tokoh pemuda Djoko Prasetyo memimpin dapur umum di balai warga."),
    "2021-06-04-jalan": ("Jalan Sehat", "Ratusan warga mengikuti jalan sehat di Jalan Jenderal Soedirman."),
    "2021-06-05-tjipto": ("Rumah Sakit", "Pasien dirujuk ke Rumah Sakit Tjipto Mangunkusumo."),
    "2021-06-06-chairul": ("Lomba Azan", "Juri lomba azan, Chairul Anwar, mengumumkan para pemenang."),
    "2021-06-07-yuni": ("Kader Posyandu", "Kader posyandu Yuni Astuti menimbang balita setiap bulan."),
    "2021-06-08-juni": ("Jadwal Baru", "Penyaluran bantuan dijadwalkan pada bulan Juni mendatang."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("spellings"), ARTICLES, "BEKASI")


ids = hit_ids


def test_variants_of_a_word_in_old_and_new_letters():
    assert spelling_variants("sukarno") == ("soekarno",)
    assert spelling_variants("soekarno") == ("sukarno",)
    assert spelling_variants("djoko") == ("joko",)
    assert "tjipto" in spelling_variants("cipto")
    assert "sjahrir" in spelling_variants("syahrir")
    assert "chairul" in spelling_variants("khairul")
    # old j for y would make the month find a name
    assert not any(v.startswith("y") for v in spelling_variants("juni"))
    assert spelling_variants("bpnt") == () and spelling_variants("ktp") == ()


def test_a_long_word_gets_only_its_all_old_and_all_new_forms():
    word = "cu" * MAX_SPELLING_SITES  # twice as many letters that may be old or new
    assert set(spelling_variants(word)) == {"tjoe" * MAX_SPELLING_SITES}
    assert len(spelling_variants("cucu")) == 2 ** 4 - 1


def test_either_spelling_finds_both_the_one_typed_first(arc):
    assert ids(arc.search("sukarno")) == ["2021-06-02-baru", "2021-06-01-lama"]
    assert ids(arc.search("soekarno")) == ["2021-06-01-lama", "2021-06-02-baru"]


def test_names_of_people_streets_and_buildings_in_old_letters(arc):
    assert ids(arc.search("joko prasetyo")) == ["2021-06-03-djoko"]
    assert ids(arc.search("sudirman")) == ["2021-06-04-jalan"]
    assert ids(arc.search("cipto mangunkusumo")) == ["2021-06-05-tjipto"]
    assert ids(arc.search("khairul anwar")) == ["2021-06-06-chairul"]
    assert ids(arc.search("judul:ziarah sukarno")) == ["2021-06-01-lama"]


def test_the_month_does_not_find_a_name_written_with_y(arc):
    assert ids(arc.search("juni")) == ["2021-06-08-juni"]
    assert ids(arc.search("yuni")) == ["2021-06-07-yuni"]
