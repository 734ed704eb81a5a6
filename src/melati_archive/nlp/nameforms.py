"""Short forms and spellings of one person's name: the words short forms are made of, the short
forms a text may use, old and new spellings that meet (Soekarno/Sukarno), and whether two written
names are one person."""
from __future__ import annotations

import functools
import re

from .names import _JOINING_WORDS


def name_tokens(name: str) -> list[str]:
    """The words of a name that short forms are made of: not its joining words, nor the father's
    name after "bin"/"binti" ("Ahmad Fauzi bin Sulaiman" is never "Sulaiman")."""
    words = name.split()
    for k, w in enumerate(words):
        if w in ("bin", "binti") and k > 0:
            words = words[:k]
            break
    return [t for t in words if len(t.rstrip(".")) > 1 and t not in _JOINING_WORDS]


def default_aliases(name: str) -> list[str]:
    """Short forms a text may use for a full name: first given name, last name, last two tokens."""
    toks = name_tokens(name)  # "Ahmad Fauzi bin Sulaiman": the father's name is no short form
    if len(toks) >= 2 and len(toks) < len(name.split()) and " ".join(toks) != name:
        toks_name = " ".join(toks)
        if name.startswith(toks_name + " bin"):
            return [a for a in dict.fromkeys([*default_aliases(toks_name), toks_name]) if a != name]
    out: list[str] = []
    if len(toks) >= 2:
        out += [toks[0], toks[-1], " ".join(toks[-2:])]
        if len(toks) >= 3:
            out.append(" ".join(toks[:2]))
    return [a for a in dict.fromkeys(out) if a != name]


_SPELLING = [("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"), ("y", "i"), ("ph", "f")]


_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """Old and new spellings of one name meet here: Rudy/Rudi, Soekarno/Sukarno, Djoko/Joko, Jusuf/Yusuf."""
    w = word.lower()
    for a, b in _SPELLING:
        w = w.replace(a, b)
    w = w.replace("j", "i") if w.startswith("ius") else w
    return _DOUBLED.sub(r"\1", w).replace("h", "")


def _short_form_of(short: str, full: str) -> bool:
    """'Risma' for 'Tri Rismaharini', 'Yani' for 'Syam Wuryani', 'Hari' for 'Agung Hari Setiyono'."""
    if " " in short or " " not in full or len(short) < 3:
        return False
    low = short.lower()
    key = spelling_key(low)
    return any(t == low or (len(t) > len(low) and (t.startswith(low) or t.endswith(low)))
               or (len(low) >= 4 and spelling_key(t) == key)
               for t in (x.lower() for x in name_tokens(full)))


def _spelling_variant(a: str, b: str) -> bool:
    """Two multi-word spellings of one name: same number of words, each word the same by
    spelling key or nearly the same letters (a dropped letter, y/i, a doubled consonant)."""
    ta, tb = a.split(), b.split()
    if a == b or len(ta) != len(tb) or len(ta) < 2:
        return False
    from rapidfuzz.distance import Levenshtein

    for x, y in zip(ta, tb):
        x, y = x.lower(), y.lower()
        if x == y or spelling_key(x) == spelling_key(y):
            continue
        if len(x) >= 5 and x[0] == y[0] and Levenshtein.distance(x, y) <= 1:
            continue
        return False
    return True


def _same_person(a: str, b: str) -> bool:
    """One written name is the other with tokens dropped at one end ("Puti Chairida" / "Puti Chairida
    Anwar"; "Kalteng Sugianto Sabran" / "Sugianto Sabran")."""
    ta, tb = a.split(), b.split()
    if len(ta) == len(tb):
        return False
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 2 and (long[: len(short)] == short or long[-len(short):] == short)
