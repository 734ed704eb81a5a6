"""Probe of the acronyms a text defines (short = long form): short texts written for this probe (no
third-party text), each with the pairs an editor expects, many with none (a parenthesis that is not a
definition). Prints right / wrong / missed / extra per round and lists every failure by case.

    .venv/bin/python bench/probe_acronyms.py          # score and failures
    .venv/bin/python bench/probe_acronyms.py --quiet  # score only

Pairs are compared as bench/eval_acronyms.py compares them (case, spaces and the hyphen aside).
Counted per expected pair: right (given), missed (not given); per pair given and not expected:
extra when the case names it as also fine (ALSO: a pair an editor would accept), else WRONG. A wrong
pair is the worst outcome: search learns it as a synonym. Exit status 1 on any WRONG pair not named
in KNOWN; failures named in KNOWN are marked as known, with why.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from melati_archive.nlp.extract import extract  # noqa: E402

Pair = tuple[str, str]

# round label -> [(name, text, [(short, long) expected])]
ROUNDS: list[tuple[str, list[tuple[str, str, list[Pair]]]]] = [
    ("round 1: the common forms, written before it was run", [
        ("long-paren-acr",
         "Dinas Sosial menyalurkan Bantuan Pangan Non Tunai (BPNT) kepada 300 keluarga.",
         [("BPNT", "Bantuan Pangan Non Tunai")]),
        ("acr-paren-long",
         "Kepala BPBD (Badan Penanggulangan Bencana Daerah) Kabupaten Cianjur meninjau lokasi longsor.",
         [("BPBD", "Badan Penanggulangan Bencana Daerah")]),
        ("long-atau-acr",
         "Penerima Kartu Keluarga Sejahtera atau KKS diminta membawa KTP.",
         [("KKS", "Kartu Keluarga Sejahtera")]),
        ("yang-disingkat",
         "Program bedah Rumah Tidak Layak Huni yang disingkat RTLH menyasar 40 rumah.",
         [("RTLH", "Rumah Tidak Layak Huni")]),
        ("atau-yang-disingkat",
         "Warga menerima Bantuan Langsung Tunai atau yang disingkat BLT sebesar Rp 600 ribu.",
         [("BLT", "Bantuan Langsung Tunai")]),
        ("selanjutnya-disebut",
         "Badan Usaha Milik Desa, selanjutnya disebut BUMDes, mengelola pasar desa.",
         [("BUMDes", "Badan Usaha Milik Desa")]),
        ("yang-selanjutnya-disingkat-paren",
         "Peraturan ini mengatur Lembaga Kesejahteraan Sosial (yang selanjutnya disingkat LKS) di daerah.",
         [("LKS", "Lembaga Kesejahteraan Sosial")]),
        ("kepanjangan-dari",
         "PKH merupakan kepanjangan dari Program Keluarga Harapan yang menyasar keluarga miskin.",
         [("PKH", "Program Keluarga Harapan")]),
        ("singkatan-dari",
         "KUBE adalah singkatan dari Kelompok Usaha Bersama yang dibentuk warga desa.",
         [("KUBE", "Kelompok Usaha Bersama")]),
        ("akronim-dari",
         "Tagana merupakan akronim dari Taruna Siaga Bencana, relawan yang dibina Kementerian Sosial.",
         [("Tagana", "Taruna Siaga Bencana")]),
        ("dan-inside",
         "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Depok membuka pelatihan.",
         [("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak")]),
        ("comma-inside",
         "Dinas Koperasi, Usaha Kecil dan Menengah (Diskop UKM) menggelar bazar produk lokal.",
         [("Diskop UKM", "Dinas Koperasi, Usaha Kecil dan Menengah")]),
        ("serta-inside",
         "Rapat dipimpin Badan Perencanaan Pembangunan serta Penelitian dan Pengembangan Daerah (Bappelitbangda).",
         [("Bappelitbangda", "Badan Perencanaan Pembangunan serta Penelitian dan Pengembangan Daerah")]),
        ("regional-tail",
         "Dinas Sosial Kota Bekasi (Dinsos Kota Bekasi) membuka dapur umum di Bekasi Timur.",
         [("Dinsos Kota Bekasi", "Dinas Sosial Kota Bekasi")]),
        ("regional-tail-short",
         "Badan Penanggulangan Bencana Daerah Kabupaten Garut (BPBD Garut) mendirikan tenda pengungsian.",
         [("BPBD Garut", "Badan Penanggulangan Bencana Daerah Kabupaten Garut")]),
        ("english-long-form",
         "Perusahaan menyalurkan dana Corporate Social Responsibility (CSR) untuk panti asuhan.",
         [("CSR", "Corporate Social Responsibility")]),
        ("kemenpppa",
         "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA) mengirim tim pendamping.",
         [("KemenPPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak")]),
        ("kemen-pppa-two-tokens-inside",
         "Tim dari Kemen PPPA (Kementerian Pemberdayaan Perempuan dan Perlindungan Anak) tiba di lokasi.",
         [("Kemen PPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak")]),
        ("p3k-digit",
         "Sebanyak 120 Pegawai Pemerintah dengan Perjanjian Kerja (P3K) dilantik hari ini.",
         [("P3K", "Pegawai Pemerintah dengan Perjanjian Kerja")]),
        ("pppk",
         "Seleksi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) dibuka bulan depan.",
         [("PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja")]),
        ("e-ktp",
         "Warga diminta membawa Kartu Tanda Penduduk elektronik (e-KTP) saat pencairan.",
         [("e-KTP", "Kartu Tanda Penduduk elektronik")]),
        ("bpjs-kesehatan-inside",
         "Peserta BPJS Kesehatan (Badan Penyelenggara Jaminan Sosial Kesehatan) bertambah.",
         [("BPJS Kesehatan", "Badan Penyelenggara Jaminan Sosial Kesehatan")]),
        ("syllables-satpol-pp",
         "Petugas Satuan Polisi Pamong Praja (Satpol PP) menertibkan pedagang.",
         [("Satpol PP", "Satuan Polisi Pamong Praja")]),
        ("syllables-puskesmas",
         "Warga berobat ke Pusat Kesehatan Masyarakat (Puskesmas) terdekat.",
         [("Puskesmas", "Pusat Kesehatan Masyarakat")]),
        ("syllables-damkar",
         "Petugas Pemadam Kebakaran (Damkar) tiba sepuluh menit kemudian.",
         [("Damkar", "Pemadam Kebakaran")]),
        ("syllables-kemensos-inside",
         "Bantuan dari Kemensos (Kementerian Sosial) tiba di posko.",
         [("Kemensos", "Kementerian Sosial")]),
        ("lower-balita",
         "Kader posyandu menimbang anak bawah lima tahun (balita) setiap bulan.",
         [("balita", "bawah lima tahun")]),
        ("lower-bansos-lansia",
         "Penyaluran bantuan sosial (bansos) bagi lanjut usia (lansia) dimulai pekan ini.",
         [("bansos", "bantuan sosial"), ("lansia", "lanjut usia")]),
        ("two-in-one-sentence",
         "Keluarga Penerima Manfaat (KPM) Program Keluarga Harapan (PKH) wajib hadir di pertemuan kelompok.",
         [("KPM", "Keluarga Penerima Manfaat"), ("PKH", "Program Keluarga Harapan")]),
        ("inside-a-quote",
         "\"Kami bekerja sama dengan Lembaga Kesejahteraan Sosial Anak (LKSA) setempat,\" kata Rina Marlina.",
         [("LKSA", "Lembaga Kesejahteraan Sosial Anak")]),
        ("in-a-headline",
         "Dinsos Salurkan Bantuan Sosial Tunai (BST) ke 300 Warga\n"
         "BEKASI - Dinas Sosial Kota Bekasi menyalurkan bantuan kepada warga terdampak.",
         [("BST", "Bantuan Sosial Tunai")]),
        ("defined-twice-first-wins",
         "Tim Reaksi Cepat (TRC) dikerahkan ke lokasi. Anggota Tim Respons Cepat (TRC) membawa perahu karet.",
         [("TRC", "Tim Reaksi Cepat")]),
        # parentheses that are no definition
        ("no-kiri", "Bupati Sumedang (kiri) menyerahkan bantuan kepada warga.", []),
        ("no-age", "Korban, Sutini (12), dibawa ke rumah sakit.", []),
        ("no-agency-credit", "Warga mengantre bantuan di kantor desa. (ant)", []),
        ("no-date", "Penyaluran dimulai Senin (4/3) di kantor kecamatan.", []),
        ("no-place", "Banjir melanda Kabupaten Bekasi (Jawa Barat) sejak Selasa.", []),
        ("no-person", "Ketua RT setempat (Budi Santoso) ikut membantu evakuasi.", []),
        ("no-role", "Ahmad Sanusi (Kepala Dinas) memimpin rapat koordinasi.", []),
        ("no-translation", "Program ini disebut rumah singgah (bahasa Inggris: shelter house) oleh warga.", []),
        ("no-amount", "Setiap keluarga menerima bantuan tunai (Rp 2 juta) per bulan.", []),
        ("no-photo-credit", "Petugas membagikan paket sembako kepada warga. (foto: Humas Pemkab)", []),
        ("no-english-gloss", "Balai menerapkan pelayanan satu pintu (one stop service) bagi tamu.", []),
        ("no-person-initials-fit",
         "Sambutan disampaikan Kepala Sekolah (Kasmini Sulastri) di halaman sekolah.", []),
    ]),
    ("round 2: more forms and more parentheses that are none, written before it was run", [
        ("line-break-inside-long-form",
         "Kegiatan ini diselenggarakan oleh Dinas Pemberdayaan Masyarakat dan\nDesa (DPMD) bersama kecamatan.",
         [("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa")]),
        ("headline-line-then-long-form",
         "Dinsos Gelar Pelatihan\nKelompok Usaha Bersama (KUBE) dibentuk di tiga desa.",
         [("KUBE", "Kelompok Usaha Bersama")]),
        ("lower-over-commas",
         "Pelaku usaha mikro, kecil, dan menengah (UMKM) mendapat pelatihan pemasaran.",
         [("UMKM", "usaha mikro, kecil, dan menengah")]),
        ("lower-clean-initials",
         "Seluruh organisasi perangkat daerah (OPD) wajib melapor setiap bulan.",
         [("OPD", "organisasi perangkat daerah")]),
        ("lower-psbb",
         "Selama pembatasan sosial berskala besar (PSBB) warga diminta di rumah.",
         [("PSBB", "pembatasan sosial berskala besar")]),
        ("lower-peksos",
         "Para pekerja sosial (peksos) mendampingi anak di panti.",
         [("peksos", "pekerja sosial")]),
        ("acr-yaitu-long",
         "Warga juga menerima BLT, yaitu Bantuan Langsung Tunai, dari desa.",
         [("BLT", "Bantuan Langsung Tunai")]),
        ("office-role-acronyms",
         "Wakil Bupati (Wabup) Garut dan Kepala Dinas Kesehatan (Kadinkes) meninjau posyandu.",
         [("Wabup", "Wakil Bupati"), ("Kadinkes", "Kepala Dinas Kesehatan")]),
        ("pemkab",
         "Pemerintah Kabupaten (Pemkab) Bogor menyiapkan anggaran.",
         [("Pemkab", "Pemerintah Kabupaten")]),
        ("satgas-with-tail",
         "Satuan Tugas (Satgas) Penanganan Covid-19 menggelar rapat.",
         [("Satgas", "Satuan Tugas")]),
        ("hyphen-in-acronym",
         "Gerakan Nasional Orang Tua Asuh (GN-OTA) menyalurkan beasiswa.",
         [("GN-OTA", "Gerakan Nasional Orang Tua Asuh")]),
        ("rsud-then-name",
         "Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) dr. Soekardjo.",
         [("RSUD", "Rumah Sakit Umum Daerah")]),
        ("english-and",
         "Tim Search and Rescue (SAR) gabungan menyisir sungai.",
         [("SAR", "Search and Rescue")]),
        ("english-ampersand",
         "Divisi Research & Development (R&D) menyiapkan produk baru.",
         [("R&D", "Research & Development")]),
        ("covid-with-year",
         "Pandemi Coronavirus Disease 2019 (Covid-19) berdampak pada ekonomi warga.",
         [("Covid-19", "Coronavirus Disease 2019")]),
        ("two-pairs-dan",
         "Rapat dihadiri Organisasi Perangkat Daerah (OPD) dan Badan Usaha Milik Daerah (BUMD).",
         [("OPD", "Organisasi Perangkat Daerah"), ("BUMD", "Badan Usaha Milik Daerah")]),
        ("university",
         "Mahasiswa Universitas Gadjah Mada (UGM) menggelar kuliah kerja nyata.",
         [("UGM", "Universitas Gadjah Mada")]),
        ("province-jabar",
         "Pemerintah Provinsi Jawa Barat (Jabar) menambah kuota.",
         [("Jabar", "Jawa Barat")]),
        ("all-caps-headline",
         "BADAN PUSAT STATISTIK (BPS) CATAT KEMISKINAN TURUN\nJAKARTA - Angka kemiskinan turun.",
         [("BPS", "BADAN PUSAT STATISTIK")]),
        ("same-acronym-two-long-forms",
         "Data Badan Pusat Statistik (BPS) dipakai. Petugas BPS (Balai Pemasyarakatan) juga hadir.",
         [("BPS", "Badan Pusat Statistik")]),
        ("ketua-lpm-desa",
         "Ketua LPM (Lembaga Pemberdayaan Masyarakat) Desa Sukamaju hadir.",
         [("LPM", "Lembaga Pemberdayaan Masyarakat")]),
        ("lower-otg",
         "Pasien orang tanpa gejala (OTG) menjalani isolasi mandiri.",
         [("OTG", "orang tanpa gejala")]),
        # parentheses that are no definition
        ("no-persero", "Kerja sama dengan PT Pos Indonesia (Persero) dalam penyaluran.", []),
        ("no-tbk", "Bank Rakyat Indonesia (Tbk) ikut menyalurkan bantuan.", []),
        ("no-wib", "Acara dimulai pukul 09.00 (WIB) di aula kantor.", []),
        ("no-red", "Menurutnya, bantuan itu (beras, red) sudah dibagikan.", []),
        ("no-dok", "Suasana penyaluran bantuan di kantor desa. (Dok. Humas Dinsos)", []),
        ("no-position", "Kepala Desa (tengah) berfoto bersama penerima bantuan.", []),
        ("no-full-date", "Penyaluran dilakukan Kamis (2/3/2024) di balai desa.", []),
        ("no-age-years", "Warga bernama Sutarmi (64 tahun) menerima bantuan.", []),
        ("no-istimewa", "Petugas mengevakuasi warga. (istimewa)", []),
        ("no-sumber", "Angka kemiskinan turun 2 persen (Sumber: BPS).", []),
        ("no-acronym-without-long-form", "Sebanyak 200 penerima bansos (PKH) hadir di aula.", []),
        ("no-translation-mou", "Kedua pihak menandatangani nota kesepahaman (MoU) kemarin.", []),
        ("no-initials-of-a-minor", "Seorang anak berinisial AS (12) diantar ke rumah aman.", []),
        ("no-day-name", "Pasar itu ramai setiap Jumat (Kliwon) pagi.", []),
        ("no-name-then-role", "Rahmat Hidayat (Kepala Desa Sukamaju) menerima bantuan.", []),
        ("no-lower-word-inside", "Rumah itu sudah direnovasi (diperbaiki) oleh warga.", []),
    ]),
    ("round 3: texts made to trip rounds 1-2, and more forms, written before it was run", [
        ("no-disebut-name", "Warga yang disebut Pak Kumis itu pindah ke desa lain.", []),
        ("no-disingkat-lower", "Waktu pelatihan disingkat menjadi dua hari saja.", []),
        ("no-atau-two-acronyms", "Warga penerima PKH atau BPNT diminta membawa kartu.", []),
        ("atau-run-longer-than-long-form",
         "Penyaluran BLT atau Bantuan Langsung Tunai Dana Desa tahap kedua dimulai.",
         [("BLT", "Bantuan Langsung Tunai")]),
        ("kpm-yaitu",
         "Bantuan diberikan kepada KPM, yaitu Keluarga Penerima Manfaat program sembako.",
         [("KPM", "Keluarga Penerima Manfaat")]),
        ("no-yaitu-name", "Bantuan datang dari BPK, yaitu Bapak Kepala Puskesmas setempat.", []),
        ("no-singkatan-word", "Nama program ini singkatan dari kata Peduli dan Bersama.", []),
        ("no-nickname-inside-name", "Hadir pula Raden Ajeng Kartini (Ajeng) dari sanggar tari.", []),
        ("no-place-as-acronym", "Kantor Dinas Sosial Kota Bekasi (Kota Bekasi) ramai.", []),
        ("kapolres", "Kepala Kepolisian Resor (Kapolres) Garut memimpin apel.",
         [("Kapolres", "Kepala Kepolisian Resor")]),
        ("kapolsek-place-tail", "Kepala Kepolisian Sektor Cibinong (Kapolsek Cibinong) memimpin apel.",
         [("Kapolsek Cibinong", "Kepala Kepolisian Sektor Cibinong")]),
        ("no-hut-around", "Peringatan Hari Bhayangkara (HUT) Polri digelar meriah.", []),
        ("acr-adalah-long",
         "KUBE adalah Kelompok Usaha Bersama yang beranggotakan sepuluh keluarga.",
         [("KUBE", "Kelompok Usaha Bersama")]),
        ("no-acr-adalah-lower", "PKH adalah program bantuan bersyarat dari pemerintah.", []),
        ("no-indonesian-gloss-of-english-acronym",
         "Menurut Organisasi Kesehatan Dunia (WHO), angka kasus menurun.", []),
        ("english-long-form-who",
         "Menurut World Health Organization (WHO), angka kasus menurun.",
         [("WHO", "World Health Organization")]),
        ("no-two-acronyms-inside", "Penerima bantuan sosial (PKH dan BPNT) wajib hadir.", []),
        ("roman-numeral-tail",
         "Kontingen daerah siap mengikuti Pekan Olahraga Nasional XX (PON XX) di Papua.",
         [("PON XX", "Pekan Olahraga Nasional XX")]),
        ("hut-ri",
         "Peringatan Hari Ulang Tahun (HUT) ke-77 Republik Indonesia (RI) digelar di lapangan desa.",
         [("HUT", "Hari Ulang Tahun"), ("RI", "Republik Indonesia")]),
        ("kepala-before-long-form",
         "Kepala Badan Pusat Statistik (BPS) memaparkan data kemiskinan.",
         [("BPS", "Badan Pusat Statistik")]),
        ("lower-pemda-pemdes",
         "Dana dari pemerintah daerah (pemda) dan pemerintah desa (pemdes) dipakai untuk rumah warga.",
         [("pemda", "pemerintah daerah"), ("pemdes", "pemerintah desa")]),
        ("no-region-abbrev", "Alamat kantor di Jalan Merdeka, Bekasi (Kab.) sudah pindah.", []),
        ("no-single-letter", "Anak itu tinggal di Blok (A) nomor 12.", []),
        ("quote-marks-around-long-form",
         "Program \"Kampung Ramah Anak\" (KRA) diluncurkan.",
         [("KRA", "Kampung Ramah Anak")]),
        # written [] before the run; an editor reads HAN = Hari Anak Nasional (corrected after the first run)
        ("long-form-with-ke",
         "Peringatan Hari Anak Nasional ke-38 (HAN) dipusatkan di Bogor.",
         [("HAN", "Hari Anak Nasional")]),
        ("lower-ktp-el",
         "Warga wajib membawa kartu tanda penduduk elektronik (KTP-el) saat pencairan.",
         [("KTP-el", "kartu tanda penduduk elektronik")]),
        ("no-person-suspect-initials-lower", "Pelaku berinisial ab (25) ditangkap warga.", []),
        ("two-definitions-atau-and-paren",
         "Bantuan Sosial Tunai atau BST disalurkan lewat Kantor Pos (Kantor Pos) dan Bank Himbara (Himpunan Bank Milik Negara).",
         [("BST", "Bantuan Sosial Tunai"), ("Himbara", "Himpunan Bank Milik Negara")]),
        ("definition-in-quote-acr-long",
         "\"Data kami ambil dari DTKS (Data Terpadu Kesejahteraan Sosial),\" ujar Rina Marlina.",
         [("DTKS", "Data Terpadu Kesejahteraan Sosial")]),
        ("lks-long-form-lks-anak",
         "Lembaga Kesejahteraan Sosial Anak (LKSA) dan Lembaga Kesejahteraan Sosial (LKS) lanjut usia hadir.",
         [("LKSA", "Lembaga Kesejahteraan Sosial Anak"), ("LKS", "Lembaga Kesejahteraan Sosial")]),
    ]),
    ("round 4: forms seen in the even PFSA articles' unread parentheses, written before it was run", [
        ("english-on", "Direktur Institute for Research on Poverty (IRP) memaparkan hasil survei.",
         [("IRP", "Institute for Research on Poverty")]),
        ("english-on-caps", "Menurut Conference on Disability Rights (CDR), akses layanan belum merata.",
         [("CDR", "Conference on Disability Rights")]),
        ("digit-four", "Petani belajar di Pusat Pelatihan Pertanian dan Perdesaan Swadaya (P4S) desa.",
         [("P4S", "Pusat Pelatihan Pertanian dan Perdesaan Swadaya")]),
        ("slash-between-words", "Rapat dipimpin Kepala Lembaga Pengadaan Barang/Jasa Daerah (LPBJD) kemarin.",
         [("LPBJD", "Lembaga Pengadaan Barang/Jasa Daerah")]),
        ("hyphenated-places", "Ruas Tol Bogor-Ciawi-Sukabumi (Bocimi) dibuka untuk mudik.",
         [("Bocimi", "Bogor-Ciawi-Sukabumi")]),
        ("hyphenated-places-two", "Jalan Tol Jakarta-Cikampek (Japek) padat sejak pagi.",
         [("Japek", "Jakarta-Cikampek")]),
        ("english-hyphen-word", "Sebuah Non-Governmental Organization (NGO) ikut membantu.",
         [("NGO", "Non-Governmental Organization")]),
        ("english-two-as-to", "Kerja sama business to business (B2B) dengan pabrik dimulai.",
         [("B2B", "business to business")]),
        ("pokmas-inner-first", "Kelompok Masyarakat (Pokmas) Peduli Sungai membersihkan bantaran.",
         [("Pokmas", "Kelompok Masyarakat")]),
        ("english-lower-wfh", "Pegawai kembali work from home (WFH) selama sepekan.",
         [("WFH", "work from home")]),
        ("no-indonesian-gloss-wfh", "Pegawai kembali bekerja dari rumah (WFH) selama sepekan.", []),
        ("no-region-pair-hyphen", "Ruas Manado-Bitung (Sulawesi Utara) dibuka bulan depan.", []),
        ("no-rt-rw", "Warga Kampung Baru (RT 03/RW 05) terdampak banjir.", []),
        ("no-day-date", "Rapat digelar kemarin (Kamis, 4/3) di aula.", []),
        ("no-kabupaten-in-paren", "Banjir melanda Kecamatan Cibinong (Kabupaten Bogor) sejak pagi.", []),
        ("no-team-letter", "Tim Putri (Tim B) memenangi lomba.", []),
        ("no-persero", "Bantuan disalurkan PT Pelabuhan Indonesia (Persero) kepada nelayan.", []),
        ("no-month", "Kunjungan turun menjadi 21 orang (April) dan 12 orang (Mei).", []),
        ("no-chemical", "Pemakaian merkuri (Hg) merusak sungai.", []),
        ("no-car-model", "Mobil hitam (Avanza) itu terbakar.", []),
        ("no-military-branch", "Komandan Kodim Letnan Kolonel (Inf) Suryadi Pratama hadir.", []),
        ("no-name-after-kpu", "Surat ditandatangani Ketua KPU (Rahmat Santoso) kemarin.", []),
    ]),
    ("round 5: texts made to trip rounds 3-4, regulations, lower-case words, written before it was run", [
        ("covid-long-inside-with-year", "Penanganan Covid-19 (Corona Virus Disease 2019) terus berjalan.",
         [("Covid-19", "Corona Virus Disease 2019")]),
        ("dan-atau-inside", "Panitia Pengadaan Barang dan/atau Jasa (PPBJ) dibentuk bupati.",
         [("PPBJ", "Panitia Pengadaan Barang dan/atau Jasa")]),
        ("compound-trans-jawa", "Arus mudik di Tol Trans-Jawa (TTJ) padat merayap.",
         [("TTJ", "Tol Trans-Jawa")]),
        ("no-compound-region", "Jalur Solo-Yogyakarta (Jawa Tengah) padat.", []),
        ("ordinal-after-long-form", "Perayaan Hari Jadi Bogor ke-541 (HJB) berlangsung meriah.",
         [("HJB", "Hari Jadi Bogor")]),
        ("ordinal-inside-long-form", "Perayaan Hari Jadi ke-541 Bogor (HJB) berlangsung meriah.",
         [("HJB", "Hari Jadi ke-541 Bogor")]),
        ("no-adalah-one-word", "KPU adalah Komisi yang mandiri dan independen.", []),
        ("merupakan-longer-run", "BPS merupakan Badan Pusat Statistik Kabupaten Bogor yang mendata warga.",
         [("BPS", "Badan Pusat Statistik")]),
        ("no-spelt-out-place", "Warga Kota Bogor (Bogor) antusias.", []),
        ("uu-inside", "Aturan itu tertuang dalam UU (Undang-Undang) Nomor 11 Tahun 2009.",
         [("UU", "Undang-Undang")]),
        ("perda-inside", "Perda (Peraturan Daerah) Nomor 5 Tahun 2020 mengatur pengemis.",
         [("Perda", "Peraturan Daerah")]),
        ("permensos-inside", "Permensos (Peraturan Menteri Sosial) Nomor 3 Tahun 2021 menjadi acuan.",
         [("Permensos", "Peraturan Menteri Sosial")]),
        ("kepmensos", "Keputusan Menteri Sosial (Kepmensos) Nomor 146 menetapkan data.",
         [("Kepmensos", "Keputusan Menteri Sosial")]),
        ("inpres", "Inpres (Instruksi Presiden) itu terbit bulan lalu.",
         [("Inpres", "Instruksi Presiden")]),
        ("no-list-inside", "Tiga program (PKH, BPNT, dan BST) disalurkan bersamaan.", []),
        ("kip-kuliah-whole", "Mahasiswa penerima Kartu Indonesia Pintar Kuliah (KIP Kuliah) bertambah.",
         [("KIP Kuliah", "Kartu Indonesia Pintar Kuliah")]),
        ("kip-then-word", "Mahasiswa penerima Kartu Indonesia Pintar (KIP) Kuliah bertambah.",
         [("KIP", "Kartu Indonesia Pintar")]),
        ("lower-angkot", "Sopir angkutan kota (angkot) menerima bantuan.",
         [("angkot", "angkutan kota")]),
        ("lower-sembako", "Paket sembilan bahan pokok (sembako) dibagikan.",
         [("sembako", "sembilan bahan pokok")]),
        ("no-lower-synonym", "Bantuan untuk para penyandang disabilitas (difabel) disalurkan.", []),
        ("lower-rutilahu", "Program rumah tidak layak huni (rutilahu) menyasar 20 rumah.",
         [("rutilahu", "rumah tidak layak huni")]),
        ("lower-ortu", "Para orang tua (ortu) diminta mendampingi anak.",
         [("ortu", "orang tua")]),
        ("lower-lalin", "Petugas mengatur lalu lintas (lalin) di simpang.",
         [("lalin", "lalu lintas")]),
        ("no-lower-english-word", "Anak-anak bermain di taman (park) kota.", []),
    ]),
    ("round 6: regional government releases (offices, places after a long form), written before it was run", [
        ("office-place-then-acronym", "Dinas Sosial Kota Bekasi (Dinsos) membuka dapur umum.",
         [("Dinsos", "Dinas Sosial")]),
        ("ministry-ri-then-acronym", "Kementerian Sosial RI (Kemensos) menyalurkan bantuan.",
         [("Kemensos", "Kementerian Sosial")]),
        ("ministry-ri-in-acronym", "Kementerian Sosial Republik Indonesia (Kemensos RI) menyalurkan bantuan.",
         [("Kemensos RI", "Kementerian Sosial Republik Indonesia")]),
        ("agency-province-then-acronym",
         "Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat (BPBD) mencatat 12 kejadian.",
         [("BPBD", "Badan Penanggulangan Bencana Daerah")]),
        ("region-word-in-office", "Pemerintah Kabupaten Tanah Laut (Pemkab) menggelar pasar murah.",
         [("Pemkab", "Pemerintah Kabupaten")]),
        ("no-hospital-place", "Pasien dirujuk ke Rumah Sakit Kota Bogor (RSUD) semalam.", []),
        ("slash-long-acronym", "Penyaluran Bantuan Pangan Non Tunai/BPNT dimulai pekan ini.",
         [("BPNT", "Bantuan Pangan Non Tunai")]),
        ("dinsos-p3a", "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Kota Bima hadir.",
         [("Dinsos P3A", "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak")]),
        ("kabid-then-field", "Kepala Bidang (Kabid) Rehabilitasi Sosial memimpin rapat.",
         [("Kabid", "Kepala Bidang")]),
        ("sekdaprov", "Sekretaris Daerah Provinsi (Sekdaprov) Jawa Tengah membuka acara.",
         [("Sekdaprov", "Sekretaris Daerah Provinsi")]),
        ("rumdin", "Pertemuan digelar di Rumah Dinas (Rumdin) Bupati.",
         [("Rumdin", "Rumah Dinas")]),
        ("pemprov-jatim", "Pemerintah Provinsi Jawa Timur (Pemprov Jatim) menambah anggaran.",
         [("Pemprov Jatim", "Pemerintah Provinsi Jawa Timur")]),
        ("no-photo-positions", "Bupati Bekasi (kanan) dan Wakil Bupati (kiri) meninjau lokasi.", []),
        ("region-syllables", "Bantuan tiba di Kabupaten Musi Rawas Utara (Muratara) kemarin.",
         [("Muratara", "Musi Rawas Utara")]),
        ("region-initials", "Warga Ogan Komering Ulu (OKU) menerima bantuan.",
         [("OKU", "Ogan Komering Ulu")]),
        ("apbd-perubahan", "Anggaran Pendapatan dan Belanja Daerah (APBD) Perubahan disahkan.",
         [("APBD", "Anggaran Pendapatan dan Belanja Daerah")]),
        ("tahun-anggaran", "Pada Tahun Anggaran (TA) 2024 bantuan ditambah.",
         [("TA", "Tahun Anggaran")]),
        ("no-place-in-paren-after-office", "Kepala Dinas Sosial (Kota Bekasi) hadir.", []),
    ]),
    ("round 7: texts made to trip rounds 5-6, and whole short releases, written before it was run", [
        ("kades-after-village", "Kepala Desa Sukamaju (Kades) membuka musyawarah.",
         [("Kades", "Kepala Desa")]),
        ("mensos-ri", "Menteri Sosial RI (Mensos) meninjau lokasi.", [("Mensos", "Menteri Sosial")]),
        ("no-president-nickname", "Presiden Republik Indonesia (Jokowi) meresmikan bendungan.", []),
        ("no-title-spelt-out", "Bupati Kabupaten Bogor (Bupati) hadir.", []),
        ("no-slash-two-acronyms", "Penerima PKH/BPNT diminta membawa kartu.", []),
        ("no-slash-one-capital", "Personel TNI/Polri dan Babinsa/Babinkamtibmas berjaga.", []),
        ("no-slash-one-word-before", "Hubungi nomor WhatsApp/WA yang tertera.", []),
        ("slash-lower-english", "Hasil tes swab (polymerase chain reaction/PCR) keluar hari ini.",
         [("PCR", "polymerase chain reaction")]),
        ("no-yang-disebut-one-word", "Kelompok yang disebut KKB itu menyerang pos.", []),
        ("no-adalah-person", "Ketua RT adalah Bapak Tono yang baru terpilih.", []),
        ("compound-tni-polri", "Tim Gabungan TNI-Polri (TGTP) menyisir hutan.",
         [("TGTP", "Tim Gabungan TNI-Polri")]),
        ("no-number-after-word", "Anggota Kelompok 3 (K3) berkumpul.", []),
        ("release-mixed",
         "Bansos Tahap II Disalurkan\n"
         "CIANJUR - Dinas Sosial (Dinsos) Kabupaten Cianjur menyalurkan Bantuan Sosial Tunai (BST) tahap II "
         "kepada 1.200 Keluarga Penerima Manfaat (KPM). \"Penyaluran BST melalui PT Pos Indonesia (Persero) "
         "kami awasi bersama Tenaga Kesejahteraan Sosial Kecamatan (TKSK),\" kata Kepala Dinsos Cianjur, "
         "Asep Saepudin. Penerima juga wajib terdaftar di DTKS (Data Terpadu Kesejahteraan Sosial). (kiri)",
         [("Dinsos", "Dinas Sosial"), ("BST", "Bantuan Sosial Tunai"), ("KPM", "Keluarga Penerima Manfaat"),
          ("TKSK", "Tenaga Kesejahteraan Sosial Kecamatan"), ("DTKS", "Data Terpadu Kesejahteraan Sosial")]),
        ("release-balai",
         "BEKASI - Balai Rehabilitasi Sosial Penyandang Disabilitas Sensorik Netra (BRSPDSN) menggelar "
         "pelatihan pijat bagi 30 Penerima Manfaat (PM). Kegiatan ini bagian dari layanan Asistensi "
         "Rehabilitasi Sosial atau ATENSI. Sebelumnya, pihak balai berkoordinasi dengan Lembaga Kesejahteraan "
         "Sosial (LKS) setempat dan Dinas Sosial Kota Bekasi (Dinsos Kota Bekasi).",
         [("BRSPDSN", "Balai Rehabilitasi Sosial Penyandang Disabilitas Sensorik Netra"),
          ("PM", "Penerima Manfaat"), ("ATENSI", "Asistensi Rehabilitasi Sosial"),
          ("LKS", "Lembaga Kesejahteraan Sosial"), ("Dinsos Kota Bekasi", "Dinas Sosial Kota Bekasi")]),
        ("release-police",
         "GARUT - Kepala Kepolisian Resor (Kapolres) Garut AKBP Budi Prasetyo memimpin apel. "
         "Apel diikuti Satuan Lalu Lintas (Satlantas) dan Satuan Reserse Kriminal (Satreskrim). (ant)",
         [("Kapolres", "Kepala Kepolisian Resor"), ("Satlantas", "Satuan Lalu Lintas"),
          ("Satreskrim", "Satuan Reserse Kriminal")]),
    ]),
    ("round 8: cue words and shapes that must not give a pair, written before it was run", [
        ("tp-pkk", "Ketua Tim Penggerak PKK (TP PKK) Kota Bogor membuka lomba.",
         [("TP PKK", "Tim Penggerak PKK")]),
        ("no-disebut-program", "Program ini disebut Program Sembako oleh warga.", []),
        ("no-dikenal-sebagai-pak", "Ketua RT yang dikenal sebagai Pak Bos itu ramah.", []),
        ("no-akrab-disebut-nickname", "Muhammad Ridwan Santoso, yang akrab disebut Emil, hadir.", []),
        ("atau-person-initials", "Menteri Keuangan Sri Mulyani Indrawati atau SMI hadir.", []),
        ("no-e-word", "Warga belanja di e-Warong (elektronik Warung Gotong Royong) desa.", []),
        ("no-yaitu-longer-name", "Warga menerima PKH, yaitu Program Keluarga Harapan Plus dari provinsi.", []),
        ("two-word-inner-syllable", "Kepala Bidang Pemadam Kebakaran (Kabid Damkar) memimpin latihan.",
         [("Kabid Damkar", "Kepala Bidang Pemadam Kebakaran")]),
        ("no-list-of-acronyms-inside", "Satuan Polisi Pamong Praja dan Pemadam Kebakaran (Satpol PP dan Damkar) siaga.", []),
        ("two-quoted-names",
         "Program \"Bantuan Pangan\" (BP) dan \"Bantuan Tunai\" (BT) berjalan.",
         [("BP", "Bantuan Pangan"), ("BT", "Bantuan Tunai")]),
        ("no-red-capital", "Bantuan itu (Red) sudah dibagikan.", []),
        ("no-ist", "Warga membersihkan saluran air. (Ist)", []),
        ("no-foto-caps", "Warga antre bantuan. (FOTO: ANTARA)", []),
        ("no-honorific-name", "Haji Abdul Rahman (H. Abdul) memimpin doa.", []),
        ("hari-raya", "Menjelang Hari Raya (HR) Idul Fitri, harga naik.", [("HR", "Hari Raya")]),
    ]),
]

# Pairs an editor would accept besides the expected ones: (case name, short, long)
ALSO: set[tuple[str, str, str]] = {
    # a person's initials after "atau": the text does define them, and the synonym is true
    ("atau-person-initials", "SMI", "Sri Mulyani Indrawati"),
}

# Failures left on purpose, with why: (case name, short form given or expected) -> why
KNOWN: dict[tuple[str, str], str] = {
    ("two-definitions-atau-and-paren", "Himbara"):
        "HIMpunan BAnk milik negaRA leaves a word with no letter and takes a syllable from inside another: "
        "more slack than a four-word long form is allowed (alignment_cost), and loosening it lets names in",
}


def norm(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", (text or "").lower()).strip()


def score_round(cases):
    tally = {"right": 0, "wrong": 0, "missed": 0, "extra": 0, "expected": 0, "known": 0}
    failures: list[str] = []
    for name, text, expected in cases:
        given = [(a.short, a.long) for a in extract(text).acronyms]
        have = {(norm(s), norm(lf)) for s, lf in given}
        want = {(norm(s), norm(lf)) for s, lf in expected}
        also = {(norm(s), norm(lf)) for c, s, lf in ALSO if c == name}
        for short, long_form in expected:
            tally["expected"] += 1
            if (norm(short), norm(long_form)) in have:
                tally["right"] += 1
                continue
            tally["missed"] += 1
            why = KNOWN.get((name, short))
            failures.append(f"{name}: missed {short!r} = {long_form!r}" + (f" [known: {why}]" if why else "")
                            + f"; got {given}")
        for short, long_form in given:
            key = (norm(short), norm(long_form))
            if key in want:
                continue
            if key in also:
                tally["extra"] += 1
                continue
            why = KNOWN.get((name, short))
            tally["known" if why else "wrong"] += 1
            failures.append(f"{name}: WRONG {short!r} = {long_form!r}" + (f" [known: {why}]" if why else ""))
    return tally, failures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    total = {"right": 0, "wrong": 0, "missed": 0, "extra": 0, "expected": 0, "known": 0}
    texts = 0
    for label, cases in ROUNDS:
        tally, failures = score_round(cases)
        texts += len(cases)
        for k in total:
            total[k] += tally[k]
        n = tally["expected"]
        print(f"  {label}: {len(cases)} texts, {n} pairs: right {tally['right']}, wrong {tally['wrong']} "
              f"(+{tally['known']} known), missed {tally['missed']}, extra {tally['extra']}")
        if not args.quiet:
            for line in failures:
                print("     ", line)
    n = total["expected"]
    print(f"probe_acronyms: {texts} texts, {n} pairs: right {total['right']}/{n} = {total['right'] / max(n, 1):.3f}, "
          f"wrong {total['wrong']} (+{total['known']} known), missed {total['missed']}, extra {total['extra']}")
    return 1 if total["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
