"""Honorific nicknames of an official ("Gus X", "Cak X") introduced beside the name, after the office or
glossed in the narrative, delegation ("A melalui <office> B"), and a companion between a subject and
its verb: who the quotes after them belong to (session 17)."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:20], q.speaker) for q in extract(text).quotes]


def _names(text):
    return [p.name for p in extract(text).people]


def test_atau_honorific_nickname_is_the_persons_alias():
    text = ("MALANG - Menteri Koperasi Abdul Karim Fadillah atau Gus Dodik membuka bazar UMKM, Jumat (7/3).\n"
            "\"Produk lokal harus naik kelas,\" kata Gus Dodik.\n"
            "\"Kami siapkan kredit tanpa agunan,\" imbuhnya.")
    assert _pairs(text) == [("Produk lokal harus n", "Abdul Karim Fadillah"),
                            ("Kami siapkan kredit ", "Abdul Karim Fadillah")]
    assert "Dodik" not in _names(text)


def test_atau_plain_form_of_address_is_no_nickname():
    text = ("BOGOR - Pengaduan bisa disampaikan kepada Ketua RT 03, Dadang Supriatna atau Bu Yati, setiap malam.\n"
            "\"Kami tampung semua keluhan,\" kata Dadang.")
    people = extract(text).people
    dadang = next(p for p in people if p.name == "Dadang Supriatna")
    assert "Bu Yati" not in dadang.aliases and "Yati" not in dadang.aliases


def test_office_word_yang_kerap_disapa_names_the_one_holder():
    text = ("PADANG - Gubernur Sumatera Barat, Hendri Yulianto meninjau jalan longsor, Kamis (6/3).\n"
            "Sambil memegang payung, Gubernur yang kerap disapa Uda Ucup itu berbincang dengan warga.\n"
            "\"Jalan ini kami buka dalam tiga hari,\" ujar Uda Ucup.")
    assert _pairs(text) == [("Jalan ini kami buka ", "Hendri Yulianto")]


def test_office_word_yang_kerap_disapa_with_two_holders_names_nobody():
    text = ("JAKARTA - Menteri Pertanian Rahmat Hidayat dan Menteri Perdagangan Sutan Batubara meninjau pasar induk. "
            "Menteri yang kerap disapa Gus Amin itu menawar harga cabai.\n"
            "\"Harga mulai turun,\" kata Gus Amin.")
    assert _pairs(text) == [("Harga mulai turun", None)]


def test_sapaan_akrab_office_short_form_makes_the_nickname_the_holders():
    text = ("BANDUNG - Menteri Kesehatan Yudi Prasetyo meninjau posyandu di Cimahi.\n"
            "\"Imunisasi anak jangan ditunda,\" kata Gus Jejen, sapaan akrab Menkes, Rabu (5/3).\n"
            "Hal itu disampaikan Gus Jejen saat berdialog dengan kader posyandu. Ia juga bertemu Nurhayati, "
            "kader yang sudah bertugas 15 tahun.\n\"Kader adalah garda depan kami,\" katanya.")
    assert _pairs(text) == [("Imunisasi anak janga", "Yudi Prasetyo"), ("Kader adalah garda d", "Yudi Prasetyo")]
    assert "Jejen" not in _names(text)


def test_nickname_glossed_without_comma_in_the_narrative_is_the_subjects():
    text = ("DEPOK - Anggota DPRD Kota Depok Rudi Hermawan Siregar menggelar reses di kelurahan, Senin (3/3).\n"
            "Ia berkeliling kampung sejak pagi. Seperti biasa, Oji sapaan akrabnya mencatat keluhan warga.\n"
            "\"Keluhan terbanyak soal drainase,\" ungkap Oji.")
    assert _pairs(text) == [("Keluhan terbanyak so", "Rudi Hermawan Siregar")]


def test_noun_opening_a_sentence_is_not_glued_to_the_nickname():
    text = ("JAKARTA - Menteri Sosial Teguh Santoso meninjau sekolah rakyat yang diresmikan Presiden Rahmat Wijaya. "
            "Senyum Gus Teng, sapaan akrabnya, mengembang ketika disambut para siswa.\n"
            "\"Anak-anak ini masa depan bangsa,\" ujar Gus Teng.")
    assert _pairs(text) == [("Anak-anak ini masa d", "Teguh Santoso")]
    assert not any("Senyum" in name for name in _names(text))


def test_nickname_gloss_after_two_people_joined_names_nobody():
    text = ("CIAMIS - Kepala Desa Sukamaju Asep Rahmat dan Ketua BPD Ujang Hidayat meninjau irigasi. "
            "Kang Acil, sapaan akrabnya, lalu memeriksa pintu air.\n"
            "\"Pintu air ini harus diganti,\" kata Kang Acil.")
    assert _pairs(text) == [("Pintu air ini harus ", None)]


def test_delegation_through_a_named_officer_gives_the_officer():
    text = ("TAIS - Kepala Dinas Sosial Kabupaten Seluma, Hartono Wijaya melalui Kepala Seksi Rehabilitasi, "
            "Dedi Marwan memberikan bantuan kepada korban angin puting beliung.\"Semoga bisa meringankan beban "
            "warga,\" terangnya.")
    assert _pairs(text) == [("Semoga bisa meringan", "Dedi Marwan")]


def test_delegation_to_an_unnamed_officer_names_nobody():
    text = ("TAIS - Kepala Dinas Sosial Kabupaten Seluma, Hartono Wijaya melalui staf bidang rehabilitasi "
            "memberikan bantuan kepada korban angin puting beliung.\"Semoga bisa meringankan beban warga,\" "
            "terangnya.")
    assert _pairs(text) == [("Semoga bisa meringan", None)]


def test_subject_accompanied_by_an_official_before_the_verb_is_the_speaker():
    text = ("TAIS - Camat Seluma Barat, Junaidi Hasan, menyerahkan bantuan.\"Kami datang secepatnya,\" katanya.\n"
            "Sementara itu penerima bantuan yakni Sarmini (61) yang didampingi Kepala Desa Talang Rio "
            "mengucapkan terima kasih.\"Atap rumah saya bisa diperbaiki,\" katanya.")
    assert _pairs(text) == [("Kami datang secepatn", "Junaidi Hasan"), ("Atap rumah saya bisa", "Sarmini")]


def test_pronoun_cue_skips_an_office_word_of_someone_named_only_after_the_quote():
    text = ("SUBANG - Irigasi desa diperbaiki dengan dana swadaya. Salah seorang staf desa yang juga tidak menyebutkan namanya "
            "menambahkan, mereka tidak pernah diajak bicara oleh Kepala Desa soal iuran itu.\n"
            "\"Kami tahu dari ketua kelompok tani,\" tegasnya.\n"
            "Sementara itu, Kepala Desa Mekarjaya Wahyu Hidayat belum bisa dihubungi.")
    assert _pairs(text) == [("Kami tahu dari ketua", None)]


def test_pronoun_cue_keeps_the_office_holder_who_spoke_before_being_named():
    text = ("SUBANG - Irigasi desa diperbaiki bertahap. Kepala Desa Mekarjaya menjelaskan, tahap pertama selesai "
            "bulan ini.\n\"Tahap kedua setelah panen,\" ujarnya.\n"
            "Kepala Desa Mekarjaya, Wahyu Hidayat, juga meminta warga menjaga saluran.")
    assert _pairs(text) == [("Tahap kedua setelah ", "Wahyu Hidayat")]


def test_introduction_with_place_and_day_between_name_and_verb():
    text = ("LAHAT - Kepala Dinas Sosial, Pemkab Lahat (Disos), Rahmat Hidayat Nasution, di Lahat, Kamis, "
            "mengatakan, bantuan beras dibagikan pekan depan.\n\"Data penerima sudah kami verifikasi,\" katanya.")
    assert _pairs(text) == [("Data penerima sudah ", "Rahmat Hidayat Nasution")]


def test_cue_office_with_unit_word_before_a_known_name():
    text = ("BANYUMAS - Kepala Rumah Singgah (RS) Karanglewas, Suryani, menerima tiga anak jalanan pekan ini. "
            "\"Mereka kami data dulu,\" jelas Kepala RS Karanglewas Suryani, Jumat (7/3).")
    assert _pairs(text) == [("Mereka kami data dul", "Suryani")]
    assert [p.name for p in extract(text).people] == ["Suryani"]


def test_delegate_after_a_lowercase_office_and_a_comma_speaks():
    text = ("SELUMA - Kepala Dinas Sosial H Hartono Wijaya melalui kabid penanganan fakir miskin, Dedi Marwan SSos "
            "menyalurkan bantuan kepada korban banjir.\"Bantuan ini bantuan masa panik,\" terangnya.")
    assert _pairs(text) == [("Bantuan ini bantuan ", "Dedi Marwan")]


def test_melalui_a_channel_keeps_the_official_as_the_speaker():
    text = ("CIAMIS - Bupati Ciamis, Herdiat Sunarya melalui akun Instagram pribadinya mengajak warga menanam pohon.\n"
            "\"Satu warga satu pohon,\" tulisnya.")
    assert _pairs(text) == [("Satu warga satu poho", "Herdiat Sunarya")]


def test_nickname_gloss_blended_from_a_full_name_written_before():
    text = ("BEKASI - Anggota DPRD Kota Bekasi periode 2019-2024 Rudi Santoso asal Partai Hanura mulai reses, "
            "Senin (3/3).\nIa mendatangi warga di tiga kelurahan. Seperti biasa, Rusan sapaan akrabnya mencatat "
            "keluhan warga.\n\"Warga banyak menanyakan air bersih,\" ungkap Rusan.")
    assert _pairs(text) == [("Warga banyak menanya", "Rudi Santoso")]


def test_nickname_gloss_fitting_two_full_names_names_nobody_by_blend():
    text = ("BEKASI - Spanduk bergambar Rudi Santoso dan Rusli Sanusi terpasang di balai RW. Tidak lama kemudian, "
            "Rusan sapaan akrabnya membuka acara.\n\"Warga banyak menanyakan air bersih,\" ungkap Rusan.")
    assert _pairs(text) == [("Warga banyak menanya", None)]


def test_uncued_quote_paragraph_after_a_nickname_glossed_subject_reporting():
    text = ("GARUT - Anggota DPRD Kabupaten Garut Yayan Suryana menggelar reses di Tarogong, Selasa (4/3).\nSeperti "
            "biasa, Kang Yayan sapaan akrabnya banyak menjelaskan program dewan kepada warga.\n"
            "\"Hari ini saya datang ke empat kampung untuk mendengar warga.\"\nWarga mengeluhkan jalan rusak.")
    assert _pairs(text) == [("Hari ini saya datang", "Yayan Suryana")]


def test_uncued_quote_paragraph_after_a_plural_subject_reporting_names_nobody():
    text = ("GARUT - Ketua RW 02, Asep Mulyana, meninjau irigasi bersama seorang tokoh pemuda. Keduanya "
            "menjelaskan rencana perbaikan kepada warga.\n\"Kami mulai bekerja pekan depan.\"\nWarga menyambut baik.")
    assert all(speaker is None for _t, speaker in _pairs(text))


def test_panggilan_akrabnya_in_the_cue_is_the_speakers_own_nickname():
    text = ("KLATEN - Lurah Tegalyoso, Bambang Riyanto meninjau sumur bor warga.\n\"Air sudah mengalir ke 40 "
            "rumah,\" kata Pak Boim, panggilan akrabnya.")
    assert _pairs(text) == [("Air sudah mengalir k", "Bambang Riyanto")]


def test_panggilan_akrabnya_in_the_narrative_gives_the_subjects_nickname():
    text = ("KLATEN - Lurah Tegalyoso Bambang Riyanto meninjau sumur bor warga, Senin (3/3). Cak Ri, panggilan "
            "akrabnya, lalu mencoba pompa air.\n\"Air sudah mengalir ke 40 rumah,\" ujar Cak Ri.")
    assert _pairs(text) == [("Air sudah mengalir k", "Bambang Riyanto")]


def test_atau_nickname_blended_from_the_name_is_an_alias():
    text = ("KUDUS - Bupati Kudus Hartono Sumarsono atau Harsum meninjau jembatan yang putus, Senin (3/3).\n"
            "\"Jembatan darurat kami pasang pekan ini,\" kata Harsum.")
    assert _pairs(text) == [("Jembatan darurat kam", "Hartono Sumarsono")]
    assert _names(text) == ["Hartono Sumarsono"]


def test_atau_one_word_not_blended_from_the_name_is_another_person():
    text = ("KUDUS - Ketua posko, Hartono Sumarsono, meminta warga melapor kepada Hartono Sumarsono atau Wati.\n"
            "\"Kami buka sampai malam,\" kata Wati.")
    assert _pairs(text) == [("Kami buka sampai mal", "Wati")]


def test_another_member_with_a_relative_clause_before_the_verb_speaks_next():
    text = ("TERNATE - Ketua Komisi II, Hendra Lahi, menyesalkan rapat yang batal. \"Warga dirugikan,\" pungkas "
            "Hendra.\nAnggota komisi lainnya, Said Abubakar, yang ditemui di ruang fraksi juga mengakui hal itu.\n"
            "\"Kami sudah menunggu dua jam,\" keluhnya.")
    assert _pairs(text) == [("Warga dirugikan", "Hendra Lahi"), ("Kami sudah menunggu ", "Said Abubakar")]


def test_another_member_whose_name_is_not_read_takes_no_earlier_speaker():
    text = ("TERNATE - Ketua Komisi II, Hendra Lahi, menyesalkan rapat yang batal. \"Warga dirugikan,\" pungkas "
            "Hendra.\nAnggota DPRD lainnya, Said Hi. Abubakar, yang ditemui di ruang fraksi juga mengakui hal itu.\n"
            "\"Kami sudah menunggu dua jam,\" keluhnya.")
    assert _pairs(text)[1][1] != "Hendra Lahi"


def test_a_word_of_a_place_phrase_is_no_naming_before_the_quote():
    text = ("MADINAH - Ribuan jemaah tiba di Bandara Madinah. Suhu di Arab Saudi mencapai 45 derajat.\n"
            "\"Jangan lupa membawa payung,\" pesannya.\nRombongan disambut Wakil Menteri Haji Arab Saudi.")
    assert _pairs(text) == [("Jangan lupa membawa ", None)]


def test_nickname_gloss_after_a_subject_and_its_object_names_nobody():
    text = ("SOLO - Gubernur Jawa Tengah Rahmat Santosa menyalami Wali Kota Solo Teguh Prakosa. Mas Gib, sapaan "
            "akrabnya, lalu tersenyum.\n\"Kita kerja bersama,\" ujar Mas Gib.")
    assert _pairs(text) == [("Kita kerja bersama", None)]


def test_office_and_nickname_after_the_introduction_are_the_same_person():
    # "Mensos Gus Dodik ..." after "Menteri Sosial (Mensos) Name atau Gus Dodik" was read as a new
    # person "Dodik" (office and name); the cue "kata Gus Dodik" then had two candidates
    text = ("MALANG - Menteri Sosial (Mensos) Abdul Karim Fadillah atau Gus Dodik memberikan gerobak "
            "kepada seorang pedagang di Malang pada Jumat (7/3).\n\n"
            "Mensos Gus Dodik dalam kunjungannya ke Malang kali ini, bertemu dengan Mursidah, pedagang sayur.\n\n"
            "\"Produk lokal harus naik kelas,\" kata Gus Dodik.")
    assert _pairs(text) == [("Produk lokal harus n", "Abdul Karim Fadillah")]
    assert "Dodik" not in _names(text)


def test_nama_lain_gives_the_nickname_of_the_introduced_official():
    text = ("SURABAYA - Gubernur Jawa Timur Ahmad Syaifuddin nama lain Cak Udin meresmikan pasar.\n\"Pasar ini "
            "milik pedagang kecil,\" kata Cak Udin.")
    assert _pairs(text) == [("Pasar ini milik peda", "Ahmad Syaifuddin")]


def test_namalain_glued_makes_a_person_of_a_full_name_without_office():
    text = ("SURABAYA - Ahmad Syaifuddin namalain Cak Udin blak-blakan soal rencana pasar rakyat.\n\"Kami mulai dari "
            "pasar tradisional,\" ujar Cak Udin.")
    assert _pairs(text) == [("Kami mulai dari pasa", "Ahmad Syaifuddin")]
    assert _names(text) == ["Ahmad Syaifuddin"]


def test_atau_between_two_places_makes_no_person():
    text = ("SURABAYA - Pedagang Pasar Turi atau Pasar Baru mengeluh sepi.\n\"Sepi sejak hujan,\" kata seorang "
            "pedagang.")
    assert _names(text) == []


def test_honorific_nickname_subject_opening_the_sentence_takes_the_pronoun_cue():
    text = "MALANG - Cak Darmo menyapa pedagang pasar. \"Pasar harus tetap bersih,\" ujarnya."
    assert _pairs(text) == [("Pasar harus tetap be", "Darmo")]


def test_honorific_before_a_word_inside_a_quote_makes_no_subject():
    text = ("MALANG - Kepala Pasar Blimbing, Siti Aminah, meninjau kios. \"Kami tiru cara Gus Hanif mengelola pondok,\" "
            "katanya. \"Pasar harus tetap bersih,\" ujarnya.")
    assert _pairs(text) == [("Kami tiru cara Gus H", "Siti Aminah"), ("Pasar harus tetap be", "Siti Aminah")]


def test_a_nickname_clipped_from_inside_the_first_name_is_the_person_talked_about():
    text = ("PURWOREJO - Kepala Puskesmas Bayan, Sulastiani Putri, memimpin posyandu lansia.\n"
            "\"Semua lansia kami periksa tensinya,\" kata Tia kepada wartawan.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Sulastiani Putri"]


def test_a_clipped_nickname_that_two_recent_people_hold_is_not_linked():
    text = ("PURWOREJO - Kepala Puskesmas Bayan, Sulastiani Putri, bersama bidan desa, Hartiani Dewi, memimpin "
            "posyandu.\n\"Semua lansia kami periksa,\" kata Tia kepada wartawan.")
    assert [q.speaker for q in extract(text).quotes] != ["Sulastiani Putri"]
    assert [q.speaker for q in extract(text).quotes] != ["Hartiani Dewi"]


def test_a_clipped_looking_name_introduced_after_the_cue_is_its_own_person():
    text = ("PURWOREJO - Kepala Puskesmas Bayan, Sulastiani Putri, memimpin posyandu lansia.\n"
            "\"Antrean tadi pagi panjang sekali,\" kata Tia, warga Desa Bayan.")
    assert [q.speaker for q in extract(text).quotes] != ["Sulastiani Putri"]


def test_initials_in_the_cue_are_the_one_official_whose_name_gives_them():
    text = ("JAKARTA - Wakil Presiden Hamid Rusdi membuka pameran kapal.\n\"Galangan kita mampu bersaing,\" ujar HR "
            "usai membuka pameran.")
    assert [q.speaker for q in extract(text).quotes] == ["Hamid Rusdi"]


def test_initials_two_named_people_share_stay_nobody():
    text = ("JAKARTA - Wakil Presiden Hamid Rusdi membuka pameran bersama Menteri Perindustrian Hendra Rahman.\n"
            "\"Galangan kita mampu bersaing,\" ujar HR usai membuka pameran.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_initials_the_text_gives_a_hidden_person_are_never_an_official():
    text = ("MEDAN - Kapolres Medan, Kombes Hamid Rusdi, memeriksa tersangka berinisial HR.\n"
            "\"Saya hanya disuruh mengantar barang,\" ujar HR kepada penyidik.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_nickname_glossed_as_that_of_the_person_a_description_points_back_to():
    from melati_archive import extract
    text = ("BALIGE - Anggota DPRD Toba, Poltak Simanjuntak, menggelar reses.\nUcok, panggilan akrab sang wakil rakyat "
            "ini, mengajak warga bicara.\n\"Semua usulan saya catat,\" kata Ucok.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Poltak Simanjuntak"]
    assert "Ucok" in next(p for p in ex.people if p.name == "Poltak Simanjuntak").aliases


def test_a_nickname_glossed_by_a_description_after_two_people_is_nobodys():
    from melati_archive import extract
    text = ("BALIGE - Anggota DPRD Toba, Poltak Simanjuntak, dan Camat Balige, Sahat Manurung, menggelar reses.\nUcok, "
            "panggilan akrab sang wakil rakyat ini, mengajak warga bicara.\n\"Semua usulan saya catat,\" kata Ucok.")
    assert [q.speaker for q in extract(text).quotes] != ["Sahat Manurung"]


def test_a_nickname_glossed_as_that_of_a_two_word_office_goes_to_its_holder_not_a_spouse_sharing_the_name():
    text = ("KOTA MADIUN - Wali Kota , Hendra Wira Kusuma, dan Ketua TP PKK Kota , Rina Lestari Wira Kusuma, menyapa "
            "pedagang pasar, Senin.\n\n\"Ke depan pasar kita tata lebih rapi,\" kata Mas Wira, sapaan akrab Wali Kota .\n\n"
            "Menurut dia, pemerintah dan pedagang punya keinginan yang sama.\n\n"
            "\"Hari ini saya bisa berdiskusi dengan pedagang,\" ungkapnya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Hendra Wira Kusuma", "Hendra Wira Kusuma"]
    assert "Wira" not in next(p for p in ex.people if p.name.startswith("Rina")).aliases
