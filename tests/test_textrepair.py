"""nlp.textrepair: pages copied through the wrong encoding and invisible characters, repaired."""
from __future__ import annotations

from melati_archive.nlp.page import read_page
from melati_archive.nlp.textrepair import repaired


def test_utf8_read_as_windows_1252_is_decoded():
    assert repaired("SUKAMEKAR â€“ Dinas Sosial") == "SUKAMEKAR – Dinas Sosial"
    assert repaired("â€œKami siap membantu,â€\x9d kata Rahmat.") == "“Kami siap membantu,” kata Rahmat."
    assert repaired("Kafe milik AndrÃ© dibuka â€¦") == "Kafe milik André dibuka …"


def test_a_closing_quote_whose_last_byte_was_lost_is_still_a_closing_quote():
    assert repaired("â€œKami siap,â€ kata Rahmat.") == "“Kami siap,” kata Rahmat."


def test_clean_text_and_real_accents_are_left_alone():
    text = "“Kami siap,” kata André – Kepala Dinas Sosial, 7 Desember 2026 © Humas"
    assert repaired(text) is text


def test_invisible_characters_go():
    assert repaired("Dinsos\u200b Sukamekar\u2060 Salur\u00adkan\ufeff Bantuan") == "Dinsos Sukamekar Salurkan Bantuan"


def test_a_page_with_mojibake_reads_its_dateline_and_quote():
    p = read_page("Dinsos Sukamekar Antar Makanan untuk Lansia\nSenin, 7 Desember 2026\n"
                  "SUKAMEKAR â€“ Dinas Sosial Kabupaten Sukamekar mengantar makanan bagi 300 warga lanjut usia.\n"
                  "â€œMakanan kami antar setiap pagi,â€\x9d kata Kepala Dinas Sosial, Rahmat Hidayat.\n")
    assert p.location == "Sukamekar" and "“Makanan kami antar" in p.body and "â€" not in p.body



def test_a_dagger_left_where_a_closing_quote_was():
    # some copies lose "â€" too and keep a dagger: after the quote's punctuation, in a text whose
    # quotes open with “ and never close with ”
    text = "“Kami siap membantu warga,†kata Budi.\n“Posko buka setiap hari.†ujar Sri."
    assert repaired(text) == "“Kami siap membantu warga,”kata Budi.\n“Posko buka setiap hari.”ujar Sri."
    # a dagger in a text that closes its quotes properly, or not after punctuation, stays
    assert repaired("“Siap,” kata Budi. Catatan kaki†") == "“Siap,” kata Budi. Catatan kaki†"


def test_the_extractor_reads_a_release_as_it_came_through_the_wrong_encoding():
    from melati_archive.nlp.extract import extract

    text = ("BEKASI - Kepala Dinas Sosial Kota Bekasi, Budi Santoso, meninjau posko banjir.\n"
            "â€œKami siap membantu warga,â€\x9d kata Budi.\n")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("Kami siap membantu warga", "Budi Santoso")]


def test_mojibake_whose_lead_byte_a_thai_code_page_showed():
    # UTF-8 read as Windows-1252, its lead byte 0xE2 shown as the Thai letter of a TIS-620 page ("โ")
    text = "KOTA \u0e42\u20ac\u201c Bupati hadir.\n\u0e42\u20ac\u0153Kami siap,\u0e42\u20ac kata Budi."
    assert repaired(text) == "KOTA \u2013 Bupati hadir.\n\u201cKami siap,\u201d kata Budi."
    assert repaired("Harga \u0e42 naik") == "Harga \u0e42 naik"  # a Thai letter alone stays


def test_thai_code_page_mojibake_whose_third_byte_is_shown_in_latin():
    # "…" is E2 80 A6; its third byte shown by Windows-1252 ("¦") where Windows-874 would show "ฆ"
    assert repaired("Ia menunggu \u0e42\u20ac\u00a6 lalu pulang.") == "Ia menunggu \u2026 lalu pulang."
    assert repaired("Ia menunggu \u0e42\u20ac\u0e06 lalu pulang.") == "Ia menunggu \u2026 lalu pulang."


def test_thai_code_page_mojibake_of_a_two_byte_letter():
    # "é" is C3 A9: its lead byte shown as the Thai letter "ร", its second byte as "©"
    assert repaired("Kedai kopi Caf\u0e23\u00a9 Senja dibuka.") == "Kedai kopi Caf\u00e9 Senja dibuka."


def test_real_thai_writing_before_a_quote_mark_stays():
    # "ย" is 0xC2 in Windows-874 and "”" is 0x94: together they decode, to a control character, not a letter
    text = "Ia menulis \u201c\u0e04\u0e19\u0e44\u0e17\u0e22\u201d di papan."
    assert repaired(text) == text
