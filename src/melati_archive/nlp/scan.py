"""Whole-text scans kept cheap: word alternations led by their first letters, word sets of a text
worked out only when first asked, and the capitals where a name or a role can start (near a keyword)."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator


def word_start_pattern(words: Iterable[str], not_after: str = r"\w", not_after_words: Iterable[str] = ()) -> str:
    """`(?<!not_after)(?<!w0)...(?:w1|w2|...)` for `words` (each at least one character), the
    alternatives in the same order, written first letter first:
    "m(?<!\\wm)(?:engatakan|enjelaskan)|b(?<!\\wb)(?:erkata)". `not_after_words` are literal
    strings that must not stand right before the word ("Wali " before "Kota").

    Same matches; but re skips straight to the words' first letters, where a pattern that opens
    with a lookbehind or \\b is tried at every offset of the text: four to six times faster on
    a page for a few first letters (with most of the alphabet as first letters it is slower)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    before = list(not_after_words)

    def led_by(first: str) -> str:
        f = re.escape(first)
        return f"{f}(?<!{not_after}{f})" + "".join(f"(?<!{re.escape(b)}{f})" for b in before)

    return "(?:" + "|".join(led_by(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
                            for first, rests in groups.items()) + ")"


_OTHER_SPACE = re.compile(r"[^\S ]")  # a class first: re skips to it, where "[^\S ]|  " tries every offset


def single_spaced(text: str) -> bool:
    """Whether the only whitespace of `text` is single spaces: no two in a row, no tab, line
    break or other space character. Asked of every line of a page: the two tests run in C."""
    return "  " not in text and not _OTHER_SPACE.search(text)


def offsets_of(text: str, word: str) -> Iterator[int]:
    """Each offset where `text` writes `word` (str.find, overlapping occurrences included)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def offsets_of_any(text: str, words: Iterable[str]) -> list[int]:
    """Every offset where `text` writes one of `words`, in order, each once: the starts to give
    matches_at for a pattern that can only start with one of the words."""
    return sorted({at for word in words for at in offsets_of(text, word)})


def matches_where_written(pattern: re.Pattern, text: str, words: Iterable[str]) -> Iterator[re.Match]:
    """`pattern.match` at each place `text` writes one of `words` (found with str.find), for a
    pattern that can only start with one of them: when the words are rare, a few lookups and
    matches replace a scan of every offset led by their (common) first letters."""
    for word in words:
        for at in offsets_of(text, word):
            m = pattern.match(text, at)
            if m is not None:
                yield m


def matches_from_start_or_after(at_start: re.Pattern, after: re.Pattern, text: str) -> Iterator[re.Match]:
    """What `(?:^|LEAD)REST`.finditer(text) gives, from `at_start` (REST) and `after`
    ((?:LEAD)REST); REST never matches empty. Same matches in the same order, but re skips to
    LEAD's first characters, where the `^` alternative makes it try every offset of the text."""
    first = at_start.match(text)
    if first is not None:
        yield first
    yield from after.finditer(text, first.end() if first is not None else 0)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` as a trie ("ibu(?:nda)?"), so the engine tries each letter
    once instead of every word in turn."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if ends else body

    return pattern(root)


class LazyWords:
    """`words_of(text)`, worked out on the first membership test: most texts never ask (a
    dateline's place evidence, the acronyms beside a name's capitals)."""

    def __init__(self, text: str, words_of: Callable[[str], Iterable[str]]) -> None:
        self.text = text
        self._words_of = words_of
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(self._words_of(self.text))
        return word in self._words


def matches_at(rx: re.Pattern, text: str, starts: list[int]):
    """rx.finditer(text) restricted to the given start offsets (same non-overlapping order), far
    cheaper than trying every offset for patterns that can only start there."""
    last = -1
    for pos in starts:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m:
            yield m
            last = m.end()


# The capital first, its lookbehind after it: re then skips to capitals (scan.py) instead of
# trying the lookbehind at every offset.
# (after two dashes or more a word starts: "Sukamaju (Humas)---Kepala Kantor ..."; after one it is a compound's second
# part: "Sulawesi-Selatan", "Pasca-Banjir")
_CAP_START = re.compile(r"[A-Z](?<![\w'.][A-Z])(?<![^-]-[A-Z])")


_AFTER_HYPHEN = re.compile(r"-([a-z]+)")


@functools.lru_cache(maxsize=8)
def words_after_hyphens(text: str) -> frozenset[str]:
    """The runs of lowercase letters right after a hyphen ("x-kata" gives "kata"; cached, several
    scanners ask): where a lowercase cue word can stand that names.lowercase_words leaves out. A cue
    followed by a space after a hyphen is the whole run there, so one set test replaces a str.find
    of "-" + cue for each cue."""
    return frozenset(_AFTER_HYPHEN.findall(text)) if "-" in text else frozenset()


@functools.lru_cache(maxsize=8)
def cap_starts(text: str) -> tuple[int, ...]:
    """Offsets of capitalized words: the only places a name or a role can start (cached: the
    extractor asks several times for the same text)."""
    return tuple(m.start() for m in _CAP_START.finditer(text))


def starts_near(text: str, keyword: re.Pattern, starts: list[int], window: int = 160) -> list[int]:
    """The starts within `window` characters before a keyword: where a name-first pattern using
    that keyword can match at all. `starts` must be sorted (cap_starts is)."""
    out: list[int] = []
    done = 0  # starts[:done] are decided
    # the starts within `window` before a keyword are one slice of `starts`; the slices of
    # successive keywords only move on (two binary searches each instead of a walk over every start)
    for m in keyword.finditer(text):
        spot = m.start()
        lo = max(bisect.bisect_left(starts, spot - window), done)
        hi = bisect.bisect_right(starts, spot)
        if lo < hi:
            out.extend(starts[lo:hi])
            done = hi
    return out
