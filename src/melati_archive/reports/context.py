"""Everything one report notebook shows, computed once: the frames of a monthly or a gap report."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import coverage, engagement, frames, messages, voices, volume

BULAN_PANJANG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"]


def month_name(first: dt.date) -> str:
    return f"{BULAN_PANJANG[first.month - 1]} {first.year}"


def repo_root() -> Path | None:
    """The checkout holding notebooks/ (an editable install), None for an installed package."""
    here = Path(__file__).resolve()
    root = here.parents[3]
    return root if (root / "notebooks").is_dir() else None


def resolve_home(home) -> Path:
    """The archive home a notebook names: an absolute path as it is; a relative one ("examples/demo")
    against $MELATI_HOME, then the repository, then the kernel's working folder. JupyterLab starts
    kernels in notebooks/, where "examples/demo" is not; the first folder holding archive/ wins."""
    path = Path(str(home or ".")).expanduser()
    if path.is_absolute():
        return path
    bases = [Path(os.environ["MELATI_HOME"]) if os.environ.get("MELATI_HOME") else None, repo_root(), Path.cwd()]
    for base in [b for b in bases if b is not None]:
        if (base / path / "archive").is_dir():
            return (base / path).resolve()
    return path


def _open_indexed(home):
    """(archive, reindex result, None) with its index brought up to date (incremental), or
    (archive, None, reason) when it cannot be."""
    from ..api import Archive
    from ..errors import MelatiError

    try:
        arc = Archive.open(home)
    except MelatiError as exc:
        raise frames.ReportError(str(exc)) from None
    try:
        result = arc.reindex()
    except MelatiError as exc:
        return arc, None, f"Indeks tidak dapat diperbarui: {exc}"
    return arc, result, None


@dataclass
class MonthlyReport:
    month: str
    title: str
    start: dt.date
    end: dt.date
    organization: str
    total: int
    comparison: pd.DataFrame
    months: pd.DataFrame
    weekly: pd.DataFrame
    daily: pd.DataFrame
    channels: pd.DataFrame
    programs: pd.DataFrame
    tags: pd.DataFrame
    coverage: pd.DataFrame
    silence: pd.DataFrame
    cadence: pd.DataFrame
    matrix: pd.DataFrame
    speakers: pd.DataFrame | None
    share: pd.DataFrame | None
    unquoted: pd.DataFrame | None
    pull_through: pd.DataFrame | None
    index_note: str | None
    items: pd.DataFrame
    top: pd.DataFrame
    channel_outtakes: pd.DataFrame
    followers: pd.DataFrame
    follower_change: pd.DataFrame
    unmatched: pd.DataFrame
    articles: pd.DataFrame
    problems: list = field(default_factory=list)
    waiting: int = 0  # items dated in the month that wait for review, not counted

    @property
    def empty(self) -> bool:
        return self.total == 0


def prepare_month(home, month: str) -> MonthlyReport:
    """Compute every table of the monthly report of `month` (YYYY-MM)."""
    start, end = frames.parse_month(month)
    home = resolve_home(home)
    arc, indexed, index_note = _open_indexed(home)
    data = frames.load(home, arc, indexed.failed) if indexed else frames.load(home, arc, use_index=False)
    a = data.articles
    year_start = (pd.Timestamp(start) - pd.DateOffset(months=11)).date()
    quotes = speakers = share = unquoted = pulled = None
    if index_note is None:
        quotes = voices.counted_quotes(voices.quotes_in_period(arc, start, end), a)
        speakers = voices.speaker_counts(quotes, data.people)
        share = voices.internal_share(quotes, data.people)
        unquoted = voices.unquoted_people(quotes, data.people, start, end)
        pulled = messages.pull_through(arc, data.key_messages, a, start, end)
    items = engagement.by_item(data.metrics, a, start, end)
    followers = engagement.follower_trend(data.metrics, data.channels, year_start, end)
    period = frames.in_period(a, start, end)
    channel_names = dict(zip(data.channels["id"], data.channels["name"]))
    program_names = dict(zip(data.programs["id"], data.programs["name"]))
    listing = pd.DataFrame({"Tanggal": period["date"].dt.date, "Judul": period["title"],
                            "Kanal": period["channel"].map(lambda c: channel_names.get(c) or c),
                            "Program": period["programs"].map(lambda ps: ", ".join(program_names.get(p, p) for p in ps))})
    return MonthlyReport(
        month=month, title=month_name(start), start=start, end=end, organization=data.organization,
        total=len(period), comparison=volume.month_comparison(a, start),
        months=volume.by_month(a, year_start, end), weekly=volume.by_week(a, start, end),
        daily=volume.by_day(a, start, end), channels=volume.by_channel(a, data.channels, start, end),
        programs=volume.by_program(a, data.programs, start, end), tags=volume.by_tag(a, start, end),
        coverage=coverage.program_coverage(a, data.programs, start, end),
        silence=coverage.silence_summary(a, start, end), cadence=coverage.channel_cadence(a, data.channels, start, end),
        matrix=volume.program_month_matrix(a, data.programs, year_start, end),
        speakers=speakers, share=share, unquoted=unquoted, pull_through=pulled, index_note=index_note,
        items=items, top=engagement.top_items(items), channel_outtakes=engagement.by_channel(items, data.channels),
        followers=followers, follower_change=engagement.follower_change(followers),
        unmatched=engagement.unmatched_rows(data.metrics, a), articles=listing.reset_index(drop=True),
        problems=data.problems, waiting=frames.waiting_in_period(data.waiting, start, end),
    )


@dataclass
class GapReport:
    title: str
    start: dt.date
    end: dt.date
    organization: str
    total: int
    coverage: pd.DataFrame
    below: pd.DataFrame
    matrix: pd.DataFrame
    months: pd.DataFrame
    silence: pd.DataFrame
    runs: pd.DataFrame
    cadence: pd.DataFrame
    program_gaps: pd.DataFrame
    problems: list = field(default_factory=list)
    waiting: int = 0  # items dated in the period that wait for review, not counted

    @property
    def all_below(self) -> bool:
        """Every program missed its target: the below-target table would repeat the full one."""
        return len(self.below) == len(self.coverage) > 0

    @property
    def empty(self) -> bool:
        return self.total == 0


def prepare_gaps(home, start: str, end: str) -> GapReport:
    """Compute every table of the coverage-gap report from month `start` to month `end` (YYYY-MM)."""
    first, last = frames.parse_span(start, end)
    home = resolve_home(home)
    data = frames.load(home)
    a = data.articles
    cov = coverage.program_coverage(a, data.programs, first, last)
    title = month_name(first) if start == end else f"{month_name(first)} – {month_name(parse_end(last))}"
    return GapReport(
        title=title, start=first, end=last, organization=data.organization,
        total=len(frames.in_period(a, first, last)), coverage=cov, below=coverage.below_target(cov),
        matrix=volume.program_month_matrix(a, data.programs, first, last), months=volume.by_month(a, first, last),
        silence=coverage.silence_summary(a, first, last), runs=coverage.silent_runs(a, first, last).head(10),
        cadence=coverage.channel_cadence(a, data.channels, first, last),
        program_gaps=coverage.program_gaps(a, data.programs, first, last), problems=data.problems,
        waiting=frames.waiting_in_period(data.waiting, first, last),
    )


def parse_end(last: dt.date) -> dt.date:
    return last.replace(day=1)
