"""Which importer reads a source: decided from its content first, the file extension second."""
from __future__ import annotations

import re
from pathlib import PurePath

from ..errors import ImportFailure
from .mhtml import is_email, is_mhtml

FORMATS = ("text", "md", "html", "wordpress", "feed", "pdf", "mhtml", "docx", "eml")  # PDF and Word are known by their bytes (run.py)
TEXT_EXTENSIONS = frozenset({"", ".txt", ".text"})
MD_EXTENSIONS = frozenset({".md", ".markdown", ".mdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
MHTML_EXTENSIONS = frozenset({".mhtml", ".mht"})

_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]", re.I)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


def detect_format(text: str, path: str) -> str:
    """One of FORMATS; raises ImportFailure naming the file when nothing fits."""
    head = text[:4096].lstrip("\ufeff \t\n")
    lower = head.lower()
    suffix = PurePath(path).suffix.lower()
    if head.startswith("<"):
        if "<rss" in lower and "wordpress.org/export" in lower:
            return "wordpress"
        if re.search(r"<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]", lower):
            return "feed"
        if _HTML.search(head) or suffix in HTML_EXTENSIONS:
            return "html"
        raise ImportFailure("format tidak dikenal: XML/HTML yang bukan halaman web, ekspor WordPress, atau feed")
    if suffix in MHTML_EXTENSIONS or is_mhtml(head):
        return "mhtml"  # a page saved as one file: headers, then the page's parts
    if suffix == ".eml" or is_email(head):
        return "eml"  # a saved mail: its attached release, else its text
    if _FRONT_MATTER.match(head) or suffix in MD_EXTENSIONS:
        return "md"
    if suffix in HTML_EXTENSIONS:
        return "html"  # a page fragment without <html>: trafilatura still copes
    if suffix in TEXT_EXTENSIONS:
        return "text"
    raise ImportFailure(
        f"format tidak dikenal (berkas {suffix} yang bukan teks siaran pers, Markdown, HTML, atau feed); "
        "pakai --format text bila isinya teks biasa"
    )
