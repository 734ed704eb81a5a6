"""The dateline of a page's story read line by line ("JAKARTA -", "Sukamekar, (7/12) -", "BOGOR (4/9) –"):
whether a line opens with one, its place, and whether the story follows it. page.py reads the page;
nlp/dates.py holds the dateline patterns of a whole text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import dates as D
from .headline import SENTENCE_END, WEB_ADDRESS, is_title_case
from .gazetteer import KNOWN_PLACES, PROVINCE_WORDS
from .outletdatelines import after_hyphened_outlet, brand_read_as_place, outlet_then_place, place_before_province
from .pagedates import page_date_of
from .pagelines import BROKEN_WORD, has_words as _has_words

_DASH_START = re.compile(r"^\s*[-–—]\s*\S")


def _dash_start(line: str) -> bool:
    """A line opening with the dash of a dateline whose place stands on the line above ("– Pemerintah
    ..."); a date line that opens with a dash ("- 21 Agustus 2023, 14:02 WIB") is none."""
    return bool(_DASH_START.match(line)) and page_date_of(line) is None
_DASHES = ("-", "–", "—")


def _ends_in_dash(line: str) -> bool:
    """What `re.search(r"\\S\\s*[-–—]$", line)` says ("Bogor -"), without trying the pattern at
    every offset of the line: a dash at the end (or before a final line break) after something
    other than whitespace."""
    body = line[:-1] if line.endswith("\n") else line
    if body.endswith("-") and BROKEN_WORD.search(body) and _has_words(body, 4):
        return False  # "... menyalurkan ban-": a word a PDF broke at the line's end
    return body.endswith(_DASHES) and len(body) > 1 and not body[:-1].isspace()


_DATELINE_COLON = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})\s*,?\s*\((?P<inside>[^()\n]{3,40})\)\s*"
    r"(?::\s*\S|[-–—]\s*(?=[A-Z]))")
# "Palembang—(01/10/2020) Sekolah ...", "KOTA – (3 Mei 2021) Warga ...": a place, a dash, its date in parentheses.
_DASH_THEN_DATE = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z'’]+(?:[ \t]+[A-Z][A-Za-z'’]+){0,2})[ \t]*[-–—][ \t]*"
                             r"\((?P<inside>[^()\n]{6,40})\)[ \t]*(?=[A-Z])")
# "situsberita.com (Sukamekar) – Warga ...": a web outlet, its place in parentheses, the dash.
_SITE_THEN_PLACE = re.compile(r"^\s*" + D._DOMAIN + r"[ \t]*\([ \t]*(?P<place>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]*\)"
                              r"[ \t]*(?:[–—]|-{1,2})[ \t]*(?=[A-Z])")
_PAPER_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}")
# A web address whose dot a copy lost: "(situsnews com)".
_SPACED_ADDRESS = re.compile(r"^[a-z][a-z0-9-]{2,30}\s+(?:com|co\s+id|co|id|net|news|online)$")


# "SUKAMEKAR: Dinas Sosial ...": a place in capitals closed by a colon; never a label ("PENTING:", "RALAT:").
# "[SUKAMEKAR] Dinas Sosial ...": the same place in brackets.
_CAPS_COLON_DATELINE = re.compile(r"^(?:(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2}):|\[(?P<bracketed>[A-Z]{3,}(?: [A-Z]{3,}){0,2})\]) "
                                  r"(?=[A-Z][a-z])")
_COLON_LABELS = frozenset("penting catatan info pengumuman update koreksi ralat eksklusif breaking live perhatian "
                          "peringatan waspada hoaks fakta klarifikasi lowongan dicari dijual promo tanya jawab "
                          "jadwal lokasi tempat waktu acara agenda tema judul ringkasan kesimpulan".split())


def _story_follows(rest: str) -> bool:
    """After a dateline without a date ("JAKARTA - "), a sentence: "HUT KE-114, ..." is a headline, and so
    is a Title Case rest without a full stop ("Jakarta - Bandung Macet Total Jelang Libur")."""
    # a story may open on a figure ("KOTA, situs.com – 1,8 gram sabu diamankan ...")
    return (rest[:1].isdigit() or (rest[:1].isalpha() and rest[:1].isupper())) and _has_words(rest, 6) \
        and not rest.isupper() \
        and (rest.rstrip().endswith(SENTENCE_END) or not is_title_case(rest))  # the cheap test first: a paragraph


@dataclass
class _Dateline:
    location: str | None
    date: dt.date | None


def _dateline_at(line: str, following: str = "", outlets: frozenset[str] = frozenset()) -> _Dateline | None:
    """The dateline a line opens with: "JAKARTA (3/3/2024) -", "Bandar Lampung (28/7/2021):",
    "BANDAR LAMPUNG (Situs.co): ...", or a place on its own line with the dash opening the next."""
    if following and not _dash_start(following) and not _has_words(line, 4) and (
            line.isupper() or following.lstrip().startswith("(") or line.count("(") > line.count(")")):
        # "BANDUNG" / "(7 Oktober 2020) - ...", "SOLO (13" / "November 2020) - ...": one dateline on two lines
        joined = _dateline_at(f"{line.rstrip()} {following.lstrip()}", outlets=outlets)
        if joined is not None and joined.date is not None:
            return joined
    rest = after_hyphened_outlet(line, outlets)
    if rest is not None:  # "SINAR-INDONESIA | PALEMBANG — ...": the outlet and its bar before the dateline
        inner = _dateline_at(rest, following, outlets)
        if inner is not None:
            return inner
    for read in (outlet_then_place, place_before_province):
        got = read(line, outlets)  # "MURIANEWS, Kudus – ...", "Sumbawa NTB– ..."
        if got is not None and _story_follows(line[got[1]:]):
            return _Dateline(got[0], None)
    # "– Pemerintah ..." under the place, or "JAKARTA –" alone over the story: one dateline on two lines
    two_lines = following and (_dash_start(following) or (_ends_in_dash(line) and not _has_words(line, 6)))
    text = f"{line.rstrip()} {following.lstrip()}" if two_lines else line
    try:
        found = D.parse_dateline(text, outlets)
    except Exception:  # noqa: BLE001 - a dates bug must not lose the page
        found = None
    if found is not None and found.start == len(text) - len(text.lstrip()) and (
            found.date is not None or _story_follows(text[found.end:])):
        if brand_read_as_place(found.location, text):
            return _Dateline(None, found.date)  # "CIBENINGZONE – ...": the outlet's brand, no place
        return _Dateline(found.location, found.date)
    m = _CAPS_COLON_DATELINE.match(line)
    if m and _story_follows(line[m.end():]):
        place = m.group("place") or m.group("bracketed")
        if place.lower() not in _RUBRICS and place.lower() not in _COLON_LABELS and D._plausible_place(place) \
                and not D._is_outlet(place, outlets):
            return _Dateline(D._place_name(place), None)
    m = _SITE_THEN_PLACE.match(line)
    if m and _story_follows(line[m.end():]):
        # "situsberita.com (Sukamekar) – ...": the outlet's address, then the place in parentheses
        place = m.group("place")
        # a place the gazetteer knows: "(Antara)", "(Humas)" there name the story's source
        if place.lower() in D.KNOWN_PLACES and not D._is_outlet(place, outlets):
            return _Dateline(place, None)
    m = _DASH_THEN_DATE.match(line)
    if m and _story_follows(line[m.end():]):
        # "Palembang—(01/10/2020) Sekolah ...": the dash between the place and its date, none after it
        inside = D.find_full_dates(m.group("inside"))
        place = m.group("place")
        if inside and D._plausible_place(place) and not D._is_outlet(place, outlets) \
                and place.lower() not in _RUBRICS and place.lower() not in _COLON_LABELS:
            return _Dateline(place.title() if place.isupper() else place, inside[0].start_date)
    m = _DATELINE_COLON.match(line)
    if m:
        inside = D.find_full_dates(m.group("inside"))
        date = inside[0].start_date if inside else None
        inside = m.group("inside").strip()
        place = m.group("place")
        # "CIBENING (Kabarku): ...": a paper's name in Title Case after a place in capitals
        paper = place.isupper() and _PAPER_NAME.fullmatch(inside) and D._plausible_place(place) \
            and not D._is_outlet(place, outlets) and place.lower() not in _COLON_LABELS
        if date is not None or WEB_ADDRESS.search(inside) or _SPACED_ADDRESS.match(inside) or inside.isupper() or paper:
            return _Dateline(place.title() if place.isupper() else place, date)
    return None


# "Sukamekar – Lurah Cempaka mengajak ...": a Title Case place the page names nowhere else, then a
# dash and the story's first sentence. Read only on the story's first line, and never a rubric's word.
# One word only: two ("Diskominfo Fakfak –") are an office and its region as often as a place; but a
# word that heads Indonesian place names ("Muara", "Tanjung", "Sungai", its Malay "Sei", Lampung's "Way")
# makes two words one place; so does a compass word after it ("Lombok Timur –", "Hulu Sungai Tengah –").
# "Cibening, Sukamekar – ...": a village or district, then its region, both one word: the first is the place.
_TITLE_CASE_DATELINE = re.compile(r"^(?P<place>(?:(?:Muara|Tanjung|Sungai|Teluk|Pulau|Bukit|Kuala|Pangkalan|Rantau|"
                                  r"Labuhan|Pematang|Tebing|Lubuk|Bandar|Tanah|Gunung|Batu|Karang|Pasir|Ujung|Sei|Way|Koto|Simpang|"
                                  r"Padang|Kepulauan|Danau|Hulu|Hilir) )?"
                                  r"[A-Z][a-z]{2,}(?: (?:Utara|Selatan|Barat|Timur|Tengah|Tenggara|Barat Daya|Laut|Darat|Hulu|Hilir))?)"
                                  r"(?:, (?P<region>[A-Z][a-z]{2,}))? (?:[–—]|-{1,2})(?: ?[–—])? (?=[A-Z])")  # "Kota – — ..."
# Offices written as one word ("Dinsos –", "Kemensos –", "Diskominfo –", "Polres –"): the sender, not a place.
_OFFICE_STARTS = ("dinas", "dinsos", "dinkes", "diskom", "disdik", "dispen", "disnak", "disduk", "dishub", "disperin",
                  "kemen", "pemkab", "pemkot", "pemprov", "pemdes", "humas", "bappeda", "polres", "polsek", "polda",
                  "kodim", "koramil", "kominfo", "setda", "sekda", "balai", "sentra")
_RUBRICS = frozenset("foto video infografis opini editorial catatan update live breaking terkini eksklusif advertorial "
                     "galeri ilustrasi sebelumnya kemudian namun sementara selain oleh reporter penulis editor sumber "
                     "baca berita rilis humas kategori press info pengumuman siaran pers kabar warta sorotan "
                     "headline topik laporan wawancara profil tajuk".split())


# "Kabar Timur, Kota – ...": an outlet's name in Title Case, then a place the gazetteer knows; "Kota, Kabarku
# news com – ...": a place, then the outlet's address with its dots lost.
_OUTLET_THEN_PLACE = re.compile(r"^(?P<outlet>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)"
                                r" (?:[–—]|-{1,2}) (?=[A-Z])")
_PLACE_THEN_SPACED_SITE = re.compile(r"^(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?), [A-Z][a-z]+(?: [a-z]+){0,2} (?:com|co id|id)"
                                     r" (?:[–—]|-{1,2}) (?=[A-Z])")


def _place_beside_outlet(line: str, outlets: frozenset[str]) -> str | None:
    m = _OUTLET_THEN_PLACE.match(line)
    if m and m.group("place").lower() in D.KNOWN_PLACES and m.group("outlet").lower() not in D.KNOWN_PLACES \
            and _story_follows(line[m.end():]) and not D._is_outlet(m.group("place"), outlets):
        return m.group("place")
    m = _PLACE_THEN_SPACED_SITE.match(line)
    if m and _story_follows(line[m.end():]) and D._plausible_place(m.group("place")) \
            and not any(w.lower() in _RUBRICS or w.lower().startswith(_OFFICE_STARTS) for w in m.group("place").split()):
        return m.group("place")
    return None


def _title_case_place(line: str, outlets: frozenset[str], page_text: str = "") -> str | None:
    return _title_case_head(line, outlets, page_text) or _place_beside_outlet(line, outlets)


def _title_case_head(line: str, outlets: frozenset[str], page_text: str = "") -> str | None:
    m = _TITLE_CASE_DATELINE.match(line)
    if m is None:
        return None
    if not _story_follows(line[m.end():]):
        return None
    place = m.group("place")
    region = m.group("region")
    if region and (region.lower() in _RUBRICS or region.lower().startswith(_OFFICE_STARTS)
                   or not D._plausible_place(region) or D._is_outlet(region, outlets)):
        return None
    if any(w.lower() in _RUBRICS or w.lower().startswith(_OFFICE_STARTS) for w in place.split()) \
            or not D._plausible_place(place) \
            or D._is_outlet(place, outlets) or D.month_number(place.split()[0]) is not None:
        return None
    if region and page_text and _brand_before_place(place, region, page_text):
        return region
    if not region and _brand_alone(place, page_text):
        return None
    return place


def _brand_alone(word: str, page_text: str) -> bool:
    """"Koranku – ...", "Nusantaraku – ...": one word with a brand's make ("-ku", "Kabar...", "...news") that is no
    place the gazetteer knows and that the page never writes as a place ("Desa X", "di X")."""
    key = word.lower()
    if " " in word or key in KNOWN_PLACES or key in PROVINCE_WORDS or not (key.endswith("ku") or _BRAND_WORD.fullmatch(key)):
        return False
    return key not in D._place_words(page_text)


# A news brand's make: a news word with a suffix ("Suaraku", "Klikjateng", "Kabarkota") or a name with a news
# ending ("Sukamajunews", "Cibeningpos"); no village is called so.
_BRAND_WORD = re.compile(r"(?i)(?:klik|kabar|suara|info|berita|warta|radar|tribun|koran|media|portal|jurnal|lensa|sorot)"
                         r"[a-z0-9]{2,}|[a-z0-9]{3,}(?:news|media|online|post|pos|times|terkini|today|tv)")


def _brand_before_place(first: str, second: str, page_text: str) -> bool:
    """"Suaraku, Pati – ...": an outlet's brand written as a word, then the place. The first word has a brand's
    make, is no place the page or the gazetteer knows and the page never writes it again; the second is one
    the page writes as a place ("Kabupaten Pati") or a well-known one. "Cibening, Sukamekar –" (a village,
    then its regency) keeps the village."""
    if " " in first or not _BRAND_WORD.fullmatch(first) or page_text.count(first) > 1 or first.lower() in KNOWN_PLACES:
        return False
    places = D._place_words(page_text)
    return first.lower() not in places and (second.lower() in places or second.lower() in KNOWN_PLACES)


# A line of its own above the story naming the place and the site: "Pematang Siantar - situs.id",
# "Sukamekar,situs.com.", "situs.co.id, Sukamekar". The site's address says the line is no sentence.
_SOURCE_LINE = re.compile(
    r"^\s*(?:(?P<place>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2})[ \t]*[,\-–—|][ \t]*(?P<site>[\w\-]+(?:\.[\w\-]+)+)"
    r"|(?P<site2>[\w\-]+(?:\.[\w\-]+)+)[ \t]*[,\-–—|][ \t]*(?P<place2>[A-Z][A-Za-z'’.\-]*(?:[ \t]+[A-Z][A-Za-z'’.\-]*){0,2}))"
    r"[ \t]*[.:\-–—]?[ \t]*$")


def source_line_place(line: str, outlets: frozenset[str] = frozenset()) -> str | None:
    """The place of a place-and-site line above the story, or None (no such line, or the "place" is an
    outlet, a rubric or no place)."""
    m = _SOURCE_LINE.match(line)
    if m is None or not WEB_ADDRESS.search(m.group("site") or m.group("site2")):
        return None
    place = (m.group("place") or m.group("place2")).strip(" .-")
    if not place or any(w.lower() in _RUBRICS or w.lower().startswith(_OFFICE_STARTS) for w in place.split()) \
            or not D._plausible_place(place) or D._is_outlet(place, outlets):
        return None
    return D._place_name(place)


# "Kota, Koran" alone over the story's first paragraph: the place and the paper, no dash.
_PLACE_AND_PAPER = re.compile(r"^\s*(?P<place>[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?),\s*(?P<paper>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*$")


def place_over_story(line: str, outlets: frozenset[str] = frozenset()) -> str | None:
    """The place of a "Place, Paper" line right above the story, when the gazetteer knows the place and not
    the paper (a byline "Rina, Sukamekar" names no known place first)."""
    m = _PLACE_AND_PAPER.match(line)
    if m is None:
        return None
    place, paper = m.group("place"), m.group("paper")
    if place.lower() not in D.KNOWN_PLACES or paper.lower() in D.KNOWN_PLACES or D._is_outlet(place, outlets):
        return None
    return place


# A photo's caption set as a dateline, its label in capitals before a dash ("MUTASI PEJABAT - Gubernur X, Nama, saat
# ditemui ...", "SIMBOLIS - Kabid X membagikan ... .-NAMA FOTOGRAFER/KORAN -"): who is shown, then "saat" and what
# they do, or the photographer's credit closing it.
# "TINJAU – ...", "DRAMA KOLOSAL: ...": a caption's label in capitals, closed by a dash or a colon
_CAPTION_LABEL = re.compile(r"^[A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2}[ \t]*[-–—:][ \t]*(?=[A-Z])")
_CAPTION_ACT = re.compile(r"(?:,|\s)[ \t]*(?:saat|ketika|sewaktu|usai|seusai)[ \t]+[a-z]")
_CAPTION_CREDIT = re.compile(r"\.[ \t]*[-–—][ \t]*[A-Z][A-Z .'’]+/[A-Z][A-Za-z .'’-]+[ \t]*[-–—]?[ \t]*$")


def caption_over_dateline(lines: list[str], kinds: list[str | None], i: int) -> bool:
    """Line i, read as a dateline, is a photo's caption: a label in capitals and a caption's act or credit, with the
    story's own dateline within the two lines below it."""
    line = lines[i]
    m = _CAPTION_LABEL.match(line)
    if m is None or not any(kinds[j] == "dateline" for j in range(i + 1, min(len(lines), i + 3))):
        return False
    return bool(_CAPTION_ACT.search(line, m.end(), m.end() + 160) or _CAPTION_CREDIT.search(line[-80:]))
