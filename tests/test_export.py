"""Exports for Excel: CSV with a BOM and Indonesian headers, --xlsx workbooks, one output at a time."""
from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from melati_archive import export


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, timeout=120)


@pytest.fixture
def seed(seed_home):
    assert run(seed_home, "reindex").returncode == 0
    return seed_home


def test_cells_for_excel():
    assert export.cell(["a", "b"]) == "a; b"
    assert export.cell(True) == "Ya" and export.cell(None) == ""
    assert export.cell("kata \u00abide\u00bb \u00abhebat\u00bb") == "kata ide hebat"
    assert export.cell(dt.date(2020, 11, 13)) == "2020-11-13"
    assert export.cell(dt.date(2020, 11, 13), for_excel=True) == dt.date(2020, 11, 13)


def test_search_csv_has_bom_indonesian_headers_and_no_marks(seed):
    out = run(seed, "search", "ide hebat", "--csv")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(b"\xef\xbb\xbfTanggal,Judul,Kanal,Program,Narasumber,Cuplikan,URL,")
    text = out.stdout.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1 and rows[0]["Tanggal"] == "2020-11-13"
    assert "Ide Hebat" in rows[0]["Cuplikan"] and "\u00ab" not in text and "\u00bb" not in text


@pytest.mark.parametrize("command, sheet, header, rows", [
    (["quotes"], "Kutipan", ("Tanggal", "Narasumber", "Jabatan", "Kutipan"), 5),
    (["search", "kehumasan"], "Artikel", ("Tanggal", "Judul", "Kanal", "Program"), 1),
    (["people"], "Narasumber", ("Nama", "Nama lain", "Jabatan", "Internal"), None),
    (["programs"], "Program", ("ID", "Nama", "Akronim", "Berita"), 1),
])
def test_xlsx_beside_csv(seed, tmp_path, command, sheet, header, rows):
    import openpyxl

    target = tmp_path / f"{sheet}.xlsx"
    out = run(seed, *command, "--xlsx", str(target))
    assert out.returncode == 0, out.stderr
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [sheet]
    table = list(book.active.iter_rows(values_only=True))
    assert table[0][:4] == header
    assert out.stdout.decode().strip() == f"Tersimpan: {target} ({len(table) - 1} baris)"
    if rows is not None:
        assert len(table) - 1 == rows
    csv_rows = list(csv.reader(io.StringIO(run(seed, *command, "--csv").stdout.decode("utf-8-sig"))))
    assert len(csv_rows) == len(table) and tuple(csv_rows[0][:4]) == header
    if sheet in ("Kutipan", "Artikel"):
        assert all(isinstance(r[0], dt.datetime) for r in table[1:])


@pytest.mark.parametrize("flags", [["--json", "--csv"], ["--csv", "--xlsx", "x.xlsx"], ["--json", "--xlsx", "x.xlsx"]])
def test_two_outputs_at_once_are_a_usage_error(seed, flags):
    for command in ("search", "quotes", "people", "programs"):
        out = run(seed, command, *flags)
        assert out.returncode == 2, (command, out.stderr)
        assert b"tidak bisa dipakai bersama" in out.stderr and out.stdout == b""


def test_unwritable_xlsx_is_one_line(seed, tmp_path):
    out = run(seed, "quotes", "--xlsx", str(tmp_path / "tidak-ada" / "k.xlsx"))
    assert out.returncode == 1 and len(out.stderr.decode().strip().splitlines()) == 1
    assert b"tidak bisa menulis berkas Excel" in out.stderr
