"""The data model: plain dataclasses shared by every layer (archive, nlp, index, search, reports)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


class Record:
    """Mixin: a dataclass that turns itself into JSON-ready dicts."""

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


# --- The archive -----------------------------------------------------------------------------

# How a problem line names its severity for a person; `severity` itself ("error"/"warning") is what
# --json carries.
SEVERITY_WORDS = {"error": "galat", "warning": "peringatan"}


@dataclass
class Problem(Record):
    """One validation problem in an archive file: where it is, what is wrong, how to fix it."""

    path: str
    line: int | None
    message: str
    fix: str = ""
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {SEVERITY_WORDS.get(self.severity, self.severity)}: {self.message}"
        return f"{text} ({self.fix})" if self.fix else text


@dataclass
class Role(Record):
    """A role a person held, optionally bounded in time (inclusive dates)."""

    title: str
    organization: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    aliases: list[str] = field(default_factory=list)  # role words standing for the holder: "Kepala Balai"

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Person(Record):
    """A curated person from people.yaml (or one grouped from extractions)."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    internal: bool = False  # speaks for the organisation itself (vs an outside speaker)
    notes: str | None = None
    fictional: bool = False

    def role_on(self, day: dt.date | None) -> Role | None:
        valid = [r for r in self.roles if r.valid_on(day)]
        return valid[-1] if valid else None


@dataclass
class Program(Record):
    """A program of the organisation, from programs.yaml."""

    id: str
    name: str
    acronym: str | None = None
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    target_per_month: int = 0  # items per month the team aims for; 0 = no target
    fictional: bool = False


@dataclass
class Article(Record):
    """One published item: front matter a person decided plus the body as published."""

    id: str  # stable slug: the file name without .md
    path: str  # relative to the archive root, e.g. "articles/2020/2020-11-13-slug.md"
    title: str
    date: dt.date
    body: str
    channel: str | None = None
    url: str | None = None
    author: str | None = None
    editor: str | None = None
    language: str = "id"
    tags: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    location: str | None = None
    fictional: bool = False
    # Person-made corrections to extracted facts ("overrides" in front matter); they win.
    overrides: dict[str, Any] = field(default_factory=dict)
    # Any other front-matter fields, kept as they are (importers' provenance, links, flags).
    extra: dict[str, Any] = field(default_factory=dict)
    body_line: int = 1  # 1-based line of the file where the body starts


@dataclass
class MetricRow(Record):
    """One engagement row from archive/metrics/*.csv."""

    date: dt.date
    channel: str
    url: str | None
    article_id: str | None
    views: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    followers: int | None = None
    source: str = ""  # file:line


# --- What the extractor derives from a text ---------------------------------------------------


@dataclass
class PersonMention(Record):
    """A person introduced in one text: canonical name as introduced, short forms, role."""

    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    initials_only: bool = False  # minors and beneficiaries ("AD (12)"): never listed by name


@dataclass
class Quote(Record):
    """A direct quote: text without its marks, offsets into the original input."""

    text: str
    speaker: str | None
    role: str | None
    cue: str | None
    start: int
    end: int
    # What the speaker rests on (nlp.attribution.EVIDENCE: "cue-name", "pronoun", ...); "unresolved"
    # when the text does not settle who spoke and speaker is null.
    evidence: str | None = None


@dataclass
class Acronym(Record):
    short: str
    long: str


@dataclass
class Extraction(Record):
    """Everything the extractor derives from one raw text. `to_dict()` is the DESIGN.md JSON."""

    title: str | None = None
    date: dt.date | None = None
    location: str | None = None
    people: list[PersonMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    # Beyond the JSON contract (kept out of to_dict): event dates, credits, detected programs.
    event_dates: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    credits: dict[str, str] = field(default_factory=dict)
    programs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "location": self.location,
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "role": p.role}
                for p in self.people
                if not p.initials_only
            ],
            "quotes": [q.to_dict() for q in self.quotes],
            "acronyms": [a.to_dict() for a in self.acronyms],
        }
