"""Command-line edges a user reaches by typing: the documented `-word` works without `--`, and an
impossible report month is a one-line error."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def melati(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})


def totals(home: Path, *args: str) -> str:
    done = melati(home, "search", *args)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_minus_word_excludes_without_double_dash(search_arc):
    home = search_arc.home
    everything = search_arc.search("", limit=None).total
    with_word = search_arc.search("pelatihan", limit=None).total
    assert 0 < with_word < everything
    assert totals(home, "-pelatihan") == totals(home, "--", "-pelatihan") == f"{everything - with_word} hasil"
    # among other words and options, and with a letter that is also an option (-h)
    assert totals(home, "sumur", "-pelatihan", "--limit", "1").endswith("hasil")
    assert totals(home, "-hasil").endswith("hasil")  # -hasil holds an h: still a word, not --help
    assert melati(home, "search", "-h").stdout.startswith("Usage:")


def test_minus_word_in_quotes_too(search_arc):
    home = search_arc.home
    everything = search_arc.quotes("", limit=None).total
    with_word = search_arc.quotes("balai", limit=None).total
    assert 0 < with_word < everything
    done = melati(home, "quotes", "-balai", "--json")
    assert done.returncode == 0, done.stderr
    assert f'"total": {everything - with_word}' in done.stdout


def test_report_month_out_of_range_is_one_line(search_home):
    for month in ("0000-01", "9999-12"):
        done = melati(search_home, "report", "monthly", "--month", month)
        assert done.returncode == 1
        assert done.stderr.strip().splitlines() == [
            f"melati: error: bulan tidak valid '{month}': tahun harus antara 1900 dan 2200"]
