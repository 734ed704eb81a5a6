"""Whether a dateline's place written as a short abbreviation in capitals ("KBB –", "OKU, Situs –") is one: a
regency's initials the page backs (it writes the abbreviation again, or the place's name whose initials it is:
"Kabupaten Bandung Barat", "Ogan Komering Ulu"), or a province's well-known letters. An outlet's initials
("KBN –" for a site's name) are backed by nothing the story says. dates.py asks this of a dateline without a date.
"""
from __future__ import annotations

import re

# Provinces every page writes by their letters alone.
_KNOWN_LETTERS = frozenset("NTB NTT DIY DKI".split())
_WORD = re.compile(r"[A-Za-z]+")


def short_abbreviation(place: str) -> bool:
    """Two to four capital letters with one vowel at most, one word: letters, not a town's name read aloud
    ("PATI", "PALU", "WEDA" have two vowels), so a dateline place that may be an outlet's initials."""
    return 2 <= len(place) <= 4 and place.isalpha() and place.isupper() and sum(place.count(v) for v in "AEIOU") <= 1


def backed_abbreviation(place: str, text: str) -> bool:
    """`place` (a short abbreviation in capitals) is a known province's letters, is written again in `text`
    as a word of its own, or is the initials of capitalized words running in `text`."""
    if place in _KNOWN_LETTERS:
        return True
    if len(re.findall(r"(?<![A-Za-z])" + place + r"(?![A-Za-z])", text)) >= 2:
        return True
    words = _WORD.findall(text)
    n = len(place)
    for i in range(len(words) - n + 1):
        if words[i][0] == place[0] and words[i][1:2].islower() and all(
                words[i + k][0] == place[k] and words[i + k][1:2].islower() for k in range(1, n)):
            return True
    return False
