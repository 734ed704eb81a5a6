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


_MONTH_KEY = re.compile(r"(\d{4})-(\d{2})")
BULAN_PENDEK = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def month_label(key: str) -> str:
    """'2025-07' -> 'Jul 2025'."""
    year, month = key.split("-")
    return f"{BULAN_PENDEK[int(month) - 1]} {year}"


def integer_text(value) -> str:
    """1.234 (Indonesian thousands separator)."""
    return f"{int(value):,}".replace(",", ".")


def decimal_text(value: float) -> str:
    """12,5 and 1.234,5: one decimal, Indonesian separators."""
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (list, str)) and bool(pd.isna(value)))


def _number(value, integral: bool = False) -> str:
    """One cell as an Indonesian reader expects it: 1.234; 12,5; 13 November 2020; Jul 2025; – when missing."""
    from ..nlp.dates import format_date_id

    if _missing(value):
        return "\u2013"
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if hasattr(value, "strftime"):
        return format_date_id(value)
    if isinstance(value, str):
        return month_label(value) if _MONTH_KEY.fullmatch(value) else value
    if isinstance(value, float) and not integral:
        return decimal_text(value)
    try:
        return integer_text(value)
    except (TypeError, ValueError):
        return str(value)


def _numeric_columns(frame: pd.DataFrame) -> dict[str, bool]:
    """column -> whether it holds whole numbers, for numeric columns: integer columns, and float columns
    that are float only because a value is missing (views 841.0 beside an item without metrics print
    as 841); shares and averages (12,5; 75,0) keep their decimal."""
    out = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_bool_dtype(column) or not pd.api.types.is_numeric_dtype(column):
            continue
        values = column.dropna()
        whole_with_gaps = len(values) < len(column) and bool((values == values.round()).all())
        out[name] = bool(pd.api.types.is_integer_dtype(column)) or whole_with_gaps
    return out


def table_html(frame: pd.DataFrame, index: bool = False) -> str:
    """An HTML table with Indonesian numbers and dates, numbers right-aligned, text left, every cell escaped."""
    frame = frame.reset_index() if index else frame
    numeric = _numeric_columns(frame)
    dates = {name for name in frame.columns
             if any(hasattr(v, "strftime") for v in frame[name].head(20) if not _missing(v))}
    short = {name for name in frame.columns if name not in numeric and name not in dates and len(frame)
             and frame[name].map(lambda v: len(_number(v))).max() <= 16}
    # URLs and file paths: one long "word" that would push the table past the page edge
    unbroken = {name for name in frame.columns if name not in numeric and name not in dates
                and any(len(word) > 30 for v in frame[name].head(50) for word in _number(v).split())}
    kinds = {**{n: "wrap" for n in unbroken}, **{n: "short" for n in short}, **{n: "date" for n in dates},
             **{n: "num" for n in numeric}}
    cls = lambda name: f' class="{kinds[name]}"' if name in kinds else ""  # noqa: E731
    head = "".join(f"<th{cls(c)}>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = [f"<td{cls(name)}>{html.escape(_number(value, numeric.get(name, False)))}</td>"
                 for name, value in zip(frame.columns, row)]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="melati-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "tabel"


def table(frame: pd.DataFrame, name: str, empty: str = "Tidak ada data untuk periode ini.", index: bool = False):
    """Display `frame` and save it as `<name>.csv` beside the report."""
    from IPython.display import HTML, display

    if _state["out"] is not None:
        # utf-8-sig: a BOM, so Excel on Windows reads “ ” – as written (see export.py)
        (frame.reset_index() if index else frame).to_csv(_state["out"] / f"{_slug(name)}.csv", index=False,
                                                         encoding="utf-8-sig")
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

    items = "".join(f"<li><strong>{html.escape(_number(v, integral=True))}</strong> {html.escape(k)}</li>"
                    for k, v in pairs)
    display(HTML(f'<ul class="melati-figures">{items}</ul>'))


def summary_month(report) -> None:
    """The opening lines of the monthly report: the headline figures, or a clear "no items" notice."""
    note(f"{report.organization} — {report.title}".strip(" —"))
    if report.empty:
        note(f"Tidak ada berita pada {report.title}. Tabel di bawah ini kosong; periksa bulannya atau arsipnya.")
        waiting_note(report)
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
    waiting_note(report)


def waiting_note(report) -> None:
    """Why items the user knows are in the period may be missing from it: they wait for review."""
    if report.waiting:
        note(f"{report.waiting} berita bertanggal {report.title} menunggu tinjauan (tanggal atau judulnya belum "
             "pasti) dan belum dihitung di laporan ini: jalankan `melati check`, perbaiki berkasnya, lalu buat "
             "laporan lagi.")


def summary_gaps(report) -> None:
    """The opening lines of the gap report."""
    note(f"{report.organization} — {report.title}".strip(" —"))
    if report.empty:
        note(f"Tidak ada berita pada periode {report.title}. Semua program belum diliput.")
    silence = report.silence.set_index("Ukuran")["Nilai"]
    pairs = [
        ("berita dalam periode", report.total),
        ("program di bawah target", len(report.below)),
        ("hari tanpa berita", silence["Hari tanpa berita"]),
        ("hari: jeda terpanjang tanpa berita", silence["Jeda terpanjang (hari)"]),
    ]
    gaps = report.program_gaps
    if len(gaps) and gaps["Jeda terpanjang (hari)"].iloc[0]:
        top = gaps.iloc[0]
        pairs.append((f"hari: jeda terpanjang satu program ({top['Program']})", top["Jeda terpanjang (hari)"]))
    figures(pairs)
    waiting_note(report)


def below_target(report) -> None:
    """The gap report's below-target table; a sentence instead when it would repeat the table of all programs."""
    if report.all_below:
        if _state["out"] is not None:
            report.below.to_csv(_state["out"] / "program-di-bawah-target.csv", index=False, encoding="utf-8-sig")
        note(f"Semua {len(report.coverage)} program berada di bawah target periode ini; "
             "rinciannya ada pada tabel Semua Program di bawah.")
    else:
        table(report.below, "program-di-bawah-target", empty="Semua program mencapai target.")


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
