"""importers.mhtml: a page a browser saved as one file (MHTML) is read as the saved page inside it; the date in the
archive's header is the day it was saved, never the page's date."""
from __future__ import annotations

import datetime as dt
import quopri
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.errors import ImportFailure
from melati_archive.importers.detect import detect_format
from melati_archive.importers.mhtml import parse_mhtml
from melati_archive.importers.run import run_import

from conftest import empty_archive

TITLE = "Dinsos Sukamekar Latih 30 Kader Pendamping Lansia"
PAGE = ("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + TITLE + " - Dinsos Sukamekar</title>"
        "<meta property=\"article:published_time\" content=\"2026-12-09T10:15:00+07:00\"></head><body><nav>Beranda Berita"
        "</nav><article><h1>" + TITLE + "</h1><p>SUKAMEKAR \u2013 Dinas Sosial Kabupaten Sukamekar melatih 30 kader "
        "pendamping lansia dari sepuluh desa selama dua hari di aula kantor dinas.</p><p>\u201cKader inilah yang nanti "
        "mengunjungi lansia di rumah setiap minggu,\u201d kata Kepala Dinas Sosial, Wulan Sari.</p></article></body></html>")
BOUNDARY = "----MultipartBoundary--q1w2e3r4t5----"


def mhtml(page: str = PAGE, charset: str = "") -> str:
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    kind = "text/html" + (f"; charset={charset}" if charset else "")
    return ("From: <Saved by Blink>\nSnapshot-Content-Location: https://dinsos.sukamekar.go.id/berita/latih-kader\n"
            f"Subject: {TITLE}\nDate: Fri, 18 Dec 2026 08:00:00 +0700\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"{BOUNDARY}\"\n\n\n"
            f"--{BOUNDARY}\nContent-Type: {kind}\nContent-ID: <frame-1@mhtml.blink>\n"
            "Content-Transfer-Encoding: quoted-printable\nContent-Location: https://dinsos.sukamekar.go.id/berita/latih-kader\n\n"
            f"{body}\n--{BOUNDARY}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
            f"Content-Location: https://dinsos.sukamekar.go.id/logo.png\n\niVBORw0KGgo=\n--{BOUNDARY}--\n")


def test_an_mhtml_file_is_known_by_its_headers_or_its_name():
    assert detect_format(mhtml(), "halaman.txt") == "mhtml"
    assert detect_format(mhtml(), "halaman.mht") == "mhtml"


@pytest.mark.parametrize("charset", ["", "utf-8"])
def test_the_page_inside_gives_title_date_story_and_address(charset):
    draft = parse_mhtml(mhtml(charset=charset), "halaman.mhtml").drafts[0]
    assert (draft.title, draft.date) == (TITLE, dt.date(2026, 12, 9))  # not the 18th, the day it was saved
    assert "sepuluh desa" in draft.body and "\u201cKader inilah" in draft.body
    assert draft.url == "https://dinsos.sukamekar.go.id/berita/latih-kader"


def test_an_mhtml_without_a_page_is_refused():
    with pytest.raises(ImportFailure, match="MHTML"):
        parse_mhtml(mhtml().replace("Content-Type: text/html", "Content-Type: text/css"), "halaman.mhtml")


def test_melati_import_takes_an_mhtml_file(tmp_path):
    home = empty_archive(tmp_path / "home", "organization: Dinas Sosial Kabupaten Sukamekar\n")
    source = tmp_path / "halaman.mhtml"
    source.write_text(mhtml(), encoding="utf-8")
    report = run_import(Archive.open(home), [source], today=dt.date(2026, 12, 20), reindex=False)
    assert not report.failed and len(report.created) == 1
    assert Path(report.created[0]).name.startswith("2026-12-09-")
