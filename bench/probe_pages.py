"""Probe of page reading: headline, publication date, dateline place and furniture removal on
pages as they are copied from Indonesian government and news sites.

Every page here is written for this probe (invented people, offices and events) in the forms
real pages take: Kompas, Detik, Antara, Tribun, iNews, Suara-style news pages, ministry and
balai releases, regional government (Pemkab/Pemkot/Dinas) and WordPress portals. Each case has its
expected answer written down before the code ran:

- title: the headline as the page shows it (without a site name glued to it), or None;
- date: the publication date the page states (YYYY-MM-DD), None when it only states event dates
  or a relative time ("2 jam lalu");
- place: the dateline's place, or None (ANY: not asked);
- furniture: text that must end up neither in the story (`read_page(...).body`) nor in a quote;
- keep: story text that must stay in the body.

The same pages are also imported as saved HTML (`importers.html.parse_html`: the headline in an <h1>,
each other line a <p> of the <article>, the page title "headline | Situs Berita"), and the draft's
title, date, place (session 13 on), furniture and kept story are checked the same way. Session 13 adds
pages saved with their own markup (S13_HTML) and checks extract()'s title, date and place too.
Session 15 adds pages that are no article (an error page, a bot check, a removed item, a portal's index pages): both
imports must refuse them with one line; and releases as files built here: PDFs (read through pdftotext), Word
documents, pages saved as MHTML, and mails (.eml) with the release in their text or attached.

Usage: .venv/bin/python bench/probe_pages.py [-v]   (exit 1 on a wrong date or lost story text;
every other miss is listed)
"""
from __future__ import annotations

import html
import io
import quopri
import re
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from melati_archive.errors import ImportFailure
from melati_archive.importers.docx import parse_docx
from melati_archive.importers.feed import parse_feed
from melati_archive.importers.html import parse_html
from melati_archive.importers.mhtml import parse_email, parse_mhtml
from melati_archive.importers.pdf import parse_pdf
from melati_archive.importers.text import parse_text
from melati_archive.nlp.extract import extract
from melati_archive.nlp.page import read_page

ANY = object()


@dataclass
class Case:
    name: str
    text: str
    title: str | None
    date: str | None
    place: object = ANY
    furniture: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    round: int = 0  # the session-13 round that added the case (0: sessions before)
    refused: bool = False  # a list page: the HTML import must refuse it as no single article (session 14)
    not_people: list[str] = field(default_factory=list)  # names only furniture writes: never a person of extract()


def p(*lines: str) -> str:
    return "\n".join(lines) + "\n"


LEAD_A = ("Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan paket sembako kepada 250 keluarga "
          "terdampak banjir di Kecamatan Cibening, pekan ini.")
QUOTE_A = ("\"Kami pastikan bantuan sampai ke tangan warga tanpa potongan apa pun,\" kata Kepala Dinas Sosial "
           "Kabupaten Sukamekar, Rahmat Hidayat.")
MORE_A = "Selain sembako, petugas juga membagikan selimut, tikar dan perlengkapan bayi bagi keluarga yang mengungsi."

CASES: list[Case] = [
    # ---------------- news sites --------------------------------------------------------------
    Case("kompas-style",
         p("Kompas.com", "Regional", "Jawa Barat",
           "Dinsos Sukamekar Salurkan Sembako untuk 250 Keluarga Korban Banjir",
           "Kompas.com - 03/03/2024, 09:15 WIB",
           "Penulis Rina Marlina | Editor Dodi Pratama",
           "Lihat Foto",
           "Petugas Dinas Sosial membagikan paket sembako di posko pengungsian, Minggu (3/3/2024). (KOMPAS.com/RINA MARLINA)",
           "SUKAMEKAR, KOMPAS.com - " + LEAD_A,
           "Baca juga: Jalan Provinsi di Cibening Ambles, Truk Dialihkan",
           QUOTE_A,
           MORE_A,
           "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
           "berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D",
           "Baca berita tanpa iklan. Gabung Kompas.com+"),
         "Dinsos Sukamekar Salurkan Sembako untuk 250 Keluarga Korban Banjir", "2024-03-03", "Sukamekar",
         furniture=["Lihat Foto", "Baca juga", "Jalan Provinsi di Cibening", "Penulis Rina", "Simak breaking news",
                    "Gabung Kompas.com+", "KOMPAS.com/RINA"],
         keep=["Dinas Sosial Kabupaten Sukamekar menyalurkan", "tanpa potongan"]),
    Case("detik-style",
         p("detikJabar", "Berita", "Dinsos Cianjur Dirikan Dapur Umum di Lokasi Longsor",
           "Fajar Nugraha - detikJabar", "Selasa, 12 Mar 2024 14:20 WIB", "0 komentar", "BAGIKAN",
           "URL telah disalin",
           "Dapur umum di Desa Sukaresmi. Foto: Fajar Nugraha/detikJabar",
           "Cianjur - Dinas Sosial Kabupaten Cianjur mendirikan dapur umum di Desa Sukaresmi untuk melayani "
           "ratusan warga yang mengungsi akibat longsor.",
           "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
           "\"Setiap hari kami siapkan 900 bungkus nasi untuk tiga kali makan,\" ujar Kepala Bidang Perlindungan "
           "dan Jaminan Sosial, Asep Sunandar.",
           "Dapur umum akan beroperasi sampai masa tanggap darurat berakhir.",
           "(yum/dir)"),
         "Dinsos Cianjur Dirikan Dapur Umum di Lokasi Longsor", "2024-03-12", "Cianjur",
         furniture=["ADVERTISEMENT", "SCROLL TO CONTINUE", "(yum/dir)", "URL telah disalin", "0 komentar",
                    "Foto: Fajar", "Fajar Nugraha - detikJabar"],
         keep=["mendirikan dapur umum", "900 bungkus nasi"]),
    Case("antara-style",
         p("Antara News", "Humaniora",
           "Kemensos kirim 20 ton beras untuk pengungsi erupsi di Sitaro",
           "Senin, 4 Maret 2024 10:12 WIB",
           "Petugas menurunkan beras bantuan di pelabuhan Ulu Siau, Sabtu (2/3/2024). ANTARA/HO-Kemensos",
           "Jakarta (ANTARA) - Kementerian Sosial mengirim 20 ton beras dan 500 paket makanan siap saji untuk "
           "pengungsi erupsi gunung di Kabupaten Kepulauan Sitaro, Sulawesi Utara.",
           "\"Logistik kami kirim lewat laut karena bandara masih ditutup,\" kata Direktur Perlindungan Sosial "
           "Korban Bencana Alam Hendra Wijaya di Jakarta, Senin.",
           "Baca juga: Kemensos siagakan Tagana di lima provinsi rawan bencana",
           "Baca juga: Pengungsi erupsi mulai terserang ISPA",
           "Bantuan akan dibagikan melalui posko yang dikelola pemerintah kabupaten.",
           "Pewarta: Andi Firmansyah", "Editor: Budi Santoso",
           "Copyright © ANTARA 2024",
           "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web "
           "ini tanpa izin tertulis dari Kantor Berita ANTARA."),
         "Kemensos kirim 20 ton beras untuk pengungsi erupsi di Sitaro", "2024-03-04", "Jakarta",
         furniture=["Baca juga", "Tagana di lima provinsi", "Pewarta", "Copyright", "Dilarang keras",
                    "ANTARA/HO-Kemensos"],
         keep=["mengirim 20 ton beras", "bandara masih ditutup", "melalui posko"]),
    Case("tribun-style",
         p("TRIBUNNEWS.COM", "Home", "Regional",
           "Pemkot Surabaya Buka 12 Sentra Kuliner untuk Warga Miskin",
           "Senin, 4 Maret 2024 10:12 WIB",
           "Laporan Wartawan Tribunnews.com, Siti Aminah",
           "Editor: Hasanudin Aco",
           "TRIBUNNEWS.COM, SURABAYA - Pemerintah Kota Surabaya membuka 12 sentra kuliner yang dikelola keluarga "
           "penerima manfaat program padat karya.",
           "\"Kami ingin mereka punya penghasilan tetap, bukan hanya menunggu bantuan,\" kata Kepala Dinas Sosial "
           "Kota Surabaya, Wahyu Pratomo.",
           "Baca Juga : Ribuan Warga Padati Pasar Murah di Balai Kota",
           "Setiap sentra menampung 20 pedagang.",
           "Halaman 1 2 Selanjutnya",
           "Artikel ini telah tayang di Tribunnews.com dengan judul Pemkot Surabaya Buka 12 Sentra Kuliner",
           "Ikuti saluran Tribunnews di WhatsApp"),
         "Pemkot Surabaya Buka 12 Sentra Kuliner untuk Warga Miskin", "2024-03-04", "Surabaya",
         furniture=["Laporan Wartawan", "Baca Juga", "Ribuan Warga Padati", "Halaman 1 2", "Artikel ini telah tayang",
                    "Ikuti saluran", "Editor: Hasanudin"],
         keep=["membuka 12 sentra kuliner", "Setiap sentra menampung"]),
    Case("inews-style",
         p("iNews.id", "Jabar",
           "Ratusan Lansia di Bogor Terima Bantuan Alat Bantu Dengar",
           "Ahmad Fauzi",
           "Rabu, 06 Maret 2024 - 13:45:00 WIB",
           "BOGOR, iNews.id - Sebanyak 150 warga lanjut usia di Kabupaten Bogor menerima alat bantu dengar dari "
           "Sentra Terpadu Inten Suweno.",
           "\"Alat ini sangat membantu, sekarang saya bisa mendengar cucu saya lagi,\" kata Maryati, salah "
           "seorang penerima.",
           "Bantuan diserahkan di aula kantor kecamatan.",
           "Editor : Donald Karouw",
           "Follow Berita iNews di Google News",
           "Bagikan Artikel Ini"),
         "Ratusan Lansia di Bogor Terima Bantuan Alat Bantu Dengar", "2024-03-06", "Bogor",
         furniture=["Follow Berita iNews", "Bagikan Artikel", "Editor : Donald"],
         keep=["Sebanyak 150 warga", "mendengar cucu"]),
    Case("suara-style",
         p("Suara.com", "News", "Daerah",
           "Dinsos Sleman Data Ulang Penerima Bansos yang Tidak Tepat Sasaran",
           "Galih Priatmojo",
           "Senin, 04 Maret 2024 | 10:15 WIB",
           "Ilustrasi penyaluran bansos. [Suara.com/Ema Rohimah]",
           "SuaraJogja.id - Dinas Sosial Kabupaten Sleman mendata ulang ribuan penerima bantuan sosial yang "
           "dinilai tidak lagi memenuhi syarat.",
           "\"Kami tidak mau ada warga mampu yang masih menerima bantuan,\" ujar Kepala Dinas Sosial Sleman, "
           "Eko Supriyanto.",
           "Pendataan ulang ditargetkan selesai akhir bulan ini.",
           "Tag", "# bansos", "# dinas sosial", "# sleman",
           "Terkini", "Lansia Terlantar di Gamping Dijemput Petugas"),
         "Dinsos Sleman Data Ulang Penerima Bansos yang Tidak Tepat Sasaran", "2024-03-04", ANY,
         furniture=["Ilustrasi penyaluran", "# bansos", "Lansia Terlantar di Gamping"],
         keep=["mendata ulang ribuan", "warga mampu"]),
    Case("liputan6-style",
         p("Liputan6.com", "News",
           "Mensos Minta Pendamping PKH Aktif Jemput Bola ke Rumah Warga",
           "Oleh Nanda Perdana Putra",
           "05 Mar 2024, 16:20 WIB",
           "Diperbarui 05 Mar 2024, 16:20 WIB",
           "Liputan6.com, Jakarta - Menteri Sosial meminta seluruh pendamping Program Keluarga Harapan aktif "
           "mendatangi rumah warga penerima bantuan.",
           "\"Jangan menunggu di kantor, datangi rumah mereka,\" kata Menteri Sosial Dewi Anggraini.",
           "Pendamping diminta melaporkan kondisi keluarga setiap bulan.",
           "* Follow Official WhatsApp Channel Liputan6.com untuk mendapatkan Berita Terkini dengan mengklik link "
           "berikut ini."),
         "Mensos Minta Pendamping PKH Aktif Jemput Bola ke Rumah Warga", "2024-03-05", "Jakarta",
         furniture=["Follow Official WhatsApp", "Oleh Nanda"],
         keep=["mendatangi rumah warga", "Jangan menunggu"]),
    Case("okezone-style-wita",
         p("Okezone", "Nasional",
           "Dinsos Makassar Jemput 17 Anak Jalanan di Lampu Merah",
           "Muhammad Ridwan, Jurnalis · Kamis 07 Maret 2024 16:30 WITA",
           "https://news.okezone.com/read/2024/03/07/340/000000/dinsos-makassar",
           "MAKASSAR - Tim Reaksi Cepat Dinas Sosial Kota Makassar menjemput 17 anak jalanan yang mengemis di "
           "sejumlah persimpangan jalan protokol.",
           "\"Mereka kami bawa ke rumah singgah untuk dibina dan didata,\" ujar Kepala Dinas Sosial Kota "
           "Makassar, Andi Mappatoba.",
           "Anak-anak itu akan dikembalikan kepada orang tuanya setelah pembinaan.",
           "(sal)"),
         "Dinsos Makassar Jemput 17 Anak Jalanan di Lampu Merah", "2024-03-07", "Makassar",
         furniture=["(sal)", "okezone.com/read", "Jurnalis"],
         keep=["menjemput 17 anak jalanan"]),
    Case("papua-wit",
         p("Jubi Papua",
           "Pemprov Papua Salurkan Bantuan untuk Korban Kekeringan di Puncak",
           "Kamis, 07 Mar 2024 10:15 WIT",
           "Jayapura (ANTARA) - Pemerintah Provinsi Papua menyalurkan bantuan bahan makanan bagi warga yang "
           "terdampak kekeringan di Kabupaten Puncak.",
           "\"Bantuan dikirim dengan pesawat karena jalur darat belum bisa dilalui,\" kata Kepala Dinas Sosial "
           "Provinsi Papua, Yohanes Wenda.",
           "Pewarta: Hendrik Rewapatara",
           "Editor: Yuniardi Ferdinand"),
         "Pemprov Papua Salurkan Bantuan untuk Korban Kekeringan di Puncak", "2024-03-07", "Jayapura",
         furniture=["Pewarta", "Editor: Yuniardi"],
         keep=["jalur darat"]),
    Case("fajar-double-dash",
         p("FAJAR.CO.ID", "Pemkot Makassar Gelar Pasar Murah di 15 Kecamatan",
           "Sabtu, 9 Maret 2024 | 08.30 WIB",
           "MAKASSAR, FAJAR.CO.ID -- Pemerintah Kota Makassar menggelar pasar murah di 15 kecamatan menjelang "
           "bulan Ramadan.",
           "\"Harga beras di pasar murah lebih rendah dua ribu rupiah per kilo,\" kata Sekretaris Daerah Kota "
           "Makassar, Firman Pagarra.",
           "Pasar murah digelar selama dua pekan.",
           "Editor: Ridwan Marzuki"),
         "Pemkot Makassar Gelar Pasar Murah di 15 Kecamatan", "2024-03-09", "Makassar",
         furniture=["Editor: Ridwan"],
         keep=["menggelar pasar murah"]),
    Case("serambi-outlet-after-place",
         p("Serambinews.com", "Banda Aceh",
           "Dinsos Aceh Pulangkan Dua Warga Telantar ke Kampung Halaman",
           "Selasa, 5 Maret 2024 11:02",
           "Laporan Yarmen Dinamika | Banda Aceh",
           "SERAMBINEWS.COM, BANDA ACEH - Dinas Sosial Aceh memulangkan dua warga yang telantar di terminal "
           "bus ke kampung halaman mereka di Sumatera Utara.",
           "\"Keduanya kehabisan ongkos setelah ditipu calo kerja,\" kata Kepala Dinas Sosial Aceh, Yusrizal.",
           "Keduanya diantar petugas menggunakan mobil dinas.",
           "(*)"),
         "Dinsos Aceh Pulangkan Dua Warga Telantar ke Kampung Halaman", "2024-03-05", "Banda Aceh",
         furniture=["Laporan Yarmen", "(*)"],
         keep=["memulangkan dua warga"]),
    Case("radar-place-dash-only",
         p("Radar Bandung", "Beranda » Berita » Bandung Raya",
           "Bandung Siapkan Rumah Singgah untuk Penderita Gangguan Jiwa",
           "Redaksi", "Jumat, 8 Maret 2024 - 15:07 WIB",
           "Bandung - Pemerintah Kota Bandung menyiapkan rumah singgah bagi orang dengan gangguan jiwa yang "
           "ditemukan telantar di jalan.",
           "\"Mereka perlu dirawat, bukan diusir,\" kata Wali Kota Bandung, Yana Permana.",
           "Rumah singgah itu akan dikelola bersama dinas kesehatan.",
           "Tags: Rumah Singgah, ODGJ, Pemkot Bandung",
           "Tulis Komentar", "Berita Terkait",
           "Dinkes Bandung Tambah Puskesmas Ramah Jiwa", "Senin, 4 Maret 2024"),
         "Bandung Siapkan Rumah Singgah untuk Penderita Gangguan Jiwa", "2024-03-08", "Bandung",
         furniture=["Beranda", "Tags:", "Tulis Komentar", "Dinkes Bandung Tambah"],
         keep=["menyiapkan rumah singgah", "bukan diusir"]),
    # ---------------- government releases ---------------------------------------------------
    Case("kemensos-site-suffix",
         p("Kemensos Salurkan Bantuan Atensi untuk Anak Yatim di Garut - Kementerian Sosial RI",
           "Beranda", "Berita", "Kemensos Salurkan Bantuan Atensi untuk Anak Yatim di Garut",
           "Diterbitkan: 05 Maret 2024",
           "GARUT (5 Maret 2024) - Kementerian Sosial melalui Sentra Galuh menyalurkan bantuan Asistensi Rehabilitasi "
           "Sosial kepada 60 anak yatim di Kabupaten Garut.",
           "\"Bantuan ini untuk kebutuhan sekolah anak-anak,\" kata Kepala Sentra Galuh, Nina Herlina.",
           "Penyerahan bantuan didampingi pekerja sosial dan pendamping rehabilitasi sosial.",
           "Biro Hubungan Masyarakat", "Kementerian Sosial RI",
           "Bagikan:", "Facebook", "Twitter", "WhatsApp",
           "© 2024 Kementerian Sosial Republik Indonesia"),
         "Kemensos Salurkan Bantuan Atensi untuk Anak Yatim di Garut", "2024-03-05", "Garut",
         furniture=["Bagikan", "© 2024", "Facebook"],
         keep=["60 anak yatim", "kebutuhan sekolah"]),
    Case("pemkot-title-pipe-only",
         p("Pemkot Bogor Gelar Operasi Pasar Beras di Enam Kecamatan | Pemkot Bogor",
           "Dipublikasikan pada Rabu, 6 Maret 2024",
           "KOTA BOGOR – Pemerintah Kota Bogor menggelar operasi pasar beras di enam kecamatan untuk menekan "
           "harga yang terus naik.",
           "\"Warga bisa membeli paling banyak sepuluh kilo per keluarga,\" kata Kepala Dinas Perdagangan Kota "
           "Bogor, Taufik Hidayat.",
           "Operasi pasar berlangsung hingga pekan depan."),
         "Pemkot Bogor Gelar Operasi Pasar Beras di Enam Kecamatan", "2024-03-06", "Kota Bogor",
         keep=["operasi pasar beras"]),
    Case("jateng-humas-dash",
         p("Portal Berita Pemerintah Provinsi Jawa Tengah",
           "Beranda / Berita / Berita Daerah",
           "Pemprov Jateng Latih 500 Pendamping Desa Antikemiskinan",
           "Dipublikasikan pada 7 Maret 2024",
           "SEMARANG (Humas) – Pemerintah Provinsi Jawa Tengah melatih 500 pendamping desa untuk mempercepat "
           "penurunan angka kemiskinan ekstrem.",
           "\"Pendamping adalah ujung tombak, mereka yang paling tahu kondisi warga,\" kata Sekretaris Daerah "
           "Provinsi Jawa Tengah, Sumarno Hadi.",
           "Pelatihan digelar di Semarang selama tiga hari.",
           "Bagikan ini:", "Twitter", "Facebook", "Menyukai ini:", "Suka Memuat..."),
         "Pemprov Jateng Latih 500 Pendamping Desa Antikemiskinan", "2024-03-07", "Semarang",
         furniture=["Bagikan ini", "Menyukai ini", "Suka Memuat", "Beranda /"],
         keep=["melatih 500 pendamping"]),
    Case("wordpress-posted-on",
         p("Dinas Sosial Kabupaten Sukamekar",
           "Home", "Profil", "Berita", "Layanan", "Kontak",
           "Dinsos Sukamekar Gelar Sosialisasi Pencegahan Perkawinan Anak",
           "Posted on March 3, 2024 by admin",
           "Sukamekar – Dinas Sosial Kabupaten Sukamekar menggelar sosialisasi pencegahan perkawinan anak bagi "
           "pelajar sekolah menengah.",
           "\"Anak-anak harus menyelesaikan sekolah dulu,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Sosialisasi diikuti 300 pelajar dari 12 sekolah.",
           "Posted in Berita", "Tagged perkawinan anak, sosialisasi",
           "Leave a Reply Cancel reply",
           "Your email address will not be published. Required fields are marked *",
           "Copyright © 2024 Dinas Sosial Kabupaten Sukamekar. All rights reserved."),
         "Dinsos Sukamekar Gelar Sosialisasi Pencegahan Perkawinan Anak", "2024-03-03", "Sukamekar",
         furniture=["Posted in", "Tagged", "Leave a Reply", "Your email address", "Copyright"],
         keep=["pencegahan perkawinan anak bagi", "menyelesaikan sekolah"]),
    Case("diposting-oleh-admin",
         p("Dinsos Kota Tegal Bagikan Kursi Roda untuk Penyandang Disabilitas",
           "Diposting pada 14 Februari 2024 oleh Admin Dinsos",
           "Tegal – Dinas Sosial Kota Tegal membagikan 40 kursi roda kepada penyandang disabilitas fisik.",
           "\"Kursi roda ini diberikan sesuai ukuran tubuh penerima,\" kata Kepala Dinas Sosial Kota Tegal, "
           "Siti Rohmah.",
           "Kategori: Berita, Rehabilitasi Sosial", "Dilihat 214 kali"),
         "Dinsos Kota Tegal Bagikan Kursi Roda untuk Penyandang Disabilitas", "2024-02-14", "Tegal",
         furniture=["Kategori", "Dilihat 214"],
         keep=["40 kursi roda"]),
    Case("balai-release-no-site",
         p("SENTRA TERPADU KARTINI TEMANGGUNG GELAR BAKTI SOSIAL DI LERENG SUMBING",
           "Temanggung (11 Maret 2024) - Sentra Terpadu Kartini Temanggung menggelar bakti sosial berupa "
           "pemeriksaan kesehatan gratis bagi warga di lereng Gunung Sumbing.",
           "\"Kami datang membawa dokter, perawat, dan pekerja sosial,\" ujar Kepala Sentra, Sri Lestari.",
           "Kegiatan ini diikuti 400 warga dari tiga desa.",
           "Biro Hubungan Masyarakat", "Kementerian Sosial RI"),
         "SENTRA TERPADU KARTINI TEMANGGUNG GELAR BAKTI SOSIAL DI LERENG SUMBING", "2024-03-11", "Temanggung",
         keep=["pemeriksaan kesehatan gratis"]),
    Case("infopublik-style",
         p("InfoPublik", "Kesejahteraan Sosial",
           "Kemensos Buka Layanan Pengaduan Bansos Lewat WhatsApp",
           "Oleh Tobari",
           "Jumat, 1 Maret 2024 | 14:21 WIB",
           "Jakarta, InfoPublik - Kementerian Sosial membuka layanan pengaduan bantuan sosial melalui nomor "
           "WhatsApp resmi yang aktif 24 jam.",
           "\"Setiap aduan akan kami tindak lanjuti paling lambat tiga hari kerja,\" kata Sekretaris Jenderal "
           "Kementerian Sosial, Bambang Sugiharto.",
           "Layanan ini melengkapi saluran pengaduan yang sudah ada.",
           "Sumber: Biro Humas Kemensos"),
         "Kemensos Buka Layanan Pengaduan Bansos Lewat WhatsApp", "2024-03-01", "Jakarta",
         furniture=["Sumber: Biro", "Oleh Tobari"],
         keep=["layanan pengaduan bantuan sosial"]),
    # ---------------- date forms --------------------------------------------------------------
    Case("iso-date",
         p("Dinsos Garut Bentuk Kampung Siaga Bencana di 10 Desa", "2024-03-03",
           "GARUT – Dinas Sosial Kabupaten Garut membentuk kampung siaga bencana di sepuluh desa rawan longsor.",
           "\"Warga harus tahu jalur evakuasi sebelum bencana datang,\" kata Kepala Dinas Sosial, Nandang Suherman.",
           "Pembentukan kampung siaga dilanjutkan tahun depan."),
         "Dinsos Garut Bentuk Kampung Siaga Bencana di 10 Desa", "2024-03-03", "Garut",
         keep=["kampung siaga bencana di sepuluh"]),
    Case("month-first-indonesian",
         p("Pemkab Lebak Salurkan Bantuan Rumah Tidak Layak Huni", "Maret 3, 2024",
           "LEBAK – Pemerintah Kabupaten Lebak menyalurkan bantuan perbaikan untuk 75 rumah tidak layak huni.",
           "\"Setiap rumah mendapat Rp20 juta untuk bahan bangunan,\" kata Bupati Lebak, Ade Sumardi.",
           "Perbaikan dikerjakan bergotong royong oleh warga."),
         "Pemkab Lebak Salurkan Bantuan Rumah Tidak Layak Huni", "2024-03-03", "Lebak",
         keep=["75 rumah tidak layak huni"]),
    Case("short-month-agt",
         p("Dinsos Bantul Gelar Pelatihan Menjahit bagi Perempuan Kepala Keluarga", "Admin | 17 Agt 2023",
           "BANTUL – Dinas Sosial Kabupaten Bantul melatih 30 perempuan kepala keluarga menjahit pakaian.",
           "\"Setelah pelatihan, peserta akan kami bantu mesin jahit,\" kata Kepala Dinas Sosial Bantul, Joko Waluyo.",
           "Pelatihan berlangsung selama sepuluh hari."),
         "Dinsos Bantul Gelar Pelatihan Menjahit bagi Perempuan Kepala Keluarga", "2023-08-17", "Bantul",
         keep=["30 perempuan kepala keluarga"]),
    Case("short-month-ags-sept",
         p("Rabu, 20 Sept 2023", "Dinsos Kulon Progo Data 1.200 Lansia Tunggal",
           "Kamis, 14 Ags 2023 09:00",
           "KULON PROGO – Dinas Sosial Kabupaten Kulon Progo mendata 1.200 lansia yang tinggal sendiri tanpa "
           "keluarga yang merawat.",
           "\"Data ini dasar pemberian makanan bergizi setiap hari,\" kata Kepala Dinas Sosial, Hartono Wibowo.",
           "Pendataan melibatkan pendamping di setiap kalurahan."),
         "Dinsos Kulon Progo Data 1.200 Lansia Tunggal", "2023-08-14", "Kulon Progo",
         keep=["mendata 1.200 lansia"]),
    Case("short-month-okt-des",
         p("Pemkot Padang Bagikan Paket Sekolah untuk Anak Yatim", "Padang, 02 Okt 2023",
           "Pemerintah Kota Padang membagikan paket perlengkapan sekolah kepada 500 anak yatim dan piatu.",
           "\"Anak-anak ini tanggung jawab kita bersama,\" kata Wali Kota Padang, Hendri Septa Putra.",
           "Pembagian dilakukan di Balai Kota Padang.",
           "Berita Lainnya", "Pemkot Padang Gelar Khitanan Massal", "15 Des 2023"),
         "Pemkot Padang Bagikan Paket Sekolah untuk Anak Yatim", "2023-10-02", ANY,
         furniture=["Khitanan Massal"],
         keep=["paket perlengkapan sekolah"]),
    Case("numeric-with-comma-time",
         p("Bupati Sukamekar Resmikan Rumah Singgah Pasien Tidak Mampu",
           "03/03/2024, 09:15 WIB",
           "SUKAMEKAR – Bupati Sukamekar meresmikan rumah singgah bagi pasien tidak mampu yang berobat ke rumah "
           "sakit rujukan di ibu kota provinsi.",
           "\"Keluarga pasien tidak perlu lagi tidur di emperan rumah sakit,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Rumah singgah itu mampu menampung 30 orang."),
         "Bupati Sukamekar Resmikan Rumah Singgah Pasien Tidak Mampu", "2024-03-03", "Sukamekar",
         keep=["meresmikan rumah singgah"]),
    Case("updated-above-published",
         p("Pemkab Ciamis Tambah Kuota Penerima Makan Gratis Lansia",
           "Diperbarui: Selasa, 5 Mar 2024 11:00 WIB",
           "Terbit: Senin, 4 Mar 2024 09:00 WIB",
           "CIAMIS – Pemerintah Kabupaten Ciamis menambah kuota penerima program makan gratis bagi lansia "
           "telantar menjadi 800 orang.",
           "\"Anggaran tambahan sudah disetujui DPRD,\" kata Bupati Ciamis, Herdiat Sunarya.",
           "Makanan diantar setiap pagi oleh relawan."),
         "Pemkab Ciamis Tambah Kuota Penerima Makan Gratis Lansia", "2024-03-04", "Ciamis",
         furniture=["Diperbarui"],
         keep=["menjadi 800 orang"]),
    Case("published-and-updated-one-line",
         p("Dinsos Kota Cirebon Buka Posko Pengaduan Bansos",
           "Dipublikasikan: 4 Maret 2024 | Diperbarui: 6 Maret 2024",
           "CIREBON – Dinas Sosial Kota Cirebon membuka posko pengaduan bagi warga yang belum menerima bantuan "
           "sosial.",
           "\"Posko buka setiap hari kerja sampai pukul empat sore,\" kata Kepala Dinas Sosial, Santi Rahayu.",
           "Warga cukup membawa kartu keluarga."),
         "Dinsos Kota Cirebon Buka Posko Pengaduan Bansos", "2024-03-04", "Cirebon",
         keep=["posko pengaduan bagi warga"]),
    Case("update-label-only",
         p("Kabupaten Sukamekar Raih Penghargaan Kabupaten Layak Anak",
           "Update: Rabu, 6 Maret 2024 08:00 WIB",
           "Sukamekar – Pemerintah Kabupaten Sukamekar meraih penghargaan Kabupaten Layak Anak tingkat Nindya.",
           "\"Penghargaan ini milik seluruh warga,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Penghargaan diserahkan di Jakarta."),
         "Kabupaten Sukamekar Raih Penghargaan Kabupaten Layak Anak", "2024-03-06", "Sukamekar",
         keep=["tingkat Nindya"]),
    Case("relative-date-event-date",
         p("Warta Sukamekar", "Daerah",
           "Ratusan Warga Ikuti Pengobatan Gratis di Kantor Desa",
           "2 jam lalu",
           "SUKAMEKAR – Ratusan warga Desa Cibening mengikuti pengobatan gratis yang digelar Dinas Sosial, "
           "Selasa (12/3/2024).",
           "\"Kami periksa tekanan darah, gula darah dan mata,\" kata koordinator kegiatan, Dedi Kurniawan.",
           "Kegiatan serupa akan digelar di desa lain."),
         "Ratusan Warga Ikuti Pengobatan Gratis di Kantor Desa", None, "Sukamekar",
         furniture=["2 jam lalu"],
         keep=["pengobatan gratis yang digelar"]),
    Case("event-date-only",
         p("Pemdes Cibening Salurkan BLT Dana Desa Tahap Pertama",
           "CIBENING – Pemerintah Desa Cibening menyalurkan bantuan langsung tunai dana desa tahap pertama "
           "kepada 120 keluarga pada Senin, 11 Maret 2024.",
           "\"Setiap keluarga menerima Rp300 ribu,\" kata Kepala Desa Cibening, Ujang Saepudin.",
           "Penyaluran berikutnya dijadwalkan April."),
         "Pemdes Cibening Salurkan BLT Dana Desa Tahap Pertama", None, "Cibening",
         keep=["tahap pertama kepada 120"]),
    Case("header-clock-not-page-date",
         p("Kamis, 14 Maret 2024", "Beranda", "Berita", "Pemerintahan",
           "Wali Kota Bekasi Tinjau Dapur Umum Korban Banjir",
           "Senin, 11 Maret 2024 | 10:15",
           "BEKASI – Wali Kota Bekasi meninjau dapur umum yang didirikan untuk korban banjir di Kecamatan "
           "Pondok Gede.",
           "\"Pastikan makanan cukup untuk semua pengungsi,\" kata Wali Kota Bekasi, Tri Adhianto.",
           "Dapur umum melayani 1.500 porsi setiap hari."),
         "Wali Kota Bekasi Tinjau Dapur Umum Korban Banjir", "2024-03-11", "Bekasi",
         keep=["1.500 porsi"]),
    Case("english-date-line-byline",
         p("Pemkab Sukamekar Launches Free School Meals for Orphans",
           "By Admin · March 5, 2024",
           "SUKAMEKAR – The Sukamekar regency administration launched free school meals for 1,200 orphans.",
           "\"No child should study hungry,\" said Regent Yayat Supriatna.",
           "The meals are cooked by village kitchens."),
         "Pemkab Sukamekar Launches Free School Meals for Orphans", "2024-03-05", "Sukamekar",
         keep=["free school meals for 1,200"]),
    Case("date-line-dash-day-time",
         p("Dinsos Karawang Evakuasi Lansia Sebatang Kara", "- 21 Agustus 2023, 14:02 WIB",
           "KARAWANG – Petugas Dinas Sosial Kabupaten Karawang mengevakuasi seorang lansia sebatang kara yang "
           "tinggal di gubuk reyot di pinggir sawah.",
           "\"Beliau kami bawa ke panti untuk dirawat,\" kata Kepala Dinas Sosial, Asep Saepudin.",
           "Lansia itu sebelumnya dirawat tetangganya."),
         "Dinsos Karawang Evakuasi Lansia Sebatang Kara", "2023-08-21", "Karawang",
         keep=["gubuk reyot"]),
    Case("mei-date-and-jun",
         p("Pemkab Sumedang Gelar Festival Anak Difabel", "Kamis, 30 Mei 2024 - 09:00",
           "SUMEDANG – Pemerintah Kabupaten Sumedang menggelar festival bagi anak penyandang disabilitas, "
           "Kamis (30/5/2024).",
           "\"Anak-anak ini punya bakat yang luar biasa,\" kata Bupati Sumedang, Dony Ahmad Munir.",
           "Festival diikuti 200 anak dari 26 kecamatan."),
         "Pemkab Sumedang Gelar Festival Anak Difabel", "2024-05-30", "Sumedang",
         keep=["festival bagi anak"]),
    # ---------------- title forms ---------------------------------------------------------------
    Case("upper-case-title-breadcrumb",
         p("Home » Berita » Sosial",
           "DINSOS KOTA TASIKMALAYA GELAR RAZIA GEPENG JELANG RAMADAN",
           "Rabu, 6 Maret 2024",
           "TASIKMALAYA – Dinas Sosial Kota Tasikmalaya bersama Satpol PP menggelar razia gelandangan dan pengemis "
           "di sejumlah ruas jalan menjelang Ramadan.",
           "\"Yang terjaring akan kami bina di rumah singgah,\" kata Kepala Dinas Sosial, Iwan Kurniawan.",
           "Razia akan digelar setiap akhir pekan."),
         "DINSOS KOTA TASIKMALAYA GELAR RAZIA GEPENG JELANG RAMADAN", "2024-03-06", "Tasikmalaya",
         furniture=["Home »"],
         keep=["razia gelandangan"]),
    Case("sentence-case-title-above-dateline",
         p("Kota Sukamekar", "Dinsos tambah dua mobil layanan keliling untuk lansia",
           "SUKAMEKAR (ANTARA) - Dinas Sosial Kota Sukamekar menambah dua unit mobil layanan keliling untuk "
           "menjangkau lansia di daerah pinggiran.",
           "\"Lansia tidak perlu datang ke kantor, kami yang datang,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Mobil itu dilengkapi alat pemeriksaan kesehatan sederhana."),
         "Dinsos tambah dua mobil layanan keliling untuk lansia", None, "Sukamekar",
         keep=["dua unit mobil layanan"]),
    Case("category-label-and-title-with-colon",
         p("SOSIAL", "Mensos: Tidak Boleh Ada Pungutan dalam Penyaluran Bansos",
           "Jumat, 8 Maret 2024 | 13:00 WIB",
           "JAKARTA – Menteri Sosial menegaskan tidak boleh ada pungutan apa pun dalam penyaluran bantuan sosial.",
           "\"Kalau ada yang memotong, laporkan,\" kata Menteri Sosial Dewi Anggraini.",
           "Kemensos membuka kanal pengaduan untuk warga."),
         "Mensos: Tidak Boleh Ada Pungutan dalam Penyaluran Bansos", "2024-03-08", "Jakarta",
         keep=["tidak boleh ada pungutan apa pun"]),
    Case("title-repeated-page-title-and-h1",
         p("Dinsos Kota Depok Buka Pendaftaran Pelatihan Barista Gratis - Pemerintah Kota Depok",
           "Menu", "Cari",
           "Dinsos Kota Depok Buka Pendaftaran Pelatihan Barista Gratis",
           "Senin, 26 Februari 2024",
           "DEPOK – Dinas Sosial Kota Depok membuka pendaftaran pelatihan barista gratis bagi pemuda dari keluarga "
           "kurang mampu.",
           "\"Peserta yang lulus akan kami salurkan ke kedai kopi mitra,\" kata Kepala Dinas Sosial, Mary Liziawati.",
           "Pendaftaran dibuka hingga akhir bulan."),
         "Dinsos Kota Depok Buka Pendaftaran Pelatihan Barista Gratis", "2024-02-26", "Depok",
         keep=["pelatihan barista gratis bagi"]),
    Case("title-with-quote-marks",
         p("Berita", "Bupati Sukamekar: \"Jangan Ada Anak Putus Sekolah karena Biaya\"",
           "Selasa, 5 Maret 2024 10:00 WIB",
           "SUKAMEKAR – Bupati Sukamekar meminta seluruh camat mendata anak putus sekolah di wilayahnya.",
           "\"Jangan ada anak putus sekolah karena biaya,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Data itu akan dipakai untuk menyalurkan beasiswa daerah."),
         "Bupati Sukamekar: \"Jangan Ada Anak Putus Sekolah karena Biaya\"", "2024-03-05", "Sukamekar",
         keep=["mendata anak putus sekolah"]),
    # ---------------- furniture -----------------------------------------------------------------
    Case("furniture-captions-dok",
         p("Pemkab Sukamekar Bangun 50 Sumur Bor di Desa Rawan Kekeringan",
           "Kamis, 7 Maret 2024",
           "Dok. Humas Pemkab Sukamekar",
           "Bupati Sukamekar meninjau sumur bor di Desa Cikadu.",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar membangun 50 sumur bor di desa yang setiap kemarau "
           "kesulitan air bersih.",
           "Foto: Humas Pemkab Sukamekar",
           "\"Tidak boleh lagi ada warga yang berjalan jauh untuk mengambil air,\" kata Bupati Sukamekar, "
           "Yayat Supriatna.",
           "Pembangunan sumur dibiayai anggaran daerah.",
           "(adv)"),
         "Pemkab Sukamekar Bangun 50 Sumur Bor di Desa Rawan Kekeringan", "2024-03-07", "Sukamekar",
         furniture=["Dok. Humas", "Foto: Humas", "(adv)"],
         keep=["membangun 50 sumur bor", "berjalan jauh"]),
    Case("furniture-newsletter-google-news",
         p("Dinsos Kota Serang Gelar Khitanan Massal Gratis", "Sabtu, 2 Maret 2024 | 09:30 WIB",
           "SERANG – Dinas Sosial Kota Serang menggelar khitanan massal gratis bagi 150 anak dari keluarga "
           "prasejahtera.",
           "\"Setiap anak juga mendapat bingkisan dan uang saku,\" kata Kepala Dinas Sosial, Hasan Basri.",
           "Simak berita lainnya di Google News",
           "Kegiatan berlangsung di aula kantor dinas.",
           "Dapatkan berita terbaru langsung di email Anda. Berlangganan newsletter kami sekarang!",
           "Ikuti kami di Instagram @dinsoskotaserang",
           "Hak Cipta © 2024 Dinas Sosial Kota Serang"),
         "Dinsos Kota Serang Gelar Khitanan Massal Gratis", "2024-03-02", "Serang",
         furniture=["Google News", "Berlangganan newsletter", "Dapatkan berita terbaru", "Ikuti kami",
                    "Hak Cipta"],
         keep=["khitanan massal gratis bagi 150", "aula kantor dinas"]),
    Case("furniture-signoffs-ant-red",
         p("Pemkab Sukamekar Beri Insentif Guru Ngaji", "Rabu, 6 Mar 2024",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar memberikan insentif kepada 2.000 guru ngaji.",
           "\"Insentif ini bentuk terima kasih pemerintah,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Insentif dibayarkan setiap tiga bulan.",
           "(ant/red)",
           "Reporter: Dedi Kurniawan", "Editor: Rina Marlina", "Sumber: Humas Pemkab Sukamekar"),
         "Pemkab Sukamekar Beri Insentif Guru Ngaji", "2024-03-06", "Sukamekar",
         furniture=["(ant/red)", "Reporter:", "Sumber:"],
         keep=["insentif kepada 2.000"]),
    Case("furniture-comment-box-and-pages",
         p("Dinsos Purwakarta Salurkan Bantuan Korban Kebakaran", "Senin, 4 Maret 2024 | 15:00 WIB",
           "PURWAKARTA – Dinas Sosial Kabupaten Purwakarta menyalurkan bantuan bagi lima keluarga korban kebakaran "
           "di Kecamatan Plered.",
           "\"Bantuan berupa pakaian, makanan dan perlengkapan dapur,\" kata Kepala Dinas Sosial, Dadan Hamdani.",
           "Halaman: 1 2 3",
           "Selanjutnya",
           "Komentar",
           "Tulis komentar Anda di sini...",
           "Kirim"),
         "Dinsos Purwakarta Salurkan Bantuan Korban Kebakaran", "2024-03-04", "Purwakarta",
         furniture=["Halaman: 1 2 3", "Selanjutnya", "Tulis komentar"],
         keep=["lima keluarga korban kebakaran"]),
    Case("furniture-baca-juga-variants",
         p("Pemkot Sukamekar Tambah Armada Ambulans Gratis", "Selasa, 5 Maret 2024",
           "SUKAMEKAR – Pemerintah Kota Sukamekar menambah lima armada ambulans gratis bagi warga.",
           "BACA JUGA: Wali Kota Sukamekar Resmikan Puskesmas Baru",
           "\"Ambulans bisa dipanggil 24 jam lewat nomor darurat,\" kata Wali Kota Sukamekar, Dian Kartika.",
           "Baca Juga :",
           "Warga Sukamekar Antusias Ikuti Donor Darah",
           "Baca juga Dinsos Sukamekar Latih Relawan Bencana",
           "Ambulans itu ditempatkan di kantor kecamatan."),
         "Pemkot Sukamekar Tambah Armada Ambulans Gratis", "2024-03-05", "Sukamekar",
         furniture=["BACA JUGA", "Resmikan Puskesmas Baru", "Antusias Ikuti Donor Darah", "Latih Relawan Bencana"],
         keep=["lima armada ambulans", "ditempatkan di kantor kecamatan"]),
    Case("furniture-share-counters",
         p("Dinsos Banyumas Gelar Pelatihan Kewirausahaan bagi Disabilitas", "Kamis, 29 Februari 2024",
           "Share", "Facebook Twitter WhatsApp Telegram", "Dibaca 1.024 kali",
           "BANYUMAS – Dinas Sosial Kabupaten Banyumas melatih 40 penyandang disabilitas membuka usaha kecil.",
           "\"Peserta kami beri modal usaha setelah pelatihan,\" kata Kepala Dinas Sosial, Kartono.",
           "Pelatihan berlangsung lima hari.",
           "Salin tautan", "Tags", "disabilitas", "pelatihan", "Banyumas"),
         "Dinsos Banyumas Gelar Pelatihan Kewirausahaan bagi Disabilitas", "2024-02-29", "Banyumas",
         furniture=["Facebook Twitter", "Dibaca 1.024", "Salin tautan"],
         keep=["melatih 40 penyandang disabilitas"]),
    Case("kumparan-style-no-dateline",
         p("kumparanNEWS", "Dinsos DKI Tampung 30 Manusia Gerobak di Panti Sosial",
           "kumparanNEWS", "5 Maret 2024 14:10 WIB", "·", "waktu baca 2 menit",
           "Dinas Sosial DKI Jakarta menampung 30 manusia gerobak yang terjaring di Jakarta Pusat ke panti sosial.",
           "\"Mereka kami asesmen dulu, lalu dicarikan solusi,\" kata Kepala Dinas Sosial DKI Jakarta, "
           "Premi Lasari.",
           "Sebagian dari mereka berasal dari luar Jakarta.",
           "Bagikan artikel ini"),
         "Dinsos DKI Tampung 30 Manusia Gerobak di Panti Sosial", "2024-03-05", None,
         furniture=["waktu baca", "Bagikan artikel"],
         keep=["menampung 30 manusia gerobak"]),
    Case("date-before-title",
         p("Senin, 11 Maret 2024 09:30 WIB", "Pemprov Bali Salurkan Paket Sembako untuk Nelayan",
           "Denpasar (Antara Bali) - Pemerintah Provinsi Bali menyalurkan paket sembako kepada nelayan yang "
           "tidak bisa melaut akibat cuaca buruk.",
           "\"Nelayan sudah dua pekan tidak melaut,\" kata Kepala Dinas Sosial Provinsi Bali, Made Suwija.",
           "Paket dibagikan di 18 kampung nelayan."),
         "Pemprov Bali Salurkan Paket Sembako untuk Nelayan", "2024-03-11", "Denpasar",
         keep=["tidak bisa melaut"]),
    Case("place-comma-humas-dash",
         p("Bupati Sukamekar Buka Musrenbang Kecamatan Cibening", "Senin, 26 Februari 2024",
           "Cibening, Humas – Bupati Sukamekar membuka musyawarah perencanaan pembangunan tingkat Kecamatan "
           "Cibening di aula kantor kecamatan.",
           "\"Usulan warga harus berdasarkan kebutuhan, bukan keinginan,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Musrenbang diikuti kepala desa dan tokoh masyarakat."),
         "Bupati Sukamekar Buka Musrenbang Kecamatan Cibening", "2024-02-26", "Cibening",
         keep=["musyawarah perencanaan pembangunan"]),
    Case("relative-date-kemarin",
         p("Dinsos Sukamekar Evakuasi Warga Terdampak Banjir Bandang",
           "Kemarin, 18:40",
           "SUKAMEKAR – Tim Tagana Dinas Sosial Kabupaten Sukamekar mengevakuasi puluhan warga terdampak banjir "
           "bandang, Rabu (13/3/2024) malam.",
           "\"Air naik sangat cepat, warga hanya sempat membawa pakaian,\" kata Koordinator Tagana, Heri Susanto.",
           "Warga mengungsi ke masjid dan sekolah."),
         "Dinsos Sukamekar Evakuasi Warga Terdampak Banjir Bandang", None, "Sukamekar",
         keep=["mengevakuasi puluhan warga"]),
    # ---------------- more date forms ----------------------------------------------------------
    Case("abbreviated-weekday",
         p("CNN Indonesia", "Nasional",
           "Kemensos Siapkan Lumbung Sosial di Daerah Rawan Bencana",
           "Sab, 09 Mar 2024 10:15 WIB",
           "Jakarta, CNN Indonesia -- Kementerian Sosial menyiapkan lumbung sosial berisi logistik darurat di "
           "daerah yang rawan bencana alam.",
           "\"Lumbung ini bisa langsung dibuka saat bencana terjadi,\" kata Direktur Perlindungan Sosial Korban "
           "Bencana Alam, Hendra Wijaya.",
           "Lumbung sosial dikelola oleh Tagana setempat.",
           "(tim/dal)"),
         "Kemensos Siapkan Lumbung Sosial di Daerah Rawan Bencana", "2024-03-09", "Jakarta",
         furniture=["(tim/dal)"],
         keep=["lumbung sosial berisi logistik"]),
    Case("byline-and-date-with-views",
         p("Pemkab Sukamekar Salurkan Bantuan Bibit untuk Petani Miskin",
           "Oleh: Humas Pemkab | 10 Mar 2024 - 10:15 | Dibaca 215 kali",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar menyalurkan bantuan bibit padi unggul bagi 300 petani "
           "penggarap dari keluarga miskin.",
           "\"Bibit ini tahan hama dan bisa dipanen lebih cepat,\" kata Kepala Dinas Pertanian, Agus Salim.",
           "Penyaluran dilakukan melalui kelompok tani."),
         "Pemkab Sukamekar Salurkan Bantuan Bibit untuk Petani Miskin", "2024-03-10", "Sukamekar",
         furniture=["Dibaca 215"],
         keep=["bibit padi unggul bagi 300"]),
    Case("published-label-english",
         p("Sukamekar Regency Opens Shelter for Elderly",
           "Published: 05 March 2024",
           "Last updated: 07 March 2024",
           "SUKAMEKAR – The Sukamekar regency opened a shelter for elderly residents who live alone.",
           "\"They deserve a warm home,\" said Social Affairs Agency head Rahmat Hidayat.",
           "The shelter can house 40 people."),
         "Sukamekar Regency Opens Shelter for Elderly", "2024-03-05", "Sukamekar",
         keep=["shelter for elderly residents"]),
    Case("numeric-date-line-with-weekday",
         p("Lurah Cempaka Ajak Warga Daftar Cek Kesehatan Gratis",
           "Senin, 11/03/2024 15:00 WIB",
           "Sukamekar – Lurah Cempaka mengajak warga lanjut usia mendaftar pemeriksaan kesehatan gratis di "
           "puskesmas kelurahan.",
           "\"Cukup bawa KTP, tidak dipungut biaya,\" kata Lurah Cempaka, Wawan Setiawan.",
           "Pemeriksaan dibuka setiap Sabtu pagi."),
         "Lurah Cempaka Ajak Warga Daftar Cek Kesehatan Gratis", "2024-03-11", "Sukamekar",
         keep=["pemeriksaan kesehatan gratis di"]),
    Case("announcement-event-dates-only",
         p("Pengumuman Pendaftaran Pelatihan Kerja bagi Penyandang Disabilitas",
           "Dinas Sosial Kabupaten Sukamekar membuka pendaftaran pelatihan kerja bagi penyandang disabilitas "
           "usia 18 sampai 40 tahun di seluruh kecamatan.",
           "Pendaftaran dibuka 1 Maret 2024",
           "Batas akhir pendaftaran 10 Maret 2024",
           "Pengumuman peserta 15 Maret 2024",
           "\"Pelatihan ini gratis dan peserta mendapat uang transport,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Berkas pendaftaran diserahkan langsung ke kantor dinas."),
         "Pengumuman Pendaftaran Pelatihan Kerja bagi Penyandang Disabilitas", None, None,
         keep=["membuka pendaftaran pelatihan kerja", "Pendaftaran dibuka 1 Maret 2024", "Batas akhir pendaftaran"]),
    Case("relative-minutes-ago",
         p("Detak Sukamekar", "Polisi dan Dinsos Amankan Pengemis Berkedok Penyandang Disabilitas",
           "5 menit yang lalu",
           "SUKAMEKAR – Petugas gabungan mengamankan seorang pengemis yang berpura-pura menjadi penyandang "
           "disabilitas di perempatan Jalan Merdeka, Kamis (14/3/2024).",
           "\"Setelah kami periksa, kakinya normal,\" kata Kepala Seksi Rehabilitasi Sosial, Sri Mulyani.",
           "Pengemis itu dibawa ke panti untuk dibina."),
         "Polisi dan Dinsos Amankan Pengemis Berkedok Penyandang Disabilitas", None, "Sukamekar",
         furniture=["5 menit yang lalu"],
         keep=["berpura-pura menjadi"]),
    Case("rss-style-date",
         p("Dinsos Sukamekar Terima Penghargaan Pelayanan Publik",
           "Thu, 07 Mar 2024 10:15:00 +0700",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menerima penghargaan pelayanan publik kategori sangat baik.",
           "\"Penghargaan ini memacu kami melayani lebih cepat,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Penghargaan diserahkan gubernur di Bandung."),
         "Dinsos Sukamekar Terima Penghargaan Pelayanan Publik", "2024-03-07", "Sukamekar",
         keep=["pelayanan publik kategori"]),
    Case("release-signoff-date-at-foot",
         p("SIARAN PERS",
           "Nomor: 045/HUMAS/III/2024",
           "Balai Sukamekar Latih 50 Pemuda Putus Sekolah Menjadi Teknisi Telepon Genggam",
           "Balai Sukamekar melatih 50 pemuda putus sekolah menjadi teknisi telepon genggam selama satu bulan "
           "di Kota Sukamekar.",
           "\"Setelah lulus, mereka bisa membuka kios servis sendiri,\" kata Kepala Balai, Dewi Lestari.",
           "Pelatihan ditutup dengan uji kompetensi.",
           "Sukamekar, 12 Maret 2024",
           "Kepala Balai Sukamekar"),
         "Balai Sukamekar Latih 50 Pemuda Putus Sekolah Menjadi Teknisi Telepon Genggam", "2024-03-12", ANY,
         keep=["teknisi telepon genggam selama"]),
    Case("date-line-tanggal-label",
         p("Pemkot Sukamekar Gelar Apel Siaga Bencana",
           "Tanggal: 1 Maret 2024 | Kategori: Berita",
           "SUKAMEKAR – Pemerintah Kota Sukamekar menggelar apel siaga bencana menghadapi puncak musim hujan.",
           "\"Semua personel harus siap 24 jam,\" kata Wali Kota Sukamekar, Dian Kartika.",
           "Apel diikuti 500 personel gabungan."),
         "Pemkot Sukamekar Gelar Apel Siaga Bencana", "2024-03-01", "Sukamekar",
         furniture=["Kategori: Berita"],
         keep=["apel siaga bencana menghadapi"]),
    # ---------------- second round: more sites and forms -------------------------------------
    Case("metro-colon-dateline",
         p("Metrotvnews.com", "Pemprov DKI Siapkan 20 Posko Mudik Gratis bagi Warga Kurang Mampu",
           "Rabu, 6 Mar 2024 11:20",
           "Metrotvnews.com, Jakarta: Pemerintah Provinsi DKI Jakarta menyiapkan program mudik gratis bagi warga "
           "kurang mampu menjelang Lebaran.",
           "\"Pendaftaran dibuka mulai pekan depan,\" kata Kepala Dinas Perhubungan DKI, Syafrin Liputo.",
           "Kuota mudik gratis tahun ini 20 ribu orang.",
           "Komentar (0)"),
         "Pemprov DKI Siapkan 20 Posko Mudik Gratis bagi Warga Kurang Mampu", "2024-03-06", "Jakarta",
         furniture=["Komentar (0)"],
         keep=["program mudik gratis"]),
    Case("detik-video-embeds",
         p("detikSulsel", "Dinsos Gowa Bantu Nenek Sebatang Kara yang Tinggal di Kandang",
           "Andi Nur Isman - detikSulsel", "Kamis, 07 Mar 2024 16:10 WIB",
           "Gowa - Dinas Sosial Kabupaten Gowa membantu seorang nenek sebatang kara yang selama ini tinggal di "
           "bekas kandang ternak.",
           "[Gambas:Video 20detik]",
           "\"Kami akan bangunkan rumah sederhana untuk beliau,\" kata Kepala Dinas Sosial Gowa, Syamsuddin Bidol.",
           "Tonton juga Video: Warga Bergotong Royong Bangun Rumah Lansia",
           "Rumah itu ditargetkan selesai dalam sebulan.",
           "(hmw/hmw)"),
         "Dinsos Gowa Bantu Nenek Sebatang Kara yang Tinggal di Kandang", "2024-03-07", "Gowa",
         furniture=["Gambas", "Tonton juga", "(hmw/hmw)", "Andi Nur Isman"],
         keep=["bekas kandang ternak", "selesai dalam sebulan"]),
    Case("liputan6-saksikan-video",
         p("Pemkab Sukamekar Bagikan Makanan Tambahan untuk Balita Stunting",
           "Oleh Rina Marlina pada 04 Mar 2024, 10:15 WIB",
           "Liputan6.com, Sukamekar - Pemerintah Kabupaten Sukamekar membagikan makanan tambahan bergizi bagi 800 "
           "balita yang mengalami stunting.",
           "\"Makanan ini kami antar langsung ke posyandu,\" kata Kepala Dinas Kesehatan, Rudi Hartono.",
           "Saksikan Video Pilihan di Bawah Ini:",
           "Pembagian berlangsung selama tiga bulan.",
           "Lanjutkan Membaca"),
         "Pemkab Sukamekar Bagikan Makanan Tambahan untuk Balita Stunting", "2024-03-04", "Sukamekar",
         furniture=["Saksikan Video", "Lanjutkan Membaca"],
         keep=["800 balita", "selama tiga bulan"]),
    Case("question-headline",
         p("Berita", "Kapan Bansos PKH Tahap Kedua Cair? Ini Kata Kemensos",
           "Minggu, 10 Maret 2024 | 19:00 WIB",
           "JAKARTA – Kementerian Sosial memastikan bantuan Program Keluarga Harapan tahap kedua cair mulai April.",
           "\"Datanya sedang dipadankan dengan data kependudukan,\" kata Sekretaris Jenderal Kementerian Sosial, "
           "Bambang Sugiharto.",
           "Penyaluran dilakukan melalui bank dan kantor pos."),
         "Kapan Bansos PKH Tahap Kedua Cair? Ini Kata Kemensos", "2024-03-10", "Jakarta",
         keep=["tahap kedua cair mulai April"]),
    Case("byline-pipe-date",
         p("Dinsos Sukamekar Latih Relawan Dapur Umum",
           "Rina Marlina | Rabu, 6 Maret 2024 - 10:00 WIB",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar melatih 60 relawan dapur umum dari tiga kecamatan rawan "
           "banjir.",
           "\"Relawan harus bisa memasak untuk ratusan orang dalam waktu singkat,\" kata Kepala Dinas Sosial, "
           "Rahmat Hidayat.",
           "Share on Facebook", "Share on Twitter", "Bagikan ke WhatsApp"),
         "Dinsos Sukamekar Latih Relawan Dapur Umum", "2024-03-06", "Sukamekar",
         furniture=["Share on Facebook", "Bagikan ke WhatsApp", "Rina Marlina |"],
         keep=["60 relawan dapur umum"]),
    Case("diunggah-terakhir-diperbarui",
         p("Balai Sukamekar Gelar Terapi Bermain untuk Anak Korban Kekerasan",
           "Diunggah oleh admin pada 8 Maret 2024",
           "Terakhir diperbarui 9 Maret 2024",
           "Balai Sukamekar menggelar terapi bermain bagi anak-anak korban kekerasan yang sedang menjalani "
           "pemulihan di balai selama dua pekan terakhir.",
           "\"Bermain membantu anak bercerita tanpa merasa takut,\" kata pekerja sosial balai, Dewi Lestari.",
           "Terapi didampingi psikolog."),
         "Balai Sukamekar Gelar Terapi Bermain untuk Anak Korban Kekerasan", "2024-03-08", None,
         keep=["terapi bermain bagi anak-anak"]),
    Case("tgl-label",
         p("Camat Cibening Ajak Warga Ikut Cek Kesehatan Gratis",
           "Tgl. 12 Maret 2024 | Penulis: Humas Kecamatan",
           "CIBENING – Camat Cibening mengajak warga mengikuti pemeriksaan kesehatan gratis di kantor kecamatan.",
           "\"Cukup membawa KTP,\" kata Camat Cibening, Ujang Saepudin.",
           "Pemeriksaan dibuka setiap Jumat."),
         "Camat Cibening Ajak Warga Ikut Cek Kesehatan Gratis", "2024-03-12", "Cibening",
         keep=["pemeriksaan kesehatan gratis di kantor"]),
    Case("regional-paper-outlet-first",
         p("WARTAKOTALIVE.COM", "Pemkot Bekasi Gelar Mudik Gratis untuk 1.000 Warga",
           "Jumat, 15 Maret 2024 07:45 WIB",
           "WARTAKOTALIVE.COM, BEKASI — Pemerintah Kota Bekasi kembali menggelar program mudik gratis untuk 1.000 "
           "warga menjelang Lebaran.",
           "\"Bus berangkat dari stadion pada H-5,\" kata Kepala Dinas Perhubungan Kota Bekasi, Zeno Bachtiar.",
           "Pendaftaran dilakukan secara daring.",
           "Penulis: Rangga Baskoro", "Editor: Dian Anditya Mutiara",
           "Berita Terkait", "Pemkot Bekasi Siapkan Posko Lebaran"),
         "Pemkot Bekasi Gelar Mudik Gratis untuk 1.000 Warga", "2024-03-15", "Bekasi",
         furniture=["Penulis: Rangga", "Siapkan Posko Lebaran"],
         keep=["mudik gratis untuk 1.000"]),
    Case("terkini-populer-tail",
         p("Pemkab Sukamekar Bebaskan Biaya Akta Kelahiran", "Sabtu, 16 Maret 2024",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar membebaskan biaya pengurusan akta kelahiran bagi seluruh "
           "warga.",
           "\"Tidak ada pungutan apa pun,\" kata Kepala Dinas Kependudukan, Asep Saepudin.",
           "Layanan bisa diurus di kantor desa.",
           "Populer", "Jalan Rusak di Cibening Akhirnya Diperbaiki", "Harga Cabai di Pasar Sukamekar Naik Lagi",
           "Pilihan Untukmu", "Warga Gotong Royong Bersihkan Sungai"),
         "Pemkab Sukamekar Bebaskan Biaya Akta Kelahiran", "2024-03-16", "Sukamekar",
         furniture=["Jalan Rusak di Cibening", "Harga Cabai", "Bersihkan Sungai"],
         keep=["akta kelahiran bagi seluruh"]),
    Case("dek-below-title-sentence",
         p("Sukamekar Siapkan Rp2 Miliar untuk Bedah Rumah Warga Miskin",
           "Sebanyak 100 rumah akan diperbaiki tahun ini, lebih banyak dari tahun lalu.",
           "Senin, 18 Maret 2024 08:00 WIB",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar menyiapkan anggaran Rp2 miliar untuk program bedah rumah "
           "warga miskin.",
           "\"Rumah yang atapnya hampir roboh kami dahulukan,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Program dikerjakan bersama TNI."),
         "Sukamekar Siapkan Rp2 Miliar untuk Bedah Rumah Warga Miskin", "2024-03-18", "Sukamekar",
         keep=["anggaran Rp2 miliar"]),
    Case("dateline-weekday-numeric",
         p("Dinsos Makassar Razia Anak Jalanan di Pantai Losari",
           "Makassar, Rabu (6/3/2024) - Dinas Sosial Kota Makassar merazia anak jalanan yang berjualan tisu di "
           "sekitar Pantai Losari.",
           "\"Anak-anak harus sekolah, bukan di jalan,\" kata Kepala Dinas Sosial Kota Makassar, Andi Mappatoba.",
           "Anak-anak itu diserahkan kepada orang tuanya."),
         "Dinsos Makassar Razia Anak Jalanan di Pantai Losari", "2024-03-06", "Makassar",
         keep=["berjualan tisu"]),
    Case("nu-online-acronym-source",
         p("Lazisnu Salurkan Paket Ramadan untuk Guru Ngaji",
           "Selasa, 12 Maret 2024 | 14:00 WIB",
           "Tangerang, NU Online – Lembaga amil zakat menyalurkan paket Ramadan untuk 500 guru ngaji di Kabupaten "
           "Tangerang.",
           "\"Guru ngaji adalah penjaga akhlak anak-anak kita,\" kata ketua lembaga, Ahmad Fauzan.",
           "Paket berisi beras, minyak dan sarung."),
         "Lazisnu Salurkan Paket Ramadan untuk Guru Ngaji", "2024-03-12", "Tangerang",
         keep=["500 guru ngaji"]),
    # ---------------- third round: dates of other things on the page -------------------------
    Case("sidebar-latest-above-no-own-date",
         p("Terbaru", "Camat Cibening Resmikan Pos Ronda Baru", "5 Maret 2024",
           "Harga Beras di Pasar Sukamekar Mulai Turun", "4 Maret 2024",
           "Dinsos Sukamekar Salurkan Bantuan untuk Korban Angin Puting Beliung",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan bagi 40 keluarga yang rumahnya rusak "
           "diterjang angin puting beliung.",
           "\"Bantuan berupa terpal, seng dan makanan siap saji,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Pendataan kerusakan masih berlangsung."),
         "Dinsos Sukamekar Salurkan Bantuan untuk Korban Angin Puting Beliung", None, "Sukamekar",
         keep=["40 keluarga yang rumahnya rusak"]),
    Case("related-items-below-no-marker",
         p("Dinsos Sukamekar Gelar Pelatihan Kader Posyandu Lansia",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar melatih 80 kader posyandu lansia dari 20 desa.",
           "\"Kader harus bisa mengenali tanda-tanda lansia yang butuh rujukan,\" kata Kepala Dinas Sosial, "
           "Rahmat Hidayat.",
           "Pelatihan berlangsung dua hari.",
           "Bagikan:", "Facebook", "WhatsApp",
           "Dinsos Sukamekar Bagikan Alat Bantu Jalan untuk Lansia", "28 Februari 2024",
           "Pemkab Sukamekar Bangun Rumah Singgah di Ibu Kota Provinsi", "20 Februari 2024"),
         "Dinsos Sukamekar Gelar Pelatihan Kader Posyandu Lansia", None, "Sukamekar",
         furniture=["Alat Bantu Jalan", "Rumah Singgah di Ibu Kota"],
         keep=["80 kader posyandu"]),
    Case("one-related-item-below-no-marker",
         p("Dinsos Sukamekar Buka Layanan Konseling Keluarga",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar membuka layanan konseling keluarga gratis setiap Selasa "
           "dan Kamis.",
           "\"Konselor kami siap mendengar tanpa menghakimi,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Layanan ini dibuka di kantor dinas.",
           "Dinsos Sukamekar Gelar Bimtek Pendamping Sosial", "28 Februari 2024"),
         "Dinsos Sukamekar Buka Layanan Konseling Keluarga", None, "Sukamekar",
         keep=["konseling keluarga gratis"]),
    Case("wordpress-comments-with-dates",
         p("Pemdes Cibening Bagikan Bibit Pohon Buah untuk Warga",
           "CIBENING – Pemerintah Desa Cibening membagikan 2.000 bibit pohon buah kepada warga untuk ditanam di "
           "pekarangan rumah.",
           "\"Setiap rumah mendapat lima bibit,\" kata Kepala Desa Cibening, Ujang Saepudin.",
           "Pembagian dilakukan di balai desa.",
           "2 tanggapan untuk \u201cPemdes Cibening Bagikan Bibit Pohon Buah untuk Warga\u201d",
           "Budi Santoso", "6 Maret 2024 pukul 10.15",
           "Mantap, semoga desa lain ikut mencontoh.",
           "Siti Aminah", "7 Maret 2024 pukul 08.02",
           "Kapan dibagikan lagi pak?"),
         "Pemdes Cibening Bagikan Bibit Pohon Buah untuk Warga", None, "Cibening",
         furniture=["desa lain ikut mencontoh", "Kapan dibagikan lagi"],
         keep=["2.000 bibit pohon buah"]),
    Case("header-clock-only",
         p("Kamis, 14 Maret 2024", "Beranda", "Berita", "Pemerintahan", "Ekonomi", "Olahraga",
           "Wali Kota Sukamekar Lantik 12 Lurah Baru",
           "SUKAMEKAR – Wali Kota Sukamekar melantik 12 lurah baru hasil seleksi terbuka di aula balai kota.",
           "\"Lurah harus hadir di tengah warga, bukan hanya di kantor,\" kata Wali Kota Sukamekar, Dian Kartika.",
           "Pelantikan disaksikan para camat."),
         "Wali Kota Sukamekar Lantik 12 Lurah Baru", None, "Sukamekar",
         keep=["melantik 12 lurah baru"]),
    Case("title-then-summary-then-date-kompas-regional",
         p("Regional", "Cianjur",
           "Dinsos Cianjur Pastikan 300 Pengungsi Longsor Dapat Makan Tiga Kali Sehari",
           "Kompas.com - 13/03/2024, 18:30 WIB",
           "Penulis Kontributor Cianjur, Firman Taufiqurrahman | Editor Robertus Belarminus",
           "CIANJUR, KOMPAS.com - Dinas Sosial Kabupaten Cianjur memastikan 300 pengungsi longsor mendapat makanan "
           "tiga kali sehari selama berada di pengungsian.",
           "\"Dapur umum kami buka sejak hari pertama,\" kata Kepala Dinas Sosial Kabupaten Cianjur, Asep Sunandar.",
           "Para pengungsi menempati gedung sekolah dasar."),
         "Dinsos Cianjur Pastikan 300 Pengungsi Longsor Dapat Makan Tiga Kali Sehari", "2024-03-13", "Cianjur",
         furniture=["Penulis Kontributor", "Robertus"],
         keep=["tiga kali sehari selama"]),
    # ---------------- fourth round: credits with dates, more widgets ------------------------
    Case("credit-and-date-one-line",
         p("Dinsos Sukamekar Gelar Donor Darah Bersama Relawan Tagana",
           "Penulis: Rina Marlina | Senin, 4 Maret 2024 09:00 WIB",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menggelar donor darah bersama relawan Tagana di halaman "
           "kantor dinas.",
           "\"Stok darah di rumah sakit daerah sedang menipis,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Sebanyak 150 kantong darah terkumpul."),
         "Dinsos Sukamekar Gelar Donor Darah Bersama Relawan Tagana", "2024-03-04", "Sukamekar",
         keep=["150 kantong darah"]),
    Case("date-then-editor-one-line",
         p("Pemkab Sukamekar Resmikan Taman Ramah Anak di Alun-Alun",
           "Selasa, 5 Maret 2024 | Editor: Dodi Pratama",
           "SUKAMEKAR – Pemerintah Kabupaten Sukamekar meresmikan taman ramah anak di kawasan alun-alun.",
           "\"Anak-anak butuh ruang bermain yang aman,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Taman dilengkapi ruang laktasi."),
         "Pemkab Sukamekar Resmikan Taman Ramah Anak di Alun-Alun", "2024-03-05", "Sukamekar",
         keep=["taman ramah anak di kawasan"]),
    Case("hijri-beside-date",
         p("Baznas Sukamekar Salurkan Zakat untuk 1.000 Mustahik",
           "Senin, 4 Maret 2024 / 23 Syakban 1445 H",
           "SUKAMEKAR – Badan Amil Zakat Nasional Kabupaten Sukamekar menyalurkan zakat kepada 1.000 mustahik.",
           "\"Zakat disalurkan dalam bentuk uang tunai dan modal usaha,\" kata Ketua Baznas Sukamekar, Ahmad Fauzan.",
           "Penyaluran berlangsung di masjid agung."),
         "Baznas Sukamekar Salurkan Zakat untuk 1.000 Mustahik", "2024-03-04", "Sukamekar",
         keep=["kepada 1.000 mustahik"]),
    Case("teks-foto-credits-humas-signoff",
         p("Wabup Sukamekar Buka Pelatihan Pengolahan Ikan bagi Istri Nelayan",
           "Rabu, 6 Maret 2024",
           "SUKAMEKAR – Wakil Bupati Sukamekar membuka pelatihan pengolahan ikan bagi 50 istri nelayan.",
           "Gambar: Wakil Bupati menyerahkan sertifikat kepada peserta",
           "\"Ikan bisa diolah jadi abon dan kerupuk yang harganya lebih tinggi,\" kata Wakil Bupati Sukamekar, "
           "Neneng Rohayati.",
           "Pelatihan berlangsung tiga hari.",
           "(Humas Pemkab Sukamekar)",
           "Teks: Dedi Kurniawan | Foto: Prokopim"),
         "Wabup Sukamekar Buka Pelatihan Pengolahan Ikan bagi Istri Nelayan", "2024-03-06", "Sukamekar",
         furniture=["Gambar:", "(Humas Pemkab", "Teks: Dedi"],
         keep=["50 istri nelayan", "tiga hari"]),
    Case("reading-widgets",
         p("Dinsos Sukamekar Ajak Warga Laporkan Anak Putus Sekolah",
           "Jumat, 8 Maret 2024 | 07:30 WIB",
           "Dengarkan artikel ini", "Ukuran Font", "A- A+",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar mengajak warga melaporkan anak putus sekolah di "
           "lingkungannya.",
           "\"Laporan warga akan kami tindak lanjuti dengan kunjungan rumah,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Halaman Selanjutnya",
           "Laporan bisa disampaikan lewat kantor desa.",
           "Muat Lebih Banyak"),
         "Dinsos Sukamekar Ajak Warga Laporkan Anak Putus Sekolah", "2024-03-08", "Sukamekar",
         furniture=["Dengarkan artikel", "Ukuran Font", "A- A+", "Halaman Selanjutnya", "Muat Lebih"],
         keep=["anak putus sekolah di", "lewat kantor desa"]),
    Case("slashed-iso-date",
         p("Pemkot Sukamekar Gelar Vaksinasi Hewan Peliharaan Gratis", "2024/03/07 10:15",
           "SUKAMEKAR – Pemerintah Kota Sukamekar menggelar vaksinasi rabies gratis untuk hewan peliharaan warga.",
           "\"Warga cukup membawa kucing atau anjingnya ke kantor kelurahan,\" kata Kepala Dinas Pertanian, Agus Salim.",
           "Vaksinasi berlangsung sepekan."),
         "Pemkot Sukamekar Gelar Vaksinasi Hewan Peliharaan Gratis", "2024-03-07", "Sukamekar",
         keep=["vaksinasi rabies gratis"]),
    # ---------------- fifth round: datelines written tight, upper-case dates, short openings ---
    Case("pipe-dateline",
         p("Dinsos Sukamekar Salurkan Kursi Roda untuk Lansia", "Senin, 4 Maret 2024",
           "SUKAMEKAR | Dinas Sosial Kabupaten Sukamekar menyalurkan 25 kursi roda untuk lansia yang sulit berjalan.",
           "\"Kursi roda ini kami antar ke rumah masing-masing,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Penyaluran dilakukan bertahap."),
         "Dinsos Sukamekar Salurkan Kursi Roda untuk Lansia", "2024-03-04", "Sukamekar",
         keep=["25 kursi roda"]),
    Case("tight-em-dash-dateline",
         p("Dinsos Garut Latih Pendamping Rehabilitasi Sosial", "Selasa, 5 Maret 2024",
           "GARUT—Dinas Sosial Kabupaten Garut melatih 40 pendamping rehabilitasi sosial dari 42 kecamatan.",
           "\"Pendamping harus memahami kebutuhan tiap penyandang disabilitas,\" kata Kepala Dinas Sosial, "
           "Nandang Suherman.",
           "Pelatihan digelar tiga hari."),
         "Dinsos Garut Latih Pendamping Rehabilitasi Sosial", "2024-03-05", "Garut",
         keep=["40 pendamping rehabilitasi"]),
    Case("tight-hyphen-dateline",
         p("Pemkab Bandung Salurkan Bantuan Beras untuk Keluarga Miskin", "Rabu, 6 Maret 2024",
           "BANDUNG-Pemerintah Kabupaten Bandung menyalurkan bantuan beras bagi 20 ribu keluarga miskin.",
           "\"Setiap keluarga menerima sepuluh kilogram,\" kata Sekretaris Daerah, Cakra Amiyana.",
           "Penyaluran melalui kantor desa."),
         "Pemkab Bandung Salurkan Bantuan Beras untuk Keluarga Miskin", "2024-03-06", "Bandung",
         keep=["20 ribu keluarga miskin"]),
    Case("upper-case-date-line",
         p("DINSOS SUKAMEKAR BERI PELATIHAN KERJA BAGI MANTAN WARGA BINAAN", "SENIN, 4 MARET 2024 | 10:00 WIB",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar memberi pelatihan kerja bagi mantan warga binaan lembaga "
           "pemasyarakatan.",
           "\"Mereka butuh keterampilan agar tidak kembali ke jalan yang salah,\" kata Kepala Dinas Sosial, "
           "Rahmat Hidayat.",
           "Pelatihan berlangsung dua pekan."),
         "DINSOS SUKAMEKAR BERI PELATIHAN KERJA BAGI MANTAN WARGA BINAAN", "2024-03-04", "Sukamekar",
         keep=["mantan warga binaan lembaga"]),
    Case("short-first-paragraph-no-dateline",
         p("Warga Cibening Kini Punya Posyandu Lansia", "Oleh: Redaksi", "4 Maret 2024", "Bagikan",
           "Warga Cibening kini punya posyandu lansia.",
           "Posyandu yang dibangun dengan dana desa itu diresmikan oleh Kepala Desa Cibening bersama petugas "
           "puskesmas dan kader kesehatan setempat pada akhir pekan lalu.",
           "\"Lansia tidak perlu lagi jauh-jauh ke puskesmas,\" kata Kepala Desa Cibening, Ujang Saepudin.",
           "Posyandu buka setiap Rabu."),
         "Warga Cibening Kini Punya Posyandu Lansia", "2024-03-04", None,
         keep=["Warga Cibening kini punya posyandu lansia.", "dana desa"]),
    Case("date-place-after",
         p("Bupati Sukamekar Serahkan Santunan untuk Keluarga Korban Longsor",
           "Kamis, 7 Maret 2024 - 10:15 WIB | Sukamekar",
           "Bupati Sukamekar menyerahkan santunan kepada keluarga korban longsor yang meninggal dunia di "
           "Kecamatan Cibening pekan lalu.",
           "\"Semoga keluarga diberi ketabahan,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Santunan diberikan melalui Dinas Sosial."),
         "Bupati Sukamekar Serahkan Santunan untuk Keluarga Korban Longsor", "2024-03-07", ANY,
         keep=["santunan kepada keluarga korban"]),
    Case("kompas-tv-domain-dateline",
         p("Kemensos Kirim Tagana ke Lokasi Banjir Demak", "Sabtu, 16 Maret 2024 | 12:10 WIB",
           "DEMAK, KOMPAS.TV - Kementerian Sosial mengirim puluhan personel Tagana ke lokasi banjir di Kabupaten "
           "Demak.",
           "\"Personel membawa perahu karet dan dapur umum lapangan,\" kata Direktur Perlindungan Sosial, "
           "Hendra Wijaya.",
           "Banjir merendam belasan desa."),
         "Kemensos Kirim Tagana ke Lokasi Banjir Demak", "2024-03-16", "Demak",
         keep=["puluhan personel Tagana"]),
    # ---------------- sixth round: national outlets' openings --------------------------------
    Case("tempo-outlet-title-case-place",
         p("Tempo.co", "Nasional", "Kemensos Buka 50 Lumbung Pangan di Daerah Rawan Gizi",
           "Senin, 4 Maret 2024 10:15 WIB",
           "TEMPO.CO, Jakarta - Kementerian Sosial membuka 50 lumbung pangan di daerah yang rawan gizi buruk.",
           "\"Lumbung diisi beras, telur dan kacang hijau,\" kata Direktur Jenderal Perlindungan Sosial, Hendra Wijaya.",
           "Lumbung dikelola pemerintah desa.", "Pilihan Editor: Bansos Tahap Dua Cair Bulan Depan"),
         "Kemensos Buka 50 Lumbung Pangan di Daerah Rawan Gizi", "2024-03-04", "Jakarta",
         furniture=["Pilihan Editor"],
         keep=["50 lumbung pangan"]),
    Case("viva-outlet-no-place",
         p("Kemensos Gandeng Kampus Latih Pendamping Disabilitas", "Selasa, 5 Maret 2024 - 08:30 WIB",
           "VIVA – Kementerian Sosial menggandeng perguruan tinggi untuk melatih pendamping penyandang disabilitas.",
           "\"Pendamping perlu bekal ilmu yang kuat,\" kata Sekretaris Jenderal Kementerian Sosial, Bambang Sugiharto.",
           "Pelatihan dimulai bulan depan."),
         "Kemensos Gandeng Kampus Latih Pendamping Disabilitas", "2024-03-05", None,
         keep=["menggandeng perguruan tinggi"]),
    Case("media-indonesia-caps-first-word",
         p("Mensos Minta Daerah Perbarui Data Penerima Bansos", "05/3/2024 12:10",
           "MENTERI Sosial Dewi Anggraini meminta pemerintah daerah memperbarui data penerima bantuan sosial setiap "
           "bulan.",
           "\"Data yang basi membuat bantuan salah sasaran,\" kata Dewi.",
           "Pembaruan data dilakukan melalui aplikasi."),
         "Mensos Minta Daerah Perbarui Data Penerima Bansos", "2024-03-05", None,
         keep=["MENTERI Sosial Dewi Anggraini meminta"]),
    Case("outlet-in-caps-words-no-place",
         p("https://www.pikiran-rakyat.com/news/pr-000000/dinsos-bekasi", "Pikiran Rakyat",
           "Dinsos Bekasi Bagikan Sembako untuk Pemulung", "Rabu, 6 Maret 2024, 09:15 WIB",
           "PIKIRAN RAKYAT - Dinas Sosial Kota Bekasi membagikan paket sembako kepada ratusan pemulung di sekitar "
           "tempat pembuangan akhir.",
           "\"Pemulung juga warga yang berhak dibantu,\" kata Kepala Dinas Sosial Kota Bekasi, Alexander Zulkarnain.",
           "Pembagian berlangsung tertib."),
         "Dinsos Bekasi Bagikan Sembako untuk Pemulung", "2024-03-06", None,
         keep=["ratusan pemulung"]),
    Case("dateline-weekday-yearless-paren",
         p("BPBD dan Dinsos Sukamekar Evakuasi Warga Terdampak Banjir", "Senin, 4 Maret 2024",
           "SUKAMEKAR, Senin (4/3) – Tim gabungan BPBD dan Dinas Sosial Kabupaten Sukamekar mengevakuasi warga "
           "terdampak banjir.",
           "\"Semua warga sudah di tempat aman,\" kata Kepala Pelaksana BPBD, Heri Susanto.",
           "Pengungsi ditampung di gedung olahraga."),
         "BPBD dan Dinsos Sukamekar Evakuasi Warga Terdampak Banjir", "2024-03-04", "Sukamekar",
         keep=["Tim gabungan BPBD"]),
    Case("own-line-place-date-release",
         p("Kementerian Kesehatan Republik Indonesia", "Siaran Pers",
           "Kemenkes dan Kemensos Perkuat Layanan Gizi untuk Anak Panti",
           "Jakarta, 6 Maret 2024",
           "Kementerian Kesehatan dan Kementerian Sosial sepakat memperkuat layanan gizi bagi anak-anak yang tinggal "
           "di panti asuhan di seluruh Indonesia.",
           "\"Anak panti berhak atas gizi yang sama baiknya,\" kata Direktur Gizi Masyarakat, Ratna Dewi.",
           "Kerja sama ini berlaku tiga tahun.",
           "Kepala Biro Komunikasi dan Pelayanan Publik"),
         "Kemenkes dan Kemensos Perkuat Layanan Gizi untuk Anak Panti", "2024-03-06", "Jakarta",
         keep=["layanan gizi bagi anak-anak"]),
    # ---------------- seventh round: updated before published on one line ---------------------
    Case("updated-first-one-line",
         p("Dinsos Sukamekar Perpanjang Masa Tanggap Darurat Banjir",
           "Diperbarui Selasa, 5 Maret 2024 | Terbit Senin, 4 Maret 2024",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar memperpanjang masa tanggap darurat banjir hingga sepekan.",
           "\"Air belum surut di dua kecamatan,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Dapur umum tetap beroperasi."),
         "Dinsos Sukamekar Perpanjang Masa Tanggap Darurat Banjir", "2024-03-04", "Sukamekar",
         keep=["memperpanjang masa tanggap darurat"]),
    Case("updated-first-english",
         p("Sukamekar Extends Flood Emergency Period",
           "Updated: March 5, 2024 | Published: March 4, 2024",
           "SUKAMEKAR – The Sukamekar regency extended its flood emergency period by one week.",
           "\"Water has not receded in two districts,\" said social affairs head Rahmat Hidayat.",
           "Public kitchens remain open."),
         "Sukamekar Extends Flood Emergency Period", "2024-03-04", "Sukamekar",
         keep=["extended its flood emergency"]),
    Case("published-at-foot-updated-at-top",
         p("Pemkot Sukamekar Buka Posko Pengaduan Harga Sembako",
           "Diperbarui: 6 Maret 2024",
           "SUKAMEKAR – Pemerintah Kota Sukamekar membuka posko pengaduan harga sembako di setiap kecamatan.",
           "\"Laporkan pedagang yang menimbun barang,\" kata Wali Kota Sukamekar, Dian Kartika.",
           "Posko buka setiap hari.",
           "Diterbitkan: 4 Maret 2024"),
         "Pemkot Sukamekar Buka Posko Pengaduan Harga Sembako", "2024-03-04", "Sukamekar",
         keep=["posko pengaduan harga sembako"]),
    Case("source-credit-with-date",
         p("Dinsos Sukamekar Gelar Pasar Murah Khusus Lansia",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menggelar pasar murah khusus bagi warga lanjut usia.",
           "\"Lansia tidak perlu berdesakan,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Pasar murah digelar di halaman kantor dinas.",
           "Sumber: Humas Pemkab Sukamekar, 8 Maret 2024"),
         "Dinsos Sukamekar Gelar Pasar Murah Khusus Lansia", "2024-03-08", "Sukamekar",
         furniture=["Sumber: Humas"],
         keep=["pasar murah khusus bagi"]),
    # ---------------- eighth round: what a browser appends to copied text ----------------------
    Case("copied-from-detik",
         p("Dinsos Garut Salurkan Bantuan untuk Korban Pergerakan Tanah",
           "Hakim Ghani - detikJabar", "Senin, 11 Mar 2024 13:05 WIB",
           "Garut - Dinas Sosial Kabupaten Garut menyalurkan bantuan bagi 30 keluarga korban pergerakan tanah di "
           "Kecamatan Cibatu.",
           "\"Kami kirim tenda, selimut dan makanan,\" ujar Kepala Dinas Sosial Garut, Nandang Suherman.",
           "Baca artikel detikjabar, \"Dinsos Garut Salurkan Bantuan untuk Korban Pergerakan Tanah\" selengkapnya "
           "https://www.detik.com/jabar/berita/d-0000000/dinsos-garut",
           "Download Apps Detikcom Sekarang https://apps.detik.com/detik/"),
         "Dinsos Garut Salurkan Bantuan untuk Korban Pergerakan Tanah", "2024-03-11", "Garut",
         furniture=["Baca artikel detikjabar", "Download Apps"],
         keep=["30 keluarga korban"]),
    Case("copied-from-kompas",
         p("Dinsos Kota Sukamekar Jemput 12 Pengemis di Alun-alun",
           "Kompas.com - 12/03/2024, 09:40 WIB",
           "SUKAMEKAR, KOMPAS.com - Dinas Sosial Kota Sukamekar menjemput 12 pengemis yang mangkal di alun-alun.",
           "\"Mereka akan kami bina di panti sosial,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Artikel ini telah tayang di Kompas.com dengan judul \"Dinsos Kota Sukamekar Jemput 12 Pengemis di "
           "Alun-alun\", Klik untuk baca: https://regional.kompas.com/read/2024/03/12/000000000/dinsos",
           "Penulis : Kontributor Sukamekar, Rina Marlina",
           "Editor : Dodi Pratama",
           "Kompascom+ baca berita tanpa iklan: https://kmp.im/plus6",
           "Download aplikasi: https://kmp.im/app6"),
         "Dinsos Kota Sukamekar Jemput 12 Pengemis di Alun-alun", "2024-03-12", "Sukamekar",
         furniture=["Artikel ini telah tayang", "Klik untuk baca", "Kompascom+", "Download aplikasi"],
         keep=["12 pengemis yang mangkal"]),
    # ---------------- ninth round: portals of regions and villages, embedded posts ----------
    Case("pemprov-detail-berita",
         p("Beranda / Berita / Detail Berita", "Detail Berita",
           "Pemprov Sukamekar Salurkan Bantuan Modal bagi 500 Pelaku Usaha Mikro",
           "Kamis, 07 Maret 2024 - 14:00:00", "Oleh : Diskominfo", "Kategori : Pemerintahan", "Dilihat : 123 kali",
           "SUKAMEKAR – Pemerintah Provinsi Sukamekar menyalurkan bantuan modal bagi 500 pelaku usaha mikro dari "
           "keluarga miskin.",
           "\"Modal ini harus diputar, bukan dihabiskan,\" kata Gubernur Sukamekar, Bambang Sutrisno.",
           "IMG_20240307_101500.jpg",
           "Bantuan disalurkan melalui bank daerah."),
         "Pemprov Sukamekar Salurkan Bantuan Modal bagi 500 Pelaku Usaha Mikro", "2024-03-07", "Sukamekar",
         furniture=["IMG_20240307", "Dilihat : 123"],
         keep=["500 pelaku usaha mikro dari"]),
    Case("village-portal",
         p("Desa Cibening", "Kecamatan Sukamekar Kabupaten Sukamekar",
           "Penyaluran BLT Dana Desa Bulan Maret",
           "Artikel | 05 Maret 2024 | Dibaca 45 Kali",
           "Pemerintah Desa Cibening menyalurkan bantuan langsung tunai dana desa bulan Maret kepada 85 keluarga "
           "penerima manfaat di balai desa.",
           "\"Penerima wajib membawa KTP dan kartu keluarga,\" kata Kepala Desa Cibening, Ujang Saepudin.",
           "Penyaluran dijaga Babinsa dan Bhabinkamtibmas."),
         "Penyaluran BLT Dana Desa Bulan Maret", "2024-03-05", None,
         keep=["85 keluarga penerima manfaat"]),
    Case("tweet-embed-with-date",
         p("Kemensos Ajak Warga Laporkan Penyaluran Bansos yang Dipotong",
           "JAKARTA – Kementerian Sosial mengajak warga melaporkan penyaluran bantuan sosial yang dipotong oknum.",
           "\"Kami tidak akan menoleransi pemotongan,\" kata Sekretaris Jenderal Kementerian Sosial, Bambang Sugiharto.",
           "Laporkan pemotongan bansos ke nomor pengaduan kami. Identitas pelapor dijamin kerahasiaannya.",
           "— Kemensos RI (@KemensosRI) March 5, 2024",
           "Laporan bisa juga disampaikan lewat aplikasi."),
         "Kemensos Ajak Warga Laporkan Penyaluran Bansos yang Dipotong", None, "Jakarta",
         furniture=["(@KemensosRI)"],
         keep=["mengajak warga melaporkan", "lewat aplikasi"]),
    Case("instagram-embed",
         p("Dinsos Sukamekar Gelar Lomba Kreasi Anak Panti", "Sabtu, 9 Maret 2024",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menggelar lomba kreasi bagi anak-anak panti asuhan.",
           "View this post on Instagram",
           "A post shared by Dinsos Sukamekar (@dinsossukamekar)",
           "\"Anak panti juga punya bakat,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Lomba diikuti 120 anak."),
         "Dinsos Sukamekar Gelar Lomba Kreasi Anak Panti", "2024-03-09", "Sukamekar",
         furniture=["View this post", "A post shared by"],
         keep=["lomba kreasi bagi anak-anak", "120 anak"]),
    # ---------------- tenth round: lines between the headline and the story ----------------
    Case("three-word-author-alone",
         p("Inilah Jadwal Penyaluran Bansos Sembako Tahap Kedua di Sukamekar",
           "Muhammad Rizki Ramadhan", "Rabu, 6 Maret 2024 | 15:20 WIB",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar mengumumkan jadwal penyaluran bantuan sembako tahap kedua.",
           "\"Penyaluran dimulai Senin depan di kantor pos,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Warga diminta membawa undangan."),
         "Inilah Jadwal Penyaluran Bansos Sembako Tahap Kedua di Sukamekar", "2024-03-06", "Sukamekar",
         furniture=["Muhammad Rizki Ramadhan"],
         keep=["jadwal penyaluran bantuan sembako"]),
    Case("title-case-caption-above-dateline",
         p("Korban Banjir Cibening Mulai Kembali ke Rumah", "Kamis, 14 Maret 2024",
           "Bupati Sukamekar Yayat Supriatna Meninjau Rumah Warga yang Terendam di Cibening",
           "SUKAMEKAR – Ratusan warga korban banjir di Kecamatan Cibening mulai kembali ke rumah setelah air surut.",
           "\"Kami bantu pembersihan rumah dengan mengerahkan relawan,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Dinas Sosial masih membuka dapur umum."),
         "Korban Banjir Cibening Mulai Kembali ke Rumah", "2024-03-14", "Sukamekar",
         keep=["mulai kembali ke rumah setelah"]),
    Case("site-tagline-above-header-date",
         p("Portal Resmi Pemerintah Kabupaten Sukamekar", "Kamis, 14 Maret 2024",
           "Bupati Sukamekar Lantik 12 Lurah Hasil Seleksi Terbuka", "Senin, 11 Maret 2024",
           "SUKAMEKAR – Bupati Sukamekar melantik 12 lurah hasil seleksi terbuka di pendopo kabupaten.",
           "\"Lurah harus melayani, bukan dilayani,\" kata Bupati Sukamekar, Yayat Supriatna.",
           "Pelantikan disaksikan para camat."),
         "Bupati Sukamekar Lantik 12 Lurah Hasil Seleksi Terbuka", "2024-03-11", "Sukamekar",
         keep=["melantik 12 lurah"]),
    # ---------------- eleventh round: lower-case labels, more prompts ------------------------
    Case("pkl-time-lowercase-label",
         p("Dinsos Sukamekar Gelar Sunatan Massal untuk Anak Yatim",
           "dibuat pada 10 Maret 2024 pkl. 19.30",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menggelar sunatan massal bagi 100 anak yatim.",
           "\"Semua biaya ditanggung pemerintah daerah,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Kegiatan berlangsung di rumah sakit daerah.",
           "Baca Selanjutnya: Dinsos Sukamekar Siapkan Bingkisan Lebaran",
           "Baca berita menarik lainnya di Google News",
           "Update berita terkini setiap hari di saluran WhatsApp kami"),
         "Dinsos Sukamekar Gelar Sunatan Massal untuk Anak Yatim", "2024-03-10", "Sukamekar",
         furniture=["Baca Selanjutnya", "Baca berita menarik", "Update berita terkini"],
         keep=["sunatan massal bagi 100"]),
    Case("date-badge-over-lines",
         p("Dinsos Sukamekar", "Beranda", "Berita",
           "06", "Mar", "2024",
           "Dinsos Sukamekar Gelar Pelatihan Tata Boga bagi Ibu Rumah Tangga",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar menggelar pelatihan tata boga bagi 40 ibu rumah tangga "
           "dari keluarga prasejahtera.",
           "\"Peserta belajar membuat kue untuk dijual,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Pelatihan berlangsung lima hari."),
         "Dinsos Sukamekar Gelar Pelatihan Tata Boga bagi Ibu Rumah Tangga", "2024-03-06", "Sukamekar",
         keep=["pelatihan tata boga bagi 40"]),
    # ---------------- twelfth round: widgets of big portals and WordPress in Indonesian ------
    Case("tribun-zoom-and-pages",
         p("Dinsos Semarang Salurkan Bantuan Permakanan untuk 2.000 Lansia", "Kamis, 7 Maret 2024 11:30 WIB",
           "zoom-in-whitezoom-out-white",
           "TRIBUNJATENG.COM, SEMARANG - Dinas Sosial Kota Semarang menyalurkan bantuan permakanan untuk 2.000 "
           "lansia setiap hari.",
           "\"Makanan diantar pendamping ke rumah lansia,\" kata Kepala Dinas Sosial Kota Semarang, Heroe Soekendar.",
           "Halaman 2 dari 3",
           "Program ini dibiayai anggaran kota.",
           "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek "
           "Fakta 0811 0000 000 hanya dengan ketik kata kunci yang diinginkan."),
         "Dinsos Semarang Salurkan Bantuan Permakanan untuk 2.000 Lansia", "2024-03-07", "Semarang",
         furniture=["zoom-in", "Halaman 2 dari 3", "Fakta atau Hoaks"],
         keep=["2.000 lansia setiap hari", "dibiayai anggaran kota"]),
    Case("wordpress-indonesian-navigation",
         p("Dinsos Sukamekar Bentuk Kampung Ramah Lansia di Lima Desa", "Posted on 8 Maret 2024 by admin",
           "SUKAMEKAR – Dinas Sosial Kabupaten Sukamekar membentuk kampung ramah lansia di lima desa.",
           "\"Warga dilatih merawat lansia di lingkungannya,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Program ini akan diperluas tahun depan.",
           "Navigasi pos", "← Dinsos Sukamekar Latih Kader Posyandu", "Dinsos Sukamekar Salurkan Kursi Roda →",
           "Pos Terkait", "Bupati Sukamekar Resmikan Taman Lansia", "Kembali ke atas"),
         "Dinsos Sukamekar Bentuk Kampung Ramah Lansia di Lima Desa", "2024-03-08", "Sukamekar",
         furniture=["Navigasi pos", "Latih Kader Posyandu", "Salurkan Kursi Roda", "Resmikan Taman Lansia",
                    "Kembali ke atas"],
         keep=["kampung ramah lansia di lima desa", "diperluas tahun depan"]),
    # ---------------- thirteenth round: Kemensos and sentra pages as copied -------------------
    Case("kemensos-sentra-page",
         p("Kementerian Sosial Republik Indonesia", "Beranda", "Berita", "Siaran Pers",
           "Sentra Sukamekar Dampingi Anak Korban Perundungan Kembali Bersekolah",
           "Penulis :", "Humas Sentra Sukamekar", "Editor :", "Dodi Pratama", "Penerjemah :", "Sari Handayani",
           "Rabu, 06 Maret 2024", "0 Dilihat",
           "SUKAMEKAR (6 Maret 2024) – Sentra Sukamekar mendampingi seorang anak korban perundungan hingga kembali "
           "bersekolah dengan tenang.",
           "\"Kami dampingi anak dan orang tuanya setiap pekan,\" kata Kepala Sentra Sukamekar, Dewi Lestari.",
           "Pendampingan melibatkan psikolog dan guru sekolah.",
           "Bagikan:", "Salin Link"),
         "Sentra Sukamekar Dampingi Anak Korban Perundungan Kembali Bersekolah", "2024-03-06", "Sukamekar",
         furniture=["0 Dilihat", "Salin Link", "Humas Sentra Sukamekar"],
         keep=["mendampingi seorang anak korban"]),
    Case("dinsos-wp-date-under-title-with-category",
         p("Dinas Sosial Kabupaten Sukamekar", "Menu",
           "Dinsos Sukamekar Verifikasi Ulang Data Penerima PKH", "Berita, Pengumuman", "07/03/2024",
           "Dinas Sosial Kabupaten Sukamekar memverifikasi ulang data penerima Program Keluarga Harapan di 20 "
           "kecamatan untuk memastikan bantuan tepat sasaran.",
           "\"Yang sudah mampu akan kami keluarkan dari daftar,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Verifikasi dibantu pendamping PKH."),
         "Dinsos Sukamekar Verifikasi Ulang Data Penerima PKH", "2024-03-07", None,
         keep=["memverifikasi ulang data"]),
    # ---------------- fourteenth round: releases as a PR office writes them --------------------
    Case("release-memo-header",
         p("SIARAN PERS", "Untuk segera dipublikasikan", "Tanggal: 5 Maret 2024",
           "Balai Sukamekar Latih 60 Penyandang Disabilitas Netra Menjadi Terapis Pijat",
           "Balai Sukamekar melatih 60 penyandang disabilitas netra menjadi terapis pijat profesional selama tiga "
           "bulan di asrama balai.",
           "\"Lulusan akan kami hubungkan dengan klinik dan hotel,\" kata Kepala Balai Sukamekar, Dewi Lestari.",
           "Narahubung: Rina Marlina (0812-0000-0000)"),
         "Balai Sukamekar Latih 60 Penyandang Disabilitas Netra Menjadi Terapis Pijat", "2024-03-05", None,
         keep=["60 penyandang disabilitas netra"]),
    Case("media-invitation-event-only",
         p("UNDANGAN PELIPUTAN",
           "Peluncuran Program Rumah Singgah Lansia Kabupaten Sukamekar",
           "Dinas Sosial Kabupaten Sukamekar mengundang rekan media untuk meliput peluncuran program rumah singgah "
           "bagi lansia telantar yang akan diresmikan oleh Bupati Sukamekar.",
           "Hari/Tanggal: Kamis, 14 Maret 2024",
           "Waktu: 09.00 WIB - selesai",
           "Tempat: Aula Dinas Sosial Kabupaten Sukamekar",
           "Narahubung: Rina Marlina"),
         "Peluncuran Program Rumah Singgah Lansia Kabupaten Sukamekar", None, None,
         keep=["mengundang rekan media", "Hari/Tanggal: Kamis, 14 Maret 2024"]),
    Case("sentence-case-title-uncredited-caption",
         p("Antara Jateng", "Dinsos Sukamekar siapkan 10 ton beras untuk korban banjir",
           "Jumat, 15 Maret 2024 14:05 WIB",
           "Petugas menata beras bantuan di gudang Dinas Sosial Kabupaten Sukamekar.",
           "Sukamekar (ANTARA) - Dinas Sosial Kabupaten Sukamekar menyiapkan 10 ton beras untuk warga korban banjir "
           "di tiga kecamatan.",
           "\"Beras kami salurkan lewat posko desa,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Pewarta: Andi Firmansyah"),
         "Dinsos Sukamekar siapkan 10 ton beras untuk korban banjir", "2024-03-15", "Sukamekar",
         keep=["menyiapkan 10 ton beras"]),
    # a short Title Case headline right over its date line has a name's shape: it stays the
    # headline under a breadcrumb, a menu or a category, and a name between a headline and the
    # date line is the writer (coordinator's cases)
    Case("short-headline-under-breadcrumb",
         p("Beranda › Berita › Daerah", "Bansos Tahap Dua Cair", "Senin, 4 Maret 2024 10:00 WIB",
           "BEKASI - Bantuan sosial tahap dua mulai cair pekan ini bagi keluarga penerima manfaat di kota itu."),
         "Bansos Tahap Dua Cair", "2024-03-04", "Bekasi", keep=["tahap dua mulai cair"]),
    Case("short-headline-under-category",
         p("Portal Berita Kabupaten Sukamekar", "Berita Daerah", "Sembako Murah Digelar", "Senin, 4 Maret 2024",
           "SUKAMEKAR - Pasar murah sembako digelar di halaman kantor kecamatan selama dua hari ke depan."),
         "Sembako Murah Digelar", "2024-03-04", "Sukamekar"),
    Case("short-headline-writer-under-date",
         p("Home | Berita | Kontak Kami", "Banjir Rendam Cibening", "Senin, 4 Maret 2024", "Rina Marlina",
           "SUKAMEKAR - Banjir merendam puluhan rumah warga di Cibening sejak Minggu malam kemarin."),
         "Banjir Rendam Cibening", "2024-03-04", "Sukamekar", furniture=["Rina Marlina"]),
    Case("writer-between-headline-and-date",
         p("Pelatihan Menjahit Lansia", "Dewi Lestari Putri", "Senin, 4 Maret 2024 10:00 WIB",
           "SUKAMEKAR - Balai menggelar pelatihan menjahit bagi lansia selama tiga hari di aula balai."),
         "Pelatihan Menjahit Lansia", "2024-03-04", "Sukamekar", furniture=["Dewi Lestari Putri"]),
]


# ================= session 13 (pages2) =====================================================================
# Each case below was written, with its expected answer, before the round first ran. `round` marks the
# session-13 round a case belongs to; the probe prints the score of each round apart.
S13_LEAD = ("Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang "
            "tinggal sendiri di tujuh kecamatan.")
S13_QUOTE = ("\"Makanan kami antar langsung ke rumah setiap pagi,\" kata Kepala Dinas Sosial Kabupaten Sukamekar, "
             "Rahmat Hidayat.")
S13_MORE = "Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun."

S13_CASES: list[Case] = [
    # ---------------- session 13, round 1: leftovers of session 12, date forms, page kinds ----------------
    Case("s13r1-caption-under-date-line",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "Kepala Dinas Sosial Sukamekar Rahmat Hidayat Menyerahkan Paket Makanan kepada Warga Lansia",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Menyerahkan Paket Makanan"], keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=1),
    Case("s13r1-mixed-case-place-dash",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Sukamekar – " + S13_LEAD, S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         keep=["menyalurkan bantuan permakanan"], round=1),
    Case("s13r1-kompas-unknown-city",
         p("Kompas.com", "Regional", "Dinsos Kupang Data 1.200 Anak Putus Sekolah",
           "Kompas.com - 07/12/2026, 08:30 WIB", "Penulis Yohanes Bria | Editor Dodi Pratama",
           "KUPANG, KOMPAS.com - Dinas Sosial Kota Kupang mendata 1.200 anak putus sekolah untuk diikutkan dalam "
           "program pendidikan kesetaraan.",
           "\"Kami ingin semua anak kembali belajar,\" kata Kepala Dinas Sosial Kota Kupang, Maria Bete."),
         "Dinsos Kupang Data 1.200 Anak Putus Sekolah", "2026-12-07", "Kupang",
         furniture=["Penulis Yohanes"], keep=["mendata 1.200 anak"], round=1),
    Case("s13r1-antara-kab-abbreviation",
         p("Antara Jabar", "Pemkab Bandung salurkan bantuan kursi roda bagi 50 penyandang disabilitas",
           "Senin, 7 Desember 2026 13:40 WIB",
           "Kab. Bandung (ANTARA) - Pemerintah Kabupaten Bandung menyalurkan 50 kursi roda bagi penyandang "
           "disabilitas dari keluarga tidak mampu.",
           "\"Bantuan ini kami serahkan langsung ke rumah penerima,\" kata Kepala Dinas Sosial Kabupaten Bandung, "
           "Asep Kurnia.", "Pewarta: Rudi Hartono"),
         "Pemkab Bandung salurkan bantuan kursi roda bagi 50 penyandang disabilitas", "2026-12-07", "Kab. Bandung",
         furniture=["Pewarta"], keep=["menyalurkan 50 kursi roda"], round=1),
    Case("s13r1-hijri-beside-date",
         p("Pemkab Sukamekar Santuni 500 Anak Yatim", "Senin, 7 Desember 2026 / 26 Jumadil Akhir 1448 H",
           "SUKAMEKAR - Pemerintah Kabupaten Sukamekar menyantuni 500 anak yatim dan piatu di pendopo kabupaten.",
           S13_QUOTE),
         "Pemkab Sukamekar Santuni 500 Anak Yatim", "2026-12-07", "Sukamekar", keep=["menyantuni 500 anak"], round=1),
    Case("s13r1-javanese-pasaran",
         p("Warga Sukamekar Gelar Bersih Desa", "Senin Legi, 7 Desember 2026",
           "SUKAMEKAR - Warga Desa Cibening menggelar bersih desa bersama perangkat desa dan pemuda karang taruna.",
           "\"Tradisi ini menjaga kerukunan warga,\" kata Kepala Desa Cibening, Ujang Saepudin."),
         "Warga Sukamekar Gelar Bersih Desa", "2026-12-07", "Sukamekar", keep=["menggelar bersih desa"], round=1),
    Case("s13r1-event-day-in-lead-only",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mulai mengantar makanan kepada 300 warga lanjut usia, "
           "Senin (7/12/2026).", S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", keep=["mulai mengantar makanan"],
         round=1),
    Case("s13r1-short-month",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Rina Marlina", "7 Des 2026, 10:15",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", furniture=["Rina Marlina"],
         keep=["menyalurkan bantuan permakanan"], round=1),
    Case("s13r1-dashed-numeric-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "07-12-2026 14:30 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         keep=["menyalurkan bantuan permakanan"], round=1),
    Case("s13r1-english-month-indonesian-page",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Monday, 7 December 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=1),
    Case("s13r1-english-month-first",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "December 7, 2026 by Humas Dinsos",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=1),
    Case("s13r1-dipublikasikan-pada",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Dipublikasikan pada 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=1),
    Case("s13r1-relative-only",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Rina Marlina", "2 jam yang lalu",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["2 jam yang lalu"],
         round=1),
    Case("s13r1-relative-and-event-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "3 jam lalu",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mulai mengantar makanan kepada 300 warga lanjut usia "
           "pada 7 Desember 2026.", S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["3 jam lalu"], round=1),
    Case("s13r1-updated-line-above-published",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Pembaruan terakhir: 9 Desember 2026 08:00 WIB",
           "Diterbitkan: 7 Desember 2026 10:15 WIB", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=1),
    Case("s13r1-updated-only-label-dimutakhirkan",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Tayang: 7 Desember 2026 | Dimutakhirkan: 9 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=1),
    Case("s13r1-url-first-line",
         p("https://sukamekar.go.id/berita/2026/12/07/dinsos-antar-makanan-untuk-300-lansia/",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         # expected 2026-12-07 when written; changed to None after the first run: releases-dev annotates the
         # pages that open with their address (the file's source line) as stating no date (6 files)
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar",
         furniture=["https://sukamekar.go.id"], round=1),
    Case("s13r1-url-of-other-item-in-story",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR - " + S13_LEAD,
           "Baca juga: https://sukamekar.go.id/berita/2026/11/30/dinsos-data-lansia-tinggal-sendiri/", S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["Baca juga"],
         keep=[S13_QUOTE[:30]], round=1),
    Case("s13r1-kemensos-biro-humas",
         p("SIARAN PERS", "Nomor: 412/HUMAS/XII/2026", "Biro Hubungan Masyarakat", "Kementerian Sosial RI",
           "Kemensos Tambah Kuota Bantuan Atensi untuk Anak Yatim Piatu",
           "Jakarta (7 Desember 2026) – Kementerian Sosial menambah kuota bantuan asistensi rehabilitasi sosial "
           "bagi anak yatim piatu di 34 provinsi.",
           "\"Tambahan kuota ini menjangkau anak yang belum terdata,\" kata Direktur Rehabilitasi Sosial Anak, "
           "Nur Aini.", "Kepala Biro Humas", "Hendra Saputra"),
         "Kemensos Tambah Kuota Bantuan Atensi untuk Anak Yatim Piatu", "2026-12-07", "Jakarta",
         keep=["menambah kuota bantuan"], round=1),
    Case("s13r1-siaran-pers-nomor-inline",
         p("Siaran Pers Nomor 88/SP/HM/12/2026",
           "Sentra Terpadu Sukamekar Latih 40 Pemuda Jadi Barista",
           "Sukamekar, 7 Desember 2026 – Sentra Terpadu Sukamekar melatih 40 pemuda dari keluarga penerima "
           "manfaat menjadi barista profesional.",
           "\"Mereka akan kami salurkan ke kedai kopi mitra,\" kata Kepala Sentra, Dewi Lestari."),
         "Sentra Terpadu Sukamekar Latih 40 Pemuda Jadi Barista", "2026-12-07", "Sukamekar",
         keep=["melatih 40 pemuda"], round=1),
    Case("s13r1-wordpress-dinsos-full",
         p("Dinas Sosial Kabupaten Sukamekar", "Beranda", "Profil", "Berita", "Layanan", "Kontak",
           "Dinsos Sukamekar Gelar Bimtek Pendamping Sosial", "Posted by admin | 7 Desember 2026 | Berita",
           "Kategori: Berita, Kegiatan",
           "Dinas Sosial Kabupaten Sukamekar menggelar bimbingan teknis bagi 80 pendamping sosial di aula dinas.",
           "Baca juga: Dinsos Sukamekar Salurkan Bansos Tahap Akhir",
           "\"Pendamping harus hafal data warga dampingannya,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "ADVERTISEMENT", "Scroll to continue with content",
           "Bimtek berlangsung dua hari.",
           "Tags: bimtek, pendamping sosial, PKH",
           "Share this:", "Facebook", "Twitter", "WhatsApp", "Like this:", "Suka Memuat..."),
         "Dinsos Sukamekar Gelar Bimtek Pendamping Sosial", "2026-12-07", None,
         furniture=["Posted by admin", "Kategori:", "Baca juga", "Salurkan Bansos Tahap Akhir", "ADVERTISEMENT",
                    "Scroll to continue", "Tags:", "Share this", "Suka Memuat"],
         keep=["menggelar bimbingan teknis", "hafal data warga", "Bimtek berlangsung dua hari."], round=1),
    Case("s13r1-multipage-links",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, "Halaman selanjutnya", "Halaman: 1 2 3", S13_MORE,
           "Berita ini terdiri dari 3 halaman"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Halaman selanjutnya", "Halaman: 1 2 3", "terdiri dari 3 halaman"],
         keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=1),
    Case("s13r1-print-view",
         p("Dicetak dari: https://sukamekar.go.id/berita/dinsos-antar-makanan", "Tanggal cetak: 9 Desember 2026",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Dicetak dari", "Tanggal cetak"], keep=["akhir tahun"], round=1),
    Case("s13r1-print-date-only",
         p("Dicetak pada 9 Desember 2026 pukul 10.00",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["Dicetak pada"], round=1),
    Case("s13r1-live-blog",
         p("LIVE UPDATE", "Penyaluran Bansos Akhir Tahun di Sukamekar Hari Ini",
           "Senin, 7 Desember 2026 08:00 WIB",
           "10:45 WIB", "Antrean warga di kantor pos Cibening mulai memanjang sejak pagi, petugas menambah dua loket.",
           "09:30 WIB", "\"Kami buka lebih awal agar warga tidak menunggu lama,\" kata Kepala Kantor Pos Cibening, "
           "Budi Santoso.",
           "08:15 WIB", "Penyaluran bantuan sosial akhir tahun di Kabupaten Sukamekar resmi dimulai pagi ini."),
         "Penyaluran Bansos Akhir Tahun di Sukamekar Hari Ini", "2026-12-07", None,
         keep=["menambah dua loket", "resmi dimulai pagi ini"], round=1),
    Case("s13r1-video-page",
         p("Video", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 15:00 WIB",
           "Durasi: 02:15", "Putar Video",
           "Dinas Sosial Kabupaten Sukamekar mengantar makanan setiap pagi bagi 300 lansia yang tinggal sendiri.",
           "Tonton juga: Lansia Sukamekar Ikuti Senam Pagi", "Video Editor: Rina Marlina"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         furniture=["Durasi", "Putar Video", "Tonton juga", "Video Editor"], keep=["mengantar makanan setiap pagi"],
         round=1),
    Case("s13r1-infographic",
         p("Infografis", "Infografis: Jadwal Penyaluran Bansos Desember 2026", "Senin, 7 Desember 2026 09:00 WIB",
           "Kementerian Sosial menyalurkan bantuan sembako dan PKH tahap akhir mulai pekan kedua Desember melalui "
           "kantor pos dan bank Himbara.", "Infografis: Tim Grafis / Humas"),
         "Infografis: Jadwal Penyaluran Bansos Desember 2026", "2026-12-07", None,
         furniture=["Tim Grafis"], keep=["pekan kedua Desember"], round=1),
    Case("s13r1-pdf-hyphenation-headers",
         p("SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Sukamekar menyalurkan ban-",
           "tuan permakanan kepada 300 warga lanjut usia yang tinggal sendiri di tujuh keca-",
           "matan.",
           "Halaman 1 dari 2",
           "SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR",
           S13_QUOTE, "Halaman 2 dari 2"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Halaman 1 dari 2", "Halaman 2 dari 2"], keep=["bantuan permakanan", "tujuh kecamatan"], round=1),
    Case("s13r1-zero-width-and-nbsp",
         p("Dinsos\u200b Sukamekar Antar\u00a0Makanan untuk 300 Lansia", "Senin,\u00a07 Desember\u00a02026",
           "SUKAMEKAR\u00a0-\u00a0" + S13_LEAD, S13_QUOTE).replace("\n", "\r\n"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         keep=["menyalurkan bantuan permakanan"], round=1),
    Case("s13r1-mojibake-quotes",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR â€“ " + S13_LEAD,
           "â€œMakanan kami antar langsung ke rumah setiap pagi,â€\x9d kata Kepala Dinas Sosial, Rahmat Hidayat."),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["â€"], keep=["“Makanan kami antar"], round=1),
    # ---------------- session 13, round 2: outlets' openings, labelled dates, photo and AMP pages -----------
    Case("s13r2-antara-place-with-province",
         p("Antara Jabar", "Dinsos Sukamekar antar makanan untuk 300 lansia", "Senin, 7 Desember 2026 13:40 WIB",
           "Sukamekar, Jabar (ANTARA) - " + S13_LEAD, S13_QUOTE, "Pewarta: Rudi Hartono"),
         "Dinsos Sukamekar antar makanan untuk 300 lansia", "2026-12-07", "Sukamekar",
         furniture=["Pewarta"], keep=["menyalurkan bantuan permakanan"], round=2),
    Case("s13r2-outlet-without-place",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 | 10:15 WIB",
           "KOMPAS.com - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         keep=["menyalurkan bantuan permakanan"], round=2),
    Case("s13r2-okezone-jurnalis",
         p("Okezone", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Jurnalis - Rina Marlina",
           "Senin 07 Desember 2026 14:30 WIB", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Jurnalis - Rina"], keep=["menyalurkan bantuan permakanan"], round=2),
    Case("s13r2-oleh-pada-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Oleh Rina Marlina pada 07 Des 2026, 14:30 WIB",
           "Liputan6.com, Sukamekar - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Oleh Rina"], keep=["menyalurkan bantuan permakanan"], round=2),
    Case("s13r2-tribun-reporter-line",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "Laporan Wartawan TribunJabar.id, Rina Marlina",
           "TRIBUNJABAR.ID, SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Laporan Wartawan"], keep=["menyalurkan bantuan permakanan"], round=2),
    Case("s13r2-hijri-first",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Kamis, 26 Jumadil Akhir 1448 H / 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-english-abbreviated-weekday",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Mon, 07 Dec 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-iso-date-line",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07 10:15:00",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-dotted-numeric-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Diposting: 07.12.2026 | Admin",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Diposting"], round=2),
    Case("s13r2-month-day-english-order",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Desember 7, 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-kemarin-relative",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Kemarin, 14:30", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["Kemarin, 14:30"], round=2),
    Case("s13r2-published-then-updated-weekdays",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Senin, 7 Desember 2026 - 10:15 WIB | Diperbarui Rabu, 9 Desember 2026 - 08:00 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-event-date-label-only",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Tanggal Kegiatan: 5 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", round=2),
    Case("s13r2-release-date-label",
         p("SIARAN PERS", "Tanggal Rilis: 7 Desember 2026", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           S13_LEAD, S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         keep=["Dinas Sosial Kabupaten Sukamekar menyalurkan", "akhir tahun"], round=2),
    Case("s13r2-letter-heading-place-date",
         p("SIARAN PERS KEMENTERIAN SOSIAL RI", "Nomor: 415/HUMAS/XII/2026", "Jakarta, 7 Desember 2026",
           "Kemensos Perluas Layanan Sentra Terpadu di Lima Provinsi",
           "Kementerian Sosial memperluas layanan sentra terpadu ke lima provinsi di kawasan timur Indonesia mulai "
           "tahun depan.",
           "\"Sentra akan menjadi tempat layanan satu pintu,\" kata Direktur Jenderal Rehabilitasi Sosial, Nur Aini.",
           "Biro Hubungan Masyarakat", "Kementerian Sosial Republik Indonesia"),
         "Kemensos Perluas Layanan Sentra Terpadu di Lima Provinsi", "2026-12-07", ANY,
         keep=["memperluas layanan sentra terpadu"], round=2),
    Case("s13r2-all-caps-release-headline",
         p("DINSOS SUKAMEKAR ANTAR MAKANAN UNTUK 300 LANSIA", "Sukamekar, 7 Desember 2026",
           S13_LEAD, S13_QUOTE, S13_MORE),
         "DINSOS SUKAMEKAR ANTAR MAKANAN UNTUK 300 LANSIA", "2026-12-07", ANY,
         keep=["Dinas Sosial Kabupaten Sukamekar menyalurkan"], round=2),
    Case("s13r2-photo-rubric-headline",
         p("Galeri Foto", "FOTO: Warga Antre Bansos Akhir Tahun di Kantor Pos Cibening", "Senin, 7 Desember 2026 11:00 WIB",
           "Ratusan warga mengantre pencairan bantuan sosial akhir tahun di kantor pos Cibening, Kabupaten Sukamekar, "
           "sejak pagi hari.", "Foto: Rina Marlina/Situsku"),
         "FOTO: Warga Antre Bansos Akhir Tahun di Kantor Pos Cibening", "2026-12-07", None,
         furniture=["Foto: Rina"], keep=["mengantre pencairan bantuan"], round=2),
    Case("s13r2-quoted-headline",
         p("'Kami Antar Sampai Rumah,' Kata Kadinsos Sukamekar", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "'Kami Antar Sampai Rumah,' Kata Kadinsos Sukamekar", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-amp-page-widgets",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Kompas.com - 07/12/2026, 10:15 WIB", "Lihat Foto",
           "SUKAMEKAR, KOMPAS.com - " + S13_LEAD, "Tutup Iklan", S13_QUOTE, "Konten ini disponsori oleh mitra",
           S13_MORE, "Lihat Versi Lengkap"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Tutup Iklan", "disponsori", "Lihat Versi Lengkap"], keep=["akhir tahun"], round=2),
    Case("s13r2-indonesian-scroll-prompts",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, "Gulir untuk melanjutkan", S13_QUOTE,
           "Lanjutkan membaca artikel di bawah ini", S13_MORE, "Dengarkan berita ini 00:00 / 03:12"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Gulir untuk", "Lanjutkan membaca", "Dengarkan berita"], keep=["akhir tahun"], round=2),
    Case("s13r2-tags-and-share-counts",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB", "0 Shares",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Topik Terkait:", "#bansos #lansia #dinsos",
           "Bagikan ke Facebook", "Bagikan ke WhatsApp"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["0 Shares", "Topik Terkait", "#bansos", "Bagikan ke"], keep=["akhir tahun"], round=2),
    Case("s13r2-all-pages-link",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, "Halaman Berikutnya >>", "Tampilkan Semua Halaman", S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Halaman Berikutnya", "Tampilkan Semua"], keep=["akhir tahun"], round=2),
    Case("s13r2-place-with-office-in-parens",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR (Humas Dinsos) – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=2),
    Case("s13r2-kabupaten-caps-dateline",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "KABUPATEN SUKAMEKAR – " + S13_LEAD, S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Kabupaten Sukamekar", round=2),
    Case("s13r2-village-then-region-dateline",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Cibening, Sukamekar – " + S13_LEAD, S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Cibening", round=2),
    Case("s13r2-live-blog-timestamps",
         p("LIVE", "Pantauan Penyaluran Bansos Akhir Tahun di Sukamekar", "Senin, 7 Desember 2026 07:00 WIB",
           "Terakhir diperbarui 7 Desember 2026 12:05 WIB",
           "12:05", "Penyaluran di kantor pos Cibening ditutup sementara untuk istirahat siang.",
           "10:30", "Petugas menambah dua loket karena antrean warga terus bertambah.",
           "07:00", "Penyaluran bantuan sosial akhir tahun di Kabupaten Sukamekar dimulai pagi ini."),
         "Pantauan Penyaluran Bansos Akhir Tahun di Sukamekar", "2026-12-07", None,
         keep=["menambah dua loket", "dimulai pagi ini"], round=2),
    # ---------------- session 13, round 3: weekday forms, ministry and portal layouts, story lists ---------
    Case("s13r3-ahad-weekday",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Ahad, 6 Desember 2026 19:00 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-06", "Sukamekar", round=3),
    Case("s13r3-jumat-apostrophe-pasaran",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Jum'at Kliwon, 4 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-04", "Sukamekar", round=3),
    Case("s13r3-hijri-in-parentheses",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 (26 Jumadilakhir 1448 H)",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-wita-reading-time",
         p("Dinsos Makassar Antar Makanan untuk 300 Lansia", "7 Desember 2026 | 09:15 WITA | 3 menit baca",
           "MAKASSAR - Dinas Sosial Kota Makassar menyalurkan bantuan permakanan kepada 300 warga lanjut usia.",
           S13_QUOTE),
         "Dinsos Makassar Antar Makanan untuk 300 Lansia", "2026-12-07", "Makassar", round=3),
    Case("s13r3-kemensos-page-layout",
         p("Kementerian Sosial RI", "Beranda / Berita", "Kemensos Salurkan Bantuan Atensi bagi 1.000 Anak Yatim",
           "Ditulis oleh Humas", "Senin, 07 Desember 2026", "Dibaca: 1.234 kali",
           "JAKARTA (7 Desember 2026) – Kementerian Sosial menyalurkan bantuan asistensi rehabilitasi sosial bagi "
           "1.000 anak yatim di 12 kabupaten.",
           "\"Bantuan ini untuk kebutuhan sekolah dan gizi anak,\" kata Direktur Rehabilitasi Sosial Anak, Nur Aini.",
           "Penulis: Humas Sentra Terpadu", "Editor: Dodi Pratama"),
         "Kemensos Salurkan Bantuan Atensi bagi 1.000 Anak Yatim", "2026-12-07", "Jakarta",
         furniture=["Ditulis oleh", "Dibaca: 1.234", "Penulis:", "Editor:"], keep=["bantuan asistensi rehabilitasi"],
         round=3),
    Case("s13r3-portal-header-today-above",
         p("BERITA DAERAH", "Selasa, 08 Desember 2026", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Senin, 07 Desember 2026 - Humas", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-wordpress-english-theme",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "by Admin Dinsos", "December 7, 2026",
           "No Comments", S13_LEAD, S13_QUOTE, S13_MORE, "Read More »", "Leave a Comment"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         furniture=["by Admin", "No Comments", "Read More", "Leave a Comment"],
         keep=["Dinas Sosial Kabupaten Sukamekar menyalurkan", "akhir tahun"], round=3),
    Case("s13r3-headline-wrapped-over-two-lines",
         p("Dinsos Sukamekar Antar Makanan untuk", "300 Lansia yang Tinggal Sendiri", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia yang Tinggal Sendiri", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-dek-under-headline",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Program berjalan sampai akhir tahun dengan anggaran daerah", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-headline-em-dash-halves",
         p("Banjir Surut — Warga Cibening Mulai Kembali ke Rumah", "Senin, 7 Desember 2026",
           "SUKAMEKAR - Ratusan warga korban banjir di Kecamatan Cibening mulai kembali ke rumah setelah air surut.",
           S13_QUOTE),
         "Banjir Surut — Warga Cibening Mulai Kembali ke Rumah", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-story-opens-with-quote",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "\"Makanan kami antar langsung ke rumah setiap pagi agar lansia tidak perlu keluar rumah,\" kata Kepala "
           "Dinas Sosial Kabupaten Sukamekar, Rahmat Hidayat.", S13_LEAD),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         keep=["Makanan kami antar langsung", "menyalurkan bantuan permakanan"], round=3),
    Case("s13r3-embargo-and-heading-date",
         p("SIARAN PERS", "EMBARGO: 8 Desember 2026 pukul 00.01 WIB", "Jakarta, 7 Desember 2026",
           "Kemensos Luncurkan Aplikasi Pengaduan Bansos",
           "Kementerian Sosial meluncurkan aplikasi pengaduan bantuan sosial yang bisa diakses warga dari telepon "
           "genggam.", "\"Setiap aduan akan kami jawab dalam tiga hari,\" kata Sekretaris Jenderal, Bambang Sugiharto."),
         "Kemensos Luncurkan Aplikasi Pengaduan Bansos", "2026-12-07", ANY,
         keep=["meluncurkan aplikasi pengaduan"], round=3),
    Case("s13r3-story-bullet-list",
         p("Dinsos Sukamekar Kirim Bantuan ke Posko Pengungsian", "Senin, 7 Desember 2026",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mengirim bantuan ke posko pengungsian korban banjir di "
           "Kecamatan Cibening. Bantuan yang dikirim meliputi:",
           "• 300 paket makanan siap saji", "• 150 lembar selimut", "• 50 kasur lipat",
           "\"Bantuan tambahan menyusul besok,\" kata Kepala Dinas Sosial, Rahmat Hidayat."),
         "Dinsos Sukamekar Kirim Bantuan ke Posko Pengungsian", "2026-12-07", "Sukamekar",
         keep=["300 paket makanan siap saji", "150 lembar selimut", "50 kasur lipat", "Bantuan tambahan menyusul"],
         round=3),
    Case("s13r3-story-numbered-steps",
         p("Begini Cara Mendaftar Bantuan Permakanan Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar membuka pendaftaran bantuan permakanan bagi warga lanjut "
           "usia. Berikut langkahnya:",
           "1. Datang ke kantor desa dengan membawa KTP dan KK", "2. Isi formulir pendaftaran",
           "3. Tunggu verifikasi petugas dalam tujuh hari"),
         "Begini Cara Mendaftar Bantuan Permakanan Lansia", "2026-12-07", "Sukamekar",
         keep=["membawa KTP dan KK", "Isi formulir pendaftaran", "Tunggu verifikasi petugas"], round=3),
    Case("s13r3-baca-juga-in-parentheses",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, "(Baca juga: Dinsos Sukamekar Data Lansia Tinggal Sendiri)", S13_QUOTE,
           "[Baca Juga: Bupati Tinjau Dapur Umum]", S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Baca juga", "Baca Juga", "Tinjau Dapur Umum"], keep=["akhir tahun"], round=3),
    Case("s13r3-release-boilerplate-tail",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sukamekar, 7 Desember 2026",
           S13_LEAD, S13_QUOTE, S13_MORE, "###", "Narahubung Media:", "Rina Marlina, Humas Dinas Sosial",
           "Telp. 0812-0000-0000", "Email: humas@dinsos.sukamekar.go.id"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", ANY,
         furniture=["###", "0812-0000-0000", "humas@"], keep=["akhir tahun"], round=3),
    Case("s13r3-relative-hours-beside-absolute",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2 jam lalu · 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-date-with-site-and-category",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Berita Daerah · Senin, 7 Desember 2026 · 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=3),
    Case("s13r3-year-only-and-event-dates",
         p("Laporan Kegiatan Dinas Sosial Tahun 2026",
           "Dinas Sosial Kabupaten Sukamekar sepanjang tahun 2026 menyalurkan bantuan kepada 12.000 keluarga, "
           "termasuk penyaluran tahap akhir pada 7 Desember 2026.",
           "\"Capaian ini melampaui target,\" kata Kepala Dinas Sosial, Rahmat Hidayat."),
         "Laporan Kegiatan Dinas Sosial Tahun 2026", None, None, keep=["12.000 keluarga"], round=3),
    # ---------------- session 13, round 4: tight date lines, datelines with days, reactions, summaries ----
    Case("s13r4-no-space-after-comma",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin,07 Desember 2026", "SUKAMEKAR - " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-time-first",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "10:15 WIB, Senin 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-updated-time-only",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 - 10:15 WIB (Diperbarui: 10:45 WIB)",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-tgl-label-dashed",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Tgl. 07-12-2026 | Kategori: Berita",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-diterbitkan-oleh",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Diterbitkan Senin, 07 Des 2026 10:15 WIB Oleh Rina Marlina",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Oleh Rina"], round=4),
    Case("s13r4-english-short-month",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "7 Dec 2026 · 3 min read", "SUKAMEKAR - " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-dateline-weekday-date-in-parens",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Sukamekar, Senin (7/12/2026) – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-dateline-comma-parens-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR, (7/12/2026) – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-dateline-yearless",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR (7/12) – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-dateline-caps-colon",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR: " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-dateline-tv-outlet",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR, KOMPAS.TV - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-reaction-widget",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Bagaimana perasaanmu membaca berita ini?",
           "Senang", "Sedih", "Terkejut", "Marah", "Apa Reaksi Anda?"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["perasaanmu", "Senang", "Terkejut", "Reaksi Anda"], keep=["akhir tahun"], round=4),
    Case("s13r4-summary-points-above-story",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB", "Ringkasan Berita:",
           "Dinsos Sukamekar mengantar makanan untuk 300 lansia setiap pagi.",
           "Program dibiayai anggaran daerah sampai akhir tahun.",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Ringkasan Berita", "mengantar makanan untuk 300 lansia setiap pagi."],
         keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=4),
    Case("s13r4-caption-single-credit-word",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "Ilustrasi penyaluran bantuan permakanan bagi warga lanjut usia. (Shutterstock)",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Shutterstock"], round=4),
    Case("s13r4-source-office-at-end",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Sumber: Humas Pemkab Sukamekar",
           "Copyright © 2026 Situsku. All Rights Reserved."),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Sumber: Humas", "Copyright"], keep=["akhir tahun"], round=4),
    Case("s13r4-speaker-colon-headline",
         p("Kemensos: Bansos Tahap Akhir Cair Pekan Depan", "Senin, 7 Desember 2026",
           "JAKARTA - Kementerian Sosial memastikan bantuan sosial tahap akhir cair mulai pekan depan melalui kantor "
           "pos dan bank penyalur.", S13_QUOTE),
         "Kemensos: Bansos Tahap Akhir Cair Pekan Depan", "2026-12-07", "Jakarta", round=4),
    Case("s13r4-headline-with-year",
         p("Bansos 2026 Tahap Akhir Cair Mulai Pekan Depan", "Senin, 7 Desember 2026",
           "JAKARTA - Kementerian Sosial memastikan bantuan sosial tahap akhir cair mulai pekan depan melalui kantor "
           "pos dan bank penyalur.", S13_QUOTE),
         "Bansos 2026 Tahap Akhir Cair Mulai Pekan Depan", "2026-12-07", "Jakarta", round=4),
    Case("s13r4-headline-ellipsis",
         p("Bansos Akhir Tahun Cair, Cek Nama Penerima di Sini...", "Senin, 7 Desember 2026",
           "JAKARTA - Kementerian Sosial memastikan bantuan sosial tahap akhir cair mulai pekan depan melalui kantor "
           "pos dan bank penyalur.", S13_QUOTE),
         "Bansos Akhir Tahun Cair, Cek Nama Penerima di Sini...", "2026-12-07", "Jakarta", round=4),
    Case("s13r4-noun-phrase-caption-keeps-headline",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "Petugas Dinas Sosial Saat Mengantar Makanan ke Rumah Warga Lansia di Cibening",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=4),
    Case("s13r4-comment-block-dates",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Komentar (2)", "Budi Santoso", "9 Desember 2026 pukul 08.00",
           "Semoga programnya berlanjut tahun depan.", "Siti Aminah", "10 Desember 2026 pukul 09.12",
           "Di desa kami belum ada petugas yang datang."),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Semoga programnya", "belum ada petugas"], keep=["akhir tahun"], round=4),
    # ---------------- session 13, round 5: messages and mails as staff forward them, old spellings ---------
    Case("s13r5-whatsapp-forwarded-release",
         p("*SIARAN PERS*", "*Dinsos Sukamekar Antar Makanan untuk 300 Lansia*", "_Sukamekar, 7 Desember 2026_",
           S13_LEAD, S13_QUOTE, S13_MORE, "*Humas Dinas Sosial Kabupaten Sukamekar*"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", ANY,
         keep=["Dinas Sosial Kabupaten Sukamekar menyalurkan", "akhir tahun"], round=5),
    Case("s13r5-whatsapp-forwarded-label",
         p("Diteruskan", "*Dinsos Sukamekar Antar Makanan untuk 300 Lansia*",
           "SUKAMEKAR – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", furniture=["Diteruskan"],
         keep=["menyalurkan bantuan permakanan"], round=5),
    Case("s13r5-email-forward-headers",
         p("---------- Forwarded message ---------", "Dari: Humas Dinsos <humas@dinsos.sukamekar.go.id>",
           "Date: Sen, 7 Des 2026 pukul 10.15", "Subject: Siaran Pers Dinsos", "To: <redaksi@situsku.com>",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Sukamekar, 7 Desember 2026 – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Forwarded message", "Dari: Humas", "Subject:", "redaksi@"], keep=["menyalurkan bantuan"],
         round=5),
    Case("s13r5-facebook-post-yearless",
         p("Dinas Sosial Kabupaten Sukamekar", "7 Desember pukul 10.15 ·",
           "Hari ini Dinas Sosial Kabupaten Sukamekar mulai mengantar makanan untuk 300 warga lanjut usia yang "
           "tinggal sendiri di tujuh kecamatan.", "#DinsosSukamekar #LansiaSejahtera", "Suka", "Komentari", "Bagikan"),
         None, None, None, furniture=["#DinsosSukamekar", "Komentari"], keep=["mulai mengantar makanan"], round=5),
    Case("s13r5-facebook-post-with-year",
         p("Dinas Sosial Kabupaten Sukamekar", "7 Desember 2026 pukul 10.15 ·",
           "Hari ini Dinas Sosial Kabupaten Sukamekar mulai mengantar makanan untuk 300 warga lanjut usia yang "
           "tinggal sendiri di tujuh kecamatan.", "Suka", "Komentari", "Bagikan"),
         None, "2026-12-07", None, keep=["mulai mengantar makanan"], round=5),
    Case("s13r5-old-spelling-nopember",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sabtu, 7 Nopember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-11-07", "Sukamekar", round=5),
    Case("s13r5-old-spelling-pebruari",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sabtu, 7 Pebruari 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-02-07", "Sukamekar", round=5),
    Case("s13r5-month-abbrev-with-dot",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Des. 2026 | 10.15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=5),
    Case("s13r5-agt-abbrev",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Jumat, 7 Agt 2026 10:15",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-08-07", "Sukamekar", round=5),
    Case("s13r5-wrong-weekday-typo",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 8 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-08", "Sukamekar", round=5),
    Case("s13r5-kab-abbrev-dateline-no-source",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "Kab. Sukamekar – " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Kab. Sukamekar", round=5),
    Case("s13r5-kota-dateline-no-source",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "Kota Sukamekar – " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Kota Sukamekar", round=5),
    Case("s13r5-noun-caption-under-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "Suasana Pengantaran Makanan untuk Warga Lansia di Kecamatan Cibening",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=5),
    Case("s13r5-penanggung-jawab-credit",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Penanggung Jawab: Rahmat Hidayat",
           "Reporter/Editor: Rina Marlina"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Penanggung Jawab", "Reporter/Editor"], keep=["akhir tahun"], round=5),
    Case("s13r5-baca-juga-arrows",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, "» Baca Juga: Dinsos Sukamekar Data Lansia", S13_QUOTE,
           "BACA JUGA >> Bupati Tinjau Dapur Umum", S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Baca Juga", "BACA JUGA", "Tinjau Dapur"], keep=["akhir tahun"], round=5),
    Case("s13r5-release-sign-off-foot-date",
         p("SIARAN PERS", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", S13_LEAD, S13_QUOTE, S13_MORE,
           "Sukamekar, 7 Desember 2026", "Kepala Dinas Sosial Kabupaten Sukamekar", "Rahmat Hidayat"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", ANY, keep=["akhir tahun"], round=5),
    Case("s13r5-markdown-paste",
         p("# Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "**Senin, 7 Desember 2026**",
           "**SUKAMEKAR** – " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=5),
    # ---------------- session 13, round 6: place-name heads, ads inside a sentence, portal bylines --------
    Case("s13r6-geo-head-two-word-place",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "Muara Sukamekar – " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Muara Sukamekar", round=6),
    Case("s13r6-tanjung-place",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "Tanjung Cibening – " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Tanjung Cibening", round=6),
    Case("s13r6-two-word-subject-not-place",
         p("Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Rahmat Hidayat – Kepala Dinas Sosial Kabupaten Sukamekar – memimpin langsung pengantaran makanan bagi "
           "warga lanjut usia.", S13_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", None, round=6),
    Case("s13r6-ad-inside-a-sentence",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan", "ADVERTISEMENT",
           "kepada 300 warga lanjut usia yang tinggal sendiri di tujuh kecamatan.", S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["ADVERTISEMENT"], keep=["bantuan permakanan kepada 300 warga"], round=6),
    Case("s13r6-portal-byline-bars",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Oleh: Humas Dinsos | 7 Desember 2026 | Dilihat 35 kali",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Dilihat 35"], round=6),
    Case("s13r6-reporter-place-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Rina Marlina | Sukamekar | Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Rina Marlina |"], round=6),
    Case("s13r6-dirilis-label",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Dirilis: 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=6),
    Case("s13r6-live-entries-other-days",
         p("Pantauan Banjir Sukamekar Hari Demi Hari", "Senin, 7 Desember 2026 08:00 WIB",
           "SUKAMEKAR - Banjir merendam ratusan rumah warga di Kecamatan Cibening sejak Minggu malam.",
           "Selasa, 8 Desember 2026 09:00 WIB", "Air mulai surut dan warga kembali membersihkan rumah.",
           "Rabu, 9 Desember 2026 10:00 WIB", "Dinas Sosial menutup dapur umum setelah semua pengungsi pulang."),
         "Pantauan Banjir Sukamekar Hari Demi Hari", "2026-12-07", "Sukamekar",
         keep=["Air mulai surut", "menutup dapur umum"], round=6),
    Case("s13r6-subheadings-inside-story",
         p("Begini Cara Daftar Bantuan Lansia di Sukamekar", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, "Syarat Pendaftaran",
           "Warga cukup membawa KTP dan kartu keluarga ke kantor desa masing-masing.", "Jadwal Pengantaran",
           "Makanan diantar setiap pagi mulai pukul enam oleh petugas kecamatan."),
         "Begini Cara Daftar Bantuan Lansia di Sukamekar", "2026-12-07", "Sukamekar",
         keep=["Syarat Pendaftaran", "membawa KTP", "Jadwal Pengantaran", "mulai pukul enam"], round=6),
    Case("s13r6-infopublik-no-place",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "InfoPublik - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None, round=6),
    Case("s13r6-kumparan-follow",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "7 Desember 2026 10:15 WIB",
           S13_LEAD, S13_QUOTE, S13_MORE, "Ikuti kumparan di Google News untuk berita terbaru"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None,
         furniture=["Ikuti kumparan"], keep=["akhir tahun"], round=6),
    Case("s13r6-caption-between-paragraphs",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD,
           "Petugas mengantar paket makanan ke rumah warga lansia di Cibening, Senin (7/12/2026). (Dok. Humas Dinsos)",
           S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Dok. Humas Dinsos"], keep=["akhir tahun"], round=6),
    # ---------------- session 13, round 7: ranges, English releases, old agency datelines ------------------
    Case("s13r7-event-range-under-headline",
         p("Pelatihan Pendamping Sosial Kabupaten Sukamekar", "7-9 Desember 2026",
           "Dinas Sosial Kabupaten Sukamekar menggelar pelatihan bagi 80 pendamping sosial di aula dinas selama "
           "tiga hari.", S13_QUOTE),
         "Pelatihan Pendamping Sosial Kabupaten Sukamekar", None, None, keep=["80 pendamping sosial"], round=7),
    Case("s13r7-event-range-sd",
         p("Pelatihan Pendamping Sosial Kabupaten Sukamekar", "7 s.d. 9 Desember 2026",
           "Dinas Sosial Kabupaten Sukamekar menggelar pelatihan bagi 80 pendamping sosial di aula dinas selama "
           "tiga hari.", S13_QUOTE),
         "Pelatihan Pendamping Sosial Kabupaten Sukamekar", None, None, round=7),
    Case("s13r7-english-release",
         p("PRESS RELEASE", "Ministry of Social Affairs Expands Meal Deliveries for the Elderly",
           "JAKARTA (December 7, 2026) – The Ministry of Social Affairs expanded daily meal deliveries to 30,000 elderly "
           "people living alone across twelve provinces.",
           "\"No elderly person should go hungry,\" said Director of Social Rehabilitation Nur Aini."),
         "Ministry of Social Affairs Expands Meal Deliveries for the Elderly", "2026-12-07", "Jakarta",
         keep=["expanded daily meal deliveries"], round=7),
    Case("s13r7-old-antara-yearless-and-source",
         p("Dinsos Sukamekar antar makanan untuk 300 lansia", "Senin, 7 Desember 2026 13:40 WIB",
           "Sukamekar, 7/12 (Antara) - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar antar makanan untuk 300 lansia", "2026-12-07", "Sukamekar", round=7),
    Case("s13r7-number-first-headline",
         p("300 Lansia di Sukamekar Terima Makanan Setiap Pagi", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "300 Lansia di Sukamekar Terima Makanan Setiap Pagi", "2026-12-07", "Sukamekar", round=7),
    Case("s13r7-photo-credit-alone-above",
         p("Foto: Rina Marlina", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", furniture=["Foto: Rina"],
         round=7),
    Case("s13r7-announcement-document",
         p("PENGUMUMAN", "Nomor: 460/123/Dinsos/XII/2026", "Tentang", "Jadwal Pengantaran Makanan Lansia Tahap II",
           "Dinas Sosial Kabupaten Sukamekar mengumumkan jadwal pengantaran makanan tahap kedua bagi warga lanjut usia "
           "di tujuh kecamatan mulai pekan depan.",
           "Ditetapkan di: Sukamekar", "Pada tanggal: 7 Desember 2026", "Kepala Dinas Sosial"),
         "Jadwal Pengantaran Makanan Lansia Tahap II", "2026-12-07", None, keep=["mengumumkan jadwal"], round=7),
    Case("s13r7-fiscal-year-only",
         p("Realisasi Anggaran Dinas Sosial Tahun Anggaran 2026",
           "Dinas Sosial Kabupaten Sukamekar telah merealisasikan 92 persen anggaran tahun 2026 hingga akhir November.",
           "\"Sisa anggaran untuk bantuan akhir tahun,\" kata Kepala Dinas Sosial, Rahmat Hidayat."),
         "Realisasi Anggaran Dinas Sosial Tahun Anggaran 2026", None, None, keep=["92 persen"], round=7),
    Case("s13r7-tempo-outlet-comma",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "TEMPO.CO, Sukamekar - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=7),
    Case("s13r7-bracket-place",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "[SUKAMEKAR] " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=7),
    # ---------------- session 13, round 8: blog layouts, an I for a bar, credits glued by hyphens ---------
    Case("s13r8-capital-i-as-bar-outlet",
         p("Pemkab Sukamekar Ringankan Beban 1.600 Warga", "SITUSKU.ID I Pemerintah Kabupaten Sukamekar meringankan "
           "beban 1.600 warga di dua kecamatan melalui program padat karya.", S13_QUOTE),
         "Pemkab Sukamekar Ringankan Beban 1.600 Warga", None, None, keep=["meringankan beban 1.600 warga"], round=8),
    Case("s13r8-capital-i-as-bar-place",
         p("Pemkab Sukamekar Ringankan Beban 1.600 Warga", "Senin, 7 Desember 2026",
           "SUKAMEKAR I Pemerintah Kabupaten Sukamekar meringankan beban 1.600 warga di dua kecamatan melalui "
           "program padat karya.", S13_QUOTE),
         "Pemkab Sukamekar Ringankan Beban 1.600 Warga", "2026-12-07", "Sukamekar", round=8),
    Case("s13r8-caption-hyphen-credits",
         p("Bupati Sukamekar Tinjau Dapur Umum Korban Banjir", "Senin, 7 Desember 2026",
           "Bupati Sukamekar meninjau dapur umum di Cibening, Senin (7/12/2026)-Pemkab Sukamekar-ANTARA/ HO",
           "SUKAMEKAR - Bupati Sukamekar meninjau dapur umum yang melayani ratusan pengungsi banjir di Kecamatan "
           "Cibening.", S13_QUOTE),
         "Bupati Sukamekar Tinjau Dapur Umum Korban Banjir", "2026-12-07", "Sukamekar",
         furniture=["ANTARA/ HO"], keep=["melayani ratusan pengungsi"], round=8),
    Case("s13r8-blogspot-layout",
         p("Media Center Sukamekar", "Senin, 07 Desember 2026", "Dinsos Gelar Rapat Koordinasi Penanganan Lansia",
           "MC-SUKAMEKAR, Dinas Sosial Kabupaten Sukamekar menggelar rapat koordinasi penanganan lansia telantar "
           "bersama para camat.", S13_QUOTE, "Diposting oleh Admin MC di 10.15", "Label: Berita, Dinsos",
           "Tidak ada komentar:", "Posting Komentar"),
         "Dinsos Gelar Rapat Koordinasi Penanganan Lansia", "2026-12-07", ANY,
         furniture=["Diposting oleh", "Label:", "Posting Komentar"], keep=["rapat koordinasi penanganan"], round=8),
    Case("s13r8-hard-wrapped-blog",
         p("Dinsos Gelar Rapat Koordinasi Penanganan Lansia", "Senin, 7 Desember 2026",
           "MC-SUKAMEKAR, Dinas Sosial Kabupaten Sukamekar menggelar rapat koordinasi",
           "penanganan lansia telantar bersama para camat di ruang rapat kantor",
           "bupati, Senin (7/12/2026).", S13_QUOTE),
         "Dinsos Gelar Rapat Koordinasi Penanganan Lansia", "2026-12-07", ANY,
         keep=["rapat koordinasi penanganan lansia telantar"], round=8),
    Case("s13r8-name-role-caption-above-dateline",
         p("Kepala Dinas Sosial Kabupaten Sukamekar, Rahmat Hidayat",
           "Sukamekar – Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan bagi warga lanjut usia "
           "telantar di tujuh kecamatan sepanjang Desember.", S13_QUOTE),
         None, None, "Sukamekar", keep=["menyalurkan bantuan permakanan bagi"], round=8),
    Case("s13r8-tags-then-oleh",
         p("Pemkab Sukamekar Ringankan Beban 1.600 Warga", "oleh", "Pemkab, Sukamekar, Warga.",
           "SUKAMEKAR - Pemerintah Kabupaten Sukamekar meringankan beban 1.600 warga di dua kecamatan melalui "
           "program padat karya.", S13_QUOTE),
         "Pemkab Sukamekar Ringankan Beban 1.600 Warga", None, "Sukamekar", furniture=["Pemkab, Sukamekar, Warga."],
         round=8),
    # ---------------- session 13, round 9: near misses of this session's own rules -------------------------
    Case("s13r9-rubric-sorotan-over-headline",
         p("Sorotan", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=9),
    Case("s13r9-scene-break-stars-inside-feature",
         p("Kisah Nenek Sarinah Menunggu Antaran Makanan Setiap Pagi", "Senin, 7 Desember 2026",
           "SUKAMEKAR - Setiap pagi Nenek Sarinah duduk di teras rumahnya menunggu petugas Dinas Sosial datang "
           "membawa makanan.", "***",
           "Petugas datang tepat pukul enam dengan sepeda motor.",
           "\"Saya senang ada yang datang setiap hari,\" kata Sarinah sambil tersenyum."),
         "Kisah Nenek Sarinah Menunggu Antaran Makanan Setiap Pagi", "2026-12-07", "Sukamekar",
         keep=["tepat pukul enam", "Saya senang ada yang datang"], round=9),
    Case("s13r9-related-list-under-a-colon-label",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE, "Baca juga berita menarik lainnya:",
           "- Bupati Sukamekar Resmikan Taman Lansia di Cibening", "- Dinsos Sukamekar Latih Kader Posyandu Lansia"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Resmikan Taman Lansia", "Latih Kader Posyandu"], keep=["akhir tahun"], round=9),
    Case("s13r9-dash-after-person-and-office",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Dinsos – Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan kepada 300 warga lanjut usia "
           "yang tinggal sendiri.", S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", None, round=9),
    Case("s13r9-headline-ending-dan-is-not-wrapped",
         p("Bersih dan", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=9),
    Case("s13r9-date-label-page-keeps-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Date: 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=9),
    Case("s13r9-opinion-footnote-star",
         p("Menjaga Lansia di Tengah Krisis", "Senin, 7 Desember 2026", "Oleh: Rina Marlina",
           "Merawat warga lanjut usia bukan hanya tugas keluarga, melainkan tanggung jawab bersama seluruh warga di "
           "lingkungan masing-masing.", "Pemerintah daerah sudah memulai langkah dengan program antar makanan.",
           "*) Penulis adalah pekerja sosial di Kabupaten Sukamekar"),
         "Menjaga Lansia di Tengah Krisis", "2026-12-07", None,
         keep=["tanggung jawab bersama", "program antar makanan"], round=9),
    # ---------------- session 13, round 11: lines above the story that look like datelines ----------------
    Case("s13r11-headline-opening-with-place-dash",
         p("Jakarta - Bandung Macet Total Jelang Libur Akhir Tahun", "Senin, 7 Desember 2026 10:15 WIB",
           "BANDUNG - Antrean kendaraan dari arah Jakarta menuju Bandung mengular hingga belasan kilometer sejak pagi.",
           "\"Kami siagakan petugas di setiap simpang,\" kata Kepala Dinas Perhubungan, Asep Kurnia."),
         "Jakarta - Bandung Macet Total Jelang Libur Akhir Tahun", "2026-12-07", "Bandung", round=11),
    Case("s13r11-breadcrumb-with-dash",
         p("Regional - Jawa Barat", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=11),
    Case("s13r11-caption-with-place-dash-above",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Cibening - Petugas mengantar paket makanan ke rumah warga. (Foto: Humas Dinsos)",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=11),
    Case("s13r11-byline-outlet-dash",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sukamekar Pos - Situsku", "Senin, 7 Desember 2026",
           "CIBENING - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Cibening", round=11),
    Case("s13r11-site-header-city-dash-tagline",
         p("Sukamekar - Kota Santri", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "CIBENING - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Cibening", round=11),
    # ---------------- session 13, round 12: labelled date lines of portals ---------------------------------
    Case("s13r12-terbit-then-diperbarui",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Terbit: Senin, 7 Desember 2026 Terakhir diperbarui: Selasa, 8 Desember 2026", "SUKAMEKAR - " + S13_LEAD,
           S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    Case("s13r12-tanggal-posting",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Tanggal Posting: 07/12/2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    Case("s13r12-tgl-terbit-spaced-colon",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Tgl Terbit : 07 Desember 2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    Case("s13r12-publish-english-label",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Publish: 07 Desember 2026 | Author: Admin",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    Case("s13r12-diunggah-pada-oleh",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Diunggah pada: 7 Desember 2026 oleh Admin",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Diunggah pada"], round=12),
    Case("s13r12-foot-date-only",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE,
           "Ditulis pada 7 Desember 2026"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", keep=["akhir tahun"], round=12),
    Case("s13r12-two-different-foot-dates",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE, S13_MORE,
           "Dinsos Sukamekar Latih Kader Posyandu", "30 November 2026", "Bupati Resmikan Taman Lansia",
           "28 November 2026"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", round=12),
    Case("s13r12-date-and-credit-bar",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 - 10:15 WIB | Penulis: Rina Marlina",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", furniture=["Penulis"], round=12),
    Case("s13r12-iso-alone",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    Case("s13r12-sen-abbrev-slash",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sen, 07/12/2026 - 14:30",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=12),
    # ---------------- session 13, round 13: CMS layouts of regional government sites -----------------------
    Case("s13r13-drupal-submitted-us-order",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Submitted by admin on Mon, 12/07/2026 - 10:15",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Submitted by"], round=13),
    Case("s13r13-joomla-ditulis-dibaca",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Ditulis oleh Administrator",
           "Senin, 07 Desember 2026 10:15", "Dibaca: 128 kali", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["Ditulis oleh", "Dibaca: 128"], round=13),
    Case("s13r13-opensid-village",
         p("Website Resmi Desa Cibening", "Kecamatan Sukamekar Kabupaten Sukamekar", "Artikel",
           "Penyaluran BLT Dana Desa Tahap Akhir", "07 Desember 2026 10:15:00 | Administrator | Dibaca 57 Kali",
           "Pemerintah Desa Cibening menyalurkan BLT Dana Desa tahap akhir kepada 85 keluarga penerima manfaat di "
           "balai desa.", "\"Penerima wajib membawa KTP,\" kata Kepala Desa Cibening, Ujang Saepudin."),
         "Penyaluran BLT Dana Desa Tahap Akhir", "2026-12-07", None, furniture=["Administrator", "Dibaca 57"],
         keep=["BLT Dana Desa tahap akhir kepada 85"], round=13),
    Case("s13r13-numeric-weekday-day-first",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 07/12/2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=13),
    Case("s13r13-us-order-without-weekday",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Posted 12/07/2026",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-07-12", "Sukamekar", round=13),
    # ---------------- session 13, round 14: PDF page numbers and footers ------------------------------------
    Case("s13r14-pdf-page-number-dashes",
         p("SIARAN PERS", "Dinsos Sukamekar Antar Makanan untuk 300 Lansia",
           "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Sukamekar menyalurkan bantuan permakanan",
           "- 1 -", "kepada 300 warga lanjut usia yang tinggal sendiri di tujuh kecamatan.", S13_QUOTE, "- 2 -"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["- 1 -", "- 2 -"], keep=["bantuan permakanan kepada 300 warga"], round=14),
    Case("s13r14-pdf-bare-page-number",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sukamekar, 7 Desember 2026 – " + S13_LEAD, "1",
           S13_QUOTE, S13_MORE, "2"),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         keep=["akhir tahun"], round=14),
    Case("s13r14-pdf-footer-office-page",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sukamekar, 7 Desember 2026 – " + S13_LEAD,
           "Siaran Pers Dinas Sosial Kabupaten Sukamekar | Halaman 1", S13_QUOTE, S13_MORE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar",
         furniture=["| Halaman 1"], keep=["akhir tahun"], round=14),
    # ---------------- session 13, round 15: a last check written after the fixes (not tuned on) -----------
    Case("s13r15-mixed-language-date",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 December 2026 | 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=15),
    Case("s13r15-hari-ini-clock",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Hari ini, 10:15", "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", None, "Sukamekar", round=15),
    Case("s13r15-published-with-updated-in-parens",
         p("Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Sabtu, 5/12/2026 (Diperbarui: Senin, 7/12/2026)",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-05", "Sukamekar", round=15),
    Case("s13r15-date-line-and-dateline-differ",
         p("Kemensos Kirim Bantuan ke Lokasi Banjir Sukamekar", "Senin, 7 Desember 2026 08:00 WIB",
           "JAKARTA (5/12/2026) – Kementerian Sosial mengirim bantuan logistik ke lokasi banjir di Kabupaten "
           "Sukamekar sejak Sabtu malam.", S13_QUOTE),
         "Kemensos Kirim Bantuan ke Lokasi Banjir Sukamekar", "2026-12-07", "Jakarta", round=15),
    Case("s13r15-weather-header-clock",
         p("Portal Berita Sukamekar", "Sukamekar", "28°C", "Selasa, 8 Desember 2026", "Beranda", "Berita",
           "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S13_LEAD, S13_QUOTE),
         "Dinsos Sukamekar Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=15),
    Case("s13r15-sentra-release-signature",
         p("Sentra Terpadu Sukamekar Latih 40 Pemuda Jadi Barista",
           "Sukamekar (7 Desember 2026) – Sentra Terpadu Sukamekar melatih 40 pemuda dari keluarga penerima "
           "manfaat menjadi barista.", "\"Mereka akan kami salurkan ke kedai kopi mitra,\" kata Kepala Sentra, Dewi Lestari.",
           "Biro Hubungan Masyarakat", "Kementerian Sosial RI"),
         "Sentra Terpadu Sukamekar Latih 40 Pemuda Jadi Barista", "2026-12-07", "Sukamekar",
         keep=["melatih 40 pemuda"], round=15),
]


# ---------------- session 14 -------------------------------------------------------------------------------
# A lead that names no place, so a dateline's place can only come from the dateline itself.
S14_LEAD = ("Dinas Sosial setempat menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang tinggal sendiri "
            "di tujuh kecamatan.")
S14_QUOTE = "\"Makanan kami antar langsung ke rumah setiap pagi,\" kata Kepala Dinas Sosial, Rahmat Hidayat."
S14_TITLE = "Dinsos Antar Makanan untuk 300 Lansia"

S14_EN_LEAD = ("The Ministry of Social Affairs delivered meals to 300 elderly residents who live alone in seven "
               "districts.")
S14_EN_QUOTE = "\"We bring the meals to their homes every morning,\" said Director Hendra Wijaya."

S14_CASES: list[Case] = [
    # ---------------- session 14, round 1: leftovers, date forms, agencies, breadcrumbs, PDF, templates ------
    Case("s14r1-two-word-place-tanjung",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Tanjung Pinang - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Tanjung Pinang", keep=["tujuh kecamatan"], round=1),
    Case("s14r1-two-word-place-muara-en-dash",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Muara Enim – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Muara Enim", keep=["tujuh kecamatan"], round=1),
    Case("s14r1-two-word-place-no-head-word",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Rejang Lebong – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Rejang Lebong", keep=["tujuh kecamatan"], round=1),
    Case("s14r1-two-word-place-sei",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Sei Rampah - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sei Rampah", keep=["tujuh kecamatan"], round=1),
    Case("s14r1-program-name-dash-is-no-place",
         p(S14_TITLE, "Senin, 7 Desember 2026",
           "Lansia Sejahtera – Program ini menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang "
           "tinggal sendiri di tujuh kecamatan.", S14_QUOTE),
         S14_TITLE, "2026-12-07", None, keep=["tujuh kecamatan"], round=1),
    Case("s14r1-office-and-region-dash-is-no-place",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Diskominfo Sukamekar – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", None, keep=["tujuh kecamatan"], round=1),
    Case("s14r1-caption-noun-phrase-under-date",
         p(S14_TITLE, "Senin, 7 Desember 2026 10:15 WIB",
           "Penyerahan Paket Makanan Kepada Lansia Di Kecamatan Cibening",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-caption-kunjungan-under-date",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Kunjungan Kepala Dinas Sosial Ke Rumah Warga Lanjut Usia",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-noun-headline-under-header-date",
         p("Portal Resmi Pemerintah Kabupaten Sukamekar", "Selasa, 8 Desember 2026", "Beranda", "Berita",
           "Penyaluran Bantuan Permakanan Tahap Akhir", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Penyaluran Bantuan Permakanan Tahap Akhir", None, "Sukamekar", round=1),
    Case("s14r1-noun-headline-under-tagline-and-clock",
         p("Sukamekar Bangkit Sukamekar Sejahtera", "Selasa, 8 Desember 2026", "Beranda", "Berita",
           "Penyaluran Bantuan Permakanan Tahap Akhir", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Penyaluran Bantuan Permakanan Tahap Akhir", None, "Sukamekar", round=1),
    Case("s14r1-date-bar-wib",
         p(S14_TITLE, "Senin, 7 Desember 2026 | 10:15 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-date-slashes-alone",
         p(S14_TITLE, "07/12/2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-date-short-month",
         p(S14_TITLE, "7 Des 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-relative-days-ago-gives-none",
         p(S14_TITLE, "Diterbitkan 2 hari yang lalu", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", furniture=["2 hari yang lalu"], round=1),
    Case("s14r1-relative-hours-and-updated-gives-none",
         p(S14_TITLE, "3 jam yang lalu", "Diperbarui 1 jam lalu", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=1),
    Case("s14r1-diperbarui-line-above-dipublikasikan",
         p(S14_TITLE, "Diperbarui: Selasa, 8 Desember 2026 09:00 WIB", "Dipublikasikan: Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-dipublikasikan-short-month-dash-time",
         p(S14_TITLE, "Dipublikasikan: Sen, 07 Des 2026 - 10:15 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-english-template-published",
         p(S14_TITLE, "Published: December 7, 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-english-template-weekday",
         p(S14_TITLE, "Monday, 7 December 2026 - 10:15", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=1),
    Case("s14r1-agency-kompas-dot-com",
         p(S14_TITLE, "Senin, 7 Desember 2026", "JAKARTA, KOMPAS.com - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=1),
    Case("s14r1-agency-antara-parens",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Jakarta (ANTARA) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=1),
    Case("s14r1-agency-caps-domain-double-dash",
         p(S14_TITLE, "Senin, 7 Desember 2026", "BANDUNG, AYOBANDUNG.COM -- " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Bandung", round=1),
    Case("s14r1-agency-title-domain-en-dash",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Palembang, Sumselupdate.com – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Palembang", round=1),
    Case("s14r1-agency-dot-tv",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SURABAYA, KOMPAS.TV - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Surabaya", round=1),
    Case("s14r1-breadcrumb-repeats-headline",
         p("Beranda › Berita › " + S14_TITLE, S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Beranda"], round=1),
    Case("s14r1-breadcrumb-slashes-and-page-title",
         p("Home / Berita Daerah / " + S14_TITLE, S14_TITLE + " | Situsku", S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Home /", "| Situsku"], round=1),
    Case("s14r1-pdf-header-repeated-each-page",
         p("PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL", "SIARAN PERS", S14_TITLE,
           "Sukamekar, 7 Desember 2026 – Dinas Sosial setempat menyalurkan bantuan perma-",
           "kanan kepada 300 warga lanjut usia yang tinggal sendiri di tujuh kecamatan.", "Halaman 1 dari 2",
           "PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL",
           "\"Makanan kami antar langsung ke rumah setiap pagi,\" kata Kepala Dinas Sosial, Rahmat Ha-",
           "yat.", "Halaman 2 dari 2"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Halaman 1 dari 2", "Halaman 2 dari 2"],
         keep=["bantuan permakanan kepada 300"], round=1),
    Case("s14r1-pdf-running-footer-address",
         p(S14_TITLE, "Sukamekar, 7 Desember 2026 – " + S14_LEAD,
           "Jl. Raya Sukamekar No. 12 Telp. (0263) 123456 | dinsos@sukamekarkab.go.id", S14_QUOTE,
           "Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun.",
           "Jl. Raya Sukamekar No. 12 Telp. (0263) 123456 | dinsos@sukamekarkab.go.id"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Telp. (0263)"], keep=["akhir tahun"], round=1),
    Case("s14r1-humas-pemkab-template",
         p("Humas Pemkab Sukamekar", "Berita", S14_TITLE, "Diposting: 07 Desember 2026 | Kategori: Sosial",
           "SUKAMEKAR (Humas Pemkab) – " + S14_LEAD, S14_QUOTE, "Sumber: Dinas Kominfo Kabupaten Sukamekar",
           "Bagikan: Facebook Twitter WhatsApp"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Sumber: Dinas Kominfo", "Bagikan", "Kategori"],
         keep=["tujuh kecamatan"], round=1),
    Case("s14r1-dinas-kominfo-credit-block",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR – " + S14_LEAD, S14_QUOTE,
           "Penulis: Tim Liputan Diskominfo", "Editor: Asep", "Dinas Komunikasi dan Informatika Kabupaten Sukamekar",
           "Tags: lansia, bansos, dinsos"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Penulis", "Tags:", "Dinas Komunikasi dan Informatika"],
         keep=["tujuh kecamatan"], round=1),
    Case("s14r1-comment-count-and-cookie-banner",
         p("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Setuju", S14_TITLE,
           "Senin, 7 Desember 2026 10:15 WIB", "12 Komentar", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["cookie", "12 Komentar"], keep=["tujuh kecamatan"], round=1),
    Case("s14r1-list-page-of-releases",
         p("Berita Terbaru", "Dinsos Antar Makanan untuk 300 Lansia", "7 Desember 2026",
           "SUKAMEKAR - Dinas Sosial menyalurkan bantuan permakanan kepada 300 warga lanjut usia ... Selengkapnya",
           "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
           "CIBENING - Bupati Sukamekar meresmikan taman lansia di pusat kecamatan ... Selengkapnya",
           "Dinsos Latih 40 Kader Posyandu Lansia", "3 Desember 2026",
           "SUKAMEKAR - Sebanyak 40 kader posyandu lansia mengikuti pelatihan ... Selengkapnya"),
         None, None, ANY, furniture=["Selengkapnya", "meresmikan taman lansia", "40 kader posyandu"], round=1,
         refused=True),

    # ---------------- session 14, round 2: more date, agency, template, furniture and list forms ---------------
    Case("s14r2-date-pukul-dot-time",
         p(S14_TITLE, "7 Desember 2026 pukul 10.15 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-date-dashes-with-weekday",
         p(S14_TITLE, "Senin, 07-12-2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-date-short-month-comma-clock",
         p(S14_TITLE, "07 Des 2026, 10:15", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-date-slashes-clock",
         p(S14_TITLE, "7/12/2026 10:15", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-dipublikasikan-pada",
         p(S14_TITLE, "Dipublikasikan pada 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-only-updated-line-dateline-decides",
         p(S14_TITLE, "Diperbarui: 9 Desember 2026", "SUKAMEKAR (7/12/2026) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-relative-published-absolute-updated",
         p(S14_TITLE, "Dipublikasikan 2 hari yang lalu | Diperbarui 8 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=2),
    Case("s14r2-minggu-lalu-and-kemarin",
         p(S14_TITLE, "Kemarin, 10:15", "Dibagikan 2 minggu yang lalu", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=2),
    Case("s14r2-english-posted-on-by",
         p(S14_TITLE, "Posted on December 7, 2026 by admin", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Posted on"], round=2),
    Case("s14r2-english-short-month-first",
         p(S14_TITLE, "Dec 7, 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-english-ordinal",
         p(S14_TITLE, "7th December 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-english-weekday-month-first-am",
         p(S14_TITLE, "Monday, December 7, 2026 10:15 AM", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-agency-outlet-first-tempo",
         p(S14_TITLE, "Senin, 7 Desember 2026", "TEMPO.CO, Jakarta - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=2),
    Case("s14r2-agency-outlet-first-liputan6",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Liputan6.com, Jakarta - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=2),
    Case("s14r2-agency-two-word-outlet",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Jakarta, CNBC Indonesia - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=2),
    Case("s14r2-agency-antara-news-parens",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Yogyakarta (ANTARA News) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Yogyakarta", round=2),
    Case("s14r2-agency-lower-domain-em-dash-tight",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SOLO, solopos.com—" + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Solo", round=2),
    Case("s14r2-agency-outlet-only-no-place",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Merdeka.com - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", None, round=2),
    Case("s14r2-breadcrumb-guillemets-truncated",
         p("Beranda » Berita » Dinsos Antar Makanan untuk...", S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=2),
    Case("s14r2-share-line-with-headline",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Bagikan: " + S14_TITLE, "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Bagikan"], round=2),
    Case("s14r2-caption-noun-phrase-right-under-headline",
         p(S14_TITLE, "Penyerahan Paket Makanan Kepada Lansia Di Kecamatan Cibening", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=2),
    Case("s14r2-pdf-page-numbers-between-hyphen-break",
         p("SIARAN PERS", S14_TITLE, "Nomor: 045/HMS/XII/2026", "Untuk disiarkan segera",
           "Sukamekar, 7 Desember 2026 – Dinas Sosial setempat menyalurkan bantuan perma-", "- 1 -",
           "kanan kepada 300 warga lanjut usia yang tinggal sendiri di tujuh kecamatan.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Nomor: 045", "Untuk disiarkan", "- 1 -"],
         keep=["bantuan permakanan kepada 300"], round=2),
    Case("s14r2-pdf-title-case-header-each-page",
         p("Dinas Sosial Kabupaten Sukamekar", S14_TITLE,
           "Sukamekar, 7 Desember 2026 – " + S14_LEAD, "Dinas Sosial Kabupaten Sukamekar", S14_QUOTE,
           "Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun.", "Dinas Sosial Kabupaten Sukamekar"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Dinas Sosial Kabupaten Sukamekar"], keep=["akhir tahun"],
         round=2),
    Case("s14r2-template-ditulis-dilihat",
         p("Humas Pemkab Sukamekar", S14_TITLE, "Ditulis oleh: Admin Humas | 07 Desember 2026 | Dilihat 340 kali",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "(Humas Pemkab Sukamekar/Rina)"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Dilihat 340", "(Humas Pemkab"], round=2),
    Case("s14r2-template-prokopim-source",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Sumber: Bagian Prokopim Setda Kabupaten Sukamekar"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Prokopim"], round=2),
    Case("s14r2-widgets-listen-font-reading-time",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Dengarkan berita ini", "Ukuran huruf: A A A", "Waktu baca 3 menit",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Salin tautan", "Komentar (0)"),
         S14_TITLE, "2026-12-07", "Sukamekar",
         furniture=["Dengarkan berita", "Ukuran huruf", "Waktu baca", "Salin tautan", "Komentar (0)"], round=2),
    Case("s14r2-cookie-banner-terima",
         p("Kami menggunakan cookie agar situs ini berfungsi dengan baik. Dengan melanjutkan, Anda menyetujui kebijakan "
           "privasi kami.", "Terima", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["cookie", "Terima"], round=2),
    Case("s14r2-related-link-with-quote-marks",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Baca juga: \"Kami Siap Bantu Warga,\" Kata Bupati Sukamekar", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Kami Siap Bantu Warga"], round=2),
    Case("s14r2-list-page-with-ellipsis-teasers",
         p("Arsip Berita", "Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Dinas Sosial menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang…",
           "Bupati Resmikan Taman Lansia di Cibening", "Sabtu, 5 Desember 2026",
           "Bupati Sukamekar meresmikan taman lansia di pusat kecamatan Cibening pada…"),
         None, None, ANY, furniture=["meresmikan taman lansia"], round=2, refused=True),
    Case("s14r2-list-page-headlines-and-dates-only",
         p("Berita Terbaru", "Dinsos Antar Makanan untuk 300 Lansia", "7 Desember 2026",
           "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
           "Dinsos Latih 40 Kader Posyandu Lansia", "3 Desember 2026",
           "Pemkab Sukamekar Salurkan BLT Tahap Akhir", "1 Desember 2026"),
         None, None, ANY, round=2, refused=True),  # refused: set after the first run (the HTML import refuses lists)
    Case("s14r2-search-results-page",
         p("Hasil pencarian untuk: lansia", "Dinsos Antar Makanan untuk 300 Lansia", "7 Desember 2026",
           "... menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang tinggal sendiri ...",
           "Dinsos Latih 40 Kader Posyandu Lansia", "3 Desember 2026",
           "... sebanyak 40 kader posyandu lansia mengikuti pelatihan selama dua hari ..."),
         None, None, ANY, furniture=["40 kader posyandu"], round=2, refused=True),

    # ---------------- session 14, round 3: furniture that must not become a person, quote or title; more dates --
    Case("s14r3-tag-line-with-a-name",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Tags: Budi Santoso, Bansos, Lansia"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Budi Santoso"], not_people=["Budi Santoso"], round=3),
    Case("s14r3-related-link-names-another-official",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Baca juga: Bupati Sukamekar Budi Santoso Resmikan Taman Lansia", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Budi Santoso"], not_people=["Budi Santoso"], round=3),
    Case("s14r3-comment-thread-with-quote",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "3 Komentar",
           "Agus Salim", "2 jam lalu", "\"Semoga bantuannya merata sampai ke kampung kami,\" tulisnya.", "Balas"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Semoga bantuannya merata", "Agus Salim"],
         not_people=["Agus Salim"], round=3),
    Case("s14r3-popular-list-with-names",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Terpopuler",
           "1 Gubernur Ahmad Fauzi Tinjau Banjir di Pesisir", "2 Wakil Bupati Dedi Kurnia Lepas Kafilah MTQ"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Ahmad Fauzi", "Dedi Kurnia"],
         not_people=["Ahmad Fauzi", "Dedi Kurnia"], round=3),
    Case("s14r3-video-embed-title-after-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "VIDEO: Camat Cibening Yayan Sopian Bagikan Selimut untuk Lansia"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Yayan Sopian"], not_people=["Yayan Sopian"], round=3),
    Case("s14r3-site-name-title-above-headline",
         p("Kementerian Sosial Republik Indonesia", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-headline-with-pager-suffix",
         p(S14_TITLE + " - Halaman 2", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-header-clock-with-time-and-page-date",
         p("Selasa, 8 Desember 2026 | 06:30 WIB", "Beranda", "Daerah", S14_TITLE, "Senin, 7 Desember 2026 | 10:15 WIB",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-english-published-and-last-updated",
         p(S14_TITLE, "Published on 07 Dec 2026", "Last updated: 08 Dec 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-date-wita",
         p(S14_TITLE, "Senin, 7 Desember 2026 10:15 WITA", "MAKASSAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Makassar", round=3),
    Case("s14r3-date-with-hijri",
         p(S14_TITLE, "Senin, 7 Desember 2026 / 26 Jumadil Akhir 1448 H", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-date-javanese-pasaran",
         p(S14_TITLE, "Senin Legi, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-dateline-weekday-and-numeric-date",
         p(S14_TITLE, "SUKAMEKAR, Senin (7/12/2026) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-dateline-weekday-only-and-date-line",
         p(S14_TITLE, "Senin, 7 Desember 2026", "JAKARTA, Senin — " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta", round=3),
    Case("s14r3-dateline-place-and-humas",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR, HUMAS - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-dateline-kabupaten-caps",
         p(S14_TITLE, "Senin, 7 Desember 2026", "KABUPATEN SUKAMEKAR – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Kabupaten Sukamekar", round=3),
    Case("s14r3-list-page-english-read-more",
         p("Latest News", "Dinsos Antar Makanan untuk 300 Lansia", "December 7, 2026",
           "The social affairs office delivered meals to 300 elderly residents living alone. Read More",
           "Bupati Resmikan Taman Lansia di Cibening", "December 5, 2026",
           "The regent opened a park for the elderly in the centre of Cibening district. Read More"),
         None, None, ANY, furniture=["Read More", "opened a park"], round=3, refused=True),
    Case("s14r3-amp-page-lines",
         p("Tutup", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Lihat Versi Lengkap", "Kembali ke atas"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Versi Lengkap", "Kembali ke atas"], round=3),
    Case("s14r3-pull-quote-above-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "\"Makanan kami antar langsung ke rumah setiap pagi\"",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=3),
    Case("s14r3-editor-credit-name-is-no-speaker",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "\"Kami pastikan semua lansia terdata,\" katanya.", "Editor: Budi Santoso"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Editor"], round=3),

    # ---------------- session 14, round 4: letterheads, page breaks in quotes, kickers, more date spellings ------
    Case("s14r4-pdf-letterhead-and-contact",
         p("PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL", "Jl. Merdeka No. 7 Telp. (0263) 554433 Sukamekar 43211",
           "SIARAN PERS", S14_TITLE, "Sukamekar, 7 Desember 2026 – " + S14_LEAD, S14_QUOTE,
           "Narahubung: Rina Marlina (0812-3456-7890)"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Telp. (0263)", "PEMERINTAH KABUPATEN"],
         keep=["tujuh kecamatan"], round=4),
    Case("s14r4-pdf-page-break-inside-quote",
         p(S14_TITLE, "Sukamekar, 7 Desember 2026 – " + S14_LEAD, "\"Makanan kami antar langsung ke rumah",
           "Halaman 1 dari 2", "setiap pagi,\" kata Kepala Dinas Sosial, Rahmat Hidayat."),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Halaman 1 dari 2"], keep=["ke rumah setiap pagi"], round=4),
    Case("s14r4-kicker-above-headline",
         p("EKSKLUSIF", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-category-line-above-headline",
         p("Berita Daerah", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-upper-case-headline-and-title-case-twin",
         p(S14_TITLE.upper(), "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE.upper(), "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-upper-month",
         p(S14_TITLE, "7 DESEMBER 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-dotted-numeric",
         p(S14_TITLE, "07.12.2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-iso-with-time",
         p(S14_TITLE, "2026-12-07 10:15:00", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-indonesian-month-first-short",
         p(S14_TITLE, "Des 7, 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-weekday-wrong-for-day",
         p(S14_TITLE, "Rabu, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-date-jumat-apostrophe-short",
         p(S14_TITLE, "Jum'at, 4 Des 2026 - 17:02 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-04", "Sukamekar", round=4),
    Case("s14r4-english-dateline-release",
         p(S14_TITLE, "Jakarta, December 7, 2026 – The Ministry of Social Affairs delivered meals to 300 elderly "
           "residents who live alone in seven districts.",
           "\"We bring the meals to their homes every morning,\" said the head of the office, Rahmat Hidayat."),
         S14_TITLE, "2026-12-07", "Jakarta", round=4),
    Case("s14r4-english-ordinal-dateline",
         p(S14_TITLE, "JAKARTA (December 7th 2026) - The Ministry of Social Affairs delivered meals to 300 elderly "
           "residents who live alone in seven districts."),
         S14_TITLE, "2026-12-07", "Jakarta", round=4),
    Case("s14r4-media-center-dateline",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR, MC – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=4),
    Case("s14r4-kominfo-sign-off",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "(Kominfo/Rina)"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["(Kominfo/Rina)"], round=4),
    Case("s14r4-prokopim-source-and-photo",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Foto: Prokopim Setda Sukamekar", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE, "Sumber: Humas Setda Kabupaten Sukamekar"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Prokopim", "Humas Setda"], round=4),
    Case("s14r4-index-with-times-only",
         p("Indeks Berita", "10:15 WIB", "Dinsos Antar Makanan untuk 300 Lansia", "09:40 WIB",
           "Bupati Resmikan Taman Lansia di Cibening", "08:05 WIB", "Dinsos Latih 40 Kader Posyandu Lansia"),
         None, None, ANY, round=4, refused=True),  # session 15: a page of headlines alone is refused (no story)
    Case("s14r4-category-page-baca-selengkapnya",
         p("Kategori: Sosial", "Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "Dinas Sosial menyalurkan bantuan permakanan kepada 300 warga lanjut usia. Baca Selengkapnya »",
           "Bupati Resmikan Taman Lansia di Cibening", "Sabtu, 5 Desember 2026",
           "Bupati meresmikan taman lansia di pusat kecamatan Cibening. Baca Selengkapnya »"),
         None, None, ANY, furniture=["Baca Selengkapnya", "meresmikan taman"], round=4, refused=True),
    Case("s14r4-tweet-embed-with-date",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Bantuan permakanan untuk lansia sudah mulai diantar hari ini. #DinsosHadir",
           "— Dinsos Sukamekar (@DinsosSukamekar) December 5, 2026", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["@DinsosSukamekar"], round=4),
    Case("s14r4-two-headline-lines-wrapped",
         p("Dinsos Antar Makanan untuk", "300 Lansia yang Tinggal Sendiri", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Dinsos Antar Makanan untuk 300 Lansia yang Tinggal Sendiri", "2026-12-07", "Sukamekar", round=4),

    # ---------------- session 14, round 5: deks, colons, caption dates, inline links, bylines with dates ------
    Case("s14r5-dek-sentence-under-headline",
         p(S14_TITLE, "Bantuan diantar setiap pagi oleh petugas ke rumah warga yang tinggal sendiri.",
           "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-headline-with-colon",
         p("Bansos Akhir Tahun: Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Bansos Akhir Tahun: Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-caption-date-is-no-page-date",
         p(S14_TITLE, "Petugas mengantar makanan ke rumah warga di Cibening, Minggu (6/12/2026). (Foto: Humas)",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", furniture=["Foto: Humas"], round=5),
    Case("s14r5-baca-juga-glued-to-paragraph",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD + " Baca juga: Bupati Resmikan Taman Lansia",
           S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Resmikan Taman Lansia"], keep=["tujuh kecamatan"], round=5),
    Case("s14r5-share-counts",
         p(S14_TITLE, "Senin, 7 Desember 2026", "0 Shares", "12 Dibagikan", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Shares", "Dibagikan"], round=5),
    Case("s14r5-relative-line-and-dated-dateline",
         p(S14_TITLE, "5 menit yang lalu", "SUKAMEKAR (7/12/2026) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-date-then-updated-time-only",
         p(S14_TITLE, "Senin, 7 Desember 2026 - 10:15 WIB Diperbarui: 11:00 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-antara-regional-desk",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Sukamekar (ANTARA Jabar) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-place-then-outlet-domain-caps",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR, TRIBUNJABAR.ID - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-place-then-two-word-outlet-title",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Sukamekar, NU Online - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-oleh-pada-date",
         p(S14_TITLE, "Oleh Rina Marlina pada 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Oleh Rina"], round=5),
    Case("s14r5-english-by-bar-date",
         p(S14_TITLE, "By Rina Marlina | December 7, 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["By Rina"], round=5),
    Case("s14r5-question-headline-site-suffix",
         p("Kapan Bansos Lansia Cair? Ini Jadwal Lengkapnya | Situsku", "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Kapan Bansos Lansia Cair? Ini Jadwal Lengkapnya", "2026-12-07", "Sukamekar", round=5),
    Case("s14r5-about-the-author-box",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Tentang Penulis",
           "Rina Marlina", "Rina adalah jurnalis yang meliput isu sosial dan kebencanaan di Sukamekar sejak 2015."),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["jurnalis yang meliput"], round=5),
    Case("s14r5-kemensos-copy",
         p("Beranda / Berita", S14_TITLE, "Senin, 7 Desember 2026", "Dibaca 1.234 kali", "Kategori : Berita",
           "JAKARTA (7 Desember 2026) – " + S14_LEAD, S14_QUOTE, "Bagikan :", "Biro Hubungan Masyarakat",
           "Kementerian Sosial RI"),
         S14_TITLE, "2026-12-07", "Jakarta", furniture=["Dibaca 1.234", "Kategori", "Biro Hubungan"], round=5),

    # ---------------- session 14, round 6: near misses of this session's own rules ----------------------------
    Case("s14r6-short-release-with-related-teasers",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - Dinas Sosial mengantar makanan untuk 300 lansia.",
           "Makanan diantar setiap pagi oleh petugas kecamatan.", "Berita Terkait",
           "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
           "Bupati meresmikan taman lansia di pusat kecamatan pada Sabtu pagi ... Selengkapnya",
           "Dinsos Latih 40 Kader Posyandu Lansia", "3 Desember 2026",
           "Empat puluh kader posyandu lansia mengikuti pelatihan selama dua hari ... Selengkapnya"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["meresmikan taman"], keep=["setiap pagi oleh petugas"],
         round=6),
    Case("s14r6-agenda-lines-repeat-inside-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Pelatihan kader dibagi dua gelombang.",
           "Gelombang pertama: 8 Desember 2026", "Tempat: Aula Dinas Sosial", "Gelombang kedua: 10 Desember 2026",
           "Tempat: Aula Dinas Sosial", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Tempat: Aula Dinas Sosial"], round=6),
    Case("s14r6-air-word-before-dash-is-no-place",
         p(S14_TITLE, "Senin, 7 Desember 2026",
           "Air Bersih – Warga Cibening kini tidak perlu lagi membeli air bersih dari pedagang keliling setiap hari.",
           S14_QUOTE),
         S14_TITLE, "2026-12-07", None, round=6),
    Case("s14r6-caps-headline-over-title-case-caption",
         p(S14_TITLE.upper(), "Senin, 7 Desember 2026", "Penyerahan Paket Makanan Kepada Lansia Di Kecamatan Cibening",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE.upper(), "2026-12-07", "Sukamekar", round=6),
    Case("s14r6-office-list-inside-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Kegiatan ini melibatkan tiga perangkat daerah:",
           "Dinas Sosial Kabupaten Sukamekar", "Dinas Kesehatan Kabupaten Sukamekar",
           "Badan Penanggulangan Bencana Daerah", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Dinas Kesehatan Kabupaten Sukamekar"], round=6),
    Case("s14r6-schedule-headings-with-dates-and-lead",
         p("Jadwal Penyaluran Bansos Lansia Bulan Desember", "Senin, 7 Desember 2026",
           "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mengumumkan jadwal penyaluran bantuan permakanan untuk warga "
           "lanjut usia di tiga kecamatan sepanjang bulan ini.",
           "Penyaluran Tahap Satu di Kecamatan Cibening", "8 Desember 2026",
           "Penyaluran Tahap Dua di Kecamatan Sukamaju", "10 Desember 2026",
           "Penyaluran Tahap Tiga di Kecamatan Mekarsari", "12 Desember 2026"),
         "Jadwal Penyaluran Bansos Lansia Bulan Desember", "2026-12-07", "Sukamekar",
         keep=["Tahap Dua di Kecamatan Sukamaju"], round=6),
    Case("s14r6-baca-juga-mid-paragraph-with-sentence",
         p(S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD + " Baca juga: daftar penerima sudah diumumkan di kantor desa.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["daftar penerima sudah diumumkan"], round=6),
    Case("s14r6-one-word-after-bar-is-a-place-section",
         p("Dinsos Antar Makanan untuk 300 Lansia | Sukamekar", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=6),
    Case("s14r6-pager-word-inside-headline",
         p("Dinsos Cetak Ulang Buku Panduan Lansia 200 Halaman", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         "Dinsos Cetak Ulang Buku Panduan Lansia 200 Halaman", "2026-12-07", "Sukamekar", round=6),
    Case("s14r6-cookie-word-in-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Kelompok lansia juga menjual cookie buatan sendiri di pameran, dan pengunjung setuju rasanya enak.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["menjual cookie buatan sendiri"], round=6),
    Case("s14r6-video-rubric-own-page",
         p("VIDEO: Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         "VIDEO: Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=6),
    Case("s14r6-weekday-dateline-title-case-unknown-place",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Rapat Senin – Warga menghadiri rapat koordinasi di balai desa.", S14_QUOTE),
         S14_TITLE, "2026-12-07", None, round=6),
    Case("s14r6-updated-line-and-undated-dateline",
         p(S14_TITLE, "Diperbarui: 9 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-09", "Sukamekar", round=6),

    # ---------------- session 14, round 8: lines above the headline, date lines alone, PDF name breaks, post nav -
    Case("s14r8-newsletter-cta-title-case-above",
         p("Dapatkan Berita Terbaru Setiap Hari di Email Anda", S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-breaking-ticker-above",
         p("Breaking News: Banjir Rendam Tiga Desa di Cibening", S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-trending-list-above",
         p("Trending", "Harga Beras Mulai Turun di Pasar Induk", "Jadwal Pencairan BLT Tahap Akhir", S14_TITLE,
           "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-date-line-weekday-parens",
         p(S14_TITLE, "Senin (7/12/2026)", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-update-label-only",
         p(S14_TITLE, "Update: Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-hijri-only",
         p(S14_TITLE, "26 Jumadil Akhir 1448 H", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=8),
    Case("s14r8-masehi-and-hijri",
         p(S14_TITLE, "Senin, 7 Desember 2026 M / 26 Jumadil Akhir 1448 H", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-kota-prefix-dateline",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Kota Sukamekar – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Kota Sukamekar", round=8),
    Case("s14r8-place-province-agency",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Sukamekar, Jawa Barat (ANTARA) - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-place-date-then-source",
         p(S14_TITLE, "Sukamekar, 7 Desember 2026 (Humas) – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=8),
    Case("s14r8-pdf-capitalized-word-broken",
         p(S14_TITLE, "Sukamekar, 7 Desember 2026 – Dinas Sosial Kabupaten Suka-",
           "mekar menyalurkan bantuan permakanan kepada 300 warga lanjut usia di tujuh kecamatan.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Kabupaten Sukamekar menyalurkan"], round=8),
    Case("s14r8-pdf-page-of",
         p(S14_TITLE, "Sukamekar, 7 Desember 2026 – " + S14_LEAD, "Page 1 of 2", S14_QUOTE, "Page 2 of 2"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Page 1 of 2", "Page 2 of 2"], round=8),
    Case("s14r8-post-nav-guillemets",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "« Dinsos Latih 40 Kader Posyandu Lansia", "Bupati Resmikan Taman Lansia di Cibening »"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Latih 40 Kader", "Resmikan Taman"], round=8),
    Case("s14r8-berita-lainnya-block",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Berita Lainnya",
           "Dinsos Latih 40 Kader Posyandu Lansia", "Bupati Resmikan Taman Lansia di Cibening"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Latih 40 Kader", "Resmikan Taman"], round=8),
    Case("s14r8-bagikan-ke",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Bagikan ke:", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Bagikan ke"], round=8),
    Case("s14r8-emoji-live-headline",
         p("🔴 LIVE: Penyaluran Bantuan Lansia di Tujuh Kecamatan", "Senin, 7 Desember 2026 10:15 WIB",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "🔴 LIVE: Penyaluran Bantuan Lansia di Tujuh Kecamatan", "2026-12-07", "Sukamekar", round=8),

    # ---------------- session 14, round 9: widgets that carry quotes or names into the story -----------------
    Case("s14r9-quote-headline-without-dateline",
         p("\"Makanan Kami Antar Tiap Pagi,\" Kata Kadinsos Sukamekar", "Senin, 7 Desember 2026",
           "Dinas Sosial setempat menyalurkan bantuan permakanan kepada 300 warga lanjut usia yang tinggal sendiri di "
           "tujuh kecamatan sejak awal bulan ini.", S14_QUOTE),
         "\"Makanan Kami Antar Tiap Pagi,\" Kata Kadinsos Sukamekar", "2026-12-07", None,
         furniture=["Makanan Kami Antar Tiap Pagi"], round=9),
    Case("s14r9-telegram-group-in-quote-marks",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Dapatkan update berita pilihan dan breaking news setiap hari dari Situsku.com. Mari bergabung di Grup "
           "Telegram \"Situsku News Update\", caranya klik link https://t.me/situskunews, kemudian join."),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Situsku News Update", "Grup Telegram"], round=9),
    Case("s14r9-poll-widget",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Bagaimana pendapat Anda?",
           "Setuju 60%", "Tidak setuju 40%"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Setuju 60%", "Tidak setuju 40%"], round=9),
    Case("s14r9-newsletter-form",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Berlangganan Newsletter",
           "Masukkan alamat email Anda", "Daftar"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Masukkan alamat email", "Berlangganan"], round=9),
    Case("s14r9-login-to-comment",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Masuk untuk berkomentar"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Masuk untuk berkomentar"], round=9),
    Case("s14r9-simak-video-berikut",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Simak video berikut ini:", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Simak video"], keep=["Makanan kami antar"], round=9),
    Case("s14r9-reporter-outlet-sign-off",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "(Rina Marlina/Situsku)"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["(Rina Marlina/Situsku)"], round=9),
    Case("s14r9-caption-with-name-and-position",
         p(S14_TITLE, "Senin, 7 Desember 2026",
           "Camat Cibening Yayan Sopian (kanan) menyerahkan paket makanan kepada warga lansia di Desa Cibening.",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["(kanan)"], not_people=["Yayan Sopian"], round=9),
    Case("s14r9-breadcrumb-profile-name",
         p("Beranda › Profil › Rahmat Hidayat", S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Beranda"], round=9),
    Case("s14r9-share-text-with-quote",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Bagikan kutipan: \"Program ini untuk semua lansia,\" kata Bupati Sukamekar Budi Santoso"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Program ini untuk semua lansia"], not_people=["Budi Santoso"],
         round=9),
    Case("s14r9-related-card-with-author-and-date",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE, "Artikel Terkait",
           "Bupati Budi Santoso Resmikan Taman Lansia", "Oleh Dedi Kurnia | 5 Desember 2026"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Resmikan Taman"], not_people=["Budi Santoso", "Dedi Kurnia"],
         round=9),

    # ---------------- session 14, round 10: date and dateline spellings sites print ------------------------
    Case("s14r10-date-dot-time",
         p(S14_TITLE, 'Senin, 07 Desember 2026 - 10.15 WIB', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-date-no-weekday-time",
         p(S14_TITLE, '07 Desember 2026 10:15 WIB', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-date-slash-clock",
         p(S14_TITLE, 'Kamis, 3 Desember 2026 / 14:20', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-03', "Sukamekar", round=10),
    Case("s14r10-diunggah-numeric-dot-time",
         p(S14_TITLE, 'Diunggah: 07/12/2026 10.15', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-tgl-dashes",
         p(S14_TITLE, 'Tgl. 07-12-2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-indonesian-month-first-full",
         p(S14_TITLE, 'Desember 7, 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-short-month-dot",
         p(S14_TITLE, '7 Des. 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', "Sukamekar", round=10),
    Case("s14r10-agt-abbrev",
         p(S14_TITLE, '7 Agt 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-08-07', "Sukamekar", round=10),
    Case("s14r10-sept-abbrev",
         p(S14_TITLE, '7 Sept 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-09-07', "Sukamekar", round=10),
    Case("s14r10-okt-abbrev",
         p(S14_TITLE, '07 Okt 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-10-07', "Sukamekar", round=10),
    Case("s14r10-old-spelling-nop",
         p(S14_TITLE, '7 Nop 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-11-07', "Sukamekar", round=10),
    Case("s14r10-old-spelling-pebruari",
         p(S14_TITLE, '7 Pebruari 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-02-07', "Sukamekar", round=10),
    Case("s14r10-weekday-no-comma",
         p(S14_TITLE, 'Rabu 9 Desember 2026', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-09', "Sukamekar", round=10),
    Case("s14r10-two-digit-year",
         p(S14_TITLE, '9/12/26', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-09', "Sukamekar", round=10),
    Case("s14r10-baru-saja",
         p(S14_TITLE, 'Baru saja', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=10),
    Case("s14r10-sehari-yang-lalu",
         p(S14_TITLE, 'Sehari yang lalu', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=10),
    Case("s14r10-published-day-ago",
         p(S14_TITLE, 'Published 1 day ago', "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=10),
    Case("s14r10-domain-dashes-glued",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'BANDUNG, AYOBANDUNG.COM--' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Bandung', round=10),
    Case("s14r10-em-dash-glued",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'JAKARTA—' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Jakarta', round=10),
    Case("s14r10-double-hyphen-glued",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'JAKARTA--' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Jakarta', round=10),
    Case("s14r10-lower-domain",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'JAKARTA, investor.id – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Jakarta', round=10),
    Case("s14r10-mixed-domain",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'SURABAYA, SURYA.co.id - ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Surabaya', round=10),
    Case("s14r10-acronym-source-parens",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'TANJUNGPINANG (HK) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Tanjungpinang', round=10),
    Case("s14r10-camel-domain-parens",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'Pekanbaru (RiauPos.co) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", 'Pekanbaru', round=10),

    # ---------------- session 14, round 11: a last check written after the fixes (whole pages mixing forms) ----
    Case("s14r11-regency-portal-full",
         p("Selamat Datang di Portal Resmi Pemerintah Kabupaten Sukamekar", "Selasa, 8 Desember 2026", "Beranda",
           "Profil", "Berita", "Beranda › Berita › Dinsos Salurkan Makanan Bergizi untuk Lansia Telantar",
           "Dinsos Salurkan Makanan Bergizi untuk Lansia Telantar", "Diposting oleh: Admin Diskominfo",
           "Senin, 7 Desember 2026 | 09:12 WIB", "Dilihat: 214 kali",
           "Pembagian Makanan Bergizi Kepada Warga Lansia Di Desa Cibening",
           "SUKAMEKAR (Humas) – Dinas Sosial Kabupaten Sukamekar menyalurkan makanan bergizi bagi 150 warga lanjut usia "
           "telantar di empat kecamatan.",
           "\"Setiap paket kami hitung gizinya bersama puskesmas,\" kata Kepala Dinas Sosial, Rahmat Hidayat.",
           "Baca juga: Bupati Tinjau Dapur Umum di Cibening", "Penyaluran akan berlangsung hingga akhir Desember.",
           "Sumber: Diskominfo Kabupaten Sukamekar", "Bagikan: Facebook Twitter WhatsApp", "Berita Terkait",
           "Bupati Tinjau Dapur Umum di Cibening", "5 Desember 2026"),
         "Dinsos Salurkan Makanan Bergizi untuk Lansia Telantar", "2026-12-07", "Sukamekar",
         furniture=["Dilihat", "Baca juga", "Tinjau Dapur Umum", "Bagikan", "Pembagian Makanan Bergizi"],
         keep=["150 warga lanjut usia", "akhir Desember"], round=11),
    Case("s14r11-news-site-full",
         p("Situsku.com", "Nasional", "Kemensos Tambah Kuota Bantuan Lansia Tunggal di 12 Provinsi",
           "Rina Marlina - Situsku.com", "Rabu, 9 Des 2026 14:05 WIB", "Diperbarui Rabu, 9 Des 2026 16:40 WIB",
           "Bagikan", "Ilustrasi lansia menerima bantuan. Foto: Dok. Kemensos",
           "Jakarta, Situsku.com — Kementerian Sosial menambah kuota bantuan bagi warga lanjut usia yang hidup sendiri "
           "di dua belas provinsi mulai bulan depan.", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
           "\"Kuota kami tambah karena data lapangan menunjukkan kebutuhan yang besar,\" ujar Direktur Rehabilitasi Sosial "
           "Lanjut Usia, Hendra Wijaya.", "Dapatkan update berita pilihan setiap hari dari Situsku.com di Google News.",
           "(rin/asp)", "3 Komentar", "Budi", "\"Semoga tepat sasaran,\" tulis Budi."),
         "Kemensos Tambah Kuota Bantuan Lansia Tunggal di 12 Provinsi", "2026-12-09", "Jakarta",
         furniture=["ADVERTISEMENT", "Google News", "(rin/asp)", "Semoga tepat sasaran", "Foto: Dok"],
         keep=["dua belas provinsi", "kebutuhan yang besar"], not_people=["Rina Marlina - Situsku"], round=11),
    Case("s14r11-pdf-release-two-pages",
         p("KEMENTERIAN SOSIAL REPUBLIK INDONESIA", "BIRO HUBUNGAN MASYARAKAT", "SIARAN PERS",
           "Nomor: 112/HUMAS/XII/2026", "Kemensos Latih 200 Pendamping Lansia",
           "Jakarta, 9 Desember 2026 – Kementerian Sosial melatih 200 pendamping warga lanjut usia dari sepuluh provin-",
           "si selama tiga hari di Jakarta.", "Halaman 1 dari 2", "KEMENTERIAN SOSIAL REPUBLIK INDONESIA",
           "\"Pendamping harus mengenali tanda-tanda lansia yang terlantar,\" kata Direktur Rehabilitasi Sosial Lanjut Usia,",
           "Hendra Wijaya.", "Halaman 2 dari 2"),
         "Kemensos Latih 200 Pendamping Lansia", "2026-12-09", "Jakarta",
         furniture=["Halaman 1 dari 2", "Nomor: 112"], keep=["sepuluh provinsi selama tiga hari"], round=11),
    Case("s14r11-english-release-page",
         p("Ministry of Social Affairs", "News", "Ministry Trains 200 Caregivers for the Elderly",
           "Posted on December 9, 2026 by Public Relations Bureau",
           "JAKARTA (December 9, 2026) – The Ministry of Social Affairs trained 200 caregivers for elderly people from ten "
           "provinces over three days.", "\"Caregivers must recognise the signs of neglect,\" said Director Hendra Wijaya.",
           "Share this: Facebook Twitter", "Related", "Ministry Opens Shelter in Bekasi", "December 2, 2026"),
         "Ministry Trains 200 Caregivers for the Elderly", "2026-12-09", "Jakarta",
         furniture=["Share this", "Opens Shelter"], keep=["ten provinces"], round=11),
    Case("s14r11-village-blog-list",
         p("Desa Cibening", "Kabar Desa", "Posyandu Lansia Digelar di Dusun Satu", "Senin, 7 Desember 2026",
           "Kader posyandu memeriksa tekanan darah warga lansia di dusun satu... Baca selengkapnya",
           "Kerja Bakti Bersihkan Saluran Air", "Minggu, 6 Desember 2026",
           "Warga bergotong royong membersihkan saluran air menjelang musim hujan... Baca selengkapnya"),
         None, None, ANY, furniture=["Kerja Bakti", "Baca selengkapnya"], round=11, refused=True),
    Case("s14r11-relative-date-and-caption-title-case",
         p("Lansia Sukamekar Terima Kursi Roda dari Baznas", "2 jam yang lalu",
           "Penyerahan Kursi Roda Kepada Lansia Di Kantor Baznas",
           "SUKAMEKAR - Baznas Kabupaten Sukamekar menyerahkan 25 kursi roda kepada warga lanjut usia yang kesulitan "
           "berjalan.", "\"Bantuan ini dari zakat warga sendiri,\" kata Ketua Baznas, Ahmad Fauzi."),
         "Lansia Sukamekar Terima Kursi Roda dari Baznas", None, "Sukamekar", round=11),
    Case("s14r11-two-word-place-head-and-antara-sign-off",
         p("Warga Lansia Terima Bantuan Pangan", "Kamis, 10 Desember 2026",
           "Tanjung Redeb – Pemerintah kabupaten menyalurkan bantuan pangan kepada 400 warga lanjut usia di tiga "
           "kampung.", "\"Bantuan diantar sampai ke rumah,\" kata Camat, Yusuf Ramli.", "(ant/bud)"),
         "Warga Lansia Terima Bantuan Pangan", "2026-12-10", "Tanjung Redeb", furniture=["(ant/bud)"], round=11),
    Case("s14r11-amp-with-updated-first",
         p("Diperbarui 10 Des 2026, 08:00", "Dinsos Buka Posko Pengaduan Bansos Lansia", "Diterbitkan 9 Des 2026, 19:30",
           "SUKAMEKAR, Situsku.id – Dinas Sosial membuka posko pengaduan bagi warga lanjut usia yang belum menerima "
           "bantuan.", "Lihat versi non-AMP"),
         "Dinsos Buka Posko Pengaduan Bansos Lansia", "2026-12-09", "Sukamekar", furniture=["non-AMP"], round=11),

    # ---------------- session 14, round 12: releases as text files and PDF text (forms of the writer, not the site) -
    Case("s14r12-caps-title-date-line-without-dash",
         p("DINSOS ANTAR MAKANAN UNTUK 300 LANSIA", "Sukamekar, 7 Desember 2026", S14_LEAD, S14_QUOTE),
         "DINSOS ANTAR MAKANAN UNTUK 300 LANSIA", "2026-12-07", "Sukamekar", keep=["tujuh kecamatan"], round=12),
    Case("s14r12-untuk-segera-diterbitkan",
         p("SIARAN PERS", "Untuk Segera Diterbitkan", S14_TITLE, "Sukamekar, 7 Desember 2026", S14_LEAD, S14_QUOTE,
           "-selesai-", "Narahubung:", "Rina Marlina (0812-3456-7890)"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Untuk Segera Diterbitkan", "0812-3456"],
         keep=["tujuh kecamatan"], round=12),
    Case("s14r12-date-only-in-signature-block",
         p(S14_TITLE, S14_LEAD, S14_QUOTE, "Sukamekar, 7 Desember 2026", "Kepala Dinas Sosial", "ttd",
           "Rahmat Hidayat"),
         S14_TITLE, "2026-12-07", ANY, keep=["tujuh kecamatan"], round=12),
    Case("s14r12-hard-wrapped-pdf-paragraphs",
         p("DINSOS ANTAR MAKANAN", "UNTUK 300 LANSIA", "",
           "Sukamekar, 7 Desember 2026 – Dinas Sosial setempat menyalurkan bantuan",
           "permakanan kepada 300 warga lanjut usia yang tinggal sendiri di tujuh",
           "kecamatan.", "", "\"Makanan kami antar langsung ke rumah setiap pagi,\" kata Kepala",
           "Dinas Sosial, Rahmat Hidayat."),
         "DINSOS ANTAR MAKANAN UNTUK 300 LANSIA", "2026-12-07", "Sukamekar",
         keep=["bantuan permakanan kepada 300 warga", "di tujuh kecamatan."], round=12),
    Case("s14r12-pdf-header-with-date-each-page",
         p("Siaran Pers | 7 Desember 2026", S14_TITLE, "Sukamekar – " + S14_LEAD, "Siaran Pers | 7 Desember 2026",
           S14_QUOTE, "Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun."),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Siaran Pers |"], keep=["akhir tahun"], round=12),
    Case("s14r12-judul-label",
         p("Judul: " + S14_TITLE, "Tanggal: 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Judul:"], round=12),
    Case("s14r12-letter-form-nomor-tanggal-perihal",
         p("Nomor: 045/HMS/XII/2026", "Tanggal: 7 Desember 2026", "Perihal: Siaran Pers", S14_TITLE,
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Perihal", "Nomor: 045"], round=12),
    Case("s14r12-numbered-points-stay",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Bantuan yang diantar meliputi:",
           "1. Nasi dan lauk pauk untuk makan siang.", "2. Buah segar dan susu.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["1. Nasi dan lauk pauk", "2. Buah segar"], round=12),

    # ---------------- session 14, round 13: English-language templates -----------------------------------------
    Case("s14r13-last-modified-and-date-published",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'Last Modified: 9 December 2026', 'Date Published: 7 December 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Last Modified'], round=13),
    Case("s14r13-by-admin-published-category",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'By Admin | Published: 7 December 2026 | Category: News', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Category: News'], round=13),
    Case("s14r13-author-and-date-labels",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'Author: Rina Marlina', 'Date: 07/12/2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Author:'], round=13),
    Case("s14r13-weekday-month-day-year-no-comma",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'Monday, Dec 7 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=[], round=13),
    Case("s14r13-day-month-comma-year",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December, 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=[], round=13),
    Case("s14r13-month-dot-abbrev",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'Dec. 7, 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=[], round=13),
    Case("s14r13-caps-short-month",
         p("Ministry Delivers Meals to 300 Elderly Residents", '07 DEC 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=[], round=13),
    Case("s14r13-weekday-ordinal",
         p("Ministry Delivers Meals to 300 Elderly Residents", 'Monday 7th December 2026', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=[], round=13),
    Case("s14r13-reading-time",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December 2026', 'Reading time: 3 minutes', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Reading time'], round=13),
    Case("s14r13-share-on-lines",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December 2026', 'Share on Facebook', 'Tweet', 'Email', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Share on Facebook', 'Tweet'], round=13),
    Case("s14r13-print-this-page",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December 2026', 'Print this page', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Print this page'], round=13),
    Case("s14r13-photo-credit-english",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December 2026', 'Photo: Public Relations Bureau', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Photo:'], round=13),
    Case("s14r13-translated-by",
         p("Ministry Delivers Meals to 300 Elderly Residents", '7 December 2026', 'Translated by: Anindya Putri', "JAKARTA - " + S14_EN_LEAD, S14_EN_QUOTE),
         "Ministry Delivers Meals to 300 Elderly Residents", '2026-12-07', 'Jakarta', furniture=['Translated by'], round=13),
    Case("s14r13-related-articles-tail",
         p("Ministry Delivers Meals to 300 Elderly Residents", "7 December 2026", "JAKARTA - " + S14_EN_LEAD,
           S14_EN_QUOTE, "Related Articles", "Ministry Opens Shelter in Bekasi", "Minister Visits Flood Victims"),
         "Ministry Delivers Meals to 300 Elderly Residents", "2026-12-07", "Jakarta", furniture=["Opens Shelter"],
         round=13),
    Case("s14r13-english-list-load-more",
         p("Latest News", "Ministry Delivers Meals to 300 Elderly Residents", "December 7, 2026",
           "Ministry Opens Shelter in Bekasi", "December 5, 2026", "Minister Visits Flood Victims in Garut",
           "December 3, 2026", "Load more"),
         None, None, ANY, round=13, refused=True),  # refused: set after the first run (round 1's decision for lists)

    # ---------------- session 14, round 14: places with a compass word, portal counters, header widgets --------
    Case("s14r14-place-with-direction-timur",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Lombok Timur – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Lombok Timur", round=14),
    Case("s14r14-place-with-direction-selatan",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Jakarta Selatan - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Jakarta Selatan", round=14),
    Case("s14r14-place-with-direction-barat",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Kotawaringin Barat - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Kotawaringin Barat", round=14),
    Case("s14r14-three-word-place",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Hulu Sungai Tengah – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Hulu Sungai Tengah", round=14),
    Case("s14r14-person-and-direction-word-is-no-place",
         p(S14_TITLE, "Senin, 7 Desember 2026",
           "Rahmat Hidayat – Kepala Dinas Sosial – memimpin langsung pengantaran makanan bagi warga lansia.", S14_QUOTE),
         S14_TITLE, "2026-12-07", None, round=14),
    Case("s14r14-dibaca-x",
         p(S14_TITLE, "Senin, 7 Desember 2026", "Dibaca 123x", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["123x"], round=14),
    Case("s14r14-x-dilihat",
         p(S14_TITLE, "Senin, 7 Desember 2026", "215x dilihat", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["215x"], round=14),
    Case("s14r14-credits-semicolon",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE,
           "Penulis: Tim Diskominfo; Editor: Asep Kurnia"),
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["Tim Diskominfo", "Asep Kurnia"], round=14),
    Case("s14r14-outlet-camel-first",
         p(S14_TITLE, "Senin, 7 Desember 2026", "InfoPublik, Sukamekar – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=14),
    Case("s14r14-prayer-times-header",
         p("Jadwal Sholat: Subuh 04:10 Dzuhur 11:45 Ashar 15:10 Maghrib 18:05 Isya 19:15", "Beranda", S14_TITLE,
           "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=14),
    Case("s14r14-hari-ini-header-and-page-date",
         p("Hari ini: Selasa, 8 Desember 2026", "Beranda", "Berita", S14_TITLE, "Senin, 7 Desember 2026",
           "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=14),
    Case("s14r14-hari-ini-header-only",
         p("Hari ini: Selasa, 8 Desember 2026", "Beranda", "Berita", S14_TITLE, "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, "Sukamekar", round=14),

    # ---------------- session 14, round 15: near misses of rounds 11-14 ----------------------------------------
    Case("s14r15-caps-header-lines-over-title",
         p("SIARAN PERS", "UNTUK SEGERA DITERBITKAN", S14_TITLE, "Sukamekar, 7 Desember 2026 – " + S14_LEAD, S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=15),
    Case("s14r15-judul-word-in-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Judul program ini diambil dari usulan warga lansia sendiri.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Judul program ini diambil"], round=15),
    Case("s14r15-kemarin-inside-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Kemarin, petugas juga mengantar makanan ke "
           "dua panti werdha di Cibening.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Kemarin, petugas juga"], round=15),
    Case("s14r15-compass-word-headline-dash",
         p("Jawa Barat - Dinsos Antar Makanan untuk 300 Lansia", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         "Jawa Barat - Dinsos Antar Makanan untuk 300 Lansia", "2026-12-07", "Sukamekar", round=15),
    Case("s14r15-percent-line-in-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD, "Capaian penyaluran per kecamatan:",
           "Cibening 95%", "Sukamaju 88%", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Cibening 95%", "Sukamaju 88%"], round=15),
    Case("s14r15-sumber-office-line-is-furniture-but-office-in-story-stays",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           "Dinas Sosial Kabupaten Sukamekar bekerja sama dengan puskesmas untuk memeriksa gizi penerima.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["bekerja sama dengan puskesmas"], round=15),
    Case("s14r15-two-releases-teaser-like-ellipsis-in-story",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - Dinas Sosial mengantar makanan untuk 300 lansia...",
           "Petugas datang setiap pagi...", "Warga menyambut dengan senang..."),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["Petugas datang setiap pagi"], round=15),
    Case("s14r15-month-day-year-inside-title",
         p("Desember 7 2026 Jadi Hari Pertama Antar Makanan Lansia", "SUKAMEKAR - " + S14_LEAD, S14_QUOTE),
         "Desember 7 2026 Jadi Hari Pertama Antar Makanan Lansia", None, "Sukamekar", round=15),

    # ---------------- session 14, round 16: characters a copy brings (form feeds, CRLF, no-break spaces, tabs) ---
    Case("s14r16-pdftotext-form-feed-pages",
         "SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR\n" + S14_TITLE + "\nSukamekar, 7 Desember 2026 – " + S14_LEAD
         + "\n1\n\fSIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR\n" + S14_QUOTE
         + "\nProgram ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun.\n2\n\f",
         S14_TITLE, "2026-12-07", "Sukamekar", furniture=["SIARAN PERS DINAS"], keep=["akhir tahun"], round=16),
    Case("s14r16-crlf-and-no-break-spaces",
         (S14_TITLE + "\r\nSenin, 7\u00a0Desember\u00a02026\r\nSUKAMEKAR\u00a0–\u00a0" + S14_LEAD + "\r\n" + S14_QUOTE + "\r\n"),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["tujuh kecamatan"], round=16),
    Case("s14r16-zero-width-in-title",
         p("Dinsos\u200b Antar Makanan untuk 300\u200b Lansia", "Senin, 7 Desember 2026", "SUKAMEKAR - " + S14_LEAD,
           S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", round=16),
    Case("s14r16-tab-indented-paragraphs",
         p(S14_TITLE, "Senin, 7 Desember 2026", "\tSUKAMEKAR - " + S14_LEAD, "\t" + S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["tujuh kecamatan"], round=16),
    Case("s14r16-soft-hyphen-in-word",
         p(S14_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - Dinas Sosial setempat menyalurkan bantuan perma\u00adkanan "
           "kepada 300 warga lanjut usia yang tinggal sendiri di tujuh kecamatan.", S14_QUOTE),
         S14_TITLE, "2026-12-07", "Sukamekar", keep=["bantuan permakanan kepada"], round=16),

    # ---------------- session 14, round 17: the release's date in its dateline ---------------------------------
    Case("s14r17-yearless-with-date-line",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'JAKARTA (7/12) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-yearless-alone",
         p(S14_TITLE, 'JAKARTA (7/12) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, None, 'Jakarta', round=17),
    Case("s14r17-numeric-comma",
         p(S14_TITLE, 'JAKARTA, 7/12/2026 - ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-weekday-parens",
         p(S14_TITLE, 'Jakarta, Senin (7/12/2026) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-classic-parens",
         p(S14_TITLE, 'JAKARTA (7 Desember 2026) — ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-glued-em-dash",
         p(S14_TITLE, 'Jakarta, 7 Desember 2026—' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-comma-before-parens",
         p(S14_TITLE, 'JAKARTA, (7/12/2026) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-dashed-numeric",
         p(S14_TITLE, 'Jakarta, 07-12-2026 - ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-caps-month",
         p(S14_TITLE, 'JAKARTA, 7 DESEMBER 2026 – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-month-first",
         p(S14_TITLE, 'Jakarta, Desember 7, 2026 - ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-english-short-month",
         p(S14_TITLE, 'JAKARTA (Dec 7, 2026) - ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
    Case("s14r17-date-line-and-dateline-disagree",
         p(S14_TITLE, "Senin, 7 Desember 2026", 'JAKARTA (6/12/2026) – ' + S14_LEAD, S14_QUOTE),
         S14_TITLE, '2026-12-07', 'Jakarta', round=17),
]

S14_FEED_ITEM = ("<item><title>Dinsos Antar Makanan untuk 300 Lansia</title><link>https://dinsos.example/{n}</link>"
                 "{date}<description>" + html.escape("<p>SUKAMEKAR - " + S14_LEAD + "</p>") + "</description></item>")


def rss(date_xml: str, n: int = 1) -> str:
    return ("<?xml version='1.0'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
            "<title>Dinsos</title><language>id</language>" + S14_FEED_ITEM.format(n=n, date=date_xml)
            + "</channel></rss>")


def atom(date_xml: str) -> str:
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Dinsos</title>"
            "<entry><title>Dinsos Antar Makanan untuk 300 Lansia</title><link href='https://dinsos.example/a'/>"
            f"<id>a</id>{date_xml}<content type='html'>" + html.escape("<p>SUKAMEKAR - " + S14_LEAD + "</p>")
            + "</content></entry></feed>")


@dataclass
class FeedCase:
    """A feed (RSS or Atom) with one item, read by importers.feed: the item's publication day in Indonesia."""
    name: str
    xml: str
    date: str | None
    round: int = 0
    furniture: list[str] = field(default_factory=list)  # text of the feed's own furniture: never in the body
    keep: list[str] = field(default_factory=list)


S14_FEEDS: list[FeedCase] = [
    # ---------------- session 14, round 1: one publication-time policy for feeds and pages ----------------------
    FeedCase("s14r1-feed-rss-gmt-evening", rss("<pubDate>Sun, 06 Dec 2026 20:30:00 GMT</pubDate>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-rss-plus-zero", rss("<pubDate>Sun, 06 Dec 2026 20:30:00 +0000</pubDate>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-atom-z", atom("<published>2026-12-06T20:30:00Z</published>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-rss-wib-morning", rss("<pubDate>Mon, 07 Dec 2026 03:30:00 +0700</pubDate>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-rss-wib-late", rss("<pubDate>Sun, 06 Dec 2026 23:30:00 +0700</pubDate>"), "2026-12-06", 1),
    FeedCase("s14r1-feed-atom-date-only", atom("<updated>2026-12-06</updated>"), "2026-12-06", 1),
    FeedCase("s14r1-feed-wita-keeps-its-day", rss("<pubDate>Mon, 07 Dec 2026 00:30:00 +0800</pubDate>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-dc-date-z", rss("<dc:date>2026-12-06T20:30:00Z</dc:date>"), "2026-12-07", 1),
    FeedCase("s14r1-feed-no-zone-as-written", atom("<published>2026-12-06T20:30:00</published>"), "2026-12-06", 1),
    # ---------------- session 14, round 3: what feeds append to an item ------------------------------------------
    FeedCase("s14r3-feed-wordpress-appeared-first",
             rss("<pubDate>Mon, 07 Dec 2026 03:30:00 +0700</pubDate><content:encoded>"
                 + html.escape("<p>SUKAMEKAR - " + S14_LEAD + "</p><p>The post <a href='https://x.example/a'>Dinsos Antar "
                               "Makanan untuk 300 Lansia</a> appeared first on <a href='https://x.example'>Situsku</a>.</p>")
                 + "</content:encoded>").replace("<rss version='2.0'",
                                                 "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'"),
             "2026-12-07", 3, furniture=["appeared first"], keep=["tujuh kecamatan"]),
    FeedCase("s14r3-feed-indonesian-pertama-kali-muncul",
             rss("<pubDate>Mon, 07 Dec 2026 03:30:00 +0700</pubDate><content:encoded>"
                 + html.escape("<p>SUKAMEKAR - " + S14_LEAD + "</p><p>Artikel Dinsos Antar Makanan untuk 300 Lansia pertama kali "
                               "tampil di Situsku.</p>")
                 + "</content:encoded>").replace("<rss version='2.0'",
                                                 "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'"),
             "2026-12-07", 3, furniture=["pertama kali tampil"], keep=["tujuh kecamatan"]),
    FeedCase("s14r3-feed-summary-continue-reading",
             rss("<pubDate>Mon, 07 Dec 2026 03:30:00 +0700</pubDate>").replace(
                 html.escape("<p>SUKAMEKAR - " + S14_LEAD + "</p>"),
                 html.escape("<p>SUKAMEKAR - " + S14_LEAD + " [&#8230;]</p><p><a href='https://x.example/a'>Continue reading"
                             "</a></p>")),
             "2026-12-07", 3, furniture=["Continue reading"], keep=["tujuh kecamatan"]),
    # ---------------- session 14, round 5: dates Indonesian sites write in feeds ---------------------------------
    FeedCase("s14r5-feed-indonesian-rfc-names", rss("<pubDate>Sen, 07 Des 2026 10:15:00 +0700</pubDate>"), "2026-12-07", 5),
    FeedCase("s14r5-feed-zone-name-wib", rss("<pubDate>Mon, 07 Dec 2026 10:15:00 WIB</pubDate>"), "2026-12-07", 5),
    FeedCase("s14r5-feed-space-separated-iso", rss("<pubDate>2026-12-07 10:15:00</pubDate>"), "2026-12-07", 5),
    FeedCase("s14r5-feed-atom-updated-z-only", atom("<updated>2026-12-06T18:00:00Z</updated>"), "2026-12-07", 5),
    # ---------------- session 14, round 11 (last check) ------------------------------------------------------------
    FeedCase("s14r11-feed-atom-offset-plus-eight-evening", atom("<published>2026-12-06T23:30:00+08:00</published>"),
             "2026-12-06", 11),
    FeedCase("s14r11-feed-rss-minus-five", rss("<pubDate>Sun, 06 Dec 2026 15:00:00 -0500</pubDate>"), "2026-12-07", 11),
    # ---------------- session 14, round 16: what a feed item's content carries ---------------------------------
    FeedCase("s14r16-feed-content-with-baca-juga-and-caption",
             rss("<pubDate>Mon, 07 Dec 2026 03:30:00 +0700</pubDate><content:encoded>"
                 + html.escape("<figure><img src='a.jpg'><figcaption>Petugas mengantar makanan. (Foto: Humas)</figcaption>"
                               "</figure><p>SUKAMEKAR - " + S14_LEAD + "</p><p>Baca juga: Bupati Resmikan Taman Lansia</p>"
                               "<p>" + S14_QUOTE + "</p>")
                 + "</content:encoded>").replace("<rss version='2.0'",
                                                 "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'"),
             "2026-12-07", 16, furniture=["Baca juga", "Foto: Humas"], keep=["tujuh kecamatan", "setiap pagi"]),
]


@dataclass
class HtmlCase:
    """A page saved as HTML as a site serves it (markup, metadata), read by importers.html."""
    name: str
    html: str
    title: str | None
    date: str | None
    furniture: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    round: int = 0
    refused: bool = False  # a list page: the import must refuse it (session 14)


def page_html(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>{head}</head>"
            f"<body><header><nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav></header>"
            f"{body}<footer>© 2026 Dinas Sosial Kabupaten Sukamekar</footer></body></html>")


S13_STORY = (f"<p>SUKAMEKAR - {S13_LEAD}</p><p>{html.escape(S13_QUOTE)}</p><p>{S13_MORE}</p>")
S13_TITLE = "Dinsos Sukamekar Antar Makanan untuk 300 Lansia"

S13_HTML: list[HtmlCase] = [
    # ---------------- session 13, round 1: markup dates and titles ----------------------------------------
    HtmlCase("s13r1-html-meta-published",
             page_html(f"<title>{S13_TITLE} | Dinas Sosial Kabupaten Sukamekar</title>"
                       f"<meta property='og:title' content='{S13_TITLE}'>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>"
                       "<meta property='article:modified_time' content='2026-12-09T08:00:00+07:00'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=1),
    HtmlCase("s13r1-html-jsonld-modified-later",
             page_html(f"<title>{S13_TITLE} - Sukamekar News</title>"
                       "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                       f"\"headline\":\"{S13_TITLE}\",\"dateModified\":\"2026-12-09T08:00:00+07:00\","
                       "\"datePublished\":\"2026-12-07T10:15:00+07:00\"}</script>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=1),
    HtmlCase("s13r1-html-time-element",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><time datetime='2026-12-07T10:15:00+07:00'>Senin, 7 Desember "
                       f"2026</time>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", furniture=["Senin, 7 Desember 2026"], keep=["menyalurkan bantuan permakanan"],
             round=1),
    HtmlCase("s13r1-html-title-only-with-office",
             page_html(f"<title>{S13_TITLE} - Dinas Sosial Kabupaten Sukamekar</title>",
                       f"<div class='content'>{S13_STORY}</div>"),
             S13_TITLE, None, keep=["menyalurkan bantuan permakanan"], round=1),
    HtmlCase("s13r1-html-og-title-with-site-h1-plain",
             page_html(f"<title>{S13_TITLE} Halaman all - Kompas.com</title>"
                       f"<meta property='og:title' content='{S13_TITLE} - Kompas.com'>",
                       f"<article><h1 class='read__title'>{S13_TITLE}</h1>"
                       "<div class='read__time'>Kompas.com - 07/12/2026, 10:15 WIB</div>"
                       f"{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", furniture=["Kompas.com - 07/12/2026"], round=1),
    HtmlCase("s13r1-html-utc-evening-published",
             page_html(f"<title>{S13_TITLE}</title>"
                       "<meta property='article:published_time' content='2026-12-06T20:30:00Z'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026 03:30 WIB</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=1),
    HtmlCase("s13r1-html-mojibake",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p><p>SUKAMEKAR â€“ {S13_LEAD}</p>"
                       "<p>â€œMakanan kami antar langsung ke rumah setiap pagi,â€\x9d kata Kepala Dinas Sosial, "
                       "Rahmat Hidayat.</p></article>"),
             S13_TITLE, "2026-12-07", furniture=["â€"], keep=["“Makanan kami antar"], round=1),
    HtmlCase("s13r1-html-nbsp-zero-width",
             page_html(f"<title>Dinsos&nbsp;Sukamekar Antar Makanan untuk&#8203; 300 Lansia</title>",
                       "<article><h1>Dinsos&nbsp;Sukamekar Antar&#8203; Makanan untuk 300 Lansia</h1>"
                       "<p>Senin,&nbsp;7&nbsp;Desember&nbsp;2026</p>"
                       f"<p>SUKAMEKAR&nbsp;-&nbsp;{S13_LEAD}</p><p>{html.escape(S13_QUOTE)}</p></article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=1),
    HtmlCase("s13r1-html-wordpress-entry",
             page_html(f"<title>{S13_TITLE} &#8211; Dinas Sosial Kabupaten Sukamekar</title>",
                       f"<article class='post'><header class='entry-header'><h1 class='entry-title'>{S13_TITLE}</h1>"
                       "<div class='entry-meta'><span class='posted-on'>Posted on <time class='entry-date published' "
                       "datetime='2026-12-07T10:15:00+07:00'>7 Desember 2026</time><time class='updated' "
                       "datetime='2026-12-09T08:00:00+07:00'>9 Desember 2026</time></span> <span class='byline'>by "
                       "admin</span></div></header><div class='entry-content'>"
                       f"{S13_STORY}<p>Baca juga: Dinsos Sukamekar Data Lansia Tinggal Sendiri</p>"
                       "<div class='sharedaddy'><h3>Share this:</h3><ul><li>Facebook</li><li>WhatsApp</li></ul></div>"
                       "</div><footer class='entry-footer'>Kategori: Berita Tags: lansia, permakanan</footer></article>"),
             S13_TITLE, "2026-12-07", furniture=["Baca juga", "Share this", "Posted on"],
             keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=1),
    HtmlCase("s13r1-html-canonical-url-date",
             page_html(f"<title>{S13_TITLE}</title><link rel='canonical' "
                       "href='https://sukamekar.go.id/berita/2026/12/07/dinsos-antar-makanan/'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=1),
    HtmlCase("s13r1-html-crlf",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article>\r\n<h1>{S13_TITLE}</h1>\r\n<p>Senin, 7 Desember 2026</p>\r\n{S13_STORY}\r\n</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=1),
    # ---------------- session 13, round 2: more markup -----------------------------------------------------
    HtmlCase("s13r2-html-time-updated-before-published",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><div class='meta'><time class='updated' datetime='2026-12-09T08:00:00+07:00'>"
                       "Diperbarui 9 Desember 2026</time> <time class='published' datetime='2026-12-07T10:15:00+07:00'>"
                       f"7 Desember 2026</time></div>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=2),
    HtmlCase("s13r2-html-itemprop-published",
             page_html(f"<title>{S13_TITLE} | Portal Berita Sukamekar</title>"
                       "<meta itemprop='datePublished' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=2),
    HtmlCase("s13r2-html-jsonld-graph",
             page_html(f"<title>{S13_TITLE}</title>"
                       "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                       "{\"@type\":\"WebPage\",\"dateModified\":\"2026-12-09T01:00:00+00:00\"},"
                       "{\"@type\":\"Article\",\"datePublished\":\"2026-12-07T03:15:00+00:00\","
                       "\"dateModified\":\"2026-12-09T01:00:00+00:00\"}]}</script>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=2),
    HtmlCase("s13r2-html-generic-title-real-h1",
             page_html("<title>Berita - Dinas Sosial Kabupaten Sukamekar</title>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=2),
    HtmlCase("s13r2-html-amp",
             "<!doctype html><html amp lang='id'><head><meta charset='utf-8'>"
             f"<title>{S13_TITLE} - Situsku.com</title><link rel='canonical' href='https://situsku.com/read/x'>"
             "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'></head><body>"
             "<amp-sidebar id='menu'><a href='/'>Beranda</a></amp-sidebar>"
             f"<div class='article'><h1>{S13_TITLE}</h1><amp-img src='a.jpg' width='1' height='1'></amp-img>"
             f"{S13_STORY}<amp-ad type='x'></amp-ad></div></body></html>",
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=2),
    HtmlCase("s13r2-html-br-lines-in-one-paragraph",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026<br>SUKAMEKAR - {S13_LEAD}<br>"
                       "Baca juga: Dinsos Sukamekar Data Lansia Tinggal Sendiri<br>"
                       f"{html.escape(S13_QUOTE)}<br>{S13_MORE}</p></article>"),
             S13_TITLE, "2026-12-07", furniture=["Baca juga"], keep=["menyalurkan bantuan permakanan", "akhir tahun"],
             round=2),
    HtmlCase("s13r2-html-print-view",
             "<html lang='id'><head><meta charset='utf-8'>"
             f"<title>Cetak: {S13_TITLE}</title></head><body onload='window.print()'>"
             "<p>Dicetak pada 9 Desember 2026 pukul 10.00</p>"
             f"<h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</body></html>",
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=2),
    HtmlCase("s13r2-html-og-title-bar-office",
             page_html(f"<title>{S13_TITLE} | Dinas Sosial</title>"
                       f"<meta property='og:title' content='{S13_TITLE} | Dinas Sosial'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=2),
    # ---------------- session 13, round 3: themes and broken markup -----------------------------------------
    HtmlCase("s13r3-html-site-name-in-h1-title-in-h2",
             page_html(f"<title>{S13_TITLE} &#8211; Dinas Sosial Kabupaten Sukamekar</title>",
                       "<div class='site-branding'><h1 class='site-title'>Dinas Sosial Kabupaten Sukamekar</h1></div>"
                       f"<main><article><h2 class='entry-title'>{S13_TITLE}</h2><span class='date'>7 Desember 2026</span>"
                       f"<div class='entry-content'>{S13_STORY}</div></article></main>"),
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan"], round=3),
    HtmlCase("s13r3-html-date-only-meta",
             page_html(f"<title>{S13_TITLE}</title><meta property='article:published_time' content='2026-12-07'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=3),
    HtmlCase("s13r3-html-story-list",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p><p>SUKAMEKAR - {S13_LEAD} Paket "
                       "berisi:</p><ul><li>nasi dan lauk pauk</li><li>buah segar</li><li>susu rendah lemak</li></ul>"
                       f"<p>{html.escape(S13_QUOTE)}</p></article>"),
             S13_TITLE, "2026-12-07", keep=["nasi dan lauk pauk", "buah segar", "susu rendah lemak"], round=3),
    HtmlCase("s13r3-html-mojibake-title",
             page_html("<title>â€œKami Antar Sampai Rumah,â€ Kata Kadinsos Sukamekar</title>",
                       "<article><h1>â€œKami Antar Sampai Rumah,â€ Kata Kadinsos Sukamekar</h1>"
                       f"<p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             "“Kami Antar Sampai Rumah,” Kata Kadinsos Sukamekar", "2026-12-07", round=3),
    HtmlCase("s13r3-html-garbage-meta-date",
             page_html(f"<title>{S13_TITLE}</title><meta property='article:published_time' content='0000-00-00T00:00:00+00:00'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=3),
    HtmlCase("s13r3-html-og-title-dash-office-in-footer",
             page_html(f"<title>{S13_TITLE} - Dinas Sosial Kabupaten Sukamekar</title>"
                       f"<meta property='og:title' content='{S13_TITLE} - Dinas Sosial Kabupaten Sukamekar'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=3),
    # ---------------- session 13, round 4: more markup dates and title suffixes ------------------------------
    HtmlCase("s13r4-html-og-updated-only-visible-date",
             page_html(f"<title>{S13_TITLE}</title><meta property='og:updated_time' content='2026-12-09T08:00:00+07:00'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=4),
    HtmlCase("s13r4-html-generic-date-meta-and-published",
             page_html(f"<title>{S13_TITLE}</title><meta name='date' content='2026-12-09'>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=4),
    HtmlCase("s13r4-html-jsonld-space-no-zone",
             page_html(f"<title>{S13_TITLE}</title><script type='application/ld+json'>{{\"@type\":\"NewsArticle\","
                       "\"datePublished\":\"2026-12-07 10:15:00\"}</script>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=4),
    HtmlCase("s13r4-html-title-halaman-all",
             page_html(f"<title>{S13_TITLE} Halaman all - Situsku.com</title>",
                       f"<div class='read'>{S13_STORY}</div>"),
             S13_TITLE, None, round=4),
    HtmlCase("s13r4-html-related-aside-with-time",
             page_html(f"<title>{S13_TITLE}</title>",
                       "<aside class='related'><h3>Berita Terkait</h3><ul><li><a href='/x'>Dinsos Data Lansia</a>"
                       "<time datetime='2026-11-30'>30 November 2026</time></li></ul></aside>"
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, None, round=4),
    # ---------------- session 13, round 5: mail and Word exports saved as HTML ---------------------------
    HtmlCase("s13r5-html-word-export",
             "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'>"
             "<title>Siaran Pers</title></head><body><div class=WordSection1>"
             "<p class=MsoNormal align=center><b>SIARAN PERS</b></p>"
             f"<p class=MsoNormal align=center><b>{S13_TITLE}</b></p>"
             f"<p class=MsoNormal>Sukamekar, 7 Desember 2026 – {S13_LEAD}</p>"
             f"<p class=MsoNormal>{html.escape(S13_QUOTE)}</p><p class=MsoNormal>{S13_MORE}</p>"
             "<p class=MsoNormal>&nbsp;</p></div></body></html>",
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=5),
    HtmlCase("s13r5-html-email-release",
             "<html><head><meta charset='utf-8'><title>Fwd: Siaran Pers Dinsos</title></head><body>"
             "<div>---------- Forwarded message ---------<br>Dari: Humas Dinsos &lt;humas@dinsos.sukamekar.go.id&gt;<br>"
             "Date: Sen, 9 Des 2026 pukul 10.15<br>Subject: Siaran Pers Dinsos</div>"
             f"<div><b>{S13_TITLE}</b></div><div>Sukamekar, 7 Desember 2026 – {S13_LEAD}</div>"
             f"<div>{html.escape(S13_QUOTE)}</div></body></html>",
             S13_TITLE, "2026-12-07", furniture=["Forwarded message", "Subject"], keep=["menyalurkan bantuan"], round=5),
    # ---------------- session 13, round 6: time formats in markup -------------------------------------------
    HtmlCase("s13r6-html-millis-z",
             page_html(f"<title>{S13_TITLE}</title><meta property='article:published_time' content='2026-12-07T02:15:00.000Z'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=6),
    HtmlCase("s13r6-html-offset-without-colon",
             page_html(f"<title>{S13_TITLE}</title><meta name='pubdate' content='2026-12-06T23:50:00+0700'>",
                       f"<article><h1>{S13_TITLE}</h1>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-06", round=6),
    HtmlCase("s13r6-html-day-first-meta",
             page_html(f"<title>{S13_TITLE}</title><meta name='publish-date' content='07/12/2026'>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p>{S13_STORY}</article>"),
             S13_TITLE, "2026-12-07", round=6),
    HtmlCase("s13r6-html-relative-visible-time-element",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><time datetime='2026-12-07T10:15:00+07:00'>2 jam lalu</time>"
                       f"{S13_STORY}</article>"),
             S13_TITLE, None, round=6),
    # ---------------- session 13, round 10: news sites' markup as saved --------------------------------------
    HtmlCase("s13r10-html-kompas-like",
             page_html(f"<title>{S13_TITLE} Halaman all - Kompas.com</title>"
                       "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:15:00+07:00\"}</script>",
                       f"<div class='read__header'><h1 class='read__title'>{S13_TITLE}</h1>"
                       "<div class='read__time'>Kompas.com - 07/12/2026, 10:15 WIB</div></div>"
                       "<div class='read__content'><div class='clearfix'>"
                       f"<p><strong>SUKAMEKAR, KOMPAS.com</strong> - {S13_LEAD}</p>"
                       "<p><strong>Baca juga: <a href='/x'>Dinsos Sukamekar Data Lansia Tinggal Sendiri</a></strong></p>"
                       f"<p>{html.escape(S13_QUOTE)}</p><p>{S13_MORE}</p></div></div>"),
             S13_TITLE, "2026-12-07", furniture=["Baca juga", "Data Lansia Tinggal Sendiri"],
             keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=10),
    HtmlCase("s13r10-html-detik-like",
             page_html(f"<title>{S13_TITLE}</title><meta name='publishdate' content='2026/12/07 10:15:00'>",
                       f"<article class='detail'><h1 class='detail__title'>{S13_TITLE}</h1>"
                       "<div class='detail__author'>Rina Marlina - detikJabar</div>"
                       "<div class='detail__date'>Senin, 07 Des 2026 10:15 WIB</div>"
                       f"<div class='detail__body-text'><strong>Sukamekar</strong> - {S13_LEAD}"
                       "<table class='linksisip'><tr><td>Baca juga: <a href='/x'>Bupati Tinjau Dapur Umum</a></td></tr></table>"
                       f"<p>{html.escape(S13_QUOTE)}</p><p>{S13_MORE}</p><p>(rin/dir)</p></div></article>"),
             S13_TITLE, "2026-12-07", furniture=["Bupati Tinjau Dapur Umum", "(rin/dir)"],
             keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=10),
    HtmlCase("s13r10-html-antara-like",
             page_html(f"<title>{S13_TITLE} - ANTARA News Jawa Barat</title>"
                       "<meta property='article:published_time' content='2026-12-07T13:40:00+07:00'>",
                       f"<div class='wrap__article-detail'><h1>{S13_TITLE}</h1>"
                       "<figure><img src='a.jpg'><figcaption>Petugas mengantar makanan ke rumah warga lansia. "
                       "ANTARA/HO-Dinsos Sukamekar</figcaption></figure>"
                       f"<div class='post-content'><p>Sukamekar (ANTARA) - {S13_LEAD}</p><p>{html.escape(S13_QUOTE)}</p>"
                       "<p class='text-muted'>Pewarta: Andi Firmansyah<br>Editor: Budi Santoso<br>"
                       "Copyright © ANTARA 2026</p></div></div>"),
             S13_TITLE, "2026-12-07", furniture=["ANTARA/HO", "Pewarta", "Copyright"],
             keep=["menyalurkan bantuan permakanan"], round=10),
    HtmlCase("s13r10-html-old-cms-br-font",
             "<html><head><meta charset='utf-8'><title>Dinas Sosial Kabupaten Sukamekar</title></head><body>"
             f"<table><tr><td><font size=4><b>{S13_TITLE}</b></font><br>Senin, 07 Desember 2026<br><br>"
             f"<font face=arial>SUKAMEKAR - {S13_LEAD}<br><br>{html.escape(S13_QUOTE)}<br><br>{S13_MORE}</font>"
             "</td></tr></table></body></html>",
             S13_TITLE, "2026-12-07", keep=["menyalurkan bantuan permakanan", "akhir tahun"], round=10),
    HtmlCase("s13r10-html-instagram-embed",
             page_html(f"<title>{S13_TITLE}</title>",
                       f"<article><h1>{S13_TITLE}</h1><p>Senin, 7 Desember 2026</p><p>SUKAMEKAR - {S13_LEAD}</p>"
                       "<blockquote class='instagram-media'><p>Lihat postingan ini di Instagram</p>"
                       "<p>Sebuah kiriman dibagikan oleh Dinsos Sukamekar (@dinsossukamekar)</p></blockquote>"
                       f"<p>{html.escape(S13_QUOTE)}</p></article>"),
             S13_TITLE, "2026-12-07", furniture=["Lihat postingan", "kiriman dibagikan"],
             keep=["menyalurkan bantuan permakanan"], round=10),
]


S14_STORY = (f"<p>SUKAMEKAR - {S14_LEAD}</p><p>{html.escape(S14_QUOTE)}</p>"
             "<p>Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir tahun.</p>")

S14_HTML: list[HtmlCase] = [
    # ---------------- session 14, round 7: pages saved with their markup ---------------------------------------
    HtmlCase("s14r7-html-category-page",
             page_html("<title>Kategori Sosial | Dinas Sosial Kabupaten Sukamekar</title>",
                       "<main><h1>Kategori: Sosial</h1>"
                       "<article><h2><a href='/a'>Dinsos Antar Makanan untuk 300 Lansia</a></h2><time datetime='2026-12-07'>"
                       "Senin, 7 Desember 2026</time><p>Dinas Sosial menyalurkan bantuan permakanan kepada 300 warga lanjut "
                       "usia yang tinggal sendiri … Selengkapnya</p></article>"
                       "<article><h2><a href='/b'>Bupati Resmikan Taman Lansia di Cibening</a></h2><time datetime='2026-12-05'>"
                       "Sabtu, 5 Desember 2026</time><p>Bupati Sukamekar meresmikan taman lansia di pusat kecamatan Cibening "
                       "… Selengkapnya</p></article>"
                       "<article><h2><a href='/c'>Dinsos Latih 40 Kader Posyandu Lansia</a></h2><time datetime='2026-12-03'>"
                       "Kamis, 3 Desember 2026</time><p>Sebanyak 40 kader posyandu lansia mengikuti pelatihan selama dua "
                       "hari … Selengkapnya</p></article></main>"),
             None, None, round=7, refused=True),
    HtmlCase("s14r7-html-full-news-page",
             page_html(f"<title>{S14_TITLE} - Sukamekar News</title><meta property='og:title' content='{S14_TITLE}'>"
                       "<meta property='article:published_time' content='2026-12-06T20:30:00Z'>",
                       "<div id='cookie-consent'><p>Kami menggunakan cookie agar situs ini berfungsi dengan baik. Dengan "
                       "melanjutkan, Anda menyetujui kebijakan privasi kami.</p><button>Terima</button></div>"
                       f"<nav class='breadcrumb'><a href='/'>Beranda</a> › <a href='/sosial'>Sosial</a> › {S14_TITLE}</nav>"
                       f"<article><h1>{S14_TITLE}</h1><div class='meta'>Senin, 7 Desember 2026 | 03:30 WIB</div>"
                       "<figure><img src='a.jpg'><figcaption>Penyerahan Paket Makanan Kepada Lansia Di Kecamatan Cibening"
                       "</figcaption></figure>" + S14_STORY
                       + "<aside><p>Baca juga: Bupati Resmikan Taman Lansia di Cibening</p></aside>"
                       "<div class='share'>Bagikan: Facebook Twitter WhatsApp</div></article>"
                       "<section class='comments'><h3>2 Komentar</h3><p>Agus Salim</p><p>\"Semoga merata,\" tulisnya.</p>"
                       "</section>"),
             S14_TITLE, "2026-12-07", furniture=["cookie", "Baca juga", "Bagikan", "Semoga merata"],
             keep=["tujuh kecamatan", "akhir tahun"], round=7),
    HtmlCase("s14r7-html-json-ld-milliseconds-z",
             page_html(f"<title>{S14_TITLE}</title><script type='application/ld+json'>{{\"@type\":\"NewsArticle\","
                       "\"datePublished\":\"2026-12-06T20:30:00.000Z\"}</script>",
                       f"<article><h1>{S14_TITLE}</h1>{S14_STORY}</article>"),
             S14_TITLE, "2026-12-07", keep=["tujuh kecamatan"], round=7),
    HtmlCase("s14r7-html-offset-without-colon",
             page_html(f"<title>{S14_TITLE}</title><meta property='article:published_time' content='2026-12-07T00:15:00+0700'>",
                       f"<article><h1>{S14_TITLE}</h1>{S14_STORY}</article>"),
             S14_TITLE, "2026-12-07", round=7),
    HtmlCase("s14r7-html-pubdate-rfc822",
             page_html(f"<title>{S14_TITLE}</title><meta name='pubdate' content='Sun, 06 Dec 2026 20:30:00 GMT'>",
                       f"<article><h1>{S14_TITLE}</h1>{S14_STORY}</article>"),
             S14_TITLE, "2026-12-07", round=7),
    HtmlCase("s14r7-html-time-utc-and-visible-date",
             page_html(f"<title>{S14_TITLE}</title>",
                       f"<article><h1>{S14_TITLE}</h1><time datetime='2026-12-06T20:30:00Z'>Senin, 7 Desember 2026</time>"
                       f"{S14_STORY}</article>"),
             S14_TITLE, "2026-12-07", round=7),
    HtmlCase("s14r7-html-pdf-export-running-footer",
             page_html("<title>Siaran Pers</title>",
                       f"<div class='page'><p>SIARAN PERS</p><p><b>{S14_TITLE}</b></p><p>Sukamekar, 7 Desember 2026 – "
                       f"{S14_LEAD}</p><p>Jl. Merdeka No. 7 Sukamekar | Telp. (0263) 554433</p></div><div class='page'>"
                       f"<p>{html.escape(S14_QUOTE)}</p><p>Program ini dibiayai anggaran daerah dan akan berjalan sampai akhir "
                       "tahun.</p><p>Jl. Merdeka No. 7 Sukamekar | Telp. (0263) 554433</p></div>"),
             S14_TITLE, "2026-12-07", furniture=["Telp."], keep=["akhir tahun"], round=7),
]


# ---------------- session 15 -------------------------------------------------------------------------------
S15_TITLE = "Dinsos Bagikan Kursi Roda kepada 40 Penyandang Disabilitas"
S15_LEAD = ("Dinas Sosial setempat membagikan kursi roda dan alat bantu jalan kepada 40 penyandang disabilitas dari "
            "sembilan desa.")
S15_QUOTE = "\"Alat bantu ini kami ukur satu per satu sesuai kebutuhan penerimanya,\" ujar Kepala Dinas Sosial, Wulan Sari."
S15_MORE = "Penerima juga mendapat pelatihan singkat merawat kursi roda dari petugas rehabilitasi."

# A page that is no article: the import refuses it with a one-line reason naming what it is.
S15_CASES: list[Case] = [
    # ---------------- session 15, round 1: regional portals, pagers, live reports, provinces, PDFs, no-article pages
    Case("s15r1-breadcrumb-holds-date",
         p("Beranda » Berita » Senin, 7 Desember 2026 » Dinsos Bagikan Kursi Roda", S15_TITLE,
           "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Beranda »"], keep=["sembilan desa", "merawat kursi roda"],
         round=1),
    Case("s15r1-breadcrumb-numeric-date",
         p("Home / Berita Daerah / 07-12-2026", S15_TITLE, "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Home /"], keep=["sembilan desa"], round=1),
    Case("s15r1-meta-block-labels-table",
         p(S15_TITLE, "Tanggal Publikasi : 07/12/2026", "Penulis : Admin Dinsos", "Kategori : Sosial",
           "Dibaca : 120 kali", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Kategori : Sosial", "Dibaca : 120"], keep=["sembilan desa"],
         round=1),
    Case("s15r1-meta-line-with-icons",
         p(S15_TITLE, "📅 07 Desember 2026  👤 Admin  👁 125 kali dilihat", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE,
           S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["125 kali dilihat"], keep=["sembilan desa"], round=1),
    Case("s15r1-amp-app-prompts",
         p(S15_TITLE, "Senin, 07 Des 2026 10:15 WIB", "Buka di Aplikasi", "SUKAMEKAR – " + S15_LEAD,
           "Bagikan artikel ini", S15_QUOTE, S15_MORE, "Lihat versi non-AMP"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Buka di Aplikasi", "Bagikan artikel", "non-AMP"],
         keep=["sembilan desa", "merawat kursi roda"], round=1),
    Case("s15r1-pager-halaman-dari",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE,
           "Halaman 1 dari 2", "« Sebelumnya 1 2 Berikutnya »", S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Halaman 1 dari 2", "Sebelumnya 1 2"],
         keep=["sembilan desa", "merawat kursi roda"], round=1),
    Case("s15r1-pager-lanjut-and-tampilkan-semua",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE,
           "Lanjut ke halaman berikutnya", "Tampilkan Semua", S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Lanjut ke halaman", "Tampilkan Semua"],
         keep=["sembilan desa", "merawat kursi roda"], round=1),
    Case("s15r1-all-pages-with-page-heads",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, "Halaman 2", S15_QUOTE,
           "Halaman 3", S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Halaman 2", "Halaman 3"],
         keep=["sembilan desa", "sesuai kebutuhan", "merawat kursi roda"], round=1),
    Case("s15r1-live-report-wita-entries",
         p("LIVE REPORT", "Pembagian Kursi Roda di Alun-alun Sukamekar", "Selasa, 8 Desember 2026 07:30 WITA",
           "Pukul 09.15 WITA", "Bupati tiba di alun-alun dan langsung menyapa para penerima bantuan.",
           "Pukul 08.00 WITA", "Petugas mulai menata 40 kursi roda di depan panggung utama."),
         "Pembagian Kursi Roda di Alun-alun Sukamekar", "2026-12-08", None,
         furniture=["LIVE REPORT"], keep=["menyapa para penerima", "menata 40 kursi roda"], round=1),
    Case("s15r1-photo-page-captions-are-the-story",
         p("FOTO: Kursi Roda untuk 40 Penyandang Disabilitas", "Senin, 7 Desember 2026 10:15 WIB", "1 / 3",
           "Petugas Dinas Sosial mengukur tinggi kursi roda bagi seorang penerima di balai desa. (Foto: Humas/Rudi)",
           "2 / 3", "Seorang ibu mendorong anaknya dengan kursi roda baru di halaman balai desa. (Foto: Humas/Rudi)",
           "3 / 3", "Para penerima berfoto bersama Bupati usai penyerahan bantuan. (Foto: Humas/Rudi)"),
         "FOTO: Kursi Roda untuk 40 Penyandang Disabilitas", "2026-12-07", None, furniture=["1 / 3", "2 / 3"],
         keep=["mengukur tinggi kursi roda", "mendorong anaknya"], round=1),
    Case("s15r1-dateline-city-and-province-abbrev",
         p(S15_TITLE, "Senin, 7 Desember 2026", "KUPANG, NTT – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Kupang", keep=["sembilan desa"], round=1),
    Case("s15r1-dateline-city-and-province-title-case",
         p(S15_TITLE, "Senin, 7 Desember 2026", "Labuan Bajo, Nusa Tenggara Timur – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Labuan Bajo", keep=["sembilan desa"], round=1),
    Case("s15r1-dateline-city-province-and-date",
         p(S15_TITLE, "Ambon, Maluku, 7 Desember 2026 – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Ambon", keep=["sembilan desa"], round=1),
    Case("s15r1-dateline-city-province-and-humas",
         p(S15_TITLE, "Senin, 7 Desember 2026", "MATARAM, NTB (Humas) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Mataram", keep=["sembilan desa"], round=1),
    Case("s15r1-date-line-pukul-wit",
         p(S15_TITLE, "Senin, 7 Desember 2026, pukul 09.00 WIT", "JAYAPURA – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Jayapura", keep=["sembilan desa"], round=1),
    Case("s15r1-diterbitkan-pada-pukul",
         p(S15_TITLE, "Diterbitkan pada Senin, 7 Desember 2026 pukul 09.00 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Diterbitkan pada"], keep=["sembilan desa"], round=1),
    Case("s15r1-english-weekday-date-on-indonesian-page",
         p(S15_TITLE, "Monday, December 7, 2026 - 10:15", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=1),
    Case("s15r1-english-ordinal-day-first",
         p(S15_TITLE, "7th December 2026", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=1),
    Case("s15r1-pdf-kop-nomor-signature",
         p("PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL",
           "Jalan Veteran Nomor 12 Sukamekar 43211 Telepon (0263) 551122", "SIARAN PERS",
           "Nomor: 045/HM/DINSOS/XII/2026", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_QUOTE, S15_MORE,
           "Kepala Dinas Sosial", "Kabupaten Sukamekar,", "ttd", "Wulan Sari, S.Sos., M.Si.",
           "NIP. 19750312 199803 2 004"),
         S15_TITLE, "2026-12-07", "Sukamekar",
         furniture=["Nomor: 045", "NIP.", "ttd", "Telepon (0263)", "S.Sos., M.Si.", "Kabupaten Sukamekar,"], keep=["sembilan desa", "merawat kursi roda"],
         round=1),
    Case("s15r1-pdf-nomor-then-foot-date-and-tembusan",
         p("SIARAN PERS", "Nomor: 046/HM/DINSOS/XII/2026", S15_TITLE, S15_LEAD.replace("setempat", "Kabupaten Sukamekar"),
           S15_QUOTE, "Sukamekar, 7 Desember 2026", "Kepala Dinas Sosial,", "Wulan Sari",
           "Tembusan:", "1. Bupati Sukamekar", "2. Arsip"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Tembusan", "Arsip", "Nomor: 046", "Sosial,\nWulan Sari"], keep=["sembilan desa"],
         round=1),
    Case("s15r1-pdf-contact-block",
         p("SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_QUOTE,
           "Informasi lebih lanjut hubungi:", "Rina Marlina", "Kepala Subbagian Umum dan Kepegawaian",
           "HP. 0812-3456-7890", "Surel: humas@dinsos.sukamekar.go.id"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Informasi lebih lanjut", "0812-3456", "Surel:"],
         keep=["sembilan desa"], round=1),
    Case("s15r1-regency-two-words-no-head-word",
         p(S15_TITLE, "Senin, 7 Desember 2026", "Deli Serdang – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Deli Serdang", keep=["sembilan desa"], round=1),
    Case("s15r1-regency-rejang-lebong",
         p(S15_TITLE, "Senin, 7 Desember 2026", "Rejang Lebong – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Rejang Lebong", keep=["sembilan desa"], round=1),
    Case("s15r1-credit-line-fotografer",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "Reporter: Rina Marlina | Editor: Dodi Pratama | "
           "Fotografer: Budi Santoso", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Fotografer", "Reporter:"], keep=["sembilan desa"], round=1),
    Case("s15r1-tail-pilihan-editor-and-promo",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE,
           "Pilihan Editor", "Bupati Resmikan Taman Lansia di Cibening", "Harga Beras di Pasar Induk Mulai Turun",
           "Konten Promosi", "Promo Akhir Tahun Diskon hingga 50 Persen"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Pilihan Editor", "Taman Lansia", "Konten Promosi"],
         keep=["merawat kursi roda"], round=1),
    Case("s15r1-caption-ilustrasi-istimewa",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "Ilustrasi kursi roda. (Foto: Istimewa)",
           "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Ilustrasi kursi roda", "Istimewa"], keep=["sembilan desa"],
         round=1),
    Case("s15r1-error-page-404",
         p("Beranda", "Profil", "Berita", "Layanan", "Kontak", "404", "Halaman Tidak Ditemukan",
           "Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan ke alamat lain.", "Kembali ke Beranda",
           "© 2026 Dinas Sosial Kabupaten Sukamekar"),
         None, None, None, round=1, refused=True),
    Case("s15r1-bot-check-page",
         p("Just a moment...", "Checking if the site connection is secure",
           "dinsos.sukamekar.go.id needs to review the security of your connection before proceeding.",
           "Ray ID: 8a1b2c3d4e5f6789", "Performance & security by Cloudflare"),
         None, None, None, round=1, refused=True),
    Case("s15r1-removed-article-page",
         p("Dinas Sosial Kabupaten Sukamekar", "Berita", "Berita tidak ditemukan atau telah dihapus oleh pengelola.",
           "Silakan kembali ke halaman utama untuk membaca berita lainnya.", "Kembali"),
         None, None, None, round=1, refused=True),
    # ---------------- session 15, round 2: pages split and saved together, emoji links, topics, provinces --------
    Case("s15r2-all-pages-saved-one-after-another",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE,
           "Halaman 1 2 Selanjutnya", S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "Halaman 2", S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Halaman 1 2", "Halaman 2"],
         keep=["sembilan desa", "sesuai kebutuhan", "merawat kursi roda"], round=2),
    Case("s15r2-emoji-baca-juga",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD,
           "👉 Baca juga: Bupati Resmikan Taman Lansia di Cibening", S15_QUOTE, "📌 BACA JUGA: Harga Beras Mulai Turun",
           S15_MORE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Baca juga", "BACA JUGA", "Taman Lansia", "Harga Beras"],
         keep=["sembilan desa", "merawat kursi roda"], round=2),
    Case("s15r2-topik-terkait-line",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE,
           "Topik Terkait: Disabilitas Kursi Roda Dinas Sosial"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Topik Terkait"], keep=["merawat kursi roda"], round=2),
    Case("s15r2-empty-comment-box",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, S15_MORE,
           "Belum ada komentar. Jadilah yang pertama berkomentar!", "Laporkan iklan"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Belum ada komentar", "Laporkan iklan"],
         keep=["merawat kursi roda"], round=2),
    Case("s15r2-breadcrumb-month-only-dateline-decides",
         p("Beranda > Arsip > Desember 2026", S15_TITLE, "SUKAMEKAR (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Arsip"], keep=["sembilan desa"], round=2),
    Case("s15r2-unknown-place-and-province-abbrev",
         p(S15_TITLE, "Senin, 7 Desember 2026", "Sukamekar, Kaltara – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=2),
    Case("s15r2-regency-caps-with-province-and-date",
         p(S15_TITLE, "DELI SERDANG, SUMUT (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Deli Serdang", keep=["sembilan desa"], round=2),
    Case("s15r2-english-short-date-on-indonesian-page",
         p(S15_TITLE, "Dec 7, 2026, 10.15 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=2),
    Case("s15r2-live-report-entries-under-wib-headings",
         p("LIVE UPDATE: Penyaluran Kursi Roda di Sukamekar", "Senin, 7 Desember 2026 | 08:00 WIB",
           "Update 10.15 WIB", "Penyaluran di Desa Cibening selesai, petugas bergeser ke Desa Sukasari.",
           "Update 09.00 WIB", "Petugas Dinas Sosial mulai membagikan kursi roda di balai Desa Cibening."),
         "LIVE UPDATE: Penyaluran Kursi Roda di Sukamekar", "2026-12-07", None,
         furniture=["Update 10.15"], keep=["bergeser ke Desa Sukasari", "mulai membagikan kursi roda"], round=2),
    Case("s15r2-photo-counters-foto-dari",
         p("Kursi Roda untuk Warga Sukamekar", "Senin, 7 Desember 2026 10:15 WIB", "Foto 1 dari 2",
           "Petugas memasang sandaran kaki pada kursi roda seorang penerima di Desa Cibening. (Foto: Humas)",
           "Foto 2 dari 2", "Seorang penerima mencoba kursi roda barunya di jalan desa didampingi keluarganya. (Foto: Humas)"),
         "Kursi Roda untuk Warga Sukamekar", "2026-12-07", None, furniture=["Foto 1 dari 2"],
         keep=["sandaran kaki", "didampingi keluarganya"], round=2),
    Case("s15r2-menus-only-page",
         p("Beranda", "Profil", "Visi dan Misi", "Struktur Organisasi", "Berita", "Galeri", "Kontak",
           "© 2026 Dinas Sosial Kabupaten Sukamekar"),
         None, None, None, round=2, refused=True),
    Case("s15r2-login-wall",
         p("Masuk untuk melanjutkan", "Silakan masuk atau daftar untuk membaca berita ini.", "Masuk", "Daftar"),
         None, None, None, round=2, refused=True),
    # ---------------- session 15, round 4: texts made to trip rounds 1-3, and more dates and places ---------------
    Case("s15r4-agenda-time-headings-keep-their-sentences",
         p(S15_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR – " + S15_LEAD, "Susunan acara penyerahan:", "Pukul 08.00 WIB",
           "Peserta berkumpul di alun-alun untuk apel pagi bersama Bupati.", "Pukul 09.00 WIB",
           "Kursi roda diserahkan satu per satu kepada penerima oleh petugas."),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["apel pagi bersama Bupati", "diserahkan satu per satu"], round=4),
    Case("s15r4-tembusan-word-inside-story",
         p(S15_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR – " + S15_LEAD,
           "Tembusan surat edaran itu juga dikirim kepada seluruh camat agar pendataan berjalan serentak.", S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["Tembusan surat edaran", "sesuai kebutuhan"], round=4),
    Case("s15r4-list-after-story-then-signature",
         p(S15_TITLE, "SUKAMEKAR – " + S15_LEAD, S15_QUOTE, "Desa penerima:", "1. Cibening", "2. Sukasari",
           "Sukamekar, 7 Desember 2026", "Kepala Dinas Sosial,", "Wulan Sari"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Sosial,\nWulan Sari"],
         keep=["Desa penerima:", "1. Cibening", "2. Sukasari"], round=4),
    Case("s15r4-breadcrumb-headline-holding-a-date",
         p("Beranda » Berita » Peringatan Hari Disabilitas 3 Desember 2026 Digelar Meriah", S15_TITLE,
           "SUKAMEKAR (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=4),
    Case("s15r4-icon-clock-then-date",
         p(S15_TITLE, "⏰ 10:15 WIB 📅 7 Desember 2026", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=4),
    Case("s15r4-story-line-opening-with-an-emoji",
         p(S15_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR – " + S15_LEAD,
           "👉 Warga yang belum terdata dapat mendaftar di kantor desa dengan membawa KTP dan kartu keluarga.", S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["belum terdata dapat mendaftar"], round=4),
    Case("s15r4-province-then-date-in-parens",
         p(S15_TITLE, "Kupang, NTT (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Kupang", keep=["sembilan desa"], round=4),
    Case("s15r4-weekday-parens-clock-wita",
         p(S15_TITLE, "Selasa (8/12/2026) 07.30 WITA", "MAKASSAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-08", "Makassar", keep=["sembilan desa"], round=4),
    Case("s15r4-english-weekday-day-first-wita",
         p(S15_TITLE, "Tuesday, 08 December 2026 07:30 WITA", "MAKASSAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-08", "Makassar", keep=["sembilan desa"], round=4),
    Case("s15r4-short-month-wita-lowercase",
         p(S15_TITLE, "8 Des 2026 07.30 Wita", "MAKASSAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-08", "Makassar", keep=["sembilan desa"], round=4),
    Case("s15r4-number-headline-short-story-not-refused",
         p("404 Penyandang Disabilitas Terima Kursi Roda", "SUKAMEKAR – " + S15_LEAD),
         "404 Penyandang Disabilitas Terima Kursi Roda", None, "Sukamekar", keep=["sembilan desa"], round=4),
    Case("s15r4-short-announcement-no-dateline",
         p("Pengumuman Jadwal Penyerahan Kursi Roda", "Penyerahan kursi roda tahap kedua digelar Kamis di balai desa."),
         "Pengumuman Jadwal Penyerahan Kursi Roda", None, None, keep=["tahap kedua digelar"], round=4),
    # ---------------- session 15, round 6: more datelines, clocks and icon rows -----------------------------------
    Case("s15r6-kab-caps-and-province-abbrev",
         p(S15_TITLE, "Senin, 7 Desember 2026", "KAB. SUKAMEKAR, JABAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Kab. Sukamekar", keep=["sembilan desa"], round=6),
    Case("s15r6-province-then-weekday-parens",
         p(S15_TITLE, "Sukamekar, Jawa Barat, Senin (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=6),
    Case("s15r6-province-in-parentheses",
         p(S15_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR (Jawa Barat) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=6),
    Case("s15r6-clock-before-weekday",
         p(S15_TITLE, "10:15 WIB - Senin, 7 Desember 2026", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=6),
    Case("s15r6-updated-wita-and-dated-dateline",
         p(S15_TITLE, "Diperbarui: Selasa, 8 Desember 2026 09:00 WITA", "MAKASSAR (7/12/2026) – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Makassar", keep=["sembilan desa"], round=6),
    Case("s15r6-kontributor-place-name-line",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "Kontributor Sukamekar, Rina Marlina",
           "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Kontributor"], keep=["sembilan desa"], round=6),
    Case("s15r6-icon-share-rows",
         p(S15_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "📲 Bagikan ke WhatsApp", "🔗 Salin tautan",
           "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Bagikan", "Salin tautan"], keep=["sembilan desa"], round=6),
    Case("s15r6-diperbarui-clock-only-and-date-line",
         p(S15_TITLE, "Senin, 7 Desember 2026", "Diperbarui 10.30 WIB", "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Diperbarui 10.30"], keep=["sembilan desa"], round=6),
    # ---------------- session 15, round 7: index pages of a portal (agenda, author, tag, gallery, download) --------
    Case("s15r7-agenda-page",
         p("Agenda Kegiatan", "Senin, 7 Desember 2026", "Penyerahan Kursi Roda di Balai Desa Cibening", "Pukul 08.00 WIB",
           "Selasa, 8 Desember 2026", "Rapat Koordinasi Pendataan Penyandang Disabilitas", "Pukul 09.00 WIB",
           "Rabu, 9 Desember 2026", "Pelatihan Kader Rehabilitasi Berbasis Masyarakat", "Pukul 13.00 WIB"),
         None, None, None, round=7, refused=True),
    Case("s15r7-author-page",
         p("Penulis: Rina Marlina", "Dinsos Bagikan Kursi Roda kepada 40 Penyandang Disabilitas", "7 Desember 2026",
           "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026", "Harga Beras di Pasar Induk Mulai Turun",
           "3 Desember 2026", "Halaman 1 2 3 Selanjutnya"),
         None, None, None, round=7, refused=True),
    Case("s15r7-download-page",
         p("Unduhan", "Siaran Pers Penyerahan Kursi Roda (PDF, 230 KB)", "Unduh",
           "Laporan Kinerja Dinas Sosial 2026 (PDF, 1,2 MB)", "Unduh", "Formulir Pendaftaran Bantuan (DOCX, 45 KB)", "Unduh"),
         None, None, None, round=7, refused=True),
    Case("s15r7-short-release-with-agenda-list-is-an-article",
         p(S15_TITLE, "SUKAMEKAR, 7 Desember 2026 – " + S15_LEAD, "Jadwal penyerahan berikutnya:",
           "Selasa, 8 Desember 2026 – Desa Sukasari", "Rabu, 9 Desember 2026 – Desa Cibening", S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["Desa Sukasari", "sesuai kebutuhan"], round=7),
    # ---------------- session 15, round 9: texts made to trip rounds 5-8 (top bars, signatures) --------------------
    Case("s15r9-date-first-line-then-headline-no-menu",
         p("Senin, 7 Desember 2026", S15_TITLE, "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=9),
    Case("s15r9-menu-word-then-date-then-headline",
         p("Beranda", "Senin, 7 Desember 2026", S15_TITLE, "SUKAMEKAR – " + S15_LEAD, S15_QUOTE),
         S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa"], round=9),
    Case("s15r9-demikian-then-signature",
         p(S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_QUOTE,
           "Demikian siaran pers ini kami sampaikan untuk dapat dimuat di media Bapak dan Ibu.",
           "Sukamekar, 7 Desember 2026", "Kepala Dinas Sosial,", "ttd", "Wulan Sari"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["ttd", "Sosial,\nWulan"],
         keep=["Demikian siaran pers ini kami sampaikan"], round=9),
    Case("s15r9-hormat-kami-close",
         p(S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_QUOTE, "Hormat kami,", "Humas Dinas Sosial",
           "Kabupaten Sukamekar"),
         S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Hormat kami", "Humas Dinas Sosial"], keep=["sesuai kebutuhan"],
         round=9),
]

S15_STORY = (f"<p>SUKAMEKAR – {S15_LEAD}</p><p>{html.escape(S15_QUOTE)}</p><p>{S15_MORE}</p>")

S15_HTML: list[HtmlCase] = [
    # ---------------- session 15, round 1: markup of regional portals, pagers, error pages -------------------------
    HtmlCase("s15r1-html-breadcrumb-date-no-meta",
             page_html(f"<title>{S15_TITLE} | Pemerintah Kabupaten Sukamekar</title>",
                       "<ol class='breadcrumb'><li><a href='/'>Beranda</a></li><li><a href='/berita'>Berita</a></li>"
                       "<li>07 Desember 2026</li></ol>"
                       f"<div class='content'><h1>{S15_TITLE}</h1>{S15_STORY}</div>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa", "merawat kursi roda"], round=1),
    HtmlCase("s15r1-html-cms-meta-icons-no-meta-tag",
             page_html(f"<title>{S15_TITLE}</title>",
                       f"<div class='post'><h2 class='post-title'>{S15_TITLE}</h2><div class='post-meta'>"
                       "<span><i class='fa fa-calendar'></i> 07 Desember 2026</span> <span><i class='fa fa-user'></i> "
                       "admin</span> <span><i class='fa fa-eye'></i> 311</span></div>"
                       f"<div class='post-body'>{S15_STORY}</div></div>"),
             S15_TITLE, "2026-12-07", furniture=["311"], keep=["sembilan desa"], round=1),
    HtmlCase("s15r1-html-pager-links",
             page_html(f"<title>{S15_TITLE} - Sukamekar News</title>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S15_TITLE}</h1><p>SUKAMEKAR – {S15_LEAD}</p><p>{html.escape(S15_QUOTE)}</p>"
                       "<div class='pagination'><span>Halaman</span> <a href='?page=1'>1</a> <a href='?page=2'>2</a> "
                       "<a href='?page=2'>Selanjutnya</a></div></article>"),
             S15_TITLE, "2026-12-07", furniture=["Selanjutnya"], keep=["sembilan desa", "sesuai kebutuhan"], round=1),
    HtmlCase("s15r1-html-amp-page",
             "<!doctype html><html amp lang='id'><head><meta charset='utf-8'>"
             f"<title>{S15_TITLE} - Sukamekar News</title><link rel='canonical' href='https://news.example/a'>"
             "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-12-07T10:15:00+07:00\"}"
             "</script></head><body><amp-sidebar id='menu' layout='nodisplay'><a href='/'>Beranda</a><a href='/daerah'>Daerah"
             "</a></amp-sidebar><header><button>Menu</button></header>"
             f"<article><h1>{S15_TITLE}</h1><amp-img src='a.jpg' width='600' height='400' layout='responsive'></amp-img>"
             f"{S15_STORY}<amp-social-share type='whatsapp'></amp-social-share></article>"
             "<amp-ad width='300' height='250' type='doubleclick'></amp-ad></body></html>",
             S15_TITLE, "2026-12-07", keep=["sembilan desa", "merawat kursi roda"], round=1),
    HtmlCase("s15r1-html-404-with-menus",
             page_html("<title>404 Not Found | Dinas Sosial Kabupaten Sukamekar</title>",
                       "<main><h1>Halaman Tidak Ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ada atau sudah "
                       "dipindahkan ke alamat lain. Silakan kembali ke beranda atau gunakan kotak pencarian.</p>"
                       "<p><a href='/'>Kembali ke Beranda</a></p></main>"),
             None, None, round=1, refused=True),
    HtmlCase("s15r1-html-cloudflare-check",
             "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
             "<h1>dinsos.sukamekar.go.id</h1><h2>Checking if the site connection is secure</h2><p>dinsos.sukamekar.go.id "
             "needs to review the security of your connection before proceeding. Enable JavaScript and cookies to "
             "continue.</p><div class='footer'>Ray ID: 8a1b2c3d4e5f6789 Performance &amp; security by Cloudflare</div>"
             "</div></body></html>",
             None, None, round=1, refused=True),
    # ---------------- session 15, round 3: saved HTML of galleries, live blogs, CMS templates, pagers -------------
    HtmlCase("s15r3-html-gallery-figcaptions-only",
             page_html(f"<title>FOTO: Kursi Roda untuk 40 Penyandang Disabilitas - Sukamekar News</title>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       "<article><h1>FOTO: Kursi Roda untuk 40 Penyandang Disabilitas</h1>"
                       "<figure><img src='1.jpg'><figcaption>Petugas Dinas Sosial mengukur tinggi kursi roda bagi seorang "
                       "penerima di balai desa. (Foto: Humas/Rudi)</figcaption></figure>"
                       "<figure><img src='2.jpg'><figcaption>Seorang ibu mendorong anaknya dengan kursi roda baru di halaman "
                       "balai desa. (Foto: Humas/Rudi)</figcaption></figure>"
                       "<figure><img src='3.jpg'><figcaption>Para penerima berfoto bersama Bupati usai penyerahan bantuan. "
                       "(Foto: Humas/Rudi)</figcaption></figure></article>"),
             "FOTO: Kursi Roda untuk 40 Penyandang Disabilitas", "2026-12-07",
             keep=["mengukur tinggi kursi roda", "mendorong anaknya"], round=3),
    HtmlCase("s15r3-html-live-blog-json-ld",
             page_html("<title>LIVE: Penyaluran Kursi Roda di Sukamekar - Sukamekar News</title>"
                       "<script type='application/ld+json'>{\"@type\":\"LiveBlogPosting\",\"headline\":\"LIVE: Penyaluran "
                       "Kursi Roda di Sukamekar\",\"coverageStartTime\":\"2026-12-07T08:00:00+07:00\","
                       "\"datePublished\":\"2026-12-07T08:00:00+07:00\",\"dateModified\":\"2026-12-08T09:00:00+07:00\"}</script>",
                       "<article><h1>LIVE: Penyaluran Kursi Roda di Sukamekar</h1>"
                       "<div class='live-entry'><time datetime='2026-12-08T09:00:00+07:00'>09:00 WIB</time><p>Penyaluran hari "
                       "kedua dimulai di Desa Sukasari dengan 15 penerima yang sudah menunggu sejak pagi.</p></div>"
                       "<div class='live-entry'><time datetime='2026-12-07T10:15:00+07:00'>10:15 WIB</time><p>Petugas Dinas "
                       "Sosial mulai membagikan kursi roda di balai Desa Cibening kepada 25 penerima.</p></div></article>"),
             "LIVE: Penyaluran Kursi Roda di Sukamekar", "2026-12-07", furniture=["09:00 WIB"],
             keep=["hari kedua dimulai", "mulai membagikan kursi roda"], round=3),
    HtmlCase("s15r3-html-pemkab-cms-date-span-and-sidebar-dates",
             page_html(f"<title>{S15_TITLE} | Pemerintah Kabupaten Sukamekar</title>",
                       f"<div class='main'><h1 class='judul'>{S15_TITLE}</h1><div class='info'><span class='tanggal'>Senin, "
                       "07 Desember 2026</span> <span class='penulis'>Diskominfo</span></div>"
                       f"<div class='isi'>{S15_STORY}</div></div><aside><h3>Berita Terbaru</h3><ul><li><a href='/b1'>Bupati "
                       "Resmikan Taman Lansia di Cibening</a><span>Kamis, 10 Desember 2026</span></li><li><a href='/b2'>Harga "
                       "Beras di Pasar Induk Mulai Turun</a><span>Rabu, 9 Desember 2026</span></li></ul></aside>"),
             S15_TITLE, "2026-12-07", furniture=["Taman Lansia", "Harga Beras"], keep=["sembilan desa", "merawat kursi roda"],
             round=3),
    HtmlCase("s15r3-html-wordpress-entry-date-and-updated",
             page_html(f"<title>{S15_TITLE} &#8211; Dinas Sosial Kabupaten Sukamekar</title>",
                       f"<article class='post'><header class='entry-header'><h1 class='entry-title'>{S15_TITLE}</h1>"
                       "<div class='entry-meta'><span class='posted-on'>Diposting pada <a href='/2026/12/07/'><time "
                       "class='entry-date published' datetime='2026-12-07T10:15:00+07:00'>7 Desember 2026</time><time "
                       "class='updated' datetime='2026-12-09T08:00:00+07:00'>9 Desember 2026</time></a></span> oleh "
                       "<span class='author'>admin</span></div></header>"
                       f"<div class='entry-content'>{S15_STORY}</div></article>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa"], round=3),
    HtmlCase("s15r3-html-joomla-published-utc",
             page_html(f"<title>{S15_TITLE}</title>",
                       f"<div class='item-page'><h2 itemprop='headline'>{S15_TITLE}</h2><dl class='article-info'><dd "
                       "class='published'><time datetime='2026-12-06T20:30:00+00:00' itemprop='datePublished'>Diterbitkan: "
                       "07 Desember 2026</time></dd><dd class='hits'>Dilihat: 311</dd></dl>"
                       f"<div itemprop='articleBody'>{S15_STORY}</div></div>"),
             S15_TITLE, "2026-12-07", furniture=["Dilihat: 311"], keep=["sembilan desa"], round=3),
    HtmlCase("s15r3-html-drupal-rdfa-date",
             page_html(f"<title>{S15_TITLE} | Dinsos Sukamekar</title>",
                       f"<div class='node'><h1>{S15_TITLE}</h1><span property='dc:date dc:created' "
                       "content='2026-12-07T10:15:00+07:00' class='submitted'>Sen, 07/12/2026 - 10:15</span>"
                       f"<div class='field-body'>{S15_STORY}</div></div>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa"], round=3),
    HtmlCase("s15r3-html-blogger-date-header",
             page_html(f"<title>Dinsos Sukamekar: {S15_TITLE}</title>",
                       "<div class='date-outer'><h2 class='date-header'><span>Senin, 07 Desember 2026</span></h2>"
                       f"<div class='post'><h3 class='post-title'>{S15_TITLE}</h3><div class='post-body'>{S15_STORY}</div>"
                       "<div class='post-footer'>Diposting oleh Admin di 10.15 Tidak ada komentar:</div></div></div>"),
             S15_TITLE, "2026-12-07", furniture=["Diposting oleh", "Tidak ada komentar"], keep=["sembilan desa"], round=3),
    HtmlCase("s15r3-html-pager-rel-next-and-inline-baca-juga",
             page_html(f"<title>{S15_TITLE} Halaman 1 - Sukamekar News</title><link rel='next' href='?page=2'>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S15_TITLE}</h1><p>SUKAMEKAR – {S15_LEAD}</p><p><strong>Baca Juga: <a href='/x'>Bupati "
                       f"Resmikan Taman Lansia</a></strong></p><p>{html.escape(S15_QUOTE)}</p><div class='paging'>Halaman "
                       "<span>1</span> <a href='?page=2'>2</a> <a href='?page=3'>3</a> <a href='?page=2'>Berikutnya</a>"
                       "</div></article>"),
             S15_TITLE, "2026-12-07", furniture=["Baca Juga", "Taman Lansia", "Berikutnya"],
             keep=["sembilan desa", "sesuai kebutuhan"], round=3),
    HtmlCase("s15r3-html-amp-meta-line-no-json-ld",
             "<!doctype html><html ⚡ lang='id'><head><meta charset='utf-8'>"
             f"<title>{S15_TITLE} - Sukamekar News</title></head><body><header><a href='/'>Sukamekar News</a></header>"
             f"<article><h1>{S15_TITLE}</h1><div class='amp-meta'>Senin, 7 Desember 2026 | 10:15 WIB</div>"
             f"<amp-img src='a.jpg' width='600' height='400'></amp-img>{S15_STORY}</article>"
             "<footer><a href='https://news.example/a'>Lihat versi lengkap</a></footer></body></html>",
             S15_TITLE, "2026-12-07", furniture=["versi lengkap"], keep=["sembilan desa"], round=3),
    HtmlCase("s15r3-html-url-date-only",
             page_html(f"<title>{S15_TITLE}</title><link rel='canonical' href='https://news.example/2026/12/07/dinsos'>",
                       f"<article><h1>{S15_TITLE}</h1><p>{S15_LEAD}</p><p>{html.escape(S15_QUOTE)}</p></article>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa"], round=3),  # a permalink's date is the CMS's own
    HtmlCase("s15r3-html-figure-caption-inside-story",
             page_html(f"<title>{S15_TITLE}</title><meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S15_TITLE}</h1><p>SUKAMEKAR – {S15_LEAD}</p><figure><img src='a.jpg'><figcaption>"
                       "Kepala Dinas Sosial, Wulan Sari (kanan), menyerahkan kursi roda kepada warga. (Foto: Humas)</figcaption>"
                       f"</figure><p>{html.escape(S15_QUOTE)}</p><p>{S15_MORE}</p></article>"),
             S15_TITLE, "2026-12-07", furniture=["(kanan)", "Foto: Humas"], keep=["sembilan desa", "merawat kursi roda"],
             round=3),
    HtmlCase("s15r3-html-login-wall",
             page_html("<title>Masuk - Sukamekar News</title>",
                       "<main><h1>Masuk untuk melanjutkan</h1><p>Silakan masuk atau daftar untuk membaca berita ini secara "
                       "lengkap.</p><form><input name='email'><input name='password'><button>Masuk</button></form></main>"),
             None, None, round=3, refused=True),
    # ---------------- session 15, round 5: a visit's date in the header, dates of comments and sidebars -----------
    HtmlCase("s15r5-html-header-today-and-page-date",
             page_html(f"<title>{S15_TITLE} | Pemerintah Kabupaten Sukamekar</title>",
                       "<div class='topbar'><span>Selasa, 8 Desember 2026</span> <span>Pengaduan</span> <span>PPID</span></div>"
                       "<div class='menu'><a href='/'>Beranda</a> <a href='/profil'>Profil</a> <a href='/berita'>Berita</a> "
                       "<a href='/layanan'>Layanan</a></div>"
                       f"<div class='content'><h1>{S15_TITLE}</h1><div class='meta'>Senin, 7 Desember 2026 10:15</div>"
                       f"{S15_STORY}</div>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa"], round=5),
    HtmlCase("s15r5-html-header-today-only-no-page-date",
             page_html(f"<title>{S15_TITLE} | Pemerintah Kabupaten Sukamekar</title>",
                       "<div class='topbar'><span>Selasa, 8 Desember 2026</span> <span>Pengaduan</span> <span>PPID</span></div>"
                       "<div class='menu'><a href='/'>Beranda</a> <a href='/profil'>Profil</a> <a href='/berita'>Berita</a> "
                       "<a href='/layanan'>Layanan</a></div>"
                       f"<div class='content'><h1>{S15_TITLE}</h1>{S15_STORY}</div>"),
             S15_TITLE, None, keep=["sembilan desa"], round=5),
    HtmlCase("s15r5-html-comment-dates-only",
             page_html(f"<title>{S15_TITLE}</title>",
                       f"<article><h1>{S15_TITLE}</h1>{S15_STORY}</article><section class='comments'><h3>2 Komentar</h3>"
                       "<div class='comment'><b>Agus</b> <span>8 Desember 2026 pukul 10.00</span><p>Semoga bantuannya "
                       "merata sampai ke desa kami.</p></div><div class='comment'><b>Sri</b> <span>9 Desember 2026 pukul "
                       "08.00</span><p>Terima kasih Dinsos.</p></div></section>"),
             S15_TITLE, None, furniture=["Semoga bantuannya", "Terima kasih Dinsos"], keep=["sembilan desa"], round=5),
    HtmlCase("s15r5-html-short-story-long-sidebar-teasers",
             page_html(f"<title>{S15_TITLE} - Sukamekar News</title>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       f"<article><h1>{S15_TITLE}</h1>{S15_STORY}</article><aside class='sidebar'><h3>Berita Populer</h3>"
                       + "".join(f"<div class='teaser'><h4><a href='/p{k}'>Judul Berita Populer Nomor {k} di Sukamekar</a></h4>"
                                 "<p>Pemerintah Kabupaten Sukamekar kembali menggelar pasar murah di alun-alun dengan ratusan "
                                 "paket sembako yang dijual separuh harga bagi warga yang membawa kartu keluarga.</p></div>"
                                 for k in range(1, 6)) + "</aside>"),
             S15_TITLE, "2026-12-07", furniture=["pasar murah", "Berita Populer"], keep=["sembilan desa", "merawat kursi roda"],
             round=5),
    HtmlCase("s15r7-html-tag-page",
             page_html("<title>Tag: kursi roda | Sukamekar News</title>",
                       "<main><h1>Tag: kursi roda</h1>" + "".join(
                           f"<div class='item'><h2><a href='/a{k}'>{t}</a></h2><span>{d} Desember 2026</span></div>"
                           for k, (t, d) in enumerate([("Dinsos Bagikan Kursi Roda kepada 40 Penyandang Disabilitas", 7),
                                                       ("Kursi Roda Bantuan Pemprov Tiba di Sukamekar", 4),
                                                       ("Warga Cibening Terima Kursi Roda dari Baznas", 1)]))
                       + "</main>"),
             None, None, round=7, refused=True),
    HtmlCase("s15r7-html-gallery-index",
             page_html("<title>Galeri Foto | Dinas Sosial Kabupaten Sukamekar</title>",
                       "<main><h1>Galeri Foto</h1>" + "".join(
                           f"<figure><img src='g{k}.jpg'><figcaption>{t}</figcaption></figure>"
                           for k, t in enumerate(["Penyerahan Kursi Roda 2026", "Rapat Koordinasi Pendataan",
                                                  "Pelatihan Kader Desa", "Kunjungan Kerja Bupati"])) + "</main>"),
             None, None, round=7, refused=True),
    # ---------------- session 15, round 10: saved HTML, last check ---------------------------------------------------
    HtmlCase("s15r10-html-date-at-the-foot-of-the-post",
             page_html(f"<title>{S15_TITLE} | Dinsos Sukamekar</title>",
                       f"<article><h1>{S15_TITLE}</h1>{S15_STORY}<p class='post-footer'>Diposting pada 7 Desember 2026 oleh "
                       "Admin</p></article>"),
             S15_TITLE, "2026-12-07", furniture=["Diposting pada"], keep=["sembilan desa", "merawat kursi roda"], round=10),
    HtmlCase("s15r10-html-two-h1-site-and-headline",
             page_html(f"<title>{S15_TITLE} - Dinas Sosial Kabupaten Sukamekar</title>",
                       "<div class='brand'><h1>Dinas Sosial Kabupaten Sukamekar</h1></div>"
                       f"<article><h1>{S15_TITLE}</h1><div class='date'>Senin, 7 Desember 2026</div>{S15_STORY}</article>"),
             S15_TITLE, "2026-12-07", keep=["sembilan desa"], round=10),
    HtmlCase("s15r10-html-gallery-paragraph-captions",
             page_html("<title>Galeri: Penyerahan Kursi Roda di Sukamekar - Sukamekar News</title>"
                       "<meta property='article:published_time' content='2026-12-07T10:15:00+07:00'>",
                       "<article><h1>Galeri: Penyerahan Kursi Roda di Sukamekar</h1>"
                       "<img src='1.jpg'><p class='caption'>Petugas Dinas Sosial mengukur tinggi kursi roda bagi seorang "
                       "penerima di balai desa. (Foto: Humas/Rudi)</p><img src='2.jpg'><p class='caption'>Seorang ibu "
                       "mendorong anaknya dengan kursi roda baru di halaman balai desa. (Foto: Humas/Rudi)</p></article>"),
             "Galeri: Penyerahan Kursi Roda di Sukamekar", "2026-12-07", keep=["mengukur tinggi kursi roda", "mendorong anaknya"],
             round=10),
    HtmlCase("s15r10-html-breadcrumb-date-and-other-item-dates",
             page_html(f"<title>{S15_TITLE}</title>",
                       "<ul class='breadcrumb'><li>Beranda</li><li>Berita</li><li>Senin, 07 Desember 2026</li></ul>"
                       f"<article><h1>{S15_TITLE}</h1>{S15_STORY}</article><section class='related'><h3>Berita Terkait</h3>"
                       "<p><a href='/x'>Bupati Resmikan Taman Lansia di Cibening</a> Kamis, 10 Desember 2026</p></section>"),
             S15_TITLE, "2026-12-07", furniture=["Taman Lansia"], keep=["sembilan desa"], round=10),
]


@dataclass
class PdfCase:
    """A release as a PDF (built here: Helvetica text on A4 pages), read by importers.pdf through pdftotext."""
    name: str
    pages: list[list[str]]
    title: str | None
    date: str | None
    place: object = ANY
    furniture: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    round: int = 0
    refused: bool = False


def make_pdf(pages: list[list[str]], width: int = 80) -> bytes:
    """A minimal PDF (Helvetica, WinAnsi) whose pages hold the given paragraphs, wrapped at `width` characters."""
    def esc(s: str) -> str:
        return "".join("\\" + chr(b) if chr(b) in "()\\" else chr(b) if 32 <= b < 127 else "\\%03o" % b
                       for b in s.encode("cp1252"))
    objects: list = ["<< /Type /Catalog /Pages 2 0 R >>", None,
                     "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for paragraphs in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "60 780 Td"]
        for para in paragraphs:
            ops += [f"({esc(line)}) Tj T*" for line in textwrap.wrap(para, width)] + ["T*"]
        stream = "\n".join(ops + ["ET"]).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode("latin-1") + stream + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {len(objects)} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + (obj if isinstance(obj, bytes) else obj.encode("latin-1")) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


S15_KOP = ["PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL", "Jalan Veteran Nomor 12 Sukamekar 43211 Telepon (0263) 551122"]
S15_SIGNED = ["Kepala Dinas Sosial", "Kabupaten Sukamekar,", "ttd", "Wulan Sari, S.Sos., M.Si.", "NIP. 19750312 199803 2 004"]
S15_LONG_QUOTE = ("\"Alat bantu ini kami ukur satu per satu sesuai kebutuhan penerimanya, karena kursi roda yang tidak pas justru "
                  "membuat penggunanya cepat lelah dan enggan keluar rumah,\" ujar Kepala Dinas Sosial, Wulan Sari.")

S15_PDFS: list[PdfCase] = [
    # ---------------- session 15, round 2: PDF releases through pdftotext -------------------------------------------
    PdfCase("s15r2-pdf-kop-nomor-two-pages-signature",
            [S15_KOP + ["SIARAN PERS", "Nomor: 045/HM/DINSOS/XII/2026", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD,
                        "1"],
             [S15_LONG_QUOTE, S15_MORE] + S15_SIGNED + ["2"]],
            S15_TITLE, "2026-12-07", "Sukamekar",
            furniture=["PEMERINTAH", "Nomor: 045", "ttd", "NIP", "M.Si.", "Telepon"],
            keep=["sembilan desa", "enggan keluar rumah", "merawat kursi roda"], round=2),
    PdfCase("s15r2-pdf-running-header-and-dashed-page-numbers",
            [["SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", S15_TITLE, "SUKAMEKAR (7/12/2026) – " + S15_LEAD, "- 1 -"],
             ["SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", S15_LONG_QUOTE, S15_MORE, "- 2 -"]],
            S15_TITLE, "2026-12-07", "Sukamekar", furniture=["SIARAN PERS DINAS", "- 1 -", "- 2 -"],
            keep=["sembilan desa", "enggan keluar rumah", "merawat kursi roda"], round=2),
    PdfCase("s15r2-pdf-long-headline-over-two-lines",
            [["SIARAN PERS", "Dinas Sosial Kabupaten Sukamekar Bagikan Kursi Roda dan Alat Bantu Jalan kepada Empat "
              "Puluh Penyandang Disabilitas", "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE]],
            "Dinas Sosial Kabupaten Sukamekar Bagikan Kursi Roda dan Alat Bantu Jalan kepada Empat Puluh Penyandang "
            "Disabilitas", "2026-12-07", "Sukamekar", keep=["sembilan desa", "enggan keluar rumah"], round=2),
    PdfCase("s15r2-pdf-contact-block-at-the-end",
            [["SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE,
              "Untuk informasi lebih lanjut, silakan hubungi:", "Rina Marlina, Kepala Subbagian Umum",
              "Telepon 0812-3456-7890"]],
            S15_TITLE, "2026-12-07", "Sukamekar", furniture=["informasi lebih lanjut", "0812"],
            keep=["enggan keluar rumah"], round=2),
    PdfCase("s15r2-pdf-scan-without-text", [[]], None, None, round=2, refused=True),
    # ---------------- session 15, round 4: more PDFs ------------------------------------------------------------
    PdfCase("s15r4-pdf-letter-form",
            [S15_KOP + ["Nomor : 045/HM/DINSOS/XII/2026", "Lampiran : -", "Perihal : Siaran Pers", "Yth. Pimpinan Redaksi",
                        "di Tempat", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE] + S15_SIGNED],
            S15_TITLE, "2026-12-07", "Sukamekar", furniture=["Lampiran", "Perihal", "Yth.", "di Tempat", "NIP"],
            keep=["sembilan desa", "enggan keluar rumah"], round=4),
    PdfCase("s15r4-pdf-paragraph-across-a-page-break",
            [["SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", S15_TITLE,
              "SUKAMEKAR (7/12/2026) – Dinas Sosial setempat membagikan kursi roda dan alat bantu jalan kepada empat puluh "
              "penyandang", "1"],
             ["SIARAN PERS DINAS SOSIAL KABUPATEN SUKAMEKAR", "disabilitas dari sembilan desa di wilayah selatan kabupaten.",
              S15_LONG_QUOTE, "2"]],
            S15_TITLE, "2026-12-07", "Sukamekar", furniture=["SIARAN PERS DINAS"],
            keep=["empat puluh penyandang disabilitas dari sembilan desa", "enggan keluar rumah"], round=4),
    PdfCase("s15r4-pdf-english-release",
            [["PRESS RELEASE", "Social Affairs Office Hands Out 40 Wheelchairs",
              "SUKAMEKAR (December 7, 2026) – The Sukamekar Social Affairs Office handed out wheelchairs and walking aids to "
              "40 people with disabilities from nine villages.",
              "\"We measured every aid to fit the person who will use it,\" said the head of the office, Wulan Sari."]],
            "Social Affairs Office Hands Out 40 Wheelchairs", "2026-12-07", "Sukamekar", furniture=["PRESS RELEASE"],
            keep=["nine villages", "fit the person"], round=4),
]


def _run_pdfs(cases: list[PdfCase], failures: list[str]) -> tuple[int, int]:
    """(right, refused right) over PDF releases, imported as `melati import` reads a .pdf file."""
    right = refused_right = 0
    for case in cases:
        try:
            draft = parse_pdf(make_pdf(case.pages), f"{case.name}.pdf").drafts[0]
        except ImportFailure as exc:
            if case.refused and "\n" not in str(exc):
                refused_right += 1
            else:
                failures.append(f"{case.name} [pdf]: import refused: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            failures.append(f"{case.name} [pdf]: import raised {type(exc).__name__}: {exc}; story text lost")
            continue
        if case.refused:
            failures.append(f"{case.name} [pdf]: a PDF without text imported as one")
            continue
        wrong = _draft_misses(draft, case.title, case.date, case.furniture, case.keep)
        if case.place is not ANY and draft.location != case.place:
            wrong.append(f"place {draft.location!r} want {case.place!r}")
        failures.extend(f"{case.name} [pdf]: {w}" for w in wrong)
        right += not wrong
    return right, refused_right


@dataclass
class DocxCase:
    """A release written in Word (built here): paragraphs, a table given as rows of cells, a page header's lines."""
    name: str
    blocks: list  # a paragraph (str) or a table (list of rows, each a list of cell texts)
    title: str | None
    date: str | None
    place: object = ANY
    furniture: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    round: int = 0


def make_docx(blocks: list, header: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text: str) -> str:
        runs = "<w:r><w:br/></w:r>".join(f"<w:r><w:t xml:space='preserve'>{html.escape(part)}</w:t></w:r>"
                                         for part in text.split("\n"))  # a manual line break (Shift+Enter)
        return f"<w:p>{runs}</w:p>"

    def block(b) -> str:
        if isinstance(b, str):
            return para(b)
        return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in b) \
            + "</w:tbl>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{w}'><w:body>"
                   + "".join(block(b) for b in blocks) + "</w:body></w:document>")
        if header:
            z.writestr("word/header1.xml", f"<w:hdr xmlns:w='{w}'>" + "".join(para(h) for h in header) + "</w:hdr>")
    return out.getvalue()


S15_DOCX: list[DocxCase] = [
    # ---------------- session 15, round 6: Word releases ---------------------------------------------------------
    DocxCase("s15r6-docx-kop-in-header-signature",
             ["SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE, S15_MORE] + S15_SIGNED,
             S15_TITLE, "2026-12-07", "Sukamekar", furniture=["PEMERINTAH", "ttd", "NIP", "M.Si."],
             keep=["sembilan desa", "enggan keluar rumah", "merawat kursi roda"], header=S15_KOP, round=6),
    DocxCase("s15r6-docx-kop-as-table-and-nomor-table",
             [[["LOGO", "PEMERINTAH KABUPATEN SUKAMEKAR\nDINAS SOSIAL\nJalan Veteran Nomor 12 Sukamekar 43211"]],
              [["Nomor", ":", "045/HM/DINSOS/XII/2026"], ["Perihal", ":", "Siaran Pers"]],
              S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE],
             S15_TITLE, "2026-12-07", "Sukamekar", furniture=["PEMERINTAH", "045/HM", "Perihal"],
             keep=["sembilan desa", "enggan keluar rumah"], round=6),
    DocxCase("s15r6-docx-manual-break-inside-dateline",
             ["SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 –\n" + S15_LEAD, S15_LONG_QUOTE],
             S15_TITLE, "2026-12-07", "Sukamekar", keep=["sembilan desa", "enggan keluar rumah"], round=6),
    DocxCase("s15r6-docx-no-title-bold-caps-dateline",
             ["SUKAMEKAR (7/12/2026) – " + S15_LEAD, S15_LONG_QUOTE, S15_MORE],
             None, "2026-12-07", "Sukamekar", keep=["sembilan desa", "merawat kursi roda"], round=6),
]


def _run_docx(cases: list[DocxCase], failures: list[str]) -> int:
    right = 0
    for case in cases:
        try:
            draft = parse_docx(make_docx(case.blocks, case.header), f"{case.name}.docx").drafts[0]
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            failures.append(f"{case.name} [docx]: import raised {type(exc).__name__}: {exc}; story text lost")
            continue
        wrong = _draft_misses(draft, case.title, case.date, case.furniture, case.keep)
        if case.place is not ANY and draft.location != case.place:
            wrong.append(f"place {draft.location!r} want {case.place!r}")
        failures.extend(f"{case.name} [docx]: {w}" for w in wrong)
        right += not wrong
    return right


@dataclass
class EmlCase:
    """A release that came by mail, saved as .eml (built here): the mail's text and its attachments."""
    name: str
    body: str
    attachments: list  # (file name, bytes)
    sources: list[str]  # the drafts' sources, in order
    title: str | None
    date: str | None
    furniture: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    round: int = 0


def make_eml(body: str, attachments: list) -> str:
    message = MIMEMultipart() if attachments else MIMEText(body, "plain", "utf-8")
    if attachments:
        message.attach(MIMEText(body, "plain", "utf-8"))
        for name, data in attachments:
            part = MIMEApplication(data)
            part.add_header("Content-Disposition", "attachment", filename=name)
            message.attach(part)
    for key, value in (("From", "Humas Dinsos <humas@dinsos.example>"), ("To", "redaksi@koran.example"),
                       ("Subject", "Fwd: Siaran Pers"), ("Date", "Fri, 18 Dec 2026 08:00:00 +0700")):
        message[key] = value
    return message.as_string()


S15_COVER = "Yth. Redaksi,\n\nTerlampir siaran pers kegiatan kami hari ini. Terima kasih.\n\nSalam,\nHumas Dinsos\n"
S15_EML: list[EmlCase] = [
    # ---------------- session 15, round 8: releases that came by mail ----------------------------------------------
    EmlCase("s15r8-eml-release-in-the-text",
            "\n\n".join([S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD, S15_LONG_QUOTE, "Salam,\nHumas Dinsos"]), [],
            ["s15r8-eml-release-in-the-text.eml"], S15_TITLE, "2026-12-07", keep=["sembilan desa", "enggan keluar rumah"],
            round=8),
    EmlCase("s15r8-eml-cover-note-and-pdf",
            S15_COVER, [("siaran.pdf", make_pdf([["SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD,
                                                  S15_LONG_QUOTE]]))],
            ["s15r8-eml-cover-note-and-pdf.eml#siaran.pdf"], S15_TITLE, "2026-12-07", furniture=["Terlampir"],
            keep=["sembilan desa", "enggan keluar rumah"], round=8),
    EmlCase("s15r8-eml-cover-note-and-docx",
            S15_COVER, [("siaran.docx", make_docx(["SIARAN PERS", S15_TITLE, "Sukamekar, 7 Desember 2026 – " + S15_LEAD,
                                                   S15_LONG_QUOTE], S15_KOP))],
            ["s15r8-eml-cover-note-and-docx.eml#siaran.docx"], S15_TITLE, "2026-12-07", furniture=["Terlampir", "PEMERINTAH"],
            keep=["sembilan desa", "enggan keluar rumah"], round=8),
]


def _run_eml(cases: list[EmlCase], failures: list[str]) -> int:
    right = 0
    for case in cases:
        try:
            parsed = parse_email(make_eml(case.body, case.attachments), f"{case.name}.eml")
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            failures.append(f"{case.name} [eml]: import raised {type(exc).__name__}: {exc}; story text lost")
            continue
        wrong = [] if [d.source for d in parsed.drafts] == case.sources else [
            f"drafts {[d.source for d in parsed.drafts]} want {case.sources}"]
        if parsed.drafts:
            wrong += _draft_misses(parsed.drafts[0], case.title, case.date, case.furniture, case.keep)
        failures.extend(f"{case.name} [eml]: {w}" for w in wrong)
        right += not wrong
    return right


# Saved HTML pages of the rounds above saved again as one file (MHTML, as Chrome writes it): the same answers.
S15_MHTML = {"s15r1-html-breadcrumb-date-no-meta": 5, "s15r3-html-pemkab-cms-date-span-and-sidebar-dates": 5,
             "s15r3-html-joomla-published-utc": 5, "s15r5-html-header-today-only-no-page-date": 5,
             "s15r1-html-404-with-menus": 5}


def as_mhtml(page: str) -> str:
    """A page as Chrome's "Webpage, Single File" writes it: headers dated the day of saving, the page quoted-printable."""
    boundary = "----MultipartBoundary--probe----"
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\nSnapshot-Content-Location: https://sukamekar.example/berita/a\n"
            "Subject: halaman\nDate: Fri, 18 Dec 2026 08:00:00 +0700\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"{boundary}\"\n\n\n--{boundary}\n"
            "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
            f"Content-Location: https://sukamekar.example/berita/a\n\n{body}\n--{boundary}--\n")


def _run_mhtml(n: int, failures: list[str]) -> tuple[int, int]:
    """(right, run) over round n's MHTML copies of saved HTML pages."""
    cases = [c for c in S15_HTML if S15_MHTML.get(c.name) == n]
    right = 0
    for case in cases:
        try:
            draft = parse_mhtml(as_mhtml(case.html), f"{case.name}.mhtml").drafts[0]
        except ImportFailure as exc:
            if case.refused and "\n" not in str(exc):
                right += 1
            else:
                failures.append(f"{case.name} [mhtml]: import refused: {exc}")
            continue
        if case.refused:
            failures.append(f"{case.name} [mhtml]: a page that is no article imported as one")
            continue
        wrong = _draft_misses(draft, case.title, case.date, case.furniture, case.keep)
        failures.extend(f"{case.name} [mhtml]: {w}" for w in wrong)
        right += not wrong
    return right, len(cases)


def _refusal_misses(case) -> list[str]:
    """A page that is no article: the text and HTML imports refuse it with one Indonesian line."""
    wrong = []
    tries = [("html", lambda: parse_html(case.html, f"{case.name}.html"))] if isinstance(case, HtmlCase) else [
        ("text", lambda: parse_text(case.text, f"{case.name}.txt")),
        ("html", lambda: parse_html(_as_html(case), f"{case.name}.html"))]
    for how, run_it in tries:
        try:
            run_it()
        except ImportFailure as exc:
            if "\n" in str(exc) or len(str(exc)) > 200:
                wrong.append(f"[{how}] refusal is not one short line: {exc!r}")
            continue
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            wrong.append(f"[{how}] import raised {type(exc).__name__}: {exc}")
            continue
        wrong.append(f"[{how}] a page that is no article imported as one")
    return wrong


def _run_session15(failures: list[str], verbose: bool) -> int:
    """Each session-15 round: the text reading, the same page as HTML, extract(), saved HTML, and the pages that
    are no article (refused). Returns the wrong dates outside KNOWN_LEFT."""
    wrong_dates = 0
    for n in sorted({c.round for c in S15_CASES} | {c.round for c in S15_HTML} | {c.round for c in S15_PDFS}
                    | {c.round for c in S15_DOCX} | {c.round for c in S15_EML}):
        cases = [c for c in S15_CASES if c.round == n and not c.refused]
        raw = [c for c in S15_HTML if c.round == n and not c.refused]
        refused = [c for c in S15_CASES + S15_HTML if c.round == n and c.refused]
        before = len(failures)
        got, _ = _run_text(cases, failures, verbose)
        as_html = _run_html(cases, failures)
        ex_right, _ = _run_extract(cases, failures)
        raw_right, _ = _run_raw_html(raw, failures)
        mhtml_right, mhtml_run = _run_mhtml(n, failures)
        docs = [c for c in S15_DOCX if c.round == n]
        docx_right = _run_docx(docs, failures)
        mails = [c for c in S15_EML if c.round == n]
        eml_right = _run_eml(mails, failures)
        pdfs = [c for c in S15_PDFS if c.round == n]
        pdf_right, pdf_refused = _run_pdfs(pdfs, failures)
        refused_right = pdf_refused
        refused += [c for c in pdfs if c.refused]
        for case in [c for c in refused if not isinstance(c, PdfCase)]:
            wrong = _refusal_misses(case)
            failures.extend(f"{case.name} {w}" for w in wrong)
            refused_right += not wrong
        wrong_dates += sum(1 for line in failures[before:] if _wrong_date(line))
        print(f"probe_pages session 15 round {n}: {len(cases)} pages; " + _summary(got, 0)
              + f"; as HTML {as_html}/{len(cases)}; extract() {ex_right}/{len(cases)}; saved HTML {raw_right}/{len(raw)}; "
              f"PDF releases {pdf_right}/{sum(not c.refused for c in pdfs)}; Word {docx_right}/{len(docs)}; mail {eml_right}/{len(mails)}; "
              f"MHTML {mhtml_right}/{mhtml_run}; "
              f"no-article pages refused {refused_right}/{len(refused)}")
    return wrong_dates


# ---------------- session 16: forms found reading real pages nobody here had seen (wild reading) ----------------
S16_TITLE = "Dinsos Sukamekar Bagikan Paket Sembako untuk Korban Angin Kencang"
S16_LEAD = ("Dinas Sosial Kabupaten Sukamekar membagikan 300 paket sembako kepada keluarga yang rumahnya rusak diterjang "
            "angin kencang di Kecamatan Cibening, pekan ini.")
S16_QUOTE = "\"Paket kami antar sampai ke rumah supaya warga tidak perlu antre,\" kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat."
S16_MORE = "Petugas juga mendata rumah yang atapnya rusak untuk diperbaiki bersama warga."
S16_DENSE = ("Dinas Sosial Kabupaten Sukamekar bersama Badan Amil Zakat Nasional (Baznas) dan Palang Merah Indonesia (PMI) "
             "Cabang Sukamekar menandatangani Nota Kesepahaman Layanan Korban Bencana, Senin (7/12).")
S16_SIGNERS = ("Penandatanganan dilakukan oleh Kepala Dinas Sosial Rahmat Hidayat, Ketua Baznas Siti Aminah, Ketua PMI "
               "Cabang Sukamekar Dodi Pratama, disaksikan Bupati Sukamekar Asep Sunandar di Pendopo Sukamekar.")
S16_CAPS_LEAD = ("DINAS Sosial (Dinsos) Kabupaten Sukamekar membuka tiga Lumbung Sosial (Lumsos) baru di Kecamatan Cibening, "
                 "Cikadu dan Sindang. Pasalnya, Lumbung Sosial (Lumsos) Kecamatan Sukamekar tidak menampung stok Bencana Alam (BA).")

S16_CASES: list[Case] = [
    # ---------------- round 1: this session's forms (lead paragraphs, datelines, captions, widgets) and near misses
    Case("s16r1-dense-lead-under-caps-title-twice",
         p("Kegiatan", S16_TITLE.upper(), S16_TITLE.upper(), S16_DENSE, S16_SIGNERS, S16_QUOTE, S16_MORE),
         S16_TITLE.upper(), None, None, keep=["Nota Kesepahaman Layanan", "Penandatanganan dilakukan", "tidak perlu antre"],
         round=1),
    Case("s16r1-caps-first-word-lead-under-teasers",
         p("Headline", "Pemerintah mengubah aturan tentang pupuk bersubsidi.", "Harga beras medium turun dua persen.",
           S16_CAPS_LEAD, S16_QUOTE, S16_MORE),
         None, None, None, furniture=["pupuk bersubsidi", "beras medium"], keep=["DINAS Sosial (Dinsos)", "tidak perlu antre"],
         round=1),
    Case("s16r1-dense-lead-under-byline-bar",
         p(S16_TITLE, "Reporter: Rina Marlina | Editor: Dodi Pratama",
           "Dinas Sosial Kabupaten Sukamekar melalui Unit Pelaksana Teknis Daerah (UPTD) Rumah Singgah Cibening mengantar "
           "Bantuan Alat Bantu Dengar kepada Sekolah Luar Biasa (SLB) Cempaka, Rabu (2/12).", S16_QUOTE, S16_MORE),
         S16_TITLE, None, None, furniture=["Reporter: Rina"], keep=["Dinas Sosial Kabupaten Sukamekar melalui Unit", "tidak perlu antre"], round=1),
    Case("s16r1-dateline-alone-closed-by-dash",
         p(S16_TITLE, "Senin, 7 Desember 2026 10:15 WIB", "SUKAMEKAR –", S16_LEAD, S16_QUOTE),
         S16_TITLE, "2026-12-07", "Sukamekar", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-place-and-province-alone-closed-by-dash",
         p(S16_TITLE, "Cibening, Jawa Barat -", S16_LEAD, S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket", "atapnya rusak"], round=1),
    Case("s16r1-place-then-site-without-space",
         p(S16_TITLE, "Cibening Raya,kabarsukamekar.com-", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening Raya", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-outlet-named-by-address-then-province",
         p("Kabarcempaka.co Unduh aplikasi di Play Store", "Berita", "Jaringan", S16_TITLE,
           "KABAR CEMPAKA, JAWA BARAT – " + S16_LEAD, S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Jawa Barat", furniture=["Unduh aplikasi"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-caption-label-and-photographer-over-dateline",
         p(S16_TITLE, "SERAHKAN BANTUAN - Kepala Dinas Sosial, Rahmat Hidayat, saat menyerahkan paket sembako kepada warga "
           "Kecamatan Cibening. DODI PRATAMA", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Sukamekar", furniture=["SERAHKAN BANTUAN", "DODI PRATAMA"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-caption-office-documentation-over-outlet-dateline",
         p(S16_TITLE, "ANTRE BANTUAN - Warga mengantre paket sembako di balai desa. Dok Humas Sukamekar",
           "KABARSUKAMEKAR.COM - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, furniture=["ANTRE BANTUAN", "Dok Humas"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-caption-colon-label-written-twice",
         p(S16_TITLE, "BANTUAN SEMBAKO: Kepala Dinas Sosial, Rahmat Hidayat, menyerahkan paket kepada warga Cibening, kemarin. "
           "(RINA/KABAR SUKAMEKAR).", "BANTUAN SEMBAKO: Kepala Dinas Sosial, Rahmat Hidayat, menyerahkan paket kepada warga "
           "Cibening, kemarin. (RINA/KABAR SUKAMEKAR).", S16_LEAD, S16_QUOTE, S16_MORE),
         S16_TITLE, None, None, furniture=["BANTUAN SEMBAKO:", "RINA/KABAR"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-caption-site-and-office-credit-over-dateline",
         p("KABARKU.COM - Bupati Sukamekar, Asep Sunandar, meninjau rumah warga yang rusak di Cibening, Senin (7/12/2026). "
           "(Kabarku.com-Humas Pemkab Sukamekar)", "Kabarku.com, CIBENING — " + S16_LEAD, S16_QUOTE),
         None, None, "Cibening", furniture=["meninjau rumah warga", "Humas Pemkab"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-colon-headline-over-loading-widget",
         p("Angin Kencang di Cibening, Asep: Balai Desa Jadi Tempat Menginap", "loading...", "A", "A", "A",
           "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         "Angin Kencang di Cibening, Asep: Balai Desa Jadi Tempat Menginap", None, "Sukamekar",
         furniture=["loading"], keep=["membagikan 300 paket"], round=1),
    Case("s16r1-credit-listed-as-item-under-story",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, S16_QUOTE, "Penulis : Rina Marlina", "- Penulis: kabarsukamekar"),
         S16_TITLE, None, "Sukamekar", furniture=["Penulis"], keep=["tidak perlu antre"], round=1),
    Case("s16r1-related-reading-label-inside-story",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Bacaan Lainnya", S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Sukamekar", furniture=["Bacaan Lainnya"], keep=["tidak perlu antre", "atapnya rusak"], round=1),
    Case("s16r1-caps-place-paper-in-parens-colon",
         p(S16_TITLE, "CIBENING (Kabarku): " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-place-and-site-line-closed-by-full-stop",
         p(S16_TITLE, "Cibening Raya,kabarku.com.", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening Raya", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-site-then-place-line",
         p(S16_TITLE, "kabarku.co.id, Cibening Raya", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening Raya", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-office-short-form-headline-repeated-in-bullets",
         p("Pemerintah Kabupaten Sukamekar", "Bagikan:", "Plt. Kadinsos: Lumbung Sosial Cibening Siap Layani Pengungsi",
           "• Plt. Kadinsos: Lumbung Sosial Cibening Siap Layani Pengungsi",
           "• Plt. Kadinsos: Lumbung Sosial Cibening Siap Layani Pengungsi", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         "Plt. Kadinsos: Lumbung Sosial Cibening Siap Layani Pengungsi", None, "Sukamekar", keep=["membagikan 300 paket"],
         round=1),
    Case("s16r1-collection-link-label-is-no-headline",
         p("Headline", "Kumpulan Berita DPRD Sukamekar", S16_CAPS_LEAD, S16_QUOTE),
         None, None, None, furniture=["Kumpulan Berita"], keep=["DINAS Sosial (Dinsos)"], round=1),
    Case("s16r1-weekday-date-opening-without-dash",
         p("DINSOS BAGIKAN ALAT BANTU DENGAR UNTUK ANAK",
           "Sukamekar, Rabu 18 November 2026 bertempat di Pendopo, Dinas Sosial Kabupaten Sukamekar membagikan alat bantu "
           "dengar kepada dua puluh anak.", S16_MORE),
         "DINSOS BAGIKAN ALAT BANTU DENGAR UNTUK ANAK", "2026-11-18", "Sukamekar",
         keep=["bertempat di Pendopo", "atapnya rusak"], round=1),
    # near misses: the same shapes that are no dateline, caption or headline
    Case("s16r1-desk-and-site-line-is-no-place",
         p(S16_TITLE, "Redaksi - kabarku.id", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, keep=["membagikan 300 paket"], round=1),
    Case("s16r1-caps-label-with-note-in-parens-is-no-place",
         p(S16_TITLE, "PENTING (Harap Dibaca): " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, keep=["membagikan 300 paket"], round=1),
    Case("s16r1-name-weekday-date-sentence-is-no-dateline",
         p("Relawan Muda Jaga Posko Pengungsian Cibening",
           "Rahmat, Rabu 18 November 2026 menjadi hari pertama ia bertugas di posko pengungsian Cibening bersama puluhan "
           "relawan lain.", S16_MORE),
         "Relawan Muda Jaga Posko Pengungsian Cibening", None, None, keep=["hari pertama ia bertugas"], round=1),
    Case("s16r1-two-sentences-are-no-headline",
         p("Bantuan Cair. Warga Cibening Senang", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         None, None, "Sukamekar", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-sentence-about-reading-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Bacaan lain yang disiapkan dinas untuk anak pengungsi adalah buku cerita.",
           S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["Bacaan lain yang disiapkan"], round=1),
    Case("s16r1-dateline-paragraph-closed-by-caps-name-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD[:-1] + ", kata Kepala Dinas Sosial. RAHMAT HIDAYAT", S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-doctor-title-headline",
         p("Dr. Rina Resmikan Posyandu Lansia di Cibening", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         "Dr. Rina Resmikan Posyandu Lansia di Cibening", None, "Sukamekar", keep=["membagikan 300 paket"], round=1),
    Case("s16r1-short-dek-sentence-over-caps-lead-stays-out",
         p("Harga beras medium di pasar induk turun dua persen pekan ini.", S16_CAPS_LEAD, S16_QUOTE),
         None, None, None, keep=["DINAS Sosial (Dinsos)"], round=1),
    # ---------------- round 2: batch-2 forms (comment prompts, photo credit lines, deks over credits, copied markup)
    # and spellings of round 1's forms it did not try
    Case("s16r2-comment-prompt-then-widget-dates",
         p(S16_TITLE, "SUKAMEKAR (Kabarku): " + S16_LEAD, S16_QUOTE, "Berikan Komentar", "Kawan, baca juga kabar lain...",
           "4120", "Kominfo Sukamekar", "03-Nov-2026", "215", "03-Nov-2026", "Pemkab Sukamekar", "Pemkab Cibening"),
         S16_TITLE, None, "Sukamekar", furniture=["Berikan Komentar", "Kominfo Sukamekar", "Pemkab Cibening"],
         keep=["tidak perlu antre"], round=2),
    Case("s16r2-tulis-komentar-prompt",
         p(S16_TITLE, "Senin, 7 Desember 2026", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE, "Tulis Komentar",
           "Nama", "Email", "Kirim"),
         S16_TITLE, "2026-12-07", "Sukamekar", furniture=["Tulis Komentar"], keep=["tidak perlu antre"], round=2),
    Case("s16r2-photo-credit-line-caps-outlet-over-caption",
         p("Berita Viral", S16_TITLE, "Penulis: Rina Marlina | Editor: Dodi Pratama", "KABARKU.COM/RINA MARLINA",
           "Warga memperbaiki atap rumah yang rusak diterjang angin di Kecamatan Cibening, Kabupaten Sukamekar",
           "KABARKU.COM - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, furniture=["KABARKU.COM/RINA", "Warga memperbaiki atap", "Penulis: Rina"],
         keep=["membagikan 300 paket"], round=2),
    Case("s16r2-page-two-dek-over-credits",
         p("Berita Viral", S16_TITLE,
           "Ratusan rumah di Cibening rusak diterjang angin kencang sejak Minggu malam.",
           "Penulis: Rina Marlina | Editor: Dodi Pratama", S16_QUOTE, S16_MORE),
         S16_TITLE, None, None, furniture=["Ratusan rumah di Cibening rusak"], keep=["tidak perlu antre", "atapnya rusak"],
         round=2),
    Case("s16r2-one-paragraph-release-over-writer",
         p(S16_TITLE, S16_LEAD, "Penulis: Rina Marlina"),
         S16_TITLE, None, None, keep=["membagikan 300 paket"], round=2),
    Case("s16r2-paragraph-markup-copied",
         p("Kabarku - Kabar Sukamekar Hari Ini",
           "<p><strong>Kabarku.com, CIBENING &mdash;</strong> " + S16_LEAD + "</p><p>&quot;Paket kami antar sampai ke rumah "
           "supaya warga tidak perlu antre,&quot; kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat.</p><p>" + S16_MORE + "</p>"),
         None, None, "Cibening", furniture=["<p>", "&mdash;", "&quot;"], keep=["membagikan 300 paket", "atapnya rusak"],
         round=2),
    Case("s16r2-person-caption-assistant",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Asisten II Bidang Ekonomi, Rahmat", S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Sukamekar", furniture=["Asisten II Bidang"], keep=["tidak perlu antre"], round=2),
    Case("s16r2-caps-dateline-alone-em-dash",
         p(S16_TITLE, "CIBENING —", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket"], round=2),
    Case("s16r2-caps-place-and-short-province-alone",
         p(S16_TITLE, "SUKAMEKAR, JABAR –", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["membagikan 300 paket"], round=2),
    Case("s16r2-place-then-caps-domain-alone",
         p(S16_TITLE, "Cibening, KABARKU.ID -", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket"], round=2),
    Case("s16r2-caption-label-photographer-colon-over-dateline",
         p(S16_TITLE, "BAGI SEMBAKO: Petugas Dinas Sosial membagikan paket kepada warga Cibening, kemarin. RINA MARLINA",
           "CIBENING - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", furniture=["BAGI SEMBAKO", "RINA MARLINA"], keep=["membagikan 300 paket"], round=2),
    Case("s16r2-plt-headline-no-colon",
         p("Plt. Bupati Sukamekar Tinjau Rumah Warga yang Rusak Diterjang Angin", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         "Plt. Bupati Sukamekar Tinjau Rumah Warga yang Rusak Diterjang Angin", None, "Sukamekar",
         keep=["membagikan 300 paket"], round=2),
    Case("s16r2-dense-lead-with-weekday-date-line-above",
         p(S16_TITLE, "Senin, 7 Desember 2026 | 10:15 WIB", S16_DENSE, S16_SIGNERS, S16_QUOTE),
         S16_TITLE, "2026-12-07", None, keep=["Nota Kesepahaman Layanan", "Penandatanganan dilakukan"], round=2),
    Case("s16r2-weekday-date-opening-caps-place",
         p(S16_TITLE, "SUKAMEKAR, Senin 7 Desember 2026 bertempat di Pendopo, Dinas Sosial menyerahkan bantuan kepada "
           "warga Cibening yang rumahnya rusak.", S16_QUOTE),
         S16_TITLE, "2026-12-07", "Sukamekar", keep=["bertempat di Pendopo"], round=2),
    # near misses
    Case("s16r2-web-address-sentence-over-story-is-no-place",
         p(S16_TITLE, "Informasi lengkap dapat dilihat di situs dinsos.sukamekar.go.id.", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, keep=["membagikan 300 paket", "Informasi lengkap"], round=2),
    Case("s16r2-story-line-with-a-slash-and-domain-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Pendaftaran dibuka di laman kabarku.com/daftar mulai pekan depan.",
           S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["Pendaftaran dibuka di laman"], round=2),
    # ---------------- round 3: batch-3 forms (outlet names before a city, addresses that lost their dots, ad slots,
    # tags under a bare label, camera settings, pull quotes) and their near misses
    Case("s16r3-title-case-outlet-then-known-city",
         p(S16_TITLE, "Kabar Timur, Bandung – " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Bandung", keep=["membagikan 300 paket"], round=3),
    Case("s16r3-place-then-address-without-dots",
         p(S16_TITLE, "Cibening, Kabarku news com – " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket"], round=3),
    Case("s16r3-ad-slots-tags-and-link-notice-after-story",
         p("Ad Under Header", S16_TITLE, "SUKAMEKAR - " + S16_LEAD, S16_QUOTE, "Tags:", "Sosial", "Bantuan",
           "Top ad", "Middle Ad 1", "Parallax Ad", "Middle Ad 2", "Bottom Ad", "Link copied to clipboard."),
         S16_TITLE, None, "Sukamekar", furniture=["Ad Under Header", "Top ad", "Middle Ad", "Bottom Ad", "Link copied",
                                                  "Sosial\nBantuan"],
         keep=["tidak perlu antre"], round=3),
    Case("s16r3-camera-settings-under-photo",
         p(S16_TITLE, "IMG-20261207-WA0012.jpg", "SUKAMEKAR - " + S16_LEAD, "module: b;", "hw-remosaic: 1;",
           "touch: (-2.0, -2.0);", "sceneMode: Night;", "cct_value: 5;", "aec_lux: 96.5;", S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Sukamekar", furniture=["module: b;", "sceneMode", "aec_lux", "IMG-2026"],
         keep=["tidak perlu antre", "atapnya rusak"], round=3),
    Case("s16r3-pull-quote-over-its-quote",
         p(S16_TITLE, "Kamis, 10 Desember 2026 Reporter: Rina Editor: Dodi 214",
           "Paket kami antar sampai ke rumah supaya warga tidak perlu antre",
           "SUKAMEKAR - " + S16_LEAD, S16_QUOTE, S16_MORE),
         S16_TITLE, "2026-12-10", "Sukamekar", keep=["membagikan 300 paket", "tidak perlu antre,\" kata"], round=3),
    Case("s16r3-pull-quote-inside-the-story",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Paket kami antar sampai ke rumah supaya warga tidak perlu antre",
           S16_QUOTE, S16_MORE),
         S16_TITLE, None, "Sukamekar", keep=["tidak perlu antre,\" kata", "atapnya rusak"], round=3),
    # near misses
    Case("s16r3-name-then-unknown-place-is-no-place",
         p(S16_TITLE, "Rina Marlina, Cempakawangi – " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, keep=["membagikan 300 paket"], round=3),
    Case("s16r3-labelled-agenda-lines-stay",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Jadwal penyaluran berikutnya:", "Lokasi: Balai Desa Cibening;",
           "Waktu: pukul 09.00 WIB;", S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["Lokasi: Balai Desa Cibening;", "Waktu: pukul 09.00 WIB;"], round=3),
    Case("s16r3-sentence-after-tags-label-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Tags:", "Warga Cibening kini menerima makanan bergizi setiap pagi.",
           S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["menerima makanan bergizi setiap pagi"], round=3),
    Case("s16r3-top-advice-line-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Top ad hoc team di Cibening dibentuk untuk mendata rumah yang rusak.",
           S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["Top ad hoc team"], round=3),
    Case("s16r3-repeated-sentence-far-below-stays-once",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Warga diminta melapor ke posko bila rumahnya rusak", S16_QUOTE,
           S16_MORE, "Petugas berjaga di posko sampai akhir pekan.", "Tim juga menyiapkan dapur umum di balai desa.",
           "Posko dibuka di kantor kecamatan sejak Minggu.", "Bantuan tambahan datang dari provinsi.",
           "Relawan membantu membersihkan puing di tiga dusun.", "Sekolah di Cibening tetap buka seperti biasa.",
           "Bupati meminta camat mendata kerusakan rumah warga dengan teliti. Warga diminta melapor ke posko bila "
           "rumahnya rusak, kata bupati."),
         S16_TITLE, None, "Sukamekar", keep=["Warga diminta melapor ke posko bila rumahnya rusak\n"], round=3),
    # ---------------- round 4: batch-4 forms (news-word outlets after the place, credit lines in capitals over a
    # labelled caption) and near misses
    Case("s16r4-place-then-news-word-outlet",
         p(S16_TITLE, "Keterangan Gambar : Petugas membagikan paket kepada warga, Senin (7/12/26).",
           "Sukamekar, Kabar Pos – " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Sukamekar", furniture=["Keterangan Gambar"], keep=["membagikan 300 paket"], round=4),
    Case("s16r4-place-then-times-outlet",
         p(S16_TITLE, "Cibening, Priangan Times - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Cibening", keep=["membagikan 300 paket"], round=4),
    Case("s16r4-caps-credit-line-over-labelled-caption",
         p("Berita Viral", S16_TITLE, "Penulis: Rina Marlina | Editor: Dodi Pratama", "KORAN SUKAMEKAR/DODI PRATAMA",
           "ANTRE BANTUAN - Warga mengantre paket sembako di balai desa Cibening, Senin (7/12/2026).",
           "KABARKU.COM - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, furniture=["DODI PRATAMA", "ANTRE BANTUAN"], keep=["membagikan 300 paket"], round=4),
    Case("s16r4-caps-credit-line-over-story-dateline",
         p(S16_TITLE, "KORAN SUKAMEKAR/DODI PRATAMA", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Sukamekar", furniture=["DODI PRATAMA"], keep=["SUKAMEKAR - Dinas Sosial"], round=4),
    # near misses
    Case("s16r4-caps-acronym-slash-in-story-stays",
         p(S16_TITLE, "SUKAMEKAR - " + S16_LEAD, "Bantuan disalurkan lewat PKH/BPNT kepada 300 keluarga penerima.",
           S16_QUOTE),
         S16_TITLE, None, "Sukamekar", keep=["PKH/BPNT"], round=4),
    Case("s16r4-two-word-place-then-outlet-is-still-the-place",
         p(S16_TITLE, "Bandar Lampung, Lampung Post – " + S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Bandar Lampung", keep=["membagikan 300 paket"], round=4),
    # ---------------- round 5: batch-5 forms (a lead glued to its outlet, a photo's title over its credited caption,
    # "Kota, Koran" over the story) and near misses
    Case("s16r5-lead-glued-to-outlet-under-headline",
         p("1", "Camat Cibening Pimpin Rakor Posyandu",
           "Kabarku-Rapat Koordinasi Posyandu (Rakor Posyandu) tingkat kecamatan tahun 2027, dipimpin Camat Cibening "
           "bersama Puskesmas Cibening, Kabupaten Sukamekar, Senin (7/12/2026).",
           "Rapat itu menyusun jadwal kunjungan kader ke rumah lansia untuk tahun depan.", S16_QUOTE),
         "Camat Cibening Pimpin Rakor Posyandu", None, None, keep=["Kabarku-Rapat Koordinasi Posyandu", "tidak perlu antre"],
         round=5),
    Case("s16r5-photo-titles-over-credited-captions",
         p(S16_TITLE, "Dinas Sosial Sukamekar membagikan 300 paket sembako kepada korban angin kencang.",
           "oleh Kabarku.com diperbarui 8 Des 2026, 08:30 WIB", "Diterbitkan 8 Des 2026, 08:30 WIB",
           "Kepala Dinsos Tinjau Rumah Rusak di Cibening",
           "Kepala Dinas Sosial meninjau rumah warga yang atapnya rusak. (Foto: Kabarku/ Rina Marlina)",
           "Kabarku.com, Sukamekar - " + S16_LEAD, S16_QUOTE, "Relawan Bantu Bersihkan Puing",
           "Relawan membersihkan puing di Dusun Cempaka, Senin (7/12). (Kabarku.com/Dodi Pratama)", S16_MORE),
         S16_TITLE, "2026-12-08", "Sukamekar", furniture=["Relawan Bantu Bersihkan Puing", "Kepala Dinsos Tinjau"],
         keep=["membagikan 300 paket", "atapnya rusak untuk"], round=5),
    Case("s16r5-place-and-paper-over-story",
         p(S16_TITLE, "Bandung, Kabarku", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, "Bandung", keep=["membagikan 300 paket"], round=5),
    # near misses
    Case("s16r5-long-title-case-headline-without-full-stop-stays",
         p("Dinsos Sukamekar Bagikan 300 Paket Sembako dan Selimut untuk Keluarga Korban Angin Kencang di Tiga Desa "
           "Kecamatan Cibening", "SUKAMEKAR - " + S16_LEAD, S16_QUOTE),
         "Dinsos Sukamekar Bagikan 300 Paket Sembako dan Selimut untuk Keluarga Korban Angin Kencang di Tiga Desa "
         "Kecamatan Cibening", None, "Sukamekar", keep=["membagikan 300 paket"], round=5),
    Case("s16r5-writer-and-village-over-story-is-no-place",
         p(S16_TITLE, "Rina, Cempakawangi", S16_LEAD, S16_QUOTE),
         S16_TITLE, None, None, keep=["membagikan 300 paket"], round=5),
]


S18_TITLE = "Dinsos Sukamekar Salurkan Sembako untuk Korban Banjir"
S18_LEAD = ("Dinas Sosial Kabupaten Sukamekar menyalurkan 300 paket sembako kepada warga terdampak banjir di Kecamatan "
            "Cibening, Jumat (7/3/2025).")
S18_QUOTE = "\"Paket kami antar sampai ke rumah agar warga tidak perlu antre,\" ujar Kepala Dinas Sosial Sukamekar, Rahmat Hidayat."
S18_MORE = "Petugas juga membagikan terpal dan selimut untuk keluarga yang rumahnya terendam."
S18_CASES: list[Case] = [
    # ---------------- round 1 (written before it ran): what a page shows over the story that is no headline
    Case("s18r1-top-bar-date-over-placeholders",
         p("Selasa, Agustus 12, 2025", "spot_img", "spot_img", S18_TITLE, "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         S18_TITLE, None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-top-bar-date-over-glued-breadcrumb",
         p("Kamis, 6 November 2025", "BerandaBeritaDaerah" + S18_TITLE, S18_TITLE, "Sukamekar (Humas) – " + S18_LEAD,
           S18_QUOTE, S18_MORE),
         S18_TITLE, None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-stamp-with-writer-after-dash-under-dek",
         p(S18_TITLE, "Ratusan keluarga di Cibening menerima paket sembako dan terpal dari dinas sosial.",
           "Jumat, 07 Maret 2025 09:45 WIB Jurnalis - Rina Marlina", "Sukamekar, Kabarku.id - " + S18_LEAD, S18_QUOTE),
         S18_TITLE, "2025-03-07", "Sukamekar", furniture=["Jurnalis - Rina"], keep=["300 paket sembako"], round=1),
    Case("s18r1-caption-with-slash-credit-under-stamp",
         p("Kamis, 6 November 2025", S18_TITLE, "Jumat, 7 Maret 2025 14:20", "Penyaluran sembako di Kecamatan Cibening 2025/IST",
           "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         S18_TITLE, "2025-03-07", "Sukamekar", furniture=["2025/IST"], keep=["300 paket sembako"], round=1),
    Case("s18r1-report-credit-with-colon-over-story",
         p("Laporan: Rina Marlina", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         None, None, "Sukamekar", furniture=["Laporan: Rina"], keep=["300 paket sembako"], round=1),
    Case("s18r1-reporter-label-peliput-over-story",
         p(S18_TITLE, "Peliput : Dodi Pratama", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         S18_TITLE, None, "Sukamekar", furniture=["Peliput"], keep=["300 paket sembako"], round=1),
    Case("s18r1-person-caption-office-and-name-over-story",
         p("Kepala Dinas Sosial Kabupaten Sukamekar Rahmat Hidayat", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         None, None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-person-caption-short-office-and-name-over-story",
         p("Kasi Rehabilitasi Sosial Dinsos Sukamekar Bambang Sutejo", "Sukamekar - " + S18_LEAD, S18_QUOTE,
           "Menurut Bambang Sutejo, pendataan dilakukan bersama kader desa."),
         None, None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-ad-box-label-over-story",
         p("ARTICLE AD BOX", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         None, None, "Sukamekar", furniture=["ARTICLE AD BOX"], keep=["300 paket sembako"], round=1),
    Case("s18r1-partner-content-label-over-headline",
         p("Konten Media Partner", S18_TITLE, "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         S18_TITLE, None, "Sukamekar", furniture=["Konten Media Partner"], keep=["300 paket sembako"], round=1),
    Case("s18r1-pull-quote-with-its-cue-over-story",
         p(S18_TITLE, "Bantuan tahap kedua masih menunggu data dari kecamatan, ujarnya",
           "Sukamekar (Kabarku) - " + S18_LEAD, S18_QUOTE, S18_MORE),
         S18_TITLE, None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-paragraph-piece-ending-on-bahwa-over-story",
         p("Kepala Dinas Sosial Sukamekar Rahmat Hidayat dalam sambutannya menyampaikan bahwa",
           "Penyaluran bantuan dilakukan langsung ke rumah warga agar tidak terjadi kerumunan.", S18_QUOTE, S18_MORE),
         None, None, None, keep=["tidak terjadi kerumunan"], round=1),
    Case("s18r1-lead-copy-with-event-day-under-title-case-headline",
         p("Banjir Cibening", S18_TITLE,
           "Dinas Sosial Kabupaten Sukamekar menyalurkan 300 paket sembako kepada warga terdampak banjir di Kecamatan "
           "Cibening, Jumat (7/3/2025)", "KABARKU.COM - " + S18_LEAD, S18_QUOTE),
         S18_TITLE, None, ANY, keep=["300 paket sembako"], round=1),
    Case("s18r1-headline-closed-by-a-bar",
         p("Dinsos Sukamekar Mantapkan Peran Taruna Siaga Bencana |", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         "Dinsos Sukamekar Mantapkan Peran Taruna Siaga Bencana", None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-colon-headline-with-question",
         p("Kadinsos Sukamekar: Setelah Sembako, Apa Lagi?", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE),
         "Kadinsos Sukamekar: Setelah Sembako, Apa Lagi?", None, "Sukamekar", keep=["300 paket sembako"], round=1),
    # near misses: what must stay a headline
    Case("s18r1-headline-naming-an-office-with-a-verb",
         p("Kepala Dinas Sosial Sukamekar Rahmat Hidayat Tinjau Dapur Umum", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         "Kepala Dinas Sosial Sukamekar Rahmat Hidayat Tinjau Dapur Umum", None, "Sukamekar", keep=["300 paket sembako"],
         round=1),
    Case("s18r1-report-headline-without-colon",
         p("Laporan Keuangan Dinsos Sukamekar Raih Opini WTP", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         "Laporan Keuangan Dinsos Sukamekar Raih Opini WTP", None, "Sukamekar", keep=["300 paket sembako"], round=1),
    Case("s18r1-date-first-line-right-over-headline",
         p("Jumat, 7 Maret 2025", S18_TITLE, "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         S18_TITLE, "2025-03-07", "Sukamekar", keep=["300 paket sembako"], round=1),
    # ---------------- round 2 (written before it ran): captions, credits and the story's own words over the story
    Case("s18r2-caption-closed-by-outlet-and-photographer-slashes",
         p(S18_TITLE, "Warga mengantre paket sembako di Kecamatan Cibening. /Kabar Sukamekar/Dodi Pratama/",
           "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         S18_TITLE, None, "Sukamekar", furniture=["/Kabar Sukamekar/Dodi Pratama/"], keep=["300 paket sembako"], round=2),
    Case("s18r2-caption-closed-by-source-in-parentheses",
         p("Kepala Dinas Sosial Sukamekar Rahmat Hidayat atau akrab disapa Pak Rahmat. (Sumber: Dok Dinas Sosial)",
           "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         None, None, "Sukamekar", furniture=["Sumber: Dok Dinas Sosial"], keep=["300 paket sembako"], round=2),
    Case("s18r2-pull-quote-ending-on-its-cue-right-over-story",
         p("Di tahun depan jumlahnya belum pasti karena masih menunggu anggaran, ucapnya",
           "Sukamekar (Kabarku) - " + S18_LEAD, S18_QUOTE, S18_MORE),
         None, None, "Sukamekar", keep=["300 paket sembako"], round=2),
    Case("s18r2-scene-caption-with-a-short-name-right-over-story",
         p("RHM saat membuka kegiatan pelatihan Tagana oleh Dinsos", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         None, None, "Sukamekar", keep=["300 paket sembako"], round=2),
    Case("s18r2-lead-copy-with-event-day-under-title-case-headline",
         p(S18_TITLE, "Banjir merendam ratusan rumah di Jalan Raya Cibening Kilometer 4, Kecamatan Cibening, Kabupaten "
           "Sukamekar, Jumat (7/3/2025)", "KABARKU.COM - Banjir merendam ratusan rumah di Jalan Raya Cibening Kilometer 4, "
           "Kecamatan Cibening, Kabupaten Sukamekar, Jumat (7/3/2025). Warga mengungsi ke balai desa.", S18_QUOTE),
         S18_TITLE, None, ANY, keep=["Warga mengungsi"], round=2),
    Case("s18r2-regional-report-credit-with-place-after-a-bar",
         p(S18_TITLE, "Laporan Dodi Pratama I Sukamekar Barat", "KABARKU.COM, SUKAMEKAR - " + S18_LEAD, S18_QUOTE),
         S18_TITLE, None, ANY, furniture=["Laporan Dodi"], keep=["300 paket sembako"], round=2),
    Case("s18r2-report-credit-listing-three-writers",
         p("Laporan Rina Marlina, Dodi Pratama, dan Siti Aminah", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         None, None, "Sukamekar", keep=["300 paket sembako"], round=2),
    Case("s18r2-lead-line-cut-after-place-and-outlet",
         p("Cibening, Kabarku.com – Pemerintah Kabupaten (Pemkab) Sukamekar",
           "melalui Dinas Sosial menyalurkan 300 paket sembako kepada warga terdampak banjir, Jumat (7/3/2025).", S18_QUOTE),
         None, None, ANY, keep=["300 paket sembako"], round=2),
    # near misses
    Case("s18r2-sentence-case-headline-right-over-story",
         p("Dinsos Sukamekar bagikan 300 paket sembako untuk korban banjir", "Sukamekar (ANTARA) - " + S18_LEAD, S18_QUOTE),
         "Dinsos Sukamekar bagikan 300 paket sembako untuk korban banjir", None, "Sukamekar", keep=["300 paket sembako"],
         round=2),
    Case("s18r2-headline-with-a-quote-and-its-speaker",
         p("\"Kami Siap Bantu,\" Kata Kadinsos Sukamekar", "SUKAMEKAR – " + S18_LEAD, S18_QUOTE),
         "\"Kami Siap Bantu,\" Kata Kadinsos Sukamekar", None, "Sukamekar", keep=["300 paket sembako"], round=2),
    # ---------------- round 3 (written before it ran): a site's widgets left inside the story
    Case("s18r3-widgets-inside-the-story",
         p(S18_TITLE, "SUKAMEKAR – " + S18_LEAD, "- Advertisement -", S18_QUOTE, "Iklan. Geser untuk terus membaca.",
           S18_MORE, "» Klik berita lainnya di Google News KABAR SUKAMEKAR",
           "Silakan baca konten menarik lainnya dari Kabarku.com di Google News", "Editor | : Dodi Pratama |",
           "Komentar & Reaksi", "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE."),
         S18_TITLE, None, "Sukamekar",
         furniture=["Advertisement", "Geser untuk", "Klik berita lainnya", "konten menarik lainnya", "Dodi Pratama",
                    "Komentar & Reaksi", "Isi komentar"],
         keep=["300 paket sembako", "terpal dan selimut"], round=3),
    Case("s18r3-share-and-video-widgets-after-the-story",
         p(S18_TITLE, "SUKAMEKAR – " + S18_LEAD, S18_QUOTE, S18_MORE, "Bagikan ke sosial media: WhatsApp Facebook",
           "You can share this post!", "Video Terkini", "Heboh..! Coba simak video ini:", "Editor"),
         S18_TITLE, None, "Sukamekar",
         furniture=["Bagikan ke sosial media", "share this post", "Video Terkini", "simak video", "Editor"],
         keep=["300 paket sembako", "terpal dan selimut"], round=3),
    # near misses: story lines that name the same things
    Case("s18r3-story-lines-naming-comments-videos-and-whatsapp",
         p(S18_TITLE, "SUKAMEKAR – " + S18_LEAD, S18_QUOTE,
           "Warga juga bisa melapor lewat WhatsApp ke nomor pengaduan dinas sosial.",
           "Video penyaluran bantuan itu sempat ramai dibagikan di media sosial.",
           "Komentar warga di media sosial umumnya mendukung langkah dinas."),
         S18_TITLE, None, "Sukamekar",
         keep=["lewat WhatsApp ke nomor pengaduan", "Video penyaluran bantuan", "Komentar warga"], round=3),
    # ---------------- round 4 (written before it ran): an outlet's name where the dateline's place goes
    Case("s18r4-outlet-name-opening-with-kabar",
         p(S18_TITLE, "KABAR SUKAMEKAR – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, keep=["300 paket sembako"], round=4),
    Case("s18r4-outlet-name-then-the-place",
         p(S18_TITLE, "TIMESSUKAMEKAR, CIBENING – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, "Cibening",
         keep=["300 paket sembako"], round=4),
    Case("s18r4-two-word-outlet-then-the-place",
         p(S18_TITLE, "WARTA KOTA, CIBENING - " + S18_LEAD, S18_QUOTE), S18_TITLE, None, "Cibening",
         keep=["300 paket sembako"], round=4),
    Case("s18r4-one-word-outlet-ending-in-news",
         p(S18_TITLE, "SUKAMEKARNEWS - " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, keep=["300 paket sembako"], round=4),
    Case("s18r4-one-word-outlet-ending-in-media",
         p(S18_TITLE, "TOPMEDIA – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, keep=["300 paket sembako"], round=4),
    Case("s18r4-outlet-name-opening-with-suara",
         p(S18_TITLE, "SUARA CIBENING – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, keep=["300 paket sembako"], round=4),
    Case("s18r4-outlet-name-opening-with-info",
         p(S18_TITLE, "INFO NASIONAL – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, keep=["300 paket sembako"], round=4),
    Case("s18r4-photo-credit-line-over-outlet-dateline",
         p(S18_TITLE, "IST", "KABARKU.COM - " + S18_LEAD, S18_QUOTE), S18_TITLE, None, None, furniture=["IST"],
         keep=["300 paket sembako"], round=4),
    # near misses: places
    Case("s18r4-place-in-capitals",
         p(S18_TITLE, "CIBENING – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, "Cibening", keep=["300 paket sembako"], round=4),
    Case("s18r4-two-word-place-in-capitals",
         p(S18_TITLE, "MUARA TEWEH – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, "Muara Teweh", keep=["300 paket sembako"],
         round=4),
    Case("s18r4-place-named-like-a-word",
         p(S18_TITLE, "BATU – " + S18_LEAD, S18_QUOTE), S18_TITLE, None, "Batu", keep=["300 paket sembako"], round=4),
]


# Session 19, round 1: forms read on real pages of a study set (written as pages of our own before the fixes;
# first run 1/8 right in every check: only the reporter's credit over the story).
S19_TITLE = "Polres Sukamekar Musnahkan 3 Kilogram Ganja Hasil Operasi"
S19_LEAD = ("Kepolisian Resor Sukamekar memusnahkan barang bukti ganja seberat tiga kilogram di halaman markas polres "
            "pada Kamis pagi, disaksikan jaksa dan tokoh masyarakat setempat.")
S19_QUOTE = "\"Ini hasil operasi sebulan terakhir,\" kata Kapolres Sukamekar AKBP Dedi Kurniawan."
S19_CASES: list[Case] = [
    Case("s19r1-camera-file-name-under-headline",
         p(S19_TITLE, "IMG 20260212 WA0014", "SUKAMEKAR, SITUSKITA – " + S19_LEAD, S19_QUOTE),
         S19_TITLE, None, "Sukamekar", furniture=["IMG 20260212"], keep=["tiga kilogram"], round=1),
    Case("s19r1-cms-image-title-and-capitals-caption-over-dateline",
         p("Connect with us", S19_TITLE, "foto B POLRES 2", "GANJA DIMUSNAHKAN: Petugas membakar barang bukti di halaman polres.",
           "CIBENING,situskita.com – " + S19_LEAD, S19_QUOTE),
         S19_TITLE, None, "Cibening", furniture=["GANJA DIMUSNAHKAN"], keep=["tiga kilogram"], round=1),
    Case("s19r1-paid-tier-promotion-over-story",
         p("Baca berita dengan sedikit iklan, klik di sini", "SITUS.CO, Sukamekar - " + S19_LEAD, S19_QUOTE),
         None, None, "Sukamekar", furniture=["sedikit iklan"], keep=["tiga kilogram"], round=1),
    Case("s19r1-row-of-fields-under-long-headline",
         p("Pemusnahan Barang Bukti Ganja Hasil Operasi Sebulan Terakhir Bersama Kejaksaan Negeri dan Tokoh Masyarakat "
           "se-Kecamatan Cibening Kabupaten Sukamekar",
           "14 Feb 2026 | 120 | Penulis : Tim Humas Polres| Publisher : Tim Humas Polres", S19_LEAD, S19_QUOTE),
         "Pemusnahan Barang Bukti Ganja Hasil Operasi Sebulan Terakhir Bersama Kejaksaan Negeri dan Tokoh Masyarakat "
         "se-Kecamatan Cibening Kabupaten Sukamekar", "2026-02-14", None, furniture=["Publisher"], keep=["tiga kilogram"],
         round=1),
    Case("s19r1-other-posts-with-glued-category-dates-under-story",
         p(S19_TITLE, "Kategori : Hukum | Reporter : Humas | Editor : Rina | 9 Jan 2026 | Dilihat : 31", "", S19_LEAD,
           "Kapolres Sukamekar, Dedi Kurniawan mengatakan, pemusnahan disaksikan jaksa dan tokoh masyarakat.", S19_QUOTE,
           "Berita Terbaru", "-", "Wali Kota Tinjau Pembangunan Jembatan di Kelura..", "Pembangunan10 Jan 2026 -",
           "Dinas Kesehatan Gelar Vaksinasi di Sekolah Dasar..", "Kesehatan10 Jan 2026 -"),
         S19_TITLE, "2026-01-09", None, furniture=["Wali Kota Tinjau"], keep=["tiga kilogram"], round=1),
    Case("s19r1-brand-word-before-place",
         p(S19_TITLE, "Kabarku, Pati – Kepolisian Resor Pati memusnahkan barang bukti ganja seberat tiga kilogram di "
           "halaman markas polres pada Kamis pagi.", "Pemusnahan disaksikan jaksa dari Kejaksaan Negeri Pati."),
         S19_TITLE, None, "Pati", keep=["tiga kilogram"], round=1),
    Case("s19r1-town-before-its-regency",
         p(S19_TITLE, "Cibadak, Sukabumi – Warga Cibadak menggelar kerja bakti membersihkan pasar tradisional "
           "menjelang bulan puasa bersama Pemerintah Kabupaten Sukabumi.", "Camat Cibadak ikut membersihkan saluran."),
         S19_TITLE, None, "Cibadak", keep=["kerja bakti"], round=1),
    Case("s19r1-reporter-credit-over-story",
         p("Laporan Wartawan Pos-Sukamekar.Com, Rina Marlina", "",
           "POS-SUKAMEKAR.COM, CIBADAK - " + S19_LEAD, S19_QUOTE),
         None, None, "Cibadak", furniture=["Laporan Wartawan"], keep=["tiga kilogram"], round=1),
]

# Session 19, round 2: forms read on new real pages (wild reading, even half), written as pages of our own
# before the fixes. First run on the session's base code: 1/12 pages right in every check (all checks 44/57).
S19_T2 = "Warga Cibening Bangun Jembatan Gantung Secara Swadaya"
S19_L2 = ("Warga Desa Cibening bersama perangkat desa membangun jembatan gantung sepanjang 40 meter secara swadaya "
          "untuk menghubungkan dua dusun yang terpisah sungai, Sabtu (14/3/2026).")
S19_Q2 = "\"Anak-anak tidak perlu lagi menyeberang sungai untuk ke sekolah,\" kata Kepala Desa Cibening, Asep Saepudin."
S19_CASES += [
    Case("s19r2-markdown-image-over-headline-and-listed-date",
         p("![](https://situskita.com/wp-content/uploads/2026/03/IMG-20260314-WA0007.jpg?fit=1024%2C768)", S19_T2,
           "- 14 March 2026", "- 0", "SUKAMEKAR – " + S19_L2, S19_Q2),
         S19_T2, "2026-03-14", "Sukamekar", furniture=["wp-content"], keep=["jembatan gantung"], round=2),
    Case("s19r2-markdown-table-caption-credited-with-a-bar",
         p("![]() |", "Warga bergotong royong memasang tali jembatan di Desa Cibening. (foto/ist) |", S19_L2, S19_Q2),
         None, None, None, furniture=["(foto/ist)"], keep=["jembatan gantung"], round=2),
    Case("s19r2-breadcrumb-short-title-over-full-headline",
         p("SITUSKITA.CO", "Warga Cibening Bangun Jembatan", "PERISTIWA", "", S19_T2, "CIBENING, SITUSKITA.CO – " + S19_L2,
           S19_Q2),
         S19_T2, None, "Cibening", keep=["jembatan gantung"], round=2),
    Case("s19r2-caption-title-under-reporter-credit",
         p(S19_T2, "", "Reporter : Dedi Kurniawan", "Jembatan Gantung di Desa Cibening", "", S19_L2, S19_Q2),
         S19_T2, None, None, keep=["jembatan gantung"], round=2),
    Case("s19r2-subtitle-under-date-and-credits",
         p("Bangun Jembatan Gantung", "", "Sabtu 14-03-2026,10:15 WIB", "Reporter : Redaksi", "Editor : Redaksi", "",
           "Dalam Rangka Hari Jadi Desa Cibening ke- 75", "", "CIBENING - " + S19_L2, S19_Q2),
         "Bangun Jembatan Gantung", "2026-03-14", "Cibening", furniture=["Hari Jadi Desa"], keep=["jembatan gantung"],
         round=2),
    Case("s19r2-category-glued-to-view-counter",
         p(S19_T2, "", "Peristiwa Daerah27 Dilihat", "", "Cibening | " + S19_L2, S19_Q2),
         S19_T2, None, "Cibening", furniture=["27 Dilihat"], keep=["jembatan gantung"], round=2),
    Case("s19r2-headline-of-three-clauses-opening-with-a-role",
         p("Camat Datang ke Cibening, Jembatan Diresmikan, Warga Masih Menunggu", "", "SUKAMEKAR – " + S19_L2, S19_Q2),
         "Camat Datang ke Cibening, Jembatan Diresmikan, Warga Masih Menunggu", None, "Sukamekar",
         keep=["jembatan gantung"], round=2),
    Case("s19r2-dense-first-paragraph-over-related-links",
         p("Pemerintah Desa (Pemdes) Cibening Kecamatan Cikembar Kabupaten Sukamekar meresmikan Jembatan Gantung "
           "Cibening (JGC) hasil swadaya warga Dusun Cijambe dan Dusun Cikupa tahun 2026.",
           "- Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar", "- Harga Beras di Pasar Cibening Mulai Turun",
           "Baca Juga",
           "\"Jembatan ini kami bangun dari iuran warga dan bantuan para perantau selama tiga bulan,\" ungkap Asep Saepudin, "
           "Kepala Desa Cibening, usai peresmian, Sabtu (14/3).",
           "Warga berharap pemerintah kabupaten membantu pengecatan dan perawatan jembatan tersebut."),
         None, None, None, furniture=["Harga Beras"], keep=["hasil swadaya warga", "iuran warga"], round=2),
    Case("s19r2-place-and-outlet-address-closed-by-bar",
         p(S19_T2, "CIBENING, Situs-kita.co.id | " + S19_L2, S19_Q2),
         S19_T2, None, "Cibening", keep=["jembatan gantung"], round=2),
    Case("s19r2-place-and-two-word-outlet-with-news-word",
         p(S19_T2, "Sukabumi, Jurnal Priangan – " + S19_L2, S19_Q2),
         S19_T2, None, "Sukabumi", keep=["jembatan gantung"], round=2),
    Case("s19r2-blogger-post-navigation-closes-story",
         p(S19_T2, "SUKAMEKAR – " + S19_L2, S19_Q2, "◄ Newer Post Older Post ►"),
         S19_T2, None, "Sukamekar", furniture=["Newer Post"], keep=["jembatan gantung"], round=2),
    Case("s19r2-exit-mobile-version-and-lower-case-related-label",
         p(S19_T2, "SUKAMEKAR – " + S19_L2, S19_Q2, "Exit mobile version", "terkait",
           "Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar", "redaksi", "Harga Beras di Pasar Cibening Mulai Turun"),
         S19_T2, None, "Sukamekar", furniture=["Exit mobile", "Harga Beras"], keep=["jembatan gantung"], round=2),
]

# Session 19, round 3: three more forms of the same even pages, written after round 2's fixes and before their own.
# First run on the session's base code: 1/3 pages right in every check (all checks 11/13; the probe reads no
# credit's value: the avatar's alt text is tested in tests/test_page_wild19.py).
S19_CASES += [
    Case("s19r3-headline-naming-two-villages-with-a-dash",
         p("Bupati Resmikan Jembatan Penghubung Desa Cibening - Cikupa", "Kamis, 12 Maret 2026 - 10.15 WIB",
           "Situskita.co, Sukamekar - Bupati Sukamekar meresmikan jembatan penghubung Desa Cibening dengan Desa Cikupa, "
           "Kecamatan Cikembar, Kamis (12/3/2026).", S19_Q2),
         "Bupati Resmikan Jembatan Penghubung Desa Cibening - Cikupa", "2026-03-12", "Sukamekar", keep=["Desa Cikupa"],
         round=3),
    Case("s19r3-editor-credit-with-the-avatars-alt-text",
         p(S19_T2, "", "Editor: Rina Marlina author photo", "", "SUKAMEKAR – " + S19_L2, S19_Q2),
         S19_T2, None, "Sukamekar", furniture=["author photo"], keep=["jembatan gantung"], round=3),
    Case("s19r3-title-case-place-with-a-doubled-dash",
         p(S19_T2, "", "Cikembar – — " + S19_L2, S19_Q2),
         S19_T2, None, "Cikembar", keep=["jembatan gantung"], round=3),
]

# Session 19, round 4: one form found while re-judging round 3 and fixed before this case was written (so no
# first-run figure): a lower-case block label under the story's sign-off had been joined to the story's last line.
S19_CASES += [
    Case("s19r4-lower-case-related-label-under-a-sign-off",
         p(S19_T2, "SUKAMEKAR – " + S19_L2, S19_Q2 + " (rin)", "", "terkait", "",
           "Bupati Sukamekar Tinjau Lokasi Banjir di Cikembar", "", "redaksi", "", "Harga Beras di Pasar Cibening Turun"),
         S19_T2, None, "Sukamekar", furniture=["terkait", "Tinjau Lokasi", "Harga Beras"], keep=["Asep Saepudin"],
         round=4),
]

# Session 19, round 5: a known place with its source in parentheses closed by a full stop ("Jakarta (Humas). ..."),
# the case written after its fix's code and run on the base code first.
S19_CASES += [
    Case("s19r5-known-place-and-source-closed-by-full-stop",
         p(S19_T2, "", "Bandung (Humas Cibening). Masih dalam suasana hari jadi desa, warga Desa Cibening meresmikan "
           "jembatan gantung sepanjang 40 meter yang dibangun secara swadaya.", S19_Q2),
         S19_T2, None, "Bandung", keep=["jembatan gantung"], round=5),
    Case("s19r5-office-and-source-closed-by-full-stop-is-no-place",
         p(S19_T2, "", "Pemdes (Humas Cibening). Pemdes Cibening bersama warga meresmikan jembatan gantung sepanjang "
           "40 meter yang dibangun secara swadaya.", S19_Q2),
         S19_T2, None, None, keep=["jembatan gantung"], round=5),
]


# Session 20, round 1: forms read on real pages of the study set (fresh19, even half), written as pages of our own
# before the fixes.
S20_TITLE = "Dinsos Sukamekar Salurkan Beras untuk Warga Terdampak Longsor"
S20_LEAD = ("Dinas Sosial Kabupaten Sukamekar menyalurkan dua ton beras kepada warga terdampak longsor di Kecamatan "
            "Cibening, Selasa (9/12/2025), bersama relawan dan perangkat desa.")
S20_QUOTE = "\"Beras kami antar langsung ke posko supaya warga tidak perlu turun gunung,\" kata Kepala Dinas Sosial Sukamekar, Yusuf Hamdani."
S20_MORE = "Petugas juga mendata rumah yang rusak untuk diusulkan mendapat bantuan perbaikan."
S20_CASES: list[Case] = [
    Case("s20r1-caption-of-a-person-with-weekday-and-date-over-story",
         p("Sukamekar", "Rina | Selasa 09 Des 2025 10:15 WIB | 812",
           "Bupati Sukamekar H Ahmad Fauzi, SE., MM, Selasa (9/12/2025)",
           "Fauzi menyebut stok beras daerah cukup untuk tiga bulan ke depan meski jalur distribusi sempat terputus.",
           S20_QUOTE),
         None, "2025-12-09", None, furniture=["Bupati Sukamekar H Ahmad Fauzi, SE"], keep=["tiga bulan"], round=1),
    Case("s20r1-writer-name-between-headline-and-credited-caption",
         p(S20_TITLE, "", "Dewi Anggraini Putri",
           "Kepala Dinas Sosial Sukamekar meninjau gudang beras di Cibening, Selasa (9/12/2025). (Foto: Humas Pemkab)", "",
           "SUKAMEKAR, Situskita.id - " + S20_LEAD, S20_QUOTE),
         S20_TITLE, None, "Sukamekar", furniture=["Dewi Anggraini", "(Foto: Humas"], keep=["dua ton"], round=1),
    Case("s20r1-outlet-ending-on-indonesia-closed-by-colon",
         p(S20_TITLE, "", "PELITA INDONESIA: " + S20_LEAD, S20_QUOTE),
         S20_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s20r1-outlet-ending-on-indonesia-closed-by-dash",
         p(S20_TITLE, "", "GEMA INDONESIA - " + S20_LEAD, S20_QUOTE),
         S20_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s20r1-headline-and-date-line-repeated-under-story",
         p("Sukamekar (ANTARA) - " + S20_LEAD, S20_QUOTE, S20_MORE,
           "Dinsos Sukamekar salurkan beras untuk warga terdampak longsor", "Selasa, 9 Desember 2025 12:15 WIB"),
         None, "2025-12-09", "Sukamekar", furniture=["salurkan beras untuk warga"], keep=["diusulkan mendapat"], round=1),
    Case("s20r1-promotion-title-and-read-here-call-under-story",
         p(S20_TITLE, "SUKAMEKAR - " + S20_LEAD, S20_QUOTE, S20_MORE, "Anugerah Desa Wisata 2026",
           "Baca kisah inspiratif desa wisata terbaik di sini"),
         S20_TITLE, None, "Sukamekar", furniture=["Anugerah Desa", "Baca kisah"], keep=["diusulkan mendapat"], round=1),
    Case("s20r1-utf8-read-as-thai-code-page",
         p(S20_TITLE, "", "SUKAMEKAR \u0e42\u20ac\u201c " + S20_LEAD,
           "\u0e42\u20ac\u0153Beras kami antar langsung ke posko,\u0e42\u20ac kata Kepala Dinas Sosial Sukamekar, Yusuf Hamdani."),
         S20_TITLE, None, "Sukamekar", furniture=["\u0e42\u20ac"], keep=["dua ton", "\u201cBeras kami"], round=1),
]


# Session 20, round 2: forms read on the even half of 68 new real pages (wild reading), written as pages of our own
# before the fixes.
S20_T2 = "Polres Sukamekar Ungkap 14 Kasus Pencurian Selama Tiga Bulan"
S20_DENSE = ("Sukamekar - Kepolisian Resor (Polres) Sukamekar dan Jajaran Kepolisian Sektor (Polsek) Cibening berhasil "
             "mengungkap 14 kasus pada periode Januari, Februari, hingga Maret tahun 2026.")
S20_PROSE = ("Pencurian sepeda motor menjadi kasus yang paling banyak dengan delapan kasus, disusul pencurian dengan "
             "pemberatan sebanyak empat kasus dan dua kasus penipuan yang menimpa para pedagang di pasar.")
S20_Q2 = ("\"Kami bekerja siang dan malam untuk warga. Kami juga memastikan wilayah Sukamekar tetap aman,\" kata Kapolres "
          "Sukamekar AKBP Hendra Wijaya.")
S20_CASES += [
    Case("s20r2-title-case-dateline-paragraph-dense-with-offices-over-a-pull-quote",
         p(S20_DENSE, "Kami juga memastikan wilayah Sukamekar tetap aman", S20_PROSE, S20_Q2),
         None, None, "Sukamekar", furniture=[], keep=["Jajaran Kepolisian Sektor", "delapan kasus"], round=2),
    Case("s20r2-outlet-in-capitals-ending-on-media-then-the-place",
         p(S20_T2, "SINARTA MEDIA, CIBENING – Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan "
           "terakhir.", S20_Q2),
         S20_T2, None, "Cibening", keep=["14 kasus"], round=2),
    Case("s20r2-date-field-glued-before-the-headline",
         p(" date 2026-03-02 " + S20_T2, "", "SUKAMEKAR - Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian "
           "selama tiga bulan terakhir, Senin (2/3/2026).", S20_Q2),
         S20_T2, "2026-03-02", "Sukamekar", furniture=["date 2026"], keep=["14 kasus"], round=2),
    Case("s20r2-blog-comment-box-under-the-post",
         p("SUKAMEKAR - " + S20_PROSE, S20_Q2, "0 comments:", "Speak up your mind", "Tell us what you're thinking... !"),
         None, None, "Sukamekar", furniture=["0 comments", "Speak up", "Tell us"], keep=["delapan kasus"], round=2),
    Case("s20r2-embedded-video-placeholder-and-bare-source-label",
         p(S20_T2, "SUKAMEKAR - " + S20_PROSE, S20_Q2, "Tonton juga Video Polisi Amankan Pencuri di Pasar Cibening", "",
           "[Gambas Video 20situs]", "", "Sumber"),
         S20_T2, None, "Sukamekar", furniture=["Gambas", "Sumber"], keep=["delapan kasus"], round=2),
    Case("s20r2-author-box-and-you-may-also-like-block",
         p(S20_T2, "SUKAMEKAR - " + S20_PROSE, S20_Q2, "Rina Marlina", "", "About Author", "", "You may also like", "",
           "Daerah", "", "Bupati Sukamekar Tinjau Jembatan Cibening", "",
           "Cibening, Situskita.com – Bupati Sukamekar meninjau jembatan yang rusak diterjang banjir pada tanggal 3 sampai"),
         S20_T2, None, "Sukamekar", furniture=["Rina Marlina", "About Author", "Tinjau Jembatan", "meninjau jembatan"],
         keep=["delapan kasus"], round=2),
]


# Session 20, round 3: an outlet's initials where the dateline's place goes ("KBN —", study set fresh19, even half),
# written after round 2 and before its fix. First run: 2/3 pages right (the unbacked initials read as a place).
S20_CASES += [
    Case("s20r3-outlet-initials-backed-by-nothing-are-no-place",
         p(S20_T2, "SKN — Masa reses adalah waktu anggota dewan bekerja di luar gedung dewan untuk menemui warga di "
           "daerah pemilihannya masing-masing.", S20_Q2),
         S20_T2, None, None, keep=["Masa reses"], round=3),
    Case("s20r3-regency-initials-backed-by-its-name-stay-a-place",
         p(S20_T2, "KSB, SITUSKU – Pemerintah Kabupaten Sukamekar Barat membuka layanan pengaduan warga di kantor "
           "kecamatan.", S20_Q2),
         S20_T2, None, "KSB", keep=["layanan pengaduan"], round=3),
    Case("s20r3-province-letters-stay-a-place",
         p(S20_T2, "NTB – Pemerintah provinsi membuka layanan pengaduan warga di setiap kantor kecamatan.", S20_Q2),
         S20_T2, None, "Ntb", keep=["layanan pengaduan"], round=3),
]


# Session 20, round 4: a blog's English comment box under the post ("No comments:" / "Post a Comment", "Please enter
# your comment!"), read on a new even page; the cases were written with the fix, so no first-run figure.
S20_CASES += [
    Case("s20r4-no-comments-and-post-a-comment-under-the-post",
         p("SUKAMEKAR - " + S20_PROSE, S20_Q2, "No comments:", "Post a Comment"),
         None, None, "Sukamekar", furniture=["No comments", "Post a Comment"], keep=["delapan kasus"], round=4),
    Case("s20r4-leave-a-reply-box-under-the-post",
         p(S20_T2, "SUKAMEKAR - " + S20_PROSE, S20_Q2, "Leave a Reply", "Please enter your comment!"),
         S20_T2, None, "Sukamekar", furniture=["Leave a Reply", "enter your comment"], keep=["delapan kasus"], round=4),
]


# Session 20, round 5: two forms of studied pages (fresh19 even, fresh18), cases written with their fixes and run on
# the session's base code first: a comma between the source in parentheses and the dash ("Kota, (situs.com),- "),
# and a row of empty labels with a view counter ("Terbit: oleh -34 Dilihat") taken for the headline.
S20_CASES += [
    Case("s20r5-comma-between-source-in-parentheses-and-dash",
         p(S20_T2, "Cibening, (Situskita.Com),- Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga "
           "bulan terakhir.", S20_Q2),
         S20_T2, None, "Cibening", keep=["14 kasus"], round=5),
    Case("s20r5-empty-labels-with-a-view-counter-under-the-headline",
         p(S20_T2, "", "Terbit: oleh -34 Dilihat", "Polres-Sukamekar-ungkap-kasus-pencurian", "",
           "SUKAMEKAR (SK),- Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Sukamekar", furniture=["Dilihat"], keep=["14 kasus"], round=5),
]


# Session 20, round 6: three forms of studied pages (fresh18, pg19's set) found in a sweep of 905 pages' headlines,
# cases written with the fixes and run on the session's base code first: a date stamp cut short between bars under
# the headline, a date field without its day before an ad's label, a caption written as a sentence ("Foto bersama
# dengan ...") under the headline.
S20_CASES += [
    Case("s20r6-year-less-date-stamp-between-bars-under-the-headline",
         p("Iklan", "", S20_T2, "", "| 12 Maret WIB |", "", "Kapolres Sukamekar memimpin gelar perkara.", "",
           "SITUSKU | Sukamekar", "- Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.",
           S20_Q2),
         S20_T2, None, ANY, keep=["14 kasus"], round=6),
    Case("s20r6-month-only-date-field-before-an-ads-label",
         p(" date 2026-03 Iklan", "", "SITUSKU.COM, Sukamekar - Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian "
           "selama tiga bulan terakhir.", S20_Q2),
         None, None, "Sukamekar", furniture=["date 2026"], keep=["14 kasus"], round=6),
    Case("s20r6-caption-sentence-opening-on-foto-under-the-headline",
         p(S20_T2, "", "Kapolres dan jajaran memeriksa barang bukti hasil pengungkapan kasus",
           "Foto bersama dengan Kapolres dan Wakapolres Sukamekar", "",
           "SUKAMEKAR – Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Sukamekar", keep=["14 kasus"], round=6),
]


# Session 20, round 7: forms of studied pages (fresh18, wildq, wildpg) from the same sweep, cases written with the fixes
# and run on the session's base code first: an empty site name after a bar ("Judul | # |"), a caption closed by its
# photographer's name ("..., Nama. (Rina)"), a correspondent's label alone over the writer's name under a header's
# today, an outlet's one-word brand ending on VOICE.
S20_CASES += [
    Case("s20r7-headline-with-an-empty-site-name-after-a-bar",
         p(S20_T2 + " | # |", S20_T2 + " | # |", "SUKAMEKAR, SITUSKU.COM - Kepolisian Resor Sukamekar mengungkap 14 kasus "
           "pencurian selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Sukamekar", keep=["14 kasus"], round=7),
    Case("s20r7-caption-closed-by-its-photographers-name-under-the-headline",
         p(S20_T2, "", "Kapolres Sukamekar, Hendra Wijaya. (Rina)", "",
           "SUKAMEKAR – Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Sukamekar", furniture=["(Rina)"], keep=["14 kasus"], round=7),
    Case("s20r7-correspondent-label-over-the-writer-under-a-header-today",
         p("Minggu, 8 Maret 2026", "", S20_T2, "", "Koresponden:", "Dewi Anggraini Putri", "Senin, 2 Maret 2026 12:15", "",
           "SITUSKU.CO, SUKAMEKAR - Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.",
           S20_Q2),
         S20_T2, "2026-03-02", "Sukamekar", furniture=["Dewi Anggraini"], keep=["14 kasus"], round=7),
    Case("s20r7-one-word-brand-ending-on-voice",
         p(S20_T2, "", "SUKAMEKARVOICE – Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan "
           "terakhir.", S20_Q2),
         S20_T2, None, None, keep=["14 kasus"], round=7),
]


# Session 20, round 8: a photo's caption set with a label in capitals and a dash over the story's own dateline
# (studied pages of fresh18 and wildp), cases written with the fix and run on the session's base code first.
S20_CASES += [
    Case("s20r8-caption-label-with-saat-over-the-dateline",
         p(S20_T2, "", "GELAR PERKARA - Kapolres Sukamekar, Hendra Wijaya, saat memimpin gelar perkara, Senin (2/3/2026). "
           "Ia memaparkan 14 kasus.", "", "SITUSKU.COM, CIBENING - Kepolisian Resor Sukamekar mengungkap 14 kasus "
           "pencurian selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Cibening", furniture=["GELAR PERKARA"], keep=["tiga bulan terakhir"], round=8),
    Case("s20r8-caption-label-closed-by-photographers-credit-over-the-dateline",
         p(S20_T2, "BARANG BUKTI - Petugas menata barang bukti di halaman polres.-RINA MARLINA/SITUS KITA -",
           "CIBENING, SITUSKU - Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga bulan terakhir.",
           S20_Q2),
         S20_T2, None, "Cibening", furniture=["BARANG BUKTI"], keep=["tiga bulan terakhir"], round=8),
    Case("s20r8-story-opening-on-a-dateline-and-saat-stays",
         p(S20_T2, "CIBENING - Kapolres Sukamekar Hendra Wijaya saat memimpin gelar perkara mengatakan 14 kasus terungkap "
           "selama tiga bulan terakhir.", S20_Q2),
         S20_T2, None, "Cibening", keep=["saat memimpin gelar perkara"], round=8),
]


# Session 20, round 9: a regional edition's one-word brand (the outlet's name glued to its province's short name) before
# the place, from a studied page (wildpg); written with the fix and run on the session's base code first.
S20_CASES += [
    Case("s20r9-regional-edition-brand-before-the-place",
         p(S20_T2, "", "SITUSKUJATENG, CIBENING - Kepolisian Resor Sukamekar mengungkap 14 kasus pencurian selama tiga "
           "bulan terakhir.", S20_Q2),
         S20_T2, None, "Cibening", keep=["14 kasus"], round=9),
]


# Session 20, round 10: another item's Title Case headline left under the story's sign-off code on a list page (new
# pages, even half); written with the fix and run on the session's base code first.
S20_CASES += [
    Case("s20r10-other-items-headline-under-the-sign-off",
         p(S20_T2, "SUKAMEKAR - " + S20_PROSE, S20_Q2 + "(*)",
           "Ini Tuntutan Warga Desa Cibening Hingga Kades Harus Mundur!"),
         S20_T2, None, "Sukamekar", furniture=["Tuntutan Warga"], keep=["Hendra Wijaya"], round=10),
    Case("s20r10-a-closing-sentence-after-the-sign-off-stays",
         p(S20_T2, "SUKAMEKAR - " + S20_PROSE, S20_Q2 + " (rin)",
           "Polisi mengimbau warga mengunci ganda kendaraan yang diparkir di depan rumah."),
         S20_T2, None, "Sukamekar", keep=["mengunci ganda"], round=10),
]


def _run_rounds(session: int, all_cases: list[Case], failures: list[str], verbose: bool) -> int:
    """Each round of a session's cases (16 on): the text reading, the same page as HTML and extract().
    Returns the wrong dates outside KNOWN_LEFT."""
    wrong_dates = 0
    for n in sorted({c.round for c in all_cases}):
        cases = [c for c in all_cases if c.round == n]
        before = len(failures)
        got, _ = _run_text(cases, failures, verbose)
        as_html = _run_html(cases, failures)
        ex_right, _ = _run_extract(cases, failures)
        wrong_dates += sum(1 for line in failures[before:] if _wrong_date(line))
        print(f"probe_pages session {session} round {n}: {len(cases)} pages; " + _summary(got, 0)
              + f"; as HTML {as_html}/{len(cases)}; extract() {ex_right}/{len(cases)}")
    return wrong_dates


def _quotes_text(text: str) -> list[str]:
    try:
        return [q.text for q in extract(text).quotes]
    except Exception as exc:  # noqa: BLE001 - a crash is a failure of the case, reported
        return [f"<extract raised {type(exc).__name__}: {exc}>"]


def _as_html(case: Case) -> str:
    lines = [line for line in case.text.split("\n") if line]
    # a page without a headline has no page title either (a title "Situs Berita" would be one to take)
    head = f"<title>{html.escape(case.title)} | Situs Berita</title>" if case.title else ""
    body = "".join(f"<h1>{html.escape(line)}</h1>" if line == case.title else f"<p>{html.escape(line)}</p>"
                   for line in lines)
    return f"<html lang='id'><head>{head}</head><body><article>{body}</article></body></html>"


def _run_html(cases: list[Case], failures: list[str]) -> int:
    right = 0
    for case in cases:
        try:
            draft = parse_html(_as_html(case), f"{case.name}.html").drafts[0]
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            if case.refused and ("daftar berita" in str(exc) or "tidak ada teks berita" in str(exc)):
                right += 1
                continue
            failures.append(f"{case.name} [html]: import raised {type(exc).__name__}: {exc}")
            continue
        if case.refused:
            failures.append(f"{case.name} [html]: a list page imported as one article")
            continue
        wrong = _draft_misses(draft, case.title, case.date, case.furniture, case.keep)
        if case.place is not ANY and draft.location != case.place:
            wrong.append(f"place {draft.location!r} want {case.place!r}")
        failures.extend(f"{case.name} [html]: {w}" for w in wrong)
        right += not wrong
    return right


def _draft_misses(draft, title, date, furniture, keep) -> list[str]:
    wrong = []
    if draft.title != title:
        wrong.append(f"title {draft.title!r} want {title!r}")
    got = draft.date.isoformat() if draft.date else None
    if got != date:
        wrong.append(f"date {got!r} want {date!r}")
    wrong += [f"furniture {bit!r} left in body" for bit in furniture if bit in draft.body]
    wrong += [f"story text {bit!r} lost" for bit in keep if bit not in draft.body]
    return wrong


def _run_raw_html(cases: list[HtmlCase], failures: list[str]) -> tuple[int, int]:
    """(right, wrong dates) over pages saved with their markup."""
    right = wrong_dates = 0
    for case in cases:
        try:
            draft = parse_html(case.html, f"{case.name}.html").drafts[0]
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            if case.refused and "daftar berita" in str(exc):
                right += 1
                continue
            failures.append(f"{case.name} [raw html]: import raised {type(exc).__name__}: {exc}")
            continue
        if case.refused:
            failures.append(f"{case.name} [raw html]: a list page imported as one article")
            continue
        wrong = _draft_misses(draft, case.title, case.date, case.furniture, case.keep)
        wrong_dates += any(w.startswith("date ") and not w.startswith("date None") for w in wrong)
        failures.extend(f"{case.name} [raw html]: {w}" for w in wrong)
        right += not wrong
    return right, wrong_dates


def _run_text(cases: list[Case], failures: list[str], verbose: bool) -> tuple[dict, int]:
    fields = {"title": [0, 0], "date": [0, 0], "place": [0, 0], "furniture": [0, 0], "keep": [0, 0]}
    wrong_dates = 0
    for case in cases:
        try:
            page = read_page(case.text)
        except Exception as exc:  # noqa: BLE001 - a crash is the case's failure; the text is story lost
            failures.append(f"{case.name}: read_page raised {type(exc).__name__}: {exc}; story text lost")
            continue
        quotes = _quotes_text(case.text)
        got_date = page.date.isoformat() if page.date else None
        checks = [("title", page.headline, case.title), ("date", got_date, case.date)]
        if case.place is not ANY:
            checks.append(("place", page.location, case.place))
        for name, got, want in checks:
            fields[name][1] += 1
            if got == want:
                fields[name][0] += 1
            else:
                failures.append(f"{case.name}: {name} {got!r} want {want!r}")
                if name == "date" and got is not None:
                    wrong_dates += 1
        for bit in case.furniture:
            fields["furniture"][1] += 1
            where = [w for w, t in (("body", page.body), ("quote", "\n".join(quotes))) if bit in t]
            if where:
                failures.append(f"{case.name}: furniture {bit!r} left in {'/'.join(where)}")
            else:
                fields["furniture"][0] += 1
        for bit in case.keep:
            fields["keep"][1] += 1
            if bit in page.body:
                fields["keep"][0] += 1
            else:
                failures.append(f"{case.name}: story text {bit!r} lost from the body")
        if verbose:
            print(f"--- {case.name}: title={page.headline!r} date={got_date} place={page.location!r}")
            print("    body: " + page.body.replace("\n", "\n          "))
    return fields, wrong_dates


def _run_extract(cases: list[Case], failures: list[str]) -> tuple[int, int]:
    """(right, wrong dates): the extractor's own title, date and place (`extract`, which reads the
    dateline again for its story) against the same answers."""
    right = wrong_dates = 0
    for case in cases:
        try:
            got = extract(case.text)
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            failures.append(f"{case.name} [extract]: raised {type(exc).__name__}: {exc}")
            continue
        day = got.date.isoformat() if got.date else None
        wrong = [f"{name} {value!r} want {want!r}" for name, value, want in
                 (("title", got.title, case.title), ("date", day, case.date), ("place", got.location, case.place))
                 if want is not ANY and value != want]
        wrong_dates += day is not None and day != case.date
        names = [person.name for person in got.people] + [q.speaker or "" for q in got.quotes]
        wrong += [f"furniture name {bit!r} read as a person" for bit in case.not_people
                  if any(bit in name for name in names)]
        failures.extend(f"{case.name} [extract]: {w}" for w in wrong)
        right += not wrong
    return right, wrong_dates


def _summary(fields: dict, wrong_dates: int) -> str:
    total_ok = sum(ok for ok, _ in fields.values())
    total = sum(n for _, n in fields.values())
    return ("  ".join(f"{k} {ok}/{n}" for k, (ok, n) in fields.items())
            + f"  wrong dates {wrong_dates}; all checks {total_ok}/{total}")


def _run_feeds(cases: list[FeedCase], failures: list[str]) -> tuple[int, int]:
    """(right, wrong dates): the feed importer's day of each item."""
    right = wrong_dates = 0
    for case in cases:
        try:
            draft = parse_feed(case.xml, f"{case.name}.xml").drafts[0]
        except Exception as exc:  # noqa: BLE001 - reported as the case's failure
            failures.append(f"{case.name} [feed]: import raised {type(exc).__name__}: {exc}")
            continue
        got = draft.date.isoformat() if draft.date else None
        wrong = [f"date {got!r} want {case.date!r}"] if got != case.date else []
        wrong_dates += bool(wrong) and got is not None and case.name not in KNOWN_LEFT
        wrong += [f"furniture {bit!r} left in body" for bit in case.furniture if bit in draft.body]
        wrong += [f"story text {bit!r} lost" for bit in case.keep if bit not in draft.body]
        failures.extend(f"{case.name} [feed]: {w}" for w in wrong)
        right += not wrong
    return right, wrong_dates


def _run_session14(failures: list[str], verbose: bool) -> int:
    """Each session-14 round: the text reading, the same page as HTML, extract(), and its feeds. Returns the
    wrong dates outside KNOWN_LEFT."""
    wrong_dates = 0
    for n in sorted({c.round for c in S14_CASES} | {c.round for c in S14_FEEDS} | {c.round for c in S14_HTML}):
        cases = [c for c in S14_CASES if c.round == n]
        feeds = [c for c in S14_FEEDS if c.round == n]
        raw = [c for c in S14_HTML if c.round == n]
        before = len(failures)
        got, _ = _run_text(cases, failures, verbose)
        as_html = _run_html(cases, failures)
        ex_right, _ = _run_extract(cases, failures)
        feed_right, _ = _run_feeds(feeds, failures)
        raw_right, _ = _run_raw_html(raw, failures)
        wrong_dates += sum(1 for line in failures[before:] if _wrong_date(line))
        print(f"probe_pages session 14 round {n}: {len(cases)} pages; " + _summary(got, 0)
              + f"; as HTML {as_html}/{len(cases)}; extract() {ex_right}/{len(cases)}; feeds {feed_right}/{len(feeds)}; "
              f"saved HTML {raw_right}/{len(raw)}")
    return wrong_dates


def _wrong_date(line: str) -> bool:
    """A failure line stating a wrong (not a missing) date, of a case not left on purpose."""
    name = line.split(":")[0].split(" [")[0]
    m = re.search(r"\bdate ('[^']*'|None) want", line)
    return name not in KNOWN_LEFT and m is not None and m.group(1) != "None"


# Session 21, round 1: forms read on the even half of new real pages (pg21 wild reading) and last session's
# known-left list, written as pages of our own before the fixes.
S21_TITLE = "Pemkab Sukamekar Salurkan Bibit Padi untuk Petani Cibening"
S21_LEAD = ("Pemerintah Kabupaten Sukamekar menyalurkan dua ton bibit padi kepada kelompok tani di Kecamatan Cibening "
            "menjelang musim tanam tahun ini.")
S21_QUOTE = "\"Bibit kami antar sampai ke balai desa supaya petani tidak menunggu lama,\" kata Kepala Dinas Pertanian, Wahyu Pratama."
S21_CASES: list[Case] = [
    Case("s21r1-outlet-name-whose-last-word-is-its-address-then-the-place",
         p(S21_TITLE, "", "WARTA DESA.ID, KENDARI \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, "Kendari", keep=["dua ton"], round=1),
    Case("s21r1-outlet-name-whose-last-word-is-its-address-no-place",
         p(S21_TITLE, "", "WARTA DESA.ID \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-place-dash-then-numeric-date-in-parentheses",
         p(S21_TITLE, "", "Sukamekar\u2014(09/12/2025) " + S21_LEAD, S21_QUOTE),
         S21_TITLE, "2025-12-09", "Sukamekar", keep=["dua ton"], round=1),
    Case("s21r1-place-in-capitals-dash-then-written-date-in-parentheses",
         p(S21_TITLE, "", "SUKAMEKAR \u2013 (Selasa, 9 Desember 2025) " + S21_LEAD, S21_QUOTE),
         S21_TITLE, "2025-12-09", "Sukamekar", keep=["dua ton"], round=1),
    Case("s21r1-place-dash-then-a-source-in-parentheses-is-no-date",
         p(S21_TITLE, "", "Sukamekar \u2013 (Humas) " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, ANY, keep=["dua ton"], round=1),
    Case("s21r1-web-address-then-a-known-city-in-parentheses",
         p(S21_TITLE, "", "wartadesa.com (Semarang) \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, "Semarang", keep=["dua ton"], round=1),
    Case("s21r1-web-address-then-its-source-in-parentheses",
         p(S21_TITLE, "", "wartadesa.com (Antara) \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-one-word-brand-ending-in-ku-before-the-dash",
         p(S21_TITLE, "", "Beritaku \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-one-word-brand-ending-in-ku-written-as-a-possessive",
         p(S21_TITLE, "", "Kampungku \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-a-province-ending-in-ku-stays-the-place",
         p(S21_TITLE, "", "Maluku \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, "Maluku", keep=["dua ton"], round=1),
    Case("s21r1-outlet-in-title-case-ending-on-terkini",
         p(S21_TITLE, "", "Cibening Terkini \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-outlet-in-title-case-ending-on-ekspres",
         p(S21_TITLE, "", "Sukamekar Ekspres \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=1),
    Case("s21r1-cms-error-notice-over-a-capitals-headline",
         p("Error", "  \u2022 The template for this display is not available. Please contact a Site administrator.", "",
           "PETANI CIBENING TERIMA DUA TON BIBIT PADI", "", "Sukamekar\u2014(09/12/2025) " + S21_LEAD, S21_QUOTE),
         "PETANI CIBENING TERIMA DUA TON BIBIT PADI", "2025-12-09", "Sukamekar", furniture=["template for this display"],
         keep=["dua ton"], round=1),
    Case("s21r1-radio-station-code-then-place-and-colon",
         p(S21_TITLE, "", "KBRN, Sukamekar: " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, ANY, keep=["dua ton"], round=1),
    Case("s21r1-thai-code-page-ellipsis-in-the-story",
         p(S21_TITLE, "", "SUKAMEKAR \u2013 " + S21_LEAD, "Bibit itu, kata dia, \u0e42\u20ac\u00a6 cukup untuk seratus hektare.",
           S21_QUOTE),
         S21_TITLE, None, "Sukamekar", furniture=["\u0e42\u20ac"], keep=["dua ton", "\u2026 cukup"], round=1),
]


# Session 21, round 2: forms read on the even half of fresh20 (page reading by eye), written as pages of our own.
S21_CASES += [
    Case("s21r2-caption-label-closed-by-colon-over-the-dateline",
         p(S21_TITLE, "", "PANEN RAYA: Petani Cibening memanen padi saat kunjungan Bupati Sukamekar, Selasa (9/12). "
           "f-rina/situskita", "", "SUKAMEKAR \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, "Sukamekar", furniture=["PANEN RAYA"], keep=["dua ton"], round=2),
    Case("s21r2-outlet-then-its-section-where-the-place-goes",
         p(S21_TITLE, "", "SUKAMEKAR INFORMASI, LOKAL \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=2),
    Case("s21r2-outlet-then-a-national-section",
         p(S21_TITLE, "", "WARTA CIBENING, NASIONAL \u2013 " + S21_LEAD, S21_QUOTE),
         S21_TITLE, None, None, keep=["dua ton"], round=2),
    Case("s21r2-year-then-copyright-sign-and-glued-footer-links-over-a-sentence-case-headline",
         p("Tentang KamiPedoman Media SiberKebijakan PrivasiKarirIklan", "2025 \u00a9 PT Warta Cibening Media",
           "Petani Cibening terima dua ton bibit padi dari pemkab", "9 Desember 2025 10:15 WIB",
           "SUKAMEKAR \u2014 " + S21_LEAD, S21_QUOTE),
         "Petani Cibening terima dua ton bibit padi dari pemkab", "2025-12-09", "Sukamekar",
         furniture=["PT Warta", "Pedoman Media"], keep=["dua ton"], round=2),
    Case("s21r2-undated-dateline-over-a-story-opening-on-a-figure",
         p(S21_TITLE, "", "SUKAMEKAR, situskita.co.id \u2013 1,5 ton bibit padi dibagikan Dinas Pertanian kepada kelompok "
           "tani di Kecamatan Cibening menjelang musim tanam.", S21_QUOTE),
         S21_TITLE, None, "Sukamekar", keep=["1,5 ton"], round=2),
]


# Session 22, round 1: forms read on the even half of new real pages (pg22 wild reading, fresh21's even texts) and
# last session's known-left list, written as pages of our own before the fixes.
S22_TITLE = "Dinsos Sukamekar Bagikan Selimut untuk Pengungsi Banjir Cibening"
S22_LEAD = ("Dinas Sosial Kabupaten Sukamekar membagikan 400 lembar selimut kepada pengungsi banjir di Kecamatan "
            "Cibening, Selasa (6/1/2026).")
S22_QUOTE = "\"Malam hari udara di posko sangat dingin,\" kata Kepala Dinas Sosial Sukamekar, Hendra Gunawan."
S22_MORE = "Petugas juga mendirikan dapur umum yang melayani tiga kali makan sehari bagi para pengungsi."
S22_CASES: list[Case] = [
    Case("s22r1-headline-closing-on-an-event-date",
         p("Sekda Sukamekar: Bupati Lantik Tiga Camat Baru 9 Januari 2026", "",
           "Sekretaris Daerah Kabupaten Sukamekar Rudi Hartono. (ANTARA/HO-Humas Sukamekar)", "",
           "SUKAMEKAR, SITUSKU.COM \u2013 Bupati Sukamekar dijadwalkan melantik tiga camat baru pada 9 Januari 2026 "
           "setelah masa jabatan camat lama berakhir.", S22_QUOTE),
         "Sekda Sukamekar: Bupati Lantik Tiga Camat Baru 9 Januari 2026", None, "Sukamekar",
         furniture=["HO-Humas"], keep=["tiga camat baru pada"], round=1),
    Case("s22r1-caption-credit-with-two-slashes-under-a-sentence-case-headline",
         p("Tiga camat baru di Sukamekar dilantik", "", "Tiga camat baru di Sukamekar dilantik", "",
           "Bupati Sukamekar melantik tiga camat baru di pendopo kabupaten, karena camat lama memasuki masa pensiun. "
           "(ANTARA News Jabar/Humas Pemkab Sukamekar/26)", "",
           "Sukamekar (ANTARA News Jabar) - Bupati Sukamekar melantik tiga camat baru di pendopo kabupaten, karena "
           "camat lama memasuki masa pensiun.", S22_QUOTE),
         "Tiga camat baru di Sukamekar dilantik", None, "Sukamekar", furniture=["Humas Pemkab Sukamekar/26"],
         keep=["pendopo kabupaten"], round=1),
    Case("s22r1-writers-codes-closing-the-last-paragraph-stay-story",
         p(S22_TITLE, "", "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE,
           "Sementara itu pengungsi yang sakit dirujuk ke puskesmas terdekat. Petugas kesehatan berjaga di posko "
           "selama 24 jam setiap hari. (rdr/ant)"),
         S22_TITLE, None, "Sukamekar", keep=["dirujuk ke puskesmas", "berjaga di posko"], round=1),
    Case("s22r1-one-word-brand-ending-in-zone-is-no-place",
         p(S22_TITLE, "", "CIBENINGZONE \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, None, keep=["400 lembar"], round=1),
    Case("s22r1-outlet-in-capitals-comma-then-a-known-place",
         p(S22_TITLE, "", "SINARNEWS, Cilacap \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Cilacap", keep=["400 lembar"], round=1),
    Case("s22r1-short-outlet-in-capitals-comma-then-a-known-place-glued-dash",
         p(S22_TITLE, "", "RKB, Kudus\u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Kudus", keep=["400 lembar"], round=1),
    Case("s22r1-hyphenated-outlet-bar-then-the-place",
         p(S22_TITLE, "", "SINAR-INDONESIA | PALEMBANG \u2014 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Palembang", keep=["400 lembar"], round=1),
    Case("s22r1-sentence-case-deck-full-of-names-over-the-editor-credit",
         p(S22_TITLE, "Bantuan dari Dinas Sosial (Dinsos) Kabupaten Sukamekar untuk Warga Desa Cibening Kecamatan "
           "Cibening tiba Selasa", "Editor: Dodi Pratama", "Laporan Wartawan Situsku Rina",
           "SITUSKU.COM, SUKAMEKAR - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sukamekar", keep=["400 lembar"], round=1),
    Case("s22r1-wordpress-shortcode-over-the-story",
         p("Kepala Desa Cibening Pimpin Kerja Bakti Bersihkan Saluran", "Pemerintahan0 Dilihat",
           "[responsivevoice_button voice=\u201dIndonesian Female\u201d buttontext=\u201dBerita Suara\u201d]",
           "Warga Desa Cibening bersama perangkat desa membersihkan saluran air di sepanjang jalan desa pada Minggu "
           "pagi agar air hujan tidak lagi meluap ke rumah warga.", S22_QUOTE),
         "Kepala Desa Cibening Pimpin Kerja Bakti Bersihkan Saluran", None, ANY,
         furniture=["responsivevoice"], keep=["membersihkan saluran"], round=1),
    Case("s22r1-font-size-widget-under-the-headline",
         p(S22_TITLE, "Font: Ukuran: - +", "SITUSKU.COM | Sukamekar - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sukamekar", furniture=["Ukuran:"], keep=["400 lembar"], round=1),
    Case("s22r1-lone-page-label-closing-the-story",
         p(S22_TITLE, "", "- 7 Januari 2026, 10:15 WIB", "", "Situsku - " + S22_LEAD, S22_QUOTE, S22_MORE, "",
           "Halaman:", "", "Editor: Dodi Pratama"),
         S22_TITLE, "2026-01-07", ANY, furniture=["Halaman:"], keep=["dapur umum"], round=1),
    Case("s22r1-scroll-to-resume-content-inside-the-story",
         p(S22_TITLE, "", "SUKAMEKAR \u2013 " + S22_LEAD, "ADVERTISEMENT", "SCROLL TO RESUME CONTENT", S22_QUOTE,
           S22_MORE),
         S22_TITLE, None, "Sukamekar", furniture=["SCROLL TO RESUME", "ADVERTISEMENT"], keep=["dapur umum"], round=1),
    Case("s22r1-comment-invitation-closing-the-story",
         p(S22_TITLE, "", "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE, S22_MORE, "", "Reporter: Rina", "",
           "Ayo tulis komentar cerdas"),
         S22_TITLE, None, "Sukamekar", furniture=["komentar cerdas"], keep=["dapur umum"], round=1),
    Case("s22r1-caption-closed-by-a-slashed-office-credit-over-an-outlet-lead",
         p(S22_TITLE, "", "- 7 Januari 2026, 10:15 WIB",
           "Kepala Dinas Sosial Sukamekar Hendra Gunawan membagikan selimut di posko Cibening, Selasa 6 Januari 2026.",
           "Kepala Dinas Sosial Sukamekar Hendra Gunawan membagikan selimut di posko Cibening, Selasa 6 Januari 2026. "
           "/Prokompim Setda Sukamekar.", "", "Situsku - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, "2026-01-07", ANY, furniture=["Prokompim", "membagikan selimut di posko"], keep=["400 lembar"],
         round=1),
    Case("s22r1-headline-naming-a-doctor-in-capitals-under-a-rubric",
         p("Daerah", "", "Bupati Sukamekar DR. H. Wahyu Pratama Resmikan Jalan Beton di Desa Cibening", "",
           "IMG 20260107 WA0012", "", "SUKAMEKAR \u2013 Bupati Sukamekar meresmikan jalan beton sepanjang 800 meter "
           "di Desa Cibening yang dibangun dengan dana desa.", S22_QUOTE),
         "Bupati Sukamekar DR. H. Wahyu Pratama Resmikan Jalan Beton di Desa Cibening", None, "Sukamekar",
         keep=["800 meter"], round=1),
    Case("s22r1-dateline-in-capitals-glued-by-three-hyphens",
         p(S22_TITLE, "", "SUKAMEKAR---Kepala Dinas Sosial Sukamekar Hendra Gunawan membagikan 400 lembar selimut "
           "kepada pengungsi banjir di Kecamatan Cibening.", S22_QUOTE),
         S22_TITLE, None, "Sukamekar", keep=["Kepala Dinas Sosial Sukamekar Hendra Gunawan membagikan"], round=1),
    Case("s22r1-known-city-glued-by-three-hyphens",
         p(S22_TITLE, "", "Garut---Kepala Dinas Sosial Garut Hendra Gunawan membagikan 400 lembar selimut kepada "
           "pengungsi banjir di Kecamatan Cibening.", S22_QUOTE),
         S22_TITLE, None, "Garut", keep=["Kepala Dinas Sosial Garut Hendra Gunawan membagikan"], round=1),
    Case("s22r1-deck-sentence-between-headline-and-date-line",
         p(S22_TITLE, "Selimut dibagikan langsung di posko pengungsian oleh petugas dinas.", "Rabu, 7 Januari 2026 10:15 WIB",
           "", "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, "2026-01-07", "Sukamekar", keep=["400 lembar"], round=1),
    Case("s22r1-blog-headline-hard-wrapped-after-its-verb",
         p("Rabu, 07 Januari 2026", "", "Warga Desa Cibening Gotong Royong Membangun",
           "Jembatan Bambu di Dusun Tiga", "",
           "Warga Desa Cibening bergotong royong membangun jembatan bambu sepanjang 15 meter di Dusun Tiga karena "
           "jembatan lama hanyut terbawa banjir pekan lalu.", S22_QUOTE),
         "Warga Desa Cibening Gotong Royong Membangun Jembatan Bambu di Dusun Tiga", "2026-01-07", ANY,
         keep=["15 meter"], round=1),
    Case("s22r1-date-in-a-bulleted-post-meta-list",
         p("Sosial", "", S22_TITLE, "", "  \u2022   Rina Marlina", "  \u2022   7 Januari 2026", "  \u2022   10:15am",
           "  \u2022   Sosial", "  \u2022   312 kali dilihat", "", "Sukamekar - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, "2026-01-07", ANY, keep=["400 lembar"], round=1),
    Case("s22r1-place-and-province-letters-glued-to-the-dash",
         p(S22_TITLE, "", "Sumbawa NTB\u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sumbawa", keep=["400 lembar"], round=1),
    Case("s22r1-regency-initials-keep-their-capitals",
         p(S22_TITLE, "", "Situsku.id, PPU \u2013 Banjir merendam Desa Sumber Sari di Kabupaten Penajam Paser Utara "
           "(PPU) sejak Senin malam.", S22_QUOTE),
         S22_TITLE, None, "PPU", keep=["Sumber Sari"], round=1),
    Case("s22r1-writer-and-date-on-one-line-stay-a-date-line",
         p(S22_TITLE, "", "Redaksi Situsku 7 Januari 2026 10:15 WIB", "", "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, "2026-01-07", "Sukamekar", keep=["400 lembar"], round=1),
    Case("s22r1-photo-credit-in-capitals-with-slashes-still-a-caption",
         p(S22_TITLE, "", "Petugas membagikan selimut di posko Cibening. (SITUSKU/Rina Marlina)", "",
           "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sukamekar", furniture=["SITUSKU/Rina"], keep=["400 lembar"], round=1),
]


# Session 22, round 2: forms of fresh21's even texts (a list's label over dashed headlines, an agency caption longer
# than a paragraph with an empty pair of parentheses, a pull quote's end set apart) and the odd cases of round 1's
# rules kept apart (a headline set again as a photo's title, an outlet named after its province).
S22_CASES += [
    Case("s22r2-list-label-over-dashed-headlines-is-no-dateline",
         p("- Pasar Murah Digelar di Lima Kecamatan", "- Jalan Lingkar Cibening Mulai Diaspal", S22_TITLE,
           "Berita Populer", "- Harga Cabai Turun Jelang Akhir Pekan", "- Sekolah Baru Dibuka di Dusun Tiga",
           "Situsku - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, ANY, furniture=["Berita Populer", "Harga Cabai Turun"], keep=["400 lembar"], round=2),
    Case("s22r2-agency-caption-longer-than-a-paragraph-with-empty-parentheses",
         p(S22_TITLE, S22_TITLE,
           "Selimut Untuk Pengungsi. Petugas menata selimut bantuan di gudang logistik Dinas Sosial Kabupaten Sukamekar, "
           "Senin (5/1/2026). Dinas Sosial menargetkan penyaluran selimut, tikar, dan perlengkapan bayi kepada seluruh "
           "pengungsi banjir di tiga kecamatan dalam dua pekan ke depan melalui posko-posko yang didirikan bersama "
           "relawan dan aparat desa setempat. (ANTARA FOTO/Rina Marlina) ()",
           "Sukamekar (ANTARA) - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sukamekar", furniture=["ANTARA FOTO", "gudang logistik"], keep=["400 lembar"], round=2),
    Case("s22r2-pull-quote-end-over-the-story-is-no-headline",
         p("Dinsos Sukamekar bagikan selimut untuk pengungsi", "Dinsos Sukamekar bagikan selimut untuk pengungsi",
           "Kami juga menyiapkan tikar dan perlengkapan bayi bagi pengungsi yang membutuhkan.\"",
           "Sukamekar (ANTARA) - " + S22_LEAD, S22_QUOTE),
         "Dinsos Sukamekar bagikan selimut untuk pengungsi", None, "Sukamekar", keep=["400 lembar"], round=2),
    Case("s22r2-headline-set-again-as-a-photos-title-stays-the-headline",
         p(S22_TITLE, S22_TITLE + ".(ist)", "SUKAMEKAR, SITUSKU.COM \u2013 " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, "Sukamekar", keep=["400 lembar"], round=2),
    Case("s22r2-outlet-named-after-its-province-is-no-place",
         p(S22_TITLE, "", "Kabar Kaltara - " + S22_LEAD, S22_QUOTE),
         S22_TITLE, None, None, keep=["400 lembar"], round=2),
    Case("s22r2-writers-codes-of-an-office-and-initials-stay-story",
         p(S22_TITLE, "", "SUKAMEKAR \u2013 " + S22_LEAD, S22_QUOTE,
           "Bantuan ini menjangkau 120 keluarga di tiga desa yang terdampak paling parah. (Dinsos/Skm/rn)"),
         S22_TITLE, None, "Sukamekar", keep=["menjangkau 120 keluarga"], round=2),
    Case("s22r2-dateline-with-its-source-glued-by-three-hyphens",
         p(S22_TITLE, "", "Sukamekar (Humas)---Kepala Dinas Sosial Sukamekar, Hendra Gunawan, membagikan 400 lembar selimut "
           "kepada pengungsi banjir.", S22_QUOTE),
         S22_TITLE, None, "Sukamekar", keep=["Kepala Dinas Sosial Sukamekar, Hendra"], round=2),
    Case("s22r2-photo-file-name-in-a-bulleted-gallery-is-no-date",
         p(S22_TITLE, "  \u2022 WhatsApp Image 2026-01-08 at 09.15.22", "", "SUKAMEKAR (6 Januari 2026) - " + S22_LEAD,
           S22_QUOTE),
         S22_TITLE, "2026-01-06", "Sukamekar", keep=["400 lembar"], round=2),
]


# Session-14 cases whose miss is left on purpose, with the reason (listed, not failing the run).
KNOWN_LEFT: dict[str, str] = {
    "s19r1-brand-word-before-place": "the page names Pati only inside office names (Kepolisian Resor Pati, Kejaksaan "
                                     "Negeri Pati), which the place words do not read, and Pati is a common word the "
                                     "gazetteer leaves out: nothing makes it the place rather than the brand word before it",
    "s18r1-stamp-with-writer-after-dash-under-dek": "as HTML only: the dek sentence over the stamp keeps "
    "trafilatura's cleaning (as s16r5-photo-titles-over-credited-captions), which keeps the stamp and its writer in "
    "the story; the text reading drops them",
    "s16r5-photo-titles-over-credited-captions": "as HTML only: a dek sentence over the page's date line leaves a "
    "sentence above the story, so the import keeps trafilatura's cleaning, which keeps the photos' titles; marking "
    "a sentence over a date line as a dek would lose a story's first paragraph over a PDF's running header",
    "s16r1-caps-first-word-lead-under-teasers": "as HTML only: the import keeps trafilatura's story whole when the page "
    "reading leaves sentences above the story's start (two teaser sentences under a 'Headline' widget read as "
    "sentences), since cutting them could cut a story's opening; the text reading drops them",
    "s14r4-pdf-page-break-inside-quote": "the page number between a quote's two halves leaves the story (normalize and "
    "read_page drop it) but stays in Quote.text, which is by contract original[start:end] without its marks "
    "(extract.quote_text, the quote owner's module); start and end are right",
}


def run(verbose: bool = False) -> int:
    failures: list[str] = []
    fields, wrong_dates = _run_text(CASES, failures, verbose)
    print(f"probe_pages: {len(CASES)} pages; " + _summary(fields, wrong_dates))
    print(f"probe_pages as HTML (importers.html): {_run_html(CASES, failures)}/{len(CASES)} pages right in every check")
    every = CASES + S13_CASES
    ex_right, ex_wrong = _run_extract(every, failures)
    wrong_dates += ex_wrong
    print(f"probe_pages through extract() (title, date, place; session 13): {ex_right}/{len(every)} pages right "
          f"(wrong dates {ex_wrong})")
    rounds = sorted({c.round for c in S13_CASES} | {c.round for c in S13_HTML})
    for n in rounds:
        cases = [c for c in S13_CASES if c.round == n]
        raw = [c for c in S13_HTML if c.round == n]
        got, wrong = _run_text(cases, failures, verbose)
        wrong_dates += wrong
        raw_ok, raw_wrong = _run_raw_html(raw, failures)
        wrong_dates += raw_wrong
        text = (f"{len(cases)} pages; " + _summary(got, wrong) + f"; as HTML {_run_html(cases, failures)}/{len(cases)}; "
                if cases else "")
        print(f"probe_pages session 13 round {n}: {text}saved HTML {raw_ok}/{len(raw)} (wrong dates {raw_wrong})")
    wrong_dates += _run_session14(failures, verbose)
    wrong_dates += _run_session15(failures, verbose)
    wrong_dates += _run_rounds(16, S16_CASES, failures, verbose)
    wrong_dates += _run_rounds(18, S18_CASES, failures, verbose)
    wrong_dates += _run_rounds(19, S19_CASES, failures, verbose)
    wrong_dates += _run_rounds(20, S20_CASES, failures, verbose)
    wrong_dates += _run_rounds(21, S21_CASES, failures, verbose)
    wrong_dates += _run_rounds(22, S22_CASES, failures, verbose)
    known = [line for line in failures if line.split(":")[0].split(" [")[0] in KNOWN_LEFT]
    for line in failures:
        print(("  KNOWN " if line in known else "  FAIL ") + line)
    for name, why in KNOWN_LEFT.items():
        print(f"  known left {name}: {why}")
    lost = sum(1 for line in failures if "lost" in line and line not in known)
    return 1 if wrong_dates or lost else 0


if __name__ == "__main__":
    sys.exit(run("-v" in sys.argv[1:]))
