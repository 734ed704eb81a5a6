"""The words never to stem (`protected_words`): configured exclusions, people's names and
aliases, program acronyms and one-word aliases, and the proper nouns learned from how the
archive capitalises its words (`cased_counts`, the survey a full reindex runs over its bodies)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .stemming import stem
from .tokens import _APOSTROPHES, _TOKEN_RE, word_units

_CASED_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"\u201c\u201d(\u2014\u2013-])[\s\"\u201c\u201d'(]*$")
_DATELINE_RE = re.compile(r"^\s*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*)\s*[,(]")


def cased_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written capitalised mid-sentence (or in a dateline) and how often
    in lowercase: what `capitalised_words` decides from. Counts of parts of an archive add up."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    written: Counter[str] = Counter()  # every word as written, counted in C
    opening: Counter[str] = Counter()  # capitalised words as written that open a sentence
    for text in texts:
        dateline = _DATELINE_RE.match(text)
        if dateline:
            for word in re.split(r"[ -]", dateline.group(1)):
                capital[word.lower()] += 1
        # [between, word, between, word, ..., between]: the words and what precedes each, in C
        parts = _CASED_SPLIT_RE.split(text)
        words = parts[1::2]
        written.update(words)
        # A word after one space (a word before it) is mid-sentence: only the first word and
        # those after anything else can open a sentence.
        for i in [i for i, between in enumerate(parts[0:-1:2]) if between != " " or not i]:
            word = words[i]
            if not word[0].islower() and _starts_sentence(parts, 2 * i):
                opening[word] += 1
    # Each word as written decided once: its case, and its count less its sentence openings.
    for word, n in written.items():
        if word[0].islower():
            lower[word.lower()] += n
        else:
            n -= opening[word]
            if n:
                capital[word.lower().translate(_APOSTROPHES)] += n
    return capital, lower


_CASED_SPLIT_RE = re.compile(f"({_CASED_WORD_RE.pattern})")


def _starts_sentence(parts: list[str], at: int) -> bool:
    """Whether the word after `parts[at]` (a run between words) opens a sentence: what
    `_SENTENCE_START_RE` says of the 4 characters before it (the caller has let
    the common case through: a word, one space, this word, mid-sentence)."""
    before = parts[at]
    while len(before) < 4 and at:
        at -= 2
        before = parts[at] + parts[at + 1] + before
    return _SENTENCE_START_RE.search(before[-4:]) is not None


def capitalised_from(capital: Counter[str], lower: Counter[str]) -> frozenset[str]:
    return frozenset(w for w, n in capital.items() if lower[w] * 10 <= n - 1 or lower[w] == 0)


def capitalised_words(texts: Iterable[str]) -> frozenset[str]:
    """Lowercase forms of words that the texts write capitalised mid-sentence and (almost) never
    in lowercase: names of people, places and organisations, plus dateline cities."""
    return capitalised_from(*cased_counts(texts))


def _name_words(names: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for name in names:
        for raw in _TOKEN_RE.findall(name or ""):
            words.update(text for text, _ in word_units(raw))
    return words


def protected_words(config: Any, people: Iterable[Any], programs: Iterable[Any], texts: Iterable[str],
                    counts: tuple[Counter[str], Counter[str]] | None = None) -> frozenset[str]:
    """Lowercase words never to stem: configured exclusions, people's names and aliases, program
    acronyms and aliases, and capitalised words learned from `texts` (article bodies), or from
    their `cased_counts` when those are given instead.

    Only words that stemming would change are kept: the set stays small (it is pickled with
    the schema) and means the same.
    """
    words: set[str] = set(w.lower() for w in (getattr(config, "stem_exclusions", None) or []))
    for person in people or []:
        words |= _name_words([person.name, *person.aliases])
    for program in programs or []:
        # an acronym or a one-word alias is a name; the words of a longer alias ("Pelatihan
        # Vokasi dan Kewirausahaan") are common words, like those of the program's name
        words |= _name_words([program.acronym or "", *(a for a in program.aliases if len(a.split()) == 1)])
    words |= capitalised_from(*counts) if counts is not None else capitalised_words(texts or [])
    return frozenset(w for w in words if w.isalpha() and stem(w) != w)
