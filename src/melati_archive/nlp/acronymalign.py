"""Whether an acronym can be read off a run of words, and at what slack: every word from its initial,
a syllable from inside a word (Ditjen = DIrekTorat JENderal), a syllable without its pepet e
(Kemendagri), connectors giving a letter or nothing. Used by acronyms (definitions in a text) and by
attribution (an office's short form in a cue)."""
from __future__ import annotations

import functools
import re

CONNECTORS = frozenset(
    # "dan/atau" joins two words as "dan" does; "ke-" is an ordinal's (Hari Jadi ke-541 Bogor)
    "dan dari untuk bagi di ke pada dalam dengan atas serta atau yang oleh of and for the on in to at & - "
    "dan/atau ke-".split()
)


@functools.lru_cache(maxsize=4096)  # asked again for every long form tried
def _letters(acronym: str) -> str:
    """Lowercase letters to read off the long form; P2TP2A -> ppt ppa, P4S -> pppps (a digit
    after a letter repeats it); the digits of a number (Covid-19) give nothing."""
    out = []
    for i, ch in enumerate(acronym):
        if ch.isalpha():
            out.append(ch.lower())
        elif ch in "23456789" and i and acronym[i - 1].isalpha() and not acronym[i + 1:i + 2].isdigit():
            out.extend(out[-1] * (int(ch) - 1))
    return "".join(out)


_TWO_AS_TO = re.compile(r"[A-Za-z]2[A-Za-z]")


@functools.lru_cache(maxsize=4096)
def _readings(acronym: str) -> tuple[str, ...]:
    """The letter strings an acronym may stand for: a 2 between letters may also be English "to"
    (B2B = business to business), read as its t or, like Indonesian "untuk", as a connector that
    gives nothing (bisnis untuk bisnis)."""
    letters = _letters(acronym)
    if not _TWO_AS_TO.search(acronym):
        return (letters,)
    return (letters, "".join(ch.lower() if ch.isalpha() else "t" if ch == "2" else "" for ch in acronym),
            "".join(ch.lower() for ch in acronym if ch.isalpha()))


def _split_compounds(words: tuple[str, ...]) -> list[str]:
    """Bogor-Ciawi-Sukabumi: capitalised parts joined by hyphens are words of their own."""
    out: list[str] = []
    for w in words:
        parts = w.split("-")
        out.extend(parts if len(parts) > 1 and all(p[:1].isupper() for p in parts) else [w])
    return out


def _is_subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


def _chunk_cost(chunk: str, word: str, connector: bool) -> float | None:
    """Cost of reading `chunk` off a word after the first; None when impossible."""
    if not chunk:
        return 0.0 if connector else 1.0
    if chunk[0] == word[0] and _is_subsequence(chunk[1:], word[1:]):
        return 0.0
    # a syllable from inside the word (Bakti -> kti, Siaga -> ga): contiguous, 2+ letters; of 3+
    # letters also without the pepet e of its first syllable (neGeRI -> gri: Kemendagri)
    if not connector and len(chunk) >= 2 and (chunk in word[1:] or len(chunk) >= 3
                                              and chunk[0] + "e" + chunk[1:] in word[1:]):
        return 0.5
    return None


def _syllabic(acronym: str) -> bool:
    """Damkar, Polres: one capital, then lower case, five letters or more; a word of syllables, so
    its first syllable may come from inside the first word (pemaDAM KebakARan, kePOLisian RESor)."""
    return acronym.isalpha() and acronym[:1].isupper() and acronym[1:].islower() and len(acronym) >= 5


def _first_chunk_cost(chunk: str, word: str, syllabic: bool) -> float | None:
    if chunk[0] == word[0] and _is_subsequence(chunk[1:], word[1:]):
        return 0.0
    if syllabic and len(chunk) >= 3 and chunk in word[1:]:
        return 0.5
    return None


def alignment_cost(acronym: str, words: list[str]) -> float | None:
    """The slack needed to read `acronym` off `words`: see _alignment_cost."""
    return _alignment_cost(acronym, tuple(words))


@functools.lru_cache(maxsize=4096)  # a text repeats its pairs, and each is asked from several forms
def _alignment_cost(acronym: str, words: tuple[str, ...]) -> float | None:
    """The slack needed to read `acronym` off `words` (0 = clean initials/syllables), or None.

    The first word gives the acronym's first letter (from its initial, or a syllable of three
    letters inside it for a syllable acronym: Damkar); the last word gives the last part
    (from its initial or, for syllable acronyms like Tagana, a syllable of it).
    """
    syllabic = _syllabic(acronym)
    low = [w.lower().replace("’", "'") for w in _split_compounds(words)]
    if not low or low[0] in CONNECTORS or low[-1] in CONNECTORS:
        return None
    # "to" read from a 2 only where the words say it
    readings = _readings(acronym)[:None if "to" in low or "untuk" in low else 1]
    # three capitals or fewer are initials: one letter a word (Federal AS is no FAA)
    most = 1 if acronym.isupper() and acronym.isalpha() and len(acronym) <= 3 else 99
    costs = [c for c in (_align(letters, low, syllabic, most) for letters in readings if letters) if c is not None]
    if not costs:
        return None
    total = min(costs)
    content = sum(1 for w in low if w not in CONNECTORS)
    return total if total <= max(1.0, content / 3) else None


def _align(letters: str, low: list[str], syllabic: bool, most: int = 99) -> float | None:
    """The least slack reading `letters` off the lowercase words `low`, each word giving at
    most `most` letters, or None."""
    n = len(low)
    memo: dict[tuple[int, int], float | None] = {}

    def best(i: int, j: int) -> float | None:
        if i == n:
            return 0.0 if j == len(letters) else None
        key = (i, j)
        if key in memo:
            return memo[key]
        result = None
        word = low[i].replace("-", "")
        connector = low[i] in CONNECTORS
        for k in range(j, len(letters) + 1):
            chunk = letters[j:k]
            if len(chunk) > min(len(word), most):
                break
            if i == 0 and not chunk:
                continue
            if i == n - 1 and k != len(letters):
                continue
            if i == 0:
                cost = _first_chunk_cost(chunk, word, syllabic)
            elif i == n - 1 and not chunk:
                cost = None
            else:
                cost = _chunk_cost(chunk, word, connector)
            if cost is None:
                continue
            rest = best(i + 1, k)
            if rest is not None and (result is None or cost + rest < result):
                result = cost + rest
        memo[key] = result
        return result

    total = best(0, 0)
    del best  # the closure refers to itself: a cycle only the garbage collector would free
    return total
