"""Search: the query language (Indonesian and English field names, phrases, dates, ranges, fuzzy),
filters, ranking (title over body), snippets, facets, "did you mean", clear errors, frames, CLI."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.errors import QueryError
from melati_archive.search import marks, parse_period, snippet

DATA = Path(__file__).parent / "data" / "search"
REPO = Path(__file__).resolve().parent.parent
JAHIT = "2020-03-02-pelatihan-menjahit-bagi-penyandang-disabilitas"
CAMAT = "2020-11-13-kunjungan-camat-ke-panti-lansia"
MEDSOS = "2020-11-20-sosialisasi-media-sosial"
BANJIR = "2021-02-05-bupati-serahkan-bantuan-banjir"
ANAK = "2021-06-14-pendampingan-anak-anak"


@pytest.fixture(scope="module")
def arc(tmp_path_factory) -> Archive:
    home = tmp_path_factory.mktemp("search") / "home"
    shutil.copytree(DATA / "archive", home / "archive")
    arc = Archive.open(home)
    arc.reindex()
    return arc


def ids(res) -> list[str]:
    return [h.id for h in res.hits]


def test_affixed_word_finds_other_forms(arc):
    # "pelatihan" is in one title; "dilatih" in its body: the family finds it, exact ranks first
    assert ids(arc.search("pelatihan"))[:1] == [JAHIT]
    assert JAHIT in ids(arc.search("melatih"))


def test_title_is_boosted_over_body(arc):
    # "bantuan" is in BANJIR's title and body; other items do not carry it in the title
    res = arc.search("bantuan")
    assert ids(res)[0] == BANJIR


def test_items_with_every_word_come_first(arc):
    # partial matches follow (tests/test_search_partial.py); "+word" keeps a word required
    assert ids(arc.search("banjir sembako"))[:1] == [BANJIR]
    assert arc.search("+banjir +menjahit").total == 0
    assert set(ids(arc.search("banjir menjahit"))) == {BANJIR, JAHIT}


def test_phrase_matches_words_in_order_only(arc):
    assert ids(arc.search('"media sosial"')) == [MEDSOS]
    assert arc.search('"sosial media"').total == 0


@pytest.mark.parametrize("query, expected", [
    ("judul:menjahit", [JAHIT]),
    ("title:menjahit", [JAHIT]),
    ("isi:cikarang", [BANJIR]),
    ("body:cikarang", [BANJIR]),
    ("kanal:koran", [BANJIR]),
    ("channel:koran", [BANJIR]),
    ("tag:kehumasan", [MEDSOS]),
    ("program:lansia", [CAMAT]),
    ("program:LLU", [CAMAT]),
    ('program:"Layanan Lanjut Usia"', [CAMAT]),
])
def test_fields_in_both_languages(arc, query, expected):
    assert ids(arc.search(query)) == expected


def test_title_field_does_not_match_body_only_words(arc):
    assert arc.search("judul:cikarang").total == 0


def test_speaker_field_and_filter_by_name_alias_misspelling(arc):
    for typed in ("Hendra Wibisono", "Hendra", "Hendra Wibisonno"):
        assert set(ids(arc.search("", speaker=typed))) == {CAMAT, BANJIR}, typed
    assert set(ids(arc.search('pembicara:"Hendra Wibisono"'))) == {CAMAT, BANJIR}
    assert ids(arc.search("speaker:hendra banjir")) == [BANJIR]


@pytest.mark.parametrize("query, expected", [
    ("tanggal:2021", {BANJIR, ANAK}),
    ("tanggal:2020-11", {CAMAT, MEDSOS}),
    ("tanggal:2020-11-13", {CAMAT}),
    ('tanggal:"November 2020"', {CAMAT, MEDSOS}),
    ('tanggal:"13 November 2020"', {CAMAT}),
    ('date:"nov 2020"', {CAMAT, MEDSOS}),
    ("tanggal:2020-11..2021-02", {CAMAT, MEDSOS, BANJIR}),
    ("tanggal:[2020-11 TO 2021-02]", {CAMAT, MEDSOS, BANJIR}),
    ("tanggal:..2020-03", {JAHIT}),
    ("tanggal:2021-06..", {ANAK}),
])
def test_dates_and_ranges(arc, query, expected):
    assert set(ids(arc.search(query))) == expected


def test_from_to_program_channel_filters(arc):
    assert set(ids(arc.search("", date_from="2020-11", date_to="Februari 2021"))) == {CAMAT, MEDSOS, BANJIR}
    assert set(ids(arc.search("", program="atensi"))) == {JAHIT, ANAK}
    assert set(ids(arc.search("", program="ATENSI", date_from="2021"))) == {ANAK}
    assert set(ids(arc.search("", channel="instagram"))) == {CAMAT, ANAK}
    assert set(ids(arc.search("", channel="Koran lokal"))) == {BANJIR}


def test_words_with_filters(arc):
    res = arc.search("balai", date_from="2021")
    assert set(ids(res)) == {BANJIR, ANAK} and res.total == 2 and res.facets["year"] == {"2021": 2}
    assert ids(arc.search("balai", channel="instagram", speaker="Ratna")) == [ANAK]
    assert arc.search("banjir", date_to="2020").total == 0


def test_or_not_and_parentheses(arc):
    assert set(ids(arc.search("banjir OR menjahit"))) == {BANJIR, JAHIT}
    assert BANJIR not in ids(arc.search("bantuan -banjir"))
    assert set(ids(arc.search("(banjir OR menjahit) NOT kanal:koran"))) == {JAHIT}


def test_fuzzy_term(arc):
    assert arc.search("menjahti", correct=False).total == 0  # no near spellings without "~" ...
    assert arc.search("menjahti").corrected_from == "menjahti"  # ... but a typo finding nothing is corrected
    assert ids(arc.search("menjahti~")) == [JAHIT]


def test_sort_by_date_and_limit(arc):
    res = arc.search("", sort="date", limit=2)
    assert ids(res) == [ANAK, BANJIR] and res.total == 5
    dates = [h.date for h in arc.search("balai", sort="date", limit=None).hits]
    assert dates == sorted(dates, reverse=True)


def test_snippet_marks_matches(arc):
    hit = arc.search("cikarang").hits[0]
    assert "\u00abCikarang\u00bb" in hit.snippet
    assert snippet("Warga desa dilatih menjahit.", {"menjahit"}, set()) == "Warga desa dilatih \u00abmenjahit\u00bb."



def test_snippet_marks_what_the_index_matched_numbers_amounts_apostrophes():
    # the index's tokens: an amount written solid is one mark, a number however it is grouped,
    # a word with an apostrophe as the word without it
    assert snippet("Warga menerima Rp300.000 tiap bulan.", {"rp", "300000"}, set()) == (
        "Warga menerima \u00abRp300.000\u00bb tiap bulan.")
    assert snippet("Paket 1.000 dan 300000 lagi.", {"300000"}, set()) == "Paket 1.000 dan \u00ab300000\u00bb lagi."
    assert snippet("Setiap Jum'at pagi.", {"jumat"}, set()) == "Setiap \u00abJum'at\u00bb pagi."


def test_words_marked_side_by_side_are_one_mark_unless_punctuation_parts_them():
    assert snippet("Kepala Dinas Sosial membuka posko.", {"dinas", "sosial"}, set()) == (
        "Kepala \u00abDinas Sosial\u00bb membuka posko.")
    assert snippet("Dinas, Sosial dan dinas\nsosial.", {"dinas", "sosial"}, set()) == (
        "\u00abDinas\u00bb, \u00abSosial\u00bb dan \u00abdinas\u00bb \u00absosial\u00bb.")


def test_a_word_reached_only_inside_a_phrase_is_marked_only_as_that_phrase(arc):
    # "dinsos" reaches "Dinas Sosial": never the "sosial" of "bantuan sosial"
    text = "Dinas Sosial menyalurkan bantuan sosial."
    assert snippet(text, set(), set(), phrases={("dinas", "sosial")}) == (
        "\u00abDinas Sosial\u00bb menyalurkan bantuan sosial.")
    # a quoted phrase on a real index: its words where they stand together, in any form of them
    m = marks(arc, '"media sosial"')
    marked = snippet("Pelatihan media sosial bagi pekerja sosial di media lokal.", m.exact, m.stems,
                     phrases=m.phrases)
    assert marked == "Pelatihan \u00abmedia sosial\u00bb bagi pekerja sosial di media lokal."
    # a word also typed on its own is marked everywhere, as before
    m = marks(arc, "media sosial")
    assert snippet("Media lokal.", m.exact, m.stems, phrases=m.phrases) == "\u00abMedia\u00bb lokal."


def test_facets_count_the_whole_result(arc):
    res = arc.search("balai", limit=1)
    assert len(res.hits) == 1
    assert sum(res.facets["year"].values()) == res.total
    assert res.facets["channel"]["instagram"] == 2
    assert set(res.facets) == {"year", "channel", "program"}


def test_an_abbreviation_finding_nothing_is_suggested_never_corrected(arc):
    # three letters, or a word typed in capitals, is most likely an abbreviation, and the one a
    # letter away is another thing (PKL is not PKH): its results would be someone else's
    res = arc.search("uki")
    assert res.total == 0 and res.suggestion == "uji" and res.corrected_from is None
    res = arc.search("BNAJIR")
    assert res.total == 0 and res.suggestion == "banjir" and res.corrected_from is None
    assert arc.search("bnajir").corrected_from == "bnajir"  # the same typo in lowercase is


def test_did_you_mean(arc):
    res = arc.search("pendampingn", correct=False)
    assert res.total == 0 and res.suggestion == "pendampingan"
    assert arc.search("banjir").suggestion is None


def test_a_query_that_finds_nothing_shows_its_suggestions_results(arc):
    # as web search does: nothing for the typo, so the results of what it most likely meant,
    # saying so; never for a count (partial=False), never where the typed query finds anything
    res = arc.search("pendampingn")
    assert res.corrected_from == "pendampingn" and res.query == "pendampingan"
    assert res.total == arc.search("pendampingan").total > 0
    assert res.to_dict()["corrected_from"] == "pendampingn"
    assert arc.search("pendampingn", partial=False).total == 0
    assert arc.search("banjir").corrected_from is None
    assert arc.search("bantuan bajnir").corrected_from is None  # "bantuan" finds something
    # a word of the language the archive lacks is not a typo: suggested, never replaced
    res = arc.search("banjar")
    assert res.corrected_from is None and res.total == 0 and res.suggestion == "banjir"


def test_did_you_mean_catches_two_swapped_letters(arc):
    # two edits apart for an edit-distance corrector, which allows one in words this short
    res = arc.search("bajnir", correct=False)
    assert res.total == 0 and res.suggestion == "banjir"
    assert arc.search("bantuan bajnir").suggestion == "bantuan banjir"


def test_indonesian_operators_in_capitals(arc):
    either = ids(arc.search("banjir OR menjahit"))
    assert BANJIR in either and JAHIT in either
    assert ids(arc.search("banjir ATAU menjahit")) == either
    assert BANJIR in ids(arc.search("warga"))
    without = ids(arc.search("warga NOT banjir"))
    assert without == [CAMAT]
    assert ids(arc.search("warga BUKAN banjir")) == without == ids(arc.search("warga TANPA banjir"))
    # a query typed all in capitals (caps lock) keeps them words: nothing is excluded
    assert BANJIR in ids(arc.search("WARGA BUKAN BANJIR"))


def test_a_question_is_searched_by_its_content_words(arc):
    # question words are function words: no tier for them, no "did you mean" for them
    res = arc.search("siapa yang menyerahkan bantuan banjir")
    assert ids(res)[0] == BANJIR and res.hits[0].missing == []
    assert res.suggestion is None
    assert arc.search("bagaimana pendampingn", correct=False).suggestion == "bagaimana pendampingan"


@pytest.mark.parametrize("bad", ['"media sosial', "judul:", "foo:bar", "(banjir", "banjir)", "tanggal:2020-13",
                                 'tanggal:"Brumaire 2020"', "banjir OR", "tanggal:2021..2020",
                                 "pembicara:Zzyzx"])
def test_bad_queries_raise_query_error(arc, bad):
    with pytest.raises(QueryError) as info:
        arc.search(bad)
    assert str(info.value) and "Traceback" not in str(info.value)


def test_parse_period_forms():
    import datetime as dt

    assert parse_period("2020") == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert parse_period("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert parse_period("November 2020") == (dt.date(2020, 11, 1), dt.date(2020, 11, 30))
    with pytest.raises(QueryError):
        parse_period("kemarin sore")


def test_results_to_frame(arc):
    frame = arc.search("balai", limit=None).to_frame()
    assert {"id", "title", "date", "channel", "score", "snippet"} <= set(frame.columns)
    assert len(frame) == 5 and str(frame["date"].dtype).startswith("datetime64")


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=60)


def test_cli_search_json_plain_and_errors(arc):
    out = run(arc.home, "search", "cikarang", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["total"] == 1 and "\u00abCikarang\u00bb" in doc["hits"][0]["snippet"]
    assert set(doc["facets"]) == {"year", "channel", "program"}
    plain = run(arc.home, "search", "pendampingn")
    assert plain.returncode == 0
    assert plain.stdout.startswith("Tidak ada hasil untuk \u201cpendampingn\u201d; menampilkan hasil untuk "
                                   "\u201cpendampingan\u201d.\n1. ")
    assert "Mungkin maksud Anda" not in plain.stdout
    bad = run(arc.home, "search", '"media sosial')
    assert bad.returncode == 1 and bad.stderr.startswith("melati: error:") and "Traceback" not in bad.stderr
    missing = run(arc.home.parent / "nowhere", "search", "x")
    assert missing.returncode == 1


def test_cli_search_starts_fast_without_heavy_imports(arc):
    code = ("import sys; from melati_archive.cli import main; sys.argv=['melati','--home',%r,'search','balai'];"
            "import atexit; atexit.register(lambda: print('HEAVY', sorted(m for m in ('pandas','nbformat','rich',"
            "'matplotlib') if m in sys.modules), file=sys.stderr)); main()") % str(arc.home)
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - started
    assert out.returncode == 0, out.stderr
    assert "HEAVY []" in out.stderr
    assert elapsed < 2.5  # the 1 s target is measured by bench/index_bench.py on a quiet machine


def test_speaker_two_people_fit_equally_is_an_error_naming_both(tmp_path):
    # one resolver for search and the people directory: "Eko" fits both, and a guess would
    # hand the user the wrong person's quotes
    articles = tmp_path / "archive" / "articles"
    articles.mkdir(parents=True)
    for day, name, topic in [("2021-03-01", "Eko Saputra", "posyandu"), ("2021-03-08", "Eko Saputro", "sekolah")]:
        (articles / f"{day}-{topic}.md").write_text(
            f"---\ntitle: Kegiatan {topic}\ndate: {day}\nfictional: true\n---\n"
            f"DEPOK ({day[8:]}/03/2021) - Ketua RW {name} membuka kegiatan {topic}.\n\n"
            f"\"Warga datang sejak pagi,\" kata {name.split()[0]} {name.split()[1]}.\n", encoding="utf-8")
    arc = Archive.open(tmp_path)
    arc.reindex()
    with pytest.raises(QueryError, match="\u201cEko\u201d cocok dengan beberapa orang \\('Eko Saputr[ao]' atau 'Eko Saputr[ao]'\\)"):
        arc.search("", speaker="Eko")
    assert arc.search("", speaker="Eko Saputro").total == 1
    assert arc.search("", speaker="Saputra").total == 1
