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
