"""Session 22 cue forms: degrees between a holder's name and "melalui", an office-only cue that repeats a whole
office read as an office and a name, an office cue for someone read without a role, a new person opening a
sentence the cast did not read, and a quote typed without an opening mark closed by a spaced single mark."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_degrees_after_the_holders_name_do_not_hide_the_delegate_after_melalui():
    text = ("KUPANG - Polisi menetapkan tiga tersangka pencurian ternak.\n"
            "\"Kami sudah menerbitkan daftar pencarian orang,\" kata Kapolres Rote AKBP Hendra Siregar, S.I.K., M.Si, "
            "melalui Kasat Reskrim Iptu Markus Lende, S.Sos, Senin (13/1/2020) di Baa.")
    assert _pairs(text) == [("Kami sudah m", "Markus Lende")]


def test_an_office_only_cue_repeating_the_whole_office_just_introduced_is_its_holder():
    text = ("BLITAR - Dinas Pertanian memeriksa sapi kurban di pasar hewan, Senin.\n"
            "Kasi Bidang Kesehatan Ternak, Kabupaten Blitar, Sulastri Handayani, menuturkan jika tidak ditemukan hewan "
            "yang sakit. \"Semua sapi yang kami periksa hari ini sehat,\" jelas Kasi Bidang Kesehatan Ternak.")
    assert _pairs(text) == [("Semua sapi y", "Sulastri Handayani")]


def test_an_office_cue_goes_to_the_one_person_whose_name_that_office_opened():
    text = ("WAIKABUBAK - Polisi menggelar patroli malam.\n"
            "Kapolres Sumba Tengah AKBP GR. Yosef Laka, S.I.K., M.H., mengatakan, keamanan adalah tugas bersama.\n"
            "\"Dukungan warga sangat dibutuhkan,\" tandas Kapolres.")
    assert _pairs(text) == [("Dukungan war", "Yosef Laka")]


def test_a_new_full_name_opening_a_sentence_with_sementara_takes_the_next_pronoun_cue_from_the_earlier_speaker():
    text = ("MALANG - Pelatih Kepala Arema Putra, Bagus Wicaksono mengakui timnya kalah. \"Lawan bermain bagus,\" "
            "ucapnya.\nSementara Dimas Arya Pradana mewakili pemain tuan rumah mengakui kecolongan di menit akhir.\n"
            "\"Kami kecolongan di menit terakhir,\" ucap pemain berposisi sebagai bek kiri.")
    assert _pairs(text) == [("Lawan bermai", "Bagus Wicaksono"), ("Kami kecolon", None)]


def test_a_victim_opening_a_sentence_with_sedangkan_is_no_new_speaker():
    text = ("SERANG - Truk menabrak dua pengendara motor.\nKapolsek Cikande AKP Darsono mengatakan, truk hilang kendali. "
            "Sedangkan Rudi Hartono mengalami luka serius. \"Sopir sudah kami amankan,\" ujarnya.")
    assert _pairs(text) == [("Sopir sudah ", "Darsono")]


def test_a_name_after_a_fronted_clause_makes_the_next_pronoun_no_earlier_speakers():
    text = ("SAMPANG - Pengasuh PP Nurul Huda, KH Zainal Abidin mengatakan santri harus bersyukur.\n"
            "\"Menghafal itu tidak mudah,\" ujarnya.\nHadir dalam acara RKH. Fikri Maulana dari Bangkalan. "
            "Dalam tausiyahnya, Ra Fikri mengupas keutamaan penghafal Alquran.\n"
            "Dia juga berpesan kepada para wisudawan.\n\"Teruslah belajar,\" ujarnya.")
    # never the earlier speaker: the cleric named after him, now that "RKH. <Name>" is read as a person
    assert _pairs(text) == [("Menghafal it", "Zainal Abidin"), ("Teruslah bel", "Fikri Maulana")]


def test_a_passive_speech_verb_with_an_unread_title_and_name_before_karena_is_someone_new():
    text = ("KEDIRI - Pelatih Persiba, Hendra Gunawan mengakui timnya kalah. \"Kami kurang siap,\" ucapnya.\n"
            "Tidak diturunkannya Rian, disampaikan Coach Agus Salim karena kondisinya turun. "
            "\"Belum pulih sepenuhnya,\" terangnya.")
    # never the coach quoted first: the one "Coach <Name>" (a title, read as a person) who spoke since
    assert _pairs(text) == [("Kami kurang ", "Hendra Gunawan"), ("Belum pulih ", "Agus Salim")]


def test_a_quote_without_an_opening_mark_closed_by_a_spaced_single_mark_before_a_cue_is_found():
    text = ("JAKARTA - PLN menyiagakan petugas.\n\"Kami siaga penuh,\" kata Direktur Niaga Bambang Sutejo.\n"
            "Direktur Regional Sumatra Andi Saputra juga memastikan pasokan aman.\n"
            "Petugas tetap bekerja saat lebaran. Semua ini agar warga merayakan hari raya dengan nyaman. ' kata Andi.")
    pairs = _pairs(text)
    assert ("Petugas teta", "Andi Saputra") in pairs


def test_a_name_after_sedangkan_is_the_subject_a_later_pronoun_cue_refers_to():
    text = ("KEDIRI - Warga menolak tambang pasir.\nKepala Desa Sumberejo, Agus Widodo, mengatakan izin belum keluar. "
            "\"Kami belum memberi rekomendasi,\" katanya.\nSedangkan Rudi Hartono, perwakilan warga, mengatakan warga "
            "akan berunjuk rasa.\n\"Kami tidak mau sawah rusak,\" ujarnya.")
    assert _pairs(text) == [("Kami belum m", "Agus Widodo"), ("Kami tidak m", "Rudi Hartono")]


def test_an_office_cue_repeating_the_office_without_its_unit_is_its_holder():
    text = ("GRESIK - Kasus demam berdarah naik.\nKepala Bidang Pencegahan Penyakit, Dinas Kesehatan Gresik, Nur Aini "
            "Rahmawati, menyebut ada dua puluh kasus. \"Kami minta warga menguras bak mandi,\" jelas Kepala Bidang "
            "Pencegahan Penyakit.")
    assert _pairs(text) == [("Kami minta w", "Nur Aini Rahmawati")]


def test_a_lowercase_office_with_its_acronym_in_brackets_after_the_verb_names_its_holder():
    text = ("BLORA - Kejaksaan menahan Kepala Desa Ngawen, Suparno, dalam kasus dana desa.\n\"Tersangka kami tahan dua "
            "puluh hari,\" ucap kepala seksi pidana khusus (Kasi Pidsus) Kejari Blora, Dwi Anggoro saat ditemui.")
    assert _pairs(text) == [("Tersangka ka", "Dwi Anggoro")]


def test_a_player_introduced_by_a_lowercase_position_and_club_takes_no_quote_of_the_coach():
    text = ("MALANG - Pelatih Arema, Joko Santoso, mengaku puas. \"Anak-anak bermain disiplin,\" katanya.\nSementara itu "
            "gelandang Persik Kediri Rian Saputra mengaku timnya kurang beruntung. \"Kami kalah di menit akhir,\" "
            "ujarnya.")
    assert _pairs(text) == [("Anak-anak be", "Joko Santoso"), ("Kami kalah d", None)]


def test_a_nickname_given_only_in_a_describing_cue_is_the_person_just_named():
    text = ("MADIUN - Ahmad Fauzi, pemilik warung pecel di Jalan Pahlawan, mengaku omzetnya turun.\n\"Pembeli sepi sejak "
            "harga cabai naik,\" kata pria yang akrab disapa Cak Uji itu.")
    assert _pairs(text) == [("Pembeli sepi", "Ahmad Fauzi")]


def test_a_nickname_in_a_describing_cue_with_no_one_named_before_stays_the_speaker():
    text = ("BONTANG - Dinas Sosial menyiapkan bantuan bagi korban kebakaran.\n\"Kami siapkan dana stimulan,\" jelas "
            "pria yang disapa Rafi ini.")
    assert _pairs(text) == [("Kami siapkan", "Rafi")]


def test_a_lowercase_title_with_a_birthplace_and_its_region_describes_the_person_just_named():
    text = ("PAMEKASAN - Pengasuh Pondok Pesantren Nurul Iman, KH Abdul Qodir, membuka haul.\n\"Santri harus menjaga "
            "akhlak,\" jelas kiai kelahiran Sumenep, Madura ini.")
    assert _pairs(text) == [("Santri harus", "Abdul Qodir")]


def test_a_nickname_glossed_by_sapaan_akrabnya_is_no_one_new():
    text = ("CIANJUR - Jalan desa rusak berat.\nHal itu dikatakan Kepala Desa Sukamaju, Setiawan Nugroho. Menurut Wawan, "
            "sapaan akrabnya, perbaikan butuh dana besar.\n\"Kami sudah mengajukan ke kabupaten,\" jelasnya.")
    assert _pairs(text) == [("Kami sudah m", "Setiawan Nugroho")]


def test_a_dotted_regional_title_before_the_name_in_a_cue_is_no_office():
    text = ("PALANGKA RAYA - Pencarian korban tenggelam dihentikan.\nKepala Kantor SAR Palangka Raya, AA. Gede Wirawan "
            "mengatakan pencarian sudah tujuh hari.\n\"Operasi kami tutup hari ini,\" kata AA. Gede Wirawan.")
    assert _pairs(text) == [("Operasi kami", "AA. Gede Wirawan")]  # the caste title stays in the name


def test_sampainya_after_a_quote_is_a_cue():
    text = ("MATARAM - Dinas Pariwisata menggelar festival kuliner.\nKepala Dinas Pariwisata NTB, Lalu Hasbi, membuka acara. "
            "\"Festival ini kami gelar tiap tahun untuk UMKM,\" sampainya.")
    assert _pairs(text) == [("Festival ini", "Lalu Hasbi")]


def test_sampai_without_nya_after_a_quoted_word_is_no_cue():
    text = ("SLEMAN - Warga berteriak \"maling, maling\" sampai warga lain datang.\nKapolsek Depok, Kompol Arif Budiman, "
            "membenarkan kejadian itu.")
    assert _pairs(text) == []


def test_a_title_and_a_short_name_before_the_office_in_a_cue_name_the_person():
    text = ("SAMPIT - Dinas Perikanan menyerahkan kapal kepada nelayan.\nKepala Bidang Perikanan Tangkap Dinas Perikanan "
            "Kotim, H. Arief Rahman, memimpin penyerahan itu.\n\"Kapal ini jangan dijual,\" terang H. Arief Kabid "
            "Perikanan Tangkap, Dinas Perikanan Kotim.")
    assert _pairs(text) == [("Kapal ini ja", "Arief Rahman")]


def test_one_word_before_an_office_holding_a_name_is_still_the_office_without_a_title():
    text = ("KUPANG - Sidang korupsi digelar.\n\"Terdakwa terbukti bersalah,\" kata Hakim Ketua Sutrisno.")
    assert _pairs(text) == [("Terdakwa ter", "Sutrisno")]
