"""nlp.page on forms read on new real pages in session 19 (wild reading): a picture copied as Markdown, a
breadcrumb's short title, a line under the post's credits, a view counter glued to its category, a headline of
clauses opening with a role, the first paragraph over related links, datelines closed by a bar or naming the
outlet after the place, a blog's post navigation.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

from melati_archive.nlp.dates import parse_dateline
from melati_archive.nlp.furniture import furniture_kind
from melati_archive.nlp.page import read_page

TITLE = "Warga Cibening Bangun Jembatan Gantung Secara Swadaya"
LEAD = ("Warga Desa Cibening bersama perangkat desa membangun jembatan gantung sepanjang 40 meter secara swadaya "
        "untuk menghubungkan dua dusun yang terpisah sungai, Sabtu (14/3/2026).")
QUOTE = "\"Anak-anak tidak perlu lagi menyeberang sungai untuk ke sekolah,\" kata Kepala Desa Cibening, Asep Saepudin."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- A picture copied as Markdown -----------------------------------------------------------------

def test_a_markdown_image_line_is_a_caption():
    assert furniture_kind("![](https://situskita.com/wp-content/uploads/2026/03/foto.jpg?fit=1024%2C768)") == "caption"
    assert furniture_kind("![Jembatan gantung]() |") == "caption"


def test_a_sentence_with_an_exclamation_is_no_image():
    assert furniture_kind("![Awas] jembatan ini belum boleh dilewati kendaraan roda empat (sementara).") is None


def test_a_markdown_image_over_the_headline_leaves_headline_date_and_place():
    got = read_page(page("![](https://situskita.com/wp-content/uploads/2026/03/IMG-20260314-WA0007.jpg)", TITLE,
                         "- 14 March 2026", "- 0", "SUKAMEKAR – " + LEAD, QUOTE))
    assert got.headline == TITLE
    assert got.date == dt.date(2026, 3, 14)
    assert got.location == "Sukamekar"
    assert "wp-content" not in got.body


def test_a_caption_in_a_markdown_table_cell_is_no_headline():
    got = read_page(page("![]() |", "Warga memasang tali jembatan di Desa Cibening. (foto/ist) |", LEAD, QUOTE))
    assert got.headline is None
    assert "(foto/ist)" not in got.body
    assert got.body.startswith("Warga Desa Cibening")


# --- Headlines ------------------------------------------------------------------------------------

def test_a_breadcrumbs_short_title_is_no_repeat_of_the_headline():
    got = read_page(page("SITUSKITA.CO", "Warga Cibening Bangun Jembatan", "PERISTIWA", "", TITLE,
                         "CIBENING, SITUSKITA.CO – " + LEAD, QUOTE))
    assert got.headline == TITLE


def test_a_title_case_line_under_the_reporter_credit_is_no_headline():
    got = read_page(page(TITLE, "", "Reporter : Dedi Kurniawan", "Jembatan Gantung di Desa Cibening", "", LEAD, QUOTE))
    assert got.headline == TITLE
    assert "Jembatan Gantung di Desa Cibening" not in got.body


def test_a_subtitle_under_the_date_line_and_credits_is_no_headline():
    got = read_page(page("Bangun Jembatan Gantung", "", "Sabtu 14-03-2026,10:15 WIB", "Reporter : Redaksi",
                         "Editor : Redaksi", "", "Dalam Rangka Hari Jadi Desa Cibening ke- 75", "", "CIBENING - " + LEAD,
                         QUOTE))
    assert got.headline == "Bangun Jembatan Gantung"
    assert got.date == dt.date(2026, 3, 14)


def test_a_headline_alone_over_the_story_stays_without_credits():
    got = read_page(page("Jembatan Gantung di Desa Cibening", "", LEAD, QUOTE))
    assert got.headline == "Jembatan Gantung di Desa Cibening"


def test_a_view_counter_glued_to_its_category_is_furniture():
    assert furniture_kind("TNI Polisi12 Dilihat") == "ui"
    assert furniture_kind("Peristiwa Daerah27 Dilihat") == "ui"
    got = read_page(page(TITLE, "", "Peristiwa Daerah27 Dilihat", "", "SUKAMEKAR – " + LEAD, QUOTE))
    assert got.headline == TITLE


def test_a_headline_of_clauses_opening_with_a_role_is_no_person_caption():
    line = "Camat Datang ke Cibening, Jembatan Diresmikan, Warga Masih Menunggu"
    assert furniture_kind(line) is None
    assert furniture_kind("Kepala Dinas Sosial Sukamekar, Rina Marlina") == "caption"
    assert furniture_kind("Kepala Dinas Sosial Sukamekar, Rina Marlina, M.Si") == "caption"


# --- The story's first paragraph ------------------------------------------------------------------

def test_the_first_paragraph_over_a_block_of_related_links_opens_the_story():
    first = ("Pemerintah Desa (Pemdes) Cibening Kecamatan Cikembar Kabupaten Sukamekar meresmikan Jembatan Gantung "
             "Cibening (JGC) hasil swadaya warga Dusun Cijambe dan Dusun Cikupa tahun 2026.")
    got = read_page(page(first, "- Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar",
                         "- Harga Beras di Pasar Cibening Mulai Turun", "Baca Juga",
                         "\"Jembatan ini kami bangun dari iuran warga selama tiga bulan,\" ungkap Asep Saepudin, Kepala "
                         "Desa Cibening, usai peresmian, Sabtu (14/3).",
                         "Warga berharap pemerintah kabupaten membantu perawatan jembatan tersebut."))
    assert got.body.startswith("Pemerintah Desa (Pemdes) Cibening")
    assert "Harga Beras" not in got.body


def test_a_headline_over_related_links_does_not_open_the_story():
    got = read_page(page(TITLE, "- Harga Beras di Pasar Cibening Mulai Turun", "Baca Juga", LEAD, QUOTE))
    assert got.headline == TITLE
    assert got.body.startswith("Warga Desa Cibening")


# --- Datelines ------------------------------------------------------------------------------------

def test_a_place_and_the_outlets_address_closed_by_a_bar():
    assert parse_dateline("CIBENING, Situs-kita.co.id | " + LEAD).location == "Cibening"


def test_a_title_case_place_closed_by_a_bar_the_text_knows():
    text = ("Batu Hijau | Warga Kecamatan Cikembar Kabupaten Batu Hijau menggelar kerja bakti membersihkan saluran air, "
            "Sabtu (14/3/2026).")
    assert parse_dateline(text).location == "Batu Hijau"


def test_a_title_case_menu_closed_by_a_bar_is_no_place():
    assert parse_dateline("Berita Daerah | Warga Cibening menggelar kerja bakti.") is None


def test_a_place_then_an_outlet_named_by_a_news_word():
    assert parse_dateline("Sukabumi, Jurnal Priangan – " + LEAD).location == "Sukabumi"


# --- Furniture under the story --------------------------------------------------------------------

def test_a_blogs_post_navigation_closes_the_story():
    got = read_page(page(TITLE, "SUKAMEKAR – " + LEAD, QUOTE, "◄ Newer Post Older Post ►"))
    assert "Newer Post" not in got.body


def test_exit_mobile_version_and_a_bare_related_label_leave_the_story():
    got = read_page(page(TITLE, "SUKAMEKAR – " + LEAD, QUOTE, "Exit mobile version", "terkait",
                         "Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar", "redaksi"))
    assert "Exit mobile" not in got.body
    assert "Tinjau Lokasi Banjir" not in got.body
    assert got.body.rstrip().endswith("Asep Saepudin.")


# --- Session 19, round 3 ----------------------------------------------------------------------------

def test_a_headline_naming_two_villages_with_a_dash_keeps_the_second():
    got = read_page(page("Bupati Resmikan Jembatan Penghubung Desa Cibening - Cikupa", "Kamis, 12 Maret 2026 - 10.15 WIB",
                         "Situskita.co, Sukamekar - Bupati Sukamekar meresmikan jembatan penghubung Desa Cibening dengan "
                         "Desa Cikupa, Kecamatan Cikembar, Kamis (12/3/2026).", QUOTE))
    assert got.headline == "Bupati Resmikan Jembatan Penghubung Desa Cibening - Cikupa"


def test_the_sites_name_after_a_dash_still_leaves_the_headline():
    got = read_page(page("Bupati Resmikan Jembatan Penghubung Desa Cibening - Situskita", "Kamis, 12 Maret 2026",
                         "Situskita, Sukamekar - Bupati Sukamekar meresmikan jembatan penghubung Desa Cibening, "
                         "Kecamatan Cikembar, Kamis (12/3/2026).", QUOTE))
    assert got.headline == "Bupati Resmikan Jembatan Penghubung Desa Cibening"


def test_an_avatars_alt_text_leaves_the_credit():
    from melati_archive.nlp.credits import credit_of
    assert credit_of("Editor: Rina Marlina author photo") == {"editor": "Rina Marlina"}


def test_a_title_case_place_with_a_doubled_dash():
    got = read_page(page(TITLE, "", "Cikembar – — " + LEAD, QUOTE))
    assert got.location == "Cikembar"


def test_a_lower_case_related_label_under_a_sign_off_is_not_joined_to_the_story():
    got = read_page(page(TITLE, "SUKAMEKAR – " + LEAD, QUOTE + " (rin)", "", "terkait", "",
                         "Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar", "", "redaksi", "",
                         "Harga Beras di Pasar Cibening Turun"))
    assert got.body.rstrip().endswith("(rin)")
    assert "terkait" not in got.body
    assert "Harga Beras" not in got.body
