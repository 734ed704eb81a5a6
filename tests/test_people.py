"""People in a text: every introduction form, honorifics and degrees, aliases, role words, initials."""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive import extract
from melati_archive.model import Person, Role
from melati_archive.nlp.people import clean_name, find_people, split_role_name, spelling_key


def people_of(text: str, **kw) -> dict:
    return {p.name: p for p in extract(text, **kw).people}


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("Kepala Balai Contoh Bekasi Wahyu Pratomo membuka kegiatan.", "Wahyu Pratomo", "Kepala Balai Contoh Bekasi"),
        ("Kepala Balai Contoh Bekasi, Wahyu Pratomo, membuka kegiatan.", "Wahyu Pratomo", "Kepala Balai Contoh Bekasi"),
        ("Wahyu Pratomo selaku Kepala Seksi Layanan membuka kegiatan.", "Wahyu Pratomo", "Kepala Seksi Layanan"),
        ("Wahyu Pratomo sebagai Koordinator Lapangan membuka kegiatan.", "Wahyu Pratomo", "Koordinator Lapangan"),
        ("Wahyu Pratomo, Kepala Seksi Layanan, membuka kegiatan.", "Wahyu Pratomo", "Kepala Seksi Layanan"),
        ("Menteri Sosial Sri Handayani meninjau panti.", "Sri Handayani", "Menteri Sosial"),
        ("Kepala Dinas Sosial Kabupaten Malaka Yohanes Nahak hadir.", "Yohanes Nahak",
         "Kepala Dinas Sosial Kabupaten Malaka"),
        ("Salah satu penerima, Siti Aminah (78), mengaku terbantu.", "Siti Aminah", "penerima"),
    ],
)
def test_introduction_forms(sentence, name, role):
    people = people_of(sentence + ' "Kami siap membantu warga," kata ' + name.split()[0] + ".")
    assert name in people, people
    assert people[name].role == role


def test_introduction_inside_the_attribution():
    text = '"Semua anak harus sekolah," tegas Kepala Balai Contoh Bekasi, Wahyu Pratomo.'
    result = extract(text)
    assert result.quotes[0].speaker == "Wahyu Pratomo"
    assert result.quotes[0].role == "Kepala Balai Contoh Bekasi"


@pytest.mark.parametrize(
    "written, clean",
    [
        ("Drs. H. Joko Purnomo, M.Si.", "Joko Purnomo"),
        ("Hj. Endang Sulastri, S.Sos.", "Endang Sulastri"),
        ("Prof. Dr. Ir. Bambang Sutejo, M.M.", "Bambang Sutejo"),
        ("Bapak Purwanto", "Purwanto"),
        ("Ibu Rina Marlina", "Rina Marlina"),
        ("Tb. Ahmad Fauzan Hakim", "Ahmad Fauzan Hakim"),
        ("Sdr. Dedi", "Dedi"),
    ],
)
def test_honorifics_and_degrees_are_stripped(written, clean):
    assert clean_name(written) == clean


def test_plt_stays_in_the_role_not_in_the_name():
    people = people_of("Plt. Kepala Balai Contoh, Tb. Ahmad Fauzan Hakim, membuka acara.")
    assert "Ahmad Fauzan Hakim" in people
    assert people["Ahmad Fauzan Hakim"].role.startswith("Plt.")


def test_role_and_name_run_together_split_by_vocabulary_and_later_short_forms():
    assert split_role_name("CEO Bukalapak Rachmat Kaimuddin") == ("CEO Bukalapak", "Rachmat Kaimuddin")
    role, name = split_role_name("Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono", {"Hari"})
    assert name == "Hari Setiyono"
    assert split_role_name("Wali Kota Arief Wismansyah") == ("Wali Kota", "Arief Wismansyah")


@pytest.mark.parametrize(
    "full, short",
    [
        ("Syam Wuryani", "Yani"),          # suffix of a name token
        ("Rinawati Harahap", "Rina"),      # prefix of a name token
        ("Agung Hari Setiyono", "Hari"),   # a middle name
        ("Bambang Sutejo", "Sutejo"),      # the last name
        ("Sri Mulyani Indrawati", "Sri Mulyani"),  # the first two tokens
        ("Rudy Hermawan Siregar", "Rudi"),  # a spelling variant
    ],
)
def test_short_forms_resolve_to_the_full_name(full, short):
    text = (f"Kepala Bidang Layanan, {full}, membuka acara. "
            f'"Kami siap melayani warga," kata {short}.')
    result = extract(text)
    assert result.quotes[0].speaker == full
    person = next(p for p in result.people if p.name == full)
    assert short in person.aliases


def test_nicknames_introduced_explicitly():
    text = ("Kepala Balai Contoh Malang Saifuddin Zuhri Hasan yang akrab disapa Gus Udin menyambut tamu. "
            "Koordinator relawan Ahmad Nur Hidayat (Cak Nur) ikut hadir. "
            '"Semua relawan sudah siap," ujar Cak Nur. "Ayo mulai," kata Gus Udin.')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Ahmad Nur Hidayat", "Saifuddin Zuhri Hasan"]
    people = {p.name: p for p in result.people}
    assert "Gus Udin" in people["Saifuddin Zuhri Hasan"].aliases
    assert "Cak Nur" in people["Ahmad Nur Hidayat"].aliases


def test_role_words_resolve_in_the_article_first():
    text = ("Menteri Sosial Kartika Dewi Lestari meninjau panti. Dalam kunjungan itu, Mensos berdialog dengan lansia. "
            '"Itu hak mereka," kata Mensos. Kepala Panti, Joko Purnomo, melaporkan kondisi panti. '
            '"Kami kekurangan perawat," ujar Kepala Panti.')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Kartika Dewi Lestari", "Joko Purnomo"]
    kartika = next(p for p in result.people if p.name == "Kartika Dewi Lestari")
    assert "Mensos" in kartika.aliases


def registry() -> list[Person]:
    return [
        Person(id="lama", name="Puti Chairida Anwar", aliases=["Puti"],
               roles=[Role(title="Kepala Balai Contoh", end=dt.date(2022, 12, 31), aliases=["Kepala Balai"])]),
        Person(id="baru", name="Ganda Saputra", aliases=[],
               roles=[Role(title="Kepala Balai Contoh", start=dt.date(2023, 1, 1), aliases=["Kepala Balai"])]),
    ]


def test_role_words_resolve_through_the_registry_by_date():
    text = '"Layanan kami buka setiap hari," kata Kepala Balai.'
    old = extract(text, pub_date=dt.date(2021, 5, 1), people=registry())
    new = extract(text, pub_date=dt.date(2024, 5, 1), people=registry())
    assert old.quotes[0].speaker == "Puti Chairida Anwar"
    assert new.quotes[0].speaker == "Ganda Saputra"
    assert new.quotes[0].role == "Kepala Balai Contoh"
    assert extract(text).quotes[0].speaker is None  # no registry, no guess


def test_short_names_not_introduced_resolve_through_the_registry():
    result = extract('"Kami siap," ujar Puti.', pub_date=dt.date(2021, 5, 1), people=registry())
    assert result.quotes[0].speaker == "Puti Chairida Anwar"
    assert result.quotes[0].role == "Kepala Balai Contoh"


def test_initials_only_people_are_never_listed_or_named():
    text = ('Balai Contoh mendampingi AD (12) yang putus sekolah. "Saya ingin sekolah lagi," kata AD. '
            'Ibu "K" menceritakan kondisinya. "Anak saya sudah mau bicara," ujar K.')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == [None, None]
    assert result.to_dict()["people"] == []
    assert any(p.initials_only for p in result.people)


def test_places_are_not_people():
    text = ('Warga di Tomohon menunggu bantuan. Kepala Dinas Sosial Tomohon Vicky Lumentut datang. '
            '"Bantuan tiba besok," katanya.')
    result = extract(text)
    assert result.quotes[0].speaker == "Vicky Lumentut"
    assert all("Tomohon" not in p.name for p in result.people)


def test_spelling_key_groups_old_and_new_spellings():
    assert spelling_key("Rudy") == spelling_key("Rudi")
    assert spelling_key("Soekarno") == spelling_key("Sukarno")
    assert spelling_key("Djoko") == spelling_key("Joko")
    assert spelling_key("Budi") != spelling_key("Bude")


def test_find_people_records_mentions_of_each_person():
    text = "Kepala Balai Contoh, Wahyu Pratomo, hadir. Wahyu kemudian berkeliling. Pratomo juga berbicara."
    cast = find_people(text)
    (wahyu,) = cast.persons
    assert wahyu.name == "Wahyu Pratomo"
    assert len(cast.mentions) == 3
    assert {"Wahyu", "Pratomo"} <= set(wahyu.aliases)


def test_nickname_with_atau_yang_akrab_disapa():
    text = 'Menteri Sosial Saifullah Yusuf atau yang akrab disapa Gus Ipul hadir. "Kami siap," kata Gus Ipul.'
    result = extract(text)
    assert result.quotes[0].speaker == "Saifullah Yusuf"
    assert [p.name for p in result.people] == ["Saifullah Yusuf"]


def test_registry_role_fills_a_speaker_introduced_without_one():
    reg = [Person(id="p", name="Purwanto", roles=[Role(title="Akademisi bidang media")])]
    text = 'Menjadi narasumber, Purwanto menyampaikan materi. "Konten harus unik," pungkas Purwanto.'
    result = extract(text, people=reg, pub_date=dt.date(2020, 11, 13))
    assert (result.quotes[0].speaker, result.quotes[0].role) == ("Purwanto", "Akademisi bidang media")


def test_spelling_variants_in_one_text_are_one_person():
    text = ("Kepala Bagian Umum, Syam Wuryani, membuka acara. Syam Wuriyani mengatakan pelatihan berlangsung "
            'tiga hari. "Kami siap," kata Syam Wuriyani.')
    result = extract(text)
    assert [p.name for p in result.people] == ["Syam Wuryani"]
    assert result.quotes[0].speaker == "Syam Wuryani"
    assert "Syam Wuriyani" in result.people[0].aliases


def test_unit_names_ending_a_role_are_not_people():
    text = ('"Kuncinya ada di orang tua," ujar Siti Nurhasanah, Koordinator Pekerja Sosial Balai Kenanga.\n'
            'Ia menambahkan, pendampingan berjalan tiga bulan. "Kami sudah berkenalan dengan keluarganya," katanya.\n'
            "Balai Kenanga mengucapkan terima kasih kepada warga. Camat Cibinong, Hendra Wibisono, hadir.")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Siti Nurhasanah", "Siti Nurhasanah"]
    names = {p.name for p in result.people}
    assert names == {"Siti Nurhasanah", "Hendra Wibisono"}
    siti = next(p for p in result.people if p.name == "Siti Nurhasanah")
    assert siti.role == "Koordinator Pekerja Sosial Balai Kenanga"


def test_honorific_inside_a_role_run_is_no_alias():
    result = extract("Kepala Balai Kenanga Dr. Hendra Wirasaputra, M.Si. membuka kegiatan. "
                     '"Asesmen harus teliti," tegas Hendra.')
    (hendra,) = result.people
    assert hendra.name == "Hendra Wirasaputra" and hendra.role == "Kepala Balai Kenanga"
    assert "Dr" not in hendra.aliases
    assert result.quotes[0].speaker == "Hendra Wirasaputra"


def test_an_unnamed_subject_takes_the_pronoun_not_the_last_named_person():
    text = ('Psikolog Klinis Balai Kenanga, Wulan Septiani, memandu sesi. "Orang tua boleh lelah," ujar Wulan.\n'
            "Salah satu ibu, yang meminta namanya tidak disebut, mengaku menangis di tengah sesi.\n"
            '"Baru kali ini ada yang bertanya kabar saya," tutur dia.')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Wulan Septiani", None]
    assert result.quotes[1].role == "salah satu ibu"
    assert [p["name"] for p in result.to_dict()["people"]] == ["Wulan Septiani"]


def test_quoted_initials_after_an_honorific_in_the_cue():
    text = ('Balai menghubungi ibu kandung AD, Ibu "K", yang tinggal di Kendal. '
            '"Saya tidak tahu dia tidur di jalan," tutur Ibu "K" sambil menangis.')
    result = extract(text)
    assert result.quotes[0].speaker is None
    assert result.to_dict()["people"] == []


def test_registry_names_anchor_a_role_and_name_run():
    reg = [Person(id="r", name="Ratna Kusumawati", roles=[Role(title="Kepala Balai Cempaka Uji")])]
    text = ('Kepala Balai Cempaka Uji Ratna Kusumawati membuka pelatihan. '
            '"Peserta akan didampingi," ujar Kepala Balai Cempaka Uji Ratna Kusumawati.')
    result = extract(text, people=reg, pub_date=dt.date(2020, 3, 2))
    assert [p.name for p in result.people] == ["Ratna Kusumawati"]
    assert (result.quotes[0].speaker, result.quotes[0].role) == ("Ratna Kusumawati", "Kepala Balai Cempaka Uji")


def test_nickname_after_a_role_that_ends_with_a_unit_name():
    text = ("Siti Nurhasanah, Koordinator Pekerja Sosial Balai Kenanga, yang akrab disapa Bu Nunung, memimpin "
            'kunjungan. "Pengasuh juga butuh didengar," kata Bu Nunung.\n'
            "Kepala Puskesmas Sukamekar, Teguh Wibisono, mengatakan pemeriksaan dilakukan di rumah.")
    result = extract(text)
    assert [p.name for p in result.people] == ["Siti Nurhasanah", "Teguh Wibisono"]
    assert result.quotes[0].speaker == "Siti Nurhasanah"
    assert "Bu Nunung" in result.people[0].aliases


def test_dotted_honorific_opens_the_name_even_when_a_later_short_form_is_used():
    from melati_archive.nlp.people import split_role_name
    assert split_role_name("Lurah Sukamekar Indah H. Ahmad Fauzan", {"Fauzan"}) == ("Lurah Sukamekar Indah", "H. Ahmad Fauzan")


def test_role_head_scan_finds_exactly_the_role_words_with_or_without_nya():
    import re

    from melati_archive.nlp import people

    words = sorted(w for w in people._LRCN_WORDS if re.fullmatch("[a-z]+", w))
    text = " ".join(words + [w + "nya" for w in words] + ["ibuk", "kepalaku", "co-pekerja", "Ketua", "xibu"])
    found = [text[m.start():m.end()] for m in people._LRCN_AT.finditer(text)]
    assert found == words + [w + "nya" for w in words]


def test_registry_role_written_short_resolves_without_error():
    # the role word as the text shortens it ("Kadinsos") is a key of the registry's roles that its
    # lowercase form is not: both lookups are joined, neither may be missing
    reg = [Person(id="rina", name="Rina Astuti", aliases=[], roles=[Role(title="Kepala Dinas Sosial")])]
    result = extract('"Bantuan tiba besok pagi," kata Kadinsos.', pub_date=dt.date(2024, 5, 1), people=reg)
    assert result.quotes[0].speaker == "Rina Astuti"


def test_a_photo_credit_to_an_agency_acronym_is_no_person():
    text = "Presiden meninjau pasar di Garut, Kamis (9/2/2023). (Foto: BPMI Setpres)\n\nPresiden meminta harga dijaga."
    assert "BPMI Setpres" not in people_of(text)
