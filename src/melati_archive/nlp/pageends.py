"""The titles a page sets under its story, over the block that closes it: the page's own headline and date
line repeated at its foot (a news agency's page), and a promotion's title over its "Baca ... di sini" link.
page.py drops them from the story; the lines below them are furniture already. Also the writer's name over
an author box ("Nama Penulis" / "About Author"), where the page's tail starts.
"""
from __future__ import annotations

import datetime as dt
import re

from .furniture import read_here
from .headline import SENTENCE_END, _writer_name, headline_shape, is_title_case
from .pagedates import page_date_of
from .pagelines import has_words


# A story's sign-off code closing its last paragraph: "... para pedagang.(*)", "... kata Rina. (rin/red)".
_SIGNED_OFF = re.compile(r"[.!?\"”]\s*\((?:\*|[a-z]{2,6}(?:/[a-z]{2,6}){0,3})\)\s*$")


def closing_title(lines: list[str], kinds: list[str | None], i: int, cut: int, day: dt.date | None) -> bool:
    """Line i, a headline's shape without a sentence's end, sits over the page's closing block: a date line
    (not later than the page's own date: a schedule's day is story) or a "read it here" link, with nothing
    but furniture below them up to the tail. Or it is another item's Title Case headline, the page's last line
    of text, right under the story's sign-off code ("... pedagang.(*)" / "Warga Desa X Tuntut Kades Mundur!")."""
    line = lines[i]
    if kinds[i] is None and i > 0 and _SIGNED_OFF.search(lines[i - 1][-30:]) and is_title_case(line) \
            and headline_shape(line.rstrip("!?"), 4) and not line.endswith(".") \
            and not any(kinds[j] is None for j in range(i + 1, cut)):
        return True
    if kinds[i] is not None or i + 1 >= cut or line.endswith(SENTENCE_END) or not headline_shape(line, 2):
        return False
    if any(kinds[j] is None for j in range(i + 2, cut)):
        return False
    below = lines[i + 1]
    if kinds[i + 1] == "link" and read_here(below):
        return len(line.split()) <= 8  # "Anugerah Desa Wisata 2026" / "Baca kisahnya di sini"
    if kinds[i + 1] == "date" and has_words(line, 4):
        stated = page_date_of(below)
        return stated is not None and (day is None or stated <= day)
    return False


_AUTHOR_BOX = re.compile(r"(?i)^\s*(?:about\s+(?:the\s+)?author|tentang\s+penulis|profil\s+penulis)\s*:?\s*$")


def tail_start(lines: list[str], i: int, lead: int) -> int:
    """Where a tail that starts with its marker at line i begins: one line higher when the marker heads an
    author box and the line above is the writer's name alone ("Rina Marlina" / "About Author")."""
    if i - 1 > lead and _AUTHOR_BOX.match(lines[i]) and _writer_name(lines[i - 1]):
        return i - 1
    return i
