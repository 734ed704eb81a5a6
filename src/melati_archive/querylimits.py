"""The limits on a search query: length, words, nesting and NOT operators, checked before the parser
runs (so it never recurses past Python's limit), and what "did you mean" is given (docs/limits.md)."""
from __future__ import annotations

from .errors import QueryError

MAX_QUERY_CHARS = 1000  # a long OR-list of synonyms is a few hundred characters
MAX_QUERY_WORDS = 100  # words, phrases and field:value terms
MAX_QUERY_NESTING = 10  # parentheses inside parentheses
MAX_QUERY_NOTS = 30  # NOT, and -word (each leading - or + of a word counts)
# "Did you mean" looks up each unknown word against the whole vocabulary: bounded per query.
MAX_SUGGEST_WORDS = 8
MAX_SUGGEST_LETTERS = 30  # "ketidakbertanggungjawaban" has 25


def _shown(query: str) -> str:
    return repr(query if len(query) <= 40 else query[:37] + "...")


def _error(query: str, what: str, limit: int, fix: str) -> QueryError:
    return QueryError(f"kueri {_shown(query)} {what} (batas {limit}); {fix}")


def _terms(query: str) -> list[str]:
    """The query's parts, as the parser will see them: parentheses alone, "phrases" whole (an
    unclosed one runs to the end), every other run of non-space characters one term."""
    out, i, n = [], 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "()":
            out.append(c)
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in "()":
                if query[j] in "\"\u201c\u201d":  # a phrase (or a field's quoted value) runs to its close
                    close = min((k for k in (query.find(q, j + 1) for q in "\"\u201c\u201d") if k != -1), default=n - 1)
                    j = close
                j += 1
            out.append(query[i:j])
            i = j
    return out


def check_query(query: str) -> None:
    """QueryError (in Indonesian, naming the query and the limit) when `query` is longer, has more
    words, deeper parentheses or more NOTs than the limits above."""
    if len(query) > MAX_QUERY_CHARS:
        raise _error(query, f"terlalu panjang: {len(query)} karakter", MAX_QUERY_CHARS,
                     "persingkat kuerinya atau pecah menjadi beberapa pencarian")
    depth = deepest = nots = words = 0
    for term in _terms(query):
        if term == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif term == ")":
            depth = max(0, depth - 1)
        elif term in ("NOT",):
            nots += 1
        elif term not in ("AND", "OR"):
            words += 1
            nots += len(term) - len(term.lstrip("-+"))
    if deepest > MAX_QUERY_NESTING:
        raise _error(query, f"bersarang {deepest} tingkat tanda kurung", MAX_QUERY_NESTING,
                     "kurangi tanda kurung di dalam tanda kurung")
    if nots > MAX_QUERY_NOTS:
        raise _error(query, f"memakai {nots} NOT/-kata", MAX_QUERY_NOTS, "kurangi kata yang dikecualikan")
    if words > MAX_QUERY_WORDS:
        raise _error(query, f"berisi {words} kata", MAX_QUERY_WORDS, "persingkat kuerinya")


def suggestable(words: list[str]) -> list[str]:
    """The words "did you mean" may look up: at most MAX_SUGGEST_WORDS, none longer than
    MAX_SUGGEST_LETTERS letters (a 10,000-letter word cost 2.5 s, 5,000 short words 5 s)."""
    return [w for w in words if len(w) <= MAX_SUGGEST_LETTERS][:MAX_SUGGEST_WORDS]
