"""What the index learns about the archive for search: protected words, acronyms, synonyms, and their file.

The file is a small JSON (`KNOWLEDGE_FILE`) in the index directory; synonyms come from
data/synonyms-id.txt and, at search time, melati.yaml (`Knowledge.with_synonyms`).

Written at a full reindex (index.py, rebuildworkers.py) and read once per search (search/engine.py):

    knowledge.write_knowledge(index_dir, protected, knowledge.archive_acronyms(articles_texts, programs))
    k = knowledge.load_knowledge(index_dir)          # cached by file mtime; EMPTY if missing

relevance.py turns a query into whoosh queries with it; without knowledge it still works.
"""
from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from melati_archive.nlp import analysis

KNOWLEDGE_FILE = "melati-relevance.json"


# --- Archive knowledge -----------------------------------------------------------------------


@dataclass(frozen=True)
class Knowledge:
    """What the archive taught the index: protected words and acronym <-> long form pairs."""

    protected: frozenset[str] = frozenset()
    acronyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # acr -> long forms
    longforms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # long -> acronyms
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # form -> others

    @classmethod
    def build(cls, protected: Iterable[str], pairs: Iterable[tuple[str, str]]) -> Knowledge:
        acronyms: dict[str, set[tuple[str, ...]]] = {}
        for short, long in pairs:
            short_words = _exact_words(short)
            long_words = tuple(_exact_words(long))
            if len(short_words) != 1 or len(long_words) < 2:
                continue
            acronyms.setdefault(short_words[0], set()).add(long_words)
        longforms: dict[tuple[str, ...], set[str]] = {}
        for acr, longs in acronyms.items():
            for long in longs:
                longforms.setdefault(long, set()).add(acr)
        return cls(
            frozenset(w.lower() for w in protected),
            {a: tuple(sorted(ls)) for a, ls in acronyms.items()},
            {lf: tuple(sorted(a)) for lf, a in longforms.items()},
            builtin_synonyms(),
        )

    def with_synonyms(self, groups: Iterable[Iterable[str]]) -> Knowledge:
        """This knowledge plus the organisation's own groups of equivalent forms (melati.yaml)."""
        groups = [list(g) for g in groups]
        if not groups:
            return self
        merged = {k: list(v) for k, v in self.synonyms.items()}
        for form, others in synonym_map(groups).items():
            merged.setdefault(form, [])
            merged[form] += [o for o in others if o not in merged[form]]
        return Knowledge(self.protected, self.acronyms, self.longforms,
                         {k: tuple(v) for k, v in merged.items()})

    @functools.cached_property
    def respellings(self) -> tuple[tuple[str, str], ...]:
        """(spelling, other spelling) of the one-word synonyms that spell one word (antre/antri),
        both directions, longest first: their affixed forms are respelled too (spellings.respelled)."""
        from melati_archive.spellings import is_respelling

        pairs = {(form[0], other[0]) for form, others in self.synonyms.items() if len(form) == 1
                 for other in others if len(other) == 1 and is_respelling(form[0], other[0])}
        return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))

    def is_protected(self, word: str) -> bool:
        return word in self.protected or word in analysis.DEFAULT_EXCLUSIONS or word in self.acronyms


EMPTY = Knowledge()


def synonym_map(groups: Iterable[Iterable[str]]) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each form (as exact-field words) -> the other forms of its groups: both directions."""
    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in groups:
        forms = [tuple(_exact_words(f)) for f in group]
        forms = list(dict.fromkeys(f for f in forms if f))
        for form in forms:
            bucket = out.setdefault(form, [])
            bucket += [o for o in forms if o != form and o not in bucket]
    return {k: tuple(v) for k, v in out.items() if v}


def person_groups(people: Iterable[tuple[str, Iterable[str]]]) -> list[list[str]]:
    """(full name, aliases) of registered people -> groups of equivalent forms: the name and the
    nicknames a text may use instead (Gus Ipul, Bu Risma). An alias made only of the name's own
    words (Ratna for Ratna Kusumawardhani) is left out: as a synonym it would make the full name
    find every other Ratna. So is an alias two people share."""
    # each alias with its exact-field words, read once
    people = [(name, [(a, tuple(_exact_words(a))) for a in aliases if a]) for name, aliases in people if name]
    owners: dict[tuple[str, ...], int] = {}
    for _, aliases in people:
        for words in {words for _, words in aliases}:
            owners[words] = owners.get(words, 0) + 1
    groups = []
    for name, aliases in people:
        own = set(_exact_words(name))
        nicknames = [a for a, words in aliases if words and not set(words) <= own and owners.get(words) == 1]
        if nicknames:
            groups.append([name, *nicknames])
    return groups


@functools.lru_cache(maxsize=1)
def builtin_synonyms() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """data/synonyms-id.txt: common Indonesian abbreviations and equivalent expressions."""
    from melati_archive.nlp.shortforms import builtin_groups

    return synonym_map(builtin_groups())


def archive_acronyms(texts: Iterable[str], programs: Iterable[Any] = ()) -> list[tuple[str, str]]:
    """(acronym, long form) pairs defined in the texts (`Long Form (ACR)`) and in programs.yaml.

    A long form defined only once in a large archive is still kept: definitions are rare.
    """
    pairs: set[tuple[str, str]] = set()
    for program in programs or []:
        if getattr(program, "acronym", None) and getattr(program, "name", None):
            pairs.add((program.acronym, program.name))
    find = _find_acronyms()
    for text in texts:
        for acr in find(text):
            pairs.add((acr.short, acr.long))
    return sorted(pairs)


def _find_acronyms() -> Any:
    try:
        from melati_archive.nlp.acronyms import find_acronyms  # written by the dates engineer

        return find_acronyms
    except ImportError:
        return _simple_acronyms


_ACR_DEF_RE = re.compile(r"((?:[A-Z][\w'’]*[ -]){1,8}?(?:[A-Z][\w'’]*))\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)")


@dataclass
class _Pair:
    short: str
    long: str


def _simple_acronyms(text: str) -> list[_Pair]:
    """Fallback `Long Form (ACR)` finder: the long form's initials must spell the acronym."""
    found = []
    for m in _ACR_DEF_RE.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:]).lower()
            if initials == acr.lower() or (acr.lower().startswith(initials[:2]) and len(words) - start >= 2
                                           and _spells(acr.lower(), [w.lower() for w in words[start:]])):
                found.append(_Pair(acr, " ".join(words[start:])))
                break
    return found


def _spells(acr: str, words: list[str]) -> bool:
    """True when acr is made of prefixes of the words in order (Pusdatin = PUSat DATa INformasi)."""
    if not words:
        return not acr
    if not acr:
        return False
    word = words[0]
    for n in range(min(len(word), len(acr)), 0, -1):
        if acr[:n] == word[:n] and _spells(acr[n:], words[1:]):
            return True
    return False


def write_knowledge(index_dir: str | os.PathLike[str], protected: Iterable[str],
                    acronyms: Iterable[tuple[str, str]]) -> Path:
    """Write the knowledge file into `index_dir` atomically; returns its path."""
    path = Path(index_dir) / KNOWLEDGE_FILE
    data = {"version": 1, "protected": sorted(set(protected)), "acronyms": [list(p) for p in sorted(set(acronyms))]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_knowledge(index_dir: str | os.PathLike[str]) -> Knowledge:
    """The knowledge written at the last reindex (EMPTY if none); cached until the file changes."""
    path = Path(index_dir) / KNOWLEDGE_FILE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return EMPTY
    return _load_knowledge(str(path), stamp)


@functools.lru_cache(maxsize=4)
def _load_knowledge(path: str, stamp: int) -> Knowledge:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Knowledge.build(data.get("protected", []), [tuple(p) for p in data.get("acronyms", [])])
    except (OSError, ValueError, TypeError):
        return EMPTY


# --- Exact-field words ------------------------------------------------------------------------


def _exact_words(text: str) -> list[str]:
    """The exact-field words of a text in order, a compound as its parts (for phrases)."""
    words: list[str] = []
    for raw in analysis._TOKEN_RE.findall(text or ""):
        units = analysis.word_units(raw)
        words.extend(u for i, (u, _) in enumerate(units) if not (i == 1 and len(units) > 1))
    return words
