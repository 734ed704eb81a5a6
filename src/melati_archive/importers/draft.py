"""What every importer returns: article drafts from one source, plus the items it skipped or failed."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Draft:
    """One item read from a source, before dates, titles and ids are settled."""

    source: str  # where it came from: a file name, or "file#item" inside an export or feed
    body: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    author: str | None = None
    editor: str | None = None
    translator: str | None = None
    location: str | None = None
    channel: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    fictional: bool = False
    partial: bool = False  # only a summary was available (feeds without full content)
    overrides: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # other front-matter fields, kept as they are
    warnings: list[str] = field(default_factory=list)


@dataclass
class Parsed:
    """Everything one source file yielded."""

    drafts: list[Draft] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): drafts, pages, ...
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, error) for single bad items
    warnings: list[str] = field(default_factory=list)
