"""Indonesian word shapes a capitalised word may take and a name never does: a passive verb fronting a sentence
("Didampingi", "Disaksikan"), a word or a verb with -nya ("Nantinya", "Menurutnya"), a meN- verb of a root word, a
ter- adjective ("Terpadu"), a bare -kan verb of a headline ("Serahkan"). Each checks PySastrawi's root words."""
from __future__ import annotations

import re


_PASSIVE_KAN = re.compile(r"di(?P<root>[a-z]{3,})kan")
# Passive verbs in -i or without a suffix that open a sentence before a name ("Didampingi Name,
# ..."); a general di-...-i rule would take Balinese names such as Diantari.
_FRONTED_PASSIVES = frozenset("didampingi dihadiri diikuti ditemani diwakili dipimpin disambut dibuka diawali "
                              "diiringi dikawal didukung diterima dimulai ditutup diketuai dipandu".split())


def _passive_verb(low: str) -> bool:
    """"Didampingi", "Disaksikan", "Dihadiri" opening a sentence: a passive verb, not a name: one of
    the verbs that front a sentence, or di-...-kan around an Indonesian root word (PySastrawi's
    dictionary)."""
    if low in _FRONTED_PASSIVES:
        return True
    m = _PASSIVE_KAN.fullmatch(low) if low.startswith("di") and low.endswith("kan") else None
    if m is None:
        return False
    from .analysis import root_words  # loaded once; only a few words ever get here

    root = m.group("root")
    # a typed letter too many ("Diharapakan"): the root with one letter dropped; no name is shaped di-...-kan
    return root in root_words() or (len(root) >= 5 and any(root[:i] + root[i + 1:] in root_words()
                                                           for i in range(len(root))))


def _word_with_nya(low: str) -> bool:
    """"Nantinya", "Akhirnya", "Sebelumnya" opening a sentence: an Indonesian word with -nya, no name;
    also a verb with -nya ("Menurutnya", "Dijelaskannya", "Disampaikannya": who said it, before a comma)."""
    if not low.endswith("nya") or len(low) < 6:
        return False
    from .analysis import root_words  # loaded once; only a few words ever get here

    stem = low[:-3]
    return (stem in root_words() or stem.removeprefix("se") in root_words() or _passive_verb(stem)
            or _men_verb(stem, root_words()))


# meN- before a root: "menurut" (turut), "mengatakan" (kata), "menyebut" (sebut), "memberi" (beri)
_MEN_PREFIX = re.compile(r"me(?:ng(?P<g>[aiueo])|ny(?P<s>[aiueo])|m(?P<p>[aiueo])|n(?P<t>[aiueo])|(?P<r>[lrwy]))")


def _men_verb(low: str, roots) -> bool:
    """`low` is a meN- verb (with or without -kan/-i) of an Indonesian root word."""
    m = _MEN_PREFIX.match(low)
    if m is None:
        return False
    rest = low[m.end():]
    heads = {"g": ("", "k"), "s": ("s",), "p": ("p",), "t": ("t", ""), "r": ("",)}[m.lastgroup]
    first = m.group(m.lastgroup)
    for head in heads:
        for stem in (rest, rest.removesuffix("kan"), rest.removesuffix("i")):
            if len(stem) >= 2 and head + first + stem in roots:
                return True
    return False


def _ter_adjective(low: str) -> bool:
    """"Terintegrasi", "Terpadu", "Tertentu" after an office's name ("Petugas X (PPIH) Terintegrasi di ..."): ter- before
    a root word of five letters or more, no name ("Teresa": ter- and "esa")."""
    if not low.startswith("ter") or len(low) < 8:
        return False
    from .analysis import root_words  # loaded once; only a few words ever get here

    return low[3:] in root_words()


def _bare_kan_verb(low: str) -> bool:
    """"Serahkan", "Salurkan", "Resmikan" after an office in a headline ("Bupati X Serahkan Santunan"): a
    verb of a root of four letters or more with -kan, no name; not a noun of a root in -k with -an ("Pasukan":
    pasuk, though "pasu" is a word too)."""
    if not low.endswith("kan") or len(low) < 7:
        return False
    from .analysis import root_words  # loaded once; only a few words ever get here

    return low[:-3] in root_words() and low[:-2] not in root_words()
