"""What a report notebook cell displays: formatted tables (escaped, no index) saved as CSV, charts, notes."""
from __future__ import annotations

import html
import re
import warnings
from pathlib import Path

import pandas as pd

_state = {"out": None}


def setup(out_dir: str | None = None) -> None:
    """Start of every report notebook: silence warnings, remember where table CSVs go."""
    warnings.filterwarnings("ignore")
    _state["out"] = Path(out_dir) if out_dir else None
    if _state["out"]:
        _state["out"].mkdir(parents=True, exist_ok=True)


def _number(value) -> str:
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return "–"
    if isinstance(value, float):  # shares and averages: one decimal, Indonesian comma
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, (int, float)) or hasattr(value, "__int__") and not isinstance(value, str):
        try:
            return f"{int(value):,}".replace(",", ".")
        except (TypeError, ValueError):
            pass
    if hasattr(value, "strftime"):
        return value.strftime("%d-%m-%Y")
    return str(value)


def table_html(frame: pd.DataFrame, index: bool = False) -> str:
    """An HTML table with Indonesian number formatting (1.234; 12,5) and every cell escaped."""
    frame = frame.reset_index() if index else frame
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool) or (
                hasattr(value, "__int__") and not isinstance(value, (str, bool)) and not hasattr(value, "strftime"))
            style = ' style="text-align:right"' if numeric else ""
            cells.append(f"<td{style}>{html.escape(_number(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="melati-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "tabel"


def table(frame: pd.DataFrame, name: str, empty: str = "Tidak ada data untuk periode ini.", index: bool = False):
    """Display `frame` and save it as `<name>.csv` beside the report."""
    from IPython.display import HTML, display

    if _state["out"] is not None:
        (frame.reset_index() if index else frame).to_csv(_state["out"] / f"{_slug(name)}.csv", index=False)
    if frame.empty:
        display(HTML(f"<p><em>{html.escape(empty)}</em></p>"))
    else:
        display(HTML(table_html(frame, index=index)))


def chart(png: bytes):
    from IPython.display import Image, display

    display(Image(data=png, format="png"))


def note(text: str):
    """A short paragraph of Indonesian text (escaped)."""
    from IPython.display import HTML, display

    display(HTML(f"<p>{html.escape(text)}</p>"))


def figures(pairs: list[tuple[str, object]]):
    """Headline numbers as a small definition list."""
    from IPython.display import HTML, display

    items = "".join(f"<li><strong>{html.escape(_number(v))}</strong> {html.escape(k)}</li>" for k, v in pairs)
    display(HTML(f'<ul class="melati-figures">{items}</ul>'))


def summary_month(report) -> None:
    """The opening lines of the monthly report: the headline figures, or a clear "no items" notice."""
    note(f"{report.organization} — {report.title}".strip(" —"))
    if report.empty:
        note(f"Tidak ada berita pada {report.title}. Tabel di bawah ini kosong; periksa bulannya atau arsipnya.")
        return
    comparison = report.comparison.set_index("Pembanding")["Berita"]
    silence = report.silence.set_index("Ukuran")["Nilai"]
    figures([
        ("berita terbit bulan ini", report.total),
        ("berita pada bulan sebelumnya", comparison["Bulan sebelumnya"]),
        ("berita pada bulan yang sama tahun lalu", comparison["Bulan yang sama tahun lalu"]),
        ("hari tanpa berita", silence["Hari tanpa berita"]),
        ("program di bawah target", int((report.coverage["Status"] == "Di bawah target").sum())),
    ])
    if report.problems:
        note(f"{len(report.problems)} berkas arsip tidak dapat dibaca dan tidak dihitung (jalankan `melati check`).")


def summary_gaps(report) -> None:
    """The opening lines of the gap report."""
    note(f"{report.organization} — {report.title}".strip(" —"))
    if report.empty:
        note(f"Tidak ada berita pada periode {report.title}. Semua program belum diliput.")
    silence = report.silence.set_index("Ukuran")["Nilai"]
    figures([
        ("berita dalam periode", report.total),
        ("program di bawah target", len(report.below)),
        ("hari tanpa berita", silence["Hari tanpa berita"]),
        ("hari: jeda terpanjang tanpa berita", silence["Jeda terpanjang (hari)"]),
    ])


def voices_or_note(report, attribute: str, name: str, empty: str) -> None:
    """A voices table, or why it is missing (no usable index)."""
    frame = getattr(report, attribute)
    if frame is None:
        note(report.index_note or "Data kutipan tidak tersedia.")
    else:
        table(frame, name, empty=empty)


def chart_if(frame: pd.DataFrame, draw, *args) -> None:
    """Draw a chart of `frame` unless it has nothing to show."""
    if frame is None or frame.empty or (("Berita" in frame) and frame["Berita"].sum() == 0):
        note("Tidak ada data untuk grafik ini.")
    else:
        chart(draw(frame, *args))
