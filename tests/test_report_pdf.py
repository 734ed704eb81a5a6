"""`melati report ... --pdf`: a PDF beside the HTML printed by headless Chromium, checked as page images."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def home(repo_root, tmp_path):
    from conftest import copy_home

    return copy_home(repo_root / "tests" / "data" / "reports", tmp_path / "home")


def _melati(*args, env=None):
    return subprocess.run([sys.executable, "-m", "melati_archive", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def _ink(png: Path) -> float:
    """Share of the page's pixels that are not near-white."""
    from PIL import Image

    gray = Image.open(png).convert("L")
    histogram = gray.histogram()
    return sum(histogram[:235]) / (gray.width * gray.height)


def test_monthly_pdf_pages_are_whole_and_not_blank(home, tmp_path):
    from melati_archive.reports.pdf import find_browser

    if find_browser() is None or not shutil.which("pdftoppm"):
        pytest.skip("needs chromium and poppler-utils (pdftoppm); .ci/run installs them")
    done = _melati("--home", str(home), "report", "monthly", "--month", "2025-03", "--out", str(tmp_path / "out"),
                   "--pdf")
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "out" / "2025-03" / "laporan_bulanan.pdf"
    assert f"PDF: {pdf}" in done.stdout.splitlines()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pages = tmp_path / "pages"
    pages.mkdir()
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(pages / "p")], check=True, timeout=120)
    images = sorted(pages.glob("p-*.png"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 2 <= len(images) == count <= 12
    inks = [_ink(p) for p in images]
    assert all(i > 0.005 for i in inks), inks  # every page carries text or a chart
    from PIL import Image

    width, height = Image.open(images[0]).size
    assert height > width  # A4 portrait
    # No chart cut by a page break: each of the six charts is drawn on exactly one page.
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    drawn = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    charts = [row for row in drawn if row[2] == "image" and int(row[3]) > 200]
    assert len(charts) == 6, listing
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Laporan Bulanan Kehumasan" in text and "berita terbit bulan ini" in text
    assert "Maret 2025" in text and not re.search(r"\b\d{2}-\d{2}-\d{4}\b", text)


def test_missing_browser_is_one_line_naming_what_to_install(home, tmp_path):
    env = {**os.environ, "MELATI_CHROMIUM": "tidak-ada-chromium-di-sini"}
    done = _melati("--home", str(home), "report", "monthly", "--month", "2025-03", "--out", str(tmp_path), "--pdf",
                   env=env)
    assert done.returncode == 1
    errors = [line for line in done.stderr.strip().splitlines() if "notebook:" not in line]
    assert len(errors) == 1 and "apt-get install chromium" in errors[0] and "Traceback" not in done.stderr
    assert (tmp_path / "2025-03" / "laporan_bulanan.html").is_file()
    assert not (tmp_path / "2025-03" / "laporan_bulanan.pdf").exists()
