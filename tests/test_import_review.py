"""Saved pages imported as people save them: none refused, headline and the page's own date, furniture
out; an item without a date or headline is marked for review, listed by `melati check` at the line to
edit, left out of the monthly counts, and set with `melati import FILE --date --title`."""
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
from melati_archive.review import needs_review, pending_count, review_fields, review_message

from conftest import empty_archive

TODAY = dt.date(2026, 12, 1)
CONFIG = "organization:\n  name: Balai Uji\nlanguage: id\nchannels:\n  - id: website\n    name: Situs web\n"

SAVED_PAGE = """Iklan Layanan Masyarakat
Menu
Beranda / Berita
Dinsos Sukamekar Salurkan Sembako untuk Korban Angin Kencang
Rizka Amalia - situskabar
Selasa, 09 Sep 2025 16:09 WIB
Petugas memanggul sembako ke rumah warga (Rizka/situskabar)
Foto: Petugas memanggul sembako ke rumah warga (Rizka/situskabar)
Sukamekar -
Dinas Sosial Kabupaten Sukamekar menyalurkan 300 paket sembako kepada warga terdampak angin kencang di tiga desa pada Senin (8/9/2025).
"Kami pastikan tidak ada keluarga yang terlewat," kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat.
ADVERTISEMENT
Baca juga: Bupati Sukamekar Resmikan Pasar Desa
Bantuan berupa beras, minyak goreng dan mi instan dibagikan langsung di rumah warga.
Bagikan:
Facebook Twitter WhatsApp
"""
# A news page that states only the day of the event, in its story: no publication date.
EVENT_ONLY = """SITUSKABAR.COM, SUKAMEKAR - Bupati Sukamekar meninjau dapur umum bagi pengungsi banjir, Selasa 2 Mei 2023, dan memastikan bahan makanan cukup untuk sepekan.
"Dapur umum buka sampai air surut," kata Bupati.
Petugas menyiapkan 500 bungkus nasi setiap hari untuk warga di tiga posko.
"""


def make_home(tmp_path: Path) -> Path:
    return empty_archive(tmp_path / "home", CONFIG)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(home: Path, report, index: int = 0):
    path = home / report.created[index]
    return parse_article_text(path.read_text(encoding="utf-8"), report.created[index]), path


def test_saved_page_gets_its_headline_date_credits_and_a_clean_body(tmp_path):
    home = make_home(tmp_path)
    report = run_import(Archive.open(home), [write(tmp_path, "halaman.txt", SAVED_PAGE)], today=TODAY, reindex=False)
    assert report.failed == [] and report.review == []
    article, _ = imported(home, report)
    assert article.title == "Dinsos Sukamekar Salurkan Sembako untuk Korban Angin Kencang"
    assert article.date == dt.date(2025, 9, 9)  # the page's date line, not the event day (8/9/2025)
    assert not needs_review(article)
    assert article.body.split("\n") == [
        "Sukamekar – Dinas Sosial Kabupaten Sukamekar menyalurkan 300 paket sembako kepada warga terdampak angin "
        "kencang di tiga desa pada Senin (8/9/2025).",
        "\"Kami pastikan tidak ada keluarga yang terlewat,\" kata Kepala Dinas Sosial Sukamekar, Rahmat Hidayat.",
        "Bantuan berupa beras, minyak goreng dan mi instan dibagikan langsung di rumah warga.",
    ]


def test_page_without_date_or_headline_is_imported_and_marked_for_review(tmp_path):
    home = make_home(tmp_path)
    report = run_import(Archive.open(home), [write(tmp_path, "tanpa-tanggal.txt", EVENT_ONLY)], today=TODAY,
                        reindex=False)
    assert report.failed == [] and len(report.created) == 1
    article, path = imported(home, report)
    fields = review_fields(article)
    assert set(fields) == {"date", "title"}
    assert "tanggal kegiatan" in fields["date"] and "Selasa 2 Mei 2023" in fields["date"]
    assert "kalimat pertama" in fields["title"]
    assert article.date == dt.date(2023, 5, 2)  # provisional, from the story
    assert report.review == [{"created": report.created[0], "fields": fields}]
    assert any("ditandai untuk ditinjau" in w and "--date" in w for w in report.warnings)
    # melati check: a warning at the line of each field, with the file
    problems = [p for p in Archive.open(home).store.check() if "menunggu tinjauan" in p.message]
    lines = path.read_text(encoding="utf-8").split("\n")
    assert sorted(lines[p.line - 1].split(":")[0] for p in problems) == ["date", "title"]
    assert all(p.severity == "warning" and p.path.endswith(path.name) for p in problems)
    assert Archive.open(home).store.check_report().pending_review == 1
    assert pending_count(home) == 1


def test_page_without_any_date_takes_the_import_day_for_now(tmp_path):
    home = make_home(tmp_path)
    text = "Catatan Rapat Humas\nRapat membahas jadwal unggahan media sosial dan pembagian tugas liputan bulan depan.\n"
    report = run_import(Archive.open(home), [write(tmp_path, "catatan.txt", text)], today=TODAY, reindex=False)
    article, _ = imported(home, report)
    assert (article.title, article.date) == ("Catatan Rapat Humas", TODAY)
    assert list(review_fields(article)) == ["date"] and "tanggal impor" in review_fields(article)["date"]


def test_items_waiting_for_review_stay_out_of_the_monthly_counts(tmp_path):
    from melati_archive.reports import frames

    home = make_home(tmp_path)
    run_import(Archive.open(home), [write(tmp_path, "a.txt", EVENT_ONLY),
                                    write(tmp_path, "b.txt", SAVED_PAGE)], today=TODAY, reindex=False)
    data = frames.load(home)
    assert list(data.articles["title"]) == ["Dinsos Sukamekar Salurkan Sembako untuk Korban Angin Kencang"]
    # once a person fills the date in and removes the mark, the item counts
    path = next(p for p in (home / "archive" / "articles").rglob("*.md") if "bupati" in p.name)
    text = path.read_text(encoding="utf-8")
    start = text.index("review:")
    end = text.index("\n---", start)
    path.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    assert len(frames.load(home).articles) == 2
    assert pending_count(home) == 0


def _article(home: Path, name: str, front: str, body: str) -> None:
    folder = home / "archive" / "articles" / "2023"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\n{front}fictional: true\n---\n{body}\n", encoding="utf-8")


def test_quotes_of_items_waiting_for_review_stay_out_of_the_monthly_voices(tmp_path):
    from melati_archive.reports.context import prepare_month

    home = make_home(tmp_path)
    _article(home, "2023-05-03-posko.md", "title: Posko Banjir Dibuka\ndate: 2023-05-03\n",
             'SUKAMEKAR (3/5/2023) - "Posko kami buka siang dan malam," kata Kepala Dinas Sosial, '
             "Rina Marlina.")
    _article(home, "2023-05-04-dapur.md", "title: Dapur Umum\ndate: 2023-05-04\n"
             "review:\n  date: halaman tidak menyebut tanggal terbit\n",
             'SUKAMEKAR - "Dapur umum tetap menyala sampai air surut," kata Koordinator Relawan Sukamekar, Joko Prasetyo.')
    report = prepare_month(home, "2023-05")
    assert list(report.speakers["Narasumber"]) == ["Rina Marlina"]


def test_review_message_is_one_line_or_nothing():
    assert review_message(0) is None
    assert review_message(3).startswith("3 berita menunggu tinjauan") and "\n" not in review_message(3)


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, MELATI_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "melati_archive", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_cli_date_and_title_set_one_file_and_check_counts_what_waits(tmp_path):
    home = make_home(tmp_path)
    one = write(tmp_path, "satu.txt", EVENT_ONLY)
    done = run_cli(home, "import", str(one), "--no-reindex", "--date", "2023-05-03",
                   "--title", "Bupati Tinjau Dapur Umum Pengungsi Banjir")
    assert done.returncode == 0, done.stderr
    created = home / done.stdout.split("dibuat: ")[1].split("\n")[0]
    article = parse_article_text(created.read_text(encoding="utf-8"), created.name)
    assert (article.date, article.title) == (dt.date(2023, 5, 3), "Bupati Tinjau Dapur Umum Pengungsi Banjir")
    assert not needs_review(article) and created.name == "2023-05-03-bupati-tinjau-dapur-umum-pengungsi-banjir.md"

    other = write(tmp_path, "dua.txt", EVENT_ONLY.replace("500 bungkus", "700 bungkus").replace("tiga posko", "lima posko"))
    done = run_cli(home, "import", str(other), "--no-reindex")
    assert done.returncode == 0, done.stderr
    assert "1 berita ditandai untuk ditinjau" in done.stdout
    check = run_cli(home, "check")
    assert "menunggu tinjauan: `date`" in check.stdout and "1 berita menunggu tinjauan" in check.stdout
    assert "jalankan `melati check`" not in check.stdout  # it is running: the files are listed above
    assert json.loads(run_cli(home, "check", "--json").stdout)["pending_review"] == 1


@pytest.mark.parametrize("args, message", [
    (["--date", "2023-02-30"], "bukan tanggal YYYY-MM-DD"),
    (["--title", "  "], "--title kosong"),
])
def test_cli_date_and_title_errors_are_one_line(tmp_path, args, message):
    home = make_home(tmp_path)
    done = run_cli(home, "import", str(write(tmp_path, "satu.txt", EVENT_ONLY)), "--no-reindex", *args)
    assert done.returncode == 1 and message in done.stderr and done.stderr.count("\n") == 1


def test_date_and_title_are_for_one_file_only(tmp_path):
    from melati_archive.errors import MelatiError

    home = make_home(tmp_path)
    folder = tmp_path / "berkas"
    folder.mkdir()
    write(folder, "a.txt", EVENT_ONLY)
    with pytest.raises(MelatiError, match="hanya untuk satu berkas"):
        run_import(Archive.open(home), [folder], date=dt.date(2023, 5, 3), reindex=False)


def test_search_page_shows_how_many_items_wait(tmp_path):
    pytest.importorskip("melati_archive.index")
    from melati_archive.searchpage import FormState, SearchPage, page_html

    home = make_home(tmp_path)
    run_import(Archive.open(home), [write(tmp_path, "a.txt", EVENT_ONLY), write(tmp_path, "b.txt", SAVED_PAGE)],
               today=TODAY, reindex=True)
    result = SearchPage.open(home).run(FormState(query="sembako"))
    assert result.review_text.startswith("1 berita menunggu tinjauan")
    assert "1 berita menunggu tinjauan" in page_html(result)


def test_pending_count_reads_marks_after_a_long_front_matter(tmp_path):
    home = make_home(tmp_path)
    folder = home / "archive" / "articles" / "2023"
    folder.mkdir(parents=True, exist_ok=True)
    tags = "".join(f"  - topik ke-{i} tentang bantuan sosial\n" for i in range(400))  # > 8 KB of front matter
    body = "Warga menerima bantuan. " * 500
    (folder / "2023-05-02-panjang.md").write_text(
        f"---\ntitle: Bantuan tahap dua\ndate: 2023-05-02\ntags:\n{tags}review:\n  date: belum pasti\n---\n{body}\n",
        encoding="utf-8")
    (folder / "2023-05-03-pendek.md").write_text(
        f"---\ntitle: Bantuan tahap tiga\ndate: 2023-05-03\n---\n{body}review: bukan kolom, hanya kata\n",
        encoding="utf-8")
    (folder / "2023-05-04-kosong.md").write_text(
        "---\ntitle: Bantuan tahap empat\ndate: 2023-05-04\nreview: {}\n---\nIsi.\n", encoding="utf-8")
    assert len((folder / "2023-05-02-panjang.md").read_bytes()) > 8192
    assert pending_count(home) == 1


def test_the_provisional_date_is_the_first_written_with_its_weekday():
    # a rule's deadline written bare comes first; the day the story reports carries its weekday
    from melati_archive.importers.datelines import first_body_date
    body = ("Pengisian jabatan kosong di Pemkab Lawangsari masih menunggu izin, sebab setelah tanggal 3 Februari 2025 "
            "kepala daerah tidak boleh merotasi pejabat tanpa persetujuan menteri.\n"
            "\"Kami sudah mengajukan izin sejak bulan lalu,\" kata Kepala BKPSDM Lawangsari, Rudi Hartono, Kamis "
            "(10/4/2025).\n")
    found = first_body_date(body)
    assert found.date == dt.date(2025, 4, 10) and found.text.startswith("Kamis")


def test_without_a_weekday_the_first_body_date_stays():
    from melati_archive.importers.datelines import first_body_date
    body = "Pendaftaran lomba dibuka pada 5 Mei 2025 dan ditutup pada 20 Mei 2025 di kantor kecamatan.\n"
    assert first_body_date(body).date == dt.date(2025, 5, 5)
