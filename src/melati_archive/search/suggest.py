"""Did you mean: the query with each word absent from the archive replaced by its nearest spelling."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..querylimits import suggestable

if TYPE_CHECKING:
    from .compile import _Env


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
    from ..nlp.analysis import STOPWORDS  # loaded by the search already; lazily for start-up

    reader = searcher.reader()
    changed, text = False, query
    for word in suggestable(env.words):
        w = word.lower()
        if not w.isalpha() or len(w) < 3 or w in STOPWORDS:
            continue  # a function word ("siapa" in a question) counts for nothing: never "siaga"
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

