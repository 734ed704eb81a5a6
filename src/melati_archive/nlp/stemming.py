"""The root of an Indonesian word (`stem`): PySastrawi, made faster without changing a stem
(compiled patterns, prefix rules tried only on words they can change), under the project's word
lists (stopwords, stem exclusions and overrides) and the stems worked out once per reindex.

`stem` is a cached module-level function; `remember_stems` feeds it the stems another process
worked out (the reindex's stems file, see rebuildworkers)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from .tokens import _TOKEN_RE, word_units

NEGATIONS = frozenset({"tidak", "tak", "bukan", "belum", "jangan", "tanpa"})


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
    base = _listed_base(word)
    if base is not None:
        return stem(base)
    root = _sastrawi_root(word)
    # A function word is never the root a content word means: peserta -> serta,
    # pendapatan -> dapat, pengadaan -> ada, bagian -> bagi. Keep the word as written.
    return word if root in STOPWORDS and root != word else root


def _sastrawi_root(word: str) -> str:
    if word.isascii() and word.islower():
        return _plain_root(word) or word
    return _stemmer().stem(word) or word


# Inflectional endings, outermost first: a particle (-lah, -kah, -pun) may follow a possessive
# (-ku, -mu, -nya): relawannyalah. They make no new word: pendapatannya is pendapatan. The
# literary -tah is left out: it would cut perintah, pemerintah and memerintah.
PARTICLES = ("lah", "kah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
_MIN_BASE = 4


def inflection_base(word: str) -> str | None:
    """`word` less its inflectional endings (relawannya -> relawan, beritanyalah -> berita), or
    None when it has none. A root word of the dictionary is never cut (sekolah is not seko-lah,
    masalah not masa-lah), nor is a base shorter than four letters (buku, ilmu)."""
    if not word.isascii() or word in _plain_stemmer()[0]:
        return None
    base = word
    for endings in (PARTICLES, POSSESSIVES):
        for ending in endings:
            if base.endswith(ending) and len(base) - len(ending) >= _MIN_BASE:
                base = base[: -len(ending)]
                break
    return None if base == word else base


def possessed_base(word: str) -> str | None:
    """What a word with a possessive ending stands for, when both share their stem: relawannya ->
    relawan, bantuannya -> bantuan, rumahku -> rumah; None for bertanya (berta-nya: its stem is
    tanya, not berta's) and for a word whose ending is only a particle (menikah, melangkah: -kah
    there is part of the word, though PySastrawi cuts it)."""
    base = inflection_base(word)
    if base is None or not word[len(base):].startswith(POSSESSIVES):
        return None
    return base if stem(word) == stem(base) else None


def inflected_forms(word: str) -> tuple[str, ...]:
    """The forms of `word` with an inflectional ending (pendapatannya, relawanlah), those that
    are not root words of their own: what the same word looks like in running text."""
    if len(word) < _MIN_BASE or not word.isascii() or not word.isalpha():
        return ()
    words = _plain_stemmer()[0]
    forms = [word + e for e in POSSESSIVES + PARTICLES] + [word + "nya" + p for p in PARTICLES]
    return tuple(f for f in forms if f not in words)


def _listed_base(word: str) -> str | None:
    """The word less its inflectional endings when this module's lists, not PySastrawi, decide
    the stem of what is left: relawannya -> relawan (else PySastrawi gives rawan), penduduknya
    -> penduduk (not duduk), pendapatannya -> pendapatan (kept whole, as pendapatan is).
    Without this a listed word lost every form with -nya, and those forms landed on the very
    root the list exists to keep away."""
    base = inflection_base(word)
    if base is None:
        return None
    if base in STEM_OVERRIDES or base in DEFAULT_EXCLUSIONS:
        return base
    root = _sastrawi_root(base)
    return base if root in STOPWORDS and root != base else None


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
