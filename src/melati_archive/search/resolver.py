"""Resolving what a user typed for a speaker, program or channel into indexed values."""
from __future__ import annotations

import re
from typing import Any

from ..errors import QueryError
from ..wording import quoted
from .dates import _as_date, _date_range_query


# --- Resolving names: speakers, programs, channels --------------------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


class _Resolver:
    """Turns what a user typed for a speaker, program or channel into indexed values."""

    def __init__(self, searcher):
        self.searcher = searcher

    def _kept(self, name: str, build):
        """A listing built once per kept searcher (a new one comes with every commit): the person
        documents of a large directory take longer to read than the query takes to run."""
        cache = getattr(self.searcher, "_melati_listings", None)
        if cache is None:
            cache = {}
            try:
                self.searcher._melati_listings = cache
            except AttributeError:  # pragma: no cover - a searcher that takes no attributes
                pass
        if name not in cache:
            cache[name] = build()
        return cache[name]

    def people(self) -> list[dict[str, Any]]:
        from ..aggregates import person_of

        return self._kept("people", lambda: [person_of(d["data"]) for d in self.searcher.documents(kind="person")])

    def programs(self) -> list[dict[str, Any]]:
        return self._kept("programs", lambda: [d["data"] for d in self.searcher.documents(kind="program")])

    def directory(self) -> list[tuple[Any, dict[str, Any]]]:
        """(directory.DirectoryPerson, person document data) of everyone in the index."""
        from ..directory import person_from_record

        return self._kept("directory", lambda: [(person_from_record(p), p) for p in self.people()])

    def _exact_forms(self) -> dict[str, list[Any]]:
        """Normalized name, alias or variant -> the directory people who have it
        (`directory._match_strength` 100)."""
        from ..directory import _forms

        def build():
            out: dict[str, list[Any]] = {}
            for d, _ in self.directory():
                for form in dict.fromkeys(_forms(d)):
                    out.setdefault(form, []).append(d)
            return out

        return self._kept("exact", build)

    def person(self, typed: str, exact_only: bool = False) -> dict[str, Any] | None:
        """The person meant by a full name, an alias, a short form or a misspelling of either:
        `directory.speaker_candidates`, the same resolver as the people directory's, then a
        unique start of a full name and a fuzzy match. QueryError when two people fit equally."""
        from ..directory import is_initials, is_tie, normalize_name, speaker_candidates

        entries = self.directory()
        data = self._kept("by_id", lambda: {id(d): p for d, p in entries})
        # a name, alias or variant as written is the strongest match there is: a dictionary
        # answers it, where speaker_candidates scores every person of the directory
        key = normalize_name(typed or "")
        exact = self._exact_forms().get(key) if key and not is_initials(typed or "") else None
        if exact:
            strength, best = 100.0, sorted(exact, key=lambda d: (-d.articles, not d.curated))
        else:
            strength, best = speaker_candidates(typed, [d for d, _ in entries])
        if exact_only and strength < 100:
            return None
        if best and is_tie(best):
            names = " atau ".join(repr(d.name) for d in best[:3])
            raise QueryError(f"{quoted(typed)} cocok dengan beberapa orang ({names}); ketik nama lebih lengkap")
        if best:
            return data[id(best[0])]
        if exact_only:
            return None
        key = _norm(typed)
        people = self.people()
        starts = [p for p in people if len(key) >= 4 and _norm(p["name"]).startswith(key)]
        if len(starts) == 1:  # "Puti Chai"
            return starts[0]
        from rapidfuzz import fuzz, process

        choices = {}
        for i, p in enumerate(people):
            for n in [p["name"], *p.get("aliases", [])]:
                choices[(i, n)] = _norm(n)
        found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=80)
        return people[found[2][0]] if found else None

    def role_holders(self, typed: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(person, role) pairs whose people.yaml role title or role alias is what was typed; when
        none is, those whose title or alias begins with the typed words ("psikolog" for
        "Psikolog Klinis Balai X", "camat" for every camat the registry knows)."""
        key = _norm(typed)
        if not key:
            return []
        curated = [(p, role, {_norm(role.get("title") or "")} | {_norm(a) for a in role.get("aliases") or []})
                   for p in self.people() if p.get("curated") for role in p.get("roles", [])]
        exact = [(p, role) for p, role, forms in curated if key in forms]
        return exact or [(p, role) for p, role, forms in curated
                         if any(f.startswith(key + " ") for f in forms)]

    def speaker_query(self, typed: str):
        """Quotes/items of the person typed; a role word ("Kepala Balai") means whoever held the
        role on each item's date (people.yaml roles with their validity periods)."""
        from whoosh.query import And, Or, Term

        p = self.person(typed, exact_only=True)
        if p is None:
            holders = self.role_holders(typed)
            if holders:
                parts = []
                for person, role in holders:
                    names = Or([Term("speakers", v) for v in self._variants(person)])
                    start, end = _as_date(role.get("start")), _as_date(role.get("end"))
                    parts.append(And([names, _date_range_query(start, end)]) if start or end else names)
                return parts[0] if len(parts) == 1 else Or(parts)
        return Or([Term("speakers", v) for v in self.speaker_variants(typed)])

    def speaker_variants(self, typed: str) -> list[str]:
        p = self.person(typed)
        if p is None:
            close = self._close_names(typed)
            hint = f"; mungkin maksud Anda {close}" if close else "; `melati people` menampilkan semua nama"
            raise QueryError(f"tidak ada narasumber bernama {quoted(typed)} di arsip{hint}")
        return self._variants(p)

    @staticmethod
    def _variants(p: dict[str, Any]) -> list[str]:
        return sorted({p["name"].lower(), *p.get("variants", [])})

    def _close_names(self, typed: str) -> str:
        from rapidfuzz import fuzz, process

        names = [p["name"] for p in self.people()]
        found = process.extract(_norm(typed), {n: _norm(n) for n in names}, scorer=fuzz.WRatio, limit=2,
                                score_cutoff=60)
        return " atau ".join(repr(f[2]) for f in found)

    def program_ids(self, typed: str) -> list[str]:
        key = _norm(typed)
        ids = []
        for p in self.programs():
            forms = {_norm(p["id"]), _norm(p.get("name") or ""), _norm(p.get("acronym") or "")}
            forms |= {_norm(a) for a in p.get("aliases") or []}
            if key in forms:
                ids.append(p["id"].lower())
        if not ids:
            if not self.programs():
                return [typed.lower()]
            known = ", ".join(sorted(p["id"] for p in self.programs()))
            raise QueryError(f"program {quoted(typed)} tidak dikenal; program yang ada: {known}")
        return ids

    def organization(self) -> str | None:
        """melati.yaml organization.name, as recorded at the last reindex (citations name it)."""
        if not hasattr(self, "_organization"):
            self._organization = None
            for d in self.searcher.documents(kind="meta"):
                self._organization = d["data"].get("organization")
        return self._organization

    def channel_id(self, typed: str) -> str:
        key = typed.lower().strip()
        channels = {}
        for d in self.searcher.documents(kind="meta"):
            channels = d["data"].get("channels") or {}
        if not channels or key in channels:
            return key
        for cid, name in channels.items():
            if key == _norm(name or ""):
                return cid
        raise QueryError(f"kanal {quoted(typed)} tidak dikenal; kanal yang ada: {', '.join(sorted(channels))}")

