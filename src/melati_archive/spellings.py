"""Other spellings of one word: the letters of before 1972 that names keep, and the spellings news still writes beside the standard one.

`spelling_variants` and `OldSpellings` give Soekarno for sukarno and back; `is_respelling` and
`respelled` carry a synonym pair that spells one word (antre/antri) through its affixes
(perijinan, perizinan). relevance.py weighs them like an equivalent form.
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from melati_archive.wordforms import AffixFamily


# --- Spellings of before 1972 ----------------------------------------------------------------

# The 1972 spelling (EYD) wrote oe as u, dj as j, tj as c, sj as sy and ch as kh, but many names
# of people, streets and institutions keep the old letters (Soekarno, Djoko, Tjipto, Sjahrir,
# Chairul), and a user types whichever he knows. Old j for y is left out: it would make "juni"
# find the name Yuni. Each pair spells one sound, so a variant is the same word, never another.
_OLD_TO_NEW = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"))
_NEW_SITES = (("sy", "sj"), ("kh", "ch"), ("u", "oe"), ("j", "dj"), ("c", "tj"))
MAX_SPELLING_SITES = 6  # letters that may be old or new in one word: 2**6 lookups at most


@functools.lru_cache(maxsize=20_000)
def spelling_variants(word: str) -> tuple[str, ...]:
    """The other spellings of `word` in the old and new letters, in every mix (the word itself
    excluded); a word with more than MAX_SPELLING_SITES such letters gets the all-old and
    all-new forms only."""
    if len(word) < 4 or not word.isalpha():
        return ()
    modern = word
    for old, new in _OLD_TO_NEW:
        modern = modern.replace(old, new)
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(modern):
        for new, old in _NEW_SITES:
            if modern.startswith(new, i):
                pieces.append((new, old))
                i += len(new)
                break
        else:
            pieces.append((modern[i],))
            i += 1
    sites = sum(len(p) == 2 for p in pieces)
    if not sites:
        return ()
    if sites > MAX_SPELLING_SITES:
        forms = {"".join(p[0] for p in pieces), "".join(p[-1] for p in pieces)}
    else:
        forms = {"".join(choice) for choice in itertools.product(*pieces)}
    forms.discard(word)
    return tuple(sorted(forms))


# --- Spellings news still writes beside the standard one ----------------------------------------

# Prefixes and suffixes around a root whose spelling varies (per-ijin-an, meng-antri, antre-an):
# the respelled form keeps them, since every pair of spellings in the dictionary starts alike.
_RESPELL_PREFIXES = frozenset({"", "me", "mem", "men", "meng", "meny", "di", "ber", "be", "ter", "pe", "pem", "pen",
                               "peng", "peny", "per", "ke", "se", "memper", "diper", "keber", "keter"})
_RESPELL_SUFFIXES = frozenset({"", "kan", "i", "an", "nya", "kannya", "annya", "inya", "lah", "pun", "ku", "mu"})


def is_respelling(a: str, b: str) -> bool:
    """Whether two one-word forms of a synonym group spell one word (antre/antri, izin/ijin,
    analisis/analisa, kuitansi/kwitansi): both of four letters or more, at most two edits apart.
    Other one-word equivalents (siswa/murid, gawai/gadget) are other words: their affixed
    forms drift (pelajar, belajar)."""
    if len(a) < 4 or len(b) < 4 or a == b or not (a.isalpha() and b.isalpha()):
        return False
    from rapidfuzz.distance import Levenshtein  # a dependency already (directory.py)

    return Levenshtein.distance(a, b, score_cutoff=2) <= 2


def respelled(word: str, pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """`word` with a root of varying spelling written the other way, where the root stands bare
    or between known affixes: perijinan -> perizinan, mengantri -> mengantre, himbauan ->
    imbauan. `pairs` are (spelling, other spelling), both directions."""
    out: list[str] = []
    for a, b in pairs:
        at = word.find(a)
        if at < 0:
            continue
        before, after = word[:at], word[at + len(a):]
        if before in _RESPELL_PREFIXES and after in _RESPELL_SUFFIXES:
            form = before + b + after
            if form != word and form not in out:
                out.append(form)
    return tuple(out)


class OldSpellings(AffixFamily):
    """Matches the other spellings of a word (old and new letters, `spelling_variants`) that
    exist in an (exact) field's lexicon."""

    def __str__(self) -> str:
        return f"{self.fieldname}:<~{self.text}~>"

    def _lookup(self, ixreader: Any) -> Iterator[bytes]:
        fieldname = self.fieldname
        if fieldname not in ixreader.schema:
            return iter(())
        to_bytes = ixreader.schema[fieldname].to_bytes
        found = [b for b in map(to_bytes, spelling_variants(self.text)) if (fieldname, b) in ixreader]
        return iter(found[: self.limit])
