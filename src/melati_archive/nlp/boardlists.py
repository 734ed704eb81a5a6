"""Boards and their officers: a board listed with its roles in small letters ("ketua yakni Vina Sari,
sekretaris Rudi, bendahara Tari Wulan dan anggota Agus"), each small role word before a name
introducing that name where two items of the list stand next to each other (a lone "ketua Budi" in a
sentence is left to the other forms); a body "diketuai (oleh)" its head; a board's office "dijabat (oleh)"
its holder. Read for nlp.intros."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import clean_name, lowercase_words, plausible_name
from .scan import matches_at, offsets_of_any

if TYPE_CHECKING:
    from .intros import _Taken

Intro = tuple  # (start, end, name, role or None), as nlp.intros has it

# The offices of a board, a faction or a committee; "wakil" before the first three; its members
# ("beranggotakan X", "anggotanya X": role "anggota").
_BOARD_ROLE = r"(?:wakil[^\S\n]+)?(?:ketua|sekretaris|bendahara)|anggotanya|anggota|beranggotakan|penasehat|penasihat|pembina"
# A name: up to five capitalized words or initials ("Nenie A Lambung", "Jhony A S Putra").
_ITEM = re.compile(r"(?<![\w\-])(?P<role>" + _BOARD_ROLE + r")(?:[^\S\n]+(?:yakni|yaitu|adalah))?[^\S\n]+"
                   r"(?P<name>[A-Z][\w'\-]*(?:[^\S\n]+(?:[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z][\w'\-]*)){0,4})(?![\w'\-])")
# The words an _ITEM match opens with: each a whole lowercase word where it matches (no letter, digit or hyphen
# beside it), so one of names.lowercase_words when the text writes it there.
_ITEM_OPENERS = frozenset("wakil ketua sekretaris bendahara anggotanya anggota beranggotakan penasehat penasihat pembina".split())
# What stands between two items of one list: a comma, "dan" or "serta", or both.
_BETWEEN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?|[^\S\n]+(?:dan|serta)[^\S\n]+)")


def board_lists(text: str, taken: _Taken) -> list[Intro]:
    if not any(w in text for w in ("sekretaris ", "bendahara ", "anggota ", "ketua ")):
        return []
    # matched where str.find sees an opener the text writes as a word (same matches as a finditer scan led by common letters)
    items = list(matches_at(_ITEM, text, offsets_of_any(text, sorted(_ITEM_OPENERS & lowercase_words(text)))))
    out = []
    for k, m in enumerate(items):
        near = ((k > 0 and _joined(text, items[k - 1], m)) or (k + 1 < len(items) and _joined(text, m, items[k + 1])))
        name = clean_name(m.group("name"))
        if not near or not name or not plausible_name(name) or not taken.free(*m.span()):
            continue
        start = m.start("name") + m.group("name").find(name)
        role = m.group("role")
        out.append((start, start + len(name), name, "anggota" if "anggota" in role else role))
        taken.take(m.start(), start + len(name))
    return out


def _joined(text: str, first: re.Match, second: re.Match) -> bool:
    """Only a comma, "dan" or "serta" between two items: one list."""
    gap = _BETWEEN.match(text, first.end())
    return gap is not None and gap.end() == second.start()


# "Fraksi Golkar diketuai oleh Sudarto", "Tim Penggerak diketuai Rina Wati": a body named before "diketuai" and
# its head after it; the role is "Ketua" of that body.
_BODY_HEADS = (r"Fraksi|Komisi|Panitia|Pansus|Tim|Satgas|Kelompok|Koperasi|Forum|Paguyuban|Ikatan|Pokja|Badan|Dewan|"
               r"Majelis|Lembaga|Karang[^\S\n]+Taruna|Gugus[^\S\n]+Tugas|Yayasan|Persatuan|Himpunan|Asosiasi")
_LED_BY = re.compile(r"(?<![\w\-])(?P<body>(?:" + _BODY_HEADS + r")(?:[^\S\n]+[A-Z][\w\-]*){1,4}"
                     r"(?:[^\S\n]+\([A-Z][\w\-]{1,12}\))?)[^\S\n]*,?[^\S\n]+"
                     r"(?:yang[^\S\n]+)?diketuai[^\S\n]+(?:oleh[^\S\n]+)?"
                     r"(?P<name>[A-Z][\w'\-]*(?:[^\S\n]+(?:[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z][\w'\-]*)){0,4})(?![\w'\-])")


# A capitalized word right before, not a sentence's first ("Untuk Fraksi Golkar diketuai" opens a body).
_INSIDE_A_NAME = re.compile(r"[^.!?\n\s][^\S\n]+[A-Z][\w\-]*[^\S\n]+$")


def bodies_led_by(text: str, taken: _Taken) -> list[Intro]:
    out = []
    for m in _LED_BY.finditer(text) if "diketuai" in text else ():
        if _INSIDE_A_NAME.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Partai Persatuan Pembangunan (PPP) diketuai ...": the head word inside a longer name
        name = clean_name(m.group("name"))
        if not name or not plausible_name(name) or not taken.free(m.start("name"), m.end("name")):
            continue
        start = m.start("name") + m.group("name").find(name)
        out.append((start, start + len(name), name, "Ketua " + " ".join(m.group("body").split())))
        taken.take(start, start + len(name))
    return out


# "Ketua Fraksi dijabat Sutrisno", "Ketua dijabat oleh Bambang Wijaya": a board's office held by someone.
_HELD_BY = re.compile(r"(?<![\w\-])(?P<role>(?:[Ww]akil[^\S\n]+)?(?:[Kk]etua|[Ss]ekretaris|[Bb]endahara)"
                      r"(?:[^\S\n]+[Ff]raksi)?)[^\S\n]+dijabat[^\S\n]+(?:oleh[^\S\n]+)?"
                      r"(?P<name>[A-Z][\w'\-]*(?:[^\S\n]+(?:[A-Z]\.(?=[^\S\n]+[A-Z])|[A-Z][\w'\-]*)){0,4})(?![\w'\-])")


def offices_held_by(text: str, taken: _Taken) -> list[Intro]:
    out = []
    for m in _HELD_BY.finditer(text) if "dijabat" in text else ():
        name = clean_name(m.group("name"))
        if not name or not plausible_name(name) or not taken.free(m.start("name"), m.end("name")):
            continue
        start = m.start("name") + m.group("name").find(name)
        out.append((start, start + len(name), name, " ".join(m.group("role").split())))
        taken.take(start, start + len(name))
    return out
