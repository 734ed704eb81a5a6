"""`melati show ID`: the whole article on a terminal, and --open handing its source to a browser."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED_ID = "2020-11-13-balai-melati-jakarta-gelar-inhouse-training-kehumasan"


def run(home: Path, *args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def seed(seed_home):
    assert run(seed_home, "reindex").returncode == 0
    return seed_home


def test_show_prints_header_text_quotes_and_speakers(seed):
    out = run(seed, "show", SEED_ID)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("Balai Melati Jakarta Gelar Inhouse Training Kehumasan")
    assert "Tanggal  : 13 November 2020" in lines and "Kanal    : Situs web" in lines
    assert f"Berkas   : archive/articles/2020/{SEED_ID}.md" in lines
    assert "Program  : Asistensi Rehabilitasi Sosial" in lines
    assert "Kutipan (5):" in lines
    assert "     \u2014 Puti Chairida Anwar, Kepala Balai Melati Jakarta" in lines
    assert "  - Puti Chairida Anwar, Kepala Balai Melati Jakarta (2 kutipan)" in lines
    body = out.stdout.split("Program  : ")[1]
    assert "Inhouse Training Kehumasan" in body and max(len(x) for x in lines[2:]) <= 100
    doc = json.loads(run(seed, "show", SEED_ID, "--json").stdout)
    assert doc["id"] == SEED_ID and len(doc["quotes"]) == 5 and doc["date"] == "2020-11-13"


def test_unknown_id_is_one_line_naming_the_close_id(seed):
    out = run(seed, "show", SEED_ID[:-6])
    assert out.returncode == 1 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert "tidak ada berita dengan ID" in out.stderr and f"Mungkin maksud Anda: {SEED_ID}" in out.stderr


def test_show_without_an_index_still_gives_the_text(seed_home):
    out = run(seed_home, "show", SEED_ID)
    assert out.returncode == 0, out.stderr
    assert "Inhouse Training Kehumasan" in out.stdout and "indeks pencarian belum dibuat" in out.stdout


def test_open_hands_the_url_or_the_file_to_the_browser(seed, tmp_path, demo_home):
    import os

    seen = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {seen}\n')
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": f"{browser} %s"}
    out = run(seed, "show", SEED_ID, "--open", env=env)
    assert out.returncode == 0, out.stderr
    assert seen.read_text().split() == [(seed / "archive/articles/2020" / f"{SEED_ID}.md").resolve().as_uri()]
    assert run(demo_home, "reindex").returncode == 0
    some = json.loads(run(demo_home, "search", "pelatihan", "--json", "--limit", "1").stdout)["hits"][0]
    out = run(demo_home, "show", some["id"], "--open", env=env)
    assert out.returncode == 0, out.stderr
    assert seen.read_text().split()[-1] == some["url"] and some["url"].startswith("https://")
