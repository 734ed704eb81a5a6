"""The tokens of Indonesian text as the index sees them: words (inner apostrophes dropped) and
numbers, and what each raw token becomes: lowercase, reduplication folded to its base
(anak-anak -> anak), any other hyphenated word split into its parts plus the joined form
(orang-tua -> orang, orangtua, tua). Pure functions of strings, shared by the analyzers
(analysis), the stemmer's up-front word list (stemming) and the proper-noun survey (protected)."""
from __future__ import annotations

import functools
import re

# A token: letters/digits with inner apostrophes and hyphens, or a number with inner . or ,.
# The rupiah sign is a token of its own before a number: the standard spelling writes it solid
# (Rp300.000, Rp1,5 juta), and the amount must be the same number as in `Rp 300.000`.
# A percent sign after a number (50%, 2,5 %) is the word "persen": news writes either, and a
# search for "50 persen" must find "50%".
_TOKEN_RE = re.compile(
    r"[Rr][Pp](?=\d)"
    r"|\d+(?:[.,]\d+)*(?![^\W_])"
    r"|(?<=\d)%|(?<=\d )%"
    r"|[^\W_]+(?:['\u2019`][^\W_]+)*(?:-[^\W_]+(?:['\u2019`][^\W_]+)*)*"
)
_APOSTROPHES = str.maketrans("", "", "'\u2019`")
_REDUP_SUFFIXES = ("nya", "an", "kan", "i", "ku", "mu", "lah")


def _is_reduplication(a: str, b: str) -> bool:
    if a == b:
        return True
    for suffix in _REDUP_SUFFIXES:
        if b.endswith(suffix) and len(b) > len(suffix) + 2:
            base = b[: -len(suffix)]
            if a == base or (a.endswith(base) and len(base) >= 3):
                return True
    return len(b) >= 3 and a.endswith(b)


# A whole number with its thousands grouped by dots, maybe with zero decimals (1.000,
# 1.500.000,00): one number however it is written, so "300.000" and "300000" are the same.
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,0+)?")


def _plain_number(text: str) -> str:
    return text.split(",")[0].replace(".", "")


@functools.lru_cache(maxsize=200_000)
def word_units(raw: str) -> tuple[tuple[str, int], ...]:
    """What one raw token becomes: (lowercase text, position offset) pairs, offset 0 first.

    >>> word_units("Anak-anak")
    (('anak', 0),)
    >>> word_units("orang-tua")
    (('orang', 0), ('orangtua', 0), ('tua', 1))
    """
    text = raw.lower().translate(_APOSTROPHES)
    if text == "%":
        return (("persen", 0),)
    if _GROUPED_NUMBER.fullmatch(text):
        return ((_plain_number(text), 0),)
    if "-" not in text:
        return ((text, 0),)
    parts = [p for p in text.split("-") if p]
    if len(parts) == 1:
        return ((parts[0], 0),)
    if len(parts) == 2 and _is_reduplication(parts[0], parts[1]):
        return ((parts[0], 0),)
    units = [(parts[0], 0), ("".join(parts), 0)]
    units.extend((p, i) for i, p in enumerate(parts[1:], start=1))
    return tuple(units)
