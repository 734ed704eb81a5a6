"""A page's text as logical lines: blank lines dropped, whitespace collapsed, hard-wrapped sentences
joined (a word a PDF broke at the line's end made whole, an ad a page put inside a sentence moved after
it), WhatsApp and Markdown emphasis around a line removed, and a theme's date badge written over several
lines joined into one date line. nlp/page.py reads these lines as a page. Pure functions, strings in.
"""
from __future__ import annotations

import re

from . import dates as D
from .furniture import furniture_kind, squeezed
from .headline import SENTENCE_END, is_title_case
from .wraps import WRAP_WIDTH, quote_marks, runs_on, wrap_of


def has_words(line: str, k: int) -> bool:
    """`len(line.split()) >= k`, splitting no further than the k-th word: story lines run to
    thousands of characters, and a page asks about each line's length a dozen times."""
    return len(line.split(None, k - 1)) >= k


# A story's first words name a place or the site: "JAKARTA. Menteri ...", "MC-KOTA, Permasalahan ...",
# "situs.co.id, Kota – ...".
OPENER = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+){0,2}[.,]\s+[A-Z]"  # JAKARTA. / MC-KOTA,
    r"|[\w-]+\.(?:com|co\.id|id|co)\b"  # situs.co.id, ...
    r"|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2},\s*(?:\([^()\n]{2,40}\)|[\w.]+)\s*[-–—:])")  # Kota, Situs - / Kota, (situs) -


_RUNS_ON_KINDS = frozenset({"link", "share", "tags"})  # furniture a wrap may carry on to a next line


def logical_lines(text: str) -> list[str]:
    """Non-blank lines with hard-wrapped sentences joined (a line that starts in lower case, or follows a
    line ending in a comma, continues it; inside a paragraph already found wrapped, so does a line after
    a long one without a full stop). Whitespace inside a line is collapsed."""
    out: list[str] = []
    wrapped = False  # the last logical line was joined from several
    previous_raw = ""
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    wrap = wrap_of(raws) if len(raws) >= 6 else None  # a text wrapped at a fixed width (a PDF's)
    story = False  # in a wrapped text: a sentence or the dateline has been read (no headline below it)
    marks = 0  # the double quote marks of the logical line so far (odd: a quote is open)
    # furniture_kind of out[-1], read once per line appended: a joined line is furniture of no kind (it
    # joins only lines of none), and reading a paragraph again at each of its wrapped lines is quadratic
    last_kind: str | None = None
    for index, raw in enumerate(raws):
        line = _unmarked(squeezed(raw.replace("\u00a0", " ")))  # story lines run long: most need no rebuilding
        if not line:
            wrapped = False
            continue
        kind = furniture_kind(line)
        if len(out) >= 2 and line[0].islower() and last_kind in ("ad", "ui") and not kind \
                and has_words(out[-2], 4) and not out[-2].endswith(SENTENCE_END) and not furniture_kind(out[-2]) \
                and not is_title_case(out[-2]):
            # an ad or a PDF's page number inside a sentence ("... menyalurkan bantuan" / ADVERTISEMENT or
            # "- 1 -" / "kepada 300 warga ..."): the sentence is one line again, the ad after it
            out[-2] = _joined_wrap(out[-2], line)
            previous_raw = line
            continue
        if out and last_kind in _RUNS_ON_KINDS and not kind and wrap and runs_on(previous_raw, line, wrap) \
                and not opens_wrapped_sentence(raws, index):
            # a link or a share row wrapped over two lines ("Baca juga: ... bagi Anak" / "Korban Banjir di
            # Tiga Kecamatan"): its second line leaves with it
            out[-1] = _joined_wrap(out[-1], line)
            previous_raw = line
            continue
        if out and not last_kind and not kind and has_words(out[-1], 4) \
                and not OPENER.match(line) and line.lower() not in _LOWER_LABELS and (
                # a full line of a text wrapped at a fixed width (runs_on says when a full stop ends
                # none); above the story, a headline's line only runs on in its own Title Case (not
                # into a caption or a standfirst under it)
                (runs_on(previous_raw, line, wrap, marks % 2 == 1)
                 and (story or wrapped or not is_title_case(out[-1]) or is_title_case(line)))
                or (not out[-1].endswith(SENTENCE_END)
                    and not (not wrapped and is_title_case(out[-1]) and not _broken_at_end(out[-1])
                             and not (wrap and D.opens_with_dateline(out[-1])))
                    and (line[0].islower() or out[-1].endswith(",")
                         or (wrapped and len(previous_raw) >= WRAP_WIDTH)))):
            out[-1] = _joined_wrap(out[-1], line)
            wrapped = True
            marks += quote_marks(line)
            last_kind = None
        else:
            out.append(line)
            wrapped = False
            marks = quote_marks(line)
            last_kind = kind
        previous_raw = line
        if wrap and not story and has_words(out[-1], 4) and (
                out[-1].endswith((".", "!", "?")) or D.opens_with_dateline(out[-1])):
            story = True  # a sentence or the dateline: the story has begun
    return [piece for line in out for piece in _glued_link_split(line)]


def opens_wrapped_sentence(raws: list[str], index: int) -> bool:
    """Line `index` opens a sentence the next line goes on with in lower case: under a "Baca juga:" link
    ("Kepala Dinas X, Nama" / "ketika ditemui ... menuturkan ..."), the story again, not the link's second
    line."""
    following = raws[index + 1].strip() if index + 1 < len(raws) else ""
    return bool(following) and following[0].islower()


_LINK_HEADS = ("baca juga", "baca pula", "simak juga", "lihat juga")
# A block's label a theme writes in lower case under the story ("... tuturnya. (eva)" / "terkait"): its own line,
# never the last words of the sentence above (a sign-off's parenthesis ends no sentence).
_LOWER_LABELS = frozenset({"terkait", "berita terkait", "artikel terkait", "baca juga"})
MAX_LINK_WORDS = 20


def _glued_link_split(line: str) -> list[str]:
    """A paragraph with a "Baca juga: Judul Lain" a copy glued to its end ("... tujuh kecamatan. Baca juga:
    Bupati Resmikan Taman"): the paragraph and the link as two lines, so the link leaves as furniture. Only
    after a full sentence, and only a short link with no sentence of its own."""
    if len(line) < 40:
        return [line]
    low = line.lower()
    k = max(low.rfind(head) for head in _LINK_HEADS)
    if k <= 0 or not line[k - 1].isspace():
        return [line]
    head, rest = line[:k].rstrip(), line[k:]
    if not head.endswith(SENTENCE_END) or ":" not in rest[:14] or rest.endswith((".", "!", "?")) \
            or has_words(rest, MAX_LINK_WORDS + 3) or not has_words(head, 4):
        return [line]
    return [head, rest]


BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[A-Za-z][a-z]+)-$")  # "ban-" / "tuan", "Suka-" / "mekar"
_WORD_START = re.compile(r"[a-z]+")


def _broken_at_end(line: str) -> re.Match | None:
    """BROKEN_WORD at the line's end, searched from near the end only (a paragraph runs long)."""
    return BROKEN_WORD.search(line, max(0, len(line) - 64)) if line.endswith("-") else None


def _joined_wrap(line: str, following: str) -> str:
    """Two lines of one paragraph as one. A word a PDF broke at the line's end ("menyalurkan ban-" /
    "tuan ...") is whole again; a doubled word ("anak-" / "anak", "sayur-" / "mayur") keeps its hyphen."""
    m = _broken_at_end(line)
    tail = _WORD_START.match(following)
    if m is None or tail is None:
        return f"{line} {following}"
    head, rest = m.group("head").lower(), tail.group()
    if head[:3] == rest[:3] or (len(head) >= 3 and head[-3:] == rest[-3:]):
        return f"{line}{following}"
    return f"{line[:-1]}{following}"


# WhatsApp and Markdown emphasis around a whole line ("*Judul*", "_Sukamekar, 7 Desember 2026_", "**Judul**"),
# a Markdown heading's marks ("# Judul") and a bold word opening a line ("**SUKAMEKAR** – ...").
_WRAPPED = re.compile(r"^(?P<m>\*{1,2}|_{1,2}|~)(?P<inner>[^\s*_~](?:.*[^\s*_~])?)(?P=m)$")
_HEADING_MARKS = re.compile(r"^#{1,6}\s+(?=\S)")
_BOLD_OPENING = re.compile(r"^\*\*(?P<w>[^*\n]{1,60})\*\*(?=\s)")


def _unmarked(line: str) -> str:
    if line[:1] not in "*_~#":
        return line
    line = _HEADING_MARKS.sub("", line)
    m = _WRAPPED.match(line)
    if m:
        return m.group("inner")
    return _BOLD_OPENING.sub(lambda b: b.group("w"), line)


_BADGE_DAY = re.compile(r"(?:[012]?\d|3[01])")
_BADGE_YEAR = re.compile(r"(?:19|20)\d\d")


# A page's date field copied as its label and ISO value before the headline on one line: "date 2026-03-02 Judul".
_DATE_FIELD = re.compile(r"^date (?P<day>\d{4}-\d{2}(?:-\d{2})?) (?=\S)")


def joined_date_badges(lines: list[str]) -> list[str]:
    """A theme's date badge, day, month and year each on a line of its own ("06" / "Mar" / "2024", or "06 Mar"
    / "2024"), as one date line ("06 Mar 2024"). Only lines that hold nothing else are joined. A date field
    glued before the headline ("date 2026-03-02 Judul") becomes a date line over it."""
    if lines and lines[0][:5] == "date " and (m := _DATE_FIELD.match(lines[0])):
        rest = lines[0][m.end():]
        if rest[:1].isupper():  # the headline (or the story's first sentence) follows the field
            # "date 2023-11 Iklan": a month without its day dates nothing; the field goes, what follows stays
            lines = ([m.group("day")] if len(m.group("day")) == 10 else []) + [rest] + lines[1:]
    out: list[str] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) > 9:  # a badge's first line is a day, a month or both ("06 Sept"): most lines stop here
            out.append(lines[i])
            i += 1
            continue
        for size in (3, 2):
            parts = lines[i:i + size]
            words = " ".join(parts).split()
            if len(parts) == size and _is_badge(words, size):
                day, month = (words[0], words[1]) if words[0][:1].isdigit() else (words[1], words[0])
                out.append(f"{day} {month} {words[2]}")  # day first, as find_full_dates reads a month without comma
                i += size
                break
        else:
            out.append(lines[i])
            i += 1
    return out


def _is_badge(words: list[str], lines: int) -> bool:
    """Day, month and year words a badge of `lines` lines holds: "06 Mar 2024", "Mar 06 2024"."""
    if len(words) != 3 or not _BADGE_YEAR.fullmatch(words[2]):
        return False
    day, month = (words[0], words[1]) if words[0][:1].isdigit() else (words[1], words[0])
    return bool(_BADGE_DAY.fullmatch(day)) and D.month_number(month) is not None


joined_wrap = _joined_wrap  # importers/pdf.py mends pdftotext's lines the same way
