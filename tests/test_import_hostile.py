"""Hostile and broken sources at the shared import and validation layer: an impossible date fails
its own file only, a non-http(s) link is never stored, shown or accepted by check, and control
characters never reach a title."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from melati_archive.api import Archive
from melati_archive.archive import parse_article_text
from melati_archive.importers.run import run_import
from melati_archive.searchpage import ResultRow, row_html
from melati_archive.weburl import safe_url

from conftest import empty_archive

TODAY = dt.date(2021, 6, 20)

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar Balai (fiktif)</title><link>https://balai.example.id/</link>
<item>
  <title>Balai Buka Kelas Menjahit \x1b[2J&#27;[31m</title>
  <link>javascript:alert(document.cookie)</link>
  <pubDate>Thu, 10 Jun 2021 06:30:00 +0700</pubDate>
  <content:encoded>&lt;p&gt;BEKASI (10 Juni 2021) - Balai membuka kelas menjahit bagi dua puluh warga.&lt;/p&gt;</content:encoded>
</item>
</channel></rss>
"""


def empty_home(tmp_path: Path) -> Path:
    return empty_archive(tmp_path / "home")


def test_impossible_markdown_date_fails_alone_and_the_good_files_import(tmp_path):
    home = empty_home(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a-baik.md").write_text("---\ntitle: Panen Raya\ndate: 2021-03-01\n---\nPetani memanen padi.\n")
    (src / "b-salah.md").write_text("---\ntitle: Tanggal Mustahil\ndate: 2021-02-30\n---\nIsi berita.\n")
    (src / "c-baik.md").write_text("---\ntitle: Bibit Gratis\ndate: 2021-03-02\n---\nWarga menerima bibit.\n")
    report = run_import(Archive.open(home), [src], reindex=False, today=TODAY)
    assert [Path(f["source"]).name for f in report.failed] == ["b-salah.md"]
    error = report.failed[0]["error"]
    assert "2021-02-30" in error and "\n" not in error
    assert len(report.created) == 2


def test_feed_javascript_link_is_dropped_and_control_characters_leave_the_title(tmp_path):
    home = empty_home(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "kabar.xml").write_text(FEED, encoding="utf-8")
    report = run_import(Archive.open(home), [src], reindex=False, today=TODAY)
    assert len(report.created) == 1, report.failed
    assert any("javascript" in w and "bukan http(s); tidak disimpan" in w for w in report.warnings)
    text = (home / report.created[0]).read_text(encoding="utf-8")
    article = parse_article_text(text, "articles/2021/" + Path(report.created[0]).name)
    assert article.url is None and "javascript" not in text
    assert article.title.startswith("Balai Buka Kelas Menjahit")
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in article.title)


def test_check_rejects_a_non_http_url_and_a_title_with_control_characters(tmp_path):
    home = empty_home(tmp_path)
    folder = home / "archive" / "articles" / "2021"
    folder.mkdir()
    (folder / "2021-03-01-panen-raya.md").write_text(
        '---\ntitle: "Panen \\e[2J Raya\\0"\ndate: 2021-03-01\nurl: "javascript:alert(1)"\n---\nPetani memanen.\n')
    store = Archive.open(home).store
    messages = [p.message for p in store.check() if p.severity == "error"]
    assert any("`url` bukan tautan http(s)" in m for m in messages)
    assert any("`title` berisi karakter kendali U+001B" in m for m in messages)
    article = store.articles()[0]
    assert article.url is None and article.title == "Panen [2J Raya"


def test_search_page_never_renders_a_non_http_link():
    for url in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "//evil.example/x", "http:///nohost", "java\tscript:alert(1)"):
        assert safe_url(url) is None, url
        row = ResultRow(kind="artikel", article_id="2021-03-01-a", title="Judul", date=None, date_text="1 Maret 2021", channel="", speaker="",
                        role="", snippet_html="", url=url, path="articles/2021/2021-03-01-a.md", citation="")
        assert "href" not in row_html(row), url
    assert safe_url("https://balai.example.id/a?b=1") == "https://balai.example.id/a?b=1"


def test_a_page_saved_through_the_wrong_encoding_is_stored_as_written(tmp_path):
    home = empty_home(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "rilis.txt").write_text(
        "Balai Buka Kelas Menjahit\u200b untuk Warga\nKamis, 10 Juni 2021\n"
        "BEKASI â€“ Balai membuka kelas menjahit bagi dua puluh warga sekitar.\n"
        "â€œKelas ini gratis,â€\x9d kata Kepala Balai, Dewi Lestari.\n", encoding="utf-8")
    report = run_import(Archive.open(home), [src], reindex=False, today=TODAY)
    assert len(report.created) == 1, report.failed
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"),
                                 "articles/2021/" + Path(report.created[0]).name)
    assert article.title == "Balai Buka Kelas Menjahit untuk Warga"
    assert "â€" not in article.body and "“Kelas ini gratis,” kata" in article.body
    assert article.location == "Bekasi"
