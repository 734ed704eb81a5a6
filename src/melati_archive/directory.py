"""Who a written or typed name is: grouping the names of many articles into people, and resolving a typed name.

people.yaml entries win: a name that is a curated person's, an alias of one or a spelling
variant of either joins that person. Other names are grouped by normalized name and by spelling
variants (a dropped or doubled letter, y/i, ie/i, oe/u, dj/j, an extra syllable), and the group
keeps the spelling that was introduced with a role most often (`canonical_names`; the index
builds the directory's records with it, aggregates.group_people). Initials-only people (minors,
beneficiaries) are never grouped. `resolve_speaker` turns what a user typed (full name, alias,
short form, misspelling) into one directory person, or None when unsure.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .model import Person, Record

HONORIFICS = frozenset(
    "bapak pak ibu bu sdr sdri saudara saudari h hj dr drs dra prof ir kh tb r gus mbak mas bang kak "
    "plt plh pj ny".split()
)
_DEGREE = re.compile(r"^(?:[a-z]{1,4}\.){1,4}[a-z]{0,4}$|^(?:s\.?sos|m\.?si|m\.?m|s\.?h|s\.?e|m\.?h|ph\.?d|mba|mm|msi)$")


# --- Records ----------------------------------------------------------------------------------


@dataclass
class DirectoryPerson(Record):
    """One person of the index's directory (aggregates.group_people) as name resolution sees it."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # every spelling met in articles, lowercase
    curated: bool = False
    articles: int = 0


def person_from_record(record: dict) -> DirectoryPerson:
    """The DirectoryPerson of a person record of the index (aggregates.group_people / person_of)."""
    return DirectoryPerson(id=record.get("id") or record["name"], name=record["name"],
                           aliases=list(record.get("aliases") or []), variants=list(record.get("variants") or []),
                           curated=bool(record.get("curated")), articles=int(record.get("articles") or 0))


# --- Names ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 17)  # the directory's names are normalized again at every lookup
def normalize_name(name: str) -> str:
    """'Dr. Hj. Puti  Chairida Anwar, M.Si.' -> 'puti chairida anwar' (accents, case, titles off)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.split(",")[0] if text.split(",")[0].strip() else text  # ", M.Si." and after
    tokens = [t for t in re.split(r"[\s]+", text) if t]
    while len(tokens) > 1 and tokens[0].rstrip(".") in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and _DEGREE.match(tokens[-1]) and "." in tokens[-1]:
        tokens.pop()
    return " ".join(re.sub(r"[^\w'\-]", "", t) for t in tokens).strip()


@functools.lru_cache(maxsize=1 << 16)  # the same tokens are keyed over and over while grouping
def _phonetic(token: str) -> str:
    """A spelling key: old and new spellings and doubled letters fold together."""
    t = token.lower()
    for old, new in (("dj", "j"), ("tj", "c"), ("oe", "u"), ("sj", "sy"), ("ch", "kh"), ("ie", "i"), ("y", "i")):
        t = t.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", t)


def is_initials(name: str) -> bool:
    """AD, K, 'A.D.', 'Ibu K': people known only by initials."""
    tokens = [t.strip('."”“\'') for t in name.split()]
    tokens = [t for t in tokens if t and t.lower() not in HONORIFICS]
    return bool(tokens) and all(t.isupper() and len(t) <= 3 for t in tokens)


def _token_variant(a: str, b: str) -> bool:
    """Two spellings of one name token: same key, a dropped letter, or an extra syllable."""
    if a == b:
        return True
    ka, kb = _phonetic(a), _phonetic(b)
    if ka == kb:
        return True
    if ka[:1] != kb[:1]:
        return False
    from rapidfuzz.distance import Levenshtein

    shorter = min(len(ka), len(kb))
    if shorter < 4:
        return False
    distance = Levenshtein.distance(ka, kb)
    if distance == 1 and (len(ka) != len(kb) or shorter >= 8):
        # a dropped letter; a changed letter only in a long token (Saputra / Saputro are two names)
        return True
    # an extra syllable (Rismaharini / Rismaharani is a substitution; Wuryani / Wuriyani,
    # Chairida / Chairunida an insertion): two extra letters in a long token, same ending
    return distance == 2 and shorter >= 6 and abs(len(ka) - len(kb)) == 2 and ka[-2:] == kb[-2:]


def spelling_variants(a: str, b: str) -> bool:
    """Whether two normalized full names are spellings of one name (token by token)."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or not ta:
        return False
    if len(ta) == 1:  # one word alone carries little: only old/new spellings of it (Djoko, Joko)
        return ta[0] == tb[0] or (min(len(ta[0]), len(tb[0])) >= 5 and _phonetic(ta[0]) == _phonetic(tb[0]))
    return all(_token_variant(x, y) for x, y in zip(ta, tb))


# --- Grouping ---------------------------------------------------------------------------------


def _deleted(keys: set[str]) -> set[str]:
    """Every string made by deleting one letter of one of `keys`."""
    return {w[:i] + w[i + 1:] for w in keys for i in range(len(w))}


class _TokenVariants:
    """Name tokens met so far, each with the exact set of tokens `_token_variant` accepts for it.

    `spelling_variants` needs, token by token, a phonetic key within two edits (equal keys, a
    dropped letter, an extra syllable). Keys are indexed under their one- and two-letter
    deletions, so a new token meets only keys that can be its variants, never the whole
    vocabulary.
    """

    def __init__(self) -> None:
        self.by_one: dict[str, set[str]] = {}  # a phonetic key, or it less one letter -> keys
        self.by_two: dict[str, set[str]] = {}  # a phonetic key less two letters -> keys
        self.by_key: dict[str, set[str]] = {}  # phonetic key -> tokens
        self.variants: dict[str, set[str]] = {}  # token -> tokens it is a variant of (itself too)
        self.comparisons = 0  # spelling comparisons made, for the growth test

    def of(self, token: str) -> set[str]:
        found = self.variants.get(token)
        if found is not None:
            return found
        key = _phonetic(token)
        # `_token_variant` keys are equal, one edit apart, or two letters longer with the rest
        # in order: candidates share a one-letter deletion, or one is the other minus two letters
        one = _deleted({key})
        two = _deleted(one)
        near: set[str] = set(self.by_one.get(key, ()))
        near |= self.by_two.get(key, set())
        for d in one:
            near |= self.by_one.get(d, set())
        near |= two & self.by_key.keys()
        found = {token}
        for other_key in near:
            for other in self.by_key[other_key]:
                self.comparisons += 1
                if _token_variant(token, other):
                    found.add(other)
                    self.variants[other].add(token)
        self.variants[token] = found
        if key not in self.by_key:
            for d in one | {key}:
                self.by_one.setdefault(d, set()).add(key)
            for d in two:
                self.by_two.setdefault(d, set()).add(key)
        self.by_key.setdefault(key, set()).add(token)
        return found


class _VariantIndex:
    """Normalized names by token, so a name meets only names that can be its spelling variants:
    names of as many tokens whose every token is among its own token's variants (the rarest
    position picks the candidates). The work grows with the names and their near spellings,
    not with every pair of names."""

    def __init__(self, tokens: _TokenVariants) -> None:
        self.tokens = tokens
        self.by_token: dict[tuple[int, int, str], list[tuple[int, str]]] = {}  # (len, pos, token) -> (seq, form)
        self.comparisons = 0  # full-name comparisons made

    def add(self, seq: int, form: str) -> None:
        tokens = form.split()
        for pos, token in enumerate(tokens):
            self.tokens.of(token)
            self.by_token.setdefault((len(tokens), pos, token), []).append((seq, form))

    def first_match(self, form: str) -> int | None:
        """The lowest seq of an indexed form that `spelling_variants(form, it)` accepts."""
        tokens = form.split()
        if not tokens:
            return None
        sets = [self.tokens.of(t) for t in tokens]
        # the position whose variants head the fewest names (a rare surname, not "muhammad")
        buckets = []
        for pos, variants in enumerate(sets):
            rows = [self.by_token.get((len(tokens), pos, v), []) for v in variants]
            buckets.append((sum(map(len, rows)), pos, rows))
        _, pos, rows = min(buckets, key=lambda b: b[:2])
        best = None
        for row in rows:
            for seq, other in row:
                if best is not None and seq >= best:
                    continue
                if all(o in sets[i] for i, o in enumerate(other.split())):
                    self.comparisons += 1
                    if spelling_variants(form, other):
                        best = seq
        return best


class _Groups:
    """Canonical keys and their members: curated people first, then extracted names."""

    def __init__(self, people: list[Person]):
        self.curated: dict[str, Person] = {}  # key -> person
        self.lookup: dict[str, str] = {}  # normalized form -> key
        self.keys: list[str] = []
        for p in people:
            key = f"p:{p.id}"
            self.curated[key] = p
            self.keys.append(key)
            for form in [p.name, *p.aliases]:
                norm = normalize_name(form)
                if norm:
                    self.lookup.setdefault(norm, key)
        self.full_names: dict[str, str] = {f"p:{p.id}": normalize_name(p.name) for p in people}
        # the same search as comparing with every full name, then every known form, in the
        # order they were met (the first match wins), through indexes instead of all pairs
        self._full_keys: list[str] = []
        self._tokens = _TokenVariants()
        self._full = _VariantIndex(self._tokens)
        for key, full in self.full_names.items():
            self._add_full(key, full)
        self._form_list: list[str] = []
        self._forms = _VariantIndex(self._tokens)
        for form in self.lookup:
            self._add_form(form)

    @property
    def comparisons(self) -> int:
        return self._tokens.comparisons + self._full.comparisons + self._forms.comparisons

    def _add_full(self, key: str, full: str) -> None:
        self._full.add(len(self._full_keys), full)
        self._full_keys.append(key)

    def _add_form(self, form: str) -> None:
        if len(form.split()) >= 2:  # one word alone never joins through a known form
            self._forms.add(len(self._form_list), form)
        self._form_list.append(form)

    def _remember(self, norm: str, key: str) -> str:
        self.lookup[norm] = key
        self._add_form(norm)
        return key

    def key_of(self, name: str) -> str:
        norm = normalize_name(name)
        if norm in self.lookup:
            return self.lookup[norm]
        seq = self._full.first_match(norm)
        if seq is not None:
            return self._remember(norm, self._full_keys[seq])
        # a known form with a spelling variant ("Syam Wuriani" for alias "Syam Wuryani")
        seq = self._forms.first_match(norm)
        if seq is not None:
            return self._remember(norm, self.lookup[self._form_list[seq]])
        key = f"n:{norm}"
        self._remember(norm, key)
        self.full_names[key] = norm
        self._add_full(key, norm)
        self.keys.append(key)
        return key


def canonical_names(names: Iterable[str], people: list[Person], roles: dict[str, int] | None = None) -> dict[str, str]:
    """Each written name -> the name the directory lists it under.

    `roles` (name -> how often it was introduced with a role) decides which spelling of an
    extracted group is kept; without it, the most frequent spelling, then the longest.
    """
    names = list(names)
    groups = _Groups(people)
    counts = Counter(names)
    # longer, role-introduced, frequent spellings claim a group first
    order = sorted(set(names), key=lambda n: (-(roles or {}).get(n, 0), -counts[n], -len(n), n))
    members: dict[str, list[str]] = {}
    for name in order:
        if is_initials(name) or not normalize_name(name):
            continue
        members.setdefault(groups.key_of(name), []).append(name)
    out: dict[str, str] = {}
    for key, group in members.items():
        person = groups.curated.get(key)
        canonical = person.name if person else group[0]
        for name in group:
            out[name] = canonical
    for name in names:
        out.setdefault(name, name)
    return out


# --- Resolving what a user typed --------------------------------------------------------------


def _forms(person: DirectoryPerson) -> list[str]:
    return [normalize_name(f) for f in [person.name, *person.aliases, *person.variants] if f]


def _match_strength(query: str, person: DirectoryPerson) -> float:
    """100 exact name/alias/variant; 90 a token sequence of the name; 80 part of a name token;
    70 a spelling variant; 0 no match."""
    forms = _forms(person)
    if query in forms:
        return 100.0
    q = query.split()
    name_tokens = normalize_name(person.name).split()
    for form in forms:
        tokens = form.split()
        if len(q) < len(tokens) and any(tokens[i:i + len(q)] == q for i in range(len(tokens) - len(q) + 1)):
            return 90.0
    if len(q) == 1 and len(q[0]) >= 3:
        if any(t != q[0] and (t.startswith(q[0]) or t.endswith(q[0])) for t in name_tokens):
            return 80.0
    for form in forms:
        tokens = form.split()
        if len(tokens) == len(q) and spelling_variants(query, form):
            return 70.0
        if 1 < len(q) < len(tokens):
            for i in range(len(tokens) - len(q) + 1):
                if spelling_variants(query, " ".join(tokens[i:i + len(q)])):
                    return 65.0
    return 0.0


def speaker_candidates(query: str, directory: list[DirectoryPerson]) -> tuple[float, list[DirectoryPerson]]:
    """(strength, people) of the strongest kind of match for what a user typed, the people with
    the most articles first."""
    key = normalize_name(query or "")
    if not key or is_initials(query):
        return 0.0, []
    scored = [(s, p) for p in directory if (s := _match_strength(key, p)) > 0]
    if not scored:
        return 0.0, []
    top = max(s for s, _ in scored)
    return top, sorted((p for s, p in scored if s == top), key=lambda p: (-p.articles, not p.curated))


def is_tie(best: list[DirectoryPerson]) -> bool:
    """Whether the first two of `speaker_candidates` are equally likely: then nobody is chosen."""
    return len(best) > 1 and best[0].articles == best[1].articles and best[0].curated == best[1].curated


def resolve_speaker(query: str, directory: list[DirectoryPerson]) -> DirectoryPerson | None:
    """The one person `query` means (full name, alias, short form or misspelling), else None.

    The strongest kind of match wins; among equally strong matches the person with the most
    articles wins, and a tie there is ambiguous (None): a wrong person is worse than none.
    """
    _, best = speaker_candidates(query, directory)
    if not best or is_tie(best):
        return None
    return best[0]
