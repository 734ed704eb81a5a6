"""Relevance on a real whoosh index: exact first, affix families, names kept, compounds, acronyms."""
from __future__ import annotations

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema

from melati_archive import relevance
from melati_archive.nlp import analysis

DOCS = {
    "pelatihan": "Balai menggelar pelatihan menjahit. Pelatihan berlangsung empat hari bagi warga.",
    "dilatih": "Para peserta dilatih menjahit oleh instruktur, lalu mereka melatih tetangga.",
    "latihan-tni": "Pesawat terbang rendah dalam latihan rutin.",
    "bekasi": "Warga Bekasi menerima bantuan dari balai.",
    "bekas": "Gedung bekas pabrik itu dipakai sebagai gudang.",
    "pkh-long": "Bantuan Program Keluarga Harapan (PKH) cair bulan ini.",
    "pkh-short": "Penerima PKH di kelurahan itu bertambah.",
    "long-only": "Pendamping program keluarga harapan mengunjungi rumah warga.",
    "spaced": "Orang tua murid diminta mendampingi anak belajar.",
    "closed": "Orangtua murid mengeluhkan kuota internet.",
    "hyphen": "Pertemuan orang-tua dan guru digelar daring.",
    "menangis": "Anak itu menangis ketika bertemu ibunya.",
    "menang": "Tim balai menang lomba tingkat provinsi.",
    "mendapatkan": "Warga mendapatkan paket sembako dari pemerintah.",
    "pendapatan": "Pendapatan warga turun selama pandemi.",
    "covid-spaced": "Posko Covid 19 di kecamatan ditutup sementara.",
    "covid-closed": "Kasus covid19 menurun sepekan terakhir.",
    "covid-hyphen": "Vaksinasi Covid-19 digelar di aula.",
    "amount-solid": "Setiap keluarga menerima Rp300.000 per bulan.",
    "amount-spaced": "Modal usaha sebesar Rp 1,5 juta diberikan kepada kelompok.",
}


def _index_with_knowledge(path, docs: dict[str, str]):
    """(index, knowledge) of `docs` (id -> body), built as a full reindex builds them."""
    texts = list(docs.values())
    protected = analysis.protected_words(None, [], [], texts)
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analysis.stemmed_analyzer(protected)),
                    body_exact=TEXT(analyzer=analysis.exact_analyzer()))
    ix = index.create_in(str(path), schema)
    with ix.writer() as w:
        for key, text in docs.items():
            w.add_document(id=key, body=text, body_exact=text)
    relevance.write_knowledge(path, protected, relevance.archive_acronyms(texts))
    return index.open_dir(str(path)), relevance.load_knowledge(path)


@pytest.fixture(scope="module")
def ix_and_knowledge(tmp_path_factory):
    return _index_with_knowledge(tmp_path_factory.mktemp("ix"), DOCS)


def ids(ix, query):
    with ix.searcher(weighting=relevance.weighting()) as s:
        return [h["id"] for h in s.search(query, limit=None)]


def test_an_affixed_noun_finds_its_verb_forms_and_exact_matches_rank_first(ix_and_knowledge):
    ix, k = ix_and_knowledge
    found = ids(ix, relevance.word_query("pelatihan", "body", k))
    assert found[0] == "pelatihan"
    assert "dilatih" in found


def test_a_verb_finds_the_noun_and_its_other_forms(ix_and_knowledge):
    ix, k = ix_and_knowledge
    found = ids(ix, relevance.word_query("dilatih", "body", k))
    assert found[0] == "dilatih"
    assert "pelatihan" in found


def test_a_name_is_not_stemmed_into_a_common_word(ix_and_knowledge):
    ix, k = ix_and_knowledge
    assert ids(ix, relevance.word_query("Bekasi", "body", k)) == ["bekasi"]
    assert ids(ix, relevance.word_query("bekas", "body", k)) == ["bekas"]


def test_over_stemmed_words_do_not_match_their_false_root(ix_and_knowledge):
    ix, k = ix_and_knowledge
    assert ids(ix, relevance.word_query("menangis", "body", k)) == ["menangis"]
    assert ids(ix, relevance.word_query("menang", "body", k)) == ["menang"]
    assert ids(ix, relevance.word_query("pendapatan", "body", k)) == ["pendapatan"]


def test_an_acronym_finds_its_long_form_and_the_reverse(ix_and_knowledge):
    ix, k = ix_and_knowledge
    assert k.acronyms["pkh"] == (("program", "keluarga", "harapan"),)
    assert set(ids(ix, relevance.word_query("PKH", "body", k))) == {"pkh-long", "pkh-short", "long-only"}
    assert set(ids(ix, relevance.phrase_query(["Program", "Keluarga", "Harapan"], "body", k))) == {
        "pkh-long", "pkh-short", "long-only"}
    assert set(ids(ix, relevance.words_query(["program", "keluarga", "harapan"], "body", k))) == {
        "pkh-long", "pkh-short", "long-only"}


def test_without_knowledge_an_acronym_matches_only_itself(ix_and_knowledge):
    ix, _ = ix_and_knowledge
    assert set(ids(ix, relevance.word_query("PKH", "body"))) == {"pkh-long", "pkh-short"}


def test_compound_spellings_match_each_other(ix_and_knowledge):
    ix, k = ix_and_knowledge
    all_three = {"spaced", "closed", "hyphen"}
    assert set(ids(ix, relevance.word_query("orangtua", "body", k))) == all_three
    assert set(ids(ix, relevance.word_query("orang-tua", "body", k))) == all_three
    assert set(ids(ix, relevance.phrase_query(["orang", "tua"], "body", k))) == all_three
    assert set(ids(ix, relevance.words_query(["orang", "tua"], "body", k))) == all_three


def test_a_compound_typed_solid_ranks_its_solid_spelling_above_the_one_written_apart(ix_and_knowledge):
    # the words written apart are the same word, weighed like it (a phrase scores about the sum of
    # its words), not twice it: the spelling typed comes first, as an exact word does
    ix, k = ix_and_knowledge
    ranked = ids(ix, relevance.word_query("orangtua", "body", k))
    assert ranked.index("closed") < ranked.index("spaced")


def test_a_quoted_phrase_weighs_its_closed_word_and_its_acronym_like_the_phrase(ix_and_knowledge):
    # the other way round: "orang tua" quoted finds "orangtua" weighed as the two words, not as one
    # of them (it ranked last, below the spelling apart, in a probe: "wali kota" under "wakil wali kota")
    ix, k = ix_and_knowledge
    ranked = ids(ix, relevance.phrase_query(["orang", "tua"], "body", k))
    assert ranked.index("closed") < ranked.index("spaced")
    ranked = ids(ix, relevance.phrase_query(["program", "keluarga", "harapan"], "body", k))
    assert ranked.index("pkh-short") < ranked.index("long-only")


def test_a_compound_after_another_word_is_still_found_written_solid(ix_and_knowledge):
    # "mengeluhkan orang tua": the first two words are no compound, which must not keep the last
    # two from being one ("orangtua" is both "orang" and "tua")
    ix, k = ix_and_knowledge
    assert ids(ix, relevance.words_query(["mengeluhkan", "orang", "tua"], "body", k)) == ["closed"]


def test_a_word_and_its_number_match_written_solid_hyphenated_or_apart(ix_and_knowledge):
    ix, k = ix_and_knowledge
    all_three = {"covid-spaced", "covid-closed", "covid-hyphen"}
    assert set(ids(ix, relevance.word_query("covid19", "body", k))) == all_three
    assert set(ids(ix, relevance.word_query("covid-19", "body", k))) == all_three
    assert set(ids(ix, relevance.phrase_query(["covid", "19"], "body", k))) == all_three
    # two bare words: every document with both, and the closed form counts as both
    assert set(ids(ix, relevance.words_query(["covid", "19"], "body", k))) == all_three


def test_an_amount_is_the_same_number_with_or_without_the_rupiah_sign_glued(ix_and_knowledge):
    ix, k = ix_and_knowledge
    assert ids(ix, relevance.word_query("300.000", "body", k)) == ["amount-solid"]
    assert ids(ix, relevance.word_query("300000", "body", k)) == ["amount-solid"]
    assert ids(ix, relevance.phrase_query(["Rp", "300.000"], "body", k)) == ["amount-solid"]
    assert ids(ix, relevance.phrase_query(["Rp1,5", "juta"], "body", k)) == ["amount-spaced"]
    # typed solid, the amount alone: not every article that writes "Rp" somewhere
    assert ids(ix, relevance.word_query("Rp300.000", "body", k)) == ["amount-solid"]


def test_knowledge_file_round_trip_and_missing_file(tmp_path):
    assert relevance.load_knowledge(tmp_path) is relevance.EMPTY
    relevance.write_knowledge(tmp_path, {"pemalang"}, [("DTKS", "Data Terpadu Kesejahteraan Sosial")])
    k = relevance.load_knowledge(tmp_path)
    assert k.is_protected("pemalang")
    assert k.longforms[("data", "terpadu", "kesejahteraan", "sosial")] == ("dtks",)


def test_query_expansion_is_bounded_by_the_lexicon_and_a_limit(ix_and_knowledge):
    ix, _ = ix_and_knowledge
    family = relevance.affix_family("pelatihan")
    assert {"melatih", "dilatih", "latihan", "berlatih"} <= set(family)
    with ix.searcher() as s:
        present = list(relevance.AffixFamily("body_exact", "pelatihan")._btexts(s.reader()))
        assert sorted(b.decode() for b in present) == ["dilatih", "latihan", "melatih"]
        assert len(list(relevance.AffixFamily("body_exact", "pelatihan", limit=2)._btexts(s.reader()))) == 2


def test_kind_aware_scoring_counts_only_documents_of_the_fields_kind(tmp_path):
    schema = Schema(kind=ID, body=TEXT(analyzer=analysis.stemmed_analyzer()),
                    body_exact=TEXT(analyzer=analysis.exact_analyzer()), text=TEXT)
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        for n in range(3):
            w.add_document(kind="article", body=f"artikel nomor {n} tentang pelatihan", body_exact="x")
        for n in range(30):
            w.add_document(kind="quote", text=f"kutipan {n}")
    model = relevance.weighting()
    with ix.searcher(weighting=model) as s:
        assert model.population(s, "body") == 3
        assert model.population(s, "body_exact") == 3
        assert model.population(s, "text") == 30
        from whoosh.scoring import BM25F

        # N is the 3 articles, not all 33 documents: the term is common among articles
        assert model.idf(s, "body", "latih") < BM25F().idf(s, "body", "latih")


def test_family_is_chosen_in_the_whole_index_not_per_segment(tmp_path):
    # "melatih" is the most frequent form overall but absent from the second segment; with a
    # limit of one form, every segment must still search the index's most frequent form.
    schema = Schema(id=ID(stored=True), body_exact=TEXT(analyzer=analysis.exact_analyzer()))
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        for i in range(3):
            w.add_document(id=f"a{i}", body_exact="Instruktur melatih warga menjahit.")
        for i in range(12):  # a form in most documents is left out of families: dilute them
            w.add_document(id=f"x{i}", body_exact="Warga menerima bantuan sembako.")
    with ix.writer() as w:  # a second commit: a second segment
        w.merge = False
        w.add_document(id="b0", body_exact="Relawan dilatih menjahit.")
        w.add_document(id="b1", body_exact="Mereka melatih tetangga.")
    with ix.searcher() as s:
        assert len(s.reader().leaf_readers()) == 2
        family = relevance.AffixFamily("body_exact", "latih", limit=1)
        hits = {h["id"] for h in s.search(family, limit=None)}
    assert hits == {"a0", "a1", "a2", "b1"}  # "melatih" everywhere; "dilatih" (rarer) nowhere


def _forms_index(tmp_path, bodies: list[str]):
    """A plain whoosh index of `bodies` (uid = position), for BestOf's own scoring."""
    from whoosh import index as windex
    from whoosh.fields import ID, TEXT, Schema

    ix = windex.create_in(str(tmp_path), Schema(uid=ID(stored=True), body=TEXT()))
    with ix.writer() as w:
        for n, body in enumerate(bodies):
            w.add_document(uid=str(n), body=body)
    return ix


def test_family_scores_each_document_by_its_own_best_form(tmp_path):
    # whoosh's DisjunctionMaxMatcher gave doc 0 the score "melatih" has in doc 1
    from whoosh.query import Term

    from melati_archive.relevance import BestOf

    ix = _forms_index(tmp_path, ["pelatihan " + "kata lain yang panjang " * 30, "melatih melatih melatih",
                                 "pelatihan melatih"])
    terms = [Term("body", "pelatihan"), Term("body", "melatih")]
    with ix.searcher() as s:
        alone = {}
        for t in terms:
            for hit in s.search(t, limit=None):
                alone[hit["uid"]] = max(alone.get(hit["uid"], 0.0), hit.score)
        best = {hit["uid"]: hit.score for hit in s.search(BestOf(terms), limit=None)}
    assert best == pytest.approx(alone)
    assert best["1"] > best["0"]


def test_best_of_adds_the_weaker_form_times_the_tiebreak(tmp_path):
    # whoosh's weighted tree builder dropped the tiebreak: it was stored and never applied
    from whoosh.query import Term

    from melati_archive.relevance import BestOf

    ix = _forms_index(tmp_path, ["pelatihan " + "kata lain yang panjang " * 30, "melatih melatih melatih",
                                 "pelatihan melatih dilatih"])
    terms = [Term("body", "pelatihan"), Term("body", "melatih"), Term("body", "dilatih")]
    with ix.searcher() as s:
        alone = {t.text: {h["uid"]: h.score for h in s.search(t, limit=None)} for t in terms}
        plain = {h["uid"]: h.score for h in s.search(BestOf(terms), limit=None)}
        half = {h["uid"]: h.score for h in s.search(BestOf(terms, tiebreak=0.5), limit=None)}
    three = sorted((alone[t.text]["2"] for t in terms), reverse=True)
    assert plain["2"] == pytest.approx(three[0])
    assert three[0] < half["2"] <= three[0] + 0.5 * (three[1] + three[2])
    assert half["0"] == pytest.approx(plain["0"]) and half["1"] == pytest.approx(plain["1"])  # one form: no change


def test_best_of_keeps_the_side_left_when_pruning_drops_the_other():
    # whoosh's DisjunctionMaxMatcher.replace returned an empty matcher when pruning left one
    # side active: the documents of the other side fell out of a ranked page
    from whoosh.matching import ListMatcher

    from melati_archive.relevance import BestOfMatcher

    for tiebreak in (0.0, 0.3):
        weak = ListMatcher([1, 4], [0.2, 0.2])
        strong = ListMatcher([2, 5, 7], [3.0, 3.0, 3.0])
        ids = list(BestOfMatcher(weak, strong, tiebreak=tiebreak).replace(1.0).all_ids())
        # with a tiebreak a weak form may still lift a document the strong side holds: kept
        assert ids == ([2, 5, 7] if tiebreak == 0.0 else [1, 2, 4, 5, 7])
        both = BestOfMatcher(ListMatcher([1, 4], [2.0, 2.0]), ListMatcher([4, 7], [3.0, 3.0]), tiebreak=tiebreak)
        assert both.replace(1.0) is both  # nothing to drop: kept, tiebreak and all
        assert both.max_quality() == pytest.approx(3.0 + tiebreak * 2.0)


INFLECTED = {
    "relawannya": "Relawannya tiba sebelum subuh di lokasi banjir.",
    "duduk": "Tamu duduk di kursi depan aula.",
    "penduduknya": "Desa itu kecil, penduduknya sekitar dua ratus jiwa.",
    "pemerintahnya": "Kota itu maju karena pemerintahnya terbuka.",
    "pendapatannya": "Pedagang sayur itu mengaku pendapatannya turun separuh.",
    "saksi-1": "Keterangan saksi pertama dicatat penyidik.",
    "saksi-2": "Keterangan saksi kedua berbeda dengan saksi pertama.",
    "saksi-3": "Penyidik mencocokkan keterangan para saksi.",
    "saksi-nya": "Penyidik mencocokkan keterangannya dengan rekaman.",
    "relawan": "Relawan membagikan nasi kotak di posko.",
    "lain-1": "Jalan desa diperbaiki bersama warga.",
    "lain-2": "Balai membuka kelas menjahit bagi ibu rumah tangga.",
}


@pytest.fixture(scope="module")
def inflected_ix(tmp_path_factory):
    return _index_with_knowledge(tmp_path_factory.mktemp("inflected"), INFLECTED)


@pytest.mark.parametrize("word, docs", [("relawan", ["relawan", "relawannya"]), ("pendapatan", ["pendapatannya"]),
                                        ("penduduk", ["penduduknya"]), ("pemerintah", ["pemerintahnya"])])
def test_a_word_finds_itself_with_a_possessive_ending(inflected_ix, word, docs):
    ix, k = inflected_ix
    assert ids(ix, relevance.word_query(word, "body", k)) == docs


@pytest.mark.parametrize("typed, docs", [("relawannya", ["relawannya", "relawan"]),
                                         ("penduduknya", ["penduduknya"]), ("pemerintahnya", ["pemerintahnya"])])
def test_a_word_typed_with_a_possessive_ending_is_searched_as_the_word_spelling_typed_first(inflected_ix, typed, docs):
    # penduduknya typed had searched duduk's family too (the false root): now it is penduduk
    ix, k = inflected_ix
    assert ids(ix, relevance.word_query(typed, "body", k)) == docs


@pytest.mark.parametrize("word, trap", [("duduk", "penduduknya"), ("perintah", "pemerintahnya"),
                                        ("rawan", "relawannya")])
def test_a_listed_word_with_an_ending_is_no_form_of_its_false_root(inflected_ix, word, trap):
    ix, k = inflected_ix
    assert trap not in ids(ix, relevance.word_query(word, "body", k))


def test_an_inflected_form_ranks_below_the_word_even_when_rarer(inflected_ix):
    # "keterangannya" is in one document, "keterangan" in three: by its own idf the rare form
    # would outrank the word; it weighs with the word's idf instead
    ix, k = inflected_ix
    found = ids(ix, relevance.word_query("keterangan", "body", k))
    assert set(found) == {"saksi-1", "saksi-2", "saksi-3", "saksi-nya"}
    assert found[-1] == "saksi-nya"
