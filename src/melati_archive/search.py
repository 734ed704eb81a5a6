"""Searching the index: the query language, filters, facets, snippets, suggestions and citations.

The query language (docs/search.md): bare words (all required), "phrases", `field:value` with
Indonesian or English field names, `field:"value with spaces"`, dates and date ranges
(`tanggal:2020-11`, `tanggal:"November 2020"`, `tanggal:2020-01..2020-06`,
`tanggal:[2020-01 TO 2020-06]`), `word~` / `word~2` fuzzy words, OR, NOT / -word, and
parentheses. Bad input raises QueryError with a message saying what to change.
Results are plain dataclasses with .to_dict() and .to_frame() (pandas imported only there).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QueryError
from .querylimits import check_query, suggestable

FIELD_NAMES = {
    "judul": "title", "title": "title",
    "isi": "body", "body": "body", "teks": "body", "text": "body",
    "tanggal": "date", "date": "date", "tgl": "date",
    "program": "program", "programs": "program",
    "pembicara": "speaker", "speaker": "speaker", "narasumber": "speaker",
    "kanal": "channel", "channel": "channel", "saluran": "channel",
    "tag": "tag", "tags": "tag", "label": "tag",
}
MONTHS_ID = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
             "oktober", "november", "desember"]
_MONTH_ALIASES = {**{m: i + 1 for i, m in enumerate(MONTHS_ID)},
                  **{m[:3]: i + 1 for i, m in enumerate(MONTHS_ID)},
                  "agt": 8, "ags": 8, "okt": 10, "des": 12, "peb": 2, "nop": 11, "sept": 9,
                  "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
                  "august": 8, "october": 10, "december": 12, "mar": 3, "aug": 8, "oct": 10, "dec": 12}
MARK_OPEN, MARK_CLOSE = "\u00ab", "\u00bb"  # « » around highlighted words in snippets


# --- Result types -----------------------------------------------------------------------------


class _Results:
    hits: list

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self):
        return iter(self.hits)

    def __getitem__(self, i):
        return self.hits[i]

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": self.rows()}

    def rows(self) -> list[dict[str, Any]]:
        from .model import _jsonable

        return [_jsonable(h) for h in self.hits]

    def to_frame(self):
        import pandas as pd  # lazily: `melati search` never pays for pandas

        frame = pd.DataFrame(self.rows(), columns=[f.name for f in self._hit_fields()])
        if "date" in frame:
            frame["date"] = pd.to_datetime(frame["date"])
        return frame

    def _hit_fields(self):
        import dataclasses

        return dataclasses.fields(self._hit_type)


@dataclass
class ArticleHit:
    id: str
    path: str
    title: str
    date: dt.date
    channel: str | None
    url: str | None
    programs: list[str]
    speakers: list[str]
    score: float
    snippet: str
    tags: list[str]


@dataclass
class SearchResults(_Results):
    hits: list[ArticleHit]
    total: int
    query: str = ""
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    _hit_type = ArticleHit

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": self.rows(), "facets": self.facets,
                "suggestion": self.suggestion}


@dataclass
class QuoteHit:
    text: str
    speaker: str | None
    role: str | None
    cue: str | None
    article_id: str
    title: str
    date: dt.date
    channel: str | None
    url: str | None
    programs: list[str]
    start: int
    end: int
    citation: str
    score: float = 0.0


@dataclass
class QuoteResults(_Results):
    hits: list[QuoteHit]
    total: int
    query: str = ""
    _hit_type = QuoteHit


@dataclass
class PersonHit:
    id: str
    name: str
    aliases: list[str]
    roles: list[dict[str, Any]]  # {title, organization, start, end, first, last}
    internal: bool
    curated: bool
    articles: int
    quotes: int
    first: dt.date | None
    last: dt.date | None


@dataclass
class PeopleResults(_Results):
    hits: list[PersonHit]
    total: int
    query: str = ""
    _hit_type = PersonHit


@dataclass
class ProgramHit:
    id: str
    name: str
    acronym: str | None
    description: str
    keywords: list[str]
    target_per_month: int
    articles: int
    last_covered: dt.date | None


@dataclass
class ProgramResults(_Results):
    hits: list[ProgramHit]
    total: int
    query: str = ""
    _hit_type = ProgramHit


# --- Dates ------------------------------------------------------------------------------------


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """User date input -> inclusive (first, last) day; QueryError naming accepted forms."""
    text = str(text).strip()
    try:
        from .nlp.dates import parse_period as nlp_parse
    except ImportError:
        nlp_parse = None
    if nlp_parse is not None:
        try:
            return nlp_parse(text)
        except (ValueError, TypeError):
            pass
    found = _local_period(text)
    if found is None:
        raise QueryError(
            f"cannot read the date {text!r}; use 2020, 2020-11, 2020-11-13, \"November 2020\" "
            "or \"13 November 2020\""
        )
    return found


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))


def _local_period(text: str) -> tuple[dt.date, dt.date] | None:
    t = text.lower().strip()
    try:
        if re.fullmatch(r"\d{4}", t):
            y = int(t)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
        if m:
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), _month_end(y, mo)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", t)
        if m:
            d = dt.date(int(m[3]), int(m[2]), int(m[1]))
            return d, d
        m = re.fullmatch(r"(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})", t)
        if m and m[2] in _MONTH_ALIASES:
            y, mo = int(m[3]), _MONTH_ALIASES[m[2]]
            if m[1]:
                d = dt.date(y, mo, int(m[1]))
                return d, d
            return dt.date(y, mo, 1), _month_end(y, mo)
    except ValueError:
        return None
    return None


def _date_range_query(first: dt.date | None, last: dt.date | None):
    from whoosh.query import DateRange

    start = dt.datetime(first.year, first.month, first.day) if first else None
    end = dt.datetime(last.year, last.month, last.day, 23, 59, 59) if last else None
    return DateRange("date", start, end)


def _date_value_query(value: str):
    """`2020`, `2020-11..2021-02`, `[2020 TO 2021]`, `..2020`, `November 2020`."""
    v = value.strip()
    m = re.fullmatch(r"\[\s*(.*?)\s+(?:TO|to|sampai|s/d)\s+(.*?)\s*\]", v)
    if m:
        a, b = m[1], m[2]
    elif ".." in v:
        a, b = (p.strip() for p in v.split("..", 1))
    else:
        first, last = parse_period(v)
        return _date_range_query(first, last)
    first = None if a in ("", "*") else parse_period(a)[0]
    last = None if b in ("", "*") else parse_period(b)[1]
    if first and last and first > last:
        raise QueryError(f"date range {value!r} ends before it starts")
    return _date_range_query(first, last)


# --- Query parsing ----------------------------------------------------------------------------

_TOKEN_RE = re.compile(
    r"""\s*(?:
        (?P<lpar>\() | (?P<rpar>\)) |
        (?P<field>[A-Za-z_]+):(?P<fvalue>"[^"]*"?|\[[^\]]*\]?|[^\s()]+) |
        (?P<phrase>[-+]?"[^"]*"?(?:~\d+)?) |
        (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE,
)


@dataclass
class _Node:
    op: str  # "and" | "or" | "not" | "word" | "phrase" | "field" | "fuzzy"
    children: list["_Node"] = field(default_factory=list)
    text: str = ""
    field: str = ""
    dist: int = 1


def _tokens(query: str) -> list[tuple[str, str, str]]:
    out, pos = [], 0
    query = query.replace("\u201c", '"').replace("\u201d", '"')
    while pos < len(query):
        if query[pos:].strip() == "":
            break
        m = _TOKEN_RE.match(query, pos)
        if not m or m.end() == pos:
            raise QueryError(f"cannot read the query near {query[pos:pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup if m.lastgroup != "fvalue" else "field"
        if kind == "field":
            out.append(("field", m["field"], m["fvalue"]))
        else:
            out.append((kind, m[kind], ""))
    return out


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _tokens(query)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def parse(self) -> _Node:
        node = self.or_expr()
        if self.peek() is not None:
            raise QueryError(f"unexpected {self.peek()[1]!r} in the query (a `)` without its `(`?)")
        return node

    def or_expr(self) -> _Node:
        parts = [self.and_expr()]
        while self.peek() and self.peek()[0] == "word" and self.peek()[1] == "OR":
            self.i += 1
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else _Node("or", parts)

    def and_expr(self) -> _Node:
        parts = []
        while True:
            tok = self.peek()
            if tok is None or tok[0] == "rpar" or (tok[0] == "word" and tok[1] == "OR"):
                break
            if tok[0] == "word" and tok[1] == "AND":
                self.i += 1
                continue
            parts.append(self.unary())
        if not parts:
            if self.peek() is None:
                raise QueryError("the query ends too early (after OR, NOT or an open `(`); "
                                 "finish it or remove the dangling part")
            raise QueryError("the query has an empty part (nothing between OR/parentheses); "
                             "write words on both sides of OR")
        return parts[0] if len(parts) == 1 else _Node("and", parts)

    def unary(self) -> _Node:
        tok = self.peek()
        if tok[0] == "word" and tok[1] == "NOT":
            self.i += 1
            if self.peek() is None:
                raise QueryError("NOT at the end of the query; write the word to exclude after it")
            return _Node("not", [self.unary()])
        if tok[0] in ("word", "phrase") and tok[1].startswith("-") and len(tok[1]) > 1:
            self.toks[self.i] = (tok[0], tok[1][1:], tok[2])
            return _Node("not", [self.unary()])
        if tok[0] in ("word", "phrase") and tok[1].startswith("+") and len(tok[1]) > 1:
            self.toks[self.i] = (tok[0], tok[1][1:], tok[2])
        return self.primary()

    def primary(self) -> _Node:
        kind, a, b = self.toks[self.i]
        self.i += 1
        if kind == "lpar":
            node = self.or_expr()
            if self.peek() is None or self.peek()[0] != "rpar":
                raise QueryError("a `(` in the query is never closed; add the missing `)`")
            self.i += 1
            return node
        if kind == "rpar":
            raise QueryError("a `)` in the query has no `(`; remove it or add the `(`")
        if kind == "phrase":
            m = re.fullmatch(r'"([^"]*)("?)(?:~(\d+))?', a)
            if not m or not m[2]:
                raise QueryError(f"a phrase is not closed: {a!r}; add the closing \"")
            if not m[1].strip():
                raise QueryError('an empty phrase "" in the query; put words between the quotes')
            return _Node("phrase", text=m[1], dist=int(m[3] or 0))
        if kind == "field":
            name = a.lower()
            if name not in FIELD_NAMES:
                known = ", ".join(sorted(FIELD_NAMES))
                raise QueryError(f"unknown field {a!r} in the query; known fields: {known}")
            value = b
            if value.startswith('"'):
                if len(value) < 2 or not value.endswith('"'):
                    raise QueryError(f"the value of {a}: is not closed; add the closing \"")
                value = value[1:-1]
            elif value.startswith("[") and not value.endswith("]"):
                raise QueryError(f"the range after {a}: is not closed; add the closing ]")
            if not value.strip():
                raise QueryError(f"{a}: has no value; write it as {a}:word or {a}:\"two words\"")
            return _Node("field", field=FIELD_NAMES[name], text=value, children=[])
        if a.endswith(":") and a[:-1].lower() in FIELD_NAMES:
            raise QueryError(f"{a} has no value; write it as {a}word or {a}\"two words\"")
        m = re.fullmatch(r"(.+?)~(\d?)", a)
        if m:
            # an unstated distance allows a swapped or dropped letter in longer words
            return _Node("fuzzy", text=m[1], dist=int(m[2]) if m[2] else (2 if len(m[1]) >= 6 else 1))
        return _Node("word", text=a)


def parse_query(query: str) -> _Node | None:
    """The syntax tree of a user query (None when empty); QueryError when it cannot be read."""
    if not query or not query.strip():
        return None
    check_query(query)  # limits first: the parser recurses once per ( and NOT
    return _Parser(query).parse()


# --- Building whoosh queries ------------------------------------------------------------------


@dataclass
class _Env:
    """What compiling a query needs: the text fields of the target kind and archive knowledge."""

    text_fields: tuple[str, ...]  # ("title", "body") for articles, ("text",) for quotes
    knowledge: Any
    searcher: Any
    resolver: "_Resolver"
    words: list[str] = field(default_factory=list)  # bare words, for "did you mean"
    node: Any = None  # the parsed query


def _rel():
    from . import relevance

    return relevance


def _word_q(word: str, env: _Env, fields: tuple[str, ...] | None = None):
    from whoosh.query import Or

    rel = _rel()
    subs = [rel.word_query(word, f, env.knowledge) for f in (fields or env.text_fields)]
    return subs[0] if len(subs) == 1 else Or(subs)


def _words_q(words: list[str], env: _Env):
    from whoosh.query import Or

    rel = _rel()
    subs = [rel.words_query(words, f, env.knowledge) for f in env.text_fields]
    return subs[0] if len(subs) == 1 else Or(subs)


def _phrase_q(text: str, env: _Env, fields: tuple[str, ...] | None = None, slop: int = 0):
    from whoosh.query import NullQuery, Or

    rel = _rel()
    words = text.split()
    subs = []
    for f in fields or env.text_fields:
        q = rel.phrase_query(words, f, env.knowledge)
        if slop and hasattr(q, "subqueries"):
            for sub in q.subqueries:
                if hasattr(sub, "slop"):
                    sub.slop = max(sub.slop, slop + 1)
        if q is not NullQuery:
            subs.append(q)
    if not subs:
        raise QueryError(f'the phrase "{text}" has no searchable words')
    return subs[0] if len(subs) == 1 else Or(subs)


def _fuzzy_q(word: str, dist: int, env: _Env):
    from whoosh.query import FuzzyTerm, Or

    w = word.lower()
    if dist > 3:
        raise QueryError(f"{word}~{dist}: fuzzy distance must be 1, 2 or 3")
    subs = [FuzzyTerm(f"{f}_exact", w, maxdist=dist, prefixlength=1) for f in env.text_fields]
    return subs[0] if len(subs) == 1 else Or(subs)


def _field_q(node: _Node, env: _Env):
    from whoosh.query import Or, Term

    name, value = node.field, node.text
    if name == "date":
        return _date_value_query(value)
    if name in ("title", "body"):
        if name == "title" and "title" not in env.text_fields:
            raise QueryError("judul:/title: is not searchable here (quotes have no title); search the words")
        fields = (name,) if name in env.text_fields else env.text_fields
        if " " in value.strip():
            return _phrase_q(value, env, fields)
        return _word_q(value, env, fields)
    if name == "speaker":
        return env.resolver.speaker_query(value)
    if name == "program":
        return Or([Term("programs", p) for p in env.resolver.program_ids(value)])
    if name == "channel":
        return Term("channel", env.resolver.channel_id(value))
    if name == "tag":
        return Term("tags", value.lower())
    raise QueryError(f"unknown field {name!r}")  # pragma: no cover - FIELD_NAMES guards it


def _compile(node: _Node, env: _Env):
    from whoosh.query import And, AndNot, Every, Not, Or

    if node.op == "word":
        env.words.append(node.text)
        return _word_q(node.text, env)
    if node.op == "phrase":
        return _phrase_q(node.text, env, slop=node.dist)
    if node.op == "fuzzy":
        return _fuzzy_q(node.text, node.dist, env)
    if node.op == "field":
        return _field_q(node, env)
    if node.op == "not":
        return Not(_compile(node.children[0], env))
    if node.op == "or":
        return Or([_compile(c, env) for c in node.children])
    if node.op == "and":
        positive = [c for c in node.children if c.op != "not"]
        negative = [c.children[0] for c in node.children if c.op == "not"]
        pos = []
        run: list[str] = []

        def flush():
            # a run of bare words goes to relevance as one unit: spans may match their acronym
            # or closed compound ("program keluarga harapan" ~ PKH, "orang tua" ~ orangtua)
            if len(run) == 1:
                pos.append(_word_q(run[0], env))
            elif run:
                pos.append(_words_q(list(run), env))
            run.clear()

        for c in positive:
            if c.op == "word":
                env.words.append(c.text)
                run.append(c.text)
                continue
            flush()
            pos.append(_compile(c, env))
        flush()
        base = (pos[0] if len(pos) == 1 else And(pos)) if pos else Every()
        for n in negative:
            base = AndNot(base, _compile(n, env))
        return base
    raise AssertionError(node.op)


# --- Resolving names: speakers, programs, channels --------------------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


class _Resolver:
    """Turns what a user typed for a speaker, program or channel into indexed values."""

    def __init__(self, searcher):
        self.searcher = searcher
        self._people = None
        self._programs = None
        self._directory = None

    def people(self) -> list[dict[str, Any]]:
        if self._people is None:
            self._people = [d["data"] for d in self.searcher.documents(kind="person")]
        return self._people

    def programs(self) -> list[dict[str, Any]]:
        if self._programs is None:
            self._programs = [d["data"] for d in self.searcher.documents(kind="program")]
        return self._programs

    def directory(self) -> list[tuple[Any, dict[str, Any]]]:
        """(directory.DirectoryPerson, person document data) of everyone in the index."""
        if self._directory is None:
            from .directory import DirectoryPerson

            self._directory = [(DirectoryPerson(id=p.get("id") or p["name"], name=p["name"],
                                                aliases=list(p.get("aliases") or []),
                                                variants=list(p.get("variants") or []),
                                                curated=bool(p.get("curated"))), p)
                               for p in self.people()]
        return self._directory

    def person(self, typed: str, exact_only: bool = False) -> dict[str, Any] | None:
        """The person meant by a full name, an alias, a short form or a misspelling of either:
        `directory.speaker_candidates`, the same resolver as the people directory's, then a
        unique start of a full name and a fuzzy match. QueryError when two people fit equally."""
        from .directory import is_tie, speaker_candidates

        entries = self.directory()
        data = {id(d): p for d, p in entries}

        def articles(d) -> int:
            return int(data[id(d)].get("articles") or 0)

        strength, best = speaker_candidates(typed, [d for d, _ in entries], articles)
        if exact_only and strength < 100:
            return None
        if best and is_tie(best, articles):
            names = " or ".join(repr(d.name) for d in best[:3])
            raise QueryError(f"{typed!r} could be {names}; type more of the name")
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
        """(person, role) pairs whose people.yaml role title or role alias is what was typed."""
        key = _norm(typed)
        out = []
        for p in self.people():
            for role in p.get("roles", []):
                if not p.get("curated"):
                    continue
                forms = {_norm(role.get("title") or "")} | {_norm(a) for a in role.get("aliases") or []}
                if key in forms:
                    out.append((p, role))
        return out

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
            hint = f"; did you mean {close}?" if close else "; `melati people` lists everyone"
            raise QueryError(f"no speaker named {typed!r} in the archive{hint}")
        return self._variants(p)

    @staticmethod
    def _variants(p: dict[str, Any]) -> list[str]:
        return sorted({p["name"].lower(), *p.get("variants", [])})

    def _close_names(self, typed: str) -> str:
        from rapidfuzz import fuzz, process

        names = [p["name"] for p in self.people()]
        found = process.extract(_norm(typed), {n: _norm(n) for n in names}, scorer=fuzz.WRatio, limit=2,
                                score_cutoff=60)
        return " or ".join(repr(f[2]) for f in found)

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
            raise QueryError(f"unknown program {typed!r}; known programs: {known}")
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
        raise QueryError(f"unknown channel {typed!r}; known channels: {', '.join(sorted(channels))}")


# --- Snippets ---------------------------------------------------------------------------------


def _match_terms(q, reader) -> tuple[set[str], set[str]]:
    """(exact words, stems) a query matches in body text fields, after expansion."""
    exact, stems = set(), set()
    terms = set()
    # leaf by leaf: Query.existing_terms() in whoosh3 reuses its `fieldname` argument as the
    # loop variable and so drops every field after the first.
    for leaf in q.leaves():
        try:
            terms.update(leaf.expanded_terms(reader, phrases=True))
        except Exception:  # noqa: BLE001 - a query kind without term support: no highlight
            continue
    for fname, text in terms:
        text = text.decode("utf-8") if isinstance(text, bytes) else str(text)
        if fname.endswith("_exact"):
            exact.add(text)
        elif fname in ("title", "body", "text"):
            stems.add(text)
    return exact, stems


_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def snippet(text: str, exact: set[str], stems: set[str], width: int = 220, protected=frozenset()) -> str:
    """The window of `text` with the most query matches, matched words marked «like this»."""
    from .nlp import analysis

    spans = []
    seen: dict[str, bool] = {}
    for m in _WORD_RE.finditer(text):
        w = m.group(0).lower()
        hit = seen.get(w)
        if hit is None:
            hit = w in exact
            if not hit:
                parts = w.split("-")
                hit = any(p in exact for p in parts) or bool(stems) and (
                    analysis.query_stem(w, protected) in stems
                    or any(analysis.query_stem(p, protected) in stems for p in parts if len(parts) > 1))
            seen[w] = hit
        if hit:
            spans.append((m.start(), m.end()))
    clean = " ".join(text.split())
    if not spans:
        cut = clean[:width]
        return cut + ("\u2026" if len(clean) > width else "")
    # best window: the start whose [start, start+width) holds the most distinct matched words
    # (one sliding window over the spans: a body full of matches must not cost their square)
    words = [text[a:b].lower() for a, b in spans]
    best_i, best_n = 0, (0, 0)
    window: Counter[str] = Counter()
    j = 0
    for i, (s, _) in enumerate(spans):
        if j < i:
            j = i
        while j < len(spans) and spans[j][1] <= s + width:
            window[words[j]] += 1
            j += 1
        score = (len(window), j - i)
        if score > best_n:
            best_i, best_n = i, score
        if j > i:
            window[words[i]] -= 1
            if not window[words[i]]:
                del window[words[i]]
    start = max(0, spans[best_i][0] - width // 5)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(text[pos:s])
        out.append(MARK_OPEN + text[s:e] + MARK_CLOSE)
        pos = e
    out.append(text[pos:end])
    body = " ".join("".join(out).split())
    return ("\u2026" if start > 0 else "") + body + ("\u2026" if end < len(text) else "")


# --- Searching --------------------------------------------------------------------------------


def _index_of(archive):
    from .index import open_index

    return open_index(Path(archive.index_dir))


_SEARCHERS: dict[str, Any] = {}  # generation dir -> (TOC generation, open searcher)


class _Kept:
    """`with` support for a cached searcher: leaving the block keeps it open for the next call."""

    def __init__(self, searcher):
        self.searcher = searcher

    def __enter__(self):
        return self.searcher

    def __exit__(self, *exc):
        return False


def _searcher(ix):
    """A searcher scoring with relevance's per-kind BM25F (statistics of articles for title/body,
    of quotes for text), kept open across calls in one process (notebooks, the app) and
    refreshed when a reindex committed."""
    key = str(getattr(ix.storage, "folder", id(ix)))
    generation = ix.latest_generation()  # the TOC number: changes at every commit
    cached = _SEARCHERS.get(key)
    if cached is not None and cached[0] == generation:
        return _Kept(cached[1])
    for old in list(_SEARCHERS):
        if old == key or not Path(old).exists():
            try:
                _SEARCHERS.pop(old)[1].close()
            except Exception:  # noqa: BLE001 - files of a replaced generation may be gone
                pass
    rel = _rel()
    weighting = getattr(rel, "weighting", None)
    searcher = ix.searcher(weighting=weighting()) if weighting else ix.searcher()
    _SEARCHERS[key] = (generation, searcher)
    return _Kept(searcher)


def _knowledge(ix):
    rel = _rel()
    folder = getattr(ix.storage, "folder", None)
    return rel.load_knowledge(folder) if folder else rel.EMPTY


def _filters(resolver: _Resolver, *, date_from=None, date_to=None, program=None, speaker=None, channel=None):
    from whoosh.query import Or, Term

    out = []
    if date_from or date_to:
        first = parse_period(date_from)[0] if date_from else None
        last = parse_period(date_to)[1] if date_to else None
        if first and last and first > last:
            raise QueryError(f"--from {date_from} is after --to {date_to}")
        out.append(_date_range_query(first, last))
    if program:
        out.append(Or([Term("programs", p) for p in resolver.program_ids(program)]))
    if speaker:
        out.append(resolver.speaker_query(speaker))
    if channel:
        out.append(Term("channel", resolver.channel_id(channel)))
    return out


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None


def _facet_sets(searcher) -> dict[tuple[str, str], set[int]]:
    """(facet, value) -> article docnums, read once per searcher (a few small posting lists)."""
    cached = getattr(searcher, "_melati_facets", None)
    if cached is None:
        from .index import FACET_PREFIXES

        reader = searcher.reader()
        cached = {}
        for term in reader.lexicon("facets"):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            prefix, _, value = text.partition(":")
            if prefix in FACET_PREFIXES:
                cached[(FACET_PREFIXES[prefix], value)] = set(reader.postings("facets", text).all_ids())
        searcher._melati_facets = cached
    return cached


def _facets(searcher, docnums: set[int]) -> dict[str, dict[str, int]]:
    """Counts by year, channel and program over every matched article (set intersections)."""
    out: dict[str, dict[str, int]] = {"year": {}, "channel": {}, "program": {}}
    if docnums:
        for (facet, value), docs in _facet_sets(searcher).items():
            n = len(docnums & docs) if len(docs) < len(docnums) else len(docs & docnums)
            if n:
                out[facet][value] = n
    out["year"] = dict(sorted(out["year"].items()))
    for facet in ("channel", "program"):
        out[facet] = dict(sorted(out[facet].items(), key=lambda kv: (-kv[1], kv[0])))
    return out


def _run(searcher, text_q, filters: list, limit, by_date: bool):
    """(top hits, every matched docnum). Filters (kind, dates, channel, ...) become one docnum
    set from posting sets; the text query runs as whoosh's top-N search (block-quality
    skipping) restricted to that set; the full match set for the total and the facets is the
    text query's posting-set evaluation intersected with the filter set -- several times
    faster in pure Python than whoosh's docs_for_query() matcher walk."""
    from whoosh.query import And, Every

    allowed = None
    if filters:
        allowed = matched_docs(searcher, filters[0] if len(filters) == 1 else And(filters))
        if not allowed:  # whoosh reads an empty filter set as "no filter"
            return [], set()
    q = text_q if text_q is not None else Every()
    res = searcher.search(q, limit=limit, sortedby="date" if by_date else None, reverse=by_date,
                          filter=allowed)
    if text_q is None:
        matched = allowed if allowed is not None else set(range(searcher.doc_count_all()))
    else:
        matched = matched_docs(searcher, text_q)
        if allowed is not None:
            matched &= allowed
    return res, matched


def matched_docs(searcher, q) -> set[int]:
    """Every docnum matching q, evaluated on posting sets (Term/Or/And/AndNot/expanding terms);
    other leaves (phrases, ranges) fall back to whoosh's own matcher."""
    from whoosh import query as wq

    reader = searcher.reader()

    def postings(fieldname, text) -> set[int]:
        if (fieldname, text) not in reader:
            return set()
        return set(reader.postings(fieldname, text).all_ids())

    def ev(node) -> set[int]:
        if isinstance(node, wq.Term):
            return postings(node.fieldname, node.text)
        if isinstance(node, wq.Or):
            out: set[int] = set()
            for sub in node.subqueries:
                out |= ev(sub)
            return out
        if isinstance(node, wq.And):
            subs = sorted(node.subqueries, key=lambda sub: sub.estimate_size(reader))
            out = ev(subs[0]) if subs else set()
            for sub in subs[1:]:
                if not out:
                    break
                out &= ev(sub)
            return out
        if isinstance(node, wq.AndNot):
            return ev(node.a) - ev(node.b)
        if isinstance(node, wq.ExpandingTerm):
            out = set()
            for fieldname, text in node.expanded_terms(reader):
                out |= postings(fieldname, text)
            return out
        if isinstance(node, wq.ConstantScoreQuery):
            return ev(node.child)
        if isinstance(node, (wq.NumericRange, wq.DateRange)):
            simple = node.simplify(reader)  # tiered range -> Or of terms
            if simple is not node:
                return ev(simple)
        return set(searcher.docs_for_query(node))

    return ev(q)


def _needs_text(node: _Node | None, text_fields: tuple[str, ...]) -> bool:
    """True when every match of the query must match a text field (title/body exist only on
    articles, text only on quotes), so the kind filter can be left out of the matcher."""
    if node is None:
        return False
    if node.op in ("word", "phrase", "fuzzy"):
        return True
    if node.op == "field":
        return node.field in ("title", "body")
    if node.op == "and":
        return any(_needs_text(c, text_fields) for c in node.children)
    if node.op == "or":
        return all(_needs_text(c, text_fields) for c in node.children)
    return False


def _transposition(reader, fields, word: str) -> str | None:
    """The archive's most frequent word that is `word` with two neighbouring letters swapped
    ("bajnir" -> "banjir"): the commonest typo, and two edits away for whoosh's corrector."""
    best, most = None, 0
    for i in range(len(word) - 1):
        candidate = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if candidate == word:
            continue
        n = sum(reader.doc_frequency(f"{f}_exact", candidate) for f in fields)
        if n > most:
            best, most = candidate, n
    return best


def _suggest(searcher, env: _Env, query: str) -> str | None:
    """'Did you mean': the query with each word absent from the archive replaced by its nearest."""
    reader = searcher.reader()
    changed, text = False, query
    for word in suggestable(env.words):
        w = word.lower()
        if not w.isalpha() or len(w) < 3:
            continue
        known = any(reader.doc_frequency(f"{f}_exact", w) for f in env.text_fields)
        if known:
            continue
        best = _transposition(reader, env.text_fields, w)
        for f in env.text_fields:
            if best:
                break
            found = searcher.corrector(f"{f}_exact").suggest(w, limit=1, maxdist=1 if len(w) < 7 else 2, prefix=1)
            if found:
                best = found[0]
        if best and best != w:
            text = re.sub(rf"(?<![\w]){re.escape(word)}(?![\w])", best, text, count=1)
            changed = True
    return text if changed else None


def _compile_query(query: str, env: _Env):
    node = parse_query(query)
    env.node = node
    return None if node is None else _compile(node, env)


def search(archive, query: str = "", *, date_from=None, date_to=None, program=None, speaker=None,
           channel=None, limit: int | None = 10, sort: str = "relevance") -> SearchResults:
    """Ranked articles for a query (see the module docstring for the syntax)."""
    from whoosh.query import And, Every, Term

    if sort not in ("relevance", "date"):
        raise QueryError(f"unknown sort {sort!r}; use relevance or date")
    ix = _index_of(archive)
    with _searcher(ix) as s:
        resolver = _Resolver(s)
        env = _Env(("title", "body"), _knowledge(ix), s, resolver)
        user_q = _compile_query(query, env)
        parts = [] if _needs_text(env.node, env.text_fields) else [Term("kind", "article")]
        parts += _filters(resolver, date_from=date_from, date_to=date_to, program=program,
                          speaker=speaker, channel=channel)
        by_date = sort == "date" or user_q is None
        try:
            res, matched = _run(s, user_q, parts, limit, by_date)
        except QueryError:
            raise
        except Exception as exc:  # noqa: BLE001 - whoosh errors on odd queries become user errors
            raise QueryError(f"cannot run the query {query!r}: {exc}") from exc
        exact, stems = _match_terms(user_q, s.reader()) if user_q is not None else (set(), set())
        protected = getattr(env.knowledge, "protected", frozenset())
        hits = []
        for r in res:
            d = r.fields()
            data = d.get("data") or {}
            hits.append(ArticleHit(
                id=d["article_id"], path=d["path"], title=d.get("title", ""), date=_as_date(d.get("date")),
                channel=data.get("channel"), url=data.get("url"), programs=list(data.get("programs") or []),
                speakers=list(data.get("speakers") or []), score=round(float(r.score or 0.0), 4),
                snippet=snippet(d.get("body", ""), exact, stems, protected=protected),
                tags=list(data.get("tags") or []),
            ))
        total = len(matched)
        facets = _facets(s, matched)
        suggestion = _suggest(s, env, query) if query and total < 3 else None
    return SearchResults(hits=hits, total=total, query=query, facets=facets, suggestion=suggestion)


def _citation(hit: dict[str, Any], organization: str | None = None) -> str:
    """The Indonesian citation of a quote; citation.py decides the wording when it is there."""
    try:
        from . import citation as cit
    except ImportError:
        cit = None
    if cit is not None and hasattr(cit, "cite"):
        try:
            return cit.cite(**hit, organization=organization)
        except Exception:  # noqa: BLE001 - fall back to the plain form below
            pass
    try:
        from .nlp.dates import format_date_id
    except ImportError:
        format_date_id = None
    day = hit["date"]
    when = format_date_id(day) if format_date_id else f"{day.day} {MONTHS_ID[day.month - 1].title()} {day.year}"
    verb = (hit.get("cue") or "kata").split()[0].lower()
    verb = re.sub(r"nya$", "", verb) if verb.endswith("nya") and len(verb) > 4 else verb
    who = ", ".join(x for x in [hit.get("role"), hit.get("speaker")] if x) or "narasumber"
    text = hit["text"].rstrip()
    end = "," if text[-1:] not in "?!." else ""
    source = f"dalam \u201c{hit['title']}\u201d" + (f" ({hit['channel']})" if hit.get("channel") else "")
    out = f"\u201c{text}{end}\u201d {verb} {who}, {source}, {when}."
    if hit.get("url"):
        out += f" {hit['url']}"
    return out


def quotes(archive, query: str = "", *, speaker=None, date_from=None, date_to=None, program=None,
           channel=None, limit: int | None = 20) -> QuoteResults:
    """Direct quotes matching a query, newest first when there is no query; limit=None: all."""
    from whoosh.query import And, Term

    ix = _index_of(archive)
    with _searcher(ix) as s:
        resolver = _Resolver(s)
        env = _Env(("text",), _knowledge(ix), s, resolver)
        user_q = _compile_query(query, env)
        parts = [] if _needs_text(env.node, env.text_fields) else [Term("kind", "quote")]
        parts += _filters(resolver, date_from=date_from, date_to=date_to, program=program,
                          speaker=speaker, channel=channel)
        by_date = user_q is None
        try:
            res, matched = _run(s, user_q, parts, limit, by_date)
        except Exception as exc:  # noqa: BLE001
            raise QueryError(f"cannot run the query {query!r}: {exc}") from exc
        hits = []
        for r in res:
            d = r.fields()
            data = d["data"]
            hit = dict(text=data["text"], speaker=data.get("speaker"), role=data.get("role"), cue=data.get("cue"),
                       article_id=d["article_id"], title=data.get("title") or "", date=_as_date(d.get("date")),
                       channel=data.get("channel"), url=data.get("url"), programs=list(data.get("programs") or []),
                       start=int(data.get("start") or 0), end=int(data.get("end") or 0))
            hits.append(QuoteHit(**hit, citation=_citation(hit, resolver.organization()),
                                 score=round(float(r.score or 0.0), 4)))
        total = len(matched)
    return QuoteResults(hits=hits, total=total, query=query)


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
        found = [d["data"] for d in s.documents(kind="person")]
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
