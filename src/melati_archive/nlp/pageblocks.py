"""Blocks of a page that line-by-line rules misread: a release's signature block and contact block under the
story (the sign-off date, the signer's office, "ttd", name and NIP; "Informasi lebih lanjut hubungi:": dropped)
and a photo page whose captions are its whole story (kept); the page's first paragraph over a block of related
links (the story's start). nlp/page.py asks while it builds the body. Pure functions over the page's lines.
"""
from __future__ import annotations

import re

from .headline import SENTENCE_END
from .pagedates import place_of_date_line
from .pagelines import has_words

# What only a signature holds: "ttd", "Tertanda", "(ttd)", a civil servant's number "NIP. 19750312 199803 2 004",
# a letter's close "Hormat kami,".
_SIGNATURE_MARK = re.compile(r"(?i)^\s*(?:\(?\s*ttd\.?\s*\)?|tertanda|nip\.?\s*:?\s*\d[\d ]{7,}|hormat\s+(?:kami|saya)\s*,?)\s*$")
# A release's contact block under the story: "Informasi lebih lanjut hubungi:", "Untuk keterangan lebih lanjut,
# silakan menghubungi:", "Narahubung: Nama (0812-...)", "Kontak Media:". A sentence about more information
# ("Informasi lebih lanjut dapat dilihat di kantor desa.") has no colon closing it.
_CONTACT_HEAD = re.compile(r"(?i)^\s*(?:(?:untuk\s+)?(?:informasi|keterangan)\s+(?:lebih\s+lanjut|selengkapnya)\b[^.!?:]{0,60}:\s*"
                           r"|(?:narahubung|kontak\s+media|kontak\s+person|contact\s+person|media\s+contact|cp)\s*:.{0,100})$")


def contact_head(line: str) -> bool:
    """The line a release's contact block opens with: everything from it is the page's tail (page._tail_cut)."""
    return bool(_CONTACT_HEAD.match(line))


MAX_SIGNATURE_LINE_WORDS = 8  # "Kepala Dinas Sosial Kabupaten Sukamekar," / "Wulan Sari, S.Sos., M.Si."
MAX_OFFICE_LINES = 3  # the signer's office above "ttd", written over up to three lines


def signature_lines(lines: list[str], kinds: list[str | None], last_prose: int, cut: int) -> set[int]:
    """Indices of a signature block's lines after the story's last paragraph (`last_prose`): from the
    sign-off date line ("Sukamekar, 7 Desember 2026"), else from the signer's office right above a "ttd" or
    NIP line, to the page's tail. Only short lines that end no sentence and quote no one; a block needs one of
    those marks, so a release's closing list stays."""
    after = range(last_prose + 1, cut)
    sign_off = next((i for i in after if kinds[i] == "date" and place_of_date_line(lines[i]) is not None), None)
    marks = [i for i in after if _SIGNATURE_MARK.match(lines[i])]
    if sign_off is not None and any(lines[k].endswith(",") and _signature_line(lines[k])
                                    for k in range(sign_off + 1, min(cut, sign_off + 1 + MAX_OFFICE_LINES))):
        marks.insert(0, sign_off)  # "Sukamekar, 7 Desember 2026" / "Kepala Dinas Sosial," / "Nama": a letter's close
    if not marks:
        return set()
    start = sign_off if sign_off is not None and sign_off <= marks[0] else marks[0]
    if start != sign_off:
        while start - 1 > last_prose and marks[0] - (start - 1) <= MAX_OFFICE_LINES and _signature_line(lines[start - 1]):
            start -= 1
    return {i for i in range(start, cut) if _signature_line(lines[i]) or kinds[i] is not None}


# A name's academic degrees closing a line: "Wulan Sari, S.Sos., M.Si.", "Budi, S.H." (its period ends no sentence).
_DEGREES_END = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,4}\.(?:\s*[A-Z][A-Za-z]{0,4}\.?)*,?\s*)+$")


def _signature_line(line: str) -> bool:
    return len(line.split()) <= MAX_SIGNATURE_LINE_WORDS and (not line.endswith(SENTENCE_END) or bool(
        _DEGREES_END.search(line[-40:]))) and not any(mark in line for mark in "\"“”") and not line.lstrip()[:1] in "-•·▪*"


MIN_CAPTION_WORDS = 8  # a caption that tells what the photo shows, not a credit alone


def gallery_captions(lines: list[str], kinds: list[str | None], lead: int, cut: int) -> list[int]:
    """A photo page (a gallery) has no paragraph but its captions: those captions are its story. The
    indices of caption lines that are sentences, when no story line was kept; else none."""
    return [i for i in range(lead, cut) if kinds[i] == "caption" and len(lines[i].split()) >= MIN_CAPTION_WORDS
            and sum(1 for w in lines[i].split() if w[:1].islower()) >= 3]


def paragraph_over_links(lines: list[str], kinds: list[str | None], i: int) -> int | None:
    """The page's first paragraph over a block of related links ("- Judul Lain" ... "Baca Juga") above the
    paragraph found at line i: a sentence of fifteen words or more, nothing but furniture above it."""
    j = i - 1
    while j >= 0 and kinds[j] == "link":
        j -= 1
    if j < 0 or j == i - 1 or kinds[j] is not None or not lines[j].endswith(SENTENCE_END) \
            or not has_words(lines[j], 15) or any(kind is None for kind in kinds[:j]):
        return None
    return j
