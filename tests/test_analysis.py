"""Indonesian analysis: tokens, reduplication, compounds, stopwords, stemming and what is never stemmed."""
from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import Phrase, Term

from melati_archive.model import Person, Program
from melati_archive.nlp import analysis, stemming
from melati_archive.nlp.analysis import analyze, protected_words, stem


def _plain_sastrawi_stems(words) -> dict[str, str]:
    """PySastrawi's own stems of `words`, in a fresh process that imports nothing of ours."""
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", "import json, sys\n"
         "from Sastrawi.Stemmer.StemmerFactory import StemmerFactory\n"
         "s = StemmerFactory().create_stemmer()\n"
         "print(json.dumps({w: s.stem(w) for w in json.loads(sys.argv[1])}))", json.dumps(list(words))],
        capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.mark.parametrize("word", ["bekasi", "bali", "melati", "relawan"])
def test_words_pysastrawi_breaks_are_kept_as_written(word):
    assert analyze(word.title()) == [word]


@pytest.mark.parametrize("word, root, wrong", [("berikan", "beri", "ikan"), ("menangis", "tangis", "menang")])
def test_words_pysastrawi_misroots_get_their_real_root(word, root, wrong):
    assert analyze(word) == [root]
    assert wrong not in analyze(f"Mereka {word} di sana")


def test_affixed_words_are_stemmed_in_the_stemmed_field_only():
    text = "Peserta dilatih dan melatih diri dalam pelatihan"
    assert analyze(text) == ["peserta", "latih", "latih", "diri", "latih"]
    assert analyze(text, stemmed=False) == ["peserta", "dilatih", "dan", "melatih", "diri", "dalam", "pelatihan"]


@pytest.mark.parametrize("negation", ["tidak", "tak", "bukan", "belum", "jangan", "tanpa"])
def test_negations_are_not_stopwords(negation):
    assert negation in analyze(f"warga {negation} mampu")


def test_stopwords_leave_gaps_so_phrases_keep_their_distance():
    tokens = [(t.text, t.pos) for t in analysis.stemmed_analyzer()("bantuan untuk anak", positions=True)]
    assert tokens == [("bantu", 0), ("anak", 2)]


@pytest.mark.parametrize("raw, base", [("anak-anak", "anak"), ("Anak-anaknya", "anak"), ("berlari-lari", "berlari"),
                                       ("sebaik-baiknya", "sebaik")])
def test_reduplication_folds_to_one_token(raw, base):
    assert analyze(raw, stemmed=False) == [base]


def test_a_hyphenated_compound_yields_parts_in_a_row_and_the_joined_form():
    tokens = [(t.text, t.pos) for t in analysis.exact_analyzer()("kedua orang-tua siswa", positions=True)]
    assert tokens == [("kedua", 0), ("orang", 1), ("orangtua", 1), ("tua", 2), ("siswa", 3)]


def test_numbers_and_apostrophes():
    assert analyze("Ma'ruf Amin membagikan 1.000 paket Covid-19", stemmed=False) == [
        "maruf", "amin", "membagikan", "1000", "paket", "covid", "covid19", "19"]


def test_the_rupiah_sign_written_solid_is_a_token_of_its_own():
    # the standard spelling glues it (Rp300.000); the amount is the same number as in "Rp 300.000"
    assert analyze("Rp300.000 dan Rp1,5 juta", stemmed=False) == ["rp", "300000", "dan", "rp", "1,5", "juta"]
    assert analyze("Rp 300.000", stemmed=False) == ["rp", "300000"]
    assert analyze("Rpx RP3", stemmed=False) == ["rpx", "rp", "3"]  # only before a number


def test_a_number_is_one_token_however_its_thousands_are_written():
    # 300.000 and 300000 are one number; zero decimals (Rp1.500.000,00) are no part of it
    assert analyze("300.000 300000 1.500.000,00 1500000", stemmed=False) == ["300000", "300000", "1500000", "1500000"]
    # a decimal, a date, a time or a phone number is not a grouped whole number
    assert analyze("1,5 12.03.2024 09.15 0812.345.678 1.000.000,50", stemmed=False) == [
        "1,5", "12.03.2024", "09.15", "0812.345.678", "1.000.000,50"]


def test_stem_is_a_cached_module_function():
    stem.cache_clear()
    stem("pelatihan")
    stem("pelatihan")
    assert stem.cache_info().hits == 1


def test_capitalised_words_become_protected_names():
    texts = ["PEMALANG, KOMPAS — Warga Pemalang dan warga Berau menerima bantuan. Bantuan datang pekan lalu.",
             "Bupati Pemalang meninjau pasar di Berau bersama relawan."]
    assert stem("pemalang") != "pemalang" and stem("berau") != "berau"  # precondition: PySastrawi breaks them
    protected = protected_words(None, [], [], texts)
    assert {"pemalang", "berau"} <= protected
    assert "bantuan" not in protected  # written in lowercase too: a common word, stemmed as usual
    assert analyze("Pemalang", protected) == ["pemalang"]


def test_people_programs_and_configured_exclusions_are_protected():
    config = SimpleNamespace(stem_exclusions=["Penajam"])
    people = [Person(id="x", name="Dewi Berau", aliases=["Bu Dewi"])]
    programs = [Program(id="p", name="Pelatihan Kerja", acronym="PEMALANG",
                        aliases=["Penajaman", "Pelatihan Vokasi dan Kewirausahaan"])]
    protected = protected_words(config, people, programs, [])
    assert {"penajam", "berau", "pemalang", "penajaman"} <= protected
    # program names and the words of longer aliases are common words; acronyms and one-word aliases are names
    assert "pelatihan" not in protected and "kewirausahaan" not in protected


def test_analyzers_pickle_inside_a_real_whoosh_index(tmp_path):
    protected = frozenset({"pemalang"})
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analysis.stemmed_analyzer(protected)),
                    body_exact=TEXT(analyzer=analysis.exact_analyzer()))
    assert pickle.loads(pickle.dumps(schema["body"].analyzer)) == schema["body"].analyzer
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        text = "Warga Pemalang dilatih menjahit oleh orang-tua mereka"
        w.add_document(id="1", body=text, body_exact=text)
    reopened = index.open_dir(str(tmp_path))  # the schema (analyzers included) comes back unpickled
    with reopened.searcher() as s:
        assert [h["id"] for h in s.search(Term("body", "latih"))] == ["1"]
        assert [h["id"] for h in s.search(Term("body", "pemalang"))] == ["1"]
        assert not list(s.search(Term("body", "malang")))
        assert [h["id"] for h in s.search(Phrase("body_exact", ["orang", "tua", "mereka"]))] == ["1"]


_RELEASE = (
    "JAKARTA (13/11/2020) - Balai Melati menggelar pelatihan bagi anak-anak dan orang-tua. "
    "\"Kami tidak akan berhenti mendampingi para penerima manfaat,\" kata Nurul Hidayah. "
    "Pelatihan keterampilan, pelatih, berlatih: keluarga Ma'ruf ikut 1.000 kali di Jakarta."
)
_PROTECTED = frozenset({"melati", "nurul"})


def test_one_pass_positions_match_both_analyzers():
    _assert_positions_as_the_analyzers_give(
        [_RELEASE, "anak-anaknya berlari-lari ke orang-tua", "Yang dan di ke tidak", "", "1.000 2,5 Ma'ruf"])


def _assert_positions_as_the_analyzers_give(texts: list[str]) -> None:
    """field_positions gives, term for term and in the same order, what the exact and stemmed
    analyzers give for each whole text."""
    for text in texts:
        exact, stemmed = analysis.field_positions(text, _PROTECTED)
        for analyzer, positions in [(analysis.exact_analyzer(), exact),
                                    (analysis.stemmed_analyzer(_PROTECTED), stemmed)]:
            expected: dict[str, list[int]] = {}
            for t in analyzer(text, positions=True):
                expected.setdefault(t.text, []).append(t.pos)
            assert positions == expected and list(positions) == list(expected), text


def test_one_pass_positions_of_pieces_with_several_tokens_or_none():
    # field_positions tokenizes each space-separated piece once: pieces holding several tokens,
    # none (a dash alone), a number against letters, and other spaces (tab, newline, no-break)
    # must give what the analyzers give for the whole text
    texts = [
        "Rapat (13/11/2020) di Kab.Pemalang \u2014 dibuka pukul 09.00-selesai, Rp2.000,5 per orang-tua.",
        "kata \u2014 kata - lagi -- anak-anak,anak-anaknya;orang-tua/wali 3a 3.5.7x 2,5. 1.000",
        "Ma'ruf\tbilang:\n\"Kami\u00a0siap\"\u2003(tidak-tidak) Nurul-Melati 'dan' `para`",
        "\u2014 \u2013 ... !!", "   ",
    ]
    _assert_positions_as_the_analyzers_give(texts)


def test_stems_worked_out_elsewhere_are_the_ones_stem_gives():
    words = analysis.stem_candidates([_RELEASE, "dan yang para dengan"])
    assert "pelatihan" in words and "mendampingi" in words
    assert not words & analysis.STOPWORDS and all(len(w) >= 4 and w.isalpha() for w in words)
    assert analysis.stems_of(sorted(words)) == {w: analysis.stem(w) for w in words}


def test_sastrawi_with_compiled_patterns_stems_as_plain_sastrawi():
    import sys

    words = sorted(analysis.stem_candidates([_RELEASE, (
        "memperjuangkan menyelesaikan pengembangan keberhasilan ketidakadilan diperbaiki bersepeda "
        "pemberdayaan penanganan menanggulangi terselenggaranya perekonomian pembelajaran mengakomodasi "
        "kesejahteraan menyampaikan disampaikan berkolaborasi pertanggungjawaban mempertanyakan")]))
    plain = _plain_sastrawi_stems(words)
    ours = stemming._stemmer()
    assert isinstance(sys.modules["Sastrawi.Stemmer.Context.Visitor.AbstractDisambiguatePrefixRule"].re,
                      stemming._CompiledRe)
    assert {w: ours.stem(w) for w in words} == plain


def test_cased_counts_of_parts_add_up_to_the_whole():
    from collections import Counter

    texts = [_RELEASE, "Di Jakarta, warga Melati berkumpul. jakarta tidak sepi.", "BANDUNG (1/2/2020) - Dinas Sosial hadir."]
    capital, lower = Counter(), Counter()
    for text in texts:
        c, low = analysis.cased_counts([text])
        capital.update(c)
        lower.update(low)
    assert analysis.capitalised_from(capital, lower) == analysis.capitalised_words(texts)
    assert "bandung" in analysis.capitalised_words(texts)


def test_cased_counts_count_mid_sentence_capitals_and_lowercase_words():
    capital, lower = analysis.cased_counts([
        "BANDUNG (3/3/2024) - Warga Desa Sukamaju menerima bantuan dari Dinas Sosial. Bantuan itu tiba pagi. "
        "\"Terima kasih,\" ujar Pak Asep di Sukamaju. Ma'ruf datang; Ma'ruf pulang."])
    assert capital == {"bandung": 1, "desa": 1, "sukamaju": 2, "dinas": 1, "sosial": 1, "pak": 1, "asep": 1}
    assert lower["bantuan"] == 1 and lower["dari"] == 1 and lower["ujar"] == 1
    assert "terima" not in capital and "bantuan" not in capital and "maruf" not in capital


def test_cased_counts_read_up_to_four_characters_before_a_capital():
    # mid-sentence after a word and spaces; a sentence start after a stop, a line break, an
    # opening bracket or quote, within the four characters before the word, or at the text's start
    texts = ["kata Budi", "kata  Budi", "kata.   Budi", "kata.    Budi", "kata\n Budi", "kata (Budi", "kata \u201cBudi",
             "Budi", " Budi", "a Budi", "kata\u2014Budi", "kata, Budi", "kata: Budi", "kata 1 Budi", "e-Budi"]
    counted = [analysis.cased_counts([t])[0]["budi"] for t in texts]
    assert counted == [1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0]


def test_stem_candidates_come_from_every_token_form():
    words = analysis.stem_candidates(["Para orang-tua murid menyiapkan anak-anaknya; Ma'ruf datang.",
                                      "Vaksin Covid-19 tiba  di\tposyandu pada 1.000 keluarga", ""])
    assert words == {"orang", "orangtua", "murid", "menyiapkan", "anak", "maruf", "datang", "vaksin", "covid",
                     "tiba", "posyandu", "keluarga"}


def test_guarded_prefix_rules_stem_as_plain_sastrawi():
    # every prefix family (ber-, be-, ter-, te-, per-, pe-, me-, meng-, peng-, ku-, kau-, the -el-/-em-/
    # -er-/-in- infixes, belajar/pelajar) and words no rule starts
    words = ("belajar pelajar mempelajari berlari bekerja beserta terbawa tertawa teperdaya perbesar pelari pewarta "
             "penyanyi pengajar pemimpin pengeboran penyusun mengajar menyapu memukul menulis menggunakan mengebom "
             "memperbaiki mempengaruhi melihat merawat mewarnai menyanyikan kuambil kaupikir gemetar telunjuk gerigi "
             "kinerja sinambung ekonomi anggaran ulasan ibu ab bel").split()
    plain = _plain_sastrawi_stems(words)
    ours = stemming._stemmer()
    visitors = ours.delegatedStemmer.visitor_provider.prefix_visitors
    assert sum("visit" in vars(v) for v in visitors) == len(visitors) - 1  # all but the plain di-/ke-/se-
    assert {w: ours.stem(w) for w in words} == plain


def test_plain_words_skip_to_the_prefix_rules_that_apply_and_stem_as_plain_sastrawi():
    # root words (their own stem), each prefix family, suffix-first and prefix-first orders, the
    # ECS loop that gives back a suffix (-kan then -k), and words no rule changes
    words = ("makan ajar kerja lari pemberdayaan menyelesaikan dipertanggungjawabkan keberhasilannya "
             "perekonomian pengembangan bersepeda terselenggaranya mempertanyakan menanggulangi diperbaiki "
             "mengakomodasi kesejahteraan belajar pelajar kuambil kaupikir gemetar telunjuk sinambung "
             "memasukkan menemukan pembangunan pelabuhan diselenggarakan sepeda seberapa kebersamaan "
             "xyzabc ekonomi anggaran ulasan posyandu bantuannya tertawa").split()
    plain = _plain_sastrawi_stems(words)
    assert {w: stemming._plain_root(w) for w in words} == plain


def test_a_prefix_rule_that_changes_the_word_without_a_removal_lets_every_rule_left_run():
    from Sastrawi.Stemmer.Context.Context import Context

    stemming._stemmer()  # the guards
    calls = []

    class Rule:
        def __init__(self, name, to=None, starts=None):
            self.name, self.to = name, to
            if starts is not None:
                def guarded(context):
                    calls.append(self.name)
                    if context.current_word[:2] in starts and self.to:
                        context.current_word = self.to

                guarded.starts = frozenset(starts)
                self.visit = guarded

        def visit(self, context):  # unguarded: a rule of another shape
            calls.append(self.name)
            if self.to:
                context.current_word = self.to

    visitors = [Rule("first"), Rule("renames", to="qrstuv"), Rule("xy only", to="zz", starts={"xy"}),
                Rule("qr only", starts={"qr"})]
    context_class = stemming._prefix_run_context(Context, visitors)
    dictionary = SimpleNamespace(contains=lambda w: False)
    provider = SimpleNamespace(get_visitors=list, get_suffix_visitors=list, get_prefix_visitors=lambda: visitors)
    context = context_class("abcdef", dictionary, provider)
    context.accept_prefix_visitors(visitors)
    # "xy only" and "qr only" skipped on abcdef by the run; once renamed, both rules left run
    assert calls == ["first", "renames", "xy only", "qr only"] and context.current_word == "qrstuv"


def test_prefix_rule_starts_are_read_from_its_patterns():
    assert stemming._pattern_starts(r"^meng([aiueo])(.*)$") == {"me"}
    assert stemming._pattern_starts(r"^([bcd])el([aiueo])(.*)$") == {"be", "ce", "de"}
    assert stemming._pattern_starts(r"^pe([wy])([aiueo])(.*)$") == {"pe"}
    assert stemming._pattern_starts(r"^(.*)$") is None  # any start: the rule is not guarded


@pytest.mark.parametrize("word, root", [("relawannya", "relawan"), ("Penduduknya", "penduduk"),
                                        ("pemerintahnya", "pemerintah"), ("pendapatannya", "pendapatan"),
                                        ("relawannyalah", "relawan"), ("menangislah", "tangis")])
def test_a_listed_word_keeps_its_stem_with_an_inflectional_ending(word, root):
    # PySastrawi strips -nya and then over-stems (relawannya -> rawan, penduduknya -> duduk):
    # the ending makes no new word, so the listed word's own stem holds
    assert analyze(word) == [root]


@pytest.mark.parametrize("word", ["sekolahnya", "masalah", "langkah"])
def test_a_root_word_that_ends_like_a_particle_is_not_cut(word):
    assert stemming.inflection_base(word) in (None, "sekolah")
    assert analyze(word) == [word.removesuffix("nya")]


def test_inflected_forms_leave_out_root_words_of_their_own():
    assert "masalah" not in stemming.inflected_forms("masa")
    assert {"pendapatannya", "pendapatanku", "pendapatannyalah"} <= set(stemming.inflected_forms("pendapatan"))
    assert stemming.inflected_forms("ibu") == ()  # too short to carry an ending safely


@pytest.mark.parametrize("word, base", [("relawannya", "relawan"), ("bantuannya", "bantuan"), ("rumahku", "rumah"),
                                        ("bertanya", None), ("menikah", None), ("pemerintah", None)])
def test_possessed_base_is_the_word_a_possessive_form_stands_for(word, base):
    # bertanya is ber-tanya, not berta-nya; -kah in menikah is part of the word; -tah is never cut
    assert stemming.possessed_base(word) == base
