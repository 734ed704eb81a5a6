"""Person and program documents: the people directory and program coverage aggregated across
every article's info (its people, quotes, programs, date), and the `aggregates` document that lets
an incremental commit rewrite only those that changed."""
from __future__ import annotations

import hashlib
from typing import Any


def _slug(text: str) -> str:
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


AGGREGATES_UID = "aggregates"


def _aggregate_digests(docs: list[dict[str, Any]]) -> dict[str, str]:
    """uid -> a hash of its person/program document(s), to rewrite only those that changed."""
    by_uid: dict[str, list[str]] = {}
    for doc in docs:
        by_uid.setdefault(doc["uid"], []).append(repr(sorted(doc.items())))
    return {uid: hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16] for uid, parts in by_uid.items()}


def _aggregates_doc(digests: dict[str, str], grouping: dict[str, Any]) -> dict[str, Any]:
    """What the next incremental reindex compares with: each person/program document's hash
    and the people grouping (written names -> directory names). Rewritten by every commit."""
    return {"uid": AGGREGATES_UID, "kind": "aggregates",
            "data": {"digests": digests, "grouping": grouping}}


def _write_aggregates(writer, docs: list[dict[str, Any]], new: dict[str, str], old: dict[str, str] | None) -> None:
    """Person and program documents into an incremental commit: only those whose hash changed
    (all of them when the index has no hashes yet), so editing one article rewrites a few."""
    if old is None:
        for kind in ("person", "program"):
            writer.delete_by_term("kind", kind)
        for doc in docs:
            writer.add_document(**doc)
        return
    for uid in old.keys() - new.keys():
        writer.delete_by_term("uid", uid)
    changed = {uid for uid, digest in new.items() if old.get(uid) != digest}
    for uid in changed & old.keys():
        writer.delete_by_term("uid", uid)
    for doc in docs:
        if doc["uid"] in changed:
            writer.add_document(**doc)


def _stored_aggregates(searcher) -> dict[str, Any]:
    for doc in searcher.documents(uid=AGGREGATES_UID):
        return doc["data"]
    return {}


def _norm_name(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _directory_groups(people: list, names: list[str], roles: dict[str, int]) -> dict[str, str] | None:
    """name -> canonical name from directory.py (cross-article grouping) when it is there."""
    try:
        from . import directory
    except ImportError:
        return None
    fn = getattr(directory, "canonical_names", None)
    if fn is None:
        return None
    try:
        return dict(fn(names, people, roles))
    except Exception:  # noqa: BLE001 - fall back to local grouping
        return None


def _local_groups(people: list, names: list[str]) -> dict[str, str]:
    """name -> canonical: people.yaml names and aliases first, then spelling variants (rapidfuzz)."""
    canon: dict[str, str] = {}
    for p in people:
        canon[_norm_name(p.name)] = p.name
        for alias in p.aliases:
            canon.setdefault(_norm_name(alias), p.name)
    out: dict[str, str] = {}
    groups: list[tuple[str, str]] = []  # (normalized, canonical) of extracted groups
    try:
        from rapidfuzz import fuzz
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency
        fuzz = None
    for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
        key = _norm_name(name)
        if key in canon:
            out[name] = canon[key]
            continue
        match = None
        if fuzz is not None:
            for gkey, gname in list(canon.items()) + groups:
                if len(gkey.split()) == len(key.split()) and gkey[:1] == key[:1] and fuzz.ratio(gkey, key) >= 88:
                    match = gname
                    break
        if match is None:
            match = name
            groups.append((key, name))
        out[name] = match
    return out


def _as_date_iso(value):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _grouping(people: list, names: list[str], roles: dict[str, int],
              cache: dict[str, Any] | None) -> dict[str, str]:
    """name -> canonical name; `roles` (how often each name came with a role) picks the spelling
    a group keeps. `cache` (the last reindex's grouping) answers when neither the written names,
    their roles nor people.yaml changed, as after an edit to an article's body."""
    key = hashlib.sha1(repr(([p.to_dict() for p in people], names, sorted(roles.items()))).encode("utf-8")).hexdigest()
    if cache is not None and cache.get("key") == key:
        return cache["mapping"]
    mapping = _directory_groups(people, names, roles) or _local_groups(people, names)
    if cache is not None:
        cache.clear()
        cache.update(key=key, mapping=mapping)
    return mapping


def group_people(people: list, infos: list[dict[str, Any]], cache: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The people directory: curated people (people.yaml wins) plus extracted ones grouped
    across articles, each with roles (first/last dates), aliases, variants and counts."""
    from .directory import is_initials

    names = []
    roles: dict[str, int] = {}
    for info in infos:
        for m in info.get("mentions", []):
            names.append(m["name"])
            if m.get("role"):
                roles[m["name"]] = roles.get(m["name"], 0) + 1
        names.extend(info.get("quoted", {}))
    mapping = _grouping(people, names, roles, cache)
    curated = {p.name: p for p in people}
    # role words ("Kepala Balai") stand for whoever holds the role on a date: never a person's alias
    role_words = {_norm_name(w) for p in people for r in p.roles for w in [r.title, *r.aliases]}
    role_titles = [_norm_name(r.title) for p in people for r in p.roles]

    def is_role_word(alias: str) -> bool:
        key = _norm_name(alias)
        return key in role_words or any(f" {key} " in f" {t} " for t in role_titles)
    entries: dict[str, dict[str, Any]] = {}

    def entry(canonical: str) -> dict[str, Any]:
        e = entries.get(canonical)
        if e is None:
            p = curated.get(canonical)
            e = entries[canonical] = {
                "id": p.id if p else _slug(canonical), "name": canonical,
                "aliases": list(p.aliases) if p else [], "internal": bool(p.internal) if p else False,
                "curated": p is not None, "variants": {canonical.lower()}, "articles": set(), "quotes": 0,
                "first": None, "last": None, "roles": {},
                "defined_roles": [r.to_dict() for r in p.roles] if p else [],
            }
        return e

    initials: dict[str, bool] = {}  # is_initials of each name met: the same names recur in thousands of articles

    def initials_only(name: str) -> bool:
        found = initials.get(name)
        if found is None:
            found = initials[name] = is_initials(name)
        return found

    for p in people:
        entry(p.name)
    for info in infos:
        day = info.get("date")
        seen_here: dict[str, str | None] = {}
        aliases_of: dict[str, list] = {}  # name -> its mentions' aliases, in order
        for m in info.get("mentions", []):
            seen_here.setdefault(m["name"], m.get("role"))
            aliases_of.setdefault(m["name"], []).extend(m.get("aliases") or [])
        for speaker, role in (info.get("roles") or {}).items():
            if role or speaker not in seen_here:
                seen_here[speaker] = role or seen_here.get(speaker)
        for raw, role in seen_here.items():
            if initials_only(raw):  # a quoted minor or beneficiary (mentions carry none)
                continue
            canonical = mapping.get(raw, raw)
            e = entry(canonical)
            person = curated.get(canonical)
            if person is not None:  # people.yaml wins: count the day under the role held then
                held = person.role_on(_as_date_iso(day))
                role = held.title if held else role
            e["variants"].add(raw.lower())
            e["articles"].add(info["id"])
            if day:  # the earliest and latest dates written (min/max of the known ones)
                if e["first"] is None or day < e["first"]:
                    e["first"] = day
                if e["last"] is None or day > e["last"]:
                    e["last"] = day
            if role:
                span = e["roles"].setdefault(role, [day, day])
                span[0], span[1] = min(span[0], day), max(span[1], day)
            for alias in aliases_of.get(raw, ()):
                # one alias per spelling, whatever its case ("Bupati" here, "bupati" there)
                if alias and _norm_name(alias) not in {_norm_name(a) for a in [canonical, *e["aliases"]]} \
                        and not is_role_word(alias):
                    e["aliases"].append(alias)
        for speaker, n in (info.get("quoted") or {}).items():
            if not initials_only(speaker):  # a minor or a beneficiary: never a directory entry
                entry(mapping.get(speaker, speaker))["quotes"] += n
    out = []
    for e in entries.values():
        roles = []
        defined = {r["title"]: r for r in e.pop("defined_roles")}
        for title, r in defined.items():
            span = e["roles"].get(title)
            roles.append({"title": title, "organization": r.get("organization"), "start": r.get("start"),
                          "end": r.get("end"), "aliases": list(r.get("aliases") or []),
                          "first": span[0] if span else None, "last": span[1] if span else None})
        for title, span in sorted(e["roles"].items(), key=lambda kv: kv[1][0]):
            if title not in defined:
                roles.append({"title": title, "organization": None, "start": None, "end": None, "aliases": [],
                              "first": span[0], "last": span[1]})
        e["roles"] = roles
        e["variants"] = sorted(e["variants"] | {a.lower() for a in e["aliases"]})
        e["articles"] = len(e["articles"])
        out.append(e)
    return sorted(out, key=lambda e: e["name"])



# A role's fields in the order the directory gives them, and the value most extracted roles have
# (no organization, no dates, no aliases): the stored record leaves those out (issue 17, the
# index's size: a fifth of the people's records on real news), `person_of` puts them back.
_ROLE_FIELDS = ("title", "organization", "start", "end", "aliases", "first", "last")
_ROLE_EMPTY = {"organization": None, "start": None, "end": None, "aliases": []}


def stored_person(person: dict[str, Any]) -> dict[str, Any]:
    """A person's stored record: its roles without their empty fields."""
    roles = [{k: v for k, v in r.items() if not (k in _ROLE_EMPTY and v == _ROLE_EMPTY[k])}
             for r in person["roles"]]
    return {**person, "roles": roles}


def person_of(record: dict[str, Any]) -> dict[str, Any]:
    """The person as the directory gave it, from its stored record (`stored_person`)."""
    roles = [{k: (list(r.get(k) or []) if k == "aliases" else r.get(k)) for k in _ROLE_FIELDS}
             for r in record.get("roles", [])]
    return {**record, "roles": roles}


def _aggregate_documents(ctx, infos: list[dict[str, Any]],
                         cache: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Person and program documents from people.yaml/programs.yaml plus every article's info."""
    docs = []
    for person in group_people(ctx.people, infos, cache):
        docs.append({
            "uid": f"person:{person['id']}", "kind": "person", "path": "people.yaml",
            "name": " ".join([person["name"], *person["aliases"]]),
            "info": " ".join(r["title"] for r in person["roles"] if r.get("title")),
            "speakers": ",".join(person["variants"]),
            "data": stored_person(person),
        })
    last: dict[str, str] = {}
    count: dict[str, int] = {}
    for info in infos:
        for pid in info.get("programs", []):
            count[pid] = count.get(pid, 0) + 1
            if info["date"] > last.get(pid, ""):
                last[pid] = info["date"]
    for program in ctx.programs:
        pid = program.id.lower()
        data = program.to_dict()
        data.update({"last_covered": last.get(pid), "articles": count.get(pid, 0)})
        docs.append({
            "uid": f"program:{program.id}", "kind": "program", "path": "programs.yaml",
            "name": " ".join(x for x in [program.name, program.acronym or "", program.id, *program.aliases] if x),
            "info": " ".join([program.description or "", *program.keywords]),
            "programs": pid, "data": data,
        })
    return docs
