"""The search library's English errors as a humas officer reads them: Indonesian, surroundings kept."""
from __future__ import annotations

import subprocess
import sys

import pytest

from melati_archive.wording import indonesian, translate


@pytest.mark.parametrize("english, expected", [
    ("no speaker named 'Zzyzx' in the archive; `melati people` lists everyone",
     "tidak ada narasumber bernama \u201cZzyzx\u201d di arsip; `melati people` menampilkan semua nama"),
    ("no speaker named 'Putti' in the archive; did you mean Puti Chairida Anwar?",
     "tidak ada narasumber bernama \u201cPutti\u201d di arsip; mungkin maksud Anda Puti Chairida Anwar"),
    ("'Eko' could be 'Eko Saputra' or 'Eko Saputro'; type more of the name",
     "\u201cEko\u201d cocok dengan beberapa orang ('Eko Saputra' atau 'Eko Saputro'); ketik nama lebih lengkap"),
    ("--from 2025-08-01 is after --to 2025-01-31", "--from 2025-08-01 jatuh sesudah --to 2025-01-31; tukar kedua tanggal"),
    ("unknown channel 'koran'; known channels: instagram, website",
     "kanal \u201ckoran\u201d tidak dikenal; kanal yang ada: instagram, website"),
    ("ide~3: a 3-letter word allows at most 1 edit; write ide~1 or less",
     "ide~3: kata 3 huruf paling banyak boleh 1 salah ketik; tulis ide~1 atau kurang"),
])
def test_known_forms_in_indonesian(english, expected):
    assert translate(english) == (expected, True)


def test_surroundings_kept_and_unknown_forms_unchanged():
    assert indonesian("a.md:4: unknown program 'pkh'; known programs: atensi") == \
        "a.md:4: program \u201cpkh\u201d tidak dikenal; program yang ada: atensi"
    assert translate("something new went wrong") == ("something new went wrong", False)


def test_every_query_error_of_the_page_is_known(seed_home):
    """Each malformed query a user may type gets an Indonesian message on the page, not the fallback."""
    from melati_archive.api import Archive
    from melati_archive.searchpage import FormState, SearchPage

    arc = Archive.open(seed_home)
    arc.reindex()
    page = SearchPage(arc)
    for query in ('"ide hebat', "warna:merah", "(ide OR", "ide NOT", "judul:", '""', "ide)", "ide~5",
                  "tanggal:kemarin"):
        error = page.run(FormState(query=query)).error
        assert error.startswith("Cari: ") and "tidak bisa dibaca; periksa" not in error, (query, error)
        assert not any(w in error.split() for w in ("the", "is", "unknown", "query")), (query, error)


def test_cli_errors_in_indonesian(seed_home):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "melati_archive", "--home", str(seed_home), *args],
                              capture_output=True, text=True, timeout=120)

    assert run("reindex").returncode == 0
    dates = run("search", "ide", "--from", "2025-08-01", "--to", "2025-01-31")
    assert dates.returncode == 1
    assert dates.stderr.strip() == "melati: error: --from 2025-08-01 jatuh sesudah --to 2025-01-31; tukar kedua tanggal"
    field = run("search", "warna:merah")
    assert field.returncode == 1 and "kolom \u201cwarna\u201d tidak dikenal" in field.stderr
