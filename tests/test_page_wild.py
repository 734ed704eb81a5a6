"""nlp.page on forms found reading real pages nobody here had seen (session 16, wild reading).

Every page here is written for the test (invented offices, people and places) in the form a real page
showed: the story's first paragraph, its dateline's place, the headline, and the furniture around them.
"""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.nlp.credits import credit_of
from melati_archive.nlp.page import read_page

QUOTE = "“Bantuan ini kami antar langsung agar warga tidak perlu antre di kantor dinas,” kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat."
MORE = "Selain sembako, petugas juga membagikan terpal dan selimut untuk keluarga yang atapnya rusak."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- The story's first paragraph ----------------------------------------------------------------

def test_first_paragraph_dense_with_offices_and_names_stays_in_the_story():
    names = ("Dinas Sosial Kabupaten Sukamekar bersama Badan Amil Zakat Nasional (Baznas) dan Palang Merah Indonesia "
             "(PMI) Cabang Sukamekar menandatangani Nota Kesepahaman Layanan Korban Bencana, Senin (7/12).")
    signers = ("Penandatanganan dilakukan oleh Kepala Dinas Sosial Rahmat Hidayat, Ketua Baznas Siti Aminah, Ketua PMI "
               "Cabang Sukamekar Dodi Pratama, disaksikan Bupati Sukamekar Asep Sunandar di Pendopo Sukamekar.")
    text = page("Kegiatan", "DINSOS, BAZNAS DAN PMI SUKAMEKAR TEKEN NOTA KESEPAHAMAN",
                "DINSOS, BAZNAS DAN PMI SUKAMEKAR TEKEN NOTA KESEPAHAMAN", names, signers, QUOTE, MORE)
    got = read_page(text)
    assert got.body.startswith(names)
    assert signers in got.body


def test_first_paragraph_opening_with_a_capitalized_word_under_teasers_stays():
    lead = ("DINAS Sosial (Dinsos) Kabupaten Sukamekar membuka tiga Lumbung Sosial (Lumsos) baru di Kecamatan Cibening, "
            "Cikadu dan Sindang. Pasalnya, Lumbung Sosial (Lumsos) Kecamatan Sukamekar tidak menampung stok Bencana Alam (BA).")
    text = page("Headline", "Pemerintah mengubah aturan tentang pupuk bersubsidi.", "Harga beras medium turun dua persen.",
                lead, QUOTE, MORE)
    got = read_page(text)
    assert got.body.startswith(lead)
    assert "pupuk bersubsidi" not in got.body


def test_dek_sentence_above_a_dense_first_paragraph_stays_out():
    lead = ("DINAS Sosial (Dinsos) Kabupaten Sukamekar membuka tiga Lumbung Sosial (Lumsos) baru di Kecamatan Cibening, "
            "Cikadu dan Sindang. Pasalnya, Lumbung Sosial (Lumsos) Kecamatan Sukamekar tidak menampung stok Bencana Alam (BA).")
    text = page("Harga beras medium di pasar induk turun dua persen pekan ini.", lead, QUOTE, MORE)
    assert read_page(text).body.startswith(lead)


# --- The dateline's place -----------------------------------------------------------------------

STORY = ("Dinas Sosial menyalurkan bantuan paket sembako kepada 120 keluarga terdampak angin puting beliung di "
         "Kecamatan Cibening pada pekan ini.")


def test_dateline_alone_on_its_line_closed_by_a_dash_gives_its_place():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "SUKAMEKAR –", STORY, QUOTE, MORE)
    got = read_page(text)
    assert got.location == "Sukamekar"
    assert got.body.startswith("SUKAMEKAR – Dinas Sosial")


def test_place_and_province_alone_over_the_story_give_the_place():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "Sukamekar, Jawa Barat -", STORY, QUOTE)
    assert read_page(text).location == "Sukamekar"


def test_place_then_the_outlet_address_without_a_space_gives_the_place():
    text = page("Cibening Raya,kabarsukamekar.com-", STORY, QUOTE, MORE)
    assert read_page(text).location == "Cibening Raya"


def test_outlet_named_in_the_page_then_its_province_gives_the_province():
    text = page("Kabarcempaka.co Unduh aplikasi di Play Store", "Berita", "Dinsos Salurkan Sembako untuk Korban Puting Beliung",
                "KABAR CEMPAKA, JAWA BARAT – " + STORY, QUOTE, MORE)
    assert read_page(text).location == "Jawa Barat"


def test_outlet_in_capitals_without_its_address_on_the_page_stays_the_place():
    # no address names the outlet: two words in capitals before a province are read as the place, as before
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "SUKA MEKAR, JAWA BARAT – " + STORY, QUOTE)
    assert read_page(text).location == "Suka Mekar"


def test_sentence_closed_by_a_dash_is_no_dateline_over_the_next_line():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung",
                "Bantuan dibagikan di balai desa dan posko pengungsian -", STORY, QUOTE)
    assert read_page(text).location is None


# --- Captions that open like a dateline ---------------------------------------------------------

def test_caption_with_a_label_in_capitals_and_its_photographer_is_no_dateline():
    caption = ("SERAHKAN BANTUAN - Kepala Dinas Sosial, Rahmat Hidayat, saat menyerahkan paket sembako kepada warga "
               "Kecamatan Cibening. DODI PRATAMA")
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", caption, "SUKAMEKAR - " + STORY, QUOTE)
    got = read_page(text)
    assert got.location == "Sukamekar"
    assert "DODI PRATAMA" not in got.body
    assert got.body.startswith("SUKAMEKAR - Dinas Sosial")


def test_caption_closed_by_an_office_documentation_is_no_dateline():
    caption = "ANTRE BANTUAN - Warga mengantre paket sembako di balai desa. Dok Humas Sukamekar"
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", caption, "KABARSUKAMEKAR.COM - " + STORY, QUOTE)
    got = read_page(text)
    assert got.location is None
    assert "ANTRE BANTUAN" not in got.body and STORY in got.body


def test_caption_with_a_colon_label_written_twice_is_dropped_both_times():
    caption = ("BANTUAN SEMBAKO: Kepala Dinas Sosial, Rahmat Hidayat, menyerahkan paket kepada warga Cibening, "
               "kemarin. (RINA/KABAR SUKAMEKAR).")
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", caption, caption, STORY, QUOTE, MORE)
    got = read_page(text)
    assert got.location is None
    assert "BANTUAN SEMBAKO" not in got.body and STORY in got.body


def test_dateline_paragraph_closed_by_a_name_in_capitals_stays_the_story():
    lead = "SUKAMEKAR - " + STORY[:-1] + ", kata Kepala Dinas Sosial. RAHMAT HIDAYAT"
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", lead, QUOTE, MORE)
    got = read_page(text)
    assert got.location == "Sukamekar"
    assert got.body.startswith("SUKAMEKAR - Dinas Sosial")


# --- Headline over widgets ----------------------------------------------------------------------

def test_colon_headline_naming_a_speaker_over_a_loading_widget_stays_the_headline():
    title = "Angin Kencang Rusak Atap, Asep: Balai Desa Jadi Tempat Menginap Warga"
    text = page(title, "loading...", "A", "A", "A", "SUKAMEKAR - " + STORY, QUOTE, MORE)
    got = read_page(text)
    assert got.headline == title
    assert got.location == "Sukamekar"
    assert "loading" not in got.body and title not in got.body


# --- Furniture ----------------------------------------------------------------------------------

def test_credit_listed_as_an_item_leaves_the_story():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "SUKAMEKAR - " + STORY, QUOTE,
                "Penulis : Rina Marlina", "- Penulis: kabarsukamekar")
    got = read_page(text)
    assert "Penulis" not in got.body
    assert got.credits["author"] == "Rina Marlina"


def test_bare_related_reading_label_inside_the_story_leaves_it():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "SUKAMEKAR - " + STORY, "Bacaan Lainnya",
                QUOTE, MORE)
    got = read_page(text)
    assert "Bacaan Lainnya" not in got.body
    assert QUOTE in got.body and MORE in got.body


def test_sentence_on_other_reading_stays_in_the_story():
    line = "Bacaan lain yang disiapkan dinas untuk pengungsi anak adalah buku cerita dan komik."
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "SUKAMEKAR - " + STORY, line, QUOTE)
    assert line in read_page(text).body


def test_place_in_capitals_with_its_paper_in_parentheses_and_a_colon_gives_the_place():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "CIBENING (Kabarku): " + STORY, QUOTE)
    assert read_page(text).location == "Cibening"


def test_label_in_capitals_with_a_note_in_parentheses_is_no_place():
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "PENTING (Harap Dibaca): " + STORY, QUOTE)
    assert read_page(text).location is None


def test_place_and_site_on_a_line_over_the_story_give_the_place():
    for line in ("Cibening Raya,kabarku.com.", "Cibening Raya - kabarku.id", "kabarku.co.id, Cibening Raya"):
        got = read_page(page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", line, STORY, QUOTE))
        assert got.location == "Cibening Raya", line
        assert STORY in got.body


def test_desk_and_site_on_a_line_over_the_story_give_no_place():
    got = read_page(page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", "Redaksi - kabarku.id", STORY, QUOTE))
    assert got.location is None


def test_headline_opening_with_an_office_short_form_and_its_full_stop_is_the_headline():
    title = "Plt. Kadinsos: Lumbung Sosial Cibening Siap Layani Pengungsi"
    text = page("Pemerintah Kabupaten Sukamekar", title, "• " + title, "• " + title, "SUKAMEKAR - " + STORY, QUOTE)
    assert read_page(text).headline == title


def test_two_sentences_stay_no_headline():
    text = page("Bantuan Cair. Warga Cibening Senang", "SUKAMEKAR - " + STORY, QUOTE)
    assert read_page(text).headline is None


def test_collection_link_label_is_no_headline():
    text = page("Headline", "Kumpulan Berita DPRD Sukamekar", "PULUHAN warga Cibening enggan pindah dari "
                "tebing yang retak, meski petugas sudah mengimbau sejak bulan lalu.", QUOTE, MORE)
    got = read_page(text)
    assert got.headline is None
    assert "Kumpulan Berita" not in got.body


# --- A release opening with its place and day, no dash ------------------------------------------

def test_release_opening_with_place_weekday_and_date_gives_place_and_date():
    lead = ("Sukamekar, Jumat 4 Desember 2026 bertempat di Pendopo, Dinas Sosial Kabupaten Sukamekar membagikan "
            "alat bantu dengar kepada dua puluh anak.")
    got = read_page(page("DINSOS BAGIKAN ALAT BANTU DENGAR UNTUK ANAK", lead, MORE))
    assert got.location == "Sukamekar"
    assert str(got.date) == "2026-12-04"
    assert got.body.startswith(lead)


def test_name_with_weekday_and_date_opening_a_sentence_is_no_dateline():
    lead = ("Rahmat, Jumat 4 Desember 2026 menjadi hari pertama ia bertugas di posko pengungsian Cibening bersama "
            "puluhan relawan lain.")
    got = read_page(page("Relawan Muda Jaga Posko Pengungsian", lead, MORE))
    assert got.location is None and got.date is None


def test_extractor_reads_no_place_from_a_caption_over_an_outlet_dateline():
    from melati_archive.nlp.extract import extract

    caption = "ANTRE BANTUAN - Warga mengantre paket sembako di balai desa. Dok Humas Sukamekar"
    text = page("Dinsos Salurkan Sembako untuk Korban Puting Beliung", caption, "KABARSUKAMEKAR.COM - " + STORY, QUOTE)
    assert extract(text).location is None


# --- Batch 2 forms ------------------------------------------------------------------------------

def test_comment_prompt_ends_the_story_and_its_widget_dates_are_not_the_page_date():
    text = page("SUKAMEKAR (Kabarku): " + STORY, QUOTE, "Berikan Komentar", "Kawan, simak kabar lain dari kami...", "4120",
                "Kominfo Sukamekar", "03-Nov-2026", "215", "03-Nov-2026", "Pemkab Sukamekar")
    got = read_page(text)
    assert got.date is None
    assert "Berikan Komentar" not in got.body and "Kominfo Sukamekar" not in got.body
    assert QUOTE in got.body


def test_photo_credit_line_over_a_caption_leaves_the_story():
    text = page("Warga Cibening Tambal Atap Balai dengan Swadaya", "Penulis: Rina | Editor: Dodi",
                "KABARKU.com/RINA MARLINA",
                "Seorang relawan memasang seng baru di atap balai warga Dusun Cempaka, Desa Cibening, Kabupaten Sukamekar",
                "Pekerjaan dimulai pagi hari dan selesai sebelum azan zuhur.", QUOTE, MORE)
    got = read_page(text)
    assert "KABARKU.com/RINA" not in got.body and "Seorang relawan memasang" not in got.body
    assert got.body.startswith("Pekerjaan dimulai")


def test_dek_under_the_headline_and_over_the_credits_stays_out_of_a_page_two():
    dek = "Atap balai warga Cibening bocor sejak musim hujan lalu dan belum juga diperbaiki dinas."
    text = page("Berita Viral", "Warga Cibening Tambal Atap Balai Warga Secara Gotong Royong", dek, "Penulis: Rina | Editor: Dodi",
                "\"Kami iuran beli seng sendiri karena balai dipakai tiap minggu,\" kata Asep, warga Cibening.",
                MORE)
    got = read_page(text)
    assert dek not in got.body
    assert got.body.startswith("\"Kami iuran")


def test_one_sentence_story_over_its_writer_credit_stays():
    only = "Dinas Sosial Sukamekar membagikan 300 paket sembako kepada korban angin kencang di Cibening, pekan ini."
    text = page("Dinsos Bagikan Sembako untuk Korban Angin Kencang", only, "Penulis: Rina Marlina")
    assert read_page(text).body.startswith(only)


def test_caption_naming_an_assistant_and_his_name_leaves_the_story():
    text = page("SUKAMEKAR - " + STORY, "Asisten II Bidang Ekonomi, Rahmat", QUOTE, MORE)
    got = read_page(text)
    assert "Asisten II Bidang Ekonomi, Rahmat" not in got.body and QUOTE in got.body


def test_page_copied_with_its_paragraph_markup_reads_as_lines():
    text = ("Kabarku - Berita Sukamekar Hari Ini\n\n<p><strong>Kabarku.com, SUKAMEKAR &mdash;</strong> " + STORY
            + "</p><p>" + QUOTE.replace("“", "&quot;").replace("”", "&quot;") + "</p><p>" + MORE + "</p>")
    got = read_page(text)
    assert got.location == "Sukamekar"
    assert "<p>" not in got.body and "&mdash;" not in got.body and "<strong>" not in got.body
    assert MORE in got.body


def test_text_naming_one_tag_stays_as_written():
    line = "Petugas menulis <p> di formulir daring untuk memisahkan alinea laporan bantuan warga Cibening."
    text = page("Dinsos Latih Operator Desa Mengisi Laporan Daring", "SUKAMEKAR - " + STORY, line, MORE)
    assert line in read_page(text).body


def test_site_name_and_tagline_over_the_story_is_no_headline():
    text = page("Kabarku - Kabar Sukamekar Hari Ini", "Kabarku.com, CIBENING — " + STORY, QUOTE, MORE)
    got = read_page(text)
    assert got.headline is None
    assert got.location == "Cibening"


def test_headline_with_a_dash_not_naming_the_site_stays():
    title = "Banjir Surut - Warga Cibening Kembali ke Rumah"
    text = page(title, "Kabarku.com, CIBENING — " + STORY, QUOTE)
    assert read_page(text).headline == title


# --- Batch 3 forms ------------------------------------------------------------------------------

def test_outlet_name_in_title_case_then_a_known_city_gives_the_city():
    text = page("Dinsos Buka Dapur Umum untuk Korban Angin",
                "Kabar Timur, Kendari – Dinas Sosial membuka dapur umum di halaman kantor kelurahan untuk warga yang "
                "rumahnya rusak diterjang angin.", QUOTE)
    assert read_page(text).location == "Kendari"


def test_place_then_an_address_that_lost_its_dots_gives_the_place():
    text = page("Posyandu Lansia Cibening Kini Buka Dua Kali Sebulan",
                "Cibening, Kabarku news com – Posyandu lansia di Dusun Cempaka kini melayani pemeriksaan dua kali "
                "sebulan, bukan lagi sekali.", QUOTE)
    assert read_page(text).location == "Cibening"


def test_empty_ad_slots_and_a_copied_link_notice_leave_the_story():
    text = page("SUKAMEKAR - " + STORY, QUOTE, "Tags:", "Sosial", "Lansia", "Top ad", "Middle Ad 1", "Parallax Ad",
                "Bottom Ad", "Link copied to clipboard.")
    got = read_page(text)
    assert got.body == "SUKAMEKAR - " + STORY + "\n" + QUOTE


def test_words_after_a_bare_tags_label_stay_when_they_are_a_sentence():
    line = "Lansia di Cibening kini menerima makanan bergizi setiap pagi dan sore."
    text = page("SUKAMEKAR - " + STORY, "Tags:", line, QUOTE)
    assert line in read_page(text).body


def test_camera_settings_pasted_under_a_photo_leave_the_story():
    text = page("SUKAMEKAR - " + STORY, "module: b;", "hw-remosaic: 1;", "sceneMode: Night;", "aec_lux: 96.5;", QUOTE)
    got = read_page(text)
    assert "module" not in got.body and "sceneMode" not in got.body and QUOTE in got.body


def test_one_labelled_line_ending_with_a_semicolon_stays():
    line = "Lokasi: Balai Desa Cibening;"
    text = page("SUKAMEKAR - " + STORY, line, QUOTE)
    assert line in read_page(text).body


def test_pull_quote_above_its_quote_leaves_the_story():
    pull = "Setiap penghuni panti kami dampingi sampai bisa mandiri"
    quote = ("\"Kami mengelola dua panti di Cibening. Setiap penghuni panti kami dampingi sampai bisa mandiri,\" ujar "
             "Kepala Dinas Sosial, Rahmat Hidayat.")
    text = page("SUKAMEKAR - " + STORY, pull, quote, MORE)
    got = read_page(text)
    assert got.body == "SUKAMEKAR - " + STORY + "\n" + quote + "\n" + MORE


# --- Batch 4 forms ------------------------------------------------------------------------------

def test_place_then_an_outlet_named_with_a_news_word_gives_the_place():
    text = page("Dinsos Bagikan Selimut untuk Korban Angin", "Sukamekar, Kabar Pos – " + STORY, QUOTE)
    assert read_page(text).location == "Sukamekar"


def test_paper_and_photographer_credit_in_capitals_is_no_headline_and_its_caption_leaves():
    title = "Posyandu Cempaka Tambah Meja Layanan, Antrean Warga Lansia Berkurang"
    text = page("Berita Viral", title, "Penulis: Rina | Editor: Dodi", "KORAN SUKAMEKAR/DODI PRATAMA",
                "MEJA BARU - Kader menimbang berat badan seorang warga lansia di Posyandu Cempaka, Kamis (3/12/2026).",
                "KABARKU.COM - " + STORY, QUOTE)
    got = read_page(text)
    assert got.headline == title
    assert "MEJA BARU" not in got.body and got.body.startswith("KABARKU.COM - ")


def test_story_dateline_under_a_credit_line_stays_the_story():
    text = page("Dinsos Bagikan Sembako untuk Korban Angin", "KORAN SUKAMEKAR/DODI PRATAMA", "SUKAMEKAR - " + STORY, QUOTE)
    got = read_page(text)
    assert got.location == "Sukamekar" and got.body.startswith("SUKAMEKAR - ")


def test_extractor_reads_no_place_from_a_labelled_caption_under_a_credit_line():
    from melati_archive.nlp.extract import extract

    text = page("Dinsos Bagikan Sembako untuk Korban Angin", "KORAN SUKAMEKAR/DODI PRATAMA",
                "ANTRE BANTUAN - Warga mengantre paket sembako di balai desa Cibening, Senin (7/12/2026).",
                "KABARKU.COM - " + STORY, QUOTE)
    assert extract(text).location is None


# --- Batch 5 forms ------------------------------------------------------------------------------

def test_first_paragraph_glued_to_the_outlet_is_no_headline_and_stays():
    lead = ("Kabarku-Rapat Koordinasi Posyandu (Rakor Posyandu) tingkat kecamatan tahun 2027, dipimpin Camat "
            "Cibening bersama Puskesmas Cibening, Kabupaten Sukamekar, Senin (7/12/2026).")
    text = page("1", "Camat Cibening Pimpin Rakor Posyandu", lead,
                "Rapat itu menyusun jadwal kunjungan kader ke rumah lansia untuk tahun depan.", QUOTE)
    got = read_page(text)
    assert got.headline == "Camat Cibening Pimpin Rakor Posyandu"
    assert got.body.startswith(lead)


def test_photo_title_over_its_credited_caption_is_no_headline_and_leaves_the_story():
    title = "Dinsos Sukamekar Latih 40 Kader Posyandu Lansia"
    text = page(title, "Dinas Sosial melatih 40 kader posyandu lansia selama tiga hari di aula kecamatan.",
                "oleh Kabarku.com diperbarui 28 Apr 2026, 08:30 WIB", "Diterbitkan 28 Apr 2026, 08:30 WIB",
                "Kepala Dinsos Buka Pelatihan Kader di Cibening",
                "Kepala Dinas Sosial membuka pelatihan di aula kecamatan. (Foto: Kabarku/ Rina Marlina)",
                "Kabarku.com, Sukamekar - " + STORY, QUOTE,
                "Kader Praktik Menimbang Berat Badan",
                "Kader berlatih menimbang berat badan lansia, Jumat (4/12). (Kabarku.com/Dodi Pratama)", MORE)
    got = read_page(text)
    assert got.headline == title
    assert "Kader Praktik Menimbang" not in got.body and MORE in got.body


def test_subheading_over_a_story_paragraph_stays():
    sub = "Bantuan Tahap Dua Cair Pekan Depan"
    text = page("SUKAMEKAR - " + STORY, sub, MORE)
    assert sub in read_page(text).body


def test_place_and_paper_alone_over_the_story_give_the_place():
    text = page("Dinsos Antar Kursi Roda ke Rumah Penerima", "Bandung, Kabarku",
                "Petugas Dinas Sosial mengantar kursi roda langsung ke rumah dua belas penerima yang tidak bisa datang ke "
                "kantor, Selasa siang.", QUOTE)
    assert read_page(text).location == "Bandung"


def test_writer_and_unknown_place_over_the_story_give_no_place():
    text = page("Dinsos Bagikan Sembako untuk Korban Angin", "Rina, Cempakawangi", STORY, QUOTE)
    assert read_page(text).location is None


def test_a_reporter_and_redaktur_row_is_credits_not_the_headline():
    # a national daily writes its credits as one row under the headline: "Rep: Name/ Red: Name"
    page = read_page(
        "Selasa 9 Juni 2026 10:15 WIB\n\n"
        "Warga Sukamaju Gotong Royong Bersihkan Saluran Air\n\n"
        "Kerja bakti digelar menjelang musim hujan.\n\n"
        "Rep: Dedi Kurniawan/ Red: Sri Lestari\n"
        "SUKAMAJU -- Ratusan warga Desa Sukamaju membersihkan saluran air di sepanjang jalan desa, Minggu "
        "(7/6). Kegiatan itu digelar untuk mencegah banjir saat musim hujan tiba.\n")
    assert page.headline == "Warga Sukamaju Gotong Royong Bersihkan Saluran Air"
    assert page.credits == {"author": "Dedi Kurniawan", "editor": "Sri Lestari"}
    assert "Rep:" not in page.body and page.body.startswith("SUKAMAJU")


def test_other_items_listed_after_the_story_with_a_date_and_a_teaser_cut_short_are_the_tail():
    page = "\n".join([
        "Dinsos Sukamekar Bagikan Terpal untuk Warga",
        "SUKAMEKAR - " + QUOTE,
        MORE,
        "Selasa, 12 Maret 2024 - 10:15 WIB",
        "Bupati Sukamekar Rina Marlina meminta warga tetap waspada menghadapi musim hujan yang diperkira...",
        "Selasa, 12 Maret 2024 - 09:40 WIB",
        "Lembaga kajian pangan menyarankan pemerintah daerah menambah cadangan beras menjelang hari ra...",
    ])
    got = read_page(page)
    assert got.tail and got.tail[0] == "Selasa, 12 Maret 2024 - 10:15 WIB"
    assert "Rina Marlina" not in got.body


# --- Session 18: the site header's date over the headline ---------------------------------------------

LEAD_18 = ("Dinas Sosial Sukamekar menyalurkan 300 paket sembako kepada warga terdampak banjir di Kecamatan "
           "Cibening, Jumat (7/3/2025).")


def test_the_header_date_over_a_placeholder_line_is_not_the_pages_date():
    # a theme's top bar shows today's date, an image placeholder's text under it, then the headline
    p = read_page(page("Selasa, Agustus 12, 2025", "spot_img", "spot_img",
                       "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", f"SUKAMEKAR – {LEAD_18}", QUOTE, MORE))
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"
    assert p.date is None


def test_the_header_date_over_a_breadcrumb_that_lost_its_separators_is_not_the_pages_date():
    p = read_page(page("Kamis, 6 November 2025", "BerandaBeritaDinsos Sukamekar Salurkan Sembako untuk Korban Banjir",
                       "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", f"Sukamekar (Humas) – {LEAD_18}",
                       QUOTE, MORE))
    assert p.date is None


def test_the_header_date_above_the_headline_gives_way_to_the_stamp_under_it():
    p = read_page(page("Kamis, 6 November 2025", "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir",
                       "Jumat, 7 Maret 2025 - 14:20:05", "Kadinsos Sukamekar Rahmat Hidayat",
                       f"SUKAMEKAR - {LEAD_18}", QUOTE, MORE))
    assert p.date == dt.date(2025, 3, 7)


def test_a_date_line_first_on_the_page_right_over_the_headline_stays_the_pages_date():
    p = read_page(page("Jumat, 7 Maret 2025", "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir",
                       f"SUKAMEKAR – {LEAD_18}", QUOTE, MORE))
    assert p.date == dt.date(2025, 3, 7)


def test_a_caption_closed_by_a_slash_credit_is_not_the_headline():
    # "…/IST": the photo came from the office (istimewa), the caption's credit glued by a slash
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", "Jumat, 7 Maret 2025 14:20",
                       "Penyaluran sembako di Kecamatan Cibening 2025/IST", f"SUKAMEKAR – {LEAD_18}", QUOTE, MORE))
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"
    assert "2025/IST" not in p.body


def test_a_stamp_followed_by_the_writer_after_a_dash_is_the_pages_date_not_the_headline():
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir",
                       "Ratusan keluarga di Cibening menerima paket sembako dan terpal dari dinas sosial.",
                       "Jumat, 07 Maret 2025 09:45 WIB Jurnalis - Rina Marlina",
                       f"Sukamekar, Kabarku.id - {LEAD_18}", QUOTE, MORE))
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"
    assert p.date == dt.date(2025, 3, 7)


# --- Session 18: lines over the story that are no headline, and headlines the reader missed ------------

STORY_18 = (f"SUKAMEKAR – {LEAD_18}", "“Paket kami antar sampai ke rumah,” ujar Kepala Dinas Sosial Sukamekar, Rahmat Hidayat.",
            "Menurut Bambang Sutejo, pendataan dilakukan bersama kader desa.")


@pytest.mark.parametrize("line", [
    "Laporan: Rina Marlina",  # a regional paper's "reported by"
    "Peliput : Dodi Pratama",  # the reporter
    "ARTICLE AD BOX",  # an ad slot's label
    "Konten Media Partner",
    "kabarku Hadir di WhatsApp Channel",  # the site's channel notice
    "Kepala Dinas Sosial Kabupaten Sukamekar Rahmat Hidayat",  # a photo's caption: the office and the name
    "Kasi Rehabilitasi Sosial Dinsos Sukamekar Bambang Sutejo",
    "Rahmat Hidayat",  # a name alone
    "Kepala Dinas Sosial Sukamekar Rahmat Hidayat dalam sambutannya menyampaikan bahwa",  # a paragraph's piece
    "Kepala Dinas Sosial Sukamekar Rahmat Hidayat atau akrab disapa Pak Rahmat. (Sumber: Dok Dinas Sosial)",  # caption
    "Di tahun depan jumlahnya belum pasti karena masih menunggu anggaran, ucapnya",  # speech without its marks
    "RHM saat membuka kegiatan pelatihan Tagana oleh Dinsos",  # initials, then what the photo shows
    "Laporan Rina Marlina, Dodi Pratama, dan Siti Aminah",  # the writers of a report
    "Laporan Dodi Pratama I Sukamekar Barat",  # a regional paper's credit, its bar typed as I
    "Cibening, Kabarku.com – Pemerintah Kabupaten (Pemkab) Sukamekar",  # the story's first line, cut
    "Salah satu lapak pedagang di Pasar Cibening. /Kabar Sukamekar/Dodi Pratama/",  # a caption, its credit in slashes
])
def test_a_line_over_the_story_that_is_no_headline(line):
    p = read_page(page(line, *STORY_18))
    assert p.headline is None


@pytest.mark.parametrize("line, headline", [
    ("Kepala Dinas Sosial Sukamekar Rahmat Hidayat Tinjau Dapur Umum",) * 2,  # an office and a name, and what happened
    ("Laporan Keuangan Dinsos Sukamekar Raih Opini WTP",) * 2,  # "Laporan" opening a headline, no colon
    ("Kadinsos Sukamekar: Setelah Sembako, Apa Lagi?",) * 2,  # a headline quoting an office, ending on a question
    ("Dinsos Sukamekar Mantapkan Peran Taruna Siaga Bencana |", "Dinsos Sukamekar Mantapkan Peran Taruna Siaga Bencana"),
    ("Bantuan untuk Warga Cibening Belum Sampai",) * 2,  # "sampai" may end a headline
])
def test_a_headline_over_the_story_is_read(line, headline):
    assert read_page(page(line, *STORY_18)).headline == headline


def test_a_credit_line_under_the_headline_leaves_the_story():
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", "Peliput : Dodi Pratama", *STORY_18))
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"
    assert "Dodi Pratama" not in p.body and p.credits.get("author") == "Dodi Pratama"


def test_a_photos_title_naming_whom_its_caption_shows_is_not_the_headline():
    p = read_page(page("Dinsos Sukamekar Kerahkan Petugas Jangkau Warga Terlantar",
                       "Kasi Rehabilitasi Sosial Dinsos Sukamekar Bambang Sutejo",
                       "BERTINDAK: Kasi Rehabilitasi Sosial Dinsos Sukamekar Bambang Sutejo saat mendata warga. (Foto: Humas)",
                       f"SUKAMEKAR – {LEAD_18}", STORY_18[1]))
    assert p.headline == "Dinsos Sukamekar Kerahkan Petugas Jangkau Warga Terlantar"


def test_a_caption_with_a_long_office_and_the_name_the_story_quotes_is_not_the_headline():
    p = read_page(page("Kepala Bidang Rehabilitasi Sosial Dinas Sosial dan Tenaga Kerja Kota Sukamekar, Rina Marlina",
                       f"SUKAMEKAR – {LEAD_18}", "Rina Marlina mengungkapkan pendataan dilakukan bersama kader desa."))
    assert p.headline is None


def test_the_pages_summary_that_the_lead_repeats_is_not_the_headline_above_it():
    summary = ("Banjir merendam ratusan rumah di Jalan Raya Cibening Kilometer 4, Kecamatan Cibening, Kabupaten "
               "Sukamekar, Jumat (7/3/2025)")
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", summary,
                       f"KABARKU.COM - {summary}. Warga mengungsi ke balai desa.", STORY_18[1]))
    assert p.headline == "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"


# --- Session 18: a site's widgets inside the story ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- Advertisement -", "Iklan. Geser untuk terus membaca.", "» Klik berita lainnya di Google News KABAR SUKAMEKAR",
    "Silakan baca konten menarik lainnya dari Kabarku.com di Google News", "Komentar & Reaksi", "Video Terkini",
    "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.", "You can share this post!",
    "Bagikan ke sosial media: WhatsApp Facebook", "Heboh..! Coba simak video ini:", "Editor",
    "Berita Terkini, Eksklusif di Saluran WhatsApp kabarku.com",
])
def test_a_widget_inside_the_story_leaves_it(line):
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", *STORY_18[:2], line, MORE))
    assert line not in p.body and MORE in p.body


def test_an_ad_label_under_the_dateline_line_is_not_glued_to_it():
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", STORY_18[0], "- Advertisement -", MORE))
    assert "Advertisement" not in p.body and p.body.startswith(STORY_18[0])


def test_a_credit_in_a_themes_table_of_fields_is_read():
    assert credit_of("Editor | : Dodi Pratama |") == {"editor": "Dodi Pratama"}


@pytest.mark.parametrize("line", [
    "Warga juga bisa melapor lewat WhatsApp ke nomor pengaduan dinas sosial.",
    "Video penyaluran bantuan itu sempat ramai dibagikan di media sosial.",
    "Komentar warga di media sosial umumnya mendukung langkah dinas.",
    "Editor buku itu, Dodi Pratama, hadir dalam peluncuran.",
    "Warga dapat bergabung di saluran WhatsApp dinsos.go.id untuk info bansos.",
])
def test_story_lines_naming_what_widgets_name_stay(line):
    p = read_page(page("Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir", *STORY_18[:2], line, MORE))
    assert line in p.body


def test_a_photos_title_with_an_office_and_a_one_word_name_is_not_the_headline():
    p = read_page(page("Dua Siswa SMAN 3 Cibening Melaju ke Tingkat Nasional", "Jumat, 7 Maret 2025 - 08:12",
                       "Kepsek SMAN 3 Cibening Yantomo",
                       "CIBENING - Dua siswa SMA Negeri 3 Cibening melaju ke lomba tingkat nasional.",
                       "Kepala SMAN 3 Cibening, Yantomo, mengatakan sekolah bangga atas prestasi itu."))
    assert p.headline == "Dua Siswa SMAN 3 Cibening Melaju ke Tingkat Nasional"


def test_a_headline_whose_last_word_the_story_repeats_stays():
    p = read_page(page("Bupati Sukamekar Resmikan Jembatan", "SUKAMEKAR - Bupati meresmikan jembatan baru.",
                       "Jembatan itu menghubungkan dua desa, kata warga."))
    assert p.headline == "Bupati Sukamekar Resmikan Jembatan"


# --- Session 18: "Baca juga" links and the story around them -------------------------------------------

def test_a_headline_under_a_bare_read_also_label_is_no_story_for_the_extractor():
    from melati_archive.nlp.extract import extract

    text = page("SUKAMEKAR - Dinas Sosial menyalurkan bantuan kepada warga terdampak banjir.", "Baca Juga:",
                "Bupati Sukamekar Minta Jajaran Tingkatkan Layanan",
                "\"Kami ingin bantuan sampai hari ini juga,\" ucapnya.")
    ex = extract(text)
    assert all("Minta" not in p.name for p in ex.people)
    assert ex.quotes and ex.quotes[0].speaker is None


def test_a_sentence_under_a_wrapped_read_also_link_stays_in_the_story():
    # a text wrapped at a fixed width: the link's line is full, the next line opens a sentence that goes on
    filler = "Petugas mendata warga yang rumahnya terendam banjir di tiga kecamatan sejak pagi"
    text = page(f"SUKAMEKAR - {filler}", "hari dan membagikan paket sembako kepada keluarga yang terdampak.",
                "Baca Juga: Panen Raya Padi Cibening, Bupati Sukamekar Turun Langsung ke Sawah",
                "Kepala Dinas Pertanian Kabupaten Sukamekar, Rahmat Hidayat",
                "ketika ditemui di ruang kerjanya menuturkan bahwa harga gabah masih belum sesuai",
                "harapan petani karena panen berlangsung bersamaan di banyak tempat.",
                "\"Stok gabah melimpah, itu sebabnya harganya turun,\" kata Rahmat, Senin (13/3/2023).",
                "Dinas juga meminta petani tidak menjual seluruh gabah dalam waktu yang sama.")
    from melati_archive.nlp.extract import extract

    ex = extract(text)
    assert [q.speaker for q in ex.quotes] == ["Rahmat Hidayat"]
    assert "ketika ditemui" in read_page(text).body


def test_a_rubric_over_a_headline_opening_on_a_small_word_is_not_its_first_half():
    p = read_page(page("Berita Kriminal", "Di Kota Ini Warga Boleh Bantu Polisi Tangkap Penjahat",
                       f"SUKAMEKAR – {LEAD_18}", STORY_18[1]))
    assert p.headline == "Di Kota Ini Warga Boleh Bantu Polisi Tangkap Penjahat"


def test_a_headline_wrapped_before_a_small_word_is_joined():
    p = read_page(page("Dinsos Sukamekar Antar Makanan Bergizi", "untuk 300 Lansia yang Tinggal Sendiri",
                       f"SUKAMEKAR – {LEAD_18}", STORY_18[1]))
    assert p.headline == "Dinsos Sukamekar Antar Makanan Bergizi untuk 300 Lansia yang Tinggal Sendiri"
