"""Coreference: who a short form, a role word or a pronoun in one text stands for (the `Cast` of
known people and the timeline of their mentions, subject mentions for `-nya` and `dia`)."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from ..model import Person, PersonMention
from .roles import ROLE_ALIASES, ROLE_HEADS, _role_key, _role_matches
from .names import _GIVEN_NAME_HEADS, _name_token_ok, clean_name
from .nameforms import _same_person, name_tokens, spelling_key
from .speakerforms import short_given_name_of
from .registry import _registry_table
from .scan import matches_from_start_or_after


PRONOUNS = frozenset("dia ia beliau nya -nya".split())


@dataclass
class Known:
    """A person found in the text, with where they are mentioned."""

    name: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)  # explicit ones and short forms seen in the text
    initials_only: bool = False
    first: int = 0
    registry_id: str | None = None

    def mention(self) -> PersonMention:
        return PersonMention(name=self.name, aliases=list(self.aliases), role=self.role,
                             initials_only=self.initials_only)


@dataclass
class Cast:
    """Everyone in one text, and a timeline of mentions (start, end, index into persons)."""

    persons: list[Known]
    mentions: list[tuple[int, int, int]]
    registry: list[Person] = field(default_factory=list)
    day: dt.date | None = None
    subjects: set[int] = field(default_factory=set)  # starts of mentions as sentence subject
    companions: set[int] = field(default_factory=set)  # starts of mentions after "didampingi": never interrupt a speaker
    joint: set[int] = field(default_factory=set)  # starts of mentions in "X dan Y" (two people)
    departed: set[int] = field(default_factory=set)  # persons the text says died: no pronoun means them

    # Resolution ------------------------------------------------------------------------------
    def by_name(self, name: str) -> Known | None:
        for p in self.persons:
            if p.name == name:
                return p
        return None

    def _toks(self, p: Known) -> list[str]:
        cache = self.__dict__.setdefault("_tok_cache", {})
        toks = cache.get(p.name)
        if toks is None:
            toks = cache[p.name] = [t.lower() for t in name_tokens(p.name)] or [p.name.lower()]
        return toks

    def _index(self):
        """Token tables of the current persons, rebuilt when a person is added."""
        cached = self.__dict__.get("_index_cache")
        if cached is not None and cached[0] == len(self.persons):
            return cached[1]
        by_token: dict[str, list[Known]] = {}
        by_key: dict[str, list[Known]] = {}
        pairs: list[tuple[str, Known]] = []
        for p in self.persons:
            if p.initials_only:
                continue  # matched by their exact label only
            for t in self._toks(p):
                by_token.setdefault(t, []).append(p)
                pairs.append((t, p))
                if not p.initials_only:
                    by_key.setdefault(spelling_key(t), []).append(p)
        # every token in one string: a word that no token holds starts or ends none (one test
        # instead of a walk over the tokens)
        index = (by_token, by_key, pairs, "\0".join(t for t, _p in pairs))
        self.__dict__["_index_cache"] = (len(self.persons), index)
        return index

    def _by_written_form(self) -> dict[str, list[Known]]:
        """Lowercase name or alias -> the persons written so, in order; rebuilt when a person is
        added or renamed or gains an alias (aliases only grow)."""
        signature = tuple((id(p), p.name, len(p.aliases)) for p in self.persons)
        cached = self.__dict__.get("_forms_cache")
        if cached is not None and cached[0] == signature:
            return cached[1]
        table: dict[str, list[Known]] = {}
        for p in self.persons:
            for form in (p.name, *p.aliases):
                owners = table.setdefault(form.lower(), [])
                if not owners or owners[-1] is not p:
                    owners.append(p)
        self.__dict__["_forms_cache"] = (signature, table)
        return table

    def _candidates(self, low: str, fuzzy: bool = True) -> list[Known]:
        cands = list(self._by_written_form().get(low, ()))
        if cands:
            return cands
        by_token, by_key, pairs, all_tokens = self._index()
        stoks = low.split()
        if len(stoks) == 1:
            cands = list(by_token.get(low, ()))
        else:
            cands = [p for p in self.persons if _contiguous(stoks, self._toks(p))]
        if not cands and len(stoks) >= 2 and any(len(t.rstrip(".")) == 1 for t in stoks):
            # "M. Ridwan" where "Muhammad Ridwan Hakim" was introduced: an initial stands for a word
            cands = [p for p in self.persons if _contiguous_with_initials(stoks, self._toks(p))]
        if not cands and len(stoks) >= 3:
            # "Kalteng Sugianto Sabran" written where "Sugianto Sabran" was introduced
            cands = [p for p in self.persons if len(self._toks(p)) >= 2 and stoks[-len(self._toks(p)):] == self._toks(p)]
        if not cands and len(stoks) == 2:
            cands = short_given_name_of(stoks, self.persons, self._toks)
        if cands or " " in low or len(low) < 3:
            return cands
        n = len(low)
        cands = [p for t, p in pairs if len(t) > n and (t.startswith(low) or t.endswith(low))] \
            if low in all_tokens or "\0" in low else []
        if not cands and n >= 4:
            cands = list(by_key.get(spelling_key(low), ()))
        if not cands and fuzzy and n >= 5:
            cands = self._fuzzy(low)
        return cands

    def resolve(self, surface: str, at: int | None = None, fuzzy: bool = True) -> Known | None:
        """A written name or short form -> the person it stands for, or None when unsure."""
        surface = clean_name(surface)
        if not surface:
            return None
        low = surface.lower()
        if low in ROLE_ALIASES or low.split()[0] in ROLE_HEADS:
            if low.split()[0] in _GIVEN_NAME_HEADS:  # "Imam": a given name of the text first, else the office
                named = list({id(p): p for p in self._candidates(low, False)}.values())
                if len(named) == 1:
                    return named[0]
            return self.resolve_role(surface, at)
        cands = list({id(p): p for p in self._candidates(low, fuzzy)}.values())
        if len(cands) == 1:
            return cands[0]
        whole = [p for p in cands if p.name.lower() == low]
        if len(whole) == 1 and len(cands) > 1:
            return whole[0]  # "Hambali" beside "Ricana Djayanti Hambali" (his wife): the one whose whole name it is
        if len(cands) > 1 and at is not None:
            return self._most_recent(cands, at)
        if not cands:
            return self.resolve_registry(surface)
        return None

    def surely_nobody(self, word: str) -> bool:
        """Whether resolve(word, fuzzy=False) of one word gives None for certain (and so adds no
        registry person): no role word, no name or alias of a person now (`_by_written_form`), no
        name token (or a token it opens or ends) or spelling of one is the word, and people.yaml
        holds it neither as a name nor as a role. Most capitalized words of a text are nobody's,
        and this is far cheaper to ask."""
        surface = clean_name(word)
        if not surface:
            return True
        low = surface.lower()
        if " " in low or "\0" in low or low in ROLE_ALIASES or low in ROLE_HEADS:
            return False
        _by_token, by_key, _pairs, all_tokens = self._index()
        if low in all_tokens or low in self._by_written_form() or spelling_key(low) in by_key:
            return False
        if self.registry:  # what resolve_registry(surface) looks up
            table = _registry_table(self.registry)
            low = clean_name(surface).lower()
            if low in table.names or low in table.roles or _role_key(surface) in table.roles:
                return False
        return True

    def _fuzzy(self, low: str) -> list[Known]:
        try:
            from rapidfuzz import fuzz
        except ImportError:  # pragma: no cover - rapidfuzz is a dependency
            return []
        out = []
        for p in self.persons:
            if p.initials_only:
                continue
            for t in [p.name] + name_tokens(p.name):
                tl = t.lower()
                if tl.startswith(low) or low.startswith(tl):
                    continue  # "Ahmadi" is not a misspelt "Ahmad": a longer name is another name
                if (len(low) >= 6 and tl[:1] == low[:1] and abs(len(tl) - len(low)) <= 2
                        and fuzz.ratio(low, tl) >= 80):
                    out.append(p)
                    break
        return out

    def _most_recent(self, cands: list[Known], at: int) -> Known | None:
        idx = {id(p): i for i, p in enumerate(self.persons)}
        wanted = {idx[id(p)] for p in cands}
        for start, _end, i in reversed(self.mentions):
            if start < at and i in wanted:
                return self.persons[i]
        return None

    def resolve_role(self, role_word: str, at: int | None = None) -> Known | None:
        """A role word (Mensos, Kepala Balai, Presiden) -> the article's holder, then the registry's."""
        key = _role_key(role_word)
        if not key:
            return None
        spelt = False  # roles compared with their short forms spelt out
        holders = [p for p in self.persons if p.role and _role_matches(key, _role_key(p.role))]
        if not holders:
            # an office written short that no role reads as it is ("Kakanwil Kemenag Jateng" for
            # "Kepala Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah"): spelt out on both
            # sides; only then, so a bare "Kepala Madrasah" of the text stays nobody's
            long_key = _role_key(role_word, short_forms=True)
            if long_key != key:
                key, spelt = long_key, True
                holders = [p for p in self.persons if p.role and _role_matches(key, _role_key(p.role, True))]
        if len(holders) == 1:
            return holders[0]
        if len(holders) > 1:
            exact = [p for p in holders if _role_key(p.role, spelt) == key]
            if len(exact) == 1:
                return exact[0]
            if exact and at is not None:
                # Two holders of the very same role ("Presiden Joko Widodo" and "Presiden Jokowi"):
                # the one the text was just talking about.
                return self._most_recent(exact, at)
            return None
        short = _held_with_acronym(self.persons, role_word)
        if short is not None:
            return short
        return self.resolve_registry(role_word, role_only=True)

    def resolve_registry(self, surface: str, role_only: bool = False) -> Known | None:
        if not self.registry:
            return None
        low = clean_name(surface).lower()
        key = _role_key(surface)
        table = _registry_table(self.registry)
        hits: list[tuple[Person, str | None]] = []
        if not role_only:
            found = table.names.get(low)
            if found is None and " " in low:
                # "Uji Ratna Kusumawati": a role word glued before a registered full name
                words = low.split()
                found = next((table.names[" ".join(words[k:])] for k in range(1, len(words) - 1)
                              if " ".join(words[k:]) in table.full_names), None)
            for person in found or ():
                role = person.role_on(self.day)
                hits.append((person, role.title if role else None))
        if not hits:
            for person, r in [*table.roles.get(key, ()), *table.roles.get(low, ())]:
                if r.valid_on(self.day):
                    hits.append((person, r.title))
        uniq = {id(p): (p, t) for p, t in hits}
        if len(uniq) != 1:
            return None
        person, title = next(iter(uniq.values()))
        known = self.by_name(person.name)
        if known is None:
            known = Known(name=person.name, role=title, registry_id=person.id, first=-1)
            self.persons.append(known)
        elif known.role is None and title:
            known.role = title  # the role people.yaml says the person held on the article's date
        if surface != person.name and clean_name(surface) not in known.aliases and clean_name(surface) != person.name:
            known.aliases.append(clean_name(surface))
        return known

    def last_before(self, pos: int, skip: list[tuple[int, int]] = (), window: int = 2000) -> Known | None:
        """The person a `-nya` cue or `dia` before `pos` refers to: the most recent one mentioned
        as a subject (outside the spans in `skip`), else the most recent one mentioned at all."""
        fallback: Known | None = None
        for start, _end, i in reversed(self.mentions):
            if start >= pos or in_spans(skip, start) or i in self.departed:
                continue
            if pos - start > window:
                break
            if fallback is None:
                fallback = None if start in self.joint else self.persons[i]
            if start in self.subjects:
                return None if start in self.joint else self.persons[i]
        return fallback

    def chain_pronouns(self, text: str, skip: list[tuple[int, int]] = (), unread=None) -> None:
        """A subject pronoun ("Ia menilai", "Menurut dia", "Dia menambahkan") is a mention of the person
        it refers to, so a later `katanya` skips the people only named in between. `unread(lo, hi)` tells
        that someone the cast did not read acts between lo and hi: then the pronoun is theirs, no one's here."""
        for m in matches_from_start_or_after(_SUBJECT_PRONOUN_FIRST, _SUBJECT_PRONOUN_AFTER, text):
            pos = m.start("pro")
            if in_spans(skip, pos):
                continue
            person = self.last_before(pos, skip)
            if person is None:
                continue
            i = self.persons.index(person)
            if unread is not None:
                last = max((e for s, e, k in self.mentions if k == i and s < pos), default=0)
                if unread(max(last, pos - 600), pos):
                    continue
            self.mentions.append((pos, m.end("pro"), i))
            self.mentions.sort()
            self.subjects.add(pos)

    def merge_into(self, gone: Known, into: Known | None, alias: bool = True) -> None:
        """`gone` was `into` written another way ("kata Kadinkes" read as a name): its mentions and
        its written form (unless `alias` is False) become into's, and it leaves the cast; into
        None: it was nobody."""
        g = next(k for k, p in enumerate(self.persons) if p is gone)
        t = next((k for k, p in enumerate(self.persons) if p is into), None)
        if into is not None and alias and gone.name not in into.aliases:
            into.aliases.append(gone.name)

        def remap(i: int) -> int:
            i = t if i == g else i
            return i - 1 if i > g else i
        self.persons.pop(g)
        self.mentions = sorted((s, e, remap(i)) for s, e, i in self.mentions if i != g or t is not None)
        self.departed = {remap(i) for i in self.departed if i != g}
        self.__dict__.pop("_index_cache", None)  # keyed by the number of persons, which may come back

    def rename(self, person: Known, name: str) -> None:
        """`person` is called by the fuller `name` (the old one stays an alias)."""
        if person.name not in person.aliases:
            person.aliases.append(person.name)
        person.name = name
        self.__dict__.pop("_index_cache", None)

    def mentions_between(self, a: int, b: int, skip: list[tuple[int, int]] = ()) -> set[int]:
        # mentions are kept sorted by start: only those in [a, b) are read
        lo, hi = bisect.bisect_left(self.mentions, (a,)), bisect.bisect_left(self.mentions, (b,))
        return {i for s, _e, i in self.mentions[lo:hi] if not in_spans(skip, s) and s not in self.companions}

    def add_mention(self, start: int, end: int, person: Known) -> None:
        i = next(k for k, p in enumerate(self.persons) if p is person)
        self.mentions.append((start, end, i))
        self.mentions.sort()

    def to_mentions(self) -> list[PersonMention]:
        ordered = sorted(self.persons, key=lambda p: (p.first if p.first >= 0 else 10**9))
        return [p.mention() for p in ordered]


def in_spans(spans, pos: int) -> bool:
    """`pos` lies in one of `spans`, (start, end) pairs sorted by start and not overlapping (the
    quotes of a text): a bisection, so a text of a thousand quotes does not test each of them at
    each position (that was quadratic)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _contiguous_with_initials(needle: list[str], hay: list[str]) -> bool:
    """`needle` runs inside `hay`, an initial ("m.") standing for a word it opens ("muhammad"),
    with at least one whole word matched."""
    if all(len(w.rstrip(".")) == 1 for w in needle):
        return False
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if all(w == h or (len(w.rstrip(".")) == 1 and h.startswith(w.rstrip("."))) for w, h in zip(needle, hay[i:i + n])):
            return True
    return False


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else False


@functools.lru_cache(maxsize=8)
def _cap_runs(text: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple((m.start(), tuple(m.group(0).split())) for m in _CAP_RUN.finditer(text))


@functools.lru_cache(maxsize=8)
def _lowered_runs(text: str) -> tuple[str, ...]:
    """Each of `_cap_runs(text)` lowercased, its words joined by spaces: a run holds a word that
    starts or ends with a short name only if it holds that name as a substring."""
    return tuple(" ".join(toks).lower() for _start, toks in _cap_runs(text))


@functools.lru_cache(maxsize=8)
def _all_lowered_runs(text: str) -> str:
    """`_lowered_runs(text)` in one string: a name no run holds is ruled out by one test."""
    return "\0".join(_lowered_runs(text))


# a run of capitalized words, also over the lowercase words that join a name's parts ("Umar bin
# Salim", "Tiurma boru Sinaga", "Hasan al-Habsyi")
_CAP_RUN = re.compile(r"(?:[A-Z](?<![\w.][A-Z])[a-z]+(?:['\-][A-Za-z]+)*)(?:[^\S\n]+(?:(?:bin|binti|boru|br\.?)[^\S\n]+)?"
                      r"(?:(?:al|el|ad|ar|as|an|at|az)-)?[A-Z][a-z]+(?:['\-][A-Za-z]+)*)+")


def _expand_full_name(text: str, short: str, before: int) -> str:
    """A short name first seen as a speaker ('Lusia', 'Risma') -> a fuller form written earlier
    ('Lusia Luruk Tae', 'Tri Rismaharini'), when exactly one earlier run fits."""
    if " " in short or len(short) < 3:
        return short
    low = short.lower()
    if low not in _all_lowered_runs(text) and "\0" not in low:
        return short  # no run holds it: nothing found
    full = _fuller_forms_before(text, short, before)
    return clean_name(full[0]) if len(full) == 1 else short


def several_fuller_forms(text: str, short: str, before: int) -> bool:
    """Whether a one-word name first seen as a speaker fits two or more different full names
    written before it ("Abdul Rahman dan Abdul Karim ... kata Abdul"), or a name opened by initials
    that fits two ("Muhammad Ridwan dan Mochamad Ridwan Saputra ... kata M. Ridwan"): nobody can say
    which."""
    toks = short.split()
    if len(toks) >= 2 and all(len(t.rstrip(".")) == 1 for t in toks[:-1]) and len(toks[-1]) >= 3:
        needle = [t.lower() for t in toks]
        fitting = {f for f in _fuller_forms_before(text, toks[-1], before)
                   if _contiguous_with_initials(needle, [w.lower() for w in f.split()])}
        return len(fitting) >= 2
    if " " in short or len(short) < 3 or (short.lower() not in _all_lowered_runs(text) and "\0" not in short.lower()):
        return False
    forms = [f.split() for f in _fuller_forms_before(text, short, before)]
    # the word in the same place of each: two given names ("Abdul Rahman", "Abdul Karim") or
    # two family names ("Budi Santoso", "Rina Santoso")
    return (sum(1 for f in forms if f[0] == short) >= 2) or (sum(1 for f in forms if f[-1] == short) >= 2)


# Honorifics that open a nickname rather than address someone: "Gus Ipul", "Cak Nun", "Kang Emil".
NICK_HONORIFICS = ("Gus", "Cak", "Kang", "Ning", "Abah", "Bung", "Daeng")


def _fuller_forms_before(text: str, short: str, before: int) -> list[str]:
    # a form must end before the name: "Mama Yosina" is the cue's own words around it, no earlier form
    found = {form for first, form in _fuller_forms(text, short) if first + len(form) <= before}
    return [f for f in found if not any(f != g and _same_person(f, g) and len(f) > len(g) for g in found)]


@functools.lru_cache(maxsize=64)
def _fuller_forms(text: str, short: str) -> tuple[tuple[int, str], ...]:
    """Each run of name words around `short` in the text's capitalized runs, with where it first
    starts (words one space apart, as normalized text writes them): worked out once per text and
    name, since a text may ask about one short name at hundreds of places (a text that repeats it
    asked in quadratic time)."""
    low = short.lower()
    first: dict[str, int] = {}
    for (run_start, toks), lowered in zip(_cap_runs(text), _lowered_runs(text)):
        if low not in lowered:
            continue
        for j, t in enumerate(toks):
            if not (t == short or (len(t) > len(short) and (t.lower().startswith(low) or t.lower().endswith(low)))):
                continue
            a = j
            # "Emosi Gus Ipul, sapaan akrabnya": a nickname's honorific opens the name; the word
            # before it (a noun opening the sentence) is none of it
            while a > 0 and toks[a] not in NICK_HONORIFICS and _name_token_ok(toks, a - 1):
                a -= 1
            b = j + 1
            while b < len(toks) and _name_token_ok(toks, b):
                b += 1
            if 2 <= b - a <= 4 and _name_token_ok(toks, j):
                first.setdefault(" ".join(toks[a:b]), run_start + len(" ".join(toks[:a])) + (1 if a else 0))
    return tuple(sorted((start, form) for form, start in first.items()))


def _overlaps(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


_SUBJECT_PRONOUN_REST = (
    r"(?:(?:Namun|Tetapi|Bahkan|Selain[^\S\n]+itu|Menurut|Kemudian|Lalu|Karena[^\S\n]+itu|Oleh[^\S\n]+karena[^\S\n]+itu|"
    r"Sementara|Ketika[^\S\n]+itu|Saat[^\S\n]+itu),?[^\S\n]+)?(?P<pro>[Ii]a|[Dd]ia|[Bb]eliau)\b(?=[^\S\n]+(?:juga[^\S\n]+|pun[^\S\n]+|kembali[^\S\n]+|lalu[^\S\n]+|"
    r"sudah[^\S\n]+|telah[^\S\n]+|mengaku[^\S\n]+)?(?:me|ber|yakin|optimistis|khawatir|menilai|mengatakan|tak\b|tidak\b))"
)
_SUBJECT_PRONOUN_LEAD = r"[.!?][^\S\n]+|\n|,[^\S\n]+"
_SUBJECT_PRONOUN = re.compile(r"(?:^|" + _SUBJECT_PRONOUN_LEAD + ")" + _SUBJECT_PRONOUN_REST)
# its two halves (scan.matches_from_start_or_after)
_SUBJECT_PRONOUN_FIRST = re.compile(_SUBJECT_PRONOUN_REST)
_SUBJECT_PRONOUN_AFTER = re.compile(r"(?:" + _SUBJECT_PRONOUN_LEAD + ")" + _SUBJECT_PRONOUN_REST)


_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,14})\)")


def _held_with_acronym(persons: list[Known], role_word: str) -> Known | None:
    """"kata Ketua Bawaslu Kalbar" for a "Ketua Badan Pengawas Pemilu (Bawaslu) Kalbar": the office written
    with the short form the role gives in brackets in place of its words; its one holder, else None. The
    cue's first word is the role's, and every word of the cue stands in the role."""
    words = role_word.lower().split()
    if len(words) < 2 or "(" not in "".join(p.role or "" for p in persons):
        return None
    holders = []
    for p in persons:
        if not p.role or "(" not in p.role:
            continue
        acronyms = {a.lower() for a in _PAREN_ACRONYM.findall(p.role)}
        role_words = p.role.lower().replace("(", " ").replace(")", " ").replace(",", " ").split()
        if (acronyms & set(words) and role_words[0] == words[0] and set(words) <= set(role_words)):
            holders.append(p)
    return holders[0] if len(holders) == 1 else None
