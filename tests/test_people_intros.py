"""Introductions (nlp/intros.py): each written form gives (start, end, name, role) at the name."""
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
    starts = [0, *(m.end() for m in intros._AFTER_SENTENCE_END.finditer(text))]
    assert [m.span() for m in intros.matches_at(intros._SENTENCE_HEAD, text, starts)] == heads and len(heads) == 2
    assert intros.short_forms_in(text) == {m.group("a") or m.group("b") for m in intros._SHORT_SPEAKER.finditer(text)}
    assert {"Ani", "Rudi", "Sari", "Joko"} <= intros.short_forms_in(text)


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

    from melati_archive.nlp.intros import _LOWER_ROLE_FROM_FIRST, _LOWER_ROLE_FROM_WORDS

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


def test_a_city_as_the_last_word_of_a_name_between_commas_is_a_family_name():
    text = "Kepala Desa Liang, Yusuf Ambon, membuka musyawarah. Camat Salahutu, Kota Ambon, tidak hadir."
    assert _intros(text) == [("Yusuf Ambon", "Yusuf Ambon", "Kepala Desa Liang")]


def test_the_agent_of_a_passive_with_a_short_role_is_introduced_but_a_clause_after_menurut_is_not():
    text = "Sumur bor itu dibuat oleh Markus Bere, warga setempat."
    assert _intros(text) == [("Markus Bere", "Markus Bere", "warga setempat")]
    clause = "Menurut Markus Bere, warga setempat sering kali kekurangan air."
    assert _intros(clause) == []
