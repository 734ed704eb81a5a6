"""The reports' article table read from the index's file record (reports/table.py) equals the one
parsed from every front matter, follows edits, and falls back to the files when the index cannot say."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import copy_home

from melati_archive.api import Archive
from melati_archive.review import counted
from melati_archive.reports import frames, table


def parsed_frame(home) -> tuple[pd.DataFrame, int]:
    """The article frame and problem count as the reports built them before: every file parsed."""
    problems: list = []
    arc = Archive.open(home)
    return frames.articles_frame(counted(arc.store.articles(problems))), len(problems)


def write(home, rel: str, text: str) -> None:
    path = home / "archive" / "articles" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def mixed_home(demo_home):
    """The demo archive plus the cases the table must treat as the parser does: an item waiting for
    review, the same id in two year folders, a file that does not parse."""
    write(demo_home, "2025/2025-07-30-pelatihan-tata-boga.md",
          "---\ntitle: Pelatihan Tata Boga bagi Ibu Rumah Tangga\ndate: 2025-07-30\nchannel: website\n"
          "programs: [atensi]\ntags: [pelatihan, boga]\nfictional: true\n---\n"
          "JAKARTA - Dua puluh peserta belajar membuat kue.\n")
    write(demo_home, "2025/2025-07-31-tanpa-tanggal-pasti.md",
          "---\ntitle: Kunjungan ke Panti\ndate: 2025-07-31\nreview:\n  date: tanggal ditebak dari nama berkas\n"
          "fictional: true\n---\nJAKARTA - Rombongan berkunjung.\n")
    write(demo_home, "2024/2025-07-30-pelatihan-tata-boga.md",
          "---\ntitle: Salinan di Folder Lain\ndate: 2025-07-30\nfictional: true\n---\nJAKARTA - Salinan.\n")
    write(demo_home, "2025/2025-07-29-rusak.md", "---\ntitle: [tidak ditutup\n---\nisi\n")
    return demo_home


def test_indexed_table_equals_the_parsed_one(mixed_home):
    expected, expected_problems = parsed_frame(mixed_home)
    data = frames.load(mixed_home)
    pd.testing.assert_frame_equal(data.articles, expected)
    assert len(data.problems) == expected_problems >= 2  # the broken file and the duplicate id
    assert "2025-07-31-tanpa-tanggal-pasti" not in set(data.articles["id"])  # waits for review
    row = data.articles[data.articles["id"] == "2025-07-30-pelatihan-tata-boga"].iloc[0]
    assert row["title"] == "Salinan di Folder Lain"  # the id's first path in order: articles/2024/
    assert row["path"].startswith("articles/2024/")


def test_table_follows_an_edit_without_a_separate_reindex(mixed_home):
    frames.load(mixed_home)
    (mixed_home / "archive" / "articles" / "2024" / "2025-07-30-pelatihan-tata-boga.md").unlink()
    write(mixed_home, "2025/2025-07-30-pelatihan-tata-boga.md",
          "---\ntitle: Pelatihan Tata Boga Diperpanjang\ndate: 2025-07-30\nchannel: instagram\n"
          "programs: [atensi, pkh]\nfictional: true\n---\nJAKARTA - Pelatihan diperpanjang sepekan.\n")
    data = frames.load(mixed_home)
    row = data.articles[data.articles["id"] == "2025-07-30-pelatihan-tata-boga"].iloc[0]
    assert (row["title"], row["channel"], row["programs"]) == ("Pelatihan Tata Boga Diperpanjang", "instagram",
                                                              ["atensi", "pkh"])
    pd.testing.assert_frame_equal(data.articles, parsed_frame(mixed_home)[0])


def test_reports_take_the_table_from_the_index_not_the_files(mixed_home, monkeypatch):
    expected, _ = parsed_frame(mixed_home)
    frames.load(mixed_home)  # the index now holds every row

    def refuse(self, problems=None):
        raise AssertionError("every front matter parsed again")

    monkeypatch.setattr(type(Archive.open(mixed_home).store), "articles", refuse)
    pd.testing.assert_frame_equal(frames.load(mixed_home).articles, expected)


def test_a_record_without_rows_falls_back_to_parsing(mixed_home):
    from melati_archive.index import indexed_files

    arc = Archive.open(mixed_home)
    arc.reindex()
    states = indexed_files(arc.index_dir)
    assert all("row" in s.info for s in states.values() if not s.error)
    # an index written before the record held the rows: its infos lack them
    info = next(s.info for s in states.values() if not s.error)
    assert table._row("articles/x.md", {k: v for k, v in info.items() if k != "row"}) is None
    assert table._row("articles/x.md", info) is not None


def test_a_new_title_changes_the_row_but_rewrites_no_person_document(mixed_home, monkeypatch):
    import melati_archive.index as index

    frames.load(mixed_home)
    calls = []
    real = index._rewrite_aggregates
    monkeypatch.setattr(index, "_rewrite_aggregates", lambda *a, **k: calls.append(1) or real(*a, **k))
    rel = "2025/2025-07-31-tanpa-tanggal-pasti.md"
    write(mixed_home, "2025/2025-07-30-pelatihan-tata-boga.md",
          "---\ntitle: Judul yang Diperbaiki\ndate: 2025-07-30\nchannel: website\n"
          "programs: [atensi]\ntags: [pelatihan, boga]\nfictional: true\n---\n"
          "JAKARTA - Dua puluh peserta belajar membuat kue.\n")
    (mixed_home / "archive" / "articles" / "2024" / "2025-07-30-pelatihan-tata-boga.md").unlink()
    Archive.open(mixed_home).reindex()
    calls.clear()
    write(mixed_home, "2025/2025-07-30-pelatihan-tata-boga.md",
          "---\ntitle: Judul Diperbaiki Lagi\ndate: 2025-07-30\nchannel: website\n"
          "programs: [atensi]\ntags: [pelatihan, boga]\nfictional: true\n---\n"
          "JAKARTA - Dua puluh peserta belajar membuat kue.\n")
    data = frames.load(mixed_home)
    assert calls == []
    assert "Judul Diperbaiki Lagi" in set(data.articles["title"])
    write(mixed_home, rel, "---\ntitle: Kunjungan ke Panti\ndate: 2025-07-31\nfictional: true\n---\n"
          "JAKARTA - Rombongan berkunjung. \"Kami senang sekali,\" kata Kepala Panti Rina Wulandari.\n")
    frames.load(mixed_home)
    assert calls  # a new quote and a new person: the person documents are worked out again


def test_a_report_whose_reindex_fails_tries_once_and_counts_from_the_files(mixed_home, monkeypatch):
    from melati_archive.errors import IndexBusyError
    from melati_archive.reports.context import prepare_month

    expected, _ = parsed_frame(mixed_home)
    tries = []

    def busy(self, *args, **kwargs):
        tries.append(1)
        raise IndexBusyError("reindex lain sedang berjalan")

    monkeypatch.setattr(Archive, "reindex", busy)
    report = prepare_month(mixed_home, "2025-07")
    assert len(tries) == 1  # a busy index is waited for once, not once more for the article table
    assert report.index_note and report.speakers is None
    assert report.total == int((expected["date"].dt.strftime("%Y-%m") == "2025-07").sum()) > 0


def test_items_waiting_for_review_are_counted_apart_and_named_in_their_periods_report(mixed_home, monkeypatch):
    import datetime as dt

    from melati_archive.reports import context, show
    from melati_archive.review import waiting

    july = (dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    expected = sorted(a.date for a in waiting(Archive.open(mixed_home).store.articles([])))
    assert dt.date(2025, 7, 31) in expected
    for data in (frames.load(mixed_home), frames.load(mixed_home, use_index=False)):
        assert sorted(data.waiting) == expected
    in_july = sum(1 for day in expected if july[0] <= day <= july[1])
    report = context.prepare_month(mixed_home, "2025-07")
    assert report.waiting == in_july >= 1
    notes: list[str] = []
    monkeypatch.setattr(show, "note", notes.append)
    monkeypatch.setattr(show, "figures", lambda pairs: None)
    show.summary_month(report)
    assert any(n.startswith(f"{in_july} berita bertanggal Juli 2025 menunggu tinjauan") for n in notes)
