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


@pytest.fixture(scope="module")
def compound_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("compound"), {
        # fictional texts written for this test
        "2021-07-01-ttd": ("Nota Kesepahaman", "Bupati dan rektor menandatangani nota kesepahaman di pendopo."),
        "2021-07-02-penanda": ("Acara Resmi", "Penandatanganan perjanjian berlangsung di aula kantor camat."),
        "2021-07-03-apart": ("Surat Edaran", "Surat itu sudah diberi tanda tangan kepala dinas."),
        "2021-07-04-lanjut": ("Jalan Rusak", "Dinas segera menindaklanjuti laporan warga soal jalan rusak."),
        "2021-07-05-guna": ("Dana Desa", "Dana bantuan tidak boleh disalahgunakan untuk keperluan pribadi."),
        "2021-07-06-tangan": ("Cuci Tangan", "Siswa belajar mencuci tangan dengan sabun di sekolah."),
    }, "BOGOR")


def test_a_compound_finds_its_solid_affixed_forms(compound_arc):
    # PUEBI writes a compound solid once it takes a prefix and a suffix together
    assert set(ids(compound_arc.search("tanda tangan"))) >= {"2021-07-01-ttd", "2021-07-02-penanda", "2021-07-03-apart"}
    assert ids(compound_arc.search("tindak lanjut")) == ["2021-07-04-lanjut"]
    assert ids(compound_arc.search("salah guna")) == ["2021-07-05-guna"]
    # typed solid, a compound the archive writes only with its affixes
    assert set(ids(compound_arc.search("tandatangan"))) >= {"2021-07-01-ttd", "2021-07-02-penanda"}


def test_the_compound_as_typed_ranks_above_its_affixed_forms(compound_arc):
    order = ids(compound_arc.search("tanda tangan"))
    assert order[0] == "2021-07-03-apart"
    # one half of the compound alone is a partial hit, below every form of the whole
    assert order.index("2021-07-06-tangan") > max(order.index("2021-07-01-ttd"), order.index("2021-07-02-penanda"))
    assert compound_arc.search("tanda tangan").hits[order.index("2021-07-06-tangan")].missing == ["tanda"]


def test_a_compound_family_never_cuts_letters(compound_arc):
    # "guna" alone is no compound: its affixed compound forms are not its family
    assert "2021-07-05-guna" not in ids(compound_arc.search("guna"))


@pytest.fixture(scope="module")
def apart_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("apart"), {
        # fictional texts written for this test
        "2021-07-11-bare": ("Kerja Bakti", "Semangat gotong royong terlihat di kampung nelayan."),
        "2021-07-12-prefixed": ("Saluran Air", "Pemuda karang taruna bergotong royong membersihkan saluran air."),
        "2021-07-13-hyphen": ("Jembatan Bambu", "Warga bergotong-royong membangun jembatan bambu."),
        "2021-07-14-far": ("Gotong Sapi", "Royong adalah nama dusun di ujung desa; gotong sapi tradisi lama."),
        "2021-07-15-muka": ("Sekolah Dibuka", "Siswa kembali bertatap muka dengan guru setelah libur panjang."),
        # more articles, so no affixed form above stands in a quarter of the archive (those are
        # not searched: wordforms.FAMILY_MAX_DF)
        **{f"2021-07-{20 + i}-lain": ("Kabar Desa", f"Kabar ke-{i} dari balai desa tentang panen padi.") for i in range(6)},
    }, "GARUT")


def test_a_compound_typed_with_a_hyphen_finds_it_written_apart_with_its_prefix(apart_arc):
    found = ids(apart_arc.search("gotong-royong"))
    assert set(found[:3]) == {"2021-07-11-bare", "2021-07-12-prefixed", "2021-07-13-hyphen"}
    assert ids(apart_arc.search("tatap-muka")) == ["2021-07-15-muka"]


def test_a_hyphenated_compound_stays_a_compound(apart_arc):
    # its two words apart and out of order are not the compound
    assert "2021-07-14-far" not in ids(apart_arc.search("gotong-royong"))


@pytest.fixture(scope="module")
def solid_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("solid"), {
        # fictional texts written for this test
        "2021-08-01-solid": ("Nota Kesepahaman", "Kerjasama dinas dengan koperasi nelayan diperpanjang."),
        "2021-08-02-prefixed": ("Pelatihan Bengkel", "Balai latihan bekerja sama dengan bengkel motor di pasar."),
        "2021-08-03-suffixed": ("Laporan Dana", "Bendahara menyerahkan laporan sebagai tanggung jawabnya kepada warga."),
        "2021-08-04-noun": ("Upah Buruh", "Pekerja pabrik menerima upah yang sama dengan tahun lalu."),
        "2021-08-05-apart": ("Kerja Bakti", "Warga menjaga kebersihan kali sebagai tanggung jawab bersama."),
        "2021-08-06-bare": ("Pasar Tani", "Kerja sama petani dan koperasi membuka pasar tani mingguan."),
        **{f"2021-08-{10 + i}-lain": ("Kabar Desa", f"Kabar ke-{i} dari balai desa tentang panen padi.") for i in range(6)},
    }, "DEPOK")


def test_a_compound_typed_solid_finds_it_written_apart_with_its_affixes(solid_arc):
    # PUEBI: written apart, the compound takes its prefix on the first word, its suffix on the last
    found = ids(solid_arc.search("kerjasama"))
    assert found[0] == "2021-08-01-solid"  # the spelling typed first
    assert found.index("2021-08-06-bare") < found.index("2021-08-02-prefixed")
    assert "2021-08-03-suffixed" in ids(solid_arc.search("tanggungjawab"))


def test_the_affixed_pair_ranks_below_the_bare_pair_and_takes_no_noun_prefix(solid_arc):
    # (an affixed pair counts only where the archive also writes the bare pair: any two words of
    # 4+ letters make some affixed pair, kenaikan "terkena ikan")
    order = ids(solid_arc.search("tanggungjawab"))
    assert order.index("2021-08-05-apart") < order.index("2021-08-03-suffixed")
    # pe- makes a noun of its own ("pekerja sama" is a worker, then "the same"): no compound
    assert "2021-08-04-noun" not in ids(solid_arc.search("kerjasama"))


@pytest.fixture(scope="module")
def loan_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("loan"), {
        # fictional texts written for this test
        "2021-10-01-bare": ("Siaga Satu", "Ancaman teror membuat penjagaan di stasiun diperketat."),
        "2021-10-02-isme": ("Seminar Kampus", "Mahasiswa membahas bahaya terorisme di aula kampus."),
        "2021-10-03-is": ("Penangkapan", "Densus menangkap dua terduga teroris di sebuah kontrakan."),
        "2021-10-04-menang": ("Lomba Desa", "Tim desa itu menang lomba tarik tambang tahun ini."),
        "2021-10-05-tangis": ("Haru", "Para ibu menangis haru saat anak-anak tampil di panggung."),
        **{f"2021-10-{10 + i}-lain": ("Kabar Desa", f"Kabar ke-{i} dari balai desa tentang panen padi.") for i in range(6)},
    }, "SOLO")


def test_a_word_finds_its_doctrine_and_follower_below_itself(loan_arc):
    order = ids(loan_arc.search("teror"))
    assert order[0] == "2021-10-01-bare"
    assert set(order) == {"2021-10-01-bare", "2021-10-02-isme", "2021-10-03-is"}


def test_a_word_ending_in_is_is_no_follower_without_its_doctrine(loan_arc):
    # menangis (to cry) is no follower of menang (to win): no "menangisme" in the archive
    assert ids(loan_arc.search("menang")) == ["2021-10-04-menang"]


def test_an_affixed_word_is_no_compound_written_apart(tmp_path):
    arc = indexed_archive(tmp_path, {
        # fictional texts written for this test
        "2021-08-21-naik": ("Harga Beras", "Kenaikan harga beras dirasakan pedagang pasar."),
        "2021-08-22-ikan": ("Tambak", "Petani tambak terkena ikan busuk setelah banjir."),
        "2021-08-23-kena": ("Razia", "Dia kena tilang, ikan di baknya dibuang."),
        "2021-08-24-tanda": ("Serah Terima", "Kedua pihak bertanda tangan di atas meterai."),
    }, "DEPOK")
    # kenaikan is ke-naik-an, a word of the dictionary's root: its halves make no compound
    assert ids(arc.search("kenaikan")) == ["2021-08-21-naik"]
    # a word the dictionary does not explain is a closed compound, bare pair or not
    assert ids(arc.search("tandatangan")) == ["2021-08-24-tanda"]
