"""nlp.page on forms read on real pages in session 22 (wild reading): a headline closing on its event's date, a
caption credit with two slashes, writers' codes closing a paragraph, outlets in capitals around the place, a deck
full of names over the credits, widgets and closing labels, a hard-wrapped blog headline, a bulleted post date and
a regency's initials.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

from melati_archive.nlp.abbrevplaces import initials_cased
from melati_archive.nlp.extract import extract
from melati_archive.nlp.furniture import ends_with_photo_credit, furniture_kind
from melati_archive.nlp.page import read_page
from melati_archive.nlp.pagedates import page_date_of

TITLE = "Dinas Perikanan Lawangsari Bagikan Benih Lele untuk Warga"
LEAD = ("Dinas Perikanan Kabupaten Lawangsari membagikan sepuluh ribu benih lele kepada kelompok pembudidaya di "
        "Kecamatan Tegalrejo menjelang akhir tahun.")
QUOTE = "\"Benih kami antar ke kolam warga supaya tidak mati di jalan,\" kata Kepala Dinas Perikanan, Sri Wulandari."


def _page(first: str, *above: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*above, TITLE, "", first + LEAD, QUOTE, *tail]) + "\n"


def test_a_headline_closing_on_its_events_date_is_no_date_line():
    assert page_date_of("Kadis Lawangsari: Bupati Buka Pasar Ikan Baru 12 Februari 2026") is None


def test_a_writers_name_and_the_date_stay_a_date_line():
    assert page_date_of("Redaksi Kabar Lawangsari 12 Februari 2026") == dt.date(2026, 2, 12)


def test_the_headline_closing_on_a_date_is_read_as_the_headline():
    text = ("Kadis Lawangsari: Bupati Buka Pasar Ikan Baru 12 Februari 2026\n\n"
            "LAWANGSARI, KABARKU.COM \u2013 " + LEAD + "\n" + QUOTE + "\n")
    page = read_page(text)
    assert (page.headline, page.date) == ("Kadis Lawangsari: Bupati Buka Pasar Ikan Baru 12 Februari 2026", None)


def test_writers_codes_closing_a_paragraph_are_no_photo_credit():
    assert not ends_with_photo_credit("Petugas berjaga di kolam benih setiap malam. Warga diminta melapor. (wln/sri)")


def test_codes_of_one_word_each_with_several_slashes_are_no_photo_credit():
    assert not ends_with_photo_credit("Tiga kolam rusak diterjang banjir pekan lalu. (Diskan/Tgr/wl)")


def test_an_agency_edition_and_an_office_with_two_slashes_are_a_photo_credit():
    assert ends_with_photo_credit("Bupati menyerahkan benih lele kepada warga. (ANTARA News Jateng/Humas Pemkab "
                                  "Lawangsari/26)")


def test_a_paragraph_closed_by_writers_codes_stays_in_the_story():
    page = read_page(_page("LAWANGSARI \u2013 ", tail=("Sisa benih dititipkan di balai desa. Warga boleh mengambilnya "
                                                         "kapan saja. (wln/sri)",)))
    assert "dititipkan di balai desa" in page.body


def test_a_caption_set_twice_the_second_time_with_its_credit_leaves_no_copy():
    caption = "Kepala Dinas Perikanan Sri Wulandari membagikan benih lele di Tegalrejo, Senin 9 Februari 2026."
    page = read_page(_page("Kabarku - ", "- 9 Februari 2026, 10:15 WIB", caption,
                           caption + " /Prokompim Setda Lawangsari.")
                     .replace(TITLE + "\n", "", 1).replace("- 9 Februari", TITLE + "\n- 9 Februari", 1))
    assert page.headline == TITLE
    assert "Prokompim" not in page.body and "di Tegalrejo, Senin" not in page.body


def test_an_outlet_in_capitals_then_a_known_place():
    assert read_page(_page("SUARANEWS, Magelang \u2013 ")).location == "Magelang"


def test_an_outlets_initials_then_a_known_place_with_a_glued_dash():
    assert read_page(_page("RKL, Magelang\u2013 ")).location == "Magelang"


def test_a_known_place_in_capitals_before_a_village_stays_unread_by_the_outlet_rule():
    # the first word is a place the gazetteer knows: no outlet, the rule stays out of it
    assert read_page(_page("MAGELANG, Banyumas \u2013 ")).location != "Banyumas"


def test_a_hyphenated_outlet_and_its_bar_before_the_dateline():
    assert read_page(_page("KABAR-INDONESIA | MAGELANG \u2014 ")).location == "Magelang"


def test_a_one_word_brand_ending_in_zone_is_no_place():
    assert read_page(_page("LAWANGZONE \u2013 ")).location is None


def test_extract_keeps_the_brand_out_of_the_place_too():
    assert extract(_page("LAWANGZONE \u2013 ")).location is None


def test_a_known_place_and_its_province_letters_with_a_glued_dash():
    assert read_page(_page("Sumbawa NTB\u2013 ")).location == "Sumbawa"


def test_an_outlet_named_after_its_province_is_no_place():
    assert read_page(_page("Zona Kaltara \u2013 ")).location is None


def test_a_deck_full_of_names_over_the_editor_credit_is_no_headline():
    text = "\n".join([TITLE, "Benih dari Dinas Perikanan (Diskan) Lawangsari untuk Warga Desa Tegalrejo Kecamatan "
                      "Tegalrejo tiba Senin", "Editor: Bayu Saputra", "",
                      "KABARKU.COM, LAWANGSARI - " + LEAD, QUOTE]) + "\n"
    assert read_page(text).headline == TITLE


def test_a_wordpress_shortcode_is_furniture():
    assert furniture_kind("[responsivevoice_button voice=\u201dIndonesian Female\u201d buttontext=\u201dBaca\u201d]") == "ui"


def test_a_font_size_widget_is_furniture():
    assert furniture_kind("Font: Ukuran: - +") == "ui"


def test_a_lone_page_label_is_furniture():
    assert furniture_kind("Halaman:") == "ui"


def test_scroll_to_resume_content_is_furniture():
    assert furniture_kind("SCROLL TO RESUME CONTENT") == "ad"


def test_a_comment_invitation_is_furniture():
    assert furniture_kind("Ayo tulis komentar cerdas") == "ui"


def test_a_headline_naming_a_doctor_in_capitals_is_one_headline():
    head = "Bupati Lawangsari DR. H. Bambang Wijaya Resmikan Kolam Benih di Tegalrejo"
    text = "\n".join(["Daerah", "", head, "", "LAWANGSARI \u2013 " + LEAD, QUOTE]) + "\n"
    assert read_page(text).headline == head


def test_a_blog_headline_wrapped_after_its_verb_is_joined():
    text = "\n".join(["Senin, 09 Februari 2026", "", "Kelompok Tani Tegalrejo Gotong Royong Memperbaiki",
                      "Saluran Irigasi di Dusun Krajan", "",
                      "Kelompok tani Tegalrejo bergotong royong memperbaiki saluran irigasi sepanjang 200 meter di "
                      "Dusun Krajan karena saluran lama jebol diterjang banjir.", QUOTE]) + "\n"
    page = read_page(text)
    assert page.headline == "Kelompok Tani Tegalrejo Gotong Royong Memperbaiki Saluran Irigasi di Dusun Krajan"
    assert page.date == dt.date(2026, 2, 9)


def test_a_title_case_line_with_a_verb_of_its_own_is_not_joined_to_the_one_above():
    text = "\n".join(["Senin, 09 Februari 2026", "", "Harga Benih Lele di Lawangsari Meningkat",
                      "Pembudidaya Minta Bantuan Dinas", "",
                      "Harga benih lele di Lawangsari naik dua kali lipat dalam sebulan terakhir sehingga pembudidaya "
                      "kecil kesulitan membeli benih.", QUOTE]) + "\n"
    assert read_page(text).headline != "Harga Benih Lele di Lawangsari Meningkat Pembudidaya Minta Bantuan Dinas"


def test_a_bulleted_post_date_is_the_pages_date():
    page = read_page(_page("Lawangsari - ", "Perikanan", "", "  \u2022   Bayu Saputra", "  \u2022   9 Februari 2026",
                           "  \u2022   Perikanan", "").replace(TITLE + "\n", "", 1)
                     .replace("Perikanan\n\n", "Perikanan\n\n" + TITLE + "\n", 1))
    assert page.date == dt.date(2026, 2, 9)


def test_a_bulleted_photo_file_name_gives_no_date():
    page = read_page(_page("LAWANGSARI (9 Februari 2026) - ", "  \u2022 WhatsApp Image 2026-02-10 at 08.07.19"))
    assert page.date == dt.date(2026, 2, 9)


def test_a_regencys_initials_keep_their_capitals():
    assert initials_cased("Klt", "Kabupaten Lawangsari Tengah (KLT) membagikan benih.") == "KLT"


def test_a_towns_short_name_keeps_its_case():
    assert initials_cased("Pati", "Warga Pati menerima benih dari dinas.") == "Pati"


def test_a_list_label_over_dashed_headlines_is_no_dateline():
    text = "\n".join([TITLE, "Berita Populer", "- Pasar Ikan Lawangsari Buka Sampai Malam",
                      "- Kolam Benih Baru Dibangun di Tegalrejo", "Kabarku - " + LEAD, QUOTE]) + "\n"
    assert "Berita Populer" not in read_page(text).body


def test_an_agency_caption_longer_than_a_paragraph_is_a_caption():
    caption = ("Benih Untuk Warga. Petugas menghitung benih lele di kolam pembenihan Dinas Perikanan Lawangsari, Senin "
               "(9/2/2026). Dinas Perikanan menargetkan penyaluran benih lele, pakan, dan terpal kolam kepada seluruh "
               "kelompok pembudidaya di tiga kecamatan dalam dua pekan ke depan melalui penyuluh lapangan dan "
               "aparat desa setempat. (ANTARA FOTO/Bayu Saputra) ()")
    text = "\n".join([TITLE, caption, "Lawangsari (ANTARA) - " + LEAD, QUOTE]) + "\n"
    page = read_page(text)
    assert "ANTARA FOTO" not in page.body and page.location == "Lawangsari"


def test_a_pull_quotes_end_over_the_story_is_no_headline():
    head = "Dinas Perikanan Lawangsari bagikan benih lele"
    text = "\n".join([head, head, "Kami juga menyiapkan pakan untuk bulan pertama bagi setiap kelompok.\"",
                      "Lawangsari (ANTARA) - " + LEAD, QUOTE]) + "\n"
    assert read_page(text).headline == head


def test_a_dateline_with_its_source_glued_by_three_hyphens_leaves_the_office_whole():
    text = ("Lawangsari (Humas)---Kepala Dinas Perikanan Lawangsari, Sri Wulandari, membagikan benih lele.\n"
            "\"Rawat benihnya baik-baik,\" katanya.\n")
    page = read_page(text)
    assert page.location == "Lawangsari"
    assert [q.speaker for q in extract(text).quotes] == ["Sri Wulandari"]
