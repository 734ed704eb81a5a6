"""What one article becomes in the index: its article document and a document per quote, built
from the extraction and the archive's overrides (people aliases, quote corrections, a date set by
hand), with what the person and program documents and the reports keep of it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from . import quoterecords
from .aggregates import _slug


@dataclass
class Context:
    """What every article's documents depend on besides the article itself."""

    config: Any
    people: list
    programs: list
    extract: Callable | None
    root: Path | None = None  # the archive, for articles a worker reads itself (UNREAD)


def _load_context(store) -> Context:
    try:
        from .nlp.extract import extract
    except ImportError:
        extract = None
    return Context(config=store.config, people=list(store.people()), programs=list(store.programs()),
                   extract=extract, root=Path(store.root) if getattr(store, "root", None) else None)


def _as_datetime(day):
    import datetime as dt

    return dt.datetime(day.year, day.month, day.day)


def _override_date(article):
    import datetime as dt

    value = (article.overrides or {}).get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _people_for_article(people: list, overrides: dict) -> list:
    """people.yaml plus this article's extra aliases (overrides.aliases: {Full Name: [short]})."""
    extra = (overrides or {}).get("aliases") or {}
    if not isinstance(extra, dict) or not extra:
        return people
    from dataclasses import replace

    from .model import Person

    try:
        from .nlp.people import HONORIFICS
    except ImportError:
        HONORIFICS = frozenset()

    def forms(alias: str) -> list[str]:
        # "Bang Hen" is written with an honorific the extractor strips: accept "Hen" as well
        words = str(alias).split()
        while len(words) > 1 and words[0].lower().strip(".") in HONORIFICS:
            words = words[1:]
        return list(dict.fromkeys([str(alias), " ".join(words)]))

    extra = {str(name): [f for a in (aliases or []) for f in forms(a)] for name, aliases in extra.items()}
    out, seen = [], set()
    for person in people:
        more = extra.get(person.name)
        if more:
            person = replace(person, aliases=list(dict.fromkeys([*person.aliases, *map(str, more)])))
            seen.add(person.name)
        out.append(person)
    for name, aliases in extra.items():
        if name not in seen:
            out.append(Person(id=_slug(str(name)), name=str(name), aliases=list(aliases)))
    return out


def _alias_speakers(quotes: list, people: list, overrides: dict) -> list:
    """A quote whose speaker is one of this article's extra aliases gets the full name."""
    extra = (overrides or {}).get("aliases") or {}
    if not isinstance(extra, dict) or not extra:
        return quotes
    from dataclasses import replace

    names = {a.lower(): p.name for p in people if p.name in extra for a in p.aliases}
    return [replace(q, speaker=names[q.speaker.lower()]) if q.speaker and q.speaker.lower() in names else q
            for q in quotes]


def _apply_quote_overrides(quotes: list, overrides: dict) -> list:
    """overrides.quotes: [{match, speaker?, role?, drop?}] — the person's correction wins."""
    rules = (overrides or {}).get("quotes") or []
    if not isinstance(rules, list) or not rules:
        return quotes
    from dataclasses import replace

    out = []
    for q in quotes:
        keep = True
        for rule in rules:
            if not isinstance(rule, dict) or not rule.get("match"):
                continue
            if str(rule["match"]).lower() not in q.text.lower():
                continue
            if rule.get("drop"):
                keep = False
                break
            if rule.get("speaker"):
                q = replace(q, speaker=str(rule["speaker"]), role=rule.get("role") or None)
            elif rule.get("role"):
                q = replace(q, role=str(rule["role"]))
        if keep:
            out.append(q)
    return out


def _person_by_name(people: list) -> dict[str, Any]:
    return {p.name.lower(): p for p in people}


def _who(speaker: str | None, role: str | None, known: dict[str, Any], short_forms: dict[str, list[str]]) -> str:
    """What a quote search matches beside the quote's words: the speaker's full name, the short
    forms the article and people.yaml give, and the role held that day ("" without a speaker)."""
    if not speaker:
        return ""
    person = known.get(speaker.lower())
    forms = [speaker, *short_forms.get(speaker.lower(), []), *(person.aliases if person is not None else []), role or ""]
    return " ; ".join(dict.fromkeys(f for f in forms if f))


def article_documents(article, ctx: Context) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The whoosh documents of one article (the article and its quotes) and its aggregate info."""
    day = _override_date(article) or article.date
    people = _people_for_article(ctx.people, article.overrides)
    extraction = None
    if ctx.extract is not None:
        extraction = ctx.extract(article.body, pub_date=day, people=people, programs=ctx.programs, lean=True)
    quotes = _alias_speakers(list(extraction.quotes) if extraction else [], people, article.overrides)
    quotes = _apply_quote_overrides(quotes, article.overrides)
    known = _person_by_name(people)
    programs = list(dict.fromkeys([*(article.programs or []), *((extraction.programs if extraction else []) or [])]))
    programs = [str(p).lower() for p in programs]
    resolved_quotes = []
    for q in quotes:
        role = q.role
        person = known.get((q.speaker or "").lower())
        if person is not None:
            held = person.role_on(day)
            role = held.title if held else role
        resolved_quotes.append((q, role))
    speakers = list(dict.fromkeys(q.speaker for q, _ in resolved_quotes if q.speaker))
    when = _as_datetime(day)
    common = {
        "path": article.path, "article_id": article.id, "date": when, "year": str(day.year),
        "channel": (article.channel or "").lower() or None, "programs": ",".join(programs),
    }
    common = {k: v for k, v in common.items() if v is not None}
    # the article's record holds its quotes and its path and date (quoterecords: a quote's
    # document stores only its article and number; issue 17, the index's size)
    docs = [{
        **common, "uid": f"article:{article.id}", "kind": "article",
        "title": article.title, "title_exact": article.title,
        "body": article.body, "body_exact": article.body,
        "tags": ",".join(str(t) for t in article.tags or []), "speakers": ",".join(speakers),
        "facets": facet_value(str(day.year), common.get("channel") or "", programs),
        "data": {"url": article.url, "location": (article.overrides or {}).get("location") or article.location
                 or (extraction.location if extraction else None), "tags": list(article.tags or []),
                 "programs": programs, "channel": article.channel,
                 "author": article.author, "fictional": article.fictional,
                 "path": article.path, "date": when, "quotes": quoterecords.pack(resolved_quotes, article.body)},
    }]
    short_forms = {m.name.lower(): list(m.aliases) for m in (extraction.people if extraction else [])}
    for n, (q, role) in enumerate(resolved_quotes):
        who = _who(q.speaker, role, known, short_forms)
        docs.append({
            **common, "kind": "quote",
            "text": q.text, "text_exact": q.text, "speakers": q.speaker or "",
            **({"who": who, "who_exact": who} if who else {}),
            "data": n,
        })
    mentions = []
    if extraction:
        for m in extraction.people:
            if not getattr(m, "initials_only", False):
                mentions.append({"name": m.name, "aliases": list(m.aliases), "role": m.role})
    quoted: dict[str, int] = {}
    roles_quoted: dict[str, str | None] = {}
    for q, role in resolved_quotes:
        if q.speaker:
            quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
            roles_quoted.setdefault(q.speaker, role)
    info = {"id": article.id, "date": day.isoformat(), "programs": programs, "mentions": mentions,
            "quoted": quoted, "roles": roles_quoted, "channel": article.channel,
            # the reports' row of the file (reports/table.py), as the front matter says it
            "row": report_row(article)}
    return docs, info


def _aggregated(info: dict[str, Any]) -> dict[str, Any]:
    """The part of a file's info the person and program documents are made from (not the
    reports' row: a new title changes no person)."""
    return {k: v for k, v in info.items() if k != "row"}


def report_row(article) -> dict[str, Any]:
    """What the reports count of an article (frames.ARTICLE_COLUMNS and its review mark), kept in
    the file record so a report does not parse every front matter of the archive again."""
    from .review import needs_review

    return {"title": article.title, "published": article.date.isoformat() if article.date else None,
            "url": article.url, "tags": [str(t) for t in article.tags or []],
            "programs": [str(p) for p in article.programs or []], "review": needs_review(article)}


FACET_PREFIXES = {"y": "year", "c": "channel", "p": "program"}


def facet_value(year: str, channel: str, programs: list[str]) -> str:
    return ",".join([f"y:{year}"] + ([f"c:{channel}"] if channel else []) + [f"p:{p}" for p in programs])
