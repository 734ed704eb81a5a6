"""Duplicates and near-duplicates: canonical URLs, a normalized-text key, word 5-shingles and Jaccard."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from melati_archive.weburl import is_tracking_param

SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.6
_WORD = re.compile(r"\w+")
# besides the share and campaign parameters stored links lose (weburl): the page's AMP version and
# a referrer name the same page, though a stored link keeps them
_SAME_PAGE_PARAMS = frozenset({"amp", "ref"})
_SAMPLE_MASK = 3  # a quarter of the shingles go into the candidate lists of long texts
_SHORT = 40  # texts with fewer shingles are listed in full
_COMMON = 200  # a shingle in more texts than this is boilerplate and finds no candidates
_CANDIDATES = 25


def normalize_url(url: str | None) -> str | None:
    """The same page written differently compares equal: scheme, host case, www, slash, fragment,
    share and campaign parameters (the ones stored links lose: weburl.is_tracking_param), amp, ref."""
    if not url or not str(url).strip():
        return None
    parts = urlsplit(str(url).strip())
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not (is_tracking_param(k) or k.lower() in _SAME_PAGE_PARAMS)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, "")).lstrip("/")


def words_of(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def text_key(text: str) -> str:
    """Equal for texts that differ only in case, punctuation, quote marks, spacing and line ends."""
    return hashlib.blake2b(" ".join(words_of(text)).encode("utf-8"), digest_size=16).hexdigest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> frozenset[int]:
    words = words_of(text)
    if len(words) < k:
        return frozenset([hash(tuple(words))]) if words else frozenset()
    return frozenset(hash(tuple(words[i:i + k])) for i in range(len(words) - k + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


@dataclass
class Known:
    article_id: str
    shown: str  # the path as reported: archive/articles/YYYY/id.md
    shingles: frozenset[int]
    partial: bool = False  # only a feed summary


@dataclass
class DedupIndex:
    """Everything already in the archive plus everything imported so far in this run."""

    threshold: float = NEAR_THRESHOLD
    by_url: dict[str, Known] = field(default_factory=dict)
    by_text: dict[str, Known] = field(default_factory=dict)
    known: list[Known] = field(default_factory=list)
    postings: dict[int, list[int]] = field(default_factory=dict)

    def add(self, article_id: str, shown: str, url: str | None, body: str, sh: frozenset[int] | None = None,
            partial: bool = False) -> None:
        entry = Known(article_id, shown, shingles(body) if sh is None else sh, partial)
        number = len(self.known)
        self.known.append(entry)
        key = normalize_url(url)
        if key:
            self.by_url.setdefault(key, entry)
        self.by_text.setdefault(text_key(body), entry)
        for h in _listed(entry.shingles):
            self.postings.setdefault(h, []).append(number)

    def duplicate_of(self, url: str | None, body: str) -> tuple[str, Known] | None:
        """(reason, existing) when an item with the same URL or the same normalized text is known."""
        key = normalize_url(url)
        if key and key in self.by_url:
            return "duplikat: URL sama", self.by_url[key]
        found = self.by_text.get(text_key(body))
        if found is not None:
            return "duplikat: teks sama", found
        return None

    def near(self, sh: frozenset[int]) -> list[tuple[Known, float]]:
        """Known items whose 5-shingle Jaccard similarity with `sh` reaches the threshold, best first."""
        counts: Counter[int] = Counter()
        for h in _listed(sh):
            posting = self.postings.get(h)
            if posting and len(posting) <= _COMMON:
                counts.update(posting)
        found = []
        for number, _ in counts.most_common(_CANDIDATES):
            entry = self.known[number]
            score = jaccard(sh, entry.shingles)
            if score >= self.threshold:
                found.append((entry, score))
        return sorted(found, key=lambda pair: -pair[1])


def _listed(sh: frozenset[int]):
    if len(sh) < _SHORT:
        return sh
    return [h for h in sh if not h & _SAMPLE_MASK]
