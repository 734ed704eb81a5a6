"""Introductions (nlp/intros.py): each written form gives (start, end, name, role) at the name."""
import pytest

from melati_archive.nlp.intros import introductions, role_heads


def _intros(text):
    return [(text[s:e], name, role) for s, e, name, role in sorted(introductions(text, role_heads(text)))]


def test_role_comma_name_and_role_name_run_together():
    text = ("Kepala Dinas Sosial Sikka, Maria Goreti Wodon, membuka rapat. "
            "Camat Alok Yohanes Bao hadir.")
    assert _intros(text) == [("Maria Goreti Wodon", "Maria Goreti Wodon", "Kepala Dinas Sosial Sikka"),
                             ("Yohanes Bao", "Yohanes Bao", "Camat Alok")]


def test_name_then_role_forms():
    text = ("Paulus Koli selaku Ketua Panitia membuka acara. "
            "Martina Bere, salah satu penerima bantuan, mengaku lega.")
    assert _intros(text) == [("Paulus Koli", "Paulus Koli", "Ketua Panitia"),
                             ("Martina Bere", "Martina Bere", "salah satu penerima bantuan")]


def test_a_venue_named_after_a_role_word_opens_no_role():
    text = "Rapat digelar di Balai Warga Harapan Jaya pagi ini."
    assert role_heads(text) == []
    assert _intros(text) == []


def test_a_span_read_by_one_form_is_not_read_again():
    text = "Kepala Balai Mawar Kupang, Yosef Lake, membuka pelatihan."
    assert len(introductions(text, role_heads(text))) == 1


def test_sentence_heads_and_short_speakers_tried_only_where_they_can_start_are_all_of_them():
    # both scans try their pattern at the text's start, after sentence ends and line breaks (and
    # at speech words): the same matches as trying every offset
    from melati_archive.nlp import intros

    text = ("Dodi Firmansyah Kepala Seksi Rehabilitasi menyampaikan laporan. Ani menambahkan data.\n"
            "B. Kornelis Wadu Kasi Pelayanan dari Dinas Sosial menjelaskan program! Rudi mengatakan siap. "
            "\"Kami siap,\" kata Sari. Menurut Yanto, bantuan tiba. pra-kata Joko")
    heads = [m.span() for m in intros._SENTENCE_HEAD.finditer(text)]
    starts = [0, *(m.start() for m in intros._CAPITAL_AFTER_SENTENCE_END.finditer(text))]
    assert [m.span() for m in intros.matches_at(intros._SENTENCE_HEAD, text, starts)] == heads and len(heads) == 2
    assert intros.short_forms_in(text) == {m.group("a") or m.group("b") or m.group("c") for m in intros._SHORT_SPEAKER.finditer(text)}
    assert {"Ani", "Rudi", "Sari", "Yanto", "Joko"} <= intros.short_forms_in(text)


def test_a_lowercase_role_from_an_organisation_then_a_name_in_any_case_of_the_role():
    text = ("Pengamat kebijakan publik dari Lembaga Survei Nasional Yohanes Bili Naitili menilai "
            "program itu tepat. Sementara itu, peneliti pangan dari Lembaga Kajian Lahan Kering "
            "Maria Ratu Kewa mengatakan panen akan membaik.")
    found = {name: role for _s, _e, name, role in introductions(text, role_heads(text))}
    assert found["Yohanes Bili Naitili"].lower().startswith("pengamat kebijakan publik dari")
    assert found["Maria Ratu Kewa"].startswith("peneliti pangan dari")


def test_the_first_letters_lowercase_role_from_skips_to_hold_all_that_ignorecase_reads_so():
    import re
    import sys

    from melati_archive.nlp.lowerroles import _LOWER_ROLE_FROM_FIRST, _LOWER_ROLE_FROM_WORDS

    first = re.compile("(?i:[" + "".join({w[0] for w in _LOWER_ROLE_FROM_WORDS}) + "])")
    readable = {chr(c) for c in range(sys.maxunicode + 1) if first.fullmatch(chr(c))}
    assert readable <= set(_LOWER_ROLE_FROM_FIRST)


def test_name_comma_role_needs_a_role_word_after_the_comma():
    text = ("Pada Senin pagi, Fransiska Uran, Kepala Desa Lamahora, membuka pasar murah. "
            "Menurut Fransiska Uran, harga beras kini turun.")
    found = [(name, role) for _s, _e, name, role in introductions(text, role_heads(text))]
    assert found == [("Fransiska Uran", "Kepala Desa Lamahora")]


def test_short_forms_are_those_every_offset_gives_around_numbers_and_broken_cues():
    # a period inside a number, a cue word before a line break or a lowercase word, a cue glued
    # to the word before it: the starts skipped there are starts where no short form can begin
    from melati_archive.nlp import intros

    text = ("Harga beras Rp12.500 per kilo. Lina menambahkan stok cukup. Menurut\nBoni, stok aman. "
            "\"Kami siap,\" kata warga. Pasokan lancar,\" ujar Dedi. Ia tidak tahu.Tono mengatakan itu. "
            "prakata Wati")
    every = {m.group("a") or m.group("b") for m in intros._SHORT_SPEAKER.finditer(text)}
    assert intros.short_forms_in(text) == every
    assert every == {"Lina", "Dedi"}


def test_what_someone_does_then_the_name_between_commas():
    text = ("Penjual sayur, Karsiti Wulandari, berjualan sejak subuh. Salah satu korban banjir, "
            "Darto Sumarno, mengungsi ke masjid. Kontraktor proyek, Hendi Gunadi, membantah tudingan itu.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Karsiti Wulandari", "Penjual sayur"), ("Darto Sumarno", "korban banjir"),
        ("Hendi Gunadi", "Kontraktor proyek")]


def test_a_units_number_stays_inside_the_role_before_the_name():
    text = ("Kepala Sekolah SDN 3 Cipanas, Yuyun Suryani, menyambut siswa baru. Ketua RT 04/RW 07, Dadang "
            "Sukmana, ikut hadir.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Yuyun Suryani", "Kepala Sekolah SDN 3 Cipanas"), ("Dadang Sukmana", "Ketua RT 04/RW 07")]


def test_places_listed_with_commas_after_asal_are_no_name():
    text = ("Meski ditawari tiket murah, Sutarno (43), karyawan swasta asal Cipete, Tebet, Jakarta Selatan, tidak "
            "tergiur. Seorang warga asal Cibubur, Darmi Lestari, memilih di rumah.")
    assert [name for _t, name, _r in _intros(text)] == ["Sutarno", "Darmi Lestari"]


def test_a_name_then_its_office_in_parentheses():
    text = ("Bantuan diserahkan oleh Yusuf Maulana (Kepala Desa Cikareo) kepada warga. Awak kapal yang dicari "
            "adalah Rudi Halim (Nakhoda), Tono Wijaya (Juru Mudi), dan Eman Sulaeman (Juru Masak). "
            "Hadir Drs. H. Wawan Gunadi, M.Si. (Camat Cisolok).")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Yusuf Maulana", "Kepala Desa Cikareo"), ("Tono Wijaya", "Juru Mudi"), ("Eman Sulaeman", "Juru Masak"),
        ("Wawan Gunadi", "Camat Cisolok")]


def test_an_office_or_organisation_before_parentheses_is_no_name():
    text = "Kantor Desa Cikareo (Kepala Desa menunggu) dan Dinas Sosial Kota Banjar (Kepala Dinas) buka."
    assert _intros(text) == []


def test_people_of_a_group_listed_after_yakni_each_by_name():
    text = ("Empat warga penerima bantuan yakni Suminah, Karta (61), Dedi Rohendi, dan Atikah mengaku lega. "
            "Korban luka yaitu Ujang dan Rika Amelia dirawat di puskesmas.")
    assert [name for _t, name, _r in _intros(text)] == ["Suminah", "Karta", "Dedi Rohendi", "Atikah", "Ujang",
                                                        "Rika Amelia"]


def test_places_and_tributaries_listed_after_yakni_are_no_people():
    text = ("Warga dari tiga desa yakni Sukamaju, Cikareo, dan Pasirjaya mengungsi. Sungai itu menampung air dari "
            "dua anak sungai, yakni Cisaat dan Cikawung. Peserta datang dari tiga negara yakni Malaysia, Brunei, "
            "dan Singapura.")
    assert _intros(text) == []


def test_a_name_after_kepada_then_a_group_and_its_place_is_described_by_them():
    text = ("Bantuan diserahkan kepada Ni Kadek Sriani, warga Desa Batuan. Menurut Rudi Hartawan, warga di sana "
            "kesulitan air.")
    assert [(name, role) for _t, name, role in _intros(text)] == [("Ni Kadek Sriani", "warga Desa Batuan")]


def test_a_name_with_bin_or_binti_is_a_person_without_a_role_but_a_mosque_or_street_bearing_one_is_not():
    text = ("Jenazah Darsono bin Wiryo dimakamkan sore itu. Ibunya, Siti Rahmah binti Usman, ikut melayat. "
            "Salat digelar di Masjid Umar bin Khattab, lalu jalan Abdullah bin Nuh ditutup.")
    assert [name for _t, name, _r in _intros(text)] == ["Darsono bin Wiryo", "Siti Rahmah binti Usman"]


def test_an_initial_given_name_and_ny_open_the_name_in_a_role_run_but_a_regnal_x_ends_it():
    text = ("Camat Cikande M. Faisal meninjau posko. Ketua TP PKK Kabupaten Lebak Ny. Euis Komalasari hadir. "
            "Ia adik Gubernur Daerah Istimewa Yogyakarta Sultan Hamengku Buwono X. Dalam acara itu warga berdoa.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("M. Faisal", "Camat Cikande"), ("Euis Komalasari", "Ketua TP PKK Kabupaten Lebak"),
        ("Sultan Hamengku Buwono X", "Gubernur Daerah Istimewa Yogyakarta")]


def test_the_late_the_addressed_and_who_goes_by_an_alias_are_people_without_a_role():
    text = ("Keluarga almarhum H. Karsa Wiguna menerima santunan. Petugas mengantar Sdr. Deni Kurnia (27) pulang. "
            "Tersangka, Tarno alias \"Ableh\" (35), ditahan. Doa untuk almarhum digelar. Saudara kita di Palu butuh "
            "bantuan. Jalan Merdeka alias Jalan Protokol ditutup.")
    assert [name for _t, name, _r in _intros(text)] == ["Karsa Wiguna", "Deni Kurnia", "Tarno"]


def test_an_ambassador_to_indonesia_and_a_representative_of_a_bank():
    text = ("Duta Besar Selandia Baru untuk Indonesia Kevin Hartley meninjau sekolah. Hadir pula perwakilan Bank "
            "Nagari, Rina Oktaviani, dan guru. Hadiah dari Gubernur Jawa Barat untuk Budi Santoso diserahkan.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Kevin Hartley", "Duta Besar Selandia Baru untuk Indonesia"), ("Rina Oktaviani", "perwakilan Bank Nagari")]


def test_who_was_present_is_read_from_a_list_only_as_a_groups_members():
    text = ("Turut hadir para relawan yakni Rina Marlina dan Dedi Supriatna. Turut hadir Dinas Sosial, BPBD, dan "
            "Tagana. Hadir pula Karang Taruna dan Pramuka Saka Bhakti Husada.")
    assert [name for _t, name, _r in _intros(text)] == ["Rina Marlina", "Dedi Supriatna"]


def test_a_new_clause_after_a_name_and_comma_is_no_role():
    text = ("Didampingi Rina Marlina Dewi, Wali Kota Banjar Ade Suryana berpamitan. Bersama Presiden Joko Susilo, "
            "menteri meninjau pasar.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Rina Marlina Dewi", None), ("Ade Suryana", "Wali Kota Banjar"), ("Joko Susilo", "Presiden")]


def test_an_office_between_dashes_after_a_name_and_officers_named_after_masing_masing():
    text = ("Warga bergotong royong. Yayan Hermawan - Ketua Karang Taruna Desa Cibiru - mengatakan kegiatan rutin. "
            "Ketua dan Bendahara Panitia, masing-masing Ujang Sopandi dan Lilis Karlina, melapor. Bantuan untuk dua "
            "kecamatan, masing-masing Cisolok dan Cikakak.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Yayan Hermawan", "Ketua Karang Taruna Desa Cibiru"), ("Ujang Sopandi", None), ("Lilis Karlina", None)]


def test_a_donor_between_commas_keeps_the_chinese_name_as_an_alias():
    from melati_archive.nlp.mentions import find_people

    cast = find_people("Donatur, Hendra Wijaya (Oey Kim Hoa), menyerahkan 300 paket beras.")
    assert [(p.name, p.role, p.aliases) for p in cast.persons] == [("Hendra Wijaya", "Donatur", ["Oey Kim Hoa"])]


def test_one_word_teams_after_hadir_pula_and_a_place_before_alias_are_no_people():
    text = ("Hadir pula Persib, Persija, dan Arema dalam turnamen itu. Pedagang Pasar Baru alias Pasar Lama pindah. "
            "Hadir pula relawan yakni Ujang Sopandi dan Lilis Karlina.")
    assert [name for _t, name, _r in _intros(text)] == ["Ujang Sopandi", "Lilis Karlina"]


def test_an_address_with_an_age_atas_nama_and_children_listed_with_ages_are_people():
    text = ("Rumah keluarga Pak Darto (60) rusak. Bantuan diberikan kepada KPM atas nama Suryati (50). Ibu Kota (2) "
            "pindah. Anak-anak seperti Rafa (8) dan Nisa (10) kembali bersekolah. Kota seperti Bandung, Bogor, dan "
            "Depok ikut. Penyandang disabilitas netra, Agus Salimin (34), bekerja.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Darto", None), ("Suryati", None), ("Rafa", None), ("Nisa", None),
        ("Agus Salimin", "Penyandang disabilitas netra")]


def test_an_event_or_programme_before_an_office_in_parentheses_or_dashes_is_no_name():
    text = ("Gotong Royong (Ketua RT) digelar. Dalam rangka Festival Seni Budaya - Ketua Panitia - lomba digelar. "
            "Penyerahan dilakukan oleh Rahmat Hidayat (Kepala Desa Sukamaju).")
    assert [(name, role) for _t, name, role in _intros(text)] == [("Rahmat Hidayat", "Kepala Desa Sukamaju")]


def test_a_city_as_the_last_word_of_a_name_between_commas_is_a_family_name():
    text = "Kepala Desa Liang, Yusuf Ambon, membuka musyawarah. Camat Salahutu, Kota Ambon, tidak hadir."
    assert _intros(text) == [("Yusuf Ambon", "Yusuf Ambon", "Kepala Desa Liang")]


def test_the_agent_of_a_passive_with_a_short_role_is_introduced_but_a_clause_after_menurut_is_not():
    text = "Sumur bor itu dibuat oleh Markus Bere, warga setempat."
    assert _intros(text) == [("Markus Bere", "Markus Bere", "warga setempat")]
    clause = "Menurut Markus Bere, warga setempat sering kali kekurangan air."
    assert _intros(clause) == []


def test_residents_before_one_capitalized_word_are_the_people_of_a_place_not_one_person():
    text = ("Warga Cikarang ikut membersihkan saluran. Kerja bakti diikuti warga Sukatani (Ketua RW 02) "
            "dan pemuda. Warga Budi Santoso ikut menanam pohon bersama Yayan (Ketua RT 01).")
    assert {(name, role) for _t, name, role in _intros(text)} == {
        ("Yayan", "Ketua RT 01"), ("Budi Santoso", "Warga")}


def test_a_name_with_an_age_in_brackets_is_a_person_without_a_role():
    text = "Hujan deras semalam. Warsini (66) tinggal bersama cucunya di tepi sungai."
    assert _intros(text) == [("Warsini", "Warsini", None)]


def test_a_name_with_an_age_after_bersama_is_a_person():
    text = "Perahu berangkat pagi bersama Umar Sanusi (48). Ombak cukup tinggi."
    assert _intros(text) == [("Umar Sanusi", "Umar Sanusi", None)]


def test_places_and_numbered_things_with_a_number_in_brackets_are_nobody():
    assert _intros("Pendaftar terbanyak dari Jawa Timur (64) dan Bali (31).") == []
    assert _intros("Aturan itu ada di Pasal 12 Ayat (2) huruf c.") == []
    assert _intros("Kasus terbanyak di Cibubur (140), Ciracas (98), dan Kalisari (87).") == []


def test_a_word_the_text_writes_in_lowercase_is_no_aged_name():
    assert _intros("Lansia (70) itu kini dirawat. Para lansia lain menunggu.") == []


def test_a_name_after_a_sentence_ending_word_is_read_from_the_new_sentence():
    text = "Warga bersiap menyambut Hari Raya. Yanti Kusuma (31), warga Desa Lembang, mengaku senang."
    assert _intros(text) == [("Yanti Kusuma", "Yanti Kusuma", "warga Desa Lembang")]


def test_a_list_of_places_with_counts_is_nobody_when_one_item_is_a_place():
    assert _intros("Pendaftar datang dari Karangsari (52), Cibeunying (40), dan Sindanglaya (33).") == []


def test_named_children_listed_with_their_ages_are_each_a_person():
    text = "Dua anak yatim, Nabila (8) dan Fajar (12), menerima seragam baru."
    assert [name for _w, name, _r in _intros(text)] == ["Nabila", "Fajar"]


def test_a_lowercase_group_from_a_counted_place_names_no_one_after_the_comma():
    assert _intros("Peserta terbanyak datang dari Cibodas (41), Sukawangi (30), dan Girimekar (25).") == []


def test_a_dictionary_word_the_text_writes_only_after_a_one_word_name_is_its_surname():
    text = ("Bantuan diserahkan oleh Kepala Desa Plampang Umar salam kepada warga. Menurut Umar salam, stok beras "
            "cukup.")
    assert ("Umar salam", "Umar salam", "Kepala Desa Plampang") in _intros(text)


def test_a_dictionary_word_written_once_after_a_one_word_name_stays_out_of_it():
    text = "Bantuan diserahkan oleh Kepala Desa Plampang Umar salam kepada warga. Ia titip salam untuk warga."
    assert ("Umar", "Umar", "Kepala Desa Plampang") in _intros(text)


def test_a_companion_fronted_before_the_subject_is_a_person_without_a_role():
    text = "Ditemani Sri Handayani, Camat Cibeber Yayat Ruhiyat menyalurkan beras kepada warga."
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Sri Handayani", None), ("Yayat Ruhiyat", "Camat Cibeber")]


def test_name_yang_juga_role_introduces_a_name_at_its_first_mention():
    text = "Rudi Kurniawan, yang juga Ketua Karang Taruna Kelurahan Sukagalih, memimpin kerja bakti."
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Rudi Kurniawan", "Ketua Karang Taruna Kelurahan Sukagalih")]


def test_yang_juga_after_a_later_mention_or_an_official_named_before_gives_no_office():
    later = ("Ketua DPRD Cimahi Yayat Supriatna membuka sidang. Yayat, yang juga Ketua Fraksi Amanah, meminta "
             "laporan.")
    assert [(name, role) for _t, name, role in _intros(later)] == [("Yayat Supriatna", "Ketua DPRD Cimahi")]
    relative = "Hadir pula istri Bupati Sumedang Dadan Hermawan yang juga Ketua TP PKK Sumedang."
    assert [(name, role) for _t, name, role in _intros(relative)] == [("Dadan Hermawan", "Bupati Sumedang")]


def test_name_yang_kini_menjabat_role():
    text = "Tuti Alawiyah, yang kini menjabat Lurah Cigugur, menerima laporan warga."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Tuti Alawiyah", "Lurah Cigugur")]


def test_two_roles_before_masing_masing_name_no_one_in_the_roles():
    text = "Ketua Panitia dan Kepala Seksi Logistik, masing-masing Hadi Purnomo dan Lia Amelia, melapor."
    assert [name for _t, name, _r in _intros(text)] == ["Hadi Purnomo", "Lia Amelia"]


def test_a_pseudonym_with_an_age_is_nobody():
    assert _intros("Korban, sebut saja Mawar (13), kini didampingi psikolog.") == []


def test_residents_of_a_two_word_place_then_a_capital_name_no_one():
    assert _intros("Warga Kampung Cibeureum Hilir gotong royong membersihkan selokan.") == []


def test_a_former_official_keeps_mantan_in_the_role():
    text = "Mantan Camat Cikajang Ujang Sobari menjadi narasumber."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Ujang Sobari", "Mantan Camat Cikajang")]


def test_a_village_name_of_two_words_stays_in_the_role():
    text = "Kepala Desa Sido Mulyo Karmin menerima bantuan benih."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Karmin", "Kepala Desa Sido Mulyo")]


def test_a_cleric_named_with_a_religious_title_is_a_person_but_not_a_street():
    assert [name for _t, name, _r in _intros("Buya Anwar Sutan mengisi tausiah di masjid.")] == ["Anwar Sutan"]
    assert _intros("Posko berdiri di Jalan Kiai Haji Ahmad Sanusi.") == []


def test_a_name_in_capitals_between_commas_after_its_role():
    text = "Ketua RW 07 Kelurahan Cipadung, YAYAN SURYANA, mendata warga."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Yayan Suryana", "Ketua RW 07 Kelurahan Cipadung")]


def test_a_bare_list_of_who_was_present_is_read_when_every_item_is_a_full_name():
    text = "Hadir pula Siti Rohmah, Dedi Kusnadi, dan Wawan Setiawan dalam musyawarah desa."
    assert [name for _t, name, _r in _intros(text)] == ["Siti Rohmah", "Dedi Kusnadi", "Wawan Setiawan"]
    assert _intros("Hadir pula Karang Taruna, Pramuka, dan Linmas dalam musyawarah desa.") == []


def test_wali_opens_a_role_only_before_its_office():
    assert _intros("Hadir pula Wali Band dan Ungu Band di panggung utama.") == []


def test_members_of_a_team_with_their_part_in_brackets():
    text = "Tim terdiri dari Neni Suryani (ketua) dan Iwan Kurnia (anggota)."
    assert [name for _t, name, _r in _intros(text)] == ["Neni Suryani", "Iwan Kurnia"]


def test_a_counted_group_then_as_many_names_between_commas():
    text = "Dua relawan Tagana, Ujang Sopandi dan Lina Marlina, mengevakuasi warga."
    assert [name for _t, name, _r in _intros(text)] == ["Ujang Sopandi", "Lina Marlina"]
    assert _intros("Tiga relawan Tagana, Ujang Sopandi dan Lina Marlina, mengevakuasi warga.") == []


def test_setempat_ends_a_role_before_the_comma_and_name():
    text = "Ketua RW setempat, Odang Suherman, mengatakan warga sudah dievakuasi."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Odang Suherman", "Ketua RW setempat")]


def test_a_workplace_after_di_stays_in_a_role_after_the_name():
    text = "Rani Oktavia, perawat di Puskesmas Cikalong, mengatakan stok vaksin cukup."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Rani Oktavia", "perawat di Puskesmas Cikalong")]


def test_a_lowercase_role_then_a_name_from_a_village_between_commas():
    text = "Salah satu penerima, Karsih dari Kampung Cibeureum, mengaku terbantu."
    assert [name for _t, name, _r in _intros(text)] == ["Karsih"]


def test_an_address_going_on_after_a_residents_place_names_no_one():
    text = "\"Kami senang,\" kata Dewi Anggun, warga Cigadung, Cibeunying, Bandung, kepada wartawan."
    assert [name for _t, name, _r in _intros(text)] == ["Dewi Anggun"]


def test_one_word_after_a_place_with_di_and_no_verb_is_the_next_place():
    text = "Ia berlibur bersama adiknya di Cibodas, Lembang, hingga Minggu."
    assert _intros(text) == []
    person = "Pengamat sosial dari Universitas Garut, Darmawan, menilai program itu tepat."
    assert [name for _t, name, _r in _intros(person)] == ["Darmawan"]


def test_an_english_office_keeps_the_field_written_before_its_head():
    text = "Yesterday, Health Minister Budi Prasetya opened the clinic."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Budi Prasetya", "Health Minister")]


def test_a_role_that_names_its_own_holder_in_a_clause_is_no_appositive():
    text = "Menurut Yanti, Kepala Dinas Sosial Kota Depok Heru Susanto sudah menandatangani surat itu."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Heru Susanto", "Kepala Dinas Sosial Kota Depok")]


def test_an_acronym_with_digits_is_a_role_word_before_the_comma_and_name():
    text = "Kepala Bidang Dinsos PPKBP3A Kabupaten Garut, Wina Marlina, membuka pelatihan."
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Wina Marlina", "Kepala Bidang Dinsos PPKBP3A Kabupaten Garut")]


def test_a_name_with_its_nickname_in_quotes_between_commas_after_its_role():
    text = 'Ketua Gapoktan Sri Rejeki, Ahmad "Emod" Mulyadi, membagikan benih.'
    assert [(name, role) for _t, name, role in _intros(text)] == [("Ahmad Mulyadi", "Ketua Gapoktan Sri Rejeki")]


def test_a_sentence_opening_name_and_role_keep_the_office_the_role_is_of():
    text = "Rapat dimulai. Dewi Sartika Kasi Pendataan dan pelaporan dari Dinas Sosial Kota Bogor menjelaskan alurnya."
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Dewi Sartika", "Kasi Pendataan dan pelaporan dari Dinas Sosial Kota Bogor")]


def test_a_regional_office_named_by_a_comma_list_of_fields_then_its_holder():
    text = ("Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Cimahi, Yanti "
            "Rusmiati, membuka pelatihan.")
    assert [(name, role) for _t, name, role in _intros(text)] == [
        ("Yanti Rusmiati", "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana Kota Cimahi")]


def test_an_offices_holder_named_after_its_comma_at_a_sentence_end():
    text = "Koperasi itu menyumbang beras melalui bendaharanya, Sri Wahyuni."
    assert [(name, role) for _t, name, role in _intros(text)] == [("Sri Wahyuni", "bendaharanya")]
    assert _intros("Bantuan itu diterima warga, Cikadu.") == []


def test_scores_and_numbered_things_in_brackets_are_no_ages():
    assert _intros("Persikabo Bogor (2) menang atas Persitas (1) di final.") == []
    assert _intros("Kapal Motor Sinar Laut (25) tenggelam di perairan Selayar.") == []


def test_an_honorific_before_an_aged_name_keeps_the_sentence_readable():
    text = "Dua nelayan, Haji Darmin (50) di haluan dan Kasman (44) di buritan, selamat."
    assert [name for _t, name, _r in _intros(text)] == ["Darmin", "Kasman"]


def test_two_people_each_sebagai_a_role_joined_by_dan():
    text = "Wali Kota melantik Rudi Harsono sebagai Kepala Dinas Perhubungan dan Nina Kurniasih sebagai Kepala Dinas Pariwisata."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Rudi Harsono", "Kepala Dinas Perhubungan"),
                                                     ("Nina Kurniasih", "Kepala Dinas Pariwisata")]


def test_a_field_after_a_section_word_before_sebagai_is_no_name():
    assert _intros("Sekda menunjuk Kepala Bagian Perencanaan sebagai pelaksana harian.") == []


def test_a_holder_named_in_brackets_right_after_the_office():
    text = "Dalam rapat itu, Kasi Pelayanan Disdukcapil Kota Banjar (Hendra Wijayakusuma) menjelaskan syaratnya."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Hendra Wijayakusuma", "Kasi Pelayanan Disdukcapil Kota Banjar")]


def test_words_of_an_organisation_in_brackets_after_an_office_are_no_holder():
    assert _intros("Ketua Panitia (Panitia Pelaksana) menjelaskan jadwal lomba.") == []


def test_a_one_word_name_after_the_written_short_sdr_needs_no_age():
    text = "Perahu milik Sdr. Tarmuji hanyut terbawa arus. Surat itu ditujukan kepada Sdr. Pimpinan."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Tarmuji", None)]


def test_a_pastor_written_pdt_after_a_role_and_alone():
    text = "Ketua Sinode GKJ, Pdt. Samuel Wibisono, membuka sidang. Doa dipimpin Pdt. Ruth Simanjuntak dari HKBP Depok."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Samuel Wibisono", "Ketua Sinode GKJ"), ("Ruth Simanjuntak", None)]


def test_menurut_name_opening_a_sentence_is_a_short_form():
    from melati_archive.nlp.intros import short_forms_in

    assert short_forms_in("Rapat berjalan lancar. Menurut Harjono, anggaran cukup.") == {"Harjono"}


def test_a_role_pair_after_dan_ends_the_first_sebagai_role_and_names_no_one():
    text = "Rapat memilih Hadi Purnomo sebagai ketua dan Sekretaris Desa sebagai bendahara."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Hadi Purnomo", "ketua")]


def test_a_lowercase_two_word_office_with_its_school_before_a_comma_and_name():
    text = "Kepala sekolah SMPN 4 Cimanggu, Wawan Gunawan, mengatakan ruang kelas sudah diperbaiki."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Wawan Gunawan", "Kepala sekolah SMPN 4 Cimanggu")]


def test_a_lowercase_office_then_villages_listed_with_commas_names_no_one():
    assert _intros("Kepala desa Cikaret, Sukamaju, Cibodas dan Cikole hadir dalam rapat.") == []


def test_a_council_member_written_lowercase_before_a_name():
    text = "Rombongan diikuti anggota Komisi IX DPR RI Rahmat Santoso yang meninjau puskesmas."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Rahmat Santoso", "anggota Komisi IX DPR RI")]


def test_a_council_member_before_a_balinese_name_is_the_whole_name_and_a_division_names_no_one():
    text = "Hal itu disampaikan anggota KPU Bali I Gusti Ngurah Mahendra yang hadir."
    assert [(n, r) for _s, n, r in _intros(text)] == [("I Gusti Ngurah Mahendra", "anggota KPU Bali")]
    assert _intros("Hal itu disampaikan anggota KPU I Dewa Kade Wiarsa Raka Sandi yang hadir.") == []  # six words
    assert _intros("Menurut anggota KPU Kota Malang Divisi Sosialisasi menjelaskan.") == []


def test_a_staff_adviser_whose_field_is_a_comma_list():
    text = "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan, Sri Mulyani Utami, membuka pameran."
    assert [(n, r) for _s, n, r in _intros(text)] == [
        ("Sri Mulyani Utami", "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan")]


def test_a_board_listed_as_office_colon_name():
    text = "Pengurus baru: Ketua: Budi Raharjo; Wakil Ketua: Sinta Dewi; Bendahara: Agus Priyanto."
    assert [(n, r) for _s, n, r in _intros(text)] == [
        ("Budi Raharjo", "Ketua"), ("Sinta Dewi", "Wakil Ketua"), ("Agus Priyanto", "Bendahara")]


def test_one_office_colon_line_alone_is_no_board():
    assert _intros("Ketua: Budi Raharjo") == []


def test_a_full_name_in_brackets_after_an_office_and_its_one_word_place():
    text = "Lurah Sukasari (Dadang Sutisna) membuka pasar murah."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Dadang Sutisna", "Lurah Sukasari")]


def test_a_neighbourhood_head_written_lowercase_with_the_name_in_brackets():
    text = "Beras dititipkan kepada ketua RW 03 setempat (Karsono) lalu dibagikan."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Karsono", "ketua RW 03 setempat")]


def test_one_word_in_brackets_after_a_lowercase_village_head_may_be_the_village():
    assert _intros("Rumah kepala desa (Cikoneng) rusak diterjang angin.") == []


def test_english_offices_written_lowercase_before_a_full_name():
    text = "Social worker Dewi Anggraini said the shelter was full. Ministry of Health spokesperson Budi Raharjo added more."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Dewi Anggraini", "Social worker"),
                                                     ("Budi Raharjo", "Ministry of Health spokesperson")]


def test_a_female_student_word_opens_a_lowercase_role_before_a_name_between_commas():
    text = "Mahasiswi tingkat akhir, Salsa Aulia, menilai program itu bermanfaat."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Salsa Aulia", "Mahasiswi tingkat akhir")]


def test_a_person_described_then_bernama_a_name():
    text = ("Seorang kakek berusia tujuh puluh tahun bernama Karta Wijaya tinggal sendirian. "
            "Petugas juga menemui gadis bernama Lilis di rumah sebelah.")
    assert [(n, r) for _s, n, r in _intros(text)] == [("Karta Wijaya", None), ("Lilis", None)]


def test_bernama_after_a_boat_a_group_or_a_verb_names_no_person():
    text = ("Kapal nelayan bernama Sinar Bahari tenggelam. Kelompok petani bernama Tani Makmur panen. "
            "Seorang pedagang membuka warung bernama Barokah Jaya.")
    assert _intros(text) == []


def test_a_list_of_people_each_with_where_they_come_from():
    text = "Dua pemateri hadir, masing-masing Yuni Astuti dari Universitas Siliwangi dan Deni Rahman dari Bappeda Garut."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Yuni Astuti", None), ("Deni Rahman", None)]


def test_a_role_comma_name_line_of_a_numbered_list_ends_at_the_line_break():
    text = "Hadir:\n1. Kepala Dinas Sosial, Hj. Wina Marlina\n2. Camat Cikoneng, Asep Hidayat"
    assert [(n, r) for _s, n, r in _intros(text)] == [("Wina Marlina", "Kepala Dinas Sosial"), ("Asep Hidayat", "Camat Cikoneng")]


def test_figures_or_speakers_listed_by_name_after_yakni():
    text = "Tiga narasumber dihadirkan, yakni Yuni Astuti, Deni Rahman, dan Sri Wahyuni."
    assert [(n, r) for _s, n, r in _intros(text)] == [("Yuni Astuti", None), ("Deni Rahman", None), ("Sri Wahyuni", None)]


def test_one_word_after_a_sub_district_or_village_head_is_its_place():
    assert _intros("Rapat dihadiri Sekretaris Dinas dan Camat Cisompet.") == []
    assert _intros("Bantuan diserahkan Lurah Sukagalih kepada warga.") == []


def test_a_name_then_its_office_with_the_offices_district_and_regency_between_commas():
    from melati_archive import extract

    people = extract("Rahmat Sugiarto Kepala Desa Mekarsari, Kecamatan Cilaku, Kabupaten Cianjur, mengatakan jalan "
                     "segera dicor.").people
    assert [(p.name, p.role) for p in people] == [("Rahmat Sugiarto", "Kepala Desa Mekarsari")]


def test_a_name_opening_the_story_after_a_dateline_line_then_its_office():
    from melati_archive import extract

    people = extract("SITUSKITA.COM-CIANJUR –\nRahmat Sugiarto Kepala Desa Mekarsari mengatakan jalan segera dicor.").people
    assert [(p.name, p.role) for p in people] == [("Rahmat Sugiarto", "Kepala Desa Mekarsari")]


def test_an_offices_fields_with_its_acronym_and_place_before_a_comma_and_the_name():
    from melati_archive import extract

    text = ("Kepala Dinas Pertanian, Perikanan dan Ketahanan Pangan (DP2KP) Tabanan, Wayan Sukerta pada Senin (4/3) "
            "mengatakan, panen naik.")
    assert [(p.name, p.role) for p in extract(text).people] == [
        ("Wayan Sukerta", "Kepala Dinas Pertanian, Perikanan dan Ketahanan Pangan (DP2KP) Tabanan")]


def test_an_offices_fields_ending_in_an_acronym_with_dan_then_place_and_name():
    from melati_archive import extract

    text = "Kepala Dinas Pertanian, Pangan dan UMKM (Distanpan dan UMKM) Kota Banjar Hadi Sucipto mengatakan stok aman."
    assert [(p.name, p.role) for p in extract(text).people] == [
        ("Hadi Sucipto", "Kepala Dinas Pertanian, Pangan dan UMKM (Distanpan dan UMKM) Kota Banjar")]
    assert extract("Kepala Dinas Pertanian, Pangan dan UMKM (Distanpan dan UMKM) Kota Banjar menggelar rapat.").people == []


def test_an_area_word_typed_small_inside_an_office():
    from melati_archive import extract

    people = extract("Ketua DPC Hanura kota Kediri, Ratna Dewi menyatakan kader siap.").people
    assert [(p.name, p.role) for p in people] == [("Ratna Dewi", "Ketua DPC Hanura kota Kediri")]


def test_a_section_head_with_its_field_typed_small_then_a_comma_and_the_name():
    from melati_archive import extract

    people = extract("Bantuan diserahkan Kasi perlindungan anak, Dewi Lestari SSos kepada keluarga korban.").people
    assert [(p.name, p.role) for p in people] == [("Dewi Lestari", "Kasi perlindungan anak")]
    # a small word that is no field gives no role
    assert [(p.name, p.role) for p in extract("Kabid itu, kata Dewi Lestari, sudah dipanggil.").people] == [
        ("Dewi Lestari", None)]


def test_words_after_a_comma_that_hold_an_office_and_a_name_and_go_on_are_no_role():
    from melati_archive import extract

    text = "Warga tinggal di Kampung Pasir, Kec. III Nagari Koto Baru, kepala Dinsos Ujang Sobari turun ke lokasi."
    assert all(p.name != "Nagari Koto Baru" and "Koto" not in p.name for p in extract(text).people)


def test_a_name_after_its_own_office_takes_no_second_office_after_sebagai():
    from melati_archive import extract

    people = extract("Menteri itu masuk kabinet Presiden Bambang Sulistyo sebagai Menteri Perindustrian.").people
    assert [(p.name, p.role) for p in people] == [("Bambang Sulistyo", "Presiden")]


def test_an_acting_holder_before_a_name_of_three_words():
    from melati_archive import extract

    people = extract("Posisi itu kini dijabat Plt Rudi Hartono Siregar.").people
    assert [(p.name, p.role) for p in people] == [("Rudi Hartono Siregar", "Plt")]


def test_a_headline_verb_inside_a_role_run_ends_it():
    from melati_archive import extract

    text = "GARUT - Pasar rakyat dibuka kembali, Senin (4/3).\nBupati Rina Marlina Tekankan Pelestarian Budaya Sunda"
    assert [(p.name, p.role) for p in extract(text).people] == [("Rina Marlina", "Bupati")]
    text = ("GARUT - Pasar rakyat dibuka kembali, Senin (4/3).\n"
            "Pasar Jadi Simbol Ketahanan Pangan, Bupati Rina Marlina Tekankan Pelestarian Budaya Sunda")
    assert [(p.name, p.role) for p in extract(text).people] == [("Rina Marlina", "Bupati")]


def test_a_headlines_short_form_gives_way_to_the_full_name_introduced_with_the_same_office():
    from melati_archive import extract

    text = ("JAKARTA - Dapur umum dibuka, Senin (4/3).\n\"Makanan cukup untuk semua,\" imbuh Mensos Rina.\n"
            "Menteri Sosial Rina Wahyuningsih mengatakan dapur umum dibuka sampai Jumat.")
    ex = extract(text)
    assert [p.name for p in ex.people] == ["Rina Wahyuningsih"]
    assert ex.quotes[0].speaker == "Rina Wahyuningsih"


def test_selaku_written_with_a_capital_after_the_name():
    text = "Terpisah, Dadang Kurnia Selaku salah satu warga Kampung Cikoneng mengucapkan terima kasih."
    assert _intros(text) == [("Dadang Kurnia", "Dadang Kurnia", "salah satu warga Kampung Cikoneng")]


def test_a_prisons_class_numeral_and_place_stay_in_the_role():
    from melati_archive import extract

    text = ("Kepala Lapas Kelas IIB Sukamaju Warsito mengatakan 30 warga binaan diusulkan mendapat remisi. "
            "\"Semua berkelakuan baik,\" kata Warsito.")
    ex = extract(text)
    assert [(p.name, p.role) for p in ex.people] == [("Warsito", "Kepala Lapas Kelas IIB Sukamaju")]
    assert ex.quotes[0].speaker == "Warsito"


def test_an_offices_short_form_typed_small_in_brackets_and_a_small_class_word():
    from melati_archive import extract

    text = ("Kepala Lapas (kalapas) kelas IIA Lembah Rudi Eka Saputra, menyebutkan 90 narapidana menerima remisi. "
            "\"Ada juga yang langsung bebas,\" jelasnya.")
    ex = extract(text)
    assert [(p.name, p.role) for p in ex.people] == [("Rudi Eka Saputra", "Kepala Lapas (kalapas) kelas IIA Lembah")]
    assert ex.quotes[0].speaker == "Rudi Eka Saputra"


def test_a_holiday_opening_the_sentence_before_a_nya_cue_is_no_speaker():
    from melati_archive import extract

    text = "Idul Adha menjadi momen berbagi bagi warga desa. \"Daging dibagikan merata,\" ujarnya."
    ex = extract(text)
    assert ex.people == [] and ex.quotes[0].speaker is None


def test_a_province_typed_small_after_a_unit_ends_the_office_and_the_name_follows_the_comma():
    from melati_archive import extract

    text = ("\"Tim sudah bergerak sejak pagi,\" kata Kepala Kantor BPBD jatim, Ratna Sari Dewi, Senin (4/3). "
            "\"Kami fokus di dua desa,\" jelasnya.")
    ex = extract(text)
    assert [(p.name, p.role) for p in ex.people] == [("Ratna Sari Dewi", "Kepala Kantor BPBD jatim")]
    assert [q.speaker for q in ex.quotes] == ["Ratna Sari Dewi", "Ratna Sari Dewi"]


def test_bernama_is_not_kept_in_the_group_role():
    from melati_archive import extract

    text = "Pagi itu salah satu nelayan bernama Darto menemukan perahu korban."
    assert [(p.name, p.role) for p in extract(text).people] == [("Darto", "nelayan")]


def test_a_job_before_bernama_is_the_persons_role():
    from melati_archive import extract

    assert [(p.name, p.role) for p in extract("Seorang pedagang bernama Sarip (52) ikut membantu.").people] == [
        ("Sarip", "pedagang")]
    assert [(p.name, p.role) for p in extract("Seorang pria bernama Sarip (52) ikut membantu.").people] == [
        ("Sarip", None)]


def test_a_cues_one_word_that_the_text_defines_as_an_organisations_short_form_is_no_speaker():
    from melati_archive import extract

    text = ("Rina Wulandari, dosen Universitas Nusantara Raya (Unara), mengatakan kota perlu taman. "
            "\"Taman itu penting,\" kata peneliti di pusat kajian Unara ini.")
    ex = extract(text)
    assert "Unara" not in [p.name for p in ex.people]
    assert ex.quotes[0].speaker != "Unara"


def test_a_student_introduced_by_name_comma_and_the_group_noun():
    from melati_archive import extract

    text = ("Dewi Lestari, siswi berprestasi dalam ajang lomba sains nasional mengaku bangga. "
            "\"Saya terus berlatih setiap hari,\" katanya.")
    ex = extract(text)
    assert [(p.name, p.role) for p in ex.people] == [("Dewi Lestari", "siswi")]
    assert ex.quotes[0].speaker == "Dewi Lestari"


def test_a_student_named_after_adalah_with_a_class():
    from melati_archive import extract

    text = "Juara lomba tahun ini adalah Rani, siswa kelas 8 yang gemar membaca."
    assert [(p.name, p.role) for p in extract(text).people] == [("Rani", "siswa kelas 8")]


def test_a_word_after_a_customary_village_is_its_place_not_a_person():
    from melati_archive import extract

    assert extract("Kepala Kampung Adat Sukamaju menjelaskan dana dibagi dua.").people == []


def test_balinese_caste_initials_open_the_name():
    from melati_archive import extract

    text = "Kepala BPBD Bangli, IB Made Wirawan, menjelaskan api sudah padam. \"Petugas masih berjaga,\" ujarnya."
    ex = extract(text)
    assert [(p.name, p.role) for p in ex.people] == [("IB Made Wirawan", "Kepala BPBD Bangli")]
    assert ex.quotes[0].speaker == "IB Made Wirawan"


def test_a_seniority_word_before_an_office_and_its_comma_name_is_the_offices():
    from melati_archive import extract

    text = "\"Listrik pulih malam ini,\" tutur Senior Manager Distribusi PLN Lembah, Rudi Santoso dalam keterangannya."
    assert [(p.name, p.role) for p in extract(text).people] == [("Rudi Santoso", "Senior Manager Distribusi PLN Lembah")]


def test_a_cut_headline_of_a_related_articles_list_names_no_one():
    from melati_archive import extract

    text = ("Lurah Sukamaju, Budi Santoso mengatakan kerja bakti digelar pagi ini.\n"
            "Berita terkait\nBupati Resmikan Gedung Baru Sekolah Penerim..\nPetugas Sudin SDA Rampungkan Sumur Resap..")
    assert [p.name for p in extract(text).people] == ["Budi Santoso"]


def test_two_officials_each_after_their_office_and_a_comma_joined_by_dan():
    from melati_archive import extract

    text = ("\"Kerja bakti itu tradisi,\" kata Rudi didampingi Kasie Ekbang Kecamatan Sukamaju, Warsito dan "
            "Kasatpel Lingkungan Hidup Kecamatan Sukamaju, Darno, Minggu (23/2/2020).")
    people = {p.name: p.role for p in extract(text).people}
    assert people["Warsito"] == "Kasie Ekbang Kecamatan Sukamaju"
    assert people["Darno"] == "Kasatpel Lingkungan Hidup Kecamatan Sukamaju"


def test_an_english_team_leader_office_before_a_comma_name():
    from melati_archive import extract

    text = "Manager PLN Lembah, Rudi Santoso, memimpin perbaikan bersama Team Leader Teknik, Dedi Kurnia."
    people = {p.name: p.role for p in extract(text).people}
    assert people["Dedi Kurnia"] == "Team Leader Teknik"


def test_a_paragraph_ending_in_two_dots_still_introduces_its_people():
    from melati_archive import extract

    text = "Kepala Desa Sukamaju Budi Santoso meninjau lokasi banjir bersama warga.."
    assert [(p.name, p.role) for p in extract(text).people] == [("Budi Santoso", "Kepala Desa Sukamaju")]


def test_council_members_listed_with_glued_degrees_and_their_party():
    from melati_archive import extract

    text = ("Anggota DPRD yang reses adalah Budi Santoso SH,MM dari Partai Golkar, Rina Wati SE dari Partai PKB, dan "
            "Dedi Kurnia ST MM dari Partai Perindo. Anggota Dewan dari Partai Golkar Budi mengatakan reses wajib. "
            "\"Kami catat semua keluhan,\" katanya.")
    ex = extract(text)
    assert [p.name for p in ex.people] == ["Budi Santoso", "Rina Wati", "Dedi Kurnia"]
    assert ex.quotes[0].speaker == "Budi Santoso"


def test_a_name_after_its_own_office_in_a_list_takes_not_the_next_items_office():
    from melati_archive import extract

    text = ("Peresmian dihadiri unsur Forkopimda, Direktur Perumda Tirta Lembah Marcel Sudirman, Camat Sukamaju, "
            "Kades Cibodas, dan warga setempat.")
    people = {p.name: p.role for p in extract(text).people}
    assert "Forkopimda" not in people
    assert all(role != "Camat Sukamaju" for role in people.values())


def test_a_court_that_writes_its_place_before_its_class_keeps_the_whole_name_after_the_class():
    # "Lapas Kelas IIB <Place> <Name>": the place follows the class; "PN <Place> Kelas II <Name>": the name does
    from melati_archive.nlp.extract import extract

    ex = extract("Juru Bicara PN Sukamaju Kelas II Hendra Budi Santoso mengatakan sidang digelar terbuka. "
                 "\"Semua pihak kami undang,\" ujar Hendra Budi Santoso.")
    assert [(p.name, p.role) for p in ex.people] == [("Hendra Budi Santoso", "Juru Bicara PN Sukamaju Kelas II")]
    assert [q.speaker for q in ex.quotes] == ["Hendra Budi Santoso"]


@pytest.mark.parametrize("text, name, role", [
    ("Kepala Pelaksana BPBD Sukamaju Ida Bagus Made Arsana mengatakan titik api berada di lereng barat.",
     "Ida Bagus Made Arsana", "Kepala Pelaksana BPBD Sukamaju"),
    ("Kalaksa BPBD Sukamaju IB Ketut Arsana menjelaskan titik api sudah padam.", "IB Ketut Arsana", "Kalaksa BPBD Sukamaju"),
    ("Ketua Pengadilan Negeri Cibening Kelas IB Dodi Pratama Putra membuka sidang perdana pagi ini.",
     "Dodi Pratama Putra", "Ketua Pengadilan Negeri Cibening Kelas IB"),
])
def test_a_balinese_name_opens_at_its_title_after_the_offices_place(text, name, role):
    from melati_archive.nlp.extract import extract

    assert [(p.name, p.role) for p in extract(text).people] == [(name, role)]



def test_dan_para_staf_after_a_name_closes_the_office_and_name_run():
    from melati_archive import extract

    text = "Massa diterima Penjabat Bupati Jayapura Rudi Hartono, didampingi Sekda Jayapura Maria Wonda dan para staf."
    assert ("Maria Wonda", "Sekda Jayapura") in [(p.name, p.role) for p in extract(text).people]


def test_a_dotted_kab_inside_an_office_keeps_the_run_going():
    from melati_archive import extract

    text = "Hadir dalam kegiatan itu Kepala Kantor Kemenag Kab. Garut M. Arif Hidayat, didampingi Kasubbag TU."
    assert [(p.name, p.role) for p in extract(text).people] == [("M. Arif Hidayat", "Kepala Kantor Kemenag Kab. Garut")]


def test_a_dotted_kec_before_a_numeral_place_names_no_one():
    from melati_archive import extract

    text = ("Keduanya beralamat di Kampung Surau Nagari Lurah Ampera Kec. IV Koto Lembah, kepala DP3A Hendra Wijaya "
            "turun langsung menemui mereka.")
    assert not any("Koto" in p.name for p in extract(text).people)


def test_a_haji_title_in_brackets_after_an_office_makes_one_word_a_name():
    from melati_archive import extract

    text = "Rapat dihadiri oleh Kasubbag TU (H. Suparman), Kasi Pendma (Siti Aminah) dan para pengawas."
    assert [(p.name, p.role) for p in extract(text).people] == [("Suparman", "Kasubbag TU"), ("Siti Aminah", "Kasi Pendma")]


def test_a_relative_clause_closes_a_lowercase_role_comma_name():
    from melati_archive import extract

    text = "Medali datang dari cabang panahan. Atlet panahan, Dewi Anggraini yang turun di nomor recurve meraih perak."
    assert [(p.name, p.role) for p in extract(text).people] == [("Dewi Anggraini", "Atlet panahan")]


def test_a_misspelt_second_form_with_the_fuller_office_gives_its_office():
    from melati_archive import extract

    text = ("Gelar diberikan kepada Bupati Rudi Hartono, Wakil Bupati Edward Santosa dan jajaran forkopimda.\n\n"
            "Wakil Bupati Garut Edwar Santosa mendapat gelar adat.")
    people = [(p.name, p.role) for p in extract(text).people]
    assert ("Edward Santosa", "Wakil Bupati Garut") in people and len(people) == 2


def test_an_officer_named_by_rank_after_a_misspelt_office_is_a_person_without_role():
    from melati_archive import extract

    text = "Kapolres Garut, AKBP Budi Santoso melalui Lasat Lantas AKP Suharyono membenarkan kecelakaan itu."
    assert [(p.name, p.role) for p in extract(text).people] == [("Budi Santoso", "Kapolres Garut"), ("Suharyono", None)]


def test_a_rank_before_a_quotes_cue_name_is_left_to_the_quote_side():
    from melati_archive.nlp.rankednames import ranked_names
    from melati_archive.nlp.intros import _Taken

    assert ranked_names("\"Sopir mengantuk,\" kata AKP Grandika.", _Taken()) == []
    assert ranked_names("Dijelaskan AKP Grandika, truk melaju kencang.", _Taken())[0][2] == "Grandika"


def test_legislators_listed_as_party_then_name_in_brackets():
    from melati_archive import extract

    text = ("Acara dihadiri legislator lintas partai: NasDem (Rudi Hartono), Gerindra (Sri Wahyuni), hingga PKB "
            "(Andi Saputra). Usulan didukung PKS (Partai Keadilan Sejahtera) dan PAN (Partai Amanat Nasional).")
    assert [p.name for p in extract(text).people] == ["Rudi Hartono", "Sri Wahyuni", "Andi Saputra"]


def test_setempat_between_an_office_and_a_titled_name_stays_in_the_role():
    from melati_archive import extract

    text = "Festival dibuka Kepala Badan Kesbangpol Garut mewakili Bupati setempat H Suparman Wiryo."
    assert [(p.name, p.role) for p in extract(text).people] == [("Suparman Wiryo", "Bupati setempat")]


def test_an_office_right_after_a_datelines_double_dash_is_read():
    from melati_archive.nlp.mentions import find_people

    text = "SUKAMAJU, Cibodas--Bupati Lampung Tengah Rudi Hartono meletakkan batu pertama pasar desa."
    assert [(p.name, p.role) for p in find_people(text).persons] == [("Rudi Hartono", "Bupati Lampung Tengah")]


def test_a_capital_after_one_hyphen_is_no_word_start():
    from melati_archive.nlp.scan import cap_starts

    assert cap_starts("Pasca-Banjir warga x--Bupati") == (0, 22)


def test_a_name_with_a_degree_and_its_own_initials_in_brackets_is_a_person():
    from melati_archive import extract

    text = ("Dalam masa reses, Rudi Jaya Hartono, B.Bus (RJH) memanfaatkan waktu mengunjungi warga. Program Bantuan "
            "Langsung Tunai (BLT) juga dibahas.")
    assert [(p.name, p.role) for p in extract(text).people] == [("Rudi Jaya Hartono", None)]
