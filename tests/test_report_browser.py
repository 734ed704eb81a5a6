"""The monthly report opened from disk in real headless Chromium: offline, no console error, charts drawn."""
from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HEADINGS = ["Laporan Bulanan Kehumasan", "Volume Berita", "Kesenjangan Liputan", "Narasumber",
            "Keluaran (Outtake) Media Sosial"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def report_html(repo_root, tmp_path):
    from conftest import copy_home

    from melati_archive.reports.render import render_monthly

    home = copy_home(repo_root / "tests" / "data" / "reports", tmp_path / "home")
    return render_monthly(home, "2025-03", tmp_path / "out").html


def test_report_opens_offline_in_chromium(report_html, tmp_path):
    if not CHROMIUM.is_file():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the [test] extra) is not installed")
    requests, blocked, errors = [], [], []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})

            def route(r):
                requests.append(r.request.url)
                if r.request.url.startswith(("file://", "data:")):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("request", lambda req: requests.append(req.url))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(report_html.as_uri(), wait_until="load")
            page.wait_for_load_state("networkidle")
            images = page.eval_on_selector_all(
                "img", "els => els.map(e => ({w: e.naturalWidth, complete: e.complete, src: e.src.slice(0, 22)}))")
            visible = {h: page.get_by_role("heading", name=h, exact=True).first.is_visible() for h in HEADINGS}
            text = page.inner_text("body")
            page.screenshot(path=str(tmp_path / "laporan.png"), full_page=True)
        finally:
            browser.close()
    assert not blocked, f"requests left the machine: {blocked}"
    assert all(u.startswith(("file://", "data:")) for u in requests)
    assert not errors, errors
    assert len(images) == 6 and all(i["complete"] and i["w"] > 0 for i in images), images
    assert all(i["src"].startswith("data:image/png") for i in images)
    assert all(visible.values()), visible
    assert "berita terbit bulan ini" in text and "Citra Dewi" in text
    assert (tmp_path / "laporan.png").stat().st_size > 10_000
