"""importers.docx: a release written in Word is read from its paragraphs (tables too, headers left out) as a text
page; other binary files fail alone, each with one line saying what it is. The documents are built here."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from melati_archive.errors import ImportFailure
from melati_archive.importers.decode import decode_bytes
from melati_archive.importers.docx import docx_text, is_docx, parse_docx

from conftest import empty_archive

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TITLE = "Dinsos Sukamekar Latih 30 Kader Pendamping Lansia"
LEAD = ("Sukamekar, 9 Desember 2026 \u2013 Dinas Sosial Kabupaten Sukamekar melatih 30 kader pendamping lansia dari "
        "sepuluh desa selama dua hari di aula kantor dinas.")
QUOTE = "\u201cKader inilah yang nanti mengunjungi lansia setiap minggu,\u201d kata Kepala Dinas Sosial, Wulan Sari."


def para(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t xml:space='preserve'>{escape(r)}</w:t></w:r>" for r in runs) + "</w:p>"


def docx(body: str, header: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/package/"
                   "2006/content-types'/>")
        z.writestr("word/document.xml", f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{W}'><w:body>{body}"
                   "</w:body></w:document>")
        if header:
            z.writestr("word/header1.xml", f"<w:hdr xmlns:w='{W}'>{header}</w:hdr>")
    return out.getvalue()


RELEASE = docx(para("SIARAN PERS") + para(TITLE) + para("Sukamekar, 9 Desember 2026 \u2013 ", LEAD.split("\u2013 ", 1)[1])
               + para(QUOTE) + para("Kepala Dinas Sosial,") + para("ttd") + para("Wulan Sari"),
               header=para("PEMERINTAH KABUPATEN SUKAMEKAR"))


def test_a_word_file_is_known_by_its_bytes():
    assert is_docx(RELEASE) and not is_docx(b"PK\x03\x04xl/workbook.xml")


def test_a_word_release_gives_title_date_place_and_the_story():
    draft = parse_docx(RELEASE, "siaran.docx").drafts[0]
    assert (draft.title, draft.date, draft.location) == (TITLE, dt.date(2026, 12, 9), "Sukamekar")
    assert "sepuluh desa" in draft.body and "setiap minggu" in draft.body
    assert "PEMERINTAH" not in draft.body and "ttd" not in draft.body


def test_runs_tabs_and_breaks_and_table_cells():
    text = docx_text(docx("<w:p><w:r><w:t>Satu</w:t></w:r><w:r><w:tab/><w:t>dua</w:t><w:br/><w:t>tiga</w:t></w:r></w:p>"
                          "<w:tbl><w:tr><w:tc>" + para("Sel tabel berisi kalimat yang cukup panjang untuk dibaca.")
                          + "</w:tc></w:tr></w:tbl>"))
    assert text.split("\n")[:3] == ["Satu dua", "tiga", "Sel tabel berisi kalimat yang cukup panjang untuk dibaca."]


@pytest.mark.parametrize("data, word", [(b"PK\x03\x04 bukan zip", "rusak"), (docx(para("")), "tanpa teks")])
def test_a_damaged_or_empty_word_file_fails_in_one_line(data, word):
    with pytest.raises(ImportFailure, match=word) as err:
        parse_docx(data, "x.docx")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("data, word", [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"), (b"\x89PNG\r\n\x1a\n\x00", "PNG"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", ".doc"), (b"{\\rtf1\\ansi Siaran pers}", "RTF"),
    (b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text", "OpenDocument"),
])
def test_other_binary_files_say_what_they_are(data, word):
    with pytest.raises(ImportFailure, match=word):
        decode_bytes(data, "x")


def test_melati_import_takes_a_word_file_and_names_an_image(tmp_path):
    from pathlib import Path

    from melati_archive.api import Archive
    from melati_archive.importers.run import run_import

    home = empty_archive(tmp_path / "home", "organization: Dinas Sosial Kabupaten Sukamekar\n")
    sources = tmp_path / "masuk"
    sources.mkdir()
    (sources / "siaran.docx").write_bytes(RELEASE)
    (sources / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    report = run_import(Archive.open(home), [sources], today=dt.date(2026, 12, 10), reindex=False)
    assert len(report.created) == 1 and Path(report.created[0]).name.startswith("2026-12-09-")
    assert [(Path(f["source"]).name, "JPEG" in f["error"]) for f in report.failed] == [("foto.jpg", True)]


def test_a_hostile_deeply_nested_word_file_fails_in_one_line():
    body = "<w:sdt>" * 5000 + para("Kalimat yang cukup panjang untuk dibaca sebagai berita di sini.") + "</w:sdt>" * 5000
    with pytest.raises(ImportFailure, match="bersarang"):
        parse_docx(docx(body), "x.docx")
