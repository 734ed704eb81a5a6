"""melati import of a text whose first line is the page's web address, as staff paste it above copied text:
the address becomes the item's `url` (and the page's second copy a duplicate), the story keeps no address line."""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.api import Archive
from melati_archive.archive import parse_article_text
from melati_archive.importers.run import run_import
from melati_archive.importers.text import page_address, parse_text

from conftest import empty_archive

TODAY = dt.date(2026, 12, 1)
ADDRESS = "https://sukamajukab.go.id/berita/dinsos-salurkan-sembako-korban-banjir"
STORY = (
    "Dinsos Sukamaju Salurkan Sembako untuk Korban Banjir\n\n"
    "Selasa, 1 Desember 2026\n\n"
    "SUKAMAJU – Dinas Sosial Kabupaten Sukamaju menyalurkan 300 paket sembako kepada warga korban banjir di "
    "Desa Cibening pada Selasa pagi, didampingi camat dan perangkat desa setempat.\n\n"
    "\"Bantuan ini untuk meringankan beban warga,\" kata Kepala Dinas Sosial Sukamaju Rina Marlina.\n"
)


@pytest.mark.parametrize("text, expected", [
    (ADDRESS + "\n" + STORY, ADDRESS),
    ("\n  " + ADDRESS + "  \n\n" + STORY, ADDRESS),
    (STORY, None),
    ("Baca selengkapnya di " + ADDRESS + "\n" + STORY, None),  # an address inside a sentence is no page's own
    ("http://\n" + STORY, None),
    ("https://sukamajukab.go.id/" + "a" * 2100 + "\n" + STORY, None),  # no address a person pasted
    ("https://sukamajukab.go.id/<script>\n" + STORY, None),
])
def test_the_address_alone_on_the_first_line_is_the_pages(text, expected):
    assert page_address(text) == expected


def test_the_address_becomes_the_url_and_leaves_the_story():
    draft = parse_text(ADDRESS + "\n" + STORY, "salinan.txt").drafts[0]
    assert draft.url == ADDRESS
    assert "https://" not in draft.body
    assert draft.title == "Dinsos Sukamaju Salurkan Sembako untuk Korban Banjir"


def test_a_second_copy_of_the_same_page_is_a_duplicate(tmp_path):
    home = empty_archive(tmp_path / "home")
    src = tmp_path / "src"
    src.mkdir()
    (src / "salinan-1.txt").write_text(ADDRESS + "\n" + STORY, encoding="utf-8")
    # copied again later, the page's counter and a line of its furniture changed: the address still matches
    (src / "salinan-2.txt").write_text(ADDRESS + "\n" + STORY + "\nDibaca 120 kali\n", encoding="utf-8")
    report = run_import(Archive.open(home), [src / "salinan-1.txt"], today=TODAY, reindex=False)
    assert len(report.created) == 1
    again = run_import(Archive.open(home), [src / "salinan-2.txt"], today=TODAY, reindex=False)
    assert again.created == []
    assert len(again.skipped) == 1 and again.skipped[0]["existing"] == report.created[0]
    article = parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))
    assert article.url == ADDRESS


# --- The day the address files the page under ------------------------------------------------

from melati_archive.importers.addressdates import day_in_address  # noqa: E402

UNDATED = (
    "Dinsos Sukamaju Salurkan Sembako untuk Korban Banjir\n\n"
    "Dinas Sosial Kabupaten Sukamaju menyalurkan 300 paket sembako kepada warga korban banjir di "
    "Desa Cibening, didampingi camat dan perangkat desa setempat.\n\n"
    "\"Bantuan ini untuk meringankan beban warga,\" kata Kepala Dinas Sosial Sukamaju Rina Marlina.\n"
)


@pytest.mark.parametrize("url, expected", [
    ("https://warta-sukamaju.id/2026/11/14/dinsos-salurkan-sembako/", dt.date(2026, 11, 14)),
    ("https://news.portal.id/read/2025/01/09/192339/4377829/10/dinsos-salurkan", dt.date(2025, 1, 9)),
    ("https://warta-sukamaju.id/2026/11/14", dt.date(2026, 11, 14)),
    ("https://warta-sukamaju.id/2026/11/dinsos-salurkan.html", None),  # a month is no publication day
    ("https://warta-sukamaju.id/berita/20261114-dinsos", None),  # digits run together: as often a number
    ("https://warta-sukamaju.id/2026/02/30/dinsos", None),  # no such day
    ("https://warta-sukamaju.id/2027/01/05/dinsos", None),  # after the import
    ("https://warta-sukamaju.id/1972/01/05/dinsos", None),  # before news was on the web: a number
    ("https://warta-sukamaju.id/cari?arsip=/2026/11/14/", None),  # the query, not the path
    (None, None),
])
def test_the_day_an_address_files_its_page_under(url, expected):
    assert day_in_address(url, TODAY) == expected


def _imported(tmp_path, text: str):
    home = empty_archive(tmp_path / "home")
    src = tmp_path / "salinan.txt"
    src.write_text(text, encoding="utf-8")
    report = run_import(Archive.open(home), [src], today=TODAY, reindex=False)
    return parse_article_text((home / report.created[0]).read_text(encoding="utf-8"))


def test_a_page_without_a_date_line_takes_the_day_of_its_address_and_waits_for_no_review(tmp_path):
    article = _imported(tmp_path, "https://warta-sukamaju.id/2026/11/14/dinsos-salurkan-sembako/\n" + UNDATED)
    assert article.date == dt.date(2026, 11, 14)
    assert "date" not in (article.extra.get("review") or {})


def test_the_pages_own_date_line_wins_over_its_address(tmp_path):
    article = _imported(tmp_path, "https://warta-sukamaju.id/2026/11/14/dinsos-salurkan-sembako/\n" + STORY)
    assert article.date == dt.date(2026, 12, 1)  # "Selasa, 1 Desember 2026" on the page


def test_without_a_day_in_its_address_an_undated_page_still_waits_for_review(tmp_path):
    article = _imported(tmp_path, ADDRESS + "\n" + UNDATED)
    assert article.date == TODAY and "date" in article.extra["review"]


# --- Share and campaign parameters ------------------------------------------------------------

from melati_archive.weburl import without_tracking  # noqa: E402


@pytest.mark.parametrize("url, expected", [
    (ADDRESS + "?utm_source=whatsapp&utm_medium=share", ADDRESS),
    (ADDRESS + "?page=2&fbclid=IwAR0abc", ADDRESS + "?page=2"),
    (ADDRESS + "?id=7&UTM_Campaign=x&lang=id#komentar", ADDRESS + "?id=7&lang=id#komentar"),
    (ADDRESS + "?id=7&lang=id", ADDRESS + "?id=7&lang=id"),  # nothing to drop: unchanged
    (ADDRESS, ADDRESS),
])
def test_share_and_campaign_parameters_leave_a_link(url, expected):
    assert without_tracking(url) == expected


def test_an_imported_page_keeps_its_address_without_the_share_parameters(tmp_path):
    article = _imported(tmp_path, ADDRESS + "?utm_source=facebook&fbclid=IwAR0abc\n" + STORY)
    assert article.url == ADDRESS
