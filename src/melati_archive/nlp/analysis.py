"""Indonesian text analysis for the search index: the whoosh analyzers of the stemmed and exact fields.

What it does to a text, in order:
  1. tokens: words (letters/digits, inner apostrophes dropped: Ma'ruf -> maruf) and numbers
     (1.000, 2,5 and 13 kept whole); hyphenated words are one unit;
  2. lowercase;
  3. reduplication folds to its base: anak-anak -> anak, anak-anaknya -> anak,
     berlari-lari -> berlari; any other hyphenated word is a compound: its parts at
     consecutive positions plus the joined form at the first part's position, so
     orang-tua is found by "orangtua", by "orang tua" and by orang or tua alone;
  4. (stemmed analyzer only) stopwords are dropped without renumbering positions -- the list
     keeps negations (tidak, tak, bukan, belum, jangan, tanpa); the exact analyzer keeps every
     word so that exact phrases with function words still match;
  5. (stemmed analyzer only) PySastrawi stemming through `stem()`, a cached module-level
     function, except for protected words (proper nouns and exclusions) which stay as written.

How the index must call this module (the contract with index.py):

    from melati_archive.nlp import analysis
    protected = analysis.protected_words(archive.config, archive.people(), archive.programs(),
                                         [a.body for a in articles])   # at a FULL reindex
    schema = Schema(...,
        title=TEXT(analyzer=analysis.stemmed_analyzer(protected), stored=True),
        title_exact=TEXT(analyzer=analysis.exact_analyzer()),
        body=TEXT(analyzer=analysis.stemmed_analyzer(protected), stored=True),
        body_exact=TEXT(analyzer=analysis.exact_analyzer()),
        text=TEXT(analyzer=analysis.stemmed_analyzer(protected), stored=True),      # quotes
        text_exact=TEXT(analyzer=analysis.exact_analyzer()))
    # each F_exact gets the same string as F; positions are on (phrases) in both.

`protected` is pickled with the schema; an incremental reindex keeps the schema's set (new
names get protected at the next full reindex). The query side must see the same set: after
computing it, the index writes the archive knowledge file with
`melati_archive.relevance.write_knowledge(index_dir, protected, acronyms)` (see relevance.py).

Everything here is a pure function of strings; analyzers hold only plain data so they pickle.

Its parts live beside it and are re-exported here, where the index, the search side, tests and
benches import them: the tokens and what each becomes (`tokens`: steps 1-3), the stemmer with its
word lists and stems cache (`stemming`: steps 4-5's lists and `stem`), and the words never stemmed
(`protected`: `protected_words`, `cased_counts`). The analyzer classes stay here: an index's
pickled schema names them by this module.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Filter, Tokenizer
from whoosh.analysis.acore import Token

from .analysis_version import VERSION  # noqa: F401 - bump it there when analysis output changes
from .protected import capitalised_from, capitalised_words, cased_counts, protected_words  # noqa: F401
from .stemming import (  # noqa: F401
    DEFAULT_EXCLUSIONS, NEGATIONS, STEM_OVERRIDES, STOPWORDS, inflected_forms, inflection_base, possessed_base,
    remember_stems, root_words, stem, stem_candidates, stems_of,
)
from .tokens import _TOKEN_RE, word_units  # noqa: F401


class IndonesianTokenizer(Tokenizer):
    """Words and numbers, lowercase, reduplication folded, compounds split and joined."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value.lower()
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        for match in _TOKEN_RE.finditer(value):
            raw = match.group(0)
            last = 0
            for text, offset in word_units(raw):
                t.text = text
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = raw
                if positions:
                    t.pos = pos + offset
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                last = offset
                yield t
            pos += last + 1


class IndonesianFilter(Filter):
    """Drops stopwords (negations kept, positions not renumbered) and stems unprotected words."""

    def __init__(self, protected: frozenset[str] = frozenset(), stops: bool = True, stemming: bool = True):
        self.protected = frozenset(protected)
        self.stops = stops
        self.stemming = stemming

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((self.stops, self.stemming, len(self.protected)))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stopwords = STOPWORDS if self.stops else frozenset()
        protected = self.protected
        stemming = self.stemming
        for t in tokens:
            text = t.text
            if text in stopwords:
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            if stemming and text not in protected:
                t.text = stem(text)
            yield t


def stemmed_analyzer(protected: frozenset[str] = frozenset()) -> Any:
    """The analyzer of a stemmed field `F`: tokens, stopwords out, PySastrawi except `protected`."""
    return IndonesianTokenizer() | IndonesianFilter(frozenset(w.lower() for w in protected))


def exact_analyzer() -> Any:
    """The analyzer of an exact field `F_exact`: the same tokens, every word kept, no stemming."""
    return IndonesianTokenizer() | IndonesianFilter(stops=False, stemming=False)


def field_positions(text: str, protected: frozenset[str]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Positions of each term of `text` in the exact field and in the stemmed field, from one
    pass of the tokenizer: term for term what `exact_analyzer()` and `stemmed_analyzer(protected)`
    give (`protected` lowercase), at a third of the cost of running both.

    No token spans a space, and where a token ends does not depend on what follows a space
    (the number's look-ahead sees a space as it sees the end): the tokens of a text are those
    of its space-separated pieces end to end. Pieces recur ("dan", "pemerintah,"), so each
    distinct piece is tokenized once (`piece_plan`) and the regex does not run over the text.
    """
    exact: dict[str, list[int]] = {}
    stemmed: dict[str, list[int]] = {}
    plans = _plans_for(protected)
    pos = 0
    for piece in text.split():
        plan = plans.get(piece)
        if plan is None:
            plan = plans[piece] = piece_plan(piece, protected)
        last = -1  # a piece without a token (a dash alone) takes no position
        for unit, key, offset in plan:
            at = pos + offset
            found = exact.get(unit)
            if found is None:
                exact[unit] = [at]
            else:
                found.append(at)
            if key is not None:
                found = stemmed.get(key)
                if found is None:
                    stemmed[key] = [at]
                else:
                    found.append(at)
            last = offset
        pos += last + 1
    return exact, stemmed


# space-separated piece -> ((exact term, stemmed term or None for a stopword, position offset
# from the piece's first position), ...) of its tokens, for the protected words of `_PLANS_FOR`:
# one lookup per piece instead of a regex match and four lookups per token (units, stopword,
# protected, stem)
_PLANS: dict[str, tuple[tuple[str, str | None, int], ...]] = {}
_PLANS_FOR: list[frozenset[str] | None] = [None]


def _plans_for(protected: frozenset[str]) -> dict[str, tuple[tuple[str, str | None, int], ...]]:
    if _PLANS_FOR[0] is not protected or len(_PLANS) > 400_000:
        _PLANS.clear()
        _PLANS_FOR[0] = protected
    return _PLANS


def piece_plan(piece: str, protected: frozenset[str]) -> tuple[tuple[str, str | None, int], ...]:
    """The units of a piece's tokens, (exact term, stemmed term or None for a stopword, position
    offset), each token's offsets after those of the tokens before it
    (a token takes its last unit's offset and one more: `IndonesianTokenizer`)."""
    plan: list[tuple[str, str | None, int]] = []
    start = 0
    for raw in _TOKEN_RE.findall(piece):
        last = 0
        for unit, offset in word_units(raw):
            plan.append((unit, None if unit in STOPWORDS else unit if unit in protected else stem(unit),
                         start + offset))
            last = offset
        start += last + 1
    return tuple(plan)


def _filter_of(analyzer: Any) -> IndonesianFilter | None:
    """The IndonesianFilter of an analyzer built here (tokenizer | filter), else None."""
    items = getattr(analyzer, "items", None)
    if not items or len(items) != 2 or type(items[0]) is not IndonesianTokenizer:
        return None
    return items[1] if type(items[1]) is IndonesianFilter else None


def protected_of(analyzer: Any) -> frozenset[str] | None:
    """The protected words a `stemmed_analyzer()` was built with; None for any other analyzer."""
    flt = _filter_of(analyzer)
    return flt.protected if flt is not None and flt.stops and flt.stemming else None


def is_exact_analyzer(analyzer: Any) -> bool:
    flt = _filter_of(analyzer)
    return flt is not None and not flt.stops and not flt.stemming


def analyze(text: str, protected: frozenset[str] = frozenset(), *, stemmed: bool = True) -> list[str]:
    """The index terms of a text, in order (a convenience for tests, benches and queries)."""
    analyzer = stemmed_analyzer(protected) if stemmed else exact_analyzer()
    return [t.text for t in analyzer(text)]


def query_stem(word: str, protected: frozenset[str] = frozenset()) -> str:
    """The stemmed-field term of one lowercase query word, as the index made it."""
    return word if word in protected else stem(word)
