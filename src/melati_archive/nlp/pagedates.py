"""A page's date lines: which short lines of a saved page state a date of the page ("Senin, 3 Maret 2024
09:15 WIB", "Oleh X | 10 Mar 2024 - 10:15 | Dibaca 215 kali") and the date they give, and which only look
like one (an event's day in a sentence or behind a label, a header's clock beside the weather). nlp/page.py
decides which date line is the page's own. Pure functions, strings in, dates out.
"""
from __future__ import annotations

import datetime as dt
import re

from . import dates as D
from .furniture import furniture_kind, image_name_line, squeezed

_TIME = re.compile(r"(?i)\b(?:(?:pukul|pkl\.?)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit|gmt|utc|am|pm)?\b")
_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(?:wib|wita|wit|gmt|utc|diposting|dipublikasikan|diterbitkan|dipublish|terbit|posted|published|"
    r"tanggal|tgl|pada|on|in|oleh|by|update|updated|diperbarui|diperbaharui|pembaruan|dimutakhirkan|diubah|"
    r"disunting|diedit|edited|modified|last)\b|[|·•,:;()\-–—/]+|\d+"
)
# Lines that announce an event's date, not the page's: "Waktu: Senin, 3 Maret 2024".
_EVENT_LABEL = re.compile(r"(?i)^\s*(?:waktu|hari(?:\s*/\s*tanggal)?|tanggal\s+(?:pelaksanaan|kegiatan|acara|kejadian|"
                          r"peristiwa|pengambilan|pemotretan)|pelaksanaan|jadwal|"
                          r"acara|tempat|lokasi|batas\s+waktu|pendaftaran|periode|"
                          # "Dalam Pilgub 22 Juni 2008", "Jelang HUT RI 17 Agustus 2026": an event's day under a headline
                          r"dalam|saat|menjelang|jelang|sejak|usai|seusai|pasca|selama)\b")
# A numeric date with a two-digit year alone on a line (a weekday before, a clock after): "Rabu, 9/12/26 10:15".
_SHORT_YEAR_LINE = re.compile(r"(?i)(?:(?P<wd>[A-Za-z'’]{3,7})(?:,\s*|\s+))?(?P<d>[012]?\d|3[01])/(?P<m>[01]?\d)/(?P<y>\d\d)"
                              r"(?:\s*[-|,]?\s*(?:pukul\s*)?\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?)?")
# A month, its day and the year with no comma, alone on a line (an English template's "Monday, Dec 7 2026"):
# a date line; inside a sentence the finder wants a comma ("Mei 2020" stays a month).
_MONTH_DAY_YEAR_LINE = re.compile(r"(?i)(?:(?P<wd>[A-Za-z'’]{3,9})(?:,\s*|\s+))?(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>[012]?\d|3[01])"
                                  r"\s+(?P<y>(?:19|20)\d\d)(?:\s*[-|,]?\s*\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit|am|pm))?)?")


def _weekday_word(word: str | None) -> bool:
    """No word, or a weekday's name or short form ("Senin", "Sen", "Monday", "Mon")."""
    return not word or word.lower() in D.WEEKDAYS or word.lower() in _WEEKDAY_SHORT


# The Masehi mark after a year ("7 Desember 2026 M"), when a Hijri date stands beside it.
_MASEHI_MARK = re.compile(r"(?<=\d{4}) M\b")
# A weekday and its date in parentheses, alone on a line (a clock may follow): "Senin (7/12/2026)".
_WEEKDAY_PARENS = re.compile(r"(?i)[A-Za-z'’]{3,7},?\s*\(\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\)(?:\s*(?:pukul\s*)?\d{1,2}[.:]\d{2}"
                             r"(?:\s*(?:wib|wita|wit))?)?")
_TEMPERATURE = re.compile(r"^\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*$")
UPDATED = re.compile(r"(?i)\b(?:update[ds]?|diperbarui|diperbaharui|pembaruan|pembaharuan|dimutakhirkan|diubah|"
                     r"disunting|diedit|edited|modified|revisi|direvisi)\b")
# Lines that state when the copy was made, not when the page was published: a print view's
# "Dicetak pada 9 Desember 2026", "Tanggal cetak", a citation's "Diakses 9 Desember 2026".
# A print or share button beside the page's own date ("Senin, 7 Desember 2026 | Cetak") is no such label.
_COPY_DATE = re.compile(r"(?i)\b(?:dicetak|(?:tanggal|tgl\.?)\s+cetak|printed|diakses|accessed|diunduh|downloaded)\b")
# A forwarded mail's header: when the mail was sent, not when the release it carries is dated.
# "Date:" alone is also a page's or a front matter's label: only Gmail's "Date: Rab, 9 Des 2026 pukul 10.15"
# / "at 10:15 AM" form is a mail's.
_MAIL_HEADER = re.compile(r"(?i)^\s*(?:(?:sent|dikirim|terkirim|tanggal\s+kirim)\s*:|date\s*:.*\b(?:pukul|at)\s+\d{1,2}[.:]\d{2})")
# The first day of a range right before the date found: "7 s.d. ", "7 - ", "7 hingga ".
_RANGE_HEAD = re.compile(r"(?i)(?<![\d/.:-])\b\d{1,2}\s*(?:[-–—]|s\.\s*d\.?|s/d|sd|sampai(?:\s+dengan)?|hingga|until|to)\s*$")
_YEAR_SEEN = re.compile(r"(?:1[89]|2[01])\d\d")
# The lower-case words a date line holds besides its labels: a byline's "admin", a counter's "kali",
# a reading time's "menit baca". Any other lower-case word makes the line a phrase about a day.
_DATE_LINE_LOWER = frozenset("admin administrator redaksi humas kali dibaca dilihat views view menit min read "
                             "baca waktu lalu jam pkl dalam dan kategori berita date dibuat ditulis diunggah dirilis "
                             "diupload dimuat tayang rilis terakhir".split())
MAX_DATE_LINE_WORDS = 9  # words on a date line besides the date, time, weekday and labels
# A date line is at most 160 characters once its Hijri date and "M" mark are out (below); no line
# longer than this one comes under that.
MAX_DATE_LINE_CHARS = 400


_BAR = re.compile(r"\s*\|\s*")


def page_date_of(line: str) -> dt.date | None:
    """The date a page's date line states ("Senin, 3 Maret 2024 09:15 WIB", "12 Jan 2022", "Oleh X, Rabu,
    20 Juli 2022 | 18:43 WIB"), or None when the line is not a date line (a sentence that holds a date,
    an event's date label, a date in parentheses as the body writes event days)."""
    if len(line) > MAX_DATE_LINE_CHARS:
        return None  # a paragraph: no date line, whatever its Hijri dates (read below only on short lines)
    stripped = _MASEHI_MARK.sub("", D.HIJRI_DATE.sub(" ", squeezed(line))).strip(" /|")  # "7 Desember 2026 M / 26 Jumadil Akhir 1448 H"
    spelled = _MONTH_DAY_YEAR_LINE.fullmatch(stripped)
    if spelled and D.month_number(spelled.group("mon")) is not None and _weekday_word(spelled.group("wd")):
        return D._make_date(spelled.group("y"), D.month_number(spelled.group("mon")), spelled.group("d"))
    short = _SHORT_YEAR_LINE.fullmatch(stripped)
    if short and _weekday_word(short.group("wd")):
        return D._make_date(2000 + int(short.group("y")), int(short.group("m")), int(short.group("d")))
    if image_name_line(stripped.lstrip(" \t•·▪")):
        return None  # "WhatsApp Image 2026-02-10 at 08.07.19": a photo's file name, the day it was sent
    if not stripped or len(stripped) > 160 or not _YEAR_SEEN.search(stripped) or _EVENT_LABEL.match(stripped) \
            or _COPY_DATE.search(stripped) or _MAIL_HEADER.match(stripped):
        return None
    found = D.find_full_dates(stripped)
    if not found:
        return None
    if len(found) == 1 and stripped.count("|") >= 2:
        # "Kategori : X | Reporter : Y | 9 Dec 2022 | Dilihat : 47": a post's row of fields, one of them its date
        own = [part for part in _BAR.split(stripped) if found[0].text in part]
        if len(own) == 1 and own[0] != stripped and (day := page_date_of(own[0])) is not None:
            return day
    if _CRUMB_SEP.search(stripped) and (crumb := breadcrumb_date(stripped)) is not None:
        return crumb  # "Beranda » Berita » Senin, 7 Desember 2026 » Judul": the crumb that is a date line
    first = found[0]
    if stripped[:first.start].rstrip().endswith("(") and not _WEEKDAY_PARENS.fullmatch(stripped):
        return None  # "Kamis (22/9/2016) pagi": an event day as a sentence writes it ("Senin (7/12/2026)" alone is a date line)
    if _RANGE_HEAD.search(stripped, 0, first.start):
        return None  # "7 s.d. 9 Desember 2026", "7 hingga 9 Desember 2026": an event's days, not a page's date
    if _phrase_goes_on(stripped[first.end:]) or _between_headline_words(stripped, first):
        return None  # "Catat Tanggalnya: 15 Desember 2026 Pencairan Bansos Tahap Akhir": a headline holding a date
    if _headline_before(stripped, first):
        return None  # "Sekda X: Bupati Lantik Tiga Camat Baru 9 Januari 2026": a headline closing on an event's day
    rest = stripped[:first.start] + " " + stripped[first.end:]
    for other in found[1:]:
        rest = rest.replace(other.text, " ")
    rest = _TIME.sub(" ", rest)
    rest = _DATE_LINE_NOISE.sub(" ", rest)
    words = [w for w in rest.split() if w.lower().strip(".'’") not in D.WEEKDAYS]
    if len(words) > MAX_DATE_LINE_WORDS:
        return None
    if any(w[:1].islower() and w.isalpha() and len(w) >= 3 and w not in _DATE_LINE_LOWER for w in words):
        return None  # "Batas akhir pendaftaran 10 Maret 2024", "Pendaftaran dibuka 1 Maret": what happens on a day
    if stripped.endswith(".") and len(words) > 3:
        return None  # a short sentence that ends: "Rapat digelar 3 Maret 2024."
    return _weekday_checked(stripped, found[0], _published_of(stripped, found))


# Words a date line may go on with right after its date, no separator between: a byline's, a counter's.
_AFTER_DATE_LABELS = frozenset("oleh by dibaca dilihat views view diperbarui diperbaharui update updated pukul pkl pkl. jam "
                               "wib wita wit di in dalam kategori posted diposting ditulis redaksi admin humas".split())


# Another field of the date line and its colon: "Terakhir diperbarui:", "Penulis:", "Sumber:".
# A writer's label may take a dash instead ("... 09:45 WIB Jurnalis - Nama Penulis").
_LABEL_AHEAD = re.compile(r"(?i)^(?:(?:terakhir\s+)?(?:diperbarui|diperbaharui|update[d]?|pembaruan|penulis|editor|reporter|"
                          r"pewarta|sumber|foto|kategori|tags?|dibaca|dilihat|author|oleh)\s*:"
                          r"|(?:penulis|editor|reporter|pewarta|jurnalis|wartawan|kontributor|redaktur)\s*[-–—]\s)")


def _phrase_goes_on(after: str) -> bool:
    """Three words or more follow the date (its clock aside) with no bar, dot, comma or dash between:
    the date is inside a phrase (a headline's), unless a byline's or counter's label opens them."""
    rest = _TIME.sub(" ", after, count=1).strip()
    if not rest or rest[0] in "|·•,;:-–—/()[]" or rest[0].isdigit() or len(rest.split(None, 3)) < 3:
        return False  # a second date ("7 Desember 2026 9 Desember 2026": published and updated side by side)
    if not rest[0].isalpha() and rest[0] not in "\"“”'‘’«»":
        return False  # an icon a template sets before each field ("📅 7 Desember 2026 👤 Admin 👁 125")
    if UPDATED.match(rest) or _LABEL_AHEAD.match(rest):
        return False  # "... Terakhir diperbarui: Selasa, 8 Desember 2026", "... Penulis: Rina"
    return rest.split(None, 1)[0].lower().strip(".,:") not in _AFTER_DATE_LABELS


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’]*)\s+$")
_WORD_AFTER = re.compile(r"^\s+([A-Z][A-Za-z'’]*)")


def _between_headline_words(line: str, first) -> bool:
    """"Peringatan Hari Disabilitas 3 Desember 2026 Digelar Meriah": a word runs into the date and another
    capitalised word runs on from it, neither a label, a weekday nor a zone: a headline holding a date."""
    before = _WORD_BEFORE.search(line, 0, first.start)
    after = _WORD_AFTER.match(line[first.end:])
    if before is None or after is None:
        return False
    return all(w.lower().strip("'’") not in _AFTER_DATE_LABELS and w.lower() not in _DATE_LINE_LOWER
               and w.lower().strip("'’") not in D.WEEKDAYS and not _DATE_LINE_NOISE.fullmatch(w)
               for w in (before.group(1), after.group(1)))


# Words a writer's or a site's name on a date line goes with ("Redaksi Situsku 7 Januari 2026", "Penulis Rina ...").
_WRITER_LABELS = frozenset("penulis editor reporter pewarta redaksi redaktur admin oleh by kontributor fotografer foto "
                           "sumber jurnalis wartawan humas".split())
MIN_HEADLINE_WORDS = 5  # a writer's name, a site's name and a weekday run into a date line's date with fewer


def _headline_before(line: str, first) -> bool:
    """Five Title Case words or more run into the date, no bar, bullet or dash before it, none a label, a
    writer's word or a weekday, and the date closes the line: a headline that ends on the day of its event
    ("Sekda Sukamekar: Bupati Lantik Tiga Camat Baru 9 Januari 2026"), not the page's date line."""
    before = line[:first.start].rstrip()
    if not before or not before[-1].isalpha() or _TIME.sub("", line[first.end:]).strip(" ,.|"):
        return False
    words = before.split()
    if len(words) < MIN_HEADLINE_WORDS or any(c in before for c in "|•·–—") or " - " in before:
        return False
    if any(w.lower().strip(":,.'’") in _WRITER_LABELS or w.lower().strip(":,.'’") in D.WEEKDAYS for w in words):
        return False
    from .headline import is_title_case  # headline.py reads dates, never this module: no cycle at import
    from .names import plausible_name

    return is_title_case(before) and not plausible_name(before)  # a writer's long name stays a byline


# A breadcrumb's separator, spaced: "Beranda » Berita » Senin, 7 Desember 2026", "Home / Berita / 07-12-2026".
_CRUMB_SEP = re.compile(r"\s[»›>/]\s")
MAX_CRUMB_WORDS = 12  # a crumb is a section's name, a date or the headline


def breadcrumb_date(line: str) -> dt.date | None:
    """The date of a breadcrumb one of whose crumbs is a date line ("Beranda » Berita » Senin, 7 Desember 2026 »
    Judul"), when its crumbs state one day and none is a sentence; else None."""
    if not _CRUMB_SEP.search(line) or len(line) > MAX_DATE_LINE_CHARS:
        return None
    days = set()
    for crumb in _CRUMB_SEP.split(line):
        crumb = crumb.strip()
        if len(crumb.split()) > MAX_CRUMB_WORDS or crumb.endswith((".", "!", "?")):
            return None
        day = page_date_of(crumb) if crumb else None  # a crumb has no separator left: no second split
        if day is not None:
            days.add(day)
        elif D.find_full_dates(crumb):
            return None  # another crumb holds a date it does not state as the page's (a headline's)
    return days.pop() if len(days) == 1 else None


_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d\d)$")
_WEEKDAY_SHORT = {"sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
                  "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}


def _weekday_checked(line: str, first, day: dt.date) -> dt.date:
    """A numeric date whose written weekday fits it only read month first: Drupal's "Mon, 12/07/2026"
    is Monday 7 December, not Sunday 12 July. Day first stays the reading otherwise (a wrong weekday in a
    date written out is a typo, and most pages here write the day first)."""
    m = _NUMERIC_DATE.match(first.text.strip("() "))
    if m is None or day != first.start_date:
        return day
    written = [i for w in re.findall(r"[A-Za-z'’]+", line[:first.start])
               if (i := D.WEEKDAYS.get(w.lower(), _WEEKDAY_SHORT.get(w.lower()))) is not None]
    if len(written) != 1 or day.weekday() == written[0]:
        return day
    try:
        swapped = dt.date(day.year, day.day, day.month)
    except ValueError:
        return day
    return swapped if swapped.weekday() == written[0] else day


def _published_of(line: str, found: list) -> dt.date:
    """Of several dates on one line, the first one no "Diperbarui"/"Updated" label heads: "Diperbarui
    5 Maret 2024 | Terbit 4 Maret 2024" was published on the 4th."""
    start = 0
    for mention in found:
        if not UPDATED.search(line, start, mention.start):
            return mention.start_date
        start = mention.end
    return found[0].start_date


# A time stamp that states no date: "2 jam yang lalu", "Diterbitkan 3 hari lalu", "Kemarin, 10:15", "1 day ago".
_RELATIVE_TIME = re.compile(
    r"(?i)(?:(?:diterbitkan|dipublikasikan|diperbarui|diposting|diunggah|dibagikan|terbit|update[d]?|published|posted)"
    r"\s*:?\s*)?(?:(?:\d{1,3}|se|satu|dua|tiga|beberapa|an?)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|"
    r"minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)|baru\s+saja|just\s+now|kemarin|yesterday|"
    r"hari\s+ini|today)(?:\s*,?\s*(?:pukul\s*)?\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?)?")


def is_relative_time(line: str) -> bool:
    """A page's time stamp that gives no date (a relative time): neither a date line nor a headline."""
    line = squeezed(line)
    return len(line) <= 60 and bool(_RELATIVE_TIME.fullmatch(line))


def has_time(line: str) -> bool:
    """A date line that also gives the hour ("Senin, 3 Maret 2024 09:15 WIB"): a post's stamp; a theme's
    top bar showing today's date gives the day alone."""
    return bool(_TIME.search(line))


def is_clock(lines: list[str], i: int) -> bool:
    """A date beside the weather reading in a site's header is today's date, not the page's."""
    return any(_TEMPERATURE.match(lines[k]) for k in range(max(0, i - 3), min(len(lines), i + 3)) if k != i)


_PLACE_COMMA_DATE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2}),[ \t]*\d")


def place_of_date_line(line: str) -> str | None:
    """"Denpasar, 19 Desember 2022": a date line that opens with its place (a letter's heading)."""
    m = _PLACE_COMMA_DATE.match(line)
    if m is None or not D._plausible_place(m.group("place")):
        return None
    return D._place_name(m.group("place"))


# A label a page's own date stands under ("Diposting pada:", "Tanggal terbit:"): its date line is the page's.
_DATE_LABEL_LINE = re.compile(r"(?i)\b(?:diposting|dipublikasikan|diterbitkan|terbit|posted|published|tanggal|tgl|"
                              r"diperbarui|updated?|dirilis|diunggah|ditulis|oleh|penulis|pada|by|on|admin|redaksi)\b")
MAX_SCHEDULE_ITEMS = 12


def schedule_item(lines: list[str], i: int) -> bool:
    """The date line i is an item of a schedule the story introduces ("Jadwal penyerahan berikutnya:" / "Selasa,
    8 Desember 2026 – Desa Sukasari" / "Rabu, 9 Desember 2026 – Desa Cibening"): story, not the page's date."""
    k = i - 1
    while k >= 0 and i - k <= MAX_SCHEDULE_ITEMS and page_date_of(lines[k]) is not None:
        k -= 1
    label = lines[k].rstrip() if k >= 0 else ""
    return label.endswith(":") and len(label.split()) >= 3 and not _DATE_LABEL_LINE.search(label) \
        and furniture_kind(label) is None  # "Baca juga berita lainnya:" heads other items, not a schedule
