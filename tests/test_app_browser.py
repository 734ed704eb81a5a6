"""End to end: `melati app` serves the search page; headless Chromium finds Puti's quote and copies its citation."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import local_site, page_handler

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
START_TIMEOUT = 60.0
QUOTE = "Jangan pernah takut melahirkan ide-ide hebat"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _melati() -> list[str]:
    return [sys.executable, "-m", "melati_archive"]


def _stop_tree(proc: subprocess.Popen) -> int | None:
    """Ctrl-C to melati (it stops voila), then kill whatever of the tree is left."""
    import psutil

    try:
        family = psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        family = []
    code = None
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    else:
        code = proc.returncode
    for p in family:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    return code


@contextlib.contextmanager
def _search_page(url: str):
    """The search page open in a headless Chromium, its query box ready: (page, box)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(url, timeout=60_000)
            box = page.get_by_placeholder('kata atau "frasa", mis. ide hebat')
            box.wait_for(timeout=60_000)
            yield page, box
        finally:
            browser.close()


@pytest.fixture
def app_server(seed_home, tmp_path):
    yield from _serve(seed_home, tmp_path)


@pytest.fixture
def demo_server(demo_home, tmp_path):
    yield from _serve(demo_home, tmp_path)


def _serve(seed_home, tmp_path):
    subprocess.run([*_melati(), "--home", str(seed_home), "reindex"], check=True, capture_output=True)
    port = _free_port()
    log = open(tmp_path / "app.log", "wb")
    # Ctrl-C reaches the app as it reaches one started from a terminal, even when this test run
    # was started in the background (a shell's `cmd &` ignores SIGINT, and children inherit that)
    proc = subprocess.Popen([*_melati(), "--home", str(seed_home), "app", "--port", str(port), "--no-browser"],
                            stdout=subprocess.PIPE, stderr=log, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + START_TIMEOUT
        line = b""
        os.set_blocking(proc.stdout.fileno(), False)
        while b"http://" not in line:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"melati app did not start: {(tmp_path / 'app.log').read_text(errors='replace')[-2000:]}")
            chunk = proc.stdout.read() or b""
            line += chunk
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/"
        assert url in line.decode()
        yield url, proc
    finally:
        _stop_tree(proc)
        log.close()


def test_find_puti_quote_and_copy_citation(app_server, tmp_path):
    from playwright.sync_api import sync_playwright

    url, _ = app_server
    offsite = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], viewport={"width": 1200, "height": 900})
            page = context.new_page()

            # Offline: anything not served by our own server is refused, and the page must still work.
            def only_local(route):
                if route.request.url.startswith("http://127.0.0.1"):
                    route.continue_()
                else:
                    offsite.append(route.request.url)
                    route.abort()

            page.route("**/*", only_local)
            page.goto(url, timeout=60_000)
            box = page.get_by_placeholder('kata atau "frasa", mis. ide hebat')
            box.wait_for(timeout=60_000)
            box.fill("ide hebat")
            page.get_by_role("button", name="Kutipan").click()
            page.get_by_placeholder("ketik nama, alias, atau jabatan").fill("Puti Chairida Anwar")
            page.get_by_text("Dari tanggal").wait_for()
            search_button = page.get_by_role("button", name="Cari", exact=True)
            first = page.locator(".melati-result").first

            started = time.perf_counter()
            search_button.click()
            first.wait_for(timeout=10_000)
            seconds = time.perf_counter() - started
            print(f"\nfirst result {seconds:.3f} s after pressing Cari")

            assert QUOTE in first.locator(".melati-snippet").inner_text()
            assert "Kepala Balai Melati Jakarta, Puti Chairida Anwar" in first.inner_text()
            assert "13 November 2020" in first.inner_text()
            assert page.locator(".melati-count").inner_text().startswith("Ditemukan 1 kutipan")
            citation = first.locator(".melati-citation").inner_text()
            assert citation.startswith("\u201c" + QUOTE) and "Puti Chairida Anwar" in citation

            copy = first.get_by_role("button", name="Salin kutipan")
            copy.click()
            page.wait_for_function("document.querySelector('.melati-copy').textContent.includes('Tersalin')",
                                   timeout=5_000)
            assert page.evaluate("navigator.clipboard.readText()") == citation

            shot = tmp_path / "cari-puti.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"screenshot: {shot}")
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
    assert seconds < 2.0, f"first result took {seconds:.2f} s"
    assert offsite == [], f"the page asked the network for: {offsite}"


def test_first_result_within_2_s_on_the_demo_archive(demo_server, tmp_path):
    url, _ = demo_server
    with _search_page(url) as (page, box):
        box.fill("pelatihan")
        started = time.perf_counter()
        page.get_by_role("button", name="Cari", exact=True).click()
        page.locator(".melati-result").first.wait_for(timeout=10_000)
        seconds = time.perf_counter() - started
        print(f"\ndemo archive: first result {seconds:.3f} s after pressing Cari")
        assert page.locator(".melati-result").count() == 10
        assert "<mark>" in page.locator(".melati-snippet").first.inner_html()
        page.get_by_role("button", name="Berikutnya \u203a").click()
        page.wait_for_function("document.querySelector('.melati-count').textContent.includes('halaman 2')",
                               timeout=5_000)
    assert seconds < 2.0, f"first result took {seconds:.2f} s"


def test_app_refuses_a_taken_port_and_a_missing_index(seed_home):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        (seed_home / "index").mkdir(exist_ok=True)
        missing = subprocess.run([*_melati(), "--home", str(seed_home), "app", "--port", str(port), "--no-browser"],
                                 capture_output=True, text=True, timeout=60)
        assert missing.returncode == 1
        assert f"melati --home {seed_home.resolve()} reindex" in missing.stderr
        assert len(missing.stderr.strip().splitlines()) == 1
        subprocess.run([*_melati(), "--home", str(seed_home), "reindex"], check=True, capture_output=True)
        taken = subprocess.run([*_melati(), "--home", str(seed_home), "app", "--port", str(port), "--no-browser"],
                               capture_output=True, text=True, timeout=60)
    assert taken.returncode == 1
    assert f"port {port}" in taken.stderr and "--port" in taken.stderr
    assert len(taken.stderr.strip().splitlines()) == 1


def test_ctrl_c_stops_the_app_cleanly(app_server):
    import urllib.request

    url, proc = app_server
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
    assert _stop_tree(proc) == 0  # Ctrl-C: voila terminated, exit status 0
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", int(url.rsplit(":", 1)[1].strip("/")))) != 0


def test_a_user_presses_enter_reads_an_article_and_downloads_the_workbook(demo_server, tmp_path):
    """As a humas officer would: type, Enter (no button), sort, open the article, download Excel and CSV."""
    import io

    import openpyxl
    from playwright.sync_api import sync_playwright

    url, _ = demo_server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900}, accept_downloads=True)
            page.goto(url, timeout=60_000)
            header = page.locator(".melati-header")
            header.wait_for(timeout=60_000)
            assert "Arsip: " in header.inner_text() and " berita \u00b7 " in header.inner_text()

            # A date typed the Indonesian way that cannot be: the message names the field.
            page.get_by_placeholder("13/11/2020 atau 13 November 2020").first.fill("31/02/2025")
            box = page.get_by_placeholder('kata atau "frasa", mis. ide hebat')
            box.fill("pelatihan")
            box.press("Enter")
            page.locator(".melati-error").wait_for(timeout=10_000)
            assert page.locator(".melati-error").inner_text().startswith("Dari tanggal: \u201c31/02/2025\u201d")
            page.get_by_placeholder("13/11/2020 atau 13 November 2020").first.fill("1 Januari 2025")
            box.press("Enter")
            page.wait_for_function("document.querySelector('.melati-count') !== null", timeout=10_000)
            count = page.locator(".melati-count").inner_text()
            assert count.startswith("Ditemukan ") and page.locator(".melati-error").count() == 0

            before = page.locator(".melati-result").first.element_handle()
            page.get_by_role("combobox", name="Urutkan").select_option(label="Terbaru dulu")
            page.wait_for_function("el => !el.isConnected", arg=before, timeout=10_000)  # cards redrawn
            page.locator(".melati-result").first.wait_for(timeout=10_000)
            page.screenshot(path=str(tmp_path / "cari-hasil.png"), full_page=True)
            title = page.locator(".melati-title").first.inner_text()

            page.get_by_role("button", name="Baca artikel").first.click()
            reader = page.locator(".melati-reader")
            reader.wait_for(timeout=10_000)
            assert reader.locator(".melati-reader-title").inner_text() == title
            assert reader.locator("mark").count() >= 1
            assert "Narasumber dan tokoh" in reader.inner_text() and "Program:" in reader.inner_text()
            page.screenshot(path=str(tmp_path / "cari-baca.png"), full_page=True)
            page.get_by_role("button", name="\u2039 Kembali ke hasil").click()
            page.locator(".melati-result").first.wait_for(timeout=5_000)

            page.get_by_role("button", name="Excel (.xlsx)").click()
            link = page.locator("a.melati-download")
            link.wait_for(timeout=10_000)
            with page.expect_download() as info:
                link.click()
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            page.get_by_role("button", name="CSV").click()
            page.wait_for_function("document.querySelector('a.melati-download').download.endsWith('.csv')",
                                   timeout=10_000)
            with page.expect_download() as info:
                page.locator("a.melati-download").click()
            csv_text = Path(info.value.path()).read_bytes().decode("utf-8")
            print(f"\nscreenshots: {tmp_path / 'cari-hasil.png'} {tmp_path / 'cari-baca.png'}")
        finally:
            browser.close()
    assert saved.name.startswith("berita-pelatihan-") and saved.suffix == ".xlsx"
    rows = list(openpyxl.load_workbook(io.BytesIO(saved.read_bytes())).active.iter_rows(values_only=True))
    total = int(count.split()[1].replace(".", ""))
    assert rows[0][:2] == ("Tanggal", "Judul") and len(rows) == total + 1
    dates = [r[0] for r in rows[1:]]
    assert dates == sorted(dates, reverse=True) and min(dates).year >= 2025
    assert rows[1][1] == title
    assert csv_text.startswith("\ufeffTanggal,Judul,") and "\u00ab" not in csv_text


def test_a_head_of_centres_report_from_the_page(demo_server, tmp_path):
    """No terminal: type a month, build the monthly report, download its PDF."""
    from playwright.sync_api import sync_playwright

    url, _ = demo_server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1000}, accept_downloads=True)
            page.goto(url, timeout=60_000)
            month = page.get_by_placeholder("Juli 2025 atau 07/2025").first
            month.wait_for(timeout=60_000)
            page.get_by_role("button", name="Perbarui indeks").click()  # after new articles: no reindex command
            page.get_by_text("Indeks diperbarui: 0 berita baru, 0 diubah, 0 dihapus.").wait_for(timeout=30_000)
            month.fill("bulan lalu")
            page.get_by_role("button", name="Buat laporan bulanan").click()
            page.get_by_text("Bulan laporan: \u201cbulan lalu\u201d").wait_for(timeout=10_000)
            month.fill("Juli 2025")
            month.press("Enter")
            link = page.locator(".melati-report-links a.melati-download").first
            link.wait_for(timeout=120_000)
            names = page.locator(".melati-report-links a.melati-download").evaluate_all(
                "els => els.map(e => e.download)")
            with page.expect_download() as info:
                link.click()
            pdf = tmp_path / info.value.suggested_filename
            info.value.save_as(pdf)
            page.screenshot(path=str(tmp_path / "cari-laporan.png"), full_page=True)
        finally:
            browser.close()
    # chromium is there (the module skips otherwise), so the PDF is offered first
    assert names == ["laporan-bulanan-2025-07.pdf", "laporan-bulanan-2025-07.html",
                     "tabel-laporan-bulanan-2025-07.xlsx"]
    assert pdf.name == names[0] and pdf.read_bytes()[:5] == b"%PDF-"


def test_a_suggestion_is_a_button_that_searches_it(app_server):
    # "Mungkin maksud Anda" under partial hits of a typo: one click searches the suggested spelling
    url, _ = app_server
    with _search_page(url) as (page, box):
        box.fill("ide hebta")
        page.get_by_role("button", name="Cari", exact=True).click()
        page.locator(".melati-result").first.wait_for(timeout=10_000)
        assert "Tidak memuat: hebta" in page.locator(".melati-result").first.inner_text()
        page.get_by_role("button", name="Cari \u201cide hebat\u201d").click()
        page.wait_for_function(
            "!document.querySelector('.melati-result').textContent.includes('Tidak memuat')", timeout=10_000)
        assert box.input_value() == "ide hebat"
        assert "<mark>" in page.locator(".melati-snippet").first.inner_html()
        assert not page.get_by_role("button", name="Cari \u201cide hebat\u201d").is_visible()


def test_an_officer_adds_a_page_by_its_address_and_a_saved_file_then_finds_it(app_server, tmp_path):
    """No terminal: paste a page's address, press Impor alamat; pick a saved release, press Impor berkas; both
    are searchable at once (the page is served by an HTTP server on this machine)."""
    from playwright.sync_api import sync_playwright

    story = ("<html lang='id'><head><meta charset='utf-8'><title>Balai Melati Latih Pendamping Lansia Cibening"
             "</title></head><body><h1>Balai Melati Latih Pendamping Lansia Cibening</h1>"
             "<p>Selasa, 1 Desember 2026</p><p>JAKARTA \u2013 Balai Melati melatih 40 pendamping lansia dari "
             "Kelurahan Cibening pada Selasa, membekali mereka cara merawat lansia yang tinggal sendiri.</p>"
             "<p>Pelatihan berlangsung dua hari di aula balai dan ditutup dengan praktik di rumah warga.</p>"
             "</body></html>").encode("utf-8")

    path = "/berita/pendamping-lansia-cibening"
    site = contextlib.ExitStack()
    address = site.enter_context(local_site(page_handler({path: (200, "text/html; charset=utf-8", story)}))) + path
    saved = tmp_path / "rilis-posyandu.txt"
    saved.write_text("Balai Melati Buka Posyandu Lansia Sukamulya\n\nRabu, 2 Desember 2026\n\nJAKARTA \u2013 Balai "
                     "Melati membuka posyandu lansia di Kelurahan Sukamulya pada Rabu, melayani pemeriksaan "
                     "tekanan darah dan gula darah bagi 60 warga lanjut usia.\n", encoding="utf-8")
    url, _ = app_server
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1200, "height": 1400})
                page.goto(url, timeout=60_000)
                field = page.get_by_placeholder("https://situs.go.id/berita/...")
                field.wait_for(timeout=60_000)
                field.fill(address)
                page.get_by_role("button", name="Impor alamat").click()
                done = page.locator(".melati-import-dibuat")
                done.wait_for(timeout=60_000)
                assert "2026-12-01-balai-melati-latih-pendamping-lansia-cibening.md" in done.inner_text()
                assert "Indeks diperbarui: 1 berita baru" in page.locator(".melati-import").inner_text()

                import re

                with page.expect_file_chooser() as chooser:  # the upload button opens the system's file dialog
                    page.get_by_role("button", name=re.compile("Pilih berkas")).click()
                chooser.value.set_files(str(saved))
                # the browser reads the file and sends it to the kernel: the button counts it once it is there
                page.get_by_role("button", name="Pilih berkas (1)").wait_for(timeout=60_000)
                page.get_by_role("button", name="Impor berkas").click()
                page.wait_for_function("document.querySelector('.melati-import') !== null && "
                                       "document.querySelector('.melati-import').innerText.includes('posyandu')",
                                       timeout=60_000)
                assert "dibuat: archive/articles/2026/2026-12-02-balai-melati-buka-posyandu-lansia-sukamulya.md" \
                    in page.locator(".melati-import").inner_text()

                box = page.get_by_placeholder('kata atau "frasa", mis. ide hebat')
                box.fill("lansia Cibening")
                box.press("Enter")
                page.locator(".melati-result").first.wait_for(timeout=10_000)
                assert page.locator(".melati-title").first.inner_text() == "Balai Melati Latih Pendamping Lansia Cibening"
                box.fill("posyandu Sukamulya")
                box.press("Enter")
                page.wait_for_function("document.querySelector('.melati-title') && document.querySelector("
                                       "'.melati-title').innerText.includes('Posyandu')", timeout=10_000)
                page.screenshot(path=str(tmp_path / "impor.png"), full_page=True)
            finally:
                browser.close()
    finally:
        site.close()
