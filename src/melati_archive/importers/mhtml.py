"""MIME files: pages a browser saved as one file (MHTML: Chrome's and Edge's "Webpage, Single File", .mhtml/.mht),
whose HTML part is read as a saved page (html.py), and releases saved from a mail program (.eml), whose attached
PDF or Word release, else whose text, is read as the release. The headers' Date: dates the saving or the sending,
never the item."""
from __future__ import annotations

import email
import email.policy
import re

from ..errors import ImportFailure
from .decode import decode_bytes
from .draft import Parsed
from .html import parse_html

# A MIME document of related parts opens with its headers: "From: <Saved by Blink>", "MIME-Version: 1.0", ...
_MHTML_HEAD = re.compile(r"(?im)^content-type:\s*multipart/related\b")
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:")


def is_mhtml(text: str) -> bool:
    """Headers first (no markup), and a multipart/related content type among them."""
    head = text[:4096].lstrip("\ufeff \t\n")
    return bool(_HEADER_LINE.match(head)) and bool(_MHTML_HEAD.search(head))


def is_email(text: str) -> bool:
    """A saved mail: headers first (From:, Subject:, MIME-Version:) before the first blank line."""
    head = text[:8192].lstrip("\ufeff \t\n")
    block = head.split("\n\n", 1)[0].lower()
    return bool(_HEADER_LINE.match(head)) and "\nmime-version:" in "\n" + block and "\nfrom:" in "\n" + block \
        and "\nsubject:" in "\n" + block


MIN_BODY_WORDS = 60  # a mail's own text shorter than this beside an attached release is its cover note


def parse_email(text: str, source: str) -> Parsed:
    """The release a saved mail carries: each attached PDF or Word file (source "mail.eml#lampiran.pdf"), and the
    mail's own text when it is more than a cover note or nothing is attached."""
    from .docx import is_docx, parse_docx
    from .pdf import is_pdf, parse_pdf
    from .text import parse_text

    message = email.message_from_bytes(text.encode("utf-8", "surrogateescape"), policy=email.policy.compat32)
    out = Parsed([])
    attached = 0
    for part in message.walk():
        data = part.get_payload(decode=True) if part.get_filename() else None
        if not data or not (is_pdf(data) or is_docx(data)):
            continue
        attached += 1
        where = f"{source}#{part.get_filename()}"
        try:
            out.drafts.extend((parse_pdf if is_pdf(data) else parse_docx)(data, where).drafts)
        except ImportFailure as exc:
            out.failed.append((where, str(exc)))
    body = _text_part(message, source)
    if body is not None and (not attached or len(body[1].split()) >= MIN_BODY_WORDS):
        kind, content = body
        out.drafts.extend((parse_html if kind == "html" else parse_text)(content, source).drafts)
    if not out.drafts and not out.failed:
        raise ImportFailure("surel tanpa teks berita dan tanpa lampiran PDF atau Word")
    return out


def _text_part(message, source: str) -> tuple[str, str] | None:
    """("text", ...) of the mail's plain text, else ("html", ...) of its HTML; attachments left out."""
    for kind in ("plain", "html"):
        part = next((p for p in message.walk() if p.get_content_type() == f"text/{kind}" and not p.get_filename()), None)
        if part is not None:
            return ("text" if kind == "plain" else "html"), _decoded(part, source)
    return None


def _decoded(part, source: str) -> str:
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    try:
        return data.decode(charset) if charset else decode_bytes(data, source).text
    except (LookupError, UnicodeDecodeError):
        return decode_bytes(data, source).text


def parse_mhtml(text: str, source: str) -> Parsed:
    message = email.message_from_bytes(text.encode("utf-8", "surrogateescape"), policy=email.policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ImportFailure("berkas MHTML tanpa halaman HTML di dalamnya; simpan ulang halamannya sebagai HTML")
    parsed = parse_html(_decoded(part, source), source)
    address = message.get("Snapshot-Content-Location") or part.get("Content-Location")
    for draft in parsed.drafts:
        if not draft.url and address and address.startswith(("http://", "https://")):
            draft.url = address.strip()  # the address the page was saved from, when its markup names none
    return parsed
