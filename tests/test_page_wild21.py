"""nlp.page on forms read on real pages in session 21 (wild reading): an outlet whose last word is its address
("NAMA SITUS.ID, KOTA –"), a dash between the place and its date in parentheses, a web address with its city in
parentheses, a brand word or an outlet ending on a news word before the dash, a CMS's error notice over the page.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

from melati_archive.nlp.furniture import furniture_kind
from melati_archive.nlp.page import read_page

TITLE = "Dinas Perikanan Lawangsari Bagikan Benih Lele untuk Warga"
LEAD = ("Dinas Perikanan Kabupaten Lawangsari membagikan sepuluh ribu benih lele kepada kelompok pembudidaya di "
        "Kecamatan Tegalrejo menjelang akhir tahun.")
QUOTE = "\"Benih kami antar ke kolam warga supaya tidak mati di jalan,\" kata Kepala Dinas Perikanan, Sri Wulandari."


def _page(first: str, *above: str) -> str:
    return "\n".join([*above, TITLE, "", first + LEAD, QUOTE]) + "\n"


def test_an_outlet_whose_last_word_is_its_address_is_no_place():
    page = read_page(_page("KABAR PESISIR.ID, KENDARI \u2013 "))
    assert page.location == "Kendari"


def test_an_outlet_whose_last_word_is_its_address_alone_gives_no_place():
    assert read_page(_page("KABAR PESISIR.ID \u2013 ")).location is None


def test_a_dash_between_the_place_and_its_numeric_date():
    page = read_page(_page("Lawangsari\u2014(14/11/2025) "))
    assert (page.location, page.date) == ("Lawangsari", dt.date(2025, 11, 14))
    assert page.body.startswith("Lawangsari\u2014(14/11/2025) Dinas Perikanan")


def test_a_dash_between_the_place_and_a_source_gives_no_date():
    assert read_page(_page("Lawangsari \u2013 (Humas) ")).date is None


def test_a_web_address_then_a_known_city_in_parentheses():
    assert read_page(_page("kabarpesisir.com (Makassar) \u2013 ")).location == "Makassar"


def test_a_web_address_then_a_news_agency_in_parentheses_is_no_place():
    assert read_page(_page("kabarpesisir.com (Antara) \u2013 ")).location is None


def test_a_brand_word_ending_in_ku_before_the_dash_is_no_place():
    assert read_page(_page("Pesisirku \u2013 ")).location is None


def test_a_village_the_page_names_keeps_its_brand_like_ending():
    text = _page("Sumberku \u2013 ").replace("menjelang akhir tahun.", "dan warga Desa Sumberku menjelang akhir tahun.")
    assert read_page(text).location == "Sumberku"


def test_an_outlet_ending_on_a_news_word_before_the_dash_is_no_place():
    assert read_page(_page("Lawangsari Terkini \u2013 ")).location is None
    assert read_page(_page("Pesisir Ekspres \u2013 ")).location is None


def test_a_cms_error_notice_over_a_capitals_headline_is_furniture():
    text = "\n".join(["Error", "  \u2022 The template for this display is not available. Please contact a Site "
                      "administrator.", "", "WARGA TEGALREJO TERIMA SEPULUH RIBU BENIH LELE", "",
                      "Lawangsari\u2014(14/11/2025) " + LEAD, QUOTE]) + "\n"
    page = read_page(text)
    assert page.headline == "WARGA TEGALREJO TERIMA SEPULUH RIBU BENIH LELE"
    assert "template" not in page.body and page.location == "Lawangsari"


def test_a_caption_label_closed_by_a_colon_over_the_dateline_is_no_place():
    page = read_page(_page("TEGALREJO \u2013 ", "PANEN LELE: Warga Tegalrejo memanen lele saat kunjungan Bupati "
                                                "Lawangsari, Senin (3/11). f-dani/kabarpesisir", ""))
    assert page.location == "Tegalrejo" and "PANEN LELE" not in page.body


def test_an_outlet_then_its_section_where_the_place_goes_gives_no_place():
    assert read_page(_page("LAWANGSARI INFORMASI, LOKAL \u2013 ")).location is None
    assert read_page(_page("KABAR PESISIR, REGIONAL \u2013 ")).location is None


def test_a_year_before_the_copyright_sign_is_furniture():
    assert furniture_kind("2025 \u00a9 PT Kabar Pesisir Media") == "ui"


def test_a_footer_row_of_glued_links_is_furniture():
    assert furniture_kind("Tentang KamiPedoman Media SiberKebijakan PrivasiKarir") == "menu"
    assert furniture_kind("Warga memakai aplikasi WhatsApp dan YouTube untuk belajar di rumah.") is None


def test_an_undated_dateline_over_a_story_that_opens_on_a_figure():
    text = _page("TEGALREJO, kabarpesisir.co.id \u2013 ").replace("Dinas Perikanan Kabupaten Lawangsari membagikan "
                                                                  "sepuluh ribu", "12.000 benih lele dibagikan Dinas Perikanan kepada")
    assert read_page(text).location == "Tegalrejo"


def test_a_title_case_headline_after_a_dash_is_still_no_story():
    page = read_page("Lawangsari - 2025 Tahun Benih Lele Untuk Semua Warga Desa\n\n" + LEAD + "\n" + QUOTE + "\n")
    assert page.location is None
