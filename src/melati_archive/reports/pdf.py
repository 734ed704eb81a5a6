"""A report's HTML printed to PDF by a headless Chromium or Chrome found on the machine.

Why Chromium and not WeasyPrint: the report HTML is already checked in headless Chromium (the
browser test), the tests and `melati app` need it anyway, and it lays out the nbconvert lab
template's CSS as a browser does; WeasyPrint would be one more stack (Pango, cairo) with its own
CSS subset. Page breaks are the HTML's print CSS (render.py): charts and tables are not cut.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import ReportError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TIMEOUT = 120
INSTALL_HINT = ("PDF tidak dibuat: Chromium atau Google Chrome tidak ditemukan di komputer ini; pasang dengan "
                "`sudo apt-get install chromium` (Debian/Ubuntu) atau pasang Google Chrome, lalu ulangi perintahnya "
                "(laporan HTML sudah tersimpan)")


def find_browser() -> str | None:
    """$MELATI_CHROMIUM, else the first Chromium/Chrome on PATH."""
    wanted = os.environ.get("MELATI_CHROMIUM")
    if wanted:
        return wanted if shutil.which(wanted) else None
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html: Path, pdf: Path | None = None) -> Path:
    """Print `html` to `pdf` (default: beside it, .pdf); ReportError naming what to install when no browser."""
    browser = find_browser()
    if browser is None:
        raise ReportError(INSTALL_HINT)
    pdf = Path(pdf or html.with_suffix(".pdf")).resolve()
    with tempfile.TemporaryDirectory(prefix="melati-pdf-") as profile:
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--disable-background-networking", "--disable-component-update", "--no-first-run",
                   "--disable-sync", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                   f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.resolve().as_uri()]
        if pdf.exists():
            pdf.unlink()
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ReportError(f"PDF tidak dibuat: {Path(browser).name} tidak selesai dalam {TIMEOUT} detik "
                              f"(laporan HTML sudah tersimpan di {html})") from None
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["tanpa pesan"])[-1]
        raise ReportError(f"PDF tidak dibuat: {Path(browser).name} berhenti dengan kode {done.returncode} "
                          f"({last}); laporan HTML ada di {html}")
    return pdf
