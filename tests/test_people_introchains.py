"""Introductions whose office runs on (nlp/introchains.py): a chain of places, a unit number with a slash,
the name in brackets, no space after the comma; and what they must not read."""
from melati_archive.nlp.extract import extract
from melati_archive.nlp.intros import introductions, role_heads
from melati_archive.nlp.names import places_in
from melati_archive.nlp.rolesplit import split_role_name


def _intros(text):
    return [(name, role) for _s, _e, name, role in sorted(introductions(text, role_heads(text)))]


def test_village_head_after_a_chain_of_places():
    text = "Kepala Desa (Kades) Mekarsari, Kecamatan Cilawu, Kabupaten Garut, Sutisna, mengaku lega jalan itu jadi."
    assert _intros(text) == [("Sutisna", "Kepala Desa (Kades) Mekarsari")]


def test_hamlet_head_after_his_village_then_the_verb():
    text = "Kepala Dusun Sidorejo, Desa Wonosari, Karjo mengatakan semua warga turun."
    assert _intros(text) == [("Karjo", "Kepala Dusun Sidorejo")]


def test_a_chain_of_places_with_no_name_after_it_names_no_one():
    text = "Kepala Desa Mekarsari, Kecamatan Cilawu, Kabupaten Garut, belum memberi tanggapan."
    assert _intros(text) == []


def test_a_command_with_a_number_slash_and_place_then_rank_and_name():
    text = "Acara itu ditutup Dandim 0815/ Mjk Letkol Inf Yosua P. Simanjuntak S. Sos di lapangan desa."
    assert _intros(text) == [("Yosua P. Simanjuntak", "Dandim 0815/Mjk")]


def test_a_regional_command_in_roman_numerals_then_rank_and_name():
    text = "Pangdam V/Brawijaya Mayjen TNI Slamet Riyadi meninjau pembangunan jembatan."
    assert _intros(text) == [("Slamet Riyadi", "Pangdam V/Brawijaya")]


def test_the_holder_in_brackets_after_the_office():
    text = "Kepala Desa Ngadirejo ( Sumarno S.Pd) menjelaskan bahwa dana desa terbatas."
    assert _intros(text) == [("Sumarno", "Kepala Desa Ngadirejo")]


def test_the_offices_short_form_in_brackets_is_no_name():
    text = "Kepala Dinas Pendidikan (Kadisdik) menjelaskan bahwa sekolah dibuka lagi."
    assert _intros(text) == []


def test_a_nickname_in_brackets_after_a_named_holder_is_no_second_person():
    people = extract("Bupati Sumedang Ratna Sari (Teh Ratna) menyampaikan terima kasih.").people
    assert [p.name for p in people] == ["Ratna Sari"]


def test_a_village_after_the_offices_bracketed_short_form_is_no_name():
    assert split_role_name("Kepala Desa (Kades) Ngadirejo") is None


def test_rank_and_name_with_no_space_after_the_comma():
    text = "Kejadian itu dibenarkan Kanit Reskrim Polsek Tembalang,AKP Haris Munandar, kepada wartawan."
    assert _intros(text) == [("Haris Munandar", "Kanit Reskrim Polsek Tembalang")]


def test_a_word_after_a_rank_is_no_place_though_an_office_precedes_it_later():
    text = "Kapolres Blora AKBP Yudi Prakoso membuka acara. Menurut Kapolres Yudi, acara berjalan tertib."
    assert "yudi" not in places_in(text) and "blora" in places_in(text)


def test_the_office_and_the_short_name_in_a_cue_give_the_holder():
    ex = extract("Menurut Kapolres Blora, AKBP Yudi Prakoso, pelaku ditangkap Senin.\n"
                 "\"Pelaku kami tangkap di rumahnya,\" jelas Kapolres Yudi, Selasa (4/3).")
    assert [(q.speaker, q.role) for q in ex.quotes] == [("Yudi Prakoso", "Kapolres Blora")]


def test_a_short_minister_title_opens_the_office():
    people = extract("Menkop UKM Arif Budiman membuka pameran koperasi di Surabaya.").people
    assert [(p.name, p.role) for p in people] == [("Arif Budiman", "Menkop UKM")]


def test_a_police_director_with_one_r_keeps_the_office_not_the_rank():
    people = extract("Direskrimum Polda Riau Kombes Pol Hendra Gunawan mengatakan tiga tersangka ditahan.").people
    assert [(p.name, p.role) for p in people] == [("Hendra Gunawan", "Direskrimum Polda Riau")]


def test_a_bodys_short_form_in_brackets_after_its_long_name_is_no_person():
    text = "Forum Komunikasi Pimpinan Daerah (Forkopimda) menghadiri upacara itu."
    assert _intros(text) == []


def test_a_name_split_by_a_stray_space_is_not_read_in_pieces():
    text = ("Pangdam V/Brawijaya Mayjen TNI Slamet Riy adi membuka acara. "
            "Pangdam V/Brawijaya Mayjen TNI Slamet Riyadi lalu meninjau jembatan.")
    assert _intros(text) == [("Slamet Riyadi", "Pangdam V/Brawijaya")]


def test_a_district_typed_without_its_comma_after_the_village_is_no_part_of_the_office():
    text = "Kepala Desa Sumberagung Kecamatan Jetis, Kabupaten Bantul, Wagiman mengatakan jalan itu rusak."
    assert _intros(text) == [("Wagiman", "Kepala Desa Sumberagung")]


def test_a_town_named_by_its_water_after_an_office_and_comma_is_no_person():
    text = "Lapor Direktur RSUD Harapan Kita, Kuala Kapuas pelayanan pasien lamban."
    assert "Kuala Kapuas" not in [name for name, _role in _intros(text)]


def test_a_hospital_named_after_someone_is_no_person():
    people = extract("Honor Tim Pembina RSUD Ahmad Yani dibayar pada 2011.").people
    assert people == []


def test_an_office_in_a_coordinating_ministry_runs_on_to_the_name():
    people = extract("Deputi 2 Bidang Koordinasi Pemberdayaan dan Kesejahteraan pada Kemenko (PMK) Budi Harsono "
                     "di Ambon mengatakan bantuan sudah tiba.").people
    assert [p.name for p in people] == ["Budi Harsono"]


def test_the_area_after_a_victims_street_is_no_person():
    assert extract("Korban pertama warga Jl Kenari, Cimahi, dan korban kedua warga Jl Jati, Soreang.").people == []


def test_an_institutions_one_word_name_after_its_head_is_no_person():
    people = extract("\"Saya sudah lapor kepada Kepala Dinas Pertanian, tetapi belum dijawab,\" ujar Karsim.").people
    assert [p.name for p in people] == ["Karsim"]


def test_a_district_heads_district_is_no_name():
    assert split_role_name("Kepala Distrik Kurik") is None


def test_a_photo_credit_of_courtesy_is_no_photographer():
    assert extract("Warga membersihkan pantai (FOTO Ist)\nKerja bakti digelar sebulan sekali.").people == []


def test_an_office_between_commas_before_a_rank_is_the_next_holders_office():
    text = ("Kepala Kampung Sawe, Petrus Uamang, bersama Sekretaris Kampung Yakob Tabuni, Babinsa, Serda Daniel Wonda "
            "membagikan beras.")
    assert ("Daniel Wonda", "Babinsa") in _intros(text) and "Babinsa" not in [n for n, _r in _intros(text)]


def test_a_one_word_name_between_commas_before_a_rank_is_a_list_of_people():
    text = "Hadir Sekretaris Kampung Yakob Tabuni, Yohana, Serda Daniel Wonda dan warga."
    assert ("Daniel Wonda", "Yohana") not in _intros(text)


def test_the_ministrys_secretary_general_written_with_a_d():
    people = extract("Tampak hadir Sekjend Kemenag RI, Ahmad Fauzi, dan para pejabat.").people
    assert [(p.name, p.role) for p in people] == [("Ahmad Fauzi", "Sekjend Kemenag RI")]


def test_a_lowercase_field_then_its_office_and_the_name_before_the_verb():
    text = "Kasi pencegahan penyakit menular pada Dinas Kesehatan Kabupaten Blora Sumarno mengatakan kasus turun."
    assert _intros(text) == [("Sumarno", "Kasi pencegahan penyakit menular pada Dinas Kesehatan Kabupaten Blora")]


def test_a_lowercase_field_and_its_office_with_no_name_names_no_one():
    assert _intros("Kasi pelayanan di Kantor Kemenag Kota Bogor mengatakan antrean panjang.") == []


def test_waka_opens_an_office():
    people = extract("Waka II DPRD Blora Hendra Kusuma hadir dalam rapat.").people
    assert [(p.name, p.role) for p in people] == [("Hendra Kusuma", "Waka II DPRD Blora")]


def test_an_undotted_police_degree_between_commas_after_rank_and_name():
    people = extract("Kapolres Blora, AKBP Yudi Prakoso SIK, mengatakan pelaku sudah ditahan.").people
    assert [(p.name, p.role) for p in people] == [("Yudi Prakoso", "Kapolres Blora")]


def test_a_name_after_a_city_ending_in_pusat_keeps_its_role():
    people = extract("Kepala Seksi Dinas Sosial Jakarta Pusat Marlina mengatakan razia digelar malam ini.").people
    assert [(p.name, p.role) for p in people] == [("Marlina", "Kepala Seksi Dinas Sosial Jakarta Pusat")]


def test_a_social_media_account_under_its_holders_name_introduces_the_writer():
    ex = extract("Keluhan itu diunggah Akun Facebook @Rina Marlina ke grup warga.\n"
                 "\"Antrean di loket sangat lama,\" tulisnya.")
    assert [(p.name, p.role) for p in ex.people] == [("Rina Marlina", "pemilik akun Facebook")]
    assert [q.speaker for q in ex.quotes] == ["Rina Marlina"]


def test_an_account_handle_is_no_name():
    assert extract("Keluhan itu diunggah akun Instagram @rina_marlina88 ke grup warga.").people == []


def test_a_unit_named_by_a_short_form_the_text_defines_is_no_person():
    ex = extract("Petugas Pemadam Kebakaran (Damkar) Sleman tiba di lokasi. Dia melapor ke Damkar Sleman.\n"
                 "\"Api cepat padam,\" ujar Kepala Bidang Damkar Sleman, Dewa Made Arta.\n"
                 "\"Kami tiba dalam tiga menit,\" ujarnya.")
    assert [p.name for p in ex.people] == ["Dewa Made Arta"]
    assert [q.speaker for q in ex.quotes] == ["Dewa Made Arta", "Dewa Made Arta"]


def test_the_units_place_after_its_number_and_slash_is_no_person():
    people = extract("Di lokasi TMMD Kodim 0815/ Mojokerto, anggota Satgas bekerja bersama warga.").people
    assert people == []


def test_a_clause_after_the_office_in_a_selaku_role_is_no_part_of_it():
    people = extract("Menurut Hendra Kusuma, selaku Ketua Karang Taruna Blora kerja sama warga perlu terus dijaga.").people
    assert [(p.name, p.role) for p in people] == [("Hendra Kusuma", "Ketua Karang Taruna Blora")]


def test_a_defined_short_form_of_a_place_opening_a_name_moves_to_the_role():
    people = extract("Bupati Tapanuli Selatan (Tapsel) meresmikan pasar. Kasi Pasar Dinas Perdagangan Tapsel Rahmat Siregar "
                     "menyampaikan pasar dibuka setiap hari.").people
    assert ("Rahmat Siregar", "Kasi Pasar Dinas Perdagangan Tapsel") in [(p.name, p.role) for p in people]


def test_a_body_followed_by_the_area_it_covers_is_no_person():
    assert extract("Acara itu dihadiri Ketua Apkasi Kabupaten Garut dan para camat.").people == []


def test_karo_inside_a_batak_name_opens_no_bureau_office():
    people = extract("Kepala Puskesmas Kabanjahe, Rosmawati Karo Sekali menyatakan kasus turun.").people
    assert [p.name for p in people] == ["Rosmawati Karo Sekali"]


def test_karo_after_a_common_word_still_heads_a_bureau():
    people = extract("Turut Hadir Karo Humas Setda Jabar Hermansyah. Warga hadir di aula.").people
    assert [(p.name, p.role) for p in people] == [("Hermansyah", "Karo Humas Setda Jabar")]


def test_the_unit_between_commas_after_the_office_belongs_to_it():
    text = "Kepala Seksi Surveilans, Dinas Kesehatan Kabupaten Sintang, Yohana Karo Sekali menyatakan kasus naik."
    assert _intros(text) == [("Yohana Karo Sekali", "Kepala Seksi Surveilans Dinas Kesehatan Kabupaten Sintang")]


def test_an_occupation_comma_name_then_juga_and_a_verb():
    people = extract("Penjual es dawet, Suminah juga berharap pasar segera direnovasi.").people
    assert [(p.name, p.role) for p in people] == [("Suminah", "Penjual es dawet")]


def test_after_a_rank_a_month_word_is_a_name_word():
    people = extract("Menurut Dandim 0815/Mojokerto, Letkol Inf A. Juni Saputra, kegiatan berjalan lancar.").people
    assert [(p.name, p.role) for p in people] == [("A. Juni Saputra", "Dandim 0815/Mojokerto")]


def test_the_office_with_its_unit_number_answers_to_the_office_and_place_alone():
    ex = extract("Menurut Dandim 0815/Mojokerto, Letkol Inf Bayu Saputra, kegiatan berjalan lancar.\n"
                 "\"Semua sasaran selesai,\" ujar Dandim Mojokerto.")
    assert [q.speaker for q in ex.quotes] == ["Bayu Saputra"]


def test_a_task_force_commander_with_the_programs_number_and_the_unit():
    people = extract("Hal ini disampaikan Dansatgas TMMD ke-120 Kodim 0815/Mojokerto, Letkol Inf Bayu Saputra, "
                     "saat meninjau lokasi.").people
    assert [(p.name, p.role) for p in people] == [("Bayu Saputra", "Dansatgas TMMD ke-120 Kodim 0815/Mojokerto")]


def test_initials_inside_a_name_after_a_rank_stay_in_the_name():
    people = extract("Komandan Komando Resor Militer 084/Bhaskara Jaya Brigadir Jenderal Hendra RZ Saputra "
                     "menegaskan TNI netral.").people
    assert [p.name for p in people] == ["Hendra RZ Saputra"]


def test_an_officer_with_a_lowercase_field_before_the_unit_number():
    people = extract("Terpisah, Perwira Seksi teritorial Kodim 0815/ Mjk Kapten Inf Hadi Susanto mengatakan "
                     "pekerjaan hampir selesai.").people
    assert [(p.name, p.role) for p in people] == [("Hadi Susanto", "Perwira Seksi teritorial Kodim 0815/Mjk")]


def test_an_organisations_short_form_opening_a_name_is_no_place_to_move_into_the_role():
    ex = extract("Api dipadamkan petugas Pemadam Kebakaran (Damkar) Sukamaju.\n"
                 "\"Petugas Damkar Sukamaju menerima laporan pukul 10.00,\" ujar Kepala Bidang Damkar Sukamaju, Dewa Made Arta.")
    assert [p.name for p in ex.people] == ["Dewa Made Arta"]
