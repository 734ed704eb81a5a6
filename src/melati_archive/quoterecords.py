"""How a quote is stored: in its article's stored record, and read back into a hit's fields.

A quote document used to store its own record: the quote (text, speaker, role, cue, offsets)
and its article's title, URL, channel, programs, date and path again, each record compressed
alone (whoosh's stored-fields column), so it hardly shrank: on 2,000 real articles the 10,716
quote records were 4.4 MB, more than the articles' bodies (issue 17, the index's size). Now:

- the article's `data["quotes"]` holds what differs from quote to quote (`pack`): speaker,
  role, cue, start and end, and the text only where `span_text` of the article's body does not
  give it back (a quote cut from several pieces between marks; `pack` checks every one);
- a quote document stores its kind, its article's id and its number in that list (`data`);
- a hit reads the article's record once (`ArticleRecords`) and builds the same fields
  (`hit_fields`) the quote's own record gave.

The article's quote list also gives its speakers in order (`speakers`), so the article no
longer stores them apart.
"""
from __future__ import annotations

from typing import Any, Iterable

# The opening and closing marks a quote's span starts and ends with (straight, curly, low-9,
# guillemets, primes as typed for a closing mark).
_MARKS = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u00ab\u00bb\u2032\u2033"


def span_text(body: str, start: int, end: int) -> str:
    """A quote's text as its span in the body gives it: the marks at both ends dropped, runs of
    white space made one space, a trailing comma cut (the extractor's form for a quote in one
    piece)."""
    text = body[start:end].strip()
    if text[:1] in _MARKS:
        text = text[1:]
    if text[-1:] in _MARKS:
        text = text[:-1]
    return " ".join(text.split()).rstrip(",").rstrip()


def pack(quotes: Iterable[tuple[Any, str | None]], body: str) -> list[dict[str, Any]]:
    """The stored form of an article's quotes ((quote, resolved role) pairs, in order): None
    values left out, the text only when `span_text` does not give it back."""
    out = []
    for q, role in quotes:
        record = {"speaker": q.speaker, "role": role, "cue": q.cue, "start": q.start, "end": q.end}
        record = {k: v for k, v in record.items() if v is not None}
        if span_text(body, q.start or 0, q.end or 0) != q.text:
            record["text"] = q.text
        out.append(record)
    return out


def speakers(packed: list[dict[str, Any]]) -> list[str]:
    """The article's speakers, each once, in the order of its quotes."""
    return list(dict.fromkeys(q["speaker"] for q in packed if q.get("speaker")))


def hit_fields(article: dict[str, Any], n: int) -> dict[str, Any]:
    """The fields of quote `n` of an article, from the article's stored record: what
    search.quotes() builds a QuoteHit from (the date as stored, a datetime)."""
    data = article.get("data") or {}
    q = data["quotes"][n]
    body = article.get("body") or ""
    text = q["text"] if "text" in q else span_text(body, q.get("start") or 0, q.get("end") or 0)
    return dict(text=text, speaker=q.get("speaker"), role=q.get("role"), cue=q.get("cue"),
                article_id=article["article_id"], title=article.get("title") or "", date=data.get("date"),
                channel=data.get("channel"), url=data.get("url"), programs=list(data.get("programs") or []),
                start=int(q.get("start") or 0), end=int(q.get("end") or 0))


class ArticleRecords:
    """The stored records of articles by id, each read once per searcher's use (a list of
    quotes from one article reads its record once)."""

    def __init__(self, searcher):
        self.searcher = searcher
        self._records: dict[str, dict[str, Any]] = {}

    def __getitem__(self, article_id: str) -> dict[str, Any]:
        record = self._records.get(article_id)
        if record is None:
            docnum = self.searcher.document_number(uid=f"article:{article_id}")
            if docnum is None:  # a quote without its article: a damaged index
                raise KeyError(f"artikel {article_id} tidak ada di indeks (bangun ulang: melati reindex --full)")
            record = self._records[article_id] = self.searcher.stored_fields(docnum)
        return record
