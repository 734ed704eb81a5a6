"""melati import of a web address: the page fetched over real HTTP (a server on this machine), read as a saved
page would be, its address kept; a known address skipped unfetched; every failure one line naming the host."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.archive import parse_article_text
from melati_archive.errors import ImportFailure
from melati_archive.importers.fetch import fetch, is_address
from melati_archive.importers.run import list_sources, run_import

from conftest import empty_archive, local_site, send_page

DATA = Path(__file__).parent / "data" / "import"
TODAY = dt.date(2026, 12, 1)

# A page with no canonical address of its own (invented office, people and place).
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Dinsos Sukamaju Latih 40 Pendamping Lansia</title></head><body>
<nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
<article><h1>Dinsos Sukamaju Latih 40 Pendamping Lansia</h1>
<p class="date">Selasa, 1 Desember 2026</p>
<p>SUKAMAJU – Dinas Sosial Kabupaten Sukamaju melatih 40 pendamping lanjut usia di aula kantor dinas pada
Selasa, membekali mereka cara merawat lansia yang tinggal sendiri dan mengenali tanda bahaya.</p>
<p>"Pendamping adalah orang pertama yang tahu bila lansia butuh pertolongan," kata Kepala Dinas Sosial
Sukamaju Rina Marlina.</p>
<p>Pelatihan berlangsung dua hari dan ditutup dengan praktik di rumah warga.</p></article>
<footer>Hak cipta Pemkab Sukamaju</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):  # noqa: N802 - the http.server hook's name
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        if self.path == "/berita/pendamping-lansia":
            self._send(200, "text/html; charset=utf-8", PAGE.encode("utf-8"))
        elif self.path == "/lama/pendamping-lansia":
            self.send_response(301)
            self.send_header("Location", "/berita/pendamping-lansia")
            self.end_headers()
        elif self.path == "/berita/kemensos":
            self._send(200, "text/html", (DATA / "berita-kemensos.html").read_bytes())
        elif self.path == "/feed":
            self._send(200, "application/rss+xml", (DATA / "feed-rss.xml").read_bytes())
        elif self.path == "/foto.jpg":
            self._send(200, "image/jpeg", (DATA / "foto-kegiatan.jpg").read_bytes())
        elif self.path == "/lambat":
            time.sleep(2)
            self._send(200, "text/html", PAGE.encode("utf-8"))
        elif self.path == "/besar":
            self._send(200, "text/html", b"<p>" + b"kata " * 60_000 + b"</p>")
        else:
            self._send(404, "text/html", b"<h1>Tidak ditemukan</h1>")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        send_page(self, status, kind, body)


@pytest.fixture(scope="module")
def site():
    with local_site(_Handler) as address:
        yield address


def test_addresses_are_told_from_files():
    assert is_address("https://situs.go.id/berita/satu")
    assert is_address("  http://situs.go.id  ")
    assert not is_address("berita/satu.html")
    assert not is_address("https://")
    assert list_sources(["https://situs.go.id/berita/satu"]) == ["https://situs.go.id/berita/satu"]


def test_a_page_is_fetched_and_read_with_its_address(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    url = site + "/berita/pendamping-lansia"
    report = run_import(Archive.open(home), [url], today=TODAY, reindex=False)
    assert report.failed == [] and len(report.created) == 1
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))
    assert article.title == "Dinsos Sukamaju Latih 40 Pendamping Lansia"
    assert article.date == dt.date(2026, 12, 1)
    assert article.url == url
    assert "Beranda" not in article.body and "Hak cipta" not in article.body
    assert "Pendamping adalah orang pertama" in article.body


def test_a_redirected_address_keeps_where_the_page_was_served(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    report = run_import(Archive.open(home), [site + "/lama/pendamping-lansia"], today=TODAY, reindex=False)
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))
    assert article.url == site + "/berita/pendamping-lansia"


def test_a_page_naming_its_canonical_address_keeps_that_one(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    report = run_import(Archive.open(home), [site + "/berita/kemensos"], today=TODAY, reindex=False)
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))
    assert article.url == "https://kemensos.example.go.id/berita/balai-kenanga-latih-pendamping-disabilitas"


def test_a_known_address_is_skipped_without_fetching(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    url = site + "/berita/pendamping-lansia"
    first = run_import(Archive.open(home), [url], today=TODAY, reindex=False)
    before = _Handler.hits.get("/berita/pendamping-lansia", 0)
    again = run_import(Archive.open(home), [url], today=TODAY, reindex=False)
    assert again.created == [] and again.failed == []
    assert again.skipped == [{"source": url, "reason": "duplikat: URL sama", "existing": first.created[0]}]
    assert _Handler.hits.get("/berita/pendamping-lansia", 0) == before


def test_a_feed_at_an_address_imports_its_items(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    report = run_import(Archive.open(home), [site + "/feed"], today=TODAY, reindex=False)
    assert len(report.created) >= 2 and report.failed == []


@pytest.mark.parametrize("path, words", [
    ("/hilang", ["127.0.0.1", "404", "Ctrl+S"]),
    ("/foto.jpg", ["image/jpeg", "bukan halaman berita"]),
])
def test_an_address_that_gives_no_page_fails_naming_the_host_and_the_fix(site, tmp_path, path, words):
    home = empty_archive(tmp_path / "home")
    report = run_import(Archive.open(home), [site + path], today=TODAY, reindex=False)
    assert report.created == [] and len(report.failed) == 1
    error = report.failed[0]["error"]
    assert "\n" not in error
    for word in words:
        assert word in error


def test_a_silent_server_fails_in_bounded_time(site):
    started = time.monotonic()
    with pytest.raises(ImportFailure, match="tidak menjawab dalam 0,5 detik"):
        fetch(site + "/lambat", timeout=0.5)
    assert time.monotonic() - started < 1.8


def test_an_oversized_page_fails_without_keeping_it(site):
    with pytest.raises(ImportFailure, match="lebih besar dari 0 MB"):
        fetch(site + "/besar", max_bytes=100_000)


def test_an_unreachable_host_fails_and_the_other_sources_still_import(tmp_path):
    home = empty_archive(tmp_path / "home")
    dead = "http://127.0.0.1:9/berita"  # the discard port: nothing listens there
    report = run_import(Archive.open(home), [dead, DATA / "hut-balai-humas.txt"], today=TODAY, reindex=False)
    assert len(report.created) == 1
    assert [f["source"] for f in report.failed] == [dead]
    assert "tidak bisa menghubungi 127.0.0.1" in report.failed[0]["error"]


def _melati(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120)


def test_the_command_imports_an_address_and_says_where(site, tmp_path):
    home = empty_archive(tmp_path / "home")
    done = _melati(home, "import", "--no-reindex", site + "/berita/pendamping-lansia")
    assert done.returncode == 0, done.stderr
    assert "dibuat: archive/articles/2026/2026-12-01-dinsos-sukamaju-latih-40-pendamping-lansia.md" in done.stdout
    failed = _melati(home, "import", "--no-reindex", site + "/hilang")
    assert failed.returncode == 1
    assert "gagal: " + site + "/hilang: server 127.0.0.1 menjawab 404" in failed.stdout
    assert "melati: error: 1 sumber gagal diimpor" in failed.stderr
