"""People forms of session 22 (p22): introductions that name no one (a unit after a member word, the field of a second
office, an institution named after a cleric, the body of a first office held "sekaligus", a place in a list of
offices) and roles cut short or run over (a school's deputy head, an acting official's bracketed short form, "Sub",
a sentence's connective before an English office)."""
from melati_archive.nlp.extract import extract
from melati_archive.nlp.mentions import find_people


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_people(text).persons if not p.initials_only}


def test_a_unit_after_a_bare_member_word_is_no_one():
    assert people("Petugas Kesmas Puskesmas Lembahraya memeriksa jentik. Anggota Linmas ikut membantu.") == {}


def test_a_lowercase_member_word_in_a_board_list_still_introduces():
    assert people("Pengurus terdiri dari sekretaris Lilis Wulan, dan anggota Dadang Sutisna.")["Dadang Sutisna"] == "anggota"


def test_the_field_of_a_second_office_joined_by_dan_is_no_one():
    assert people("Jabatan Direktur Umum dan Direktur Operasional masih kosong menunggu keputusan Bupati "
                  "Lembahraya Hendra Wijaya.") == {"Hendra Wijaya": "Bupati Lembahraya"}


def test_a_pesantren_named_after_a_cleric_is_no_one():
    got = people("Pondok Pesantren (Ponpes) Tahfidz Kiai Hasanudin mewisuda santri. Mudir Ponpes Tahfidz Kiai "
                 "Hasanudin, KH Ahmad Fauzi mengatakan santri hafal 30 juz.")
    assert got == {"Ahmad Fauzi": "Mudir Ponpes Tahfidz Kiai Hasanudin"}


def test_the_village_after_a_pesantren_named_after_a_cleric_is_no_one():
    assert people("Santri Pondok Pesantren Kiai Hasanudin, Sukamulya, Kecamatan Cibeber, ikut lomba.") == {}


def test_a_cleric_named_outside_an_institution_is_still_a_person():
    assert "Hasanudin" in people("Menurut Kiai Hasanudin, santri harus rajin mengaji.")


def test_the_object_of_two_joined_fields_after_a_member_word_is_no_name():
    assert people("Petugas Pencegahan dan Pengendalian Penyakit Menular dari Dinas Kesehatan juga memeriksa.") == {}


def test_a_ministry_of_two_joined_fields_keeps_its_minister():
    assert people("Menteri Kelautan dan Perikanan Bima Santosa meninjau pelabuhan.") == {
        "Bima Santosa": "Menteri Kelautan dan Perikanan"}


def test_the_company_of_a_first_office_held_sekaligus_a_second_is_no_one():
    got = people("Hal itu dikatakan Direktur Tirta Kencana sekaligus Ketua Umum Ikatan Alumni Lembahraya, Budi "
                 "Santoso, dalam sambutannya.")
    assert list(got) == ["Budi Santoso"]


def test_a_place_before_a_bare_office_in_a_list_of_offices_is_no_one():
    assert people("Rapat itu dihadiri Wakil Camat Lembahraya, Lurah, Satpel SDA, kepala Puskesmas dan warga.") == {}


def test_a_school_deputy_head_opens_the_role():
    assert people("Ia mendapat laporan dari Wakasek Kurikulum, Dedi Kurniawan, S.Pd. kemarin.") == {
        "Dedi Kurniawan": "Wakasek Kurikulum"}


def test_an_acting_officials_bracketed_short_form_stays_in_the_role():
    assert people("Penjabat (Pj). Bupati Lembahraya, Hendra Wijaya meresmikan pasar.") == {
        "Hendra Wijaya": "Penjabat (Pj). Bupati Lembahraya"}


def test_sub_written_apart_stays_in_the_role():
    assert people("Hal itu disampaikan Sub Koordinator Perencanaan Dinas PU Lembahraya, Rina Wati, Senin.") == {
        "Rina Wati": "Sub Koordinator Perencanaan Dinas PU Lembahraya"}


def test_a_sentence_connective_is_no_word_of_an_english_office():
    assert people("Kemudian Regional Sales Director Jawa Barat, Andi Wijaya melaporkan hasil penjualan.") == {
        "Andi Wijaya": "Regional Sales Director Jawa Barat"}


def test_a_word_before_a_comma_and_a_unit_with_its_territory_ends_the_office():
    assert "Tangkap" not in people("Kepala Bidang Perikanan Tangkap, DKP Kabupaten Lembahraya, Fauzi di Sukamaju, "
                                   "Senin mengatakan bantuan segera disalurkan.")


def test_a_place_before_a_comma_and_a_dotted_caste_title_ends_the_office():
    got = people("Kepala Kantor SAR Lembahraya, AA. Gede Wirawan mengatakan pencarian dihentikan.")
    assert "Lembahraya" not in got and got["AA. Gede Wirawan"] == "Kepala Kantor SAR Lembahraya"


def test_the_english_title_coach_is_no_word_of_the_name():
    ex = extract("Sementara itu, Coach Budi Santoso mengakui kekalahan timnya. \"Kami harus bangkit,\" terangnya.")
    assert [p.name for p in ex.people] == ["Budi Santoso"] and ex.quotes[0].speaker == "Budi Santoso"


def test_a_madurese_cleric_title_with_a_stop_introduces_the_name():
    assert people("Hadir dalam acara RKH. Fuad Amin Kholili dari Sumenep.") == {"Fuad Amin Kholili": None}


def test_a_cleric_title_after_a_street_or_an_institution_names_no_one():
    assert people("Santri Pondok Pesantren KH Ahmad Dahlan berjalan di Jl. KH Hasyim Asyari dan jalan KH Wahid "
                  "Hasyim.") == {}


def test_a_capitalized_verb_after_a_titled_name_ends_it():
    assert people("Lebih lanjut KH Rohmat Menjelaskan, bahwa santri harus rajin.") == {}


def test_an_office_a_short_unit_with_its_territory_and_a_one_word_name_between_commas():
    assert people("Kepala Bidang Perikanan Tangkap, DKP Kabupaten Lembahraya, Fauzi di Sukamaju, Senin mengatakan "
                  "bantuan segera disalurkan.") == {"Fauzi": "Kepala Bidang Perikanan Tangkap DKP Kabupaten Lembahraya"}


def test_a_trader_named_after_what_they_sell_with_no_comma():
    assert people("Tim mengunjungi pedagang kambing Suharto Wibowo di Dusun Krajan, Desa Sukamaju.") == {
        "Suharto Wibowo": "pedagang kambing"}


def test_a_player_named_after_a_lowercase_position_and_the_club():
    assert people("Beberapa kali kiper Sukamaju FC Ahmad Rifai tampil menawan.") == {"Ahmad Rifai": "kiper Sukamaju FC"}


def test_a_position_before_a_club_with_no_marker_names_no_one():
    assert people("Sementara gelandang Real Madrid tampil buruk di laga itu.") == {}


def test_a_trader_before_a_market_the_text_writes_small_names_no_one():
    assert people("Ia membeli dari pedagang Pasar Baru yang buka di pasar baru.") == {}


def test_a_lowercase_bapak_between_the_office_comma_and_the_name():
    assert people("Kepala SMPN 2 Sukamaju, bapak Hendra Wijaya, S.Kom., M.T., sangat bangga akan prestasi "
                  "siswanya.") == {"Hendra Wijaya": "Kepala SMPN 2 Sukamaju"}


def test_a_police_rank_and_service_with_stops_inside_an_office_run():
    assert people("Kasus itu terjadi di kampung Wakapolda Sulsel Brigjen. Pol. Drs. Hendra Wijaya, S.I.K., M.Hum. "
                  "Sebelumnya polisi menetapkan tersangka.") == {"Hendra Wijaya": "Wakapolda Sulsel"}


def test_the_modifiers_of_an_english_manager_stay_in_the_role():
    assert people("Menurut General Manager Hotel Lembah Indah, Rudi Santosa, tingkat hunian naik.") == {
        "Rudi Santosa": "General Manager Hotel Lembah Indah"}


def test_a_driver_named_at_the_sentence_start_with_what_he_drives():
    assert people("Sopir truk Budi Haryanto melarikan diri usai kejadian.") == {"Budi Haryanto": "Sopir truk"}


def test_a_trade_word_capitalized_inside_a_sentence_is_a_stall_name():
    assert people("Warga antre di depan Penjual Es Teler Dodi sejak pagi.") == {}


def test_a_referee_named_after_the_lowercase_word():
    assert people("Laga itu dipimpin wasit Dodi Setiawan asal Bandung.") == {"Dodi Setiawan": "wasit"}


def test_an_army_corps_with_a_stop_inside_an_office_run():
    assert people("Danramil Sukamaju Kapten Inf. Suparman meninjau lokasi banjir.") == {"Suparman": "Danramil Sukamaju"}


def test_a_driver_named_in_brackets_after_the_job_word():
    assert people("Menurut polisi, sopir (Sutrisno) sudah diamankan di polres.") == {"Sutrisno": "sopir"}


def test_initials_in_brackets_after_a_job_word_are_no_name():
    assert people("Menurut polisi, sopir (AS) dan kernet (Bd) sudah diamankan.") == {}


def test_a_coach_named_by_the_title_alone_and_later_by_a_nickname_is_one_person():
    got = people("Secara gentle Coach Joko Santoso mengakui kekalahan. Hal itu disampaikan Coach Joko Gendut usai laga.")
    assert got == {"Joko Santoso": None}


def test_a_one_word_trader_name_closed_by_the_hamlet_he_lives_in():
    assert people("Tim mengunjungi pedagang sapi Mu'arif Dusun Kweden, Desa Sukamaju.") == {"Mu'arif": "pedagang sapi"}


def test_a_place_after_a_trade_and_before_a_village_names_no_one():
    assert people("Tim mengunjungi pedagang sapi Bali Desa Sukamaju.") == {}
