"""PDF releases: the text layer read by poppler's pdftotext, then read as a page like any text (text.py: the
letterhead, release number, running headers, page numbers and signature block leave the story)."""
from __future__ import annotations

import re
import shutil
import subprocess

from ..errors import ImportFailure
from ..nlp.dates import parse_dateline
from ..nlp.furniture import furniture_kind
from ..nlp.headline import SENTENCE_END, is_title_case
from ..nlp.page import footer_shape
from ..nlp.pagelines import joined_wrap
from ..nlp.textrepair import repaired
from .draft import Parsed
from .text import parse_text

PDF_MAGIC = b"%PDF-"
PDFTOTEXT_SECONDS = 120  # a release is a few pages; a damaged file must not hold the run
MIN_WORDS = 8  # fewer words than this is a scan without a text layer


def is_pdf(data: bytes) -> bool:
    """A PDF file by its content: "%PDF-" within its first bytes (some writers put a line before it)."""
    return PDF_MAGIC in data[:1024]


def parse_pdf(data: bytes, source: str) -> Parsed:
    return parse_text(mended(repaired(pdf_text(data))), source)


# A page's number alone on the first or last line of a page: "2", "- 2 -".
_PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$")
FULL_LINE = 0.8  # of the text's usual full line: a line this long that ends no sentence runs on
MIN_FULL_LINES = 3  # lines of five words or more a text needs before its usual line length is known


def mended(text: str) -> str:
    """pdftotext's lines as a writer's paragraphs: a page's number on its first or last line dropped, and a line
    that fills the page's width without ending its sentence joined to the next (a PDF breaks every line). A
    headline over the next line, a blank line and a short line stay breaks."""
    lines: list[str] = []
    for page in text.split("\f"):
        rows = page.split("\n")
        filled = [k for k, row in enumerate(rows) if row.strip()]
        for k in (filled[:1] + filled[-1:]) if filled else []:
            if _PAGE_NUMBER.match(rows[k]):
                rows[k] = ""
        lines.extend(rows)
    widths = sorted(len(line.strip()) for line in lines if len(line.split()) >= 5)
    # too few lines to know the page's width: no line counts as full
    full = widths[(len(widths) * 9) // 10] * FULL_LINE if len(widths) >= MIN_FULL_LINES else float("inf")
    out: list[str] = []
    for line in lines:
        line = line.strip()
        filled = [k for k in range(len(out) - 1, max(-1, len(out) - 6), -1) if out[k]][:2]
        if out and line and _runs_on(out[-1], line, full):
            out[-1] = joined_wrap(out[-1], line)
        elif line[:1].islower() and len(filled) == 2 and footer_shape(out[filled[0]]) \
                and not out[filled[1]].endswith(SENTENCE_END + (":",)):
            # "... kepada empat puluh penyandang" / (page break) / "SIARAN PERS DINAS ..." / "disabilitas dari ...":
            # the sentence goes on past the next page's running header, which moves below it
            out[filled[1]] = joined_wrap(out[filled[1]], line)
        else:
            out.append(line)
    return "\n".join(out)


def _runs_on(line: str, following: str, full: float) -> bool:
    return bool(line) and len(line) >= full and not line.endswith(SENTENCE_END + (":",)) \
        and (following[0].islower() or not is_title_case(line)) and parse_dateline(following, frozenset()) is None \
        and furniture_kind(following) is None


def pdf_text(data: bytes) -> str:
    """The PDF's text in reading order, pages split by form feeds; raises ImportFailure (one Indonesian line)
    when pdftotext is missing, the file is damaged or locked, or it holds no text."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise ImportFailure("berkas PDF tidak bisa dibaca: program pdftotext (paket poppler-utils) belum terpasang; "
                            "pasang paket itu, atau salin teks siaran persnya ke berkas .txt")
    try:
        done = subprocess.run([exe, "-enc", "UTF-8", "-eol", "unix", "-", "-"], input=data, capture_output=True,
                              timeout=PDFTOTEXT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise ImportFailure(f"PDF tidak selesai dibaca dalam {PDFTOTEXT_SECONDS} detik; salin teksnya ke berkas .txt") from None
    if done.returncode != 0:
        detail = next((line.strip() for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()), "")
        raise ImportFailure("PDF rusak atau terkunci sandi, tidak bisa dibaca" + (f": {detail}" if detail else ""))
    text = done.stdout.decode("utf-8", "replace")
    if len(text.split()) < MIN_WORDS:
        raise ImportFailure("PDF tanpa lapisan teks (hasil pindaian?); ketik ulang atau salin teksnya ke berkas .txt")
    return text
