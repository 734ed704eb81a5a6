"""Quotes and people through the index: each quote its own document with the role held that day,
front-matter overrides that win and survive reindexing, speaker by name/alias/misspelling,
Indonesian citations, the people directory and the program list, and their CLI faces."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.errors import QueryError

RAPAT = """---
title: Rapat Koordinasi Layanan Lanjut Usia
date: 2021-09-09
channel: website
fictional: true
overrides:
  quotes:
    - match: "Data warga lansia"
      speaker: Ratna Kusumawati
{drop}  aliases:
    Hendra Wibisono: [Bang Hen]
---
JAKARTA (9 September 2021) - Balai Cempaka Uji menggelar rapat koordinasi pendataan warga lanjut usia.

"Data warga lansia harus diperbarui setiap bulan," kata seorang pejabat.

"Kami siap membantu pendataan," ujar Bang Hen.

"Terima kasih atas kehadiran semuanya," ujar pembawa acara menutup rapat.
"""
DROP = """    - match: "terima kasih atas kehadiran"
      drop: true
"""


@pytest.fixture
def home(search_home) -> Path:
    return search_home


@pytest.fixture
def arc(search_arc) -> Archive:
    return search_arc


@pytest.fixture
def seed(seed_home) -> Archive:
    arc = Archive.open(seed_home)
    arc.reindex()
    return arc


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=60)


def test_seed_quotes_by_alias_with_citations(seed):
    res = seed.quotes(speaker="Yani")
    assert res.total == 2
    assert {h.speaker for h in res.hits} == {"Syam Wuryani"}
    for hit in res.hits:
        assert hit.role and "Kepala Bagian OHH" in hit.role
        assert "13 November 2020" in hit.citation and "Syam Wuryani" in hit.citation
        assert hit.text in hit.citation and hit.title in hit.citation
        assert hit.date.isoformat() == "2020-11-13" and hit.article_id.startswith("2020-11-13-")
    assert seed.quotes(speaker="Syam Wuryanni").total == 2  # a misspelling finds her too
    assert seed.quotes().total == 5


def test_seed_quote_search_by_words(seed):
    hits = seed.quotes("ide hebat").hits
    assert hits and hits[0].speaker == "Puti Chairida Anwar"
    assert "Jangan pernah takut" in hits[0].text


def test_role_on_the_date_of_the_quote(arc):
    roles = {h.date.year: h.role for h in arc.quotes(speaker="Hendra").hits}
    assert roles == {2020: "Camat Cibinong", 2021: "Bupati Bekasi"}


def test_empty_filter_match_means_no_quotes(arc):
    res = arc.quotes("", date_from="2030-01-01", date_to="2030-01-31", limit=None)
    assert res.total == 0 and res.hits == []
    assert arc.search("", date_from="2030").total == 0


def test_citation_names_the_organisation(arc):
    hit = arc.quotes(speaker="Hendra", date_from="2021").hits[0]
    assert "Balai Cempaka Uji" in hit.citation and "5 Februari 2021" in hit.citation


def test_speaker_by_role_word_means_the_holder_on_each_date(arc):
    # "Bupati Bekasi" is Hendra's role from 2021: his 2020 quote (as Camat) is not the Bupati's
    hits = arc.quotes(speaker="Bupati Bekasi").hits
    assert [(h.speaker, h.date.year) for h in hits] == [("Hendra Wibisono", 2021)]
    assert {h.speaker for h in arc.quotes(speaker="Kepala Balai").hits} == {"Ratna Kusumawati"}
    assert {h.date.year for h in arc.quotes(speaker="Camat Cibinong").hits} == {2020}


def test_speaker_by_the_first_words_of_a_role(arc):
    # a role typed short: every registry role that begins with it, each on its holder's dates
    assert [(h.speaker, h.date.year) for h in arc.quotes(speaker="bupati").hits] == [("Hendra Wibisono", 2021)]
    assert {h.date.year for h in arc.quotes(speaker="Camat").hits} == {2020}
    assert {h.speaker for h in arc.quotes(speaker="kepala").hits} == {"Ratna Kusumawati"}
    # whole words only: the start of a word is no role
    with pytest.raises(QueryError, match="tidak ada narasumber"):
        arc.quotes(speaker="bupat x")


def test_a_quote_search_names_the_speaker_with_the_topic(tmp_path):
    from conftest import indexed_archive

    home = tmp_path / "who"
    indexed_archive(home, {
        # fictional texts written for this test
        "2021-08-01-panen": ("Panen Padi", 'Kepala Dinas Pertanian Kota Uji, Sulastri Wibowo, meninjau panen. '
                             '"Harga gabah tahun ini stabil," kata Sulastri.'),
        "2021-08-02-pasar": ("Harga Pasar", 'Ketua Koperasi Tani Makmur, Darmaji Wiryo, menghadiri rapat. '
                             '"Harga gabah naik sedikit menjelang musim hujan," ujar Darmaji.'),
    }, "KARAWANG")
    arc = Archive.open(home)
    # the name, a short form the article gives or the role, beside the topic's words
    for query in ("sulastri gabah", "Sulastri Wibowo harga gabah", "kepala dinas gabah"):
        assert [h.speaker for h in arc.quotes(query).hits][0] == "Sulastri Wibowo", query
    assert [h.speaker for h in arc.quotes("darmaji harga").hits][0] == "Darmaji Wiryo"
    # a name alone finds that person's quotes; the topic alone finds both
    assert [h.speaker for h in arc.quotes("darmaji").hits] == ["Darmaji Wiryo"]
    assert arc.quotes("gabah").total == 2


def test_quote_filters(arc):
    assert {h.speaker for h in arc.quotes(date_from="2021").hits} == {"Hendra Wibisono", "Ratna Kusumawati"}
    assert all(h.date.year == 2020 for h in arc.quotes(date_to="2020-12").hits)
    assert {h.article_id for h in arc.quotes(program="lansia").hits} == {"2020-11-13-kunjungan-camat-ke-panti-lansia"}
    assert len(arc.quotes(limit=2).hits) == 2
    with pytest.raises(QueryError, match="tidak ada narasumber bernama \u201cZzyzx Qwerty\u201d"):
        arc.quotes(speaker="Zzyzx Qwerty")


def test_overrides_fix_speaker_add_alias_drop_quote_and_survive_reindex(arc, home):
    path = home / "archive" / "articles" / "2021" / "2021-09-09-rapat-koordinasi.md"
    path.write_text(RAPAT.format(drop=""), encoding="utf-8")
    arc.reindex()
    texts = {h.text: h for h in arc.quotes(date_from="2021-09").hits}
    assert any(t.startswith("Terima kasih atas kehadiran") for t in texts)  # the extractor sees it
    fixed = texts["Data warga lansia harus diperbarui setiap bulan"]
    assert fixed.speaker == "Ratna Kusumawati" and fixed.role == "Kepala Balai Cempaka Uji"
    assert texts["Kami siap membantu pendataan"].speaker == "Hendra Wibisono"  # alias from front matter
    path.write_text(RAPAT.format(drop=DROP), encoding="utf-8")
    assert arc.reindex().updated == 1
    texts = {h.text for h in arc.quotes(date_from="2021-09").hits}
    assert not any(t.startswith("Terima kasih") for t in texts)
    other = home / "archive" / "articles" / "2021" / "2021-02-05-bupati-serahkan-bantuan-banjir.md"
    other.write_text(other.read_text(encoding="utf-8") + "\nTambahan.\n", encoding="utf-8")
    arc.reindex()
    arc.reindex(full=True)
    hits = arc.quotes(speaker="Ratna", date_from="2021-09").hits
    assert [h.text for h in hits] == ["Data warga lansia harus diperbarui setiap bulan"]


def test_people_directory_roles_dates_counts(arc):
    res = arc.people("Hendra Wibisono")
    hendra = res.hits[0]
    assert hendra.name == "Hendra Wibisono" and hendra.curated
    assert "Hendra" in hendra.aliases
    assert (hendra.articles, hendra.quotes) == (2, 2)
    roles = {r["title"]: (r["first"], r["last"]) for r in hendra.roles}
    assert {k: (a.isoformat(), b.isoformat()) for k, (a, b) in roles.items() if a} == {
        "Camat Cibinong": ("2020-11-13", "2020-11-13"), "Bupati Bekasi": ("2021-02-05", "2021-02-05")}
    assert hendra.first.isoformat() == "2020-11-13" and hendra.last.isoformat() == "2021-02-05"
    assert arc.people("Wibisonno").hits[0].name == "Hendra Wibisono"
    assert arc.people("Bupati").hits[0].name == "Hendra Wibisono"
    assert arc.people().total >= 2


def test_programs_with_last_coverage(arc):
    res = {h.id: h for h in arc.programs().hits}
    assert res["atensi"].last_covered.isoformat() == "2021-06-14" and res["atensi"].articles == 2
    assert res["lansia"].last_covered.isoformat() == "2020-11-13"
    assert res["bencana"].last_covered is None and res["bencana"].articles == 0
    assert [h.id for h in arc.programs("LLU").hits] == ["lansia"]


def test_frames(arc):
    quotes = arc.quotes(limit=None).to_frame()
    assert {"text", "speaker", "role", "date", "citation", "article_id"} <= set(quotes.columns)
    assert len(quotes) == arc.quotes(limit=None).total
    people = arc.people().to_frame()
    assert {"name", "aliases", "roles", "articles", "quotes"} <= set(people.columns)


def test_cli_quotes_cite_json_csv(seed):
    home = seed.home
    cite = run(home, "quotes", "--speaker", "Yani", "--cite")
    assert cite.returncode == 0, cite.stderr
    assert cite.stdout.count("13 November 2020") == 2 and "Syam Wuryani" in cite.stdout
    doc = json.loads(run(home, "quotes", "--speaker", "Yani", "--json").stdout)
    assert doc["total"] == 2 and {h["speaker"] for h in doc["hits"]} == {"Syam Wuryani"}
    rows = list(csv.DictReader(io.StringIO(run(home, "quotes", "--csv").stdout.lstrip("\ufeff"))))
    assert len(rows) == 5 and {"Tanggal", "Narasumber", "Kutipan", "Rujukan"} <= set(rows[0])
    bad = run(home, "quotes", "--speaker", "Zzyzx Qwerty")
    assert bad.returncode == 1 and "tidak ada narasumber bernama \u201cZzyzx Qwerty\u201d" in bad.stderr


def test_cli_people_and_programs(seed):
    out = run(seed.home, "people", "Puti")
    assert out.returncode == 0 and "Puti Chairida Anwar" in out.stdout and "Kepala Balai Melati Jakarta" in out.stdout
    doc = json.loads(run(seed.home, "people", "--json").stdout)
    assert {h["name"] for h in doc["hits"]} >= {"Puti Chairida Anwar", "Syam Wuryani", "Purwanto", "Eko Saputra"}
    progs = json.loads(run(seed.home, "programs", "--json").stdout)
    assert progs["hits"][0]["id"] == "atensi" and progs["hits"][0]["last_covered"] == "2020-11-13"


def test_a_quote_search_that_finds_nothing_is_corrected_like_an_article_search(seed):
    res = seed.quotes("kehumasn")
    assert res.corrected_from == "kehumasn" and res.query == "kehumasan" and res.total >= 1
    assert res.to_dict()["corrected_from"] == "kehumasn"
    plain = seed.quotes("kehumasn", correct=False)
    assert plain.total == 0 and plain.suggestion == "kehumasan"
    out = run(seed.home, "quotes", "kehumasn")
    assert out.returncode == 0 and out.stdout.startswith(
        "Tidak ada kutipan untuk \u201ckehumasn\u201d; menampilkan kutipan untuk \u201ckehumasan\u201d.\n")
