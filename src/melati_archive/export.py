"""Tables people take away into Excel: CSV (UTF-8 with BOM, Indonesian headers) and .xlsx workbooks.

One definition per kind of row (articles, quotes, people, programs) decides the columns and their
Indonesian headers, for the CLI (`--csv`, `--xlsx FILE`), the search page's downloads and the
report tables alike. Choices, and why:
- CSV starts with a UTF-8 byte order mark: Excel on Windows otherwise reads the file as ANSI and
  garbles “ ” – « ».
- Dates in CSV are ISO (2020-11-13): Excel reads them as dates in every locale and they sort
  right; in .xlsx they are real date cells shown as 13/11/2020.
- Search snippets lose their «highlight» marks; lists are joined with "; "; booleans are Ya/Tidak.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

BOM = "\ufeff"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"


@dataclass(frozen=True)
class Column:
    key: str  # the key of a result row (SearchResults.rows() and friends)
    header: str  # what the user reads


def _cols(*pairs: tuple[str, str]) -> list[Column]:
    return [Column(k, h) for k, h in pairs]


ARTICLE_COLUMNS = _cols(("date", "Tanggal"), ("title", "Judul"), ("channel", "Kanal"), ("programs", "Program"),
                        ("speakers", "Narasumber"), ("snippet", "Cuplikan"), ("url", "URL"),
                        ("path", "Berkas arsip"), ("id", "ID berita"), ("score", "Skor"),
                        ("missing", "Tidak memuat"))
QUOTE_COLUMNS = _cols(("date", "Tanggal"), ("speaker", "Narasumber"), ("role", "Jabatan"), ("text", "Kutipan"),
                      ("title", "Judul berita"), ("channel", "Kanal"), ("programs", "Program"), ("url", "URL"),
                      ("citation", "Rujukan"), ("cue", "Kata pengantar"), ("article_id", "ID berita"))
PEOPLE_COLUMNS = _cols(("name", "Nama"), ("aliases", "Nama lain"), ("roles", "Jabatan"), ("internal", "Internal"),
                       ("articles", "Berita"), ("quotes", "Kutipan"), ("first", "Pertama disebut"),
                       ("last", "Terakhir disebut"), ("id", "ID"))
PROGRAM_COLUMNS = _cols(("id", "ID"), ("name", "Nama"), ("acronym", "Akronim"), ("articles", "Berita"),
                        ("last_covered", "Terakhir diliput"), ("target_per_month", "Target per bulan"),
                        ("description", "Keterangan"))

SHEET_NAMES = {"artikel": "Artikel", "kutipan": "Kutipan", "narasumber": "Narasumber", "program": "Program"}


def plain(text: str) -> str:
    """A snippet without its «highlight» marks."""
    return text.replace("\u00ab", "").replace("\u00bb", "")


def cell(value: Any, for_excel: bool = False) -> Any:
    """One value as a table cell: lists joined, marks dropped, Ya/Tidak, ISO dates (real dates for Excel)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(cell(v)) for v in value if v not in (None, ""))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if for_excel else value.isoformat()
    if isinstance(value, str):
        return plain(value)
    if hasattr(value, "item"):  # numpy / pandas scalars
        return value.item()
    return value


DATE_KEYS = frozenset({"date", "first", "last", "last_covered"})


def _value(row: dict[str, Any], key: str) -> Any:
    """row[key], an ISO date string of a date column (rows() of the results are JSON-ready) as a date."""
    value = row.get(key)
    if key in DATE_KEYS and isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def table_rows(rows: Iterable[dict[str, Any]], columns: list[Column], for_excel: bool = False) -> list[list[Any]]:
    return [[cell(_value(row, c.key), for_excel) for c in columns] for row in rows]


def write_csv(stream, rows: Iterable[dict[str, Any]], columns: list[Column], bom: bool = True) -> int:
    """Rows as CSV on a text stream (BOM first); returns the number of rows written."""
    if bom:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    body = table_rows(rows, columns)
    writer.writerows(body)
    return len(body)


def csv_bytes(rows: Iterable[dict[str, Any]], columns: list[Column]) -> bytes:
    out = io.StringIO()
    write_csv(out, rows, columns)
    return out.getvalue().encode("utf-8")


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Any]]


def sheet(name: str, rows: Iterable[dict[str, Any]], columns: list[Column]) -> Sheet:
    return Sheet(name, [c.header for c in columns], table_rows(rows, columns, for_excel=True))


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _excel_value(value):
    """A report cell for Excel: ISO dates read back from CSV become date cells."""
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return cell(value, for_excel=True)


def frame_sheet(name: str, frame) -> Sheet:
    """A pandas DataFrame (report tables: headers already Indonesian) as a sheet."""
    rows = [[_excel_value(v) for v in row] for row in frame.itertuples(index=False)]
    rows = [["" if _is_missing(v) else v for v in row] for row in rows]
    return Sheet(name, [str(c) for c in frame.columns], rows)


def _is_missing(value) -> bool:
    try:
        import pandas as pd

        return not isinstance(value, (str, list)) and bool(pd.isna(value))
    except (TypeError, ValueError, ImportError):
        return False


def xlsx_bytes(sheets: list[Sheet]) -> bytes:
    """A workbook with one sheet per table: bold frozen header, dates as 13/11/2020, sensible widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for s in sheets:
        ws = book.create_sheet(_sheet_title(s.name, used))
        ws.append(s.headers)
        for row in s.rows:
            ws.append(row)
        for c in ws[1]:
            c.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for index, header in enumerate(s.headers, start=1):
            letter = ws.cell(row=1, column=index).column_letter
            values = [r[index - 1] for r in s.rows[:200]]
            if any(isinstance(v, dt.date) for v in values):
                for c in ws[letter][1:]:
                    c.number_format = "DD/MM/YYYY"
                width = 12
            else:
                width = max([len(str(header))] + [len(str(v)) for v in values]) + 2
            ws.column_dimensions[letter].width = min(max(width, 8), 60)
            if width > 60:
                for c in ws[letter][1:]:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_title(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = "".join("-" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Tabel"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def write_xlsx(path: str | Path, sheets: list[Sheet]) -> Path:
    path = Path(path)
    path.write_bytes(xlsx_bytes(sheets))
    return path
