"""Session 20 cue forms: the subject after a fronted phrase, an office short form read off the full words of
an office written short, an ordinal between the cue and its speaker, a delegate's place after the name, a
misspelt verb opening a sentence about many, cue verbs of features."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_the_subject_after_a_fronted_phrase_speaks_the_quote_of_its_sentence():
    text = ("PATI - Anggota DPRD menggelar reses. Hadir legislator dari PAN (Tono Raharjo) dan PKB (Lilis Marwati).\n"
            "Dalam sambutannya, Lilis Marwati sempat mengajak warga, \"Sampaikan semua keluhan kepada kami,\" ujarnya.\n"
            "Ketua DPRD Pati, Tono Raharjo, juga hadir.")
    assert _pairs(text) == [("Sampaikan se", "Lilis Marwati")]


def test_a_unit_after_a_fronted_phrase_is_no_subject():
    text = ("BATANG - Camat Batang, Galih Pratama, membuka lomba.\nDi sela acara, Dinas Perhubungan sempat memeriksa "
            "perahu, \"Semua perahu laik berlayar,\" ujarnya.")
    assert _pairs(text) == [("Semua perahu", "Galih Pratama")]


def test_a_short_form_in_a_cue_is_not_read_off_the_letters_of_an_office_written_short():
    text = ("BATANGHARI - Mobil terbalik.\nKapolres Batanghari, AKBP Dimas Wicaksono melalui Lasat Lantas AKP Tomi "
            "Susanto membenarkan kejadian itu.\n\"Sopir mengantuk,\" papar Kasat.")
    assert _pairs(text) == [("Sopir mengan", None)]


def test_the_office_written_short_still_answers_its_own_short_form():
    from melati_archive.nlp.cueoffices import _office_for_short_forms
    assert _office_for_short_forms("Kapolres Batanghari") == "Kepala Kepolisian Resor Batanghari"
    assert _office_for_short_forms("Bupati Batanghari") == "Bupati Batanghari"


def test_an_ordinal_between_the_cue_and_the_office():
    text = ("PROBOLINGGO - Doa bersama digelar. Acara dihadiri Bupati Probolinggo, dr. Wulan Sari, MMR.\n"
            "\"Rumah ibadah harus terbuka,\" pesan pertama bupati.\n\"Saling menghormati,\" imbuhnya.")
    assert _pairs(text) == [("Rumah ibadah", "Wulan Sari"), ("Saling mengh", "Wulan Sari")]


def test_the_delegates_place_after_the_name_in_a_through_cue():
    text = ("\"Jalan sudah bisa dilalui,\" kata Kepala Pelaksana BPBD Wonosobo Arif Budiman melalui Kepala Seksi "
            "Kedaruratan Yoga Pratama di Wonosobo, Minggu.")
    assert _pairs(text) == [("Jalan sudah ", "Yoga Pratama")]


def test_a_misspelt_verb_opening_a_sentence_about_many_is_no_person():
    text = ("WONOGIRI - Bupati Wonogiri, Teguh Santosa, meresmikan pasar. Diharapakn, seluruh pedagang di Pasar "
            "Kota menjaga ketertiban, menjaga kenyamanan.\n\"Pasar bersih, pembeli datang,\" tegasnya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Teguh Santosa"]
    assert all(p.name != "Diharapakn" for p in ex.people)


def test_cue_verbs_of_a_mutter_and_a_quip():
    assert _pairs("Sutinah, pedagang sayur, menghitung dagangan. \"Hari ini sepi,\" gumamnya pelan.") == [
        ("Hari ini sep", "Sutinah")]
    assert _pairs("Kepala Desa Sukarame, Wahyu Hidayat, memanen padi. \"Warga senang,\" celetuknya.") == [
        ("Warga senang", "Wahyu Hidayat")]


def test_a_shout_is_still_no_cue():
    assert all(q.text != "Api! Api!" for q in extract("Warga panik. \"Api! Api!\" teriaknya.").quotes)


def test_an_office_head_and_its_units_short_form_is_the_holder_not_a_person():
    text = ("CILACAP - Kepala Kantor Imigrasi Kelas II Cilacap, Hasan Basri, membina pegawai.\nKepala Kanim juga "
            "meminta pegawai menjaga integritas.\n\"Jadikan kantor ini teladan,\" pesannya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Hasan Basri"]
    assert [p.name for p in ex.people] == ["Hasan Basri"]


def test_a_head_whose_unit_no_one_holds_speaks_for_nobody_the_cast_knows():
    # "Kepala <Word>": the word after a bare head is its unit (the people side reads no person there); the holder
    # of an office no one in the cast holds is unknown, so the -nya quote after it is nobody's, not the Kanim's
    text = ("CILACAP - Kepala Kantor Imigrasi Kelas II Cilacap, Hasan Basri, membina pegawai.\nKepala Sukirno juga "
            "meminta pegawai menjaga integritas.\n\"Jadikan kantor ini teladan,\" pesannya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == [None]
    assert [p.name for p in ex.people] == ["Hasan Basri"]


def test_an_office_its_short_form_in_parentheses_then_the_ministry_and_the_name():
    text = ("\"Harga cabai masih bagus,\" kata Direktur Jenderal Hortikultura (Dirjen Horti), Kementan Prasetyo "
            "Nugroho saat dihubungi, Senin.")
    assert _pairs(text) == [("Harga cabai ", "Prasetyo Nugroho")]


def test_a_short_form_glued_in_the_office_then_the_agency_and_the_name():
    text = "\"Data korban kami himpun,\" ujar Kepala Pusat Data dan Informasi (Kapusdatin), BNPB Andi Saputra, Selasa."
    assert _pairs(text) == [("Data korban ", "Andi Saputra")]


def test_a_parenthesized_word_that_reads_no_office_keeps_the_old_reading():
    text = "\"Data korban kami himpun,\" ujar Kepala Pelaksana BPBD Garut (Jabar), BNPB Andi Saputra, Selasa."
    assert _pairs(text)[0][1] != "Andi Saputra"


def test_initials_in_parentheses_after_a_names_degrees_make_the_person_and_an_alias():
    text = ("KENDARI - Dalam masa reses anggota DPRD tahun ini, Wahyu Dwi Hartanto, S.E. (WDH) mengunjungi warga.\n"
            "Dalam pertemuan itu, WDH menjelaskan fungsi reses.\n\"Silakan sampaikan usulan,\" katanya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Wahyu Dwi Hartanto"]
    assert "WDH" in next(p for p in ex.people if p.name == "Wahyu Dwi Hartanto").aliases


def test_an_organisations_acronym_in_parentheses_makes_no_person():
    text = "KENDARI - Badan Pusat Statistik (BPS) merilis inflasi.\nBPS menjelaskan kenaikan harga.\n\"Harga naik,\" katanya."
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == [None] and ex.people == []


def test_a_name_written_again_with_its_apostrophe_moved_is_the_same_person():
    text = ("KUDUS - Kepala Kantor Wilayah (Kakanwil) Kemenag Provinsi Jawa Tengah Sya'ban Maulana membina guru.\n"
            "\"Guru adalah teladan,\" tutur Kakanwil.\nKakanwil Syab'an Maulana berpesan agar mutu dijaga.\n"
            "\"Mutu harus naik,\" tuturnya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Sya'ban Maulana", "Sya'ban Maulana"]
    assert [p.name for p in ex.people] == ["Sya'ban Maulana"]


def test_names_that_differ_in_letters_stay_two_people():
    from melati_archive.nlp.castvariants import merge_moved_marks
    from melati_archive.nlp.coref import Cast
    from melati_archive.nlp.people import Known
    cast = Cast(persons=[Known(name="Ma'ruf Amin", first=0), Known(name="Ma'mun Amin", first=20)],
                mentions=[(0, 11, 0), (20, 31, 1)])
    merge_moved_marks(cast)
    assert len(cast.persons) == 2


def test_a_full_name_alone_after_the_quote_is_its_speaker():
    text = ("SENTANI - Warga berdemo.\nMenurut salah satu pendemo, Yakob Mirino dalam orasinya ia mengatakan, warga "
            "menolak.\n\"Jangan paksa kami ikut program ini,\" Yakob Mirino.\nWarga lain ikut berorasi.")
    assert _pairs(text) == [("Jangan paksa", "Yakob Mirino")]


def test_a_name_after_the_quote_that_goes_on_is_no_bare_cue():
    text = "SENTANI - Warga berdemo.\n\"Jangan paksa kami ikut program ini,\" Yakob Mirino lalu pulang ke rumahnya di kampung."
    assert [q.speaker for q in extract(text).quotes if q.text.startswith("Jangan")] in ([], [None])


def test_a_saying_after_kata_orang_is_a_quote_nobody_named_said():
    text = ("PALEMBANG - Ketua DPRD, Anton Saputra, berjanji mengawal usulan.\nKarena, kata orang tua dulu: \"Janji "
            "adalah utang yang harus dibayar.\"")
    assert _pairs(text) == [("Janji adalah", None)]
    text = "Bupati Lahat, Yudi Pranata, menutup acara. Seperti kata pepatah, \"Sedikit demi sedikit lama-lama menjadi bukit.\""
    assert _pairs(text) == [("Sedikit demi", None)]


def test_a_place_after_a_fronted_phrase_is_no_subject():
    text = ("BOGOR - Camat Cibinong, Heru Saputra, meninjau banjir.\nPada musim hujan, Pabuaran Indah sempat menjadi "
            "langganan banjir.\n\"Air setinggi lutut,\" ujarnya.")
    assert _pairs(text) == [("Air setinggi", "Heru Saputra")]


def test_two_people_after_a_fronted_phrase_make_the_nya_cue_nobodys():
    text = ("SLEMAN - Lurah Condongcatur, Bambang Irawan, membuka acara.\nDalam kegiatan itu, Yoga Saputra dan Nita "
            "Anggraini sempat mengajak warga, \"Ayo jaga selokan,\" ujarnya.")
    assert _pairs(text) == [("Ayo jaga sel", None)]


def test_a_unit_short_form_two_holders_units_read_is_nobody():
    text = ("SEMARANG - Kepala Kantor Imigrasi Semarang, Rudi Hartawan, dan Kepala Kantor Imigrasi Pati, Bayu Aji, "
            "menandatangani kerja sama.\nKepala Kanim juga meminta pegawai menjaga integritas.\n\"Jadikan kantor ini "
            "teladan,\" pesannya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == [None]
    assert "Kanim" not in [p.name for p in ex.people]


def test_a_reply_with_its_translation_in_parentheses_then_a_stray_mark_and_the_cue():
    text = ("KLATEN - Kepala Desa Jetis, Wahyu Prasetyo, menyapa warga.\n\u201cPripun kabare, Mbah?\u201d (Bagaimana "
            "kabarnya, Mbah?), tanyanya.\n\u201cSae, Pak Lurah\u201d (Baik, Pak Lurah),\u201d jawab Mbah Darmo "
            "Sentono.")
    assert _pairs(text) == [("Pripun kabar", "Wahyu Prasetyo"), ("Sae, Pak Lur", "Darmo Sentono")]


def test_an_office_and_the_initials_of_its_one_holders_name():
    text = ("SUKAMAJU - Bupati Sukamaju, Rudi Hartono Siregar, meninjau jembatan.\n\"Jembatan darurat selesai pekan "
            "depan,\" jelas Bupati RHS.")
    assert _pairs(text) == [("Jembatan dar", "Rudi Hartono Siregar")]


def test_an_office_and_initials_that_spell_no_holders_name_stay_unresolved():
    text = ("SUKAMAJU - Bupati Sukamaju, Rudi Hartono Siregar, meninjau jembatan.\n\"Jembatan darurat selesai pekan "
            "depan,\" jelas Bupati ABC.")
    assert _pairs(text) == [("Jembatan dar", None)]


def test_a_one_word_name_never_read_speaking_in_the_narration_makes_the_next_nya_nobodys():
    text = ("KEDIRI - Bupati Kediri, Hanindyo Pramono, membuka pelatihan.\n\"Kader adalah ujung tombak,\" ujar Hanindyo.\n"
            "Halaman 2\nSekar menambahkan, pelatihan digelar tiga hari.\n\"Materinya gizi balita,\" ujarnya.")
    assert _pairs(text) == [("Kader adalah", "Hanindyo Pramono"), ("Materinya gi", None)]


def test_the_speakers_own_given_name_speaking_in_the_narration_keeps_the_nya():
    text = ("KEDIRI - Bupati Kediri, Hanindyo Pramono, membuka pelatihan.\n\"Kader adalah ujung tombak,\" ujar Hanindyo.\n"
            "Hanindyo menambahkan, pelatihan digelar tiga hari.\n\"Materinya gizi balita,\" ujarnya.")
    assert _pairs(text) == [("Kader adalah", "Hanindyo Pramono"), ("Materinya gi", "Hanindyo Pramono")]


def test_an_office_nobody_holds_speaking_in_the_narration_makes_the_next_nya_nobodys():
    text = ("MAKASSAR - Kabid Penmad Kemenag Sulsel, Nur Aisyah, meninjau madrasah.\nKakanwil menyampaikan "
            "pentingnya mutu guru. \"Guru harus terus belajar,\" jelasnya.")
    assert _pairs(text) == [("Guru harus t", None)]


def test_an_office_held_under_a_dotted_province_keeps_the_nya():
    # "Kakanwil Kemenag Prov. Sulsel <Name>": the dotted "Prov." stays inside the office, whose holder then speaks
    text = ("MAKASSAR - Kakanwil Kemenag Prov. Sulsel Ahmad Syarifuddin didampingi oleh Kabid Penmad, Nur Aisyah, "
            "meninjau madrasah.\nKakanwil menyampaikan pentingnya mutu guru. \"Guru harus terus belajar,\" jelasnya.")
    assert _pairs(text) == [("Guru harus t", "Ahmad Syarifuddin")]


def test_an_office_its_holders_role_spells_out_in_parentheses_keeps_the_nya():
    text = ("TAREMPA - Komandan Pangkalan TNI AL (Danlanal) Tarempa, Letkol Laut Bima Sakti, menangkap kapal asing.\n"
            "Danlanal menjelaskan, kapal itu mencuri ikan. \"Semoga ada efek jera,\" ucapnya.")
    assert _pairs(text) == [("Semoga ada e", "Bima Sakti")]


def test_a_name_opened_by_dotted_initials_after_an_office_leads_into_the_nya_quote():
    text = ("SANGATTA - Festival budaya dibuka.\nPlt Kepala Dinas Pariwisata Kutai Timur, A.R. Simanjuntak yang turut "
            "hadir, menyebut festival ini penting.\n\"Festival ini menghidupkan tradisi,\" ujarnya.")
    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["A.R. Simanjuntak"]
    assert next(p for p in ex.people if p.name == "A.R. Simanjuntak").role == "Plt Kepala Dinas Pariwisata Kutai Timur"


def test_dotted_initials_after_a_place_are_no_name_read_there():
    text = ("SANGATTA - Festival budaya dibuka di Sangatta, K.H. Dewantara yang ramai, kemarin.\n\"Festival ini "
            "menghidupkan tradisi,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_sign_off_in_common_words_after_a_quote_is_no_speaker():
    text = "SLEMAN - Camat Depok, Heru Saputra, menutup acara.\n\"Sampai jumpa tahun depan,\" Terima Kasih.\nAcara selesai."
    assert all(q.speaker is None for q in extract(text).quotes)


def test_a_bodys_name_opening_a_sentence_or_after_a_fronted_phrase_is_no_person():
    for lead in ("Dalam kesempatan itu, Karang Taruna juga", "Paguyuban Pasundan juga"):
        text = (f"SLEMAN - Camat Depok, Heru Saputra, membuka acara.\n{lead} mengajak warga, \"Ayo jaga kebersihan,\" "
                "ujarnya.")
        ex = extract(text)
        assert [q.speaker for q in ex.quotes] == ["Heru Saputra"]
        assert [p.name for p in ex.people] == ["Heru Saputra"]


def test_kedua_after_kata_or_ujar_is_both_not_an_ordinal():
    text = "BOYOLALI - Dua tersangka, Budi Santoso dan Agus Salim, ditangkap.\n\"Kami khilaf,\" ujar kedua tersangka."
    assert _pairs(text) == [("Kami khilaf", None)]
    text = "BOYOLALI - Korban, Budi Santoso, dirawat.\n\"Kami kaget,\" kata kedua orang tua korban."
    assert _pairs(text) == [("Kami kaget", None)]


def test_cue_verbs_of_praise_accusation_and_rebuttal():
    head = "SEMARANG - Ketua Paguyuban Pedagang, Darmanto Wiryo, mendatangi kantor dinas.\n"
    for verb in ("pujinya", "tudingnya", "tampiknya", "tantangnya", "protesnya", "ancamnya"):
        assert _pairs(head + f"\"Dinas harus turun,\" {verb}.") == [("Dinas harus ", "Darmanto Wiryo")], verb


def test_a_group_opening_a_sentence_leaves_the_nya_to_the_one_speaker():
    # "Warga menilai ...": residents as a group; the -nya after it is still the official's
    text = ("SUKAMAJU - Kepala Desa Cibening, Abdul Karim, meninjau jalan desa yang rusak.\nWarga menilai jalan itu "
            "penting bagi petani. \"Kami sudah mengusulkan perbaikannya tahun ini,\" katanya.")
    assert _pairs(text) == [("Kami sudah m", "Abdul Karim")]


def test_a_name_spelt_one_letter_off_is_the_same_speaker_not_an_unread_one():
    text = ("SUKAMAJU - Kapolsek Cibening AKP Arif Setiawan mengatakan pelaku sudah ditangkap.\nArief menambahkan, "
            "petugas masih mencari barang bukti. \"Kami masih menunggu hasil laboratorium,\" pungkasnya.")
    assert _pairs(text) == [("Kami masih m", "Arif Setiawan")]


def test_an_appeal_spelt_with_an_h_is_a_cue_after_and_before_the_quote():
    text = ("SUKAMAJU - Kapolsek Cibening AKP Arif Setiawan meninjau pos ronda.\n\"Jaga lingkungan masing-masing,\" "
            "himbaunya.\nKepala Desa Cibening, Abdul Karim, menghimbau, \"Warga jangan keluar malam.\"")
    assert _pairs(text) == [("Jaga lingkun", "Arif Setiawan"), ("Warga jangan", "Abdul Karim")]


def test_every_head_that_names_a_unit_and_no_person_is_one_whose_unit_may_speak_unread():
    # the people side's unit heads (notpeople.UNIT_NAMING_HEADS) and the speaker side's are one list: a sub-unit
    # head the cast cannot place ("Kasubdit Binwas") keeps the -nya quote from the official named before
    text = ("SUKAMAJU - Kepala Dinas Pertanian Sukamaju, Hasan Basri, membuka pelatihan.\nKasubdit Binwas juga "
            "meminta peserta mencatat hasil panen.\n\"Catat setiap hari,\" pesannya.")
    assert [q.speaker for q in extract(text).quotes] == [None]
