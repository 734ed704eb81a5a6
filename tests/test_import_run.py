"""melati import end to end: the fixture folder gives exactly these created / skipped / failed sets."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.archive import parse_article_text
from melati_archive.importers.run import run_import

from conftest import empty_archive

DATA = Path(__file__).parent / "data" / "import"
TODAY = dt.date(2026, 12, 1)
A = "archive/articles/2021/"

CREATED = {
    "berita-kemensos.html": A + "2021-03-26-balai-kenanga-bekasi-latih-pendamping-disabilitas.md",
    "feed-atom.xml#1": A + "2021-06-10-balai-kenanga-resmikan-rumah-singgah-lansia.md",
    "feed-atom.xml#2": A + "2021-06-02-pendaftaran-pelatihan-barista-disabilitas-dibuka.md",
    "feed-rss.xml#2": A + "2021-02-16-layanan-dukungan-psikososial-untuk-korban-banjir-karawang.md",
    "hut-balai-humas.txt": A + "2021-09-01-balai-kenanga-bekasi-rayakan-hari-jadi-ke-25.md",
    "hut-balai-liputan.txt": A + "2021-09-02-hari-jadi-ke-25-balai-kenanga-bekasi-dimeriahkan-pameran.md",
    "judul-berbahaya.md": A + "2021-10-04-tmp-melati-pwned-windows-system32.md",
    "siaran-cp1252.txt": A + "2021-01-05-balai-kenanga-bekasi-menerima-kunjungan-mahasiswa-pekerjaan.md",
    "siaran-tanpa-judul.txt": A + "2021-10-22-balai-kenanga-bekasi-menyerahkan-25-tongkat-adaptif-kepada.md",
    "siaran-utf16.txt": A + "2021-07-20-balai-kenanga-bekasi-bagikan-kacamata-baca.md",
    "siaran-utf8-bom.txt": A + "2021-08-09-kelas-memasak-untuk-remaja-binaan.md",
    "sosialisasi-pkh.md": A + "2021-11-15-sosialisasi-pkh-di-kelurahan-bintara.md",
    "wordpress-ekspor.xml#101": A + "2021-04-12-balai-kenanga-gelar-bakti-sosial-di-tambun-selatan.md",
    "wordpress-ekspor.xml#102": A + "2021-05-03-anak-binaan-balai-kenanga-juara-lomba-melukis.md",
    # no date anywhere: imported all the same, dated on the import day and marked for review
    "tanpa-tanggal.txt": "archive/articles/2026/2026-12-01-catatan-rapat-humas.md",
}
SKIPPED = {
    ("feed-rss.xml#1", "duplikat: URL sama", CREATED["berita-kemensos.html"]),
    ("wordpress-ekspor.xml#103", "post WordPress berstatus 'draft', belum terbit", None),
    ("wordpress-ekspor.xml#104", "halaman WordPress, bukan post (tulisan)", None),
    ("wordpress-ekspor.xml#105", "lampiran WordPress, bukan post (tulisan)", None),
}
FAILED = {
    "daftar-hadir.csv": "format tidak dikenal",
    "ekspor-rusak.xml": "XML rusak",
    "foto-kegiatan.jpg": "berkas biner",
    "kosong.txt": "berkas kosong",
}

MELATI_YAML = """\
organization:
  name: Balai Kenanga Bekasi
  short: Balai Kenanga
language: id
channels:
  - id: website
    name: Situs web
    kind: web
    target_per_month: 4
  - id: instagram
    name: Instagram
    kind: social
fictional: true
"""


def make_home(tmp_path: Path) -> Path:
    return empty_archive(tmp_path / "home", MELATI_YAML)


def name_of(source: str) -> str:
    return Path(source).name


def import_fixtures(home: Path, **options):
    options.setdefault("reindex", False)
    return run_import(Archive.open(home), [DATA], today=TODAY, **options)


def test_fixture_folder_gives_exactly_the_expected_sets(tmp_path):
    home = make_home(tmp_path)
    report = import_fixtures(home)
    assert sorted(report.created) == sorted(CREATED.values())
    assert {name_of(s["source"]) for s in report.skipped} == {s for s, _, _ in SKIPPED}
    assert {(name_of(s["source"]), s["reason"], s["existing"]) for s in report.skipped} == SKIPPED
    failed = {name_of(f["source"]): f["error"] for f in report.failed}
    assert set(failed) == set(FAILED)
    for name, start in FAILED.items():
        assert failed[name].startswith(start), (name, failed[name])
    on_disk = sorted(p.relative_to(home).as_posix() for p in (home / "archive" / "articles").rglob("*.md"))
    assert on_disk == sorted(CREATED.values())
    # the warnings tell about the cp1252 fallback and the made-up titles
    assert any("siaran-cp1252.txt: bukan UTF-8; dibaca sebagai cp1252" in w for w in report.warnings)


def test_second_import_creates_nothing_and_names_the_existing_files(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    before = {p: p.read_bytes() for p in (home / "archive").rglob("*.md")}
    again = import_fixtures(home)
    assert again.created == []
    by_source = {name_of(s["source"]): s for s in again.skipped}
    for source, path in CREATED.items():
        assert by_source[source]["existing"] == path
        assert by_source[source]["reason"].startswith("duplikat: ")
    # the feed item that duplicates the page still points at the page's file
    assert by_source["feed-rss.xml#1"]["existing"] == CREATED["berita-kemensos.html"]
    assert {name_of(f["source"]) for f in again.failed} == set(FAILED)
    after = {p: p.read_bytes() for p in (home / "archive").rglob("*.md")}
    assert after == before  # nothing changed, nothing added


def test_dry_run_writes_nothing_and_reports_the_same(tmp_path):
    home = make_home(tmp_path)
    report = import_fixtures(home, dry_run=True)
    assert sorted(report.created) == sorted(CREATED.values())
    assert len(report.skipped) == len(SKIPPED) and len(report.failed) == len(FAILED)
    assert list((home / "archive" / "articles").rglob("*")) == []


def read(home: Path, source: str):
    path = home / CREATED[source]
    return parse_article_text(path.read_text(encoding="utf-8"), CREATED[source]), path.read_text(encoding="utf-8")


def test_news_page_keeps_story_credits_and_canonical_url(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home, channel="Situs web")
    article, text = read(home, "berita-kemensos.html")
    assert article.title == "Balai Kenanga Bekasi Latih Pendamping Disabilitas"
    assert article.date == dt.date(2021, 3, 26)
    assert article.url == "https://kemensos.example.go.id/berita/balai-kenanga-latih-pendamping-disabilitas"
    assert article.author == "Humas Balai Kenanga Bekasi"
    assert article.editor == "Sari Handayani"
    assert article.extra["translator"] == "Anindya Putri"
    assert article.location == "Bekasi"
    assert article.channel == "website"  # --channel given by name, stored as the id
    assert article.extra["source"] == "berita-kemensos.html"
    assert article.extra["imported"] == "2026-12-01"
    lines = article.body.split("\n")
    assert lines[0].startswith("BEKASI (26 Maret 2021) – Balai Kenanga Bekasi menggelar pelatihan")
    assert lines[-1].startswith("Kegiatan ditutup dengan penyerahan sertifikat")
    assert len(lines) == 6  # one paragraph per line, none lost, none added
    assert "“Pendamping yang terlatih adalah kunci kemandirian penerima manfaat." in article.body
    for furniture in ("BACA JUGA", "Baca Juga", "Penulis", "Editor :", "Bagikan", "Facebook", "Berita Terkait",
                      "Berita Populer", "Beranda", "Hak Cipta", "Kebijakan Privasi", "Dilihat"):
        assert furniture not in article.body, furniture


def test_wordpress_posts_have_tags_url_date_and_no_links_lines(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    post, _ = read(home, "wordpress-ekspor.xml#101")
    assert post.title == "Balai Kenanga Gelar Bakti Sosial di Tambun Selatan"
    assert post.date == dt.date(2021, 4, 12)
    assert post.url == "https://balaikenanga.example.id/2021/04/12/bakti-sosial-tambun-selatan/"
    assert post.tags == ["Berita", "bakti sosial", "bantuan"]
    assert (post.author, post.editor) == ("Humas Balai Kenanga", "Sari Handayani")
    assert post.body.split("\n") == [
        "BEKASI (12 April 2021) - Balai Kenanga Bekasi menggelar bakti sosial bagi 150 keluarga di Kecamatan "
        "Tambun Selatan. Bantuan berupa paket sembako, kursi roda dan alat bantu dengar diserahkan langsung oleh "
        "petugas balai.",
        "“Kami datang untuk memastikan keluarga penerima manfaat tidak menunggu terlalu lama,” kata Kepala Balai "
        "Kenanga Bekasi, Ratna Sekarwangi.",
        "Kegiatan ini melibatkan 20 relawan dari Taruna Siaga Bencana dan karang taruna setempat.",
    ]
    plain, _ = read(home, "wordpress-ekspor.xml#102")  # content without <p>: blank lines are paragraphs
    assert len(plain.body.split("\n")) == 3 and plain.tags == ["Prestasi"]


def test_feed_items_full_content_or_partial_summary(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    full, _ = read(home, "feed-atom.xml#1")
    assert full.date == dt.date(2021, 6, 10) and full.author == "Humas Balai Kenanga" and full.tags == ["lansia"]
    assert "partial" not in full.extra
    assert full.body.count("\n") == 1
    summary, _ = read(home, "feed-atom.xml#2")
    assert summary.extra["partial"] is True
    assert summary.body.startswith("Balai Kenanga Bekasi membuka pendaftaran pelatihan barista")
    rss, _ = read(home, "feed-rss.xml#2")
    # the morning item (07:15 +07:00) keeps its own day, not the UTC day before
    assert rss.date == dt.date(2021, 2, 16) and rss.location == "Karawang"
    assert "Ringkasan singkat" not in rss.body and "partial" not in rss.extra


def test_texts_in_other_encodings_decode_right(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    cp, text = read(home, "siaran-cp1252.txt")
    assert "“Kami senang berbagi pengalaman dengan calon pekerja sosial,” ujar Dimas Prasetyo" in cp.body
    assert cp.body.startswith("JAKARTA (5 Januari 2021) – Balai Kenanga")  # 0x96 is an en dash in cp1252
    assert "\r" not in text
    # no title line: made from the first sentence, cut where it still reads
    assert cp.title == "Balai Kenanga Bekasi menerima kunjungan mahasiswa pekerjaan sosial"
    assert (cp.date, cp.location) == (dt.date(2021, 1, 5), "Jakarta")
    utf16, text16 = read(home, "siaran-utf16.txt")
    assert utf16.title == "Balai Kenanga Bekasi Bagikan Kacamata Baca"
    assert utf16.body == ("BEKASI (20 Juli 2021) - Sebanyak 60 lansia di Kecamatan Cikarang Barat menerima kacamata "
                          "baca dari Balai Kenanga Bekasi.\n“Penglihatan yang baik membantu lansia tetap mandiri,” "
                          "kata Ratna Sekarwangi.")
    assert "\r" not in text16
    bom, _ = read(home, "siaran-utf8-bom.txt")
    assert bom.title == "Kelas Memasak untuk Remaja Binaan" and not bom.title.startswith("\ufeff")


def test_markdown_front_matter_kept_and_heading_not_repeated(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    md, _ = read(home, "sosialisasi-pkh.md")
    assert md.title == "Sosialisasi PKH di Kelurahan Bintara"
    assert md.tags == ["pkh", "sosialisasi"] and md.programs == ["pkh"] and md.fictional is True
    assert md.extra["photographer"] == "Bagus Wicaksono"
    assert md.body.startswith("BEKASI (15 November 2021) - Pendamping Program Keluarga Harapan")
    assert "# Sosialisasi" not in md.body and "Baca juga" not in md.body


def test_path_traversal_title_stays_inside_articles(tmp_path):
    home = make_home(tmp_path)
    import_fixtures(home)
    article, _ = read(home, "judul-berbahaya.md")
    assert article.title == "../../../../tmp/melati-pwned/..\\..\\Windows\\System32"  # kept as written
    articles = (home / "archive" / "articles").resolve()
    for path in (home / "archive").rglob("*"):
        if path.is_file() and path.suffix == ".md":
            assert articles in path.resolve().parents
    assert not Path("/tmp/melati-pwned").exists()
    assert sorted(p.name for p in home.iterdir()) == ["archive"]


def test_near_duplicates_imported_and_linked_both_ways_within_a_run(tmp_path):
    home = make_home(tmp_path)
    report = import_fixtures(home)
    first, _ = read(home, "hut-balai-humas.txt")
    second, _ = read(home, "hut-balai-liputan.txt")
    assert second.extra["near_duplicates"] == [first.id]
    assert first.extra["near_duplicates"] == [second.id]
    # credit lines at the foot of a plain text become metadata too
    assert (first.author, second.editor) == ("Humas Balai Kenanga", "Sari Handayani")
    assert "Penulis" not in first.body and "Editor" not in second.body
    assert [(n["created"], n["existing"]) for n in report.near_duplicates] == [
        (CREATED["hut-balai-liputan.txt"], CREATED["hut-balai-humas.txt"])]
    assert 0.6 <= report.near_duplicates[0]["similarity"] < 1
    assert Archive.open(home).store.near_duplicates() == [(first.id, second.id)]


def test_near_duplicate_of_an_existing_file_leaves_that_file_untouched(tmp_path):
    home = make_home(tmp_path)
    run_import(Archive.open(home), [DATA / "hut-balai-humas.txt"], today=TODAY, reindex=False)
    old = home / CREATED["hut-balai-humas.txt"]
    before = old.read_bytes()
    report = run_import(Archive.open(home), [DATA / "hut-balai-liputan.txt"], today=TODAY, reindex=False)
    assert report.created == [CREATED["hut-balai-liputan.txt"]]
    assert old.read_bytes() == before  # the old file is never changed
    new, _ = read(home, "hut-balai-liputan.txt")
    assert new.extra["near_duplicates"] == [old.stem]
    # the pair is still listed from either side
    assert Archive.open(home).store.near_duplicates() == [(old.stem, new.id)]


def test_same_text_under_another_name_is_a_duplicate_of_the_archive_file(tmp_path):
    home = make_home(tmp_path)
    run_import(Archive.open(home), [DATA / "siaran-utf16.txt"], today=TODAY, reindex=False)
    copy = tmp_path / "salinan.txt"  # same words, other line ends, spacing and quote marks
    copy.write_text('Balai Kenanga Bekasi Bagikan Kacamata Baca\r\nBEKASI  (20 Juli 2021) - Sebanyak 60 lansia di '
                    'Kecamatan Cikarang Barat menerima kacamata baca dari Balai Kenanga Bekasi.\r\n"Penglihatan yang '
                    'baik membantu lansia tetap mandiri," kata Ratna Sekarwangi.\r\n', encoding="utf-8")
    report = run_import(Archive.open(home), [copy], today=TODAY, reindex=False)
    assert report.created == []
    assert report.skipped == [{"source": str(copy), "reason": "duplikat: teks sama",
                               "existing": CREATED["siaran-utf16.txt"]}]


def test_slug_collision_gets_a_suffix_and_keeps_the_first_file(tmp_path):
    home = make_home(tmp_path)
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text("Rapat Koordinasi\nBEKASI (1 Desember 2021) - Rapat pertama membahas layanan lansia.\n")
    two.write_text("Rapat Koordinasi\nBEKASI (1 Desember 2021) - Rapat kedua membahas layanan anak.\n")
    report = run_import(Archive.open(home), [one, two], today=TODAY, reindex=False)
    assert report.created == [A + "2021-12-01-rapat-koordinasi.md", A + "2021-12-01-rapat-koordinasi-2.md"]
    assert "Rapat pertama" in (home / report.created[0]).read_text()
    assert "Rapat kedua" in (home / report.created[1]).read_text()


def test_oversized_file_fails_alone(tmp_path):
    home = make_home(tmp_path)
    big = tmp_path / "besar.txt"
    with big.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)
    good = DATA / "siaran-utf8-bom.txt"
    report = run_import(Archive.open(home), [big, good], today=TODAY, reindex=False)
    assert report.created == [CREATED["siaran-utf8-bom.txt"]]
    assert [f["source"] for f in report.failed] == [str(big)]
    assert report.failed[0]["error"].startswith("berkas lebih besar dari 10 MB")


def test_unknown_channel_is_a_user_error(tmp_path):
    from melati_archive.errors import MelatiError

    with pytest.raises(MelatiError, match="kanal 'koran' tidak dikenal.*website, instagram"):
        import_fixtures(make_home(tmp_path), channel="koran")


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, MELATI_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "melati_archive", "import", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_json_and_exit_status(tmp_path):
    home = make_home(tmp_path)
    done = run_cli(home, str(DATA), "--no-reindex", "--json")
    assert done.returncode == 1
    document = json.loads(done.stdout)
    assert set(document) == {"created", "skipped", "failed"}
    undated = CREATED["tanpa-tanggal.txt"]
    # the undated item takes the day the CLI runs: compare it without its date
    assert sorted(c for c in document["created"] if not c.endswith("-catatan-rapat-humas.md")) == \
        sorted(c for c in CREATED.values() if c != undated)
    assert sum(c.endswith("-catatan-rapat-humas.md") for c in document["created"]) == 1
    assert {name_of(f["source"]) for f in document["failed"]} == set(FAILED)
    assert "melati: error: 4 sumber gagal diimpor; sumber lain tetap diimpor" in done.stderr
    clean = run_cli(home, str(DATA / "siaran-utf8-bom.txt"), "--no-reindex", "--dry-run")
    assert clean.returncode == 0
    assert "duplikat: URL sama" not in clean.stdout and "dilewati: " in clean.stdout
    assert "uji coba, tidak ada yang ditulis: 0 akan dibuat, 1 dilewati, 0 gagal" in clean.stdout


def test_imported_quotes_are_searchable_by_speaker_after_the_reindex(tmp_path):
    pytest.importorskip("melati_archive.index")
    home = make_home(tmp_path)
    report = import_fixtures(home, reindex=True)
    assert report.reindex is not None and report.reindex["added"] == len(CREATED)
    hits = Archive.open(home).quotes(speaker="Dimas Prasetyo", limit=None).hits
    found = {(h.article_id, h.text) for h in hits}
    page = Path(CREATED["berita-kemensos.html"]).stem
    assert (page, "Setiap anak punya cara sendiri untuk belajar, dan pendamping harus sabar mengenalinya") in found
    wp = Path(CREATED["wordpress-ekspor.xml#102"]).stem
    assert (wp, "Mereka membuktikan bahwa keterbatasan bukan penghalang untuk berkarya") in found
    assert all(h.speaker == "Dimas Prasetyo" for h in hits)


def test_page_without_date_markup_takes_the_dateline_not_the_copyright_year(tmp_path):
    home = make_home(tmp_path)
    page = (DATA / "berita-kemensos.html").read_text(encoding="utf-8")
    page = page.replace('<meta property="article:published_time" content="2021-03-26T09:30:00+07:00">', "")
    page = page.replace("Jumat, 26 Maret 2021", "").replace("Hak Cipta © 2021", "Hak Cipta © 2023")
    source = tmp_path / "tanpa-meta.html"
    source.write_text(page, encoding="utf-8")
    report = run_import(Archive.open(home), [source], today=TODAY, reindex=False)
    assert report.created == [CREATED["berita-kemensos.html"]]


def test_the_real_seed_release_is_a_duplicate_of_the_repository_archive_file(seed_home, shared_dir):
    existing = sorted(p.relative_to(seed_home).as_posix() for p in (seed_home / "archive").rglob("*.md"))
    report = run_import(Archive.open(seed_home), [shared_dir / "seed"], today=TODAY, reindex=False)
    assert report.created == [] and report.failed == []
    assert [(s["reason"], s["existing"]) for s in report.skipped] == [("duplikat: teks sama", existing[0])]


def test_the_real_seed_release_imports_with_dateline_and_derived_title(tmp_path, shared_dir):
    home = make_home(tmp_path)
    report = run_import(Archive.open(home), [shared_dir / "seed"], today=TODAY, reindex=False)
    assert report.created == ["archive/articles/2020/2020-11-13-balai-melati-jakarta-menyelenggarakan-kegiatan-inhouse.md"]
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"), report.created[0])
    assert article.title == "Balai Melati Jakarta menyelenggarakan Kegiatan Inhouse Training Kehumasan"
    assert (article.date, article.location) == (dt.date(2020, 11, 13), "Jakarta")
    source = next((shared_dir / "seed").glob("*.txt")).read_text(encoding="utf-8")
    assert article.body == source.strip()  # the text as published, every line kept


def test_page_wins_over_a_feed_summary_of_it_whatever_the_order(tmp_path):
    home = make_home(tmp_path)
    feed = tmp_path / "a-feed.xml"  # sorts before the page
    feed.write_text((DATA / "feed-rss.xml").read_text(encoding="utf-8").replace(
        "<content:encoded>", "<x>").replace("</content:encoded>", "</x>"), encoding="utf-8")
    page = tmp_path / "z-page.html"
    page.write_text((DATA / "berita-kemensos.html").read_text(encoding="utf-8"), encoding="utf-8")
    report = run_import(Archive.open(home), [feed, page], today=TODAY, reindex=False)
    assert CREATED["berita-kemensos.html"] in report.created
    assert {"source": f"{feed}#1", "reason": "duplikat: URL sama", "existing": CREATED["berita-kemensos.html"]} \
        in report.skipped
    article, _ = read(home, "berita-kemensos.html")
    assert "partial" not in article.extra and article.extra["source"] == "z-page.html"


def test_full_page_after_an_archived_summary_is_skipped_and_says_so(tmp_path):
    home = make_home(tmp_path)
    feed = tmp_path / "feed.xml"
    feed.write_text((DATA / "feed-rss.xml").read_text(encoding="utf-8"), encoding="utf-8")
    first = run_import(Archive.open(home), [feed], today=TODAY, reindex=False)
    assert len(first.created) == 2
    second = run_import(Archive.open(home), [DATA / "berita-kemensos.html"], today=TODAY, reindex=False)
    assert second.created == []
    assert second.skipped[0]["reason"].startswith("duplikat: URL sama (berkas yang ada hanya berisi ringkasan")
