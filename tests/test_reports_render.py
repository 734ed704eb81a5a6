"""Report notebooks end to end: stored without outputs, executed by papermill on a real kernel, exported to
HTML holding the computed numbers; bad input is a clear one-line error."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import nbformat
import pytest

from melati_archive.errors import ReportError
from melati_archive.reports import render

NOTEBOOKS = ["laporan_bulanan.ipynb", "kesenjangan_liputan.ipynb"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebooks_stored_without_outputs(repo_root, name):
    nb = nbformat.read(repo_root / "notebooks" / name, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert sum("parameters" in c.metadata.get("tags", []) for c in nb.cells) == 1
    headings = [c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("#")]
    assert headings and all(re.search(r"Laporan|Program|Hari|Kanal|Volume|Narasumber|Pesan|Keluaran|Kesenjangan|"
                                      r"Daftar|Tren|Baris|Kalender|Tag|Pejabat|Semua|Jeda", h) for h in headings)


@pytest.fixture
def fixture_home(repo_root, tmp_path):
    from conftest import copy_home

    return copy_home(repo_root / "tests" / "data" / "reports", tmp_path / "home")


def _melati(*args):
    return subprocess.run([sys.executable, "-m", "melati_archive", *args], capture_output=True, text=True)


@pytest.mark.slow
def test_monthly_report_end_to_end(fixture_home, tmp_path):
    out = tmp_path / "out"
    done = _melati("--home", str(fixture_home), "report", "monthly", "--month", "2025-03", "--out", str(out))
    assert done.returncode == 0, done.stderr
    folder = out / "2025-03"
    html = (folder / "laporan_bulanan.html").read_text(encoding="utf-8")
    assert str(folder / "laporan_bulanan.html") in done.stdout
    # computed numbers: 4 items, 28 silent days, 75,0 % website, 100 views, Citra never quoted
    assert "<strong>4</strong> berita terbit bulan ini" in html
    assert "<strong>28</strong> hari tanpa berita" in html
    assert ">75,0<" in html and ">100<" in html and "Citra Dewi" in html
    assert "Program Gama" in html and "Di bawah target" in html
    # article text escaped, no code, no network loads
    assert "&lt;b&gt;tebal&lt;/b&gt;" in html and "<b>tebal</b>" not in html
    assert "prepare_month" not in html and "show.table" not in html and "hl-python" not in html
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', html)
    assert "Warning" not in html and "<script" not in html
    assert html.count('src="data:image/png;base64,') == 6
    assert (folder / "laporan_bulanan.ipynb").is_file()
    assert {p.name for p in folder.glob("*.csv")} >= {"liputan-program.csv", "narasumber.csv", "berita-per-kanal.csv"}
    assert "Program Gama" in (folder / "liputan-program.csv").read_text(encoding="utf-8")


@pytest.mark.slow
def test_empty_month_is_a_clear_no_items_report(fixture_home, tmp_path):
    files = render.render_monthly(fixture_home, "2030-01", tmp_path)
    html = files.html.read_text(encoding="utf-8")
    assert "Tidak ada berita pada Januari 2030" in html


@pytest.mark.slow
def test_gap_report(fixture_home, tmp_path):
    files = render.render_gaps(fixture_home, "2025-02", "2025-03", tmp_path)
    html = files.html.read_text(encoding="utf-8")
    assert "Program di Bawah Target" in html and "Program Alfa" in html
    assert "<strong>5</strong> berita dalam periode" in html


def test_bad_input_is_one_line_error(fixture_home, tmp_path):
    bad = _melati("--home", str(fixture_home), "report", "monthly", "--month", "2025-3")
    assert bad.returncode == 1 and bad.stderr.strip().count("\n") == 0 and "YYYY-MM" in bad.stderr
    reversed_ = _melati("--home", str(fixture_home), "report", "gaps", "--from", "2025-03", "--to", "2025-01")
    assert reversed_.returncode == 1 and "terbalik" in reversed_.stderr
    missing = _melati("--home", str(tmp_path / "nowhere"), "report", "monthly", "--month", "2025-03")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    with pytest.raises(ReportError, match="parameter laporan tidak dikenal bulan"):
        render.check_parameters(render.notebook_dir() / "laporan_bulanan.ipynb", {"bulan": "2025-03"})


@pytest.mark.slow
def test_failed_cell_exits_1_and_names_kept_notebook(fixture_home, tmp_path):
    (fixture_home / "archive" / "metrics" / "website.csv").write_text("not,a,metrics,file\n1,2,3,4\n")
    # a notebook whose cell raises: copy the real one and break a cell
    nb = nbformat.read(render.notebook_dir() / "laporan_bulanan.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('sel rusak')"))
    source = tmp_path / "rusak.ipynb"
    nbformat.write(nb, source)
    with pytest.raises(ReportError) as info:
        render.execute(source, tmp_path / "kept.ipynb", {"home": str(fixture_home), "month": "2025-03"}, tmp_path)
    assert "sel rusak" in str(info.value) and str(tmp_path / "kept.ipynb") in str(info.value)
    assert (tmp_path / "kept.ipynb").is_file()


def test_kernel_is_this_interpreter(tmp_path):
    from jupyter_client.kernelspec import KernelSpecManager

    name = render.ensure_kernel()
    spec = KernelSpecManager().get_kernel_spec(name)
    assert spec.argv[0] == sys.executable
    assert json.loads((render.Path(spec.resource_dir) / "kernel.json").read_text())["argv"][0] == sys.executable


def test_kernel_folder_is_the_same_in_every_process():
    """Each `melati report` is a new process: the kernelspec folder must not change with it (a
    per-process name left one folder in /tmp for every report ever run)."""
    code = "from melati_archive.reports import render; print(render.kernel_home())"
    homes = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip() for seed in ("1", "2")}
    assert len(homes) == 1 and homes != {""}
