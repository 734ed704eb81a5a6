"""The report analyses on tests/data/reports: six fictional items, every expected number counted by hand."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from melati_archive.errors import ReportError
from melati_archive.reports import coverage, engagement, frames, messages, voices, volume
from melati_archive.reports.busiest import busiest_month

MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


@pytest.fixture(scope="module")
def home(repo_root, tmp_path_factory):
    from conftest import copy_home

    return copy_home(repo_root / "tests" / "data" / "reports", tmp_path_factory.mktemp("reports") / "home")


@pytest.fixture(scope="module")
def data(home):
    return frames.load(home)


def test_parse_month_rejects_bad_months():
    assert frames.parse_month("2025-02") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    for bad in ("2025-13", "2025/03", "Maret", ""):
        with pytest.raises(ReportError, match="YYYY-MM"):
            frames.parse_month(bad)
    with pytest.raises(ReportError, match="terbalik"):
        frames.parse_span("2025-03", "2025-01")


def test_month_comparison_previous_and_year_earlier(data):
    table = volume.month_comparison(data.articles, MARCH[0]).set_index("Pembanding")
    assert table.loc["Bulan ini", "Berita"] == 4
    assert table.loc["Bulan sebelumnya", ["Bulan", "Berita"]].tolist() == ["2025-02", 1]
    assert table.loc["Bulan yang sama tahun lalu", ["Bulan", "Berita"]].tolist() == ["2024-03", 1]
    assert table.loc["Bulan sebelumnya", "Selisih bulan ini"] == 3


def test_volume_by_day_week_month(data):
    daily = volume.by_day(data.articles, *MARCH)
    assert len(daily) == 31 and daily["Berita"].sum() == 4
    assert daily.set_index("Tanggal").loc[dt.date(2025, 3, 3), "Berita"] == 2
    weekly = volume.by_week(data.articles, *MARCH).set_index("Minggu mulai")["Berita"]
    assert weekly[dt.date(2025, 3, 3)] == 2 and weekly[dt.date(2025, 3, 10)] == 1 and weekly[dt.date(2025, 3, 17)] == 1
    months = volume.by_month(data.articles, dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert months.to_dict("list") == {"Bulan": ["2025-01", "2025-02", "2025-03"], "Berita": [0, 1, 4]}


def test_volume_per_channel_program_tag(data):
    channels = volume.by_channel(data.articles, data.channels, *MARCH)
    assert channels.to_dict("list") == {"Kanal": ["Situs web", "Instagram"], "Berita": [3, 1], "Persen": [75.0, 25.0]}
    programs = volume.by_program(data.articles, data.programs, *MARCH).set_index("Program")["Berita"]
    assert programs.to_dict() == {"Program Alfa": 2, "Program Beta": 2, "Program Gama": 0}
    tags = volume.by_tag(data.articles, *MARCH).set_index("Tag")["Berita"]
    assert tags.to_dict() == {"a": 2, "b": 2}


def test_program_month_matrix_keeps_uncovered_programs(data):
    matrix = volume.program_month_matrix(data.articles, data.programs, dt.date(2025, 2, 1), MARCH[1])
    assert list(matrix.columns) == ["2025-02", "2025-03"]
    assert matrix.loc["Program Alfa"].tolist() == [1, 2]
    assert matrix.loc["Program Gama"].tolist() == [0, 0]


def test_program_coverage_targets_and_days_since(data):
    table = coverage.program_coverage(data.articles, data.programs, *MARCH).set_index("Program")
    assert table.loc["Program Alfa", ["Berita", "Target periode", "Status"]].tolist() == [2, 2, "Tercapai"]
    assert table.loc["Program Alfa", "Terakhir diliput"] == dt.date(2025, 3, 3)
    assert table.loc["Program Alfa", "Hari sejak diliput"] == 28
    assert table.loc["Program Beta", "Hari sejak diliput"] == 21
    gama = table.loc["Program Gama"]
    assert gama["Berita"] == 0 and gama["Status"] == "Di bawah target" and gama["Kekurangan"] == 1
    assert gama["Terakhir diliput"] is None and pd.isna(gama["Hari sejak diliput"])
    # over February-March, Alfa (target 2 x 2 months) has 3 items: one short
    two = coverage.below_target(coverage.program_coverage(data.articles, data.programs, dt.date(2025, 2, 1), MARCH[1]))
    shortfalls = two.set_index("Program")["Kekurangan"].to_dict()
    assert shortfalls == {"Program Gama": 2, "Program Alfa": 1}


def test_silent_days_and_longest_run(data):
    runs = coverage.silent_runs(data.articles, *MARCH)
    assert runs["Hari"].tolist() == [11, 9, 6, 2]
    assert runs.iloc[0][["Mulai", "Sampai"]].tolist() == [dt.date(2025, 3, 21), dt.date(2025, 3, 31)]
    summary = coverage.silence_summary(data.articles, *MARCH).set_index("Ukuran")["Nilai"]
    assert summary.to_dict() == {"Hari dalam periode": 31, "Hari dengan berita": 3, "Hari tanpa berita": 28,
                                 "Jeda terpanjang (hari)": 11}


def test_channel_cadence(data):
    march = coverage.channel_cadence(data.articles, data.channels, *MARCH).set_index("Kanal")
    assert march.loc["Situs web", ["Berita", "Target periode", "Status"]].tolist() == [3, 3, "Tercapai"]
    q1 = coverage.channel_cadence(data.articles, data.channels, dt.date(2025, 1, 1), MARCH[1]).set_index("Kanal")
    assert q1.loc["Situs web", ["Berita", "Target periode", "Kekurangan"]].tolist() == [4, 9, 5]
    assert q1.loc["Instagram", "Status"] == "Di bawah target"


def test_outtakes_match_by_id_and_url_and_report_unmatched(data):
    items = engagement.by_item(data.metrics, data.articles, *MARCH).set_index("Judul")
    insta = items.loc["Alfa dan Beta di Instagram <b>tebal</b>"]
    assert insta[["Tayangan", "Suka", "Komentar", "Dibagikan", "Interaksi"]].tolist() == [100, 10, 2, 1, 13]
    assert items.loc["Beta yang Inklusif", ["Tayangan", "Interaksi"]].tolist() == [50, 5]  # URL with a trailing slash
    unmatched = engagement.unmatched_rows(data.metrics, data.articles)
    assert unmatched["URL"].tolist() == ["https://instagram.example/p/TIDAK-ADA/"]
    assert unmatched["Sumber"].iloc[0].endswith("instagram.csv:4")
    per_channel = engagement.by_channel(engagement.by_item(data.metrics, data.articles, *MARCH), data.channels)
    assert per_channel.set_index("Kanal")["Tayangan"].to_dict() == {"Instagram": 100, "Situs web": 50}


def test_follower_trend(data):
    trend = engagement.follower_trend(data.metrics, data.channels, dt.date(2025, 2, 1), MARCH[1])
    assert trend["Instagram"].tolist() == [200, 230]
    assert engagement.follower_change(trend).iloc[0].tolist() == ["Instagram", 200, 230, 30]


def test_voices_and_key_messages(home, data):
    from melati_archive import Archive

    arc = Archive.open(home)
    arc.reindex()
    quotes = voices.quotes_in_period(arc, *MARCH)
    counts = voices.speaker_counts(quotes, data.people).set_index("Narasumber")
    assert counts["Kutipan"].to_dict() == {"Ani Lestari": 1, "Budi Santoso": 1}
    assert counts.loc["Ani Lestari", "Asal"] == "Internal" and counts.loc["Budi Santoso", "Asal"] == "Luar"
    share = voices.internal_share(quotes, data.people).set_index("Asal")["Persen"]
    assert share.to_dict() == {"Internal": 50.0, "Luar": 50.0}
    assert voices.unquoted_people(quotes, data.people, *MARCH)["Nama"].tolist() == ["Citra Dewi"]
    assert voices.quotes_in_period(arc, dt.date(2030, 1, 1), dt.date(2030, 1, 31)).empty
    pulled = messages.pull_through(arc, data.key_messages, data.articles, *MARCH)
    assert pulled.iloc[0][["Pesan kunci", "Berita", "Dari", "Persen"]].tolist() == ["Layanan inklusif", 1, 4, 25.0]


def test_key_message_counts_only_items_with_every_word(home, data):
    """A key message of two bare words counts the items holding both, not search's partial hits."""
    from melati_archive import Archive
    from melati_archive.config import KeyMessage

    arc = Archive.open(home)
    arc.reindex()
    both = KeyMessage(id="dua", label="Dua kata", query="inklusif zzzkatatakada")
    pulled = messages.pull_through(arc, [both], data.articles, *MARCH)
    assert pulled.iloc[0]["Berita"] == 0
    assert arc.search("inklusif zzzkatatakada", date_from=MARCH[0], date_to=MARCH[1]).total >= 1  # partial hit


def test_busiest_month(home):
    assert busiest_month(home) == "2025-03"
