"""nlp.page: a saved page's headline, its own date, byline and credits, and the story without furniture.

Every page here is written for the test, in the forms Indonesian government and news pages take.
"""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.nlp.credits import credit_of
from melati_archive.nlp.furniture import clean_story, furniture_kind, is_caption
from melati_archive.nlp.page import page_date_of, read_page

LEAD = ("Pemerintah Kabupaten Sukamekar melalui Dinas Sosial menyalurkan bantuan paket sembako kepada 120 keluarga "
        "terdampak angin puting beliung di Kecamatan Cibening pada pekan ini.")
QUOTE = "“Bantuan ini kami antar langsung agar warga tidak perlu antre di kantor dinas,” kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat."
MORE = "Selain sembako, petugas juga membagikan terpal dan selimut untuk keluarga yang atapnya rusak."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- Headline ---------------------------------------------------------------------------------

def test_headline_below_menus_ads_and_breadcrumbs_not_the_first_line():
    text = page(
        "Iklan Layanan Masyarakat", "Menu", "Mode Gelap", "Beranda / Berita / Daerah",
        "• POLITIK", "• EKONOMI", "• OLAHRAGA",
        "Dinsos Sukamekar Salurkan Sembako untuk Korban Puting Beliung",
        "Senin, 3 Maret 2024 09:15 WIB",
        f"SUKAMEKAR – {LEAD}", QUOTE, MORE,
    )
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Puting Beliung"
    assert p.date == dt.date(2024, 3, 3) and p.date_from == "date line"
    assert p.body.split("\n")[0].startswith("SUKAMEKAR – Pemerintah Kabupaten")
    for furniture in ("Iklan", "Menu", "Mode Gelap", "Beranda", "POLITIK", "Senin, 3 Maret"):
        assert furniture not in p.body


def test_headline_repeated_as_image_title_wins_over_a_summary_line_and_the_zoom_button_is_not_kept():
    text = page(
        "Balai Kenanga Latih 40 Pendamping Lansia di Bekasi",
        "Balai Kenanga Latih 40 Pendamping Lansia di Bekasi Perbesar",
        "Penulis :", "Dewi Lestari",
        "Pelatihan ini menyiapkan pendamping yang akan bertugas di rumah warga lansia, agar layanan tetap berjalan",
        f"BEKASI (12 Juni 2023) - {LEAD}", MORE,
    )
    p = read_page(text)
    assert p.headline == "Balai Kenanga Latih 40 Pendamping Lansia di Bekasi"
    assert p.date == dt.date(2023, 6, 12) and p.date_from == "dateline"
    assert p.location == "Bekasi"
    assert p.credits == {"author": "Dewi Lestari"}


def test_sentence_case_headline_right_above_the_dateline():
    text = page("Banjir rendam tiga desa, warga mengungsi ke balai desa",
                f"Cibening (ANTARA) - {LEAD}", QUOTE)
    assert read_page(text).headline == "Banjir rendam tiga desa, warga mengungsi ke balai desa"


def test_pull_quote_above_the_story_is_not_a_headline():
    pull = "Kami ingin setiap keluarga merasa didampingi sampai rumahnya pulih"
    text = page(pull, f"Cibening (ANTARA) - {LEAD}", f"\"{pull},\" kata Rahmat.", MORE)
    assert read_page(text).headline is None


@pytest.mark.parametrize("head", [
    "Kepala Dinas Sosial Kabupaten Sukamekar, Rahmat",                       # role, name: a portrait caption
    "Warga menerima paket sembako dari petugas dinas. (Foto/Humas Sukamekar)",  # caption with photo credit
    "Program Sembako Murah menyerap hampir separuh anggaran dinas.",         # a teaser sentence
    "Tags: sembako, bencana, Sukamekar",
])
def test_captions_teasers_and_tags_above_the_story_are_not_headlines(head):
    assert read_page(page(head, f"SUKAMEKAR - {LEAD}", MORE)).headline is None


def test_caption_broken_over_two_lines_is_not_the_headline():
    text = page(
        "Breaking News",
        "Dinsos Sukamekar Bagikan Terpal kepada Korban Angin Kencang.",
        "Kepala Dinas Sosial Sukamekar Rahmat",
        "Hidayat saat menyerahkan terpal kepada kepala desa Cibening untuk warga yang rumahnya rusak",
        f"Sukamekar, (situsberita com) - {LEAD}", MORE,
    )
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Bagikan Terpal kepada Korban Angin Kencang."
    assert p.body.startswith("Sukamekar, (situsberita com) - Pemerintah")


def test_verbless_caption_in_full_title_case_under_the_date_line_is_not_the_headline():
    text = page("Dinsos Bagikan Terpal untuk Korban Angin Kencang", "Rabu, 9 Desember 2026 10:15 WIB",
                "Pembagian Terpal Kepada Warga Di Desa Cibening", f"SUKAMEKAR - {LEAD}", MORE)
    assert read_page(text).headline == "Dinsos Bagikan Terpal untuk Korban Angin Kencang"


def test_verbless_headline_under_a_tagline_and_a_header_clock_stays_the_headline():
    text = page("Cibening Bersih Cibening Sehat", "Rabu, 9 Desember 2026",
                "Pembagian Terpal Kepada Warga Di Desa Cibening", f"SUKAMEKAR - {LEAD}", MORE)
    assert read_page(text).headline == "Pembagian Terpal Kepada Warga Di Desa Cibening"


def test_site_tagline_above_the_headline_and_the_header_clock_beside_the_weather():
    text = page("31.2 C", "Sukamekar", "Rabu, Januari 8, 2025", "Portal Berita Warga",
                "Penjaga Kabar Dari Desa Ke Desa", "Diskominfo Sukamekar Terima Kunjungan Pelajar",
                f"Situsku.id, Sukamekar – {LEAD}", MORE)
    p = read_page(text)
    assert p.headline == "Diskominfo Sukamekar Terima Kunjungan Pelajar"
    assert p.date is None  # the header's clock is today's date, not the page's


def test_short_release_with_a_two_word_headline():
    p = read_page("Rapat Koordinasi\nBEKASI (1 Desember 2021) - Rapat membahas layanan lansia.\n")
    assert (p.headline, p.date, p.body) == ("Rapat Koordinasi", dt.date(2021, 12, 1),
                                            "BEKASI (1 Desember 2021) - Rapat membahas layanan lansia.")


def test_page_that_opens_with_its_story_has_no_headline():
    p = read_page(page(f"SITUSKABAR.COM, SUKAMEKAR - {LEAD}", QUOTE, MORE))
    assert p.headline is None and p.body.startswith("SITUSKABAR.COM")


# --- Dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, day", [
    ("Senin, 3 Maret 2024 09:15 WIB", dt.date(2024, 3, 3)),
    ("12 Jan 2022", dt.date(2022, 1, 12)),
    ("- 21 Agustus 2019, 14:02 WIB", dt.date(2019, 8, 21)),
    ("Redaksi Kamis, 05 Oktober 2023 10:20", dt.date(2023, 10, 5)),
    ("Juni 14, 2022", dt.date(2022, 6, 14)),
    ("Tuesday, March 5, 2024", dt.date(2024, 3, 5)),
    ("Berita · 9 Jul 2021 07:30 WIB ·", dt.date(2021, 7, 9)),
    ("Situsku.co, 04-Feb-2020", dt.date(2020, 2, 4)),
    ("17/08/2022, 8/17/2022", dt.date(2022, 8, 17)),
    ("Oleh HUMAS KAB SUKAMEKAR, Jumat, 2 Juni 2023 | 16:10 WIB - Redaktur: Sari - 118", dt.date(2023, 6, 2)),
    ("Sukamekar, 30 November 2021", dt.date(2021, 11, 30)),
    ("Diposting pada 1 Mei 2020", dt.date(2020, 5, 1)),
    # session 12: the updated date written first, the published one after it
    ("Diperbarui Selasa, 5 Maret 2024 | Terbit Senin, 4 Maret 2024", dt.date(2024, 3, 4)),
    ("Updated: March 5, 2024 | Published: March 4, 2024", dt.date(2024, 3, 4)),
    ("Dipublikasikan: 4 Maret 2024 | Diperbarui: 6 Maret 2024", dt.date(2024, 3, 4)),
])
def test_date_lines_in_the_forms_pages_write_them(line, day):
    assert page_date_of(line) == day


@pytest.mark.parametrize("line", [
    "Bupati meninjau lokasi banjir pada Senin, 3 Maret 2024 bersama camat dan kepala desa setempat.",
    "Kamis (22/9/2016) pagi.",
    "Waktu: Sabtu, 9 Maret 2024 pukul 08.00 WIB",
    "Mei 2020",
    "Batas akhir pendaftaran 10 Maret 2024",  # what happens on a day, in a phrase of lower-case words
    "Pendaftaran dibuka 1 Maret 2024",
    "Pengumuman peserta lolos 15 Maret 2024",
])
def test_event_dates_and_sentences_are_not_date_lines(line):
    assert page_date_of(line) is None


def test_event_date_in_the_story_is_not_the_publication_date():
    text = page("Bupati Tinjau Dapur Umum Korban Banjir",
                "SITUSKABAR.COM - Bupati Sukamekar meninjau dapur umum, Selasa 2 Mei 2023, dan memastikan bahan "
                "makanan cukup untuk seminggu ke depan bagi seluruh pengungsi di balai desa.", MORE)
    p = read_page(text)
    assert p.headline == "Bupati Tinjau Dapur Umum Korban Banjir"
    assert p.date is None and p.date_from is None


def test_page_date_line_wins_over_a_dateline_with_another_day():
    text = page("Dinsos Bagikan Sembako", "Rabu, 13 Maret 2024 20:00 WIB", f"SUKAMEKAR (12 Maret 2024) - {LEAD}")
    assert read_page(text).date == dt.date(2024, 3, 13)


def test_date_line_at_the_foot_of_the_page_but_not_the_related_items_dates():
    foot = page("Dinsos Sukamekar Salurkan Sembako", f"SUKAMEKAR - {LEAD}", QUOTE, MORE,
                "Diterbitkan: 14 Februari 2022")
    assert read_page(foot).date == dt.date(2022, 2, 14)
    related = page("Dinsos Sukamekar Salurkan Sembako", f"SUKAMEKAR - {LEAD}", QUOTE, MORE, "Berita Terkait",
                   "Bupati Buka Pasar Murah Ramadan", "3 April 2025 - 10:04 WIB",
                   "Camat Resmikan Posyandu Baru", "28 Maret 2025 - 08:40 WIB")
    p = read_page(related)
    assert p.date is None
    assert "Bupati Buka Pasar Murah" not in p.body


@pytest.mark.parametrize("opening, day, place", [
    ("Bandar Sukamekar (28/7/2021): Gubernur menyerahkan bantuan", dt.date(2021, 7, 28), "Bandar Sukamekar"),
    ("BEKASI\n(7 Oktober 2020) - Balai membuka kelas menjahit", dt.date(2020, 10, 7), "Bekasi"),
    ("SOLO (13\nNovember 2020) — Balai menggelar temu alumni", dt.date(2020, 11, 13), "Solo"),
])
def test_datelines_with_a_colon_or_broken_over_two_lines(opening, day, place):
    p = read_page(page("Judul Rilis Balai Sukamekar", opening + " bagi warga penerima manfaat di kecamatan.", MORE))
    assert (p.date, p.location) == (day, place)


# --- Furniture and credits --------------------------------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("Baca juga: Bupati Resmikan Jembatan Desa", "link"),
    ("BACA JUGA:Camat Tinjau Posyandu", "link"),
    ("Artikel Terkait", "link"),
    ("Bagikan:", "share"),
    ("Facebook Twitter WhatsApp Telegram", "share"),
    ("Tag: sembako, bencana", "tags"),
    ("Foto: Petugas membagikan sembako", "caption"),
    ("Ket [Foto]: Bupati menyerahkan bantuan", "caption"),
    ("Petugas mengangkut beras ke gudang. (Foto/Rani)", "caption"),
    ("Camat Sukamekar Budi Santoso (dua kiri) | Situsku.id/Humas", "caption"),
    ("ADVERTISEMENT", "ad"),
    ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
    ("banner 728x90", "ad"),
    ("Artikel ini telah dibaca 57 kali", "ui"),
    ("Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *", "ui"),
    ("Home / Headline", "menu"),
    ("News Ekbis Olahraga Nasional Daerah Otomotif", "menu"),
    ("https://situsku.id/wp-content/uploads/2024/01/foto.jpg", "ui"),
])
def test_furniture_kinds(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Topik pelatihan ini adalah komunikasi publik.",
    "Bagikan pengalamanmu kepada keluarga, kata Ratna.",
    "Editor video balai, Dimas, ikut mengajar.",
    "Bupati Sukamekar saat meninjau lokasi mengatakan warga akan direlokasi.",
    "Kendati demikian, ketika ditanya soal anggaran, ia belum menjawab",
    "“Kami datang saat warga membutuhkan,” kata Rahmat (kiri).",
])
def test_story_lines_that_only_look_like_furniture_stay(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line, kind", [
    ("  ---  Beranda  ---  ", "ui"),  # interface words between dashes and odd spaces
    ("*** Tidak   Ada Komentar : ***", "ui"),
    ("Facebook  |  WhatsApp  |  Salin Tautan", "share"),
    ("Kepala  Dinas Sosial   Kabupaten Sukamekar,  Budi Santoso", "caption"),
])
def test_furniture_lines_written_with_runs_of_spaces(line, kind):
    assert furniture_kind(line) == kind


def test_a_long_story_paragraph_is_no_furniture_even_when_it_ends_like_a_caption():
    sentence = "Warga Desa Sukamekar menerima paket sembako dari petugas dinas sosial pada pagi hari. "
    long_line = sentence * 12 + "(Foto/Rina)"
    assert furniture_kind(long_line) is None and not is_caption(long_line)
    assert is_caption(sentence + "(Foto/Rina)")


def test_a_lead_that_names_where_people_stand_is_story_not_a_caption():
    # regional news often reuses a caption's words in its lead, dateline and all
    lead = ("SUKAMEKAR - Bupati Sukamekar Andi Pratama (kiri) menyerahkan kursi roda kepada warga "
            "penyandang disabilitas di Kecamatan Cibening, Senin (7/12/2026).")
    assert not is_caption(lead)
    assert is_caption(lead.split(" - ", 1)[1] + " FOTO/HUMAS")
    page = read_page("Bupati Serahkan Kursi Roda\n\n" + lead + "\n\nBantuan berasal dari dana desa.\n")
    assert page.location == "Sukamekar" and "Andi Pratama (kiri) menyerahkan" in page.body


def test_scene_caption_without_a_full_stop_goes_a_story_sentence_stays():
    assert is_caption("Wakil Bupati Sukamekar Andi Pratama, saat menyerahkan bantuan kepada seorang warga")
    assert not is_caption("Wakil Bupati Sukamekar Andi Pratama mengatakan bantuan akan berlanjut tahun depan.")


def test_credits_as_metadata_including_a_label_whose_value_is_on_the_next_line():
    assert credit_of("Penulis: Humas Balai | Editor: Sari Handayani") == {"author": "Humas Balai",
                                                                         "editor": "Sari Handayani"}
    assert credit_of("Redaktur & Reporter : Tim Redaksi") == {"editor": "Tim Redaksi", "author": "Tim Redaksi"}
    assert credit_of("Penulis Dewi Lestari") == {"author": "Dewi Lestari"}
    assert credit_of("Penulis :") == {}
    assert credit_of("Penulis buku itu hadir di acara.") is None
    cleaned = clean_story("Paragraf satu.\nPenerjemah :\nAnindya Putri\nParagraf dua.")
    assert cleaned.text == "Paragraf satu.\nParagraf dua."
    assert cleaned.credits == {"translator": "Anindya Putri"}


def test_byline_with_date_and_editor():
    text = page("Dinas Kominfo Sukamekar Gelar Pelatihan Jurnalistik", ":",
                "Oleh MC KAB SUKAMEKAR, Rabu, 20 Juli 2022 | 18:43 WIB - Redaktur: Kusuma - 210",
                f"Sukamekar, InfoWarga - {LEAD}", MORE)
    p = read_page(text)
    assert p.date == dt.date(2022, 7, 20)
    assert p.byline.startswith("Oleh MC KAB SUKAMEKAR")
    assert p.credits["author"] == "MC KAB SUKAMEKAR" and p.credits["editor"] == "Kusuma"


def test_body_without_captions_repeats_links_and_widgets():
    caption = "Warga menerima paket sembako dari petugas dinas sosial di balai desa"
    text = page(
        "Dinsos Sukamekar Salurkan Sembako", "Sabtu, 19 April 2025 - 15:37 WIB", f"SUKAMEKAR - {LEAD}",
        caption, caption + ". (Situsku/Humas Sukamekar)", QUOTE,
        "Baca Juga  Bupati Resmikan Pasar Desa",
        "HostingMurah | Server Cepat Indonesia", "HostingMurah | Server Cepat Indonesia",
        "HostingMurah | Server Cepat Indonesia", MORE,
        "- Bupati Sukamekar Lantik Pejabat Baru", "- Camat Cibening Tinjau Jalan Rusak",
        "Share :", "Komentar",
    )
    p = read_page(text)
    assert p.body.split("\n") == [f"SUKAMEKAR - {LEAD}", QUOTE, MORE]


def test_wrapped_paragraphs_are_joined_and_their_event_day_is_no_date_line():
    text = ("Pelatihan Kader Posyandu Digelar di Sukamekar\n"
            "MC-SUKAMEKAR, Pelatihan kader posyandu digelar Dinas Kesehatan bersama\n"
            "para bidan desa di aula kecamatan untuk meningkatkan layanan bagi\n"
            "Balita Dan Ibu Hamil di seluruh desa yang ada di wilayah kecamatan,\n"
            "Kamis (22/9/2016) pagi.\n"
            "Kegiatan diikuti oleh enam puluh kader dari dua belas desa.\n")
    p = read_page(text)
    assert p.headline == "Pelatihan Kader Posyandu Digelar di Sukamekar"
    assert p.date is None
    assert p.body.split("\n")[0].endswith("Kamis (22/9/2016) pagi.")


@pytest.mark.parametrize("line", [
    "Berita lain yang beredar menyebutkan bantuan sudah cair sejak pekan lalu.",
    "Beranda rumah warga di tepi sungai ikut terendam setinggi lutut.",
    "Ketua DPRD Sukamekar saat ditemui di kantornya mengatakan anggaran sudah cukup",
])
def test_story_lines_opening_with_a_widget_word_stay(line):
    assert furniture_kind(line) is None


@pytest.mark.parametrize("line", ["Berita Lainnya", "Dibaca: 1.234 kali", "Beranda » Berita » Daerah",
                                  "Home Headline", "Cek Berita dan Artikel yang lain di Google News"])
def test_link_labels_counters_and_crumbs_go(line):
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("lines, headline, day", [
    (["Dinsos Sukamekar salurkan bantuan bagi korban banjir", "Senin, 3 Maret 2024 09:15 WIB",
      "Petugas menyalurkan bantuan kepada warga. (ANTARA/HO-Dinsos Sukamekar)", f"Sukamekar (ANTARA) - {LEAD}",
      "Pewarta: Andi Saputra", "Editor: Budi Santoso", "COPYRIGHT © ANTARA 2024"],
     "Dinsos Sukamekar salurkan bantuan bagi korban banjir", dt.date(2024, 3, 3)),
    (["Situsku.com - 12/01/2022, 10:15 WIB", "Dinsos Sukamekar Salurkan Bansos Tahap Kedua",
      "Penulis Rina Marlina | Editor Dodi Pratama", f"SUKAMEKAR, SITUSKU.com - {LEAD}"],
     "Dinsos Sukamekar Salurkan Bansos Tahap Kedua", dt.date(2022, 1, 12)),
    (["BERANDA » BERITA", "Dinsos Gelar Bimtek Pendamping PKH",
      "Diposting oleh Admin Dinsos pada Senin, 3 Maret 2024 | Dibaca 120 kali", LEAD, "Bagikan:"],
     "Dinsos Gelar Bimtek Pendamping PKH", dt.date(2024, 3, 3)),
    (["Dinsos Sukamekar Salurkan Sembako ke Tiga Desa", "Laporan Wartawan Situskabar.com, Andi Saputra",
      f"SITUSKABAR.COM, SUKAMEKAR - {LEAD}"], "Dinsos Sukamekar Salurkan Sembako ke Tiga Desa", None),
    (["Social Affairs Office Delivers Aid To Flood Victims", "March 3, 2024", f"SUKAMEKAR - {LEAD}"],
     "Social Affairs Office Delivers Aid To Flood Victims", dt.date(2024, 3, 3)),
])
def test_pages_of_other_kinds_of_sites(lines, headline, day):
    p = read_page(page(*lines))
    assert (p.headline, p.date) == (headline, day)
    assert p.body.startswith(("Sukamekar (ANTARA)", "SUKAMEKAR", "SITUSKABAR", "Pemerintah"))


def test_credits_without_colons_on_one_line():
    assert credit_of("Penulis Rina Marlina | Editor Dodi Pratama") == {"author": "Rina Marlina",
                                                                      "editor": "Dodi Pratama"}
    # the label opens the line in any case; a line that opens otherwise is no credit
    assert credit_of("EDITOR Dodi Pratama") == {"editor": "Dodi Pratama"}
    assert credit_of("Penulis\tRina Marlina") == {"author": "Rina Marlina"}
    assert credit_of("Kata penulis Rina Marlina | Editor Dodi Pratama") is None
    assert credit_of("Penulis | Editor Dodi Pratama") is None


def test_of_several_date_lines_above_the_story_the_one_beside_the_headline():
    text = page("Selasa, 3 Februari 2026", "Kabar Warga Sukamekar", "Dinsos Sukamekar Salurkan Sembako",
                "Senin, 2 Februari 2026 14:00 WIB", f"SUKAMEKAR - {LEAD}")
    assert read_page(text).date == dt.date(2026, 2, 2)


def test_iso_date_a_template_prints_and_a_byline_with_a_colon():
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako", "Oleh: Rina Marlina", "Diterbitkan 2024-03-03 09:15",
                       f"SUKAMEKAR - {LEAD}"))
    assert (p.date, p.byline, p.credits) == (dt.date(2024, 3, 3), "Oleh: Rina Marlina", {"author": "Rina Marlina"})


def test_headline_opening_with_a_quote_but_not_a_quoted_sentence():
    quoted = page("“Kami Siap Bantu Warga,” Kata Bupati Sukamekar Soal Banjir", "Senin, 3 Maret 2024",
                  f"SUKAMEKAR - {LEAD}")
    assert read_page(quoted).headline == "“Kami Siap Bantu Warga,” Kata Bupati Sukamekar Soal Banjir"
    speech = page("\"Kami antar langsung ke rumah warga,\" kata Rahmat.", f"SUKAMEKAR - {LEAD}")
    assert read_page(speech).headline is None


def test_a_bulleted_headline_of_another_item_is_a_link_a_list_item_is_story():
    from melati_archive.nlp.furniture import furniture_kind

    assert furniture_kind("- Wali Kota Tinjau Dapur Umum Korban Banjir di Kelurahan Margahayu") == "link"
    assert furniture_kind("- Bantuan diberikan kepada 40 keluarga di desa itu.") is None
    assert furniture_kind("- Kepala Dinas Sosial Kota Bekasi, Budi Santoso") is None
    assert furniture_kind("- Kepala Dinas Sosial Kota Bekasi") is None


@pytest.mark.parametrize("line", ["", " ", "Bantuan tiba", " Bantuan tiba", "Bantuan tiba ", "Bantuan  tiba",
                                  "Bantuan\ttiba di\u00a0desa", "Bantuan\ntiba", "satu dua tiga empat lima enam tujuh"])
def test_word_counts_and_squeezed_lines_as_split_gives_them(line):
    from melati_archive.nlp.furniture import squeezed
    from melati_archive.nlp.page import _has_words

    assert squeezed(line) == " ".join(line.split())
    assert [_has_words(line, k) for k in range(1, 9)] == [len(line.split()) >= k for k in range(1, 9)]


def test_a_date_line_written_with_odd_spaces_is_still_a_date_line():
    assert page_date_of("  Senin,\u00a03 Maret 2024   09:15 WIB ") == dt.date(2024, 3, 3)
    assert page_date_of("Rapat   koordinasi digelar di aula balai pada 3 Maret 2024 bersama para pendamping.") is None


# --- Session 12 probe: furniture forms of other sites -------------------------------------------

@pytest.mark.parametrize("line, kind", [
    ("Simak berita lainnya dari Dinas Sosial Sukamekar di Google News", "link"),
    ("* Follow saluran WhatsApp Situsku untuk berita terkini setiap hari", "link"),
    ("Dapatkan berita terbaru langsung di email Anda. Berlangganan newsletter kami!", "link"),
    ("Baca berita tanpa iklan. Gabung Situsku+", "link"),
    ("Dilarang keras mengambil konten situs ini tanpa izin tertulis dari redaksi.", "ui"),
    ("Halaman 1 2 3 Selanjutnya", "ui"),
    ("Halaman: 1 2", "ui"),
    ("Artikel ini telah tayang di Situsku.com dengan judul Dinsos Salurkan Bantuan", "ui"),
    ("Posted in Berita Daerah", "ui"),
    ("Tagged bansos, lansia", "ui"),
    ("Leave a Reply Cancel reply", "ui"),
    ("Menyukai ini:", "ui"),
    ("Suka Memuat...", "ui"),
    ("# bansos", "tags"),
    ("#KemensosHadir #BansosTepatSasaran", "tags"),
    ("(ant/red)", "ui"),
    ("(sal)", "ui"),
    ("(*)", "ui"),
    ("Warga menerima beras bantuan di balai desa. [Situsku.com/Rina Marlina]", "caption"),
    ("Petugas menurunkan logistik di dermaga. ANTARA/HO-Dinsos Sukamekar", "caption"),
])
def test_furniture_of_news_and_government_sites(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Ikuti arahan petugas saat evakuasi, kata Kepala Pelaksana BPBD.",  # an imperative without a channel
    "Warga bisa mendaftar lewat aplikasi Cek Bansos di ponsel masing-masing.",
    "Halaman kantor desa dipenuhi warga yang antre sejak pagi.",
    "Tagana Sukamekar ikut membantu evakuasi warga.",
    "(Bersambung ke halaman berikutnya pada edisi besok, kata redaksi setempat)",
    "“Simak baik-baik aturan di aplikasi ini,” kata Rahmat.",
])
def test_story_lines_that_only_look_like_promotions_pagers_or_sign_offs_stay(line):
    assert furniture_kind(line) is None


def test_a_markdown_heading_is_no_hashtag_line():
    assert furniture_kind("# Judul Berita Balai") is None
    assert furniture_kind("## Kegiatan Hari Kedua") is None


def test_an_announcement_of_event_days_has_no_publication_date_and_keeps_its_days():
    text = page("Pengumuman Pelatihan Kerja bagi Penyandang Disabilitas", LEAD,
                "Pendaftaran dibuka 1 Maret 2024", "Batas akhir pendaftaran 10 Maret 2024", QUOTE, MORE)
    p = read_page(text)
    assert p.date is None
    assert "Batas akhir pendaftaran 10 Maret 2024" in p.body
    # the lower-case words of a byline or a counter still make a date line
    assert page_date_of("Posted on March 3, 2024 by admin") == dt.date(2024, 3, 3)
    assert page_date_of("Oleh: Humas | 10 Mar 2024 - 10:15 | Dibaca 215 kali") == dt.date(2024, 3, 10)


def test_a_date_line_opening_with_a_dash_under_the_headline_is_no_dateline_dash():
    text = page("Dinsos Sukamekar Evakuasi Lansia Sebatang Kara", "- 21 Agustus 2023, 14:02 WIB",
                f"SUKAMEKAR – {LEAD}", QUOTE)
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Evakuasi Lansia Sebatang Kara"
    assert p.date == dt.date(2023, 8, 21) and p.location == "Sukamekar"


def test_a_short_weekday_on_the_date_line_is_not_the_place():
    text = page("Kemensos Siapkan Lumbung Sosial di Daerah Rawan Bencana", "Sab, 09 Mar 2024 10:15 WIB",
                "Dinas Sosial menyiapkan lumbung sosial berisi logistik darurat di daerah rawan bencana alam di "
                "seluruh kabupaten sepanjang tahun ini.", QUOTE)
    p = read_page(text)
    assert p.date == dt.date(2024, 3, 9) and p.location is None


def test_the_site_name_repeated_in_the_story_and_footer_is_not_the_headline():
    text = page("Dinas Sosial Kabupaten Sukamekar", "Home", "Profil", "Berita", "Layanan",
                "Dinsos Sukamekar Gelar Sosialisasi Pencegahan Perkawinan Anak",
                "Posted on March 3, 2024 by admin",
                "Sukamekar – Dinas Sosial Kabupaten Sukamekar menggelar sosialisasi pencegahan perkawinan anak "
                "bagi pelajar sekolah menengah di seluruh kecamatan.", QUOTE,
                "Copyright © 2024 Dinas Sosial Kabupaten Sukamekar. All rights reserved.")
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Gelar Sosialisasi Pencegahan Perkawinan Anak"
    assert p.date == dt.date(2024, 3, 3)


@pytest.mark.parametrize("title, headline", [
    ("Pemkot Sukamekar Gelar Operasi Pasar Beras di Enam Kecamatan | Pemkot Sukamekar",
     "Pemkot Sukamekar Gelar Operasi Pasar Beras di Enam Kecamatan"),
    ("Dinsos Salurkan Bantuan untuk Anak Yatim - Situsku.com", "Dinsos Salurkan Bantuan untuk Anak Yatim"),
    # the site's name is written again at the page's foot
    ("Kemensos Salurkan Bantuan untuk Anak Yatim di Garut - Kementerian Sosial Sukamekar",
     "Kemensos Salurkan Bantuan untuk Anak Yatim di Garut"),
    # two halves of one headline: nothing is a site's name
    ("Banjir Surut di Cibening - Warga Kembali ke Rumah Masing-masing",
     "Banjir Surut di Cibening - Warga Kembali ke Rumah Masing-masing"),
    ("Pasar Murah Diserbu Warga | Pemkot Gelar Lagi Pekan Depan",
     "Pasar Murah Diserbu Warga | Pemkot Gelar Lagi Pekan Depan"),
])
def test_a_site_name_glued_to_the_headline_goes(title, headline):
    text = page(title, "Rabu, 6 Maret 2024", f"SUKAMEKAR – {LEAD}", QUOTE, MORE,
                "© 2024 Kementerian Sosial Sukamekar")
    assert read_page(text).headline == headline


def test_a_reporter_and_desk_line_is_a_byline_not_the_headline():
    text = page("Dinsos Sukamekar Pulangkan Dua Warga Telantar ke Kampung Halaman", "Selasa, 5 Maret 2024 11:02",
                "Laporan Rina Marlina | Sukamekar", f"SUKAMEKAR – {LEAD}", QUOTE)
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Pulangkan Dua Warga Telantar ke Kampung Halaman"
    assert "Laporan Rina" not in p.body


@pytest.mark.parametrize("line, kind", [
    ("[Gambas:Video 20detik]", "ui"),
    ("Tonton juga Video: Warga Bergotong Royong Bangun Rumah Lansia", "link"),
    ("Saksikan Video Pilihan di Bawah Ini:", "link"),
    ("Lanjutkan Membaca", "ui"),
    ("Komentar (0)", "ui"),
])
def test_video_embeds_and_read_on_buttons(line, kind):
    assert furniture_kind(line) == kind


def test_a_title_case_question_headline_with_its_answer_clause():
    text = page("Kapan Bansos PKH Tahap Kedua Cair? Ini Kata Kemensos", "Minggu, 10 Maret 2024 | 19:00 WIB",
                f"JAKARTA – {LEAD}", QUOTE)
    assert read_page(text).headline == "Kapan Bansos PKH Tahap Kedua Cair? Ini Kata Kemensos"
    # two sentences of a teaser stay no headline
    assert read_page(page("Bantuan sudah cair. Warga diminta segera mengambil", f"JAKARTA – {LEAD}",
                          QUOTE)).headline is None


def test_popular_and_for_you_blocks_after_the_story_go():
    text = page("Pemkab Sukamekar Bebaskan Biaya Akta Kelahiran", "Sabtu, 16 Maret 2024", f"SUKAMEKAR – {LEAD}",
                QUOTE, "Populer", "Jalan Rusak di Cibening Akhirnya Diperbaiki", "Pilihan Untukmu",
                "Warga Gotong Royong Bersihkan Sungai")
    body = read_page(text).body
    assert "Jalan Rusak" not in body and "Gotong Royong" not in body and "Rahmat Hidayat" in body


@pytest.mark.parametrize("line, kind", [("Dok. Humas Pemkab Sukamekar", "caption"), ("(Dokumentasi Pribadi)", "caption"),
                                        ("Dokumentasi kegiatan disimpan di kantor desa.", None)])
def test_a_photo_source_on_a_line_of_its_own(line, kind):
    assert furniture_kind(line) == kind


# --- Session 12 probe: dates of other things on the page ---------------------------------------

def test_dates_of_a_latest_news_list_above_the_headline_are_not_the_pages():
    text = page("Terbaru", "Camat Cibening Resmikan Pos Ronda Baru", "5 Maret 2024",
                "Harga Beras di Pasar Sukamekar Mulai Turun", "4 Maret 2024",
                "Dinsos Sukamekar Salurkan Bantuan untuk Korban Angin Puting Beliung", f"SUKAMEKAR – {LEAD}", QUOTE)
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Salurkan Bantuan untuk Korban Angin Puting Beliung"
    assert p.date is None


def test_a_date_right_above_the_headline_with_nothing_above_it_is_still_the_pages():
    text = page("Senin, 11 Maret 2024 09:30 WIB", "Dinsos Sukamekar Salurkan Bantuan untuk Nelayan",
                f"SUKAMEKAR – {LEAD}", QUOTE)
    assert read_page(text).date == dt.date(2024, 3, 11)


@pytest.mark.parametrize("items", [
    ["Dinsos Sukamekar Gelar Bimtek Pendamping Sosial", "28 Februari 2024"],
    ["Bagikan:", "Dinsos Sukamekar Bagikan Alat Bantu Jalan untuk Lansia", "28 Februari 2024",
     "Pemkab Sukamekar Bangun Rumah Singgah di Ibu Kota Provinsi", "20 Februari 2024"],
])
def test_other_items_with_their_dates_after_the_story_give_no_date_and_leave_the_body(items):
    p = read_page(page("Dinsos Sukamekar Buka Layanan Konseling Keluarga", f"SUKAMEKAR – {LEAD}", QUOTE, MORE, *items))
    assert p.date is None
    assert "Bimtek" not in p.body and "Alat Bantu Jalan" not in p.body and p.body.endswith(MORE)


def test_a_comment_thread_and_its_dates_are_no_story_and_no_date():
    p = read_page(page("Pemdes Cibening Bagikan Bibit Pohon Buah untuk Warga", f"CIBENING – {LEAD}", QUOTE,
                       "2 tanggapan untuk “Pemdes Cibening Bagikan Bibit Pohon Buah untuk Warga”",
                       "Budi Santoso", "6 Maret 2024 pukul 10.15", "Mantap, semoga desa lain ikut mencontoh."))
    assert p.date is None and "mencontoh" not in p.body


def test_the_header_clock_above_the_menu_is_not_the_pages_date():
    p = read_page(page("Kamis, 14 Maret 2024", "Beranda", "Berita", "Pemerintahan", "Ekonomi",
                       "Wali Kota Sukamekar Lantik 12 Lurah Baru", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Wali Kota Sukamekar Lantik 12 Lurah Baru" and p.date is None


# --- Session 12 probe: credits beside dates, more widgets ---------------------------------------

def test_a_credit_line_that_also_states_the_date_gives_both():
    p = read_page(page("Dinsos Sukamekar Gelar Donor Darah Bersama Relawan Tagana",
                       "Penulis: Rina Marlina | Senin, 4 Maret 2024 09:00 WIB", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date == dt.date(2024, 3, 4)
    assert p.credits["author"] == "Rina Marlina"
    assert "Rina Marlina" not in p.body


@pytest.mark.parametrize("line, credits", [
    ("Penulis: Rina Marlina | Senin, 4 Maret 2024", {"author": "Rina Marlina"}),
    ("Penulis: Rina Marlina, 4 Maret 2024", {"author": "Rina Marlina"}),
    ("Teks: Dedi Kurniawan | Foto: Prokopim", {"author": "Dedi Kurniawan"}),
    ("Penulis: Humas Balai | Editor: Sari Handayani", {"author": "Humas Balai", "editor": "Sari Handayani"}),
])
def test_a_credits_value_ends_at_the_date_or_field_that_follows(line, credits):
    assert credit_of(line) == credits


@pytest.mark.parametrize("line, kind", [
    ("(Humas Pemkab Sukamekar)", "ui"),
    ("Gambar: Wakil Bupati menyerahkan sertifikat kepada peserta", "caption"),
    ("Halaman Selanjutnya", "ui"),
    ("Muat Lebih Banyak", "ui"),
    ("Dengarkan artikel ini", "ui"),
    ("Ukuran Font", "ui"),
])
def test_office_sign_offs_picture_labels_and_reading_widgets(line, kind):
    assert furniture_kind(line) == kind


def test_a_release_signed_off_with_place_and_date_under_its_sender_keeps_that_date():
    p = read_page(page("Balai Sukamekar Latih Pemuda Menjadi Teknisi", LEAD, QUOTE, MORE,
                       "Biro Hubungan Masyarakat Kementerian Sosial", "Sukamekar, 12 Maret 2024"))
    assert p.date == dt.date(2024, 3, 12)


def test_a_short_first_sentence_above_the_first_long_paragraph_opens_the_story():
    text = page("Warga Cibening Kini Punya Posyandu Lansia", "Oleh: Redaksi", "4 Maret 2024", "Bagikan",
                "Warga Cibening kini punya posyandu lansia.", LEAD, QUOTE)
    p = read_page(text)
    assert p.headline == "Warga Cibening Kini Punya Posyandu Lansia" and p.date == dt.date(2024, 3, 4)
    assert p.body.startswith("Warga Cibening kini punya posyandu lansia.\n")


def test_an_upper_case_place_closed_by_a_bar_is_the_dateline():
    p = read_page(page("Dinsos Sukamekar Salurkan Kursi Roda untuk Lansia", "Senin, 4 Maret 2024",
                       "SUKAMEKAR | Dinas Sosial Kabupaten Sukamekar menyalurkan 25 kursi roda untuk lansia yang sulit "
                       "berjalan.", QUOTE))
    assert p.location == "Sukamekar"


def test_editors_picks_after_the_story_are_links():
    assert furniture_kind("Pilihan Editor: Bansos Tahap Dua Cair Bulan Depan") == "link"


@pytest.mark.parametrize("line", [
    'Baca artikel situsjabar, "Dinsos Garut Salurkan Bantuan" selengkapnya https://situs.id/jabar/d-1/dinsos',
    "Situs+ baca berita tanpa iklan: https://situs.id/plus",
    "Download Apps Situs Sekarang https://apps.situs.id/",
])
def test_what_a_news_site_appends_to_copied_text_is_furniture(line):
    assert furniture_kind(line) is not None


@pytest.mark.parametrize("line", [
    "IMG_20240307_101500.jpg",
    "View this post on Instagram",
    "A post shared by Dinsos Sukamekar (@dinsossukamekar)",
    "— Dinas Sosial Sukamekar (@DinsosSukamekar) March 5, 2024",
])
def test_embedded_posts_and_file_names_are_furniture(line):
    assert furniture_kind(line) is not None


def test_an_embedded_tweets_date_is_not_the_pages():
    p = read_page(page("Dinsos Sukamekar Ajak Warga Laporkan Bansos yang Dipotong", f"SUKAMEKAR – {LEAD}", QUOTE,
                       "Laporkan pemotongan bansos ke nomor pengaduan kami.",
                       "— Dinas Sosial Sukamekar (@DinsosSukamekar) March 5, 2024", MORE))
    assert p.date is None and "@DinsosSukamekar" not in p.body


def test_a_writers_name_alone_beside_the_date_line_is_a_byline_not_the_headline():
    p = read_page(page("Inilah Jadwal Penyaluran Bansos Sembako Tahap Kedua di Sukamekar", "Muhammad Rizki Ramadhan",
                       "Rabu, 6 Maret 2024 | 15:20 WIB", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Inilah Jadwal Penyaluran Bansos Sembako Tahap Kedua di Sukamekar"
    assert p.date == dt.date(2024, 3, 6)
    # a short headline beside the date line is no name
    p = read_page(page("Dinsos Gelar Bazar Ramadan", "Rabu, 6 Maret 2024", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Gelar Bazar Ramadan"
    # ... nor is one whose words could be a name's, under a breadcrumb, a menu or a category
    for above in (["Beranda › Berita › Daerah"], ["Home | Berita | Kontak Kami"], ["Portal Sukamekar", "Berita Daerah"]):
        p = read_page(page(*above, "Bansos Tahap Dua Cair", "Rabu, 6 Maret 2024", f"SUKAMEKAR – {LEAD}", QUOTE))
        assert (p.headline, p.byline) == ("Bansos Tahap Dua Cair", None), above
    # a name between a headline and the date line is the writer
    p = read_page(page("Pelatihan Menjahit Lansia", "Dewi Lestari Putri", "Rabu, 6 Maret 2024", f"SUKAMEKAR – {LEAD}",
                       QUOTE))
    assert (p.headline, p.byline) == ("Pelatihan Menjahit Lansia", "Dewi Lestari Putri")


def test_one_headline_and_its_date_above_the_story_are_the_pages_whatever_stands_below_them():
    p = read_page(page("Korban Banjir Cibening Mulai Kembali ke Rumah", "Kamis, 14 Maret 2024",
                       "Bupati Sukamekar Yayat Supriatna Meninjau Rumah Warga yang Terendam di Cibening",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date == dt.date(2024, 3, 14)


@pytest.mark.parametrize("line, kind", [
    ("Baca Selanjutnya: Dinsos Sukamekar Siapkan Bingkisan Lebaran", "link"),
    ("Baca berita menarik lainnya di Google News", "link"),
    ("Update berita terkini setiap hari di saluran WhatsApp kami", "link"),
    ("Update data penerima bansos dilakukan melalui aplikasi SIKS-NG.", None),  # story: no news promoted
])
def test_more_prompts_to_read_on(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", ["dibuat pada 10 Maret 2024 pkl. 19.30", "Ditulis pada 10 Maret 2024",
                                  "terakhir diperbarui 10 Maret 2024"])
def test_date_lines_with_lower_case_labels(line):
    assert page_date_of(line) == dt.date(2024, 3, 10)


@pytest.mark.parametrize("badge", [["06", "Mar", "2024"], ["06 Mar", "2024"], ["Mar", "06", "2024"]])
def test_a_date_badge_over_several_lines_is_the_pages_date(badge):
    p = read_page(page("Beranda", *badge, "Dinsos Sukamekar Gelar Pelatihan Tata Boga bagi Ibu Rumah Tangga",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date == dt.date(2024, 3, 6)
    assert p.headline == "Dinsos Sukamekar Gelar Pelatihan Tata Boga bagi Ibu Rumah Tangga"


def test_numbers_on_lines_of_their_own_that_are_no_date_stay_apart():
    p = read_page(page("Dinsos Sukamekar Data Penerima Bantuan", f"SUKAMEKAR – {LEAD}", "120", "keluarga", "2024", MORE))
    assert p.date is None


@pytest.mark.parametrize("line, kind", [
    ("Halaman 2 dari 3", "ui"),
    ("* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi, kirim pesan ke nomor Cek Fakta kami.", "ui"),
    ("Navigasi pos", "ui"),
    ("← Dinsos Sukamekar Latih Kader Posyandu", "link"),
    ("Dinsos Sukamekar Salurkan Kursi Roda →", "link"),
    ("Kembali ke atas", "ui"),
    ("«Kami siap membantu,» kata Rahmat.", None),  # guillemets quote speech
])
def test_wordpress_post_navigation_and_portal_widgets(line, kind):
    assert furniture_kind(line) == kind


def test_related_posts_block_of_a_wordpress_page_ends_the_story():
    p = read_page(page("Dinsos Sukamekar Bentuk Kampung Ramah Lansia", "Posted on 8 Maret 2024 by admin",
                       f"SUKAMEKAR – {LEAD}", QUOTE, MORE, "Pos Terkait", "Bupati Sukamekar Resmikan Taman Lansia"))
    assert "Taman Lansia" not in p.body and p.body.endswith(MORE)


def test_a_writers_name_in_parentheses_closing_the_story_is_its_author_an_office_is_not():
    text = page("Dinsos Sukamekar Salurkan Bantuan", f"SUKAMEKAR – {LEAD}", QUOTE, MORE, "(Rina Marlina)")
    p = read_page(text)
    assert p.credits.get("author") == "Rina Marlina" and "(Rina Marlina)" not in p.body
    assert "author" not in read_page(page("Dinsos Sukamekar Salurkan Bantuan", f"SUKAMEKAR – {LEAD}", QUOTE,
                                          "(Humas Pemkab Sukamekar)")).credits


def test_a_sentence_case_headline_over_its_date_line_and_an_uncredited_caption():
    text = page("Dinsos Sukamekar siapkan 10 ton beras untuk korban banjir", "Jumat, 15 Maret 2024 14:05 WIB",
                "Petugas menata beras bantuan di gudang Dinas Sosial Kabupaten Sukamekar.",
                f"Sukamekar (ANTARA) - {LEAD}", QUOTE)
    assert read_page(text).headline == "Dinsos Sukamekar siapkan 10 ton beras untuk korban banjir"
    # without the date line under it, a sentence-case line above a caption stays no headline
    text = page("Dinsos Sukamekar siapkan 10 ton beras untuk korban banjir",
                "Petugas menata beras bantuan di gudang Dinas Sosial Kabupaten Sukamekar.",
                f"Sukamekar (ANTARA) - {LEAD}", QUOTE)
    assert read_page(text).headline is None


# --- Session 13: dates of other moments than publication ---------------------------------------

@pytest.mark.parametrize("updated", ["Pembaruan terakhir: 9 Desember 2026 08:00 WIB", "Dimutakhirkan 9 Desember 2026",
                                     "Disunting: 9 Desember 2026", "Diperbaharui 9 Des 2026 08:00"])
def test_an_updated_line_above_the_published_line_does_not_date_the_page(updated):
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako", updated, "Diterbitkan: 7 Desember 2026 10:15 WIB",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date == dt.date(2026, 12, 7)


@pytest.mark.parametrize("line", ["Dicetak pada 9 Desember 2026 pukul 10.00", "Tanggal cetak: 9 Desember 2026",
                                  "Diakses 9 Desember 2026"])
def test_a_print_or_access_date_is_no_date_of_the_page(line):
    assert page_date_of(line) is None
    p = read_page(page(line, "Dinsos Sukamekar Salurkan Sembako", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date is None
    # a print button beside the page's own date leaves the date
    assert page_date_of("Senin, 7 Desember 2026 | Cetak | Bagikan") == dt.date(2026, 12, 7)


# --- Session 13: dateline places known nowhere else ---------------------------------------------

def test_a_title_case_place_before_a_dash_opening_the_story_is_its_dateline():
    text = page("Lurah Cempaka Ajak Warga Periksa Kesehatan", "Senin, 7 Desember 2026 10:15 WIB",
                "Cibadak – Lurah Cempaka mengajak warga lanjut usia memeriksakan kesehatan di puskesmas kelurahan.",
                QUOTE)
    assert read_page(text).location == "Cibadak"
    # a rubric's word before the dash is no place
    for opener in ("Foto", "Sementara", "Opini"):
        text = page("Lurah Cempaka Ajak Warga Periksa Kesehatan", "Senin, 7 Desember 2026 10:15 WIB",
                    f"{opener} – Lurah Cempaka mengajak warga lanjut usia memeriksakan kesehatan di puskesmas.", QUOTE)
        assert read_page(text).location is None


def test_a_government_sites_address_does_not_make_its_region_an_outlet():
    text = page("Dicetak dari: https://sukamekar.go.id/berita/dinsos-salurkan-sembako", "Dinsos Sukamekar Salurkan Sembako",
                "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}", QUOTE)
    assert read_page(text).location == "Sukamekar"
    # a news site's address still names the outlet, not a place
    text = page("https://sukamekarnews.com/berita/dinsos-salurkan-sembako", "Dinsos Sukamekar Salurkan Sembako",
                "Senin, 7 Desember 2026", f"SUKAMEKARNEWS – {LEAD}", QUOTE)
    assert read_page(text).location is None


def test_an_office_before_the_dash_is_the_sender_not_a_dateline_place():
    for opener in ("Diskominfo Sukamekar", "Dinsos", "Kemensos", "Humas"):
        text = page("Lurah Cempaka Ajak Warga Periksa Kesehatan", "Senin, 7 Desember 2026 10:15 WIB",
                    f"{opener} – Dinas Sosial mengajak warga lanjut usia memeriksakan kesehatan di puskesmas.", QUOTE)
        assert read_page(text).location is None, opener


# --- Session 13: a Title Case photo caption between the date line and the story -----------------

def test_a_title_case_caption_with_a_me_verb_under_the_date_line_is_not_the_headline():
    text = page("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
                "Kepala Dinas Sosial Rahmat Hidayat Menyerahkan Paket Makanan kepada Warga Lansia",
                f"SUKAMEKAR – {LEAD}", QUOTE)
    p = read_page(text)
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk 300 Lansia"
    assert "Menyerahkan Paket" not in p.body
    # a site's name over the header's date stays no headline: the line under the date is the headline
    text = page("Portal Resmi Pemerintah Kabupaten Sukamekar", "Senin, 7 Desember 2026",
                "Bupati Sukamekar Menyerahkan Bantuan kepada Korban Banjir Cibening", f"SUKAMEKAR – {LEAD}", QUOTE)
    assert read_page(text).headline == "Bupati Sukamekar Menyerahkan Bantuan kepada Korban Banjir Cibening"
    # "Menteri" is no verb: a headline naming a minister under another headline's date stays
    text = page("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
                "Menteri Sosial Tinjau Dapur Umum Korban Banjir di Cibening", f"SUKAMEKAR – {LEAD}", QUOTE)
    assert read_page(text).headline == "Menteri Sosial Tinjau Dapur Umum Korban Banjir di Cibening"


# --- Session 13: furniture of multi-page, video and infographic pages ----------------------------

@pytest.mark.parametrize("line, kind", [
    ("Berita ini terdiri dari 3 halaman", "ui"),
    ("Grafis: Tim Grafis / Humas", "ui"),
    ("Infografis: Rina Marlina/Situs", "ui"),
    ("Infografis: Jadwal Penyaluran Bansos Desember 2026", None),  # an infographic's headline
    ("Grafis menunjukkan kenaikan jumlah penerima sejak Januari.", None),
])
def test_multi_page_notes_and_graphics_credits(line, kind):
    assert furniture_kind(line) == kind


def test_a_video_pages_credits_are_credits():
    assert credit_of("Video Editor: Rina Marlina") == {"editor": "Rina Marlina"}
    assert credit_of("Videografer: Dodi Pratama") == {"photographer": "Dodi Pratama"}


# --- Session 13: text pasted from a PDF ---------------------------------------------------------

def test_words_broken_at_line_ends_are_whole_again_and_running_headers_go():
    text = page("SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", "Dinsos Sukamekar Antar Makanan untuk Lansia",
                "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Sukamekar menyalurkan ban-",
                "tuan permakanan kepada 300 warga lanjut usia di tujuh keca-", "matan.",
                "Halaman 1 dari 2", "SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", QUOTE, "Halaman 2 dari 2")
    p = read_page(text)
    assert "menyalurkan bantuan permakanan" in p.body and "tujuh kecamatan." in p.body
    assert "SIARAN PERS" not in p.body and "Halaman" not in p.body


def test_a_pdf_footer_written_on_every_page_leaves_the_story():
    footer = "Jl. Merdeka No. 7 Sukamekar Telp. (0263) 554433 | humas@sukamekarkab.go.id"
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", f"Sukamekar, 7 Desember 2026 – {LEAD}", footer, QUOTE,
                       MORE, footer))
    assert "Telp." not in p.body and MORE in p.body and "Bantuan ini kami antar" in p.body


def test_a_short_line_the_story_writes_once_stays():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", f"Sukamekar, 7 Desember 2026 – {LEAD}",
                       "Jl. Merdeka No. 7 Sukamekar", QUOTE, MORE))
    assert "Jl. Merdeka No. 7 Sukamekar" in p.body
    assert p.location == "Sukamekar" and p.date == dt.date(2026, 12, 7)


def test_a_doubled_word_broken_at_its_hyphen_keeps_the_hyphen():
    text = page("Dinsos Sukamekar Antar Makanan untuk Lansia",
                "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar mengantar makanan bagi anak-",
                "anak yatim dan sayur-", "mayur bagi warga lanjut usia di tujuh kecamatan.")
    assert "anak-anak yatim dan sayur-mayur bagi" in read_page(text).body



# --- Session 13: the day in the page's own address ----------------------------------------------

def test_the_day_in_the_address_the_copy_opens_with_is_not_a_date_the_page_states():
    # releases-dev's convention: a saved page's address line is the file's source, not the page's words
    p = read_page(page("https://sukamekar.go.id/berita/2026/12/07/dinsos-salurkan-sembako/",
                       "Dinsos Sukamekar Salurkan Sembako", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date is None
    p = read_page(page("https://situsku.com/read/2026/12/06/091500/dinsos-salurkan-sembako",
                       "Dinsos Sukamekar Salurkan Sembako", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date == dt.date(2026, 12, 7)


# --- Session 13, round 2 -------------------------------------------------------------------------

def test_an_event_date_behind_its_label_dates_no_page_and_is_no_headline():
    p = read_page(page("Dinsos Sukamekar Antar Makanan untuk Lansia", "Tanggal Kegiatan: 5 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.date is None and p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia"
    # a headline with a colon and a day without its year stays a headline
    p = read_page(page("Bansos Tahap Empat: 12 Desember Cair", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Bansos Tahap Empat: 12 Desember Cair"


def test_a_place_with_its_province_before_the_agency():
    p = read_page(page("Dinsos Sukamekar antar makanan untuk lansia", "Senin, 7 Desember 2026 13:40 WIB",
                       f"Sukamekar, Jabar (ANTARA) - {LEAD}", QUOTE))
    assert p.location == "Sukamekar"


def test_a_village_then_its_region_before_the_dash():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"Cibening, Sukamekar – {LEAD}",
                       QUOTE))
    assert p.location == "Cibening"
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"Namun, Sukamekar – {LEAD}", QUOTE))
    assert p.location is None


def test_a_gallery_headline_with_its_rubric_over_the_date_line():
    p = read_page(page("Galeri Foto", "FOTO: Warga Antre Bansos Akhir Tahun di Kantor Pos", "Senin, 7 Desember 2026",
                       "Ratusan warga mengantre pencairan bantuan sosial akhir tahun di kantor pos sejak pagi hari.",
                       "Foto: Rina Marlina/Situsku"))
    assert p.headline == "FOTO: Warga Antre Bansos Akhir Tahun di Kantor Pos" and "Rina Marlina" not in p.body


@pytest.mark.parametrize("line", ["Gulir untuk melanjutkan", "Tutup Iklan", "Konten ini disponsori oleh mitra",
                                  "Lanjutkan membaca artikel di bawah ini", "Lihat Versi Lengkap",
                                  "Dengarkan berita ini 00:00 / 03:12", "Halaman Berikutnya >>",
                                  "Tampilkan Semua Halaman", "LIVE UPDATE"])
def test_more_prompts_of_news_pages_are_furniture(line):
    assert furniture_kind(line) is not None


def test_a_journalist_label_with_a_dash_is_a_credit():
    assert credit_of("Jurnalis - Rina Marlina") == {"author": "Rina Marlina"}


def test_a_page_whose_last_line_names_a_web_address_reads():
    # a short release whose last line is a contact's address once crashed the story's start search
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Sukamekar, 7 Desember 2026", "Warga lansia dapat makanan.",
                       "Email: humas@dinsos.sukamekar.go.id"))
    assert p.headline == "Dinsos Sukamekar Antar Makanan" and p.date == dt.date(2026, 12, 7)


# --- Session 13, round 3 -------------------------------------------------------------------------

def test_a_bulleted_list_under_a_story_line_ending_in_a_colon_is_story():
    p = read_page(page("Dinsos Sukamekar Kirim Bantuan ke Posko", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD} Bantuan yang dikirim meliputi:",
                       "• 300 paket makanan siap saji", "• 150 lembar selimut", "• 50 kasur lipat", QUOTE))
    for item in ("300 paket makanan siap saji", "150 lembar selimut", "50 kasur lipat"):
        assert item in p.body
    # a list of other items' headlines after the story still goes
    p = read_page(page("Dinsos Sukamekar Kirim Bantuan ke Posko", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}",
                       QUOTE, "- Bupati Sukamekar Resmikan Taman Lansia di Cibening",
                       "- Dinsos Sukamekar Latih Kader Posyandu Lansia"))
    assert "Taman Lansia" not in p.body


def test_written_by_lines_are_bylines_not_headlines():
    p = read_page(page("Kementerian Sosial RI", "Kemensos Salurkan Bantuan Atensi bagi Anak Yatim", "Ditulis oleh Humas",
                       "Senin, 07 Desember 2026", f"JAKARTA – {LEAD}", QUOTE))
    assert p.headline == "Kemensos Salurkan Bantuan Atensi bagi Anak Yatim" and "Ditulis oleh" not in p.body


def test_a_headline_wrapped_over_two_lines_is_one_headline():
    p = read_page(page("Dinsos Sukamekar Antar Makanan untuk", "300 Lansia yang Tinggal Sendiri", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk 300 Lansia yang Tinggal Sendiri"


def test_a_releases_end_mark_ends_the_story_a_markdown_heading_does_not():
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Sukamekar, 7 Desember 2026", LEAD, QUOTE, MORE, "###",
                       "Narahubung Media:", "Rina Marlina, Humas Dinas Sosial", "Telp. 0812-0000-0000"))
    assert p.body.endswith(MORE) and "0812" not in p.body
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Sukamekar, 7 Desember 2026", LEAD, "### Rincian Bantuan",
                       MORE))
    assert MORE in p.body


@pytest.mark.parametrize("line", ["Read More »", "No Comments", "Continue reading →"])
def test_english_theme_buttons_are_furniture(line):
    assert furniture_kind(line) is not None


# --- Session 13, round 4 -------------------------------------------------------------------------

@pytest.mark.parametrize("opening, place", [("SUKAMEKAR (7/12) – ", "Sukamekar"), ("SUKAMEKAR: ", "Sukamekar"),
                                            ("PENTING: ", None), ("RALAT: ", None)])
def test_yearless_day_and_colon_datelines(opening, place):
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Senin, 7 Desember 2026", opening + LEAD, QUOTE))
    assert p.location == place


def test_a_reactions_widget_after_the_story_goes():
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}", QUOTE, MORE,
                       "Bagaimana perasaanmu membaca berita ini?", "Senang", "Sedih", "Marah"))
    assert p.body.endswith(MORE)


def test_a_summary_above_the_dateline_goes_a_points_list_inside_the_story_stays():
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Senin, 7 Desember 2026", "Ringkasan Berita:",
                       "Dinsos mengantar makanan untuk lansia setiap pagi.", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert "Ringkasan" not in p.body and "setiap pagi." not in p.body and p.body.startswith("SUKAMEKAR")
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}",
                       "Poin penting", "- Warga membawa KTP ke kantor desa", "- Petugas mencatat data lansia", QUOTE))
    assert "Warga membawa KTP" in p.body and "Petugas mencatat" in p.body


# --- Session 13, round 5 -------------------------------------------------------------------------

def test_whatsapp_and_markdown_emphasis_leave_headline_date_and_dateline():
    p = read_page(page("*SIARAN PERS*", "*Dinsos Sukamekar Antar Makanan untuk Lansia*", "_Sukamekar, 7 Desember 2026_",
                       LEAD, QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia" and p.date == dt.date(2026, 12, 7)
    p = read_page(page("# Dinsos Sukamekar Antar Makanan untuk Lansia", "**Senin, 7 Desember 2026**",
                       f"**SUKAMEKAR** – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia" and p.location == "Sukamekar"


def test_an_offices_name_and_a_posts_time_stamp_are_no_headline():
    p = read_page(page("Dinas Sosial Kabupaten Sukamekar", "7 Desember pukul 10.15 ·",
                       "Hari ini Dinas Sosial Kabupaten Sukamekar mulai mengantar makanan untuk 300 warga lanjut usia "
                       "yang tinggal sendiri.", "Suka", "Komentari", "Bagikan"))
    assert p.headline is None and p.date is None
    # an office that does something is a headline
    p = read_page(page("Dinas Sosial Kabupaten Sukamekar Raih Penghargaan", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinas Sosial Kabupaten Sukamekar Raih Penghargaan"


def test_a_forwarded_mails_sent_date_is_not_the_releases():
    p = read_page(page("---------- Forwarded message ---------", "Dari: Humas Dinsos <humas@dinsos.sukamekar.go.id>",
                       "Date: Rab, 9 Des 2026 pukul 10.15", "Subject: Siaran Pers Dinsos",
                       "Dinsos Sukamekar Antar Makanan untuk Lansia", f"Sukamekar, 7 Desember 2026 – {LEAD}", QUOTE))
    assert p.date == dt.date(2026, 12, 7) and p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia"


@pytest.mark.parametrize("opening, place", [("Kab. Sukamekar – ", "Kab. Sukamekar"), ("Kota Sukamekar – ", "Kota Sukamekar")])
def test_an_administrative_prefix_makes_an_unknown_title_case_dateline_a_place(opening, place):
    assert read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", opening + LEAD, QUOTE)).location == place


def test_a_scene_caption_under_the_date_line_is_not_the_headline():
    p = read_page(page("Dinsos Sukamekar Antar Makanan untuk Lansia", "Senin, 7 Desember 2026 10:15 WIB",
                       "Suasana Pengantaran Makanan untuk Warga Lansia di Kecamatan Cibening", f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia"


@pytest.mark.parametrize("line, when", [("Sabtu, 7 Nopember 2026", dt.date(2026, 11, 7)),
                                        ("Sabtu, 7 Pebruari 2026", dt.date(2026, 2, 7)),
                                        ("Senin, 7 Des. 2026 | 10.15 WIB", dt.date(2026, 12, 7)),
                                        ("Penanggung Jawab: Rahmat Hidayat", None)])
def test_old_spellings_and_abbreviations_of_months(line, when):
    assert page_date_of(line) == when


# --- Session 13, round 6 -------------------------------------------------------------------------

def test_a_place_name_head_makes_two_title_case_words_one_dateline_place():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"Muara Cibening – {LEAD}", QUOTE))
    assert p.location == "Muara Cibening"
    # a person's two names before a dash are no place
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026",
                       "Rahmat Hidayat – Kepala Dinas Sosial – memimpin langsung pengantaran makanan bagi warga lansia.",
                       QUOTE))
    assert p.location is None


@pytest.mark.parametrize("place", ["Sei Cibening", "Way Cibening", "Simpang Cibening"])
def test_sumatran_place_heads_make_two_words_one_dateline_place(place):
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"{place} – {LEAD}", QUOTE))
    assert p.location == place


def test_an_ad_inside_a_sentence_leaves_the_sentence_whole():
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Senin, 7 Desember 2026",
                       "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan", "ADVERTISEMENT",
                       "kepada 300 warga lanjut usia yang tinggal sendiri.", QUOTE))
    assert "bantuan permakanan kepada 300 warga" in p.body and "ADVERTISEMENT" not in p.body


# --- Session 13, round 7 -------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["7 s.d. 9 Desember 2026", "7 hingga 9 Desember 2026", "7-9 Desember 2026"])
def test_an_events_range_of_days_is_no_date_line_and_no_headline(line):
    assert page_date_of(line) is None
    p = read_page(page("Pelatihan Pendamping Sosial Kabupaten Sukamekar", line, LEAD, QUOTE))
    assert p.date is None and p.headline == "Pelatihan Pendamping Sosial Kabupaten Sukamekar"
    # a clock range or a site's dash stays a date line
    assert page_date_of("Senin, 7/12/2026 10.15 - 11.00 WIB") == dt.date(2026, 12, 7)
    assert page_date_of("Situsku.com - 07/12/2026, 09:15 WIB") == dt.date(2026, 12, 7)


@pytest.mark.parametrize("opening", ["Sukamekar, 7/12 (Antara) - ", "[SUKAMEKAR] "])
def test_an_old_agency_dateline_and_a_bracketed_place(opening):
    p = read_page(page("Dinsos Sukamekar antar makanan untuk lansia", "Senin, 7 Desember 2026", opening + LEAD, QUOTE))
    assert p.location == "Sukamekar"


def test_a_dateline_whose_source_lost_its_web_addresss_dot():
    p = read_page(page("Kadis Sosial Serahkan Beras untuk Warga Terdampak Banjir",
                       "Sukamekar Besar,  (situsntb com) - Pemerintah Kabupaten Sukamekar melalui Dinas Sosial "
                       "menyerahkan bantuan beras kepada warga empat desa.", QUOTE))
    assert p.location == "Sukamekar Besar"


# --- Session 13, round 8 -------------------------------------------------------------------------

def test_a_capital_i_typed_for_the_bar_after_a_place():
    p = read_page(page("Pemkab Sukamekar Ringankan Beban Warga", "Senin, 7 Desember 2026",
                       "SUKAMEKAR I Pemerintah Kabupaten Sukamekar meringankan beban 1.600 warga di dua kecamatan.", QUOTE))
    assert p.location == "Sukamekar"
    p = read_page(page("Pemkab Sukamekar Ringankan Beban Warga", "Senin, 7 Desember 2026",
                       "SITUSKU.ID I Pemerintah Kabupaten Sukamekar meringankan beban 1.600 warga di dua kecamatan.", QUOTE))
    assert p.location is None


def test_a_blogs_label_line_is_furniture():
    assert furniture_kind("Label: Berita, Dinsos") is not None
    assert furniture_kind("Label halal kini wajib dipasang pada kemasan produk usaha mikro.") is None


# --- Session 13, round 9: near misses of this session's rules ------------------------------------

def test_a_rubric_word_over_the_headline_is_no_summary_label():
    p = read_page(page("Sorotan", "Dinsos Sukamekar Antar Makanan untuk Lansia", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia"


def test_stars_breaking_a_feature_into_scenes_do_not_end_the_story():
    p = read_page(page("Kisah Nenek Sarinah Menunggu Antaran Makanan", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}",
                       "***", "Petugas datang tepat pukul enam dengan sepeda motor.", QUOTE))
    assert "tepat pukul enam" in p.body and QUOTE in p.body


def test_a_short_tagline_ending_in_dan_is_not_a_headlines_first_half():
    p = read_page(page("Bersih dan", "Dinsos Sukamekar Antar Makanan untuk Lansia", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Dinsos Sukamekar Antar Makanan untuk Lansia"


def test_a_headline_with_a_label_and_a_date_that_goes_on_stays_a_headline():
    p = read_page(page("Catat Tanggalnya: 15 Desember 2026 Pencairan Bansos Tahap Akhir", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR – {LEAD}", QUOTE))
    assert p.headline == "Catat Tanggalnya: 15 Desember 2026 Pencairan Bansos Tahap Akhir"
    assert p.date == dt.date(2026, 12, 7)
    # the date inside a Title Case headline is no date line: without the page's date line, no date
    assert page_date_of("Catat Tanggalnya: 15 Desember 2026 Pencairan Bansos Tahap Akhir") is None
    assert page_date_of("Bansos Cair 15 Desember 2026 Lewat Kantor Pos") is None
    assert page_date_of("Diterbitkan Senin, 07 Des 2026 10:15 WIB Oleh Rina Marlina") == dt.date(2026, 12, 7)


# --- Session 13, round 11: lines above the story that look like datelines -------------------------

def test_a_headline_opening_with_a_place_and_a_dash_is_no_dateline():
    text = page("Jakarta - Bandung Macet Total Jelang Libur Akhir Tahun", "Senin, 7 Desember 2026 10:15 WIB",
                "BANDUNG - Antrean kendaraan dari arah Jakarta menuju Bandung mengular hingga belasan kilometer.", QUOTE)
    p = read_page(text)
    assert p.headline == "Jakarta - Bandung Macet Total Jelang Libur Akhir Tahun" and p.location == "Bandung"
    from melati_archive.nlp.extract import extract
    assert extract(text).location == "Bandung"


def test_the_extractor_takes_the_place_of_the_line_the_page_reading_opens_the_story_with():
    from melati_archive.nlp.extract import extract
    text = page("Dinsos Sukamekar Antar Makanan untuk Lansia", "Sukamekar Pos - Situsku", "Senin, 7 Desember 2026",
                f"CIBENING - {LEAD}", QUOTE)
    assert extract(text).location == "Cibening"


def test_a_published_line_that_goes_on_to_its_updated_field_is_a_date_line():
    assert page_date_of("Terbit: Senin, 7 Desember 2026 Terakhir diperbarui: Selasa, 8 Desember 2026") == dt.date(2026, 12, 7)
    assert page_date_of("Catat Tanggalnya: 15 Desember 2026 Pencairan Bansos: Cek Syaratnya") is None


# --- Session 13, round 13: CMS layouts ---------------------------------------------------------------

@pytest.mark.parametrize("line, when", [
    ("Submitted by admin on Mon, 12/07/2026 - 10:15", dt.date(2026, 12, 7)),  # Drupal: month first, Monday
    ("Senin, 07/12/2026 10:15 WIB", dt.date(2026, 12, 7)),
    ("Posted 12/07/2026", dt.date(2026, 7, 12)),  # no weekday: day first
    ("Selasa, 07/12/2026", dt.date(2026, 12, 7)),  # the weekday fits neither reading: day first
])
def test_a_written_weekday_decides_the_order_of_a_numeric_date(line, when):
    assert page_date_of(line) == when


# --- Session 13, round 14: PDF page numbers and footers ------------------------------------------

@pytest.mark.parametrize("line, kind", [("- 2 -", "ui"), ("Hal. 2", "ui"),
                                        ("Siaran Pers Dinas Sosial Kabupaten Sukamekar | Halaman 1", "ui"),
                                        ("Skor akhir 2 - 1 untuk tim tuan rumah.", None), ("- 2026 -", None)])
def test_a_pdfs_page_numbers_and_running_footer(line, kind):
    assert furniture_kind(line) == kind


def test_a_page_number_inside_a_sentence_leaves_the_sentence_whole():
    p = read_page(page("Dinsos Sukamekar Antar Makanan", "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Sukamekar "
                       "menyalurkan bantuan permakanan", "- 1 -", "kepada 300 warga lanjut usia di tujuh kecamatan.", QUOTE))
    assert "bantuan permakanan kepada 300 warga" in p.body and "- 1 -" not in p.body


def test_the_senders_office_alone_under_the_story_is_a_signature_not_story():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", f"SUKAMEKAR – {LEAD}", QUOTE, MORE,
                       "Dinas Komunikasi dan Informatika Kabupaten Sukamekar"))
    assert "Informatika" not in p.body and MORE in p.body


def _teasers() -> list[str]:
    return ["Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
            "CIBENING - Bupati meresmikan taman lansia di pusat kecamatan pada Sabtu pagi ... Selengkapnya",
            "Dinsos Latih Empat Puluh Kader Posyandu", "3 Desember 2026",
            "SUKAMEKAR - Empat puluh kader posyandu lansia mengikuti pelatihan selama dua hari ... Selengkapnya"]


def test_a_list_page_of_releases_gives_no_headline_date_or_body():
    p = read_page(page("Berita Terbaru", "Dinsos Antar Makanan untuk Lansia", "7 Desember 2026",
                       "SUKAMEKAR - Dinas Sosial menyalurkan makanan kepada 300 warga lanjut usia ... Selengkapnya",
                       *_teasers()))
    assert p.listing == 3
    assert (p.headline, p.date, p.body) == (None, None, "")


def test_a_story_with_related_teasers_under_it_stays_one_article():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"SUKAMEKAR - {LEAD}", QUOTE,
                       "Berita Terkait", *_teasers()))
    assert p.listing == 0 and p.headline == "Dinsos Antar Makanan untuk Lansia" and p.date == dt.date(2026, 12, 7)


@pytest.mark.parametrize("line, kind", [
    ("Situs ini memakai cookie untuk pengalaman terbaik Anda. Lanjutkan berarti Anda setuju.", "ui"),
    ("This website uses cookies to improve your experience. Accept", "ui"),
    ("Terima", "ui"),
    ("Saya setuju", "ui"),
    # a story about cookies names no consent
    ("Warga Cibening menggunakan cookie buatan sendiri sebagai oleh-oleh khas desa.", None),
])
def test_a_cookie_notice_and_its_buttons_are_furniture(line, kind):
    assert furniture_kind(line) == kind


def test_an_index_of_headlines_with_their_dates_only_is_a_list_page():
    p = read_page(page("Berita Terbaru", "Dinsos Antar Makanan untuk Lansia", "7 Desember 2026",
                       "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
                       "Dinsos Latih Empat Puluh Kader Posyandu", "3 Desember 2026"))
    assert p.listing == 3 and (p.headline, p.date) == (None, None)


def test_an_updated_date_line_gives_way_to_the_datelines_own_date():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Diperbarui: 9 Desember 2026",
                       f"SUKAMEKAR (7/12/2026) - {LEAD}", QUOTE))
    assert p.date == dt.date(2026, 12, 7)


def test_a_verbless_caption_in_another_style_right_under_the_headline_is_not_the_headline():
    p = read_page(page("Dinsos Bagikan Terpal untuk Korban Angin Kencang", "Pembagian Terpal Kepada Warga Di Desa Cibening",
                       f"SUKAMEKAR - {LEAD}", MORE))
    assert p.headline == "Dinsos Bagikan Terpal untuk Korban Angin Kencang"


@pytest.mark.parametrize("line, kind", [
    ("The post Dinsos Antar Makanan untuk Lansia appeared first on Situsku.", "ui"),
    ("Pos Dinsos Antar Makanan untuk Lansia muncul pertama kali di Situsku.", "ui"),
    ("VIDEO: Camat Cibening Bagikan Selimut untuk Lansia", "link"),
    ("GALERI: Suasana Pasar Murah di Alun-alun", "link"),
    # story that only opens the same way
    ("Pos pelayanan itu muncul pertama kali saat banjir tahun lalu, kata warga.", None),
])
def test_feed_footers_and_other_items_videos_are_furniture(line, kind):
    assert furniture_kind(line) == kind


# ("Judul | Halaman 2" is a PDF's running footer's form: furniture, see test_a_pdf_footer...)
@pytest.mark.parametrize("shown", ["Dinsos Antar Makanan untuk Lansia - Halaman 2", "Dinsos Antar Makanan untuk Lansia Halaman all"])
def test_a_pager_glued_to_the_headline_goes(shown):
    p = read_page(page(shown, "Senin, 7 Desember 2026", f"SUKAMEKAR - {LEAD}", QUOTE))
    assert p.headline == "Dinsos Antar Makanan untuk Lansia"


def test_a_baca_juga_glued_to_a_paragraphs_end_leaves_the_story():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR - {LEAD} Baca juga: Bupati Resmikan Taman Lansia di Cibening", QUOTE))
    assert "Resmikan Taman" not in p.body and p.body.startswith(f"SUKAMEKAR - {LEAD}")


def test_a_sentence_that_goes_on_after_baca_juga_stays_whole():
    line = f"SUKAMEKAR - {LEAD} Baca juga: warga diminta memeriksa nama di daftar penerima."
    assert line in read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", line, QUOTE)).body


def test_an_author_box_under_the_story_is_the_pages_tail():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", f"SUKAMEKAR - {LEAD}", QUOTE,
                       "Tentang Penulis", "Rina Marlina", "Rina meliput isu sosial di Sukamekar sejak 2015."))
    assert "meliput isu sosial" not in p.body and "Bantuan ini kami antar" in p.body


def test_one_word_after_a_bar_is_the_sites_name():
    p = read_page(page("Kapan Bansos Lansia Cair? Ini Jadwal Lengkapnya | Situsku", "Senin, 7 Desember 2026",
                       f"SUKAMEKAR - {LEAD}", QUOTE))
    assert p.headline == "Kapan Bansos Lansia Cair? Ini Jadwal Lengkapnya"
    # a headline's second half after a bar says more than one word
    p = read_page(page("Banjir Surut | Warga Cibening Kembali ke Rumah", "Senin, 7 Desember 2026", f"SUKAMEKAR - {LEAD}"))
    assert p.headline == "Banjir Surut | Warga Cibening Kembali ke Rumah"


def test_offices_listed_inside_the_story_stay():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", f"SUKAMEKAR – {LEAD}", "Kegiatan ini melibatkan:",
                       "Dinas Sosial Kabupaten Sukamekar", "Badan Penanggulangan Bencana Daerah", QUOTE))
    assert "Dinas Sosial Kabupaten Sukamekar" in p.body


def test_agenda_lines_a_story_repeats_are_no_running_footer():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", f"SUKAMEKAR – {LEAD}", "Gelombang pertama: 8 Desember 2026",
                       "Tempat: Aula Dinas Sosial", "Gelombang kedua: 10 Desember 2026", "Tempat: Aula Dinas Sosial", QUOTE))
    assert p.body.count("Tempat: Aula Dinas Sosial") == 2


def test_schedule_headings_dated_after_the_page_are_story_not_other_items():
    p = read_page(page("Jadwal Penyaluran Bansos Lansia Bulan Desember", "Senin, 7 Desember 2026", f"SUKAMEKAR – {LEAD}",
                       "Penyaluran Tahap Dua di Kecamatan Sukamaju", "10 Desember 2026"))
    assert "Tahap Dua di Kecamatan Sukamaju" in p.body and p.date == dt.date(2026, 12, 7)


def test_a_common_word_after_air_before_a_dash_is_no_place():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026",
                       "Air Bersih – Warga Cibening kini tidak perlu lagi membeli air dari pedagang keliling.", QUOTE))
    assert p.location is None


def test_a_caption_under_a_headline_in_capitals_is_not_the_headline():
    p = read_page(page("DINSOS BAGIKAN TERPAL UNTUK KORBAN ANGIN KENCANG", "Rabu, 9 Desember 2026",
                       "Pembagian Terpal Kepada Warga Di Desa Cibening", f"SUKAMEKAR - {LEAD}", MORE))
    assert p.headline == "DINSOS BAGIKAN TERPAL UNTUK KORBAN ANGIN KENCANG"


def test_a_weekday_and_its_date_in_parentheses_alone_is_a_date_line():
    assert page_date_of("Senin (7/12/2026)") == dt.date(2026, 12, 7)
    assert page_date_of("Kamis (10/12/2026) pagi warga berkumpul") is None  # an event day in a sentence


def test_a_hijri_date_beside_the_masehi_one_is_no_headline_and_no_obstacle():
    assert page_date_of("Senin, 7 Desember 2026 M / 26 Jumadil Akhir 1448 H") == dt.date(2026, 12, 7)
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "26 Jumadil Akhir 1448 H", f"SUKAMEKAR - {LEAD}", QUOTE))
    assert p.headline == "Dinsos Antar Makanan untuk Lansia" and p.date is None


def test_a_capitalized_word_a_pdf_broke_is_whole_again():
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Suka-",
                       "mekar menyalurkan bantuan kepada 300 warga lanjut usia di tujuh kecamatan.", QUOTE))
    assert "Kabupaten Sukamekar menyalurkan" in p.body


@pytest.mark.parametrize("line, kind", [
    ("« Dinsos Latih 40 Kader Posyandu Lansia", "link"),
    ("Bupati Resmikan Taman Lansia di Cibening »", "link"),
    ("«Kami siap membantu warga»", None),  # speech in a pair of guillemets
])
def test_one_guillemet_alone_points_to_another_post(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line, kind", [
    ("Setuju 60%", "ui"),
    ("Tidak setuju 40%", "ui"),
    ("Senang: 25 %", "ui"),
    ("Angka kemiskinan 9,5%", None),  # a figure of the story
    ("Masukkan alamat email Anda", "ui"),
    ("Masuk untuk berkomentar", "ui"),
    ("Bagikan kutipan: \"Program ini untuk semua lansia,\" kata Bupati", "share"),
])
def test_polls_forms_and_share_a_quote_lines_are_furniture(line, kind):
    assert furniture_kind(line) == kind


def test_a_headline_quoting_someone_is_no_quote_of_the_story():
    from melati_archive.nlp.extract import extract
    text = page("\"Makanan Kami Antar Tiap Pagi,\" Kata Kadinsos Sukamekar", "Senin, 7 Desember 2026", LEAD, QUOTE)
    assert [q.text for q in extract(text).quotes] == [
        "Bantuan ini kami antar langsung agar warga tidak perlu antre di kantor dinas"]


def test_a_first_line_without_quote_marks_keeps_the_person_it_introduces():
    from melati_archive.nlp.extract import extract
    text = ("Bupati Sukamekar Budi Santoso membuka Musrenbang.\n"
            "\"Usulan warga harus menjadi dasar anggaran,\" ucapnya membuka sambutan.\n")
    assert [q.speaker for q in extract(text).quotes] == ["Budi Santoso"]


@pytest.mark.parametrize("line, day", [("9/12/26", dt.date(2026, 12, 9)), ("Rabu, 9/12/26 10:15", dt.date(2026, 12, 9)),
                                       ("Nomor 5/12/26", None)])
def test_a_date_line_with_a_two_digit_year(line, day):
    assert page_date_of(line) == day


@pytest.mark.parametrize("line, relative", [("2 jam yang lalu", True), ("Diterbitkan 3 hari lalu", True),
                                            ("Kemarin, 10:15", True), ("1 day ago", True),
                                            ("2 jam yang lalu warga mulai mengungsi", False)])
def test_a_relative_time_stamp(line, relative):
    from melati_archive.nlp.pagedates import is_relative_time
    assert is_relative_time(line) is relative


def test_a_verbless_caption_under_a_relative_time_stamp_is_not_the_headline():
    p = read_page(page("Dinsos Bagikan Terpal untuk Korban Angin Kencang", "2 jam yang lalu",
                       "Pembagian Terpal Kepada Warga Di Desa Cibening", f"SUKAMEKAR - {LEAD}", MORE))
    assert (p.headline, p.date) == ("Dinsos Bagikan Terpal untuk Korban Angin Kencang", None)


def test_a_caps_title_a_pdf_wrapped_before_its_small_word_is_one_headline():
    p = read_page(page("DINSOS BAGIKAN TERPAL", "UNTUK KORBAN ANGIN KENCANG", f"Sukamekar, 9 Desember 2026 – {LEAD}", MORE))
    assert p.headline == "DINSOS BAGIKAN TERPAL UNTUK KORBAN ANGIN KENCANG"


def test_a_release_forms_title_label_goes():
    p = read_page(page("Judul: Dinsos Bagikan Terpal untuk Korban Angin Kencang", f"SUKAMEKAR - {LEAD}", MORE))
    assert p.headline == "Dinsos Bagikan Terpal untuk Korban Angin Kencang"


@pytest.mark.parametrize("line, day", [("Monday, Dec 7 2026", dt.date(2026, 12, 7)), ("Desember 7 2026", dt.date(2026, 12, 7)),
                                       ("Rapat Mei 7 2026", None)])
def test_a_date_line_with_month_day_and_year_without_comma(line, day):
    assert page_date_of(line) == day


def test_translated_by_is_a_credit():
    assert credit_of("Translated by: Anindya Putri") == {"translator": "Anindya Putri"}


@pytest.mark.parametrize("opening, place", [("Lombok Timur – ", "Lombok Timur"), ("Hulu Sungai Tengah – ", "Hulu Sungai Tengah"),
                                            ("Dinsos Utara – ", None), ("Rahmat Hidayat – ", None)])
def test_a_place_with_a_compass_word_before_a_dash(opening, place):
    p = read_page(page("Dinsos Antar Makanan untuk Lansia", "Senin, 7 Desember 2026", opening + LEAD, QUOTE))
    assert p.location == place


# --- Session 15: portals, pagers, galleries, signature blocks ----------------------------------

S15_HEAD = "Pemkab Sukamekar Perbaiki 60 Rumah Tidak Layak Huni"
S15_LEAD = ("SUKAMEKAR – Pemerintah Kabupaten Sukamekar memperbaiki 60 rumah tidak layak huni milik warga miskin di "
            "lima kecamatan sepanjang bulan ini.")
S15_QUOTE = "\"Atap dan lantainya kami ganti lebih dulu,\" kata Kepala Dinas Perumahan, Sri Wahyuni."


@pytest.mark.parametrize("crumbs", ["Beranda » Berita » Kamis, 10 Desember 2026 » Pemkab Perbaiki Rumah",
                                    "Home / Berita Daerah / 10-12-2026"])
def test_a_breadcrumb_that_holds_the_date_gives_the_page_date(crumbs):
    got = read_page(page(crumbs, S15_HEAD, S15_LEAD, S15_QUOTE))
    assert got.date == dt.date(2026, 12, 10)
    assert crumbs not in got.body


def test_a_breadcrumb_with_two_different_dates_gives_none():
    assert page_date_of("Beranda » 9 Desember 2026 » 10 Desember 2026 » Berita") is None


def test_a_date_line_whose_fields_open_with_icons():
    assert page_date_of("🗓 10 Desember 2026  ✍ Admin  👁 87 kali dilihat") == dt.date(2026, 12, 10)


@pytest.mark.parametrize("line", ["« Sebelumnya 1 2 3 Berikutnya »", "Lanjut ke halaman berikutnya", "3 / 8",
                                  "Buka di Aplikasi", "ttd", "NIP. 19800101 200501 1 002", "Konten Promosi"])
def test_pagers_app_prompts_and_signature_marks_are_furniture(line):
    assert furniture_kind(line) is not None


def test_a_gallery_counter_inside_a_sentence_stays_story():
    assert furniture_kind("Skor akhir pertandingan itu 3 / 1 untuk tim tuan rumah.") is None


def test_a_photo_page_keeps_its_captions_as_the_story():
    got = read_page(page("FOTO: Rumah Warga Cibening Diperbaiki", "Kamis, 10 Desember 2026 09:00 WIB", "1 / 2",
                         "Tukang memasang rangka atap baru di rumah seorang warga Desa Cibening. (Foto: Humas/Andi)",
                         "2 / 2", "Seorang nenek berdiri di depan rumahnya yang lantainya sudah dikeramik. (Foto: Humas/Andi)"))
    assert "memasang rangka atap" in got.body and "lantainya sudah dikeramik" in got.body
    assert "1 / 2" not in got.body


def test_a_caption_on_a_page_with_a_story_still_leaves():
    got = read_page(page(S15_HEAD, "Kamis, 10 Desember 2026", "Tukang memasang rangka atap baru di rumah warga. (Foto: Humas/Andi)",
                         S15_LEAD, S15_QUOTE))
    assert "rangka atap" not in got.body and "lima kecamatan" in got.body


def test_a_signature_block_with_ttd_and_nip_leaves_the_story():
    got = read_page(page(S15_HEAD, "Sukamekar, 10 Desember 2026 – " + S15_LEAD[len("SUKAMEKAR – "):], S15_QUOTE,
                         "Kepala Dinas Perumahan", "Kabupaten Sukamekar,", "ttd", "Sri Wahyuni, S.T., M.T.",
                         "NIP. 19800101 200501 2 002"))
    assert got.body.endswith("Sri Wahyuni.")


def test_a_sign_off_date_and_office_with_a_comma_is_a_signature():
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, "Sukamekar, 10 Desember 2026", "Kepala Dinas Perumahan,",
                         "Sri Wahyuni"))
    assert got.body.endswith("Sri Wahyuni.") and got.date == dt.date(2026, 12, 10)


def test_short_lines_after_the_story_without_a_signature_mark_stay():
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, "Kecamatan yang dijangkau:", "Cibening", "Sukasari"))
    assert "Cibening" in got.body and "Sukasari" in got.body


@pytest.mark.parametrize("marker", ["Informasi lebih lanjut hubungi:", "Untuk keterangan lebih lanjut, silakan menghubungi:",
                                    "Narahubung: Dewi (0813-1111-2222)", "Tembusan:"])
def test_a_release_contact_or_copy_block_ends_the_story(marker):
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, marker, "Dewi Anggraini", "Telp. 0813-1111-2222"))
    assert "0813" not in got.body and "lima kecamatan" in got.body


def test_a_sentence_about_more_information_stays_story():
    line = "Informasi lebih lanjut tentang pendaftaran dapat diperoleh di kantor desa masing-masing."
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, line))
    assert line in got.body


@pytest.mark.parametrize("tail", ["Pilihan Editor", "Konten Promosi"])
def test_an_editors_picks_or_promotion_block_after_the_story_leaves(tail):
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, tail, "Bupati Resmikan Jembatan Gantung di Cibening",
                         "Harga Cabai di Pasar Sukamekar Turun"))
    assert "Jembatan Gantung" not in got.body and "Atap dan lantainya" in got.body


@pytest.mark.parametrize("line", ["👉 Baca juga: Bupati Resmikan Jembatan Gantung", "📌 BACA JUGA: Harga Cabai Turun",
                                  "➡️ Simak juga: Pasar Murah di Alun-alun"])
def test_a_link_label_after_an_icon_is_a_link(line):
    assert furniture_kind(line) == "link"


@pytest.mark.parametrize("line", ["Topik Terkait: Rumah Layak Huni Dinas Perumahan", "Kata Kunci: rutilahu, bedah rumah"])
def test_a_related_topics_or_keywords_line_is_tags(line):
    assert furniture_kind(line) == "tags"


@pytest.mark.parametrize("line", ["Belum ada komentar. Jadilah yang pertama berkomentar!", "Laporkan iklan",
                                  "Update 14.30 WIB", "Pukul 08.00 WITA", "09:15 WIT", "Foto 2 dari 6"])
def test_comment_invitations_ad_buttons_time_headings_and_photo_counters_are_furniture(line):
    assert furniture_kind(line) == "ui"


def test_a_sentence_with_a_time_stays_story():
    assert furniture_kind("Rapat dimulai pukul 09.00 WIB di aula kantor bupati.") is None


@pytest.mark.parametrize("line", ["Peringatan Hari Disabilitas 3 Desember 2026 Digelar Meriah",
                                  "Beranda » Berita » Peringatan Hari Disabilitas 3 Desember 2026 Digelar Meriah"])
def test_a_headline_holding_a_date_between_its_words_is_no_date_line(line):
    assert page_date_of(line) is None


@pytest.mark.parametrize("line, day", [("Diposting pada 3 Desember 2026 oleh Admin", dt.date(2026, 12, 3)),
                                       ("Admin 3 Desember 2026 Dibaca 120 kali", dt.date(2026, 12, 3)),
                                       ("Senin 3 Desember 2026 Pukul 10.00 WIB", dt.date(2026, 12, 3))])
def test_labels_around_a_date_keep_it_a_date_line(line, day):
    assert page_date_of(line) == day


def test_a_top_bar_date_over_the_menu_bar_is_the_visits_day_not_the_pages():
    got = read_page(page("Selasa, 15 Desember 2026 Pengaduan PPID", "Beranda Profil Berita Layanan Kontak", S15_HEAD,
                         S15_LEAD, S15_QUOTE))
    assert got.date is None and got.headline == S15_HEAD


def test_a_date_line_under_the_headline_stays_the_pages_date_below_a_top_bar():
    got = read_page(page("Selasa, 15 Desember 2026 Pengaduan PPID", "Beranda Profil Berita Layanan Kontak", S15_HEAD,
                         "Kamis, 10 Desember 2026 09:00", S15_LEAD, S15_QUOTE))
    assert got.date == dt.date(2026, 12, 10)


@pytest.mark.parametrize("line, kind", [("📲 Bagikan ke WhatsApp", "share"), ("🔗 Salin tautan", "share"),
                                        ("Diperbarui 10.30 WIB", "ui"), ("Terakhir diperbarui: 10:30", "ui")])
def test_icon_share_rows_and_an_updated_clock_without_a_date_are_furniture(line, kind):
    assert furniture_kind(line) == kind


def test_a_regional_contributor_line_gives_the_author():
    assert credit_of("Kontributor Sukamekar, Rina Marlina") == {"author": "Rina Marlina"}
    assert credit_of("Kontributor desa itu, kata dia.") is None


def test_dates_of_a_schedule_the_story_introduces_are_story_not_the_page_date():
    got = read_page(page(S15_HEAD, "SUKAMEKAR, 10 Desember 2026 – " + S15_LEAD[len("SUKAMEKAR – "):],
                         "Jadwal perbaikan berikutnya:", "Jumat, 11 Desember 2026 – Desa Sukasari",
                         "Sabtu, 12 Desember 2026 – Desa Cibening", S15_QUOTE))
    assert got.date == dt.date(2026, 12, 10)
    assert "Jumat, 11 Desember 2026 – Desa Sukasari" in got.body and "Desa Cibening" in got.body


def test_dates_under_a_related_items_label_stay_out_of_the_story():
    got = read_page(page(S15_HEAD, "Kamis, 10 Desember 2026", S15_LEAD, S15_QUOTE, "Baca juga berita lainnya:",
                         "Jumat, 11 Desember 2026", "Bupati Resmikan Jembatan Gantung di Cibening"))
    assert got.date == dt.date(2026, 12, 10) and "11 Desember" not in got.body


def test_a_letters_close_hormat_kami_starts_the_signature():
    got = read_page(page(S15_HEAD, S15_LEAD, S15_QUOTE, "Hormat kami,", "Humas Dinas Perumahan", "Kabupaten Sukamekar"))
    assert got.body.endswith("Sri Wahyuni.")


def test_a_subheading_of_portal_words_inside_a_story_stays():
    assert furniture_kind("Layanan Informasi Publik Dinas Sosial") is None
    assert furniture_kind("Beranda Profil Layanan Pengaduan Kontak") == "menu"


def test_a_byline_label_ending_in_a_colon_keeps_its_date_the_pages():
    got = read_page(page(S15_HEAD, "Ditulis oleh Admin pada:", "Kamis, 10 Desember 2026", S15_LEAD, S15_QUOTE))
    assert got.date == dt.date(2026, 12, 10)
