"""Introductions that name no one though their words have a name's shape: the area after a street, an institution's
name after the institution word an office ends with."""
from __future__ import annotations

import re

from .roles import ROLE_HEADS

# "warga Jl Merpati, Sukajadi,": the role ends with a street; the capitalized word after its comma is the area
_STREET_END = re.compile(r"(?:^|[^\w])(?:Jl|Jln|Jalan|Gg|Gang)\.?[^\S\n]+[A-Z0-9][\w\-]*(?:[^\S\n]+[A-Z0-9][\w\-]*){0,3}$")

# "Kepala Badan Pangan", "Kepala Dinas Pertanian": an institution word and the one word naming it ("Pangan" no person)
_INSTITUTION_WORDS = frozenset("badan dinas lembaga kantor pusat biro direktorat komisi dewan majelis".split())


def names_no_one(name: str, role: str | None) -> bool:
    """True when the introduced `name` with `role` is a place or an institution's name, not a person."""
    if not role:
        return False
    if _STREET_END.search(role):
        return True
    words = role.split()
    # only right after the head ("Kepala Badan"): "... Dinas Sosial Jakarta Pusat Nurlaela" ends with a place's word
    return (" " not in name and len(words) >= 2 and words[-1].lower() in _INSTITUTION_WORDS
            and words[-2].lower() in ROLE_HEADS)
