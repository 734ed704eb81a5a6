"""The file store: article parsing and validation with lines, people/programs/metrics, atomic writes, slugs."""
from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from melati_archive.archive import (
    ArchiveStore, atomic_write, parse_article_text, render_article, slugify,
)
from melati_archive.errors import ArchiveError
from melati_archive.model import Article

SEED_ID = "2020-11-13-balai-melati-jakarta-gelar-inhouse-training-kehumasan"


def make_store(tmp_path: Path, files: dict[str, str]) -> ArchiveStore:
    root = tmp_path / "archive"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "articles").mkdir(parents=True, exist_ok=True)
    return ArchiveStore(root)


CONFIG = """organization:
  name: Balai Contoh
channels:
  - id: website
    name: Situs web
    kind: web
"""
PROGRAMS = "programs:\n  - id: atensi\n    name: Asistensi Rehabilitasi Sosial\n    acronym: ATENSI\n"
GOOD = "---\ntitle: Judul\ndate: 2021-03-04\nchannel: website\nprograms: [atensi]\n---\nJAKARTA - Isi berita.\n"


def problems_of(store, path_part):
    return [p for p in store.check() if path_part in p.path]


# --- the repository's own archive -------------------------------------------------------------------


def test_repo_archive_is_clean_and_holds_the_seed(repo_root, shared_dir):
    store = ArchiveStore(repo_root / "archive")
    assert store.check() == []
    [article] = store.articles()
    assert article.id == SEED_ID
    assert article.date == dt.date(2020, 11, 13)
    assert (article.channel, article.location, article.programs) == ("website", "Jakarta", ["atensi"])
    seed = next((shared_dir / "seed").glob("*.txt")).read_text(encoding="utf-8")
    assert article.body == seed.rstrip()  # the text as published, quote marks untouched
    assert "\u201cBerpikir Kreatif" in article.body and '"Jangan pernah takut' in article.body
    people = {p.id: p for p in store.people()}
    assert set(people) == {"puti-chairida-anwar", "syam-wuryani", "eko-saputra", "purwanto"}
    assert people["puti-chairida-anwar"].internal
    assert people["puti-chairida-anwar"].role_on(article.date).aliases == ["Kepala Balai"]
    assert "Yani" in people["syam-wuryani"].aliases
    assert not people["purwanto"].internal
    [program] = store.programs()
    assert (program.id, program.acronym, program.name) == ("atensi", "ATENSI", "Asistensi Rehabilitasi Sosial")
    config = store.config
    assert config.organization.name == "Balai Melati Jakarta"
    assert config.organization.parent == "Kementerian Sosial"
    assert {"website", "instagram", "facebook", "youtube"} <= set(config.channel_ids)
    assert {"melati", "bekasi", "bali", "relawan"} <= set(config.stem_exclusions)


# --- reading articles ----------------------------------------------------------------------------


def test_article_fields_and_body_line(tmp_path):
    store = make_store(tmp_path, {
        "melati.yaml": CONFIG, "programs.yaml": PROGRAMS,
        "articles/2021/2021-03-04-judul.md": GOOD.replace("---\nJAKARTA", "---\n\nJAKARTA"),
    })
    [path] = store.article_paths()
    article = store.load_article(path)
    assert article.id == "2021-03-04-judul"
    assert article.path == "articles/2021/2021-03-04-judul.md"
    assert article.date == dt.date(2021, 3, 4)
    assert article.body == "JAKARTA - Isi berita."
    assert article.body_line == 8  # the blank line after `---` is skipped
    assert store.check() == []


def test_date_as_string_or_datetime_is_accepted(tmp_path):
    text = GOOD.replace("date: 2021-03-04", "date: '2021-03-04'")
    assert parse_article_text(text, "articles/2021/2021-03-04-judul.md").date == dt.date(2021, 3, 4)
    text = GOOD.replace("date: 2021-03-04", "date: 2021-03-04 10:30:00")
    assert parse_article_text(text, "articles/2021/2021-03-04-judul.md").date == dt.date(2021, 3, 4)


@pytest.mark.parametrize("text, line, words", [
    ("---\ndate: 2021-03-04\n---\nIsi.\n", 1, "`title` tidak ada"),
    ("---\ntitle: Judul\n---\nIsi.\n", 1, "`date` tidak ada"),
    ("---\ntitle: Judul\nchannel: website\ndate: 13/11/2020\n---\nIsi.\n", 4, "bukan tanggal yang sah"),
    ("---\ntitle: Judul\ndate: 2021-02-30\n---\nIsi.\n", 3, "bukan tanggal yang sah"),
    ("---\ntitle: Judul\ndate: 2021-03-04\ntags: [a, b\n---\nIsi.\n", 4, "YAML tidak sah"),
    ("---\ntitle: Judul\ndate: 2021-03-04\nlocation: \"Jakarta\n---\nIsi.\n", 4, "YAML tidak sah"),
    ("---\ntitle: Judul\n  date: 2021-03-04\n---\nIsi.\n", 3, "YAML tidak sah"),
    ("---\ntitle: [Judul\ndate: 2021-03-04\n---\nIsi.\n", 2, "YAML tidak sah"),
    ("title: Judul\ndate: 2021-03-04\nIsi.\n", 1, "tidak ada front matter"),
    ("---\ntitle: Judul\ndate: 2021-03-04\nIsi.\n", 1, "tidak ditutup"),
    ("---\ntitle: ''\ndate: 2021-03-04\n---\nIsi.\n", 2, "`title` tidak ada atau kosong"),
])
def test_fatal_article_problems_name_the_line(tmp_path, text, line, words):
    store = make_store(tmp_path, {"melati.yaml": CONFIG, "articles/2021/2021-03-04-judul.md": text})
    with pytest.raises(ArchiveError) as caught:
        store.load_article("articles/2021/2021-03-04-judul.md")
    assert caught.value.path == "archive/articles/2021/2021-03-04-judul.md"
    assert caught.value.line == line
    assert words in caught.value.message
    assert caught.value.fix
    # check() reports the same problem, and articles() skips the file without raising
    [problem] = store.check()
    assert (problem.line, problem.severity) == (line, "error") and words in problem.message
    collected = []
    assert store.articles(collected) == [] and len(collected) == 1


def test_bad_file_name_is_an_error(tmp_path):
    store = make_store(tmp_path, {"melati.yaml": CONFIG, "articles/2021/Judul Berita.md": GOOD,
                                  "articles/2021/2021-03-04-ok.md": GOOD})
    problems = store.check()
    [bad] = [p for p in problems if "Judul Berita" in p.path]
    assert "nama berkas 'Judul Berita.md' salah" in bad.message and bad.severity == "error"
    assert [a.id for a in store.articles()] == ["2021-03-04-ok"]  # the good one still loads


def test_referential_and_soft_problems_carry_the_key_line(tmp_path):
    text = (
        "---\n"
        "title: Judul\n"            # 2
        "date: 2021-03-05\n"        # 3  (file name says 03-04: warning)
        "channel: tiktok\n"         # 4  unknown channel: error
        "programs:\n"               # 5
        "  - atensi\n"              # 6
        "  - pkh\n"                 # 7  unknown program: error
        "mood: happy\n"             # 8  unknown field: warning
        "source: import.txt\n"      # 9  provenance field: fine
        "---\n"
        "Isi.\n"
    )
    store = make_store(tmp_path, {"melati.yaml": CONFIG, "programs.yaml": PROGRAMS,
                                  "articles/2021/2021-03-04-judul.md": text})
    found = {(p.line, p.severity, p.message.split(" ")[0] + " " + p.message.split(" ")[1]) for p in store.check()}
    assert (4, "error", "kanal 'tiktok'") in found
    assert (7, "error", "id program") in found
    assert (8, "warning", "kolom front") in found
    assert (3, "warning", "nama berkas") in found
    assert len(found) == 4
    article = store.articles()[0]  # referential problems do not stop the article from loading
    assert article.extra == {"mood": "happy", "source": "import.txt"}


def test_duplicate_ids_and_duplicate_keys(tmp_path):
    store = make_store(tmp_path, {
        "melati.yaml": CONFIG, "programs.yaml": PROGRAMS,
        "articles/2021/2021-03-04-judul.md": GOOD,
        "articles/2022/2021-03-04-judul.md": GOOD.replace("title: Judul\n", "title: Judul\ntitle: Lagi\n"),
    })
    problems = store.check()
    dup_id = [p for p in problems if "id berita '2021-03-04-judul' ganda" in p.message]
    assert len(dup_id) == 1 and "archive/articles/2021/2021-03-04-judul.md" in dup_id[0].message
    skipped = []
    assert [a.path for a in store.articles(skipped)] == ["articles/2021/2021-03-04-judul.md"]
    assert len(skipped) == 1 and "id berita '2021-03-04-judul' ganda" in skipped[0].message
    dup_key = [p for p in problems if "muncul dua kali" in p.message]
    assert len(dup_key) == 1 and dup_key[0].line == 3 and dup_key[0].severity == "error"


def test_near_duplicate_pairs_one_sided_links_and_missing_targets(tmp_path):
    a = GOOD.replace("programs: [atensi]\n", "programs: [atensi]\nnear_duplicates: [2021-03-04-lagi]\n")
    b = GOOD.replace("programs: [atensi]\n", "programs: [atensi]\nnear_duplicates: [2021-03-04-judul]\n")
    c = GOOD.replace("programs: [atensi]\n", "programs: [atensi]\nnear_duplicates:\n  - 2021-03-04-judul\n  - 2099-01-01-hilang\n")
    store = make_store(tmp_path, {"melati.yaml": CONFIG, "programs.yaml": PROGRAMS,
                                  "articles/2021/2021-03-04-judul.md": a,
                                  "articles/2021/2021-03-04-lagi.md": b,
                                  "articles/2021/2021-03-04-satu.md": c})
    report = store.check_report()
    assert report.near_duplicates == [("2021-03-04-judul", "2021-03-04-lagi"), ("2021-03-04-judul", "2021-03-04-satu")]
    warnings = {(p.path.rsplit("/", 1)[-1], p.line, p.message) for p in report.problems}
    # satu -> judul is one-sided (an import never edits the older file): a pair, no problem
    assert warnings == {("2021-03-04-satu.md", 8, "berita hampir sama '2099-01-01-hilang' tidak ada di arsip ini")}
    assert all(p.severity == "warning" for p in report.problems)


def test_hidden_and_non_md_files_are_not_articles(tmp_path):
    store = make_store(tmp_path, {"articles/2021/2021-03-04-judul.md": GOOD,
                                  "articles/2021/.2021-03-04-x.md.abc.tmp": GOOD,
                                  "articles/2021/.hidden.md": GOOD, "articles/notes.txt": "x"})
    assert [p.name for p in store.article_paths()] == ["2021-03-04-judul.md"]


def test_crlf_and_bom_are_read(tmp_path):
    text = "\ufeff" + GOOD.replace("\n", "\r\n")
    article = parse_article_text(text, "articles/2021/2021-03-04-judul.md")
    assert (article.title, article.body) == ("Judul", "JAKARTA - Isi berita.")


# --- people, programs, config, metrics --------------------------------------------------------------


def test_people_problems_with_lines(tmp_path):
    people = (
        "people:\n"                          # 1
        "  - id: puti\n"                     # 2
        "    name: Puti\n"                   # 3
        "    roles:\n"                       # 4
        "      - title: Kepala\n"            # 5
        "        start: 2021-01-01\n"        # 6
        "        end: 2020-01-01\n"          # 7  ends before it starts
        "  - id: Bad Id\n"                   # 8  bad id
        "    name: X\n"                      # 9
        "  - id: tanpa-nama\n"               # 10 missing name
        "  - id: puti\n"                     # 11 duplicate id
        "    name: Puti Lagi\n"              # 12
        "    hobby: catur\n"                 # 13 unknown field (warning)
        "  - just text\n"                    # 14 not a mapping
    )
    store = make_store(tmp_path, {"people.yaml": people})
    problems = []
    result = store.people(problems)
    assert [p.id for p in result] == ["puti"]
    assert result[0].roles == []  # the impossible role is dropped
    got = {(p.line, p.severity) for p in problems}
    assert got == {(7, "error"), (8, "error"), (10, "error"), (11, "error"), (13, "warning"), (14, "error")}
    assert all(p.path == "archive/people.yaml" and p.fix for p in problems)


def test_programs_problems_and_absent_files(tmp_path):
    store = make_store(tmp_path, {})
    assert store.people() == [] and store.programs() == [] and store.metrics() == []
    store = make_store(tmp_path, {"programs.yaml": (
        "programs:\n  - id: atensi\n    name: ATENSI\n    target_per_month: -1\n"
        "  - id: pkh\n    name: [PKH\n")})
    problems = []
    assert store.programs(problems) == []
    [problem] = problems
    assert problem.line == 6 and "YAML tidak sah" in problem.message
    store = make_store(tmp_path, {"programs.yaml": "programs:\n  - id: atensi\n    name: ATENSI\n    target_per_month: -1\n"})
    problems = []
    [program] = store.programs(problems)
    assert program.target_per_month == 0 and problems[0].line == 4


def test_metrics_rows_and_bad_rows_with_lines(tmp_path):
    csv_text = (
        "date,channel,url,article_id,views,likes,comments,shares,followers\n"  # 1
        "2021-03-04,instagram,,2021-03-04-judul,120,30,2,1,\n"                 # 2 good
        "04/03/2021,instagram,,,1,2,3,4,\n"                                     # 3 bad date
        "2021-03-05,instagram,,,1.200,2,3,4,\n"                                 # 4 not an integer
        "2021-03-06,instagram,,,1,2\n"                                          # 5 too few cells
        "\n"                                                                    # 6 blank: ignored
        "2021-03-07,,,,,,,,5000\n"                                              # 7 empty channel
        "2021-03-08,website,,,,,,,900\n"                                        # 8 channel-level row
    )
    store = make_store(tmp_path, {"melati.yaml": CONFIG, "articles/2021/2021-03-04-judul.md": GOOD,
                                  "programs.yaml": PROGRAMS, "metrics/instagram.csv": csv_text})
    problems = []
    rows = store.metrics(problems)
    assert [(r.date, r.views, r.followers, r.source) for r in rows] == [
        (dt.date(2021, 3, 4), 120, None, "archive/metrics/instagram.csv:2"),
        (dt.date(2021, 3, 8), None, 900, "archive/metrics/instagram.csv:8"),
    ]
    assert [p.line for p in problems] == [3, 4, 5, 7]
    checked = {(p.line, p.severity) for p in store.check()}
    assert (2, "warning") in checked  # instagram is not a channel in this melati.yaml
    assert {3, 4, 5, 7} <= {line for line, _ in checked}


# --- writing --------------------------------------------------------------------------------------


def article(**changes) -> Article:
    values = dict(id="", path="", title="Balai Gelar Pelatihan", date=dt.date(2021, 3, 4),
                  body="JAKARTA - \u201cKutipan,\u201d kata Puti.\n\nParagraf dua.", channel="website",
                  tags=["pelatihan"], programs=["atensi"], location="Jakarta",
                  overrides={"quotes": [{"match": "Kutipan", "speaker": "Puti"}]},
                  extra={"source": "x.txt", "near_duplicates": ["2021-01-01-a"]})
    values.update(changes)
    return Article(**values)


def test_render_and_parse_round_trip():
    original = article(id="2021-03-04-balai", path="articles/2021/2021-03-04-balai.md", fictional=True,
                       title="Judul: dengan titik dua #1", author="Penulis", url="https://contoh.id/a")
    text = render_article(original)
    again = parse_article_text(text, original.path)
    again.body_line = original.body_line = 0
    assert again == original
    assert render_article(again) == text


def test_write_article_never_overwrites_and_suffixes(tmp_path):
    store = make_store(tmp_path, {})
    first = store.write_article(article())
    assert first == store.root / "articles/2021/2021-03-04-balai-gelar-pelatihan.md"
    before = first.read_text(encoding="utf-8")
    second_article = article(body="Teks lain.")
    second = store.write_article(second_article)
    third = store.write_article(article(body="Teks ketiga."))
    assert second.name == "2021-03-04-balai-gelar-pelatihan-2.md"
    assert third.name == "2021-03-04-balai-gelar-pelatihan-3.md"
    assert second_article.id == "2021-03-04-balai-gelar-pelatihan-2"
    assert first.read_text(encoding="utf-8") == before
    assert store.load_article(second).body == "Teks lain."
    forced = store.write_article(article(id="2021-03-04-balai-gelar-pelatihan", body="Diganti."), force=True)
    assert forced == first and store.load_article(first).body == "Diganti."
    assert not [p for p in first.parent.iterdir() if p.name.startswith(".")]  # no temp files left


def test_concurrent_writes_of_one_title_all_survive(tmp_path):
    store = make_store(tmp_path, {})
    paths: list[Path] = []
    lock = threading.Lock()

    def write(n):
        path = ArchiveStore(store.root).write_article(article(body=f"Teks {n}."))
        with lock:
            paths.append(path)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(paths)) == 8
    bodies = {store.load_article(p).body for p in paths}
    assert bodies == {f"Teks {n}." for n in range(8)}


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "a" / "file.md"
    atomic_write(target, "satu")
    inode = target.stat().st_ino
    atomic_write(target, "dua")
    assert target.read_text() == "dua"
    assert target.stat().st_ino != inode  # a new file renamed over the old one, not rewritten in place
    assert sorted(os.listdir(target.parent)) == ["file.md"]
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not the private mode of a temp file


def test_atomic_write_failure_keeps_old_file(tmp_path):
    target = tmp_path / "file.md"
    target.write_text("lama")
    with pytest.raises(TypeError):
        atomic_write(target, None)  # type: ignore[arg-type]
    assert target.read_text() == "lama"
    assert os.listdir(tmp_path) == ["file.md"]


@pytest.mark.parametrize("title, slug", [
    ("Balai Melati Jakarta Gelar Inhouse Training Kehumasan", "balai-melati-jakarta-gelar-inhouse-training-kehumasan"),
    ("Sosialisasi Kesehatan Ibu & Anak di Bekasi", "sosialisasi-kesehatan-ibu-dan-anak-di-bekasi"),
    ("Jum'at Berkah: Bantuan untuk 1.000 Lansia!", "jumat-berkah-bantuan-untuk-1-000-lansia"),
    ("\u201cKemensos Hadir\u201d \u2013 Peringatan HUT ke-75 RI", "kemensos-hadir-peringatan-hut-ke-75-ri"),
    ("Café Pelajar Éxpo", "cafe-pelajar-expo"),
    ("../../etc/passwd", "etc-passwd"),
    ("..", "artikel"),
    ("", "artikel"),
    ("\u0628\u064a\u062a", "artikel"),
])
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_length_is_capped_at_a_word_boundary():
    title = "Peningkatan Kapasitas Pekerja Sosial dalam Pendampingan Anak dengan Disabilitas Sensorik Netra"
    slug = slugify(title)
    assert len(slug) <= 60 and not slug.endswith("-")
    assert title.lower().replace(" ", "-").startswith(slug)
    assert len(slugify("a" * 200)) == 60


def test_traversal_titles_and_ids_stay_inside_articles(tmp_path):
    store = make_store(tmp_path, {})
    for title in ("../../etc/passwd", "/etc/passwd", "..\\..\\windows", "a/../../b"):
        path = store.write_article(article(title=title))
        assert path.resolve().is_relative_to((store.root / "articles").resolve())
    path = store.write_article(article(id="../../../evil", title="Aman"))
    assert path.parent == store.root / "articles" / "2021" and path.name == "2021-03-04-aman.md"


def test_file_level_fictional_flag_marks_every_entry(tmp_path):
    store = make_store(tmp_path, {
        "people.yaml": "fictional: true\npeople:\n  - id: a\n    name: A\n  - id: b\n    name: B\n    fictional: false\n",
        "programs.yaml": "fictional: true\nprograms:\n  - id: p\n    name: P\n",
    })
    problems = []
    assert [(p.id, p.fictional) for p in store.people(problems)] == [("a", True), ("b", False)]
    assert [p.fictional for p in store.programs(problems)] == [True]
    assert problems == []


def test_wrong_types_are_errors_but_the_article_loads(tmp_path):
    text = "---\ntitle: Judul\ndate: 2021-03-04\ntags: {a: 1}\nfictional: ya\nlocation: [Jakarta]\n---\nIsi.\n"
    store = make_store(tmp_path, {"articles/2021/2021-03-04-judul.md": text})
    found = {(p.line, p.severity) for p in store.check() if "melati.yaml" not in p.path}
    assert found == {(4, "error"), (5, "error"), (6, "error")}
    [loaded] = store.articles()
    assert (loaded.tags, loaded.fictional, loaded.location) == ([], False, None)


def test_non_utf8_article_is_an_error(tmp_path):
    store = make_store(tmp_path, {})
    path = store.root / "articles/2021/2021-03-04-judul.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GOOD.replace("Isi berita", "Caf\u00e9").encode("cp1252"))
    with pytest.raises(ArchiveError, match="bukan teks UTF-8"):
        store.load_article(path)


def test_render_article_writes_front_matter_one_field_per_line_without_lists():
    import datetime as _dt
    from melati_archive.archive import parse_article_text, render_article
    from melati_archive.model import Article
    art = Article(id="2020-11-13-uji", path="", title="Uji: judul, dengan koma", date=_dt.date(2020, 11, 13),
                  body="Isi berita.\n", channel="website")
    text = render_article(art)
    head = text.split("---")[1]
    assert "{" not in head
    assert any(line.startswith("title:") for line in head.splitlines())
    assert any(line.startswith("channel:") for line in head.splitlines())
    again = parse_article_text(text, "2020-11-13-uji.md")
    assert again.title == art.title and again.date == art.date
