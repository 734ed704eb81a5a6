"""Where a page's story ends: the labels its tail opens with (related items, comments, an author box, an
end mark), and the titles a page sets under its story, over the block that closes it: the page's own headline and date
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


# The labels a page's tail opens with: other items, comments, the author's box, a reactions widget.
_TAIL_MARKERS = re.compile(
    r"(?i)^\s*(?:artikel\s+terkait|berita\s+terkait|baca\s+lainnya|berita\s+lainnya|artikel\s+lainnya|"
    r"artikel\s+lain|berita\s+lain|terpopuler|berita\s+terpopuler|\d+\s+berita\s+terpopuler|komentar|"
    r"tinggalkan\s+balasan|posting\s+komentar|berikan\s+komentar|tulis\s+komentar|tidak\s+ada\s+komentar|related(?:\s+posts?)?|rekomendasi|"
    r"post\s+a\s+comment|leave\s+a\s+(?:comment|reply)|"
    r"artikel\s+menarik\s+lainnya|baca\s+berita\s+lainnya|berita\s+pilihan|pilihan\s+editor|konten\s+promosi|"
    r"tembusan(?:\s+yth\.?)?|terkait|"
    # a blog's post navigation under the post: "◄ Newer Post Older Post ►", "Posting Lebih Baru Posting Lama"
    r"[◄«‹]?\s*(?:newer\s+post\s+older\s+post|posting\s+lebih\s+baru\s+posting\s+lama)\s*[►»›]?|"
    r"(?:berita\s+)?(?:terkini|terbaru|populer)|paling\s+(?:banyak\s+dibaca|populer)|most\s+popular|"
    r"pilihan\s+(?:untukmu|untuk\s+anda|redaksi)|rekomendasi\s+untuk\s+(?:anda|kamu)|video\s+(?:pilihan|terkait)|"
    r"pos(?:ting(?:an)?)?\s+(?:terkait|terbaru|lainnya)|tulisan\s+(?:terkait|terbaru|lainnya)|"
    r"navigasi\s+(?:pos|artikel|tulisan)|post\s+navigation|tentang\s+penulis|profil\s+penulis|about\s+(?:the\s+)?author|"
    r"you\s+may\s+also\s+like|"
    # a reactions widget: "Bagaimana perasaanmu membaca berita ini?", "Apa Reaksi Anda?"
    r"bagaimana\s+perasaan(?:mu|\s+anda|\s+kamu)\b.{0,40}\?|apa\s+reaksi\s+(?:anda|kamu|mu)\s*\?)"
    r"\s*:?\s*\S{0,20}\s*$"
)


# The head of a comment thread: "2 tanggapan untuk “Judul”", "3 Komentar", "One thought on “Judul”".
_COMMENTS_HEAD = re.compile(r"(?i)^\s*(?:\d+|no|satu|dua|tiga|one|two|three)\s+(?:tanggapan|komentar|balasan|comments?|"
                            r"responses?|thoughts?|replies)\b(?:\s+(?:untuk|pada|on|to)\b.{0,200})?\s*:?\s*$")


# The end mark of a release, its contacts below: "###", "***", "-selesai-", "--- o0o ---" on a line of
# their own ("### Subjudul" is a Markdown heading).
_END_MARK = re.compile(r"^\s*(?:#{3,}|\*{3,}|-+\s*(?:selesai|end|habis|sekian)\s*-+|-*\s*o0o\s*-*)\s*$", re.I)


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
