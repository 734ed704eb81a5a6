"""Pages a browser saved as one file (MHTML: Chrome's and Edge's "Webpage, Single File", .mhtml/.mht): the page's
HTML part read as a saved page (html.py). The archive's header dates the saving, never the page."""
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


def parse_mhtml(text: str, source: str) -> Parsed:
    message = email.message_from_string(text, policy=email.policy.compat32)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ImportFailure("berkas MHTML tanpa halaman HTML di dalamnya; simpan ulang halamannya sebagai HTML")
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    try:
        page = data.decode(charset) if charset else decode_bytes(data, source).text
    except (LookupError, UnicodeDecodeError):
        page = decode_bytes(data, source).text
    parsed = parse_html(page, source)
    address = message.get("Snapshot-Content-Location") or part.get("Content-Location")
    for draft in parsed.drafts:
        if not draft.url and address and address.startswith(("http://", "https://")):
            draft.url = address.strip()  # the address the page was saved from, when its markup names none
    return parsed
