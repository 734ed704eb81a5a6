"""Compiling a parsed query into a whoosh query: words through relevance, fields, filters."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import QueryError
from ..wording import quoted
from .dates import _date_value_query
from .syntax import _Node, parse_query

if TYPE_CHECKING:
    from .resolver import _Resolver


# --- Building whoosh queries ------------------------------------------------------------------


@dataclass
class _Env:
    """What compiling a query needs: the text fields of the target kind and archive knowledge."""

    text_fields: tuple[str, ...]  # ("title", "body") for articles, ("text", "who") for quotes
    knowledge: Any
    searcher: Any
    resolver: _Resolver
    words: list[str] = field(default_factory=list)  # bare words, for "did you mean"
    node: Any = None  # the parsed query
    coordinated: list = field(default_factory=list)  # partial.Coordinated queries, for missing words
    partial: bool = True  # False: every bare word is required (counts such as key-message pull-through)
    # True: a document holding any one counted word matches (the search that follows one where
    # no document held half the words; partial.minimum_should_match is the usual bound)
    relaxed: bool = False
    periods: dict = field(default_factory=dict)  # (first, last) -> its query (period())

    def period(self, first, last):
        """The query of the articles (or quotes) published in [first, last], built once per period
        however often the query names it ("2021 2021 2021 ..." holds one set of docnums)."""
        from .period import period_query

        key = (first, last)
        if key not in self.periods:
            self.periods[key] = period_query(self.searcher, first, last, self.kind())
        return self.periods[key]

    def kind(self) -> str:
        """The kind of document the text fields belong to ("article" or "quote")."""
        from ..scoring import ARCHIVE_KINDS

        return ARCHIVE_KINDS[self.text_fields[0]]

    def bounded(self) -> bool:
        """Whether relaxing would widen this query: a partial run needing more than one word."""
        return self.partial and not self.relaxed and any(q.minmatch > 1 for q in self.coordinated)


def _rel():
    from .. import relevance

    return relevance


def _word_q(word: str, env: _Env, fields: tuple[str, ...] | None = None):
    from whoosh.query import Or

    rel = _rel()
    subs = [rel.word_query(word, f, env.knowledge) for f in (fields or env.text_fields)]
    return subs[0] if len(subs) == 1 else Or(subs)


def _coordinated_q(runs: list[list[str]], env: _Env):
    """Runs of bare words as one partial.Coordinated query: documents with every word first,
    then those with most of them. A unit is the same word (or acronym/compound span) in every
    text field, so a word in the title and another in the body count as two."""
    from whoosh.query import Or

    from ..partial import Coordinated

    from .period import periods

    rel = _rel()
    labels, queries, counted = [], [], []
    for run in runs:
        # the words of a period stay units even when they are function words ("bulan ini")
        keep = frozenset(periods([w for w in run if rel._units(w)])) if env.searcher is not None else frozenset()
        per_field = [rel.word_units(run, f, env.knowledge, keep) for f in env.text_fields]
        # "bansos maret 2021": an article of March 2021 holds "maret" and "2021" by its date
        named = periods([word for word, _, _ in per_field[0]]) if env.searcher is not None else {}
        for i, (word, q, counts) in enumerate(per_field[0]):
            alike = [units[i][1] for units in per_field]
            unit = alike[0] if len(alike) == 1 else Or(alike)
            if i in named:  # "tahun ini": a period counts even where its words are stopwords
                unit, counts = Or([unit, env.period(*named[i])]), counts or i - 1 not in named
            labels.append(word)
            queries.append(unit)
            counted.append(counts)
    if len(queries) == 1:
        return queries[0]
    q = Coordinated(queries, labels, counted, (1 if env.relaxed and any(counted) else None) if env.partial else sum(counted))
    env.coordinated.append(q)
    return q


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
        raise QueryError(f"frasa {quoted(text)} tidak berisi kata yang bisa dicari")
    return subs[0] if len(subs) == 1 else Or(subs)


def _fuzzy_q(word: str, dist: int | None, env: _Env, fields: tuple[str, ...] | None = None):
    from whoosh.query import Or

    from .fuzzy import checked_distance, near_query

    w = word.lower()
    maxdist = checked_distance(w, dist)
    subs = [near_query(f"{f}_exact", w, maxdist) for f in fields or env.text_fields]
    return subs[0] if len(subs) == 1 else Or(subs)


def _field_q(node: _Node, env: _Env):
    from whoosh.query import Or, Term

    name, value = node.field, node.text
    if name == "date":
        return _date_value_query(value)
    if name in ("title", "body"):
        if name == "title" and "title" not in env.text_fields:
            raise QueryError("judul: tidak bisa dipakai untuk kutipan (kutipan tidak berjudul); cari kata-katanya saja")
        fields = (name,) if name in env.text_fields else env.text_fields
        if " " in value.strip():
            return _phrase_q(value, env, fields)
        fuzzy = re.fullmatch(r"(.+?)~(\d?)", value.strip())
        if fuzzy:  # judul:menjahti~ is the fuzzy word on that field, as it is bare
            return _fuzzy_q(fuzzy[1], int(fuzzy[2]) if fuzzy[2] else None, env, fields)
        return _word_q(value, env, fields)
    if name == "speaker":
        return env.resolver.speaker_query(value)
    if name == "program":
        return Or([Term("programs", p) for p in env.resolver.program_ids(value)])
    if name == "channel":
        return Term("channel", env.resolver.channel_id(value))
    if name == "tag":
        return Term("tags", value.lower())
    raise QueryError(f"kolom {quoted(name)} tidak dikenal")  # pragma: no cover - FIELD_NAMES guards it


def _compile(node: _Node, env: _Env):
    from whoosh.query import And, AndNot, Every, Not, Or

    if node.op == "word":
        env.words.append(node.text)
        q = _word_q(node.text, env)
        if not node.strict and env.searcher is not None:
            from .period import periods

            year = periods([node.text]).get(0)  # "2021" alone: also the articles of that year
            if year:
                q = Or([q, env.period(*year)])
        return q
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
        # bare words rank partial matches (partial.Coordinated); "+word", phrases, fields and
        # groups stay required. A run of adjacent words stays together: spans may match their
        # acronym or closed compound ("program keluarga harapan" ~ PKH, "orang tua" ~ orangtua)
        runs: list[list[str]] = [[]]
        required = []
        for c in positive:
            if c.op == "word" and not c.strict:
                env.words.append(c.text)
                runs[-1].append(c.text)
                continue
            if runs[-1]:
                runs.append([])
            required.append(_compile(c, env))
        runs = [r for r in runs if r]
        pos = list(required)
        if runs:
            pos.append(_coordinated_q(runs, env))
        base = (pos[0] if len(pos) == 1 else And(pos)) if pos else Every()
        for n in negative:
            base = AndNot(base, _compile(n, env))
        return base
    raise AssertionError(node.op)


def _compile_query(query: str, env: _Env):
    node = parse_query(query)
    env.node = node
    return None if node is None else _compile(node, env)

