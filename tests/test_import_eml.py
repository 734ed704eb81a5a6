"""importers.mhtml (saved mail): a release that came by mail, saved as .eml, is read from its attached PDF or Word
file, else from its own text; the mail's Date: (when it was sent) never dates the item."""
from __future__ import annotations

import datetime as dt
import shutil
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from melati_archive.importers.detect import detect_format
from melati_archive.importers.mhtml import parse_email

TITLE = "Dinsos Sukamekar Latih 30 Kader Pendamping Lansia"
RELEASE = (f"{TITLE}\n\nSukamekar, 9 Desember 2026 \u2013 Dinas Sosial Kabupaten Sukamekar melatih 30 kader pendamping "
           "lansia dari sepuluh desa selama dua hari di aula kantor dinas.\n\n\u201cKader inilah yang nanti mengunjungi "
           "lansia setiap minggu,\u201d kata Kepala Dinas Sosial, Wulan Sari.\n")
COVER = "Yth. Redaksi,\n\nTerlampir siaran pers kegiatan kami hari ini. Terima kasih.\n\nSalam,\nHumas Dinsos\n"


def mail(body: str, attachments: list[tuple[str, bytes]] = (), subtype: str = "plain") -> str:
    message = MIMEMultipart() if attachments else MIMEText(body, subtype, "utf-8")
    if attachments:
        message.attach(MIMEText(body, subtype, "utf-8"))
        for name, data in attachments:
            part = MIMEApplication(data)
            part.add_header("Content-Disposition", "attachment", filename=name)
            message.attach(part)
    message["From"] = "Humas Dinsos <humas@dinsos.example>"
    message["To"] = "redaksi@koran.example"
    message["Subject"] = "Fwd: Siaran Pers"
    message["Date"] = "Fri, 18 Dec 2026 08:00:00 +0700"
    return message.as_string()


def test_a_saved_mail_is_known_by_its_headers_or_its_name():
    assert detect_format(mail(RELEASE), "surat.txt") == "eml"
    assert detect_format(mail(RELEASE), "surat.eml") == "eml"


def test_a_release_in_the_mails_own_text():
    draft = parse_email(mail(RELEASE), "surat.eml").drafts[0]
    assert (draft.title, draft.date) == (TITLE, dt.date(2026, 12, 9))  # not the 18th, when the mail was sent
    assert "\u201cKader inilah" in draft.body and "=E2" not in draft.body


def test_a_release_in_an_html_only_mail():
    page = "<html><body><h1>" + TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in RELEASE.split("\n\n")[1:]) + "</body></html>"
    draft = parse_email(mail(page, subtype="html"), "surat.eml").drafts[0]
    assert draft.title == TITLE and "sepuluh desa" in draft.body


def test_an_attached_word_release_is_imported_and_the_cover_note_is_not():
    from test_import_docx import RELEASE as DOCX

    parsed = parse_email(mail(COVER, [("siaran.docx", DOCX)]), "surat.eml")
    assert [d.source for d in parsed.drafts] == ["surat.eml#siaran.docx"]
    assert "Terlampir" not in parsed.drafts[0].body


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_an_attached_pdf_release_is_imported():
    from test_import_pdf import RELEASE as PDF, TITLE as PDF_TITLE

    parsed = parse_email(mail(COVER, [("siaran.pdf", PDF)]), "surat.eml")
    assert [(d.source, d.title) for d in parsed.drafts] == [("surat.eml#siaran.pdf", PDF_TITLE)]


def test_a_broken_attachment_fails_alone_beside_the_mails_release():
    parsed = parse_email(mail(RELEASE + "\n" + "Kalimat tambahan agar surel ini lebih dari catatan pengantar. " * 8,
                              [("rusak.docx", b"PK\x03\x04 word/ rusak")]), "surat.eml")
    assert [d.source for d in parsed.drafts] == ["surat.eml"]
    assert [where for where, _ in parsed.failed] == ["surat.eml#rusak.docx"]
