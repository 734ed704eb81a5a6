"""Introductions of regional pages that carry no comma or use a description, and the `-nya` cue
after them."""
import pytest
from melati_archive import extract


def _pairs(text):
    return [(q.text[:20], q.speaker) for q in extract(text).quotes]


def test_name_then_role_without_a_comma_at_a_sentence_start():
    text = ("Penyaluran bantuan berlangsung di Desa Nanga. "
            "B. Kornelis Wadu Kasi Pelayanan Dinas Sosial Provinsi membuka pelatihan menjahit.\n"
            "\"Mesin jahit ini untuk modal usaha, jangan dijual,\" ujarnya.")
    assert _pairs(text) == [("Mesin jahit ini untu", "B. Kornelis Wadu")]


def test_name_yang_menjabat_role():
    text = ("Yosefina Dhiu yang menjabat Kepala Seksi Perlindungan Anak memimpin rapat koordinasi.\n"
            "\"Laporan kasus harus masuk dalam dua hari,\" ujarnya.")
    assert _pairs(text) == [("Laporan kasus harus ", "Yosefina Dhiu")]


def test_name_comma_one_of_a_group_is_an_introduction():
    text = ("Camat Aesesa, Lukas Meo, meninjau lokasi banjir.\n"
            "Martina, salah satu penerima bantuan dari Desa Rawa, mengaku lega.\n"
            "\"Sekarang kami bisa masak lagi,\" tuturnya.")
    assert _pairs(text) == [("Sekarang kami bisa m", "Martina")]


def test_one_of_a_group_then_place_then_name_without_commas():
    text = ("Kepala Dinas Sosial Nagekeo, Silvester Teda, meninjau dapur umum.\n"
            "Salah seorang warga Kelurahan Danga Kristina mengaku rumahnya retak sejak gempa di Kelurahan Danga.\n"
            "\"Kami tidur di teras sekarang,\" ucapnya.")
    assert _pairs(text) == [("Kami tidur di teras ", "Kristina")]


def test_nya_cue_goes_to_the_one_person_named_in_the_sentence_leading_into_the_quote():
    text = ("Ketua LKS Mawar, Rosalia Bui, menerima 30 paket sembako.\n"
            "Di bawah pohon asam, nenek Sumi mencoba kacamata barunya, \"Sekarang huruf koran terbaca lagi\", ujarnya.")
    assert _pairs(text) == [("Sekarang huruf koran", "Sumi")]


def test_nya_cue_after_a_sentence_naming_two_people_keeps_the_last_subject():
    text = ("Ketua LKS Mawar, Rosalia Bui, menerima 30 paket sembako.\n"
            "Rosalia menyerahkan kacamata kepada nenek Sumi, \"Semoga bermanfaat\", ujarnya.")
    assert _pairs(text) == [("Semoga bermanfaat", "Rosalia Bui")]


def test_initials_in_parentheses_after_a_name_are_that_persons_alias_in_cues():
    text = ("KUPANG - Gubernur Nusa Tenggara Timur Yosef Dadi Lelo (YDL) meninjau embung. "
            "\"Embung ini kami perdalam tahun depan,\" kata YDL saat rapat. YDL juga menjelaskan soal pompa. "
            "\"Pompanya pakai tenaga surya,\" ujarnya.")
    result = extract(text)
    assert "YDL" in result.people[0].aliases
    assert [q.speaker for q in result.quotes] == ["Yosef Dadi Lelo"] * 2


def test_initials_that_nobody_was_introduced_with_stay_unattributed():
    text = "Warga mengungsi ke balai desa. \"Rumah kami terendam semua,\" kata AR (45) kepada wartawan."
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_nickname_written_apart_sering_di_sapa():
    text = ("Peserta lomba disambut Kepala Dinas Pariwisata, Hendrikus Kase atau yang sering di sapa Ende.\n"
            "\"Juri datang dari tiga kabupaten,\" jelas Ende.")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Hendrikus Kase"]


def test_a_nickname_in_parentheses_after_a_role_and_name():
    result = extract("Bupati Lembata Thomas Ola Langoday (Pak Tom) meninjau pasar. \"Harga aman,\" kata Tom.")
    assert [q.speaker for q in result.quotes] == ["Thomas Ola Langoday"]


def test_age_written_with_tahun_and_a_description_introduce_the_person():
    text = ("Peserta tertua lomba tenun adalah Sri Wahyuningsih (71 Tahun), seorang lansia di Desa Wolo. "
            "Mbah Sri menenun sejak pukul tujuh.\n"
            "\"Benangnya saya pintal sendiri,\" tutur Mbah Sri sambil tersenyum.")
    assert [q.speaker for q in extract(text).quotes] == ["Sri Wahyuningsih"]


def test_the_subject_of_a_bahwa_clause_is_not_who_a_later_nya_means():
    text = ("Bupati Sikka, Maria Goreti Wodon, melantik pejabat. \"Semua sudah melalui seleksi,\" kata Maria Goreti Wodon.\n"
            "Ia menjelaskan bahwa Stefanus Bura akan pindah ke bagian keuangan bulan depan.\n"
            "\"Pergantian ini biasa,\" terangnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Maria Goreti Wodon"] * 2


def test_nya_after_a_sentence_whose_subject_is_a_described_person_is_unattributed():
    text = ("Bupati Ende Yosef Ratu mengunjungi sekolah luar biasa. Yosef mencoba melukis bersama murid.\n"
            "Tiba-tiba bocah berkacamata itu bersorak ketika Bupati selesai melukis.\n"
            "\"Hore, Bapak bisa juga,\" serunya.")
    result = extract(text)
    assert [(q.speaker, q.evidence) for q in result.quotes] == [(None, "unresolved")]


def test_nya_after_a_sentence_whose_subject_is_named_keeps_that_person():
    text = ("Bupati Ende Yosef Ratu mengunjungi sekolah luar biasa.\n"
            "Yosef mencoba melukis bersama murid.\n"
            "\"Anak-anak ini berbakat,\" serunya.")
    assert [q.speaker for q in extract(text).quotes] == ["Yosef Ratu"]


def test_an_uncued_quote_paragraph_takes_the_cue_of_the_quote_paragraph_right_after_it():
    text = ("Camat Wewewa, Daniel Bili, membuka pasar. Pedagang lain, Yuliana Kaka, ikut hadir.\n"
            "\"Kami berterima kasih kepada pemerintah desa yang terus membantu kami berjualan \u2026\"\n"
            "\"Semoga pasar ini ramai setiap minggu,\" ucap Yuliana sambil tersenyum.")
    assert [q.speaker for q in extract(text).quotes] == ["Yuliana Kaka"] * 2


def test_an_uncued_quote_paragraph_followed_by_narration_is_dropped():
    text = ("Camat Wewewa, Daniel Bili, membuka pasar. Pedagang lain, Yuliana Kaka, ikut hadir.\n"
            "\"Kami berterima kasih kepada pemerintah desa yang terus membantu kami berjualan \u2026\"\n"
            "Pasar dibuka setiap Sabtu.\n"
            "\"Semoga pasar ini ramai setiap minggu,\" ucap Yuliana sambil tersenyum.")
    assert [q.speaker for q in extract(text).quotes] == ["Yuliana Kaka"]


def test_a_subject_with_a_where_or_when_phrase_before_its_speech_verb_is_who_katanya_means():
    text = ("Ekonom Lembaga Riset Nusa, Yosef Damar, menilai defisit berbahaya. \"Pasar bisa ragu,\" katanya.\n"
            "Pekan lalu, Menteri Keuangan Sri Wulandari dalam wawancara dengan Kompas menyampaikan, anggaran "
            "sudah disiapkan. Defisit dinaikkan bertahap.\n"
            "\"Anggaran ini bantalan bagi dunia usaha,\" katanya.")
    assert _pairs(text) == [("Pasar bisa ragu", "Yosef Damar"), ("Anggaran ini bantala", "Sri Wulandari")]


def test_a_speaker_named_after_menurut_or_kata_inside_a_sentence_is_who_ujarnya_means():
    text = ("\"Pencarian korban kami utamakan,\" kata Menteri Perhubungan Bambang Sutejo.\n"
            "Dalam upaya menemukan kotak hitam, menurut Ketua Komite Keselamatan Transportasi Haryo Wibisono, "
            "tim sudah menyelam sejak Minggu.\n"
            "\"Kemarin sore pencarian kami hentikan karena hujan deras,\" ujarnya.")
    assert _pairs(text) == [("Pencarian korban kam", "Bambang Sutejo"), ("Kemarin sore pencari", "Haryo Wibisono")]


def test_a_person_owning_the_noun_that_opens_a_sentence_is_not_its_subject():
    text = ("Presiden Joko Santoso meminta publik yang keberatan menggugat ke MK.\n"
            "\"Versi undang-undang harus jelas sebelum disahkan,\" kata pengajar hukum Universitas Gadjah Raya, "
            "Hendra Wijaya.\n"
            "Menurut Hendra, publik sulit menyiapkan gugatan. Dorongan Presiden untuk menguji undang-undang itu "
            "dinilai kurang peka. \"Itu seolah menafikan suara publik,\" lanjutnya.")
    assert _pairs(text)[-1] == ("Itu seolah menafikan", "Hendra Wijaya")


def test_a_full_name_opening_the_sentence_before_a_nya_or_description_cue_is_that_person():
    text = ("Warsini Handayani menjual kue basah sejak subuh. \"Modal dari bantuan saya pakai beli oven,\" "
            "ujarnya.\nKarta Wijaya sudah tiga puluh tahun melaut. \"Ombak sekarang makin tinggi,\" ujar lelaki "
            "56 tahun itu.")
    assert [(q.text[:20], q.speaker) for q in extract(text).quotes] == [
        ("Modal dari bantuan s", "Warsini Handayani"), ("Ombak sekarang makin", "Karta Wijaya")]


def test_a_sentence_opener_or_a_tersebut_phrase_before_the_verb_is_no_name():
    text = ("Jika Warsini terpilih, pasar akan dibenahi. \"Kami tunggu janjinya,\" ujarnya.\n"
            "Putra Karta tersebut meninggal pekan lalu. \"Kami masih berduka,\" katanya.")
    assert [q.speaker for q in extract(text).quotes] == [None, None]


def test_a_name_with_an_age_before_the_verb_of_a_cue_before_the_quote():
    text = ("Ditemui di rumahnya, Warsih (70) bercerita, \"Rumah ini dibangun almarhum suami saya tahun delapan "
            "puluhan.\"")
    assert _pairs(text) == [("Rumah ini dibangun a", "Warsih")]


def test_imam_as_a_given_name_after_a_role_and_as_the_short_form_in_a_cue():
    text = ("Acara dibuka oleh Wakil Wali Kota Cimahi Imam Santosa. \"Kader posyandu adalah ujung tombak,\" "
            "kata Imam.\n\"Masjid menjadi pusat kegiatan warga,\" kata Imam Besar Masjid Agung Cimahi, Ahmad "
            "Dahlan Hasyim.")
    assert _pairs(text) == [("Kader posyandu adala", "Imam Santosa"), ("Masjid menjadi pusat", "Ahmad Dahlan Hasyim")]


def test_a_river_or_mountain_opening_the_sentence_before_a_nya_cue_is_no_person():
    text = ("Sungai Cikeas meluap sejak subuh. \"Air masuk ke rumah setinggi lutut,\" katanya.\n"
            "Gunung Gede kembali mengeluarkan asap. \"Pendaki kami minta turun,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == [None, None]


def test_ustazah_is_an_honorific_before_a_womans_name():
    text = ("Guru mengaji kampung, Ustazah Lilis Marlina, membuka kelas baru. \"Anak-anak datang tiap sore,\" "
            "kata Ustazah Lilis.")
    assert _pairs(text) == [("Anak-anak datang tia", "Lilis Marlina")]


def test_an_elder_called_by_honorific_and_given_name_is_the_full_name_written_before():
    # "Mama Ruth" in the cue is the cue's own words, not an earlier, shorter form of the name
    text = ("Mama Ruth Kogoya menjual sayur di Pasar Wamena sejak subuh. \"Hujan bikin sayur cepat busuk,\" "
            "kata Mama Ruth.")
    assert _pairs(text) == [("Hujan bikin sayur ce", "Ruth Kogoya")]


def test_a_court_word_opening_a_sentence_is_not_part_of_the_name():
    text = ("Tersangka Joko Prasetyo diperiksa selama enam jam. \"Saya hanya disuruh mengantar barang,\" "
            "kata Joko.")
    assert _pairs(text) == [("Saya hanya disuruh m", "Joko Prasetyo")]


def test_a_name_with_bin_is_one_name_and_the_fathers_name_is_no_short_form():
    from melati_archive.nlp.nameforms import default_aliases, name_tokens

    text = ("Saksi Umar Hakim bin Salim menjawab pertanyaan hakim. \"Saya melihat mobil itu pukul dua "
            "malam,\" kata Umar.")
    assert _pairs(text) == [("Saya melihat mobil i", "Umar Hakim bin Salim")]
    assert name_tokens("Umar Hakim bin Salim") == ["Umar", "Hakim"]
    assert "Salim" not in default_aliases("Umar Hakim bin Salim")


def test_a_batak_womans_name_with_boru_is_one_name():
    text = ("Penenun ulos di Desa Lumban Suhi, Tiurma boru Sinaga, menerima pesanan dari Medan. \"Satu ulos "
            "selesai dua minggu,\" kata Tiurma.")
    assert _pairs(text) == [("Satu ulos selesai du", "Tiurma boru Sinaga")]


def test_a_lowercase_arabic_article_stays_inside_the_name():
    text = ("Pengurus masjid, Hasan al-Habsyi, membagikan takjil kepada warga. \"Setiap sore kami siapkan "
            "tiga ratus porsi,\" ujar Hasan.")
    assert _pairs(text) == [("Setiap sore kami sia", "Hasan al-Habsyi")]


@pytest.mark.parametrize("hon", ["Romo", "Bhante", "Buya", "Nyai", "Mang", "Ceu", "Koh", "Bli", "Datuk"])
def test_a_regional_or_religious_form_of_address_is_no_part_of_the_name(hon):
    text = (f"Tokoh warga Kampung Sukahurip, {hon} Jaka Permana, memimpin doa bersama. \"Semoga kampung kita "
            f"aman,\" kata {hon} Jaka.")
    assert _pairs(text) == [("Semoga kampung kita ", "Jaka Permana")]


@pytest.mark.parametrize("rank", ["Brigjen TNI (Purn)", "Kolonel Inf (Purn)", "Letkol Mar"])
def test_a_rank_with_its_service_corps_or_retirement_before_a_name_after_a_cue(rank):
    text = f"\"Veteran harus diperhatikan,\" kata Ketua Legiun Veteran Kota Bogor, {rank} Dadang Supriatna."
    assert _pairs(text) == [("Veteran harus diperh", "Dadang Supriatna")]


def test_ayahanda_or_ibunda_of_the_victim_is_a_relative_not_the_victim():
    assert _pairs("\"Anak saya pendiam,\" kata ibunda korban.") == [("Anak saya pendiam", None)]
    assert _pairs("\"Kami sudah ikhlas,\" ujar ayahanda korban, Wahyu Prasetyo.") == [
        ("Kami sudah ikhlas", "Wahyu Prasetyo")]


def test_the_owner_opening_the_sentence_before_a_nya_quote_is_its_speaker():
    text = ("Warung Surya Darmawan di tepi Sungai Cikapundung ikut terendam. \"Kulkas dan etalase rusak "
            "semua,\" keluhnya.")
    assert _pairs(text) == [("Kulkas dan etalase r", "Surya Darmawan")]
    text = "Kebun milik Wawan Gunawan diserang hama. \"Tomat saya busuk sebelum dipanen,\" ujarnya."
    assert _pairs(text) == [("Tomat saya busuk seb", "Wawan Gunawan")]


def test_a_name_after_bernama_before_a_nya_quote_is_its_speaker():
    text = "Seorang pemulung bernama Kusnadi menemukan dompet berisi uang. \"Saya kembalikan ke pemiliknya,\" katanya."
    assert _pairs(text) == [("Saya kembalikan ke p", "Kusnadi")]


def test_an_institution_named_like_property_is_no_owner():
    found = extract("Rumah Sakit Hasan Sadikin menambah ruang isolasi. \"Pasien bertambah tiap hari,\" katanya.")
    assert [(q.speaker) for q in found.quotes] == [None]
    assert not found.people


def test_a_compound_noun_of_common_words_after_a_property_word_is_no_owner():
    found = extract("Warung Kopi Sederhana di Jalan Braga ramai sejak pagi. \"Es susu paling laku,\" katanya.")
    assert [q.speaker for q in found.quotes] == [None]
    assert not found.people


def test_bernama_after_a_thing_names_no_person():
    found = extract("Kapal nelayan bernama Sinar Bahari tenggelam di perairan Garut. \"Ombak tiba-tiba tinggi,\" "
                    "katanya.")
    assert [q.speaker for q in found.quotes] == [None]


def test_short_given_name_with_the_same_surname_is_the_introduced_person():
    text = ("KUPANG - Wali Kota Kupang Christoforus Manafe di Kupang, Selasa, meninjau banjir.\nPemkot, kata "
            "Chris Manafe, menyiapkan posko. \"Posko buka malam ini,\" kata Chris Manafe.")
    assert _pairs(text) == [("Posko buka malam ini", "Christoforus Manafe")]


def test_short_given_name_that_fits_two_people_links_to_neither():
    text = ("KUPANG - Wali Kota Kupang Christoforus Manafe dan istrinya Christina Manafe meninjau banjir.\n"
            "\"Posko buka malam ini,\" kata Chris Manafe.")
    assert _pairs(text)[0][1] not in ("Christoforus Manafe", "Christina Manafe")


def test_another_given_name_with_the_same_surname_stays_another_person():
    text = ("KUPANG - Wali Kota Kupang Christoforus Manafe meninjau banjir. Warga Kelurahan Oesapa, Yakobus "
            "Manafe, ikut membantu.\n\"Air masuk rumah sejak subuh,\" kata Yakobus Manafe.")
    assert _pairs(text) == [("Air masuk rumah seja", "Yakobus Manafe")]


def test_full_name_in_a_caption_above_the_dateline_completes_the_first_name():
    text = ("Warga Pesisir Terima Bantuan Perahu\nKepala Dinas Perikanan Maluku Tenggara, Yohanis Rahanra saat "
            "menyerahkan perahu, Rabu (5/6)/Ady\nLANGGUR - Pemkab menyerahkan sepuluh perahu. Kepala Dinas Perikanan, "
            "Yohanis mengatakan perahu untuk nelayan kecil.\n\"Perahu ini bantuan provinsi,\" kata Yohanis.")
    assert _pairs(text) == [("Perahu ini bantuan p", "Yohanis Rahanra")]


def test_title_case_headline_gives_no_surname_to_a_first_name():
    text = ("Kadis Yohanis Serahkan Perahu Nelayan\nLANGGUR - Pemkab menyerahkan sepuluh perahu. Kepala Dinas "
            "Perikanan, Yohanis mengatakan perahu untuk nelayan kecil.\n\"Perahu ini bantuan provinsi,\" kata Yohanis.")
    assert _pairs(text) == [("Perahu ini bantuan p", "Yohanis")]


def test_two_fuller_forms_above_the_story_complete_nothing():
    text = ("Yohanis Rahanra dan Yohanis Ubro, nelayan, menerima perahu, Rabu (5/6)\nLANGGUR - Pemkab menyerahkan "
            "sepuluh perahu. Kepala Dinas Perikanan, Yohanis mengatakan perahu untuk nelayan kecil.\n\"Perahu ini "
            "bantuan provinsi,\" kata Yohanis.")
    assert _pairs(text)[0][1] not in ("Yohanis Rahanra", "Yohanis Ubro")


def test_known_one_word_name_opening_someone_elses_fuller_name_blocks_nya():
    text = ("SIKKA - Kepala Dusun Wolomude Paulus mengatakan panen baik.\n\"Hasilnya naik tahun ini,\" kata Paulus.\n"
            "Sementara itu Ketua Kelompok Tani Paulus Moa Desa Kolisia menjelaskan harga jagung turun. \"Kami minta "
            "harga dijaga,\" katanya.")
    assert _pairs(text) == [("Hasilnya naik tahun ", "Paulus"), ("Kami minta harga dij", None)]


def test_fuller_name_as_an_object_does_not_block_nya():
    text = ("GIANYAR - Pembina kelompok, Ni Luh Suartini, melatih petani. Hadiah diterima Luh Made Arsana. Suartini "
            "mengatakan pelatihan sepekan.\n\"Kami latihan tiap pagi,\" ujarnya.")
    assert _pairs(text) == [("Kami latihan tiap pa", "Ni Luh Suartini")]
