"""Things that are no person never take a quote: the last word of an office, a unit's acronym with its
place, a town after a unit; and the holder of a social-media account whose post is quoted."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:20], q.speaker) for q in extract(text).quotes]


def test_office_runs_on_through_pada_and_a_short_ministry_name():
    text = ("SORONG - Asisten Deputi Bidang Pemenuhan Hak dan Perlindungan Khusus pada Kemenko PMK Hendrik "
            "Saputra Wamafma, Rabu, mengatakan posko dibuka.\n\"Posko buka dua puluh empat jam,\" katanya.")
    assert _pairs(text) == [("Posko buka dua puluh", "Hendrik Saputra Wamafma")]


def test_office_word_before_pada_is_never_the_speaker():
    text = ("AMBON - Kepala Subdirektorat Bantuan dan Layanan pada Kemensos (RI) Yohana Siwabessy meninjau gudang.\n"
            "\"Stok kami cukup sampai Maret,\" ujarnya.")
    speaker = extract(text).quotes[0].speaker
    assert speaker == "Yohana Siwabessy"
    assert "Layanan" not in {p.name for p in extract(text).people}


def test_name_pada_a_weekday_keeps_the_name():
    text = ("CIAMIS - Camat Panumbangan Dedi Kurniadi pada Selasa (4/2) meninjau longsor.\n"
            "\"Jalan kami buka besok,\" ujarnya.")
    assert _pairs(text) == [("Jalan kami buka beso", "Dedi Kurniadi")]


def test_account_holder_writes_the_post_quoted():
    text = ("BATAM - Keluhan itu disampaikan oleh akun Facebook @Maria Ulfa Rangkuti di grup warga. Ia meminta "
            "Kepala Puskesmas Batu Aji, Sutrisno Wibowo, memperbaiki antrean.\n\"Antre dari subuh belum juga "
            "dipanggil,\" tulisnya.")
    assert _pairs(text) == [("Antre dari subuh bel", "Maria Ulfa Rangkuti")]


def test_a_one_word_handle_names_nobody():
    text = ("BATAM - Akun Instagram @batamsehat88 mengunggah video antrean.\n\"Antre dari subuh,\" tulisnya.")
    assert _pairs(text) == [("Antre dari subuh", None)]


def test_unit_acronym_the_text_defines_with_its_place_is_no_speaker():
    text = ("WAIKABUBAK - Warga melapor ke Pemadam Kebakaran (Damkar) Lokasari. \"Petugas Damkar Lokasari tiba "
            "sepuluh menit kemudian,\" kata Kepala Satpol PP dan Damkar Lokasari, Markus Ndara.\nTim 1 Damkar yang "
            "berjaga lalu bergerak. \"Dua rumah sempat terbakar,\" ujarnya.")
    assert _pairs(text) == [("Petugas Damkar Lokas", "Markus Ndara"), ("Dua rumah sempat ter", "Markus Ndara")]
    assert "Damkar Lokasari" not in {p.name for p in extract(text).people}


def test_nickname_in_brackets_after_a_person_is_no_unit_acronym():
    text = ("PADANG - Ketua KONI Sumbar Bambang Sudarsono (Bamsud) melepas atlet. Pelatih Bamsud Junior, Rudi, "
            "ikut hadir.\n\"Target kami lima emas,\" kata Bambang Sudarsono.")
    assert _pairs(text) == [("Target kami lima ema", "Bambang Sudarsono")]


def test_common_noun_opening_a_sentence_with_itu_is_no_speaker():
    text = ("Olahraga\n\nSMAN 5 Ternate Yakin Duta Sains-Fisika Tiga Benua Pamer Medali\n\nKepala SMAN 5 "
            "Ternate, Drs. H. Ismail, yakin timnya menang. \"Mereka berlatih setiap hari,\" ujarnya.\nIsmail menyebut "
            "medali itu hasil latihan rutin. Medali itu juga ia tunjukkan kepada wali kota. \"Semoga jadi contoh adik "
            "kelas,\" ujarnya.")
    assert _pairs(text) == [("Mereka berlatih seti", "Ismail"), ("Semoga jadi contoh a", "Ismail")]


def test_a_handle_after_the_cue_verb_is_nobody_certain():
    text = ("SEMARANG - Wali Kota Semarang Hendrar Prasetyo meresmikan taman kota.\n\"Taman ini untuk warga,\" kata "
            "Hendrar.\nWarganet ramai berkomentar.\n\"Semoga tamannya dirawat,\" puji @ani_wijaya.\n\"Jangan cuma "
            "diresmikan lalu dibiarkan\" cuit @semarangkita pada Minggu (3/3).")
    assert _pairs(text) == [("Taman ini untuk warg", "Hendrar Prasetyo"), ("Semoga tamannya dira", None),
                            ("Jangan cuma diresmik", None)]


def test_a_display_name_after_the_handle_mark_is_the_writer():
    text = ("SEMARANG - Keluhan soal taman ramai di media sosial.\n\"Lampunya mati sejak pekan lalu,\" tulis akun "
            "Facebook @Nur Aini Lestari.")
    assert _pairs(text) == [("Lampunya mati sejak ", "Nur Aini Lestari")]


def test_a_misspelt_party_between_a_members_job_and_itu_takes_no_quote():
    text = ("OGAN ILIR - Anggota DPRD Ogan Ilir, Dedi Kurniawan, menggelar reses.\nKader Demokrasi itu meminta warga "
            "menulis usulan.\n\"Usulan tertulis lebih mudah kami perjuangkan,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Dedi Kurniawan"]


def test_a_misspelt_party_with_no_member_named_before_gives_nobody():
    text = ("OGAN ILIR - Tiga anggota DPRD Ogan Ilir menggelar reses.\nPolitikus Demokrasi itu meminta warga menulis "
            "usulan.\n\"Usulan tertulis lebih mudah kami perjuangkan,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_place_written_after_a_units_number_is_never_the_speaker():
    text = ("WONOSOBO - Satgas TMMD Kodim 0707/Wonosobo merehab rumah warga.\nPada kesempatan itu Dandim Wonosobo "
            "menyampaikan, \"Kami minta satgas tetap ramah kepada warga,\" tuturnya.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_an_office_leading_into_the_quote_with_no_known_holder_keeps_the_nya_from_a_resident():
    text = ("WONOSOBO - Satgas TMMD Kodim 0707/Wonosobo merehab rumah milik bapak Karsono (58) warga Dusun Sigedang.\n"
            "Pada kesempatan tersebut "
            "Kasdim Wonosobo menyampaikan, \"kami minta satgas tetap ramah kepada warga desa setiap hari\",tuturnya.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_an_office_leading_into_the_quote_with_a_known_holder_is_that_holder():
    text = ("WONOSOBO - Bupati Wonosobo Afif Nurhidayat meninjau rumah milik bapak Karsono (58) di Kabupaten Wonosobo.\nPada kesempatan "
            "tersebut Bupati Wonosobo menyampaikan, \"Semua rumah harus selesai tahun ini,\" tuturnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Afif Nurhidayat"]
