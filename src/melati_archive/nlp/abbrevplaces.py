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
    return _initials_of_words(place, text)


def _initials_of_words(place: str, text: str) -> bool:
    """`place` (capital letters) is the initials of capitalized words running in `text` ("Penajam Paser Utara")."""
    words = _WORD.findall(text)
    n = len(place)
    for i in range(len(words) - n + 1):
        if words[i][0] == place[0] and words[i][1:2].islower() and all(
                words[i + k][0] == place[k] and words[i + k][1:2].islower() for k in range(1, n)):
            return True
    return False


MAX_INITIALS = 4


def initials_cased(place: str | None, text: str) -> str | None:
    """"PPU" for a dateline place read as "Ppu" when the page writes "PPU" and the words whose initials it is
    ("Penajam Paser Utara"): a regency's initials keep their capitals; a town's name ("Pati") is left as it is."""
    if not place or not 2 <= len(place) <= MAX_INITIALS or not place.isalpha() or not place[1:].islower():
        return place
    upper = place.upper()
    if re.search(r"(?<![A-Za-z])" + upper + r"(?![A-Za-z])", text) and _initials_of_words(upper, text):
        return upper
    return place
