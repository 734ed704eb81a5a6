"""Clerics (and coaches, "Coach Name") named by their title alone ("Hadir dalam acara RKH. Name dari X", "doa dipimpin KH. Name"): the title makes
a name of two words or more a person's where no office is written. No role: the title is not an office. Not after a
capitalized word (an institution, a street or a building named after a cleric: "Pondok Pesantren KH Name", "Jl. KH
Name") nor after a lowercase place word ("jalan KH Name")."""
from __future__ import annotations

import re

from .names import NAME_PATTERN, clean_name, plausible_name
from .scan import word_start_pattern

_TITLED_NAME = re.compile(
    r"(?<![\w\-.])(?:RKH|KH|K\.H|Habib|Syekh|Syaikh|Syeikh|Abuya|Buya|Coach)\.?[^\S\n]+(?P<name>" + NAME_PATTERN + r")"
    r"(?=[^\S\n]*[,.;:)]|[^\S\n]+[a-z]|[^\S\n]*$)", re.MULTILINE)
# Where a title stands as a word: re skips to the titles' first letters (scan.word_start_pattern)
_TITLE_START = re.compile(word_start_pattern(("RKH", "KH", "K.H", "Habib", "Syekh", "Syaikh", "Syeikh", "Abuya", "Buya",
                                              "Coach"), not_after=r"[\w\-.]") + r"\b")
_WINDOW = 120
_WORD_BEFORE = re.compile(r"(?P<w>[^\s]+)[^\S\n]+$")
# Lowercase words before a title that make what follows a place's or a building's name, or an event's
_PLACE_WORDS = frozenset("jalan jl jln gang gg lorong makam masjid musala mushola pesantren pondok ponpes yayasan madrasah "
                         "sekolah universitas gedung aula stadion bandara terminal rumah rsud haul".split())
# A verb the writer capitalized after the name ("KH Name Menjelaskan, bahwa ..."): the name ends before it
# (a verb's prefix and suffix, or a long me- verb: not a name that opens like one, "Dimyati", "Bernard", "Mentari")
_VERB_SHAPE = re.compile(r"(?:Me(?:ng|ny|n|m)|Di|Ter|Ber)[a-z]{3,}kan$|Me(?:ng|ny|n|m)[a-z]{6,}$")


def _before_a_verb(name: str) -> str:
    words = name.split()
    for k in range(1, len(words)):
        if _VERB_SHAPE.match(words[k]):
            return " ".join(words[:k])
    return name


_CUE_BEFORE = re.compile(r"\b(?:ujar|kata|ungkap|jelas|tutur|terang|tegas|imbuh|papar|sebut|tambah|pungkas|ucap)"
                         r"(?:nya)?[^\S\n]+$")


def titled_names(text: str, taken) -> list[tuple[int, int, str, None]]:
    """(start, end, name, None) of each cleric named right after a title in a span no other form has read."""
    out, firsts = [], set()
    starts = (t.start() for t in _TITLE_START.finditer(text))
    for m in filter(None, (_TITLED_NAME.match(text, at, at + _WINDOW) for at in starts)):
        if m.end() >= m.start() + _WINDOW - 1:
            continue
        name = _before_a_verb(clean_name(m.group("name")))
        start = m.start("name") + m.group("name").find(name) if name else -1
        if (not name or start < m.start("name") or " " not in name or not plausible_name(name)
                or not taken.free(m.start(), start + len(name))):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = before.group("w") if before else ""
        if word[:1].isupper() or word.rstrip(".").lower() in _PLACE_WORDS:
            continue  # "Pondok Pesantren KH Name", "Jl. KH Name", "jalan KH Name": named after the cleric
        if _CUE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "kata KH Name": a quote's cue, read by the quote side
        if name.split()[0] in firsts:
            continue  # "Coach Joko Susilo" ... "Coach Joko Getuk": the same title and given name, a nickname of the first
        firsts.add(name.split()[0])
        out.append((start, start + len(name), name, None))
        taken.take(start, start + len(name))
    return out
