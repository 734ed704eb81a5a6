"""What a head of centre reads in a report: Indonesian numbers and dates, aligned tables, whole-number
axes, each program's longest gap, no table shown twice, a quiet stderr."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pandas as pd
import pytest

from melati_archive.reports import charts, coverage, frames, show

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


@pytest.fixture(scope="module")
def home(repo_root, tmp_path_factory):
    from conftest import copy_home

    return copy_home(repo_root / "tests" / "data" / "reports", tmp_path_factory.mktemp("reading") / "home")


def test_cells_in_indonesian_formats():
    assert show._number(1234) == "1.234" and show._number(1234567) == "1.234.567"
    assert show._number(12.5) == "12,5" and show._number(1234.5) == "1.234,5"
    assert show._number(dt.date(2020, 11, 13)) == "13 November 2020"
    assert show._number(pd.Timestamp("2020-11-13")) == "13 November 2020"
    assert show._number("2025-07") == "Jul 2025" and show._number("Program 2025-07 baru") == "Program 2025-07 baru"
    assert show._number(None) == show._number(float("nan")) == "\u2013"


def test_tables_align_text_left_numbers_right_and_keep_whole_views_whole():
    frame = pd.DataFrame({"Judul": ["Satu", "Dua"], "Tayangan": [841.0, None], "Persen": [75.0, 25.0],
                          "Tanggal": [dt.date(2025, 3, 3), dt.date(2025, 3, 10)]})
    out = show.table_html(frame)
    assert "<td>Satu</td>" in out or '<td class="short">Satu</td>' in out
    assert '<td class="num">841</td>' in out and "841,0" not in out
    assert '<td class="num">75,0</td>' in out
    assert '<td class="date">3 Maret 2025</td>' in out
    assert '<th class="num">Tayangan</th>' in out
    links = show.table_html(pd.DataFrame({"URL": ["https://balai.example/berita/2025/07/judul-yang-panjang-sekali"]}))
    assert '<td class="wrap">' in links  # may break inside: a long URL never pushes the table off the page


def test_count_axes_have_whole_numbers_only():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure()
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.bar(range(3), [1, 4, 2])
    charts._count_axis(ax.yaxis)
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert labels and all(re.fullmatch(r"\d+", x) for x in labels), labels
    big = Figure()
    FigureCanvasAgg(big)
    bx = big.add_subplot()
    bx.bar(range(2), [1500, 3000])
    charts._count_axis(bx.yaxis)
    big.canvas.draw()
    big_labels = [t.get_text() for t in bx.get_yticklabels()]
    assert "1.200" in big_labels and not any("," in x or x.endswith(".0") for x in big_labels), big_labels


def test_month_labels_for_two_years():
    keys = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)]
    labels = charts._short_month_labels(keys)
    assert labels[0] == "Jan\n2024" and labels[1] == "Feb" and labels[12] == "Jan\n2025" and labels[4] == "Mei"
    assert charts._month_label("2020-11") == "Nov 2020"
    png = charts.program_heatmap(pd.DataFrame([[1, 0] * 12, [0, 3] * 12], index=["Alfa", "Program dengan nama yang "
                                              "sangat panjang sekali"], columns=keys))
    assert png[:4] == b"\x89PNG"


def test_each_programs_longest_gap_and_last_coverage(home):
    data = frames.load(home)
    gaps = coverage.program_gaps(data.articles, data.programs, *MARCH).set_index("Program")
    alfa, beta, gama = (gaps.loc[n] for n in ("Program Alfa", "Program Beta", "Program Gama"))
    assert (alfa["Jeda terpanjang (hari)"], alfa["Jeda mulai"], alfa["Jeda sampai"]) == (
        28, dt.date(2025, 3, 4), dt.date(2025, 3, 31))
    assert alfa["Terakhir diliput"] == dt.date(2025, 3, 3) and alfa["Hari sejak diliput"] == 28
    assert (beta["Jeda terpanjang (hari)"], beta["Jeda mulai"]) == (21, dt.date(2025, 3, 11))
    assert gama["Jeda terpanjang (hari)"] == 31 and pd.isna(gama["Terakhir diliput"])
    assert list(gaps.index) == ["Program Gama", "Program Alfa", "Program Beta"]


@pytest.mark.slow
def test_gap_report_states_gaps_once_and_stderr_is_quiet(home, tmp_path):
    done = subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), "report", "gaps",
                           "--from", "2030-01", "--to", "2030-02", "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [l for l in done.stderr.strip().splitlines() if "notebook:" in l]
    assert "IPKernelApp" not in done.stderr and "KeyboardInterrupt" not in done.stderr
    html = (tmp_path / "kesenjangan-2030-01-2030-02" / "kesenjangan_liputan.html").read_text(encoding="utf-8")
    assert "Semua 3 program berada di bawah target" in html
    body = re.sub(r"\s+", " ", html)
    rows = re.findall(r"<tr><td[^>]*>Program Alfa</td>.*?</tr>", body)
    assert len(rows) == 2  # once in "Semua Program", once in "Jeda Terpanjang per Program"
    assert "Jeda Terpanjang per Program" in html and "1 Januari 2030" in html
    assert not re.search(r"\d{2}-\d{2}-\d{4}", body) and ">2030-01<" not in body
    csv = (tmp_path / "kesenjangan-2030-01-2030-02" / "jeda-per-program.csv").read_bytes()
    assert csv.startswith(b"\xef\xbb\xbfProgram,Berita,Jeda terpanjang (hari)")


@pytest.mark.slow
def test_monthly_report_writes_one_workbook_of_its_tables(home, tmp_path):
    import openpyxl

    from melati_archive.reports.render import render_monthly

    files = render_monthly(home, "2025-03", tmp_path)
    book = openpyxl.load_workbook(files.folder / "tabel-laporan.xlsx")
    assert len(book.sheetnames) == len(files.tables) and book.sheetnames[0] == "Perbandingan bulan"
    listing = list(book["Daftar berita"].iter_rows(values_only=True))
    assert listing[0] == ("Tanggal", "Judul", "Kanal", "Program")
    assert isinstance(listing[1][0], dt.datetime) and len(listing) == 5
    assert any("Program Alfa" in (row[3] or "") for row in listing[1:])  # names, not ids


def test_views_of_unmatched_metric_rows_are_whole_numbers(home):
    from melati_archive.reports import engagement

    data = frames.load(home)
    unmatched = engagement.unmatched_rows(data.metrics, data.articles)
    assert len(unmatched) and str(unmatched["Tayangan"].dtype) == "Int64"
    assert not re.search(r">\d+,0<", show.table_html(unmatched))
