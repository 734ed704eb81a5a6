"""A saved web page read as a page: its headline, publication date, byline and credits, and the story
without page furniture (menus, ads, "Baca juga" links, share buttons, captions, tags).

One implementation for everything that meets page text: the extractor (title, date) and the
importers (title, date, body, credits). The line-by-line furniture and credit rules live in
nlp/furniture.py, what a single date line states in nlp/pagedates.py, which line is the headline in
nlp/headline.py, the page's logical lines (wraps joined, emphasis and PDF breaks mended) in nlp/pagelines.py,
which date line is the page's own in nlp/owndate.py, where its tail starts in nlp/pageends.py;
this module adds what needs the whole page. Pure functions, strings in, dataclasses out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import dates as D
from .credits import _CREDIT_PAIR, CREDIT_FIELDS, _credit_label_only, credit_of
from .furniture import _SMALL, ends_with_photo_credit, furniture_kind, is_caption, sign_off_name
from .headline import (
    BARE_LINK_LABEL, SENTENCE_END, WEB_ADDRESS, headline_of, headline_shape, is_title_case, listed_headline, office_name,
)
from .names import plausible_name
from .pageblocks import contact_head, gallery_captions, paragraph_over_links, signature_lines
from .pagedates import breadcrumb_date, is_relative_time, page_date_of, schedule_item
from .owndate import _after_the_page, page_date
from .pageends import _COMMENTS_HEAD, _END_MARK, _TAIL_MARKERS, closing_title, tail_start
from .pagelists import item_headline, listed_items
from .pagemarks import (
    _BULLETED, mark_camera_metadata as _mark_camera_metadata, mark_caption_copies, mark_credited_captions as _mark_credited_captions,
    mark_summaries as _mark_summaries, mark_table_captions, mark_tag_values as _mark_tag_values,
)
from .pagelines import OPENER as _OPENER, has_words as _has_words, joined_date_badges, logical_lines
from .pagedatelines import (  # noqa: F401 - tests read _ends_in_dash here
    _dash_start, _dateline_at, _ends_in_dash, _title_case_place, caption_over_dateline, source_line_place,
)
from .textrepair import markup_as_text, repaired
from .abbrevplaces import initials_cased

# --- Reading a page -----------------------------------------------------------------------------


@dataclass
class Page:
    """What a saved page states about itself, and its story."""

    headline: str | None
    date: dt.date | None
    date_from: str | None  # "date line" (a line of the page), "dateline" (the story's first words) or None
    date_text: str | None  # the line the date was read from, as written
    location: str | None
    byline: str | None
    credits: dict[str, str]
    body: str  # the story: from its first line, furniture, captions, headline and date lines removed
    dropped: list[str] = field(default_factory=list)
    lead: int = 0  # index (in the page's logical lines) of the story's first line
    # lines above the story that are neither furniture nor the headline: a dek, a site's name, or the
    # story's own short first lines when the page reading put its start too low
    head_unknown: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)  # the page's tail (related items, comments), from its marker line
    listing: int = 0  # items of a list page (an index of releases pasted at once): then no headline, date or body


def read_page(text: str) -> Page:
    """Read a page's text as saved from a browser (or a release as a writer sends it)."""
    text = repaired(text)  # "â€œ" for “, zero-width spaces: a page copied through the wrong encoding
    text = markup_as_text(text)  # "<p><strong>Situs.com, KOTA &mdash;</strong> ...</p>": its markup copied too
    lines = joined_date_badges(logical_lines(text))
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    kinds = [_kind(lines, i, counts) for i in range(len(lines))]
    for i in [k for k in range(min(len(lines), 20)) if kinds[k] == "dateline" and caption_over_dateline(lines, kinds, k)]:
        kinds[i] = "caption"  # "MUTASI PEJABAT - Gubernur X, saat ditemui ..." over the story's own dateline
    _mark_summaries(lines, kinds)
    _mark_credited_captions(lines, kinds, counts)
    mark_caption_copies(lines, kinds)
    _mark_tag_values(lines, kinds)
    _mark_camera_metadata(lines, kinds)
    mark_table_captions(lines, kinds)
    lead = _lead(lines, kinds)
    for i in range(lead):
        if kinds[i] is None and lines[i].rstrip().endswith(SENTENCE_END) and _dek_over_credits(lines, kinds, i):
            kinds[i] = "dek"  # the headline's summary over the credits: known, not an unread line above the story
    cut = _tail_cut(lines, kinds, lead)
    credits, byline = _credits(lines, kinds, cut)
    headline, headline_at = headline_of(lines, kinds, lead)
    outlets = D.page_outlets(text)  # the page's web addresses: an outlet named in the dateline is no place
    date, date_from, date_text, location = page_date(lines, kinds, lead, cut, headline_at, outlets)
    location = initials_cased(location, text)  # "PPU", not "Ppu": a regency's initials the story spells out
    head_unknown = [lines[i] for i in range(lead) if kinds[i] is None and lines[i] != headline]
    items = listed_items(lines, kinds)
    if len(items) >= 2:
        # an index of several releases: no one article's headline, date, place or story
        return Page(headline=None, date=None, date_from=None, date_text=None, location=None, byline=None, credits={},
                    body="", dropped=list(lines), lead=items[0], head_unknown=[], tail=lines[items[0]:],
                    listing=len(items))
    body, dropped = _body(lines, kinds, lead, cut, headline, date)
    return Page(headline=headline, date=date, date_from=date_from, date_text=date_text, location=location,
                byline=byline, credits=credits, body=body, dropped=dropped, lead=lead, head_unknown=head_unknown,
                tail=lines[cut:])


_LIST_ITEM = re.compile(r"^\s*[-•·▪]\s+(?=[A-Z0-9])(?!.*[.!?]\s*$).{10,160}$")


# A dateline opens with a capitalised place and has its dash, colon or parenthesis early on.
# "Kota, Jumat 4 Desember 2026 bertempat di ...": a place and the weekday of the release's date, no dash.
_MAY_OPEN_DATELINE = re.compile(r"^\[?[A-Z][^\n]{0,80}?(?:[-–—:(|\]]|\sI\s|\s[A-Z]+\s*$|\s*$)"
                                r"|^[A-Z][\w'’.\- ]{2,40},\s*(?i:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b")


def _kind(lines: list[str], i: int, counts: dict[str, int] | None = None) -> str | None:
    line = lines[i]
    if _follows_bare_link(lines, i):
        return "link"
    if counts and counts.get(line, 0) >= 3 and not _has_words(line, 13) and not line.endswith(SENTENCE_END) and (
            line in lines[i - 1:i] or line in lines[i + 1:i + 2]):
        return "ad"  # a banner or widget the page repeats, one after another
    if line.lstrip()[:1] in "•·▪" and page_date_of(line) is not None and not _list_introduced(lines, i) \
            and furniture_kind(line.lstrip(" \t•·▪")) != "caption":  # "• WhatsApp Image 2020-09-09 at ...": a photo
        return "date"  # "• 7 Januari 2026" in a post's bulleted row of writer, date, time and views
    if _LIST_ITEM.match(line) and is_title_case(line) and not _list_introduced(lines, i) \
            and any(_LIST_ITEM.match(x) for x in lines[max(0, i - 1):i] + lines[i + 1:i + 2]):
        return "link"  # a list of other items' headlines; "• 300 paket makanan" under "meliputi:" is story
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if _credit_label_only(line) or credit_of(line) is not None:
        # "Penulis: Rina | Senin, 4 Maret 2024": a credit and the page's date line (_credits reads both)
        return "date" if credit_of(line) and page_date_of(line) is not None else "credit"
    kind = furniture_kind(line)
    if kind == "menu" and breadcrumb_date(line) is not None:
        return "date"  # "Home / Berita Daerah / 07-12-2026": a portal's breadcrumb that holds the page's date
    if kind == "menu" and line.lstrip()[:1] in "•·▪" and _list_introduced(lines, i):
        kind = None  # "• 150 lembar selimut" under "Bantuan yang dikirim meliputi:": the story's list
    if kind and not _rubric_headline(line, following):
        return kind
    if is_relative_time(line):
        return "relative"  # "2 jam yang lalu": the page's time stamp without a date
    dateline = _dateline_at(line, following) if _MAY_OPEN_DATELINE.match(line) else None
    if page_date_of(line) is not None and not dateline:
        return None if schedule_item(lines, i) else "date"  # "Jadwal berikutnya:" / "Selasa, 8 Desember 2026 – Desa X"
    if dateline:
        return "dateline"
    if (_dash_start(following) or _ends_in_dash(line)) and not _has_words(line, 7) and line[:1].isupper() \
            and not _TAIL_MARKERS.match(line):  # "Berita Populer" over "- Judul Lain": a list's label, no place
        return "dateline"  # "Bogor -" / "Tanah Bumbu, SITUS NEWS" above "– Pemerintah ..."
    if not _has_words(line, 7) and WEB_ADDRESS.search(line) and (not line.endswith(SENTENCE_END)
                                                                   or source_line_place(line) is not None):
        return "source"  # "Pematang Siantar - situs.id", "Sukamekar,situs.com.": place and site above the story
    if _wrapped_caption(line, following):
        return "caption"
    if _byline(line) or _writer_beside_date(lines, i):
        return "byline"
    return None


# "FOTO: Warga Antre Bansos di Kantor Pos", "VIDEO: ...": a gallery's or a video's headline with its rubric in
# capitals, over the page's date line; "Foto: Humas" is a caption's credit.
_RUBRIC_HEAD = re.compile(r"^(?:FOTO|VIDEO|GALERI|INFOGRAFIS)\s*:\s+(?P<rest>\S.*)$")


def _rubric_headline(line: str, following: str) -> bool:
    m = _RUBRIC_HEAD.match(line)
    return bool(m) and _has_words(m.group("rest"), 4) and is_title_case(m.group("rest")) \
        and not line.endswith(SENTENCE_END) and page_date_of(following) is not None




def _list_introduced(lines: list[str], i: int) -> bool:
    """The list item i hangs under a story line ending in a colon ("Bantuan yang dikirim meliputi:")."""
    k = i - 1
    while k >= 0 and i - k <= 12 and _BULLETED.match(lines[k]):
        k -= 1
    return k >= 0 and lines[k].rstrip().endswith(":") and _has_words(lines[k], 4) and furniture_kind(lines[k]) is None


_NAME_WORD = re.compile(r"[A-Z][a-z'’.]+")


def _writer_beside_date(lines: list[str], i: int) -> bool:
    """"Muhammad Rizki Ramadhan" on a line of its own right above or below the page's date line: the
    writer, not a headline. Above the date only under a headline: a short Title Case headline
    ("Bansos Tahap Dua Cair") right over its date line has the same shape as a name."""
    words = lines[i].split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) or not plausible_name(lines[i]):
        return False
    if i >= 1 and page_date_of(lines[i - 1]) is not None:
        return True
    if i + 1 < len(lines) and page_date_of(lines[i + 1]) is not None:
        return i >= 1 and _headline_over_writer(lines[i - 1])
    return False


def _headline_over_writer(line: str) -> bool:
    """The line right above a name over the date line is a headline (or its dek), not a menu,
    breadcrumb, category or site name: then the name is the writer."""
    return (headline_shape(line) and not re.search(r"[|›»>/]", line) and not plausible_name(line)
            and len(line.split()) >= 3)


def _follows_bare_link(lines: list[str], i: int) -> bool:
    """Headlines listed under a bare "Baca Juga" label (up to three) are links, not story."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if BARE_LINK_LABEL.match(lines[k]):
            return all(listed_headline(lines[j]) for j in range(k + 1, i + 1))
    return False


def _wrapped_caption(line: str, following: str) -> bool:
    """A caption broken over two lines: "Kepala Dinas Sosial Kabupaten X Abu" / "Bakar saat menyerahkan ..."."""
    if not following or line.endswith(SENTENCE_END) or _has_words(line, 13):
        return False
    if not all(w[:1].isupper() or w.lower() in _SMALL for w in line.split()):
        return False
    return bool(re.match(r"^(?:[A-Z][\w.'’-]*,?\s+){1,3}(?:saat|ketika|sewaktu|tengah|sedang)\s+[a-z]", following))


_BYLINE = re.compile(r"^(?:(?:ditulis|diunggah|diposting|dikirim|posted|written|published)\s+)?(?:oleh|by)\s*:?\s+\S.{0,60}$|^[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,4}\s+[-–|]\s+\S+$", re.I)


# "Laporan Nama Wartawan | Kota", "Laporan Nama Wartawan, Kota": a reporter and the desk, no sentence.
_REPORT_BYLINE = re.compile(r"^(?:Laporan|LAPORAN)\s+[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,3}\s*[|,/]\s*"
                            r"[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,2}$")


def _byline(line: str) -> bool:
    """"Oleh Nama Penulis", "Rizky Adha - situsNews", "Laporan Nama | Kota": who wrote the page, not a
    headline."""
    return bool(_BYLINE.match(line) or _REPORT_BYLINE.match(line)) and not _has_words(line, 9) \
        and not line.endswith(SENTENCE_END)


def _lead(lines: list[str], kinds: list[str | None]) -> int:
    """Index of the story's first line: its dateline ("JAKARTA (3/3/2024) -", "Kota, situs.id - ", "SITUS.COM -")
    when one stands before the first long paragraph, else the first paragraph that reads as prose."""
    first_long = next((i for i, line in enumerate(lines) if kinds[i] is None and _has_words(line, 40)),
                      len(lines) - 1)
    prose_above = False
    for i in range(min(first_long + 1, len(lines))):
        line, kind = lines[i], kinds[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if prose_above and _TAIL_MARKERS.match(line):
            break  # "Berita Terbaru" under the story's short paragraphs: a dateline below it opens another item
        first_prose = not prose_above
        prose_above = prose_above or (kind is None and _has_words(line, 12) and line.endswith(SENTENCE_END))
        if kind == "dateline" and (_ends_in_dash(line) or _dash_start(following) or _has_words(line, 7)
                                   or _dateline_at(line, following).date is not None):
            return i
        if kind == "source" and following and kinds[i + 1] is None and _has_words(following, 12):
            return i
        if kind is None and _has_words(line, 10) and _OPENER.match(line) and not _colon_headline(line):
            return i
        if kind is None and first_prose and _has_words(line, 12) and line.endswith(SENTENCE_END) \
                and _title_case_place(line, frozenset()) is not None:
            return i  # "Kota Baru - Kepolisian Resor (Polres) ...": a Title Case dateline on a paragraph of offices
    for i, line in enumerate(lines):
        if kinds[i]:
            continue
        words = line.split()
        lower = sum(1 for w in words if w[:1].islower()) / max(1, len(words))
        if (len(words) >= 40 or (len(words) >= 12 and line.endswith(SENTENCE_END) and lower >= 0.4)
                or (line[:1] in '"“”' and len(words) >= 12)):
            if _dek_over_credits(lines, kinds, i):
                continue
            return _short_opening(lines, kinds, i)
    # a short release: a headline line, then the story in short paragraphs
    first = next((i for i, kind in enumerate(kinds) if kind is None), None)
    if first is not None and first + 1 < len(lines) and headline_shape(lines[first]) and not lines[first].endswith("."):
        return first + 1
    return 0


def _dek_over_credits(lines: list[str], kinds: list[str | None], i: int) -> bool:
    """"Atap balai warga bocor sejak musim hujan lalu." over "Penulis: X | Editor: Y": a one-sentence
    summary under the headline, above the page's credits, is its dek; the story starts below the credits
    (a page 2 has no dateline to say so). Only when a paragraph follows to be the story."""
    words = lines[i].split()
    if len(words) > 35 or len(re.findall(r"[.!?](?:\s|$)", lines[i])) > 1:
        return False
    if not any(kinds[k] in ("credit", "byline") for k in range(i + 1, min(len(lines), i + 3))):
        return False  # a date line below proves nothing: a PDF's running header follows a story's first paragraph
    return any(kinds[k] is None and _has_words(lines[k], 12) for k in range(i + 2, len(lines)))


def _colon_headline(line: str) -> bool:
    """"Angin Kencang di Cibening, Asep: Balai Desa Jadi Tempat Menginap": a Title Case headline giving a
    speaker and his words has the shape of an opener ("Kota, Situs: ..."), but no sentence of the story."""
    return is_title_case(line) and not line.rstrip().endswith(SENTENCE_END)


def _short_opening(lines: list[str], kinds: list[str | None], i: int) -> int:
    """The story's start when its first paragraph is found at line i: one or two short sentences right
    above it ("Warga Cibening kini punya posyandu lansia.") open the story too; a headline, a date or
    any furniture line stops the walk. Paragraphs of names and offices right above it (a release's
    "Dinas X bersama Baznas dan PMI Cabang X ... menandatangani ..., Senin (7/12).") open it too:
    their capitals kept them from reading as prose, and losing them loses the story's lead."""
    start = i
    while start > 0 and kinds[start - 1] is None and _dense_paragraph(lines[start - 1]) \
            and lines.count(lines[start - 1]) == 1:
        start -= 1
    if start < i:
        return start
    above = paragraph_over_links(lines, kinds, i)
    if above is not None:
        return above
    for _ in range(2):
        above = lines[i - 1] if i > 0 else ""
        words = above.split()
        if not above or kinds[i - 1] is not None or len(words) < 4 or not above.endswith(".") \
                or is_title_case(above) or sum(1 for w in words if w[:1].islower()) < 0.4 * len(words):
            break
        i -= 1
    return i


def _dense_paragraph(line: str) -> bool:
    """A paragraph of prose however many capitals it holds: fifteen words or more, closed by a full stop,
    with three lower-case words or more, one of them a long word that is no small word (its verb), and
    fewer than half its words in lower case. A headline closes with no full stop."""
    words = line.split()
    if len(words) < 15 or not line.rstrip().endswith("."):
        return False
    lower = 0
    verb = False
    for w in words:
        w = w.strip("\"'“”‘’()[]:,.!?")
        if w.isalpha() and w.islower():
            lower += 1
            verb = verb or (len(w) >= 5 and w not in _SMALL)
    # the capitals are what kept it from reading as prose: a plain sentence above the story is a dek
    return lower >= 3 and verb and lower < 0.5 * len(words)


def _tail_cut(lines: list[str], kinds: list[str | None], lead: int) -> int:
    """Where the page's tail starts (related items, comments): a block marker after which no paragraph
    of story follows."""
    for i in range(lead + 1, len(lines)):
        if (_TAIL_MARKERS.match(lines[i]) or _COMMENTS_HEAD.match(lines[i]) or contact_head(lines[i])) and not any(
                kinds[j] is None and _has_words(lines[j], 30) for j in range(i + 1, len(lines))):
            return tail_start(lines, i, lead)
        if kinds[i] == "date" and _teasers_from(lines, kinds, i) >= 2 and not any(
                kinds[j] is None and _has_words(lines[j], 30) and not _TEASER_CUT.search(lines[j])
                for j in range(i + 1, len(lines))):
            return i  # other items listed after the story: a date line and a teaser cut short, twice or more
        if _END_MARK.match(lines[i]) and not any(
                kinds[j] is None and _has_words(lines[j], 6) and lines[j].endswith(SENTENCE_END)
                for j in range(i + 1, len(lines))):
            return i  # "***" also breaks a feature into scenes: only contacts and labels may follow an end mark
    return len(lines)


# A teaser of another item cut short in mid-word ("... menerapkan protokol keseha...").
_TEASER_CUT = re.compile(r"\w(?:\.\.\.|…)$")


def _teasers_from(lines: list[str], kinds: list[str | None], i: int) -> int:
    """How many (date line, teaser cut short) pairs follow one another from line i."""
    n = 0
    while i + 1 < len(lines) and kinds[i] == "date" and _TEASER_CUT.search(lines[i + 1]):
        n += 1
        i += 2
    return n


def _credits(lines: list[str], kinds: list[str | None], cut: int) -> tuple[dict[str, str], str | None]:
    credits: dict[str, str] = {}
    byline = None
    for i in range(cut):
        line = lines[i]
        if kinds[i] == "date" and credit_of(line):
            for key, value in credit_of(line).items():
                credits.setdefault(key, value)
        writer = sign_off_name(line) if kinds[i] == "ui" else None
        if writer and plausible_name(writer):
            credits.setdefault("author", writer)  # "(Rina Marlina)" closing the story
        if kinds[i] == "credit":
            label = _credit_label_only(line)
            if label and i + 1 < len(lines) and len(lines[i + 1].split()) <= 5:
                for key in label:
                    credits.setdefault(key, lines[i + 1])
                kinds[i + 1] = "credit"
            for key, value in (credit_of(line) or {}).items():
                credits.setdefault(key, value)
        elif kinds[i] in ("byline", "date") and byline is None and re.match(r"(?i)^(?:oleh|by)\s*:?\s", line):
            byline = line
            name = re.split(r"[,|]", re.sub(r"(?i)^(?:oleh|by)\s*:?\s+", "", line))[0].strip()
            if name:
                credits.setdefault("author", name)
            for key, value in (credit_of(line[line.find(",") + 1:]) or {}).items():
                credits.setdefault(key, value)
            for m in _CREDIT_PAIR.finditer(line):
                for label in re.split(r"\s*(?:&|dan|/)\s*", m.group(1), flags=re.I):
                    value = re.split(r"\s+[-|]\s+", m.group(2))[0].strip()
                    if value:
                        credits.setdefault(CREDIT_FIELDS[label.lower()], value)
        elif kinds[i] == "byline" and byline is None:
            byline = line
    return credits, byline


def _running_lines(lines: list[str], lead: int, cut: int) -> set[str]:
    """A PDF's running header or footer: a short line that is no sentence, written two or more times
    inside the story ("Jl. Raya Sukamekar No. 12 Telp. (0263) 123456", "Siaran Pers Dinas Sosial")."""
    seen: dict[str, int] = {}
    for line in lines[lead + 1:cut]:
        seen[line] = seen.get(line, 0) + 1
    return {line for line, n in seen.items() if n >= 2 and footer_shape(line)}


def footer_shape(line: str) -> bool:
    """A line a running header or footer can be: short, no sentence, in capitals, an office's name, or naming
    what footers name. Written twice or more it is one (importers.html counts it in the page's markup)."""
    return not line.endswith(SENTENCE_END) and not _has_words(line, 21) and _has_words(line, 2) and (
        line.isupper() or office_name(line) or bool(_FOOTER_WORDS.search(line)))


# What a running header or footer names (a story's repeated agenda line, "Tempat: Aula ...", names none of it):
# the office's contacts, its web address, the kind of document, a page.
_FOOTER_WORDS = re.compile(r"(?i)\b(?:telp|tel|telepon|fax|faks|email|e-mail|surel|website|www|jl|jalan|kode\s+pos|"
                           r"siaran\s+pers|press\s+release|rilis\s+berita|halaman|hal|page)\b|@|https?://|\.go\.id\b")


def _body(lines, kinds, lead, cut, headline, day: dt.date | None = None) -> tuple[str, list[str]]:
    kept: list[str] = []
    dropped: list[str] = list(lines[:lead])
    running = _running_lines(lines, lead, cut)
    # the story's last line of prose: an office's name below it signs the release, above it is a list's item
    last_prose = max((k for k in range(lead, cut) if kinds[k] is None and _has_words(lines[k], 8)), default=lead)
    signature = signature_lines(lines, kinds, last_prose, cut)
    for i in range(lead, cut):
        line = lines[i]
        kind = kinds[i]
        following = lines[i + 1] if i + 1 < cut else ""
        if i == lead and kind == "source" and following:
            lines[i + 1] = f"{line} – {following}"  # "Kota - situs.id" above the story: its dateline
            kinds[i + 1] = None
            continue
        if i == lead and kind == "dateline" and following and kinds[i + 1] in (None, "dateline") and (
                _dash_start(following) or _ends_in_dash(line)):
            # "Bogor -" above the story, or "Tanah Bumbu, SITUS" above "– Pemerintah ...": one dateline line
            lines[i + 1] = f"{line.rstrip(' -–—')} – {following.lstrip(' -–—')}"
            kinds[i + 1] = None
            continue
        if kind == "dateline" and i == lead:
            if following and _dateline_at(line) is None and _dateline_at(line, following) is not None \
                    and not _dash_start(following):
                lines[i + 1] = f"{line} {following}"  # the dateline's second half opens the next line
                kinds[i + 1] = None
                continue
            kept.append(line)
            continue
        if kind is not None and kind != "dateline" or (headline and line == headline) or i in signature:
            dropped.append(line)
            continue
        if i > lead and (line in running or line.isupper() and not line.endswith(SENTENCE_END) and line in lines[:lead]):
            dropped.append(line)  # a PDF's running header ("SIARAN PERS DINAS SOSIAL ...") or footer on every page
            continue
        if i > last_prose and office_name(line) and not line.endswith(SENTENCE_END):
            dropped.append(line)  # "Dinas Komunikasi dan Informatika Kabupaten X" alone under the story: its sender
            continue
        if i > lead and following and kinds[i + 1] == "date" and item_headline(line, kind) \
                and not _after_the_page(following, day):
            dropped.append(line)  # "Judul Berita Lain" / "28 Februari 2024" after the story: another item
            continue
        if closing_title(lines, kinds, i, cut, day):
            dropped.append(line)  # the page's headline and date line again at its foot, a promotion's title
            continue
        if kind is None and following and is_caption(following) and _same_start(line, following):
            dropped.append(line)  # "Warga menerima bantuan" above "Warga menerima bantuan. (Foto/Humas)"
            continue
        if kind is None and following and kinds[i + 1] == "caption" and ends_with_photo_credit(following) \
                and headline_shape(line) and is_title_case(line) and not line.endswith(SENTENCE_END):
            dropped.append(line)  # "Dinsos Razia Pengemis Musiman" over its photo's credited caption: the photo's title
            continue
        if _has_words(line, 12) and any(line in earlier for earlier in kept):
            dropped.append(line)  # the page shows its opening again (an excerpt under the story)
            continue
        if kind is None and _pull_quote(line, [lines[k] for k in range(i + 1, min(cut, i + 9)) if kinds[k] is None]):
            dropped.append(line)  # words of a quote below set large above it: the quote keeps them
            continue
        if kept and line == kept[-1] and not _has_words(line, 41):
            dropped.append(line)  # an image's caption written twice
            kept.pop()
            continue
        kept.append(line)
    dropped.extend(lines[cut:])
    if not kept and (gallery := gallery_captions(lines, kinds, lead, cut)):
        kept = [lines[i] for i in gallery]  # a photo page: its captions are the story
        dropped = [line for line in dropped if line not in kept]
    return "\n".join(kept), dropped


def _pull_quote(line: str, below: list[str]) -> bool:
    """"Setiap penghuni panti kami dampingi" over '"Kami mengelola dua panti. Setiap penghuni panti kami
    dampingi sampai mandiri," ujar X': a pull quote, six words or more without quote marks, written again inside a
    longer paragraph a few lines below (the caller passes those lines: a page's pull quote sits near its quote)."""
    if not _has_words(line, 6) or any(m in line for m in '"“”'):
        return False
    words = line.rstrip(" .").strip()
    return any(len(other) > len(words) + 20 and words in other for other in below)


def _same_start(line: str, caption: str) -> bool:
    a = re.sub(r"\W+", " ", line).strip().lower()
    b = re.sub(r"\W+", " ", caption).strip().lower()
    return len(a) >= 20 and b.startswith(a)
