"""Dates in Indonesian press releases: datelines, body and event dates, user periods, Indonesian date format.

Everything here reports dates *as written*: a dateline with last year's year stays last year's
(a person corrects it in front matter). Only a date with no year at all borrows one from the
publication date.
"""
from __future__ import annotations

import calendar
import dataclasses
import functools
import datetime as dt
import re
from dataclasses import dataclass

from .abbrevplaces import backed_abbreviation, short_abbreviation
from .gazetteer import KNOWN_PLACES
from .scan import LazyWords, trie_pattern, word_start_pattern

# --- Month and weekday tables ----------------------------------------------------------------

MONTH_NAMES_ID = (
    "", "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTH_NAMES_EN = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# Every spelling met in releases, lower case, including old spellings (Pebruari, Nopember)
# and common typos; abbreviations may be followed by a period.
MONTHS_ID: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "febuari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "agst": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Spellings that only English uses: they decide that a dateline is English.
ENGLISH_ONLY = frozenset(k for k in MONTHS_EN if k not in MONTHS_ID)
MONTHS: dict[str, int] = {**MONTHS_EN, **MONTHS_ID}

WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}


_FULL_MONTHS = [w for w in MONTHS if w in {n.lower() for n in MONTH_NAMES_ID + MONTH_NAMES_EN if n}
                or w in ("pebruari", "febuari", "nopember")]
# an abbreviation may carry a period (Okt.), a full name not: "8 Juni." ends a sentence
# Written as tries (scan.trie_pattern): each letter tried once, not each word in turn. No word of
# a group is another followed by a non-letter (sep/sept, jumat/jum'at), so only one word of a group
# can match at a place: the same matches as the longest-first alternation.
_MONTH = (r"(?i:(?:" + trie_pattern(_FULL_MONTHS) + r")(?![A-Za-z])|(?:"
          + trie_pattern(w for w in MONTHS if w not in _FULL_MONTHS) + r")(?![A-Za-z])\.?)")
_WEEKDAY = r"(?i:" + trie_pattern(WEEKDAYS) + r")(?![A-Za-z])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DAY = r"(?:[012]?\d|3[01])"
_DASH = r"(?:-{1,3}|–|—|―|−)"  # "KOTA---Kepala ...": three hyphens typed for a dash
_ORD = r"(?:st|nd|rd|th)?"

# --- Datelines --------------------------------------------------------------------------------


@dataclass
class Dateline:
    """The dateline of an item: place, publication date, span, and language of the dateline."""

    location: str | None
    date: dt.date | None
    start: int
    end: int  # offset where the story starts, after the dash and spaces
    language: str = "id"


@dataclass
class DateMention:
    """A date or an inclusive date range written in the body."""

    start_date: dt.date
    end_date: dt.date
    start: int
    end: int
    text: str


# A place name: one to four capitalised words (JAKARTA, Tanjung Pinang, KAB. BEKASI, BAU-BAU).
_PLACE = r"(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,3})"
_DATE_ID = (
    r"(?P<d1>" + _DAY + r")[ \t]*\n?[ \t]*(?P<m1>" + _MONTH + r")[ \t]*,?[ \t]*\n?[ \t]*(?P<y1>" + _YEAR + r")"
)
_DATE_EN = (
    r"(?P<m2>" + _MONTH + r")[ \t]*\n?[ \t]*(?P<d2>" + _DAY + r")" + _ORD + r"[ \t]*,?[ \t]*(?P<y2>" + _YEAR + r")"
)
_DATE_ORD = r"(?P<d4>" + _DAY + r")(?:st|nd|rd|th)[ \t]+(?:of[ \t]+)?(?P<m4>" + _MONTH + r")[ \t]*,?[ \t]*(?P<y4>" + _YEAR + r")"
_DATE_NUM = r"(?P<d3>" + _DAY + r")[/.\-](?P<m3>[01]?\d)[/.\-](?P<y3>" + _YEAR + r"|\d\d)(?!\d)"
_DATE = r"(?:" + _DATE_ORD + "|" + _DATE_ID + "|" + _DATE_EN + "|" + _DATE_NUM + r")"
_WD = r"(?:" + _WEEKDAY + r"[ \t]*,?[ \t]*)?"
# (13 November 2020), (Rabu, 15/1/2020), Rabu (15/1/2020), 5 Januari 2021, [12/02/2026] (a theme's square brackets)
_DATE_PART = r"[(\[]?[ \t]*" + _WD + r"[(\[]?[ \t]*" + _DATE + r"[ \t]*[)\]]?"
# A web outlet's domain (WAJAHINDONESIA.CO.ID, Modernis.co) and a brand written in camel case
# around a news word (BorneoTribun, MediaCenter): never a place.
_TLD = r"(?i:co\.id|or\.id|go\.id|web\.id|my\.id|com|id|co|net|org|news|online|info|biz|tv)"
_DOMAIN = r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\." + _TLD + r"(?![A-Za-z0-9])"
_NEWS_WORD = r"(?:Tribun|News|Post|Pos|Times|Online|Media|Center|Centre|Pers|Today|Terkini|Kini|Net)"
_BRAND = r"(?:[A-Z][a-z]+" + _NEWS_WORD + r"|" + _NEWS_WORD + r"[A-Z][a-z]+)(?![A-Za-z])"
# A news agency or paper named instead of a date: JAKARTA, KOMPAS — / JAKARTA (ANTARA) - /
# Tanah Bumbu, SOROT NEWS KALSEL – / Temanggung, MediaCenter- / Boven Digoel, InfoPublik - / BOALEMO, Humas –
_SOURCE = (
    r"(?:\(?[ \t]*(?P<source>" + _DOMAIN + r"|[A-Z]{2,}(?:[ \t]+[A-Z][a-z]+){1,2}(?![A-Za-z.])"  # CNN Indonesia
    r"|(?<=\()[A-Z][A-Za-z]{2,}(?:[ \t]+[A-Z][A-Za-z]+){0,2}(?=[ \t]*\))"  # (Antara Bali), (Humas Jateng), (Kemensos)
    r"|[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}(?![A-Za-z.])|" + _BRAND
    + r"|[A-Z][a-z]+[A-Z][A-Za-z]+(?![A-Za-z])|(?:Humas|Antara)(?![A-Za-z])"
    + r"|[A-Z][a-z]+[ \t]+(?:Pos|Post|News|Times|Online|Today|Ekspres|Express)(?![A-Za-z])"  # Kabar Pos, Warta News
    # Jurnal Priangan, Suara Cibening: a news word, then the outlet's region
    + r"|(?:Jurnal|Kabar|Warta|Suara|Radar|Lensa|Harian|Koran|Portal)[ \t]+[A-Z][a-z]+(?![A-Za-z])"
    + r")[ \t]*\)?)"
)

# Indonesia's provinces as datelines name them after the place, in full or short ("Labuan Bajo, Nusa Tenggara
# Timur –", "KUPANG, NTT –", "Ambon, Maluku, 7 Desember 2026 –"). Longest first, so "Papua Barat Daya" is not "Papua".
_PROVINCE_NAMES = sorted(
    "Aceh|Sumatera Utara|Sumut|Sumatera Barat|Sumbar|Riau|Kepulauan Riau|Kepri|Jambi|Sumatera Selatan|Sumsel|Bengkulu|"
    "Lampung|Kepulauan Bangka Belitung|Bangka Belitung|Babel|DKI Jakarta|Jawa Barat|Jabar|Banten|Jawa Tengah|Jateng|"
    "DI Yogyakarta|DIY|Jawa Timur|Jatim|Bali|Nusa Tenggara Barat|NTB|Nusa Tenggara Timur|NTT|Kalimantan Barat|Kalbar|"
    "Kalimantan Tengah|Kalteng|Kalimantan Selatan|Kalsel|Kalimantan Timur|Kaltim|Kalimantan Utara|Kaltara|"
    "Sulawesi Utara|Sulut|Gorontalo|Sulawesi Tengah|Sulteng|Sulawesi Barat|Sulbar|Sulawesi Selatan|Sulsel|"
    "Sulawesi Tenggara|Sultra|Maluku|Maluku Utara|Malut|Papua|Papua Barat|Papua Barat Daya|Papua Tengah|"
    "Papua Pegunungan|Papua Selatan".split("|"), key=len, reverse=True)
_KNOWN_PROVINCE = r"(?i:" + "|".join(n.replace(" ", r"[ \t]+") for n in _PROVINCE_NAMES) + r")(?![A-Za-z])"
# "Cianjur, Jabar (ANTARA) -": the place's province between it and the agency in parentheses; a province
# of the list also before the date or the dash. Named: a province after it says the words before are a place.
_PROVINCE = (r"(?:[ \t]*,[ \t]*(?P<province>" + _KNOWN_PROVINCE + r"(?=[ \t]*[,(\-–—])|[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?"
             r"(?=[ \t]*\([ \t]*[A-Z])))?")

# The dash that ends a dateline; a hyphen joining a word to a number (HUT KE-114, COVID-19) is not one.
_END_DASH = r"(?!(?<=[A-Za-z])-\d)" + _DASH
# "Sukamekar, 7 Desember 2026 (Humas) –": the sender after the dateline's date.
_SOURCE_AFTER_DATE = r"(?:[ \t]*\([ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]*\))?"
_DATELINE = re.compile(
    r"^[ \t]*" + _PLACE + _PROVINCE + r"[ \t]*\n?[ \t]*,?[ \t]*\n?[ \t]*"
    r"(?:" + _DATE_PART + _SOURCE_AFTER_DATE + r"|" + _SOURCE + r"|(?:" + _WEEKDAY + r"[ \t]*)?\([ \t]*\d{1,2}/\d{1,2}[ \t]*\)"  # (Senin) (4/3)
    r"|\d{1,2}/\d{1,2}[ \t]*\([ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*\)"  # 7/12 (Antara): an old agency form
    r"|" + _WEEKDAY + r"(?=[ \t]*" + _DASH + r"))?"  # "JAKARTA, Senin —": the weekday alone (the date line states the day)
    r"[ \t]*,?[ \t]*\n?[ \t]*" + _END_DASH + r"[ \t]*\n?[ \t]*",  # "Kota, (situs.com),- ...": a comma before the dash
    re.MULTILINE,
)
# The outlet first, then the place: WAJAHINDONESIA.CO.ID, MAKASSAR – / JAVASATU.COM-MALANG- / SITUS.COM || PAPUA – /
# Modernis.co, Lebak – / BorneoTribun Pontianak - / InfoPublik, Sukamekar – (a CamelCase name before a comma)
_OUTLET_FIRST = re.compile(
    r"^[ \t]*(?P<outlet>" + _DOMAIN + r"|" + _BRAND + r"|[A-Z][a-z]+[A-Z][A-Za-z]+(?=,))[ \t]*(?:[,\-–—]|\|\|?)?[ \t]*" + _PLACE
    + r"[ \t]*,?[ \t]*(?:" + _DATE_PART + r")?[ \t]*\n?[ \t]*(?:" + _END_DASH + r"|:(?=[ \t]))[ \t]*\n?[ \t]*",
    re.MULTILINE,
)  # "Situs.com, Jakarta: ..." closes with a colon
# The same after a headline run into it (a cleaned body joins a page's short lines): only a web
# domain, an all-caps place and a dash: "Judul Berita jpnn.com - TOLI-TOLI - ..."
_OUTLET_FIRST_INLINE = re.compile(
    r"(?<!\S)(?P<outlet>" + _DOMAIN + r")[ \t]*[,\-–—][ \t]*(?P<place>[A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,2})"
    r"[ \t]*" + _END_DASH + r"[ \t]*"
)
_DOMAIN_RE = re.compile(_DOMAIN)
_URL_HOST_RE = re.compile(r"https?://(?:www\.)?([A-Za-z0-9\-]+)\.", re.IGNORECASE)
# An address written without its scheme: the name before the top-level domain ("situs" of "m.situs.co.id").
_BARE_DOMAIN_RE = re.compile(r"(?<![\w.@/\-])(?:[A-Za-z0-9\-]{1,40}\.){0,3}?([A-Za-z][A-Za-z0-9\-]{1,40})\."
                             r"(?i:co\.id|or\.id|my\.id|web\.id|com|id|co|net|news|online|info|tv)(?!\w|\.[A-Za-z])")
# what every bare address holds: a dot and a top-level domain (a cheap scan before the address pattern)
_TLD_AFTER_DOT = re.compile(r"\.(?i:co|or|my|web|com|id|net|news|online|info|tv)(?!\w)")
_DOMAIN_LABELS = frozenset("go desa kab kota prov ac sch or web my www".split())
_GOVERNMENT_HOST = re.compile(r"(?i)(?:\.[a-z0-9\-]+)*\.(?:go|desa|kab|kota|prov)\.id\b")
_SEARCH_WINDOW = 600  # a dateline sits in the first lines of an item (after a title at most)


def parse_dateline(text: str, outlets: frozenset[str] | None = None) -> Dateline | None:
    """The dateline at the start of `text` (or of one of its first lines), or None. `outlets`:
    the page's outlet names (page_outlets of the page as fetched, web addresses and all), when
    `text` is a cleaned body or one line of the page."""
    outlets = page_outlets(text) if outlets is None else frozenset(outlets)
    found = _dateline_of(text, outlets)
    # a copy: callers move the span of the one they get (a dateline found after a title)
    return dataclasses.replace(found) if found is not None else None


def opens_with_dateline(line: str) -> bool:
    """Whether one line opens with a dateline ("SUMEDANG (4/9) – ...", "JAKARTA, KOMPAS – ..."), after
    its indentation: a story's first line, never a headline however many of its words are capitalised."""
    found = parse_dateline(line, frozenset())
    return found is not None and found.start == len(line) - len(line.lstrip())


@functools.lru_cache(maxsize=16)  # the extractor and find_event_dates both ask about the same body
def _dateline_of(text: str, outlets: frozenset[str]) -> Dateline | None:
    window = text[:_SEARCH_WINDOW]
    places = LazyWords(text, _place_words)  # read only when a title-case dateline asks
    found = []
    for m in _DATELINE.finditer(window):
        d = _dateline_from(m, outlets, places)
        if d is None and (_split_from_its_date(m, m.group("place").strip()) or _no_place_over_next_line(m)):
            # "Rina Marlina" / "SUKAMEKAR - ...": the name was no place; the dateline opens the next line
            # ("IST" / "SITUS.COM - ...": a photo's credit over the story's own dateline)
            again = _DATELINE.match(window, m.string.find("\n", m.start("place")) + 1)
            d = _dateline_from(again, outlets, places) if again else None
        if d is not None:
            found.append(d)
    found += [d for d in (_period_dateline(m, text) for m in _PERIOD_DATELINE.finditer(window)) if d is not None]
    found += [d for d in (_outlet_first(m) for m in _OUTLET_FIRST.finditer(window)) if d is not None]
    found += [d for d in (_pipe_dateline(m, places) for m in _PIPE_DATELINE.finditer(window)) if d is not None]
    found += [d for d in (_weekday_opening(m, places) for m in _WEEKDAY_OPENING.finditer(window)) if d is not None]
    if not found:
        found = [d for d in (_outlet_first(m) for m in _OUTLET_FIRST_INLINE.finditer(window)
                             if _after_a_headline(window, m.start())) if d is not None]
    return min(found, key=lambda d: (d.start, -d.end)) if found else None


# Words a text writes as places: after "di", "Kota", "Kabupaten", a regional head ...
_PLACE_WORD = re.compile(word_start_pattern(["di", "Kota", "Kabupaten", "Kab.", "Provinsi", "Kecamatan", "Desa", "Kelurahan",
                                             "Pemkab", "Pemkot", "Pemprov", "Bupati", "Walikota", "Gubernur"])
                         + r"[ \t]+(?P<w>[A-Z][a-z]+)")


def _place_words(text: str) -> set[str]:
    return {m.group("w").lower() for m in _PLACE_WORD.finditer(text)}


# "JAKARTA. Menteri ...": an all-caps place closed by a period, at a line's start; "Jakarta (Humas Dinsos). Masih
# ...": a known place in Title Case with its source in parentheses, closed by a period.
_PERIOD_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z]{3,}(?:[ \t]+[A-Z]{3,}){0,2}|[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?"
                              r"(?=[ \t]*\())(?:[ \t]*\([ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]*\))?"
                              r"\.[ \t]+(?=[A-Z][a-z])", re.MULTILINE)


# "SUKAMEKAR | Dinas Sosial ...": an all-caps place closed by a bar, at a line's start.
# A capital I typed for the bar ("SUKAMEKAR I Dinas ...") is one too. A place in Title Case ("Batu Bara | ...")
# and one with the outlet's address ("CIBENING, Situs-kita.co.id | ...") as well (the place the text knows).
_PIPE_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Za-z'’.\-]{2,}(?:[ \t]+[A-Z][A-Za-z'’.\-]+){0,2})"
                            r"(?:[ \t]*,[ \t]*" + _DOMAIN + r")?[ \t]*(?:\||(?<=[ \t])I[ \t])"
                            r"[ \t]*(?=[A-Z][a-z])",
                            re.MULTILINE)


# "Kota, Jumat 4 Desember 2026 bertempat di ...": a release opening with its place, weekday and date and
# running on in its first sentence without a dash. The weekday says the words are the release's day.
_WEEKDAY_OPENING = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2})[ \t]*,[ \t]*" + _WEEKDAY
    + r"[ \t]*,?[ \t]*(?P<d1>" + _DAY + r")[ \t]+(?P<m1>" + _MONTH + r")[ \t]+(?P<y1>" + _YEAR + r")"
    r"[ \t]*,?[ \t]+(?=[a-z])", re.MULTILINE)


def _weekday_opening(m: re.Match, places) -> Dateline | None:
    place = m.group("place")
    if not _plausible_place(place) or (not place.isupper() and place.lower() not in KNOWN_PLACES
                                       and place.split()[0].lower() not in places):
        return None  # a place the text knows as one ("... Kabupaten Sukamekar", a known city), or one in capitals
    day = _make_date(m.group("y1"), MONTHS[m.group("m1").rstrip(".").lower()], m.group("d1"))
    return Dateline(location=_place_name(place), date=day, start=m.start("place"), end=m.end())


def _pipe_dateline(m: re.Match, places) -> Dateline | None:
    place = m.group("place")
    if not _plausible_place(place) or (place.lower() not in KNOWN_PLACES and place.split()[0].lower() not in places):
        return None  # a bar also splits menus and headlines ("BERITA | ..."): only a place the text knows as one
    return Dateline(location=_place_name(place), date=None, start=m.start("place"), end=m.end())


def _period_dateline(m: re.Match, text: str) -> Dateline | None:
    place = m.group("place")
    if not _plausible_place(place) or (place.title() not in text[m.end():] and place.lower() not in KNOWN_PLACES):
        return None  # the place must be a known one or be written again in the story ("... di Jakarta")
    if not place.isupper() and place.lower() not in KNOWN_PLACES:
        return None  # in Title Case an office writes its source so too ("Kemensos (Humas). ..."): a known place only
    return Dateline(location=_place_name(place), date=None, start=m.start("place"), end=m.end())


def _after_a_headline(text: str, at: int) -> bool:
    """Only a headline (no sentence end) stands between the line start and `at`."""
    head = text[text.rfind("\n", 0, at) + 1:at]
    return not re.search(r"[.!?]\s", head)


@functools.lru_cache(maxsize=8)
def page_outlets(text: str) -> frozenset[str]:
    """The page's own outlet names, from the web addresses it shows (boganinews.com ->
    boganinews): a dateline that starts with one names the outlet, not the place."""
    # pikiran-rakyat.com -> pikiranrakyat: outlets are compared without their punctuation (_is_outlet).
    # A government's or a village's site (sukamekar.go.id, cibening.desa.id) is named after its region:
    # the region in a dateline stays the place.
    head = text[:4000]
    hosts = {re.sub(r"[^a-z0-9]", "", m.group(1).lower()) for m in _URL_HOST_RE.finditer(head)
             if not _GOVERNMENT_HOST.match(text, m.end(1))}
    # a site's name written as its address in the page's own lines ("Situsbaru.co Unduh aplikasi ...",
    # "Lampung Barat,situs.com-"): "SITUS BARU, JAWA BARAT –" opens with the outlet, the place follows
    names = ({m.group(1).lower().replace("-", "") for m in _BARE_DOMAIN_RE.finditer(head)}
             if _TLD_AFTER_DOT.search(head) else set())
    return frozenset(hosts | (names - _DOMAIN_LABELS))


def _is_outlet(words: str, outlets: frozenset[str]) -> bool:
    """BELITONGEKSPRES.COM, HARIAN MERAPI (harianmerapi.com): a web outlet named where a place goes."""
    if _DOMAIN_RE.fullmatch(words.strip()) or any(_DOMAIN_RE.fullmatch(w) for w in words.split()[-1:]):
        return True  # "REGIONAL NEWS.ID, KOTA –": a name whose last word is its address (a space for its dot)
    key = re.sub(r"[^a-z0-9]", "", words.lower())
    first = words.split()[0]
    if len(words.split()) >= 2 and words.split()[-1].lower() in _OUTLET_LAST_WORDS:
        return True  # "FAKTA INDONESIA: ...", "SINARTA MEDIA, KOTA –": no place is named after the country or a medium
    return (key in outlets or key in _NATIONAL_OUTLETS or first.lower() in _OUTLET_HEADS
            # in capitals, as an outlet opens its stories ("Warta Tiga, SITUS.COM –" is a village)
            or (words.isupper() and first.lower() in _CAPS_OUTLET_HEADS)
            # one word in capitals or written as a brand ("InfoPBUN"): a place is written "Infokota"
            or (" " not in words.strip() and (words.isupper() or any(c.isupper() for c in words.strip()[1:]))
                and bool(_OUTLET_WORD.fullmatch(key))))


# National outlets that open a story with their name in capitals and no domain ("VIVA –", "PIKIRAN RAKYAT -"),
# and the words regional papers' names open with ("RADAR BOGOR", "HARIAN JOGJA", "POS KUPANG", "TRIBUN JABAR"):
# where a place goes, they name the outlet. Compared without spaces and punctuation.
_NATIONAL_OUTLETS = frozenset(
    "viva pikiranrakyat tempo tempoco kompas kompascom kompastv detik detikcom republika merdeka merdekacom okezone "
    "inews inewsid suara suaracom jawapos kumparan tirto kontan bisnis bisniscom liputan6 liputan6com tvri rri cnn "
    "cnnindonesia beritasatu sindonews mediaindonesia metrotv metrotvnews jpnn idntimes antaranews".split())
_OUTLET_HEADS = frozenset("radar harian tribun pos".split())
_OUTLET_LAST_WORDS = frozenset("indonesia media news online times tv terkini ekspres express post pos today daily informasi info update".split())
_CAPS_OUTLET_HEADS = frozenset("kabar warta times suara info akurat berita media koran".split())
# One word that names an outlet by its make: "TIMESINDONESIA", "WARTANESIA", "INFOPBUN", "PRFMNEWS", "TOPMEDIA".
_OUTLET_WORD = re.compile(r"(?:times|warta|kabar|info|berita|suara|radar|tribun|koran)[a-z0-9]{3,}"
                          r"|[a-z0-9]{3,}(?:news|media|online|post|times|voice|today|daily)"
                          # a regional edition's brand: the outlet's name, then its province's short name ("DISWAYJATENG")
                          r"|[a-z]{4,}(?:jateng|jatim|jabar|jogja|sumut|sumbar|sumsel|kaltim|kalbar|kalsel|kalteng|sulsel|"
                          r"sulut|sulteng|sultra|kepri|babel|malut|ntb|ntt)")


def _has_date(m: re.Match) -> bool:
    """Whether a dateline match holds a date (its patterns without a date part have no such group)."""
    return any(m.re.groupindex.get(g) and m.group(g) for g in ("d1", "d2", "d3", "d4"))


def _dateline_from(m: re.Match, outlets: frozenset[str] = frozenset(), places=frozenset()) -> Dateline | None:
    place = m.group("place").strip().rstrip("-")  # "JAKARTA--": the place's letters take one hyphen of the dash
    has_date = _has_date(m)
    source = m.group("source")
    start = m.start("place")
    if _split_from_its_date(m, place):
        return None
    head = _DOMAIN_RE.match(place)
    if head and head.end() < len(place):
        return None  # JAVASATU.COM-MALANG: the outlet, then the place (_outlet_first)
    if _is_outlet(place, outlets):
        # BOGANINEWS, KOTAMOBAGU – (the place where a source goes); BELITONGEKSPRES.COM – (no place)
        second = source.strip() if source else ""
        if m.group("province") and not has_date:
            # "SITUS BARU, JAWA BARAT –" (situsbaru.co): the outlet, then the province it reports from
            return Dateline(location=_place_name(m.group("province")), date=None, start=start, end=m.end())
        if second and second.isupper() and not _is_outlet(second, outlets) and _plausible_place(second):
            return Dateline(location=_place_name(second), date=None, start=start, end=m.end())
        if has_date or source or place.isupper():
            day, language = (_date_of(m) if has_date else (None, "id"))
            return Dateline(location=None, date=day, start=start, end=m.end(), language=language)
        return None
    if not has_date and not source:
        # "JAKARTA - ..." without date or source: an all-caps place, or a title-case one the text
        # also writes as a place ("Serang - ..." beside "Kota Serang"); a title-case "Balai Melati
        # - ..." is just text.
        if len(place) < 3 or len(place.split()) > (2 if place.isupper() else 3):
            return None
        if short_abbreviation(place) and not backed_abbreviation(place, getattr(places, "text", m.string)):
            return None  # "KBN –": a site's initials, no regency the story names
        if not place.isupper() and place.split()[0].lower() not in places and place.lower() not in KNOWN_PLACES \
                and place.split()[0].lower() not in _ADMIN_PREFIXES and not m.group("province"):
            return None  # "Kab. Sukamekar –", "Kota Sukamekar –": the prefix says it is a place
    if not _plausible_place(place):
        return None
    day, language = (_date_of(m) if has_date else (None, "id"))
    return Dateline(location=_place_name(place), date=day, start=start, end=m.end(), language=language)


_ADMIN_PREFIXES = frozenset("kab. kabupaten kota kec. kecamatan desa kelurahan provinsi prov.".split())


def _no_place_over_next_line(m: re.Match) -> bool:
    """The match's "place" is no place at all ("IST", "FOTO") and the rest of the match is on the next line."""
    return "\n" in m.string[m.end("place"):m.end()] and not _plausible_place(m.group("place").strip())


def _split_from_its_date(m: re.Match, place: str) -> bool:
    """A Title Case "place" on a line of its own with the date or source on the next line ("Ahmad Fauzi" /
    "Rabu, 06 Maret 2024 - 13:45 WIB", "Rina Marlina" / "SUKAMEKAR - ..."): a writer's name over the
    page's date line or the story's own dateline. A place on its own line is one in capitals, or one whose
    date or source opens the next line in parentheses ("BANDUNG" / "(7 Oktober 2020) -")."""
    between = m.string[m.end("place"):m.end()]
    newline = between.find("\n")
    if newline < 0:
        return False
    rest = between[newline + 1:].lstrip(" \t,")
    if not rest or rest[0] in "-–—―−":
        return False  # only the dash is on the next line
    return not place.isupper() and not rest.startswith("(")


def _outlet_first(m: re.Match) -> Dateline | None:
    place = m.group("place").strip().strip("-")
    if not place or not _plausible_place(place) or _DOMAIN_RE.fullmatch(place) or len(place.split()) > 3:
        return None
    has_date = _has_date(m)
    day, language = (_date_of(m) if has_date else (None, "id"))
    return Dateline(location=_place_name(place), date=day, start=m.start("outlet"), end=m.end(), language=language)


# Weekdays as date lines shorten them: "Sab, 09 Mar 2024", "Thu, 07 Mar 2024".
WEEKDAY_ABBREVIATIONS = frozenset("sen sel rab kam jum sab min mon tue tues wed thu thur thurs fri sat sun".split())
_NOT_PLACES = frozenset(
    {"BACA", "JUGA", "FOTO", "PENULIS", "EDITOR", "SUMBER", "HUMAS", "REDAKSI", "ADMIN", "COPYRIGHT", "IST", "ISTIMEWA",
     "LOKAL", "NASIONAL", "REGIONAL", "INTERNASIONAL"}  # a site's section where the place goes ("SITUS, LOKAL –")
    | {w.upper() for w in WEEKDAYS} | {w.upper() for w in WEEKDAY_ABBREVIATIONS}
    | {w.upper() for w in MONTHS}
)


def _plausible_place(place: str) -> bool:
    words = place.replace(".", " ").split()
    return bool(words) and not any(w.upper() in _NOT_PLACES for w in words)


_LOWER_IN_PLACES = {"Dan", "Di"}


def _place_name(place: str) -> str:
    """JAKARTA -> Jakarta, TANJUNG PINANG -> Tanjung Pinang, KAB. BEKASI -> Kab. Bekasi."""
    if not place.isupper():
        return place
    parts = re.split(r"([ \t\-]+)", place)
    return "".join(p.capitalize() if p.strip(" \t-") else p for p in parts)


def _date_of(m: re.Match) -> tuple[dt.date | None, str]:
    if m.group("d3"):
        return _make_date(m.group("y3"), m.group("m3"), m.group("d3")), "id"
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d4", "m4", "y4")):
        if m.group(d):
            word = m.group(mo).rstrip(".").lower()
            english = word in ENGLISH_ONLY or d in ("d2", "d4")
            return _make_date(m.group(y), MONTHS[word], m.group(d)), ("en" if english else "id")
    return None, "id"  # pragma: no cover - has_date guarantees a branch


def _make_date(year, month, day) -> dt.date | None:
    """A date from written parts; None when the written day does not exist (31 November)."""
    y = int(year)
    if y < 100:
        y += 2000
    try:
        return dt.date(y, int(month), int(day))
    except ValueError:
        return None


# A date of the Islamic calendar a page writes beside the Masehi one: "26 Jumadil Akhir 1448 H".
HIJRI_DATE = re.compile(
    r"(?i)\b\d{1,2}[ \t]+(?:muharram|muharam|safar|shafar|rabi'?ul[ \t]+(?:awal|akhir|tsani)|jumadil[ \t]+(?:awal|akhir|ula|"
    r"tsani)|jumadal[ \t]+(?:ula|akhirah|tsaniyah)|rajab|sya'?ban|ramad(?:h)?an|syawal|(?:dzul|zul)[ \t]?(?:qa'?dah|kaidah|"
    r"qaidah|hij(?:j)?ah))[ \t]+\d{4}[ \t]*H\b\.?")


def month_number(word: str) -> int | None:
    """1..12 for an Indonesian or English month name or abbreviation in any case, else None."""
    return MONTHS.get(word.strip().rstrip(".").lower())


# --- Whole dates written anywhere (page date lines) --------------------------------------------

_MON_ANY = r"(?P<mon>" + _MONTH + r")"
_FULL_DATE_FORMS = [
    # 3 Maret 2024, 02 Januari 2023, 20 Sep 2018, 5th of June 2021
    re.compile(r"(?<![\d/.\-])(?P<d>" + _DAY + r")" + _ORD + r"[ \t]+(?:of[ \t]+)?" + _MON_ANY
               + r"[ \t]*,?[ \t]*(?P<y>" + _YEAR + r")(?!\d)"),
    # Mei 31, 2023 / Februari 3, 2026 / June 5th, 2021 (a comma or an ordinal: "Mei 2020" stays a month)
    re.compile(_MON_ANY + r"[ \t]+(?P<d>" + _DAY + r")(?:" + _ORD + r"[ \t]*,|(?:st|nd|rd|th))[ \t]*(?P<y>"
               + _YEAR + r")(?!\d)"),
    # 26-Nov-2021 / 26/Nov/2021
    re.compile(r"(?<![\d/.\-])(?P<d>" + _DAY + r")[\-/]" + _MON_ANY + r"[\-/](?P<y>" + _YEAR + r")(?!\d)"),
    # 2024-03-03, 2024-03-03T09:15:00+07:00, 2024/03/03 (what page templates print from their metadata)
    re.compile(r"(?<![\d/.\-])(?P<y>" + _YEAR + r")(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![\d/])"),
    # 12/09/2022, 12-09-2022, 12.09.2022 (day first, as Indonesian pages write them)
    re.compile(r"(?<![\d/.\-])(?P<d>" + _DAY + r")(?P<sep>[/.\-])(?P<m>[01]?\d)(?P=sep)(?P<y>" + _YEAR + r")(?![\d/])"),
]


def find_full_dates(text: str) -> list[DateMention]:
    """Every date written with day, month and year in `text` (any order a page uses), in text order.

    Unlike find_event_dates nothing is resolved against a publication date: a date without its
    year is not a date here. Used on single short lines (page date lines, bylines)."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _FULL_DATE_FORMS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            month = int(m.group("m")) if m.groupdict().get("m") else month_number(m.group("mon"))
            day = _make_date(m.group("y"), month, m.group("d")) if month else None
            if day is None:
                continue
            taken.append(m.span())
            out.append(DateMention(day, day, m.start(), m.end(), m.group(0)))
    out.sort(key=lambda d: d.start)
    return out


# --- User periods and formatting --------------------------------------------------------------

_PERIOD_HELP = (
    "use a year (2020), a month (2020-11, 'November 2020', 'nov 2020') "
    "or a day (2020-11-13, '13 November 2020', 13/11/2020)"
)


def parse_period(s: str) -> tuple[dt.date, dt.date]:
    """The inclusive date range a person means by `s`; ValueError naming the accepted forms."""
    text = " ".join(str(s).strip().split())
    if not text:
        raise ValueError(f"empty date: {_PERIOD_HELP}")
    low = text.lower()
    try:
        if m := re.fullmatch(r"(\d{4})", low):
            y = int(m.group(1))
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", low):
            return _month_range(int(m.group(1)), int(m.group(2)))
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", low):
            return _month_range(int(m.group(2)), int(m.group(1)))
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", low):
            d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d, d
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", low):
            d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return d, d
        if m := re.fullmatch(r"([a-z]+)\.?,? (\d{4})", low):
            month = month_number(m.group(1))
            if month:
                return _month_range(int(m.group(2)), month)
        if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})", low):
            month = month_number(m.group(2))
            if month:
                d = dt.date(int(m.group(3)), month, int(m.group(1)))
                return d, d
        if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", low):
            month = month_number(m.group(1))
            if month:
                d = dt.date(int(m.group(3)), month, int(m.group(2)))
                return d, d
    except ValueError as exc:
        raise ValueError(f"no such date {text!r} ({exc}): {_PERIOD_HELP}") from None
    raise ValueError(f"cannot read date {text!r}: {_PERIOD_HELP}")


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1..12")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def format_date_id(d: dt.date) -> str:
    """13 November 2020 (Indonesian, no leading zero)."""
    return f"{d.day} {MONTH_NAMES_ID[d.month]} {d.year}"


def format_date_en(d: dt.date) -> str:
    """13 November 2020 with the English month name."""
    return f"{d.day} {MONTH_NAMES_EN[d.month]} {d.year}"

