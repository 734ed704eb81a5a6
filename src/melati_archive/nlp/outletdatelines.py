"""Datelines where an outlet's name stands beside the place, in the shapes dates.py's patterns do not read:
"MURIANEWS, Kudus –" (the outlet in capitals, then a known place), "SINAR-INDONESIA | PALEMBANG —" (a hyphenated
outlet and a bar before the dateline), "Sumbawa NTB– " (a known place and its province's letters, the dash glued on),
and a one-word brand in capitals read as a place ("CIBENINGZONE –"). pagedatelines.py asks these of a line.
Pure functions, strings in.
"""
from __future__ import annotations

import re

from . import dates as D
from .gazetteer import KNOWN_PLACES

_DASH = r"[ \t]*(?:[–—]|-{1,3})[ \t]*"
# "MURIANEWS, Kudus –", "KBR, Cilacap– ": an outlet in capitals (a hyphen or a dot inside), a comma, a place in
# Title Case, the dash.
_CAPS_OUTLET_THEN_PLACE = re.compile(r"^[ \t]*(?P<outlet>[A-Z][A-Z0-9]+(?:[-.][A-Z0-9]+)?),[ \t]*"
                                     r"(?P<place>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2})" + _DASH + r"(?=\S)")
# "SINAR-INDONESIA | PALEMBANG —": an outlet whose words a hyphen joins, a bar, then the story's dateline.
_HYPHENED_OUTLET_BAR = re.compile(r"^[ \t]*(?P<outlet>[A-Z][A-Za-z0-9]+(?:-[A-Z][A-Za-z0-9]+)+)[ \t]*\|[ \t]*(?=[A-Z])")
# "Sumbawa NTB– ", "Dompu NTB – ": a place in Title Case and its province's short letters before the dash.
_PLACE_THEN_PROVINCE = re.compile(r"^[ \t]*(?P<place>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)[ \t]+"
                                  r"(?P<province>NTB|NTT|DIY|DKI|Jabar|Jateng|Jatim|Sumut|Sumbar|Sumsel|Kalbar|Kalteng|"
                                  r"Kalsel|Kaltim|Kaltara|Sulut|Sulteng|Sulsel|Sultra|Sulbar|Kepri|Babel|Malut)"
                                  + _DASH + r"(?=[A-Z])")
# The ends an outlet's one-word brand is made with ("...NEWS", "...ZONE", "...POST"): no village is called so.
_BRAND_END = re.compile(r"(?i)[a-z0-9]{3,}(?:news|zone|media|online|post|pos|times|terkini|today|tv|update|portal)")
_MAX_INITIALS = 4  # "KBR", "RRI": an outlet's initials in capitals before the known place


def outlet_then_place(line: str, outlets: frozenset[str]) -> tuple[str, int] | None:
    """(the place, where the story starts) of "OUTLET, Place –": the outlet in capitals that is an outlet by
    its make or a few initials, never a place the gazetteer knows; the place one it knows."""
    m = _CAPS_OUTLET_THEN_PLACE.match(line)
    if m is None:
        return None
    outlet, place = m.group("outlet"), m.group("place")
    if outlet.lower() in KNOWN_PLACES or place.lower() not in KNOWN_PLACES or D._is_outlet(place, outlets):
        return None
    if not (D._is_outlet(outlet, outlets) or len(outlet) <= _MAX_INITIALS or _BRAND_END.fullmatch(outlet)):
        return None
    return place, m.end()


def after_hyphened_outlet(line: str, outlets: frozenset[str]) -> str | None:
    """The rest of "SINAR-INDONESIA | PALEMBANG — ..." after the outlet and its bar, when the hyphenated name is an
    outlet's (its last word one outlets end on, "Indonesia", "News", "Online"), else None."""
    m = _HYPHENED_OUTLET_BAR.match(line)
    if m is None:
        return None
    outlet = m.group("outlet")
    last = outlet.split("-")[-1].lower()
    if last not in D._OUTLET_LAST_WORDS and not D._is_outlet(outlet.replace("-", " "), outlets):
        return None
    return line[m.end():]


def place_before_province(line: str, outlets: frozenset[str]) -> tuple[str, int] | None:
    """(the place, where the story starts) of "Sumbawa NTB– ...": a province's letters after the words say they are
    a place."""
    m = _PLACE_THEN_PROVINCE.match(line)
    if m is None:
        return None
    place = m.group("place")
    # a place the gazetteer knows: "Zona Kaltara –", "Suara NTB –" name outlets after their province
    if place.lower() not in KNOWN_PLACES or D._is_outlet(place, outlets):
        return None
    return place, m.end()


def brand_read_as_place(location: str | None, line: str) -> bool:
    """"CIBENINGZONE –": a one-word dateline in capitals with a brand's make that no gazetteer knows: the outlet."""
    if not location or " " in location or location.lower() in KNOWN_PLACES:
        return False
    word = line.lstrip()[:len(location)]
    return word.isupper() and word.lower() == location.lower() and bool(_BRAND_END.fullmatch(word))
