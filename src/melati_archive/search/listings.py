"""The people directory and program listings: `melati people` and `melati programs`."""
from __future__ import annotations

from ..aggregates import person_of
from .dates import _as_date
from .engine import _index_of, _searcher
from .resolver import _norm
from .results import PeopleResults, PersonHit, ProgramHit, ProgramResults


def _matches(query: str, forms: list[str]) -> float:
    """How well a typed query matches a name's forms (0 = not at all)."""
    key = _norm(query)
    normed = [_norm(f) for f in forms if f]
    if any(key == f for f in normed):
        return 100.0
    if any(key in f for f in normed):
        return 90.0
    from rapidfuzz import fuzz

    best = max((fuzz.WRatio(key, f) for f in normed), default=0.0)
    return best if best >= 80 else 0.0


def people(archive, query: str = "") -> PeopleResults:
    """The people directory (curated and extracted), filtered by name, alias or role."""
    ix = _index_of(archive)
    with _searcher(ix) as s:
        found = [person_of(d["data"]) for d in s.documents(kind="person")]
    scored = []
    for p in found:
        forms = [p["name"], *p.get("aliases", []), *[r.get("title") or "" for r in p.get("roles", [])]]
        score = _matches(query, forms) if query.strip() else 1.0
        if score:
            scored.append((score, p))
    scored.sort(key=lambda sp: (-sp[0], -(sp[1].get("quotes") or 0), sp[1]["name"]))
    hits = []
    for _, p in scored:
        roles = [{**r, "start": _as_date(r.get("start")), "end": _as_date(r.get("end")),
                  "first": _as_date(r.get("first")), "last": _as_date(r.get("last"))} for r in p.get("roles", [])]
        hits.append(PersonHit(id=p["id"], name=p["name"], aliases=list(p.get("aliases", [])), roles=roles,
                              internal=bool(p.get("internal")), curated=bool(p.get("curated")),
                              articles=int(p.get("articles") or 0), quotes=int(p.get("quotes") or 0),
                              first=_as_date(p.get("first")), last=_as_date(p.get("last"))))
    return PeopleResults(hits=hits, total=len(hits), query=query)


def programs(archive, query: str = "") -> ProgramResults:
    """The program knowledge base, with each program's last coverage date."""
    ix = _index_of(archive)
    with _searcher(ix) as s:
        found = [d["data"] for d in s.documents(kind="program")]
    scored = []
    for p in found:
        forms = [p["id"], p.get("name") or "", p.get("acronym") or "", *(p.get("aliases") or []),
                 *(p.get("keywords") or [])]
        score = _matches(query, forms) if query.strip() else 1.0
        if score:
            scored.append((score, p))
    scored.sort(key=lambda sp: (-sp[0], sp[1]["id"]))
    hits = [ProgramHit(id=p["id"], name=p.get("name") or "", acronym=p.get("acronym"),
                       description=p.get("description") or "", keywords=list(p.get("keywords") or []),
                       target_per_month=int(p.get("target_per_month") or 0), articles=int(p.get("articles") or 0),
                       last_covered=_as_date(p.get("last_covered"))) for _, p in scored]
    return ProgramResults(hits=hits, total=len(hits), query=query)
