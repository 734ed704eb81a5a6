"""Source bytes -> text, and which importer reads it: encodings, BOMs, line ends, bad files."""
from __future__ import annotations

import codecs

import pytest

from melati_archive.errors import ImportFailure
from melati_archive.importers.decode import decode_bytes
from melati_archive.importers.detect import detect_format

STORY = "JAKARTA (5 Januari 2021) – “Kami siap,” ujar Puti’s.\nBaris kedua."


@pytest.mark.parametrize("data, encoding", [
    (STORY.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8-bom"),
    (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16-le-bom"),
    (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16-be-bom"),
])
def test_unicode_encodings_decode_without_warning(data, encoding):
    decoded = decode_bytes(data, "x.txt")
    assert decoded.text == STORY and decoded.encoding == encoding and decoded.warnings == []


def test_cp1252_falls_back_with_a_warning_and_curly_quotes_right():
    decoded = decode_bytes(STORY.encode("cp1252"), "lama.txt")
    assert decoded.text == STORY
    assert decoded.encoding == "cp1252"
    assert decoded.warnings == ["lama.txt: bukan UTF-8; dibaca sebagai cp1252 (periksa huruf dan tanda khusus)"]


def test_latin1_when_cp1252_cannot_decode():
    decoded = decode_bytes("Caf\u00e9 \x81".encode("latin-1"), "x.txt")  # 0x81 is undefined in cp1252
    assert decoded.encoding == "latin-1" and decoded.text == "Café \x81"


def test_declared_charset_of_a_page_wins_over_the_guess():
    page = '<html><head><meta charset="iso-8859-15"></head><body>€ dan Š</body></html>'
    assert decode_bytes(page.encode("iso-8859-15"), "p.html").text == page


def test_crlf_and_cr_become_newlines():
    assert decode_bytes(b"a\r\nb\rc\n", "x.txt").text == "a\nb\nc\n"


@pytest.mark.parametrize("data, reason", [
    (b"   \n\r\n\t", "berkas kosong"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "berkas biner"),
    (bytes(range(1, 32)) * 20, "berkas biner"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "teks utf-16-le rusak"),
])
def test_bad_bytes_fail_with_a_reason(data, reason):
    with pytest.raises(ImportFailure, match=reason):
        decode_bytes(data, "x")


@pytest.mark.parametrize("text, name, expected", [
    ('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel/></rss>', "a.xml", "wordpress"),
    ('<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "a.xml", "feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "berita.txt", "feed"),
    ("<!DOCTYPE html><html><body>x</body></html>", "halaman.txt", "html"),  # content beats the extension
    ("<div><p>potongan</p></div>", "potongan.html", "html"),
    ("---\ntitle: A\n---\nisi", "catatan.txt", "md"),
    ("Judul\nisi", "catatan.md", "md"),
    ("Judul\nisi", "catatan.txt", "text"),
    ("Judul\nisi", "catatan", "text"),
])
def test_format_detected_from_content_first(text, name, expected):
    assert detect_format(text, name) == expected


@pytest.mark.parametrize("text, name", [("a,b\n1,2\n", "data.csv"), ("<note><to>x</to></note>", "n.xml")])
def test_unknown_formats_fail(text, name):
    with pytest.raises(ImportFailure, match="format tidak dikenal"):
        detect_format(text, name)


def test_a_utf8_file_holding_mojibake_is_stored_repaired():
    data = "SUKAMEKAR â€“ â€œKami siap,â€\x9d kata Rahmat.\u200b\n".encode("utf-8")
    assert decode_bytes(data, "rilis.txt").text == "SUKAMEKAR – “Kami siap,” kata Rahmat.\n"
