"""The logic of the staff search page (notebooks/cari.ipynb): picker options, form state -> search, rows as HTML.

The notebook only lays out ipywidgets and calls this module, so everything a person sees on the
page (options, the count line, "Mungkin maksud Anda", result cards, citations) is decided and
tested here without a browser. Text shown to staff is Indonesian.
"""
from __future__ import annotations

import datetime as dt
import html
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import MelatiError
from .weburl import safe_url

MODES = {"artikel": "Artikel", "kutipan": "Kutipan"}
ALL_PROGRAMS = "Semua program"
ALL_CHANNELS = "Semua kanal"
PAGE_SIZE = 10
_MARK_RE = re.compile("\u00ab(.*?)\u00bb", re.S)
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_ALIAS_LABEL_RE = re.compile(r"^(?P<alias>.+?) \u2192 (?P<name>.+)$")


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


@dataclass
class ResultRow:
    """One result card: an article or a quote."""

    kind: str  # "artikel" | "kutipan"
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


def highlight_html(snippet: str) -> str:
    """A search snippet with «marks» as safe HTML: the text escaped, then highlights as <mark>."""
    escaped = html.escape(snippet, quote=True)
    return _MARK_RE.sub(lambda m: f"<mark>{m.group(1)}</mark>", escaped)


def _query_words(query: str) -> list[str]:
    """The plain words of a query, without field names, operators or fuzzy marks."""
    words = []
    for token in re.split(r"\s+", query or ""):
        token = token.split(":", 1)[1] if ":" in token else token
        token = token.strip('"()~-\u201c\u201d').lower()
        token = re.sub(r"~\d*$", "", token)
        if not token or token in {"or", "and", "not", "atau", "dan"}:
            continue
        words.extend(w.lower() for w in _WORD_RE.findall(token))
    return words


def _stem(word: str) -> str:
    from .nlp.analysis import stem

    return stem(word)


def highlight_words_html(text: str, query: str) -> str:
    """Text as safe HTML with every word that matches a query word (as written or by root) in <mark>.

    Reduplicated forms count by their parts: "ide" marks "ide-ide".
    """
    wanted = set(_query_words(query))
    if not wanted:
        return html.escape(text, quote=True)
    roots = {_stem(w) for w in wanted}
    out, last = [], 0
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        parts = {word, *word.split("-")}
        hit = bool(parts & wanted) or any(_stem(p) in roots for p in parts if p.isalpha())
        if hit:
            out.append(html.escape(text[last:m.start()], quote=True))
            out.append(f"<mark>{html.escape(m.group(0), quote=True)}</mark>")
            last = m.end()
    out.append(html.escape(text[last:], quote=True))
    return "".join(out)


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


def article_citation(title: str, channel: str, day: dt.date | None, url: str | None) -> str:
    """A pasteable reference to an article: “Judul” (Kanal, 13 November 2020) URL."""
    where = ", ".join(x for x in [channel, date_text(day)] if x)
    out = f"\u201c{title}\u201d" + (f" ({where})" if where else "")
    return out + (f" {url}" if url else "") + ("" if url else ".")


def default_home(cwd=None):
    """$MELATI_HOME, else the current folder or its parent, whichever holds archive/.

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
    return here


# --- The page -------------------------------------------------------------------------------


class SearchPage:
    """The search page over one archive home: options for the pickers and one search per form state."""

    def __init__(self, archive, page_size: int = PAGE_SIZE):
        self.archive = archive
        self.page_size = page_size
        self._people = None
        self._paths = None

    @classmethod
    def open(cls, home=None, page_size: int = PAGE_SIZE) -> "SearchPage":
        """The page for a home folder (None: see default_home())."""
        from .api import Archive

        return cls(Archive.open(home or default_home()), page_size=page_size)

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

    # Searching -----------------------------------------------------------------------------
    def search_kwargs(self, state: FormState) -> dict[str, Any]:
        """The keyword arguments of search()/quotes() for a form state (limit covers the asked page)."""
        page = max(1, int(state.page or 1))
        kwargs: dict[str, Any] = {"limit": page * self.page_size}
        if state.speaker and state.speaker.strip():
            kwargs["speaker"] = self.speaker_value(state.speaker)
        if state.program:
            kwargs["program"] = state.program
        if state.date_from:
            kwargs["date_from"] = _date_arg(state.date_from)
        if state.date_to:
            kwargs["date_to"] = _date_arg(state.date_to)
        if state.channel:
            kwargs["channel"] = state.channel
        return kwargs

    def run(self, state: FormState) -> ResultPage:
        """Search for a form state and return the rows of its page; user errors become .error text."""
        from . import search as s

        mode = state.mode if state.mode in MODES else "artikel"
        page = max(1, int(state.page or 1))
        kwargs = self.search_kwargs(state)
        query = (state.query or "").strip()
        try:
            if mode == "artikel":
                results = s.search(self.archive, query, **kwargs)
                rows = [self._article_row(h) for h in results.hits]
                suggestion = results.suggestion if results.total == 0 else None
            else:
                results = s.quotes(self.archive, query, **kwargs)
                rows = [self._quote_row(h, query) for h in results.hits]
                suggestion = None
                if results.total == 0 and query:
                    suggestion = s.search(self.archive, query, limit=1).suggestion
        except MelatiError as exc:
            return ResultPage(error=f"Tidak bisa mencari: {exc}", page=page)
        total = results.total
        pages = math.ceil(total / self.page_size) if total else 0
        if pages and page > pages:
            return self.run(FormState(**{**state.__dict__, "page": pages}))
        rows = rows[(page - 1) * self.page_size: page * self.page_size]
        return ResultPage(rows=rows, total=total, page=page, pages=pages,
                          count_text=count_text(total, page, self.page_size, mode),
                          suggestion=suggestion, suggestion_text=suggestion_text(suggestion))

    def _article_row(self, hit) -> ResultRow:
        channel = self.channel_name(hit.channel)
        return ResultRow(kind="artikel", title=hit.title, date=hit.date, date_text=date_text(hit.date),
                         channel=channel, speaker=", ".join(hit.speakers), role="",
                         snippet_html=highlight_html(hit.snippet), url=hit.url, path=hit.path,
                         citation=article_citation(hit.title, channel, hit.date, hit.url))

    def _quote_row(self, hit, query: str) -> ResultRow:
        return ResultRow(kind="kutipan", title=hit.title, date=hit.date, date_text=date_text(hit.date),
                         channel=self.channel_name(hit.channel), speaker=hit.speaker or "", role=hit.role or "",
                         snippet_html="\u201c" + highlight_words_html(hit.text, query) + "\u201d",
                         url=hit.url, path=self.article_path(hit.article_id), citation=hit.citation)


def _date_arg(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value).strip()


# --- HTML of results ------------------------------------------------------------------------

# Copies the citation kept in the button's data attribute; when the clipboard is refused (an
# insecure origin, an old browser) it selects the visible citation text so Ctrl+C works.
_COPY_JS = (
    "var b=this,t=b.parentNode.querySelector('.melati-citation');"
    "function sel(){var r=document.createRange();r.selectNodeContents(t);"
    "var s=window.getSelection();s.removeAllRanges();s.addRange(r);b.textContent='Tekan Ctrl+C';}"
    "if(navigator.clipboard){navigator.clipboard.writeText(b.dataset.citation)"
    ".then(function(){b.textContent='Tersalin \u2713';},sel);}else{sel();}"
)


def row_html(row: ResultRow, index: int = 0) -> str:
    """One result card as HTML: every value escaped, the snippet already safe."""
    e = lambda v: html.escape(v or "", quote=True)  # noqa: E731
    meta = " \u00b7 ".join(x for x in [e(row.date_text), e(row.channel)] if x)
    who = ", ".join(x for x in [e(row.role), e(row.speaker)] if x)
    if safe_url(row.url):  # never a live javascript:/data: link, whatever the index holds
        link = f'<a class="melati-link" href="{e(row.url)}" target="_blank" rel="noopener">Buka sumber</a>'
    elif row.path:
        link = f'<span class="melati-link">Berkas arsip: <code>{e(row.path)}</code></span>'
    else:
        link = ""
    speaker_line = f'<div class="melati-speaker">{"Narasumber" if row.kind == "kutipan" else "Narasumber di berita"}: {who}</div>' if who else ""
    return (
        f'<div class="melati-result" data-index="{index}" style="border-bottom:1px solid #ddd;padding:8px 0">'
        f'<div class="melati-title" style="font-weight:bold">{e(row.title)}</div>'
        f'<div class="melati-meta" style="color:#555">{meta}</div>'
        f"{speaker_line}"
        f'<div class="melati-snippet">{row.snippet_html}</div>'
        f"<div>{link}</div>"
        f'<div class="melati-cite" style="margin-top:4px">'
        f'<button type="button" class="melati-copy" data-citation="{e(row.citation)}" onclick="{e(_COPY_JS)}">'
        f"Salin kutipan</button> "
        f'<span class="melati-citation" style="user-select:all;font-size:90%;color:#333">{e(row.citation)}</span>'
        f"</div></div>"
    )


def page_html(result: ResultPage) -> str:
    """The whole results area: error, count line, suggestion and cards."""
    parts = []
    if result.error:
        parts.append(f'<div class="melati-error" style="color:#b00">{html.escape(result.error)}</div>')
    if result.count_text:
        parts.append(f'<div class="melati-count">{html.escape(result.count_text)}</div>')
    if result.suggestion_text:
        parts.append(f'<div class="melati-suggestion"><em>{html.escape(result.suggestion_text)}</em></div>')
    parts.extend(row_html(r, i) for i, r in enumerate(result.rows))
    return "\n".join(parts)
