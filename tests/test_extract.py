"""The extractor end to end: the centre's own seed release and the `melati extract` command."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from melati_archive import extract
from melati_archive.cli import cli
from melati_archive.nlp.extract import quote_text

SEED = Path(__file__).parent / "data" / "seed.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return extract(seed_text)


def _dates_ready() -> bool:
    try:
        from melati_archive.nlp import dates  # noqa: F401
    except ImportError:
        return False
    return True


def test_seed_has_exactly_five_quotes_by_the_right_people(seed):
    speakers = [q.speaker for q in seed.quotes]
    assert speakers == [
        "Puti Chairida Anwar", "Puti Chairida Anwar", "Purwanto", "Syam Wuryani", "Syam Wuryani",
    ]


def test_seed_cue_before_and_after(seed):
    assert seed.quotes[0].cue == "menyampaikan"  # `..., Puti Chairida Anwar dalam sambutannya menyampaikan "..."`
    assert [q.cue for q in seed.quotes[1:]] == ["tegas", "pungkas", "ujar", "tegas"]


def test_seed_theme_and_session_title_are_not_quotes(seed):
    texts = " | ".join(q.text for q in seed.quotes)
    assert "Berpikir Kreatif" not in texts
    assert "Teknik Publikasi Berita" not in texts


def test_seed_people_roles_and_aliases(seed):
    people = {p.name: p for p in seed.people}
    assert set(people) == {"Puti Chairida Anwar", "Syam Wuryani", "Eko Saputra", "Purwanto"}
    assert people["Puti Chairida Anwar"].role == "Kepala Balai Melati Jakarta"
    assert people["Syam Wuryani"].role == "Kepala Bagian OHH Ditjen Rehabilitasi Sosial Kementerian Sosial"
    assert "Yani" in people["Syam Wuryani"].aliases
    assert people["Eko Saputra"].role.startswith("Pranata Komputer")
    assert "Pusdatin" in people["Eko Saputra"].role


def test_seed_quote_offsets_point_into_the_original(seed, seed_text):
    for q in seed.quotes:
        span = seed_text[q.start:q.end]
        assert span[0] in "\"“”" and span[-1] in "\"“”"
        assert quote_text(span) == q.text
        assert q.text.split()[0] in span[:30]


@pytest.mark.skipif(not _dates_ready(), reason="nlp/dates.py not written yet")
def test_seed_dateline_and_event(seed):
    assert seed.date == dt.date(2020, 11, 13)
    assert seed.location and seed.location.lower() == "jakarta"
    assert (dt.date(2020, 11, 10), dt.date(2020, 11, 13)) in seed.event_dates


def test_seed_to_dict_is_the_design_json(seed):
    doc = seed.to_dict()
    assert set(doc) == {"title", "date", "location", "people", "quotes", "acronyms"}
    # the documented keys, plus what each attribution rests on
    assert set(doc["quotes"][0]) == {"text", "speaker", "role", "cue", "start", "end", "evidence"}
    assert set(doc["people"][0]) == {"name", "aliases", "role"}
    json.dumps(doc)


def test_cli_extract_json_and_summary():
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert [q["speaker"] for q in doc["quotes"]].count("Syam Wuryani") == 2
    result = runner.invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0
    assert "Kutipan (5)" in result.output and "Syam Wuryani" in result.output


def test_cli_extract_reads_stdin_and_reports_missing_file():
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", "-", "--json"],
                           input='"Kami siap melayani warga," kata Budi Santoso.\n')
    assert result.exit_code == 0
    assert json.loads(result.output)["quotes"][0]["speaker"] == "Budi Santoso"
    result = runner.invoke(cli, ["extract", "/no/such/file.txt"])
    assert result.exit_code != 0


def _acronyms_ready() -> bool:
    try:
        from melati_archive.nlp import acronyms  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _acronyms_ready(), reason="nlp/acronyms.py not written yet")
def test_seed_acronyms(seed):
    found = {a.short: a.long for a in seed.acronyms}
    assert found["ATENSI"] == "Asistensi Rehabilitasi Sosial"
    assert found["SDM"] == "Sumber Daya Manusia"
    assert found["Pusdatin"] == "Pusat Data dan Informasi"


def test_seed_in_the_shipped_archive_gives_the_same_quotes(repo_root, seed):
    """The archive's copy of the seed (front matter + body) yields the same five quotes."""
    from melati_archive.archive import ArchiveStore

    store = ArchiveStore(repo_root / "archive")
    article = next(a for a in store.articles() if a.date == dt.date(2020, 11, 13))
    result = extract(article.body, pub_date=article.date, people=store.people())
    assert [q.text for q in result.quotes] == [q.text for q in seed.quotes]
    assert [q.speaker for q in result.quotes] == [q.speaker for q in seed.quotes]


def test_extract_is_fast_enough_for_the_index(seed_text):
    import time

    extract(seed_text)
    start = time.perf_counter()
    for _ in range(20):
        extract(seed_text)
    per_article = (time.perf_counter() - start) / 20
    assert per_article < 0.05  # generous for a loaded CI box; bench/eval_quotes.py reports the real figure


def _run_eval(*args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, str(Path(__file__).parent.parent / "bench" / "eval_quotes.py"), *args],
                          capture_output=True, text=True, timeout=600)


def test_annotated_set_meets_its_targets():
    proc = _run_eval("--only", "own")
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "pair precision" in proc.stdout


@pytest.mark.slow
def test_pfsa_dev40_meets_its_targets(shared_dir):
    proc = _run_eval("--only", "pfsa", "--shared", str(shared_dir), "--failures", "0")
    assert proc.returncode == 0, proc.stdout[-3000:]


@pytest.mark.slow
def test_releases_dev_attribution_meets_its_targets(shared_dir):
    """Quotes and speakers on the real releases (the date figure is the dateline work's, not checked here)."""
    import re

    proc = _run_eval("--only", "releases", "--shared", str(shared_dir), "--failures", "0", "--quiet")
    line = next(x for x in proc.stdout.splitlines() if x.strip().startswith("all "))
    qp, qr, pp, pr, f1 = map(float, re.search(
        r"quotes P ([\d.]+) R ([\d.]+); pairs P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", line).groups())
    assert pp >= 0.97 and f1 >= 0.93 and qr >= 0.97, line


def test_extraction_leaves_no_reference_cycles():
    # the rebuild turns the cyclic garbage collector off (index._collector_paused, workers):
    # that is only safe while reference counting alone frees everything extraction makes
    import gc

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for folder in ("probes", "annotated") for p in sorted((data / folder).glob("*.txt"))]
    assert len(texts) >= 50  # the probe releases and the annotated set: every attribution form
    extract(texts[0])
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in texts:
            extract(text)
        gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
        found = len(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    assert found == 0, kinds


def test_title_and_date_come_from_the_page_not_from_an_event_in_the_story():
    from melati_archive import extract

    saved = ("Menu\nBeranda / Berita\nDinsos Sukamekar Salurkan Sembako Korban Angin Kencang\n"
             "Kamis, 27 November 2025 | 18:30 WIB\n"
             "SITUSKABAR - Dinas Sosial menyalurkan sembako di aula kecamatan pada Rabu, 26 November 2025, "
             "kepada 120 keluarga.\n\"Kami antar sampai rumah,\" kata Rahmat Hidayat.\n")
    got = extract(saved).to_dict()
    assert (got["title"], got["date"]) == ("Dinsos Sukamekar Salurkan Sembako Korban Angin Kencang", "2025-11-27")
    event_only = ("SITUSKABAR.COM, SUKAMEKAR - Bupati meninjau dapur umum, Selasa 2 Mei 2023, dan memastikan "
                  "bahan makanan cukup.\n\"Dapur buka sampai air surut,\" kata Bupati Andi Pratama.\n")
    assert extract(event_only).to_dict()["date"] is None


def test_a_saved_page_whose_dateline_names_its_outlet_gets_the_place():
    # a page saved from a (fictional) news site: its address on top, the outlet's name in the
    # dateline before the city; the address is web furniture, gone from the cleaned body
    page = ("https://kabarpesisir.com/?p=812\n\nDinsos Buka Dapur Umum bagi Korban Banjir\n"
            "KABARPESISIR, CIAMIS – Dinas Sosial membuka dapur umum di balai desa. \"Kami siapkan "
            "makanan untuk tiga ratus warga setiap hari,\" kata Kepala Dinas Sosial Ciamis, Rahmat Hidayat.\n")
    found = extract(page)
    assert found.location == "Ciamis"
    assert [q.speaker for q in found.quotes] == ["Rahmat Hidayat"]
    assert "Kabarpesisir" not in {p.name for p in found.people}


def test_the_people_a_page_credits_are_people_of_the_item_with_their_part():
    page = ("Posko Banjir Dibuka di Kelurahan\nBEKASI - Posko banjir dibuka di kantor kelurahan. \"Kami siaga "
            "24 jam,\" kata Siti Aminah, Lurah Margajaya.\nPenulis: Rina Marlina\nEditor: Dedi Kurniawan\n")
    found = extract(page)
    assert [(p.name, p.role) for p in found.people] == [
        ("Siti Aminah", "Lurah Margajaya"), ("Rina Marlina", "Penulis"), ("Dedi Kurniawan", "Editor")]
    assert [q.speaker for q in found.quotes] == ["Siti Aminah"]


def test_the_related_items_and_comments_after_the_story_name_no_people_and_hold_no_quotes():
    text = ("Pemkab Sukamekar Bebaskan Biaya Akta Kelahiran\nSabtu, 16 Maret 2024\n"
            "SUKAMEKAR – Pemerintah Kabupaten Sukamekar membebaskan biaya akta kelahiran bagi seluruh warga.\n"
            "\"Tidak ada pungutan apa pun,\" kata Kepala Dinas Kependudukan, Asep Saepudin.\n"
            "Populer\nWarga Gotong Royong Bersihkan Sungai\nKomentar\nBudi Santoso\n"
            "\"Mantap, semoga desa lain ikut mencontoh,\" tulis Budi Santoso.\n")
    result = extract(text)
    assert [p.name for p in result.people] == ["Asep Saepudin"]
    assert [q.speaker for q in result.quotes] == ["Asep Saepudin"]


def _lean_view(x) -> dict:
    """An extraction's fields a reindex keeps (articledocs): all but event dates and acronyms."""
    return {k: v for k, v in x.to_dict().items() if k not in ("event_dates", "acronyms")}


def test_a_lean_extraction_skips_event_dates_and_acronyms_and_keeps_the_rest(seed_text, seed):
    lean = extract(seed_text, lean=True)
    assert lean.event_dates == [] and lean.acronyms == []
    assert seed.acronyms  # the full extraction found some: the lean one skipped them
    assert _lean_view(lean) == _lean_view(seed)


def test_a_lean_extraction_still_finds_acronyms_to_match_programs():
    from melati_archive.model import Program

    text = ("JAKARTA - Balai itu menggelar Pelatihan Juru Masak Desa (PJMD) bagi 40 warga, Senin (3/2/2025).\n\n"
            "Peserta PJMD berlatih selama tiga hari.")
    programs = [Program(id="pjmd", name="Pelatihan Juru Masak Desa", acronym="")]
    full, lean = extract(text, programs=programs), extract(text, programs=programs, lean=True)
    assert full.programs == ["pjmd"] and lean.programs == full.programs
    assert lean.acronyms == full.acronyms
