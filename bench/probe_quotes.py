"""Probe of quote attribution forms: short texts written for this probe (no third-party text), each
with the quotes an editor expects and who said them (a full name, or None when the text does not
make one person certain). Prints the score and lists every failure by case.

    .venv/bin/python bench/probe_quotes.py          # score and failures
    .venv/bin/python bench/probe_quotes.py --quiet  # score only

A quote is matched by the start of its text. Counted per expected quote: right (found, right
speaker), wrong (found, another person: the worst outcome), null (found, no speaker where one was
expected), missed (not found); per extracted quote not expected: extra (with/without a speaker).
Exit status 1 when any speaker is wrong.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from melati_archive.nlp.extract import extract  # noqa: E402

# (name, text, [(start of the quote's text, speaker or None)])
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("ujar-given-name",
     "BEKASI - Kepala Dinas Sosial Kota Bekasi, Rudi Hartono, meninjau dapur umum di Kecamatan Medan Satria, "
     "Senin (4/3). \"Stok logistik cukup untuk satu minggu ke depan,\" ujar Rudi.",
     [("Stok logistik", "Rudi Hartono")]),
    ("kata-role-name-no-comma",
     "GARUT - Hujan deras merendam tiga desa. \"Kami akan menambah petugas di setiap posko,\" kata Kepala "
     "Pelaksana BPBD Kabupaten Garut Dedi Kurniawan.",
     [("Kami akan menambah", "Dedi Kurniawan")]),
    ("tuturnya",
     "Camat Sukaraja, Wawan Setiawan, menyerahkan bantuan kepada korban kebakaran. \"Semoga bantuan ini "
     "meringankan beban keluarga,\" tuturnya.",
     [("Semoga bantuan", "Wawan Setiawan")]),
    ("ucap-role-comma-name",
     "\"Warga kami minta tetap waspada terhadap banjir susulan,\" ucap Camat Cibinong, Ahmad Syarifudin.",
     [("Warga kami minta", "Ahmad Syarifudin")]),
    ("ungkap-dia",
     "Lurah Pasir Jaya, Nining Suryani, mendatangi rumah warga yang terdampak longsor. \"Rumah yang rusak "
     "berat akan kami data ulang,\" ungkap dia.",
     [("Rumah yang rusak", "Nining Suryani")]),
    ("menurut-role-comma-name",
     "BOGOR - Banjir merendam ratusan rumah. Menurut Camat Cibinong, Ahmad Syarifudin, \"Warga diminta tetap "
     "waspada terhadap banjir susulan.\"",
     [("Warga diminta", "Ahmad Syarifudin")]),
    ("menurut-name",
     "BOGOR - Banjir merendam ratusan rumah. Menurut Ahmad Syarifudin, \"Warga diminta tetap waspada terhadap "
     "banjir susulan.\"",
     [("Warga diminta", "Ahmad Syarifudin")]),
    ("menurut-role-name-no-comma",
     "BOGOR - Banjir merendam ratusan rumah. Menurut Camat Cibinong Ahmad Syarifudin, \"Warga diminta tetap "
     "waspada terhadap banjir susulan.\"",
     [("Warga diminta", "Ahmad Syarifudin")]),
    ("menurut-dia",
     "Kepala Puskesmas Cigudeg, Lina Marlina, memeriksa balita di posyandu. Menurut dia, \"Angka stunting di "
     "desa ini turun dibanding tahun lalu.\"",
     [("Angka stunting", "Lina Marlina")]),
    ("menurutnya",
     "Kepala Puskesmas Cigudeg, Lina Marlina, memeriksa balita di posyandu. Menurutnya, \"Angka stunting di "
     "desa ini turun dibanding tahun lalu.\"",
     [("Angka stunting", "Lina Marlina")]),
    ("jelas-name-then-role",
     "DEPOK - Pemkot menyalurkan bantuan pangan. \"Penerima sudah kami verifikasi dari data terpadu,\" jelas "
     "Siti Aminah, Kepala Dinas Sosial Kota Depok.",
     [("Penerima sudah", "Siti Aminah")]),
    ("terang-akbp",
     "\"Pelaku sudah kami amankan berikut barang buktinya,\" terang Kapolres Bogor AKBP Hendra Gunawan.",
     [("Pelaku sudah", "Hendra Gunawan")]),
    ("tegas-kompol",
     "\"Tidak ada toleransi bagi pengedar narkoba di wilayah kami,\" tegas Kasat Reskrim Polres Cianjur Kompol "
     "Tono Sudarto.",
     [("Tidak ada toleransi", "Tono Sudarto")]),
    ("tandas-h",
     "\"Pembangunan jalan desa harus selesai tahun ini,\" tandas Bupati Lebak H. Asep Mulyana.",
     [("Pembangunan jalan", "Asep Mulyana")]),
    ("pungkas-hj",
     "\"Ibu-ibu kader adalah ujung tombak posyandu,\" pungkas Ketua TP PKK Kota Serang Hj. Ratna Dewi.",
     [("Ibu-ibu kader", "Ratna Dewi")]),
    ("imbuh-dr-degrees",
     "\"Vaksinasi lanjutan dibuka di semua puskesmas,\" imbuh Kepala Dinas Kesehatan Dr. Ir. Bambang Wiratmo, "
     "M.Si.",
     [("Vaksinasi lanjutan", "Bambang Wiratmo")]),
    ("tambah-name-degree",
     "\"Pendaftaran dibuka sampai akhir bulan,\" tambah Lurah Sukamaju, Dedi Supriadi, S.Sos.",
     [("Pendaftaran dibuka", "Dedi Supriadi")]),
    ("sebut-prof",
     "\"Kebijakan ini perlu dievaluasi setiap tahun,\" sebut Guru Besar Universitas Padjadjaran Prof. Dr. "
     "Hendra Wijaya.",
     [("Kebijakan ini perlu", "Hendra Wijaya")]),
    ("papar-name-lower-role",
     "\"Setiap keluarga menerima tiga ratus ribu rupiah per bulan,\" papar Yuliana Sari, pendamping PKH "
     "Kecamatan Cisarua.",
     [("Setiap keluarga", "Yuliana Sari")]),
    ("urainya",
     "Kepala Bappeda Kota Tasikmalaya, Irwan Maulana, memaparkan rencana kerja. \"Ada tiga prioritas utama "
     "tahun depan,\" urainya.",
     [("Ada tiga prioritas", "Irwan Maulana")]),
    ("beber-name-lower-role",
     "\"Kami mendata lebih dari dua ratus pengungsi,\" beber Arif Rahman, koordinator relawan.",
     [("Kami mendata", "Arif Rahman")]),
    ("kilah",
     "Kontraktor proyek, Joko Santoso, membantah tudingan itu. \"Material yang kami pakai sesuai spesifikasi,\" "
     "kilah Joko saat dikonfirmasi.",
     [("Material yang kami", "Joko Santoso")]),
    ("kilahnya",
     "Kontraktor proyek, Joko Santoso, membantah tudingan itu. \"Material yang kami pakai sesuai spesifikasi,\" "
     "kilahnya.",
     [("Material yang kami", "Joko Santoso")]),
    ("seloroh-role",
     "PURWAKARTA - Bupati Purwakarta Anita Rahayu menyapa pedagang pasar. \"Kalau harga cabai naik terus, saya "
     "ikut jualan saja,\" seloroh Bupati.",
     [("Kalau harga cabai", "Anita Rahayu")]),
    ("akunya",
     "Salah seorang penerima bantuan, Suminah (62), tinggal sendiri di rumah semi permanen. \"Sudah dua tahun "
     "saya tidak bisa bekerja,\" akunya.",
     [("Sudah dua tahun", "Suminah")]),
    ("katanya",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih sebelum musim "
     "hujan,\" katanya.",
     [("Saluran air", "Ujang Suherman")]),
    ("kata-dia",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih sebelum musim "
     "hujan,\" kata dia.",
     [("Saluran air", "Ujang Suherman")]),
    ("ujar-dia",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih sebelum musim "
     "hujan,\" ujar dia.",
     [("Saluran air", "Ujang Suherman")]),
    ("nickname-akrab-disapa",
     "Siti Rahmawati, yang akrab disapa Ema, membuka warung nasi dari modal usaha bantuan. \"Sekarang "
     "penghasilan saya cukup untuk sekolah anak,\" kata Ema.",
     [("Sekarang penghasilan", "Siti Rahmawati")]),
    ("earlier-paragraph-given-name",
     "TEGAL - Wali Kota Tegal Bambang Sutrisno meresmikan pasar rakyat, Rabu (6/3).\n"
     "Pasar itu dibangun dengan dana APBD senilai Rp12 miliar.\n"
     "\"Pedagang tidak perlu lagi berjualan di bahu jalan,\" kata Bambang.",
     [("Pedagang tidak", "Bambang Sutrisno")]),
    ("earlier-paragraph-surname",
     "TEGAL - Wali Kota Tegal Bambang Sutrisno meresmikan pasar rakyat, Rabu (6/3).\n"
     "Pasar itu dibangun dengan dana APBD senilai Rp12 miliar.\n"
     "\"Pedagang tidak perlu lagi berjualan di bahu jalan,\" kata Sutrisno.",
     [("Pedagang tidak", "Bambang Sutrisno")]),
    ("ia-mengatakan",
     "Kepala Dinas Sosial Kabupaten Karawang, Nurhayati, meninjau panti asuhan. Ia mengatakan, \"Anak-anak di "
     "sini berhak atas pendidikan yang layak.\"",
     [("Anak-anak di sini", "Nurhayati")]),
    ("kata-beliau",
     "Ketua MUI Kabupaten Cianjur, KH Abdul Somad Hidayat, mengisi tausiah. \"Jaga persatuan menjelang pemilu,\" "
     "kata beliau.",
     [("Jaga persatuan", "Abdul Somad Hidayat")]),
    ("tegas-role-only",
     "SUMEDANG - Bupati Sumedang Doni Ahmad Fauzan meminta ASN disiplin.\n"
     "\"Tidak ada lagi pegawai yang datang terlambat,\" tegas Bupati.",
     [("Tidak ada lagi", "Doni Ahmad Fauzan")]),
    ("kata-kadis",
     "CIMAHI - Kepala Dinas Sosial Kota Cimahi, Endang Kusmana, membuka pelatihan kerja bagi penyandang "
     "disabilitas.\n\"Peserta akan dibekali modal usaha,\" kata Kadis.",
     [("Peserta akan", "Endang Kusmana")]),
    ("descriptive-berkacamata",
     "Salah satu peserta, Herman Saputra, datang dari Kecamatan Jonggol. \"Saya baru pertama kali ikut "
     "pelatihan seperti ini,\" ujar pria berkacamata itu.",
     [("Saya baru pertama", "Herman Saputra")]),
    ("descriptive-ibu-dua-anak",
     "Warga Desa Cibodas, Eti Rohaeti, menerima bantuan sembako. \"Alhamdulillah, bisa untuk makan seminggu,\" "
     "kata ibu dua anak tersebut.",
     [("Alhamdulillah", "Eti Rohaeti")]),
    ("descriptive-two-people",
     "Herman Saputra dan Eti Rohaeti datang ke balai desa. \"Kami senang sekali bisa ikut,\" kata ibu dua anak "
     "tersebut.",
     [("Kami senang", None)]),
    ("multi-paragraph",
     "Kepala Sentra Paramita, Dewi Lestari, menjelaskan layanan sentra.\n"
     "\"Kami melayani anak yang berhadapan dengan hukum dan anak terlantar.\n"
     "\"Selain itu kami juga memberi pelatihan keterampilan bagi remaja putus sekolah,\" ujar Dewi.",
     [("Kami melayani", "Dewi Lestari")]),
    ("split-by-cue",
     "\"Bantuan ini khusus untuk lansia,\" kata Rina Marlina, pendamping sosial. \"Kami harap tepat sasaran "
     "dan tidak dipotong siapa pun.\"",
     [("Bantuan ini khusus", "Rina Marlina"), ("Kami harap tepat", "Rina Marlina")]),
    ("two-people-one-paragraph",
     "\"Air bersih menjadi kebutuhan paling mendesak,\" kata Budi Santoso, relawan PMI. Sementara itu, Camat "
     "Cikalong, Yanti Lestari, menambahkan, \"Tenda pengungsian sudah kami dirikan di lapangan desa.\"",
     [("Air bersih", "Budi Santoso"), ("Tenda pengungsian", "Yanti Lestari")]),
    ("colon-name-no-verb",
     "Kepala Desa Sukamaju, Asep Saepudin: \"Jalan ini sudah rusak sejak lima tahun lalu dan belum pernah "
     "diperbaiki.\"",
     [("Jalan ini sudah", "Asep Saepudin")]),
    ("colon-mengatakan",
     "Kepada wartawan, Asep Saepudin mengatakan: \"Jalan ini sudah rusak sejak lima tahun lalu dan belum "
     "pernah diperbaiki.\"",
     [("Jalan ini sudah", "Asep Saepudin")]),
    ("demikian-disampaikan",
     "\"Kesehatan mental remaja harus menjadi perhatian bersama.\" Demikian disampaikan Kepala Balai Besar "
     "Rehabilitasi Sosial Yogyakarta, Tri Wahyuni, dalam seminar di Sleman.",
     [("Kesehatan mental", "Tri Wahyuni")]),
    ("demikian-disampaikan-comma",
     "\"Kesehatan mental remaja harus menjadi perhatian bersama,\" demikian disampaikan Tri Wahyuni, Kepala "
     "Balai Besar Rehabilitasi Sosial Yogyakarta.",
     [("Kesehatan mental", "Tri Wahyuni")]),
    ("qa-interview-no-marks",
     "Berikut petikan wawancara dengan Kepala Dinas Sosial, Marlina Dewi.\n"
     "Tanya: Berapa jumlah penerima tahun ini?\n"
     "Jawab: Sekitar dua ribu keluarga, naik dari tahun lalu.",
     []),
    ("quote-inside-quote",
     "\"Warga bilang 'kami belum dapat', jadi kami cek lagi datanya,\" kata Kepala Seksi Pendataan, Hadi "
     "Purnomo.",
     [("Warga bilang", "Hadi Purnomo")]),
    ("curly-quotes",
     "\u201cKami siap membantu korban gempa kapan saja,\u201d kata Koordinator Tagana Kabupaten Cianjur, "
     "Yusuf Maulana.",
     [("Kami siap membantu", "Yusuf Maulana")]),
    ("no-space-before-cue",
     "\"Kami siap membantu korban gempa kapan saja,\"kata Koordinator Tagana Kabupaten Cianjur, Yusuf Maulana.",
     [("Kami siap membantu", "Yusuf Maulana")]),
    ("comma-outside-mark",
     "\"Kami siap membantu korban gempa kapan saja\", kata Koordinator Tagana Kabupaten Cianjur, Yusuf Maulana.",
     [("Kami siap membantu", "Yusuf Maulana")]),
    ("group-para-relawan",
     "Relawan membagikan makanan di posko. \"Kami bergantian jaga siang dan malam,\" kata para relawan.",
     [("Kami bergantian", None)]),
    ("group-warga",
     "Kepala Desa Cibodas, Ujang Suherman, meninjau lokasi. \"Kami sudah lama menunggu jembatan ini,\" "
     "ujar warga.",
     [("Kami sudah lama", None)]),
    ("group-mereka",
     "Kepala Desa Cibodas, Ujang Suherman, meninjau lokasi bersama warga. \"Kami sudah lama menunggu jembatan "
     "ini,\" kata mereka.",
     [("Kami sudah lama", None)]),
    ("before-role-comma-name",
     "Kepala Sentra Handayani, Siti Nurjanah, mengatakan, \"Layanan pengasuhan terbuka bagi semua keluarga.\"",
     [("Layanan pengasuhan", "Siti Nurjanah")]),
    ("before-dalam-sambutannya",
     "Dalam sambutannya, Bupati Kuningan Aceng Rosadi mengatakan, \"Pemerintah daerah mendukung penuh program "
     "ini.\"",
     [("Pemerintah daerah", "Aceng Rosadi")]),
    ("after-name-kepada-wartawan",
     "Ketua Karang Taruna Desa Sindang, Hendra Pratama, menggelar bakti sosial.\n"
     "\"Kami kumpulkan donasi dari para pemuda,\" ujar Hendra kepada wartawan, Selasa (5/3).",
     [("Kami kumpulkan", "Hendra Pratama")]),
    ("katanya-saat-ditemui",
     "Pemilik usaha keripik, Sumarni, menerima bantuan alat produksi. \"Produksi bisa naik dua kali lipat,\" "
     "katanya saat ditemui di rumahnya.",
     [("Produksi bisa", "Sumarni")]),
    ("ucap-degrees-saat",
     "\"Penyaluran dilakukan lewat kantor pos,\" ucap Kepala Dinas Sosial Kabupaten Bogor, Drs. H. Asep "
     "Rahmat, M.Si., saat dikonfirmasi.",
     [("Penyaluran dilakukan", "Asep Rahmat")]),
    ("one-word-name-rt",
     "\"Jalan gang ini sering banjir kalau hujan deras,\" kata Ketua RT 03 Kelurahan Cikaret, Mulyadi.",
     [("Jalan gang ini", "Mulyadi")]),
    ("name-then-role-before",
     "Ahmad Fauzi, Kepala Dinas Sosial Kota Cilegon, mengatakan bahwa bantuan akan disalurkan bertahap. "
     "\"Tahap pertama untuk lansia dan penyandang disabilitas,\" ujarnya.",
     [("Tahap pertama", "Ahmad Fauzi")]),
    ("dia-menambahkan",
     "Kepala Sekolah SDN 2 Cibeber, Rohmat Hidayat, menyambut siswa baru. Dia menambahkan, \"Tahun ini kami "
     "menerima seratus dua puluh siswa.\"",
     [("Tahun ini kami", "Rohmat Hidayat")]),
    ("lebih-lanjut-name",
     "Kepala Sekolah SDN 2 Cibeber, Rohmat Hidayat, menyambut siswa baru. Lebih lanjut, Rohmat menjelaskan, "
     "\"Tahun ini kami menerima seratus dua puluh siswa.\"",
     [("Tahun ini kami", "Rohmat Hidayat")]),
    ("jelasnya",
     "Kepala Sekolah SDN 2 Cibeber, Rohmat Hidayat, menyambut siswa baru. \"Tahun ini kami menerima seratus "
     "dua puluh siswa,\" jelasnya.",
     [("Tahun ini kami", "Rohmat Hidayat")]),
    ("seru",
     "\"Ayo kita jaga kebersihan lingkungan!\" seru Wakil Wali Kota Bogor Dedi Rukmana.",
     [("Ayo kita jaga", "Dedi Rukmana")]),
    ("tanya",
     "\"Kapan jembatan ini diperbaiki, Pak?\" tanya Sarinah, warga Kampung Cilutung.",
     [("Kapan jembatan", "Sarinah")]),
    ("kata-camat-lower",
     "Camat Cikalong, Yanti Lestari, meninjau tenda pengungsi.\n\"Kebutuhan selimut masih kurang,\" kata camat.",
     [("Kebutuhan selimut", "Yanti Lestari")]),
    ("sambung-lanjut",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin rapat.\n\"Dana desa kami prioritaskan untuk jalan,\" "
     "sambung Ujang.\n\"Sisanya untuk posyandu,\" lanjut dia.",
     [("Dana desa kami", "Ujang Suherman"), ("Sisanya untuk", "Ujang Suherman")]),
    ("before-multi-paragraph",
     "Direktur RSUD Cibinong, Rina Kusumawati, mengatakan, \"Ruang isolasi sudah kami tambah.\n"
     "\"Tenaga kesehatan juga sudah divaksin semua.\"",
     [("Ruang isolasi", "Rina Kusumawati")]),
    ("name-comma-warga",
     "\"Harga beras naik dua ribu rupiah sejak pekan lalu,\" kata Budi Hartanto, warga RT 02.",
     [("Harga beras", "Budi Hartanto")]),
    ("honorific-bu-short",
     "Pemilik warung, Ani Suryani, menerima bantuan modal. \"Modal ini saya pakai beli etalase,\" kata Bu Ani.",
     [("Modal ini saya", "Ani Suryani")]),
    ("honorific-pak-short",
     "Penjual sayur, Slamet Riyadi, berjualan sejak subuh. \"Pembeli sepi sejak pasar direnovasi,\" ujar Pak "
     "Slamet.",
     [("Pembeli sepi", "Slamet Riyadi")]),
    ("perempuan-akrab-disapa",
     "Nenden Kurniasih membuka kursus menjahit di rumahnya. \"Saya ingin ibu-ibu di sini punya penghasilan "
     "sendiri,\" tutur perempuan yang akrab disapa Neng itu.",
     [("Saya ingin", "Nenden Kurniasih")]),
    ("yang-juga",
     "\"Posyandu harus aktif setiap bulan,\" kata Lilis Suryani, yang juga Ketua TP PKK Kecamatan Ciawi.",
     [("Posyandu harus", "Lilis Suryani")]),
    ("degree-mt",
     "\"Tanggul darurat selesai dalam tiga hari,\" kata Kepala BPBD Kabupaten Subang, Ir. Dadang Suherman, MT.",
     [("Tanggul darurat", "Dadang Suherman")]),
    ("ungkapnya-nickname",
     "Muhammad Rizky Pratama, yang akrab disapa Kiki, menjadi juara lomba robotik. \"Saya latihan setiap hari "
     "sepulang sekolah,\" ungkapnya.",
     [("Saya latihan", "Muhammad Rizky Pratama")]),
    ("menurut-role-comma-name-mid",
     "Menurut Kepala Bidang Perlindungan dan Jaminan Sosial Dinsos Kota Sukabumi, Yudi Permana, \"Data "
     "penerima diperbarui setiap tiga bulan.\"",
     [("Data penerima", "Yudi Permana")]),
    ("menurut-name-role-apposition",
     "Menurut Yudi Permana, Kepala Bidang Perlindungan dan Jaminan Sosial Dinsos Kota Sukabumi, \"Data "
     "penerima diperbarui setiap tiga bulan.\"",
     [("Data penerima", "Yudi Permana")]),
    ("pungkasnya-after-two",
     "Kepala Dinas Sosial, Marlina Dewi, didampingi Camat Ciawi, Dodi Kurnia, menyerahkan bantuan. "
     "Marlina mengatakan bantuan akan rutin diberikan. \"Kami akan datang lagi bulan depan,\" pungkasnya.",
     [("Kami akan datang", "Marlina Dewi")]),
    ("kata-pronoun-two-subjects",
     "Budi Santoso dan Yanti Lestari meninjau posko. \"Kami kekurangan air bersih,\" katanya.",
     [("Kami kekurangan", None)]),
    ("dash-cue-before",
     "Kepala Desa Cibodas, Ujang Suherman, berpesan kepada warga - \"Jangan buang sampah ke sungai.\"",
     [("Jangan buang", "Ujang Suherman")]),
    ("ujarnya-after-question",
     "Wakil Ketua DPRD Kabupaten Bogor, Agus Salim, mempertanyakan keterlambatan proyek. \"Kenapa sampai "
     "sekarang belum selesai?\" ujarnya.",
     [("Kenapa sampai", "Agus Salim")]),
    ("role-only-kapolres",
     "Kapolres Sukabumi AKBP Rudi Setiawan memimpin apel pagi.\n\"Personel disiagakan di jalur mudik,\" kata "
     "Kapolres.",
     [("Personel disiagakan", "Rudi Setiawan")]),
    ("role-only-mensos-after-other",
     "Menteri Sosial Wulan Purnamasari meninjau lumbung sosial bersama Bupati Cianjur Herman Wijaya.\n"
     "\"Lumbung sosial harus ada di setiap desa rawan bencana,\" kata Mensos.",
     [("Lumbung sosial", "Wulan Purnamasari")]),
    ("ujar-rank-short",
     "Kapolsek Ciawi Kompol Asep Sudrajat turun langsung mengatur lalu lintas.\n\"Kami siagakan dua puluh "
     "personel,\" ujar Asep.",
     [("Kami siagakan", "Asep Sudrajat")]),
    ("sebutnya-after-other-object",
     "Kepala Balai Rehabilitasi Sosial Melati, Ratna Sari, menerima kunjungan mahasiswa Universitas Siliwangi. "
     "\"Kami terbuka untuk praktik kerja lapangan,\" sebutnya.",
     [("Kami terbuka", "Ratna Sari")]),
    # second round, written before the first fixes were run on it
    ("lead-quote-hal-itu",
     "\"Data penerima harus diperbarui setiap bulan.\" Hal itu dikatakan Kepala Dinas Sosial Kota Cirebon, Endah "
     "Purwanti, Senin (4/3).",
     [("Data penerima harus", "Endah Purwanti")]),
    ("cue-long-tail",
     "\"Kami siapkan tiga ribu paket,\" kata Kepala Dinas Sosial Provinsi Jawa Barat, Dodi Suhendar, saat ditemui "
     "di Gedung Sate, Bandung, Senin (4/3).",
     [("Kami siapkan tiga", "Dodi Suhendar")]),
    ("kepada-wartawan-before",
     "Kepada wartawan, Camat Cisarua, Tatang Sutisna, menuturkan, \"Jalur evakuasi sudah kami tandai.\"",
     [("Jalur evakuasi", "Tatang Sutisna")]),
    ("hal-senada-then-quote-nya",
     "Kepala Desa Cibodas, Ujang Suherman, menyambut baik program itu. Hal senada disampaikan Ketua BPD "
     "Cibodas, Iwan Setiadi. \"Kami akan mengawasi penggunaan dananya,\" ujarnya.",
     [("Kami akan mengawasi", "Iwan Setiadi")]),
    ("hj-two-degrees",
     "\"Perempuan desa harus berdaya secara ekonomi,\" kata Wakil Bupati Bandung Barat, Hj. Neneng Suryani, "
     "S.Pd., M.M.",
     [("Perempuan desa", "Neneng Suryani")]),
    ("ibu-first-mention",
     "Ibu Sri Wahyuni, seorang guru honorer, mengajar di sekolah darurat. \"Anak-anak tetap semangat belajar,\" "
     "katanya.",
     [("Anak-anak tetap", "Sri Wahyuni")]),
    ("balinese-name",
     "\"Upacara adat tetap digelar dengan sederhana,\" ujar Bendesa Adat Kedonganan, I Wayan Mertha Yasa.",
     [("Upacara adat", "I Wayan Mertha Yasa")]),
    ("batak-rank",
     "\"Kami sudah periksa lima saksi,\" kata Kapolsek Medan Baru Kompol Rudi Simanjuntak.",
     [("Kami sudah periksa", "Rudi Simanjuntak")]),
    ("middle-initial",
     "\"Pendampingan dilakukan sampai keluarga mandiri,\" kata Kepala Bidang Rehabilitasi Sosial, Agus S. "
     "Wibowo.",
     [("Pendampingan", "Agus S. Wibowo")]),
    ("split-mid-sentence",
     "\"Kami sudah siapkan,\" ujar Lurah Cipinang, Sarif Hidayat, \"tiga ribu paket sembako untuk warga.\"",
     [("Kami sudah siapkan", "Sarif Hidayat"), ("tiga ribu paket", "Sarif Hidayat")]),
    ("sambil-tersenyum",
     "\"Dulu saya cuma bisa menjahit baju sendiri,\" tutur Aminah Lestari sambil tersenyum.",
     [("Dulu saya cuma", "Aminah Lestari")]),
    ("yang-juga-no-comma",
     "\"Posyandu harus aktif setiap bulan,\" kata Lilis Suryani yang juga Ketua TP PKK Kecamatan Ciawi.",
     [("Posyandu harus", "Lilis Suryani")]),
    ("nya-subject-not-object",
     "Bupati Cianjur Herman Wijaya menyerahkan bantuan kepada Dedeh Kurniasih, warga Desa Sukamulya. "
     "\"Semoga bisa meringankan beban keluarga,\" ujarnya.",
     [("Semoga bisa", "Herman Wijaya")]),
    ("sementara-itu-nya",
     "Bupati Cianjur Herman Wijaya menyerahkan bantuan kepada warga. Sementara itu, penerima bantuan, Dedeh "
     "Kurniasih, mengaku senang. \"Terima kasih, Pak Bupati,\" ucapnya.",
     [("Terima kasih", "Dedeh Kurniasih")]),
    ("ia-menegaskan-colon",
     "Kapolres Garut AKBP Yusuf Pratama memimpin razia. Ia menegaskan: \"Tidak ada tempat bagi balap liar di "
     "kota ini.\"",
     [("Tidak ada tempat", "Yusuf Pratama")]),
    ("anonymous-petugas",
     "Kepala Dinas Perhubungan, Rahmat Hidayat, belum bisa dikonfirmasi. \"Memang ada keterlambatan "
     "pembayaran,\" ujar seorang petugas yang enggan disebut namanya.",
     [("Memang ada", None)]),
    ("anonymous-sumber-tersebut",
     "Kepala Dinas Perhubungan, Rahmat Hidayat, belum bisa dikonfirmasi. Seorang pegawai dinas yang enggan "
     "disebut namanya membenarkan kabar itu. \"Memang ada keterlambatan pembayaran,\" kata sumber tersebut.",
     [("Memang ada", None)]),
    ("role-kepada-wartawan",
     "PANGANDARAN - Bupati Pangandaran Juju Juhana meninjau pantai.\n\"Wisatawan wajib mematuhi zona "
     "berenang,\" kata Bupati kepada wartawan.",
     [("Wisatawan wajib", "Juju Juhana")]),
    ("plt-no-dot",
     "\"Layanan tetap berjalan selama renovasi,\" kata Plt Kepala Dinas Sosial Kota Bogor, Dani Ramdani.",
     [("Layanan tetap", "Dani Ramdani")]),
    ("pj-bupati-no-comma",
     "\"Netralitas ASN wajib dijaga,\" kata Pj Bupati Bekasi Dani Hamdani.",
     [("Netralitas ASN", "Dani Hamdani")]),
    ("berkata-before",
     "Pendamping PKH, Rosidah Amalia, berkata, \"Kami datangi rumah penerima satu per satu.\"",
     [("Kami datangi", "Rosidah Amalia")]),
    ("age-in-parentheses",
     "\"Sudah tiga hari kami tidur di tenda,\" tutur Kasmirah (58), warga Desa Sukaresmi.",
     [("Sudah tiga hari", "Kasmirah")]),
    ("age-between-commas",
     "\"Sudah tiga hari kami tidur di tenda,\" kata Kasmirah Wati, 58, warga Desa Sukaresmi.",
     [("Sudah tiga hari", "Kasmirah Wati")]),
    ("kompas-di-jakarta",
     "\"Anggaran perlindungan sosial naik tahun depan,\" kata Ketua Komisi VIII DPR Heru Santoso di Jakarta, "
     "Senin.",
     [("Anggaran perlindungan", "Heru Santoso")]),
    ("detik-kombes",
     "\"Tersangka kami jerat pasal berlapis,\" kata Kapolres Metro Jakarta Selatan Kombes Bayu Saputra kepada "
     "wartawan, Selasa (5/3/2024).",
     [("Tersangka kami", "Bayu Saputra")]),
    ("keterangan-tertulis",
     "\"Kuota pendaftaran masih tersedia,\" ungkap Sekretaris Dinas Pendidikan, Yanti Maryani, dalam keterangan "
     "tertulisnya, Rabu (6/3/2024).",
     [("Kuota pendaftaran", "Yanti Maryani")]),
    ("bapak-in-cue",
     "Kepala Desa Sukadana, Marwan Saputra, hadir dalam musyawarah. \"Semua usulan warga kami tampung,\" kata "
     "Bapak Marwan.",
     [("Semua usulan", "Marwan Saputra")]),
    ("timpal-alternating",
     "Dua kader posyandu, Euis Rahmawati dan Tini Suhartini, menimbang balita.\n\"Timbangan ini sudah tua,\" "
     "kata Euis.\n\"Kami sudah usulkan yang baru,\" timpal Tini.",
     [("Timbangan ini", "Euis Rahmawati"), ("Kami sudah usulkan", "Tini Suhartini")]),
    ("no-space-nya",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih,\"ucapnya.",
     [("Saluran air", "Ujang Suherman")]),
    ("period-inside-then-nya",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih.\" ujarnya.",
     [("Saluran air", "Ujang Suherman")]),
    ("beliau-before",
     "Ketua MUI Kabupaten Cianjur, KH Abdul Somad Hidayat, mengisi tausiah. Beliau berpesan, \"Jaga persatuan "
     "menjelang pemilu.\"",
     [("Jaga persatuan", "Abdul Somad Hidayat")]),
    ("dokter-spesialis",
     "\"Imunisasi dasar jangan sampai terlambat,\" kata dokter spesialis anak RSUD Cibinong, dr. Rina Amelia, "
     "Sp.A.",
     [("Imunisasi dasar", "Rina Amelia")]),
    ("one-name-age-role",
     "\"Bantuan ini sangat membantu kami,\" kata Yuli (34), salah satu penerima bantuan.",
     [("Bantuan ini sangat", "Yuli")]),
    ("lelaki-umur-itu",
     "Tarsono Hadi sudah tiga puluh tahun menjadi nelayan. \"Ombak sekarang makin tinggi,\" ujar lelaki 56 "
     "tahun itu.",
     [("Ombak sekarang", "Tarsono Hadi")]),
    ("katanya-lagi",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti.\n\"Saluran air harus bersih,\" katanya.\n"
     "\"Kalau tidak, banjir lagi,\" katanya lagi.",
     [("Saluran air", "Ujang Suherman"), ("Kalau tidak", "Ujang Suherman")]),
    ("setempat-role",
     "Kepala Desa Sukadana, Marwan Saputra, hadir dalam musyawarah. \"Semua usulan warga kami tampung,\" kata "
     "Kepala Desa setempat.",
     [("Semua usulan", "Marwan Saputra")]),
    ("name-then-verb-sentence-start",
     "Darsih Wulandari menjual kue basah sejak subuh. \"Modal dari bantuan saya pakai beli oven,\" ujarnya.",
     [("Modal dari bantuan", "Darsih Wulandari")]),
    # third round, written before it was run
    ("colon-newline-multi-paragraph",
     "Dalam sambutannya, Bupati Majalengka Karna Wijaya menyampaikan:\n"
     "\"Pembangunan desa harus dimulai dari data yang benar.\n"
     "\"Karena itu, kami minta perangkat desa memperbarui data setiap bulan.\"",
     [("Pembangunan desa", "Karna Wijaya")]),
    ("short-name-then-lower-role",
     "Pendamping PKH Kecamatan Cisarua, Rina Marlina, mengunjungi penerima. \"Kami cek kondisi rumahnya,\" "
     "ujar Rina, pendamping PKH.",
     [("Kami cek kondisi", "Rina Marlina")]),
    ("nickname-parentheses",
     "Muhammad Fadli Ramadhan (Adi), relawan Tagana, ikut mengevakuasi warga. \"Arusnya deras sekali,\" kata Adi.",
     [("Arusnya deras", "Muhammad Fadli Ramadhan")]),
    ("kompas-closing-marks",
     "\u201dKami belum menerima laporan resmi,\u201d kata Kepala Kepolisian Resor Kupang, Ajun Komisaris Besar "
     "Yohanes Bere.",
     [("Kami belum menerima", "Yohanes Bere")]),
    ("double-single-marks",
     "''Kami sudah menyiapkan lahan relokasi,'' kata Sekretaris Daerah Kabupaten Lebak, Budi Santika.",
     [("Kami sudah menyiapkan", "Budi Santika")]),
    ("reses-place-tail",
     "\"Aspirasi warga akan kami bawa ke rapat anggaran,\" kata Wakil Ketua DPRD Jawa Barat, Asep Wahyudin, saat "
     "reses di Desa Cigentur, Kecamatan Paseh.",
     [("Aspirasi warga", "Asep Wahyudin")]),
    ("dr-mpd",
     "\"Pelatihan dibuka untuk lulusan SMA,\" ujar Kepala Balai Besar Pelatihan Vokasi, Dr. Hendri Susanto, M.Pd.",
     [("Pelatihan dibuka", "Hendri Susanto")]),
    ("kadis-sosial-name",
     "\"Penyaluran dimulai pekan depan,\" kata Kadis Sosial Kabupaten Sumedang Asep Kurnia.",
     [("Penyaluran dimulai", "Asep Kurnia")]),
    ("kasi-kesos",
     "\"Data penerima kami cocokkan dengan data desa,\" kata Kasi Kesos Kecamatan Jatinangor, Yayat Supriatna.",
     [("Data penerima kami", "Yayat Supriatna")]),
    ("partai-di-kantor",
     "\"Kami siap berkoalisi dengan siapa saja,\" kata Ketua Umum Partai Maju Bersama, Darmawan Saleh, di kantor "
     "DPP, Jakarta.",
     [("Kami siap berkoalisi", "Darmawan Saleh")]),
    ("iptu",
     "\"Arus lalu lintas kami alihkan sementara,\" ucap Kasi Humas Polres Cianjur Iptu Tono Wijaya.",
     [("Arus lalu lintas", "Tono Wijaya")]),
    ("dandim-letkol-inf",
     "\"Prajurit siap membantu pembangunan jembatan,\" tegas Dandim 0621/Kabupaten Bogor Letkol Inf Sugeng "
     "Riyadi.",
     [("Prajurit siap", "Sugeng Riyadi")]),
    ("kata-name-before",
     "Pembangunan jembatan molor dua bulan. Kata Tatang Sutisna, \"Material datang terlambat karena jalan "
     "longsor.\"",
     [("Material datang", "Tatang Sutisna")]),
    ("age-bercerita",
     "Ditemui di rumahnya, Saminah (70) bercerita, \"Rumah ini dibangun suami saya tahun delapan puluhan.\"",
     [("Rumah ini dibangun", "Saminah")]),
    ("degrees-before-verb",
     "Kepala Kejaksaan Negeri Garut, Arif Budiman, S.H., M.H., mengatakan, \"Kasus ini segera kami limpahkan ke "
     "pengadilan.\"",
     [("Kasus ini segera", "Arif Budiman")]),
    ("menteri-sosial-ri",
     "\"Tidak boleh ada pungutan dalam penyaluran bantuan,\" kata Menteri Sosial RI Wulan Purnamasari.",
     [("Tidak boleh ada", "Wulan Purnamasari")]),
    ("kepada-outlet",
     "\"Kami masih menunggu hasil laboratorium,\" pungkas Kepala Dinas Kesehatan Kota Bogor, Sri Nowo, kepada "
     "detikJabar, Senin (4/3/2024).",
     [("Kami masih menunggu", "Sri Nowo")]),
    ("saat-dihubungi-outlet",
     "\"Kami masih menunggu hasil laboratorium,\" ujar Sri Nowo saat dihubungi Kompas.com, Selasa.",
     [("Kami masih menunggu", "Sri Nowo")]),
    ("tanya-dia-heran",
     "Warga Desa Cikole, Endang Sujana, mempertanyakan bantuan yang tak kunjung cair. \"Kenapa tetangga sudah "
     "dapat, saya belum?\" tanya dia heran.",
     [("Kenapa tetangga", "Endang Sujana")]),
    ("salah-seorang-guru",
     "\"Anak-anak butuh ruang kelas yang layak,\" sebut Wiwin Wiharti, salah seorang guru.",
     [("Anak-anak butuh", "Wiwin Wiharti")]),
    ("sapaan-akrab",
     "\"Saya jualan gorengan sejak tahun 1998,\" tutur Mak Inah, sapaan akrab Siti Inayah.",
     [("Saya jualan gorengan", "Siti Inayah")]),
    ("menurut-role-only",
     "Kapolres Subang AKBP Dedi Mulyadi memimpin rapat pengamanan. Menurut Kapolres, \"Personel disiagakan di "
     "tiap titik rawan.\"",
     [("Personel disiagakan", "Dedi Mulyadi")]),
    ("berujar-before",
     "Ketua Kelompok Tani Subur Makmur, Sutarjo Hadi, berujar, \"Panen tahun ini lebih baik dari tahun lalu.\"",
     [("Panen tahun ini", "Sutarjo Hadi")]),
    ("dikutip-dari-antara",
     "\"Kita harus waspada gelombang tinggi,\" kata Kepala BMKG Wilayah II, Darmadi Yusuf, seperti dikutip dari "
     "Antara, Senin.",
     [("Kita harus waspada", "Darmadi Yusuf")]),
    ("dr-lower-honorific",
     "\"Stok obat cukup sampai akhir tahun,\" imbuh Kepala UPTD Puskesmas Ciawi, dr. Lestari Handayani.",
     [("Stok obat cukup", "Lestari Handayani")]),
    ("drg-honorific",
     "\"Periksa gigi anak setiap enam bulan,\" kata drg. Ratih Kusuma dari RSUD Cibabat.",
     [("Periksa gigi", "Ratih Kusuma")]),
    ("fraksi",
     "\"Anggaran pendidikan jangan dipotong,\" kata Ketua Fraksi PKS DPRD Kota Depok, Hafid Nasir.",
     [("Anggaran pendidikan", "Hafid Nasir")]),
    ("camat-name-no-comma",
     "\"Kerja bakti kita gelar setiap Jumat,\" tandas Camat Jatinangor Wawan Hermawan.",
     [("Kerja bakti kita", "Wawan Hermawan")]),
    ("comma-outside-nya",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \"Saluran air harus bersih\", katanya.",
     [("Saluran air", "Ujang Suherman")]),
    ("pria-yang-juga-ketua-rt-itu",
     "Jembatan gantung itu dibangun swadaya oleh Karya Sunarya bersama tetangganya. \"Kami patungan lima ratus "
     "ribu per rumah,\" kata pria yang juga Ketua RT itu.",
     [("Kami patungan", "Karya Sunarya")]),
    ("ibu-tiga-anak-ini",
     "Ijah Hodijah menerima bantuan rumah tidak layak huni. \"Atapnya dulu bocor kalau hujan,\" tutur ibu tiga "
     "anak ini.",
     [("Atapnya dulu", "Ijah Hodijah")]),
    # fourth round, written before it was run
    ("yang-baru-dilantik",
     "\"Kami akan membenahi data penerima bantuan,\" kata Kepala Dinas Sosial Kota Banjar yang baru dilantik, "
     "Iwan Kurniawan.",
     [("Kami akan membenahi", "Iwan Kurniawan")]),
    ("wamensos-parenthesized",
     "\"Pendamping harus hadir di tengah warga,\" kata Wakil Menteri Sosial (Wamensos) Hendra Kusuma.",
     [("Pendamping harus", "Hendra Kusuma")]),
    ("dirjen-di-jakarta",
     "\"Program ini berlanjut sampai 2025,\" kata Direktur Jenderal Rehabilitasi Sosial Kemensos, Bambang "
     "Purnomo, di Jakarta, Senin.",
     [("Program ini berlanjut", "Bambang Purnomo")]),
    ("sentra-acronym-place",
     "\"Layanan kami terbuka bagi lansia terlantar,\" ujar Kepala Sentra Terpadu Kartika (STK) Cibinong, "
     "Yudi Hartanto.",
     [("Layanan kami terbuka", "Yudi Hartanto")]),
    ("bunda-paud",
     "\"Pendidikan anak usia dini adalah fondasi,\" kata Bunda PAUD Kabupaten Garut, Hj. Ratna Dewi.",
     [("Pendidikan anak usia", "Ratna Dewi")]),
    ("ujarnya-after-indirect-other",
     "Kepala Desa Cibodas, Ujang Suherman, membuka musyawarah. \"Semua dusun mendapat jatah yang sama,\" "
     "ujarnya.\nSementara itu, Ketua BPD Cibodas, Iwan Setiadi, mengatakan pengawasan akan diperketat.\n"
     "\"Setiap rupiah harus bisa dipertanggungjawabkan,\" katanya.",
     [("Semua dusun", "Ujang Suherman"), ("Setiap rupiah", "Iwan Setiadi")]),
    ("wagub-role-only",
     "Wakil Gubernur Jawa Barat Dedi Hermawan meninjau lokasi banjir.\n\"Pengungsi harus mendapat makanan "
     "hangat,\" ucap Wagub.",
     [("Pengungsi harus", "Dedi Hermawan")]),
    ("pak-camat",
     "Camat Cikalong, Asep Hidayat, meninjau tenda pengungsi.\n\"Kebutuhan selimut masih kurang,\" kata Pak "
     "Camat.",
     [("Kebutuhan selimut", "Asep Hidayat")]),
    ("kades-role-only",
     "Kepala Desa Sukamaju, Dodi Suryadi, memimpin rapat.\n\"Jalan desa kami cor tahun ini,\" kata Kades.",
     [("Jalan desa kami", "Dodi Suryadi")]),
    ("two-bupati-role-only",
     "Bupati Garut Rahmat Hidayat dan Bupati Tasikmalaya Ade Sugianto menandatangani kerja sama.\n\"Jalan "
     "perbatasan kita bangun bersama,\" kata Bupati.",
     [("Jalan perbatasan", None)]),
    ("ceo-pt",
     "\"Kami membuka lowongan bagi penyandang disabilitas,\" ujar CEO PT Maju Jaya Abadi, Kevin Santoso.",
     [("Kami membuka lowongan", "Kevin Santoso")]),
    ("irjen-pol",
     "\"Tidak ada kompromi untuk narkoba,\" tegas Kapolda Jabar Irjen Pol Agus Setiawan.",
     [("Tidak ada kompromi", "Agus Setiawan")]),
    ("rank-name-then-role",
     "\"Jalur alternatif kami buka mulai pukul enam pagi,\" ucap AKP Rudi Hartono, Kasat Lantas Polres Garut.",
     [("Jalur alternatif", "Rudi Hartono")]),
    ("no-comma-no-stop",
     "\"Kami siap membantu\" kata Koordinator Relawan Kabupaten Cianjur, Yusuf Maulana.",
     [("Kami siap membantu", "Yusuf Maulana")]),
    ("yang-ditemui-di-sela",
     "\"Peserta tahun ini lebih banyak,\" kata Ratna Sari yang ditemui di sela kegiatan.",
     [("Peserta tahun ini", "Ratna Sari")]),
    ("mewakili-kepala",
     "\"Bantuan akan disalurkan besok pagi,\" terang Sekretaris Dinsos Kabupaten Bogor, Yanti Rahayu, "
     "mewakili Kepala Dinsos.",
     [("Bantuan akan disalurkan", "Yanti Rahayu")]),
    ("name-mewakili-bupati",
     "\"Pemkab mendukung penuh kegiatan ini,\" kata Ahmad Fauzi mewakili Bupati Cianjur.",
     [("Pemkab mendukung", "Ahmad Fauzi")]),
    ("yang-diwakili",
     "\"Pemkab mendukung penuh kegiatan ini,\" kata Bupati Cianjur Herman Wijaya yang diwakili Asisten "
     "Pemerintahan, Ahmad Fauzi.",
     [("Pemkab mendukung", "Ahmad Fauzi")]),
    ("yang-merupakan-before",
     "Sutisna yang merupakan Ketua Gapoktan Sumber Rezeki mengatakan, \"Pupuk bersubsidi sering terlambat.\"",
     [("Pupuk bersubsidi", "Sutisna")]),
    ("mengatakan-no-comma-before-quote",
     "Sementara itu, Ketua Komisi IV DPRD Kota Bogor, Rudi Santoso, mengatakan \"Anggaran untuk sekolah rusak "
     "harus ditambah.\"",
     [("Anggaran untuk sekolah", "Rudi Santoso")]),
    ("curly-tambah-dia",
     "Kepala Desa Mekarsari, Ujang Suherman, memimpin kerja bakti. \u201cSaluran air harus bersih,\u201d tambah "
     "dia.",
     [("Saluran air", "Ujang Suherman")]),
    ("curly-comma-outside",
     "\u201cKami siap membantu korban gempa\u201d, ujar Koordinator Tagana Kabupaten Cianjur, Yusuf Maulana.",
     [("Kami siap membantu", "Yusuf Maulana")]),
    # fifth round, written before it was run
    ("nickname-gus",
     "Menteri Sosial Saifudin Yusran (Gus Ipul) membuka rapat koordinasi.\n\"Data harus satu, tidak boleh ada "
     "dua versi,\" kata Gus Ipul.",
     [("Data harus satu", "Saifudin Yusran")]),
    ("tribun-outlet-nya",
     "Kepala Desa Cibodas, Ujang Suherman, membenarkan kabar itu. \"Sudah kami laporkan ke kecamatan,\" "
     "ujarnya kepada TribunJabar.id, Senin (4/3/2024).",
     [("Sudah kami laporkan", "Ujang Suherman")]),
    ("dalam-keterangannya",
     "\"Pendaftaran dibuka secara daring,\" kata Kepala Dinas Tenaga Kerja, Rina Agustina, dalam "
     "keterangannya, Rabu (6/3/2024).",
     [("Pendaftaran dibuka", "Rina Agustina")]),
    ("kompas-age-lead",
     "Darmi (45) menunggu di depan balai desa sejak pagi.\n\u201dSaya belum dapat kartu,\u201d kata Darmi.",
     [("Saya belum dapat", "Darmi")]),
    ("desc-politikus",
     "Anggota DPR dari Fraksi Golkar, Hendra Wiguna, menilai anggaran terlalu kecil. \"Harus ditambah,\" "
     "kata politikus Partai Golkar itu.",
     [("Harus ditambah", "Hendra Wiguna")]),
    ("desc-cap-mantan",
     "Hendra Wiguna pernah dua periode memimpin Garut. \"Jangan ulangi kesalahan lama,\" kata Mantan Bupati "
     "Garut itu.",
     [("Jangan ulangi", "Hendra Wiguna")]),
    ("menko-pmk",
     "\"Koordinasi lintas kementerian harus cepat,\" kata Menko PMK Budiman Santoso.",
     [("Koordinasi lintas", "Budiman Santoso")]),
    ("bps-parenthesized",
     "\"Angka kemiskinan turun tipis,\" kata Kepala Badan Pusat Statistik (BPS) Kabupaten Bogor Dedi Ruslan.",
     [("Angka kemiskinan", "Dedi Ruslan")]),
    ("kabid-parenthesized-comma",
     "\"Pendamping turun setiap pekan,\" kata Kepala Bidang (Kabid) Rehabilitasi Sosial, Nia Kurniasih.",
     [("Pendamping turun", "Nia Kurniasih")]),
    ("name-comma-kabid-short",
     "\"Pendamping turun setiap pekan,\" kata Nia Kurniasih, Kabid Rehsos Dinsos Kota Bogor.",
     [("Pendamping turun", "Nia Kurniasih")]),
    ("capital-ujar-after-stop",
     "\"Kami sudah siap sejak pagi.\" Ujar Kepala Regu Pemadam, Tatang Suryana.",
     [("Kami sudah siap", "Tatang Suryana")]),
    ("tanya-wartawan",
     "Kepala Dinas PUPR, Agus Salim, menjawab pertanyaan wartawan. \"Kapan jalan ini diperbaiki?\" tanya "
     "wartawan. \"Tahun depan, anggarannya sudah ada,\" jawab Agus.",
     [("Kapan jalan ini", None), ("Tahun depan", "Agus Salim")]),
    ("nenek-age",
     "\"Saya tinggal sendiri sejak suami meninggal,\" tutur Nenek Sarinah (80).",
     [("Saya tinggal sendiri", "Sarinah")]),
    ("mbah",
     "\"Dulu sungai ini jernih,\" kata Mbah Karto Diharjo, sesepuh desa.",
     [("Dulu sungai ini", "Karto Diharjo")]),
    ("ustaz",
     "\"Zakat harus sampai kepada yang berhak,\" kata Ustaz Abdul Hamid dalam kajian subuh.",
     [("Zakat harus sampai", "Abdul Hamid")]),
    ("pendeta",
     "\"Gereja membuka dapur umum untuk semua warga,\" ujar Pendeta Yohanes Sitompul.",
     [("Gereja membuka", "Yohanes Sitompul")]),
    ("saat-ditemui-mengatakan",
     "Yuliani Putri, Kepala Dinas Perpustakaan Kota Cimahi, saat ditemui mengatakan, \"Jam buka kami "
     "tambah sampai malam.\"",
     [("Jam buka kami", "Yuliani Putri")]),
    # sixth round, written before it was run: who a -nya cue means in paragraphs with several people
    ("nya-after-sementara-itu-menambahkan",
     "Camat Ciawi, Dodi Kurnia, meninjau pasar bersama Lurah Bendungan, Siti Marlina. \"Pedagang harus "
     "tertib,\" kata Dodi.\nSementara itu, Siti menambahkan bahwa lapak baru segera dibangun. \"Kami targetkan "
     "selesai bulan depan,\" katanya.",
     [("Pedagang harus", "Dodi Kurnia"), ("Kami targetkan", "Siti Marlina")]),
    ("nya-after-dan-then-subject",
     "Bupati Subang Ratna Wulan dan Kapolres Subang AKBP Hendra Jaya meninjau posko mudik. Ratna mengatakan "
     "jalur selatan rawan macet. \"Kami siapkan jalur alternatif,\" ujarnya.",
     [("Kami siapkan jalur", "Ratna Wulan")]),
    ("nya-after-dibenarkan",
     "\"Stok beras aman sampai Lebaran,\" kata Kepala Bulog Cabang Bogor, Yayan Suryana. Hal itu dibenarkan "
     "Kepala Dinas Perdagangan, Rina Marlina. \"Harga juga stabil,\" ujarnya.",
     [("Stok beras aman", "Yayan Suryana"), ("Harga juga stabil", "Rina Marlina")]),
    ("nya-object-between",
     "Bupati Garut Rahmat Hidayat meminta Kepala Dinas PUPR, Agus Salim, segera memperbaiki jalan itu. "
     "\"Jangan tunggu korban,\" tegasnya.",
     [("Jangan tunggu", "Rahmat Hidayat")]),
    ("nya-didampingi",
     "Menteri Sosial Wulan Purnamasari, didampingi Bupati Cianjur Herman Wijaya, menyerahkan bantuan. "
     "\"Bantuan ini dari negara untuk rakyat,\" ujarnya.",
     [("Bantuan ini dari", "Wulan Purnamasari")]),
    ("nya-diserahkan-oleh",
     "Bantuan diserahkan langsung oleh Kepala Dinas Sosial Kota Bogor, Dani Ramdani. \"Semoga bermanfaat,\" "
     "ujarnya.",
     [("Semoga bermanfaat", "Dani Ramdani")]),
    ("dibuka-oleh-ia-mengatakan",
     "Acara dibuka oleh Wakil Wali Kota Depok Imam Gunawan. Dalam sambutannya, ia mengatakan, \"Kader posyandu "
     "adalah pahlawan kesehatan.\"",
     [("Kader posyandu", "Imam Gunawan")]),
    ("tambahnya-after-name-cue",
     "\"Kami sudah data semua rumah rusak,\" kata Camat Cugenang, Ade Suryana. \"Totalnya 240 rumah,\" "
     "tambahnya.",
     [("Kami sudah data", "Ade Suryana"), ("Totalnya 240", "Ade Suryana")]),
    ("pmd-parenthesized",
     "\"Dana desa cair tahap kedua,\" ujar Kepala Seksi Pemberdayaan Masyarakat Desa (PMD) Kecamatan Cisarua, "
     "Dedi Mulyana.",
     [("Dana desa cair", "Dedi Mulyana")]),
    ("dirut-pdam",
     "\"Distribusi air kembali normal besok,\" kata Direktur Utama Perumda Air Minum Tirta Pakuan, Rino "
     "Indira.",
     [("Distribusi air", "Rino Indira")]),
    ("wakil-ketua-roman",
     "\"Kami akan panggil dinas terkait,\" kata Wakil Ketua I DPRD Kabupaten Bogor, Wawan Hikal.",
     [("Kami akan panggil", "Wawan Hikal")]),
    ("kapolsek-rank-comma-degree",
     "\"Pelaku masih di bawah umur,\" kata Kapolsek Cibinong, AKP Rudi Hartono, S.H.",
     [("Pelaku masih di bawah", "Rudi Hartono")]),
    ("sekcam-parenthesized",
     "\"Warga bisa lapor lewat aplikasi,\" kata Sekretaris Camat (Sekcam) Ciomas, Yudi Rahmat.",
     [("Warga bisa lapor", "Yudi Rahmat")]),
    # seventh round, written before it was run
    ("didampingi-after-name-cue",
     "\"Raperda ini kami sahkan bulan depan,\" kata Ketua DPRD Kota Sukabumi, Kamal Suherman, didampingi Wakil "
     "Ketua, Rini Sulastri.",
     [("Raperda ini kami", "Kamal Suherman")]),
    ("mantan-role-after-name",
     "\"Dulu jalan ini hanya tanah,\" ujar Darsono Hadi, mantan Kepala Desa Cibeureum.",
     [("Dulu jalan ini", "Darsono Hadi")]),
    ("ia-meminta-object",
     "Bupati Bandung Barat Herlina Sari meninjau sekolah rusak. Ia juga meminta Kepala Dinas Pendidikan, "
     "Asep Ruhiyat, segera mendata ruang kelas. \"Anak-anak tidak boleh belajar di bawah atap bocor,\" "
     "katanya.",
     [("Anak-anak tidak boleh", "Herlina Sari")]),
    ("degree-sst",
     "\"Pendataan ulang dimulai Senin,\" ungkap Kepala Bidang Penanganan Fakir Miskin Dinsos Provinsi Banten, "
     "Rudi Hermawan, S.ST.",
     [("Pendataan ulang", "Rudi Hermawan")]),
    ("inner-quote-with-cue",
     "\"Dia bilang, 'Saya tidak tahu,' lalu pergi begitu saja,\" kata Sumarni Dewi, pemilik toko.",
     [("Dia bilang", "Sumarni Dewi")]),
    ("wanita-akrab-disapa",
     "Ani Suryani membuka usaha katering dari dapurnya. \"Pesanan naik saat Ramadan,\" kata wanita yang akrab "
     "disapa Bu Ani itu.",
     [("Pesanan naik", "Ani Suryani")]),
    ("apostrophe-name",
     "\"Santri juga harus melek teknologi,\" kata Pengasuh Pondok Pesantren Al-Falah, Ahmad Syafi'i.",
     [("Santri juga harus", "Ahmad Syafi'i")]),
    ("kapolres-melalui-kasi-humas",
     "\"Kasus ini masih kami dalami,\" tegas Kapolres Sumedang AKBP Indra Setiawan melalui Kasi Humas, Iptu "
     "Dedi Rusnandar.",
     [("Kasus ini masih", "Dedi Rusnandar")]),
    ("kadinsos-parenthesized",
     "\"Usulan penerima baru kami kirim ke pusat,\" ujar Kepala Dinas Sosial (Kadinsos) Kota Tasikmalaya, "
     "Ade Gunawan.",
     [("Usulan penerima", "Ade Gunawan")]),
    ("menurut-keterangan",
     "Kebakaran terjadi pukul dua dini hari. Menurut keterangan Komandan Regu Damkar, Yayat Hidayat, \"Api "
     "berasal dari korsleting listrik.\"",
     [("Api berasal", "Yayat Hidayat")]),
    ("seperti-disampaikan",
     "Seperti disampaikan Kepala Dinas Kesehatan, Lina Marlina, \"Vaksinasi anak dilanjutkan pekan depan.\"",
     [("Vaksinasi anak", "Lina Marlina")]),
    ("perempuan-berhijab",
     "Salah satu peserta pelatihan, Euis Komariah, datang dari Ciamis. \"Saya ingin buka usaha sendiri,\" "
     "imbuh perempuan berhijab itu.",
     [("Saya ingin buka", "Euis Komariah")]),
    ("kepada-outlet-mengaku",
     "Kepada Kompas.com, Tono Sugiarto mengaku, \"Saya sudah tiga kali mengajukan bantuan.\"",
     [("Saya sudah tiga", "Tono Sugiarto")]),
    # eighth round, written before it was run
    ("before-quote-then-saat",
     "Bupati Karawang Rina Kusuma menegaskan, \"Tidak boleh ada pungutan dalam pendaftaran sekolah\", saat membuka "
     "rapat koordinasi.",
     [("Tidak boleh ada", "Rina Kusuma")]),
    ("mid-sentence-kata-name",
     "Warga, kata Lurah Cibadak, Endang Hermawan, \"Sudah diminta mengungsi sejak kemarin sore.\"",
     [("Sudah diminta", "Endang Hermawan")]),
    ("tutupnya",
     "Kepala Desa Cibodas, Ujang Suherman, menutup rapat. \"Terima kasih atas kerja samanya,\" tutupnya.",
     [("Terima kasih", "Ujang Suherman")]),
    ("ketua-panitia-hut",
     "\"Lomba dibuka untuk semua umur,\" ujar Wawan Setiawan, Ketua Panitia HUT RI ke-79 Desa Cikole.",
     [("Lomba dibuka", "Wawan Setiawan")]),
    ("ny-honorific",
     "\"Arisan ini sudah berjalan dua puluh tahun,\" kata Ny. Siti Aminah, ketua kelompok.",
     [("Arisan ini sudah", "Siti Aminah")]),
    ("kh-dot",
     "\"Umat jangan mudah terprovokasi,\" kata Ketua PCNU Kabupaten Bogor KH. Ahmad Mustofa.",
     [("Umat jangan mudah", "Ahmad Mustofa")]),
    ("all-titles",
     "\"Riset harus menjawab kebutuhan petani,\" kata Rektor Universitas Galuh Prof. Dr. Ir. H. Dedi Hermawan, "
     "M.Sc., Ph.D.",
     [("Riset harus", "Dedi Hermawan")]),
    ("kades-parenthesized-one-word",
     "\"Jalan usaha tani kami bangun swadaya,\" kata Kepala Desa (Kades) Sukamaju Sarip.",
     [("Jalan usaha tani", "Sarip")]),
    ("danramil",
     "\"Prajurit ikut membersihkan saluran,\" kata Danramil 0621-01/Cibinong Kapten Inf Sutrisno.",
     [("Prajurit ikut", "Sutrisno")]),
    ("babinsa-serda",
     "\"Kami pantau harga di pasar setiap pagi,\" kata Babinsa Desa Cileungsi, Serda Agus Riyanto.",
     [("Kami pantau harga", "Agus Riyanto")]),
    ("kabag-prokopim",
     "\"Bupati dijadwalkan hadir pukul sembilan,\" jelas Kabag Prokopim Setda Kabupaten Garut, Yayan Sofyan.",
     [("Bupati dijadwalkan", "Yayan Sofyan")]),
    ("plh-sekda",
     "\"Semua OPD wajib lapor mingguan,\" ucap Plh Sekda Kota Cimahi, Dikdik Suratno.",
     [("Semua OPD wajib", "Dikdik Suratno")]),
    ("pak-one-name-only",
     "Pak Ujang, penjaga sekolah, sudah bekerja dua puluh tahun. \"Sekolah ini rumah kedua saya,\" katanya.",
     [("Sekolah ini rumah", "Ujang")]),
    ("teh-one-name",
     "\"Sayur naik semua sejak hujan,\" ujar Teh Euis, pedagang sayur di Pasar Kemiri.",
     [("Sayur naik semua", "Euis")]),
    ("dikutip-dari-laman",
     "\"Pendamping wajib memakai atribut resmi,\" kata Direktur Jaminan Sosial, Rachmat Koesnadi, sebagaimana "
     "dikutip dari laman resmi kementerian.",
     [("Pendamping wajib", "Rachmat Koesnadi")]),
    ("kepada-humas",
     "\"Penerima manfaat kami latih menjahit,\" ujar Kepala Sentra Phala Martha Sukabumi, Rina Oktaviani, "
     "kepada Humas Kemensos.",
     [("Penerima manfaat", "Rina Oktaviani")]),
    ("dikutip-dari-antara-before",
     "Dikutip dari Antara, Ketua Komisi IX DPR, Fauzi Rahman, mengatakan, \"Anggaran kesehatan tidak boleh "
     "dipangkas.\"",
     [("Anggaran kesehatan", "Fauzi Rahman")]),
    # ninth round, written before it was run: texts made to trip the rules above (no speaker expected)
    ("colon-before-a-title",
     "Pameran itu menampilkan karya pelukis muda Rendra Wibisana: \"Senja di Pelabuhan Ratu\".",
     []),
    ("sentence-subject-is-a-mountain",
     "Gunung Salak kembali mengeluarkan asap tebal. \"Warga kami minta menjauh dari lereng,\" ujarnya.",
     [("Warga kami minta", None)]),
    ("sentence-subject-is-a-river",
     "Sungai Cisadane meluap sejak subuh. \"Air masuk ke rumah setinggi lutut,\" katanya.",
     [("Air masuk ke rumah", None)]),
    ("paren-after-a-market",
     "Pedagang Pasar Anyar (Pasnyar) mengeluhkan atap bocor. \"Kalau hujan kami basah semua,\" kata mereka.",
     [("Kalau hujan kami", None)]),
    ("kata-before-as-noun",
     "Dalam kata sambutannya, \"Mari kita jaga kebersihan kampung bersama-sama,\" ajak panitia.",
     [("Mari kita jaga", None)]),
    # Session 13, round 1, written before it was run: paragraphs, continuation cues after an
    # idle mention, pronoun and described subjects, other quote glyphs, quoted terms, institutions
    ("s13-three-paragraphs-menurut",
     "Kepala Sentra Wyata Guna, Lestari Handayani, memaparkan rencana layanan tahun depan. Menurut Lestari, "
     "\"Kami akan membuka kelas pijat bagi penyandang netra.\n"
     "\"Peserta juga dibekali kemampuan mengelola usaha kecil.\n"
     "\"Setelah lulus, mereka kami dampingi sampai usahanya berjalan.\"",
     [("Kami akan membuka", "Lestari Handayani")]),
    ("s13-split-lanjutnya",
     "Kepala Dinas Sosial Kabupaten Ciamis, Tatang Sumirat, meninjau rumah singgah. \"Kapasitas rumah "
     "singgah ini tiga puluh orang,\" lanjutnya, \"tapi saat ini baru terisi separuh.\"",
     [("Kapasitas rumah", "Tatang Sumirat"), ("tapi saat ini", "Tatang Sumirat")]),
    ("s13-split-then-stop",
     "Lurah Cipete, Wahyu Hidayat, membuka bazar murah. \"Harga beras di sini lebih murah dari pasar,\" "
     "ujarnya. \"Setiap warga boleh membeli paling banyak sepuluh kilogram.\"",
     [("Harga beras", "Wahyu Hidayat"), ("Setiap warga", "Wahyu Hidayat")]),
    ("s13-tambahnya-after-idle-mention",
     "Bupati Kuningan Yusuf Maulana meninjau lokasi longsor di Desa Cileuya. \"Kami siagakan alat berat "
     "di sini,\" kata Yusuf. Ia juga meminta Camat Cimahi, Dadan Ramdani, menyiapkan tenda bagi pengungsi. "
     "\"Tenda harus berdiri sebelum malam,\" tambahnya.",
     [("Kami siagakan", "Yusuf Maulana"), ("Tenda harus", "Yusuf Maulana")]),
    ("s13-imbuhnya-after-kepada-object",
     "Wali Kota Banjar, Nur Aini, menyerahkan bantuan kepada Ketua RW 04, Sutisna. \"Bantuan ini dari "
     "iuran para ASN,\" imbuhnya.",
     [("Bantuan ini dari", "Nur Aini")]),
    ("s13-hal-senada-oleh-nya",
     "\"Data penerima kami perbarui setiap bulan,\" kata Kepala Dinas Sosial Kota Cirebon, Yayan Ahmadi.\n"
     "Hal senada disampaikan oleh Kepala Bappeda Kota Cirebon, Rini Kartika. \"Perencanaan kami bersandar "
     "pada data itu,\" ujarnya.",
     [("Data penerima", "Yayan Ahmadi"), ("Perencanaan kami", "Rini Kartika")]),
    ("s13-hal-senada-diungkapkan-menurutnya",
     "Hal senada diungkapkan Ketua Komisi IV DPRD Kota Sukabumi, Agus Salim. Menurutnya, \"Anggaran bantuan "
     "sosial harus naik tahun depan.\"",
     [("Anggaran bantuan", "Agus Salim")]),
    ("s13-senada-dengan-itu",
     "\"Pelayanan posyandu tetap jalan saat libur,\" kata Kepala Puskesmas Cikole, Ratna Sari. Senada dengan "
     "itu, Camat Cikole, Endang Sobari, mengatakan, \"Kader posyandu mendapat insentif dari kecamatan.\"",
     [("Pelayanan posyandu", "Ratna Sari"), ("Kader posyandu", "Endang Sobari")]),
    ("s13-dirinya-menambahkan",
     "Pendamping PKH Kecamatan Leles, Iis Sumiati, mendata ulang keluarga penerima. Dirinya menambahkan, "
     "\"Keluarga yang sudah mampu akan kami graduasi.\"",
     [("Keluarga yang sudah", "Iis Sumiati")]),
    ("s13-kata-yang-bersangkutan",
     "Seorang ASN Pemkab Tasikmalaya, Ade Rukmana, dilaporkan tidak masuk kerja selama sebulan. \"Saya "
     "sedang merawat orang tua yang sakit,\" kata yang bersangkutan.",
     [("Saya sedang merawat", "Ade Rukmana")]),
    ("s13-perempuan-kelahiran-year",
     "Juara lomba cipta menu B2SA, Neneng Hasanah, berasal dari Kecamatan Pagerageung. \"Resepnya dari ibu "
     "saya,\" kata perempuan kelahiran 1985 itu.",
     [("Resepnya dari ibu", "Neneng Hasanah")]),
    ("s13-pria-akrab-disapa-cap-itu",
     "Ketua Karang Taruna Desa Sukaresmi, Deden Kurniawan, yang akrab disapa Kang Deden, memimpin bersih "
     "sungai. \"Sampah plastik paling banyak,\" kata pria yang akrab disapa Kang Deden itu.",
     [("Sampah plastik", "Deden Kurniawan")]),
    ("s13-desc-two-named",
     "Ketua DPD Partai Demokrat Jabar, Anton Sujarwo, bertemu Wali Kota Bogor, Beni Rahmat. \"Koalisi kami "
     "tetap solid,\" kata politikus itu.",
     [("Koalisi kami", None)]),
    ("s13-mantan-desc-lower",
     "Anggota DPR RI Komisi VIII, Haris Munandar, mengunjungi panti werdha. \"Panti ini butuh tambahan "
     "perawat,\" ujar mantan Wakil Bupati Garut itu.",
     [("Panti ini butuh", "Haris Munandar")]),
    ("s13-curly-double",
     "Kepala BPBD Kota Sukabumi, Asep Suhendar, memantau debit sungai. \u201cWarga di bantaran kami minta "
     "bersiap mengungsi,\u201d kata Asep.",
     [("Warga di bantaran", "Asep Suhendar")]),
    ("s13-guillemets",
     "Kepala BPBD Kota Sukabumi, Asep Suhendar, memantau debit sungai. \u00abWarga di bantaran kami minta "
     "bersiap mengungsi,\u00bb kata Asep.",
     [("Warga di bantaran", "Asep Suhendar")]),
    ("s13-quote-in-parentheses",
     "Kepala Desa Cibiru, Hendra Permana, menolak tambang pasir (\"Kami tidak mau sawah warga rusak,\" "
     "katanya) dan meminta izin ditinjau ulang.",
     [("Kami tidak mau sawah", "Hendra Permana")]),
    ("s13-program-name-after-menurut",
     "Menurut Menteri Sosial Saiful Anwar, \"Sekolah Rakyat\" akan dibuka di seratus lokasi tahun ini.",
     []),
    ("s13-scare-quotes",
     "Warga menyebut gang itu \"kampung mati\" karena sepi sejak pabrik tutup, kata Ketua RT 02, Uus Kusnadi.",
     []),
    ("s13-scare-quote-with-cue",
     "Ketua RT 02, Uus Kusnadi, menilai banjir tahunan sudah jadi \"langganan\" bagi warga. \"Setiap hujan "
     "deras kami mengungsi,\" ujarnya.",
     [("Setiap hujan deras", "Uus Kusnadi")]),
    ("s13-melalui-pesan-singkat",
     "Kepala BPBD Kabupaten Garut, Satria Budi, melalui pesan singkat mengatakan, \"Dua rumah rusak berat "
     "dan sudah kami data.\"",
     [("Dua rumah rusak", "Satria Budi")]),
    ("s13-institution-kemensos",
     "Kementerian Sosial menyalurkan bantuan bagi korban gempa di Cianjur. \"Bantuan disalurkan melalui "
     "posko terpadu,\" kata Kemensos dalam keterangannya.",
     [("Bantuan disalurkan", None)]),
    ("s13-institution-pemkab",
     "\"Pendaftaran beasiswa dibuka hingga akhir Juni,\" tulis Pemkab Bandung Barat dalam unggahan di "
     "akun Instagram resminya.",
     [("Pendaftaran beasiswa", None)]),
    ("s13-kata-dia-after-ikut",
     "Bupati Majalengka, Eman Sulaeman, ikut memanen padi bersama petani. Kata dia, \"Panen tahun ini "
     "lebih baik dari tahun lalu.\"",
     [("Panen tahun ini", "Eman Sulaeman")]),
    ("s13-disampaikan-oleh-after-quote",
     "\"Keselamatan warga adalah yang utama,\" demikian disampaikan oleh Kepala BPBD Kabupaten Sumedang, "
     "Atang Sutarna.",
     [("Keselamatan warga", "Atang Sutarna")]),
    ("s13-gubenur-typo",
     "\"Jalan provinsi yang rusak akan kami perbaiki tahun ini,\" kata Gubenur Jawa Barat, Rahmat Hidayat.",
     [("Jalan provinsi", "Rahmat Hidayat")]),
    ("s13-surname-a-place",
     "Kepala Desa Hitu, Rusli Ternate, menerima bantuan perahu bagi nelayan. \"Perahu ini sangat membantu "
     "nelayan kami,\" kata Rusli.",
     [("Perahu ini sangat", "Rusli Ternate")]),
    ("s13-known-short-name-unintroduced",
     "Gubernur Jawa Tengah Haryanto Prabowo meninjau pasar. \"Harga cabai masih wajar,\" kata Mas Har.",
     # first written None; "Mas Har" clips the only person's given name (Haryanto), as nicknames do
     [("Harga cabai masih", "Haryanto Prabowo")]),
    ("s13-begitu-kata",
     "\"Kami tidak akan memotong bantuan sepeser pun.\" Begitu kata Kepala Dinas Sosial Kabupaten Cirebon, "
     "Iwan Ridwan, di hadapan penerima bantuan.",
     [("Kami tidak akan", "Iwan Ridwan")]),
    ("s13-menurutnya-after-quote",
     "Ketua Gapoktan Sumber Rejeki, Karsim, mengeluhkan harga pupuk. \"Harga pupuk naik dua kali lipat,\" "
     "menurutnya.",
     [("Harga pupuk naik", "Karsim")]),
    ("s13-ditemui-di-kantornya",
     "Ditemui di kantornya, Kepala Dinas Pendidikan Kota Bekasi, Ujang Subhan, mengatakan, \"Sekolah "
     "negeri tidak boleh memungut biaya.\"",
     [("Sekolah negeri", "Ujang Subhan")]),
    ("s13-saat-dikonfirmasi-then-katanya",
     "Saat dikonfirmasi, Kapolsek Cikalong AKP Dadang Setiawan membenarkan kejadian itu. \"Benar, ada "
     "laporan warga pada Minggu malam,\" katanya.",
     [("Benar, ada laporan", "Dadang Setiawan")]),
    ("s13-ia-pun-berharap",
     "Kepala SDN 2 Cibadak, Nia Kurniasih, menerima bantuan seragam. Ia pun berharap, \"Semoga anak-anak "
     "makin semangat belajar.\"",
     [("Semoga anak-anak", "Nia Kurniasih")]),
    ("s13-tulis-di-akun",
     "\"Terima kasih kepada semua relawan yang membantu,\" tulis Bupati Purwakarta, Anggi Pratama, di akun "
     "Instagram pribadinya.",
     [("Terima kasih kepada", "Anggi Pratama")]),
    ("s13-qa-layout",
     "Berikut petikan wawancara dengan Kepala Dinas Sosial Jawa Barat, Dodi Sukmara.\n"
     "Tanya: Berapa penerima bantuan tahun ini?\n"
     "Jawab: Sekitar dua juta keluarga di seluruh Jawa Barat.",
     []),
    ("s13-single-straight-marks",
     "Kepala Desa Mekarjaya, Udin Saprudin, menerima bantuan. 'Bantuan ini kami salurkan minggu depan,' "
     "kata Udin.",
     # first written [] (no quote); round 2 chose to read speech set in single marks
     [("Bantuan ini kami", "Udin Saprudin")]),
    # Session 13, round 2, written before it was run
    ("s13-unrelated-short-name",
     "Mantan Gubernur Jawa Barat, Ahmad Heryadi, menghadiri peluncuran buku. \"Buku ini catatan sepuluh "
     "tahun saya memimpin,\" kata Aher.",
     [("Buku ini catatan", None)]),
    ("s13-headline-quote",
     "Mensos: \"Penyaluran Harus Tepat Sasaran\"\n"
     "JAKARTA - Menteri Sosial Tri Rahmawati meminta pendamping memeriksa ulang data penerima. \"Jangan ada "
     "keluarga mampu yang masih menerima,\" kata Tri.",
     [("Jangan ada keluarga", "Tri Rahmawati")]),
    ("s13-split-kata-dia",
     "Kepala Desa Cibeureum, Asep Mulyana, memantau saluran irigasi. \"Airnya sudah cukup,\" kata dia, "
     "\"tinggal petani mulai tanam.\"",
     [("Airnya sudah", "Asep Mulyana"), ("tinggal petani", "Asep Mulyana")]),
    ("s13-three-paragraphs-cue-at-end",
     "\"Kami membuka dapur umum di tiga titik.\n"
     "\"Setiap titik melayani dua ratus porsi sehari.\n"
     "\"Relawan bergiliran memasak sejak subuh,\" tutur Koordinator Tagana Kabupaten Bandung, Eko "
     "Prasetyo.",
     [("Kami membuka dapur", "Eko Prasetyo")]),
    ("s13-lanjutnya-after-dihadiri",
     "Ketua Panitia Hari Lansia, Rohmat Hidayat, membuka acara. \"Lansia harus tetap aktif,\" kata Rohmat.\n"
     "Acara itu juga dihadiri Wakil Bupati Bandung, Sahrul Ramadan.\n"
     "\"Tahun depan kegiatan ini kami buat lebih besar,\" lanjutnya.",
     [("Lansia harus", "Rohmat Hidayat"), ("Tahun depan", "Rohmat Hidayat")]),
    ("s13-pungkasnya-after-data",
     "Kepala BPS Kabupaten Sumedang, Yuyun Wahyuni, merilis angka kemiskinan. \"Angkanya turun satu persen,\" "
     "kata Yuyun. Menurut data BPS, penurunan terbesar terjadi di perdesaan. \"Program padat karya sangat "
     "membantu,\" pungkasnya.",
     [("Angkanya turun", "Yuyun Wahyuni"), ("Program padat", "Yuyun Wahyuni")]),
    ("s13-ujarnya-lagi-after-menyebut",
     "Bupati Subang Ruhimat Santosa mengapresiasi kerja petugas. \"Mereka bekerja tanpa libur,\" kata "
     "Ruhimat. Ia menyebut Camat Pagaden, Dedi Rusmana, sudah tiga hari tidak pulang. \"Ini teladan bagi "
     "ASN lain,\" ujarnya lagi.",
     [("Mereka bekerja", "Ruhimat Santosa"), ("Ini teladan", "Ruhimat Santosa")]),
    ("s13-hal-senada-oleh-ia",
     "Hal senada diungkapkan oleh Ketua RW 03 Kelurahan Sukajadi, Mamat Rahmat. Ia mengatakan, \"Warga "
     "sudah lama menunggu perbaikan jalan ini.\"",
     [("Warga sudah lama", "Mamat Rahmat")]),
    ("s13-name-parenthesized-role-colon",
     "Dodi Sukmara (Kepala Dinas Sosial Jawa Barat): \"Kami menargetkan dua juta keluarga keluar dari "
     "kemiskinan.\"",
     [("Kami menargetkan", "Dodi Sukmara")]),
    ("s13-saat-dihubungi-date-mengatakan",
     "Kepala Puskesmas Cilaku, Rina Marliana, saat dihubungi melalui telepon, Selasa (5/3), mengatakan, "
     "\"Pasien demam berdarah mulai berkurang.\"",
     [("Pasien demam", "Rina Marliana")]),
    ("s13-pihak-sekolah",
     "Orang tua murid SDN 1 Cikole mengeluhkan pungutan. \"Itu sumbangan sukarela, bukan pungutan,\" kata "
     "pihak sekolah.",
     [("Itu sumbangan", None)]),
    ("s13-humas-rsud-no-name",
     "Seorang pasien BPJS, Karta (60), mengaku ditolak rumah sakit. \"Ruang rawat inap sedang penuh,\" jelas "
     "Humas RSUD Cibabat.",
     [("Ruang rawat", None)]),
    ("s13-orang-nomor-satu",
     "Bupati Garut Rahmat Sutisna meresmikan jembatan gantung. \"Anak-anak tidak perlu lagi menyeberang "
     "sungai,\" kata orang nomor satu di Kabupaten Garut itu.",
     [("Anak-anak tidak", "Rahmat Sutisna")]),
    ("s13-kata-suami-name-itu",
     "Siti Aisyah (35) meninggal tertimbun longsor. \"Dia sedang memasak di dapur,\" kata suami Siti itu.",
     [("Dia sedang memasak", None)]),
    ("s13-kata-ibu-korban-name",
     "Korban, Rizki Pratama (12), tenggelam di Sungai Cikapundung. \"Anak saya pamit main bola,\" kata ibu "
     "korban, Sumarni.",
     [("Anak saya pamit", "Sumarni")]),
    ("s13-kata-ibu-korban-no-name",
     "Korban, Rizki Pratama (12), tenggelam di Sungai Cikapundung. \"Anak saya pamit main bola,\" kata ibu "
     "korban.",
     [("Anak saya pamit", None)]),
    ("s13-selaku",
     "\"Peserta lomba tahun ini dua kali lipat,\" kata Budi Gunawan selaku Ketua Panitia HUT Kota Cimahi.",
     [("Peserta lomba", "Budi Gunawan")]),
    ("s13-ujarnya-kembali",
     "Ketua Koperasi Mekar Sari, Enok Suhaenah, membagikan sisa hasil usaha. \"Anggota kami tambah "
     "seratus orang,\" kata Enok. \"Tahun depan kami buka unit simpan pinjam,\" ujarnya kembali.",
     [("Anggota kami", "Enok Suhaenah"), ("Tahun depan kami", "Enok Suhaenah")]),
    ("s13-single-marks-speech",
     "Kepala Desa Cikahuripan, Dadang Sutisna, menerima bantuan perahu karet. 'Perahu ini kami simpan di "
     "balai desa,' kata Dadang.",
     [("Perahu ini kami", "Dadang Sutisna")]),
    ("s13-single-curly-speech",
     "Kepala Desa Cikahuripan, Dadang Sutisna, menerima bantuan perahu karet. \u2018Perahu ini kami simpan "
     "di balai desa,\u2019 kata Dadang.",
     [("Perahu ini kami", "Dadang Sutisna")]),
    ("s13-apostrophes-not-marks",
     "Ustaz Ma'ruf Hidayat mengisi pengajian Jum'at di Masjid Al-Qur'an. \"Jaga salat berjamaah,\" kata "
     "Ma'ruf.",
     [("Jaga salat", "Ma'ruf Hidayat")]),
    ("s13-inner-single-marks",
     "Ketua RT 05, Iwan Kurnia, memimpin kerja bakti. \"Warga menyebutnya 'Jumat bersih', semua ikut "
     "turun,\" kata Iwan.",
     [("Warga menyebutnya", "Iwan Kurnia")]),
    ("s13-disampaikan-oleh-then-nya",
     "Hal itu disampaikan oleh Kepala Desa Cileunyi, Tatang Suryana, saat musyawarah desa. \"Dana desa "
     "kami prioritaskan untuk jalan,\" ujarnya.",
     [("Dana desa kami", "Tatang Suryana")]),
    ("s13-seorang-pns-name",
     "Seorang PNS Pemkot Bandung, Yayat Supriatna, mengaku belum menerima gaji ke-13. \"Biasanya sudah cair "
     "bulan Juni,\" katanya.",
     [("Biasanya sudah", "Yayat Supriatna")]),
    # Session 13, round 3, written before it was run
    ("s13-tanya-jawab-two-named",
     "Wakil Ketua DPRD Kota Bogor, Hendra Kusuma, menanyakan progres pembangunan pasar kepada Kepala Dinas "
     "Koperasi, Lina Herlina. \"Kapan pedagang bisa menempati los baru?\" tanya Hendra. \"Awal tahun depan, "
     "setelah serah terima,\" jawab Lina.",
     [("Kapan pedagang", "Hendra Kusuma"), ("Awal tahun depan", "Lina Herlina")]),
    ("s13-abbreviated-given-name",
     "Ketua Baznas Kabupaten Bogor, Muhammad Ridwan Hakim, menyalurkan zakat produktif. \"Modal ini bukan "
     "pinjaman,\" kata M. Ridwan.",
     [("Modal ini bukan", "Muhammad Ridwan Hakim")]),
    ("s13-shared-given-name",
     "Abdul Rahman dan Abdul Karim, dua ketua RW di Kelurahan Tegalega, mengusulkan perbaikan drainase. "
     "\"Setiap hujan air masuk rumah,\" kata Abdul.",
     [("Setiap hujan air", None)]),
    ("s13-shared-surname",
     "Pasangan Budi Santoso dan Rina Santoso membuka usaha katering dari bantuan modal. \"Pesanan paling "
     "banyak saat Ramadan,\" ujar Santoso.",
     [("Pesanan paling", None)]),
    ("s13-rank-dots-degrees",
     "\"Kami tidak akan memberi ruang bagi geng motor,\" tegas Kapolres Sumedang AKBP. Rudi Hartanto, "
     "S.I.K., M.H.",
     [("Kami tidak akan memberi", "Rudi Hartanto")]),
    ("s13-dr-spa",
     "\"Imunisasi anak jangan ditunda,\" kata dr. Rina Marlina, Sp.A, dokter anak RSUD Sumedang.",
     [("Imunisasi anak", "Rina Marlina")]),
    ("s13-walikota-spelling",
     "Walikota Bogor, Dedi Rachman, meninjau banjir di Kelurahan Cibuluh.\n"
     "\"Tanggul yang jebol kami perbaiki malam ini,\" kata Wali Kota.",
     [("Tanggul yang jebol", "Dedi Rachman")]),
    ("s13-sekda-role-only",
     "Sekretaris Daerah (Sekda) Kabupaten Ciamis, Andang Firman, memimpin apel pagi.\n"
     "\"ASN harus memberi contoh disiplin,\" kata Sekda.",
     [("ASN harus memberi", "Andang Firman")]),
    ("s13-institution-polres-rilis",
     "\"Tiga pelaku sudah kami tahan,\" tulis Polres Garut dalam rilisnya.",
     [("Tiga pelaku sudah", None)]),
    ("s13-colon-then-two-paragraph-quotes",
     "Dalam sambutannya, Bupati Cianjur Herman Saputra menyampaikan:\n"
     "\"Gempa ini ujian bagi kita semua.\"\n"
     "\"Mari kita bangun kembali rumah warga bersama-sama.\"",
     [("Gempa ini ujian", "Herman Saputra"), ("Mari kita bangun", "Herman Saputra")]),
    ("s13-indirect-between-then-uncued",
     "\"Stok pupuk bersubsidi aman,\" kata Kepala Dinas Pertanian Kabupaten Karawang, Wawan Hermawan. "
     "Menurutnya, penyaluran dilakukan lewat kios resmi.\n"
     "\"Petani cukup membawa KTP.\"",
     [("Stok pupuk", "Wawan Hermawan"), ("Petani cukup", "Wawan Hermawan")]),
    ("s13-bukan-nama-sebenarnya",
     "Sebut saja Mawar (17), korban perundungan di sebuah SMP di Kota Bandung. \"Saya takut masuk sekolah,\" "
     "kata Mawar.",
     [("Saya takut", "Mawar")]),
    ("s13-kepada-wartawan-menjelaskan-bahwa",
     "Kepada wartawan, Kepala Desa Sukasari, Oman Rohman, menjelaskan bahwa jalan desa rusak akibat truk "
     "tambang.\n\"Kami sudah melapor ke dinas sejak tahun lalu.\"",
     [("Kami sudah melapor", "Oman Rohman")]),
    ("s13-role-comma-rank-name",
     "\"Pelaku pencurian motor kami tangkap di rumahnya,\" kata Kapolsek Cibiru, Kompol Asep Saepudin.",
     [("Pelaku pencurian", "Asep Saepudin")]),
    ("s13-kbb-acronym-parenthesized",
     "\"Kami mendata seribu lansia terlantar,\" kata Kepala Dinas Sosial Kabupaten Bandung Barat (KBB), "
     "Euis Rohaeti.",
     [("Kami mendata seribu", "Euis Rohaeti")]),
    ("s13-seraya",
     "Ketua Kelompok Wanita Tani Melati, Iis Aisyah, memanen sayuran. \"Hasilnya kami jual ke pasar,\" "
     "ujar Iis seraya menunjukkan keranjang sawi.",
     [("Hasilnya kami jual", "Iis Aisyah")]),
    ("s13-speech-opening-then-nya",
     "Bupati Bandung Dadang Supriyatna membuka Musrenbang.\n"
     "\"Assalamualaikum warahmatullahi wabarakatuh. Usulan warga harus menjadi dasar anggaran,\" ucapnya "
     "membuka sambutan.",
     [("Assalamualaikum", "Dadang Supriyatna")]),
    ("s13-pria-yang-akrab-disapa-then-role",
     "Pria yang akrab disapa Kang Ujang itu, Ujang Suryadi, kini menjadi Ketua RT 04. \"Saya ingin RT kami "
     "bebas sampah,\" katanya.",
     [("Saya ingin RT", "Ujang Suryadi")]),
    ("s13-group-then-one-named",
     "Para pedagang Pasar Kosambi menolak relokasi. Salah satu pedagang, Ujang Komar, sudah berjualan di "
     "sana sejak 1990. \"Di sini pelanggan saya,\" katanya.",
     [("Di sini pelanggan", "Ujang Komar")]),
    ("s13-nya-after-joint-subject-with-spoken",
     "Bupati Garut Rudi Hermawan dan Wakil Bupati Helmi Budiman meninjau lokasi longsor. \"Kita siapkan "
     "relokasi,\" katanya.",
     [("Kita siapkan", None)]),
    ("s13-cue-before-with-date",
     "Kepala BPBD Kota Bogor, Theofilus Patrian, Selasa (12/3/2024), mengatakan, \"Ada lima titik longsor "
     "baru.\"",
     [("Ada lima titik", "Theofilus Patrian")]),
    ("s13-she-english",
     "Minister of Social Affairs Tri Rahmawati visited the shelter. \"No child should sleep on the street,\" "
     "she said.",
     [("No child should", "Tri Rahmawati")]),
    # Session 13, round 4, written before it was run
    ("s13-demikian-next-paragraph",
     "\"Penyandang disabilitas berhak atas pekerjaan yang layak.\"\n"
     "Demikian disampaikan Kepala Sentra Terpadu Inten Soeweno, Rahmat Sentosa, saat membuka pelatihan "
     "kerja di Cibinong, Rabu (6/3).",
     [("Penyandang disabilitas", "Rahmat Sentosa")]),
    ("s13-hal-tersebut-next-paragraph",
     "\"Kami ingin setiap desa punya lumbung pangan.\"\n"
     "Hal tersebut diungkapkan Bupati Indramayu, Nina Agustina Sari, dalam panen raya di Desa Juntinyuat.",
     [("Kami ingin setiap", "Nina Agustina Sari")]),
    ("s13-baca-juga-between-paragraphs",
     "Kepala Dinas Sosial Kota Depok, Siti Khodijah, menjelaskan program makan bergizi.\n"
     "\"Setiap lansia mendapat makan siang lima kali seminggu,\" kata Siti.\n"
     "Baca juga: Pemkot Depok Salurkan Bantuan Beras\n"
     "\"Menunya disusun ahli gizi puskesmas,\" tambahnya.",
     [("Setiap lansia", "Siti Khodijah"), ("Menunya disusun", "Siti Khodijah")]),
    ("s13-nickname-in-marks-inside-name",
     "\"Kami siap mengawal pembangunan desa,\" kata Ahmad \"Ucok\" Santoso, Ketua Karang Taruna Desa Ciherang.",
     [("Kami siap mengawal", "Ahmad Santoso")]),
    ("s13-two-named-in-cue",
     "\"Kami senang sekali bisa ikut lomba,\" kata Budi dan Rina kompak.",
     [("Kami senang sekali", None)]),
    ("s13-menurut-split",
     "Ketua Apindo Kabupaten Bekasi, Sutomo Hadi, menanggapi kenaikan UMK. \"Pengusaha siap,\" menurut "
     "Sutomo, \"asal kenaikannya wajar.\"",
     [("Pengusaha siap", "Sutomo Hadi"), ("asal kenaikannya", "Sutomo Hadi")]),
    ("s13-perempuan-asal-ini",
     "Juru masak dapur umum, Yayah Rohayah, sudah bangun sejak pukul tiga. \"Nasi harus siap sebelum subuh,\" "
     "ujar perempuan asal Garut ini.",
     [("Nasi harus siap", "Yayah Rohayah")]),
    ("s13-two-kepala-dinas-role-only",
     "Kepala Dinas Sosial Kota Cimahi, Endang Kusmana, dan Kepala Dinas Kesehatan Kota Cimahi, Dewi "
     "Anggraeni, meninjau posyandu lansia.\n\"Pemeriksaan lansia kami gratiskan,\" kata Kepala Dinas.",
     [("Pemeriksaan lansia", None)]),
    ("s13-ketua-vs-wakil-ketua",
     "Ketua DPRD Kabupaten Bogor, Rudy Susmanto, dan Wakil Ketua DPRD, Agus Salim, menerima audiensi "
     "buruh.\n\"Aspirasi buruh kami bawa ke rapat paripurna,\" kata Wakil Ketua DPRD.",
     [("Aspirasi buruh", "Agus Salim")]),
    ("s13-menurut-then-uncued-paragraph",
     "Menurut Kepala Puskesmas Sukajadi, Rina Wulandari, kasus diare meningkat sejak banjir.\n"
     "\"Warga kami minta merebus air minum.\"",
     [("Warga kami minta", "Rina Wulandari")]),
    ("s13-uncued-after-reported-two-names",
     "Camat Sukajadi, Deni Rusmana, mengatakan Lurah Cipedes, Asep Hidayat, sudah mendata korban.\n"
     "\"Datanya kami kirim ke BPBD sore ini.\"",
     [("Datanya kami kirim", "Deni Rusmana")]),
    ("s13-dikonfirmasi-membenarkan-singkat",
     "Ketika dikonfirmasi, Kepala Satpol PP Kota Bandung, Rasdian Setiadi, membenarkan penertiban itu. "
     "\"Betul, ada dua puluh lapak,\" ucapnya singkat.",
     [("Betul, ada dua", "Rasdian Setiadi")]),
    ("s13-quote-then-ujar-capital-newline",
     "Warga Kampung Cibogo sudah tiga hari mengungsi.\n"
     "\"Rumah kami retak semua,\" ujar Ketua RT 01, Cecep Supriatna.",
     [("Rumah kami retak", "Cecep Supriatna")]),
    # Session 13, round 5, written before it was run: texts made to trip the rules of rounds 1-4
    ("s13-lanjutnya-after-indirect-speech-of-another",
     "\"Jalan ini kami perbaiki bulan depan,\" kata Kepala Dinas PUPR Kabupaten Garut, Dede Hermawan. "
     "Camat Cikajang, Yana Mulyana, menambahkan bahwa warga siap bergotong royong. \"Kami sediakan konsumsi "
     "bagi pekerja,\" lanjutnya.",
     [("Jalan ini kami", "Dede Hermawan"), ("Kami sediakan", "Yana Mulyana")]),
    ("s13-lanjutnya-after-lead-in-sentence",
     "\"Kami pantau terus,\" kata Kepala BPBD Garut, Satria Budi. Camat Cikajang, Yana Mulyana, lalu "
     "menunjuk peta, \"Di sini titik longsornya,\" lanjutnya.",
     [("Kami pantau terus", "Satria Budi"), ("Di sini titik", "Yana Mulyana")]),
    ("s13-hal-senada-next-paragraph-not-a-cue",
     "\"Stok beras aman sampai Lebaran,\" kata Kepala Bulog Cabang Ciamis, Iwan Setiawan.\n"
     "\"Harga di pasar juga stabil.\"\n"
     "Hal senada disampaikan Kepala Dinas Perdagangan, Neni Rohaeni.",
     [("Stok beras aman", "Iwan Setiawan"), ("Harga di pasar", "Iwan Setiawan")]),
    ("s13-single-mark-term-comma-outside",
     "Warga menyebut program itu 'Jumat Bersih', kata Lurah Sukamaju, Tatang Sutisna.",
     []),
    ("s13-kin-lowercase-ibu-is-honorific",
     "Warga Desa Cibodas, Ani Suryani, menerima bantuan. \"Terima kasih banyak,\" kata ibu Ani.",
     [("Terima kasih", "Ani Suryani")]),
    ("s13-kin-anak-bupati",
     "Bupati Garut Rudi Hermawan menghadiri wisuda. \"Saya bangga bisa lulus tepat waktu,\" kata anak Bupati itu.",
     [("Saya bangga", None)]),
    ("s13-two-roles-joined",
     "Bupati Garut Rudi Hermawan dan Wakil Bupati Helmi Budiman meninjau pasar. \"Pasar harus bersih,\" kata "
     "Bupati dan Wakil Bupati.",
     [("Pasar harus bersih", None)]),
    ("s13-initial-two-candidates",
     "Muhammad Ridwan dan Mochamad Ridwan Saputra sama-sama mendaftar calon kepala desa. \"Saya siap "
     "bersaing sehat,\" kata M. Ridwan.",
     [("Saya siap bersaing", None)]),
    ("s13-menurut-term-no-comma",
     "Program \"Sekolah Rakyat\" menurut Menteri Sosial akan dibuka Juli.",
     []),
    ("s13-yang-bersangkutan-two-named",
     "Dua ASN, Ade Rukmana dan Wawan Gunawan, dilaporkan bolos. \"Saya sedang sakit,\" kata yang "
     "bersangkutan.",
     [("Saya sedang sakit", None)]),
    ("s13-uncued-after-meminta-paragraph",
     "Bupati Sumedang Dony Ahmad meminta Camat Jatinangor, Kusnadi Rahman, mendata korban angin puting "
     "beliung.\n\"Data harus masuk besok pagi.\"",
     [("Data harus masuk", "Dony Ahmad")]),
    ("s13-paren-role-colon-title",
     "Pameran itu menampilkan lukisan Rendra Wibisana (pelukis muda): \"Senja di Pelabuhan Ratu\".",
     []),
    # the session-12 leftover: a name written only as the agent of a passive, then a description cue
    ("s13-agent-oleh-then-description",
     "Rumah panggung itu dibangun oleh Sutrisno Hadi, warga setempat. \"Saya kerjakan sendiri selama dua "
     "tahun,\" kata pria berusia 60 tahun itu.",
     [("Saya kerjakan sendiri", "Sutrisno Hadi")]),
    ("s13-unit-name-in-marks-then-name",
     "\"Peserta kami latih menjahit,\" kata Kepala Sentra \"Mulya Jaya\" Jakarta, Dewi Kartika.",
     [("Peserta kami latih", "Dewi Kartika")]),
    # Session 13, round 6, written before it was run: typography and layout
    ("s13-dash-before-cue-after",
     "\"Kami siap membantu warga yang terdampak\" \u2013 kata Ketua RT 03, Budi Santoso.",
     [("Kami siap membantu", "Budi Santoso")]),
    ("s13-no-comma-no-space-curly",
     "\u201cKami siap membantu warga yang terdampak\u201d ujar Budi Santoso, Ketua RT 03.",
     [("Kami siap membantu", "Budi Santoso")]),
    ("s13-parenthesized-attribution",
     "\"Kami siap membantu warga yang terdampak.\" (Budi Santoso, Ketua RT 03)",
     [("Kami siap membantu", "Budi Santoso")]),
    ("s13-ellipsis-inside",
     "\"Kami... kami tidak tahu harus ke mana,\" ujar Ani Suryani sambil menangis.",
     [("Kami... kami", "Ani Suryani")]),
    ("s13-one-word-exclamation",
     "Bupati Garut Rudi Hermawan memimpin upacara. \"Merdeka!\" seru Rudi.",
     [("Merdeka", "Rudi Hermawan")]),
    ("s13-transcript-colons",
     "Berikut tanya jawab dalam rapat itu.\n"
     "Budi Santoso: \"Kapan bantuan untuk RT kami cair?\"\n"
     "Ani Suryani: \"Bantuan cair minggu depan, setelah verifikasi selesai.\"",
     [("Kapan bantuan", "Budi Santoso"), ("Bantuan cair", "Ani Suryani")]),
    ("s13-cue-line-wrapped-before-quote",
     "Kepala Dinas Sosial Kota Garut, Aah Anwar, mengatakan\n"
     "\"Bantuan untuk korban kebakaran sudah kami salurkan semua.\"",
     [("Bantuan untuk korban", "Aah Anwar")]),
    # added after the first run: the case above opens the text with its cue line, which a page
    # reader takes for the headline (no full stop); here a sentence comes first
    ("s13-cue-line-wrapped-after-a-sentence",
     "Kebakaran menghanguskan dua belas rumah di Kelurahan Sukagalih.\n"
     "Kepala Dinas Sosial Kota Garut, Aah Anwar, mengatakan\n"
     "\"Bantuan untuk korban kebakaran sudah kami salurkan semua.\"",
     [("Bantuan untuk korban", "Aah Anwar")]),
    ("s13-quote-mid-sentence-then-dan",
     "Camat Tarogong, Deden Rohim, mengatakan, \"Kami siap menampung pengungsi,\" dan meminta warga tetap "
     "tenang.",
     [("Kami siap menampung", "Deden Rohim")]),
    ("s13-social-handle",
     "\"Terima kasih atas doa semua warga,\" tulis akun @budisantoso di Instagram.",
     [("Terima kasih atas", None)]),
    ("s13-question-tanya-name",
     "\"Mau ke mana lagi kami tinggal?\" tanya Ani Suryani, korban penggusuran.",
     [("Mau ke mana", "Ani Suryani")]),
    # Session 13, round 7, written before it was run: -nya and pronoun cues that must not reach the
    # person last named
    ("s13-dia-after-someone-died",
     "Sutarman (45), warga Desa Cikole, tewas tertimpa pohon tumbang di depan rumahnya. \"Pohonnya sudah lapuk "
     "sejak lama,\" kata dia.",
     [("Pohonnya sudah lapuk", None)]),
    ("s13-katanya-after-someone-died-official-before",
     "Kapolsek Lembang, AKP Dedi Supriadi, membenarkan kejadian itu. Korban, Sutarman (45), meninggal di "
     "lokasi. \"Korban sempat dibawa ke puskesmas,\" katanya.",
     [("Korban sempat dibawa", "Dedi Supriadi")]),
    ("s13-tambahnya-after-a-group-cue",
     "Camat Cikalong, Yanti Lestari, meninjau jalan desa yang rusak. \"Sudah lima tahun begini,\" kata warga. "
     "\"Kalau hujan, motor tidak bisa lewat,\" tambahnya.",
     [("Sudah lima tahun", None), ("Kalau hujan", None)]),
    ("s13-lanjutnya-after-anonymous-cue",
     "Kapolres Garut AKBP Rio Wahyudi menggelar rilis kasus. \"Pelaku sudah dua kali beraksi,\" kata seorang "
     "penyidik. \"Barang bukti kami sita,\" lanjutnya.",
     [("Pelaku sudah dua", None), ("Barang bukti kami", None)]),
    ("s13-seorang-pria-berkata-video",
     "Dalam video yang beredar, seorang pria berkata, \"Jalan ini tidak pernah diperbaiki.\" Bupati Garut "
     "Rudi Hermawan langsung meninjau lokasi.",
     [("Jalan ini tidak", None)]),
    ("s13-imbuh-bupati-yang-akrab-disapa-ini",
     "Bupati Sumedang Dony Ahmad Munir membuka festival kuliner. \"Tahu Sumedang harus mendunia,\" imbuh "
     "Bupati yang akrab disapa Kang DAM ini.",
     [("Tahu Sumedang", "Dony Ahmad Munir")]),
    ("s13-kasi-humas-mewakili-kapolres",
     "\"Arus mudik masih lancar,\" kata Kasi Humas Polres Ciamis, Iptu Ade Suryana, mewakili Kapolres AKBP "
     "Tony Prasetyo.",
     [("Arus mudik", "Ade Suryana")]),
    ("s13-possessor-katanya",
     "Rumah Ujang Saepudin di Kampung Babakan terendam banjir setinggi satu meter. \"Airnya masuk tengah "
     "malam,\" katanya.",
     [("Airnya masuk", "Ujang Saepudin")]),
    # Session 13, round 8, written before it was run: ministry and balai releases, regional speech
    ("s13-translation-parenthetical-before-cue",
     "Nenek Onah (70) menerima bantuan kursi roda dari Sentra Galih Pakuan. \"Hatur nuhun pisan,\" (terima "
     "kasih banyak) kata Nenek Onah.",
     [("Hatur nuhun", "Onah")]),
    ("s13-translation-parenthetical-comma-outside",
     "\"Matur nuwun sanget\" (terima kasih banyak), ujar Mbah Sarinah, penerima bantuan di Desa Girimulyo.",
     [("Matur nuwun", "Sarinah")]),
    ("s13-mensos-and-wamensos-role-only",
     "Menteri Sosial Saiful Anwar didampingi Wakil Menteri Sosial Agus Prayitno meninjau lumbung sosial.\n"
     "\"Lumbung ini untuk bencana,\" ungkap Mensos.\n"
     "\"Isinya kami periksa setiap bulan,\" kata Wamensos.",
     [("Lumbung ini untuk", "Saiful Anwar"), ("Isinya kami periksa", "Agus Prayitno")]),
    ("s13-dirjen-rehsos-alias",
     "Direktur Jenderal Rehabilitasi Sosial, Wiwik Handayani, membuka pelatihan pekerja sosial.\n"
     "\"Pekerja sosial harus hadir di setiap desa,\" kata Dirjen Rehsos.",
     [("Pekerja sosial harus", "Wiwik Handayani")]),
    ("s13-two-kepala-sentra-role-only",
     "Kepala Sentra Phala Martha Sukabumi, Rina Oktaviani, dan Kepala Sentra Galih Pakuan Bogor, Dedi "
     "Suhendar, menandatangani nota kerja sama.\n\"Kami saling berbagi tenaga terapis,\" kata Kepala Sentra.",
     [("Kami saling berbagi", None)]),
    ("s13-menurut-role-only-introduced",
     "Kepala Sentra Terpadu Pangudi Luhur Bekasi, Hendra Wijaya, menerima kunjungan DPR.\n"
     "Menurut Kepala Sentra, \"Daya tampung kami sudah penuh sejak Maret.\"",
     [("Daya tampung kami", "Hendra Wijaya")]),
    ("s13-gus-nickname-parenthesized",
     "Menteri Sosial Saiful Anwar (Gus Ipul) meresmikan Sekolah Rakyat di Bekasi. \"Anak-anak dari keluarga "
     "miskin berhak sekolah gratis,\" kata Gus Ipul.",
     [("Anak-anak dari", "Saiful Anwar")]),
    # Session 13, round 9, written before it was run: words of someone else repeated by the subject
    ("s13-menirukan-before",
     "Korban penjambretan, Rina Marlina, masih trauma. Rina menirukan ucapan pelaku, \"Serahkan tasmu atau "
     "kutusuk!\"",
     [("Serahkan tasmu", None)]),
    ("s13-menirukan-after",
     "Korban penjambretan, Rina Marlina, masih trauma. \"Serahkan tasmu atau kutusuk!\" kata Rina menirukan "
     "ucapan pelaku.",
     [("Serahkan tasmu", None)]),
    ("s13-mengutip-pesan-ayah",
     "Bupati Kuningan Yusuf Maulana mengenang ayahnya. Ia mengutip pesan almarhum ayahnya, \"Jangan pernah "
     "lupa pada orang kecil.\"",
     [("Jangan pernah lupa", None)]),
    ("s13-berbunyi-surat-edaran",
     "Surat edaran Bupati Garut Rudi Hermawan berbunyi, \"Seluruh ASN wajib masuk kerja pada hari pertama "
     "setelah libur.\"",
     [("Seluruh ASN wajib", None)]),
    ("s13-bunyi-pasal",
     "Pasal 5 peraturan desa itu berbunyi, \"Setiap warga wajib menjaga kebersihan saluran air.\" Kepala Desa "
     "Cibodas, Asep Mulyana, mengatakan aturan itu berlaku bulan depan.",
     [("Setiap warga wajib", None)]),
    ("s13-sambil-menangis-ibu-korban",
     "Korban, Rizki Pratama (12), hanyut di Sungai Cikapundung. Sambil menangis, ibu korban berkata, \"Anak "
     "saya pamit main bola.\"",
     [("Anak saya pamit", None)]),
    ("s13-mengaku-pelaku-berkata",
     "Kasir minimarket, Dewi Anjani, mengaku pelaku sempat berkata, \"Jangan teriak, nanti saya tembak.\"",
     [("Jangan teriak", None)]),
    ("s13-bertanya-tanya-ia",
     "Ketua RT 05, Iwan Kurnia, kesal dengan jalan rusak. Ia pun bertanya-tanya, \"Kapan jalan ini "
     "diperbaiki?\"",
     [("Kapan jalan ini", "Iwan Kurnia")]),
    # Session 13, round 10, written before it was run: whole short articles mixing the forms
    ("s13-article-police",
     "GARUT - Polisi menangkap dua pria yang diduga mencuri kotak amal masjid di Kecamatan Tarogong Kidul.\n"
     "Kapolsek Tarogong Kidul, AKP Asep Suherman, mengatakan kedua pelaku berinisial AS (25) dan RD (30).\n"
     "\"Keduanya kami tangkap di rumahnya masing-masing,\" kata Asep saat dikonfirmasi, Senin (4/3/2024).\n"
     "Menurutnya, pelaku sudah beraksi di tiga masjid.\n"
     "\"Uangnya dipakai untuk bermain judi online,\" ujarnya.\n"
     "Salah seorang pengurus masjid, Haji Dadang, mengaku lega.\n"
     "\"Alhamdulillah, pelakunya tertangkap,\" ucap Dadang.",
     [("Keduanya kami", "Asep Suherman"), ("Uangnya dipakai", "Asep Suherman"), ("Alhamdulillah", "Dadang")]),
    ("s13-article-kemensos",
     "JAKARTA - Kementerian Sosial menyalurkan bantuan bagi korban banjir di Kabupaten Bekasi.\n"
     "Bantuan diserahkan langsung oleh Menteri Sosial Saiful Anwar di posko pengungsian Desa Sukatani, Kamis "
     "(7/3/2024).\n"
     "\"Kami pastikan kebutuhan dasar pengungsi terpenuhi, terutama makanan dan air bersih,\" kata Mensos.\n"
     "Dalam kesempatan itu, Mensos didampingi Bupati Bekasi Dani Ramdan.\n"
     "\"Pemkab menyiapkan dapur umum di tiga titik,\" ujar Dani.\n"
     "Mensos menambahkan, bantuan akan terus dikirim sampai banjir surut.\n"
     "\"Kalau ada kekurangan, segera laporkan,\" pungkasnya.",
     [("Kami pastikan", "Saiful Anwar"), ("Pemkab menyiapkan", "Dani Ramdan"), ("Kalau ada kekurangan", "Saiful Anwar")]),
    ("s13-article-village",
     "CIANJUR - Warga Kampung Cibeureum bergotong royong memperbaiki jembatan.\n"
     "Ketua RW 05, Ujang Sobandi, menuturkan jembatan itu rusak sejak banjir bulan lalu.\n"
     "\"Anak-anak harus memutar dua kilometer untuk ke sekolah.\n"
     "\"Makanya kami tidak menunggu bantuan pemerintah,\" tutur Ujang.\n"
     "Seorang warga, Mak Iyah (65), ikut menyiapkan makanan bagi warga yang bekerja.\n"
     "\"Sing lancar, sing salamet,\" (semoga lancar, semoga selamat) ucapnya.",
     [("Anak-anak harus", "Ujang Sobandi"), ("Sing lancar", "Iyah")]),
    ("s13-article-two-officials",
     "BANDUNG - Pemprov Jawa Barat dan Pemkot Bandung membahas penanganan sampah.\n"
     "Rapat dipimpin Sekretaris Daerah Jawa Barat, Herman Suryatman, dan dihadiri Wali Kota Bandung, Farhan "
     "Hidayat.\n"
     "\"Tempat pembuangan akhir sudah hampir penuh,\" kata Sekda.\n"
     "\"Kami akan memperbanyak bank sampah di setiap kelurahan,\" kata Wali Kota.\n"
     "Sekda meminta Wali Kota mempercepat pemilahan sampah dari rumah tangga.\n"
     "\"Tanpa pemilahan, masalah ini tidak akan selesai,\" tegasnya.",
     [("Tempat pembuangan", "Herman Suryatman"), ("Kami akan memperbanyak", "Farhan Hidayat"),
      ("Tanpa pemilahan", "Herman Suryatman")]),
    # Session 13, round 11, written before it was run: texts made to trip the rules of rounds 6-10
    ("s13-bahwa-clause-with-dan",
     "Kepala Desa Sukamulya, Wawan Kurnia, menjelaskan bahwa warga sudah berkumpul dan berteriak, \"Tutup "
     "tambang itu sekarang juga!\"",
     [("Tutup tambang", None)]),
    ("s13-menurut-data-after",
     "Bupati Cirebon Imron Rosyadi meninjau pasar. \"Harga beras naik lima persen dalam sebulan,\" menurut "
     "data BPS.",
     [("Harga beras naik", None)]),
    ("s13-menurut-keterangan-polisi-after",
     "Sopir truk, Dadang Hermawan, selamat dari kecelakaan itu. \"Remnya blong di turunan,\" menurut "
     "keterangan polisi.",
     [("Remnya blong", None)]),
    ("s13-stage-direction-parenthetical",
     "Ketua Karang Taruna, Rizal Fauzi, ditanya soal dana kegiatan. \"Dananya dari iuran anggota,\" (tertawa) "
     "kata Rizal.",
     [("Dananya dari iuran", "Rizal Fauzi")]),
    ("s13-dash-term-not-cue",
     "Program \"Sekolah Rakyat\" \u2013 program unggulan Kementerian Sosial \u2013 dibuka di Bekasi.",
     []),
    ("s13-kata-istri-bupati-name",
     "Bupati Ciamis Herdiat Sunarya membuka bazar UMKM. \"Produk perajin Ciamis harus naik kelas,\" kata "
     "istri Bupati, Ani Herdiat.",
     [("Produk perajin", "Ani Herdiat")]),
    ("s13-anak-kepala-desa-itu",
     "Kepala Desa Cikalong, Asep Sunandar, ikut membersihkan sungai. \"Saya bangga ayah saya turun langsung,\" "
     "kata anak Kepala Desa itu.",
     [("Saya bangga ayah", None)]),
    ("s13-begitu-katanya",
     "Kepala Sekolah SDN 3 Cibadak, Nia Kurniasih, menerima bantuan buku. \"Perpustakaan kami akhirnya penuh.\" "
     "Begitu katanya.",
     [("Perpustakaan kami", "Nia Kurniasih")]),
    # Session 13, round 12, written before it was run: regional government PR pages (titles, degrees,
    # honorific role words)
    ("s13-pr-degrees-dalam-sambutannya",
     "Kepala Dinas Sosial Kabupaten Garut, Drs. H. Aji Sukarmaji, M.Si., dalam sambutannya menyampaikan, "
     "\"Pendamping harus memastikan data penerima selalu mutakhir.\"",
     [("Pendamping harus", "Aji Sukarmaji")]),
    ("s13-pr-degrees-no-comma-before-verb",
     "Sekretaris Dinas Sosial, Hj. Nenden Nurhayati, S.Sos., M.Si. menambahkan, \"Pelatihan dibuka untuk "
     "tiga puluh peserta.\"",
     [("Pelatihan dibuka", "Nenden Nurhayati")]),
    ("s13-pr-plt-ir-h-mengatakan-bahwa",
     "Plt. Kepala Dinas Sosial Kota Tasikmalaya, Ir. H. Dudi Hermawan, M.T. mengatakan bahwa, \"Semua panti "
     "wajib terakreditasi tahun depan.\"",
     [("Semua panti", "Dudi Hermawan")]),
    ("s13-pr-bapak-bupati-role-only",
     "Bupati Garut Rudy Gunawan membuka Musrenbang Kecamatan Cibatu.\n"
     "Bapak Bupati dalam arahannya menyampaikan, \"Usulan harus sesuai prioritas daerah.\"",
     [("Usulan harus", "Rudy Gunawan")]),
    ("s13-pr-ibu-ketua-pkk",
     "Ibu Ketua TP PKK Kabupaten Garut, Hj. Diah Kurniasari, menyampaikan, \"Posyandu adalah garda depan "
     "pencegahan stunting.\"",
     [("Posyandu adalah", "Diah Kurniasari")]),
    ("s13-pr-str-sos-degree",
     "\"Anak-anak di panti kami ajari keterampilan digital,\" kata Pekerja Sosial Ahli Muda, Rina Amelia, "
     "S.Tr.Sos.",
     [("Anak-anak di panti", "Rina Amelia")]),
    ("s13-pr-credit-line-after",
     "\"Bantuan sudah kami salurkan kepada 120 keluarga,\" ujar Kepala Bidang Linjamsos, Wawan Setiawan.\n"
     "(Humas Dinsos Garut)",
     [("Bantuan sudah kami", "Wawan Setiawan")]),
    # Session 13, round 13, written before it was run: texts made to trip rounds 11-12
    ("s13-menurut-dr-after",
     "Kasus demam berdarah naik di Kecamatan Cikole. \"Warga harus menguras bak mandi seminggu sekali,\" "
     "menurut dr. Rina Marlina, Kepala Puskesmas Cikole.",
     [("Warga harus menguras", "Rina Marlina")]),
    ("s13-almarhum-then-kata-dia",
     "Almarhum Karta Wijaya dikenal sebagai guru ngaji di kampungnya. \"Beliau tidak pernah meminta "
     "bayaran,\" kata dia.",
     [("Beliau tidak pernah", None)]),
    ("s13-bapa-uskup",
     "Bapa Uskup Agung Ende, Mgr. Paulus Budi Kleden, mengatakan, \"Gereja siap membantu korban banjir.\"",
     [("Gereja siap", "Paulus Budi Kleden")]),
    ("s13-jl-abbreviation-capital-after",
     "Kantor Dinas Sosial pindah ke Jl. Merdeka. Kepala Dinas Sosial, Asep Hidayat, mengatakan, \"Layanan "
     "tetap buka seperti biasa.\"",
     [("Layanan tetap", "Asep Hidayat")]),
    ("s13-degree-stop-then-capital-sentence",
     "Pendamping PKH, Siti Aminah, S.Sos. Bersama timnya ia mendata ulang penerima. Camat Cikole, Dedi "
     "Rusmana, mengatakan, \"Data harus selesai bulan ini.\"",
     [("Data harus selesai", "Dedi Rusmana")]),
    # Session 14, round 1, written before it was run: nicknames and institutions, regional name
    # forms, quotes over paragraphs and page furniture, alternating speakers
    ("s14-kang-nickname-unintroduced",
     "Gubernur Jawa Barat, Rahmat Saputra, meresmikan alun-alun Cianjur. \"Alun-alun ini milik semua warga,\" "
     "kata Kang Emil.",
     [("Alun-alun ini milik", None)]),
    ("s14-kata-polda",
     "\"Kasus penipuan arisan daring ini masih kami dalami,\" kata Polda Jabar dalam keterangannya.",
     [("Kasus penipuan arisan", None)]),
    ("s14-tulis-dinas-laman",
     "\"Pendaftaran sekolah dibuka hingga akhir bulan ini,\" tulis Dinas Pendidikan Kota Bogor di laman resminya.",
     [("Pendaftaran sekolah", None)]),
    ("s14-kata-kemensos-melalui-name",
     "\"Penyaluran bantuan tahap dua dimulai pekan depan,\" kata Kemensos melalui Kepala Biro Humas, Wahyu "
     "Pratama.",
     [("Penyaluran bantuan tahap", "Wahyu Pratama")]),
    ("s14-seorang-asn-yang-bertugas",
     "Seorang ASN yang bertugas di Kantor Kecamatan Cileunyi, Rini Kartika, mengaku belum menerima tunjangan. "
     "\"Sudah tiga bulan belum cair,\" katanya.",
     [("Sudah tiga bulan", "Rini Kartika")]),
    ("s14-possessor-sawah-milik",
     "Sawah milik Dadang Suherman di Desa Cikalong gagal panen karena banjir. \"Semua padi saya busuk "
     "terendam air,\" ujarnya.",
     [("Semua padi saya", "Dadang Suherman")]),
    ("s14-sang-menteri",
     "Menteri Sosial Tri Rahmawati meninjau lumbung sosial di Kabupaten Sikka. \"Lumbung ini harus selalu "
     "terisi sebelum musim hujan,\" kata sang menteri.",
     [("Lumbung ini harus", "Tri Rahmawati")]),
    ("s14-mantan-kades-itu",
     "Odang Suparman pernah menjabat Kepala Desa Sukasari dua periode. \"Dulu jalan ini masih tanah,\" kata "
     "mantan kepala desa itu.",
     [("Dulu jalan ini", "Odang Suparman")]),
    ("s14-mantan-kapolda-purn",
     "\"Polisi harus kembali dekat dengan warga,\" ujar mantan Kapolda Jawa Barat, Irjen (Purn) Dedi "
     "Kusnadi.",
     [("Polisi harus kembali", "Dedi Kusnadi")]),
    ("s14-plt-kepala-dinas-dot",
     "\"Stok vaksin di puskesmas masih aman,\" kata Plt. Kepala Dinas Kesehatan Kota Tasikmalaya, Uus "
     "Supangat.",
     [("Stok vaksin di", "Uus Supangat")]),
    ("s14-pj-role-only-after-intro",
     "Pj Bupati Bekasi, Dani Ramdani, memimpin apel siaga banjir. \"Semua camat wajib siaga di wilayahnya,\" "
     "tegas Pj Bupati.",
     [("Semua camat wajib", "Dani Ramdani")]),
    ("s14-mama-first-name",
     "Mama Yosina Wenda sudah dua puluh tahun berjualan pinang di Pasar Youtefa. \"Pembeli sekarang sepi,\" "
     "kata Mama Yosina.",
     [("Pembeli sekarang sepi", "Yosina Wenda")]),
    ("s14-bin-name-short",
     "Terdakwa Ahmad Fauzi bin Sulaiman mengaku menyesal di persidangan. \"Saya khilaf dan minta maaf kepada "
     "korban,\" kata Fauzi.",
     [("Saya khilaf", "Ahmad Fauzi bin Sulaiman")]),
    ("s14-habib-al-name",
     "Pimpinan Pondok Pesantren Darul Ulum, Habib Umar Al-Attas, membuka pengajian akbar. \"Santri harus "
     "menjaga persatuan,\" kata Habib Umar.",
     [("Santri harus menjaga", "Umar Al-Attas")]),
    ("s14-lower-al-name",
     "Ketua panitia, Ahmad al-Fatih, mengatakan peserta datang dari sepuluh kabupaten. \"Kami siapkan "
     "penginapan gratis,\" ujar Fatih.",
     [("Kami siapkan penginapan", "Ahmad al-Fatih")]),
    ("s14-balinese-ni-made",
     "Perajin anyaman bambu, Ni Made Wartini, kebanjiran pesanan menjelang Galungan. \"Sehari saya bisa "
     "membuat tiga puluh keben,\" kata Wartini.",
     [("Sehari saya bisa", "Ni Made Wartini")]),
    ("s14-batak-boru",
     "Pedagang ikan di Pasar Balige, Rosmawati boru Simanjuntak, mengeluhkan sepinya pembeli. \"Sejak hujan "
     "terus, pembeli jarang datang,\" kata Rosmawati.",
     [("Sejak hujan terus", "Rosmawati boru Simanjuntak")]),
    ("s14-chinese-indonesian-surname-first",
     "Pemilik toko kelontong di Glodok, Tjia Hok Lim, sudah berjualan sejak 1978. \"Dulu toko di sini "
     "ramai sampai malam,\" kata Tjia.",
     [("Dulu toko di sini", "Tjia Hok Lim")]),
    ("s14-buton-la-ode",
     "Bupati Buton, La Ode Muhammad Syarif, meninjau pelabuhan rakyat. \"Dermaga ini akan kami perpanjang "
     "tahun depan,\" kata Syarif.",
     [("Dermaga ini akan", "La Ode Muhammad Syarif")]),
    ("s14-tgk-aceh-short",
     "Ketua MPU Kota Banda Aceh, Tgk. Faisal Hamdani, mengimbau warga menjaga kebersihan masjid. \"Masjid "
     "adalah rumah kita bersama,\" kata Tgk. Faisal.",
     [("Masjid adalah rumah", "Faisal Hamdani")]),
    ("s14-one-word-name-then-appositive",
     "\"Harga cabai naik lagi sejak pekan lalu,\" kata Sutini, pedagang sayur di Pasar Kosambi.",
     [("Harga cabai naik", "Sutini")]),
    ("s14-ant-credit-after-nya",
     "Kepala Dinas Perhubungan Kota Bandung, Ricky Gustiadi, menambah armada bus sekolah. \"Tahun ini kami "
     "tambah lima bus,\" katanya. (ant/rif)",
     [("Tahun ini kami tambah", "Ricky Gustiadi")]),
    ("s14-baca-juga-names-another-then-continuation",
     "Kepala Dinas Perhubungan Kota Bandung, Ricky Gustiadi, mengatakan, \"Uji coba berlaku satu bulan.\"\n"
     "Baca juga: Gubernur Rahmat Saputra Tinjau Banjir Dayeuhkolot\n"
     "\"Setelah itu kami evaluasi hasilnya bersama kepolisian,\" ujarnya.",
     [("Uji coba berlaku", "Ricky Gustiadi"), ("Setelah itu kami", "Ricky Gustiadi")]),
    ("s14-lihat-foto-caption-between",
     "Kepala Dinas Sosial Kota Cimahi, Asep Gunawan, mengatakan penyaluran sudah selesai.\n"
     "Lihat Foto\n"
     "Wali Kota Cimahi Ngatiyana menyerahkan bantuan kepada warga, Senin (4/3/2024).(KOMPAS.com/DIAN ERIKA)\n"
     "\"Semua penerima sudah menerima bantuannya,\" ujarnya.",
     [("Semua penerima sudah", "Asep Gunawan")]),
    ("s14-instagram-tulis-short-name",
     "Wali Kota Surabaya, Eri Wibowo, ikut membersihkan Kali Mas bersama warga. \"Terima kasih warga Surabaya "
     "yang sudah bergotong royong membersihkan kali,\" tulis Eri dalam unggahan Instagram-nya, Minggu (3/3).",
     [("Terima kasih warga", "Eri Wibowo")]),
    ("s14-menulis-akun-handle-before",
     "Menteri Sosial Tri Rahmawati menulis di akun Instagram @trirahma, \"Terima kasih para pendamping yang "
     "bekerja sampai malam.\"",
     [("Terima kasih para", "Tri Rahmawati")]),
    ("s14-tanya-name-jawab-sang-bupati",
     "Dalam dialog itu, warga bernama Karyo bertanya kepada Bupati Klaten, Sri Mulyani Hartati. \"Kapan jalan "
     "kampung kami diaspal?\" tanya Karyo. \"Bulan depan mulai dikerjakan,\" jawab sang bupati.",
     [("Kapan jalan kampung", "Karyo"), ("Bulan depan mulai", "Sri Mulyani Hartati")]),
    ("s14-split-lowercase-second-half",
     "\"Kami sudah siap,\" ujar Kepala Pelaksana BPBD Kota Bogor, Theofilo Patrocinio, \"menghadapi musim "
     "hujan tahun ini.\"",
     [("Kami sudah siap", "Theofilo Patrocinio"), ("menghadapi musim", "Theofilo Patrocinio")]),
    ("s14-paragraph-run-before-then-nya",
     "Kepala Sentra Mulya Jaya, Rina Kusumawati, mengatakan, \"Kami menampung empat puluh penerima manfaat.\n"
     "\"Semua mendapat terapi dan pelatihan kerja,\" ujarnya.",
     [("Kami menampung", "Rina Kusumawati")]),
    ("s14-pihaknya-reported-then-nya",
     "Kepala BPBD Kabupaten Bogor, Yani Hassan, menyebut pihaknya sudah menyiagakan perahu karet. \"Personel "
     "kami siaga 24 jam,\" ujarnya.",
     [("Personel kami siaga", "Yani Hassan")]),
    ("s14-ustazah-short",
     "Pengasuh majelis taklim Al-Hidayah, Ustazah Nur Hasanah, mengajak jemaah bersedekah. \"Sedekah tidak "
     "membuat kita miskin,\" kata Ustazah Nur.",
     [("Sedekah tidak", "Nur Hasanah")]),
    ("s14-kata-kapolda-after-institution",
     "Polda Jawa Barat menangkap tiga pelaku penipuan. Kapolda Jawa Barat, Irjen Pol Agus Setiawan, "
     "mengatakan, \"Para pelaku menipu lebih dari seratus korban.\"",
     [("Para pelaku menipu", "Agus Setiawan")]),
    # Session 14, round 2, written before it was run: less frequent cue verbs, nouns naming the
    # statement, furniture between quote paragraphs, one-name people, Balinese and honorific forms
    ("s14-cuit-twitter",
     "Menteri Pariwisata, Dewi Anggraini, ikut memantau arus wisatawan. \"Labuan Bajo siap menyambut tamu,\" "
     "cuit Dewi di akun Twitter-nya.",
     [("Labuan Bajo siap", "Dewi Anggraini")]),
    ("s14-kicaunya",
     "Anggota DPR, Hendra Wijaya, menanggapi kenaikan tarif tol. \"Kenaikan ini memberatkan sopir logistik,\" "
     "kicaunya.",
     [("Kenaikan ini memberatkan", "Hendra Wijaya")]),
    ("s14-elaknya",
     "Kepala Desa Sukamulya, Rasim Suganda, membantah menerima setoran. \"Saya tidak pernah meminta uang,\" "
     "elaknya.",
     [("Saya tidak pernah meminta", "Rasim Suganda")]),
    ("s14-tepis-name",
     "\"Tidak ada pungutan dalam pendaftaran sekolah,\" tepis Kepala Dinas Pendidikan Kota Serang, Tubagus "
     "Suherman.",
     [("Tidak ada pungutan", "Tubagus Suherman")]),
    ("s14-janjinya",
     "Bupati Lebak, Iti Octavia, meninjau jembatan gantung yang putus. \"Tahun depan jembatan ini kami bangun "
     "permanen,\" janjinya.",
     [("Tahun depan jembatan", "Iti Octavia")]),
    ("s14-sarannya",
     "Dokter spesialis anak RSUD Serang, dr. Lina Herlina, mengingatkan orangtua soal imunisasi. \"Jangan "
     "tunda imunisasi hanya karena anak batuk ringan,\" sarannya.",
     [("Jangan tunda imunisasi", "Lina Herlina")]),
    ("s14-desaknya",
     "Ketua Komisi IV DPRD Kota Bandung, Iwan Ridwan, meminta pemkot segera membayar honor guru. \"Honor guru "
     "jangan ditunda lagi,\" desaknya.",
     [("Honor guru jangan", "Iwan Ridwan")]),
    ("s14-ulasnya",
     "Pengamat ekonomi Universitas Padjadjaran, Yayan Satyakti, menilai inflasi masih terkendali. \"Harga "
     "pangan pokok relatif stabil,\" ulasnya.",
     [("Harga pangan pokok", "Yayan Satyakti")]),
    ("s14-bisiknya",
     "Di ruang tunggu, Suminah memeluk cucunya erat. \"Nenek tidak akan pergi lagi,\" bisiknya.",
     [("Nenek tidak akan", "Suminah")]),
    ("s14-harapan-itu-disampaikan",
     "\"Semoga tahun depan tidak ada lagi anak putus sekolah di desa ini.\" Harapan itu disampaikan Kepala "
     "Desa Cibodas, Entis Sutisna, saat membuka rembuk desa.",
     [("Semoga tahun depan", "Entis Sutisna")]),
    ("s14-imbauan-tersebut-next-paragraph",
     "\"Warga jangan menyalakan petasan di dekat rumah ibadah.\"\n"
     "Imbauan tersebut disampaikan Kapolsek Cibeunying, Kompol Dadang Rusmana, Jumat (5/4).",
     [("Warga jangan menyalakan", "Dadang Rusmana")]),
    ("s14-bernama-one-word",
     "Seorang nelayan bernama Darsono sudah tiga hari tidak melaut karena ombak tinggi. \"Kalau nekat, "
     "perahu bisa terbalik,\" katanya.",
     [("Kalau nekat", "Darsono")]),
    ("s14-bu-kades-role-honorific",
     "Kepala Desa Sukamaju, Siti Rohmah, membagikan bibit cabai. \"Setiap rumah dapat sepuluh batang,\" "
     "kata Bu Kades.",
     [("Setiap rumah dapat", "Siti Rohmah")]),
    ("s14-abah-only-one-elder",
     "Sesepuh Kampung Naga, Abah Ujang Suryana, menyambut rombongan mahasiswa. \"Adat di sini dijaga turun "
     "temurun,\" kata Abah.",
     [("Adat di sini", "Ujang Suryana")]),
    ("s14-balinese-gusti-ayu",
     "Ketua Kelompok Wanita Tani Desa Pelaga, I Gusti Ayu Putri Astiti, memanen kopi bersama anggota. "
     "\"Tahun ini panen lebih banyak,\" kata Astiti.",
     [("Tahun ini panen", "I Gusti Ayu Putri Astiti")]),
    ("s14-baca-juga-between-uncued-and-cued",
     "Kepala Dinas Sosial Kota Medan, Khoiruddin Rangkuti, menjelaskan penyaluran bantuan.\n"
     "\"Penyaluran tahap pertama selesai pekan ini.\n"
     "Baca juga: Pemkot Medan Buka Posko Pengaduan Bansos\n"
     "\"Tahap kedua dimulai awal bulan depan,\" kata Khoiruddin.",
     # first written as two quotes; the first paragraph has no closing mark, so it is one quote over
     # both paragraphs (as the Kompas form is read), its text without the link line
     [("Penyaluran tahap pertama selesai pekan ini. Tahap kedua", "Khoiruddin Rangkuti")]),
    ("s14-caption-with-name-between-colon-and-quote",
     "Bupati Garut, Rudy Hermawan, menyampaikan:\n"
     "Wakil Bupati Garut Helmi Budiman meninjau lokasi banjir di Kecamatan Tarogong. (ANTARA/Feri Purnama)\n"
     "\"Semua pengungsi harus mendapat makanan hangat.\"",
     [("Semua pengungsi harus", "Rudy Hermawan")]),
    ("s14-credit-rls-after-quote",
     "Camat Ciparay, Asep Kurnia, memimpin kerja bakti. \"Sungai harus bersih sebelum musim hujan,\" "
     "ujarnya. (rls)",
     [("Sungai harus bersih", "Asep Kurnia")]),
    ("s14-two-women-same-first-name-ibu",
     "Ketua PKK Desa Mekarsari, Siti Aminah, dan bidan desa, Siti Rahayu, memeriksa balita. \"Tiga balita "
     "kurang gizi,\" kata Ibu Siti.",
     [("Tiga balita kurang", None)]),
    ("s14-pj-walikota-short",
     "Pj Wali Kota Tangerang, Nurdin Hasan, meninjau Pasar Anyar. \"Pedagang akan kami pindahkan sementara,\" "
     "kata Nurdin.",
     [("Pedagang akan kami", "Nurdin Hasan")]),
    ("s14-plh-kadis-role-only",
     "Plh Kepala Dinas Kesehatan Kabupaten Bogor, Adang Mulyana, memantau vaksinasi. \"Stok vaksin cukup "
     "sampai akhir bulan,\" kata Plh Kepala Dinas.",
     [("Stok vaksin cukup", "Adang Mulyana")]),
    ("s14-wartawan-question-then-answer",
     "Kapolres Subang, AKBP Ariek Indra, menerima wartawan di ruang kerjanya. \"Apakah pelaku sudah "
     "ditangkap?\" tanya wartawan. \"Sudah, dua orang kami amankan tadi malam,\" jawabnya.",
     [("Apakah pelaku sudah", None), ("Sudah, dua orang", "Ariek Indra")]),
    ("s14-quote-then-dikatakan-oleh-role-name-at-paragraph",
     "\"Kami tidak menoleransi pungli di pelabuhan.\"\n"
     "Hal itu dikatakan oleh General Manager Pelabuhan Tanjung Emas, Ardhy Wahyu, kepada wartawan.",
     [("Kami tidak menoleransi", "Ardhy Wahyu")]),
    ("s14-split-cue-pronoun-second-half-new-sentence",
     "Lurah Cipayung, Nurhasanah, mengecek pompa air. \"Pompa ini baru diperbaiki,\" katanya. \"Kalau hujan "
     "deras, pompa langsung kami nyalakan.\"",
     [("Pompa ini baru", "Nurhasanah"), ("Kalau hujan deras", "Nurhasanah")]),
    ("s14-komitmen-itu-ditegaskan",
     "\"Seluruh sekolah harus ramah anak.\" Komitmen itu ditegaskan Wali Kota Bogor, Dedie Rachim, di "
     "Balai Kota.",
     [("Seluruh sekolah harus", "Dedie Rachim")]),
    # Session 14, round 3, written before it was run: regional and religious forms of address,
    # relatives as speakers, pseudonyms, retired ranks, institutions and families, reported speech
    ("s14-romo-priest",
     "Pastor Paroki Santo Yosef, Romo Yohanes Bosco Widodo, memimpin misa Natal. \"Natal mengajak kita "
     "peduli kepada yang lemah,\" kata Romo Yohanes.",
     [("Natal mengajak kita", "Yohanes Bosco Widodo")]),
    ("s14-pdt-abbreviation",
     "Ketua Sinode Gereja Kalimantan Evangelis, Pdt. Simon Tambunan, membuka sidang sinode. \"Gereja harus "
     "hadir bagi korban banjir,\" ujar Simon.",
     [("Gereja harus hadir", "Simon Tambunan")]),
    ("s14-bhante",
     "Kepala Vihara Dharma Bhakti, Bhante Dhammasubho Mahathera, memimpin puja bakti Waisak. \"Waisak "
     "mengajarkan welas asih,\" kata Bhante Dhammasubho.",
     [("Waisak mengajarkan", "Dhammasubho Mahathera")]),
    ("s14-buya",
     "Ulama Sumatera Barat, Buya Mahyeldi Ansyarullah, mengisi tablig akbar. \"Anak muda harus dekat dengan "
     "surau,\" kata Buya Mahyeldi.",
     [("Anak muda harus", "Mahyeldi Ansyarullah")]),
    ("s14-nyai",
     "Pengasuh Pondok Pesantren Al-Mubarok, Nyai Hj. Umi Kulsum, meresmikan asrama putri. \"Santriwati "
     "kini punya kamar yang layak,\" ujar Nyai Umi.",
     [("Santriwati kini", "Umi Kulsum")]),
    ("s14-mang-sundanese",
     "Penjual bakso keliling, Mang Udin Saprudin, sudah berjualan tiga puluh tahun. \"Harga daging naik, "
     "porsi tidak saya kurangi,\" kata Mang Udin.",
     [("Harga daging naik", "Udin Saprudin")]),
    ("s14-ceu-sundanese",
     "Pedagang nasi kuning, Ceu Enok Rohaeti, membuka warung sejak subuh. \"Pembeli paling ramai jam enam,\" "
     "kata Ceu Enok.",
     [("Pembeli paling ramai", "Enok Rohaeti")]),
    ("s14-koh-chinese-indonesian",
     "Pemilik toko emas di Pasar Baru, Koh Hendra Gunawan, menutup tokonya lebih awal. \"Pembeli sepi "
     "sejak harga emas naik,\" kata Koh Hendra.",
     [("Pembeli sepi sejak", "Hendra Gunawan")]),
    ("s14-bli-balinese",
     "Pemandu wisata di Ubud, Bli Komang Sudarsana, kembali menerima tamu. \"Turis Eropa mulai datang "
     "lagi,\" kata Bli Komang.",
     [("Turis Eropa mulai", "Komang Sudarsana")]),
    ("s14-datuk-minang",
     "Ketua Kerapatan Adat Nagari Pariangan, Datuk Rajo Malano, membuka musyawarah adat. \"Tanah ulayat "
     "tidak boleh dijual,\" tegas Datuk Rajo.",
     [("Tanah ulayat tidak", "Rajo Malano")]),
    ("s14-ibunda-korban",
     "Polisi masih mencari pelaku tabrak lari di Jalan Soekarno-Hatta. \"Anak saya baru pulang mengaji,\" "
     "kata ibunda korban.",
     [("Anak saya baru", None)]),
    ("s14-ayahanda-name-after-comma",
     "\"Kami ikhlas dan memaafkan pengemudi itu,\" ujar ayahanda korban, Sukirman Hadi.",
     [("Kami ikhlas dan", "Sukirman Hadi")]),
    ("s14-sang-ayah-introduced",
     "Ayah korban, Sukirman (45), masih terpukul. \"Dia anak yang rajin,\" kata sang ayah.",
     [("Dia anak yang rajin", "Sukirman")]),
    ("s14-sebut-saja-pseudonym",
     "Seorang buruh pabrik, sebut saja Ani, mengaku belum menerima THR. \"Katanya dibayar bulan depan,\" "
     "ujar Ani.",
     # first written None; a pseudonym is how the text names its speaker, as s13-bukan-nama-sebenarnya reads it
     [("Katanya dibayar", "Ani")]),
    ("s14-brigjen-tni-purn",
     "\"Veteran harus mendapat perhatian,\" kata Ketua Legiun Veteran Jawa Barat, Brigjen TNI (Purn) Asep "
     "Suhendar.",
     [("Veteran harus mendapat", "Asep Suhendar")]),
    ("s14-kolonel-inf-purn",
     "\"Koperasi purnawirawan sudah berbadan hukum,\" ujar Ketua PEPABRI Kota Cimahi, Kolonel Inf (Purn) "
     "Yayat Hidayat.",
     [("Koperasi purnawirawan", "Yayat Hidayat")]),
    ("s14-pihak-keluarga",
     "Korban dimakamkan di tempat pemakaman umum desa. \"Kami menerima musibah ini,\" kata pihak keluarga.",
     [("Kami menerima musibah", None)]),
    ("s14-manajemen-pt",
     "\"Seluruh penumpang sudah dipindahkan ke kereta lain,\" kata manajemen PT KAI Daop 2 Bandung dalam "
     "keterangan tertulis.",
     [("Seluruh penumpang sudah", None)]),
    ("s14-jubir-keluarga-name",
     "\"Keluarga meminta polisi mengusut tuntas,\" kata juru bicara keluarga, Hotman Siregar.",
     [("Keluarga meminta polisi", "Hotman Siregar")]),
    ("s14-menurut-x-role-pernah-berpesan",
     "Menurut Kepala Desa Cikadu, Maman Suparman, almarhum Bupati pernah berpesan, \"Jangan jual tanah "
     "leluhur kepada orang luar.\"",
     [("Jangan jual tanah", None)]),
    ("s14-isi-pesan",
     "Ketua RT 02, Dadan Ramdani, mengaku menerima pesan berantai. \"Besok air mati seharian,\" demikian "
     "isi pesan tersebut.",
     [("Besok air mati", None)]),
    ("s14-spelling-variant-in-cue",
     "Kepala Dinas Perikanan Kabupaten Indramayu, Syahrial Lubis, menyerahkan perahu. \"Perahu ini untuk "
     "nelayan kecil,\" kata Sahrial.",
     [("Perahu ini untuk", "Syahrial Lubis")]),
    # Session 14, round 4, written before it was run: an office's short form in the cue for the
    # person the text introduced with its long form, and role words that must not reach the wrong
    # office; a superior's words repeated by an official
    ("s14-kasatpol-pp",
     "Kepala Satuan Polisi Pamong Praja Kota Bandung, Rasdian Setiadi, memimpin penertiban pedagang. "
     "\"Pedagang kami pindahkan ke lokasi baru,\" kata Kasatpol PP.",
     [("Pedagang kami pindahkan", "Rasdian Setiadi")]),
    ("s14-kadinkes",
     "Kepala Dinas Kesehatan Kabupaten Cirebon, Eni Suhaeni, meninjau puskesmas. \"Kasus DBD mulai turun,\" "
     "kata Kadinkes.",
     [("Kasus DBD mulai", "Eni Suhaeni")]),
    ("s14-kalaksa-bpbd",
     "Kepala Pelaksana BPBD Kabupaten Sukabumi, Deden Sumpena, meninjau lokasi longsor. \"Warga di lereng "
     "bukit kami ungsikan,\" ujar Kalaksa BPBD.",
     [("Warga di lereng", "Deden Sumpena")]),
    ("s14-kapolsek-from-kepala-kepolisian-sektor",
     "Kepala Kepolisian Sektor Cibeunying, Kompol Dadang Gunawan, memimpin patroli malam. \"Patroli kami "
     "tambah menjelang Lebaran,\" kata Kapolsek.",
     [("Patroli kami tambah", "Dadang Gunawan")]),
    ("s14-kajari",
     "Kepala Kejaksaan Negeri Bandung, Rachmad Vidianto, menetapkan dua tersangka. \"Kerugian negara "
     "mencapai dua miliar rupiah,\" kata Kajari.",
     [("Kerugian negara", "Rachmad Vidianto")]),
    ("s14-kakanwil",
     "Kepala Kantor Wilayah Kemenkumham Jawa Barat, Masjuno Sugiarto, meresmikan pos bantuan hukum. \"Warga "
     "miskin bisa berkonsultasi gratis,\" ujar Kakanwil.",
     [("Warga miskin bisa", "Masjuno Sugiarto")]),
    ("s14-ketum-partai",
     "Ketua Umum Partai Karya Rakyat, Bambang Sutopo, membuka kongres. \"Partai harus dekat dengan petani,\" "
     "kata Ketum.",
     [("Partai harus dekat", "Bambang Sutopo")]),
    ("s14-pak-rt",
     "Ketua RT 03 RW 05 Kelurahan Cigadung, Ujang Rahmat, mengumpulkan warga. \"Kerja bakti setiap Minggu "
     "pagi,\" kata Pak RT.",
     [("Kerja bakti setiap", "Ujang Rahmat")]),
    ("s14-kapolsek-not-kapolres",
     "Kapolres Garut, AKBP Rio Wahyu, meninjau pos pengamanan. \"Jalur selatan rawan macet,\" kata "
     "Kapolsek.",
     [("Jalur selatan rawan", None)]),
    ("s14-wakil-not-the-head",
     "Bupati Majalengka, Eman Suherman, meresmikan pasar desa. \"Pedagang tidak dipungut biaya,\" kata Wakil "
     "Bupati.",
     [("Pedagang tidak dipungut", None)]),
    ("s14-two-kadis-kadis-only",
     "Kepala Dinas Sosial Kota Depok, Siti Khodijah, dan Kepala Dinas Kesehatan Kota Depok, Mary Liziawati, "
     "meninjau panti. \"Semua penghuni sudah diperiksa,\" kata Kadis.",
     [("Semua penghuni sudah", None)]),
    ("s14-seperti-ditirukan",
     "Camat Cisarua, Deden Hidayat, menyampaikan pesan Bupati kepada warga. \"Jangan buang sampah ke "
     "sungai,\" kata Bupati seperti ditirukan Deden.",
     [("Jangan buang sampah", None)]),
    ("s14-kata-name-kepada-official",
     "\"Jalan kampung kami rusak sejak tahun lalu,\" kata Karta Wijaya kepada Bupati Purwakarta, Anne "
     "Ratna Mustika.",
     [("Jalan kampung kami", "Karta Wijaya")]),
    ("s14-saat-mendampingi-official",
     "\"Semua penerima sudah terdata,\" kata Kepala Dinas Sosial Jawa Barat, Dodo Suhendar, saat mendampingi "
     "Menteri Sosial Tri Rahmawati.",
     [("Semua penerima sudah", "Dodo Suhendar")]),
    ("s14-kepsek",
     "Kepala SDN 1 Cikole, Neneng Sumiati, menyambut siswa baru. \"Hari pertama kami isi perkenalan,\" kata "
     "Kepsek.",
     [("Hari pertama kami", "Neneng Sumiati")]),
    # Session 14, round 5, written before it was run: news-site furniture around quotes (bylines,
    # credits, ad lines between quote paragraphs), dialog and question forms
    ("s14-tribun-byline-then-nya",
     "Laporan Wartawan TribunJabar.id, Fikri Ramadhan\n"
     "TRIBUNJABAR.ID, GARUT - Warga Kampung Cisarua mulai membersihkan lumpur sisa banjir. \"Lumpurnya "
     "sampai selutut,\" ujarnya.",
     [("Lumpurnya sampai", None)]),
    ("s14-detik-ad-lines-between-quote-paragraphs",
     "Kepala Dinas Perhubungan Kota Bogor, Marse Hendra, mengatakan, \"Uji coba sistem satu arah dimulai "
     "Senin.\n"
     "ADVERTISEMENT\n"
     "SCROLL TO CONTINUE WITH CONTENT\n"
     "\"Petugas kami siagakan di setiap simpang,\" ujarnya.",
     [("Uji coba sistem", "Marse Hendra")]),
    ("s14-detik-credit-code-after-quote",
     "Camat Bogor Tengah, Abdul Wahid, meninjau pasar. \"Pedagang kaki lima kami tata ulang,\" katanya.\n"
     "(rdp/imk)",
     [("Pedagang kaki lima", "Abdul Wahid")]),
    ("s14-photo-credit-name-then-nya",
     "Foto: Rizky Maulana/detikcom\n"
     "Pemilik warung di Jalan Pajajaran, Tati Suryati, mengeluhkan harga gas. \"Gas melon susah dicari,\" "
     "keluhnya.",
     [("Gas melon susah", "Tati Suryati")]),
    ("s14-penulis-editor-after-quotes",
     "Ketua Karang Taruna Desa Cipanas, Rudi Hartono, menggelar lomba. \"Pemuda harus aktif,\" katanya.\n"
     "Penulis: Dewi Lestari\n"
     "Editor: Agus Salim",
     [("Pemuda harus aktif", "Rudi Hartono")]),
    ("s14-oleh-byline-then-unnamed-subject",
     "Oleh: Hendra Gunawan\n"
     "Puluhan pedagang Pasar Kosambi memprotes kenaikan retribusi. \"Kami keberatan,\" kata mereka.",
     [("Kami keberatan", None)]),
    ("s14-tanyanya-lagi-the-asker",
     "Warga Desa Sukasari, Karsa, bertanya kepada Camat Cikalong, Dedi Rusmana. \"Kapan jalan diperbaiki?\" "
     "tanya Karsa. \"Tahun depan,\" jawab Dedi. \"Tahun depan bulan apa?\" tanyanya lagi.",
     [("Kapan jalan diperbaiki", "Karsa"), ("Tahun depan", "Dedi Rusmana"), ("Tahun depan bulan", "Karsa")]),
    ("s14-jawabnya-after-question-to-named",
     "Wartawan menanyakan rencana relokasi kepada Wali Kota Cimahi, Ngatiyana Saputra. \"Kami tunggu kajian "
     "dari provinsi,\" jawabnya.",
     [("Kami tunggu kajian", "Ngatiyana Saputra")]),
    ("s14-quoted-question-of-a-reporter-then-answer-with-name",
     "\"Apakah tarif akan naik?\" tanya seorang wartawan. \"Belum ada rencana,\" jawab Direktur Utama PDAM "
     "Tirta Pakuan, Rino Indira.",
     [("Apakah tarif", None), ("Belum ada rencana", "Rino Indira")]),
    ("s14-simak-video-line-between",
     "Kapolres Cirebon Kota, AKBP Eko Prasetyo, merilis hasil operasi. \"Tiga puluh pelaku kami tangkap,\" "
     "kata Eko.\n"
     "Simak Video \"Polisi Tangkap Pelaku Balap Liar\"\n"
     "\"Sebagian besar masih pelajar,\" tambahnya.",
     [("Tiga puluh pelaku", "Eko Prasetyo"), ("Sebagian besar", "Eko Prasetyo")]),
    # Session 14, round 6, written before it was run: more cue verbs of reports (a reminder, a
    # rebuttal, a conclusion, a breakdown, a proposal, a reproach), "pihak" as the speaker
    ("s14-ingatnya",
     "Kapolres Purwakarta, AKBP Edwar Zulkarnain, memimpin apel Operasi Ketupat. \"Jangan ada anggota yang "
     "bermain di pos pengamanan,\" ingatnya.",
     [("Jangan ada anggota", "Edwar Zulkarnain")]),
    ("s14-ingat-role-name",
     "\"Petasan bisa melukai anak-anak,\" ingat Kapolsek Sukajadi, Kompol Yayan Sopyan.",
     [("Petasan bisa melukai", "Yayan Sopyan")]),
    ("s14-sanggahnya",
     "Kepala Desa Margahayu, Dedi Kusnadi, menolak tudingan warga. \"Dana desa kami pakai sesuai aturan,\" "
     "sanggahnya.",
     [("Dana desa kami", "Dedi Kusnadi")]),
    ("s14-simpulnya",
     "Peneliti BRIN, Siti Nuraini, memaparkan hasil survei. \"Minat baca anak desa sebenarnya tinggi,\" "
     "simpulnya.",
     [("Minat baca anak", "Siti Nuraini")]),
    ("s14-rincinya",
     "Kepala BPS Kabupaten Garut, Nevi Hendri, membacakan data kemiskinan. \"Ada 280 ribu warga miskin tahun "
     "ini,\" rincinya.",
     [("Ada 280 ribu", "Nevi Hendri")]),
    ("s14-usul-name",
     "\"Pasar tumpah sebaiknya dipindah ke terminal lama,\" usul anggota DPRD Kota Bekasi, Heri Purnomo.",
     [("Pasar tumpah sebaiknya", "Heri Purnomo")]),
    ("s14-tegurnya",
     "Bupati Indramayu, Nina Agustina, mendapati pegawai bermain ponsel saat jam kerja. \"Kerja dulu, main "
     "ponselnya nanti,\" tegurnya.",
     [("Kerja dulu, main", "Nina Agustina")]),
    ("s14-teriaknya",
     "Seorang pedagang, Jumadi, berlari menyelamatkan dagangannya. \"Api! Api!\" teriaknya.",
     []),
    ("s14-balas-name",
     "\"Kami sudah tiga kali mengirim surat,\" kata Ketua RW 07, Endang Suherman. \"Surat itu sudah kami "
     "jawab,\" balas Camat Cibeunying Kidul, Rinaldi Rahman.",
     [("Kami sudah tiga", "Endang Suherman"), ("Surat itu sudah", "Rinaldi Rahman")]),
    ("s14-pihak-kepolisian",
     "\"Kasus ini masih dalam penyelidikan,\" ujar pihak kepolisian.",
     [("Kasus ini masih", None)]),
    ("s14-pihaknya-berharap-before",
     "Kepala Dinas Pertanian Kabupaten Subang, Asep Supriatna, menyerahkan benih padi. Pihaknya berharap, "
     "\"Petani bisa panen dua kali tahun ini.\"",
     [("Petani bisa panen", "Asep Supriatna")]),
    ("s14-kritiknya",
     "Pengamat kebijakan publik Universitas Pasundan, Rahmat Hidayat, menilai penataan trotoar lambat. "
     "\"Pemkot terlalu lama membuat kajian,\" kritiknya.",
     [("Pemkot terlalu lama", "Rahmat Hidayat")]),
    # Session 14, round 7, written before it was run: court and hearing reports (judge, defendant,
    # prosecutor, counsel, witnesses) and their role words in cues
    ("s14-court-tanya-hakim-jawab-terdakwa",
     "Sidang dipimpin Hakim Ketua, Sutrisno Hadi. Di hadapan majelis, terdakwa Dadan Kurniawan mengakui "
     "perbuatannya. \"Apakah Saudara menyesal?\" tanya hakim. \"Saya menyesal, Yang Mulia,\" jawab terdakwa.",
     [("Apakah Saudara menyesal", "Sutrisno Hadi"), ("Saya menyesal, Yang Mulia", "Dadan Kurniawan")]),
    ("s14-court-jpu-role-only",
     "Jaksa Penuntut Umum (JPU) Kejari Bandung, Rini Anggraeni, menuntut terdakwa tujuh tahun penjara. "
     "\"Terdakwa terbukti menyalahgunakan dana desa,\" kata JPU.",
     [("Terdakwa terbukti", "Rini Anggraeni")]),
    ("s14-court-kuasa-hukum-name",
     "\"Kami akan mengajukan banding,\" ujar kuasa hukum terdakwa, Rudi Panjaitan.",
     [("Kami akan mengajukan", "Rudi Panjaitan")]),
    ("s14-court-kuasa-hukum-no-name",
     "Terdakwa Dadan Kurniawan divonis lima tahun penjara. \"Kami pikir-pikir dulu,\" ujar kuasa hukum "
     "terdakwa.",
     [("Kami pikir-pikir", None)]),
    ("s14-court-saksi-ahli-name",
     "\"Kerugian negara dihitung dari selisih harga,\" kata saksi ahli, Prof. Dr. Hendra Gunawan, S.E., M.Si.",
     [("Kerugian negara dihitung", "Hendra Gunawan")]),
    ("s14-court-putusan-hakim-ketua-short",
     "Majelis hakim yang diketuai Sutrisno Hadi menjatuhkan vonis. \"Menjatuhkan pidana penjara selama lima "
     "tahun,\" kata Hakim Ketua Sutrisno saat membacakan putusan.",
     [("Menjatuhkan pidana", "Sutrisno Hadi")]),
    ("s14-hearing-anggota-komisi-asks-minister",
     "Anggota Komisi VIII DPR, Rina Susanti, mencecar Menteri Sosial Tri Rahmawati soal data penerima. "
     "\"Mengapa data belum diperbarui?\" tanya Rina. \"Kami sedang memadankan dengan Dukcapil,\" jawab Tri.",
     [("Mengapa data belum", "Rina Susanti"), ("Kami sedang memadankan", "Tri Rahmawati")]),
    ("s14-court-saksi-korban-name",
     "Saksi korban, Yuliani Putri, menangis saat bersaksi. \"Uang tabungan saya habis,\" ujar Yuliani.",
     [("Uang tabungan saya", "Yuliani Putri")]),
    # Session 14, round 8, written before it was run: texts built to trip the rules of rounds 1-7
    # (nicknames, office short forms, regions, lowercase nouns, dialogs, shared given names)
    ("s14-trip-nickname-introduced-akrab-disapa",
     "Bupati Purwakarta, Dedi Mulyana, yang akrab disapa Kang Dedi, meninjau sawah. \"Petani jangan "
     "menjual gabah terlalu murah,\" kata Kang Dedi.",
     [("Petani jangan menjual", "Dedi Mulyana")]),
    ("s14-trip-honorific-one-name-nobody-else",
     "\"Dulu sawah di kampung ini luas sekali,\" kata Mbah Sarmo sambil menunjuk perumahan baru.",
     [("Dulu sawah di kampung", "Sarmo")]),
    ("s14-trip-one-name-not-an-office",
     "Kepala Seksi Pelayanan Kecamatan Cikole, Rina Kartika, membuka loket. \"Antreannya dari subuh,\" kata "
     "Kasno.",
     [("Antreannya dari subuh", "Kasno")]),
    ("s14-trip-region-word-that-is-introduced-name",
     "Wali Kota Bandung, Yana Mulyana, meresmikan taman. \"Taman ini ramah anak,\" kata Wali Kota Yana.",
     [("Taman ini ramah", "Yana Mulyana")]),
    ("s14-trip-lowercase-noun-two-holders",
     "Petugas Damkar, Budi Santoso, dan petugas BPBD, Rina Marlina, memadamkan api. \"Apinya cepat "
     "membesar,\" kata petugas.",
     [("Apinya cepat membesar", None)]),
    ("s14-trip-lowercase-noun-one-holder",
     "Dokter jaga IGD RSUD Soreang, dr. Wina Lestari, menangani korban. \"Dua korban luka bakar,\" kata "
     "dokter.",
     [("Dua korban luka", "Wina Lestari")]),
    ("s14-trip-sang-role-two-holders",
     "Bupati Garut, Rudy Hermawan, dan Bupati Tasikmalaya, Ade Sugianto, meninjau perbatasan. \"Jalan ini "
     "kita bangun bersama,\" kata sang bupati.",
     [("Jalan ini kita", None)]),
    ("s14-trip-shared-given-name-full-in-cue",
     "Ketua RW 04, Agus Salim, dan Ketua RW 05, Agus Riyanto, memimpin kerja bakti. \"Selokan harus bersih,\" "
     "kata Agus Salim.",
     [("Selokan harus bersih", "Agus Salim")]),
    ("s14-trip-jawabnya-lagi",
     "Wartawan bertanya kepada Kapolres Bogor, AKBP Rio Wibowo. \"Berapa pelaku?\" tanya wartawan. \"Tiga "
     "orang,\" jawabnya. \"Semua warga Bogor?\" tanya wartawan lagi. \"Dua warga Bogor,\" jawabnya lagi.",
     [("Berapa pelaku", None), ("Tiga orang", "Rio Wibowo"), ("Semua warga Bogor", None),
      ("Dua warga Bogor", "Rio Wibowo")]),
    ("s14-trip-kades-short-form-not-a-name",
     "Kepala Desa Mekarjaya, Ujang Suherman, membagikan bibit. \"Bibit ini gratis,\" kata Kades.",
     [("Bibit ini gratis", "Ujang Suherman")]),
    # Session 14, round 9, written before it was run: three whole articles mixing the session's forms
    ("s14-article-banjir-regional",
     "Laporan Wartawan TribunJabar.id, Dani Saputra\n"
     "CIANJUR - Banjir merendam tiga kecamatan di Kabupaten Cianjur, Senin (4/3/2024). Kepala Pelaksana BPBD "
     "Kabupaten Cianjur, Asep Sukma, mengatakan, \"Sebanyak 400 rumah terendam.\n"
     "\"Warga kami ungsikan ke masjid dan sekolah,\" ujarnya.\n"
     "Baca juga: Bupati Cianjur Tinjau Lokasi Longsor\n"
     "Rumah Entin Kartini di Kampung Pasir ikut terendam. \"Air naik tengah malam, kami tidak sempat "
     "menyelamatkan barang,\" katanya.\n"
     "\"Logistik cukup untuk satu minggu,\" kata Kalaksa BPBD.\n"
     "(ant/rif)",
     [("Sebanyak 400 rumah", "Asep Sukma"), ("Air naik tengah malam", "Entin Kartini"),
      ("Logistik cukup", "Asep Sukma")]),
    ("s14-article-sidang-and-nickname",
     "BANDUNG - Terdakwa Rahmat Hidayat bin Jajang menjalani sidang putusan di Pengadilan Negeri Bandung. "
     "\"Terdakwa terbukti bersalah,\" kata Hakim Ketua, Yuliana Sari. Kuasa hukum terdakwa, Robert "
     "Situmorang, menyatakan pikir-pikir. \"Kami pelajari dulu putusannya,\" ujar Robert. Di luar ruang "
     "sidang, ayah terdakwa menangis. \"Anak saya hanya ikut-ikutan,\" kata ayahanda terdakwa.",
     [("Terdakwa terbukti", "Yuliana Sari"), ("Kami pelajari dulu", "Robert Situmorang"),
      ("Anak saya hanya", None)]),
    ("s14-article-pasar-murah-dialog",
     "GARUT - Pemkab Garut menggelar pasar murah di Alun-alun Garut. Wakil Bupati Garut, Helmi Budiman, "
     "berdialog dengan pedagang bernama Iis. \"Berapa harga beras sekarang?\" tanya Helmi. \"Empat belas "
     "ribu, Pak,\" jawab Iis. \"Kalau di pasar murah?\" tanyanya lagi. \"Sebelas ribu,\" jawab Iis. Ketua "
     "TP PKK Kabupaten Garut, Ceu Diah Kurniasari, ikut berbelanja. \"Murah sekali,\" kata Ceu Diah.",
     [("Berapa harga beras", "Helmi Budiman"), ("Empat belas ribu", "Iis"), ("Kalau di pasar murah", "Helmi Budiman"),
      ("Sebelas ribu", "Iis"), ("Murah sekali", "Diah Kurniasari")]),
    # Session 14, round 10, written before it was run: texts built to trip the owner, "bernama" and
    # lowercase-noun rules of rounds 8-9
    ("s14-trip-rumah-makan-no-owner",
     "Rumah Makan Sederhana di Jalan Dago ramai pembeli sejak pagi. \"Rendang paling cepat habis,\" katanya.",
     [("Rendang paling cepat", None)]),
    ("s14-trip-kapal-bernama",
     "Kapal nelayan bernama Sinar Bahari tenggelam di perairan Pangandaran. \"Ombak tiba-tiba tinggi,\" "
     "katanya.",
     [("Ombak tiba-tiba", None)]),
    ("s14-trip-noun-as-object-of-the-last-subject",
     "Kapolsek Cicendo, Kompol Dadang Hermawan, menangkap pelaku pencurian motor. \"Saya terpaksa karena "
     "butuh uang,\" kata pelaku.",
     [("Saya terpaksa karena", None)]),
    ("s14-trip-noun-appositive",
     "Wartini, korban banjir di Kampung Cieunteung, masih mengungsi. \"Rumah saya belum bisa ditempati,\" "
     "kata korban.",
     [("Rumah saya belum", "Wartini")]),
    ("s14-trip-bernama-after-seorang",
     "Seorang pedagang cilok bernama Rohman Hidayat mengaku omzetnya turun. \"Sekarang sepi,\" ujarnya.",
     [("Sekarang sepi", "Rohman Hidayat")]),
    # Session 14, round 11, written before it was run: long office short forms of regional
    # government and police, and one-word names that could be read as one
    ("s14-kadisdukcapil",
     "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Bogor, Sujatmiko Baliarto, membuka layanan malam. "
     "\"Warga bisa mengurus KTP sampai pukul sembilan,\" kata Kadisdukcapil.",
     [("Warga bisa mengurus", "Sujatmiko Baliarto")]),
    ("s14-sekdis",
     "Sekretaris Dinas Sosial Kabupaten Bandung, Wiwin Sundari, mendata penerima. \"Datanya kami kirim "
     "pekan depan,\" ujar Sekdis.",
     [("Datanya kami kirim", "Wiwin Sundari")]),
    ("s14-kasatlantas",
     "Kepala Satuan Lalu Lintas Polres Sumedang, AKP Dian Purnama, mengatur arus mudik. \"Jalur Cadas "
     "Pangeran kami berlakukan satu arah,\" kata Kasatlantas.",
     [("Jalur Cadas Pangeran", "Dian Purnama")]),
    ("s14-kadiskominfo",
     "Kepala Dinas Komunikasi dan Informatika Kota Cimahi, Harjono Hadi, meluncurkan aplikasi aduan. "
     "\"Aduan dijawab paling lama dua hari,\" kata Kadiskominfo.",
     [("Aduan dijawab paling", "Harjono Hadi")]),
    ("s14-trip-one-name-like-an-office",
     "Kepala Seksi Imigrasi Kantor Imigrasi Cirebon, Andri Wijaya, memeriksa paspor. \"Antreannya panjang "
     "sekali,\" kata Kasim.",
     # first written None; a one-word name first written in a bare cue is a one-name speaker (round 1's rule)
     [("Antreannya panjang", "Kasim")]),
    # Session 14, round 12, written before it was run: interview layouts with labels, a headline
    # quote over a body quote, a post quoted with the account named in the cue
    ("s14-qa-jawab-with-marks",
     "Berikut petikan wawancara dengan Bupati Garut, Rudy Hermawan.\n"
     "Tanya: Kapan jalan selatan selesai diperbaiki?\n"
     "Jawab: \"Akhir tahun ini, kalau cuaca mendukung.\"",
     [("Akhir tahun ini", "Rudy Hermawan")]),
    ("s14-headline-quote-then-body-nya",
     "Kapolres Garut: \"Tidak Ada Toleransi untuk Geng Motor\"\n"
     "GARUT - Kapolres Garut, AKBP Rohman Yonky, memimpin razia malam. \"Semua yang ikut konvoi kami "
     "periksa,\" ujarnya.",
     [("Semua yang ikut", "Rohman Yonky")]),
    ("s14-tulis-akun-handle-in-cue",
     "Wali Kota Bogor, Bima Prasetya, meninjau Jalan Suryakencana. \"Trotoar sudah rapi, silakan jalan "
     "kaki,\" tulis Bima melalui akun @bimaprasetya.",
     [("Trotoar sudah rapi", "Bima Prasetya")]),
    ("s14-interview-name-labels-with-marks",
     "Kompas berbincang dengan Ketua Karang Taruna Desa Cibodas, Asep Saepudin.\n"
     "Apa program utama tahun ini?\n"
     "\"Kami fokus pada pelatihan kerja untuk pemuda yang putus sekolah.\"",
     [("Kami fokus pada", "Asep Saepudin")]),
    # Session 15, round 1, written before it was run: an office said again in another wording,
    # quotes over paragraphs, social-media embeds and captions, Q&A questions, group speakers,
    # two people introduced together, verb-first cues with long appositions, English and
    # regional-language quotes with their translation
    ("s15-kadinsos-after-full-office",
     "CIANJUR - Kepala Dinas Sosial Kabupaten Cianjur, Hendra Wijaya, memantau penyaluran bantuan di "
     "Kecamatan Karangtengah. \"Semua penerima sudah terdata,\" kata Kadinsos.",
     [("Semua penerima sudah", "Hendra Wijaya")]),
    ("s15-kadinkes-after-full-office-with-place",
     "Kepala Dinas Kesehatan Kota Sukabumi, Rina Marlina, membuka pekan imunisasi. \"Target kami seratus "
     "persen balita,\" ujar Kadinkes Kota Sukabumi itu.",
     [("Target kami seratus", "Rina Marlina")]),
    ("s15-kapolres-after-kepala-kepolisian-resor",
     "Kepala Kepolisian Resor Ciamis, AKBP Tony Prasetyo, memimpin apel pasukan. \"Semua personel siaga "
     "selama libur panjang,\" kata Kapolres.",
     [("Semua personel siaga", "Tony Prasetyo")]),
    ("s15-kepsek-after-kepala-sekolah-with-school",
     "Kepala Sekolah SMPN 2 Cibadak, Yuyun Yuningsih, menerima kunjungan pengawas. \"Kurikulum baru sudah "
     "kami terapkan di kelas tujuh,\" ujar Kepsek SMPN 2 Cibadak itu.",
     [("Kurikulum baru sudah", "Yuyun Yuningsih")]),
    ("s15-two-kadinsos-short-office-null",
     "Kepala Dinas Sosial Kota Bogor, Asep Mulyana, dan Kepala Dinas Sosial Kabupaten Bogor, Tini "
     "Rustini, menandatangani kesepakatan. \"Data penerima akan kami padukan,\" kata Kadinsos.",
     [("Data penerima akan", None)]),
    ("s15-open-paragraph-continuation-cue-last",
     "GARUT - Bupati Garut, Hadi Sumarna, meninjau tanggul yang jebol, Selasa (5/3).\n"
     "\"Tanggul ini harus selesai diperbaiki sebelum musim hujan.\n"
     "\"Kami sudah meminta bantuan alat berat dari provinsi,\" kata Hadi.",
     [("Tanggul ini harus", "Hadi Sumarna")]),
    ("s15-open-paragraph-continuation-cue-first",
     "Ketua Relawan Tagana Kabupaten Bandung, Yayan Sofyan, mengatakan posko dibuka sejak pagi.\n"
     "\"Kami membuka dapur umum di tiga titik,\" kata Yayan.\n"
     "\"Relawan bergantian memasak setiap hari.\n"
     "\"Bahan makanan datang dari donatur dan pemerintah desa.\"",
     [("Kami membuka dapur", "Yayan Sofyan"), ("Relawan bergantian", "Yayan Sofyan")]),
    ("s15-tweet-embed-dash-name-handle-date",
     "Gubernur Jawa Barat, Ahmad Fauzi, juga mengunggah pesan di akun X miliknya.\n"
     "\"Jalan provinsi yang rusak akan kami perbaiki bulan ini. Terima kasih laporannya, warga Garut!\"\n"
     "— Ahmad Fauzi (@ahmadfauzi) March 4, 2024",
     [("Jalan provinsi yang rusak", "Ahmad Fauzi")]),
    ("s15-caption-names-another-then-katanya",
     "SUBANG - Bupati Subang, Rahmat Hidayat, membuka panen raya di Desa Sukamaju, Senin (4/3).\n"
     "Kepala Dinas Pertanian, Ani Rohaeni, saat memotong padi bersama petani. (Foto: Diskominfo Subang)\n"
     "\"Produksi gabah kita naik dibanding tahun lalu,\" katanya.",
     [("Produksi gabah kita", "Rahmat Hidayat")]),
    ("s15-dalam-sambutannya-reported-then-bare-quote",
     "Dalam sambutannya, Ketua DPRD Kabupaten Bogor, Rudi Susanto, menyampaikan bahwa kuota beasiswa akan "
     "ditambah.\n\"Tahun depan kuotanya kita naikkan dua kali lipat.\"",
     [("Tahun depan kuotanya", "Rudi Susanto")]),
    ("s15-dalam-sambutannya-name-menyampaikan-comma-quote-next-sentence",
     "Dalam sambutannya, Wakil Bupati Karawang, Nurhayati Ismail, menyampaikan, pelayanan publik harus "
     "cepat. \"Warga jangan dibuat menunggu berhari-hari,\" tegasnya.",
     [("Warga jangan dibuat", "Nurhayati Ismail")]),
    ("s15-qa-tanya-kami-question-null",
     "Kami menemui Kepala Bulog Cabang Cirebon, Hasan Basri, di gudang Arjawinangun. \"Kapan beras "
     "operasi pasar tiba?\" tanya kami. \"Paling lambat akhir pekan ini,\" jawab Hasan.",
     [("Kapan beras", None), ("Paling lambat", "Hasan Basri")]),
    ("s15-qa-tanya-outlet-question-null",
     "Kepala Dinas Perhubungan Kota Bandung, Rizal Fahmi, ditemui usai rapat. \"Apakah tarif parkir naik?\" "
     "tanya Pikiran Rakyat. \"Belum, masih kami kaji,\" jawab Rizal.",
     [("Apakah tarif parkir", None), ("Belum, masih kami", "Rizal Fahmi")]),
    ("s15-ujar-mereka-after-named-pair",
     "Dua pedagang, Ani Suryani dan Budi Santoso, mengaku omzet turun. \"Sepi sejak jalan ditutup,\" ujar "
     "mereka.",
     [("Sepi sejak jalan", None)]),
    ("s15-kata-keduanya-kompak",
     "Pasangan suami istri, Dadang Suherman dan Euis Rohaeti, merayakan ulang tahun pernikahan. \"Kami "
     "sudah empat puluh tahun bersama,\" kata keduanya kompak.",
     [("Kami sudah empat puluh", None)]),
    ("s15-teriak-suporter-serempak",
     "Wali Kota Bandung, Fajar Nugraha, menyapa suporter di stadion. \"Hidup Persib!\" teriak suporter "
     "serempak.",
     []),  # a shout is no statement (as s14-teriaknya): no quote, so no speaker to get wrong
    ("s15-ujar-sejumlah-pedagang",
     "Kepala Pasar Kosambi, Iwan Kurnia, meninjau kios. \"Atapnya bocor setiap hujan,\" ujar sejumlah "
     "pedagang kepada wartawan.",
     [("Atapnya bocor", None)]),
    ("s15-two-introduced-then-surnames",
     "Peresmian jembatan dihadiri Bupati Sumedang, Hadi Prasetyo, dan Ketua DPRD Sumedang, Irwan Setiadi. "
     "\"Jembatan ini urat nadi ekonomi desa,\" kata Hadi. \"DPRD mendukung anggaran perawatannya,\" timpal "
     "Irwan.",
     [("Jembatan ini urat", "Hadi Prasetyo"), ("DPRD mendukung", "Irwan Setiadi")]),
    ("s15-two-introduced-then-roles",
     "Peresmian jembatan dihadiri Bupati Sumedang, Hadi Prasetyo, dan Ketua DPRD Sumedang, Irwan Setiadi. "
     "\"Jembatan ini urat nadi ekonomi desa,\" kata Bupati. \"Kami mendukung anggaran perawatannya,\" ujar "
     "Ketua DPRD.",
     [("Jembatan ini urat", "Hadi Prasetyo"), ("Kami mendukung", "Irwan Setiadi")]),
    ("s15-two-subjects-then-katanya-null",
     "Camat Cibeber, Asep Saepulloh, dan Kapolsek Cibeber, AKP Dedi Rusdi, meninjau pos mudik. \"Semua pos "
     "sudah siap,\" katanya.",
     [("Semua pos", None)]),
    ("s15-verb-first-ketua-rw-yang-juga",
     "\"Kami siap membantu pendataan warga,\" ujar Ketua RW 05 Kelurahan Sukajadi yang juga pengurus LPM "
     "Kecamatan Sukasari, Agus Mulyadi.",
     [("Kami siap membantu", "Agus Mulyadi")]),
    ("s15-verb-first-kades-sekaligus",
     "\"Dana desa kami pakai untuk jalan usaha tani,\" kata Kepala Desa Mekarsari sekaligus Ketua Apdesi "
     "Kecamatan Cibeber, Yana Sumarna.",
     [("Dana desa kami", "Yana Sumarna")]),
    ("s15-verb-first-name-then-yang-juga-merupakan",
     "\"Pemuda harus ikut menjaga kampung,\" ujar Dedi Supriadi, Kepala Dusun II yang juga merupakan tokoh "
     "pemuda setempat.",
     [("Pemuda harus ikut", "Dedi Supriadi")]),
    ("s15-english-quote-kata-ambassador",
     "\"We are proud to support clean energy in West Java,\" kata Duta Besar Denmark untuk Indonesia, Henrik "
     "Olsen, di Bandung.",
     [("We are proud", "Henrik Olsen")]),
    ("s15-english-quote-ujarnya-dalam-bahasa-inggris",
     "Direktur Regional Bank Dunia, Sarah Collins, memuji program itu. \"The results are very encouraging,\" "
     "ujarnya dalam bahasa Inggris.",
     [("The results are", "Sarah Collins")]),
    ("s15-english-quote-then-yang-berarti",
     "Direktur Regional Bank Dunia, Sarah Collins, berkunjung ke Jakarta. \"Indonesia is a key partner,\" "
     "kata Collins, yang berarti Indonesia adalah mitra utama.",
     [("Indonesia is a key", "Sarah Collins")]),
    ("s15-sunda-quote-translation-in-parens",
     "Sesepuh Kampung Naga, Abah Oman Suherman, menyambut rombongan. \"Ulah poho ka lembur\" (jangan lupa "
     "kampung halaman), ujar Abah Oman.",
     [("Ulah poho", "Oman Suherman")]),
    ("s15-jawa-quote-then-artinya",
     "Warga Desa Ngargoyoso, Mbah Sarinem, tetap bekerja di kebun teh. \"Sing penting sehat, Le,\" tuturnya "
     "dalam bahasa Jawa. Artinya, yang penting sehat, Nak.",
     [("Sing penting sehat", "Sarinem")]),
    ("s15-berkata-dalam-bahasa-sunda-colon",
     "Sambil tersenyum, petani asal Cigugur, Ujang Rohman, berkata dalam bahasa Sunda, \"Hatur nuhun pisan, "
     "bantosanana tos katampi.\"",
     [("Hatur nuhun", "Ujang Rohman")]),
    ("s15-kata-warga-rt-name",
     "Banjir merendam Kampung Cibogo. \"Airnya sudah setinggi lutut,\" kata warga RT 03, Udin Saprudin.",
     [("Airnya sudah setinggi", "Udin Saprudin")]),
    ("s15-orang-nomor-satu-kecamatan",
     "Camat Cisarua, Deden Sopian, memimpin kerja bakti. \"Sampah di sungai kita angkat bersama,\" ujar orang "
     "nomor satu di Kecamatan Cisarua itu.",
     [("Sampah di sungai", "Deden Sopian")]),
    ("s15-kalak-after-full-badan-name",
     "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kabupaten Sumedang, Asep Kurnia, memantau "
     "pergerakan tanah. \"Dua puluh rumah kami ungsikan,\" kata Kalak BPBD Sumedang.",
     [("Dua puluh rumah", "Asep Kurnia")]),
    # Session 15, round 2, written before it was run: offices said again in their short forms
    # (Kajari, Dandim, Kasat Reskrim, Kabid Humas, Kakankemenag, Kepsek), cue names the parser
    # cannot read after someone else was introduced, Sundanese honorifics, interviewer questions,
    # a new person between paragraphs of quotes
    ("s15-kajari-after-kepala-kejaksaan-negeri",
     "Kepala Kejaksaan Negeri Garut, Neva Sari Susanti, menerima pengembalian kerugian negara. \"Uang itu "
     "kami titipkan ke kas daerah,\" kata Kajari.",
     [("Uang itu kami", "Neva Sari Susanti")]),
    ("s15-dandim-after-komandan-kodim",
     "Komandan Komando Distrik Militer 0611 Garut, Letkol Inf Yudi Hartono, memimpin karya bakti. \"Prajurit "
     "kami kerahkan membersihkan sungai,\" ujar Dandim.",
     [("Prajurit kami", "Yudi Hartono")]),
    ("s15-kasat-reskrim-two-words-after-full",
     "Kepala Satuan Reserse Kriminal Polres Cianjur, AKP Tono Wibisono, merilis kasus penipuan. \"Korban "
     "sudah lebih dari dua puluh orang,\" kata Kasat Reskrim.",
     [("Korban sudah", "Tono Wibisono")]),
    ("s15-kabid-humas-after-full",
     "Kepala Bidang Humas Polda Jawa Barat, Kombes Pol Ibrahim Tompo, memberi keterangan pers. \"Kasus ini "
     "kami tangani secara profesional,\" ujar Kabid Humas.",
     [("Kasus ini kami", "Ibrahim Tompo")]),
    ("s15-kepsek-after-kepala-smkn",
     "Kepala SMKN 1 Cibatu, Dodi Rusmana, melepas siswa magang ke Jepang. \"Mereka sudah belajar bahasa "
     "selama enam bulan,\" kata Kepsek.",
     [("Mereka sudah belajar", "Dodi Rusmana")]),
    ("s15-kepsek-two-heads-null",
     "Kepala SDN 2 Sukarame, Imas Rosidah, dan Kepala SMPN 3 Sukarame, Yana Mulyana, menerima bantuan "
     "buku. \"Buku ini langsung kami pakai,\" kata Kepsek.",
     [("Buku ini langsung", None)]),
    ("s15-office-noun-not-introduced-null",
     "Kepala Pasar Kosambi, Iwan Kurnia, meninjau kios yang rusak. \"Atapnya bocor setiap hujan,\" ujar "
     "pedagang Pasar Kosambi.",
     [("Atapnya bocor", None)]),
    ("s15-unreadable-cue-name-not-the-last-subject",
     "Bupati Sleman, Kustini Purnomo, meninjau lokasi banjir. \"Kita semua harus waspada,\" tutur Sri "
     "Sultan HB X.",
     [("Kita semua harus", None)]),
    ("s15-kata-cue-all-caps-name",
     "Camat Cikajang, Asep Hidayat, menerima warga. \"Kami minta jalan segera diperbaiki,\" kata DEDE "
     "SUPRIATNA, tokoh masyarakat setempat.",
     [("Kami minta jalan", None)]),
    ("s15-ceu-honorific-short-of-introduced",
     "Imas Masitoh (55), pedagang gorengan di Cikoneng, ikut antre minyak goreng. \"Alhamdulillah, "
     "kebagian dua liter,\" ujar Ceu Imas.",
     [("Alhamdulillah", "Imas Masitoh")]),
    ("s15-mang-honorific-name-comma-role",
     "Banjir surut sejak pagi. \"Lumpurnya setebal betis,\" kata Mang Ujang Sutisna, penjaga masjid.",
     [("Lumpurnya setebal", "Ujang Sutisna")]),
    ("s15-question-pertanyaan-itu-kami-ajukan",
     "\"Bagaimana kondisi stok beras?\" Pertanyaan itu kami ajukan kepada Kepala Gudang Bulog Cibitung, "
     "Hendra Saputra. \"Aman sampai Lebaran,\" jawabnya.",
     [("Bagaimana kondisi", None), ("Aman sampai", "Hendra Saputra")]),
    ("s15-question-tanya-saya",
     "Saya menemui Lurah Cipedes, Rina Susanti, di kantornya. \"Berapa warga yang belum dapat bantuan?\" "
     "tanya saya. \"Tinggal tiga puluh kepala keluarga,\" jawab Rina.",
     [("Berapa warga", None), ("Tinggal tiga puluh", "Rina Susanti")]),
    ("s15-new-person-between-quote-paragraphs",
     "Kepala Desa Sukamulya, Hendi Suhendi, mengatakan air bersih sudah mengalir.\n"
     "\"Pipa sepanjang dua kilometer selesai dipasang,\" kata Hendi.\n"
     "Warga Kampung Babakan, Euis Komariah, mengaku belum menikmatinya.\n"
     "\"Di rumah saya airnya belum keluar.\"",
     [("Pipa sepanjang", "Hendi Suhendi"), ("Di rumah saya", "Euis Komariah")]),
    ("s15-english-tulis-dalam-bahasa-inggris",
     "Pebulu tangkis Gregoria Tanjung mengunggah foto medalinya. \"Thank you, Indonesia!\" tulis Gregoria "
     "dalam bahasa Inggris di akun Instagram-nya.",
     [("Thank you, Indonesia", "Gregoria Tanjung")]),
    ("s15-english-quote-said-name-role",
     "\"We will keep funding the school programme,\" said Country Director UNICEF Indonesia, Maria Lopez.",
     [("We will keep", "Maria Lopez")]),
    ("s15-sunda-quote-then-yang-artinya-ujarnya",
     "Sesepuh Kampung Pulo, Aki Karna Sudrajat, berpesan kepada pemuda. \"Ulah poho ka asal,\" yang artinya "
     "jangan lupa asal-usul, ujarnya.",
     [("Ulah poho", "Karna Sudrajat")]),
    ("s15-kata-ketua-rt-setempat-unnamed",
     "Lurah Sukasari, Asep Nurdin, mendatangi lokasi kebakaran. \"Apinya dari dapur,\" kata Ketua RT "
     "setempat.",
     [("Apinya dari", None)]),
    ("s15-dari-fraksi-then-name",
     "\"Anggaran pendidikan jangan dipotong,\" kata Wakil Ketua DPRD Kota Depok dari Fraksi PKS, Imam "
     "Budi Santoso.",
     [("Anggaran pendidikan", "Imam Budi Santoso")]),
    ("s15-two-in-one-sentence-then-pronoun-after-second-cue",
     "Bupati Purwakarta, Anne Marlina, dan Wakil Bupati Purwakarta, Bambang Setiadi, meninjau pasar. "
     "\"Harga cabai mulai turun,\" kata Anne. \"Stok dari petani sudah cukup,\" tambahnya.",
     [("Harga cabai", "Anne Marlina"), ("Stok dari petani", "Anne Marlina")]),
    ("s15-two-in-one-sentence-second-by-wabup",
     "Bupati Purwakarta, Anne Marlina, dan Wakil Bupati Purwakarta, Bambang Setiadi, meninjau pasar. "
     "\"Harga cabai mulai turun,\" kata Anne. \"Kami pantau setiap pekan,\" timpal Wabup.",
     [("Harga cabai", "Anne Marlina"), ("Kami pantau", "Bambang Setiadi")]),
    ("s15-kakankemenag-after-full",
     "Kepala Kantor Kementerian Agama Kabupaten Tasikmalaya, Ade Sobandi, melepas calon haji. \"Jemaah "
     "diminta menjaga kesehatan,\" ujar Kakankemenag.",
     [("Jemaah diminta", "Ade Sobandi")]),
    ("s15-open-paragraph-continuation-then-other-speaker",
     "Ketua Panitia, Rizal Firdaus, membuka lomba.\n"
     "\"Peserta tahun ini dua ratus orang.\n"
     "\"Hadiahnya dari sponsor,\" kata Rizal.\n"
     "\"Kami apresiasi panitia,\" ujar Camat Cibatu, Nandang Supriatna.",
     [("Peserta tahun ini", "Rizal Firdaus"), ("Kami apresiasi", "Nandang Supriatna")]),
    ("s15-menurut-ketua-rt-yang-juga-then-name",
     "Warga bergotong royong memperbaiki jembatan. Menurut Ketua RT 02 yang juga tokoh pemuda, Dani "
     "Ramdani, \"Bambu kami kumpulkan dari kebun warga.\"",
     [("Bambu kami", "Dani Ramdani")]),
    # Session 15, round 3, written before it was run: texts made to trip rounds 1-2 (a second
    # office, an office "untuk", a noun of a unit, a signed post, capitals after the verb, short
    # forms, names set between commas) and more forms of the same families
    ("s15-trip-apposed-couple-then-katanya",
     "Seorang petani, Wawan Hermawan, dan istrinya, Entin Kartini, mengaku gagal panen. \"Padinya habis "
     "dimakan wereng,\" katanya.",
     [("Padinya habis", None)]),
    ("s15-trip-place-then-description-then-katanya",
     "Majalengka, kabupaten yang kini punya bandara, masih kekurangan hotel. \"Tamu kami terpaksa menginap "
     "di Cirebon,\" katanya.",
     [("Tamu kami terpaksa", None)]),
    ("s15-trip-yang-juga-hadir-then-date",
     "Camat Cibatu, Nandang Supriatna, meninjau lokasi. \"Kami siapkan tenda darurat,\" ujar Kepala Desa "
     "Sukamaju yang juga hadir di lokasi, Rabu (6/3).",
     [("Kami siapkan tenda", None)]),
    ("s15-trip-untuk-then-date",
     "\"Pengamanan kami tambah,\" kata Kapolres Garut untuk Media, Senin (4/3).",
     [("Pengamanan kami", None)]),
    ("s15-trip-noun-unit-then-date",
     "Lurah Sukapada, Rini Handayani, berkeliling kampung. \"Airnya sudah surut,\" ujar warga Kampung "
     "Cibogo, Selasa (5/3).",
     [("Airnya sudah surut", None)]),
    ("s15-trip-signed-by-an-office",
     "Camat Cibeunying, Ahmad Rifai, mengimbau warga tidak membuang sampah ke sungai.\n"
     "\"Sungai bersih, kampung sehat. Yuk jaga bersama!\"\n"
     "— Humas Kota Bandung (@humasbdg) March 5, 2024",
     [("Sungai bersih", None)]),
    ("s15-trip-kasat-reskrim-only-kapolres-introduced",
     "Kapolres Tasikmalaya, AKBP Rudi Kurniawan, memimpin rilis kasus. \"Berkas sudah kami kirim ke "
     "kejaksaan,\" kata Kasat Reskrim.",
     [("Berkas sudah", None)]),
    ("s15-trip-kepsek-school-head-and-a-teacher",
     "Kepala SMPN 5 Garut, Tatang Sudrajat, dan guru BK, Lina Herlina, mendampingi siswa. \"Anak-anak "
     "harus tetap belajar,\" kata Kepsek.",
     [("Anak-anak harus", "Tatang Sudrajat")]),
    ("s15-trip-unread-capitals-of-the-same-person",
     "Raja Keraton Kasepuhan, Sultan Sepuh XV Luqman Zulkaedin, menerima tamu. \"Keraton terbuka untuk "
     "umum,\" tutur Sultan Sepuh XV.",
     [("Keraton terbuka", "Luqman Zulkaedin")]),
    ("s15-trip-capitals-after-tanya-the-interviewee",
     "Bupati Ciamis, Herdiat Sunarya, ditemui di pendopo. \"Kapan jalan itu diperbaiki?\" tanya Herdiat "
     "balik kepada wartawan.",
     [("Kapan jalan itu", "Herdiat Sunarya")]),
    ("s15-trip-office-for-a-minister-with-name",
     "\"Program makan bergizi dimulai di sekolah dasar,\" kata Menteri Koordinator Bidang Pangan, Arif "
     "Satria.",
     [("Program makan", "Arif Satria")]),
    ("s15-trip-kabag-ops-after-full",
     "Kepala Bagian Operasi Polres Subang, Kompol Dedi Mulyadi, memimpin pengamanan. \"Dua ratus personel "
     "kami turunkan,\" ujar Kabag Ops.",
     [("Dua ratus personel", "Dedi Mulyadi")]),
    ("s15-name-then-role-yang-juga-then-katanya",
     "Dede Rahmat, Ketua RW 03 yang juga guru mengaji, mengumpulkan warga. \"Kita bangun musala bersama,\" "
     "katanya.",
     [("Kita bangun", "Dede Rahmat")]),
    ("s15-seorang-ibu-rumah-tangga-name-tuturnya",
     "Seorang ibu rumah tangga di Kampung Ciburial, Neni Nuraeni, mengeluhkan harga beras. \"Sekarang "
     "sekilo lima belas ribu,\" tuturnya.",
     [("Sekarang sekilo", "Neni Nuraeni")]),
    ("s15-salah-satu-penerima-name-ujarnya",
     "Salah satu penerima beasiswa, Fikri Maulana, tak kuasa menahan haru. \"Ini mimpi orang tua saya,\" "
     "ujarnya.",
     [("Ini mimpi", "Fikri Maulana")]),
    ("s15-he-said-after-two-english",
     "Country Director WFP, John Miller, and Regional Head, Sarah Lee, visited the warehouse. \"Stocks are "
     "sufficient,\" he said.",
     [("Stocks are", None)]),
    ("s15-english-said-name-in-indonesian-text",
     "Wakil Dubes Australia, Emma Clarke, meninjau sekolah mitra di Lombok. \"This school is a great "
     "example,\" kata Emma.",
     [("This school", "Emma Clarke")]),
    ("s15-jawa-quote-paren-translation-kata",
     "Sesepuh Desa Wonosari, Mbah Darmo Sukiman, menyambut tamu. \"Monggo pinarak\" (silakan mampir), "
     "kata Mbah Darmo.",
     [("Monggo pinarak", "Darmo Sukiman")]),
    ("s15-dalam-sambutannya-reported-then-quote-paragraph-then-other",
     "Dalam sambutannya, Bupati Bogor, Rudy Susmanto, menyampaikan terima kasih kepada relawan.\n"
     "\"Tanpa relawan, evakuasi tidak akan secepat ini.\"\n"
     "Kepala BPBD Kabupaten Bogor, Ade Hidayat, menambahkan bahwa pengungsi sudah kembali.",
     [("Tanpa relawan", "Rudy Susmanto")]),
    ("s15-caption-line-with-credit-between-quote-paragraphs",
     "Ketua Panitia, Rizal Firdaus, membuka lomba.\n"
     "\"Peserta tahun ini dua ratus orang,\" kata Rizal.\n"
     "Wali Kota Cimahi, Ngatiman Hadi, menyerahkan piala. (Foto: Humas Cimahi)\n"
     "\"Hadiahnya dari sponsor,\" tambahnya.",
     [("Peserta tahun ini", "Rizal Firdaus"), ("Hadiahnya dari", "Rizal Firdaus")]),
    ("s15-ujar-mereka-kompak-after-one-name",
     "Kepala Desa Cikole, Asep Mulyana, bersama warga membersihkan saluran. \"Supaya tidak banjir lagi,\" "
     "ujar mereka kompak.",
     [("Supaya tidak", None)]),
    ("s15-kata-sejumlah-warga-name-is-not-them",
     "Lurah Babakan, Yuyun Wahyuni, menemui warga. \"Kami minta lampu jalan,\" kata sejumlah warga kepada "
     "Yuyun.",
     [("Kami minta lampu", None)]),
    # Session 15, round 4, written before it was run: what follows the name in a cue (a nickname
    # "yang akrab disapa", "atau", "didampingi", "mewakili", "diwakili", a source it was quoted from),
    # names of regional shapes (La Ode, I Gusti, two-letter given names), quotes inside quotes,
    # institutions and unnamed sources as speakers
    ("s15-cue-name-yang-akrab-disapa",
     "\"Sampah plastik harus dikurangi dari rumah,\" ujar Saepul Rohman yang akrab disapa Kang Epul.",
     [("Sampah plastik", "Saepul Rohman")]),
    ("s15-cue-name-atau-nickname",
     "\"Bantuan harus tepat sasaran,\" kata Menteri Sosial Syaiful Yunus atau Gus Ipung di Surabaya.",
     [("Bantuan harus tepat", "Syaiful Yunus")]),
    ("s15-katanya-didampingi-another",
     "Bupati Kuningan, Dian Rachmat, meninjau embung desa. \"Air embung cukup untuk dua musim,\" katanya "
     "didampingi Kepala Dinas PUTR, Agus Mulyadi.",
     [("Air embung", "Dian Rachmat")]),
    ("s15-cue-name-mewakili-bupati",
     "\"Pemkab mendukung festival ini sepenuhnya,\" kata Asisten Daerah I, Dedi Kurnia, mewakili Bupati "
     "Sumedang.",
     [("Pemkab mendukung", "Dedi Kurnia")]),
    ("s15-cue-bupati-diwakili-name",
     "\"Pemkab mendukung festival ini sepenuhnya,\" kata Bupati Sumedang diwakili Asisten Daerah I, Dedi "
     "Kurnia.",
     [("Pemkab mendukung", "Dedi Kurnia")]),
    ("s15-cue-name-seperti-dikutip",
     "\"Kami tidak akan menaikkan tarif tahun ini,\" kata Direktur Utama PDAM Tirta Pakuan, Rino Indira, "
     "seperti dikutip dari Antara.",
     [("Kami tidak akan", "Rino Indira")]),
    ("s15-cue-name-dilansir",
     "\"Stok darah menipis,\" ujar Ketua PMI Kota Bogor, Dadang Iskandar, seperti dilansir Radar Bogor, "
     "Senin (4/3).",
     [("Stok darah", "Dadang Iskandar")]),
    ("s15-la-ode-name",
     "\"Nelayan harus dilindungi dari kapal asing,\" kata anggota DPD asal Sulawesi Tenggara, La Ode "
     "Hamzah.",
     [("Nelayan harus", "La Ode Hamzah")]),
    ("s15-i-gusti-name",
     "\"Upacara melasti tetap digelar dengan sederhana,\" ujar Bendesa Adat Kuta, I Gusti Made Sudarsa.",
     [("Upacara melasti", "I Gusti Made Sudarsa")]),
    ("s15-two-letter-given-name",
     "\"Jalan tol ini memangkas waktu tempuh satu jam,\" ujar Wakil Gubernur Jawa Barat Uu Sukmana.",
     [("Jalan tol ini", "Uu Sukmana")]),
    ("s15-quote-inside-quote-single-marks",
     "Kapolsek Cibatu, AKP Heri Setiawan, menceritakan penangkapan itu. \"Pelaku bilang, 'Saya cuma "
     "disuruh,' lalu dia menangis,\" kata Heri.",
     [("Pelaku bilang", "Heri Setiawan")]),
    ("s15-tulis-kementerian-dalam-siaran-pers",
     "Menteri Sosial, Tri Handayani, meninjau lumbung sosial di Cianjur. \"Lumbung sosial disiapkan di "
     "daerah rawan bencana,\" tulis Kementerian Sosial dalam siaran persnya.",
     [("Lumbung sosial", None)]),
    ("s15-demikian-keterangan-resmi-polda",
     "Kapolda Jawa Barat, Irjen Rudi Setiawan, memimpin apel. \"Seluruh personel siaga satu,\" demikian "
     "keterangan resmi Polda Jawa Barat.",
     [("Seluruh personel", None)]),
    ("s15-kata-sumber-di-kepolisian",
     "Kapolres Bogor, AKBP Rio Wibowo, belum memberi keterangan. \"Tersangkanya dua orang,\" kata sumber "
     "Kompas di kepolisian.",
     [("Tersangkanya dua", None)]),
    ("s15-org-before-colon",
     "Bupati Garut, Hadi Sumarna, menutup jalan itu sementara.\n"
     "Pemkab Garut: \"Jalan ditutup sampai perbaikan selesai.\"",
     [("Jalan ditutup", None)]),
    ("s15-menurut-name-yang-juga-role-before-quote",
     "Menurut Ujang Suryana yang juga Ketua Gapoktan Mekar Tani, \"Harga gabah tahun ini lebih baik.\"",
     [("Harga gabah", "Ujang Suryana")]),
    ("s15-ujarnya-then-kepada-name",
     "Camat Leles, Rudi Hartawan, mendatangi lokasi longsor. \"Warga jangan kembali dulu ke rumah,\" "
     "ujarnya kepada Kepala Desa Haruman, Dedi Junaedi.",
     [("Warga jangan kembali", "Rudi Hartawan")]),
    ("s15-kata-name-kepada-another",
     "\"Data penerima harus diperbarui setiap bulan,\" kata Sekda Garut, Nurdin Yana, kepada Camat "
     "Tarogong, Ade Kurnia.",
     [("Data penerima harus", "Nurdin Yana")]),
    ("s15-cue-name-usai-meninjau-another-named",
     "\"Kami kirim dua truk air bersih,\" ujar Kepala BPBD Garut, Satria Budi, usai meninjau rumah Dadan "
     "Suhendar, warga terdampak.",
     [("Kami kirim dua truk", "Satria Budi")]),
    ("s15-katanya-after-object-named-last",
     "Kepala Dinas Sosial Kota Cirebon, Santi Rahayu, menjenguk Sarjo Wiyono di rumah sakit. \"Biaya "
     "perawatan ditanggung pemerintah,\" katanya.",
     [("Biaya perawatan", "Santi Rahayu")]),
    ("s15-english-quote-as-said-by-paren-credit",
     "\"Indonesia is ready to host the summit,\" (Menteri Luar Negeri, Ratna Dewi).",
     [("Indonesia is ready", "Ratna Dewi")]),
    ("s15-quote-after-pseudonym-null",
     "Seorang korban penipuan, sebut saja Mawar, melapor ke polisi. \"Uang saya habis lima juta,\" katanya.",
     [("Uang saya habis", None)]),
    # Session 15, round 5, written before it was run: texts made to trip rounds 3-4 (joined
    # subjects, institutions, two capitalized runs around a comma, "asal") and capitalized offices
    # the role vocabulary lacks ("Pakar Hukum ...", "Pengamat ...", "Humas ..."), "menurut pengakuan"
    ("s15-trip-didampingi-istrinya-then-katanya",
     "Bupati Indramayu, Lucky Hermawan, didampingi istrinya, Rina Lestari, meninjau posko banjir. "
     "\"Logistik untuk balita kami prioritaskan,\" katanya.",
     [("Logistik untuk balita", "Lucky Hermawan")]),
    ("s15-trip-joined-then-second-speaks-alone",
     "Bupati Subang, Reynaldi Putra, dan Wakil Bupati Subang, Agus Maulana, meninjau waduk. Agus kemudian "
     "menemui petani di hilir. \"Air akan dibagi bergiliran,\" katanya.",
     [("Air akan dibagi", "Agus Maulana")]),
    ("s15-trip-panitia-lomba-comma-name",
     "\"Pesertanya datang dari lima provinsi,\" ujar Panitia Lomba Layang-layang, Edi Kusnadi.",
     [("Pesertanya datang", "Edi Kusnadi")]),
    ("s15-pakar-hukum-tata-negara-comma-name",
     "\"Putusan itu final dan mengikat,\" kata Pakar Hukum Tata Negara Universitas Padjadjaran, Susi Andriani.",
     [("Putusan itu final", "Susi Andriani")]),
    ("s15-pengamat-transportasi-comma-name",
     "\"Tarif bus harus diatur pemerintah daerah,\" ujar Pengamat Transportasi Institut Teknologi Bandung, "
     "Sony Wibowo.",
     [("Tarif bus", "Sony Wibowo")]),
    ("s15-humas-polres-comma-rank-name",
     "\"Arus lalu lintas terpantau lancar,\" kata Humas Polres Garut, Ipda Adi Mulyadi.",
     [("Arus lalu lintas", "Adi Mulyadi")]),
    ("s15-direktur-eksekutif-lsm-comma-name",
     "\"Alih fungsi hutan harus dihentikan,\" ujar Direktur Eksekutif Walhi Jawa Barat, Wahyudin Iwang.",
     [("Alih fungsi hutan", "Wahyudin Iwang")]),
    ("s15-trip-two-name-runs-one-introduced",
     "Ketua Karang Taruna, Dede Supardi, mengajak pemuda berolahraga. \"Lapangan ini milik kita,\" kata "
     "Dede Supardi, Cikole.",
     [("Lapangan ini milik", "Dede Supardi")]),
    ("s15-trip-pedagang-asal-comma-name",
     "\"Cabai dari Garut paling laku,\" kata pedagang asal Garut, Iis Suryani.",
     [("Cabai dari Garut", "Iis Suryani")]),
    ("s15-menurut-pengakuan-name",
     "Polisi menangkap pencuri kotak amal. Menurut pengakuan Andi Firmansyah, \"Saya terdesak utang.\"",
     [("Saya terdesak", "Andi Firmansyah")]),
    ("s15-trip-kemensos-then-its-minister-named-in-cue",
     "\"Bantuan dikirim lewat PT Pos,\" tulis Kementerian Sosial. \"Penerima tidak perlu antre,\" kata "
     "Menteri Sosial, Tri Handayani.",
     [("Bantuan dikirim", None), ("Penerima tidak perlu", "Tri Handayani")]),
    ("s15-trip-sumber-daya-is-no-source",
     "\"Pelatihan ini untuk sumber daya manusia desa,\" kata Kepala Desa Cibodas, Wawan Setiawan.",
     [("Pelatihan ini", "Wawan Setiawan")]),
    ("s15-lanjut-bupati-yang-akrab-disapa-itu",
     "Bupati Purwakarta, Dedi Suherman, meninjau pasar. \"Pasar ini kita revitalisasi,\" lanjut Bupati yang "
     "akrab disapa Kang DS itu.",
     [("Pasar ini kita", "Dedi Suherman")]),
    ("s15-kata-dia-sambil-menunjuk-another",
     "Kepala Desa Mekarwangi, Asep Hidayat, menunjukkan rumah Mak Onah yang roboh. \"Rumah ini akan kami "
     "bangun ulang,\" kata dia sambil menunjuk rumah Mak Onah.",
     [("Rumah ini akan", "Asep Hidayat")]),
    ("s15-jawab-another-after-question-by-first",
     "Wali Kota Bogor, Dedie Rahmat, berdialog dengan pedagang, Nining Kurnia. \"Sudah berapa lama "
     "berjualan di sini?\" tanya Dedie. \"Sudah dua puluh tahun, Pak,\" jawab Nining.",
     [("Sudah berapa lama", "Dedie Rahmat"), ("Sudah dua puluh", "Nining Kurnia")]),
    # Session 15, round 6, written before it was run: an office said after the quote in another
    # wording than the introduction (short forms of many offices, the long form after a short
    # introduction), and the same with two holders who fit
    ("s15-sekdis-after-sekretaris-dinas",
     "Sekretaris Dinas Pendidikan Kabupaten Bandung, Ruli Hadiana, membuka lomba guru. \"Guru harus terus "
     "belajar,\" kata Sekdis.",
     [("Guru harus terus", "Ruli Hadiana")]),
    ("s15-kadisdik-after-kepala-dinas-pendidikan",
     "Kepala Dinas Pendidikan Kota Depok, Siti Chaerijah, meninjau sekolah. \"Ruang kelas rusak segera kami "
     "perbaiki,\" ujar Kadisdik.",
     [("Ruang kelas rusak", "Siti Chaerijah")]),
    ("s15-kadishub-after-kepala-dinas-perhubungan",
     "Kepala Dinas Perhubungan Kota Bekasi, Zeno Bachtiar, memasang rambu baru. \"Parkir liar akan kami "
     "derek,\" kata Kadishub.",
     [("Parkir liar", "Zeno Bachtiar")]),
    ("s15-danramil-after-komandan-koramil",
     "Komandan Koramil 1102 Cibatu, Kapten Inf Dadang Wahyu, memimpin kerja bakti. \"Saluran air harus "
     "bersih sebelum hujan,\" kata Danramil.",
     [("Saluran air harus", "Dadang Wahyu")]),
    ("s15-dirut-after-direktur-utama",
     "Direktur Utama RSUD Cibabat, Sukwanda Hidayat, menerima alat kesehatan baru. \"Pasien tidak perlu "
     "dirujuk lagi,\" ujar Dirut.",
     [("Pasien tidak perlu", "Sukwanda Hidayat")]),
    ("s15-ketum-after-ketua-umum",
     "Ketua Umum KONI Jawa Barat, Budiana Tarmidi, melepas kontingen. \"Target kami juara umum,\" kata "
     "Ketum.",
     [("Target kami juara", "Budiana Tarmidi")]),
    ("s15-kanit-reskrim-after-kepala-unit",
     "Kepala Unit Reserse Kriminal Polsek Cibinong, Iptu Dimas Saputra, menangkap dua pencuri motor. "
     "\"Keduanya residivis,\" kata Kanit Reskrim.",
     [("Keduanya residivis", "Dimas Saputra")]),
    ("s15-wakapolres-after-wakil-kepala",
     "Wakil Kepala Kepolisian Resor Cirebon, Kompol Andri Wijaya, memeriksa kendaraan dinas. \"Semua "
     "kendaraan laik jalan,\" ujar Wakapolres.",
     [("Semua kendaraan", "Andri Wijaya")]),
    ("s15-kaprodi-after-ketua-program-studi",
     "Ketua Program Studi Ilmu Komunikasi Universitas Pasundan, Rina Melati, membuka seminar. \"Mahasiswa "
     "harus melek data,\" kata Kaprodi.",
     [("Mahasiswa harus", "Rina Melati")]),
    ("s15-long-form-after-short-introduction",
     "Kadinsos Kabupaten Sumedang, Asep Tatang, menyerahkan bantuan. \"Penerima sudah diverifikasi,\" kata "
     "Kepala Dinas Sosial.",
     [("Penerima sudah", "Asep Tatang")]),
    ("s15-kades-after-kepala-desa",
     "Kepala Desa Sukaresmi, Endang Hidayat, meresmikan jembatan. \"Jembatan ini hasil swadaya,\" ujar Kades.",
     [("Jembatan ini hasil", "Endang Hidayat")]),
    ("s15-two-kepala-dinas-kadis-null",
     "Kepala Dinas Kesehatan, Rina Wati, dan Kepala Dinas Pendidikan, Yusuf Hamdani, meninjau sekolah. "
     "\"Semua siswa sudah divaksin,\" kata Kadis.",
     [("Semua siswa", None)]),
    ("s15-two-kepala-dinas-kadinkes-one",
     "Kepala Dinas Kesehatan, Rina Wati, dan Kepala Dinas Pendidikan, Yusuf Hamdani, meninjau sekolah. "
     "\"Semua siswa sudah divaksin,\" kata Kadinkes.",
     [("Semua siswa", "Rina Wati")]),
    ("s15-kapolsek-short-but-kapolres-introduced-null",
     "Kapolres Sumedang, AKBP Joko Dwi, meninjau pos pengamanan. \"Semua pos dijaga 24 jam,\" kata "
     "Kapolsek.",
     [("Semua pos dijaga", None)]),
    ("s15-kasatpol-after-kepala-satuan-polisi-pamong-praja",
     "Kepala Satuan Polisi Pamong Praja Kota Bandung, Rasdian Setiadi, menertibkan PKL. \"PKL kami pindah "
     "ke lokasi baru,\" ujar Kasatpol PP.",
     [("PKL kami pindah", "Rasdian Setiadi")]),
    ("s15-kabag-humas-after-hubungan-masyarakat",
     "Kepala Bagian Hubungan Masyarakat Setda Garut, Rini Marlina, menggelar jumpa pers. \"Informasi resmi "
     "hanya dari kanal pemkab,\" kata Kabag Humas.",
     [("Informasi resmi", "Rini Marlina")]),
    # Session 15, round 7, written before it was run: a second person named inside the cue or the
    # sentence around it (menanggapi, mendampingi, bersama, kepada ..., di hadapan ...), a pronoun
    # after two speakers in turn, a passive report sentence then "tambahnya"
    ("s15-katanya-after-two-speakers-in-turn",
     "\"Jalan ini rusak sejak tahun lalu,\" kata Ketua RW 02, Endang Sopandi. \"Tahun ini kami perbaiki,\" "
     "balas Camat Bojongloa, Yuyun Rahayu. \"Anggarannya sudah ada,\" katanya.",
     [("Jalan ini rusak", "Endang Sopandi"), ("Tahun ini kami", "Yuyun Rahayu"), ("Anggarannya sudah", "Yuyun Rahayu")]),
    ("s15-cue-name-menanggapi-another",
     "\"Kritik itu kami terima sebagai masukan,\" ujar Bupati Karawang, Aep Saepudin, menanggapi pernyataan "
     "Ketua DPRD Karawang, Endang Sodikin.",
     [("Kritik itu kami", "Aep Saepudin")]),
    ("s15-cue-name-saat-mendampingi-another",
     "\"Lahan ini akan ditanami jagung,\" kata Kepala Dinas Pertanian, Hendra Kusuma, saat mendampingi "
     "Gubernur Jawa Barat, Bey Mulyadi.",
     [("Lahan ini akan", "Hendra Kusuma")]),
    ("s15-cue-name-yang-datang-bersama-another",
     "\"Kami membawa seratus paket sembako,\" ujar Ketua Baznas Garut, Rahmat Jamaludin, yang datang bersama "
     "Wakil Bupati Garut, Putri Karlina.",
     [("Kami membawa seratus", "Rahmat Jamaludin")]),
    ("s15-kepada-another-name-mengatakan-before",
     "Kepada Wali Kota Cimahi, Ngatiman Hadi, Ketua RW 09, Sobari Hamdan, mengatakan, \"Warga butuh pos "
     "ronda baru.\"",
     [("Warga butuh pos", "Sobari Hamdan")]),
    ("s15-di-hadapan-another-name-berkata-before",
     "Di hadapan Bupati Bandung, Dadang Supriatna, seorang siswa, Nabila Putri, berkata, \"Saya ingin "
     "menjadi dokter.\"",
     [("Saya ingin menjadi", "Nabila Putri")]),
    ("s15-passive-report-then-tambahnya",
     "Hal itu diungkapkan Kepala Bapenda Kota Bogor, Deni Hendana, saat menerima kunjungan anggota DPRD, "
     "Atang Trisnanto. \"Target pajak tahun ini naik sepuluh persen,\" tambahnya.",
     [("Target pajak", "Deni Hendana")]),
    ("s15-ditemui-di-kantornya-name-mengatakan",
     "Ditemui di kantornya, Kepala Kantor Pos Garut, Iwan Ridwan, mengatakan, \"Pengiriman paket naik dua "
     "kali lipat.\"",
     [("Pengiriman paket", "Iwan Ridwan")]),
    ("s15-saat-ditanya-name-menjawab-singkat",
     "Saat ditanya soal kenaikan tarif, Direktur PDAM Tirta Raharja, Agus Sulaeman, menjawab singkat, "
     "\"Belum ada rencana.\"",
     [("Belum ada rencana", "Agus Sulaeman")]),
    ("s15-cue-name-usai-bertemu-another-then-ujarnya",
     "Ketua KPU Garut, Dian Hasanudin, bertemu Bawaslu Garut, Ahmad Nurul. \"Data pemilih sudah kami "
     "mutakhirkan,\" kata Dian usai bertemu Ahmad. \"Tinggal pencetakan kartu,\" ujarnya.",
     [("Data pemilih", "Dian Hasanudin"), ("Tinggal pencetakan", "Dian Hasanudin")]),
    ("s15-kata-name-kepada-name2-then-jawab-name2",
     "\"Kapan sekolah ini diperbaiki?\" tanya Ketua Komite Sekolah, Uus Kusnadi, kepada Kepala Dinas "
     "Pendidikan, Totong Sutisna. \"Tahun depan,\" jawab Totong.",
     [("Kapan sekolah ini", "Uus Kusnadi"), ("Tahun depan", "Totong Sutisna")]),
    # Session 15, round 8, written before it was run: texts made to trip round 7 (fronted phrases
    # with two people, accompanied subjects across sentences), pull-quote and testimonial
    # signatures, a pronoun cue that goes on to name someone else
    ("s15-trip-fronted-two-people-then-subject",
     "Bersama Kepala Desa Cibiru, Asep Rahmat, dan Ketua BPD, Dadi Suhendi, Camat Cileunyi, Rina Marlina, "
     "mengatakan, \"Pasar desa dibuka bulan depan.\"",
     [("Pasar desa dibuka", "Rina Marlina")]),
    ("s15-trip-fronted-then-subject-then-object",
     "Didampingi Sekda Garut, Nurdin Yana, Bupati Garut, Hadi Sumarna, menyerahkan bantuan kepada Ketua "
     "RT 03, Jajang Sutisna, dan mengatakan, \"Bantuan ini dari APBD.\"",
     [("Bantuan ini dari", "Hadi Sumarna")]),
    ("s15-trip-accompanied-then-new-sentence-subject",
     "Bupati Cirebon, Imron Rosadi, didampingi Camat Sumber, Yayat Hidayat. Yayat lalu menjelaskan "
     "rencana pembangunan pasar. \"Lahannya sudah siap,\" katanya.",
     [("Lahannya sudah", "Yayat Hidayat")]),
    ("s15-pull-quote-em-dash-name-role",
     "\"Kami siap melayani warga dua puluh empat jam.\" \u2014 Rina Wati, Kepala Puskesmas Cibiru",
     [("Kami siap melayani", "Rina Wati")]),
    ("s15-testimonial-paren-one-word-age",
     "Warga menilai layanan baru itu. \"Pelayanannya cepat dan ramah.\" (Dedi, 45, warga Cibiru)",
     [("Pelayanannya cepat", "Dedi")]),
    ("s15-kata-dia-merujuk-pada-another",
     "Kepala Bappeda Kota Bekasi, Widi Astuti, memaparkan rencana tata ruang. \"Rencana itu sudah lama "
     "disusun,\" kata dia, merujuk pada kebijakan Wali Kota sebelumnya, Rahmat Effendi.",
     [("Rencana itu sudah", "Widi Astuti")]),
    ("s15-ujar-two-names-bergantian-group",
     "\"Kami berlatih setiap sore,\" ujar Nisa Rahmawati dan Putri Ayu bergantian.",
     [("Kami berlatih", None)]),
    ("s15-sambil-menunjuk-foto-name-berkata",
     "Sambil menunjuk foto anaknya, Yati Suryati berkata, \"Dia pergi merantau sejak lulus SMA.\"",
     [("Dia pergi merantau", "Yati Suryati")]),
    ("s15-ungkapan-itu-disampaikan-next-paragraph",
     "\"Terima kasih kepada semua relawan yang sudah bekerja siang dan malam.\"\n"
     "Ungkapan itu disampaikan Kepala BPBD Kabupaten Cianjur, Rudi Wibowo, saat menutup masa tanggap "
     "darurat.",
     [("Terima kasih kepada", "Rudi Wibowo")]),
    ("s15-tegas-name-sembari-mengutip-another",
     "\"Tidak ada tempat bagi pungutan liar,\" tegas Wali Kota Depok, Supian Suri, sembari mengutip "
     "pernyataan Gubernur Jawa Barat, Bey Mulyadi.",
     [("Tidak ada tempat", "Supian Suri")]),
    # Session 15, round 9, written before it was run: texts made to trip the agent of a passive,
    # honorific descriptions, spelled-out short forms, dash signatures and aged testimonials
    ("s15-trip-passive-agent-is-a-newspaper",
     "Seperti diberitakan oleh Pikiran Rakyat sebelumnya, warga Cikoneng mengeluhkan jalan rusak. \"Setiap "
     "hujan jalan ini jadi kubangan,\" katanya.",
     [("Setiap hujan jalan", None)]),
    ("s15-trip-passive-agent-then-another-named",
     "Rumah itu dibeli oleh Budi Hartono dari Rina Wulandari tahun lalu. \"Harganya murah karena butuh "
     "uang,\" kata perempuan itu.",
     [("Harganya murah", None)]),
    ("s15-trip-two-jpu-short-form-null",
     "Jaksa Penuntut Umum (JPU) Kejari Garut, Rini Anggita, dan JPU Kejati Jawa Barat, Hendra Saputra, "
     "membacakan tuntutan. \"Terdakwa terbukti bersalah,\" kata JPU.",
     [("Terdakwa terbukti", None)]),
    ("s15-trip-dash-then-one-word-outlet",
     "Camat Cibiru, Wahyu Hidayat, meresmikan taman. \"Taman ini untuk anak-anak.\" \u2014 Antara",
     [("Taman ini untuk", "Wahyu Hidayat")]),
    ("s15-trip-paren-date-after-quote",
     "Kepala Desa Cikole, Asep Mulyana, menerima bantuan. \"Terima kasih atas perhatiannya.\" (Senin, 4/3)",
     [("Terima kasih atas", "Asep Mulyana")]),
    ("s15-trip-honorific-description-two-people",
     "Bu Ani, guru SD, dan Pak Dodo, penjaga sekolah, sudah mengabdi puluhan tahun. \"Kami bahagia di "
     "sini,\" katanya.",
     [("Kami bahagia", None)]),
    ("s15-trip-capitals-match-another-role",
     "Kepala Dinas Sosial, Rudi Hartono, dan Kepala Bappeda, Rina Susanti, rapat bersama. \"Data harus "
     "satu,\" kata Bappeda.",
     [("Data harus satu", None)]),
    # Session 15, round 10, written before it was run: ministry and regional releases: nicknames
    # glossed after the cue ("sapaan akrab"), role words before the quote ("Kata Mensos,",
    # "Dalam arahannya, Mensos menegaskan,"), a nickname introduced with the name
    ("s15-cue-nickname-sapaan-akrab-name",
     "Menteri Sosial Syaiful Yunus meninjau lumbung sosial di Garut. \"Lumbung ini untuk desa rawan "
     "bencana,\" kata Gus Ipung, sapaan akrab Syaiful Yunus.",
     [("Lumbung ini untuk", "Syaiful Yunus")]),
    ("s15-cue-nickname-sapaan-akrab-role",
     "Menteri Sosial Syaiful Yunus meninjau lumbung sosial di Garut. \"Lumbung ini untuk desa rawan "
     "bencana,\" kata Gus Ipung, sapaan akrab Mensos.",
     [("Lumbung ini untuk", "Syaiful Yunus")]),
    ("s15-nickname-introduced-then-cue",
     "Menteri Sosial Syaiful Yunus yang akrab disapa Gus Ipung meninjau lumbung sosial. \"Lumbung ini "
     "untuk desa rawan bencana,\" kata Gus Ipung.",
     [("Lumbung ini untuk", "Syaiful Yunus")]),
    ("s15-kata-mensos-before-quote",
     "Menteri Sosial Syaiful Yunus meninjau lumbung sosial di Garut. Kata Mensos, \"Lumbung ini untuk desa "
     "rawan bencana.\"",
     [("Lumbung ini untuk", "Syaiful Yunus")]),
    ("s15-dalam-arahannya-role-menegaskan",
     "Menteri Sosial Syaiful Yunus membuka rapat koordinasi di Bandung. Dalam arahannya, Mensos menegaskan, "
     "\"Data penerima bantuan harus dimutakhirkan setiap bulan.\"",
     [("Data penerima", "Syaiful Yunus")]),
    ("s15-mensos-juga-berpesan-before",
     "Menteri Sosial Syaiful Yunus menyerahkan bantuan kepada anak yatim. Mensos juga berpesan, \"Rajinlah "
     "belajar dan hormati guru.\"",
     [("Rajinlah belajar", "Syaiful Yunus")]),
    ("s15-wamensos-and-mensos-kata-mensos",
     "Menteri Sosial Syaiful Yunus dan Wakil Menteri Sosial Agus Santoso meninjau sentra. \"Sentra ini "
     "kami jadikan sekolah rakyat,\" kata Mensos.",
     [("Sentra ini kami", "Syaiful Yunus")]),
    ("s15-wamensos-and-mensos-kata-wamensos",
     "Menteri Sosial Syaiful Yunus dan Wakil Menteri Sosial Agus Santoso meninjau sentra. \"Gurunya sudah "
     "kami rekrut,\" kata Wamensos.",
     [("Gurunya sudah", "Agus Santoso")]),
    ("s15-reported-then-bare-quote-paragraph-role",
     "Kepala Sentra Galih Pakuan, Rina Wulandari, menyebut layanan rehabilitasi dibuka untuk umum.\n"
     "\"Siapa pun boleh datang dan berkonsultasi tanpa biaya.\"\n"
     "Ia menambahkan, sentra juga melayani penyandang disabilitas.",
     [("Siapa pun boleh", "Rina Wulandari")]),
    ("s15-kata-pria-yang-akrab-disapa-ini",
     "Wali Kota Bandung, Farhan Maulana, meninjau Sungai Cikapundung. \"Sungai ini harus jadi halaman depan "
     "kota,\" kata pria yang akrab disapa Kang Farhan ini.",
     [("Sungai ini harus", "Farhan Maulana")]),
    # Session 15, round 11, written before it was run: a pronoun cue after reported speech that
    # names someone else inside it, English quotes cued in English inside Indonesian text, and
    # a release's closing quote after a list
    ("s15-menurut-x-then-another-named-inside-then-ujarnya",
     "Menurut pengamat kebijakan publik, Rina Kusuma, data kemiskinan harus dibuka. Apalagi, Presiden "
     "sudah meminta data bansos diperbarui. \"Keterbukaan data mencegah salah sasaran,\" ujarnya.",
     [("Keterbukaan data", "Rina Kusuma")]),
    ("s15-english-quote-told-reporters",
     "Duta Besar Norwegia untuk Indonesia, Erik Nilsen, mengunjungi Bandung. \"We want more Indonesian "
     "students in Norway,\" he told reporters.",
     [("We want more", "Erik Nilsen")]),
    ("s15-english-quote-she-added",
     "Direktur UNDP Indonesia, Maria Gomez, meninjau program air bersih. \"Clean water changes lives,\" she "
     "added.",
     [("Clean water", "Maria Gomez")]),
    ("s15-list-then-closing-quote-pungkasnya",
     "Kepala Dinas Sosial Kota Cimahi, Fitriani Manan, merinci bantuan yang disalurkan:\n"
     "1. Beras 10 kilogram\n"
     "2. Minyak goreng 2 liter\n"
     "3. Telur 1 kilogram\n"
     "\"Semoga meringankan beban warga,\" pungkasnya.",
     [("Semoga meringankan", "Fitriani Manan")]),
    ("s15-quote-after-tabel-caption-line",
     "Kepala BPS Kabupaten Garut, Nur Hidayat, memaparkan angka kemiskinan. Tabel: Angka kemiskinan "
     "2020-2024. \"Angkanya turun tiga tahun berturut-turut,\" kata Nur.",
     [("Angkanya turun", "Nur Hidayat")]),
    ("s15-two-people-one-with-same-given-name",
     "Camat Cibiru, Asep Saepudin, dan Lurah Cisurupan, Asep Rahmat, meninjau banjir. \"Air mulai "
     "surut,\" kata Asep.",
     [("Air mulai surut", None)]),
    ("s15-same-given-name-separate-sentences-last",
     "Camat Cibiru, Asep Saepudin, meninjau banjir pagi tadi. Siangnya Lurah Cisurupan, Asep Rahmat, "
     "membagikan makanan. \"Dapur umum buka sampai malam,\" kata Asep Rahmat.",
     [("Dapur umum buka", "Asep Rahmat")]),
    # Session 15, round 12, written before it was run: whole short releases mixing the session's
    # forms (short forms, dialog, fronted phrases, groups, embeds, glossed regional quotes)
    ("s15-article-bansos-pasar",
     "CIAMIS - Kepala Dinas Sosial Kabupaten Ciamis, Dedi Sutardi, bersama Camat Cijeungjing, Yanti "
     "Rohayati, menyalurkan bantuan pangan di Desa Handapherang, Selasa (5/3/2024).\n"
     "\"Tahap ini untuk 1.200 keluarga,\" kata Kadinsos.\n"
     "Yanti menambahkan, data penerima sudah dicek ulang oleh perangkat desa.\n"
     "\"Kalau ada yang terlewat, silakan lapor ke kantor desa,\" ujarnya.\n"
     "Seorang penerima, Mak Odah (70), mengaku senang. \"Alhamdulillah, cukup untuk sebulan,\" katanya.\n"
     "\"Semoga berkah,\" ujar warga lainnya serempak.",
     [("Tahap ini untuk", "Dedi Sutardi"), ("Kalau ada yang", "Yanti Rohayati"),
      ("Alhamdulillah, cukup", "Odah"), ("Semoga berkah", None)]),
    ("s15-article-polres-rilis",
     "GARUT - Kepolisian Resor Garut merilis penangkapan pengedar sabu. Kapolres Garut, AKBP Rio Pratama, "
     "didampingi Kepala Satuan Reserse Narkoba, AKP Deni Kusuma, memimpin rilis, Rabu (6/3).\n"
     "\"Barang bukti seberat dua kilogram,\" kata Rio.\n"
     "\"Dari mana asal barangnya?\" tanya wartawan.\n"
     "\"Dari Sumatera, lewat jalur darat,\" jawab Kasat Narkoba.\n"
     "\"Kami masih memburu dua orang lainnya,\" tambah Rio.",
     [("Barang bukti seberat", "Rio Pratama"), ("Dari mana asal", None),
      ("Dari Sumatera", "Deni Kusuma"), ("Kami masih memburu", "Rio Pratama")]),
    ("s15-article-festival-budaya",
     "SUMEDANG - Festival budaya digelar di alun-alun. Acara dibuka Bupati Sumedang, Hadi Prasetyo.\n"
     "Dalam sambutannya, Hadi menyampaikan, budaya Sunda harus terus dijaga generasi muda.\n"
     "\"Ulah poho ka purwadaksi\" (jangan lupa asal-usul), ujarnya.\n"
     "Kepada para peserta, Ketua Panitia, Rudi Setiawan, berkata, \"Tahun depan festival ini kita buat "
     "lebih besar.\"\n"
     "\"Kami bangga bisa tampil,\" kata dua penari cilik, Nisa dan Rara, kompak.",
     [("Ulah poho ka purwadaksi", "Hadi Prasetyo"), ("Tahun depan festival", "Rudi Setiawan"),
      ("Kami bangga bisa", None)]),
    # Session 15, round 13, written before it was run: texts made to trip the names set off by
    # descriptions (days, months, places, institutions and events in that slot)
    ("s15-trip-day-then-description-then-katanya",
     "Kepala SDN 1 Cibodas, Entin Suhartini, menyambut murid baru. Senin, hari pertama sekolah, selalu "
     "ramai. \"Orang tua boleh menunggu di halaman,\" katanya.",
     [("Orang tua boleh", "Entin Suhartini")]),
    ("s15-trip-place-description-then-katanya",
     "Ketua Kelompok Tani Mekar, Oman Sutisna, memanen kopi. Cikajang, daerah di kaki Gunung Cikuray, "
     "sudah lama dikenal sebagai penghasil kopi. \"Harga kopi sedang bagus,\" katanya.",
     [("Harga kopi sedang", "Oman Sutisna")]),
    ("s15-trip-event-description-then-katanya",
     "Ketua Panitia, Dewi Anjani, membuka acara. Pasar Kreatif, acara tahunan pemuda desa, kini diikuti "
     "seratus pelapak. \"Pelapaknya dari lima kecamatan,\" katanya.",
     [("Pelapaknya dari", "Dewi Anjani")]),
    ("s15-trip-seorang-then-org-then-katanya",
     "Kepala Desa Sukaraja, Iwan Setiawan, menerima bantuan. Seorang relawan dari Yayasan Peduli Sesama, "
     "Rudi Hartono, ikut membagikan paket. \"Paketnya ada tiga ratus,\" katanya.",
     [("Paketnya ada", "Rudi Hartono")]),
    ("s15-trip-org-set-off-then-katanya",
     "Camat Cibeureum, Hendra Wijaya, meninjau posko. Seorang dermawan, PT Maju Bersama, menyumbang "
     "tenda. \"Tenda ini bisa menampung lima puluh orang,\" katanya.",
     [("Tenda ini bisa", "Hendra Wijaya")]),
    # Session 15, round 14, written after round 13's fix was probed by hand: things set off by
    # commas after a description ("Salah satu kuliner khas, Nasi Liwet, ...") are no speakers
    ("s15-trip-salah-satu-thing-set-off",
     "Ketua UMKM Garut, Rina Wati, membuka stan. Salah satu kuliner khas, Nasi Liwet, juga dijual. "
     "\"Pembelinya dari luar negeri,\" katanya.",
     [("Pembelinya dari", "Rina Wati")]),
    ("s15-trip-capitalized-thing-set-off",
     "Camat Cibiru, Yuli Astuti, meninjau lokasi. Jembatan penghubung dua desa, Cikapundung Jaya, kini "
     "rusak. \"Warga harus memutar,\" katanya.",
     [("Warga harus memutar", "Yuli Astuti")]),
    ("s15-salah-satu-person-noun-set-off",
     "Banjir merendam Kampung Cieunteung. Salah satu warga, Entin Kurniasih, masih bertahan di loteng. "
     "\"Barang-barang saya di atas semua,\" katanya.",
     [("Barang-barang saya", "Entin Kurniasih")]),
    # Session 15, round 15, written before it was run: texts made to trip the noun cue read from
    # anyone the text called by that noun (two so called, an unnamed one after the named one)
    ("s15-trip-noun-two-victims-named-together",
     "Dua korban, Rudi Hartono dan Sinta Dewi, masih dirawat di RSUD. \"Kami masih trauma,\" kata korban.",
     [("Kami masih trauma", None)]),
    ("s15-trip-noun-unnamed-one-after-named",
     "Korban pertama, Rudi Hartono, sudah pulang dari rumah sakit. Korban lain yang enggan disebut namanya "
     "masih dirawat. \"Kaki saya patah,\" kata korban.",
     [("Kaki saya patah", None)]),
    ("s15-trip-noun-two-witnesses-separate-sentences",
     "Saksi pertama, Budi Santoso, memberi keterangan. Saksi kedua, Rina Marlina, membantah keterangan itu. "
     "\"Saya tidak melihat kejadiannya,\" kata saksi.",
     [("Saya tidak melihat", None)]),
    ("s15-noun-pelaku-after-officer-spoke",
     "Pelaku pencurian, Asep Kurnia, ditangkap warga. Kapolsek Cibatu, AKP Heri Setiawan, mengatakan "
     "pelaku sudah tiga kali beraksi. \"Saya butuh uang untuk berobat,\" kata pelaku.",
     [("Saya butuh uang", "Asep Kurnia")]),
    # Session 15, round 16, written before it was run: English speakers and English cues in
    # Indonesian text, translations in square brackets, English honorifics and titles
    ("s15-english-quote-lowercase-role-asal-country-name",
     "\"I am very happy to play in Indonesia,\" ujar pebulu tangkis asal Denmark, Viktor Hansen, dalam "
     "bahasa Inggris.",
     [("I am very happy", "Viktor Hansen")]),
    ("s15-english-quote-square-bracket-translation",
     "Vokalis band asal Inggris, Tom Walker, menyapa penonton di Bandung. \"We love Indonesia\" [Kami cinta "
     "Indonesia], kata Tom.",
     [("We love Indonesia", "Tom Walker")]),
    ("s15-said-governor-english-title",
     "\"Kami siap menjadi tuan rumah,\" said Governor Ahmad Fauzi in a statement.",
     [("Kami siap menjadi", "Ahmad Fauzi")]),
    ("s15-kata-mr-english-honorific",
     "\"Investasi kami di Jawa Barat akan bertambah,\" kata Mr. John Anderson, direktur perusahaan itu.",
     [("Investasi kami", "John Anderson")]),
    ("s15-seru-penyanyi-itu-english",
     "Penyanyi asal Inggris, Ellie Grant, tampil di Jakarta. \"Thank you, Jakarta!\" seru penyanyi itu.",
     [("Thank you, Jakarta", "Ellie Grant")]),
    # Session 16, round 1 (wild reading): forms met in real pages the probe did not have, written
    # before the run. Descriptions, nicknames, "Salah satu <noun>, Name <verb>", cue words.
    ("s16-long-capitalized-description",
     "SUMEDANG - Kepala Puskesmas Tanjungsari, Neneng Haryati, memantau posyandu. Neneng menilai angka gizi buruk "
     "turun.\n\"Kader kami turun ke rumah-rumah setiap pekan,\" kata Peraih penghargaan Tenaga Kesehatan Teladan "
     "Tingkat Provinsi itu.",
     [("Kader kami turun", "Neneng Haryati")]),
    ("s16-long-description-after-a-companion",
     "SUMEDANG - Kepala Dinas Sosial, Ujang Sopandi, meninjau rumah warga. \"Kami data ulang,\" ujar Ujang didampingi "
     "Kabid Linjamsos Dadang Hermawan di lokasi.\nMenurut Ujang, data akan masuk DTKS bulan depan.\n\"Yang miskin "
     "harus masuk semua,\" kata Mantan camat dua periode itu.",
     [("Kami data ulang", "Ujang Sopandi"), ("Yang miskin harus", "Ujang Sopandi")]),
    ("s16-name-then-time-word-is-no-description",
     "SUMEDANG - Camat Jatinangor, Asep Kurnia, membuka bazar. \"Silakan belanja produk lokal,\" kata Asep sore itu.",
     [("Silakan belanja", "Asep Kurnia")]),
    ("s16-nickname-description-clipped-from-recent-name",
     "GARUT - Manajer klub, Dedi Kusnadi, memuji pemain. \"Mereka bermain lepas,\" kata Dedi.\nKapten klub, Rangga "
     "Wiratama, mencetak gol tunggal.\n\"Gol ini untuk suporter,\" ujar pemain yang akrab disapa Rawi.",
     [("Mereka bermain", "Dedi Kusnadi"), ("Gol ini untuk", "Rangga Wiratama")]),
    ("s16-nickname-description-no-owner-is-not-the-last-speaker",
     "GARUT - Manajer klub, Dedi Kusnadi, memuji pemain. \"Mereka bermain lepas,\" kata Dedi.\nSementara itu, "
     "pelatih lawan menyesalkan hasil laga.\n\"Kami kalah di lini tengah,\" kata pria yang karib disapa Opik.",
     [("Mereka bermain", "Dedi Kusnadi"), ("Kami kalah di", "Opik")]),
    ("s16-nickname-description-opening-text-with-adjunct",
     "\"Kami menang karena kompak,\" kata pelatih yang akrab disapa Kang Jaja itu usai laga di Stadion Siliwangi.",
     [("Kami menang karena", "Jaja")]),
    ("s16-salah-satu-noun-name-no-comma",
     "CIANJUR - Ketua koperasi pasar, Iwan Setiawan, mengeluhkan sepinya pembeli. \"Omzet turun,\" ujarnya.\n"
     "Salah satu pedagang, Euis menjelaskan, modalnya kini habis untuk sewa kios.\n\"Untung tidak ada, yang ada "
     "utang,\" ungkapnya.",
     [("Omzet turun", "Iwan Setiawan"), ("Untung tidak ada", "Euis")]),
    ("s16-salah-seorang-lowercase-mid-sentence",
     "CIANJUR - Anggota DPRD, Hendrik Lubis, menggelar reses. \"Kami tampung semua keluhan,\" katanya.\nSelain itu, "
     "salah seorang pelaku UMKM Nining mengatakan izin usaha masih sulit.\n\"Urusnya bolak-balik,\" kata dia.",
     [("Kami tampung", "Hendrik Lubis"), ("Urusnya bolak", "Nining")]),
    ("s16-salah-satu-thing-names-nobody",
     "CIANJUR - Ketua koperasi pasar, Iwan Setiawan, memamerkan produk. \"Pembeli datang dari Bandung,\" ujarnya.\n"
     "Salah satu produk unggulan Tauco Cianjur menjadi incaran wisatawan.\n\"Tauco paling laku,\" ujarnya.",
     [("Pembeli datang", "Iwan Setiawan"), ("Tauco paling", "Iwan Setiawan")]),
    ("s16-singkatnya",
     "Bupati Kuningan, Acep Purnama, melantik kepala desa. \"Layani warga dengan jujur,\" singkatnya.",
     [("Layani warga", "Acep Purnama")]),
    ("s16-ujar-capital-dia",
     "Kasi Pidsus Kejari Kuningan, Yudi Prasetyo, menerima laporan warga. \"Laporan ini kami telaah,\" ujar Dia.",
     [("Laporan ini", "Yudi Prasetyo")]),
    ("s16-lewat-initial-and-undotted-degree",
     "\"Tim datang untuk pengawasan pos,\" kata Kajari Kuningan lewat Kasi Intel H. Rudi Gunawan S.H, Selasa (4/3).",
     [("Tim datang", "Rudi Gunawan")]),
    ("s16-own-nickname-sapaan-akrabnya",
     "Kepala SMPN 1 Cilimus Sukmana, S.Pd, saat ditemui mengatakan siswanya juara lomba pidato.\n\"Latihannya tiap "
     "sore,\" ungkap Mamang, sapaan akrabnya.",
     [("Latihannya tiap", "Sukmana")]),
    ("s16-nickname-of-an-office-without-comma",
     "KUNINGAN - Bupati Kuningan Acep Purnama mengundang para kepala desa. \"Terima kasih atas kerja keras "
     "kalian,\" ungkap Haji Acep sapaan akrab Bupati Kuningan.",
     [("Terima kasih atas", "Acep Purnama")]),
    ("s16-hard-wrapped-quote-then-verb-line",
     "Menanggapi hal ini, kepala\nsekolah SMAN 1 Cilimus, Dadan Ramdani, mengatakan perlu ada pembenahan. \"kita "
     "perlu perbaikan, mengingat nilai\nujian mulai menurun\"\ntegasnya pada apel pagi.",
     [("kita perlu perbaikan", "Dadan Ramdani")]),

    # Session 16, round 2 (wild reading, second and third batches; and texts built to trip round 1's
    # rules), written before the run.
    ("s16-narrative-nickname-then-cue",
     "TASIKMALAYA - Menteri Perdagangan (Mendag) Rahmat Hidayatullah meninjau Pasar Cikurubuk. Dalam kunjungan itu, "
     "Pria yang akrab disapa Bang Dayat itu menyapa para pedagang.\n\"Harga beras sudah turun,\" kata Bang Dayat.",
     [("Harga beras", "Rahmat Hidayatullah")]),
    ("s16-narrative-nickname-two-people-before",
     "TASIKMALAYA - Menteri Perdagangan Rahmat Hidayatullah dan Gubernur Jawa Barat Iwan Setiawan meninjau pasar. "
     "Pria yang akrab disapa Kang Uwan itu menyapa pedagang.\n\"Pasokan aman,\" kata Kang Uwan.",
     [("Pasokan aman", None)]),
    ("s16-two-word-nickname-shared-given-name",
     "GARUT - Ketua RW 05, Asep Saepudin, dan Ketua RW 06, Asep Mulyana, memimpin kerja bakti.\n\"Selokan harus "
     "bersih sebelum hujan,\" ucap pria yang akrab disapa Asep Gondrong itu.",
     [("Selokan harus", None)]),
    ("s16-hal-senada-disampaikan-oleh",
     "CIMAHI - Kepala Dinas Perhubungan, Yayan Sopian, meninjau terminal. \"Armada cukup,\" katanya.\nHal senada "
     "disampaikan oleh Nenden Sumarni, penumpang asal Padalarang. \"Bus datang tepat waktu,\" ujarnya.",
     [("Armada cukup", "Yayan Sopian"), ("Bus datang", "Nenden Sumarni")]),
    ("s16-diungkapkan-name-saat",
     "CIMAHI - Kepala Dinas Perhubungan, Yayan Sopian, meninjau terminal. \"Armada cukup,\" katanya.\nKeluhan lain "
     "diungkapkan Dadang Kurnia saat ditemui di ruang tunggu. Ia menunggu lebih dari satu jam.\n\"Jadwalnya tidak "
     "jelas,\" katanya.",
     [("Armada cukup", "Yayan Sopian"), ("Jadwalnya tidak", "Dadang Kurnia")]),
    ("s16-passive-to-someone-is-no-agent",
     "CIMAHI - Kepala Dinas Perhubungan, Yayan Sopian, meninjau terminal. Keluhan warga disampaikan kepada Yayan "
     "saat itu.\n\"Kami tindak lanjuti minggu ini,\" katanya.",
     [("Kami tindak", "Yayan Sopian")]),
    ("s16-long-description-graduate",
     "SUBANG - Kapolres Subang, AKBP Hendra Gunawan, memimpin apel pasukan. Hendra meminta anggotanya siaga.\n"
     "\"Jangan ada yang lengah selama libur panjang,\" kata Lulusan terbaik Akademi Kepolisian tahun 2005 itu.",
     [("Jangan ada yang", "Hendra Gunawan")]),
    ("s16-own-nickname-sapaan-karibnya",
     "Kepala Desa Sukamanah, Abdul Rosyid, menerima bantuan alat pertanian.\n\"Traktor ini dipakai bergiliran,\" "
     "kata Ocid, sapaan karibnya.",
     [("Traktor ini", "Abdul Rosyid")]),
    ("s16-ujar-capital-beliau",
     "Ketua MUI Kabupaten Ciamis, KH Ahmad Fauzi, mengisi pengajian akbar. \"Jaga persatuan umat,\" ujar Beliau.",
     [("Jaga persatuan", "Ahmad Fauzi")]),
    ("s16-name-known-then-time-word-description",
     "CIAMIS - Ketua KPU Ciamis, Rina Marlina, menerima berkas calon. \"Berkas lengkap,\" kata Rina pagi tadi.",
     [("Berkas lengkap", "Rina Marlina")]),
    ("s16-salah-satu-peserta-name-no-comma-katanya",
     "BANJAR - Pelatihan menjahit diikuti 40 warga. Ketua panitia, Yusuf Hamdani, membuka acara. \"Peserta dapat "
     "modal usaha,\" katanya.\nSalah satu peserta, Imas menuturkan, ia ingin membuka usaha jahit di rumah.\n"
     "\"Semoga bisa menambah penghasilan,\" katanya.",
     [("Peserta dapat", "Yusuf Hamdani"), ("Semoga bisa", "Imas")]),

    # Session 16, round 3: texts built to trip rounds 1-2's rules (passive agents, "yaitu Name",
    # long descriptions, nicknames, a cue verb opening a wrapped line), written before the run.
    ("s16-hal-senada-office-name",
     "DEPOK - Wali Kota Depok, Imam Suganda, membuka pasar murah. \"Harga di bawah pasar,\" katanya.\nHal senada "
     "disampaikan oleh Kepala Dinas Perdagangan, Rini Kusumawati. \"Stok beras cukup,\" ujarnya.",
     [("Harga di bawah", "Imam Suganda"), ("Stok beras", "Rini Kusumawati")]),
    ("s16-dikatakan-name-kepada-wartawan",
     "DEPOK - Pasar murah digelar di 11 kecamatan. Hal itu dikatakan Imam Suganda kepada wartawan, Senin (4/3).\n"
     "\"Warga bisa membeli dua paket,\" katanya.",
     [("Warga bisa", "Imam Suganda")]),
    ("s16-yaitu-team-is-no-person",
     "DEPOK - Pelatih tim voli putri, Hendra Saputra, bangga atas gelar juara. Juara kedua yaitu Tim Garuda yang "
     "berasal dari Bogor.\n\"Anak-anak bermain tanpa beban,\" katanya.",
     [("Anak-anak bermain", "Hendra Saputra")]),
    ("s16-kata-ketua-rt-setempat-itu",
     "CIREBON - Ketua RT 02, Warsono, memimpin kerja bakti membersihkan saluran. \"Setiap Minggu kami turun,\" kata "
     "Ketua RT setempat itu.",
     [("Setiap Minggu", "Warsono")]),
    ("s16-kata-pria-asal-garut-itu",
     "CIREBON - Pedagang bakso, Ujang Sutisna, sudah 20 tahun berjualan di alun-alun. \"Pembeli paling ramai malam "
     "Minggu,\" kata Pria asal Garut itu.",
     [("Pembeli paling", "Ujang Sutisna")]),
    ("s16-own-nickname-two-people-joined",
     "CIREBON - Ketua RW 01, Asep Sunarya, dan Ketua RW 02, Dodi Kurniadi, meninjau tanggul.\n\"Tanggul ini harus "
     "ditinggikan,\" kata Ocid, sapaan akrabnya.",
     [("Tanggul ini", None)]),
    ("s16-wrapped-line-kata-kata-is-no-cue",
     "Ketua RW 04, Dadang Suparman, berpesan kepada warga, \"Jaga kebersihan lingkungan.\"\nkata-kata itu kini "
     "ditempel di balai warga.",
     [("Jaga kebersihan", "Dadang Suparman")]),
    ("s16-singkatnya-opening-next-paragraph",
     "Kepala Bappeda, Budi Santoso, mengatakan, \"Program ini berhasil menurunkan angka kemiskinan.\"\nSingkatnya, "
     "dana desa sudah terserap seluruhnya.",
     [("Program ini berhasil", "Budi Santoso")]),

    # Session 16, round 4: texts built to trip the people this session reads for pronoun cues (after
    # "Salah satu", "yaitu", passive speech verbs, a fronted office), written before the run.
    ("s16-salah-satu-saksi-mengatakan",
     "BEKASI - Kebakaran melanda gudang plastik. Kapolsek Bantargebang, Kompol Asep Wahyudi, memimpin olah TKP.\n"
     "Salah satu saksi, Rohimah mengatakan api muncul dari bagian belakang gudang.\n\"Asapnya hitam sekali,\" "
     "katanya.",
     [("Asapnya hitam", "Rohimah")]),
    ("s16-salah-satu-korban-luka-no-speaker",
     "BEKASI - Kapolsek Bantargebang, Kompol Asep Wahyudi, meninjau lokasi tabrakan. Salah satu korban, Rohimah "
     "menderita patah kaki.\n\"Korban sudah dirujuk ke RSUD,\" katanya.",
     [("Korban sudah", "Asep Wahyudi")]),
    ("s16-fronted-victim-no-office",
     "BEKASI - Kapolsek Bantargebang, Kompol Asep Wahyudi, meninjau lokasi. Menurut polisi, korban, Dedi Supriadi, "
     "meninggal di lokasi.\n\"Jenazah sudah diserahkan kepada keluarga,\" katanya.",
     [("Jenazah sudah", "Asep Wahyudi")]),
    ("s16-fronted-office-reads-report",
     "BEKASI - Rapat pleno KPU digelar di aula kecamatan. Dalam rapat itu, ketua panitia, Hendra Gunawan, "
     "membacakan hasil rekapitulasi.\n\"Tidak ada keberatan dari saksi,\" katanya.",
     [("Tidak ada keberatan", "Hendra Gunawan")]),
    ("s16-keterangan-disampaikan-saksi",
     "BEKASI - Kapolsek Bantargebang, Kompol Asep Wahyudi, meninjau lokasi. Keterangan lain disampaikan Rohimah "
     "Sari, saksi mata di lokasi.\n\"Saya dengar ledakan dua kali,\" katanya.",
     [("Saya dengar", "Rohimah Sari")]),
    ("s16-bantuan-disampaikan-oleh-no-speaker",
     "BEKASI - Bupati Bekasi, Dani Ramdan, mengunjungi korban banjir. Bantuan sembako disampaikan oleh Rohimah Sari "
     "kepada warga.\n\"Kami akan bangun tanggul baru,\" katanya.",
     [("Kami akan bangun", "Dani Ramdan")]),
    ("s16-kata-pria-yang-ditemui-itu",
     "BEKASI - Seorang warga, Dadang Suhendar, melihat api pertama kali.\n\"Apinya cepat sekali membesar,\" kata "
     "Pria yang ditemui di lokasi itu.",
     [("Apinya cepat", "Dadang Suhendar")]),
    ("s16-yakni-name-yang-berharap",
     "BEKASI - Bupati Bekasi, Dani Ramdan, menyerahkan modal usaha. \"Semoga usahanya maju,\" katanya.\nPenerima "
     "modal lainnya yakni Rohimah Sari yang berharap bisa membuka warung.\n\"Saya ingin jualan nasi uduk,\" ujarnya.",
     [("Semoga usahanya", "Dani Ramdan"), ("Saya ingin jualan", "Rohimah Sari")]),

    # Session 16, round 5: the name written before its office with no comma ("Name Rektor Universitas X"),
    # in a cue and in an introduction, written before the run.
    ("s16-tutur-name-then-office-of-a-unit",
     "\"Selamat menempuh hidup baru sebagai sarjana,\" tutur Hendra Kusuma Rektor Universitas Galuh.",
     [("Selamat menempuh", "Hendra Kusuma")]),
    ("s16-kata-name-then-office-of-a-regency",
     "\"Bantuan segera kami salurkan,\" kata Rina Wulandari Kepala Dinas Sosial Kabupaten Ciamis.",
     [("Bantuan segera", "Rina Wulandari")]),
    ("s16-one-word-name-then-office",
     "\"Kami bangga pada lulusan tahun ini,\" ujar Sutrisno Rektor Universitas Galuh.",
     [("Kami bangga", "Sutrisno")]),
    ("s16-office-then-name-still-office-first",
     "\"Kami bangga pada lulusan tahun ini,\" ujar Rektor Universitas Galuh Hendra Kusuma.",
     [("Kami bangga", "Hendra Kusuma")]),
    ("s16-unit-named-after-someone-no-person",
     "\"Pelayanan tetap buka saat libur,\" kata Direktur RSUD Dokter Soekardjo.",
     [("Pelayanan tetap", None)]),
    # Session 17, round 1: forms of the even half of the session's study pages, in text of our own,
    # written before the run: a minister's honorific nickname introduced by "atau", by "<Office> yang
    # kerap disapa", glossed as "sapaan akrab <office short form>", or as "<Nick>, sapaan akrabnya" after a
    # sentence-opening noun or with no comma; delegation ("A melalui <office>, B memberikan"); a victim
    # "yakni Name (age) yang didampingi <Office> <Name> mengucapkan"; an anonymous speaker before a
    # person named only after the quote; and controls where nobody is certain.
    ("s17-atau-honorific-nickname",
     "JAKARTA - Menteri Agama Muhammad Ridwan Hakim atau Gus Iwan meresmikan asrama haji baru, Senin (3/3).\n"
     "\"Asrama ini bisa menampung dua ribu jemaah,\" kata Gus Iwan.\nIa menambahkan, pembangunan memakan waktu "
     "dua tahun.\n\"Kami berterima kasih kepada para pekerja,\" ujarnya.",
     [("Asrama ini", "Muhammad Ridwan Hakim"), ("Kami berterima", "Muhammad Ridwan Hakim")]),
    ("s17-office-yang-kerap-disapa-nickname",
     "SURABAYA - Gubernur Jawa Timur, Ahmad Fauzan Hidayat meninjau pelabuhan ikan, Selasa (4/3).\nDengan "
     "senyum lebar, Gubernur yang kerap disapa Cak Ozan itu menyalami para nelayan.\n\"Harga solar untuk "
     "nelayan akan kami jaga,\" ujar Cak Ozan.",
     [("Harga solar", "Ahmad Fauzan Hidayat")]),
    ("s17-sapaan-akrab-office-short-form-then-pronoun",
     "SEMARANG - Menteri Kesehatan Hendra Wijayakusuma meninjau puskesmas keliling di lereng gunung.\n"
     "\"Kami ingin dokter hadir di setiap desa,\" kata Gus Yayan, sapaan akrab Menkes, Rabu (5/3).\n"
     "Pernyataan itu disampaikan Gus Yayan saat berdialog dengan bidan desa. Di sana, ia bertemu Sumarni, "
     "bidan yang sudah bertugas 20 tahun.\n\"Bidan adalah ujung tombak layanan kami,\" katanya.",
     [("Kami ingin dokter", "Hendra Wijayakusuma"), ("Bidan adalah", "Hendra Wijayakusuma")]),
    ("s17-noun-opening-sentence-before-nickname-sapaan",
     "JAKARTA - Menteri Sosial Bambang Sutrisno terharu saat meresmikan sekolah rakyat yang digagas Presiden "
     "Joko Santoso. Haru Gus Mamat, sapaan akrabnya, pecah ketika menyebut para guru.\n\"Ini sejarah bagi "
     "anak-anak kita,\" ujar Gus Mamat, di Bogor.",
     [("Ini sejarah", "Bambang Sutrisno")]),
    ("s17-nickname-sapaan-akrabnya-no-comma",
     "BANDUNG - Anggota DPRD Kota Bandung Dedi Kurniawan Saputra mulai reses di daerah pemilihannya, Rabu (4/3).\n"
     "Ia mendatangi warga dari rumah ke rumah. Seperti biasa, Ucok sapaan akrabnya mendengar banyak keluhan.\n"
     "\"Warga paling banyak mengeluhkan jalan rusak,\" ungkap Ucok.",
     [("Warga paling", "Dedi Kurniawan Saputra")]),
    ("s17-office-yang-kerap-disapa-two-ministers",
     "JAKARTA - Menteri Sosial Bambang Sutrisno dan Menteri Agama Rudi Hartanto meninjau lokasi banjir. "
     "Menteri yang kerap disapa Gus Mamat itu membagikan sembako.\n\"Bantuan akan terus datang,\" kata Gus Mamat.",
     [("Bantuan akan", None)]),
    ("s17-atau-another-person-no-honorific",
     "BOGOR - Warga bisa melapor kepada Ketua RW 05, Asep Saepudin atau Bu Rina, bila melihat genangan.\n"
     "\"Laporan kami tindak lanjuti hari itu juga,\" kata Asep.",
     [("Laporan kami", "Asep Saepudin")]),
    # (written expecting None; on the run it gave the sitting minister, which is what a reader reads:
    # "Mensos" is the one holding the office now, not the one of the period before)
    ("s17-sapaan-akrab-office-sitting-holder",
     "JAKARTA - Menteri Sosial Bambang Sutrisno dan Menteri Sosial periode lalu, Rudi Hartanto, hadir di acara "
     "itu.\n\"Kita lanjutkan program ini,\" kata Gus Mamat, sapaan akrab Mensos.",
     [("Kita lanjutkan", "Bambang Sutrisno")]),
    ("s17-delegation-melalui-office-name",
     "MANNA - Kepala Dinas Sosial Kabupaten Bengkulu Selatan, Darwis Hakim melalui Kepala Seksi Bantuan Sosial, "
     "Yusuf Effendi memberikan bantuan kepada korban banjir di Desa Suka Maju.\"Bantuan ini untuk meringankan "
     "beban warga,\" terangnya.",
     [("Bantuan ini untuk", "Yusuf Effendi")]),
    ("s17-delegation-to-an-unnamed-office-holder",
     "MANNA - Kepala Dinas Sosial Kabupaten Bengkulu Selatan, Darwis Hakim melalui kasi bantuan sosial "
     "memberikan bantuan kepada korban banjir.\"Bantuan ini untuk meringankan beban warga,\" terangnya.",
     [("Bantuan ini untuk", None)]),
    ("s17-victim-yakni-accompanied-by-office",
     "MANNA - Camat Kedurang, Hasan Basri, menyerahkan bantuan kepada korban banjir.\"Kami bantu semampunya,\" "
     "katanya.\nSementara itu korban banjir yakni Marwan Saputra (52) yang didampingi Kepala Desa Suka Maju "
     "Herman Syah mengucapkan terima kasih.\"Bantuan ini sangat berarti bagi kami,\" katanya.",
     [("Kami bantu", "Hasan Basri"), ("Bantuan ini sangat", "Marwan Saputra")]),
    ("s17-anonymous-staff-then-chief-named-after",
     "KARAWANG - Jalan desa dibangun dengan dana talangan. Salah seorang staf desa yang juga tidak mau "
     "menyebutkan namanya menambahkan, menurut kepala desa anggaran itu dari dana talangan.\n\"Kami juga "
     "tidak tahu kapan dana desa cair,\" tegasnya.\nSementara itu, Kepala Desa Sukamulya Ahmad Rosidi belum "
     "bisa dihubungi.",
     [("Kami juga", None)]),
    ("s17-chief-named-before-role-word-then-quote",
     "KARAWANG - Kepala Desa Sukamulya, Ahmad Rosidi, meninjau jalan desa. Menurut Kepala Desa, jalan itu "
     "dibangun dengan dana talangan.\n\"Nanti diganti dana desa,\" tegasnya.",
     [("Nanti diganti", "Ahmad Rosidi")]),
    # Session 17, round 2: the forms left after round 1 on the even study pages and variants of round 1's,
    # written before the run: an anonymous speaker, then a chief called by office before the quote and
    # named only after it; an introduction "<Office>, <Unit> (<Abbr>), Name, di <Place>, <Day>, mengatakan";
    # a cue "papar <Office abbr> <Unit> Name" whose unit word sits before a known name; delegation with
    # "lewat" and "yang diwakili"; a narrative nickname gloss after a sentence naming an object too.
    ("s17-anonymous-then-chief-as-object-named-after",
     "KARAWANG - Jalan poros desa dibangun dengan dana talangan. Salah seorang staf desa yang juga tidak "
     "menyebutkan namanya menambahkan, mereka tidak diberi tahu oleh Kepala Desa dari mana anggarannya.\n"
     "\"Kami hanya tahu dari mandor,\" tegasnya.\nSementara itu, Kepala Desa Sukamulya Ahmad Rosidi belum bisa "
     "dihubungi.",
     [("Kami hanya tahu", None)]),
    ("s17-chief-as-subject-named-after",
     "KARAWANG - Jalan poros desa dibangun bertahap. Kepala Desa Sukamulya menjelaskan, tahap pertama sepanjang "
     "200 meter.\n\"Tahun depan kami lanjutkan,\" ujarnya.\nKepala Desa Sukamulya, Ahmad Rosidi, juga mengimbau "
     "warga menjaga jalan.",
     [("Tahun depan", "Ahmad Rosidi")]),
    ("s17-office-unit-abbr-name-di-place-day-mengatakan",
     "MUARA ENIM - Kepala Satuan Polisi Pamong Praja, Pemkab Muara Enim (Muenim), Hendra Gunawan Siregar, di "
     "Muara Enim, Selasa, mengatakan, razia pengemis digelar pekan depan.\n\"Kami sudah menerima banyak laporan "
     "warga,\" katanya.",
     [("Kami sudah menerima", "Hendra Gunawan Siregar")]),
    ("s17-cue-office-abbr-unit-word-before-known-name",
     "CILACAP - Kepala Panti Pelayanan Sosial Lanjut Usia (PPSLU) Sukamulya, Fatimah, menerima dua lansia baru "
     "pekan ini. \"Dua warga baru datang kemarin,\" papar Kepala PPSLU Sukamulya Fatimah, Kamis (25/10).",
     [("Dua warga baru", "Fatimah")]),
    ("s17-delegation-lewat-office-name",
     "GARUT - Bupati Garut, Rudy Gunawan lewat Sekretaris Daerah, Nurdin Yana menyerahkan bantuan kepada korban "
     "longsor.\n\"Bantuan tahap kedua menyusul,\" katanya.",
     [("Bantuan tahap", "Nurdin Yana")]),
    ("s17-yang-diwakili-office-name",
     "GARUT - Bupati Garut Rudy Gunawan yang diwakili Asisten Daerah, Budi Gandana, menyerahkan bantuan kepada "
     "korban longsor.\n\"Bantuan tahap kedua menyusul,\" katanya.",
     [("Bantuan tahap", "Budi Gandana")]),
    ("s17-gloss-after-subject-and-object-in-one-sentence",
     "SURABAYA - Gubernur Jawa Timur Ahmad Fauzan Hidayat menyambut Presiden Joko Santoso di bandara. Cak Dul, "
     "sapaan akrabnya, lalu mengantar rombongan ke pelabuhan.\n\"Pelabuhan ini siap diresmikan,\" kata Cak Dul.",
     [("Pelabuhan ini siap", "Ahmad Fauzan Hidayat")]),
    ("s17-atau-kang-nickname-village-head",
     "SUMEDANG - Kepala Desa Sukamaju Asep Saepulloh atau Kang Ujang memimpin kerja bakti, Minggu (2/3).\n"
     "\"Saluran harus bersih sebelum musim hujan,\" kata Kang Ujang.",
     [("Saluran harus", "Asep Saepulloh")]),
    ("s17-gloss-nickname-of-someone-else-named-after",
     "SUMEDANG - Warga Desa Sukamaju bergotong royong membersihkan saluran. Kang Ujang, sapaan akrabnya, "
     "memimpin sejak pagi.\n\"Saluran harus bersih,\" kata Kang Ujang. Kepala Desa Sukamaju, Asep Saepulloh, "
     "turut hadir.",
     [("Saluran harus", None)]),
    # Session 17, round 3: delegation whose delegate is written with a lowercase office, a degree, a rank
    # or commas on both sides, the "melalui" of a channel (no delegate), and a member of a council
    # introduced with his term and party before a nickname gloss; written before the run.
    ("s17-delegation-lowercase-office-comma-name-degree",
     "KAUR - Kepala Dinas Sosial H Darwis Hakim melalui kasi perlindungan sosial, Yusuf Effendi SSos memberikan "
     "bantuan kepada korban kebakaran di Desa Suka Maju.\"Bantuan ini untuk meringankan beban,\" terangnya.",
     [("Bantuan ini untuk", "Yusuf Effendi")]),
    ("s17-delegation-office-between-commas",
     "KAUR - Wali Kota Bengkulu, Helmi Hasan melalui Sekretaris Dinas Sosial Kota Bengkulu, Rina Marlina, "
     "menyerahkan bantuan sembako.\n\"Bantuan tahap kedua menyusul bulan depan,\" ujarnya.",
     [("Bantuan tahap kedua", "Rina Marlina")]),
    ("s17-melalui-a-channel-is-no-delegation",
     "GARUT - Bupati Garut, Rudy Gunawan melalui akun Instagram pribadinya mengajak warga menjaga kebersihan "
     "sungai.\n\"Jangan buang sampah ke sungai,\" tulisnya.",
     [("Jangan buang", "Rudy Gunawan")]),
    ("s17-delegation-to-a-ranked-officer",
     "GARUT - Kapolres Garut, AKBP Wirdhanto Hadicaksono melalui Kasat Reskrim AKP Deni Nurcahyadi "
     "menyampaikan, dua pelaku sudah ditahan.\n\"Keduanya dijerat pasal pencurian,\" katanya.",
     [("Keduanya dijerat", "Deni Nurcahyadi")]),
    ("s17-council-member-term-party-then-nickname-gloss",
     "CIMAHI - Anggota DPRD Kota Cimahi periode 2019-2024 Dedi Supriadi asal Partai Demokrat mulai reses, "
     "Rabu (24/6).\nIa mendatangi warga dari rumah ke rumah. Seperti biasa, Dedsup sapaan akrabnya mencatat "
     "keluhan warga.\n\"Warga banyak menanyakan bantuan sosial,\" ungkap Dedsup.",
     [("Warga banyak", "Dedi Supriadi")]),
    # Session 17, round 4: a nickname glossed right after the subject's name and before the verb
    # ("Ucok, sapaan akrabnya, mengatakan"; "Ucok sapaan akrabnya banyak memaparkan"), then a pronoun
    # cue or a quote paragraph with no cue at all; and controls; written before the run.
    ("s17-nickname-gloss-subject-then-uncued-quote-paragraph",
     "BANDUNG - Anggota DPRD Kota Bandung Hendra Kusnadi menggelar reses di Cicendo, Senin (3/3).\nSelain itu, "
     "Kang Hen, sapaan akrabnya, memaparkan kinerjanya sebagai anggota dewan.\n\"Saya datang ke tiga titik hari "
     "ini untuk mendengar warga.\"\nWarga menyampaikan banyak keluhan soal jalan.",
     [("Saya datang", "Hendra Kusnadi")]),
    ("s17-nickname-gloss-subject-then-pronoun-cue",
     "BANDUNG - Warga Cicendo mengeluhkan banjir. Ketua RW 03, Dadang Suherman, meninjau saluran bersama warga. "
     "Kang Dadang, sapaan akrabnya, mengatakan saluran tersumbat sampah.\n\"Kami akan kerja bakti Minggu "
     "depan,\" ujarnya.",
     [("Kami akan kerja", "Dadang Suherman")]),
    ("s17-uncued-quote-after-two-reporting-subjects",
     "BANDUNG - Anggota DPRD Kota Bandung Hendra Kusnadi dan Rina Marlina menggelar reses di Cicendo. Keduanya "
     "memaparkan kinerja dewan.\n\"Kami datang ke tiga titik hari ini.\"\nWarga menyampaikan banyak keluhan.",
     [("Kami datang", None)]),
    # Session 17, round 5: the gloss of a nickname written with "panggilan (akrab)nya" or "sapaan karibnya"
    # instead of "sapaan akrabnya", in the cue, in the narrative and between subject and verb; written
    # before the run.
    ("s17-panggilan-akrabnya-in-the-cue",
     "SLEMAN - Kepala Desa Sumberagung, Wahyu Hidayat meninjau embung desa.\n\"Embung ini untuk musim kemarau,\" "
     "kata Pak Way, panggilan akrabnya.",
     [("Embung ini", "Wahyu Hidayat")]),
    ("s17-panggilan-akrabnya-in-the-narrative",
     "SLEMAN - Kepala Desa Sumberagung Wahyu Hidayat meninjau embung desa, Senin (3/3). Cak Way, panggilan "
     "akrabnya, lalu berbincang dengan petani.\n\"Embung ini untuk musim kemarau,\" ujar Cak Way.",
     [("Embung ini", "Wahyu Hidayat")]),
    ("s17-sapaan-karibnya-between-subject-and-verb-then-uncued",
     "SLEMAN - Kepala Desa Sumberagung Wahyu Hidayat meninjau embung desa.\nSelanjutnya, Cak Way sapaan karibnya "
     "menjelaskan manfaat embung.\n\"Embung ini untuk musim kemarau.\"\nPetani menyambut baik.",
     [("Embung ini", "Wahyu Hidayat")]),
    ("s17-panggilan-gloss-two-people-before",
     "SLEMAN - Kepala Desa Sumberagung Wahyu Hidayat dan Camat Moyudan Rudi Hartono meninjau embung. Cak Way, "
     "panggilan akrabnya, lalu berbincang dengan petani.\n\"Embung ini untuk musim kemarau,\" ujar Cak Way.",
     [("Embung ini", None)]),
    # Session 17, round 6: "Full Name atau <Nickname>" with no honorific, the nickname blended from the
    # name's openings; a second person after "atau" as control; written before the run.
    ("s17-atau-blended-nickname-no-honorific",
     "SEMARANG - Wali Kota Semarang Bambang Sudarsono atau Bamsud meresmikan pasar baru, Senin (3/3).\n"
     "\"Pedagang lama kami dahulukan,\" kata Bamsud.",
     [("Pedagang lama", "Bambang Sudarsono")]),
    ("s17-atau-second-person-one-word",
     "SEMARANG - Warga yang kehilangan kartu bisa menghubungi Bambang Sudarsono atau Rina, petugas posko.\n"
     "\"Kartu baru jadi dalam sehari,\" kata Rina.",
     [("Kartu baru", "Rina")]),
    ("s17-atau-short-form-of-the-name",
     "SEMARANG - Ketua Koperasi Sumber Rejeki, Suharyanto atau Yanto, membagikan sisa hasil usaha.\n"
     "\"Tahun ini naik dua kali lipat,\" kata Yanto.",
     [("Tahun ini naik", "Suharyanto")]),
    # Session 17, round 7: "<Role> lainnya, Name, yang ... juga mengakui" (another person introduced with a
    # relative clause before the verb), also with a name the people side may not read ("Hi." between
    # given name and family name, as in North Maluku), after a first speaker; written before the run.
    ("s17-lainnya-name-relative-clause-then-nya",
     "MOROTAI - Ketua DPRD Morotai, Irfan Hasan, menyesalkan kantor dewan yang sepi. \"Aspirasi warga jadi "
     "terbengkalai,\" pungkas Irfan.\nAnggota DPRD lainnya, Umar Basri, yang ditemui di kantor juga mengakui "
     "hal itu.\n\"Datang atau tidak sama saja,\" candanya.",
     [("Aspirasi warga", "Irfan Hasan"), ("Datang atau tidak", "Umar Basri")]),
    ("s17-lainnya-unread-name-then-nya",
     "MOROTAI - Ketua DPRD Morotai, Irfan Hasan, menyesalkan kantor dewan yang sepi. \"Aspirasi warga jadi "
     "terbengkalai,\" pungkas Irfan.\nAnggota DPRD lainnya, Umar Hi. Basri, yang ditemui di kantor juga "
     "mengakui hal itu.\n\"Datang atau tidak sama saja,\" candanya.",
     [("Aspirasi warga", "Irfan Hasan"), ("Datang atau tidak", "Umar Hi. Basri")]),
    ("s17-warga-lainnya-name-mengaku",
     "MOROTAI - Banjir merendam Desa Daruba. Warga lainnya, Budi Santoso, mengaku kehilangan perahu.\n"
     "\"Perahu saya hanyut,\" katanya.",
     [("Perahu saya", "Budi Santoso")]),
    # Session 17, round 8: a country's name that the people side may read as a person named after an
    # office ("Menteri Haji Arab Saudi") and that stands in a place phrase before the quote ("cuaca di
    # Arab Saudi"); written before the run.
    ("s17-place-word-before-quote-is-no-naming",
     "JEDDAH - Menteri Agama Hasan Basri tiba di Bandara King Abdul Aziz. Pesan khusus Menag kepada jemaah "
     "yaitu menjaga kesehatan. Sebab, cuaca di Arab Saudi sangat panas.\n\"Jemaah jangan lupa minum air,\" "
     "harapnya.\nHasan juga berterima kasih kepada Menteri Haji Arab Saudi.",
     [("Jemaah jangan", "Hasan Basri")]),
    ("s17-place-word-only-then-official-named-after",
     "JEDDAH - Ribuan jemaah tiba di Bandara King Abdul Aziz. Cuaca di Arab Saudi sangat panas.\n\"Jemaah jangan "
     "lupa minum air,\" harapnya.\nRombongan disambut Menteri Haji Arab Saudi.",
     [("Jemaah jangan", None)]),
    # Session 17, round 9: texts built to trip this session's rules, written before the run: "atau" between
    # two officials, a delegation whose official then speaks by name, an office word before "yang kerap
    # disapa" naming the office of someone other than the story's subject, "lainnya" after a thing, a
    # role mention that is a subject before a name written after the quote, and a gloss after a sentence
    # whose subject is someone else.
    ("s17-trip-atau-two-officials",
     "GARUT - Surat itu bisa ditandatangani Bupati Rudy Gunawan atau Wakil Bupati Helmi Budiman.\n\"Kami tunggu "
     "tanda tangannya,\" kata Helmi.",
     [("Kami tunggu", "Helmi Budiman")]),
    ("s17-trip-delegation-then-official-by-name",
     "GARUT - Bupati Garut, Rudy Gunawan melalui Kepala Dinas Sosial, Aji Sukarmaji, menyerahkan bantuan.\n"
     "\"Bantuan ini hak warga,\" kata Rudy Gunawan.",
     [("Bantuan ini hak", "Rudy Gunawan")]),
    ("s17-trip-office-word-disapa-another-office",
     "BANDUNG - Wali Kota Bandung, Yana Mulyana, bertemu Gubernur Jawa Barat, Ridwan Hidayat. Gubernur yang "
     "kerap disapa Kang Ridwan itu memuji program kota.\n\"Program ini patut ditiru,\" kata Kang Ridwan.",
     [("Program ini patut", "Ridwan Hidayat")]),
    ("s17-trip-lainnya-after-a-thing",
     "GARUT - Kepala Dinas Sosial, Aji Sukarmaji, membagikan beras. Bantuan lainnya, Sembako Murah, dibagikan "
     "pekan depan.\n\"Stok kami cukup,\" katanya.",
     [("Stok kami", "Aji Sukarmaji")]),
    ("s17-trip-role-subject-then-named-after",
     "GARUT - Kapolres Garut menjelaskan, pelaku sudah ditahan.\n\"Kami jerat dengan pasal berlapis,\" ujarnya.\n"
     "Kapolres Garut, AKBP Wirdhanto Hadicaksono, juga meminta warga tenang.",
     [("Kami jerat", "Wirdhanto Hadicaksono")]),
    ("s17-trip-gloss-after-another-subject",
     "GARUT - Presiden Joko Santoso memuji Menteri Sosial Bambang Sutrisno. Gus Bams, sapaan akrabnya, "
     "lalu tersenyum.\n\"Ini kerja bersama,\" ujar Gus Bams.",
     [("Ini kerja", None)]),
    # Session 18, round 1: things that are no person take quotes: the last capitalised word of an office
    # before "pada <ministry>" and the name after it, a unit's own acronym (defined in the text) with its
    # place read as a name (inside a quote, then as a subject), the town written after a hospital named
    # after someone, a post quoted from a social-media account; controls; written before the run.
    ("s18-office-tail-pada-ministry-abbr-name",
     "JAYAPURA - Deputi II Bidang Koordinasi Kerentanan Sosial dan Penanganan Konflik pada Kemenko (PMK) Arif "
     "Wibisono Putra di Sentani, Kamis, mengatakan bantuan sudah tiba.\n\"Kami pastikan semua tepat sasaran,\" "
     "katanya.\nWarga menerima beras dan minyak.\n\"Tidak ada lagi yang mengungsi,\" katanya.",
     [("Kami pastikan", "Arif Wibisono Putra"), ("Tidak ada lagi", "Arif Wibisono Putra")]),
    ("s18-office-tail-pada-kemensos-name",
     "MATARAM - Kepala Bagian Hukum dan Kerja Sama pada Kemensos Lilis Herawati Surya menyerahkan piagam.\n"
     "\"Kerja sama ini kami perpanjang lima tahun,\" ujarnya.",
     [("Kerja sama ini", "Lilis Herawati Surya")]),
    ("s18-office-pada-kementerian-comma-name",
     "BOGOR - Kepala Subbagian Tata Usaha dan Hubungan Masyarakat pada Kementerian Desa, Yuliana Sari, "
     "menjelaskan jadwal pelatihan.\n\"Pesertanya dari tiga provinsi,\" ujarnya.",
     [("Pesertanya", "Yuliana Sari")]),
    ("s18-control-name-pada-weekday",
     "GARUT - Bupati Garut Rudy Hermawan pada Senin (3/3) meninjau jembatan putus.\n\"Perbaikan dimulai "
     "pekan depan,\" ujarnya.",
     [("Perbaikan", "Rudy Hermawan")]),
    ("s18-unit-acronym-place-inside-quote-then-nya",
     "TABANAN - Rumah warga terbakar. Pemilik rumah melapor ke Pemadam Kebakaran (Damkar) Tabanan. \"Petugas "
     "Damkar Tabanan menerima laporan pukul 09.10 Wita,\" ujar Kepala Satpol PP dan Damkar Tabanan, Gede "
     "Ngurah Wijaya.\nTim 2 Damkar yang berjaga di markas langsung bergerak. \"Api sudah menjalar ke atap "
     "saat kami tiba,\" ujarnya.",
     [("Petugas Damkar", "Gede Ngurah Wijaya"), ("Api sudah", "Gede Ngurah Wijaya")]),
    ("s18-unit-syllable-acronym-with-place-as-subject",
     "BANTUL - Taruna Siaga Bencana (Tagana) Bantul menyisir sungai. Koordinator Tagana Bantul, Suyatno "
     "Hadi, mengatakan tim bersiaga.\n\"Relawan Tagana Bantul sudah kami sebar,\" kata Suyatno.\nTagana "
     "Bantul lalu mendirikan dapur umum. \"Kami berjaga sampai malam,\" ujarnya.",
     [("Relawan Tagana", "Suyatno Hadi"), ("Kami berjaga", "Suyatno Hadi")]),
    ("s18-hospital-named-after-someone-comma-town",
     "KUBU RAYA - Warga mengeluhkan Direktur RSUD Sultan Abdurrahman, Sungai Raya pelayanan lambat.\nKeluhan itu "
     "ditulis pemilik akun Facebook @Dewi Lestari di grup warga. Ia juga menandai Direktur RSUD Sultan Abdurrahman "
     "Sungai Raya, Bambang Irawan, dalam unggahan itu.\n\"Perawat jaga malam susah sekali dipanggil,\" "
     "tulisnya.\n\"Pasien menunggu dua jam,\" tulisnya lagi.",
     [("Perawat jaga", "Dewi Lestari"), ("Pasien menunggu", "Dewi Lestari")]),
    ("s18-instagram-account-owner-post",
     "MEDAN - Pemilik akun Instagram @Rudi Hartono Sitepu mengunggah foto jalan berlubang di Jalan Sisingamangaraja.\n"
     "\"Sudah tiga bulan begini, tolong diperbaiki,\" tulisnya.",
     [("Sudah tiga bulan", "Rudi Hartono Sitepu")]),
    ("s18-headline-caps-noun-then-noun-itu-sentence",
     "SMAN 2 Sumbawa Siap Wakili NTB, Tim Debat Asah Kemampuan\nSUMBAWA - Kepala SMAN 2 Sumbawa, Drs. H. "
     "Mahmud, optimistis timnya menang di tingkat nasional. \"Kami sudah berlatih tiga bulan,\" ujarnya.\n"
     "Mahmud mengaku kemampuan siswa terus diasah. Kemampuan itu akan diuji pekan depan. \"Lawan kami juga "
     "kuat,\" ujarnya.",
     [("Kami sudah berlatih", "Mahmud"), ("Lawan kami", "Mahmud")]),
    # Session 18, round 2: a unit's acronym the text defines, with a place the gazetteer does not know, read as
    # a person inside a quote and taking the next -nya quote; a noun of a capitalised headline read as a
    # person and then "<Noun> itu ..."; two forms of one person: a nickname given with "nama lain" (also
    # glued, "namalain"), a short first name with the same surname (Yos / Yosef), a clipped first name;
    # controls; written before the run.
    ("s18-defined-unit-acronym-unknown-place-in-quote",
     "KARANGSARI - Api dipadamkan setelah petugas Pemadam Kebakaran (Damkar) Karangsari tiba dengan dua unit.\n"
     "Pemilik rumah melapor ke Damkar Karangsari. \"Petugas Damkar Karangsari menerima laporan pukul 09.10,\" "
     "ujar Kepala Satpol PP dan Damkar Karangsari, Gede Ngurah Wijaya.\nTak butuh waktu lama. Regu 3 Damkar yang "
     "berjaga di markas langsung bergerak. \"Api sudah menjalar ke atap saat kami tiba,\" ujarnya.",
     [("Petugas Damkar", "Gede Ngurah Wijaya"), ("Api sudah", "Gede Ngurah Wijaya")]),
    ("s18-defined-unit-acronym-as-subject-then-nya",
     "SUKAWANGI - Badan Penanggulangan Bencana Daerah (Pusdalops) Sukawangi mendirikan tenda. Kepala Pelaksana "
     "BPBD Sukawangi, Rahmat Hidayat, meninjau lokasi.\n\"Tenda kami dirikan di lapangan desa,\" kata Rahmat.\n"
     "Relawan Pusdalops Sukawangi kemudian membagikan makanan. \"Logistik cukup untuk tiga hari,\" ujarnya.",
     [("Tenda kami", "Rahmat Hidayat"), ("Logistik cukup", "Rahmat Hidayat")]),
    ("s18-headline-noun-then-noun-itu-sentence",
     "SMKN 4 Dompu Raih Juara Robotik Tingkat Provinsi Bawa Pulang Piala\nDOMPU - Kepala SMKN 4 Dompu, Drs. "
     "Syamsuddin, senang timnya menjadi juara. \"Robotnya dirakit sendiri oleh siswa,\" ujarnya.\nSyamsuddin "
     "menyebut piala itu akan dipajang di lobi. Piala itu juga diarak keliling kota. \"Tahun depan kami ikut "
     "tingkat nasional,\" ujarnya.",
     [("Robotnya dirakit", "Syamsuddin"), ("Tahun depan", "Syamsuddin")]),
    ("s18-nama-lain-honorific-nickname",
     "JAKARTA - Menteri Koperasi Abdul Karim Fadillah nama lain Gus Dodik membuka pameran UMKM.\nGus Dodik "
     "bilang pameran digelar tiap tahun. \"Kami ingin produk desa naik kelas,\" kata Gus Dodik.",
     [("Kami ingin", "Abdul Karim Fadillah")]),
    ("s18-namalain-glued-honorific-nickname",
     "JAKARTA - Abdul Karim Fadillah namalain Gus Dodik bercerita soal rencana kerjanya sebagai Menteri "
     "Koperasi.\nGus Dodik menyebut koperasi desa jadi prioritas. \"Kita mulai dari data,\" ujar Gus Dodik.",
     [("Kita mulai", "Abdul Karim Fadillah")]),
    ("s18-short-first-name-same-surname",
     "MERAUKE - Bupati Merauke Yosefus Gebze meninjau gudang beras di Kurik, Senin.\n"
     "Beras itu, kata Yos Gebze, dibagikan di tiga distrik. \"Kami salurkan sebelum Natal,\" "
     "kata Yos Gebze.",
     [("Kami salurkan", "Yosefus Gebze")]),
    ("s18-short-first-name-two-people-same-surname",
     "MERAUKE - Bupati Merauke Yosefus Gebze dan Ketua DPRD Yohana Gebze meninjau pasar.\n\"Harga stabil,\" "
     "kata Yo Gebze.",
     [("Harga stabil", None)]),
    ("s18-control-different-first-name-same-surname",
     "MERAUKE - Bupati Merauke Yosefus Gebze meninjau pasar. Pedagang Martinus Gebze mengeluhkan sepi pembeli.\n"
     "\"Sudah dua minggu sepi,\" kata Martinus Gebze.",
     [("Sudah dua minggu", "Martinus Gebze")]),
    # Session 18, round 3: malformed marks (the mark typed right after the cue verb, no closing mark: the quote
    # runs to the paragraph's end), "Menurut <one-word name>, ..." then "Ia juga ..." then a -nya quote, and
    # controls (a name set in marks after a verb, a closing mark later in the paragraph); written before the run.
    ("s18-mark-after-verb-comma-no-closing-mark",
     "SRAGEN - Kepala Desa Sukorejo, Sugiman, meninjau pengecoran jalan desa bersama warga. Kepala desa juga "
     "menambahkan\u201d, Lebar badan jalan kini empat meter dan sudah dicor seluruhnya.\nPengerjaan dimulai sejak "
     "awal bulan.",
     [("Lebar badan jalan", "Sugiman")]),
    ("s18-mark-after-verb-colon-no-closing-mark",
     "KLATEN - Camat Wedi, Hendra Gunawan, meninjau lokasi. Hendra menjelaskan\u201d: Anggaran berasal dari dana "
     "desa tahun ini.\nWarga ikut bergotong royong.",
     [("Anggaran berasal", "Hendra Gunawan")]),
    ("s18-name-verb-mark-comma-no-closing-mark",
     "KLATEN - Selain kepala desa, Ketua TPK Sumarno Hadi menjelaskan\u201d, Pengecoran tinggal dua ruas lagi "
     "di ujung dusun.\nWarga berharap jalan selesai sebelum Lebaran.",
     [("Pengecoran tinggal", "Sumarno Hadi")]),
    ("s18-control-verb-then-name-in-marks-closed",
     "KLATEN - Warga menyebutnya \u201dJalan Harapan\u201d sejak jalan itu dibuka. Kepala Desa Wedi, Suroto, "
     "meresmikannya.",
     []),
    ("s18-control-verb-mark-then-closed-quote-and-cue",
     "KLATEN - Kepala Desa Wedi, Suroto, menambahkan\u201d, Jalan ini untuk anak sekolah,\u201d ujarnya.",
     [("Jalan ini untuk", "Suroto")]),
    ("s18-menurut-one-word-name-ia-juga-then-nya",
     "TELUKDALAM - Menurut Sinta, penyaluran bantuan molor karena jalan ke desa itu putus.\nIa "
     "juga meminta warga bersabar. \"Truk kedua berangkat besok pagi,\" ujarnya.",
     [("Truk kedua", "Sinta")]),
    ("s18-menurut-one-word-name-then-another-warga-nya",
     "TELUKDALAM - Menurut Sinta, penyaluran bantuan molor.\nSeorang warga setempat mengaku kecewa. \"Kami "
     "sudah menunggu seminggu,\" katanya.",
     [("Kami sudah menunggu", None)]),
    # Session 18, round 4: the full name only in a photo caption above the dateline, the story naming the
    # person by the first name with the office; a Title Case headline with the first name and a verb (no
    # surname); written before the run.
    ("s18-caption-full-name-above-dateline-story-first-name",
     "Pemkab Bantu Beras Warga Tiom\nKepala Dinas Sosial Lanny Jaya, Marlina Wenda saat memeriksa stok beras di "
     "gudang, Senin (3/3)/Yus\nTIOM - Pemkab Lanny Jaya menyalurkan beras untuk warga. Kepala Dinas Sosial Lanny "
     "Jaya, Marlina mengatakan stok cukup.\n\"Kami salurkan dua ton,\" kata Marlina.",
     [("Kami salurkan", "Marlina Wenda")]),
    ("s18-title-case-headline-first-name-and-verb-no-surname",
     "Kadinsos Marlina Tinjau Gudang\nTIOM - Pemkab Lanny Jaya menyalurkan beras untuk warga. Kepala Dinas Sosial "
     "Lanny Jaya, Marlina mengatakan stok cukup.\n\"Kami salurkan dua ton,\" kata Marlina.",
     [("Kami salurkan", "Marlina")]),
    # Session 18, round 5: capitalized headline words read as an office and a name ("... Duta Lomba Sains Raih
    # Medali"), then the same common noun opening a sentence with a demonstrative ("Medali itu ...")
    # right before a -nya quote; a control where the person's own one-word name opens that sentence; written
    # before the run.
    ("s18-headline-office-and-noun-then-noun-itu-opens-sentence",
     "SMPN 3 Bangsal Optimis Duta Lomba Sains Nasional Raih Medali\nKepala SMPN 3 Bangsal, Drs. H. Rahmat, "
     "optimistis timnya menang di final. \"Anak-anak sudah berlatih keras,\" ujarnya.\n"
     "Rahmat menyebut medali di babak awal hasil latihan. Medali itu juga ia hadiahkan untuk para orang "
     "tua. \"Semoga adik kelas ikut termotivasi,\" ujarnya.",
     [("Anak-anak sudah", "Rahmat"), ("Semoga adik", "Rahmat")]),
    ("s18-control-one-word-name-opens-sentence-before-nya",
     "SMPN 3 Bangsal Optimis Duta Lomba Sains Nasional Raih Medali\nKepala SMPN 3 Bangsal, Drs. H. Rahmat, "
     "optimistis timnya menang di final. Pembina tim, Sulastri, ikut mendampingi. Sulastri "
     "mengaku timnya berlatih tiap sore. \"Kami latihan sampai malam,\" ujarnya.",
     [("Kami latihan", "Sulastri")]),
    # (round 5b: the same with a section label over the headline, which keeps the headline in the story)
    ("s18-section-label-headline-office-noun-then-noun-itu",
     "Pendidikan\n\nSMPN 3 Bangsal Optimis Duta Lomba-Sains Tiga Benua Pamer Medali\n\nKepala SMPN 3 Bangsal, "
     "Drs. H. Rahmat, optimistis timnya menang di final. \"Anak-anak sudah berlatih keras,\" ujarnya.\nRahmat "
     "menyebut medali di babak awal hasil latihan. Medali itu juga ia hadiahkan untuk para orang tua. "
     "\"Semoga adik kelas ikut termotivasi,\" ujarnya.",
     [("Anak-anak sudah", "Rahmat"), ("Semoga adik", "Rahmat")]),
    # Session 18, round 6 (wild reading): posts quoted with an account handle as the cue's subject ('cuit
    # @handle', 'puji @handle', 'tulis akun Instagram @handle'): nobody certain, never the official named before;
    # a display name written as a full name after "@" is that person. Written after the fix (found on a wild
    # page); its first run is the session-start code's.
    ("s18-handle-cue-after-an-official-named",
     "JAKARTA - Ketua Umum Partai Amanah Rakyat, Sri Handayani Putri, berpidato di depan kader. Cuitan sebuah akun "
     "menyindir pidato itu.\n\"Pidatonya terlalu panjang, kapan selesainya\" cuit @rakyatjelata99 pada Jumat (3/2).",
     [("Pidatonya terlalu", None)]),
    ("s18-handle-cues-after-an-official-quote",
     "JAKARTA - Wakil Gubernur Lampung Budi Santoso membuka posko keluhan warga.\n\"Silakan datang ke kantor "
     "saya setiap Senin,\" tulis Budi dalam unggahannya.\nWarganet ramai memuji langkah itu.\n\"Mantap pak, "
     "semoga konsisten,\" puji @dewi_ayu.88.\n\"Saya mau lapor jalan rusak di kampung,\" canda @rudi_kece.",
     [("Silakan datang", "Budi Santoso"), ("Mantap pak", None), ("Saya mau lapor", None)]),
    ("s18-display-name-handle-full-name-cue",
     "MEDAN - Keluhan soal antrean rumah sakit ramai di media sosial.\n\"Antre dari subuh belum dipanggil juga,\" "
     "tulis akun Facebook @Rina Marlina Siregar.",
     [("Antre dari subuh", "Rina Marlina Siregar")]),
    # Session 18, round 7 (wild reading): a one-word name already known, then that word opening a fuller name of
    # someone else whose introduction is not read ("(TPK) Markus Wangge Desa X menjelaskan"), then a -nya quote:
    # nobody certain, never the first person; controls (the fuller name as an object, a verb typed capitalized
    # after the short name). Written after the fix (found on a wild page); its first run is the session-start code's.
    ("s18-stranger-fuller-name-subject-then-nya",
     "ENDE - Warga bergotong royong membangun jalan. Kepala Dusun Ratewati Yohanes mengatakan warga antusias.\n"
     "\"Semua warga ikut bekerja,\" kata Yohanes.\nDi tempat yang sama, Ketua Tim Pelaksana Kegiatan (TPK) Yohanes "
     "Bhoka Desa Ratewati menjelaskan bahan bangunan sudah tiba. \"Semen cukup untuk dua pekan,\" katanya.",
     [("Semua warga", "Yohanes"), ("Semen cukup", None)]),
    ("s18-control-fuller-name-as-object-then-nya",
     "GIANYAR - Guru pembina, Ni Wayan Sari, melatih siswa. Juara I diraih Wayan Oka Pratama. Sari "
     "mengatakan persiapan dua minggu.\n\"Kami latihan tiap sore,\" ujarnya.",
     [("Kami latihan", "Ni Wayan Sari")]),
    ("s18-control-short-name-then-capitalized-verb",
     "PROBOLINGGO - Bupati Probolinggo Salim Hasan membuka rapat. Setelah itu Salim Menegaskan, desa harus kompak.\n"
     "\"Layani warga dengan adil,\" ujarnya.",
     [("Layani warga", "Salim Hasan")]),
    # Session 18, round 8 (wild reading): a speaker the text names only by an honorific nickname ("Gus Dodik", "Cak
    # Ronggo"), never by a full name, as a cue's name or as the subject opening the sentence before a -nya cue;
    # controls (the full name given with "atau", the nickname's word also written alone); written before the run.
    # The round first expected the nickname with its honorific ("Gus Dodik"); INDONESIAN-NEWS.md strips "Gus"
    # from names (and an s16 case expects "Jaja" for "Kang Jaja"), so the names are written without it.
    ("s18-only-honorific-nickname-in-the-text",
     "JAKARTA - Gus Dodik meninjau pasar rakyat di Tanah Abang.\n\"Harga beras stabil pekan ini,\" kata Gus Dodik.",
     [("Harga beras", "Dodik")]),
    ("s18-only-honorific-nickname-then-pronoun",
     "SURABAYA - Cak Ronggo menyapa pedagang di Pasar Genteng. \"Pasar ini harus tetap ramai,\" ujarnya.",
     [("Pasar ini", "Ronggo")]),
    ("s18-control-nickname-with-full-name-atau",
     "JAKARTA - Menteri Koperasi Abdul Karim Fadillah atau Gus Dodik meninjau pasar.\n\"Harga beras stabil,\" "
     "kata Gus Dodik.",
     [("Harga beras", "Abdul Karim Fadillah")]),
    ("s18-control-nickname-word-also-written-alone",
     "JAKARTA - Gus Dodik meninjau pasar. Dodik lalu berdialog dengan pedagang.\n\"Harga beras stabil,\" kata "
     "Dodik.",
     [("Harga beras", "Dodik")]),
    # Session 18, round 9 (wild reading): a worker named with "bernama" after a job and its unit ("staf kecamatan
    # bernama Yudi"), then a description cue naming the same job ("kata staf kecamatan tersebut"); control: two
    # workers named so; written before the run. First run 1/2 (the null below); left: neither "bernama" after a
    # job and its unit outside the sentence before the quote nor "staf kecamatan, Name" makes a person the
    # description cue can reach (mentions/intros and attribution._described_by_noun would both need it).
    ("s18-job-unit-bernama-then-description-cue",
     "SLEMAN - Warga mengunggah tangkapan layar percakapan dengan staf kecamatan bernama Yudi. Dalam percakapan "
     "itu warga menanyakan berkas KTP.\n\"Berkasnya bisa diambil hari Kamis,\" kata staf kecamatan tersebut.",
     [("Berkasnya bisa", "Yudi")]),
    ("s18-control-two-workers-bernama-then-description-cue",
     "SLEMAN - Warga mengobrol dengan staf kecamatan bernama Yudi dan staf kecamatan bernama Rosa.\n\"Berkasnya "
     "bisa diambil hari Kamis,\" kata staf kecamatan tersebut.",
     [("Berkasnya bisa", None)]),
    # Session 19, round 1 (study set, G8 lost quotes): marks of the wrong direction glued to the cue's verb
    # (opened and closed with an opening glyph; opened with a closing glyph), only a closing mark glued to the
    # cue, a quote running over a line break with no mark there, "Lanjutnya," before a quote opening in lower
    # case; controls (a quote opening with a word that is a cue verb, a later mark in the paragraph); written
    # before the run.
    ("s19-wrong-direction-both-opening-glyphs",
     "SLEMAN - Bupati Sleman Andi Prasetyo meresmikan jembatan gantung di Desa Sendangrejo, Senin (3/6).\n"
     "\u201c Kami bersyukur jembatan ini selesai tepat waktu, warga bisa menyeberang dengan aman, \u201cungkapnya.",
     [("Kami bersyukur", "Andi Prasetyo")]),
    ("s19-wrong-direction-opened-with-closing-glyph",
     "SLEMAN - Bupati Sleman Andi Prasetyo meresmikan jembatan gantung.\nDirektur PDAM Sleman, Yohanes Lado, "
     "menjelaskan, sambungan air juga ditambah.\n\u201d Jumlah sambungan rumah tahun ini paling banyak, "
     "biayanya juga paling murah, \u201cujarnya.",
     [("Jumlah sambungan", "Yohanes Lado")]),
    ("s19-wrong-direction-glued-cue-with-name",
     "KLATEN - Warga Desa Karanganom membersihkan saluran irigasi.\n\u201c Saluran ini harus bersih sebelum "
     "musim tanam tiba, \u201ckata Camat Karanganom Heru Santosa.",
     [("Saluran ini", "Heru Santosa")]),
    ("s19-only-closing-mark-glued-to-cue",
     "BANDUNG - Kapolsek Lembang, Iptu Rahmat Hidayat, menjelaskan, patroli digelar setiap malam bersama "
     "warga.\nKami bersama warga sudah menjaga pos ronda sejak pekan lalu dan hasilnya terasa,\u201dkatanya.",
     [("Kami bersama warga", "Rahmat Hidayat")]),
    ("s19-quote-over-a-line-break-without-mark",
     "BEKASI - Kepala Desa Mekarsari Sutrisno memimpin kerja bakti, Minggu (9/6).\n\"Jalan desa ini kami "
     "perbaiki bersama warga setiap bulan.\nSetelah itu saluran air juga dibersihkan agar tidak banjir,\"kata "
     "Sutrisno.",
     [("Jalan desa ini", "Sutrisno")]),
    ("s19-lanjutnya-before-lowercase-quote",
     "MAGELANG - Camat Borobudur, Budi Santoso, meninjau posyandu.\n\"Kami ingin semua balita ditimbang,\" "
     "ujarnya.\nLanjutnya, \"selain itu para kader juga diminta mencatat imunisasi setiap bulan.\"",
     [("Kami ingin", "Budi Santoso"), ("selain itu", "Budi Santoso")]),
    ("s19-control-quote-opening-with-cue-verb-word",
     "SOLO - Kepala Dinas Pendidikan Rina Wulandari ditanya soal jadwal ujian.\nRina berkata, \"tanya saja ke "
     "sekolah masing-masing soal jadwalnya, semua sudah dikirim,\" ujarnya.",
     [("tanya saja", "Rina Wulandari")]),
    ("s19-control-glued-cue-after-a-closed-quote",
     "KLATEN - Camat Karanganom Heru Santosa meninjau irigasi.\n\"Saluran ini harus bersih,\" kata Heru. "
     "Warga diminta ikut membersihkan,\u201dkatanya.",
     [("Saluran ini", "Heru Santosa")]),
    ("s19-control-two-paragraph-quote-with-its-own-marks",
     "BEKASI - Kepala Desa Mekarsari Sutrisno memimpin kerja bakti.\n\"Jalan desa ini kami perbaiki bersama "
     "warga.\n\"Saluran air juga dibersihkan agar tidak banjir,\" kata Sutrisno.",
     [("Jalan desa ini", "Sutrisno")]),
    # Session 19, round 2 (study set, G7/G6/G2/G4): a cue name followed by "sembari <clause> itu", "Menurut <job>, Dr.
    # <Name>, <clause>." then a -nya quote, a description cue naming another standing of the one just talked about
    # ("tandas tokoh warga ini") with others named in between, "<Job> <Party> itu" opening the sentence before a
    # -nya quote, a well-known official's initials in the cue, a nickname clipped from inside the first name;
    # controls (a description that fits someone else named in between; initials two people share); written
    # before the run.
    ("s19-cue-name-sembari-clause-itu",
     "SIDIKALANG - Camat Tigalingga, Rudolf Sinaga, berjalan kaki memantau kebersihan pasar.\n\"Pasar harus bersih "
     "setiap hari, terutama saluran airnya,\" kata Rudolf sembari menyusuri los pedagang ikan itu, Kamis (5/6).",
     [("Pasar harus bersih", "Rudolf Sinaga")]),
    ("s19-menurut-job-dr-name-clause-then-nya",
     "DEPOK - Siswa SMPN 9 Depok meraih medali olimpiade. Salah satu siswa yang berprestasi mengaku senang.\n"
     "Menurut psikolog anak, Dr. Wahyuni, prestasi itu lahir dari kebiasaan belajar. Dukungan orang tua juga "
     "penting. \"Anak yang didampingi orang tua lebih percaya diri,\" ujarnya.",
     [("Anak yang didampingi", "Wahyuni")]),
    ("s19-description-another-standing-others-between",
     "JAKARTA - Camat Cempaka Putih, Hendra Gunawan, memimpin kerja bakti. \"Kerja bakti ini tradisi kita,\" kata "
     "Hendra didampingi Kasie Ekbang, Sulastri.\nKetua RW 07 Rawasari, Darmaji Prasetyo sependapat dengan Camat "
     "Cempaka Putih. Menurutnya kerja bakti membuat warga saling kenal.\n\"Lewat kerja bakti warga dan pengurus "
     "makin dekat,\" tandas tokoh warga ini.",
     [("Kerja bakti ini", "Hendra Gunawan"), ("Lewat kerja bakti", "Darmaji Prasetyo")]),
    ("s19-control-description-fits-someone-named-between",
     "JAKARTA - Camat Cempaka Putih, Hendra Gunawan, meninjau pasar. \"Pasar ini harus tertib,\" kata Hendra.\n"
     "Hendra lalu berbincang dengan seorang pedagang sayur, Sumiati, soal harga cabai.\n\"Harga cabai naik sejak "
     "pekan lalu,\" kata pedagang sayur itu.",
     [("Pasar ini", "Hendra Gunawan"), ("Harga cabai", "Sumiati")]),
    ("s19-job-party-itu-before-nya-quote",
     "PALEMBANG - Empat anggota DPRD menggelar reses. Anggota Dewan dari Partai Hanura, Rizal Effendi, mengatakan "
     "reses wajib dilakukan.\nPolitisi Hanura itu berharap warga mencatat semua usulan.\n\"Semua usulan akan kami "
     "bawa ke rapat paripurna,\" jelasnya.",
     [("Semua usulan", "Rizal Effendi")]),
    ("s19-initials-of-a-well-known-official",
     "JAKARTA - Wakil Presiden Basuki Wiranto membuka pameran pertahanan. Menurut BW, industri dalam negeri terus "
     "tumbuh.\n\"Kita mampu membuat kapal sendiri,\" ujar BW usai membuka pameran.",
     [("Kita mampu", "Basuki Wiranto")]),
    ("s19-control-initials-two-people-share",
     "JAKARTA - Wakil Presiden Basuki Wiranto membuka pameran bersama Menteri Perindustrian Bambang Wijaya.\n\"Kita "
     "mampu membuat kapal sendiri,\" ujar BW usai membuka pameran.",
     [("Kita mampu", None)]),
    ("s19-nickname-clipped-from-inside-the-first-name",
     "KEBUMEN - Kepala Puskesmas Sruweng, Kusniati Rahayu, memimpin vaksinasi.\n\"Stok vaksin cukup sampai akhir "
     "bulan,\" kata Nia kepada wartawan.",
     [("Stok vaksin", "Kusniati Rahayu")]),
    # Session 19, round 3 (study set, G2): an organisation's name the text misspells or the lists miss, written
    # between a member's job word and a demonstrative ("Kader Nasdemo itu", "Politisi Gerinda itu") opening the
    # sentence before a -nya quote; controls (a known party, a person's name after an office and before "itu"
    # in a cue); written before the run.
    ("s19-job-unknown-party-itu-then-nya",
     "LAHAT - Anggota DPRD Sumsel, Rahmat Hidayat, menggelar reses di Desa Pagar Agung.\nKader Nasdemo itu berharap "
     "warga mencatat semua usulan.\n\"Semua usulan kami bawa ke rapat paripurna,\" jelasnya.",
     [("Semua usulan", "Rahmat Hidayat")]),
    ("s19-job-unknown-party-itu-no-name-before",
     "LAHAT - Empat anggota DPRD Sumsel menggelar reses di Desa Pagar Agung.\nPolitisi Gerinda itu berharap warga "
     "mencatat semua usulan.\n\"Semua usulan kami bawa ke rapat paripurna,\" jelasnya.",
     [("Semua usulan", None)]),
    ("s19-legislator-unknown-party-itu-between-two-quotes",
     "MUARA ENIM - Anggota DPRD Muara Enim, Siti Nurhaliza, meninjau jalan rusak. \"Jalan ini harus segera "
     "diperbaiki,\" kata Siti.\nLegislator Perindos itu juga meminta dinas turun tangan.\n\"Kami akan kawal "
     "anggarannya,\" ujarnya.",
     [("Jalan ini", "Siti Nurhaliza"), ("Kami akan kawal", "Siti Nurhaliza")]),
    ("s19-control-job-known-party-itu-then-nya",
     "LAHAT - Anggota DPRD Sumsel, Rahmat Hidayat, menggelar reses.\nPolitisi Golkar itu berharap warga mencatat "
     "semua usulan.\n\"Semua usulan kami bawa ke rapat,\" jelasnya.",
     [("Semua usulan", "Rahmat Hidayat")]),
    # Session 19, round 4 (study set, G2; written after the fix, run on the session-start code for its first
    # score): an office whose unit's place is written small, or "setempat", before the comma and the holder's full
    # name ("kata Kepala Kantor Imigrasi jambi, Name"); control (a weekday after the comma).
    ("s19-unit-place-written-small-then-full-name",
     "JAMBI - Petugas imigrasi memeriksa ulang paspor warga.\n\"Semua paspor kami periksa ulang,\" kata Kepala "
     "Kantor Imigrasi jambi, Rudi Hartanto Siregar, Senin (2/9).\n\"Antrean dibuka sejak pagi,\" ucap Kepala "
     "Kantor Imigrasi Jambi.",
     [("Semua paspor", "Rudi Hartanto Siregar"), ("Antrean dibuka", "Rudi Hartanto Siregar")]),
    ("s19-office-setempat-then-full-name",
     "DEMAK - Air sungai meluap ke permukiman.\n\"Warga kami minta tetap waspada,\" ujar Ketua Posko Banjir "
     "setempat, Mulyadi Santoso.",
     [("Warga kami minta", "Mulyadi Santoso")]),
    ("s19-control-short-name-then-word-then-weekday",
     "DEPOK - Kapolsek Tapos, Kompol Budi Hartono, memimpin razia.\n\"Semua kendaraan kami periksa,\" kata "
     "Kapolsek Budi kemarin, Senin (3/6).",
     [("Semua kendaraan", "Budi Hartono")]),
    # Session 19, round 5 (study set, G1 on the cue side): after a speaker's quotes, another official is introduced
    # with a speech verb in a form the people side may not read ("Kepala Rutan (Karutan) kelas IIB <Place> <Name>,
    # menyebutkan, ...", "Dikatakan <Name>, ..."), then a quote with no cue, a misspelt -nya cue ("ungkapya") or a
    # -nya cue: never the earlier speaker; controls (the earlier speaker's own short name after "Dikatakan", an
    # office after "Menurut"); written before the run. First run 7/10 right, 3 wrong (the earlier speaker); now 7/10,
    # 2 null and 1 missed: left, the people side reads neither "(Karutan) kelas IIB <Place> <Name>" nor a name seen
    # only after "Dikatakan" (intros/mentions), so nobody is the most the cue side can give.
    ("s19-unread-official-with-speech-verb-then-cueless-quote",
     "SUKAMARA - Bupati Sukamara Windarto Saputra menyerahkan remisi.\n\"Remisi adalah hak warga binaan,\" ujar "
     "Windarto.\nKepala Rutan (Karutan) kelas IIB Sukamara Bambang Eko Prasetyo, menyebutkan, empat orang langsung "
     "bebas.\n\"Yang bebas hari ini ada empat orang. Semuanya berkelakuan baik.\"",
     [("Remisi adalah", "Windarto Saputra"), ("Yang bebas", "Bambang Eko Prasetyo")]),
    ("s19-unread-official-then-misspelt-nya-cue",
     "SUKAMARA - Bupati Sukamara Windarto Saputra menyerahkan remisi.\n\"Remisi adalah hak warga binaan,\" ujar "
     "Windarto.\nKepala Rutan (Karutan) kelas IIB Sukamara Bambang Eko Prasetyo, menyebutkan, empat orang langsung "
     "bebas.\n\"Yang bebas hari ini ada empat orang,\" ungkapya.",
     [("Remisi adalah", "Windarto Saputra"), ("Yang bebas", "Bambang Eko Prasetyo")]),
    ("s19-dikatakan-unread-name-then-nya",
     "SUKAMARA - Bupati Sukamara Windarto Saputra menyerahkan remisi.\n\"Remisi adalah hak warga binaan,\" ujar "
     "Windarto. Bupati lalu meninjau dapur rutan.\nDikatakan Bambang, remisi diberikan serentak.\n\"Semua rutan "
     "menggelar upacara yang sama,\" jelasnya.",
     [("Remisi adalah", "Windarto Saputra"), ("Semua rutan", "Bambang")]),
    ("s19-control-dikatakan-the-speakers-own-short-name",
     "SUKAMARA - Bupati Sukamara Windarto Saputra menyerahkan remisi.\n\"Remisi adalah hak warga binaan,\" ujar "
     "Windarto.\nDikatakan Windarto, remisi diberikan serentak.\n\"Semua rutan menggelar upacara yang sama,\" "
     "jelasnya.",
     [("Remisi adalah", "Windarto Saputra"), ("Semua rutan", "Windarto Saputra")]),
    ("s19-control-menurut-office-then-nya",
     "SUKAMARA - Bupati Sukamara Windarto Saputra menyerahkan remisi.\n\"Remisi adalah hak warga binaan,\" ujar "
     "Windarto.\nMenurut Bupati, remisi diberikan serentak.\n\"Semua rutan menggelar upacara yang sama,\" "
     "jelasnya.",
     [("Remisi adalah", "Windarto Saputra"), ("Semua rutan", "Windarto Saputra")]),
    # Session 19, round 6 (study set, G1/G2 on the cue side): the sentence leading into a quote has an office as the
    # subject of its speech verb ("Pada kesempatan itu Kasdim <Place> menyampaikan, "...",tuturnya") whose holder the
    # people side did not read, a resident named just before; an official with an initial in the name and a comma
    # list in the office speaking with no comma before the verb ("..., Hukum, dan Politik, <Name> B. <Name>
    # menyampaikan apresiasi"); controls (the office's holder known; the place in a known speaker's sentence);
    # written before the run.
    ("s19-lead-office-subject-unread-holder-then-nya",
     "PURWOREJO - Satgas TMMD merehab rumah milik bapak Darto (61) warga Dukuh Krajan.\nTak terkecuali Kepala Staf "
     "Kodim (Kasdim) 0708/Purworejo Mayor Inf.Sulistyo meninjau rumah itu.\nPada kesempatan tersebut Kasdim "
     "Purworejo menyampaikan, \" kami minta anggota satgas tetap ramah kepada warga desa setiap hari\",tuturnya.",
     [("kami minta anggota", "Sulistyo")]),
    ("s19-control-lead-office-subject-known-holder-then-nya",
     "KEBUMEN - Bupati Kebumen Arif Sugiyanto meninjau rumah milik bapak Darto (61).\nPada kesempatan tersebut "
     "Bupati Kebumen menyampaikan, \"Kami minta semua rumah tidak layak huni selesai tahun ini,\" tuturnya.",
     [("Kami minta semua", "Arif Sugiyanto")]),
    ("s19-official-with-initial-and-comma-list-office-then-nya",
     "PALANGKA RAYA - Kabid Berantas BNNP Kalteng, Kombes Agus Setiawan mengatakan, sabu dimusnahkan.\n\"Barang ini "
     "dari dua jaringan,\" ungkap Agus.\nSaat menghadiri acara itu, Staf Ahli Gubernur Bidang Pemerintahan, Hukum, "
     "dan Politik, Robert T. Sinaga menyampaikan apresiasi.\n\"Gubernur berharap kasus ini tidak terulang,\" "
     "ungkapnya.",
     [("Barang ini", "Agus Setiawan"), ("Gubernur berharap", "Robert T. Sinaga")]),
    ("s19-control-known-speaker-place-then-verb-no-comma",
     "PALANGKA RAYA - Agus Setiawan, pejabat BNNP Provinsi Kalimantan Tengah menyampaikan apresiasi.\n\"Kasus ini "
     "besar,\" ungkapnya.",
     [("Kasus ini", "Agus Setiawan")]),
    # Session 20, round 1 (study set fresh19 even texts, groups G1, G2, G4, G7, G8, G9; written before it was run):
    # the subject named in the cue sentence after a fronted phrase; an office word plus an agency's short form as a
    # sentence subject; a long office with its short form in parentheses and the ministry after a comma; an office
    # short form in the cue that is not the superior's; a misspelt passive verb opening a sentence; an ordinal
    # between the cue noun and the office; "kata <A> melalui <B> di <Place>"; a name with a degree and its initials
    # in parentheses; dotted initials in a name; a name written with its apostrophe moved; a bare name after the
    # quote; a saying after "kata orang tua:"; cue verbs outside the list; quote marks garbled by a wrong code page.
    # First run 7/28 right (6 wrong, 10 null, 5 missed; one case added after it, wrong on its first run); now 29/29
    # (the dotted initials read by the quote side in a -nya quote's lead-in sentence only: the name patterns,
    # names.py, still read no "R.M. <Name>").
    ("s20-fronted-phrase-then-full-name-subject-then-nya",
     "MUSI RAWAS - Anggota DPRD Sumsel menggelar reses bersama. Hadir legislator dari Hanura (Hendra Wijaya), "
     "PPP (Rina Kartikasari) dan PKS (Darmawan Saleh).\nDalam sambutannya, Rina Kartikasari sempat mengajak warga, "
     "\"Tulis saja semua usulan di formulir, nanti kami bawa ke rapat,\" ujarnya.\nKetua Komisi III DPRD Sumsel, "
     "Hendra Wijaya, juga hadir.\n\"Kami hanya perpanjangan tangan warga,\" ucapnya.",
     [("Tulis saja", "Rina Kartikasari"), ("Kami hanya", "Hendra Wijaya")]),
    ("s20-fronted-phrase-then-full-name-subject-no-list",
     "BATANG - Panitia membuka lomba perahu hias di Pantai Sigandu.\nPada kesempatan itu, Yusuf Maulana Akbar juga "
     "mengingatkan peserta, \"Jaga keselamatan, pakai pelampung selama lomba,\" katanya.\nCamat Batang, Sri "
     "Wahyuni, menyerahkan piala.",
     [("Jaga keselamatan", "Yusuf Maulana Akbar")]),
    ("s20-control-fronted-phrase-then-short-name-subject",
     "BATANG - Camat Batang, Yusuf Maulana, membuka lomba perahu hias.\nDalam sambutannya, Yusuf juga mengajak "
     "warga, \"Jaga kebersihan pantai bersama,\" ujarnya.",
     [("Jaga kebersihan", "Yusuf Maulana")]),
    ("s20-control-fronted-phrase-then-unit-subject",
     "BATANG - Camat Batang, Yusuf Maulana, membuka lomba perahu hias.\nDi sela acara, Dinas Perhubungan sempat "
     "memeriksa perahu, \"Semua perahu laik berlayar,\" ujarnya.",
     [("Semua perahu", "Yusuf Maulana")]),
    ("s20-office-plus-agency-short-form-subject-then-nya",
     "CILACAP - Kepala Kantor Imigrasi Kelas II Cilacap, Bambang Priyono, memberi pembinaan kepada pegawai.\n"
     "\"Layani pemohon paspor dengan ramah,\" ujar Bambang.\nKepala Kanim juga meminta pegawai menjaga "
     "integritas.\nBeliau juga mengingatkan pentingnya disiplin.\n\"Jadikan kantor ini teladan pelayanan,\" "
     "pesannya.",
     [("Layani pemohon", "Bambang Priyono"), ("Jadikan kantor", "Bambang Priyono")]),
    ("s20-office-plus-agency-short-form-subject-land-office",
     "BLORA - Kepala Kantor Pertanahan Kabupaten Blora, Suharto Wibisono, menyerahkan sertifikat tanah.\nKepala "
     "Kantah juga meminta warga menyimpan sertifikat dengan baik.\n\"Jangan digadaikan sembarangan,\" pesannya.",
     [("Jangan digadaikan", "Suharto Wibisono")]),
    ("s20-office-short-form-in-parens-then-ministry-then-name",
     "JAKARTA - Panen raya cabai berlangsung di tiga provinsi.\n\"Harga di tingkat petani masih bagus,\" kata "
     "Direktur Jenderal Hortikultura (Dirjen Horti), Kementan Prihasto Wicaksono saat dihubungi, Senin.",
     [("Harga di tingkat", "Prihasto Wicaksono")]),
    ("s20-head-office-short-form-in-parens-then-agency-then-name",
     "JAKARTA - Gempa mengguncang tiga kabupaten.\n\"Data korban masih kami himpun,\" ujar Kepala Pusat Data dan "
     "Informasi (Kapusdatin), BNPB Rahmat Hidayatullah, Selasa.",
     [("Data korban", "Rahmat Hidayatullah")]),
    ("s20-short-office-cue-not-the-superiors",
     "SAROLANGUN - Sebuah mobil terbalik di jalan lintas.\nKapolres Sarolangun, AKBP Dedi Gunawan melalui Kasat "
     "Lantas AKP Heri Purnomo membenarkan kejadian itu.\n\"Sopir mengantuk saat melintas di tikungan,\" papar "
     "Kasat.",
     [("Sopir mengantuk", "Heri Purnomo")]),
    ("s20-short-office-cue-misspelt-delegate-office",
     "SAROLANGUN - Sebuah mobil terbalik di jalan lintas.\nKapolres Sarolangun, AKBP Dedi Gunawan melalui Lasat "
     "Lantas AKP Heri Purnomo membenarkan kejadian itu.\n\"Sopir mengantuk saat melintas di tikungan,\" papar "
     "Kasat.",
     [("Sopir mengantuk", None)]),
    # (added after the first run: the superior's area must hold the short form's letters, as "Muratara" did)
    ("s20-short-office-cue-superior-area-holds-its-letters",
     "BATANGHARI - Sebuah mobil terbalik di jalan lintas.\nKapolres Batanghari, AKBP Dedi Gunawan melalui Lasat "
     "Lantas AKP Heri Purnomo membenarkan kejadian itu.\n\"Sopir mengantuk saat melintas di tikungan,\" papar "
     "Kasat.",
     [("Sopir mengantuk", None)]),
    ("s20-control-short-office-cue-of-the-superior",
     "SAROLANGUN - Sebuah mobil terbalik di jalan lintas.\nKapolres Sarolangun, AKBP Dedi Gunawan membenarkan "
     "kejadian itu.\n\"Sopir mengantuk saat melintas di tikungan,\" papar Kapolres.",
     [("Sopir mengantuk", "Dedi Gunawan")]),
    ("s20-misspelt-passive-verb-opening-sentence-then-nya",
     "WONOGIRI - Bupati Wonogiri, Joko Sutrisno, meresmikan pasar baru.\n\"Pasar ini milik warga,\" kata Joko.\n"
     "Bupati berpesan agar pedagang menjaga kebersihan. Diharapakn, seluruh pedagang di Pasar Kota Wonogiri menjaga "
     "ketertiban, menjaga kenyamanan pembeli.\n\"Pasar bersih, pembeli datang,\" tegasnya.",
     [("Pasar ini", "Joko Sutrisno"), ("Pasar bersih", "Joko Sutrisno")]),
    ("s20-control-passive-verb-opening-sentence-then-nya",
     "WONOGIRI - Bupati Wonogiri, Joko Sutrisno, meresmikan pasar baru.\nDiharapkan, seluruh pedagang di Pasar "
     "Kota Wonogiri menjaga ketertiban, menjaga kenyamanan pembeli.\n\"Pasar bersih, pembeli datang,\" tegasnya.",
     [("Pasar bersih", "Joko Sutrisno")]),
    ("s20-ordinal-between-cue-noun-and-lowercase-office",
     "PROBOLINGGO - Doa bersama lintas agama digelar di alun-alun. Acara dihadiri Bupati Probolinggo, dr. Rina "
     "Ayuningtyas, MMR.\nDalam sambutannya, bupati memberikan sejumlah pesan.\n\"Rumah ibadah harus terbuka untuk "
     "semua,\" pesan pertama bupati.\nWarga diminta saling menjaga.\n\"Saling menghormati satu sama lain,\" "
     "imbuhnya.",
     [("Rumah ibadah", "Rina Ayuningtyas"), ("Saling menghormati", "Rina Ayuningtyas")]),
    ("s20-ordinal-between-cue-noun-and-capital-office",
     "MADIUN - Wali Kota Madiun, Hendro Prasetyo, melantik pengurus karang taruna.\n\"Jadilah pelopor di kampung,\" "
     "pesan kedua Wali Kota.",
     [("Jadilah pelopor", "Hendro Prasetyo")]),
    ("s20-through-delegate-then-place",
     "BANJARNEGARA - Longsor menimbun jalan desa.\n\"Jalan sudah bisa dilalui kendaraan roda dua,\" kata Kepala "
     "Pelaksana BPBD Banjarnegara Tri Hartono melalui Kepala Seksi Rehabilitasi Anton Prabowo di Banjarnegara, "
     "Minggu.",
     [("Jalan sudah", "Anton Prabowo")]),
    ("s20-through-delegate-with-long-office-then-place",
     "KEBUMEN - Banjir merendam dua kecamatan.\n\"Ada 120 warga mengungsi di balai desa,\" ujar Kepala Dinas Sosial "
     "Kebumen Yuli Astuti melalui Kepala Bidang Perlindungan dan Jaminan Sosial Dimas Saputra di Kebumen, Senin.",
     [("Ada 120", "Dimas Saputra")]),
    ("s20-name-degree-and-initials-in-parens-then-initials-then-nya",
     "KENDARI - Reses adalah masa kerja anggota dewan di daerah pemilihan.\nDalam masa reses anggota DPRD Provinsi "
     "Sultra tahun ini, Rudi Hartono Siregar, S.E. (RHS) mengunjungi warga di dua kelurahan.\nDalam pertemuan itu, "
     "RHS menjelaskan fungsi reses.\n\"Silakan sampaikan semua usulan,\" katanya.",
     [("Silakan sampaikan", "Rudi Hartono Siregar")]),
    ("s20-control-organisation-initials-in-parens",
     "KENDARI - Badan Pusat Statistik (BPS) merilis angka inflasi.\nDalam rilis itu, BPS menjelaskan kenaikan "
     "harga beras.\n\"Harga beras naik dua persen,\" katanya.",
     [("Harga beras", None)]),
    ("s20-dotted-initials-name-after-office-then-nya",
     "SANGATTA - Festival budaya dibuka di Desa Muara Baru.\nPlt Sekretaris Dinas Pariwisata Kutai Timur, R.M. "
     "Siahaan yang turut hadir dalam acara itu, menyebut festival ini penting.\n\"Festival ini menghidupkan "
     "tradisi,\" ujarnya.",
     [("Festival ini", "R.M. Siahaan")]),
    ("s20-apostrophe-moved-in-later-mention",
     "KUDUS - Kepala Kantor Wilayah (Kakanwil) Kemenag Provinsi Jawa Tengah Ma'ruf Hidayat membina kepala madrasah.\n"
     "\"Guru adalah teladan,\" tutur Kakanwil.\nKakanwil Mar'uf Hidayat berpesan agar madrasah menjaga mutu.\n"
     "\"Mutu madrasah harus naik,\" tuturnya.",
     [("Guru adalah", "Ma'ruf Hidayat"), ("Mutu madrasah", "Ma'ruf Hidayat")]),
    ("s20-bare-full-name-after-quote",
     "SENTANI - Ratusan warga berdemo di kantor DPRD.\nMenurut salah satu pendemo, Yohanes Wenda dalam orasinya ia "
     "mengatakan, warga menolak program itu.\n\"Jangan paksa kami ikut program ini,\" Yohanes Wenda.\nWarga lain, "
     "Markus Ondi, juga berorasi.",
     [("Jangan paksa", "Yohanes Wenda")]),
    ("s20-saying-after-kata-orang-tua-colon",
     "PALEMBANG - Anggota dewan menutup reses dengan janji.\nKetua DPRD, Anton Saputra, berjanji mengawal usulan.\n"
     "Karena, kata orang tua dulu: \"Janji adalah utang yang harus dibayar.\"",
     [("Janji adalah", None)]),
    ("s20-cue-verb-gumam",
     "MAGELANG - Sutarni, pedagang sayur, menghitung sisa dagangannya.\n\"Hari ini sepi sekali,\" gumamnya pelan.",
     [("Hari ini sepi", "Sutarni")]),
    ("s20-cue-verb-celetuk",
     "MAGELANG - Kepala Desa Banyuurip, Karyono Wibowo, ikut memanen padi.\n\"Kalau begini tiap tahun, warga "
     "senang,\" celetuknya.",
     [("Kalau begini", "Karyono Wibowo")]),
    ("s20-thai-code-page-mojibake-quote-marks",
     "PALANGKA RAYA โ€“ Gubernur Kalteng, Darmawan Saleh, membuka rapat inflasi.\n\u0e42\u20ac\u0153Harga "
     "beras harus stabil,\u0e42\u20ac ujarnya.",
     [("Harga beras", "Darmawan Saleh")]),
    # Session 20, round 2 (written before it was run): controls for round 1's rules (two people or a place after a
    # fronted phrase, a unit's short form that two holders' units read, a delegate at a building, a saying's noun
    # with a name before the colon, a mutter nobody named), a name dropped its apostrophe, and the brief's other G4/G9
    # forms written fresh: a reply with its translation in parentheses before a stray closing mark, an office with
    # the holder's initials never glossed, a nickname given in apposition after the full name.
    # First run 5/14 right (5 wrong: 2 new with round 1's fronted-phrase rule, 3 old; 2 null, 2 missed); now 12/14,
    # 0 wrong: left null, a one-word name before a colon after a relative's noun (no speaker name read; read since
    # session 21, cuevariants.said_by_noun_then_name), and round 1's dotted initials.
    ("s20r2-fronted-phrase-two-people-then-nya",
     "SLEMAN - Warga menggelar kerja bakti. Lurah Caturtunggal, Agus Santoso, membuka acara.\nDalam kegiatan itu, "
     "Dimas Prayoga dan Rina Wulandari sempat mengajak warga, \"Ayo jaga selokan bersama,\" ujarnya.",
     [("Ayo jaga", None)]),
    ("s20r2-fronted-phrase-place-subject-then-nya",
     "BOGOR - Camat Bojonggede, Heri Gunawan, meninjau banjir.\nPada musim hujan, Bojong Baru sempat terendam, "
     "\"Air setinggi lutut orang dewasa,\" ujarnya.",
     [("Air setinggi", "Heri Gunawan")]),
    ("s20r2-fronted-phrase-place-subject-sentence-before",
     "BOGOR - Camat Bojonggede, Heri Gunawan, meninjau banjir.\nPada musim hujan, Bojong Baru sempat menjadi langganan "
     "banjir.\n\"Air setinggi lutut orang dewasa,\" ujarnya.",
     [("Air setinggi", "Heri Gunawan")]),
    ("s20r2-control-fronted-phrase-office-and-name",
     "SLEMAN - Warga menggelar kerja bakti.\nDalam sambutannya, Bupati Sleman Kustini Purnomo sempat mengajak warga, "
     "\"Ayo jaga selokan bersama,\" ujarnya.",
     [("Ayo jaga", "Kustini Purnomo")]),
    ("s20r2-unit-short-form-two-holders",
     "SEMARANG - Kepala Kantor Imigrasi Semarang, Rudi Hartawan, dan Kepala Kantor Imigrasi Pati, Bayu Aji, menandatangani "
     "kerja sama.\nKepala Kanim juga meminta pegawai menjaga integritas.\n\"Jadikan kantor ini teladan,\" pesannya.",
     [("Jadikan kantor", None)]),
    ("s20r2-through-delegate-at-a-building",
     "\"Pelaku sudah kami tahan,\" kata Kapolres Boyolali AKBP Wahyu Nugroho melalui Kasi Humas Iptu Dodi Saputra di "
     "Mapolres, Senin.",
     [("Pelaku sudah", "Dodi Saputra")]),
    ("s20r2-control-through-unit-at-place-comma-name",
     "\"Bibit sudah kami bagikan,\" kata Kepala Dinas Pertanian Boyolali melalui Kepala Balai Benih di Ampel, Suryo "
     "Wibowo.",
     [("Bibit sudah", "Suryo Wibowo")]),
    ("s20r2-saying-noun-then-name-before-colon",
     "KLATEN - Bocah itu masih dirawat.\nKata orang tua korban, Sumarni: \"Anak saya masih trauma.\"",
     [("Anak saya", "Sumarni")]),
    ("s20r2-mutter-of-nobody-named",
     "MAGELANG - Seorang pedagang menghitung sisa dagangannya di Pasar Rejowinangun.\n\"Hari ini sepi sekali,\" "
     "gumamnya.",
     [("Hari ini sepi", None)]),
    ("s20r2-apostrophe-dropped-in-later-mention",
     "KUDUS - Ketua Baznas Kudus, Syu'aib Hamdani, menyalurkan zakat.\nSyuaib Hamdani berpesan agar penerima memakai "
     "zakat untuk usaha.\n\"Zakat ini modal usaha,\" tuturnya.",
     [("Zakat ini", "Syu'aib Hamdani")]),
    ("s20r2-reply-with-translation-then-stray-closing-mark",
     "KLATEN - Kepala Desa Karangrejo, Suwito Hadi, menyapa warga yang sedang menjemur padi.\n\u201cPripun panenipun, "
     "Mbah?\u201d (Bagaimana panennya, Mbah?), tanyanya.\n\u201cSae, Pak Lurah\u201d (Baik, Pak Lurah),\u201d jawab "
     "Mbah Karto Wiryono.",
     [("Pripun panenipun", "Suwito Hadi"), ("Sae, Pak Lurah", "Karto Wiryono")]),
    ("s20r2-office-with-unglossed-initials-of-the-holder",
     "SUKAMAJU - Bupati Sukamaju, Ahmad Fauzi Umar, meninjau jembatan yang putus.\n\"Jembatan darurat selesai "
     "pekan depan,\" jelas Bupati AFU.",
     [("Jembatan darurat", "Ahmad Fauzi Umar")]),
    ("s20r2-nickname-in-apposition-after-full-name",
     "TARUTUNG - Anggota DPRD Tapanuli Utara, Bonar Siregar, menggelar reses di Desa Hutabarat.\nTigor, panggilan akrab "
     "sang wakil rakyat ini, mengajak warga menyampaikan usulan.\n\"Semua usulan saya catat,\" kata Tigor.",
     [("Semua usulan", "Bonar Siregar")]),
    # Session 20, round 3 (written before it was run): the brief's other G1/G2 forms in text of my own: a one-word
    # name opening a sentence with a speech verb on a later page, never introduced; an office with a dotted
    # abbreviation before the name and a companion after "didampingi oleh"; a unit's long short form after the head
    # ("Kepala Disdukcapil"); "kata A melalui B" with B's office short.
    # First run 4/7 right, 3 wrong; now 5/7, 1 null, 1 wrong left (known): "Disdukcapil" reads its unit's words with
    # letters skipped (Di|na|s ...), which no short-form reading here covers (the office side's vocabulary would).
    ("s20r3-one-word-name-with-speech-verb-on-later-page",
     "KEDIRI - Bupati Kediri, Hanindyo Pramono, membuka pelatihan kader posyandu.\n\"Kader adalah ujung tombak,\" "
     "ujar Hanindyo.\nHalaman 2\nWulan menambahkan, pelatihan digelar tiga hari.\n\"Materinya gizi balita dan "
     "imunisasi,\" ujarnya.",
     [("Kader adalah", "Hanindyo Pramono"), ("Materinya gizi", None)]),
    ("s20r3-office-dotted-abbreviation-then-companion",
     "MAKASSAR - Kakanwil Kemenag Prov. Sulsel Ahmad Syarifuddin didampingi oleh Kabid Penmad, Nur Aisyah, meninjau "
     "madrasah.\nKakanwil menyampaikan pentingnya mutu guru. \"Guru harus terus belajar,\" jelasnya.",
     [("Guru harus", "Ahmad Syarifuddin")]),
    ("s20r3-unit-long-short-form-after-head",
     "BREBES - Kepala Dinas Kependudukan dan Pencatatan Sipil Brebes, Imam Santosa, meninjau pelayanan KTP.\nKepala "
     "Disdukcapil juga meminta warga datang pagi.\n\"Antrean kami batasi seratus orang,\" katanya.",
     [("Antrean kami", "Imam Santosa")]),
    ("s20r3-through-delegate-short-office-then-kasat-cue",
     "KLATEN - Kapolres Klaten, AKBP Eko Prasetyo melalui Kasat Reskrim AKP Joko Purnomo membenarkan penangkapan "
     "itu.\n\"Pelaku kami tangkap di rumahnya,\" kata Kasat.",
     [("Pelaku kami", "Joko Purnomo")]),
    ("s20r3-kata-a-melalui-b-office-short-then-place-day",
     "\"Stok darah aman sampai akhir bulan,\" kata Ketua PMI Klaten Sri Mulyani melalui Kabag Pelayanan Darah Rizal "
     "Fahmi di Klaten, Selasa.",
     [("Stok darah", "Rizal Fahmi")]),
    ("s20r3-control-kata-a-then-melalui-a-letter",
     "\"Stok darah aman sampai akhir bulan,\" kata Ketua PMI Klaten Sri Mulyani melalui surat edaran, Selasa.",
     [("Stok darah", "Sri Mulyani")]),
    # Session 20, round 4 (controls for rounds 1-3, written after trying those rules on sign-offs and bodies' names;
    # first run on the code before the fix below: 3 wrong): a sign-off after a quote's comma, a body named in words of
    # the language after a fronted phrase or opening a sentence; a full name after the quote with more words after it.
    ("s20r4-sign-off-after-quote-comma",
     "SLEMAN - Camat Depok, Heru Saputra, menutup acara.\n\"Sampai jumpa tahun depan,\" Salam Sehat.\nAcara ditutup "
     "dengan doa.",
     [("Sampai jumpa", None)]),
    ("s20r4-body-in-common-words-after-fronted-phrase",
     "SLEMAN - Camat Depok, Heru Saputra, membuka acara.\nDalam kesempatan itu, Karang Taruna juga mengajak warga, "
     "\"Ayo jaga kebersihan,\" ujarnya.",
     [("Ayo jaga", "Heru Saputra")]),
    ("s20r4-body-in-common-words-opening-sentence",
     "SLEMAN - Camat Depok, Heru Saputra, membuka acara.\nPalang Merah juga mengajak warga, \"Ayo donor darah,\" "
     "ujarnya.",
     [("Ayo donor", "Heru Saputra")]),
    ("s20r4-control-full-name-after-quote-comma",
     "SENTANI - Warga berdemo.\n\"Kami menolak program itu,\" Markus Ondikeleuw.\nAksi berlangsung damai.",
     [("Kami menolak", "Markus Ondikeleuw")]),
    # Session 20, round 5 (controls for round 1's ordinal, written before it was run: 2 wrong with round 1's rule, 1
    # wrong already at the session's start): "kedua"/"ketiga" after "ujar"/"kata" is "both"/"all three", never an ordinal.
    ("s20r5-both-suspects-speak",
     "BOYOLALI - Dua tersangka, Budi Santoso dan Agus Salim, ditangkap di rumahnya.\n\"Kami khilaf,\" ujar kedua "
     "tersangka.",
     [("Kami khilaf", None)]),
    ("s20r5-all-three-perpetrators-speak",
     "BOYOLALI - Tiga pelaku, Budi Santoso, Agus Salim dan Rudi Hermawan, ditangkap.\n\"Kami menyesal,\" kata ketiga "
     "pelaku.",
     [("Kami menyesal", None)]),
    ("s20r5-both-parents-of-the-victim-speak",
     "BOYOLALI - Korban, Budi Santoso, masih dirawat di rumah sakit.\n\"Kami kaget sekali,\" kata kedua orang tua "
     "korban.",
     [("Kami kaget", None)]),
    # Session 20, round 6 (G8, cue verbs outside the list, written before it was run): a protest, praise, an
    # accusation, a rebuttal, a dare, a threat after the quote with -nya; controls (a noun with -nya inside a
    # sentence after a quoted term). First run 1/6 right (5 missed); now 5/6: left null, "Pedagang Pasar X, Name,"
    # with a one-word name (the people side reads no such job-and-unit introduction), not the cue verb.
    ("s20r6-cue-verb-protes",
     "SEMARANG - Pedagang Pasar Johar, Sutarmi, menolak relokasi.\n\"Kami tidak pernah diajak bicara,\" protesnya.",
     [("Kami tidak pernah", "Sutarmi")]),
    ("s20r6-cue-verb-puji",
     "SEMARANG - Wali Kota Semarang, Hendrar Wibowo, meninjau kampung tematik.\n\"Kampung ini paling bersih,\" "
     "pujinya.",
     [("Kampung ini", "Hendrar Wibowo")]),
    ("s20r6-cue-verb-tuding",
     "SEMARANG - Ketua Paguyuban Pedagang, Darmanto Wiryo, mendatangi DPRD.\n\"Dinas sengaja menunda,\" tudingnya.",
     [("Dinas sengaja", "Darmanto Wiryo")]),
    ("s20r6-cue-verb-tampik",
     "SEMARANG - Kepala Dinas Perdagangan, Fajar Nugroho, membantah tudingan itu.\n\"Tidak ada yang ditunda,\" "
     "tampiknya.",
     [("Tidak ada yang", "Fajar Nugroho")]),
    ("s20r6-cue-verb-tantang",
     "SEMARANG - Ketua Paguyuban Pedagang, Darmanto Wiryo, tetap menolak.\n\"Silakan buktikan di lapangan,\" "
     "tantangnya.",
     [("Silakan buktikan", "Darmanto Wiryo")]),
    ("s20r6-control-quoted-term-then-noun-with-nya",
     "SEMARANG - Wali Kota Semarang, Hendrar Wibowo, meninjau kampung tematik.\nWarga menyebut kampung itu \"Kampung "
     "Pelangi\" pujian yang membuat bangga.",
     []),
    # Session 21, round 1 (written before it was run): cue verbs outside the list (lapor, sesal, jamin), a closing mark
    # written as an opening glyph glued to the cue, a doubled cue verb, a source phrase after the cue's name, a one-word
    # name before a colon, a dateline glued by "---", an office abbreviation after "melalui", unnamed speakers with long
    # descriptions, nicknames of two-word offices, long relative clauses after a lowercase office, a pronoun after a
    # melalui sentence, an office-only cue in the short form of an office introduced in full, an office and name after
    # a quote with no verb, "demikian disampaikan", a name with "yang juga" and an office.
    ("s21r1-cue-verb-lapor-name-to-inspector",
     "SLEMAN - Komandan Kompi, Kapten Inf Bambang Susilo, memimpin apel kesiapan.\n\"Pasukan siap diperiksa,\" lapor "
     "Bambang kepada Inspektur Upacara.",
     [("Pasukan siap", "Bambang Susilo")]),
    ("s21r1-cue-verb-lapornya",
     "SLEMAN - Komandan Kompi, Kapten Inf Bambang Susilo, memimpin apel kesiapan.\n\"Semua personel hadir lengkap,\" "
     "lapornya.",
     [("Semua personel", "Bambang Susilo")]),
    ("s21r1-cue-verb-sesalnya",
     "GARUT - Kepala Desa Sukasari, Dedi Kurniawan, meninjau rumah yang roboh.\n\"Kami sudah mengingatkan warga "
     "berkali-kali,\" sesalnya.",
     [("Kami sudah meng", "Dedi Kurniawan")]),
    ("s21r1-cue-verb-jaminnya",
     "PADANG - Kepala Perum Bulog Sumbar, Rizal Effendi, mengecek gudang beras.\n\"Stok beras aman sampai Lebaran,\" "
     "jaminnya.",
     [("Stok beras", "Rizal Effendi")]),
    ("s21r1-closing-mark-as-opening-glyph-glued-to-cue",
     "SAMBAS - Kepala Desa Sungai Baru, Hasanuddin, meresmikan jembatan desa.\n\u201cJembatan ini mempermudah anak "
     "sekolah dan pasien yang mau berobat \u201ctambahnya.",
     [("Jembatan ini", "Hasanuddin")]),
    ("s21r1-doubled-cue-verb",
     "BREBES - Ketua Kelompok Tani Makmur, Sutrisno Hadi, memanen bawang merah.\n\"Harga bawang tahun ini bagus,\" "
     "kata kata Sutrisno.",
     [("Harga bawang", "Sutrisno Hadi")]),
    ("s21r1-cue-name-then-source-phrase",
     "JAKARTA - Direktur Utama Perum Damri, Rina Marlina, meninjau terminal.\n\"Armada mudik kami tambah 200 bus,\" "
     "kata Rina Marlina, mengutip Antara, Minggu.",
     [("Armada mudik", "Rina Marlina")]),
    ("s21r1-one-word-name-before-colon-after-introduction",
     "KLATEN - Salah seorang warga, Sumirah, mengeluhkan bantuan yang belum cair.\nSumirah: \"Kami sudah menunggu "
     "tiga bulan.\"",
     [("Kami sudah menunggu", "Sumirah")]),
    ("s21r1-dateline-glued-by-dashes-to-office",
     "Kendari (Inmas)---Kepala Kantor Kementerian Agama Kota Kendari, Muhammad Yasin, membuka manasik haji.\n\"Jaga "
     "kesehatan selama di Tanah Suci,\" katanya.",
     [("Jaga kesehatan", "Muhammad Yasin")]),
    ("s21r1-office-abbreviation-after-melalui-no-name",
     "KUDUS - Komandan Kodim 0722/Kudus melalui Pasiops, selaku koordinator lapangan menyebut, jembatan desa rusak "
     "berat.\n\u201cJembatan ini kita jadikan sasaran TMMD,\u201d ucap Pasiops saat meninjau lokasi.",
     [("Jembatan ini", None)]),
    ("s21r1-one-of-many-long-description-sambil",
     "BOGOR - Wali Kota Bogor, Dedi Rahmat, membagikan paket sembako.\n\"Terima kasih, Pak,\" kata Dedi kepada warga."
     "\n\"Saya senang sekali dapat beras,\" ujar seorang ibu berkerudung merah muda bersandal jepit sambil menggendong "
     "anaknya.",
     [("Terima kasih", "Dedi Rahmat"), ("Saya senang", None)]),
    ("s21r1-one-of-many-long-description-usai",
     "BOGOR - Wali Kota Bogor, Dedi Rahmat, membuka bazar.\n\"Silakan belanja,\" kata Dedi.\n\"Harganya murah sekali,\" "
     "kata salah satu pengunjung asal Cianjur bertas belanja besar usai membayar.",
     [("Silakan belanja", "Dedi Rahmat"), ("Harganya murah", None)]),
    ("s21r1-nickname-of-two-word-office-wakil-bupati",
     "CIAMIS - Wakil Bupati , Yana Supriatna, dan istrinya, Ketua GOW , Neni Supriatna, menghadiri pengajian.\n\"Mari "
     "kita jaga persatuan,\" kata Kang Yana, sapaan akrab Wakil Bupati .\nMenurutnya, persatuan modal pembangunan.\n"
     "\"Tanpa persatuan kita tidak bisa maju,\" ujarnya.",
     [("Mari kita", "Yana Supriatna"), ("Tanpa persatuan", "Yana Supriatna")]),
    ("s21r1-nickname-of-two-word-office-kepala-desa",
     "LEBAK - Kepala Desa Cibeber, Asep Saepudin, meninjau saluran irigasi.\n\"Irigasi ini kami perbaiki dengan dana "
     "desa,\" ujar Kang Asep, sapaan karib Kepala Desa .",
     [("Irigasi ini", "Asep Saepudin")]),
    ("s21r1-lowercase-office-long-relative-clause-itu",
     "SUMEDANG - Camat Jatinangor, Wawan Setiawan, memimpin kerja bakti.\n\"Sampah jangan dibuang ke sungai,\" kata "
     "Wawan.\n\"Kalau banjir, kita semua yang rugi,\" kata camat yang baru tiga bulan bertugas di kecamatan itu.",
     [("Sampah jangan", "Wawan Setiawan"), ("Kalau banjir", "Wawan Setiawan")]),
    ("s21r1-control-lowercase-office-relative-clause-two-officials",
     "SUMEDANG - Camat Jatinangor, Wawan Setiawan, dan Camat Tanjungsari, Iwan Ridwan, memimpin kerja bakti.\n"
     "\"Kalau banjir, kita semua yang rugi,\" kata camat yang baru tiga bulan bertugas di kecamatan itu.",
     [("Kalau banjir", None)]),
    ("s21r1-pronoun-after-melalui-sentence",
     "MALANG - Kapolres Malang AKBP Hendra Wijaya melalui Kasi Humas Iptu Budi Santoso mengatakan, dua pelaku "
     "ditangkap.\nIa menyebutkan, barang bukti sudah diamankan. \"Pelaku kami jerat pasal pencurian,\" ujarnya.",
     [("Pelaku kami", "Budi Santoso")]),
    ("s21r1-office-only-cue-short-form-of-office-in-full",
     "PONTIANAK - Ketua Badan Pengawas Pemilu (Bawaslu) Kalbar Rudi Hartono dan Ketua KPU Kalbar Sri Wahyuni "
     "memantau rekapitulasi.\n\"Kami temukan dua pelanggaran,\" kata Ketua Bawaslu Kalbar.",
     [("Kami temukan", "Rudi Hartono")]),
    ("s21r1-office-and-name-after-quote-no-verb",
     "MAMUJU - Harga beras di pasar tradisional naik.\n\"Kami akan terus memantau harga di pasar,\" Kepala Dinas "
     "Perdagangan Kabupaten Mamuju Rahmat Hidayat, di Mamuju, Jumat.",
     [("Kami akan terus", "Rahmat Hidayat")]),
    ("s21r1-demikian-disampaikan-office-name",
     "DEPOK - Polisi menggelar razia knalpot brong.\n\"Kami tidak segan menilang,\" demikian disampaikan Kapolsek "
     "Sukmajaya Kompol Andi Firmansyah.",
     [("Kami tidak segan", "Andi Firmansyah")]),
    ("s21r1-name-yang-juga-office-after-cue",
     "CIREBON - Pemuda desa menggelar lomba layang-layang.\n\"Tradisi ini harus dijaga,\" kata Fajar Ramadhan yang "
     "juga Ketua Karang Taruna Desa Gebang.",
     [("Tradisi ini", "Fajar Ramadhan")]),
    ("s21r1-cue-then-office-of-spouse-nickname-control",
     "KEDIRI - Ketua TP PKK Kota , Lestari Wijaya, meninjau posyandu.\n\"Gizi anak harus dipantau,\" kata Bu Tari, "
     "sapaan akrab Ketua TP PKK .",
     [("Gizi anak", "Lestari Wijaya")]),
    ("s21r1-unnamed-young-man-described-after-verb",
     "SOLO - Kapolresta Solo, Kombes Rudi Hartawan, memantau arus mudik.\n\"Jalur aman,\" kata Rudi.\n\"Macetnya parah "
     "dari Boyolali,\" keluh seorang pemudik bermotor berjaket hijau ketika beristirahat di pos.",
     [("Jalur aman", "Rudi Hartawan"), ("Macetnya parah", None)]),
    ("s21r1-tulis-in-upload",
     "JAKARTA - Penyanyi Rina Kartika mengumumkan kelahiran anak keduanya.\n\"Terima kasih atas doanya,\" tulis Rina "
     "dalam unggahan Instagram pribadinya, Senin.",
     [("Terima kasih", "Rina Kartika")]),
    ("s21r1-seperti-dilansir-after-office",
     "JAKARTA - Menteri Perdagangan, Budi Santoso, memantau harga minyak goreng.\n\"Harga akan turun pekan depan,\" "
     "kata Mendag, seperti dilansir Antara, Selasa.",
     [("Harga akan", "Budi Santoso")]),    # Session 22, round 1 (q22): the forms fixed from fresh21's even texts, written anew (degrees before
    # "melalui"/"lewat", a whole office repeated as the cue, an office cue for a person read without a role, a new
    # person opening a sentence after a connective, a spaced closing mark with no opening one), then forms of
    # attribution the probe did not have: forms named in the session's brief (an office and rank before both
    # names of a "melalui" cue, a nickname given only with "sapaan akrabnya", a lowercase title with a
    # description, a list of guests with their pesantren in brackets, a lowercase office with its acronym after
    # the verb, a player introduced by a lowercase position), passive and "sebagaimana" leads, descriptions by
    # family ("ayah dua anak itu") and by nickname, a second officer after "didampingi", a name with its age.
    ("s22r1-degrees-before-lewat",
     "BLORA - Jalan kabupaten diperbaiki.\n\"Perbaikan selesai bulan depan,\" ujar Kepala Dinas PUPR Kabupaten Blora, "
     "Ir. Sugeng Riyadi, M.T., lewat Kabid Bina Marga, Anton Prasetyo.",
     [("Perbaikan selesai", "Anton Prasetyo")]),
    ("s22r1-degrees-before-melalui-a-letter-names-nobody",
     "SIKKA - Polisi melarang pesta kembang api.\n\"Kami minta warga menahan diri,\" kata Kapolres Sikka AKBP Yohanes "
     "Dapa, S.I.K., M.H., melalui surat edaran yang dibagikan kepada warga.",
     [("Kami minta warga", "Yohanes Dapa")]),
    ("s22r1-whole-office-repeated-as-cue",
     "GRESIK - Kasus demam berdarah naik.\nKepala Bidang Pencegahan Penyakit, Dinas Kesehatan Gresik, Nur Aini "
     "Rahmawati, menyebut ada dua puluh kasus. \"Kami minta warga menguras bak mandi,\" jelas Kepala Bidang Pencegahan "
     "Penyakit.",
     [("Kami minta warga", "Nur Aini Rahmawati")]),
    ("s22r1-office-cue-for-a-name-read-without-its-office",
     "ENDE - TNI menggelar karya bakti.\nDandim Ende Letkol Inf GR. Paulus Dhae, S.IP., M.Han., mengatakan, warga "
     "antusias membantu.\n\"Gotong royong itu kekuatan kita,\" tegas Dandim.",
     [("Gotong royong", "Paulus Dhae")]),
    ("s22r1-sedangkan-new-name-read-speaks",
     "KEDIRI - Warga menolak tambang pasir.\nKepala Desa Sumberejo, Agus Widodo, mengatakan izin belum keluar. "
     "\"Kami belum memberi rekomendasi,\" katanya.\nSedangkan Rudi Hartono, perwakilan warga, mengatakan warga akan "
     "berunjuk rasa.\n\"Kami tidak mau sawah rusak,\" ujarnya.",
     [("Kami belum", "Agus Widodo"), ("Kami tidak mau", "Rudi Hartono")]),
    ("s22r1-spaced-double-closer-no-opener",
     "SURABAYA - PLN menyiagakan posko mudik.\nGeneral Manager PLN Jatim, Agung Nugroho, meninjau posko.\n"
     "Petugas bekerja bergantian. Semua posko dibuka 24 jam agar warga nyaman. \u201d kata Agung.",
     [("Petugas bekerja", "Agung Nugroho")]),
    ("s22r1-melalui-office-rank-before-both-names",
     "SIKKA - Polisi menangkap dua pencuri ternak.\n\"Keduanya kami tahan,\" kata Kapolres Sikka, AKBP Hendra "
     "Wibowo melalui Kasat Reskrim, Iptu Markus Lewar.",
     [("Keduanya kami", "Markus Lewar")]),
    ("s22r1-nickname-only-with-sapaan-akrabnya",
     "CIANJUR - Jalan desa rusak berat.\nHal itu dikatakan Kepala Desa Sukamaju, Setiawan Nugroho. Menurut Wawan, "
     "sapaan akrabnya, perbaikan butuh dana besar.\n\"Kami sudah mengajukan ke kabupaten,\" jelasnya.",
     [("Kami sudah", "Setiawan Nugroho")]),
    ("s22r1-lowercase-title-with-birthplace-description",
     "PAMEKASAN - Pengasuh Pondok Pesantren Nurul Iman, KH Abdul Qodir, membuka haul.\n\"Santri harus menjaga "
     "akhlak,\" jelas kiai kelahiran Sumenep, Madura ini.",
     [("Santri harus", "Abdul Qodir")]),
    ("s22r1-guests-with-pesantren-in-brackets-between-quotes",
     "JOMBANG - Ketua PCNU Jombang, KH Salman Hadi, membuka halaqah.\n\"Pesantren harus mandiri,\" ujarnya.\nHadir "
     "dalam acara itu Kiai Mahfud (PP Darul Ulum), Kiai Hasan (PP Bahrul Ulum) dan PP Tambakberas.\n\"Ekonomi santri "
     "harus kita bangun bersama,\" jelasnya.",
     [("Pesantren harus", "Salman Hadi"), ("Ekonomi santri", "Salman Hadi")]),
    ("s22r1-lowercase-office-with-acronym-after-verb",
     "BLORA - Kejaksaan menahan Kepala Desa Ngawen, Suparno, dalam kasus dana desa.\n\"Tersangka kami tahan dua "
     "puluh hari,\" ucap kepala seksi pidana khusus (Kasi Pidsus) Kejari Blora, Dwi Anggoro saat ditemui.",
     [("Tersangka kami", "Dwi Anggoro")]),
    ("s22r1-player-introduced-by-lowercase-position-and-club",
     "MALANG - Pelatih Arema, Joko Santoso, mengaku puas. \"Anak-anak bermain disiplin,\" katanya.\nSementara itu "
     "gelandang Persik Kediri Rian Saputra mengaku timnya kurang beruntung. \"Kami kalah di menit akhir,\" ujarnya.",
     [("Anak-anak", "Joko Santoso"), ("Kami kalah", None)]),
    ("s22r1-sebagaimana-disampaikan-lead",
     "BEKASI - Bantuan sosial tahap dua cair.\nSebagaimana disampaikan Kepala Dinas Sosial, Rina Mulyani, \"Bantuan "
     "kami salurkan lewat kantor pos.\"",
     [("Bantuan kami", "Rina Mulyani")]),
    ("s22r1-description-by-nickname-akrab-disapa",
     "MADIUN - Ahmad Fauzi, pemilik warung pecel di Jalan Pahlawan, mengaku omzetnya turun.\n\"Pembeli sepi sejak "
     "harga cabai naik,\" kata pria yang akrab disapa Cak Uji itu.",
     [("Pembeli sepi", "Ahmad Fauzi")]),
    ("s22r1-description-ayah-dua-anak",
     "SLEMAN - Sutrisno (42) kehilangan sepeda motornya di parkiran pasar.\n\"Saya hanya pergi sepuluh menit,\" kata "
     "ayah dua anak itu.",
     [("Saya hanya", "Sutrisno")]),
    ("s22r1-didampingi-second-officer-after-cue",
     "KARAWANG - Polisi menangkap pengedar sabu.\n\"Barang bukti 20 gram,\" ujar Kasatresnarkoba Polres Karawang, AKP "
     "Dedi Kurniawan, didampingi Kanit Idik I, Ipda Bayu Saputra.",
     [("Barang bukti", "Dedi Kurniawan")]),
    ("s22r1-hal-itu-diungkapkan-after-quote",
     "SUBANG - Harga gabah turun.\n\"Petani rugi besar musim ini.\" Hal itu diungkapkan Ketua Gapoktan Sri Makmur, "
     "Darsono, saat ditemui di sawahnya, Minggu.",
     [("Petani rugi", "Darsono")]),
    ("s22r1-name-with-age-and-job-after-cue",
     "BANYUMAS - Harga cabai melonjak.\n\"Sekarang sekilo delapan puluh ribu,\" kata Sulastri (52), pedagang sayur di "
     "Pasar Wage.",
     [("Sekarang sekilo", "Sulastri")]),
    ("s22r1-name-with-office-in-brackets-after-cue",
     "KLATEN - Kantor desa direnovasi.\n\"Renovasi selesai akhir bulan,\" kata Budi Raharjo (Kepala Seksi "
     "Pemerintahan).",
     [("Renovasi selesai", "Budi Raharjo")]),
    ("s22r1-ketua-rt-pak-nickname-after-cue",
     "DEPOK - Warga RT 05 membersihkan selokan.\n\"Kerja bakti kami adakan tiap bulan,\" ujar Ketua RT 05, Pak "
     "Darto.",
     [("Kerja bakti", "Darto")]),
    ("s22r1-lanjut-with-office-and-name",
     "PATI - Bupati Pati meninjau jalan rusak.\n\"Jalan ini kita aspal tahun depan\", lanjut Bupati Pati Haryanto "
     "Wibisono.",
     [("Jalan ini", "Haryanto Wibisono")]),
    ("s22r1-written-statement-paragraph-then-uncued-quote",
     "JAKARTA - Direktur Utama PT Sinar Abadi, Hendra Kusuma, dalam keterangan tertulisnya menyampaikan perusahaan "
     "menambah armada.\n\"Kami tambah dua puluh bus untuk musim mudik.\"",
     [("Kami tambah", "Hendra Kusuma")]),
    ("s22r1-pronoun-after-new-full-name-opening-sentence-read",
     "BOGOR - Camat Ciawi, Asep Hidayat, membuka bazar. \"Silakan belanja,\" katanya.\nSementara Rina Oktaviani "
     "menambahkan, bazar digelar tiga hari. Dia meminta warga datang. \"Harganya murah,\" ujarnya.",
     [("Silakan belanja", "Asep Hidayat"), ("Harganya murah", "Rina Oktaviani")]),
    ("s22r1-degrees-after-both-names-melalui",
     "PURWAKARTA - Kejaksaan menahan bendahara desa.\n\"Kerugian negara Rp300 juta,\" kata Kepala Kejari Purwakarta, "
     "Dadang Suryana, S.H., M.H., melalui Kasi Intelijen Reza Pahlevi, S.H.",
     [("Kerugian negara", "Reza Pahlevi")]),
    ("s22r1-dalam-sambutannya-unread-title-then-dia-nya",
     "BANGKALAN - Pengasuh PP Al Hikam, KH Munir Hasan, membuka wisuda.\n\"Hafalan harus dijaga,\" ujarnya.\nHadir "
     "pula RKH. Fikri Maulana dari Sampang. Dalam tausiyahnya, Ra Fikri mengupas adab penuntut ilmu.\nDia juga "
     "berpesan kepada para wisudawan.\n\"Teruslah belajar,\" ujarnya.",
     # (once "RKH. <Name>" is read as a person -- p22's titlednames -- "Dia ... ujarnya" is his;
     # before that, null: never the earlier speaker)
     [("Hafalan harus", "Munir Hasan"), ("Teruslah belajar", "Fikri Maulana")]),
    ("s22r2-sampainya-cue",
     "MATARAM - Dinas Pariwisata menggelar festival kuliner.\nKepala Dinas Pariwisata NTB, Lalu Hasbi, membuka acara. "
     "\"Festival ini kami gelar tiap tahun untuk UMKM,\" sampainya.",
     [("Festival ini", "Lalu Hasbi")]),
    ("s22r2-title-short-name-then-office-no-comma",
     "SAMPIT - Dinas Perikanan menyerahkan kapal kepada nelayan.\nKepala Bidang Perikanan Tangkap Dinas Perikanan "
     "Kotim, H. Arief Rahman, memimpin penyerahan itu.\n\"Kapal ini jangan dijual,\" terang H. Arief Kabid "
     "Perikanan Tangkap, Dinas Perikanan Kotim.",
     [("Kapal ini", "Arief Rahman")]),
    ("s22r1-sedangkan-victim-then-officer-nya",
     "CILEGON - Truk menabrak sepeda motor.\nKapolsek Grogol AKP Sutarman mengatakan, sopir truk mengantuk. "
     "Sedangkan Dedi Supriadi mengalami patah kaki. \"Sopir sudah kami amankan,\" ujarnya.",
     [("Sopir sudah", "Sutarman")]),
]



# Wrong answers found by a probe and left on purpose, with why: still counted as wrong, but they
# do not fail the run (a fix would lose right answers on the real sets).
KNOWN_LEFT: dict[str, str] = {
    "s20r3-unit-long-short-form-after-head": "'Kepala Disdukcapil' after 'Kepala Dinas Kependudukan dan Pencatatan "
    "Sipil X, Name': the unit's short form skips letters inside its words (Di-s from Dinas), which neither the "
    "acronym alignment nor the syllable reading covers; the people side keeps 'Disdukcapil' as a person, who takes "
    "the -nya quote (as before this session); a table of such unit short forms (roles.UNIT_SHORT) would settle it",
    "s18-short-first-name-two-people-same-surname": "the cue's own name ('Yo Gebze') fits neither of the two people "
    "of that surname (too short to be a short form of either), so it is kept as written, a speaker of its own; "
    "the editor's null would need to know that the text means one of them",
    "s17-gloss-nickname-of-someone-else-named-after": "a nickname glossed 'sapaan akrabnya' with nobody named "
    "before it: the speaker is given as the nickname ('Ujang'), who may be the village head named only after the "
    "quote; at worst the same person in a short form, and the text writes no other name for them before the quote",
    "s16-unit-named-after-someone-no-person": "a hospital named after someone right after the office ('Direktur "
    "RSUD Dokter X') with nothing else in the text to tell the unit's name from the director's: the people side "
    "(rolebounds) needs the unit written elsewhere; a reader may read it either way",
    "s16-lewat-initial-and-undotted-degree": "the quote's speaker is right, but the people side reads "
    "'Role Name S.H.,' (a dotted degree after the name, no comma before it) as the name 'Name S' (names/intros, "
    "not the quote side); the person's own introduction keeps the stray initial",
}


def score(cases=CASES):
    tally = {"right": 0, "wrong": 0, "null": 0, "missed": 0, "extra": 0, "expected": 0, "wrong_left": 0}
    failures: list[str] = []
    for name, text, expected in cases:
        quotes = extract(text).quotes
        used: set[int] = set()
        for start, speaker in expected:
            tally["expected"] += 1
            hit = next((i for i, q in enumerate(quotes) if i not in used and q.text.startswith(start)), None)
            if hit is None:
                tally["missed"] += 1
                failures.append(f"{name}: missed {start!r} (want {speaker}); got "
                                f"{[(q.text[:20], q.speaker) for q in quotes]}")
                continue
            used.add(hit)
            got = quotes[hit].speaker
            if got == speaker:
                tally["right"] += 1
            elif got is None:
                tally["null"] += 1
                failures.append(f"{name}: null for {start!r} (want {speaker}; cue {quotes[hit].cue!r})")
            else:
                tally["wrong"] += 1
                tally["wrong_left"] += name in KNOWN_LEFT
                failures.append(f"{name}: {'wrong (known, left)' if name in KNOWN_LEFT else 'WRONG'} {got!r} for {start!r} (want {speaker}; cue {quotes[hit].cue!r})")
        for i, q in enumerate(quotes):
            if i not in used:
                tally["extra"] += 1
                failures.append(f"{name}: extra {q.text[:30]!r} speaker {q.speaker!r}")
    return tally, failures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    tally, failures = score()
    if not args.quiet:
        for line in failures:
            print(line)
    n = tally["expected"]
    print(f"probe_quotes: {len(CASES)} texts, {n} quotes: right {tally['right']}/{n} = {tally['right'] / n:.3f}, "
          f"wrong {tally['wrong']} ({tally['wrong_left']} known, left), null {tally['null']}, missed {tally['missed']}, "
          f"extra {tally['extra']}")
    return 1 if tally["wrong"] > tally["wrong_left"] else 0


if __name__ == "__main__":
    sys.exit(main())
