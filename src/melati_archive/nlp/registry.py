"""people.yaml lookups for the extractor: names, aliases and roles of registered people, built once
per registry list."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Person, Role
from .roles import _role_key
from .names import HONORIFICS, clean_name
from .nameforms import name_tokens


@dataclass
class _RegistryTable:
    names: dict[str, list[Person]]  # lowercase full name, alias or name word -> people
    full_names: set[str]
    roles: dict[str, list[tuple[Person, Role]]]  # role key or lowercase role alias -> (person, role)


_REGISTRY_CACHE: list = []  # [(the registry list itself, its length, table)]: the index passes one list


def _registry_split(run: str, registry: list[Person] | None) -> tuple[str, str] | None:
    """A run that ends with a full name from people.yaml splits there ("Kepala Balai Cempaka Uji
    Ratna Kusumawati" -> the registered "Ratna Kusumawati")."""
    if not registry:
        return None
    full = _registry_table(registry).full_names
    words = run.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if tail.lower() in full:
            role = words[:k]
            while len(role) > 1 and role[-1].rstrip(".").lower() in HONORIFICS:
                role.pop()  # "Kepala Balai Dr. Hendra ...": "Dr." is the person's
            return " ".join(role), tail
    return None


def _registry_table(registry: list[Person]) -> _RegistryTable:
    """Lookup tables over people.yaml entries, built once per registry list (not per article)."""
    for reg, size, table in _REGISTRY_CACHE:
        if reg is registry and size == len(registry):
            return table
    names: dict[str, list[Person]] = {}
    roles: dict[str, list[tuple[Person, Role]]] = {}
    for person in registry:
        forms = [person.name] + list(person.aliases) + [clean_name(a) for a in person.aliases] + name_tokens(person.name)
        for n in dict.fromkeys(forms):
            names.setdefault(n.lower(), []).append(person)
        for r in person.roles:
            for w in dict.fromkeys([r.title] + list(r.aliases)):
                for k in dict.fromkeys([_role_key(w), w.lower()]):
                    roles.setdefault(k, []).append((person, r))
    table = _RegistryTable(names, {p.name.lower() for p in registry}, roles)
    _REGISTRY_CACHE[:] = [(registry, len(registry), table)] + _REGISTRY_CACHE[:3]
    return table
