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
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

from whoosh.analysis import Filter, Tokenizer
from whoosh.analysis.acore import Token

from .analysis_version import VERSION  # noqa: F401 - bump it there when analysis output changes

NEGATIONS = frozenset({"tidak", "tak", "bukan", "belum", "jangan", "tanpa"})

# A token: letters/digits with inner apostrophes and hyphens, or a number with inner . or ,
_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?![^\W_])"
    r"|[^\W_]+(?:['\u2019`][^\W_]+)*(?:-[^\W_]+(?:['\u2019`][^\W_]+)*)*"
)
_APOSTROPHES = str.maketrans("", "", "'\u2019`")
_REDUP_SUFFIXES = ("nya", "an", "kan", "i", "ku", "mu", "lah")


def _data_lines(name: str) -> list[str]:
    text = resources.files("melati_archive").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


STOPWORDS: frozenset[str] = frozenset(_data_lines("stopwords-id.txt")) - NEGATIONS
DEFAULT_EXCLUSIONS: frozenset[str] = frozenset(w.lower() for w in _data_lines("stem_exclusions.txt"))
STEM_OVERRIDES: dict[str, str] = dict(
    tuple(line.split("\t", 1)) for line in _data_lines("stem_overrides.tsv")  # type: ignore[misc]
)


class _CompiledRe:
    """Stands in for `re` inside PySastrawi's modules, which call `re.match(pattern, word)` with
    string patterns dozens of times per word, and `re.sub(word, "", other)` with each word as a
    pattern. Through `re` itself that is a cache lookup per call and, for the words, a fresh
    compile once its 512-entry cache is full: two thirds of a stem's cost. Same results: patterns
    compiled once and kept; a pattern of letters only is a literal, replaced as a string."""

    def __init__(self) -> None:
        self._compiled: dict[str, re.Pattern[str]] = {}

    def _pattern(self, pattern: str) -> re.Pattern[str]:
        found = self._compiled.get(pattern)
        if found is None:
            found = self._compiled[pattern] = re.compile(pattern)
        return found

    def match(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self._pattern(pattern).match(string) if not flags else re.match(pattern, string, flags)

    def search(self, pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
        return self._pattern(pattern).search(string) if not flags else re.search(pattern, string, flags)

    def sub(self, pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> str:
        if flags:
            return re.sub(pattern, repl, string, count=count, flags=flags)
        if isinstance(pattern, str) and pattern.isalpha() and "\\" not in repl:
            return string.replace(pattern, repl, count or -1)
        return self._pattern(pattern).sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def _speed_up_sastrawi() -> None:
    import sys

    shim = _CompiledRe()
    for name, module in list(sys.modules.items()):
        if name.startswith("Sastrawi.") and getattr(module, "re", None) is re:
            module.re = shim  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=1)
def _stemmer() -> Any:
    # Created on first use: building PySastrawi's dictionary takes ~0.3 s.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    _speed_up_sastrawi()
    provider = getattr(getattr(stemmer, "delegatedStemmer", None), "visitor_provider", None)
    for visitor in getattr(provider, "prefix_visitors", []):
        _guard_prefix_rule(visitor)
    return stemmer


def _guard_prefix_rule(visitor: Any) -> None:
    """Skip a PySastrawi prefix rule on a word it cannot apply to. Each of its ~40 rules tries one
    to four patterns (`^meng([aiueo])(.*)$`) on every word, in Python calls: most of a stem's
    cost. A rule whose every disambiguator is of PySastrawi's plain shape (`if word == 'belajar':
    return ...`, `matches = re.match(PATTERN, word)`, `if matches: ...`) changes nothing unless
    the word is one of those literal words or the start of a pattern; the first two characters
    the patterns allow are read from the patterns themselves, so the rule runs exactly when it
    could match. A rule of any other shape is left as it is."""
    disambiguators = getattr(visitor, "disambiguators", None)
    if not disambiguators or "visit" in vars(visitor):
        return
    starts: set[str] = set()
    for disambiguator in disambiguators:
        found = _rule_starts(type(disambiguator))
        if found is None:
            return
        starts |= found
    allowed = frozenset(starts)
    visit = visitor.visit

    def guarded(context: Any) -> None:
        word = context.current_word
        if len(word) < 2 or word[:2] in allowed:
            visit(context)

    guarded.starts = allowed  # type: ignore[attr-defined]  # read by _prefix_runs
    visitor.visit = guarded


@functools.lru_cache(maxsize=None)
def _rule_starts(rule: type) -> frozenset[str] | None:
    """The two-character starts a PySastrawi disambiguator can change a word of, or None when its
    `disambiguate` is not of the plain shape (see `_guard_prefix_rule`)."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(rule.disambiguate)))
    except (OSError, TypeError, SyntaxError):
        return None
    body = tree.body[0].body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    starts: set[str] = set()
    matched = False
    for statement in body:
        dump = ast.dump(statement)
        literal = _LITERAL_WORD.fullmatch(dump)
        if literal and len(literal.group(1)) >= 2:
            starts.add(literal.group(1)[:2])
            continue
        pattern = _MATCH_OF_WORD.fullmatch(dump)
        if pattern and not matched:
            found = _pattern_starts(ast.literal_eval(statement.value.args[0]))
            if found is None:
                return None
            starts |= found
            matched = True
            continue
        if matched and isinstance(statement, ast.If) and ast.dump(statement.test) == _MATCHES and not statement.orelse:
            continue  # it acts only when the pattern matched
        return None
    return frozenset(starts)


_MATCHES = "Name(id='matches', ctx=Load())"
_LITERAL_WORD = re.compile(
    r"If\(test=Compare\(left=Name\(id='word', ctx=Load\(\)\), ops=\[Eq\(\)\], comparators=\[Constant\(value='([a-z]+)'\)\]\), "
    r"body=\[Return\(value=Constant\(value='[a-z]*'\)\)\], orelse=\[\]\)")
_MATCH_OF_WORD = re.compile(
    r"Assign\(targets=\[Name\(id='matches', ctx=Store\(\)\)\], value=Call\(func=Attribute\(value=Name\(id='re', "
    r"ctx=Load\(\)\), attr='match', ctx=Load\(\)\), args=\[Constant\(value='[^']*'\), Name\(id='word', ctx=Load\(\)\)\], "
    r"keywords=\[\]\)\)")


def _pattern_starts(pattern: str) -> frozenset[str] | None:
    """The two-character starts a string `re.match(pattern, ...)` can match, when the pattern's
    first two characters are each a letter or a class of letters, else None."""
    try:
        from re import _constants as c, _parser  # the stdlib's own reading of a pattern
    except ImportError:
        return None
    items = list(_parser.parse(pattern))
    sets: list[set[str]] = []
    while items and len(sets) < 2:
        op, arg = items.pop(0)
        if op is c.AT and arg is c.AT_BEGINNING:
            continue
        if op is c.SUBPATTERN:
            items[:0] = list(arg[-1])
            continue
        if op is c.LITERAL:
            sets.append({chr(arg)})
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in arg):
            chars: set[str] = set()
            for o, a in arg:
                chars.update([chr(a)] if o is c.LITERAL else map(chr, range(a[0], a[1] + 1)))
            sets.append(chars)
        else:
            return None
    if len(sets) < 2:
        return None
    return frozenset(a + b for a in sets[0] for b in sets[1])


@functools.lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """PySastrawi's dictionary of Indonesian root words (kata dasar)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w.strip() for w in StemmerFactory().get_words() if w.strip())


@functools.lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """The root of one lowercase word: overrides, then exclusions, then PySastrawi."""
    if word in STEM_OVERRIDES:
        return STEM_OVERRIDES[word]
    known = _KNOWN_STEMS.get(word)
    if known is not None:
        return known
    if word in DEFAULT_EXCLUSIONS or len(word) < 4 or not word.isalpha():
        return word
    if word.isascii() and word.islower():
        root = _plain_root(word) or word
    else:
        root = _stemmer().stem(word) or word
    # A function word is never the root a content word means: peserta -> serta,
    # pendapatan -> dapat, pengadaan -> ada, bagian -> bagi. Keep the word as written.
    return word if root in STOPWORDS and root != word else root


def _plain_root(word: str) -> str:
    """What PySastrawi's `stem` gives a word of ASCII lowercase letters, less its detours: such a
    word is its own normal form (its TextNormalizer, run twice per call, changes nothing), one
    word, never plural (no hyphen: its Stemmer.stem_word goes to stem_singular_word, one
    Context), and a root word of its dictionary is its own stem (Context's first step)."""
    words, stem_word = _plain_stemmer()
    return word if word in words else stem_word(word)


@functools.lru_cache(maxsize=1)
def _plain_stemmer() -> tuple[Any, Any]:
    """(PySastrawi's dictionary as a dict, its Stemmer.stem_singular_word through a Context that
    tries only the prefix rules that can apply), under the cache of `_stemmer()`."""
    from Sastrawi.Stemmer.Context.Context import Context

    delegated = _stemmer().delegatedStemmer
    dictionary, provider = delegated.get_dictionary(), delegated.visitor_provider
    context_class = _prefix_run_context(Context, provider.get_prefix_visitors())

    def stem_singular_word(word: str) -> str:
        context = context_class(word, dictionary, provider)
        context.execute()
        return context.result

    return dictionary.words, stem_singular_word


def _prefix_run_context(context: type, visitors: list[Any]) -> type:
    """PySastrawi's Context, but its pass over the ~40 prefix rules calls only those that can
    change a word of the current word's first two letters (`_guard_prefix_rule`), and the first
    rule always: a rule skipped there changes nothing, and the checks that follow it (root word
    reached, process stopped, a prefix removed) are those that followed the last rule that ran,
    which did not return. Should a rule change the word without recording a removal (none of
    PySastrawi's does), the pass goes on over every rule left, each guarded as before."""
    runs: dict[str, tuple[Any, ...]] = {}
    starts = [getattr(vars(v).get("visit"), "starts", None) for v in visitors]

    def run_of(start: str) -> tuple[Any, ...]:
        found = runs.get(start)
        if found is None:
            found = runs[start] = tuple(v for i, (v, allowed) in enumerate(zip(visitors, starts))
                                        if not i or allowed is None or start in allowed)
        return found

    class PrefixRunContext(context):  # type: ignore[misc, valid-type]
        def accept_prefix_visitors(self, given: list[Any]) -> str | None:
            word = self.current_word
            if given is not visitors or len(word) < 2:
                return super().accept_prefix_visitors(given)
            removal_count = len(self.removals)
            contains = self.dictionary.contains
            for visitor in run_of(word[:2]):
                visitor.visit(self)
                if contains(self.current_word):
                    return self.current_word
                if self.process_is_stopped:
                    return self.current_word
                if len(self.removals) > removal_count:
                    return None
                if self.current_word != word:
                    rest = visitors[visitors.index(visitor) + 1:]
                    for other in rest:
                        other.visit(self)
                        if contains(self.current_word) or self.process_is_stopped:
                            return self.current_word
                        if len(self.removals) > removal_count:
                            return None
                    return None
            return None

    return PrefixRunContext


def _is_reduplication(a: str, b: str) -> bool:
    if a == b:
        return True
    for suffix in _REDUP_SUFFIXES:
        if b.endswith(suffix) and len(b) > len(suffix) + 2:
            base = b[: -len(suffix)]
            if a == base or (a.endswith(base) and len(base) >= 3):
                return True
    return len(b) >= 3 and a.endswith(b)


@functools.lru_cache(maxsize=200_000)
def word_units(raw: str) -> tuple[tuple[str, int], ...]:
    """What one raw token becomes: (lowercase text, position offset) pairs, offset 0 first.

    >>> word_units("Anak-anak")
    (('anak', 0),)
    >>> word_units("orang-tua")
    (('orang', 0), ('orangtua', 0), ('tua', 1))
    """
    text = raw.lower().translate(_APOSTROPHES)
    if "-" not in text:
        return ((text, 0),)
    parts = [p for p in text.split("-") if p]
    if len(parts) == 1:
        return ((parts[0], 0),)
    if len(parts) == 2 and _is_reduplication(parts[0], parts[1]):
        return ((parts[0], 0),)
    units = [(parts[0], 0), ("".join(parts), 0)]
    units.extend((p, i) for i, p in enumerate(parts[1:], start=1))
    return tuple(units)


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


# --- Proper nouns learned from the archive ---------------------------------------------------

_CASED_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"\u201c\u201d(\u2014\u2013-])[\s\"\u201c\u201d'(]*$")
_DATELINE_RE = re.compile(r"^\s*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*)\s*[,(]")


def cased_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written capitalised mid-sentence (or in a dateline) and how often
    in lowercase: what `capitalised_words` decides from. Counts of parts of an archive add up."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    written: Counter[str] = Counter()  # every word as written, counted in C
    opening: Counter[str] = Counter()  # capitalised words as written that open a sentence
    for text in texts:
        dateline = _DATELINE_RE.match(text)
        if dateline:
            for word in re.split(r"[ -]", dateline.group(1)):
                capital[word.lower()] += 1
        # [between, word, between, word, ..., between]: the words and what precedes each, in C
        parts = _CASED_SPLIT_RE.split(text)
        words = parts[1::2]
        written.update(words)
        # A word after one space (a word before it) is mid-sentence: only the first word and
        # those after anything else can open a sentence.
        for i in [i for i, between in enumerate(parts[0:-1:2]) if between != " " or not i]:
            word = words[i]
            if not word[0].islower() and _starts_sentence(parts, 2 * i):
                opening[word] += 1
    # Each word as written decided once: its case, and its count less its sentence openings.
    for word, n in written.items():
        if word[0].islower():
            lower[word.lower()] += n
        else:
            n -= opening[word]
            if n:
                capital[word.lower().translate(_APOSTROPHES)] += n
    return capital, lower


_CASED_SPLIT_RE = re.compile(f"({_CASED_WORD_RE.pattern})")


def _starts_sentence(parts: list[str], at: int) -> bool:
    """Whether the word after `parts[at]` (a run between words) opens a sentence: what
    `_SENTENCE_START_RE` says of the 4 characters before it (the caller has let
    the common case through: a word, one space, this word, mid-sentence)."""
    before = parts[at]
    while len(before) < 4 and at:
        at -= 2
        before = parts[at] + parts[at + 1] + before
    return _SENTENCE_START_RE.search(before[-4:]) is not None


def capitalised_from(capital: Counter[str], lower: Counter[str]) -> frozenset[str]:
    return frozenset(w for w, n in capital.items() if lower[w] * 10 <= n - 1 or lower[w] == 0)


def capitalised_words(texts: Iterable[str]) -> frozenset[str]:
    """Lowercase forms of words that the texts write capitalised mid-sentence and (almost) never
    in lowercase: names of people, places and organisations, plus dateline cities."""
    return capitalised_from(*cased_counts(texts))


def stem_candidates(texts: Iterable[str]) -> set[str]:
    """The words of `texts` that stemming them means running PySastrawi: what a full reindex
    stems once, up front, shared by its worker processes (see `remember_stems`)."""
    # No token spans a space: the tokens of the distinct space-separated pieces are those of
    # the texts, and tokenizing each piece once (most recur) halves the regex's work.
    pieces: set[str] = set()
    for text in texts:
        pieces.update(text.split())
    raws = set(_TOKEN_RE.findall("\n".join(pieces)))
    words = {raw.lower() for raw in raws if raw.isalpha()}  # word_units of a plain word
    words.update(unit for raw in raws if not raw.isalpha() for unit, _ in word_units(raw))
    return {w for w in words if len(w) >= 4 and w not in STOPWORDS and w not in STEM_OVERRIDES
            and w not in DEFAULT_EXCLUSIONS and w.isalpha()}


def stems_of(words: Iterable[str]) -> dict[str, str]:
    return {w: stem(w) for w in words}


_KNOWN_STEMS: dict[str, str] = {}


def remember_stems(stems: dict[str, str]) -> None:
    """Stems worked out elsewhere (another process, the same `stem`): `stem` answers from them."""
    _KNOWN_STEMS.update(stems)


def _name_words(names: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for name in names:
        for raw in _TOKEN_RE.findall(name or ""):
            words.update(text for text, _ in word_units(raw))
    return words


def protected_words(config: Any, people: Iterable[Any], programs: Iterable[Any], texts: Iterable[str],
                    counts: tuple[Counter[str], Counter[str]] | None = None) -> frozenset[str]:
    """Lowercase words never to stem: configured exclusions, people's names and aliases, program
    acronyms and aliases, and capitalised words learned from `texts` (article bodies), or from
    their `cased_counts` when those are given instead.

    Only words that stemming would change are kept: the set stays small (it is pickled with
    the schema) and means the same.
    """
    words: set[str] = set(w.lower() for w in (getattr(config, "stem_exclusions", None) or []))
    for person in people or []:
        words |= _name_words([person.name, *person.aliases])
    for program in programs or []:
        # an acronym or a one-word alias is a name; the words of a longer alias ("Pelatihan
        # Vokasi dan Kewirausahaan") are common words, like those of the program's name
        words |= _name_words([program.acronym or "", *(a for a in program.aliases if len(a.split()) == 1)])
    words |= capitalised_from(*counts) if counts is not None else capitalised_words(texts or [])
    return frozenset(w for w in words if w.isalpha() and stem(w) != w)
