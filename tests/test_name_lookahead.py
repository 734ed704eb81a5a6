"""names.name_then: the lookahead put before name-first patterns turns down offsets where no
name can reach what follows it, and never one where the pattern matches."""
import re

from melati_archive.nlp import intros, mentions, speakernames
from melati_archive.nlp.names import name_then

# Name shapes NAME_PATTERN reads: honorifics (a lowercase "dr."), ranks with "(Pol)", joining
# words, glued "al-", degrees after commas, ages, and verbs or commas written right after a name.
TEXTS = [
    "Menurut dr. Hj. Ratna Sari Dewi, SpA, M.Kes, anak perlu tidur cukup.",
    "Rudi Hartono (47), pedagang sayur, mengaku omzetnya turun.",
    "Rudi Hartono (47 tahun), pedagang sayur, menuturkan hal serupa.",
    "Wati Lestari (39 th.), penjual kue, berharap harga gula turun.",
    "AKBP (Pol) Dedi Kurniawan, Kapolres setempat, mengatakan patroli ditambah.",
    "Ahmad bin Sulaiman, tokoh adat, berkata warga sepakat.",
    "Yusuf al-Farabi, pengajar pesantren, menjelaskan jadwal kajian.",
    "Lukas van Berkel, SH, MH, konsultan hukum, menegaskan kontraknya sah.",
    "Sementara itu Budi Santoso mengatakan program berjalan.",
    "Budi Santosomengatakan bahwa data sudah lengkap.",
    "Kepala Dinas Sosial Kota Bandar Rina Melati, S.Sos, menyampaikan laporan.",
    "Sekda Tono dari Pemkab Sukamaju menambahkan, anggaran cukup.",
    "Rapat Koordinasi Daerah digelar di Aula Kantor Bupati, Senin.",
    "Eko Prasetyo, S.Kom selaku operator data menyiapkan laporan.",
    "Rina Wulandari, SE, MM yang menjabat Kepala Seksi hadir.",
    "Hasan Basri (Pak Acan) dan AKBP (Pol) Joko Susilo (JS) ikut rapat.",
    "Gus Dur(Abdurrahman) disebut dalam buku.",
    "Warga Desa Sukamaju, Kecamatan Cibeber, menerima bantuan.\nSiti Aminah\nmengatakan hal itu.",
]


def _bare(rx: re.Pattern, lookahead: str) -> re.Pattern:
    assert rx.pattern.startswith(lookahead)
    return re.compile(rx.pattern[len(lookahead):])


def _same_matches(rx: re.Pattern, bare: re.Pattern) -> int:
    turned_down = 0
    for text in TEXTS:
        for pos in range(len(text)):
            m, b = rx.match(text, pos), bare.match(text, pos)
            if b is None:
                turned_down += m is None
                continue
            assert m is not None and m.span() == b.span() and m.groupdict() == b.groupdict(), text[pos:]
    return turned_down


def test_name_comma_role_matches_as_without_the_lookahead():
    lookahead = name_then(r"[^\S\n]*,", more_openers=("th", "tahun"))
    assert _same_matches(intros._NAME_COMMA_ROLE, _bare(intros._NAME_COMMA_ROLE, lookahead)) > 0


def test_indirect_subject_matches_as_without_the_lookahead():
    lookahead = name_then(r"\s*(?:,|dari|me|be)")
    assert _same_matches(speakernames._INDIRECT_SUBJECT, _bare(speakernames._INDIRECT_SUBJECT, lookahead)) > 0


def test_the_lookahead_turns_down_a_clause_and_keeps_a_name_before_a_comma():
    rx = re.compile(name_then(r"[^\S\n]*,"))
    assert rx.match("Rapat Koordinasi Daerah digelar di Aula, Senin") is None  # "digelar" opens no name piece
    assert rx.match("Dr. Hj. Ratna Sari Dewi, SpA") is not None
    assert rx.match("Siti Aminah\nmengatakan, ...") is None  # a name never runs over a line break


def test_name_selaku_and_paren_alias_match_as_without_the_lookahead():
    selaku = name_then(r"[^\S\n]*,?[^\S\n]+[sy]", piece=r"\S*")
    assert _same_matches(intros._NAME_SELAKU, _bare(intros._NAME_SELAKU, selaku)) > 0
    paren = name_then(r"[^\S\n]*\(", piece=r"[^\s(]*")
    assert _same_matches(mentions._PAREN_ALIAS, _bare(mentions._PAREN_ALIAS, paren)) > 0


def test_the_lookahead_reads_no_further_than_a_name_can_reach():
    # a long run of name-shaped words: each start reads a bounded stretch, so a text that is one
    # such run is read in linear time, not the rest of the run from every start
    from melati_archive.nlp.names import MAX_NAME_PIECES

    rx = re.compile(name_then(r"[^\S\n]*,"))
    assert rx.match("Budi " * MAX_NAME_PIECES + ", kata dia") is not None
    assert rx.match("Budi " * (MAX_NAME_PIECES + 2) + ", kata dia") is None
    # the bound is above anything the name pattern reads: titles, five name words, degrees
    assert rx.match("Prof. Dr. Ir. Hj. Ratna Sari Dewi Ayu Lestari, S.Sos., M.Si., M.Kes., SpA, kata dia") is not None


def test_a_short_name_is_expanded_from_one_reading_of_the_text():
    # coref reads the fuller forms of a short name once per text, however many places ask
    from melati_archive.nlp import coref

    text = "Budi Santoso hadir. " + "Menurut Budi, program berjalan. " * 200
    coref._fuller_forms.cache_clear()
    assert {coref._expand_full_name(text, "Budi", pos) for pos in range(100, len(text), 97)} == {"Budi Santoso"}
    info = coref._fuller_forms.cache_info()
    assert (info.misses, info.hits > 50) == (1, True)
