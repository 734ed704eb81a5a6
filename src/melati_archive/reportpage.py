"""The report part of the search page: build the monthly or the gap report from typed months and offer its files.

The page runs the same rendering as `melati report` (files land in HOME/reports/ as well) and
gives download links for the PDF, the HTML and the workbook of its tables, so a head of centre's
report needs no terminal. Messages name the page's field and are Indonesian.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .errors import MelatiError
from .searchpage import FieldError, form_date

FIELD_MONTH, FIELD_FIRST, FIELD_LAST = "Bulan laporan", "Dari bulan", "Sampai bulan"
MONTH_HINT = "Juli 2025 atau 07/2025"
MIME = {".pdf": "application/pdf", ".html": "text/html;charset=utf-8",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
LABELS = {".pdf": "PDF", ".html": "HTML", ".xlsx": "Excel (semua tabel)"}


@dataclass
class ReportResult:
    """What the page shows after building a report: download links, and a note or an error."""

    files: list[Path] = field(default_factory=list)
    names: dict[Path, str] = field(default_factory=dict)  # the name a download is saved under
    note: str = ""
    error: str = ""

    def html(self) -> str:
        """The error, or the links and the note, as safe HTML for the page."""
        import html

        from .pagehtml import error_html

        if self.error:
            return error_html(self.error)
        note = f'<div class="melati-report-note" style="color:#555">{html.escape(self.note)}</div>' if self.note else ""
        return f'<div class="melati-report-links">{self.links_html()}</div>{note}'

    def links_html(self) -> str:
        from .pagehtml import download_html

        return " &nbsp; ".join(download_html(self.names[f], f.read_bytes(), MIME[f.suffix],
                                             f"{LABELS[f.suffix]} \u00b7 {self.names[f]}") for f in self.files)


def month_key(value, label: str, last: bool = False) -> str:
    """YYYY-MM of a month typed as 'Juli 2025', '07/2025', '2025-07' or a whole date; FieldError otherwise."""
    import re

    text = " ".join(str(value or "").split())
    if not text:
        raise FieldError(f"{label}: isi dulu bulannya, seperti {MONTH_HINT}.")
    m = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{4})", text) or re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    if m:
        month, year = (int(m[1]), int(m[2])) if len(m[2]) == 4 else (int(m[2]), int(m[1]))
        if 1 <= month <= 12:
            return f"{year:04d}-{month:02d}"
    try:
        day = form_date(text, label, last=last)
    except FieldError:
        day = None
    if day is None or re.fullmatch(r"\d{4}", text):
        raise FieldError(f"{label}: \u201c{text}\u201d bukan bulan yang bisa dibaca; tulis seperti {MONTH_HINT}.")
    return f"{day.year:04d}-{day.month:02d}"


def build_monthly(home, month_text: str, pdf: bool = True) -> ReportResult:
    """The monthly report of a typed month, written under HOME/reports/ and offered for download."""
    try:
        month = month_key(month_text, FIELD_MONTH)
    except FieldError as exc:
        return ReportResult(error=str(exc))
    from .reports.render import render_monthly

    return _offer(lambda: render_monthly(home, month), f"laporan-bulanan-{month}", pdf)


def build_gaps(home, first_text: str, last_text: str, pdf: bool = True) -> ReportResult:
    """The coverage-gap report from one typed month to another."""
    try:
        first = month_key(first_text, FIELD_FIRST)
        last = month_key(last_text or first_text, FIELD_LAST, last=True)
    except FieldError as exc:
        return ReportResult(error=str(exc))
    if first > last:
        return ReportResult(error=f"{FIELD_FIRST} ({_month_words(first)}) jatuh sesudah {FIELD_LAST} "
                                  f"({_month_words(last)}): tukar kedua bulan.")
    from .reports.render import render_gaps

    return _offer(lambda: render_gaps(home, first, last), f"kesenjangan-liputan-{first}-{last}", pdf)


def _month_words(key: str) -> str:
    from .reports.context import month_name

    return month_name(dt.date(int(key[:4]), int(key[5:]), 1))


def _offer(render, stem: str, pdf: bool) -> ReportResult:
    from .reports.render import WORKBOOK

    try:
        files = render()
    except MelatiError as exc:
        return ReportResult(error=f"Laporan tidak dibuat: {exc}")
    out = ReportResult(files=[files.html, files.folder / WORKBOOK])
    if pdf:
        from .reports.pdf import html_to_pdf

        try:
            out.files.insert(0, html_to_pdf(files.html))
        except MelatiError as exc:
            out.note = str(exc)
    out.names = {f: (f"tabel-{stem}.xlsx" if f.suffix == ".xlsx" else f"{stem}{f.suffix}") for f in out.files}
    out.note = out.note or f"Tersimpan juga di {files.folder}."
    return out
