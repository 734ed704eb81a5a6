"""Acronym definitions (both directions, syllable acronyms, mixed case); programs are in
test_program_mentions.py."""
from __future__ import annotations

import pytest

from melati_archive.model import Acronym
from melati_archive.nlp.acronyms import alignment_cost, find_acronyms


def pairs(text):
    return [(a.short, a.long) for a in find_acronyms(text)]


def test_seed_acronyms(shared_dir):
    text = (shared_dir / "seed" / "balai-melati-inhouse-training-kehumasan-2020-11-13.txt").read_text(encoding="utf-8")
    found = dict(pairs(text))
    assert found["ATENSI"] == "Asistensi Rehabilitasi Sosial"
    assert found["SDM"] == "Sumber Daya Manusia"
    assert found["Pusdatin"] == "Pusat Data dan Informasi"
    assert all(isinstance(a, Acronym) for a in find_acronyms(text))


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("melalui Program Keluarga Harapan (PKH) tahun ini", "PKH", "Program Keluarga Harapan"),
        ("meningkatkan kapasitas sumber daya manusia (SDM) balai", "SDM", "sumber daya manusia"),
        ("Direktorat Jenderal Rehabilitasi Sosial (Ditjen Rehsos) menggelar", "Ditjen Rehsos",
         "Direktorat Jenderal Rehabilitasi Sosial"),
        ("Direktorat Jenderal (Ditjen) Rehabilitasi Sosial", "Ditjen", "Direktorat Jenderal"),
        ("bersama Satuan Bakti Pekerja Sosial (Sakti Peksos) di lapangan", "Sakti Peksos", "Satuan Bakti Pekerja Sosial"),
        ("relawan Taruna Siaga Bencana (Tagana) bergerak", "Tagana", "Taruna Siaga Bencana"),
        ("Tenaga Pelopor Sosial Anak (TePSA) hadir", "TePSA", "Tenaga Pelopor Sosial Anak"),
        ("Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A) kota", "P2TP2A",
         "Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak"),
        ("Orang dengan Gangguan Jiwa (ODGJ) terlantar", "ODGJ", "Orang dengan Gangguan Jiwa"),
        ("korban Kekerasan Dalam Rumah Tangga (KDRT) mendapat", "KDRT", "Kekerasan Dalam Rumah Tangga"),
        ("Menteri Sosial (Mensos) meninjau", "Mensos", "Menteri Sosial"),
        ("Kepala Kantor Wilayah (Kakanwil) hadir", "Kakanwil", "Kepala Kantor Wilayah"),
        # ACR (Long Form)
        ("data PPKS (Pemerlu Pelayanan Kesejahteraan Sosial) di balai", "PPKS", "Pemerlu Pelayanan Kesejahteraan Sosial"),
        ("layanan ATENSI (Asistensi Rehabilitasi Sosial) bagi anak", "ATENSI", "Asistensi Rehabilitasi Sosial"),
        ("di bawah Kemensos (Kementerian Sosial) RI", "Kemensos", "Kementerian Sosial"),
        ("aplikasi SiPeKa (Sistem Informasi Pelayanan Kenanga) diluncurkan", "SiPeKa", "Sistem Informasi Pelayanan Kenanga"),
        # an acronym that became a word, written in lower case
        ("dana untuk bantuan sosial (bansos) tahun ini", "bansos", "bantuan sosial"),
        ("bagi para lanjut usia (lansia) di panti", "lansia", "lanjut usia"),
        ("warga menggelar gotong royong (goro) setiap pekan", "goro", "gotong royong"),
        # without parentheses: "atau", "yang disingkat"
        ("layanan Asistensi Rehabilitasi Sosial atau ATENSI bagi anak", "ATENSI", "Asistensi Rehabilitasi Sosial"),
        ("penerima PKH atau Program Keluarga Harapan bertambah", "PKH", "Program Keluarga Harapan"),
        ("Program Keluarga Harapan yang disingkat PKH menyasar", "PKH", "Program Keluarga Harapan"),
    ],
)
def test_definitions(text, short, long):
    assert pairs(text) == [(short, long)]


@pytest.mark.parametrize(
    "text",
    [
        "AD (12) tinggal bersama neneknya",  # an age
        "pada Rabu (15/01/2020) lalu",  # a date
        "bantuan berupa uang (tunai) dan sembako",  # a lower-case word
        "Rinawati Susanto (Rina) mengatakan",  # a short name is not an acronym
        "Syam Wuryani (Yani) menjadi narasumber",
        "Saifullah Yusuf (Gus Ipul) meninjau",
        "Kepala Balai (Plt) hadir",
        "menerima Rp 300.000 (tiga ratus ribu rupiah)",
        "di Balai Melati (Jakarta) kemarin",
        "sebanyak 12 orang (PNS)",  # letters that do not spell the words before
        "para pengungsi (penyintas) menerima bantuan",  # a lower-case word that spells nothing
        "rumah itu direhab (rehab) tahun ini",  # a lower-case word of the words before
        "Ia bertemu Bupati atau Wakil Bupati Bogor",  # "atau" between words, not an acronym
        "warga memilih rumah atau RTLH",  # letters that do not spell the words before
        "pilih BPJS atau Kartu Indonesia Sehat saja",
    ],
)
def test_no_false_pairs(text):
    assert pairs(text) == []


def test_each_acronym_once_first_definition_wins_in_text_order():
    text = ("Program Keluarga Harapan (PKH) dan Data Terpadu Kesejahteraan Sosial (DTKS). "
            "Penerima PKH (Program Keluarga Harapan) terdaftar di DTKS.")
    assert pairs(text) == [("PKH", "Program Keluarga Harapan"), ("DTKS", "Data Terpadu Kesejahteraan Sosial")]


def test_sentence_start_word_not_pulled_into_long_form():
    assert pairs("Penerima Program Keluarga Harapan (PKH) bertambah.") == [("PKH", "Program Keluarga Harapan")]
    assert pairs("Dalam Pusat Data dan Informasi (Pusdatin) bekerja") == [("Pusdatin", "Pusat Data dan Informasi")]


def test_alignment_cost():
    assert alignment_cost("Pusdatin", ["Pusat", "Data", "dan", "Informasi"]) == 0
    assert alignment_cost("ATENSI", ["Asistensi", "Rehabilitasi", "Sosial"]) == 1
    assert alignment_cost("PKH", ["Penerima", "Program", "Keluarga", "Harapan"]) == 1
    assert alignment_cost("Rina", ["Rinawati", "Susanto"]) is None
    assert alignment_cost("XYZ", ["Program", "Keluarga", "Harapan"]) is None


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("warga menerima Bantuan Beras Daerah atau yang disingkat BBD setiap bulan", "BBD", "Bantuan Beras Daerah"),
        ("Unit Layanan Terpadu, selanjutnya disebut ULT, melayani aduan warga", "ULT", "Unit Layanan Terpadu"),
        ("Pasukan Relawan Bencana yang lebih dikenal dengan sebutan PRB turun", "PRB", "Pasukan Relawan Bencana"),
        ("Taruna Muda Peduli yang disingkat Tamupe dibentuk", "Tamupe", "Taruna Muda Peduli"),
        ("diatur Forum Anak Desa (yang selanjutnya disingkat FAD) di setiap desa", "FAD", "Forum Anak Desa"),
        ("kegiatan KSM (singkatan dari Kelompok Swadaya Masyarakat) di desa", "KSM", "Kelompok Swadaya Masyarakat"),
    ],
)
def test_a_cue_word_says_which_is_the_short_form(text, short, long):
    assert pairs(text) == [(short, long)]


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("RTLH merupakan kepanjangan dari Rumah Tidak Layak Huni yang dibedah", "RTLH", "Rumah Tidak Layak Huni"),
        ("Karang Taruna, Posyandu dan LPM, singkatan dari Lembaga Pemberdayaan Masyarakat, hadir", "LPM",
         "Lembaga Pemberdayaan Masyarakat"),
        ("Kampak adalah akronim dari Kampung Anti Kekerasan, program desa", "Kampak", "Kampung Anti Kekerasan"),
        ("PMT adalah singkatan dari pemberian makanan tambahan bagi balita", "PMT", "pemberian makanan tambahan"),
    ],
)
def test_acronym_then_singkatan_dari_long_form(text, short, long):
    assert pairs(text) == [(short, long)]


@pytest.mark.parametrize(
    "text",
    [
        "Warga yang disebut Budi itu pindah",  # "disebut" before a name that spells nothing
        "Ia dikenal sebagai Pak Lurah di desanya",
        "Namanya Asep, singkatan dari apa pun tidak jelas",  # nothing after the cue spells the short form
        "Bantuan Pangan Non Tunai atau Bansos reguler",  # "atau" with one capital: no definition
    ],
)
def test_cue_words_without_a_definition(text):
    assert pairs(text) == []


def test_long_syllable_acronyms_and_two_word_acronyms_that_spell_a_word_whole():
    assert pairs("rapat di Badan Perencanaan Pembangunan, Penelitian (Bappelitbang) kemarin") == []
    assert pairs("kepala Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah (Bappelitbangda) hadir") == [
        ("Bappelitbangda", "Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah")]
    assert pairs("peserta BPJS Ketenagakerjaan (Badan Penyelenggara Jaminan Sosial Ketenagakerjaan) naik") == [
        ("BPJS Ketenagakerjaan", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan")]


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Dinas Pertanian, Pangan dan Perikanan (DPPP) membagikan bibit", "DPPP", "Dinas Pertanian, Pangan dan Perikanan"),
        ("banjir melanda Bandung, Cimahi, dan Sumedang (Bancisu) kemarin", "Bancisu", "Bandung, Cimahi, dan Sumedang"),
        ("Unit Perencanaan, Evaluasi dan Pelaporan atau UPEP menyusun laporan", "UPEP",
         "Unit Perencanaan, Evaluasi dan Pelaporan"),
    ],
)
def test_long_form_with_commas(text, short, long):
    assert pairs(text) == [(short, long)]


@pytest.mark.parametrize(
    "text",
    [
        # lower-case words over a comma with a word that gives no initial: a sentence's list
        "warga membawa beras, pakaian bekas, dan obat (BPO) ke posko",
        "hadir Camat, Lurah dan Kader Posyandu (KP) di balai",  # a piece after the last comma spells it
    ],
)
def test_commas_in_long_forms_only_over_capitalised_words_or_clean_initials(text):
    assert all("," not in long for _, long in pairs(text))


def test_lower_case_long_form_over_commas_when_every_word_gives_an_initial():
    assert pairs("pelaku industri kecil, menengah, dan rumahan (IKMR) dilatih") == [
        ("IKMR", "industri kecil, menengah, dan rumahan")]


def test_long_form_over_a_wrapped_line():
    assert pairs("digelar oleh Dinas Pertanian dan\nPeternakan (Distankan) di desa") == [
        ("Distankan", "Dinas Pertanian dan Peternakan")]
    # over a line end only capitalised words: a lower-case line end is a sentence's
    assert pairs("digelar oleh dinas pertanian dan\nPeternakan (DPP) di desa") == []
    assert pairs("Panen raya digelar Dinas.\nPertanian Peternakan (DPP) di desa") == []


def test_acronym_yaitu_long_form():
    assert pairs("warga menerima PMT, yaitu Pemberian Makanan Tambahan, di posyandu") == [
        ("PMT", "Pemberian Makanan Tambahan")]
    assert pairs("tiga program, yaitu PKH, BPNT, dan BST, berjalan") == []


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Dinas Pendidikan Kota Depok (Disdik Kota Depok) membuka pendaftaran", "Disdik Kota Depok",
         "Dinas Pendidikan Kota Depok"),
        ("Dinas Pendidikan Kota Depok (Disdik Depok) membuka pendaftaran", "Disdik Depok", "Dinas Pendidikan Kota Depok"),
        ("Dinas Kesehatan Provinsi Jawa Tengah (Dinkes Jawa Tengah) mencatat", "Dinkes Jawa Tengah",
         "Dinas Kesehatan Provinsi Jawa Tengah"),
    ],
)
def test_acronym_with_the_place_the_long_form_ends_in(text, short, long):
    assert pairs(text) == [(short, long)]


def test_a_place_after_an_acronym_must_be_the_long_forms_last_words():
    assert pairs("Dinas Pendidikan Kota Depok (Disdik Kota Bogor) membuka") == []
    assert pairs("Dinas Pendidikan Kota Depok (Bapak Kota Depok) membuka") == []


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("mobil Pemadam Kebakaran (Damkar) tiba", "Damkar", "Pemadam Kebakaran"),
        ("diperiksa di Kepolisian Sektor (Polsek) Cibinong", "Polsek", "Kepolisian Sektor"),
        ("Kelompok Tani Wanita (Poktanwan) panen", "Poktanwan", "Kelompok Tani Wanita"),
        ("kantor Polres (Kepolisian Resor) Garut", "Polres", "Kepolisian Resor"),
    ],
)
def test_syllable_acronym_whose_first_syllable_is_inside_the_first_word(text, short, long):
    assert pairs(text) == [(short, long)]


@pytest.mark.parametrize(
    "text",
    [
        "kegiatan Pemadam Kebakaran (DAMKAR) dimulai",  # capitals are initials: D is no initial here
        "ibu Siti Kasmirah (Mirah) hadir",  # a short name from inside a name
        "di Kepolisian Sektor (Pol) Cibinong",  # a syllable of two letters is too weak alone
    ],
)
def test_a_first_syllable_from_inside_only_for_syllable_acronyms(text):
    assert pairs(text) == []


def test_electronic_prefix_reads_the_word_elektronik():
    assert pairs("mengurus Surat Izin Mengemudi elektronik (e-SIM) di kantor") == [
        ("e-SIM", "Surat Izin Mengemudi elektronik")]
    assert pairs("mengurus e-SIM (Surat Izin Mengemudi Elektronik) di kantor") == [
        ("e-SIM", "Surat Izin Mengemudi Elektronik")]
    assert pairs("lewat e-Warung (Warung Elektronik) desa") == []  # a word, not an acronym, after the e-
    assert pairs("mengurus Surat Izin Mengemudi elektronik (e-KTP) di kantor") == []


def test_acronym_split_around_the_closing_parenthesis():
    assert pairs("rapat Forum Komunikasi Kelompok Tani (Forkom) Poktan desa") == [
        ("Forkom Poktan", "Forum Komunikasi Kelompok Tani")]
    assert pairs("menurut Pengadilan Negeri Kota Bogor (PN) Bogor kemarin") == [("PN Bogor", "Pengadilan Negeri Kota Bogor")]
    # a rank and a name scattered over the words before: no pair
    assert pairs("Kepala Divisi Humas Polri Brigadir Jenderal (Pol) Raden Suparman mengatakan") == []
    # the parenthesis spells the words alone: the word after is not part of it
    assert pairs("Direktorat Jenderal (Ditjen) Rehabilitasi Sosial") == [("Ditjen", "Direktorat Jenderal")]


@pytest.mark.parametrize("piece", ["(Bako) Humas ", "PKH singkatan dari ", "atau yang selanjutnya disingkat PKH ",
                                   "Aa Aa Aa Aa\n(AAAA) ", "a,b,c, (ABC) ", "Dinas Sosial Kota Bekasi (Dinsos Kota Bekasi) "])
def test_forty_kilobytes_of_one_form_extract_quickly(piece):
    import time

    text = piece * (40_000 // len(piece))
    start = time.perf_counter()
    find_acronyms(text)
    assert time.perf_counter() - start < 1.5


@pytest.mark.parametrize("text", ["Kantor Dinas Sosial Kota Depok (Kota Depok) ramai",
                                  "disalurkan lewat Kantor Pos (Kantor Pos) kemarin"])
def test_a_parenthesis_repeating_the_words_before_is_no_short_form(text):
    assert pairs(text) == []


def test_adalah_or_yaitu_only_with_the_whole_run_of_capitalised_words():
    assert pairs("LPMK adalah Lembaga Pemberdayaan Masyarakat Kelurahan yang dibentuk warga") == [
        ("LPMK", "Lembaga Pemberdayaan Masyarakat Kelurahan")]
    assert pairs("Bantuan datang dari BPK, yaitu Bapak Kepala Puskesmas setempat") == []
    assert pairs("PKH adalah program bantuan bersyarat") == []
    assert pairs("PMT adalah Pemberian Makanan Bergizi Tambahan") == []  # a word that gives no letter


def test_long_form_in_quote_marks():
    assert pairs('program "Desa Tangguh Bencana" (Destana) dimulai') == [("Destana", "Desa Tangguh Bencana")]
    assert pairs("program “Desa Tangguh Bencana” (DTB) dimulai") == [("DTB", "Desa Tangguh Bencana")]
    assert pairs('warga "Desa itu tangguh sekali" (DTB) berkata') == []  # the acronym spells part of the quote


def test_an_ordinal_between_long_form_and_acronym_stays_out_of_the_long_form():
    assert pairs("Peringatan Hari Lanjut Usia Nasional ke-27 (HLUN) di balai") == [("HLUN", "Hari Lanjut Usia Nasional")]


def test_english_connectors_give_a_letter_or_nothing():
    assert pairs("menurut Center on Child Poverty (CCP) tahun ini") == [("CCP", "Center on Child Poverty")]


def test_a_digit_after_a_letter_repeats_it_and_a_numbers_digits_give_nothing():
    assert pairs("pelatihan Pusat Pembinaan Perempuan Pekerja Migran (P4M) desa") == [
        ("P4M", "Pusat Pembinaan Perempuan Pekerja Migran")]
    # read as P-S the letters would fit the last two words: a wrong long form
    assert pairs("pelatihan di Pusat Pelatihan Pertanian Perdesaan Swadaya (P4S) desa") == [
        ("P4S", "Pusat Pelatihan Pertanian Perdesaan Swadaya")]
    assert pairs("pandemi Coronavirus Disease 2019 (Covid-19) berdampak") == [("Covid-19", "Coronavirus Disease 2019")]


def test_two_read_as_to_only_where_the_long_form_says_to():
    assert pairs("kerja sama government to government (G2G) dimulai") == [("G2G", "government to government")]
    # Indonesian writes the 2 as untuk: the word before is not the long form's
    assert pairs("sifatnya bisnis untuk bisnis (B2B) saja") == [("B2B", "bisnis untuk bisnis")]
    # read as P-T-R-K the letters would fit the last three words: a wrong long form
    assert pairs("anggota Perkumpulan Petani Rotan Kasongan (P2RK) hadir") == [
        ("P2RK", "Perkumpulan Petani Rotan Kasongan")]


def test_short_form_before_the_parenthesis_read_as_written():
    assert pairs("layanan O2O (online to offline) tumbuh") == [("O2O", "online to offline")]
    assert pairs("”Kadis (Kepala Dinas) datang pagi,” katanya") == [("Kadis", "Kepala Dinas")]


def test_a_slash_between_two_words_joins_them():
    assert pairs("Unit Layanan Pengadaan Barang/Jasa (ULPBJ) kota") == [("ULPBJ", "Unit Layanan Pengadaan Barang/Jasa")]
    assert pairs("tanggal 4/3 Pusat Data (PD) dibuka") == [("PD", "Pusat Data")]


def test_capitalised_parts_joined_by_hyphens_are_words():
    assert pairs("ruas Tol Solo-Ngawi-Kertosono (Songkertos) dibuka") == [("Songkertos", "Solo-Ngawi-Kertosono")]
    assert pairs("jalur Padang-Bukittinggi (Sumatera Barat) macet") == []
    assert pairs("anak-anak (Anak) bermain") == []


def test_long_form_inside_the_parenthesis_as_written():
    assert pairs("kasus Covid-19 (Corona Virus Disease 2019) menurun") == [("Covid-19", "Corona Virus Disease 2019")]
    # a number the short form does not have is not the long form's
    assert pairs("penerima PKH (Program Keluarga Harapan 2021) naik") == [("PKH", "Program Keluarga Harapan")]
    assert pairs("aturan UU (Undang-Undang) Nomor 11") == [("UU", "Undang-Undang")]


def test_dan_atau_and_an_ordinal_inside_a_long_form_give_nothing():
    assert pairs("Unit Layanan Barang dan/atau Jasa (ULBJ) dibentuk") == [("ULBJ", "Unit Layanan Barang dan/atau Jasa")]
    assert pairs("Pekan Raya ke-50 Jakarta (PRJ) ramai") == [("PRJ", "Pekan Raya ke-50 Jakarta")]


def test_adalah_with_the_office_before_its_place():
    assert pairs("BKD merupakan Badan Kepegawaian Daerah Kota Bogor yang mengurus pegawai") == [
        ("BKD", "Badan Kepegawaian Daerah")]


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Dinas Kesehatan Kabupaten Garut (Dinkes) mencatat", "Dinkes", "Dinas Kesehatan"),
        ("Kementerian Agama RI (Kemenag) menetapkan", "Kemenag", "Kementerian Agama"),
        ("Kementerian Agama Republik Indonesia (Kemenag) menetapkan", "Kemenag", "Kementerian Agama"),
        ("Pemerintah Kota Depok (Pemkot) mencatat", "Pemkot", "Pemerintah Kota"),
    ],
)
def test_office_then_its_place_then_the_offices_acronym(text, short, long):
    assert pairs(text) == [(short, long)]


def test_a_place_is_skipped_only_after_a_region_word_or_ri():
    assert pairs("Dinas Kesehatan Garut Barat (Dinkes) mencatat") == []
    assert pairs("Rumah Sakit Kota Bogor (RSUD) penuh") == []


def test_long_form_slash_acronym():
    assert pairs("alat perekam (cockpit voice recorder/CVR) ditemukan") == [("CVR", "cockpit voice recorder")]
    assert pairs("penyaluran Bantuan Sosial Tunai/BST dimulai") == [("BST", "Bantuan Sosial Tunai")]
    assert pairs("pengadaan Barang/Jasa dimulai") == []  # one capital: a pair of words


def test_a_places_initial_that_fits_by_chance_stays_out_of_the_long_form():
    assert pairs("Kepala Desa Sukamaju (Kades) membuka rapat") == [("Kades", "Kepala Desa")]
    # the acronym spells the place too: it stays
    assert pairs("Pemerintah Kabupaten Bogor (Pemkab Bogor) menggelar") == [("Pemkab Bogor", "Pemerintah Kabupaten Bogor")]


@pytest.mark.parametrize(
    "text",
    [
        "menurut Lembaga Antariksa Nasional AS (NAA) kemarin",  # a gloss of an English acronym
        "sesuai prosedur standar operasi (SOP) yang berlaku",  # a translation that reorders the words
        "bersama Sudarto Kusuma (SDK) di kantor",  # a name whose letters happen to hold the capitals
    ],
)
def test_three_capitals_or_fewer_are_one_initial_a_word(text):
    assert pairs(text) == []


def test_three_capitals_read_as_initials_still_pair():
    assert pairs("Balai Latihan Kerja (BLK) dan Organisasi Perangkat Daerah (OPD)") == [
        ("BLK", "Balai Latihan Kerja"), ("OPD", "Organisasi Perangkat Daerah")]
    assert pairs("warga yang disebut orang dengan gangguan jiwa (ODGJ)") == [("ODGJ", "orang dengan gangguan jiwa")]


@pytest.mark.parametrize("lead", ["Kabarwarga--", "Kabarwarga -- ", "KARANGSARI – ", "Kabarwarga—"])
def test_a_dash_ends_a_long_form(lead):
    # a site's name or a dateline glued to the story's first word by a dash is no part of it
    text = lead + "Pemerintah Kabupaten (Pemkab) Sukamaju membuka posko bantuan."
    assert pairs(text) == [("Pemkab", "Pemerintah Kabupaten")]


def test_a_syllable_without_its_pepet_e():
    # Kemendagri reads "gri" off neGeRI: a syllable acronym drops the schwa of a syllable
    assert pairs("Surat dari Kementerian Dalam Negeri (Kemendagri) tiba kemarin.") == [
        ("Kemendagri", "Kementerian Dalam Negeri")]
    # the letters must still be there in order: no e to drop, no pair
    assert pairs("Surat dari Kementerian Dalam Nagari (Kemendagri) tiba kemarin.") == []


def test_a_long_form_after_a_slash_between_two_names():
    # a programme's two names joined by a slash; the long form is the one after it
    assert pairs("Program Sembako/Bantuan Pangan Non Tunai (BPNT) disalurkan lewat bank.") == [
        ("BPNT", "Bantuan Pangan Non Tunai")]
    # lower-case words after the slash are a sentence, not a name
    assert pairs("Paket sembako/bantuan pangan non tunai (BPNT) disalurkan.") == []
