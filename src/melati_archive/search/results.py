"""Result classes of a search: hits and result lists with .to_dict() and .to_frame() (pandas only there)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .snippets import Marks

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
        from ..model import _jsonable

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
    missing: list[str] = field(default_factory=list)  # typed words this partial hit lacks


@dataclass
class SearchResults(_Results):
    hits: list[ArticleHit]
    total: int
    query: str = ""
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    marks: Marks = field(default_factory=Marks, repr=False, compare=False)  # what the query matched
    # the query as typed, when it found nothing and these are the hits of its suggestion
    corrected_from: str | None = None
    _hit_type = ArticleHit

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "hits": self.rows(), "facets": self.facets,
                "suggestion": self.suggestion, "corrected_from": self.corrected_from}


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
    missing: list[str] = field(default_factory=list)  # typed words this partial hit lacks


@dataclass
class QuoteResults(_Results):
    hits: list[QuoteHit]
    total: int
    query: str = ""
    marks: Marks = field(default_factory=Marks, repr=False, compare=False)  # what the query matched
    suggestion: str | None = None  # "did you mean", when nothing matched
    corrected_from: str | None = None  # as in SearchResults
    _hit_type = QuoteHit

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "suggestion": self.suggestion, "corrected_from": self.corrected_from}


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

