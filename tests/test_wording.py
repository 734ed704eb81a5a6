"""The search library's errors as a humas officer reads them: worded in Indonesian where they are raised,
naming what was typed and what to write instead, the same on the command line and on the page."""
from __future__ import annotations

import subprocess
import sys

import pytest

from melati_archive.errors import QueryError

Q = "\u201c{}\u201d".format


@pytest.mark.parametrize("query, kwargs, expected", [
    ("ide", {"speaker": "Zzyzx"}, "tidak ada narasumber bernama " + Q("Zzyzx") + " di arsip"),
    ("ide", {"date_from": "2025-08-01", "date_to": "2025-01-31"},
     "--from 2025-08-01 jatuh sesudah --to 2025-01-31; tukar kedua tanggal"),
    ("ide", {"channel": "koran"}, "kanal " + Q("koran") + " tidak dikenal; kanal yang ada: "),
    ("ide~3", {}, "ide~3: kata 3 huruf paling banyak boleh 1 salah ketik; tulis ide~1 atau kurang"),
    ("warna:merah", {}, "kolom " + Q("warna") + " tidak dikenal; yang bisa dipakai: judul:, isi:, tanggal:, "
                        "program:, narasumber:, kanal:, tag:"),
    ('"ide hebat', {}, 'tanda kutip " pada ' + Q('"ide hebat') + ' belum ditutup; tambahkan penutupnya'),
    ("tanggal:\"0\n0\"", {}, "tanggal " + Q("0\\n0") + " tidak terbaca"),  # one line, the break shown as \n
    ("(ide", {}, "ada kurung ( yang belum ditutup; tambahkan )"),
    ("(ide OR", {}, "kueri berakhir terlalu cepat (sesudah OR/ATAU, NOT/BUKAN atau kurung buka); lengkapi atau hapus"),
    ("ide)", {}, "ada tanda ) tanpa pasangan (; hapus atau tambahkan ("),
    ("ide NOT", {}, "NOT/BUKAN ada di akhir kueri; tulis kata yang dikecualikan sesudahnya"),
    ("judul:", {}, 'judul: tanpa isi; tulis seperti judul:pelatihan atau judul:"dua kata"'),
    ("tanggal:kemarin", {}, "tanggal " + Q("kemarin") + " tidak terbaca; tulis 2020, 2020-11, 2020-11-13"),
    ("tanggal:2021..2020", {}, "rentang tanggal " + Q("2021..2020") + " berakhir sebelum mulai; tukar kedua ujungnya"),
])
def test_search_errors_are_raised_in_indonesian(seed_home, query, kwargs, expected):
    from melati_archive.api import Archive

    arc = Archive.open(seed_home)
    arc.reindex()
    with pytest.raises(QueryError) as caught:
        arc.search(query, **kwargs)
    assert str(caught.value).startswith(expected), str(caught.value)


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
