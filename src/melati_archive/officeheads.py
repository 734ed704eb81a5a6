"""Offices and their heads among the built-in equivalents: forms related to a search word, not equal to it.

Indonesian names an office's head from the office: the ministry (Kementerian Sosial, Kemensos)
and its minister (Menteri Sosial, Mensos); the police resort (Kepolisian Resor, Polres) and its
chief (Kepala Kepolisian Resor, Kapolres). A reader who looks for the office wants the stories
that name only its head, and the other way round, below the stories that name what was typed.
The pairs are read from data/synonyms-id.txt by the shape of their long forms, so a line added
there brings its pair without a second list.
"""
from __future__ import annotations

import functools

from melati_archive.knowledge import _exact_words

# long-form openings that name an office's head, and what they stand for in the office's long form
_HEAD_OPENINGS = ((("menteri",), ("kementerian",)), (("kepala",), ()))


def related_map(groups) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each form (exact-field words) of an office's group -> the forms of its head's group, and
    the other way round. `groups`: lines of equivalent forms, each a sequence of strings."""
    forms_of = [tuple(dict.fromkeys(f for f in (tuple(_exact_words(x)) for x in g) if f)) for g in groups]
    by_long: dict[tuple[str, ...], int] = {}
    for n, forms in enumerate(forms_of):
        for form in forms:
            if len(form) > 1:
                by_long.setdefault(form, n)
    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for n, forms in enumerate(forms_of):
        for form in (f for f in forms if len(f) > 1):
            office = _office_of(form)
            m = by_long.get(office) if office else None
            if m is None or m == n:
                continue
            for a, b in ((n, m), (m, n)):
                for x in forms_of[a]:
                    bucket = out.setdefault(x, [])
                    bucket += [y for y in forms_of[b] if y not in bucket and y not in forms_of[a]]
    return {k: tuple(v) for k, v in out.items() if v}


def _office_of(head: tuple[str, ...]) -> tuple[str, ...] | None:
    """The office's long form a head's long form names ("menteri sosial" -> "kementerian sosial")."""
    for opening, office_opening in _HEAD_OPENINGS:
        if head[: len(opening)] == opening and len(head) > len(opening) + (0 if office_opening else 1):
            return office_opening + head[len(opening):]
    return None


@functools.lru_cache(maxsize=1)
def builtin_related() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    from melati_archive.nlp.shortforms import builtin_groups

    return related_map(builtin_groups())
