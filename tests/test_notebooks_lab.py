"""Run All in JupyterLab: every notebook `make lab` opens runs on the project's kernel from notebooks/,
whatever the kernel's working folder, and is stored without outputs."""
from __future__ import annotations

import shutil

import nbformat
import pytest

NOTEBOOKS = ["cari.ipynb", "laporan_bulanan.ipynb", "kesenjangan_liputan.ipynb"]

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_stored_clean_with_the_project_kernel(repo_root, name):
    nb = nbformat.read(repo_root / "notebooks" / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "melati-archive"
    assert all(not c.outputs and c.execution_count is None for c in nb.cells if c.cell_type == "code")


def _run_all(path, cwd):
    """Execute like Run All: the notebook's own kernelspec, the kernel started in `cwd`."""
    from jupyter_client.kernelspec import KernelSpecManager
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    name = nb.metadata.kernelspec.name
    assert name in KernelSpecManager().find_kernel_specs(), "run `make venv` (it installs the melati-archive kernel)"
    NotebookClient(nb, kernel_name=name, timeout=300, resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


@pytest.mark.parametrize("name, marker", [("laporan_bulanan.ipynb", "berita terbit bulan ini"),
                                          ("kesenjangan_liputan.ipynb", "Jeda Terpanjang per Program")])
def test_report_notebooks_run_from_the_notebooks_folder(repo_root, tmp_path, monkeypatch, name, marker):
    # A home holding examples/demo, as the repository does; the kernel runs in an unrelated notebooks/ folder.
    shutil.copytree(repo_root / "examples" / "demo" / "archive", tmp_path / "repo" / "examples" / "demo" / "archive")
    config = tmp_path / "repo" / "examples" / "demo" / "archive" / "melati.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("Kenanga Bekasi", "Salinan Uji"), encoding="utf-8")
    (tmp_path / "elsewhere" / "notebooks").mkdir(parents=True)
    monkeypatch.setenv("MELATI_HOME", str(tmp_path / "repo"))
    nb = _run_all(repo_root / "notebooks" / name, tmp_path / "elsewhere" / "notebooks")
    shown = "\n".join(str(o.get("data", {}).get("text/html", "")) for c in nb.cells if c.cell_type == "code"
                      for o in c.outputs)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors and marker in (shown + "\n".join(c.source for c in nb.cells))
    assert "Balai Rehabilitasi Sosial Salinan Uji" in shown  # the archive under $MELATI_HOME, not the repo's


def test_search_notebook_runs_on_a_fresh_archive_without_index(repo_root, seed_home, tmp_path, monkeypatch):
    monkeypatch.setenv("MELATI_HOME", str(seed_home))
    assert not (seed_home / "index").exists()
    nb = _run_all(repo_root / "notebooks" / "cari.ipynb", tmp_path)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    assert (seed_home / "index").is_dir()


def test_relative_home_is_read_from_the_repository_not_the_kernels_folder(repo_root, tmp_path, monkeypatch):
    from melati_archive.reports.context import resolve_home

    monkeypatch.delenv("MELATI_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_home("examples/demo") == (repo_root / "examples" / "demo").resolve()
    assert resolve_home(str(tmp_path / "x")) == tmp_path / "x"
    (tmp_path / "lokal" / "archive").mkdir(parents=True)
    assert resolve_home("lokal") == (tmp_path / "lokal").resolve()
