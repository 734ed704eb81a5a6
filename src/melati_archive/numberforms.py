"""The other ways a small whole number is written in Indonesian releases: leading zeros, Roman
numerals, number words and ordinals. Search gives a typed number (or one of these forms) the
others, so "tahap 3" finds "tahap III" and "tahap ketiga", and "rt 3" finds "RT 003"."""
from __future__ import annotations

# Official writing numbers stages, quarters, classes and ranks in Roman numerals (Tahap II,
# Triwulan III, Kelas IX, Golongan III). One-letter numerals (i, v, x) are left out: as words
# they are far more often an initial, a pronoun or a name.
_ROMAN = {2: "ii", 3: "iii", 4: "iv", 6: "vi", 7: "vii", 8: "viii", 9: "ix", 11: "xi", 12: "xii",
          13: "xiii", 14: "xiv", 15: "xv", 16: "xvi", 17: "xvii", 18: "xviii", 19: "xix", 20: "xx"}
# News writes a number below ten in words (tiga desa). "satu" is left out: "salah satu" (one of)
# is in most articles and never means the number typed.
_WORDS = {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan",
          9: "sembilan", 10: "sepuluh"}
_ORDINALS = {2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam", 7: "ketujuh",
             8: "kedelapan", 9: "kesembilan", 10: "kesepuluh"}
_FROM_ROMAN = {v: k for k, v in _ROMAN.items()}
_FROM_WORD = {**{v: k for k, v in _WORDS.items()}, **{v: k for k, v in _ORDINALS.items()}}


def value_of(word: str) -> int | None:
    """The number a lowercase word writes (digits up to four, a Roman numeral of two letters or
    more up to 20, a number word or ordinal from 2 to 10), else None."""
    if word.isascii() and word.isdigit() and len(word) <= 4:
        return int(word)
    return _FROM_ROMAN.get(word, _FROM_WORD.get(word))


def same_number(word: str) -> list[str]:
    """The forms that write the same number as `word`, the word itself left out: its digits with
    and without leading zeros up to four (3, 03, 003, 0003) and its Roman numeral. [] when the
    word is no number of this kind."""
    n = value_of(word)
    if n is None:
        return []
    bare = str(n)
    forms = [bare, *(bare.zfill(k) for k in range(len(bare) + 1, 5)), _ROMAN.get(n, "")]
    return [f for f in dict.fromkeys(forms) if f and f != word]


def number_words(word: str) -> list[str]:
    """The number word and ordinal of the number `word` writes (3 -> tiga, ketiga), the word
    itself left out: the same number, though "ketiga" is the third, so searched below it."""
    n = value_of(word)
    if n is None:
        return []
    return [f for f in (_WORDS.get(n), _ORDINALS.get(n)) if f and f != word]
