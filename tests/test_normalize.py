"""Normalization: NFKC, one set of quote marks, whitespace, page furniture out, credits kept, offsets."""
from __future__ import annotations

from melati_archive.nlp.normalize import normalize

PAGE = (
    "Beranda > Berita > Balai Contoh Salurkan Bantuan\n"
    "JAKARTA (5 Januari 2021) - Balai Contoh menyalurkan bantuan.\n"
    "BACA JUGA: Balai Contoh Gelar Pelatihan\n"
    "\u201cKami  siap\u00a0membantu,\u201d kata Budi.\n"
    "Foto: Humas Balai Contoh\n"
    "Baca Juga: Berita lain\n"
    "Bagikan: Facebook Twitter WhatsApp\n"
    "Penulis : Humas Balai Contoh\n"
    "Editor: Rina Wati\n"
    "Penerjemah: Dimas\n"
    "Tags: bantuan, lansia\n"
)


def test_furniture_lines_are_dropped_and_credits_kept():
    norm = normalize(PAGE)
    assert "BACA JUGA" not in norm.text and "Baca Juga" not in norm.text
    assert "Foto:" not in norm.text and "Bagikan" not in norm.text and "Tags" not in norm.text
    assert "Beranda > Berita" not in norm.text
    assert norm.credits == {"author": "Humas Balai Contoh", "editor": "Rina Wati", "translator": "Dimas"}
    assert "Penulis" not in norm.text and "Editor" not in norm.text


def test_quotes_and_whitespace_are_unified():
    norm = normalize(PAGE)
    assert '"Kami siap membantu," kata Budi.' in norm.text
    assert "\u201c" not in norm.text and "\u00a0" not in norm.text


def test_every_normalized_character_maps_back_to_the_same_character():
    text = "Ibu\u00a0Rina  berkata: \u201dSiap\u2026\u201d\r\n\r\nLalu \ufb01nal.\n"
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text)
    for i, ch in enumerate(norm.text):
        source = text[norm.offsets[i]]
        if ch == '"':
            assert source in "\u201c\u201d\""
        elif ch == " ":
            assert source.isspace()
        elif ch == "\n":
            assert source in "\r\n"
        else:
            import unicodedata

            assert ch in unicodedata.normalize("NFKC", source)
    start = norm.text.index('"')
    end = norm.text.index('"', start + 1) + 1
    a, b = norm.span_to_original(start, end)
    assert text[a] == "\u201d" and text[b - 1] == "\u201d"
    assert "Siap" in text[a:b]


def test_nfkc_folds_compatibility_characters():
    norm = normalize("Kegiatan \ufb01nal \uff21\uff22 pada 10\u201313 November.")
    assert "final AB" in norm.text
    assert "10\u201313" in norm.text  # the en dash is no compatibility character: it stays


def test_story_lines_that_mention_photos_or_editors_stay():
    text = "Editor foto itu, Budi, mengatakan kegiatan berjalan baik.\nFotografer senior hadir."
    norm = normalize(text)
    assert "Editor foto itu, Budi" in norm.text
    assert "Fotografer senior hadir." in norm.text
    assert norm.credits == {}


def test_quote_folding_maps_every_glyph_as_the_table_does():
    from melati_archive.nlp.normalize import _QUOTES, _fold_quotes

    glyphs = "".join(chr(k) for k in _QUOTES)
    text = f"\u201cKami siap,\u201d ujar Ani \u2014 caf\u00e9 `x' {glyphs} \u00abakhir\u00bb" * 3
    assert _fold_quotes(text) == text.translate(_QUOTES)
    assert _fold_quotes("tanpa tanda kutip") == "tanpa tanda kutip"
    assert set(_fold_quotes(glyphs)) == {'"', "'"}


def test_a_last_paragraph_closed_by_its_writer_stays_story():
    # news pages close the story with the writer in parentheses; a one-sentence caption with a
    # name in parentheses stays furniture
    from melati_archive.nlp.normalize import normalize

    text = ("JAKARTA - Menteri meninjau dapur umum.\nIa juga menyapa relawan. \"Terima kasih,\" katanya. "
            "(Dedi Kurniawan)\nBantuan diserahkan secara simbolis. (Rina Marlina)")
    found = normalize(text)
    assert found.text.endswith("\"Terima kasih,\" katanya.")
    assert "simbolis" not in found.text
    # the caption's name in parentheses credits its photo, not the story
    assert found.credits == {"author": "Dedi Kurniawan", "photographer": "Rina Marlina"}


def test_a_writer_closing_the_paragraph_is_found_with_spaces_after_the_parenthesis():
    text = "Ia menyapa relawan. \"Terima kasih,\" katanya. (Dedi Kurniawan)   \nPelatihan berlanjut besok."
    found = normalize(text)
    assert found.credits == {"author": "Dedi Kurniawan"}
    assert found.text == "Ia menyapa relawan. \"Terima kasih,\" katanya.\nPelatihan berlanjut besok."


def test_a_line_with_two_spaces_or_a_tab_inside_is_collapsed_and_still_maps_back():
    for text in ("Bantuan  tiba di desa.", "Bantuan\ttiba di desa.", "Bantuan tiba di desa."):
        found = normalize(text)
        assert found.text == "Bantuan tiba di desa."
        assert [text[found.offsets[i]] for i in range(len(found.text)) if found.text[i] != " "] == \
            [c for c in found.text if c != " "]


WRAPPED = (
    "BANTAENG - Rapat koordinasi penanganan bencana digelar di aula kantor\n"
    "bupati dengan melibatkan unsur Forum Koordinasi Pimpinan Daerah. Hal ini\n"
    "disampaikan oleh Kepala Bagian Tata Pemerintahan Sekretariat Daerah\n"
    "Kabupaten Bantaeng, Andi Rahmat Saleh, usai rapat pada Senin pagi.\n"
    "\n"
    "Penyaluran Logistik\n"
    "Bantuan dibagikan kepada 120 keluarga.\n"
)


def test_a_text_wrapped_at_a_fixed_width_is_one_paragraph_even_where_a_line_starts_with_a_capital():
    norm = normalize(WRAPPED)
    assert "Sekretariat Daerah Kabupaten Bantaeng, Andi Rahmat Saleh" in norm.text
    # a blank line ends the wrapped paragraph; a short heading and the next paragraph stay apart
    assert "Senin pagi.\nPenyaluran Logistik\nBantuan dibagikan" in norm.text
    k = norm.text.index("Andi")
    assert WRAPPED[norm.offsets[k]:norm.offsets[k] + 4] == "Andi"


def test_the_role_of_a_person_in_a_wrapped_text_runs_across_the_line_break():
    from melati_archive.nlp.extract import extract

    people = [(p.name, p.role) for p in extract(WRAPPED).people]
    assert people == [("Andi Rahmat Saleh", "Kepala Bagian Tata Pemerintahan Sekretariat Daerah Kabupaten Bantaeng")]


def test_a_caption_credits_the_person_who_took_the_photo():
    page = ("Bupati Serahkan Bantuan Beras\n"
            "Kepala Dinas Sosial Kabupaten Dompu saat menyerahkan beras kepada warga (foto Rina Wulandari)\n"
            "DOMPU - Pemerintah daerah menyalurkan beras kepada 400 keluarga.\n")
    assert normalize(page).credits.get("photographer") == "Rina Wulandari"
    # a caption without the word "foto", closing with a full name in parentheses
    page = "Penyerahan bantuan secara simbolis. (Dimas Pratama )\nDOMPU - Beras dibagikan.\n"
    assert normalize(page).credits.get("photographer") == "Dimas Pratama"
    # an office, a one-word credit, or a name closing a story paragraph is no photographer
    for line in ("Warga menerima bantuan. (Foto: Humas Pemkab)", "Warga menerima bantuan. (Foto/Ari)",
                 "dibahas bersama para camat dan lurah setempat.(Dimas Pratama)"):
        assert "photographer" not in normalize(line + "\nDOMPU - Beras dibagikan.\n").credits


def test_the_photographer_is_one_of_the_items_people():
    from melati_archive.nlp.extract import extract

    page = ("Penyaluran beras secara simbolis di kantor desa. (foto Lalu Ahmad Fauzan)\n"
            "DOMPU - Dinas Sosial menyalurkan beras kepada 400 keluarga terdampak banjir.\n")
    assert [(p.name, p.role) for p in extract(page).people] == [("Lalu Ahmad Fauzan", "Fotografer")]
    # an office credited for the photo is no person
    page = "Warga menerima bantuan. (Foto: Humas Pemkab)\nDOMPU - Beras dibagikan kepada warga.\n"
    assert extract(page).people == []


def test_a_writers_name_in_parentheses_on_the_last_line_is_a_credit_not_text():
    from melati_archive.nlp.normalize import normalize
    n = normalize("SUKAMEKAR – Dinas Sosial menyalurkan bantuan kepada warga.\nBantuan diterima warga.\n(Rina Marlina)\n")
    assert n.credits == {"author": "Rina Marlina"} and "Rina" not in n.text


def test_a_dashed_list_under_a_bare_baca_juga_label_is_links():
    text = ("Warga menerima bantuan beras, Senin (4/3).\nBaca juga :\n- Resmikan Pasar, Ini Pesan Calon Bupati Bu Rina\n"
            "- Dinkes Sukamekar Gelar Vaksinasi di Alun-alun\nBantuan berikutnya datang pekan depan.")
    assert normalize(text).text == "Warga menerima bantuan beras, Senin (4/3).\nBantuan berikutnya datang pekan depan."


def test_a_dashed_list_of_sentences_without_a_label_stays_story():
    text = "Syarat penerima:\n- Warga ber-KTP Sukamekar.\n- Terdaftar di DTKS."
    assert "Terdaftar di DTKS" in normalize(text).text
