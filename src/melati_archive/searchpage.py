"""The logic of the staff search page (notebooks/cari.ipynb): pickers, form state -> search, messages, downloads.

The notebook only lays out ipywidgets and calls this module, so everything a person sees on the
page (options, the count line, "Mungkin maksud Anda", error messages naming the field to fix,
result cards, the reader view, downloads) is decided and tested here without a browser; the HTML
is written by pagehtml.py. Text shown to staff is Indonesian.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import IndexMissingError, MelatiError
from .wording import UNATTRIBUTED
from .pagehtml import (  # noqa: F401 - re-exported: the notebook and tests take the page's HTML from here
    download_html, header_html, highlight_html, highlight_words_html, page_html, reader_html, row_html, status_html,
)

MODES = {"artikel": "Artikel", "kutipan": "Kutipan"}
SORTS = {"relevance": "Paling cocok", "date": "Terbaru dulu"}
ALL_PROGRAMS = "Semua program"
ALL_CHANNELS = "Semua kanal"
PAGE_SIZE = 10
EXPORT_LIMIT = 1000  # rows in a download: a data: link past ~2 MB is refused by browsers
DATE_HINT = "13/11/2020 atau 13 November 2020"
FIELD_FROM, FIELD_TO = "Dari tanggal", "Sampai tanggal"
_ALIAS_LABEL_RE = re.compile(r"^(?P<alias>.+?) \u2192 (?P<name>.+)$")


class FieldError(MelatiError):
    """A value typed into one field of the page that cannot be used; the message names the field."""


@dataclass
class FormState:
    """What the form holds when Cari is pressed (dates as date objects or text, None when empty)."""

    query: str = ""
    mode: str = "artikel"
    speaker: str = ""
    program: str = ""
    channel: str = ""
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    page: int = 1
    sort: str = "relevance"  # "relevance" | "date" (newest first)


@dataclass
class ResultRow:
    """One result card: an article or a quote."""

    kind: str  # "artikel" | "kutipan"
    article_id: str
    title: str
    date: dt.date | None
    date_text: str
    channel: str
    speaker: str
    role: str
    snippet_html: str
    url: str | None
    path: str | None
    citation: str
    missing: str = ""  # typed words a partial hit lacks ("Tidak memuat: ...")


@dataclass
class ResultPage:
    """What the page shows after a search: rows of one page, the count line, a suggestion or an error."""

    rows: list[ResultRow] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    count_text: str = ""
    suggestion: str | None = None
    suggestion_text: str = ""
    error: str = ""
    review_text: str = ""  # how many items wait for review (review.py), shown as one line

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


# --- Text pieces ----------------------------------------------------------------------------


def date_text(day: dt.date | None) -> str:
    """13 November 2020 (Indonesian month names); empty when unknown."""
    if day is None:
        return ""
    from .nlp.dates import format_date_id

    return format_date_id(day)


def number_text(n: int) -> str:
    """1.234 (Indonesian thousands separator)."""
    return f"{int(n):,}".replace(",", ".")


def count_text(total: int, page: int, page_size: int, mode: str) -> str:
    """The count line: 'Ditemukan 12 artikel, menampilkan 1–10 (halaman 1 dari 2).'"""
    noun = "artikel" if mode == "artikel" else "kutipan"
    if total == 0:
        return f"Tidak ada {noun} yang cocok."
    first = (page - 1) * page_size + 1
    last = min(total, page * page_size)
    pages = max(1, math.ceil(total / page_size))
    return f"Ditemukan {total} {noun}, menampilkan {first}\u2013{last} (halaman {page} dari {pages})."


def suggestion_text(suggestion: str | None) -> str:
    return f"Mungkin maksud Anda: {suggestion}" if suggestion else ""


def correction_text(typed: str, shown: str) -> str:
    """The line above results shown for a query's suggestion because the query found nothing."""
    return f"Tidak ada hasil untuk \u201c{typed}\u201d; menampilkan hasil untuk \u201c{shown}\u201d."


def article_citation(title: str, channel: str, day: dt.date | None, url: str | None) -> str:
    """A pasteable reference to an article: “Judul” (Kanal, 13 November 2020) URL."""
    where = ", ".join(x for x in [channel, date_text(day)] if x)
    out = f"\u201c{title}\u201d" + (f" ({where})" if where else "")
    return out + (f" {url}" if url else "") + ("" if url else ".")


def default_home(cwd=None):
    """$MELATI_HOME, else the current folder or its parent, whichever holds archive/, else the repository.

    `make lab` runs kernels in notebooks/, one level below the repository's own archive.
    """
    import os
    from pathlib import Path

    if os.environ.get("MELATI_HOME"):
        return Path(os.environ["MELATI_HOME"])
    here = Path(cwd or os.getcwd())
    for folder in (here, here.parent):
        if (folder / "archive").is_dir():
            return folder
    from .reports.context import repo_root

    root = repo_root()
    return root if root is not None and (root / "archive").is_dir() else here


# --- The page -------------------------------------------------------------------------------


class SearchPage:
    """The search page over one archive home: options for the pickers and one search per form state."""

    def __init__(self, archive, page_size: int = PAGE_SIZE):
        self.archive = archive
        self.page_size = page_size
        self.forget()

    def forget(self) -> None:
        """Drop what the page read from the archive (people, file paths, items waiting for review): after an
        import or a reindex it is read again when next asked."""
        self._people = None
        self._paths = None
        self._pending: tuple[Any, int] | None = None  # (index generation, items waiting for review)

    @classmethod
    def open(cls, home=None, page_size: int = PAGE_SIZE) -> "SearchPage":
        """The page for a home folder (None: see default_home()); an archive without an index gets one
        first, so Run All in JupyterLab works on a fresh clone (`melati app` checks before it starts)."""
        from .api import Archive
        from .index import open_index

        arc = Archive.open(home or default_home())
        try:
            open_index(arc.index_dir)
        except IndexMissingError:
            arc.reindex()
        return cls(arc, page_size=page_size)

    # Pickers -------------------------------------------------------------------------------
    def people(self):
        if self._people is None:
            from .search import people

            self._people = people(self.archive).hits
        return self._people

    def speaker_options(self) -> list[str]:
        """Labels for the Narasumber combobox: full names (most quoted first), then 'alias → name'."""
        hits = sorted(self.people(), key=lambda p: (-p.quotes, -p.articles, p.name))
        names = [p.name for p in hits]
        aliases = sorted({f"{a} \u2192 {p.name}" for p in hits for a in p.aliases if a and a != p.name})
        return names + aliases

    def filter_speakers(self, typed: str) -> list[str]:
        """The speaker labels a partly typed name, alias or role word matches (case-insensitive)."""
        key = " ".join((typed or "").lower().split())
        if not key:
            return self.speaker_options()
        by_name = {p.name: p for p in self.people()}
        out = []
        for label in self.speaker_options():
            person = by_name.get(self.speaker_value(label))
            roles = " ".join(r.get("title") or "" for r in person.roles) if person else ""
            if key in label.lower() or key in roles.lower():
                out.append(label)
        return out

    def speaker_value(self, label: str) -> str:
        """The speaker to search for from a combobox label or free text ('Puti → Puti Chairida Anwar')."""
        label = (label or "").strip()
        m = _ALIAS_LABEL_RE.match(label)
        return m.group("name").strip() if m else label

    def program_options(self) -> list[tuple[str, str]]:
        """(label, value) pairs for the Program dropdown; the first one means any program."""
        from .search import programs

        out = [(ALL_PROGRAMS, "")]
        for p in sorted(programs(self.archive).hits, key=lambda p: (p.name or p.id).lower()):
            label = f"{p.name} ({p.acronym})" if p.acronym and p.acronym != p.name else (p.name or p.id)
            out.append((label, p.id))
        return out

    def channel_options(self) -> list[tuple[str, str]]:
        """(label, value) pairs for the Kanal dropdown from melati.yaml; the first one means any channel."""
        return [(ALL_CHANNELS, "")] + [(c.name or c.id, c.id) for c in self.archive.config.channels]

    def article_path(self, article_id: str) -> str | None:
        """The archive-relative file of an article id (ids are file stems), None when unknown."""
        if self._paths is None:
            root = self.archive.root
            self._paths = {p.stem: p.relative_to(root).as_posix() for p in self.archive.store.article_paths()}
        return self._paths.get(article_id)

    def channel_name(self, channel_id: str | None) -> str:
        names = {c.id: c.name or c.id for c in self.archive.config.channels}
        return names.get(channel_id or "", channel_id or "")

    # The header ---------------------------------------------------------------------------
    def header_lines(self) -> list[str]:
        """The archive's name, then what it holds: 'Balai Melati Jakarta', '1.234 berita · 56 kutipan'."""
        from . import search as s

        org = self.archive.config.organization
        name = getattr(org, "name", "") or self.archive.home.resolve().name
        try:
            articles = s.count(self.archive, "article")  # an empty search's total, without its date sort
            quotes = s.count(self.archive, "quote")
            people = len(self.people())
            counts = (f"{number_text(articles)} berita \u00b7 {number_text(quotes)} kutipan \u00b7 "
                      f"{number_text(people)} narasumber")
        except MelatiError:
            counts = "Indeks pencarian belum dibuat: jalankan melati reindex."
        return [f"Arsip: {name}", counts, f"Folder: {self.archive.home.resolve()}"]

    def refresh(self) -> str:
        """Bring the index up to date with the archive (new or edited files) and say what changed."""
        try:
            result = self.archive.reindex()
        except MelatiError as exc:
            return f"Indeks tidak dapat diperbarui: {exc}"
        self.forget()
        changed = f"{result.added} berita baru, {result.updated} diubah, {result.removed} dihapus"
        failed = (f"; {len(result.failed)} berkas tidak terbaca (jalankan melati check)" if result.failed else "")
        return f"Indeks diperbarui: {changed}{failed}."

    # Searching -----------------------------------------------------------------------------
    def search_kwargs(self, state: FormState) -> dict[str, Any]:
        """The keyword arguments of search()/quotes() for a form state (limit covers the asked page).

        A date that cannot be read, or a first date after the last, raises FieldError naming the field."""
        page = max(1, int(state.page or 1))
        kwargs: dict[str, Any] = {"limit": page * self.page_size}
        if state.speaker and state.speaker.strip():
            kwargs["speaker"] = self.speaker_value(state.speaker)
        if state.program:
            kwargs["program"] = state.program
        first = form_date(state.date_from, FIELD_FROM)
        last = form_date(state.date_to, FIELD_TO, last=True)
        if first and last and first > last:
            raise FieldError(f"{FIELD_FROM} ({date_text(first)}) jatuh sesudah {FIELD_TO} ({date_text(last)}): "
                             f"tukar kedua tanggal atau perbaiki salah satunya.")
        if first:
            kwargs["date_from"] = first.isoformat()
        if last:
            kwargs["date_to"] = last.isoformat()
        if state.channel:
            kwargs["channel"] = state.channel
        return kwargs

    def _results(self, state: FormState, kwargs: dict[str, Any], mode: str):
        """(results, rows) of one search; quotes sorted by date here (quotes() ranks by relevance)."""
        from . import search as s

        query = (state.query or "").strip()
        by_date = state.sort == "date"
        if mode == "artikel":
            results = s.search(self.archive, query, sort="date" if by_date else "relevance", with_facets=False,
                               **kwargs)  # the page shows no facets
            return results, [self._article_row(h) for h in results.hits]
        if by_date and query:
            results = s.quotes(self.archive, query, **{**kwargs, "limit": None})
            results.hits = sorted(results.hits, key=lambda h: (h.date, -h.start), reverse=True)[:kwargs["limit"]]
        else:
            results = s.quotes(self.archive, query, **kwargs)
        return results, [self._quote_row(h, query, results.marks) for h in results.hits]

    def run(self, state: FormState) -> ResultPage:
        """Search for a form state and return the rows of its page; user errors become .error text."""
        from . import search as s

        mode = state.mode if state.mode in MODES else "artikel"
        page = max(1, int(state.page or 1))
        query = (state.query or "").strip()
        try:
            kwargs = self.search_kwargs(state)
            results, rows = self._results(state, kwargs, mode)
        except MelatiError as exc:
            return ResultPage(error=self.explain(exc, state), page=page)
        corrected = results.corrected_from
        # articles: also beside partial hits (a word may be a typo); quotes: when nothing matched
        suggestion = None if corrected else results.suggestion
        total = results.total
        pages = math.ceil(total / self.page_size) if total else 0
        if pages and page > pages:
            return self.run(FormState(**{**state.__dict__, "page": pages}))
        rows = rows[(page - 1) * self.page_size: page * self.page_size]
        from .review import review_message

        return ResultPage(rows=rows, total=total, page=page, pages=pages,
                          count_text=count_text(total, page, self.page_size, mode),
                          suggestion=suggestion,
                          suggestion_text=(correction_text(corrected, results.query) if corrected
                                           else suggestion_text(suggestion)),
                          review_text=review_message(self.pending()) or "")

    def pending(self) -> int:
        """How many items wait for review, once per index generation: the page searches the archive
        as last indexed, and an import or a fix lands with a reindex. The reindex keeps the count;
        an index built before it did has the files read (seconds at 100,000 items)."""
        from .index import pending_review_in
        from .review import pending_count
        from .search.engine import _index_of, _searcher

        generation = self._generation()
        if self._pending is None or self._pending[0] != generation or generation is None:
            try:
                with _searcher(_index_of(self.archive)) as searcher:  # the searches' own, kept open
                    kept = pending_review_in(searcher)
            except MelatiError:
                kept = None
            self._pending = (generation, pending_count(self.archive) if kept is None else kept)
        return self._pending[1]

    def _generation(self):
        """(live generation folder, its commit number), None without a usable index."""
        from .index import open_index

        try:
            ix = open_index(self.archive.index_dir)
            return (str(getattr(ix.storage, "folder", "")), ix.latest_generation())
        except MelatiError:
            return None

    def explain(self, exc: MelatiError, state: FormState) -> str:
        """An error as one Indonesian sentence naming the field of the page to correct."""
        if isinstance(exc, FieldError):
            return str(exc)
        if isinstance(exc, IndexMissingError):
            return ("Indeks pencarian belum dibuat atau rusak: jalankan `melati reindex` "
                    "(atau minta tim teknis), lalu muat ulang halaman ini.")
        if state.speaker and state.speaker.strip() and not self._fails_without_speaker(state):
            typed = self.speaker_value(state.speaker)
            if "cocok dengan beberapa orang" in str(exc):
                return (f"Narasumber: \u201c{typed}\u201d cocok dengan beberapa orang; ketik nama lebih lengkap "
                        "atau pilih satu nama dari daftar.")
            return (f"Narasumber: tidak ada narasumber bernama \u201c{typed}\u201d di arsip; "
                    "pilih nama dari daftar atau kosongkan kolom ini.")
        return query_error_text(str(exc))

    def _fails_without_speaker(self, state: FormState) -> bool:
        from . import search as s

        try:
            kwargs = {k: v for k, v in self.search_kwargs(state).items() if k != "speaker"}
            s.search(self.archive, (state.query or "").strip(), **{**kwargs, "limit": 1})
        except MelatiError:
            return True
        return False

    # Downloads -----------------------------------------------------------------------------
    def download(self, state: FormState, fmt: str) -> Download:
        """The current results (every page, up to EXPORT_LIMIT rows) as an .xlsx or .csv file."""
        from . import export

        mode = state.mode if state.mode in MODES else "artikel"
        kwargs = {**self.search_kwargs(state), "limit": EXPORT_LIMIT}
        results, _ = self._results(FormState(**{**state.__dict__, "page": 1}), kwargs, mode)
        columns = export.ARTICLE_COLUMNS if mode == "artikel" else export.QUOTE_COLUMNS
        rows = [{**r, "channel": self.channel_name(r.get("channel"))} for r in results.rows()]
        name = _file_stem(state.query, mode)
        if fmt == "xlsx":
            data = export.xlsx_bytes([export.sheet(MODES[mode], rows, columns)])
            return Download(f"{name}.xlsx", data, export.XLSX_MIME, len(rows), results.total)
        return Download(f"{name}.csv", export.csv_bytes(rows, columns), export.CSV_MIME + ";charset=utf-8",
                        len(rows), results.total)

    # Reading one article -------------------------------------------------------------------
    def article(self, article_id: str):
        """The reader view of one article (reader.ArticleView)."""
        from .reader import article_view

        return article_view(self.archive, article_id)

    def marks(self, query: str):
        """What `query` matched in the articles' words, for reader_html to mark; None (mark the
        query's words as typed) when the index cannot say."""
        from . import search as s

        try:
            return s.marks(self.archive, query)
        except MelatiError:
            return None

    def _article_row(self, hit) -> ResultRow:
        channel = self.channel_name(hit.channel)
        return ResultRow(kind="artikel", article_id=hit.id, title=hit.title, date=hit.date,
                         date_text=date_text(hit.date), channel=channel, speaker=", ".join(hit.speakers), role="",
                         snippet_html=highlight_html(hit.snippet), url=hit.url, path=hit.path,
                         missing=" ".join(getattr(hit, "missing", None) or []),
                         citation=article_citation(hit.title, channel, hit.date, hit.url))

    def _quote_row(self, hit, query: str, marks=None) -> ResultRow:
        return ResultRow(kind="kutipan", article_id=hit.article_id, title=hit.title, date=hit.date,
                         date_text=date_text(hit.date), channel=self.channel_name(hit.channel),
                         speaker=hit.speaker or UNATTRIBUTED, role=hit.role or "",
                         snippet_html="\u201c" + highlight_words_html(hit.text, query, marks) + "\u201d",
                         url=hit.url, path=self.article_path(hit.article_id), citation=hit.citation)


@dataclass
class Download:
    filename: str
    data: bytes
    mime: str
    rows: int
    total: int

    def label(self) -> str:
        kind = "baris"
        more = f" dari {number_text(self.total)}" if self.total > self.rows else ""
        return f"Unduh {self.filename} ({number_text(self.rows)}{more} {kind})"

    def link_html(self) -> str:
        return download_html(self.filename, self.data, self.mime, self.label())


def _file_stem(query: str, mode: str) -> str:
    from .articlefile import slugify

    words = slugify(query or "", 40) if (query or "").strip() else "semua"
    return f"{'kutipan' if mode == 'kutipan' else 'berita'}-{words or 'cari'}-{dt.date.today():%Y%m%d}"


# --- Dates typed on the page ----------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAMED_DATE = re.compile(r"(?:(\d{1,2})\s+)?([^\W\d_]+)\.?\s+(\d{4})")


def form_date(value, label: str, last: bool = False) -> dt.date | None:
    """A date field's value: 13/11/2020, 13-11-2020, 13 November 2020, 13 Nov 2020, 2020-11-13; a month
    ("November 2020") or a year ("2020") stands for its first day, or its last with last=True.
    FieldError naming the field and the accepted forms otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    text = " ".join(str(value).split()).lower()
    if not text:
        return None
    try:
        day = _read_date(text, last)
    except ValueError:
        day = None
    if day is None:
        raise FieldError(f"{label}: \u201c{str(value).strip()}\u201d bukan tanggal yang bisa dibaca; "
                         f"tulis seperti {DATE_HINT}.")
    return day


def _read_date(text: str, last: bool) -> dt.date | None:
    from .nlp.dates import MONTHS

    if m := _NUMERIC_DATE.fullmatch(text):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO_DATE.fullmatch(text):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 12, 31) if last else dt.date(int(text), 1, 1)
    if (m := _NAMED_DATE.fullmatch(text)) and m[2] in MONTHS:
        year, month = int(m[3]), MONTHS[m[2]]
        if m[1]:
            return dt.date(year, month, int(m[1]))
        if last:
            return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(year, month, 1)
    return None


# --- Query errors in the user's words -------------------------------------------------------


def query_error_text(message: str) -> str:
    """'Cari: ...' for an error of the search library (worded in Indonesian where it is raised)."""
    return f"Cari: {message.rstrip('.')}."


def on_enter(text_widget, callback) -> None:
    """Call callback(widget) when Enter is pressed in an ipywidgets Text/Combobox.

    ipywidgets 8 marks on_submit deprecated in favour of observing value with continuous_update
    off, but that also fires when the field loses focus and not at all for an unchanged text: Enter
    must search again, so on_submit it is, with its warning kept off the page."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        text_widget.on_submit(callback)
