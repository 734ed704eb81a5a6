"""nlp.page on the furniture a site's post template puts around the story (session 19, forms found reading
real pages): a picture's file name left as a line, a row of the post's fields split by bars, a promotion
for the site's paid tier, a list of other posts under its block label, an outlet's brand before the place.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.nlp.credits import credit_of
from melati_archive.nlp.furniture import furniture_kind, image_name_line
from melati_archive.nlp.page import read_page
from melati_archive.nlp.pagedates import page_date_of

LEAD = ("SUKAMAJU, SITUSKITA – Kepolisian Resor Sukamaju memusnahkan barang bukti ganja seberat tiga kilogram di "
        "halaman markas polres pada Kamis pagi, disaksikan jaksa dan tokoh masyarakat setempat.")
QUOTE = "\"Ini hasil operasi sebulan terakhir,\" kata Kapolres Sukamaju AKBP Dedi Kurniawan."
HEADLINE = "Polres Sukamaju Musnahkan 3 Kilogram Ganja Hasil Operasi"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- A picture's file name ------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["IMG 20260212 WA0014", "IMG-20260212-WA0014", "DSC_0421", "DSCN1234",
                                  "WhatsApp Image 2026-02-12 at 10.15.22", "foto B GARDU 2", "gambar kegiatan 3"])
def test_a_pictures_file_name_is_furniture(line):
    assert image_name_line(line)
    assert furniture_kind(line) == "caption"


@pytest.mark.parametrize("line", [HEADLINE, "Bupati Resmikan 12 Jembatan Desa", "Foto Bersama Usai Upacara HUT RI ke 81",
                                  "IMG dan DSC adalah nama berkas kamera."])
def test_a_headline_or_sentence_is_no_file_name(line):
    assert not image_name_line(line)


def test_a_file_name_under_the_headline_is_not_taken_for_it():
    got = read_page(page(HEADLINE, "IMG 20260212 WA0014", LEAD, QUOTE))
    assert got.headline == HEADLINE
    assert got.location == "Sukamaju"
    assert "IMG 20260212" not in got.body


def test_a_caption_labelled_in_capitals_under_a_file_name_is_no_dateline():
    lead = ("BITUNG,situskita.com – Gangguan listrik melanda sebagian wilayah Bitung pada Selasa malam setelah sejumlah "
            "pohon tumbang menimpa jaringan kabel di tepi jalan utama kota.")
    got = read_page(page("Listrik Padam Akibat Angin Kencang, Petugas Turun ke Lapangan", "foto B GARDU 2",
                         "SIAGA MALAM: Petugas memperbaiki jaringan yang putus akibat pohon tumbang.", lead,
                         "\"Kami mohon maaf atas ketidaknyamanan ini,\" ujar Manajer Unit, Rudi Hartono."))
    assert got.location == "Bitung"
    assert got.body.startswith("BITUNG,situskita.com")
    assert "SIAGA MALAM" not in got.body


# --- A row of the post's fields -------------------------------------------------------------------

ROW = "14 Feb 2026 | 120 | Penulis : Tim Humas Kelurahan Sukamaju| Publisher : Tim Humas Kelurahan Sukamaju"


def test_a_row_of_fields_with_a_credit_is_a_credit_line():
    assert credit_of(ROW) == {"author": "Tim Humas Kelurahan Sukamaju", "publisher": "Tim Humas Kelurahan Sukamaju"}
    assert page_date_of(ROW) == dt.date(2026, 2, 14)


def test_a_row_of_fields_gives_its_date_field():
    row = "Kategori : Lingkungan | Reporter : Sudin Kominfo | Editor : Rina Marlina | 9 Dec 2025 | Dilihat : 31"
    assert page_date_of(row) == dt.date(2025, 12, 9)


def test_a_sentence_with_bars_is_no_credit_row():
    assert credit_of("Warga antre sejak pagi | petugas membagikan nomor. | Penulis : Rina") is None


def test_a_long_headline_over_a_row_of_fields_stays_the_headline():
    headline = ("Pelatihan Pengolahan Sampah Organik dan Penguatan Kelembagaan Bank Sampah Bersama Ketua RT dan Ketua RW "
                "se-Kelurahan Sukamaju Kota Cirebon")
    story = ("Dalam rangka mengurangi sampah rumah tangga, Kelurahan Sukamaju menggelar pelatihan pengolahan sampah "
             "organik bagi para ketua RT dan RW di aula kelurahan pada hari Kamis pagi.")
    got = read_page(page(headline, ROW, "Cirebon, [12/02/2026] –", story,
                         "\"Kami ingin setiap RW punya bank sampah sendiri,\" kata Lurah Sukamaju, Ahmad Fauzan."))
    assert got.headline == headline
    assert got.credits.get("author") == "Tim Humas Kelurahan Sukamaju"
    assert got.location == "Cirebon"  # "Cirebon, [12/02/2026] –": a theme writes the date in square brackets
    assert got.body.startswith("Cirebon, [12/02/2026] – Dalam rangka")
    assert "Publisher" not in got.body


# --- A promotion for the site's paid tier -----------------------------------------------------------

@pytest.mark.parametrize("line", ["Baca berita dengan sedikit iklan, klik di sini", "Baca berita tanpa iklan. Gabung Situs+",
                                  "Baca berita minim iklan di aplikasi kami"])
def test_a_paid_tier_promotion_is_no_headline(line):
    story = ("SITUS.CO, Jakarta - Perusahaan air minum daerah meminta maaf atas gangguan pasokan air bersih yang dialami "
             "ribuan pelanggan di wilayah timur kota sejak Senin malam.")
    got = read_page(page(line, story, "\"Kami mohon maaf atas gangguan ini,\" kata Direktur Utama perusahaan, Budi Santoso."))
    assert got.headline is None
    assert got.body.startswith("SITUS.CO, Jakarta")


# --- Other posts listed under the story -------------------------------------------------------------

def test_a_dateline_in_the_list_under_the_story_does_not_open_the_story():
    story = ["Warga Kelurahan Sukamaju bersama petugas gabungan menggelar kerja bakti membersihkan saluran air di RW 05.",
             "Lurah Sukamaju, Hasanudin mengatakan, kerja bakti ini melibatkan petugas kebersihan dan warga sekitar.",
             "\"Kami ingin saluran bebas sampah sebelum musim hujan,\" ujarnya."]
    got = read_page(page("Warga Kelurahan Sukamaju Gelar Kerja Bakti Bersihkan Saluran",
                         "Kategori : Lingkungan | Reporter : Sudin Kominfo | Editor : Rina | 9 Jan 2026 | Dilihat : 31", "",
                         *story, "Berita Terbaru", "-", "Wali Kota Tinjau Pembangunan Jembatan di Kelura..",
                         "Pembangunan10 Jan 2026 -", "Dinas Kesehatan Gelar Vaksinasi di Sekolah Dasar..",
                         "Kesehatan10 Jan 2026 -", "Pelatihan UMKM Digelar di Kantor Kecamatan Sukam..", "Ekonomi09 Jan 2026"))
    assert got.headline == "Warga Kelurahan Sukamaju Gelar Kerja Bakti Bersihkan Saluran"
    assert got.date == dt.date(2026, 1, 9)
    assert got.location is None
    assert got.body.startswith(story[0])
    assert "Wali Kota Tinjau" not in got.body


def test_a_dateline_after_a_tail_label_opens_the_story_when_no_prose_stands_above():
    # a page whose first block is a "Terbaru" label over the story's own dateline: nothing above to be the story
    lead = ("SUKAMAJU - Dinas Sosial Kabupaten Sukamaju menyalurkan bantuan sembako kepada 300 keluarga terdampak "
            "banjir di Kecamatan Cibening pada Senin pagi.")
    got = read_page(page("Terbaru", lead, "\"Bantuan akan terus kami salurkan,\" kata Kepala Dinas Sosial, Rahmat Hidayat."))
    assert got.body.startswith(lead)
    assert got.location == "Sukamaju"


# --- An outlet's brand before the place ------------------------------------------------------------

def test_a_brand_word_before_the_place_is_not_the_place():
    lead = ("Suaraku, Pati – Pemerintah Kabupaten Pati berencana menggelar sidang isbat nikah massal bagi pasangan yang "
            "belum memiliki buku nikah menjelang hari jadi kabupaten tahun ini.")
    got = read_page(page(lead, "Rencana itu disambut baik oleh Kepala Kantor Kementerian Agama setempat, Sutrisno."))
    assert got.location == "Pati"


def test_a_town_before_its_regency_stays_the_place():
    lead = ("Cibadak, Sukabumi – Warga Cibadak menggelar kerja bakti membersihkan pasar tradisional menjelang bulan "
            "puasa bersama petugas kecamatan dan Pemerintah Kabupaten Sukabumi.")
    got = read_page(page(lead, "Camat Cibadak, Dodi Pratama, ikut membersihkan saluran di sekitar pasar."))
    assert got.location == "Cibadak"


def test_extract_takes_no_dateline_from_the_posts_listed_under_the_story():
    from melati_archive.nlp.extract import extract

    text = page("Warga Kelurahan Sukamaju Gelar Kerja Bakti Bersihkan Saluran",
                "Warga Kelurahan Sukamaju bersama petugas gabungan menggelar kerja bakti membersihkan saluran air di RW 05.",
                "\"Kami ingin saluran bebas sampah sebelum musim hujan,\" ujar Lurah Sukamaju, Hasanudin.",
                "Berita Terbaru", "-", "Wali Kota Tinjau Pembangunan Jembatan di Kelura..", "Pembangunan10 Jan 2026 -",
                "Dinas Kesehatan Gelar Vaksinasi di Sekolah Dasar..", "Kesehatan10 Jan 2026 -")
    got = extract(text)
    assert got.location is None
    assert got.date is None
    assert [q.speaker for q in got.quotes] == ["Hasanudin"]


def test_a_village_named_once_before_its_regency_stays_the_place():
    lead = ("Cibening, Sukamekar – Dinas Sosial Kabupaten Sukamekar mengantar makanan untuk 300 lansia yang tinggal "
            "sendiri di desa itu pada Senin pagi.")
    got = read_page(page(lead, "Petugas dinas mendata lansia yang belum terdaftar sebagai penerima bantuan."))
    assert got.location == "Cibening"


# --- The headline repeated as a photo's caption ---------------------------------------------------

def test_a_headline_the_story_repeats_as_a_credited_caption_stays_the_headline():
    headline = "Tangkap Kapal Pencuri Ikan, Komandan dan Awak Kapal Patroli Sukamekar Terima Penghargaan Gubernur"
    lead = ("Gubernur Sukamekar memberikan penghargaan kepada komandan serta seluruh awak kapal patroli yang berhasil "
            "menyergap kapal pencuri ikan di perairan utara pada pekan lalu, dalam upacara di pelabuhan.")
    got = read_page(page(headline, "", headline, "", lead, headline + " RINA MARLINA",
                         "\"Keberhasilan ini patut diapresiasi,\" ujar Gubernur Sukamekar, Asep Sunandar."))
    assert got.headline == headline


def test_a_summary_the_first_paragraph_repeats_after_its_dateline_is_no_headline():
    dek = ("Kecelakaan beruntun terjadi di Jalan Lingkar Sukamekar Kilometer 12 Jalur B, Kecamatan Cibening, "
           "Kabupaten Sukamekar, Kamis (31/3/2026)")
    got = read_page(page("Kecelakaan Beruntun", "Kecelakaan Beruntun di Jalan Lingkar, Dua Pengendara Luka", dek,
                         "SITUSKITA.COM - " + dek + " pagi.", "Sebuah truk beradu dengan minibus dalam kecelakaan itu."))
    assert got.headline == "Kecelakaan Beruntun di Jalan Lingkar, Dua Pengendara Luka"


# --- The outlet and the place split by bars ---------------------------------------------------------

@pytest.mark.parametrize("sep", ["|", "||"])
def test_an_outlet_and_its_place_split_by_bars_open_the_story(sep):
    lead = (f"SITUSKU.COM {sep} SUKAMEKAR – Pemerintah kampung adat menyerahkan dana kampung tahap pertama kepada "
            "warga yang berhak di balai kampung, disaksikan aparat distrik.")
    got = read_page(page(lead, "Dana itu dibagikan untuk bantuan langsung tunai bagi 43 keluarga, Rabu 15/09/25",
                         "Kegiatan tersebut dilaksanakan di Kantor Kampung dan dihadiri langsung oleh Pemerintah Distrik."))
    assert got.location == "Sukamekar"
    assert got.headline is None
    assert got.body.startswith(lead)


# --- A theme's stamp labels without their date; a headline of two clauses ------------------------------

def test_a_two_clause_headline_over_stamp_labels_without_their_date():
    headline = "Jembatan Gantung Putus Diterjang Banjir. BPBD Sukamekar Kirim Perahu Karet ke Cibening"
    lead = ("SUKAMEKAR,situskita.com – Jembatan gantung penghubung dua desa di Kecamatan Cibening putus diterjang "
            "banjir bandang pada Senin malam, memutus akses ratusan warga ke pasar dan sekolah.")
    got = read_page(page("Connect with us", "Sukamekar", headline, "Published", "pada", lead,
                         "\"Kami kirim dua perahu karet malam ini juga,\" kata Kepala BPBD Sukamekar, Dodi Pratama."))
    assert got.headline == headline
    assert got.location == "Sukamekar"


@pytest.mark.parametrize("line", ["Bupati Sukamekar, Asep Sunandar, Pr. ( dok. Koran Sukamekar )",
                                  "Rapat Digelar Senin. Warga Diminta Hadir.", "Harga Naik Lagi. Kenapa? Ini Kata Pedagang"])
def test_a_credited_caption_or_two_sentences_is_no_two_clause_headline(line):
    from melati_archive.nlp.headline import headline_shape

    assert not headline_shape(line)


def test_a_caption_with_its_photo_credit_after_a_full_stop_is_no_headline():
    from melati_archive.nlp.headline import headline_shape

    assert not headline_shape("Dapur umum di Desa Cibening. Foto: Rina Marlina/situskita")
