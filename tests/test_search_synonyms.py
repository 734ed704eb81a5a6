"""Synonyms and abbreviations: the built-in Indonesian dictionary (data/synonyms-id.txt) and
`synonyms:` in melati.yaml, both directions, several words on either side; the word as typed
ranks first; melati.yaml groups are validated with their line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import hit_ids, indexed_archive

from melati_archive import relevance
from melati_archive.api import Archive
from melati_archive.config import parse_config

ARTICLES = {
    # fictional texts written for this test
    "2021-05-01-singkat": ("Kiriman Vaksin", "Kemenkes mengirim vaksin ke puskesmas di kecamatan."),
    "2021-05-02-panjang": ("Vaksin Tiba", "Kementerian Kesehatan mengirim vaksin ke pusat kesehatan masyarakat."),
    "2021-05-03-lansia": ("Senam Pagi", "Para lansia mengikuti senam pagi di halaman balai warga."),
    "2021-05-04-usia": ("Pemeriksaan Gratis", "Warga lanjut usia mendapat pemeriksaan tekanan darah gratis."),
    "2021-05-05-binaan": ("Kunjungan ke Lapas", "Petugas mengajak warga binaan berlatih membuat kerajinan rotan."),
    "2021-05-06-napi": ("Remisi", "Sebanyak empat puluh narapidana menerima remisi hari kemerdekaan."),
    "2021-05-07-dinsos": ("Posko Dibuka", "Dinsos membuka posko pengaduan bantuan bagi warga."),
    "2021-05-08-sosial": ("Posko Bantuan", "Dinas Sosial membuka posko pengaduan bantuan di kantor kelurahan."),
    "2021-05-09-resiko": ("Banjir Rob", "Warga pesisir diminta waspada karena resiko banjir rob meningkat."),
    "2021-05-10-risiko": ("Cuaca Ekstrem", "Risiko angin kencang tinggi, nelayan diminta menunda melaut."),
    "2021-05-11-salat": ("Ibadah di Panti", "Para penghuni panti menunaikan salat berjamaah di musala."),
    "2021-05-12-sholat": ("Tarawih Pertama", "Warga memadati masjid untuk sholat tarawih malam pertama."),
    "2021-05-13-gepeng": ("Razia Jalanan", "Petugas menjangkau gelandangan dan pengemis di lampu merah."),
    "2021-05-14-ktpel": ("Layanan Kependudukan", "Warga yang sakit dibantu mengurus KTP elektronik di rumah."),
    "2021-05-15-jaksel": ("Bazar Murah", "Wali kota Jakarta Selatan membuka bazar murah di kantor kecamatan."),
    "2021-05-16-bumil": ("Makanan Tambahan", "Bidan membagikan makanan tambahan bagi ibu hamil dan balita."),
    "2021-05-17-zis": ("Gerakan Peduli", "Masjid raya mengumpulkan zakat, infak, dan sedekah untuk korban banjir."),
    "2021-05-18-migran": ("Pemulangan Pekerja", "Pekerja migran Indonesia asal desa itu tiba di bandara."),
    "2021-05-19-bpnt": ("Agen Bank", "Penyaluran Bantuan Pangan Non Tunai dilakukan lewat agen bank desa."),
    "2021-05-20-ponpes": ("Santri Baru", "Pondok pesantren di lereng gunung menerima santri baru."),
    "2021-05-21-ppks": ("Pendataan Warga", "Petugas mendata pemerlu pelayanan kesejahteraan sosial di kelurahan."),
    "2021-05-22-judol": ("Literasi Digital", "Penyuluh mengingatkan bahaya judi online bagi remaja."),
    "2021-05-23-sdn": ("Cuci Tangan", "Siswa SDN 4 Sukamulya belajar mencuci tangan dengan sabun."),
    "2021-05-24-miras": ("Razia Warung", "Polisi menyita puluhan botol minuman keras dari sebuah kios."),
    "2021-05-25-ronda": ("Ronda Malam", "Warga menjaga keamanan dan ketertiban masyarakat lewat ronda malam."),
    "2021-05-26-akte": ("Layanan Keliling", "Petugas menerbitkan akte kelahiran bagi anak-anak panti."),
    "2021-05-27-izin": ("Layanan Terpadu", "Kantor pelayanan mempercepat perizinan usaha mikro di kecamatan."),
    "2021-05-28-usaha": ("Pameran Dagang", "Pelaku usaha memamerkan kain tenun di alun-alun."),
    "2021-05-29-antre": ("Penukaran Kupon", "Warga mengantre sejak pagi dan antrean mengular ke jalan."),
    "2021-05-30-imbau": ("Waspada Hujan", "Camat mengimbau warga membersihkan selokan sebelum musim hujan."),
    "2021-05-31-lokakarya": ("Rencana Kerja", "Dinas menggelar lokakarya penyusunan rencana kerja tahunan."),
    "2021-06-01-netizen": ("Video Viral", "Video relawan itu ramai dibagikan netizen."),
    "2021-06-02-fgd": ("Diskusi Terarah", "Balai mengadakan focus group discussion bersama pendamping sosial."),
    "2021-06-03-juknis": ("Aturan Baru", "Petunjuk teknis penyaluran bantuan terbit bulan ini."),
    "2021-06-04-netra": ("Kursus Pijat", "Dua belas orang dengan disabilitas netra belajar memijat di balai."),
    "2021-06-05-rungu": ("Juru Bahasa Isyarat", "Setiap siaran kini ditemani juru bahasa isyarat bagi warga Tuli."),
    "2021-06-06-han": ("Panggung Anak", "Sanggar tari tampil pada perayaan Hari Anak Nasional di alun-alun."),
    "2021-06-07-telantar": ("Bayi Ditemukan", "Seorang bayi ditemukan ditelantarkan di teras masjid."),
    "2021-06-08-asuhan": ("Buka Puasa Bersama", "Komunitas ojek berbuka puasa dengan anak-anak panti asuhan."),
    "2021-06-09-muspika": ("Apel Siaga", "Muspika Cikarang Barat memimpin apel siaga banjir di halaman kantor."),
    "2021-06-10-perundungan": ("Kelas Ramah Anak", "Guru diajak mencegah perundungan di kelas."),
    "2021-06-11-darah": ("Posbindu Keliling", "Petugas menemukan banyak warga dengan tekanan darah tinggi."),
}
CONFIG = ("organization:\n  name: Balai Uji\nsynonyms:\n  - Dinsos = Dinas Sosial\n"
          "  - [posko pengaduan, pos aduan]\n")


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("synonyms"), ARTICLES, "BEKASI", config=CONFIG)


ids = hit_ids


def test_abbreviation_finds_long_form_and_back_exact_first(arc):
    assert ids(arc.search("Kemenkes")) == ["2021-05-01-singkat", "2021-05-02-panjang"]
    assert ids(arc.search("kementerian kesehatan")) == ["2021-05-02-panjang", "2021-05-01-singkat"]
    assert ids(arc.search("puskesmas")) == ["2021-05-01-singkat", "2021-05-02-panjang"]
    # a long form typed as a phrase finds the short form too
    assert set(ids(arc.search('"pusat kesehatan masyarakat"'))) == {"2021-05-01-singkat", "2021-05-02-panjang"}


def test_equivalent_expressions_both_directions(arc):
    assert ids(arc.search("lansia")) == ["2021-05-03-lansia", "2021-05-04-usia"]
    assert ids(arc.search("lanjut usia")) == ["2021-05-04-usia", "2021-05-03-lansia"]
    assert ids(arc.search("narapidana")) == ["2021-05-06-napi", "2021-05-05-binaan"]
    assert ids(arc.search("warga binaan"))[0] == "2021-05-05-binaan"
    assert "2021-05-06-napi" in ids(arc.search("warga binaan"))


def test_a_spelling_news_still_writes_finds_the_standard_one_and_back(arc):
    # resiko/risiko: one word, two spellings; the spelling typed ranks first
    assert ids(arc.search("risiko")) == ["2021-05-10-risiko", "2021-05-09-resiko"]
    assert ids(arc.search("resiko")) == ["2021-05-09-resiko", "2021-05-10-risiko"]


def test_a_spelling_news_still_writes_carries_through_its_affixes(arc):
    # the dictionary pairs the roots (izin/ijin, antre/antri, imbau/himbau); their affixed forms
    # follow. Each query also holds a word other articles write, so it never finds nothing and
    # no typo correction stands in: the article must hold every word.
    res = arc.search("perijinan usaha")
    assert ids(res)[0] == "2021-05-27-izin" and res.hits[0].missing == [] and res.corrected_from is None
    res = arc.search("antri kupon")
    assert ids(res) == ["2021-05-29-antre"] and res.hits[0].missing == []
    res = arc.search("menghimbau warga")
    assert ids(res)[0] == "2021-05-30-imbau" and res.hits[0].missing == []


def test_only_spellings_of_one_word_carry_through_affixes():
    from melati_archive.spellings import is_respelling, respelled

    assert is_respelling("antre", "antri") and is_respelling("analisis", "analisa")
    # equivalents that are other words: their affixed forms drift (pelajar -> belajar)
    assert not is_respelling("siswa", "murid") and not is_respelling("gawai", "gadget")
    pairs = (("ijin", "izin"), ("himbau", "imbau"), ("akte", "akta"))
    assert respelled("perijinan", pairs) == ("perizinan",)
    assert respelled("menghimbau", pairs) == ("mengimbau",)
    # a spelling inside a longer word that is no affix of it stays as it is
    assert respelled("karakter", pairs) == ()
    # the built-in dictionary's pairs, both directions; its other one-word equivalents are not
    builtin = relevance.Knowledge.build([], []).respellings
    assert ("ijin", "izin") in builtin and ("izin", "ijin") in builtin
    assert ("siswa", "murid") not in builtin and ("unduh", "download") not in builtin


def test_english_office_words_and_their_indonesian_forms(arc):
    # the forms the language centre set for English words of office life, both directions
    assert ids(arc.search("workshop")) == ["2021-05-31-lokakarya"]
    assert ids(arc.search("warganet")) == ["2021-06-01-netizen"]
    # office papers and meetings by their abbreviation
    assert ids(arc.search("FGD")) == ["2021-06-02-fgd"]
    assert ids(arc.search("diskusi kelompok terarah")) == ["2021-06-02-fgd"]
    assert ids(arc.search("juknis")) == ["2021-06-03-juknis"]


def test_arabic_loanwords_in_their_other_spellings(arc):
    # salat/sholat: the standard spelling and the one news and mosques still write
    assert ids(arc.search("salat")) == ["2021-05-11-salat", "2021-05-12-sholat"]
    assert ids(arc.search("sholat")) == ["2021-05-12-sholat", "2021-05-11-salat"]
    assert ids(arc.search("mushola")) == ["2021-05-11-salat"]


def test_social_welfare_abbreviations(arc):
    assert ids(arc.search("gepeng")) == ["2021-05-13-gepeng"]
    assert ids(arc.search("e-KTP")) == ["2021-05-14-ktpel"]
    assert ids(arc.search("KTP-el")) == ["2021-05-14-ktpel"]


def test_regional_and_welfare_abbreviations_no_article_defines(arc):
    assert ids(arc.search("jaksel")) == ["2021-05-15-jaksel"]
    assert ids(arc.search("bumil")) == ["2021-05-16-bumil"]
    assert ids(arc.search("ponpes")) == ["2021-05-20-ponpes"]
    # the older name of the same workers, and a long form news splits (non tunai)
    assert ids(arc.search("TKI")) == ["2021-05-18-migran"]
    assert ids(arc.search("BPNT")) == ["2021-05-19-bpnt"]
    # a long form that is a list: its commas do not stop the phrase
    assert ids(arc.search("ZIS")) == ["2021-05-17-zis"]
    # a renamed term finds the new name (PMKS became PPKS), and a word of the last years
    assert ids(arc.search("PMKS")) == ["2021-05-21-ppks"]
    assert ids(arc.search("PPKS")) == ["2021-05-21-ppks"]
    assert ids(arc.search("judol")) == ["2021-05-22-judol"]


def test_disability_words_old_and_new(arc):
    # news writes both the older tuna- words and "disabilitas" + the sense; each finds the other
    assert ids(arc.search("tunanetra")) == ["2021-06-04-netra"]
    assert ids(arc.search("tunarungu")) == ["2021-06-05-rungu"]
    res = arc.search("disabilitas rungu")
    assert ids(res)[0] == "2021-06-05-rungu" and res.hits[0].missing == []
    assert all(h.missing for h in res.hits[1:])  # "disabilitas netra": a partial hit, after it


def test_a_compound_typed_apart_finds_the_closed_words_equivalents(arc):
    # "tuna netra" is the closed tunanetra typed apart; tunanetra's other form is "disabilitas netra"
    res = arc.search("tuna netra")
    assert ids(res)[0] == "2021-06-04-netra" and res.hits[0].missing == []


def test_commemorative_days_and_homes_by_their_common_names(arc):
    assert ids(arc.search("HAN")) == ["2021-06-06-han"]
    assert ids(arc.search("LKSA")) == ["2021-06-08-asuhan"]


def test_a_body_renamed_finds_its_old_name_and_everyday_words_their_medical_ones(arc):
    # the district's leaders' forum was renamed (Muspika -> Forkopimcam); news writes both
    assert ids(arc.search("forkopimcam")) == ["2021-06-09-muspika"]
    assert ids(arc.search("bullying")) == ["2021-06-10-perundungan"]
    assert ids(arc.search("hipertensi")) == ["2021-06-11-darah"]


def test_telantar_in_either_spelling_through_its_affixes(arc):
    # KBBI writes telantar; news often terlantar; the article's "ditelantarkan" is the same word
    res = arc.search("bayi terlantar")
    assert ids(res)[0] == "2021-06-07-telantar" and res.hits[0].missing == []


def test_security_school_and_civil_record_words(arc):
    assert ids(arc.search("miras")) == ["2021-05-24-miras"]
    assert ids(arc.search("kamtibmas")) == ["2021-05-25-ronda"]
    # a school named by its number is a state school: the kind of school finds it
    assert ids(arc.search("sekolah dasar")) == ["2021-05-23-sdn"]
    assert ids(arc.search("SD negeri")) == ["2021-05-23-sdn"]
    # the spelling news still writes and the standard one
    assert ids(arc.search("akta kelahiran")) == ["2021-05-26-akte"]


def test_a_synonym_hit_is_not_a_partial_hit(arc):
    res = arc.search("lanjut usia")
    assert [h.missing for h in res.hits] == [[], []]


def test_organisation_synonyms_from_melati_yaml(arc):
    assert ids(arc.search("dinsos")) == ["2021-05-07-dinsos", "2021-05-08-sosial"]
    assert ids(arc.search("dinas sosial"))[0] == "2021-05-08-sosial"
    assert set(ids(arc.search("pos aduan"))) == {"2021-05-07-dinsos", "2021-05-08-sosial"}


def test_fielded_word_gets_synonyms_too(arc):
    assert set(ids(arc.search("judul:vaksin"))) == {"2021-05-01-singkat", "2021-05-02-panjang"}
    assert set(ids(arc.search("judul:lapas"))) == {"2021-05-05-binaan"}
    assert set(ids(arc.search("judul:\"lembaga pemasyarakatan\""))) == {"2021-05-05-binaan"}
    assert set(ids(arc.search("isi:kemenkes"))) == {"2021-05-01-singkat", "2021-05-02-panjang"}


def test_builtin_dictionary_is_symmetric_and_multiword():
    syn = relevance.builtin_synonyms()
    assert ("kementerian", "kesehatan") in syn[("kemenkes",)]
    assert ("kemenkes",) in syn[("kementerian", "kesehatan")]
    assert ("penyandang", "disabilitas") in syn[("difabel",)]
    assert ("lansia",) in syn[("lanjut", "usia")]
    for form, others in syn.items():
        for other in others:
            assert form in syn[other], (form, other)


def test_abbreviations_with_two_common_readings_are_not_built_in():
    # PT (perseroan terbatas / perguruan tinggi), PMI (Palang Merah / pekerja migran), KK (kartu
    # keluarga / kepala keluarga: "40 KK terdampak"), ATENSI (the programme / the word for attention):
    # one reading would find the other's articles; an organisation adds its own in melati.yaml
    syn = relevance.builtin_synonyms()
    for form in ("pt", "pmi", "ma", "mk", "pn", "kk", "atensi"):
        assert (form,) not in syn, form


def test_melati_yaml_synonyms_are_validated_with_their_line():
    problems = []
    config = parse_config("organization:\n  name: B\nsynonyms:\n  - Dinsos = Dinas Sosial\n  - hanya satu\n"
                          "  - 42\n", "archive/melati.yaml", problems)
    assert config.synonyms == [["Dinsos", "Dinas Sosial"]]
    assert sorted((p.line, p.severity) for p in problems) == [(5, "error"), (6, "error")]
    assert all("kelompok sinonim" in p.message and p.fix for p in problems)
    problems = []
    parse_config("organization:\n  name: B\nsynonyms: Dinsos\n", "archive/melati.yaml", problems)
    assert [(p.line, p.severity) for p in problems] == [(3, "error")]


def test_melati_check_reports_a_bad_group(tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "melati.yaml").write_text("organization:\n  name: B\nsynonyms:\n  - [sendiri]\n",
                                                      encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(tmp_path), "check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
    assert "melati.yaml:4" in out.stdout + out.stderr and "berisi kurang dari dua bentuk" in out.stdout + out.stderr


EXPRESSIONS = {
    # fictional texts written for this test: a known expression written together, and its
    # words written often but apart
    "2021-06-01-bersama": ("Kantor Kelurahan Sepi", "Sebagian pegawai kelurahan bekerja dari rumah pekan ini."),
    "2021-06-02-terpisah": ("Renovasi Rumah Dinas", "Tukang bekerja sejak pagi. Rumah dinas camat diperbaiki, "
                            "rumah jaga dicat ulang, dan mereka bekerja sampai sore di rumah itu."),
    "2021-06-03-perda": ("Aturan Parkir", "Dewan mengesahkan perda parkir tepi jalan pada sidang paripurna."),
    "2021-06-04-peraturan": ("Parkir Tertib", "Peraturan daerah tentang parkir tepi jalan berlaku bulan depan."),
}


@pytest.fixture(scope="module")
def expr_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("expressions"), EXPRESSIONS, "BEKASI")


def test_a_known_expression_written_together_ranks_above_its_words_apart(expr_arc):
    # "bekerja dari rumah" is a form of the dictionary (wfh): its words far apart say less
    assert ids(expr_arc.search("bekerja dari rumah")) == ["2021-06-01-bersama", "2021-06-02-terpisah"]
    # words that form no known expression keep plain BM25 order
    assert ids(expr_arc.search("bekerja rumah"))[0] == "2021-06-02-terpisah"


def test_regional_regulation_abbreviation_both_directions(expr_arc):
    # perda = peraturan daerah: written either way, found either way, the form typed first
    assert ids(expr_arc.search("perda")) == ["2021-06-03-perda", "2021-06-04-peraturan"]
    assert ids(expr_arc.search("peraturan daerah")) == ["2021-06-04-peraturan", "2021-06-03-perda"]


def test_a_word_and_its_equivalent_score_as_the_better_one_not_summed(tmp_path):
    # fictional texts of equal length: the word alone, the word beside its equivalent, and
    # the equivalent alone. An article is not more about older people because it uses both
    # "lansia" and "lanjut usia": summed, the second outranked an article with the word alone,
    # and in a partial match outranked articles holding a rarer word of the query.
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema

    from melati_archive.nlp import analysis

    docs = {
        "kata": "Para lansia ikut senam pagi bersama kader di balai warga.",
        "keduanya": "Para lansia ikut senam pagi bersama lanjut usia di balai.",
        "padanan": "Para lanjut usia ikut senam pagi bersama kader di balai.",
    }
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analysis.stemmed_analyzer(frozenset())),
                    body_exact=TEXT(analyzer=analysis.exact_analyzer()))
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        for key, text in docs.items():
            w.add_document(id=key, body=text, body_exact=text)
    k = relevance.Knowledge.build([], [])
    with ix.searcher(weighting=relevance.weighting()) as s:
        scores = {h["id"]: h.score for h in s.search(relevance.word_query("lansia", "body", k), limit=None)}
    assert set(scores) == set(docs)
    assert scores["keduanya"] == pytest.approx(scores["kata"])
    assert scores["padanan"] < scores["kata"] / 2  # the equivalent alone: below the word as typed


def test_an_acronym_the_archive_defines_ranks_the_form_typed_first(tmp_path):
    # the long form is a phrase of four words: weighed as a whole like the acronym, not four
    # times it, so an article writing "RSUD" comes first for RSUD and the reverse
    home = tmp_path / "acr"
    indexed_archive(home, {
        # fictional texts written for this test
        "2021-09-01-def": ("Ruang Isolasi", "Rumah Sakit Umum Daerah (RSUD) Kota Uji menambah ruang isolasi."),
        "2021-09-02-short": ("Antrean Pasien", "Pasien mengantre di RSUD sejak pagi untuk berobat jalan."),
        "2021-09-03-long": ("Antrean Panjang", "Pasien mengantre di Rumah Sakit Umum Daerah sejak pagi untuk berobat."),
    }, "BOGOR")
    arc = Archive.open(home)
    order = ids(arc.search("RSUD"))
    assert order.index("2021-09-02-short") < order.index("2021-09-03-long")
    order = ids(arc.search("rumah sakit umum daerah"))
    assert order.index("2021-09-03-long") < order.index("2021-09-02-short")


@pytest.fixture(scope="module")
def heads_arc(tmp_path_factory) -> Archive:
    return indexed_archive(tmp_path_factory.mktemp("heads"), {
        # fictional texts written for this test
        "2021-09-01-kemen": ("Bantuan Tiba", "Kemensos mengirim bantuan logistik ke desa yang terendam."),
        "2021-09-02-long": ("Lumbung Sosial", "Kementerian Sosial membangun lumbung sosial di pesisir."),
        "2021-09-03-men": ("Kunjungan Kerja", "Mensos meninjau dapur umum dan menyapa para pengungsi."),
        "2021-09-04-kapolres": ("Patroli Malam", "Kapolres memimpin patroli malam di jalur mudik."),
        "2021-09-05-kades": ("Musyawarah", "Kades membuka musyawarah dusun di balai pertemuan."),
        "2021-09-06-desa": ("Jalan Baru", "Warga desa bergotong royong membangun jalan baru."),
        **{f"2021-09-{10 + i}-lain": ("Kabar Kota", f"Kabar ke-{i} dari taman kota tentang lomba layang-layang.") for i in range(6)},
    }, "BEKASI")


def test_an_office_finds_the_stories_of_its_head_below_its_own(heads_arc):
    order = ids(heads_arc.search("kemensos"))
    # the word as typed, then its equivalent, then the minister who heads it
    assert order == ["2021-09-01-kemen", "2021-09-02-long", "2021-09-03-men"]
    assert ids(heads_arc.search("polres")) == ["2021-09-04-kapolres"]
    # and the head finds the office
    assert ids(heads_arc.search("mensos"))[0] == "2021-09-03-men"
    assert set(ids(heads_arc.search("mensos"))) == {"2021-09-01-kemen", "2021-09-02-long", "2021-09-03-men"}


def test_the_head_of_a_one_word_office_finds_no_common_noun(heads_arc):
    # "desa", "sekolah" are common nouns, no offices: the head of a village is no search for every village
    assert ids(heads_arc.search("kades")) == ["2021-09-05-kades"]


def test_office_head_pairs_come_from_the_shape_of_the_long_forms():
    from melati_archive.officeheads import related_map

    related = related_map([["kemenpar", "kementerian pariwisata"], ["menpar", "menteri pariwisata"],
                           ["kadis", "kepala dinas"], ["kajari", "kepala kejaksaan negeri"],
                           ["kejari", "kejaksaan negeri"]])
    assert related[("kemenpar",)] == (("menpar",), ("menteri", "pariwisata"))
    assert ("kejari",) in related[("kajari",)] and ("kajari",) in related[("kejaksaan", "negeri")]
    assert ("kadis",) not in related  # "dinas" alone is no office of the list


def test_an_office_typed_in_words_finds_its_head_too(heads_arc):
    order = ids(heads_arc.search("kementerian sosial"))
    assert set(order[:2]) == {"2021-09-02-long", "2021-09-01-kemen"}
    assert order[2:] == ["2021-09-03-men"]
