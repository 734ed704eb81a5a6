"""The programs a text mentions (programs.yaml): by name, alias or acronym, the acronym as
written or as the text defines it (nlp.acronyms)."""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from ..model import Acronym, Program
from .acronyms import _letters


@dataclass
class _Hit:
    program: str
    pos: int


@functools.lru_cache(maxsize=4096)
def _boundary(term: str, flags=0) -> re.Pattern:
    r"""`term` as whole words: `(?<![\w])w1\s+w2(?![\w])`, written first letter first (as
    scan.word_start_pattern does) so that re skips to that letter instead of trying the
    lookbehind at every offset of the text."""
    words = [re.escape(w) for w in term.split()]
    if not words:
        return re.compile(r"(?<![\w])(?![\w])", flags)
    first = re.escape(term.split()[0][0])
    return re.compile(first + r"(?<![\w]" + first + ")" + r"\s+".join(words)[len(first):] + r"(?![\w])", flags)


def _acronym_positions(text: str, acronym: str) -> list[int]:
    """Whole-word uses of the acronym as written, all caps or capitalised (ATENSI / Atensi)."""
    forms = {acronym, acronym.upper()}
    if len(_letters(acronym)) >= 4:
        forms.add(acronym[:1].upper() + acronym[1:].lower())
    return [m.start() for f in forms if f in text for m in _boundary(f).finditer(text)]


_ANY_WORD = re.compile(r"\w+")


class _Haystack:
    """One text to look for program names in: its lowercase form, and its words on demand."""

    def __init__(self, text: str):
        self.text, self.lowered = text, text.lower()
        # offsets in the lowercase form are offsets in the text, unless lowering changed a length
        # ("İ" becomes two characters)
        self.aligned = len(self.lowered) == len(text)
        self._words: list[tuple[str, int]] | None = None
        self._vocabulary: list[str] | None = None
        self._known: frozenset[str] | None = None
        self._has_near: dict[tuple[str, float], bool] = {}  # a word recurs in several programs' names

    @property
    def words(self) -> list[tuple[str, int]]:
        """(lowercased word, offset) for every word of the text."""
        if self._words is None:
            if self.aligned:
                self._words = [(m.group(), m.start()) for m in _ANY_WORD.finditer(self.lowered)]
            else:
                self._words = [(m.group().lower(), m.start()) for m in _ANY_WORD.finditer(self.text)]
        return self._words

    @property
    def vocabulary(self) -> list[str]:
        """The distinct lowercased words of the text."""
        if self._vocabulary is None:
            # the same words as `words` holds, without building it (only a fuzzy match needs offsets);
            # the order does not matter: has_near and near only ask whether and which words score
            if self._words is not None:
                self._vocabulary = list({w for w, _ in self._words})
            elif self.aligned:
                self._vocabulary = list(set(_ANY_WORD.findall(self.lowered)))
            else:
                self._vocabulary = list({w.lower() for w in _ANY_WORD.findall(self.text)})
        return self._vocabulary

    def windows(self, word: str, cutoff: float, n: int) -> list[list[tuple[str, int]]]:
        """The runs of up to `n` words (lowercased word, offset) that start with a word spelt like
        `word` (rapidfuzz ratio >= cutoff), in text order."""
        from rapidfuzz import fuzz, process

        similar = {w for w, _, _ in process.extract(word, self.vocabulary, scorer=fuzz.ratio,
                                                    score_cutoff=cutoff, limit=None)}
        if not similar:
            return []
        if not self.aligned:
            words = self.words
            return [words[i:i + n] for i, (w, _) in enumerate(words) if w in similar]
        # Without listing every word of the text: a word of the text is a whole \w+ run, so it
        # stands where its spelling has no word character on either side; the run goes on from there.
        starts = sorted(m.start() for w in similar for m in _boundary(w).finditer(self.lowered))
        return [[(m.group(), m.start()) for m in itertools.islice(_ANY_WORD.finditer(self.lowered, p), n)]
                for p in starts]

    def has_near(self, word: str, cutoff: float) -> bool:
        if self._known is None:
            self._known = frozenset(self.vocabulary)
        if word in self._known:
            return True  # written as is: a ratio of 100, no need to score the whole vocabulary
        key = (word, cutoff)
        found = self._has_near.get(key)
        if found is None:
            from rapidfuzz import fuzz, process

            found = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff) is not None
            self._has_near[key] = found
        return found

    def phrase(self, phrase: str) -> list[int]:
        """Offsets of whole-word, case-insensitive uses of `phrase`."""
        words = phrase.lower().split()
        if not words or not all(w in self.lowered for w in words):
            return []  # substring tests rule out most texts far faster than the regex
        if self.aligned:  # a plain pattern on the lowercase form: IGNORECASE is slower
            return [m.start() for m in _boundary(" ".join(words)).finditer(self.lowered)]
        return [m.start() for m in _boundary(phrase, re.IGNORECASE).finditer(self.text)]

    def fuzzy(self, phrase: str, threshold: float = 90.0) -> list[int]:
        """Offsets of `phrase` (case-insensitive), allowing small misspellings in long phrases."""
        exact = self.phrase(phrase)
        if exact or len(phrase) < 12:
            return exact
        from rapidfuzz import fuzz

        target = phrase.lower().split()
        if not all(self.has_near(t, 75) for t in target):
            return []
        goal, n = " ".join(target), len(target)
        out = []
        # Every word must be a near spelling of its counterpart: "pendampingan keluarga dan"
        # is a prefix of "... Lansia" plus a filler word, not a misspelling of it.
        for window in self.windows(target[0], 75, n):
            if len(window) == n and window[0][0][:1] == goal[:1] \
                    and fuzz.ratio(" ".join(w for w, _ in window), goal) >= threshold \
                    and all(fuzz.ratio(w, t) >= 75 for (w, _), t in zip(window, target)):
                out.append(window[0][1])
        return out

    def keywords(self, keywords: list[str]) -> list[int]:
        # keywords must be spelt right: a near miss of a common word is too weak a signal
        return [pos for k in keywords if k.strip() for pos in self.phrase(k)]


def match_programs(text: str, acronyms: list[Acronym], programs: list[Program]) -> list[str]:
    """Ids of the programs `text` mentions, in order of first mention.

    A program is mentioned by its acronym (whole word), its name or an alias (case-insensitive,
    small misspellings of long names tolerated), by an acronym the text defines with a long
    form matching its name, or by its keywords when they are strong: two keyword occurrences
    or more (one passing keyword is not enough to tag an article).
    """
    hits: list[_Hit] = []
    haystack = _Haystack(text)
    for program in programs:
        positions: list[int] = []
        if program.acronym:
            positions += _acronym_positions(text, program.acronym)
        for phrase in [program.name, *program.aliases]:
            if phrase and phrase.strip():
                positions += haystack.fuzzy(phrase)
        names = [program.name, *program.aliases]
        for acr in acronyms:
            if any(_same_long_form(acr.long, n) for n in names if n):
                positions += _acronym_positions(text, acr.short)
        if not positions:
            keyword_positions = haystack.keywords(program.keywords)
            if len(keyword_positions) >= 2:
                positions = keyword_positions
        if positions:
            hits.append(_Hit(program.id, min(positions)))
    hits.sort(key=lambda h: h.pos)
    return [h.program for h in hits]


def _same_long_form(a: str, b: str) -> bool:
    x, y = " ".join(a.lower().split()), " ".join(b.lower().split())
    if x == y:
        return True
    if abs(len(x) - len(y)) > 0.1 * (len(x) + len(y)) + 1:
        return False  # the indel distance is at least the difference in length: the ratio stays below 90
    try:
        from rapidfuzz import fuzz
    except ImportError:  # pragma: no cover
        return False
    return fuzz.ratio(x, y) >= 90
