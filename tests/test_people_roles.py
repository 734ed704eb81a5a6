"""Role phrases (nlp/roles.py): role keys compare abbreviated and written-out roles."""
from melati_archive.nlp.roles import _role_key, _role_matches, _strip_role


def test_abbreviated_role_and_unit_expand_to_the_written_out_key():
    assert _role_key("Kadinsos") == "kepala dinas sosial"
    assert _role_key("Plt. Dirjen Rehsos") == "direktur jenderal rehabilitasi sosial"


def test_a_role_head_fits_a_longer_role_but_not_another_office():
    assert _role_matches("kepala balai", "kepala balai mawar jakarta")
    assert not _role_matches("kepala balai", "kepala bidang sosial")


def test_the_clause_after_a_role_is_not_part_of_it():
    assert _strip_role("Kepala Seksi Pelayanan yang hadir di lokasi") == "Kepala Seksi Pelayanan"


def test_a_role_stops_before_a_time_clause_or_a_list_of_who_is_meant():
    assert _strip_role("Wakil Ketua Satgas Kota Bekasi seusai rapat evaluasi") == "Wakil Ketua Satgas Kota Bekasi"
    assert _strip_role("warga yakni Sarmini") == "warga"


def test_a_kader_or_sesepuh_opens_a_role():
    from melati_archive.nlp.mentions import find_people

    text = "Hadir Rina Wulandari, kader posyandu; dan Abah Karta, sesepuh Kampung Cibodas."
    assert [(p.name, p.role) for p in find_people(text).persons] == [
        ("Rina Wulandari", "kader posyandu"), ("Karta", "sesepuh Kampung Cibodas")]


def test_a_units_number_with_a_dash_stays_in_the_role_before_the_comma_and_name():
    from melati_archive.nlp.mentions import find_people

    text = "Danramil 0611-03/Cibatu, Kapten Inf Asep Gunawan, memimpin kerja bakti."
    assert [(p.name, p.role) for p in find_people(text).persons] == [("Asep Gunawan", "Danramil 0611-03/Cibatu")]


def test_walikota_written_as_one_word_is_the_same_office_as_wali_kota():
    from melati_archive import extract
    text = ("Walikota Kupang, Yohanes Lopo, meninjau banjir.\n"
            "\"Pompa air kami kerahkan malam ini,\" kata Wali Kota.")
    assert [(q.speaker, q.evidence) for q in extract(text).quotes] == [("Yohanes Lopo", "cue-role")]


def _persons(text):
    from melati_archive.nlp.mentions import find_people

    return [(p.name, p.role) for p in find_people(text).persons]


def test_a_police_deputy_written_as_one_word_opens_the_role_before_the_rank():
    assert _persons("Wakapolres Majalengka Kompol Yudi Setiawan membuka pos mudik.") == [
        ("Yudi Setiawan", "Wakapolres Majalengka")]


def test_jenderal_of_an_office_is_no_rank_so_the_acronym_after_it_stays_in_the_role():
    assert _persons("Sekretaris Jenderal PWI Hari Purnomo membuka uji kompetensi wartawan.") == [
        ("Hari Purnomo", "Sekretaris Jenderal PWI")]


def test_a_section_pada_its_office_stays_in_the_role_in_every_form():
    assert _persons("Kepala Seksi Bina Usaha pada Dinas Koperasi Kota Tegal, Ratih Purwani, membuka pelatihan.") == [
        ("Ratih Purwani", "Kepala Seksi Bina Usaha pada Dinas Koperasi Kota Tegal")]
    assert _persons("Pranata Humas pada Biro Umum Setda Provinsi Bali Made Ariyasa membuka pelatihan.") == [
        ("Made Ariyasa", "Pranata Humas pada Biro Umum Setda Provinsi Bali")]
    assert _persons("Acara dipandu Yuni Astuti selaku Analis pada Badan Kepegawaian Daerah.") == [
        ("Yuni Astuti", "Analis pada Badan Kepegawaian Daerah")]


def test_pada_before_a_day_still_ends_the_role():
    assert _strip_role("Kepala Seksi Pelayanan pada Senin pagi") == "Kepala Seksi Pelayanan"


def test_army_section_officers_and_chiefs_of_staff_open_roles_before_the_rank():
    assert _persons("Pasi Ops Kodim 0609/Cimahi Kapten Inf Yusuf Hidayat memimpin apel.") == [
        ("Yusuf Hidayat", "Pasi Ops Kodim 0609/Cimahi")]


def test_a_dentist_or_pharmacist_title_after_an_office_opens_the_name():
    assert _persons("Kepala Puskesmas Cikole drg. Maya Sari menyebut layanan dibuka.") == [
        ("Maya Sari", "Kepala Puskesmas Cikole")]
    assert _persons("Kepala Instalasi Farmasi RSUD Soreang, apt. Lina Marlina, menjelaskan stok obat.") == [
        ("Lina Marlina", "Kepala Instalasi Farmasi RSUD Soreang")]


def test_a_basin_of_two_rivers_joined_by_a_hyphen_stays_in_the_role():
    assert _persons("Kepala Balai Wilayah Sungai Citarum-Cisadane, Rahmat Hidayat, meninjau tanggul.") == [
        ("Rahmat Hidayat", "Kepala Balai Wilayah Sungai Citarum-Cisadane")]


def test_an_ambassador_for_a_country_keeps_untuk_in_the_role():
    assert _persons("Duta Besar Republik Indonesia untuk Malaysia, Hermono, menyambut pekerja migran.") == [
        ("Hermono", "Duta Besar Republik Indonesia untuk Malaysia")]


def test_a_village_secretary_after_its_head_is_named_by_both_words_after_desa():
    text = "Kepala Desa Cibiru Wetan Dadan Ramdan dan Sekretaris Desa Iwan Kurnia menerima bantuan."
    assert _persons(text) == [("Dadan Ramdan", "Kepala Desa Cibiru Wetan"), ("Iwan Kurnia", "Sekretaris Desa")]


def test_the_last_word_of_a_programme_after_its_coordinator_is_no_name():
    assert _persons("Koordinator Program Indonesia Pintar menjelaskan syarat penerima.") == []
    assert _persons("Koordinator Program Sembako Rudiyanto menjelaskan syarat penerima.") == [
        ("Rudiyanto", "Koordinator Program Sembako")]


def test_foreign_names_with_diacritics_an_o_apostrophe_or_van_der():
    assert _persons("Direktur FAO Indonesia, Rajendra Müller, membuka lokakarya.") == [
        ("Rajendra Müller", "Direktur FAO Indonesia")]
    assert _persons("Perwakilan WHO, Sean O'Brien, menilai vaksinasi berjalan baik.") == [
        ("Sean O'Brien", "Perwakilan WHO")]
    assert _persons("Konsul Jenderal Belanda Pieter van den Berg meninjau sekolah.") == [
        ("Pieter van den Berg", "Konsul Jenderal Belanda")]


def test_imam_opens_a_role_only_before_a_mosque_word():
    assert _persons("Ketua DPRD Depok, Imam Budi Santoso, membuka rapat.") == [("Imam Budi Santoso", "Ketua DPRD Depok")]
    assert _persons("Imam Besar Masjid Istiqlal Nasir Umar memimpin salat.") == [
        ("Nasir Umar", "Imam Besar Masjid Istiqlal")]


def test_a_candidate_keeps_calon_and_the_ballot_number_in_the_role():
    assert _persons("Calon Bupati Cianjur nomor urut tiga, Wahyu Hidayat, berkampanye.") == [
        ("Wahyu Hidayat", "Calon Bupati Cianjur nomor urut tiga")]


def test_a_country_after_a_city_is_no_name():
    assert _persons("Kepala Perwakilan FAO di Roma, Swiss, dan Wina hadir.") == []


def test_a_mosque_named_with_an_arabic_article_stays_in_the_role_before_a_comma():
    assert _persons("Ketua DKM Masjid Ar-Rahman, Haji Dodi Kusnadi, memimpin rapat.") == [
        ("Dodi Kusnadi", "Ketua DKM Masjid Ar-Rahman")]


def test_a_body_of_retired_officers_keeps_its_name_in_the_role():
    assert _persons("Ketua Persatuan Purnawirawan Polri, Irjen Pol (Purn) Sutarman Hadi, membuka acara.") == [
        ("Sutarman Hadi", "Ketua Persatuan Purnawirawan Polri")]
    assert _persons("Ketua Paguyuban Purnawirawan, Kolonel (Purn) Darto Sumarno, membuka acara.")[0][1] == (
        "Ketua Paguyuban Purnawirawan")


def test_tuan_guru_and_syekh_name_a_cleric_alone():
    assert _persons("Pengajian dipimpin Tuan Guru Haji Mahmud Yusuf dan Syekh Abdul Qadir di Mataram.") == [
        ("Mahmud Yusuf", None), ("Abdul Qadir", None)]


# session 16: forms read on real regional news (wild reading), each in text written for the test


def test_a_territorial_unit_number_with_a_hyphen_stays_in_the_role():
    assert _persons("Komsos Babinsa Koramil 0512-04/Cibatu Serma Dodi Suhendar melaksanakan gotong royong.") == [
        ("Dodi Suhendar", "Babinsa Koramil 0512-04/Cibatu")]


def test_one_word_after_a_units_place_without_a_rank_names_nobody():
    assert _persons("Babinsa Koramil 1210-05/Sungai Kakap bersama warga membersihkan parit.") == []


def test_a_board_listed_with_small_role_words_gives_each_its_own_role():
    assert _persons("Pengurus baru terdiri atas ketua yakni Dani Pratama, sekretaris Rosita, bendahara Wulan "
                    "Sari dan beranggotakan Herman Susilo.") == [
        ("Dani Pratama", "ketua"), ("Rosita", "sekretaris"), ("Wulan Sari", "bendahara"), ("Herman Susilo", "anggota")]


def test_a_sections_fields_listed_with_commas_are_one_office_and_name_nobody():
    assert _persons("Kasi Pencegahan, Evakuasi, dan Penyelamatan Damkar Kota Bekasi, Joko Prasetyo, menyebut "
                    "api padam.") == [("Joko Prasetyo", "Kasi Pencegahan, Evakuasi, dan Penyelamatan Damkar Kota Bekasi")]


def test_a_numbered_assistant_keeps_its_numeral():
    assert _persons("Wali kota diwakili Asisten I Yayat Supriatna membuka lomba.") == [("Yayat Supriatna", "Asisten I")]


def test_a_prosecution_spokesman_office_opens_a_role():
    assert _persons("Kapuspenkum Kejagung Hendra Saputra mengatakan berkas lengkap.") == [
        ("Hendra Saputra", "Kapuspenkum Kejagung")]


def test_a_section_named_by_a_common_word_keeps_it_before_a_two_word_name():
    assert _persons("Kajari didampingi Kepala Seksi Intel Rahmat Hidayat.")[-1] == ("Rahmat Hidayat", "Kepala Seksi Intel")


def test_a_regency_of_two_words_stays_whole_in_the_office():
    assert _persons("Kajari Musi Banyuasin Iwan Setiawan hadir.") == [("Iwan Setiawan", "Kajari Musi Banyuasin")]


def test_a_title_ending_the_words_after_a_comma_opens_the_next_official():
    assert _persons("Hadir Ketua MUI Kabupaten Serang KH. Mahmud Ali, Kasi Penais Kemenag Serang H. Ujang Sobari, "
                    "dan warga.") == [("Mahmud Ali", "Ketua MUI Kabupaten Serang"), ("Ujang Sobari", "Kasi Penais Kemenag Serang")]


def test_a_word_written_after_an_office_before_a_name_is_a_place_after_an_offices_short_form():
    assert _persons("Bupati Mesuji Saiful Anwar hadir. Kepala Dinas Sosial (Dinsos) Mesuji Yanto mengatakan bantuan "
                    "tiba.") == [("Saiful Anwar", "Bupati Mesuji"), ("Yanto", "Kepala Dinas Sosial (Dinsos) Mesuji")]


def test_a_word_written_alone_after_an_office_is_the_persons_own_name():
    assert _persons("Kehadiran Gubernur Provinsi Sulawesi Barat Arman Dwi Saputra disambut warga. Sambutan Gubernur "
                    "Sulawesi Barat Arman singkat. Gubernur Arman tiba pukul delapan.")[0] == (
        "Arman Dwi Saputra", "Gubernur Provinsi Sulawesi Barat")


def test_a_section_head_then_a_common_one_word_name_and_a_person_keeps_the_name():
    assert _persons("Kepala Seksi Umum, Budi, dan Rina Marlina hadir dalam rapat.")[0] == ("Budi", "Kepala Seksi Umum")


def test_a_body_led_by_its_head_gives_the_head_its_chair():
    assert _persons("Komisi Pemuda diketuai oleh Harun Wibowo, sedangkan Pokja Dua diketuai Lestari.") == [
        ("Harun Wibowo", "Ketua Komisi Pemuda"), ("Lestari", "Ketua Pokja Dua")]


def test_a_regional_police_directors_office_opens_a_role():
    assert _persons("Dirreskrimsus Polda Bali Kombes Made Suarsa menyebut berkas lengkap.") == [
        ("Made Suarsa", "Dirreskrimsus Polda Bali")]


def test_an_interim_boards_head_typed_small_then_a_one_word_name():
    assert _persons("Pimpinan sementara DPRD Kota Blitar, Darmanto usai sidang menyebut empat fraksi.") == [
        ("Darmanto", "Pimpinan sementara DPRD Kota Blitar")]


def test_a_clerics_whole_word_title_opens_the_name_inside_a_role_run():
    assert _persons("Pengasuh Pondok Pesantren Nurul Iman Kyai Ahmad Baidowi membuka haul.") == [
        ("Ahmad Baidowi", "Pengasuh Pondok Pesantren Nurul Iman")]
    assert _persons("Ketua Yayasan Al Ikhlas Ustadz Hasan Basri membuka acara.") == [("Hasan Basri", "Ketua Yayasan Al Ikhlas")]


def test_a_boards_office_held_by_someone():
    assert _persons("Fraksi Hanura meraih dua kursi, Ketua Fraksi dijabat oleh Wisnu Aji.") == [("Wisnu Aji", "Ketua Fraksi")]


def test_a_body_with_its_acronym_led_by_its_head_but_not_a_head_word_inside_a_partys_name():
    assert _persons("Selanjutnya, Fraksi Partai Bulan Bintang (PBB) diketuai oleh Anwar Sadat.") == [
        ("Anwar Sadat", "Ketua Fraksi Partai Bulan Bintang (PBB)")]
    assert _persons("Gabungan dua partai termasuk Partai Persatuan Rakyat (PPR) diketuai oleh Anwar Sadat.") == []
    assert _persons("Empat fraksi terbentuk. Untuk Fraksi Hanura diketuai oleh Anwar Sadat.") == [
        ("Anwar Sadat", "Ketua Fraksi Hanura")]


def test_a_village_secretary_written_short_opens_a_role():
    assert _persons("Warga Desa Sindangsari menerima bantuan. Sekdes Sindangsari Wawan Gunawan mengatakan data sudah "
                    "lengkap.") == [("Wawan Gunawan", "Sekdes Sindangsari")]


def test_a_section_pada_a_ministrys_regional_office_short():
    assert _persons("Kepala Seksi Bimas Islam pada Kemenag Kabupaten Tegal, Nur Hidayat, menyebut jadwal.") == [
        ("Nur Hidayat", "Kepala Seksi Bimas Islam pada Kemenag Kabupaten Tegal")]


def test_a_regional_offices_fields_listed_with_commas_then_its_head():
    assert _persons("Kepala Dinas Pertanian, Pangan dan Perikanan Kota Tomohon Yohanes Rumondor meninjau panen.") == [
        ("Yohanes Rumondor", "Kepala Dinas Pertanian, Pangan dan Perikanan Kota Tomohon")]
    assert _persons("Plt Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kota Bitung Hendra Lumanauw meninjau pasar.") == [
        ("Hendra Lumanauw", "Plt Kepala Dinas Koperasi, Usaha Kecil dan Menengah Kota Bitung")]
    assert _persons("Plt Kepala Dinas Koperasi, Perdagangan, dan Usaha Kecil Menengah (DKUKM) Kota Bitung hadir.") == []


def test_a_unit_with_its_regions_letters_after_a_hyphen_stays_in_the_role():
    assert _persons("Bupati didampingi Kabag Umum Setda-KS, Andreas Manik, dan camat.") == [
        ("Andreas Manik", "Kabag Umum Setda-KS")]


def test_a_regional_secretariat_is_no_name():
    assert _persons("Bupati didampingi Kabag Umum Setda/KS dan camat.") == []


def test_an_appositive_after_an_offices_verb_is_not_the_offices_holder():
    assert _persons("Bupati meninjau lokasi. Bupati didampingi ajudan, Andreas Manik, dan warga.") == []


def test_an_appositive_after_a_small_groups_clause_keeps_its_role():
    assert _persons("Murid tidak terluka. Guru yang terluka adalah pengajar Biologi, Ratna Sari, di kelas.")[0][0] == "Ratna Sari"


def test_a_lowercase_role_a_comma_and_a_name_closed_by_its_verb_of_speaking():
    assert _persons("Salah seorang nelayan, Darsono mengaku hasil tangkapan turun.") == [("Darsono", "nelayan")]
    assert _persons("Bagi nelayan, Pelabuhan Ratu menyediakan tempat lelang.") == []


def test_a_fronted_phrase_before_the_comma_is_no_role_of_the_name_after_it():
    # (the name is a cue's speaker, listed by extract with no role; no introduction reads it here)
    assert _persons("Terkait keluhan nelayan Desa Cituis, Darsono Hadi mengatakan solar segera dikirim.") == []
    assert _persons("Mewakili para nelayan, Darsono Hadi mengatakan solar segera dikirim.") == []


def test_a_degree_typed_with_a_space_after_a_role_runs_comma_is_no_person():
    assert _persons("Lurah Sukasari Ahmad Fauzi, S. Sos, membuka rapat.") == [("Ahmad Fauzi", "Lurah Sukasari")]
    assert _persons("Ketua RW 03, A. Rahim, membuka rapat.") == [("A. Rahim", "Ketua RW 03")]


def _listed(text):
    from melati_archive import extract

    return [(p.name, p.role) for p in extract(text).people if not p.initials_only]


def test_one_word_after_a_territorial_command_is_its_area_not_its_holder():
    assert _listed("Hadir Dandim Cibadak yang diwakili Pasi Ops, Kapten Inf Darto Wiyono.") == [
        ("Darto Wiyono", "Pasi Ops")]
    assert _listed("Kapolsek Cibadak, Wiryo, mengatakan patroli ditambah.") == [("Wiryo", "Kapolsek Cibadak")]


def test_a_role_run_ending_in_a_regency_of_two_words_names_nobody():
    assert _listed("Sebanyak 25 Anggota DPRD Kabupaten Empat Lawang menggelar reses.") == []


def test_an_organisation_written_out_before_its_acronym_in_a_list_is_no_person():
    assert _listed("Acara melibatkan Pekerja Sosial Masyarakat (PSM), Kader Tanggap Bencana (KATANA), dan warga.") == []
    # a member's party after the name is read off no words there: the person stays
    assert _listed("Anggota DPRD Kota Depok, Ratna Wulan (PKB), meninjau banjir.") == [("Ratna Wulan", "Anggota DPRD Kota Depok")]


def test_an_office_its_government_with_an_acronym_and_the_holder_between_commas():
    text = "Kepala Dinas Perhubungan, Pemkot Prabumulih (Dishub), Rudi Hartawan, di Prabumulih, Selasa, mengatakan, jalan ditutup."
    assert _listed(text) == [("Rudi Hartawan", "Kepala Dinas Perhubungan Pemkot Prabumulih (Dishub)")]
    assert _listed("Rapat dihadiri Kepala Dinas Perhubungan, Pemkot Prabumulih (Dishub), dan Camat Cambai.") == []


def test_a_section_head_and_its_sections_one_word_name_nobody():
    assert _listed("Berkas diperiksa Kasi Pidum, sekaligus Plh Kabag Umum, pekan lalu.") == []
    assert _listed("Kasi Pidum Yudi Prasetyo mengatakan berkas lengkap.") == [("Yudi Prasetyo", "Kasi Pidum")]


def test_an_offices_last_word_before_its_own_short_form_in_brackets_is_no_name():
    assert _listed("Hadir Direktur Rehabilitasi Sosial Korban Penyalahgunaan Napza (Direktur RSKPN) dan staf.") == []
    # a name with its role read from the brackets stays a person
    assert _listed("Bantuan diserahkan Wawan Kurnia (Kepala BPBD) kepada warga.") == [("Wawan Kurnia", "Kepala BPBD")]


def test_a_police_desk_head_written_in_capitals_opens_a_role():
    assert _listed("Laporan diterima KSPKT 3 BRIPKA Yoga Pratama di markas.") == [("Yoga Pratama", "KSPKT 3")]


def test_a_command_head_typed_in_capitals_is_the_office_not_the_rank():
    from melati_archive.nlp.extract import extract
    people = extract("KASAL TNI Laksamana Hadi Santoso meninjau latihan di Surabaya.").people
    assert [(p.name, p.role) for p in people] == [("Hadi Santoso", "KASAL TNI")]


def test_the_common_misspelling_sekertaris_heads_an_office():
    from melati_archive import extract

    text = "Bantuan diserahkan Sekertaris Dinsos Hardiman yang disaksikan kepala desa."
    assert [(p.name, p.role) for p in extract(text).people] == [("Hardiman", "Sekertaris Dinsos")]


def test_a_sentence_adverb_after_an_appositive_role_opens_the_clause():
    assert _strip_role("atlet panahan putri andalan Garut ternyata masih") == "atlet panahan putri andalan Garut"


def test_salah_seorang_before_a_capitalised_office_is_no_part_of_the_role():
    from melati_archive import extract

    text = ("Reses digelar Dewi Lestari di Kelurahan Cibodas.\n\nDewi Lestari, salah seorang Anggota DPRD Jawa Barat, "
            "menjelaskan reses menyerap aspirasi warga.")
    assert [(p.name, p.role) for p in extract(text).people] == [("Dewi Lestari", "Anggota DPRD Jawa Barat")]


def test_an_abbreviated_muhammad_after_the_office_opens_the_name():
    from melati_archive import extract

    text = ("\"Api dari korsleting,\" ujar Kepala UPT Damkar Garut Mh Rizal Fauzi kepada wartawan. Rizal mengatakan "
            "kerugian ditaksir Rp50 juta.")
    assert [(p.name, p.role) for p in extract(text).people] == [("Mh Rizal Fauzi", "Kepala UPT Damkar Garut")]
