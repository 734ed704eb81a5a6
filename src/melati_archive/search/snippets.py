"""Snippets: the window of a text with the most query matches, matched words marked «like this»."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MARK_OPEN, MARK_CLOSE = "\u00ab", "\u00bb"  # « » around highlighted words in snippets


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
        elif fname in ("title", "body", "text", "who"):
            stems.add(text)
    return exact, stems


@dataclass(frozen=True)
class Marks:
    """The words a query matched in the text fields after expansion (families, synonyms, other
    spellings, amounts): what the snippets, quote cards and the reader view mark."""
    exact: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    protected: frozenset[str] = frozenset()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each matched word in `text`, adjacent ones joined."""
        from ..nlp import analysis

        spans: list[tuple[int, int]] = []
        seen: dict[str, bool] = {}
        # the index's own tokens (numbers as one, Rp300.000 as rp + 300000, Jum'at as jumat), so
        # what matched is what is marked
        for m in analysis._TOKEN_RE.finditer(text):
            raw = m.group(0)
            hit = seen.get(raw)
            if hit is None:
                units = [u for u, _ in analysis.word_units(raw)]
                hit = any(u in self.exact for u in units) or bool(self.stems) and any(
                    analysis.query_stem(u, self.protected) in self.stems for u in units)
                seen[raw] = hit
            if hit:
                if spans and spans[-1][1] == m.start():  # Rp300.000: one mark, not «Rp»«300.000»
                    spans[-1] = (spans[-1][0], m.end())
                else:
                    spans.append((m.start(), m.end()))
        return spans


def query_marks(q, reader, protected=frozenset()) -> Marks:
    """The Marks of a compiled query `q` on an index reader (empty for no query)."""
    if q is None:
        return Marks()
    exact, stems = _match_terms(q, reader)
    return Marks(frozenset(exact), frozenset(stems), frozenset(protected))


def snippet(text: str, exact: set[str], stems: set[str], width: int = 220, protected=frozenset()) -> str:
    """The window of `text` with the most query matches, matched words marked «like this»."""
    spans = Marks(frozenset(exact), frozenset(stems), frozenset(protected)).spans(text)
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

