"""Search probe: query forms users type (a word and its number, an amount, an abbreviation
no article defines, another spelling), on short articles written for this probe, through the
shipped path (an archive on disk, reindex, Archive.search). Prints the failures and the score;
exit 1 when a query misses an article it must find in its top hits.

    python bench/probe_search.py

The texts are the project's own (no third-party text). A failure here names a form of writing
or typing; fix the form (analysis, relevance, the synonym dictionary), with a test.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

# id: (title, body); every body gets a "BEKASI - " dateline
ARTICLES = {
 "2021-01-01-covid": ("Vaksinasi Covid-19 Lansia", "Dinas Kesehatan menggelar vaksinasi COVID-19 bagi warga lanjut usia di aula kecamatan."),
 "2021-01-02-covid19": ("Kasus Covid19 Menurun", "Jumlah kasus covid19 di kota itu menurun selama sepekan terakhir."),
 "2021-01-03-ektp": ("Perekaman e-KTP", "Petugas Disdukcapil melayani perekaman e-KTP bagi pemilih pemula di sekolah."),
 "2021-01-04-ktpel": ("KTP Elektronik", "Warga antre mengurus KTP elektronik di kantor kelurahan."),
 "2021-01-05-rp": ("Bantuan Tunai", "Setiap keluarga menerima Rp300.000 per bulan selama tiga bulan."),
 "2021-01-06-anak": ("Perlindungan Anak", "Anak-anak korban kekerasan mendapat pendampingan psikolog dari balai."),
 "2021-01-07-bansos": ("Penyaluran Bansos", "Pemerintah kota menyalurkan bansos beras kepada keluarga penerima manfaat."),
 "2021-01-08-bantuansosial": ("Bantuan Sosial Tahap Dua", "Penyaluran bantuan sosial tahap dua dimulai pekan ini di seluruh kelurahan."),
 "2021-01-09-difabel": ("Pelatihan Difabel", "Sebanyak dua puluh difabel mengikuti pelatihan membatik di sentra."),
 "2021-01-10-disabilitas": ("Kursi Roda", "Penyandang disabilitas menerima kursi roda dan alat bantu dengar."),
 "2021-01-11-jumat": ("Jumat Berkah", "Relawan membagikan nasi kotak setiap Jum'at kepada pengemudi ojek."),
 "2021-01-12-quran": ("Khataman", "Santri panti asuhan menggelar khataman Al-Qur'an bersama pengurus."),
 "2021-01-13-pkh": ("Graduasi PKH", "Sebanyak 50 keluarga menyatakan graduasi mandiri dari Program Keluarga Harapan."),
 "2021-01-14-umkm": ("Bazar UMKM", "Pelaku usaha mikro, kecil, dan menengah memamerkan produk di bazar balai kota."),
 "2021-01-15-kemensos": ("Kunjungan Kemensos", "Kementerian Sosial meninjau dapur umum di lokasi pengungsian."),
 "2021-01-16-stunting": ("Cegah Stunting", "Kader posyandu mengukur tinggi badan balita untuk mencegah stunting."),
 "2021-01-17-banjir": ("Banjir Bandang", "Banjir bandang merendam puluhan rumah; warga mengungsi ke masjid."),
 "2021-01-18-pascabanjir": ("Kerja Bakti", "Warga bergotong royong membersihkan lumpur pascabanjir di permukiman."),
 "2021-01-19-odgj": ("Penanganan ODGJ", "Petugas mengevakuasi orang dengan gangguan jiwa yang terlantar di pasar."),
 "2021-01-20-gelandangan": ("Penjangkauan", "Tim menjangkau gelandangan dan pengemis di persimpangan jalan protokol."),
 "2021-01-21-pmks": ("Data PMKS", "Dinas mendata pemerlu pelayanan kesejahteraan sosial di tiap kecamatan."),
 "2021-01-22-dtks": ("Pemutakhiran DTKS", "Operator desa memperbarui Data Terpadu Kesejahteraan Sosial setiap bulan."),
 "2021-01-23-kdrt": ("Korban KDRT", "Seorang ibu korban kekerasan dalam rumah tangga didampingi pekerja sosial."),
 "2021-01-24-hut": ("HUT RI", "Panti werdha merayakan hari ulang tahun kemerdekaan dengan lomba."),
 "2021-01-25-ramadan": ("Santunan Ramadhan", "Pada bulan Ramadhan, balai menyantuni anak yatim di sekitar kantor."),
 "2021-01-26-ramadan2": ("Takjil Ramadan", "Relawan membagikan takjil selama Ramadan di depan masjid raya."),
 "2021-01-27-kartu": ("Kartu Sembako", "Penerima kartu sembako dapat membelanjakan saldo di e-warong."),
 "2021-01-28-lpk": ("Lulusan Pelatihan", "Para peserta pelatihan kerja menerima sertifikat kompetensi."),
 "2021-01-29-tagana": ("Tagana Siaga", "Taruna Siaga Bencana mendirikan tenda di posko pengungsian."),
 "2021-01-30-sembilan": ("Sembilan Bahan Pokok", "Warga menerima paket sembilan bahan pokok dari dinas."),
 "2021-01-31-covidspasi": ("Posko Covid 19", "Posko penanganan Covid 19 di kecamatan ditutup sementara."),
 "2021-02-01-lebaran": ("Mudik Lebaran", "Menjelang Idul Fitri, balai memberangkatkan mudik gratis bagi penerima manfaat."),
 "2021-02-02-salat": ("Salat Berjamaah", "Para lansia menunaikan salat berjamaah di musala panti."),
 "2021-02-03-rtlh": ("Bedah Rumah", "Program rehabilitasi rumah tidak layak huni menyasar 40 keluarga."),
 "2021-02-04-juta": ("Modal Usaha", "Tiap kelompok menerima modal usaha Rp1,5 juta untuk berjualan."),
 "2021-02-05-g20": ("Forum G20", "Delegasi forum G20 mengunjungi sentra kerajinan."),
 "2021-02-06-kadinsos": ("Kunjungan Kerja", "Kepala Dinas Sosial meninjau panti rehabilitasi di Kabupaten Bogor."),
 "2021-02-07-wna": ("Deportasi", "Petugas imigrasi memulangkan dua warga negara asing yang terlantar."),
 "2021-02-08-kec": ("Rapat Koordinasi", "Rapat digelar di aula Kec. Cibinong bersama para lurah."),
}

# query, the articles it must find (all of them within its top max(3, n) hits)
QUERIES = [
 ("covid-19", ["2021-01-01-covid", "2021-01-02-covid19"]),
 ("covid 19", ["2021-01-01-covid", "2021-01-02-covid19"]),
 ("covid19", ["2021-01-01-covid", "2021-01-02-covid19"]),
 ("e-ktp", ["2021-01-03-ektp", "2021-01-04-ktpel"]),
 ("ektp", ["2021-01-03-ektp"]),
 ("ktp elektronik", ["2021-01-04-ktpel", "2021-01-03-ektp"]),
 ("rp300.000", ["2021-01-05-rp"]),
 ("300.000", ["2021-01-05-rp"]),
 ("anak anak", ["2021-01-06-anak"]),
 ("anak-anak", ["2021-01-06-anak"]),
 ("bansos", ["2021-01-07-bansos", "2021-01-08-bantuansosial"]),
 ("bantuan sosial", ["2021-01-08-bantuansosial", "2021-01-07-bansos"]),
 ("difabel", ["2021-01-09-difabel", "2021-01-10-disabilitas"]),
 ("penyandang disabilitas", ["2021-01-10-disabilitas", "2021-01-09-difabel"]),
 ("jumat", ["2021-01-11-jumat"]),
 ("jum'at", ["2021-01-11-jumat"]),
 ("alquran", ["2021-01-12-quran"]),
 ("al-quran", ["2021-01-12-quran"]),
 ("PKH", ["2021-01-13-pkh"]),
 ("pkh", ["2021-01-13-pkh"]),
 ("UMKM", ["2021-01-14-umkm"]),
 ("kemensos", ["2021-01-15-kemensos"]),
 ("Kementerian Sosial", ["2021-01-15-kemensos"]),
 ("stunting", ["2021-01-16-stunting"]),
 ("banjir", ["2021-01-17-banjir", "2021-01-18-pascabanjir"]),
 ("ODGJ", ["2021-01-19-odgj"]),
 ("gangguan jiwa", ["2021-01-19-odgj"]),
 ("gepeng", ["2021-01-20-gelandangan"]),
 ("PMKS", ["2021-01-21-pmks"]),
 ("DTKS", ["2021-01-22-dtks"]),
 ("KDRT", ["2021-01-23-kdrt"]),
 ("kekerasan dalam rumah tangga", ["2021-01-23-kdrt"]),
 ("HUT", ["2021-01-24-hut"]),
 ("hari ulang tahun", ["2021-01-24-hut"]),
 ("ramadan", ["2021-01-25-ramadan", "2021-01-26-ramadan2"]),
 ("ramadhan", ["2021-01-25-ramadan", "2021-01-26-ramadan2"]),
 ("ewarong", ["2021-01-27-kartu"]),
 ("Tagana", ["2021-01-29-tagana"]),
 ("taruna siaga bencana", ["2021-01-29-tagana"]),
 ("sembako", ["2021-01-30-sembilan", "2021-01-27-kartu"]),
 ("Vaksinasi", ["2021-01-01-covid"]),
 ("panti jompo", ["2021-01-24-hut"]),
 ("usaha mikro", ["2021-01-14-umkm"]),
 ("siapa yang menyalurkan bansos beras", ["2021-01-07-bansos"]),
 ("kapan perekaman e-KTP", ["2021-01-03-ektp"]),
 ("Rp300.000", ["2021-01-05-rp"]),
 ("covid19", ["2021-01-31-covidspasi"]),
 ("idulfitri", ["2021-02-01-lebaran"]),
 ("sholat", ["2021-02-02-salat"]),
 ("mushola", ["2021-02-02-salat"]),
 ("RTLH", ["2021-02-03-rtlh"]),
 ("Rp 1,5 juta", ["2021-02-04-juta"]),
 ("Rp1,5 juta", ["2021-02-04-juta"]),
 ("1,5 juta", ["2021-02-04-juta"]),
 ("G 20", ["2021-02-05-g20"]),
 ("g20", ["2021-02-05-g20"]),
 ("kadinsos", ["2021-02-06-kadinsos"]),
 ("Kab. Bogor", ["2021-02-06-kadinsos"]),
 ("WNA", ["2021-02-07-wna"]),
 ("kecamatan cibinong", ["2021-02-08-kec"]),
]


def build(home: Path):
    from melati_archive.api import Archive

    folder = home / "archive" / "articles" / "2021"
    folder.mkdir(parents=True)
    (home / "archive" / "melati.yaml").write_text("organization:\n  name: Probe\n  short: Probe\n", encoding="utf-8")
    for article_id, (title, body) in ARTICLES.items():
        (folder / f"{article_id}.md").write_text(
            f"---\ntitle: {title}\ndate: {article_id[:10]}\nfictional: true\n---\nBEKASI - {body}\n",
            encoding="utf-8")
    arc = Archive.open(home)
    arc.reindex(full=True)
    return arc


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        arc = build(Path(tmp))
        passed = 0
        for query, want in QUERIES:
            ids = [h.id for h in arc.search(query, limit=10).hits]
            if all(w in ids[: max(3, len(want))] for w in want):
                passed += 1
            else:
                print(f"MISS {query!r}: want {want}, got {ids[:5]}")
    print(f"search probe: {passed}/{len(QUERIES)} queries find what they must")
    return 0 if passed == len(QUERIES) else 1


if __name__ == "__main__":
    sys.exit(main())
