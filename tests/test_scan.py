"""Scans led by first letters (nlp/scan.py) find what the boundary-led patterns find."""
import re

from melati_archive.nlp.names import places_in
from melati_archive.nlp.scan import matches_from_start_or_after, word_start_pattern


def test_word_start_pattern_matches_what_a_leading_boundary_matches():
    # the first-letter-first form of "\b(?:words)" must find the same spans, in order, at the
    # text's start, after punctuation or a hyphen, and never inside a word
    words = ["mengatakan", "menambahkan", "meminta", "berkata", "menurut", "kata", "m"]
    text = ("mengatakan itu, Budi menambahkan; (berkata) pra-kata katanya memintanya meminta "
            "dimengatakan menurutnya menurut m am kata\nkata-kata")
    lead = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    first = re.compile(word_start_pattern(words) + r"\b")
    assert [m.span() for m in first.finditer(text)] == [m.span() for m in lead.finditer(text)]
    assert len(lead.findall(text)) >= 8


def test_words_not_after_given_words_match_what_leading_lookbehinds_match():
    words = ["di", "Kota", "Kab.", "Kabupaten", "kawasan"]
    text = ("Wali Kota Bekasi hadir di Bekasi dan Kota Bogor, bukan Kepala Kota Tua; Kab. Bandung, "
            "Kabupaten Garut, dikawasan Puncak, kawasan Dago; Wakil Kota Hilir di  Cimahi")
    lead = re.compile(r"\b(?<!Wali )(?<!Kepala )(?<!Wakil )(?:di|Kota|Kab\.|Kabupaten|kawasan)[^\S\n]+[A-Z][a-z]+")
    first = re.compile(word_start_pattern(words, not_after_words=["Wali ", "Kepala ", "Wakil "]) + r"[^\S\n]+[A-Z][a-z]+")
    spans = [m.span() for m in lead.finditer(text)]
    assert [m.span() for m in first.finditer(text)] == spans and len(spans) == 6


def test_place_words_after_a_mayors_title_are_not_places():
    assert places_in("Wali Kota Bekasi meninjau banjir di Jatiasih dan Kota Bogor.") == {"jatiasih", "bogor"}


def test_capital_first_patterns_match_what_their_leading_lookbehinds_match():
    from melati_archive.nlp.coref import _CAP_RUN
    from melati_archive.nlp.intros import _CAP_START, _ONE_OF_NAME
    from melati_archive.nlp.mentions import _TOKEN_AT

    text = ("Kepala Dinas Sosial Ani Rahmawati hadir. A.Budi Santoso, 'Rina Putri' dan -Bu Sari; "
            ".Dodi Firmansyah x-Joko Widodo\nSalah satu warga Siti Aminah mengaku senang. "
            "xSalah satu warga Budi mengaku. Seorang relawan Yanto Prasetyo, juga hadir.")
    old = {
        _CAP_START: r"(?<![\w'\-.])[A-Z]",
        _CAP_RUN: r"(?<![\w.])(?:[A-Z][a-z]+(?:['\-][A-Za-z]+)*)(?:[^\S\n]+[A-Z][a-z]+(?:['\-][A-Za-z]+)*)+",
        _TOKEN_AT: r"(?<![\w])[A-Z][A-Za-z'\-]+(?:[^\S\n]+[A-Z][A-Za-z'\-]+)*",
        _ONE_OF_NAME: _ONE_OF_NAME.pattern.replace(r"[Ss](?<!\w[Ss])(?:alah[^\S\n]+(?:satu|seorang)|eorang)",
                                                   r"\b(?:[Ss]alah[^\S\n]+(?:satu|seorang)|[Ss]eorang)"),
    }
    for new, pattern in old.items():
        assert pattern != new.pattern
        spans = [m.span() for m in re.finditer(pattern, text)]
        assert [m.span() for m in new.finditer(text)] == spans and spans, pattern
    assert len(list(_ONE_OF_NAME.finditer(text))) == 2


def test_a_line_ends_in_a_dash_as_the_pattern_said():
    from melati_archive.nlp.page import _ends_in_dash

    for line in ["Bogor -", "Bogor \u2014", "Tanah Bumbu, SITUS \u2013", "BOGOR-", " -", "-", "", "a-\n", " -\n",
                 "--", "\u00a0-", "a -\n\n", "b\t-\n", "Bogor - Kota", "- Bogor"]:
        assert _ends_in_dash(line) == bool(re.search(r"\S\s*[-\u2013\u2014]$", line)), repr(line)


def test_matches_from_start_or_after_give_what_the_anchored_alternation_gives():
    rest = r"(?:(?:Namun|Lalu),?[^\S\n]+)?(?P<pro>[Ii]a|[Dd]ia)\b(?=[^\S\n]+me)"
    lead = r"[.!?][^\S\n]+|\n|,[^\S\n]+"
    whole = re.compile(r"(?:^|" + lead + ")" + rest)
    first, after = re.compile(rest), re.compile(r"(?:" + lead + ")" + rest)
    texts = [
        "Namun, dia menilai hal itu perlu. Ia menambahkan, dia meminta warga tenang.",  # the first match holds a comma
        "Warga hadir. Dia meminta bantuan.\nIa mengaku senang",
        ", dia menilai",  # the lead itself at the start
        "Tidak ada kata ganti di sini.",
        "",
    ]
    for text in texts:
        expected = [(m.span(), m.group("pro")) for m in whole.finditer(text)]
        got = [(m.span(), m.group("pro")) for m in matches_from_start_or_after(first, after, text)]
        assert got == expected, text
    assert len([1 for _ in matches_from_start_or_after(first, after, texts[0])]) == 3


def test_matches_where_written_gives_the_pattern_s_matches_at_the_words():
    from melati_archive.nlp.scan import matches_where_written

    pattern = re.compile(r"(?<![\w\-])(?:nenek|kakek)[^\S\n]+(?P<name>[A-Z][a-z]+)")
    text = ("Warga menyebut nenek Sumi dan kakek Darto sebagai perintis. Cucunya, Rinenek, "
            "dan seorang nenek-nenek tua ikut hadir; nenek tanpa nama tidak dihitung, nenek Wati juga.")
    found = list(matches_where_written(pattern, text, ["nenek", "kakek"]))
    assert sorted(m.group("name") for m in found) == ["Darto", "Sumi", "Wati"]
    assert sorted(m.start() for m in found) == [m.start() for m in pattern.finditer(text)]
    assert list(matches_where_written(pattern, text, ["mbah"])) == []


def test_single_spaced_holds_only_for_text_whose_whitespace_is_single_spaces():
    from melati_archive.nlp.scan import single_spaced

    assert single_spaced("Kepala Balai menyerahkan bantuan.")
    assert single_spaced("") and single_spaced(" satu spasi di tepi ")
    for odd in ("dua  spasi", "tab\tdi tengah", "baris\nbaru", "spasi\u00a0tak putus", "em\u2003spasi", "akhir\r"):
        assert not single_spaced(odd), odd


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_kata_starts_are_the_starts_of_the_kata_pattern_after_hyphens_too():
    # a cue after a hyphen ("pra-kata Budi") is found from scan.words_after_hyphens, not from the lowercase words
    from melati_archive.nlp import speakernames as S

    text = ("Menurut Budi, acara itu ramai. Pra-kata Rina menutup, kata-kata indah; x-ujar\tSiti, jelasnya "
            "ungkap Dodi. katanya Ani. -tutur\nWati")
    starts = {m.start() for m in S._KATA_START.finditer(text)}
    assert S._kata_starts(text) == starts and len(starts) >= 5


def test_list_cue_starts_give_every_match_of_the_list_cue():
    from melati_archive.nlp import residents as R

    text = ("Tiga warga, yakni Sarmini, Kusnadi dan Tukiyem. Hadir pula: Camat Ujang. Di antaranya Rudi dan Tono, "
            "diantaranya Ani. Turut hadir Bupati Yana; masing-masing Ketua RT. pra-seperti Rina, antara lain Dedi")
    assert _spans(R.matches_at(R._LIST_CUE, text, R._list_cue_starts(text))) == _spans(R._LIST_CUE.finditer(text))
    assert len(list(R._LIST_CUE.finditer(text))) >= 6


def test_counted_group_starts_give_every_match_of_the_counted_group():
    from melati_archive.nlp import residents as R

    text = ("Dua warga, Budi dan Ani, hadir. Kedua petugas desa, Rina serta Tono, datang; ketiga relawan, Sari, "
            "Dedi dan Wati, pulang. pra-dua nelayan, Ujang dan Asep, melaut; Lima siswa, A dan B, ikut.")
    assert (_spans(R.matches_at(R._COUNTED_GROUP, text, R._counted_group_starts(text)))
            == _spans(R._COUNTED_GROUP.finditer(text)))
    assert len(list(R._COUNTED_GROUP.finditer(text))) >= 3


def test_capitals_after_a_sentence_end_are_where_the_sentence_end_pattern_ends():
    from melati_archive.nlp.intros import _CAPITAL_AFTER_SENTENCE_END

    ends = re.compile(r"(?:[.!?][^\S\n]|\n|[^\S\n]{3})(?=[A-Z])")
    text = "Satu. Dua!\tTiga\nEmpat    Lima.  Enam a. b Tujuh?\n\nDelapan.Sembilan ? Sepuluh   "
    assert [m.start() for m in _CAPITAL_AFTER_SENTENCE_END.finditer(text)] == [m.end() for m in ends.finditer(text)]


def test_acronym_scans_before_their_cues_give_what_finditer_gives():
    from melati_archive.nlp import acronyms as A

    text = ("PKH atau Program Keluarga Harapan, BLT,  yaitu Bantuan Langsung Tunai; KUBE adalah Kelompok Usaha "
            "Bersama. ABCDEFGHIJKLMNOPQ atau Panjang; X atau Y, Dinsos\n atau Dinas Sosial, Tagana merupakan Taruna")
    for rx, _needs, scan in A._SCANS:
        if scan is not None:
            assert _spans(scan(text)) == _spans(rx.finditer(text))
    assert len(list(A._NAMED_WEAKLY.finditer(text))) >= 2 and len(list(A._ATAU_BEFORE.finditer(text))) >= 2


def test_member_from_party_reads_the_names_the_lookbehind_form_read():
    from melati_archive.nlp.names import NAME_PATTERN
    from melati_archive.nlp.partymembers import _MEMBER_FROM_PARTY

    lookbehind = re.compile(
        r"(?:(?<=[,:][^\S\n])|(?<=\badalah[^\S\n])|(?<=\bdan[^\S\n])|(?<=\byakni[^\S\n])|(?<=\byaitu[^\S\n])|(?<=\bserta[^\S\n]))"
        r"(?P<name>" + NAME_PATTERN + r")(?:[^\S\n]*,?[^\S\n]*[A-Z][A-Za-z]{0,3}(?:,[A-Z][A-Za-z]{0,3})*){0,3}?"
        r"[^\S\n]+dari[^\S\n]+(?:Partai|Fraksi)[^\S\n]+(?P<party>[A-Z][\w\-]*)")
    text = ("Anggota dewan adalah Budi Santoso SH,MM dari Partai Golkar, Rina Wati SE dari Partai Maju dan "
            "Hj. Sari Dewi dari Fraksi Karya, serta kadan Tono dari Partai Baru; yakni Dedi Kurnia ST MM dari Partai Hijau")
    def names(rx):
        return [(m.span("name"), m.group("party")) for m in rx.finditer(text)]
    assert names(_MEMBER_FROM_PARTY) == names(lookbehind) and len(names(lookbehind)) >= 4
