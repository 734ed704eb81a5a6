"""Reports from the search page: months typed the Indonesian way, the report built, its files offered."""
from __future__ import annotations

import pytest

from melati_archive.reportpage import build_gaps, build_monthly, month_key
from melati_archive.searchpage import FieldError


@pytest.mark.parametrize("typed, key", [("Juli 2025", "2025-07"), ("juli 2025", "2025-07"), ("07/2025", "2025-07"),
                                        ("7-2025", "2025-07"), ("2025-07", "2025-07"), ("Nov 2020", "2020-11"),
                                        ("13/11/2020", "2020-11"), ("13 November 2020", "2020-11")])
def test_months_typed_the_indonesian_way(typed, key):
    assert month_key(typed, "Bulan laporan") == key


@pytest.mark.parametrize("typed", ["", "2025", "13/2025", "bulan lalu", "Brumaire 2025"])
def test_unreadable_months_name_the_field(typed):
    with pytest.raises(FieldError, match="^Bulan laporan: "):
        month_key(typed, "Bulan laporan")


@pytest.fixture
def home(repo_root, tmp_path):
    from conftest import copy_home

    return copy_home(repo_root / "tests" / "data" / "reports", tmp_path / "home")


def test_field_errors_come_back_before_any_rendering(home):
    assert build_monthly(home, "kapan-kapan").error.startswith("Bulan laporan: \u201ckapan-kapan\u201d")
    reversed_ = build_gaps(home, "Maret 2025", "Januari 2025")
    assert reversed_.error == "Dari bulan (Maret 2025) jatuh sesudah Sampai bulan (Januari 2025): tukar kedua bulan."
    assert not (home / "reports").exists()


@pytest.mark.slow
def test_monthly_report_offered_as_html_and_workbook_without_a_browser(home, monkeypatch):
    monkeypatch.setenv("MELATI_CHROMIUM", "tidak-ada-chromium-di-sini")
    result = build_monthly(home, "Maret 2025")
    assert not result.error
    assert [f.name for f in result.files] == ["laporan_bulanan.html", "tabel-laporan.xlsx"]
    assert sorted(result.names.values()) == ["laporan-bulanan-2025-03.html", "tabel-laporan-bulanan-2025-03.xlsx"]
    assert "apt-get install chromium" in result.note  # why there is no PDF, and what to install
    page = result.html()
    assert page.count('class="melati-download"') == 2 and 'download="laporan-bulanan-2025-03.html"' in page
    assert (home / "reports" / "2025-03" / "laporan_bulanan.html").is_file()
