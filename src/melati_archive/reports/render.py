"""Running a report notebook (papermill, on this environment's own Python) and exporting it to one
self-contained HTML file (nbconvert: no code, images embedded, nothing fetched from the network)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReportError
from .frames import parse_month, parse_span

KERNEL_NAME = "melati-report"
_EMPTY_SCRIPT = re.compile(r'<script[^>]*\ssrc=""[^>]*>\s*</script>')
# Loaders the lab template emits even when unused (MathJax, mermaid): they name CDN URLs, so out they go.
_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_MODULE_SCRIPT = re.compile(r'<script type="module">.*?</script>', re.S)
# The lab template right-aligns every cell (.jp-RenderedHTMLCommon td): text goes left, numbers right.
# Print rules: A4, and a chart, a table row, a heading and what follows it are not cut by a page break.
_STYLE = """<style>
body { max-width: 980px; margin: 0 auto; font-family: "DejaVu Sans", Arial, sans-serif; }
table.melati-table { border-collapse: collapse; margin: 0.5em 0 1.2em; font-size: 13px; }
.jp-RenderedHTMLCommon table.melati-table th, .jp-RenderedHTMLCommon table.melati-table td,
table.melati-table th, table.melati-table td {
  border-bottom: 1px solid #d9e0e6; padding: 3px 9px; text-align: left; vertical-align: top; }
table.melati-table th { background: #eef3f7; }
table.melati-table td.date, table.melati-table td.short { white-space: nowrap; }
table.melati-table td.wrap { overflow-wrap: anywhere; word-break: break-all; }
.jp-RenderedHTMLCommon table.melati-table th.num, .jp-RenderedHTMLCommon table.melati-table td.num,
table.melati-table th.num, table.melati-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
ul.melati-figures { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
ul.melati-figures li { background: #eef3f7; border-radius: 6px; padding: 8px 12px; }
ul.melati-figures strong { font-size: 1.4em; color: #1f5f8b; display: block; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; }
  .jp-RenderedHTMLCommon table.melati-table, .jp-RenderedHTMLCommon table.melati-table td,
  .jp-RenderedHTMLCommon table.melati-table th { font-size: 11px; }
  .jp-OutputArea-output, .jp-RenderedHTMLCommon { overflow: visible !important; }
  img, table.melati-table tr, ul.melati-figures, .jp-OutputArea-output { break-inside: avoid; }
  table.melati-table { break-inside: auto; }
  table.melati-table thead { display: table-header-group; }
  .jp-MarkdownCell, h1, h2, h3 { break-after: avoid; break-inside: avoid; }
  img { max-width: 100%; }
}
</style>"""


@dataclass
class ReportFiles:
    folder: Path
    notebook: Path
    html: Path
    tables: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def notebook_dir() -> Path:
    """notebooks/ of the checkout (editable install), else the copy shipped inside the package."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "notebooks", here.parents[1] / "notebooks"):
        if (candidate / "laporan_bulanan.ipynb").is_file():
            return candidate
    raise ReportError("notebook laporan tidak ditemukan (seharusnya notebooks/laporan_bulanan.ipynb); pasang ulang paketnya")


def kernel_home() -> Path:
    """The folder holding this interpreter's kernelspec. Named by a digest of the interpreter's path,
    not hash(): str hashes change with every process, and each report run left a new folder behind."""
    digest = hashlib.sha1(sys.executable.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"melati-kernel-{os.getuid()}-{digest}"


def ensure_kernel() -> str:
    """A kernelspec running this very interpreter, placed first on JUPYTER_PATH: found even in a
    fresh venv where no `ipykernel install` ever ran. Returns its name."""
    base = kernel_home()
    spec_dir = base / "kernels" / KERNEL_NAME
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                     "--IPKernelApp.log_level=CRITICAL"],
            "display_name": "melati-archive (report)", "language": "python",
            "env": {"MPLBACKEND": "Agg", "PYTHONWARNINGS": "ignore"}}
    spec_file = spec_dir / "kernel.json"
    if not spec_file.is_file() or json.loads(spec_file.read_text()) != spec:
        spec_dir.mkdir(parents=True, exist_ok=True)
        spec_file.write_text(json.dumps(spec))
    paths = os.environ.get("JUPYTER_PATH", "")
    if str(base) not in paths.split(os.pathsep):
        os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (str(base), paths) if p)
    return KERNEL_NAME


def check_parameters(notebook: Path, parameters: dict) -> None:
    """An unknown parameter is a user error, not a silently ignored value."""
    import papermill

    known = set(papermill.inspect_notebook(str(notebook)))
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ReportError(f"parameter laporan tidak dikenal {', '.join(unknown)}: "
                          f"{notebook.name} menerima {', '.join(sorted(known))}")


def execute(notebook: Path, output: Path, parameters: dict, cwd: Path) -> None:
    """Run the notebook with papermill; a failed cell raises ReportError naming the kept notebook."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    check_parameters(notebook, parameters)
    kernel = ensure_kernel()
    try:
        papermill.execute_notebook(str(notebook), str(output), parameters=parameters, kernel_name=kernel,
                                   cwd=str(cwd), progress_bar=False, log_output=False)
    except PapermillExecutionError as exc:
        raise ReportError(f"satu sel laporan gagal ({exc.ename}: {exc.evalue}); notebook yang dijalankan disimpan di "
                          f"{output}") from None


def _strip_noise(nb) -> None:
    """Drop stderr streams and papermill's injected-parameters cell from what the reader sees."""
    cells = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "parameters" in tags or "injected-parameters" in tags:
            continue
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
        cells.append(cell)
    nb.cells = cells


def export_html(executed: Path, html_path: Path, title: str) -> None:
    """One HTML file: outputs only, images as data URIs, no script/style/font fetched from anywhere."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    _strip_noise(nb)
    nb.metadata["title"] = title
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True, mathjax_url="", require_js_url="",
                            mermaid_js_url="", mermaid_layout_elk_js_url="")
    body, _ = exporter.from_notebook_node(nb)
    body = _MODULE_SCRIPT.sub("", _MATHJAX.sub("", _EMPTY_SCRIPT.sub("", body)))
    body = body.replace("</head>", _STYLE + "\n</head>", 1)
    html_path.write_text(body, encoding="utf-8")


def _render(name: str, folder: Path, home: Path, parameters: dict, title: str) -> ReportFiles:
    started = time.perf_counter()
    source = notebook_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("*.csv"), folder / WORKBOOK]:
        old.unlink(missing_ok=True)
    executed = folder / name
    execute(source, executed, {"home": str(home.resolve()), **parameters, "out_dir": str(folder.resolve())}, folder)
    html_path = folder / (Path(name).stem + ".html")
    export_html(executed, html_path, title)
    tables = sorted(folder.glob("*.csv"), key=lambda p: p.stat().st_mtime_ns)  # in the report's order
    write_workbook(tables, folder / WORKBOOK)
    return ReportFiles(folder, executed, html_path, sorted(tables), time.perf_counter() - started)


WORKBOOK = "tabel-laporan.xlsx"


def write_workbook(tables: list[Path], path: Path) -> Path:
    """Every table CSV of a report as one Excel workbook, a sheet per table in the report's order."""
    import pandas as pd

    from ..export import frame_sheet, write_xlsx

    sheets = []
    for csv in tables:
        frame = pd.read_csv(csv, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
        sheets.append(frame_sheet(csv.stem.replace("-", " ").capitalize(), frame))
    return write_xlsx(path, sheets)


def _home_checked(home: Path) -> Path:
    from ..api import Archive
    from ..errors import MelatiError

    try:
        return Archive.open(home).home
    except MelatiError as exc:
        raise ReportError(str(exc)) from None


def render_monthly(home: str | Path, month: str, out: str | Path | None = None) -> ReportFiles:
    """reports/YYYY-MM/ under `out` (default HOME/reports): executed notebook, HTML, one CSV per table."""
    start, _ = parse_month(month)
    home = _home_checked(Path(home))
    folder = Path(out or home / "reports") / month
    return _render("laporan_bulanan.ipynb", folder, home, {"month": month},
                   f"Laporan Bulanan {start:%Y-%m}")


def render_gaps(home: str | Path, start: str, end: str, out: str | Path | None = None) -> ReportFiles:
    """reports/kesenjangan-YYYY-MM-YYYY-MM/ under `out` (default HOME/reports)."""
    parse_span(start, end)
    home = _home_checked(Path(home))
    folder = Path(out or home / "reports") / f"kesenjangan-{start}-{end}"
    return _render("kesenjangan_liputan.ipynb", folder, home, {"start": start, "end": end},
                   f"Kesenjangan Liputan {start} s.d. {end}")
