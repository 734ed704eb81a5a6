"""Snippets: the window of a text with the most query matches, matched words marked «like this»."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MARK_OPEN, MARK_CLOSE = "\u00ab", "\u00bb"  # « » around highlighted words in snippets


# --- Snippets ---------------------------------------------------------------------------------


MAX_PHRASES = 64  # phrase forms a query marks as phrases; more (a hostile query) are marked word by word


def _match_terms(q, reader) -> tuple[set[str], set[str], set[tuple[str, ...]]]:
    """(exact words, stems, exact phrases) a query matches in body text fields, after expansion.
    A word that the query reaches only inside a phrase (a synonym's or an acronym's long form, a
    compound written apart, a quoted phrase) is in `phrases`, not in `exact`: "dinsos" marks
    "Dinas Sosial", never the "sosial" of "bantuan sosial"."""
    from whoosh import query as wq

    from ..wordforms import CompoundSplit

    exact, stems, phrases = set(), set(), set()
    terms = set()
    # leaf by leaf: Query.existing_terms() in whoosh3 reuses its `fieldname` argument as the
    # loop variable and so drops every field after the first.
    for leaf in q.leaves():
        parts = [leaf]
        if isinstance(leaf, CompoundSplit):  # its phrases ("orang tua" for orangtua), as found in the lexicon
            found = leaf.simplify(reader)
            parts = [] if found is wq.NullQuery else [found] if isinstance(found, wq.Phrase) else list(found.leaves())
        for part in parts:
            if isinstance(part, wq.Phrase) and len(phrases) < MAX_PHRASES:
                # an exact phrase by its words, a stemmed one (a quoted phrase's other forms) by its stems
                kind = "" if part.fieldname.endswith("_exact") else "~"
                phrases.add(tuple(kind + str(w).lower() for w in part.words))
                continue
            try:
                terms.update(part.expanded_terms(reader, phrases=True))
            except Exception:  # noqa: BLE001 - a query kind without term support: no highlight
                continue
    for fname, text in terms:
        text = text.decode("utf-8") if isinstance(text, bytes) else str(text)
        if fname.endswith("_exact"):
            exact.add(text)
        elif fname in ("title", "body", "text", "who"):
            stems.add(text)
    return exact, stems, {p for p in phrases if len(p) > 1 and not set(p) <= exact | {"~" + w for w in stems}}


@dataclass(frozen=True)
class Marks:
    """The words a query matched in the text fields after expansion (families, synonyms, other
    spellings, amounts): what the snippets, quote cards and the reader view mark."""
    exact: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    protected: frozenset[str] = frozenset()
    phrases: frozenset[tuple[str, ...]] = frozenset()  # words marked only where they stand in this order

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each matched word in `text`, adjacent ones joined."""
        from ..nlp import analysis

        tokens = []  # [start, end, hit, units]
        seen: dict[str, tuple[bool, tuple[str, ...]]] = {}
        # the index's own tokens (numbers as one, Rp300.000 as rp + 300000, Jum'at as jumat), so
        # what matched is what is marked
        for m in analysis._TOKEN_RE.finditer(text):
            raw = m.group(0)
            known = seen.get(raw)
            if known is None:
                units = tuple(u for u, _ in analysis.word_units(raw))
                hit = any(u in self.exact for u in units) or bool(self.stems) and any(
                    analysis.query_stem(u, self.protected) in self.stems for u in units)
                known = seen[raw] = (hit, units)
            tokens.append([m.start(), m.end(), known[0], known[1]])
        if self.phrases:
            self._mark_phrases(tokens)
        spans: list[tuple[int, int]] = []
        for start, end, hit, _ in tokens:
            if hit:
                if spans and spans[-1][1] == start:  # Rp300.000: one mark, not «Rp»«300.000»
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
        return spans

    def _mark_phrases(self, tokens: list) -> None:
        """Marks the tokens where a phrase's words stand next to each other in order, one token per
        word (a stemmed phrase's words are "~" + stem: compared with each token's stem)."""
        from ..nlp import analysis

        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            by_first.setdefault(phrase[0], []).append(phrase)
        words = [units[0] if len(units) == 1 else None for *_, units in tokens]
        stemmed: list[str | None] = [None] * len(words)
        if any(p[0].startswith("~") for p in self.phrases):
            stems: dict[str, str] = {}
            for i, w in enumerate(words):
                if w is not None:
                    stemmed[i] = stems.get(w) or stems.setdefault(w, "~" + analysis.query_stem(w, self.protected))
        for i in range(len(words)):
            for key in (words[i], stemmed[i]):
                for phrase in by_first.get(key, ()) if key else ():
                    seq = stemmed if phrase[0].startswith("~") else words
                    if tuple(seq[i:i + len(phrase)]) == phrase:
                        for token in tokens[i:i + len(phrase)]:
                            token[2] = True


def runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the ones that only spaces separate joined, so a reader sees «Dinas Sosial»,
    not «Dinas» «Sosial» (a line break or any punctuation keeps two marks apart)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start > out[-1][1] and not text[out[-1][1]:start].strip(" \t\u00a0"):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def query_marks(q, reader, protected=frozenset()) -> Marks:
    """The Marks of a compiled query `q` on an index reader (empty for no query)."""
    if q is None:
        return Marks()
    exact, stems, phrases = _match_terms(q, reader)
    return Marks(frozenset(exact), frozenset(stems), frozenset(protected), frozenset(phrases))


def snippet(text: str, exact: set[str], stems: set[str], width: int = 220, protected=frozenset(),
            phrases=frozenset()) -> str:
    """The window of `text` with the most query matches, matched words marked «like this»."""
    spans = Marks(frozenset(exact), frozenset(stems), frozenset(protected), frozenset(phrases)).spans(text)
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
    for s, e in runs(text, [(a, b) for a, b in spans if a >= start and b <= end]):
        out.append(text[pos:s])
        out.append(MARK_OPEN + text[s:e] + MARK_CLOSE)
        pos = e
    out.append(text[pos:end])
    body = " ".join("".join(out).split())
    return ("\u2026" if start > 0 else "") + body + ("\u2026" if end < len(text) else "")

