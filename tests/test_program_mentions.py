"""The programs a text mentions (nlp.programmentions): by acronym, name, alias or keyword, an
acronym the text defines, misspelled long names; whole words only."""
from __future__ import annotations

from melati_archive.model import Program
from melati_archive.nlp.acronyms import find_acronyms
from melati_archive.nlp.programmentions import match_programs


PROGRAMS = [
    Program(id="atensi", name="Asistensi Rehabilitasi Sosial", acronym="ATENSI",
            aliases=["Asistensi Rehsos"], keywords=["asistensi rehabilitasi"]),
    Program(id="pvk", name="Pelatihan Vokasional dan Kewirausahaan", acronym="PVK",
            keywords=["pelatihan vokasional", "kewirausahaan"]),
    Program(id="terapi", name="Layanan Terapi Terpadu", keywords=["terapi wicara", "terapi okupasi", "fisioterapi"]),
    Program(id="sipeka", name="Sistem Informasi Pelayanan Kenanga", acronym="SiPeKa"),
    Program(id="trc", name="Tim Respons Cepat", acronym="TRC", aliases=["Tim Reaksi Cepat"]),
]


def match(text):
    return match_programs(text, find_acronyms(text), PROGRAMS)


def test_programs_by_acronym_name_alias_in_order_of_mention():
    text = "Tim Reaksi Cepat turun. Anak itu kini mengikuti layanan ATENSI dan kelas PVK."
    assert match(text) == ["trc", "atensi", "pvk"]


def test_program_acronym_needs_word_boundaries_and_case():
    assert match("PVKX dan TRCK bukan program; strc juga bukan.") == []
    assert match("Layanan Atensi diberikan") == ["atensi"]
    assert match("atensi publik meningkat") == []  # a lower-case common word


def test_program_long_form_misspelled():
    assert match("melalui Asistensi Rehabilitas Sosial anak") == ["atensi"]
    assert match("melalui Sistim Informasi Pelayanan Kenanga") == ["sipeka"]


def test_program_through_an_acronym_the_text_defines():
    text = "Asistensi Rehabilitasi Sosial (Atensi) bagi anak. Atensi juga diberikan di rumah."
    assert "atensi" in match(text)
    text = "Tim Respon Cepat (TRC Balai) dikerahkan"
    assert match(text) == ["trc"]


def test_keywords_only_when_strong():
    assert match("Peserta belajar fisioterapi dasar.") == []
    assert match("Sesi fisioterapi dan terapi wicara berlangsung; terapi wicara diikuti 10 anak.") == ["terapi"]


def test_seed_programs(shared_dir):
    text = (shared_dir / "seed" / "balai-melati-inhouse-training-kehumasan-2020-11-13.txt").read_text(encoding="utf-8")
    assert match(text) == ["atensi"]


def test_prefix_of_long_program_name_plus_filler_word_is_no_mention():
    from melati_archive.model import Program
    pklu = Program(id="pklu", name="Pendampingan Keluarga Lanjut Usia", acronym="PKLU",
                   aliases=["Pendampingan Keluarga Lansia"])
    text = "Materi mencakup pendampingan keluarga dan deteksi dini tumbuh kembang anak."
    assert match_programs(text, find_acronyms(text), [pklu]) == []
    typo = "Program Pendampingan Keluarga Lansai berjalan di tiga kelurahan."
    assert match_programs(typo, find_acronyms(typo), [pklu]) == ["pklu"]


def test_misspelled_long_name_found_at_each_place_it_stands():
    from melati_archive.nlp.programmentions import _Haystack

    text = ("Asistensi Rehabilitas Sosial dimulai pagi. Warga bertanya soal asistensi rehabilitas sosial "
            "dan Asistensi-Rehabilitas Sosial lagi; asistensinya Rehabilitas Sosial juga.")
    found = _Haystack(text).fuzzy("Asistensi Rehabilitasi Sosial")
    assert found == [0, text.index("asistensi rehabilitas"), text.index("Asistensi-Rehabilitas"),
                     text.index("asistensinya")]
    assert _Haystack(text).fuzzy("Asistensi Rehabilitasi Sosial Anak") == []
    # a letter that lowers to two characters shifts the lowercase form: offsets still point into the text
    shifted = "İ " + text
    assert _Haystack(shifted).fuzzy("Asistensi Rehabilitasi Sosial") == [p + 2 for p in found]


def test_a_word_asked_for_by_several_programs_is_scored_once():
    from melati_archive.nlp.programmentions import _Haystack

    haystack = _Haystack("Pelatihan vokasi bagi penerima manfaat di balai.")
    assert haystack.has_near("vokasional", 75) is haystack.has_near("vokasional", 75)
    assert haystack.has_near("pelatihan", 75) and not haystack.has_near("kewirausahaan", 75)
    assert set(haystack._has_near) == {("vokasional", 75), ("kewirausahaan", 75)}
    assert sorted(haystack.vocabulary) == sorted({"pelatihan", "vokasi", "bagi", "penerima", "manfaat", "di", "balai"})


def test_a_defined_acronym_counts_for_a_program_only_with_a_long_form_near_its_name():
    trc = Program(id="trc", name="Tim Respons Cepat")
    for text, ids in [("Tim Respon Cepat (TRC) dikerahkan.", ["trc"]),
                      ("Tim Respons Cepat Tanggap Bencana Alam (TRCTBA) dikerahkan.", ["trc"]),
                      ("Tim Rescue Cepat Tanggap (TRCT) dikerahkan.", [])]:
        assert match_programs(text, find_acronyms(text), [trc]) == ids
