"""The reports' article table from the index's record of archive files, not from every front matter.

A report counts articles by month, channel, program and tag. Parsing every file's YAML for that
costs about 3 ms an article (five minutes at 100,000), while the reindex a report runs first has
already parsed each changed file and kept its row (index.report_row) in the file record. This
module turns that record into the rows `frames.articles_frame` takes, with the same rules as
`ArchiveStore.articles`: one row per id (the first path wins), files that fail are problems.
Returns None when the index cannot give the table (no index, or rows written before the record
held them): the caller then parses the files as before.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Problem


@dataclass
class Row:
    """The fields of an Article the reports read (frames.ARTICLE_COLUMNS)."""

    id: str
    path: str
    title: str
    date: dt.date
    channel: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    review: bool = False


def indexed_rows(arc, failed: list[dict]) -> tuple[list[Row], list[Problem]] | None:
    """(rows, problems) of the archive from its up-to-date index; `failed` is the reindex's list of
    failures ({path, line, error}). None when the index holds no complete table."""
    from ..errors import MelatiError
    from ..index import indexed_files

    try:
        states = indexed_files(Path(arc.index_dir))
    except MelatiError:
        return None
    store = arc.store
    problems = [Problem(store.display(f.get("path") or ""), f.get("line"), str(f.get("error") or ""))
                for f in failed]
    rows: list[Row] = []
    first: dict[str, str] = {}
    for path in sorted(states):
        state = states[path]
        if state.error:
            continue
        row = _row(path, state.info)
        if row is None:
            return None
        if row.id in first:  # the same file name in two year folders: the first is counted
            problems.append(store.duplicate_problem(path, store.display(first[row.id]), row.id))
            continue
        first[row.id] = path
        rows.append(row)
    return rows, problems


def _row(path: str, info: dict) -> Row | None:
    raw = info.get("row") if isinstance(info, dict) else None
    if not isinstance(raw, dict) or not raw.get("published"):
        return None
    return Row(id=str(info.get("id")), path=path, title=raw.get("title") or "",
               date=dt.date.fromisoformat(raw["published"]), channel=info.get("channel"), url=raw.get("url"),
               tags=list(raw.get("tags") or []), programs=list(raw.get("programs") or []),
               review=bool(raw.get("review")))
