"""People forms of session 21 (p21): office abbreviations, bodies and numbers that are no one, Balinese titles around
an office, a campaign pair after an office, a Haji title glued to the name, a run closed by "dan" and a group."""
from melati_archive.nlp.mentions import find_people
from melati_archive.nlp.names import plausible_name
from melati_archive.nlp.nameforms import default_aliases, unglued_titles
from melati_archive.nlp.rolesplit import split_role_name


def people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_people(text).persons if not p.initials_only}


def test_a_staff_office_abbreviation_after_melalui_is_no_one():
    text = "Komandan Kodim 0815/Lembahraya melalui Pasiops, selaku koordinator kegiatan menyebut jalan itu rusak."
    assert people(text) == {}


def test_the_number_word_of_a_regulation_is_no_one():
    assert people("Kegiatan itu sesuai Peraturan Bupati No 9 tahun 2023 tentang pasar desa.") == {}


def test_a_body_named_by_its_place_before_selaku_is_no_one():
    assert people("Pemko Lembahraya selaku pemilik lahan belum memberi jawaban.") == {}


def test_a_sports_body_and_its_sport_are_no_name():
    assert people("Dia juga Ketua Harian Pengprov Wushu Jawa Barat sejak tahun lalu.") == {}


def test_a_campaign_pair_after_a_team_office_is_no_one():
    assert people("Ketua Tim Kampanye Daerah Rudi-Hartono Jaya ini menilai hasil hitung cepat wajar.") == {}


def test_caste_initials_after_an_office_open_the_name():
    assert split_role_name("Kepala Dinas Perhubungan AA Ngurah Wirasana") == ("Kepala Dinas Perhubungan",
                                                                             "AA Ngurah Wirasana")


def test_a_caste_title_without_its_article_after_a_place_opens_the_name():
    assert split_role_name("Ketua Bidang Organisasi KONI Bali Agung Bagus Surya Wibawa") == (
        "Ketua Bidang Organisasi KONI Bali", "Agung Bagus Surya Wibawa")


def test_anak_agung_after_an_office_stays_in_the_name():
    assert split_role_name("Pemilik Toko Roti Anak Agung Ayu Made Santi") == ("Pemilik Toko Roti",
                                                                             "Anak Agung Ayu Made Santi")


def test_a_balinese_name_with_a_title_of_three_words_may_have_seven():
    assert plausible_name("I Gusti Ngurah Putu Adi Surya Darma")
    assert not plausible_name("Muhammad Rizki Adi Surya Darma Putra Jaya")


def test_a_seven_word_balinese_name_after_an_office_keeps_its_office():
    text = "Ketua Bawaslu Tabanan I Gusti Ketut Made Arya Wisnu Putra menegaskan pengawasan berjalan."
    assert people(text) == {"I Gusti Ketut Made Arya Wisnu Putra": "Ketua Bawaslu Tabanan"}


def test_agung_alone_is_not_a_short_form_of_an_anak_agung_name():
    assert "Agung" not in default_aliases("Anak Agung Ayu Ratna Dewi")
    cast = find_people("Pemilik Toko Roti Anak Agung Ayu Ratna Dewi mengatakan roti lokal laris.")
    assert cast.resolve("Agung") is None


def test_a_haji_title_glued_by_its_dot_is_read_with_the_same_length():
    text = "Bupati Lembahraya H.Sutrisno Hadi meresmikan pasar."
    assert unglued_titles(text) == "Bupati Lembahraya H Sutrisno Hadi meresmikan pasar."
    assert people(text) == {"Sutrisno Hadi": "Bupati Lembahraya"}


def test_initials_with_dots_are_not_ungluing():
    assert unglued_titles("Jalan M.H.Thamrin dan H.R. Rasuna Said") == "Jalan M.H.Thamrin dan H.R. Rasuna Said"


def test_an_office_and_name_closed_by_dan_and_a_group_in_small_letters():
    text = "Rapat dihadiri Kepala Dinas Pertanian Bambang Wicaksono dan warga tiga desa."
    assert people(text) == {"Bambang Wicaksono": "Kepala Dinas Pertanian"}


def test_a_numbered_neighbourhood_head_with_setempat_then_the_name_in_commas():
    assert people("Menurut Ketua RW 07 setempat, Suparjo, air naik sejak subuh.") == {"Suparjo": "Ketua RW 07 setempat"}


def test_a_name_with_a_degree_then_where_the_person_works_then_the_verb_is_the_speaker():
    # "Name, S.Sos, dari Dinas X mengatakan" (and with a title before the name): the degree's comma
    # must not keep "dari <organisation>" from the name; the -nya quote is hers
    from melati_archive.nlp.extract import extract

    for intro in ("Wulan Sari, S.Sos, dari Dinas Sosial Sukamaju", "dr. Wulan Sari, Sp.A, dari RSUD Sukamaju"):
        text = f"SUKAMAJU - {intro} mengatakan layanan dibuka setiap hari. \"Silakan datang pagi,\" katanya."
        ex = extract(text)
        assert [q.speaker for q in ex.quotes] == ["Wulan Sari"], intro
        assert [p.name for p in ex.people] == ["Wulan Sari"], intro
