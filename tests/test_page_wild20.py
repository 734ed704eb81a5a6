"""nlp.page on forms read on real pages in session 20 (wild reading): a dated photo caption and a writer's name
where the headline goes, an outlet named after the country in the dateline, the page's headline and date line
again under the story, a promotion's "di sini" link, UTF-8 read through the Thai code page.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

from melati_archive.nlp.dates import parse_dateline
from melati_archive.nlp.extract import extract
from melati_archive.nlp.furniture import furniture_kind
from melati_archive.nlp.headline import dated_caption
from melati_archive.nlp.page import read_page
from melati_archive.nlp.textrepair import repaired

TITLE = "Puskesmas Cikupa Buka Layanan Malam untuk Ibu Hamil"
LEAD = ("Puskesmas Cikupa di Kecamatan Cibening membuka layanan pemeriksaan malam bagi ibu hamil mulai Senin "
        "(2/3/2026) agar pekerja pabrik tidak perlu izin kerja.")
QUOTE = "\"Banyak ibu hamil yang bekerja sampai sore, jadi kami buka sampai pukul sembilan malam,\" kata bidan Lestari Wulandari."
MORE = "Layanan malam dibuka tiga hari dalam sepekan dan tidak dipungut biaya."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- A photo caption with a weekday and a date in figures -------------------------------------------------

def test_a_line_closed_by_weekday_and_date_in_figures_is_a_dated_caption():
    assert dated_caption("Kepala Puskesmas Cikupa dr Hendra Saputra, M.Kes, Senin (2/3/2026)")
    assert dated_caption("Bidan memeriksa kandungan warga, Senin (2/3).")


def test_a_headline_with_a_written_date_is_no_dated_caption():
    assert not dated_caption("Layanan Malam Puskesmas Cikupa Dibuka Senin 2 Maret 2026")


def test_a_dated_caption_over_the_story_is_no_headline():
    got = read_page(page("Cibening", "Rudi | Senin 02 Mar 2026 20:10 WIB | 315",
                         "Kepala Puskesmas Cikupa dr Hendra Saputra, M.Kes, Senin (2/3/2026)", LEAD, QUOTE))
    assert got.headline is None
    assert got.date == dt.date(2026, 3, 2)


def test_a_one_word_place_over_a_writer_and_bar_is_no_dateline_place():
    # "Cibening" / "Rudi | Senin ...": read across the line break, "Cibening Rudi |" would be a bar dateline
    text = page("Cibening", "Rudi | Senin 02 Mar 2026 20:10 WIB | 315", "Layanan dibuka di Kecamatan Cibening.", LEAD)
    assert extract(text).location is None


# --- A writer's name between the headline and a credited caption ------------------------------------------

def test_a_writers_name_over_a_credited_caption_is_no_headline():
    got = read_page(page(TITLE, "", "Andika Pratama Nugraha",
                         "Bidan memeriksa kandungan warga di Puskesmas Cikupa. (Foto: Humas Dinkes)", "",
                         "CIBENING, Situskita.id - " + LEAD, QUOTE))
    assert got.headline == TITLE


def test_a_photo_title_that_is_no_name_keeps_its_own_reading():
    # a short Title Case line over a credited caption and no headline above it: nothing to prefer
    got = read_page(page("Andika Pratama Nugraha", "Bidan memeriksa kandungan warga. (Foto: Humas Dinkes)", "",
                         "CIBENING - " + LEAD, QUOTE))
    assert got.headline != TITLE


# --- An outlet named after the country in the dateline ---------------------------------------------------

def test_an_outlet_ending_on_indonesia_is_no_place():
    assert read_page(page(TITLE, "SINAR INDONESIA: " + LEAD, QUOTE)).location is None
    found = parse_dateline("SINAR INDONESIA - " + LEAD)
    assert found is None or found.location is None


def test_a_place_in_capitals_stays_a_place():
    assert read_page(page(TITLE, "CIBENING - " + LEAD, QUOTE)).location == "Cibening"


# --- The page's headline and date line repeated under the story -------------------------------------------

def test_the_headline_and_date_line_again_under_the_story_leave_the_body():
    got = read_page(page("Cibening (ANTARA) - " + LEAD, QUOTE, MORE,
                         "Puskesmas Cikupa buka layanan malam untuk ibu hamil", "Senin, 2 Maret 2026 21:05 WIB"))
    assert "buka layanan malam untuk" not in got.body
    assert MORE in got.body
    assert got.date == dt.date(2026, 3, 2)


def test_a_schedule_heading_over_a_later_date_stays_in_the_body():
    got = read_page(page("Senin, 2 Maret 2026", "CIBENING - " + LEAD, QUOTE, "Pemeriksaan gratis tahap kedua",
                         "Senin, 16 Maret 2026"))
    assert "tahap kedua" in got.body


# --- A promotion's title over its "di sini" link ----------------------------------------------------------

def test_a_read_it_here_line_is_a_link():
    assert furniture_kind("Baca kisah para bidan desa teladan di sini") == "link"
    assert furniture_kind("Simak selengkapnya disini »") == "link"


def test_a_sentence_ending_here_is_story():
    assert furniture_kind("Lihat saja antrean ibu hamil di sini.") is None


def test_a_promotions_title_over_its_link_leaves_the_body():
    got = read_page(page(TITLE, "CIBENING - " + LEAD, QUOTE, MORE, "Bidan Desa Teladan 2026",
                         "Baca kisah para bidan desa teladan di sini"))
    assert "Bidan Desa Teladan" not in got.body
    assert MORE in got.body


# --- UTF-8 read through the Thai code page ----------------------------------------------------------------

def test_thai_code_page_dashes_and_quotes_are_repaired():
    assert repaired("CIBENING \u0e42\u20ac\u201c Puskesmas") == "CIBENING \u2013 Puskesmas"
    assert repaired("\u0e42\u20ac\u0153Kami buka,\u0e42\u20ac kata bidan.") == "\u201cKami buka,\u201d kata bidan."


def test_thai_text_without_the_euro_sign_is_untouched():
    thai = "\u0e42\u0e23\u0e07\u0e40\u0e23\u0e35\u0e22\u0e19"
    assert repaired(thai) is thai


def test_a_thai_code_page_dateline_gives_its_place():
    got = read_page(page(TITLE, "", "CIBENING \u0e42\u20ac\u201c " + LEAD, QUOTE))
    assert got.location == "Cibening"


# --- A Title Case dateline on a paragraph dense with offices, over a pull quote ----------------------------

DENSE = ("Cibening - Dinas Kesehatan (Dinkes) Kabupaten Sukamekar dan Unit Pelaksana Teknis (UPT) Puskesmas Cikupa "
         "membuka Layanan Malam Ibu Hamil (LMIH) pada bulan Maret, April, hingga Mei tahun 2026.")


def test_a_title_case_dateline_paragraph_over_a_pull_quote_opens_the_story():
    got = read_page(page(DENSE, "Kami ingin ibu hamil tidak lagi izin kerja", MORE + " " + MORE,
                         "\"Kami ingin ibu hamil tidak lagi izin kerja hanya untuk periksa,\" kata bidan Lestari Wulandari."))
    assert got.body.startswith("Cibening - Dinas Kesehatan")
    assert got.location == "Cibening"


def test_a_headline_with_a_place_and_a_dash_does_not_open_the_story():
    got = read_page(page("Cibening - Cikupa Kini Punya Layanan Malam", "", "CIBENING - " + LEAD, QUOTE))
    assert got.body.startswith("CIBENING - Puskesmas")


# --- Outlets named with a medium's word, a date field glued to the headline -------------------------------

def test_an_outlet_ending_on_media_is_no_place_and_the_place_after_it_is():
    got = read_page(page(TITLE, "SINARTA MEDIA, CIBENING – " + LEAD, QUOTE))
    assert got.location == "Cibening"


def test_a_date_field_glued_before_the_headline_is_the_pages_date():
    got = read_page(page(" date 2026-03-02 " + TITLE, "", "CIBENING - " + LEAD, QUOTE))
    assert got.headline == TITLE
    assert got.date == dt.date(2026, 3, 2)


def test_a_story_opening_on_the_word_date_is_untouched():
    got = read_page(page("date 2026-03-02 menjadi hari pertama layanan malam di Puskesmas Cikupa, kata bidan.", QUOTE))
    assert got.date is None


# --- The blocks under the story ------------------------------------------------------------------------------

def test_a_blog_comment_box_with_a_colon_is_the_tail():
    got = read_page(page("CIBENING - " + LEAD, QUOTE, "0 comments:", "Speak up your mind", "Tell us what you're thinking... !"))
    assert "comments" not in got.body and "Speak up" not in got.body


def test_an_embedded_players_placeholder_is_furniture():
    assert furniture_kind("[Gambas:Video 20situs]") == "ui"
    assert furniture_kind("[Video] Bidan desa menyusuri sungai untuk sampai ke posyandu.") is None


def test_a_bare_source_label_is_furniture():
    assert furniture_kind("Sumber") == "ui"


def test_the_writers_name_over_an_author_box_leaves_the_body():
    got = read_page(page(TITLE, "CIBENING - " + LEAD, QUOTE, MORE, "Dewi Anggraini", "About Author", "You may also like",
                         "Bupati Sukamekar Tinjau Posyandu Cikupa"))
    assert "Dewi Anggraini" not in got.body and "Tinjau Posyandu" not in got.body
    assert MORE in got.body


# --- Short capitals where the dateline's place goes -----------------------------------------------------------

def test_initials_backed_by_nothing_in_the_text_are_no_place():
    got = read_page(page(TITLE, "SKN — Puskesmas Cikupa membuka layanan malam bagi ibu hamil yang bekerja di pabrik.",
                         QUOTE))
    assert got.location is None


def test_initials_of_a_regency_the_text_names_are_a_place():
    got = read_page(page(TITLE, "KSB — Puskesmas Cikupa di Kabupaten Sukamekar Barat membuka layanan malam bagi ibu "
                                "hamil.", QUOTE))
    assert got.location == "KSB"  # the capitals kept (session 22)


def test_initials_the_text_writes_again_are_a_place():
    got = read_page(page(TITLE, "OKS — Puskesmas Cikupa membuka layanan malam bagi ibu hamil di wilayah OKS.", QUOTE))
    assert got.location == "Oks"


def test_a_short_town_name_with_two_vowels_needs_no_backing():
    got = read_page(page(TITLE, "LAPU — Puskesmas Cikupa membuka layanan malam bagi ibu hamil yang bekerja di pabrik.",
                         QUOTE))
    assert got.location == "Lapu"


def test_a_blogs_english_comment_box_is_the_tail():
    got = read_page(page("CIBENING - " + LEAD, QUOTE, MORE, "No comments:", "Post a Comment"))
    assert "comment" not in got.body.lower()
    assert MORE in got.body


def test_a_story_line_naming_comments_stays():
    got = read_page(page("CIBENING - " + LEAD, QUOTE, "Warga juga memberi komentar soal antrean di puskesmas.", MORE))
    assert "memberi komentar" in got.body


def test_a_comma_between_the_source_in_parentheses_and_the_dash_keeps_the_place():
    assert parse_dateline("Cibening, (Situskita.Com),- Puskesmas Cikupa membuka layanan malam.").location == "Cibening"


def test_empty_labels_with_a_view_counter_are_furniture():
    assert furniture_kind("Terbit: oleh -34 Dilihat") == "ui"


def test_a_date_line_with_its_writer_and_counter_stays_a_date_line():
    assert furniture_kind("Terbit: 2 Maret 2026 oleh Admin 34 Dilihat") is None


# --- Lines under the headline that are no headline ------------------------------------------------------------

def test_a_year_less_date_stamp_between_bars_is_no_headline():
    from melati_archive.nlp.headline import date_fragment

    assert date_fragment("| 2 Maret WIB |")
    assert date_fragment("2 Maret 2026, 21.05 WIB")
    assert not date_fragment("2 Bidan Desa Raih Penghargaan")


def test_a_headline_over_a_year_less_date_stamp_is_the_headline():
    got = read_page(page(TITLE, "", "| 2 Maret WIB |", "", "Bidan memeriksa kandungan warga.", "",
                         "CIBENING - " + LEAD, QUOTE))
    assert got.headline == TITLE


def test_a_month_only_date_field_leaves_no_date_and_no_headline():
    got = read_page(page(" date 2026-03 Iklan", "", "SITUSKU.COM, Cibening - " + LEAD, QUOTE))
    assert got.headline is None and got.date is None


def test_a_caption_sentence_opening_on_foto_is_no_headline():
    from melati_archive.nlp.headline import caption_sentence

    assert caption_sentence("Foto bersama dengan Kepala Puskesmas Cikupa")
    assert not caption_sentence("Foto Bersama Jadi Penutup Lomba Posyandu Cikupa")


# --- Round 7: site name left empty, photographer's credit, correspondent label, brand on VOICE -------------------

def test_an_empty_site_name_after_a_bar_leaves_the_headline():
    from melati_archive.nlp.headline import clean_headline

    assert clean_headline(TITLE + " | # |") == TITLE
    assert clean_headline("Cibening | Cikupa") == "Cibening | Cikupa"


def test_a_caption_closed_by_its_photographers_name_is_no_headline():
    got = read_page(page(TITLE, "", "Kepala Puskesmas Cikupa, Hendra Saputra. (Rina)", "", "CIBENING – " + LEAD, QUOTE))
    assert got.headline == TITLE


def test_a_correspondent_label_makes_the_name_below_the_writer():
    got = read_page(page(TITLE, "", "Koresponden:", "Dewi Anggraini Putri", "Senin, 2 Maret 2026 12:15", "",
                         "CIBENING - " + LEAD, QUOTE))
    assert got.headline == TITLE
    assert got.credits.get("author") == "Dewi Anggraini Putri"


def test_a_header_today_over_the_headline_gives_way_to_the_posts_timed_date():
    got = read_page(page("Minggu, 8 Maret 2026", "", TITLE, "", "Oleh Dewi Anggraini", "Senin, 2 Maret 2026 12:15", "",
                         "CIBENING - " + LEAD, QUOTE))
    assert got.date == dt.date(2026, 3, 2)


def test_a_one_word_brand_ending_on_voice_is_no_place():
    assert read_page(page(TITLE, "CIBENINGVOICE – " + LEAD, QUOTE)).location is None


# --- Round 8: a caption set as a dateline over the story's own ------------------------------------------------

def test_a_caption_label_with_saat_over_the_dateline_is_a_caption():
    got = read_page(page(TITLE, "LAYANAN MALAM - Bidan Lestari Wulandari, saat memeriksa kandungan warga, Senin (2/3/2026).",
                         "SITUSKU.COM, CIBENING - " + LEAD, QUOTE))
    assert got.location == "Cibening"
    assert "LAYANAN MALAM" not in got.body


def test_a_caption_label_closed_by_a_photographers_credit_is_a_caption():
    got = read_page(page(TITLE, "PERIKSA - Bidan memeriksa kandungan warga.-RINA MARLINA/SITUS KITA -",
                         "CIBENING, SITUSKU - " + LEAD, QUOTE))
    assert got.location == "Cibening"
    assert "PERIKSA" not in got.body


def test_a_dateline_story_line_with_saat_and_no_dateline_below_stays_the_story():
    got = read_page(page(TITLE, "CIBENING - Bidan Lestari Wulandari saat memeriksa warga mengatakan layanan malam dibuka.",
                         QUOTE))
    assert got.location == "Cibening"
    assert got.body.startswith("CIBENING - Bidan")


def test_a_regional_edition_brand_is_no_place_and_the_place_after_it_is():
    assert read_page(page(TITLE, "SITUSKUJATIM, CIBENING - " + LEAD, QUOTE)).location == "Cibening"


def test_another_items_headline_under_the_sign_off_leaves_the_body():
    got = read_page(page(TITLE, "CIBENING - " + LEAD, QUOTE + "(*)", "Ini Alasan Warga Cikupa Tolak Pasar Dipindah!"))
    assert "Tolak Pasar" not in got.body
    assert "Lestari Wulandari" in got.body


def test_a_title_case_line_without_a_sign_off_above_stays():
    got = read_page(page("CIBENING - " + LEAD, QUOTE, "Layanan Malam Dibuka Tiga Hari Sepekan"))
    assert "Tiga Hari Sepekan" in got.body
