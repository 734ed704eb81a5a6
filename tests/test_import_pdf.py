"""importers.pdf: a PDF release read through pdftotext (poppler-utils), then as a page; a PDF that cannot be read
fails alone with one Indonesian line. The PDFs are built here, with text of our own."""
from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.archive import parse_article_text
from melati_archive.errors import ImportFailure
from melati_archive.importers import pdf as pdfimport
from melati_archive.importers.pdf import is_pdf, parse_pdf
from melati_archive.importers.run import run_import

from conftest import empty_archive

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

TITLE = "Dinsos Sukamekar Latih 30 Kader Pendamping Lansia"
LEAD = ("Sukamekar, 9 Desember 2026 \u2013 Dinas Sosial Kabupaten Sukamekar melatih 30 kader pendamping lansia dari "
        "sepuluh desa selama dua hari di aula kantor dinas.")
QUOTE = ("\u201cKader inilah yang nanti mengunjungi lansia di rumah setiap minggu,\u201d kata Kepala Dinas Sosial, "
         "Wulan Sari.")
MORE = "Setiap kader menerima tas perlengkapan berisi tensimeter, termometer dan buku catatan kunjungan."
KOP = ["PEMERINTAH KABUPATEN SUKAMEKAR", "DINAS SOSIAL", "Jalan Veteran Nomor 12 Sukamekar 43211 Telepon (0263) 551122",
       "SIARAN PERS", "Nomor: 051/HM/DINSOS/XII/2026"]
SIGNATURE = ["Kepala Dinas Sosial", "Kabupaten Sukamekar,", "ttd", "Wulan Sari, S.Sos., M.Si.", "NIP. 19750312 199803 2 004"]

def make_pdf(pages: list[list[str]], width: int = 80) -> bytes:
    """A minimal PDF (Helvetica, WinAnsi) whose pages hold the given paragraphs, wrapped at `width` characters."""
    def esc(s: str) -> str:
        out = []
        for ch in s.encode("cp1252"):
            c = chr(ch)
            out.append("\\" + c if c in "()\\" else c if 32 <= ch < 127 else "\\%03o" % ch)
        return "".join(out)
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for paragraphs in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "60 780 Td"]
        for para in paragraphs:
            for line in textwrap.wrap(para, width) or [""]:
                ops.append(f"({esc(line)}) Tj T*")
            ops.append("T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode("latin-1") + stream + b"\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        body = obj if isinstance(obj, bytes) else obj.encode("latin-1")
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


RELEASE = make_pdf([KOP + [TITLE, LEAD, "1"], [QUOTE, MORE] + SIGNATURE + ["2"]])


def test_a_pdf_is_known_by_its_bytes():
    assert is_pdf(RELEASE) and not is_pdf(b"SUKAMEKAR - Dinas Sosial ...")


@needs_pdftotext
def test_a_pdf_release_gives_title_date_place_and_the_story_only():
    draft = parse_pdf(RELEASE, "siaran.pdf").drafts[0]
    assert (draft.title, draft.date, draft.location) == (TITLE, dt.date(2026, 12, 9), "Sukamekar")
    assert "sepuluh desa" in draft.body and "setiap minggu" in draft.body and "buku catatan kunjungan" in draft.body
    for furniture in ("PEMERINTAH KABUPATEN", "Nomor: 051", "Telepon", "ttd", "NIP", "M.Si."):
        assert furniture not in draft.body


@needs_pdftotext
def test_a_pdf_without_a_text_layer_is_refused():
    with pytest.raises(ImportFailure, match="tanpa lapisan teks"):
        parse_pdf(make_pdf([[]]), "pindaian.pdf")


@needs_pdftotext
def test_a_damaged_pdf_is_refused_in_one_line():
    with pytest.raises(ImportFailure, match="PDF rusak") as err:
        parse_pdf(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "rusak.pdf")
    assert "\n" not in str(err.value)


def test_without_pdftotext_the_reason_names_the_package(monkeypatch):
    monkeypatch.setattr(pdfimport.shutil, "which", lambda name: None)
    with pytest.raises(ImportFailure, match="poppler-utils"):
        parse_pdf(RELEASE, "siaran.pdf")


@needs_pdftotext
def test_melati_import_takes_a_pdf_beside_other_files(tmp_path):
    home = empty_archive(tmp_path / "home", "organization: Dinas Sosial Kabupaten Sukamekar\n")
    sources = tmp_path / "masuk"
    sources.mkdir()
    (sources / "siaran.pdf").write_bytes(RELEASE)
    (sources / "pindaian.pdf").write_bytes(make_pdf([[]]))
    report = run_import(Archive.open(home), [sources], today=dt.date(2026, 12, 10), reindex=False)
    assert [Path(f["source"]).name for f in report.failed] == ["pindaian.pdf"]
    assert len(report.created) == 1
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))
    assert article.title == TITLE and article.date == dt.date(2026, 12, 9)


def test_mending_joins_full_lines_and_drops_page_numbers():
    from melati_archive.importers.pdf import mended

    wide = "x" * 70
    text = (f"JUDUL SIARAN PERS\nSukamekar, 9 Desember 2026 \u2013 Dinas Sosial melatih kader {wide}\n"
            f"pendamping lansia dari sepuluh desa.\n1\n\fKepala Dinas mengatakan pelatihan diulang {wide}\n"
            f"setiap tahun.\nSetiap kader mendapat tas {wide}.\n2\n\f")
    got = mended(text).split("\n")
    assert f"Sukamekar, 9 Desember 2026 \u2013 Dinas Sosial melatih kader {wide} pendamping lansia dari sepuluh desa." in got
    assert f"Kepala Dinas mengatakan pelatihan diulang {wide} setiap tahun." in got
    assert "1" not in got and "2" not in got and "JUDUL SIARAN PERS" in got


def test_mending_keeps_a_headline_over_the_dateline():
    from melati_archive.importers.pdf import mended

    head = "Dinas Sosial Kabupaten Sukamekar Latih Tiga Puluh Kader Pendamping Lansia Desa"
    lines = [head, "Sukamekar, 9 Desember 2026 \u2013 Dinas Sosial melatih kader pendamping lansia dari desa.",
             "Kepala Dinas mengatakan pelatihan akan diulang setiap tahun bagi kader yang baru.",
             "Setiap kader mendapat tas berisi alat ukur tekanan darah dan buku catatan."]
    assert mended("\n".join(lines)).split("\n")[0] == head


def test_a_sentence_going_on_past_the_next_pages_running_header_is_one_line():
    from melati_archive.importers.pdf import mended

    text = ("SIARAN PERS DINAS SOSIAL\nJudul Rilis\nSUKAMEKAR - Dinas Sosial membagikan kursi roda kepada empat puluh "
            "penyandang\n1\n\fSIARAN PERS DINAS SOSIAL\ndisabilitas dari sembilan desa.\n2\n\f")
    assert "SUKAMEKAR - Dinas Sosial membagikan kursi roda kepada empat puluh penyandang disabilitas dari sembilan desa." \
        in mended(text).split("\n")
