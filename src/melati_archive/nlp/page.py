"""A saved web page read as a page: its headline, publication date, byline and credits, and the story
without page furniture (menus, ads, "Baca juga" links, share buttons, captions, tags).

One implementation for everything that meets page text: the extractor (title, date, the lines it
drops before looking for quotes) and the importers (title, date, body, credits). Pure functions,
strings in, dataclasses out.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import dates as D

# --- Credits -----------------------------------------------------------------------------------

# Credit labels on Indonesian news pages -> the field they fill.
CREDIT_FIELDS = {
    "penulis": "author", "pewarta": "author", "reporter": "author", "wartawan": "author", "author": "author",
    "writer": "author", "kontributor": "author", "editor": "editor", "redaktur": "editor",
    "penyunting": "editor", "penerjemah": "translator", "alih bahasa": "translator",
    "translator": "translator", "fotografer": "photographer", "publisher": "publisher", "sumber": "source",
}
_LABELS = "|".join(sorted((re.escape(k) for k in CREDIT_FIELDS), key=len, reverse=True))
_LABEL_GROUP = r"(?:" + _LABELS + r")(?:\s*(?:&|dan|/)\s*(?:" + _LABELS + r"))*"
# "Penulis : Humas Balai", "Editor: X", "Redaktur & Reporter : Tim", "Penulis: A | Editor: B".
_CREDIT_PAIR = re.compile(r"(?i)\b(" + _LABEL_GROUP + r")\s*[:：]\s*(.*?)\s*(?=(?:[|/•·,;-]\s*)?\b(?:"
                          + _LABELS + r")\s*[:：]|$)")
_CREDIT_LINE = re.compile(r"(?i)^\s*[(\[]?\s*(?:" + _LABEL_GROUP + r")\s*[:：]")
# "Penulis Gina Maslahat": a label and a short name with no colon, on a line of its own.
_CREDIT_BARE = re.compile(r"(?i)^\s*(?P<label>penulis|pewarta|reporter|editor|redaktur)\s+(?P<value>[A-Z][\w.'’-]*"
                          r"(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_MAX_CREDIT_LINE = 160


def credit_of(line: str) -> dict[str, str] | None:
    """{field: value} of a credit line ("Penulis: A | Editor: B"), {} for a label waiting for its value
    on the next line ("Penulis :"), None when the line is not a credit line."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CREDIT_LINE:
        return None
    if not _CREDIT_LINE.match(stripped):
        # "Penulis Rina Marlina" / "Penulis Rina Marlina | Editor Dodi Pratama": labels without colons
        parts = [_CREDIT_BARE.match(part) for part in re.split(r"\s+[|/•·]\s+", stripped)]
        if all(parts):
            out = {}
            for bare in parts:
                out.setdefault(CREDIT_FIELDS[bare.group("label").lower()], bare.group("value"))
            return out
    if not _CREDIT_LINE.match(stripped):
        return None
    out: dict[str, str] = {}
    for labels, value in _CREDIT_PAIR.findall(stripped):
        value = value.strip(" )]|-").strip()
        if not value:
            continue
        for label in re.split(r"\s*(?:&|dan|/)\s*", labels, flags=re.I):
            out.setdefault(CREDIT_FIELDS[label.lower()], value)
    return out


def _credit_label_only(line: str) -> list[str]:
    """The fields of a label standing alone ("Penulis :"), whose value is the next line."""
    m = re.fullmatch(r"(?i)\s*(" + _LABEL_GROUP + r")\s*[:：]\s*", line)
    if not m:
        return []
    return [CREDIT_FIELDS[label.lower()] for label in re.split(r"\s*(?:&|dan|/)\s*", m.group(1), flags=re.I)]


# --- Furniture: lines that are page, not story --------------------------------------------------

# Links to other items: "Baca juga: ...", "BACA JUGA:...", "Berita Terkait".
_LINK = re.compile(
    r"(?i)^\s*[*_>\[(•]*\s*(?:baca\s+(?:juga|pula|selengkapnya)|simak\s+(?:juga|pula)|lihat\s+juga|"
    r"(?:berita|artikel)\s+terkait)\b"
)
# Words that head a block of links only as a short label or before a colon ("Berita lain yang beredar
# menyebutkan ..." is story).
_LINK_LABEL = re.compile(
    r"(?i)^\s*[*_>\[(•]*\s*(?:baca\s+lainnya|berita\s+(?:lainnya|lain|terpopuler|terbaru|pilihan)|"
    r"artikel\s+(?:lainnya|lain|menarik)|cek\s+berita|ikuti\s+(?:berita|kami|saluran)|dapatkan\s+update|"
    r"klik\s+(?:di\s*)?sini)\b(?P<rest>.*)$"
)
# Widget labels: only when a colon follows or the line is a short label ("Topik pelatihan ini ..." stays).
_LABEL = re.compile(r"(?i)^\s*[•*]?\s*(?:bagikan(?:\s+artikel\s+ini)?|share(?:\s+this)?|tags?|tagar|topik|kategori|"
                    r"category)\b\s*(?P<colon>[:：])?")
_SHARE_WORDS = frozenset("facebook twitter x whatsapp telegram line linkedin email e-mail salin tautan copy link "
                         "bagikan share print cetak pinterest instagram tiktok youtube".split())
# Captions: "Foto: ...", "Ket [Foto]: ...", "Keterangan Gambar :", "(Foto: Humas)".
_CAPTION_LABEL = re.compile(
    r"(?i)^\s*[(\[]?\s*(?:foto|photo|caption|keterangan(?:\s+(?:foto|gambar))?|ket\.?\s*\[?\s*(?:foto|gambar)\s*\]?|"
    r"sumber\s+(?:foto|gambar)|ilustrasi|dok(?:umentasi)?)\s*[:：]"
)
# A caption ends with its photo credit: "(Foto/Ari)", "(Rizky/detikcom)", "(Foto: Humas)",
# "| Lampungpro.co/Adpim", ".-Yeri Noveli-", "simbolis. (Abdul Alim )".
_CAPTION_END = re.compile(
    r"(?:\(\s*(?:foto|photo|dok|dokumentasi|ist|istimewa)\b[^)]*\)"
    r"|\(\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+)*\s*/\s*[\w.' -]+\)"
    r"|\|\s*[\w.-]+\.(?:com|id|co|net|org)\b[^|]*"
    r"|[.]\s*-\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s*-"
    r"|[.]\s*\(\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){1,3}\s*\))\s*[.]?\s*$",
    re.IGNORECASE,
)
# Where people stand in a photo: "(kiri)", "(dua kiri)", "(ujung kanan)", "(kedua dari kiri)".
_PHOTO_POSITION = re.compile(r"(?i)\((?:[a-z]+\s+){0,2}(?:dari\s+)?(?:kiri|kanan|tengah)\)")
# A caption's opening: a name or a role, then what the photo shows ("X saat menyerahkan ...").
_CAPTION_SCENE = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*,?\s+){1,9}),?\s*(?:saat|ketika|sewaktu|tengah|sedang)\s+[a-z]")
_GROUP_PHOTO = re.compile(r"(?i),?\s\bfoto\s+bersama\b")
_SPEECH = re.compile(r"(?i)\b(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|ujar|kata|tutur|jelas)\w*\b")
_PERSON_CAPTION_ROLES = frozenset(
    "kepala ketua kadis kadinsos bupati wakil wali walikota gubernur menteri mensos direktur dirjen sekretaris "
    "sekda camat lurah plt pj kapolres kapolda kabid kasi kasubag koordinator pendamping".split())
_ADS = re.compile(
    r"(?i)^\s*(?:advertisement|advertorial|iklan(?:\s+layanan\s+masyarakat)?|sponsored(?:\s+content)?|"
    r"konten\s+bersponsor|scroll\s+to\s+continue(?:\s+with\s+content)?|banner\s*\d+\s*x\s*\d+|"
    r"geser\s+ke\s+(?:atas|bawah)(?:\s+untuk.*)?|scroll\s+(?:ke\s+)?(?:atas|bawah).*)\s*$"
)
# Interface words of a page: menus, buttons, counters, comment forms.
_UI_LINES = frozenset(
    "menu|mode gelap|mode terang|dark mode|beranda|home|headline|headlines|breaking news|berita|berita utama|kanal|"
    "no result|view all result|logo header|logo|search|cari|pencarian|login|masuk|daftar|komentar|komentari|"
    "tinggalkan balasan|posting komentar|kirim komentar|tulis komentar|terbaru|terpopuler|populer|menarik|"
    "rekomendasi|pilihan editor|trending|selengkapnya|lainnya|perbesar|tutup|close|next|prev|previous|"
    "sebelumnya|selanjutnya|a|aa|share|bagikan|print|cetak|alexametrics|photo author|video|galeri|foto|"
    "indeks|index|oleh|by|redaksi|loading|memuat|tidak ada komentar|tidak ada komentar :|related|"
    "related posts|you may also like".split("|")
)
_UI_PATTERNS = re.compile(
    r"(?i)^\s*(?:(?:artikel|berita)\s+ini\s+(?:telah\s+)?dibaca\s+[\d.,]+\s*kali|\S*?\d+\s+(?:kali\s+)?dilihat|"
    r"(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+(?:\s*kali)?|[\d.,]+\s+(?:views?|komentar|comments?)|alamat\s+email\s+anda\s+tidak\s+akan.*|"
    r"(?:hak\s+cipta|copyright)\b.*|©.*|all\s+rights\s+reserved.*|"
    r"cek\s+berita\s+dan\s+artikel.*|ikuti\s+kami\b.*|https?://\S+|www\.\S+)\s*$"
)
# Breadcrumbs: "Beranda > Berita > Daerah", "Home / Headline", "Home HEADLINE".
_BREADCRUMB = re.compile(
    r"^\s*(?:(?i:home|beranda)\s*(?:[>»/|›]\s*\S[^\n]{0,60}|\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2}|$)"
    r"|[^\n>»›]{1,60}(?:\s[>»/›]\s[^\n>»›]{1,80}){2,})\s*$"
)
_BULLET_ITEM = re.compile(r"^\s*[•·▪►»]\s*\S+(?:\s+\S+){0,3}\s*$")
_SMALL = frozenset(
    "di ke dari dan yang untuk dengan pada bagi atau dalam oleh kepada serta sebagai se the of and to in for a "
    "an on at by vs".split())


@lru_cache(maxsize=4096)  # a line is asked about several times while a page is read
def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a line is ("link", "share", "tags", "caption", "ad", "ui", "menu"), or None
    when it may be story. Line rules only: no context, safe on any story text."""
    stripped = " ".join(line.split())
    if not stripped:
        return None
    low = stripped.lower().strip(" :|•·-–—*")
    if _LINK.match(stripped):
        return "link"
    label = _LINK_LABEL.match(stripped)
    if label and (len(stripped.split()) <= 4 or label.group("rest").lstrip().startswith(":")
                  or re.search(r"(?i)google\s+news|whatsapp|telegram|channel", stripped)):
        return "link"
    if _is_label(stripped) or _is_share_row(stripped):
        return "share" if not re.match(r"(?i)\s*[•*]?\s*(?:tags?|tagar|topik|kategori|category)\b", stripped) else "tags"
    if _CAPTION_LABEL.match(stripped):
        return "caption"
    if _ADS.match(stripped):
        return "ad"
    if low in _UI_LINES or _UI_PATTERNS.match(stripped):
        return "ui"
    if _BULLET_ITEM.match(stripped):
        return "menu"
    if _BREADCRUMB.match(stripped) and ('"' not in stripped) and len(stripped.split()) <= 12:
        return "menu"
    if _is_nav_bar(stripped):
        return "menu"
    if is_caption(stripped):
        return "caption"
    return None


def is_caption(line: str) -> bool:
    """A photo caption: ends with a photo credit, names where people stand, or is "Role, Name" / "X saat ..."
    without ending a sentence. Never a line holding a quote."""
    stripped = " ".join(line.split())
    words = stripped.split()
    if not words or len(words) > 45 or any(m in stripped for m in '"“”'):
        return False
    if _CAPTION_END.search(stripped) or _PHOTO_POSITION.search(stripped):
        return True
    if _is_person_caption(stripped):
        return True
    scene = _CAPTION_SCENE.match(stripped)
    if scene and len(scene.group("who").split()) >= 2:
        # "Wali Kota X saat meninjau ..." without a full stop; "Nama Pejabat, saat ..." (an appositive) with one
        appositive = scene.group("who").rstrip().endswith(",") and len(words) <= 25
        if (not stripped.endswith((".", "!", "?")) or appositive) and not _SPEECH.search(stripped):
            return True
    return bool(_GROUP_PHOTO.search(stripped)) and len(words) <= 25 and not _SPEECH.search(stripped)


def _is_person_caption(line: str) -> bool:
    """"Kepala Dinsos Provinsi Banten, Nurhana": a role, a comma, a name, nothing more."""
    head, sep, name = line.rpartition(",")
    if not sep or not head:
        return False
    first = head.split()[0].lower().strip(".")
    name_words = name.split()
    return (first in _PERSON_CAPTION_ROLES and 1 <= len(name_words) <= 3
            and not any(w.lower().strip(".") in _PERSON_CAPTION_ROLES for w in name_words)
            and len(head.split()) >= 2 and len(line.split()) <= 10
            and all(w[:1].isupper() for w in name_words) and not line.rstrip().endswith((".", ":")))


def _is_label(line: str) -> bool:
    m = _LABEL.match(line)
    return bool(m) and (bool(m.group("colon")) or len(line.split()) <= 3)


def _is_share_row(line: str) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    return bool(words) and len(words) <= 12 and all(w in _SHARE_WORDS for w in words)


# Section names of news sites' menus.
_SECTIONS = frozenset(
    "news berita nasional daerah regional internasional dunia ekonomi ekbis bisnis keuangan politik hukum hukrim "
    "kriminal peristiwa pemerintahan olahraga sport sports otomotif tekno teknologi sains hiburan seleb selebriti "
    "lifestyle gaya hidup kesehatan health pendidikan edukasi opini kolom wisata travel pelesir kuliner sosok halal "
    "metro megapolitan nusantara video foto galeri indeks kanal infografis tv live lainnya home beranda "
    "religi islami budaya khazanah sosial parlemen advertorial rilis viral trending".split())


def _is_nav_bar(line: str) -> bool:
    """"News Ekbis Sosok Halal Olahraga Nasional": a row of section names, no sentence."""
    words = line.split()
    if len(words) < 4 or re.search(r"[.,:;!?\"“”()]", line):
        return False
    return sum(1 for w in words if w.lower() in _SECTIONS) / len(words) >= 0.6


# --- The story lines of any text (importers of Markdown, HTML, feeds; the extractor) --------------


ARTICLE_CREDITS = ("author", "editor", "translator")  # the credits an archive article has fields for


@dataclass
class Cleaned:
    text: str
    credits: dict[str, str] = field(default_factory=dict)  # author, editor, translator, photographer, ...
    dropped: list[str] = field(default_factory=list)

    def article_credits(self) -> dict[str, str]:
        return {k: v for k, v in self.credits.items() if k in ARTICLE_CREDITS}


def clean_story(text: str) -> Cleaned:
    """The story lines kept in order; credit lines parsed into `credits`; furniture lines dropped."""
    kept: list[str] = []
    credits: dict[str, str] = {}
    dropped: list[str] = []
    waiting: list[str] = []  # fields of a label whose value is the next line
    for line in text.split("\n"):
        stripped = line.strip()
        if waiting and stripped:
            if len(stripped.split()) <= 5 and not furniture_kind(stripped):
                for key in waiting:
                    credits.setdefault(key, stripped)
                dropped.append(stripped)
                waiting = []
                continue
            waiting = []
        if stripped and (label := _credit_label_only(stripped)):
            waiting = label
            dropped.append(stripped)
            continue
        credit = credit_of(stripped) if stripped else None
        if credit is not None:
            for key, value in credit.items():
                credits.setdefault(key, value)
            dropped.append(stripped)
            continue
        if stripped and furniture_kind(stripped):
            dropped.append(stripped)
            continue
        kept.append(line.rstrip())
    return Cleaned(_tidy("\n".join(kept)), credits, dropped)


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line between paragraphs, none at either end."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


# --- Date lines ---------------------------------------------------------------------------------

_TIME = re.compile(r"(?i)\b(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit|gmt|utc|am|pm)?\b")
_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(?:wib|wita|wit|gmt|utc|diposting|dipublikasikan|diterbitkan|dipublish|terbit|posted|published|"
    r"tanggal|tgl|pada|on|in|oleh|by|update|updated|diperbarui|last)\b|[|·•,:;()\-–—/]+|\d+"
)
# Lines that announce an event's date, not the page's: "Waktu: Senin, 3 Maret 2024".
_EVENT_LABEL = re.compile(r"(?i)^\s*(?:waktu|hari(?:\s*/\s*tanggal)?|tanggal\s+pelaksanaan|pelaksanaan|jadwal|"
                          r"acara|tempat|lokasi|batas\s+waktu|pendaftaran|periode)\b")
_TEMPERATURE = re.compile(r"^\s*-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]\s*$")
_UPDATED = re.compile(r"(?i)\b(?:update|updated|diperbarui|last\s+modified)\b")
_YEAR_SEEN = re.compile(r"(?:1[89]|2[01])\d\d")
MAX_DATE_LINE_WORDS = 9  # words on a date line besides the date, time, weekday and labels


def page_date_of(line: str) -> dt.date | None:
    """The date a page's date line states ("Senin, 3 Maret 2024 09:15 WIB", "12 Jan 2022", "Oleh X, Rabu,
    20 Juli 2022 | 18:43 WIB"), or None when the line is not a date line (a sentence that holds a date,
    an event's date label, a date in parentheses as the body writes event days)."""
    stripped = " ".join(line.split())
    if not stripped or len(stripped) > 160 or not _YEAR_SEEN.search(stripped) or _EVENT_LABEL.match(stripped):
        return None
    found = D.find_full_dates(stripped)
    if not found:
        return None
    first = found[0]
    if stripped[:first.start].rstrip().endswith("("):
        return None  # "Kamis (22/9/2016) pagi": an event day as a sentence writes it
    rest = stripped[:first.start] + " " + stripped[first.end:]
    for other in found[1:]:
        rest = rest.replace(other.text, " ")
    rest = _TIME.sub(" ", rest)
    rest = _DATE_LINE_NOISE.sub(" ", rest)
    words = [w for w in rest.split() if w.lower().strip(".'’") not in D.WEEKDAYS]
    if len(words) > MAX_DATE_LINE_WORDS:
        return None
    if stripped.endswith(".") and len(words) > 3:
        return None  # a short sentence that ends: "Rapat digelar 3 Maret 2024."
    return first.start_date


# --- Datelines ----------------------------------------------------------------------------------

_DASH_START = re.compile(r"^\s*[-–—]\s*\S")
_DASH_END = re.compile(r"\S\s*[-–—]$")
_SITE = re.compile(r"(?i)\b[\w-]+\.(?:com|co\.id|id|net|org|co|news|info|online)\b")
_DATELINE_COLON = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})\s*,?\s*\((?P<inside>[^()\n]{3,40})\)\s*:\s*\S")


def _story_follows(rest: str) -> bool:
    """After a dateline without a date ("JAKARTA - "), a sentence: "HUT KE-114, ..." is a headline."""
    return rest[:1].isalpha() and rest[:1].isupper() and len(rest.split()) >= 6 and not rest.isupper()


@dataclass
class _Dateline:
    location: str | None
    date: dt.date | None


def _dateline_at(line: str, following: str = "") -> _Dateline | None:
    """The dateline a line opens with: "JAKARTA (3/3/2024) -", "Bandar Lampung (28/7/2021):",
    "BANDAR LAMPUNG (Situs.co): ...", or a place on its own line with the dash opening the next."""
    if following and not _DASH_START.match(following) and len(line.split()) <= 3 and (
            line.isupper() or following.lstrip().startswith("(") or line.count("(") > line.count(")")):
        # "BANDUNG" / "(7 Oktober 2020) - ...", "SOLO (13" / "November 2020) - ...": one dateline on two lines
        joined = _dateline_at(f"{line.rstrip()} {following.lstrip()}")
        if joined is not None and joined.date is not None:
            return joined
    text = line if not _DASH_START.match(following) else f"{line.rstrip()} {following.lstrip()}"
    try:
        found = D.parse_dateline(text)
    except Exception:  # noqa: BLE001 - a dates bug must not lose the page
        found = None
    if found is not None and found.start == len(text) - len(text.lstrip()) and (
            found.date is not None or _story_follows(text[found.end:])):
        return _Dateline(found.location, found.date)
    m = _DATELINE_COLON.match(line)
    if m:
        inside = D.find_full_dates(m.group("inside"))
        date = inside[0].start_date if inside else None
        if date is not None or _SITE.search(m.group("inside")) or m.group("inside").strip().isupper():
            place = m.group("place")
            return _Dateline(place.title() if place.isupper() else place, date)
    return None


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


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'")
_LEAD_WORDS = 20
# A story's first words name a place or the site: "JAKARTA. Menteri ...", "MC-KOTA, Permasalahan ...",
# "situs.co.id, Kota – ...".
_OPENER = re.compile(
    r"^(?:[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+){0,2}[.,]\s+[A-Z]"  # JAKARTA. / MC-KOTA,
    r"|[\w-]+\.(?:com|co\.id|id|co)\b"  # situs.co.id, ...
    r"|[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){0,2},\s*(?:\([^()\n]{2,40}\)|[\w.]+)\s*[-–—:])")  # Kota, Situs - / Kota, (situs) -
_HEAD_LINES = 15  # a headline stands at most this many lines above the story


def read_page(text: str) -> Page:
    """Read a page's text as saved from a browser (or a release as a writer sends it)."""
    lines = logical_lines(text)
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    kinds = [_kind(lines, i, counts) for i in range(len(lines))]
    lead = _lead(lines, kinds)
    cut = _tail_cut(lines, kinds, lead)
    credits, byline = _credits(lines, kinds, cut)
    headline, headline_at = _headline(lines, kinds, lead)
    date, date_from, date_text, location = _page_date(lines, kinds, lead, cut, headline_at)
    body, dropped = _body(lines, kinds, lead, cut, headline)
    return Page(headline=headline, date=date, date_from=date_from, date_text=date_text, location=location,
                byline=byline, credits=credits, body=body, dropped=dropped, lead=lead)


def logical_lines(text: str) -> list[str]:
    """Non-blank lines with hard-wrapped sentences joined (a line that starts in lower case, or follows a
    line ending in a comma, continues it; inside a paragraph already found wrapped, so does a line after
    a long one without a full stop). Whitespace inside a line is collapsed."""
    out: list[str] = []
    wrapped = False  # the last logical line was joined from several
    previous_raw = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            wrapped = False
            continue
        if out and not out[-1].endswith(_SENTENCE_END) and not furniture_kind(out[-1]) \
                and not furniture_kind(line) and len(out[-1].split()) >= 4 and not _OPENER.match(line) \
                and not (_is_title_case(out[-1]) and not wrapped) and (
                line[0].islower() or out[-1].endswith(",") or (wrapped and len(previous_raw) >= 50)):
            out[-1] = f"{out[-1]} {line}"
            wrapped = True
        else:
            out.append(line)
            wrapped = False
        previous_raw = line
    return out


_LIST_ITEM = re.compile(r"^\s*[-•·▪]\s+(?=[A-Z0-9])(?!.*[.!?]\s*$).{10,160}$")
_BARE_LINK = re.compile(r"(?i)^\s*(?:baca\s+(?:juga|pula|lainnya)|berita\s+(?:terkait|lainnya)|artikel\s+(?:terkait|lainnya))"
                        r"\s*:?\s*$")


# A dateline opens with a capitalised place and has its dash, colon or parenthesis early on.
_MAY_OPEN_DATELINE = re.compile(r"^[A-Z][^\n]{0,80}?(?:[-–—:(]|\s[A-Z]+\s*$|\s*$)")


def _kind(lines: list[str], i: int, counts: dict[str, int] | None = None) -> str | None:
    line = lines[i]
    if _follows_bare_link(lines, i):
        return "link"
    if counts and counts.get(line, 0) >= 3 and len(line.split()) <= 12 and not line.endswith(_SENTENCE_END) and (
            line in lines[i - 1:i] or line in lines[i + 1:i + 2]):
        return "ad"  # a banner or widget the page repeats, one after another
    if _LIST_ITEM.match(line) and any(_LIST_ITEM.match(x) for x in lines[max(0, i - 1):i] + lines[i + 1:i + 2]):
        return "link"  # a list of other items' headlines
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if _credit_label_only(line) or credit_of(line) is not None:
        return "credit"
    kind = furniture_kind(line)
    if kind:
        return kind
    dateline = _dateline_at(line, following) if _MAY_OPEN_DATELINE.match(line) else None
    if page_date_of(line) is not None and not dateline:
        return "date"
    if dateline:
        return "dateline"
    if (_DASH_START.match(following) or _DASH_END.search(line)) and len(line.split()) <= 6 and line[:1].isupper():
        return "dateline"  # "Bogor -" / "Tanah Bumbu, SITUS NEWS" above "– Pemerintah ..."
    if len(line.split()) <= 6 and _SITE.search(line) and not line.endswith(_SENTENCE_END):
        return "source"  # "Pematang Siantar - situs.id": place and site above the story
    if _wrapped_caption(line, following):
        return "caption"
    if _byline(line):
        return "byline"
    return None


def _follows_bare_link(lines: list[str], i: int) -> bool:
    """Headlines listed under a bare "Baca Juga" label (up to three) are links, not story."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if _BARE_LINK.match(lines[k]):
            return all(len(lines[j].split()) <= 20 and not lines[j].endswith(".") and _is_title_case(lines[j])
                       for j in range(k + 1, i + 1))
    return False


def _wrapped_caption(line: str, following: str) -> bool:
    """A caption broken over two lines: "Kepala Dinas Sosial Kabupaten X Abu" / "Bakar saat menyerahkan ..."."""
    if not following or line.endswith(_SENTENCE_END) or len(line.split()) > 12:
        return False
    if not all(w[:1].isupper() or w.lower() in _SMALL for w in line.split()):
        return False
    return bool(re.match(r"^(?:[A-Z][\w.'’-]*,?\s+){1,3}(?:saat|ketika|sewaktu|tengah|sedang)\s+[a-z]", following))


_BYLINE = re.compile(r"^(?:oleh|by)\s+\S.{0,60}$|^[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,4}\s+[-–|]\s+\S+$", re.I)


def _byline(line: str) -> bool:
    """"Oleh Nama Penulis", "Rizky Adha - situsNews": who wrote the page, not a headline."""
    return bool(_BYLINE.match(line)) and len(line.split()) <= 8 and not line.endswith(_SENTENCE_END)


def _lead(lines: list[str], kinds: list[str | None]) -> int:
    """Index of the story's first line: its dateline ("JAKARTA (3/3/2024) -", "Kota, situs.id - ", "SITUS.COM -")
    when one stands before the first long paragraph, else the first paragraph that reads as prose."""
    first_long = next((i for i, line in enumerate(lines) if kinds[i] is None and len(line.split()) >= 40),
                      len(lines) - 1)
    for i in range(min(first_long + 1, len(lines))):
        line, kind = lines[i], kinds[i]
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if kind == "dateline" and (_DASH_END.search(line) or _DASH_START.match(following) or len(line.split()) > 6
                                   or _dateline_at(line, following).date is not None):
            return i
        if kind == "source" and kinds[i + 1] is None and len(following.split()) >= 12:
            return i
        if kind is None and len(line.split()) >= 10 and _OPENER.match(line):
            return i
    for i, line in enumerate(lines):
        if kinds[i]:
            continue
        words = line.split()
        lower = sum(1 for w in words if w[:1].islower()) / max(1, len(words))
        if (len(words) >= 40 or (len(words) >= 12 and line.endswith(_SENTENCE_END) and lower >= 0.4)
                or (line[:1] in '"“”' and len(words) >= 12)):
            return i
    # a short release: a headline line, then the story in short paragraphs
    first = next((i for i, kind in enumerate(kinds) if kind is None), None)
    if first is not None and first + 1 < len(lines) and _headline_shape(lines[first]) and not lines[first].endswith("."):
        return first + 1
    return 0


_TAIL_MARKERS = re.compile(
    r"(?i)^\s*(?:artikel\s+terkait|berita\s+terkait|baca\s+lainnya|berita\s+lainnya|artikel\s+lainnya|"
    r"artikel\s+lain|berita\s+lain|terpopuler|berita\s+terpopuler|\d+\s+berita\s+terpopuler|komentar|"
    r"tinggalkan\s+balasan|posting\s+komentar|tidak\s+ada\s+komentar|related(?:\s+posts?)?|rekomendasi|"
    r"artikel\s+menarik\s+lainnya|baca\s+berita\s+lainnya|berita\s+pilihan)\s*:?\s*\S{0,20}\s*$"
)


def _tail_cut(lines: list[str], kinds: list[str | None], lead: int) -> int:
    """Where the page's tail starts (related items, comments): a block marker after which no paragraph
    of story follows."""
    for i in range(lead + 1, len(lines)):
        if _TAIL_MARKERS.match(lines[i]) and not any(
                kinds[j] is None and len(lines[j].split()) >= 30 for j in range(i + 1, len(lines))):
            return i
    return len(lines)


def _credits(lines: list[str], kinds: list[str | None], cut: int) -> tuple[dict[str, str], str | None]:
    credits: dict[str, str] = {}
    byline = None
    for i in range(cut):
        line = lines[i]
        if kinds[i] == "credit":
            label = _credit_label_only(line)
            if label and i + 1 < len(lines) and len(lines[i + 1].split()) <= 5:
                for key in label:
                    credits.setdefault(key, lines[i + 1])
                kinds[i + 1] = "credit"
            for key, value in (credit_of(line) or {}).items():
                credits.setdefault(key, value)
        elif kinds[i] in ("byline", "date") and byline is None and re.match(r"(?i)^(?:oleh|by)\s", line):
            byline = line
            name = re.split(r"[,|]", re.sub(r"(?i)^(?:oleh|by)\s+", "", line))[0].strip()
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


def _is_title_case(line: str) -> bool:
    words = [w.strip("*_\"'“”‘’()[]:,.!?") for w in line.split()]
    words = [w for w in words if w and w[0].isalpha() and w.lower() not in _SMALL]
    if not words:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    return upper / len(words) >= 0.75


def _headline_shape(line: str, fewest_words: int = 3) -> bool:
    words = line.split()
    if not fewest_words <= len(words) <= 30 or len(line) > 220 or len(line) < 12:
        return False
    if line[:1] in "\"“”'‘’-–—•*>" and not line.startswith("*"):
        return False
    if line.endswith((",", ";", ":", "-", "–", "—", "|")) or "<" in line or "-->" in line:
        return False
    if re.search(r"[.!?]\s+[A-Z]", line):
        return False  # two sentences
    if line.endswith(".") and not _is_title_case(line):
        return False
    if _is_tag_list(line) or _BYLINE_START.match(line):
        return False
    return True


_BYLINE_START = re.compile(r"(?i)^(?:penulis|pewarta|reporter|editor|redaktur|oleh|by|laporan\s+(?:wartawan|reporter|koresponden))\b")


def _is_tag_list(line: str) -> bool:
    parts = [p.strip(" .") for p in line.split(",")]
    return len(parts) >= 3 and all(1 <= len(p.split()) <= 2 for p in parts)


def _headline(lines: list[str], kinds: list[str | None], lead: int) -> tuple[str | None, int | None]:
    """The headline: in Title Case or upper case, the line nearest above the story (a line the page
    repeats, as headline and image title, wins); in sentence case only directly above the story and
    never a pull quote the story repeats."""
    start = max(0, lead - _HEAD_LINES)
    found = [(i, _clean_headline(lines[i])) for i in range(start, lead)
             if kinds[i] is None and _headline_shape(_clean_headline(lines[i]))]
    texts = [t for _, t in found]
    # "Judul Berita" and "Judul Berita Perbesar" (the image's title with its zoom button): the shorter one.
    found = [(i, t) for i, t in found if not any(o != t and t.startswith(o + " ") and len(t.split()) - len(o.split()) <= 2
                                                 for o in texts)]
    if not found:
        # a two-word headline ("Rapat Koordinasi") only right above the story's dateline
        above = lead - 1
        if lead > 0 and kinds[above] is None and kinds[lead] == "dateline" and _headline_shape(lines[above], 2) \
                and _is_title_case(lines[above]) and not any(k is None for k in kinds[:above]):
            return lines[above], above
        return None, None
    whole = "\n".join(lines)
    titled = [(i, t) for i, t in found if _is_title_case(t) or t.isupper()]
    if titled:
        repeated = [(i, t) for i, t in titled if whole.count(t) >= 2 or sum(1 for _, o in found if o == t) >= 2]
        i, t = (repeated or titled)[-1]
        return t, i
    i, t = found[-1]
    between = [k for k in range(i + 1, lead) if kinds[k] not in ("date", "byline", "caption", "credit", "ui", "ad",
                                                                  "share", "dateline", "source")]
    story = " ".join(lines[lead:])
    if between or t.endswith(".") or t.rstrip(".").lower() in story.lower():
        return None, None
    return t, i


def _clean_headline(line: str) -> str:
    return " ".join(line.split())


def _is_clock(lines: list[str], i: int) -> bool:
    """A date beside the weather reading in a site's header is today's date, not the page's."""
    return any(_TEMPERATURE.match(lines[k]) for k in range(max(0, i - 3), min(len(lines), i + 3)) if k != i)


def _page_date(lines, kinds, lead, cut, headline_at):
    """(date, from, text, location): the page's own date line near the headline or story start, else the
    dateline's date, else a date line after the story (a page's foot); never a date inside a sentence."""
    date_lines = [i for i in range(cut) if kinds[i] == "date" and not _is_clock(lines, i)]
    fresh = [i for i in date_lines if not _UPDATED.search(lines[i])] or date_lines
    head = [i for i in fresh if i <= lead + 2]
    location = None
    dateline = None
    if lead < len(lines) and (kinds[lead] in ("dateline", "source") or _OPENER.match(lines[lead])):
        dateline = _dateline_at(lines[lead], lines[lead + 1] if lead + 1 < len(lines) else "")
        location = dateline.location if dateline else None
    if head:
        i = head[0]
        return page_date_of(lines[i]), "date line", lines[i], location
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline", lines[lead], location
    foot = [i for i in fresh if i > lead + 2]
    if foot and len({page_date_of(lines[i]) for i in foot}) == 1:
        return page_date_of(lines[foot[0]]), "date line", lines[foot[0]], location
    return None, None, None, location


def _body(lines, kinds, lead, cut, headline) -> tuple[str, list[str]]:
    kept: list[str] = []
    dropped: list[str] = list(lines[:lead])
    for i in range(lead, cut):
        line = lines[i]
        kind = kinds[i]
        following = lines[i + 1] if i + 1 < cut else ""
        if i == lead and kind == "source" and following:
            lines[i + 1] = f"{line} – {following}"  # "Kota - situs.id" above the story: its dateline
            kinds[i + 1] = None
            continue
        if i == lead and kind == "dateline" and following and (_DASH_START.match(following) or _DASH_END.search(line)):
            # "Bogor -" above the story, or "Tanah Bumbu, SITUS" above "– Pemerintah ...": one dateline line
            lines[i + 1] = f"{line.rstrip(' -–—')} – {following.lstrip(' -–—')}"
            kinds[i + 1] = None
            continue
        if kind == "dateline" and i == lead:
            if following and _dateline_at(line) is None and _dateline_at(line, following) is not None \
                    and not _DASH_START.match(following):
                lines[i + 1] = f"{line} {following}"  # the dateline's second half opens the next line
                kinds[i + 1] = None
                continue
            kept.append(line)
            continue
        if kind is not None and kind != "dateline" or (headline and line == headline):
            dropped.append(line)
            continue
        if kind is None and following and is_caption(following) and _same_start(line, following):
            dropped.append(line)  # "Warga menerima bantuan" above "Warga menerima bantuan. (Foto/Humas)"
            continue
        if len(line.split()) >= 12 and any(line in earlier for earlier in kept):
            dropped.append(line)  # the page shows its opening again (an excerpt under the story)
            continue
        if kept and line == kept[-1] and len(line.split()) <= 40:
            dropped.append(line)  # an image's caption written twice
            kept.pop()
            continue
        kept.append(line)
    dropped.extend(lines[cut:])
    return "\n".join(kept), dropped


def _same_start(line: str, caption: str) -> bool:
    a = re.sub(r"\W+", " ", line).strip().lower()
    b = re.sub(r"\W+", " ", caption).strip().lower()
    return len(a) >= 20 and b.startswith(a)
