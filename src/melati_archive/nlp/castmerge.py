"""Folding the cast's entries that are one person: one specific role held under a full name and a one-word
name ("Presiden Joko Widodo" / "Presiden Jokowi"), a nickname read as a person before the text gave it to its
owner. Works on mentions.find_people's lists in place."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .roles import DESCRIPTORS, ROLE_HEADS, _GENERIC_ROLES, _role_key

if TYPE_CHECKING:  # annotations only: coref imports the people modules that import this one
    from .coref import Known

# What many people of one text are ("pengunjung", "warga", "penerima"): no office held by one.
_GROUP_WORDS = DESCRIPTORS - ROLE_HEADS
# A board's offices named without the board ("sekretaris", "Wakil Ketua"): every faction has one.
_BOARD_WORDS = frozenset("wakil ketua sekretaris bendahara anggota penasehat penasihat pembina".split())


def merge_same_role(persons: list[Known], mentions: list[tuple[int, int, int]]) -> None:
    """'Presiden Joko Widodo' and 'Presiden Jokowi' in one text: one person holding one specific role
    under a full name and a one-word name. The full name wins, the word becomes an alias."""
    by_role: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        if (p.role and not p.initials_only and p.role.split()[0].lower() not in _GENERIC_ROLES | _GROUP_WORDS
                and not _BOARD_WORDS.issuperset(p.role.lower().split())):
            by_role.setdefault(_role_key(p.role), []).append(i)
    for idxs in by_role.values():
        if len(idxs) != 2:
            continue
        a, b = sorted(idxs, key=lambda i: len(persons[i].name.split()))
        short, full = persons[a], persons[b]
        if len(short.name.split()) != 1 or len(full.name.split()) < 2 or short.name in full.name.split():
            continue
        full.aliases.append(short.name)
        _fold_into(persons, mentions, a, b)
    _drop_folded(persons, mentions)


def merge_known_aliases(persons: list[Known], mentions: list[tuple[int, int, int]]) -> None:
    """'Mensos Gus Ipul' in a headline, then 'Menteri Sosial (Mensos) Saifullah Yusuf atau Gus Ipul':
    the nickname was read as a person of its own before the text gave it to its owner. A person whose
    whole name is the alias of exactly one other, with no other office, is that person."""
    for a, short in enumerate(persons):
        if not short.name or short.initials_only or short.aliases:
            continue
        owners = [b for b, p in enumerate(persons) if b != a and p.name and short.name in p.aliases]
        if len(owners) != 1:
            continue
        full = persons[owners[0]]
        if short.role and not (full.role and short.role.lower() in full.role.lower()):
            continue  # another office: maybe another person of the same nickname
        _fold_into(persons, mentions, a, owners[0])
    _drop_folded(persons, mentions)


def _fold_into(persons: list[Known], mentions: list[tuple[int, int, int]], a: int, b: int) -> None:
    """Person a's mentions become person b's; a is left nameless, for `_drop_folded`."""
    short, full = persons[a], persons[b]
    full.first = min(full.first, short.first)
    for k, (s0, e0, i) in enumerate(mentions):
        if i == a:
            mentions[k] = (s0, e0, b)
    short.name, short.aliases, short.role = "", [], None


def _drop_folded(persons: list[Known], mentions: list[tuple[int, int, int]]) -> None:
    dead = [i for i, p in enumerate(persons) if not p.name]
    if dead:
        remap, keep = {}, []
        for i, p in enumerate(persons):
            if p.name:
                remap[i] = len(keep)
                keep.append(p)
        persons[:] = keep
        mentions[:] = [(s0, e0, remap[i]) for s0, e0, i in mentions if i in remap]
