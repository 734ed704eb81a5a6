"""A word inside longer words: behind a solid prefix (pascabencana for bencana) or as the first
half of a closed compound the archive also writes apart (kerjasama for kerja); below the word
itself, and never by cutting letters (relawan does not find rawan, duduk does not find
penduduk, mantan does not find Kalimantan)."""
from __future__ import annotations

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive.api import Archive

ARTICLES = {
    # fictional texts written for this test
    "2021-06-01-pasca": ("Warga Kembali ke Rumah", "Pemulihan pascabencana berjalan cepat di desa itu."),
    "2021-06-02-bencana": ("Siaga Musim Hujan", "Bencana banjir mengancam desa di bantaran sungai."),
    "2021-06-03-antar": ("Terminal Ramai", "Penumpang bus antarprovinsi memadati terminal menjelang libur."),
    "2021-06-04-rawan": ("Jalur Rawan", "Jalur selatan rawan longsor saat hujan turun deras."),
    "2021-06-05-relawan": ("Dapur Umum", "Para relawan memasak untuk warga di dapur umum."),
    "2021-06-06-sama": ("Nota Kesepahaman", "Pemerintah kota menandatangani kerjasama dengan universitas."),
    "2021-06-07-apart": ("Program Magang", "Kerja sama dengan pabrik membuka program magang bagi lulusan."),
    "2021-06-08-duduk": ("Sensus", "Petugas mendata penduduk yang baru pindah ke kelurahan."),
    "2021-06-09-kursi": ("Ruang Tunggu", "Pengunjung duduk di kursi ruang tunggu kantor kecamatan."),
    "2021-06-10-mantan": ("Kunjungan", "Mantan kepala desa berkunjung ke Kalimantan bersama keluarga."),
    "2021-06-11-kali": ("Perjalanan Dinas", "Rombongan berangkat ke Kalimantan dengan kapal laut."),
    "2021-06-12-usai": ("Pasar Ramai Lagi", "Usai pandemi, pedagang sayur kembali memenuhi los pasar."),
    "2021-06-13-pandemi": ("Pasar Sepi", "Selama pandemi pedagang sayur pindah berjualan ke depan rumah."),
}


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("inside"), ARTICLES, "BOGOR")


ids = hit_ids


def test_word_behind_a_solid_prefix_ranks_below_the_word(arc):
    assert ids(arc.search("bencana")) == ["2021-06-02-bencana", "2021-06-01-pasca"]
    assert ids(arc.search("provinsi")) == ["2021-06-03-antar"]
    assert "«pascabencana»" in arc.search("bencana").hits[1].snippet


def test_first_half_of_a_compound_written_apart_elsewhere(arc):
    assert set(ids(arc.search("kerja"))) == {"2021-06-06-sama", "2021-06-07-apart"}


def test_no_stemmer_traps_come_back(arc):
    assert ids(arc.search("relawan")) == ["2021-06-05-relawan"]
    assert ids(arc.search("rawan")) == ["2021-06-04-rawan"]
    assert ids(arc.search("duduk")) == ["2021-06-09-kursi"]
    assert ids(arc.search("mantan")) == ["2021-06-10-mantan"]


def test_a_solid_prefix_compound_finds_its_preposition_paraphrase(arc):
    # pascapandemi is also written "usai pandemi" (setelah, sesudah, seusai): after, not during
    assert ids(arc.search("pascapandemi")) == ["2021-06-12-usai"]
    assert ids(arc.search("pasca pandemi"))[0] == "2021-06-12-usai"
    # a plain word still matches only as itself and its family
    assert ids(arc.search("usai")) == ["2021-06-12-usai"]
