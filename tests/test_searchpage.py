"""The search page's logic (searchpage.py) on real indexes built from the seed and demo archives."""
from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from melati_archive.api import Archive
from melati_archive.searchpage import (
    FormState, SearchPage, count_text, highlight_html, highlight_words_html, page_html, reader_html, row_html,
)

PUTI_QUOTE = "Jangan pernah takut melahirkan ide-ide hebat"


@pytest.fixture
def seed_page(seed_home):
    arc = Archive.open(seed_home)
    arc.reindex(full=True)
    return SearchPage(arc)


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory, repo_root):
    from conftest import copy_home

    home = copy_home(repo_root / "examples" / "demo", tmp_path_factory.mktemp("demo") / "home")
    arc = Archive.open(home)
    arc.reindex(full=True)
    return SearchPage(arc, page_size=5)


def test_speaker_options_list_people_and_aliases(seed_page):
    options = seed_page.speaker_options()
    assert "Puti Chairida Anwar" in options
    assert "Puti \u2192 Puti Chairida Anwar" in options
    assert "Yani \u2192 Syam Wuryani" in options
    assert seed_page.speaker_value("Yani \u2192 Syam Wuryani") == "Syam Wuryani"
    assert seed_page.speaker_value("  Puti ") == "Puti"


def test_filter_speakers_by_part_of_name_alias_or_role(seed_page):
    assert seed_page.filter_speakers("chair") == ["Puti Chairida Anwar", "Puti \u2192 Puti Chairida Anwar"]
    assert "Yani \u2192 Syam Wuryani" in seed_page.filter_speakers("yani")
    by_role = seed_page.filter_speakers("Trans7")
    assert by_role == ["Purwanto"]
    assert seed_page.filter_speakers("") == seed_page.speaker_options()


def test_program_and_channel_options_come_from_the_archive(seed_page):
    assert seed_page.program_options() == [("Semua program", ""), ("Asistensi Rehabilitasi Sosial (ATENSI)", "atensi")]
    channels = seed_page.channel_options()
    assert channels[0] == ("Semua kanal", "")
    assert ("Situs web", "website") in channels and ("Instagram", "instagram") in channels


def test_quote_of_puti_by_alias_label(seed_page):
    result = seed_page.run(FormState(query="ide hebat", mode="kutipan", speaker="Puti \u2192 Puti Chairida Anwar"))
    assert not result.error
    assert result.total == 1
    row = result.rows[0]
    assert row.speaker == "Puti Chairida Anwar"
    assert row.role == "Kepala Balai Melati Jakarta"
    assert row.date_text == "13 November 2020"
    assert row.channel == "Situs web"
    assert "<mark>ide-ide hebat</mark>" in row.snippet_html  # words side by side: one mark
    assert row.citation.startswith("\u201c" + PUTI_QUOTE)
    assert "Puti Chairida Anwar" in row.citation and "13 November 2020" in row.citation
    assert row.path == "articles/2020/2020-11-13-balai-melati-jakarta-gelar-inhouse-training-kehumasan.md"
    assert result.count_text == "Ditemukan 1 kutipan, menampilkan 1\u20131 (halaman 1 dari 1)."


def test_speaker_filter_excludes_other_speakers(seed_page):
    result = seed_page.run(FormState(query="", mode="kutipan", speaker="Yani"))
    assert result.total == 2
    assert {r.speaker for r in result.rows} == {"Syam Wuryani"}


def test_article_row_has_highlighted_snippet_and_citation(seed_page):
    result = seed_page.run(FormState(query="ide hebat"))
    assert result.total == 1
    row = result.rows[0]
    assert row.kind == "artikel"
    assert "<mark>Ide Hebat</mark>" in row.snippet_html
    assert "\u00ab" not in row.snippet_html
    assert "Puti Chairida Anwar" in row.speaker
    assert row.citation == ("\u201cBalai Melati Jakarta Gelar Inhouse Training Kehumasan untuk Tingkatkan Kapasitas "
                            "SDM\u201d (Situs web, 13 November 2020).")


def test_no_match_gives_count_and_did_you_mean(seed_page):
    for mode in ("artikel", "kutipan"):
        result = seed_page.run(FormState(query="zzkehumasn", mode=mode))
        assert result.total == 0 and result.rows == []
        assert result.count_text == ("Tidak ada artikel yang cocok." if mode == "artikel" else "Tidak ada kutipan yang cocok.")


def test_a_typo_that_finds_nothing_shows_what_it_meant_and_says_so(seed_page):
    for mode in ("artikel", "kutipan"):
        result = seed_page.run(FormState(query="kehumasn", mode=mode))
        assert result.total > 0 and result.rows
        assert result.suggestion_text == ("Tidak ada hasil untuk \u201ckehumasn\u201d; menampilkan hasil untuk "
                                          "\u201ckehumasan\u201d.")
    # a typo beside a word that finds something: the results of the words typed, and the suggestion
    partial = seed_page.run(FormState(query="ide kehumasn"))
    assert partial.suggestion_text == "Mungkin maksud Anda: ide kehumasan"


def test_user_errors_become_messages_naming_the_field(seed_page):
    speaker = seed_page.run(FormState(query="ide", speaker="Siapa Gitu Orangnya"))
    assert speaker.error.startswith("Narasumber: ") and "Siapa Gitu Orangnya" in speaker.error
    bad_date = seed_page.run(FormState(query="ide", date_from="bulan depan"))
    assert bad_date.rows == []
    assert bad_date.error == ("Dari tanggal: \u201cbulan depan\u201d bukan tanggal yang bisa dibaca; "
                              "tulis seperti 13/11/2020 atau 13 November 2020.")
    reversed_ = seed_page.run(FormState(query="ide", date_from="01/08/2025", date_to="31 Januari 2025"))
    assert reversed_.error.startswith("Dari tanggal (1 Agustus 2025) jatuh sesudah Sampai tanggal (31 Januari 2025)")
    for query in ('"ide hebat', "warna:merah", "(ide OR", "ide NOT"):
        error = seed_page.run(FormState(query=query)).error
        assert error.startswith("Cari: "), (query, error)
    for result in (speaker, bad_date, reversed_):
        assert "--" not in result.error and not re.search(r"\b(the|is|after|unknown)\b", result.error)


@pytest.mark.parametrize("typed, last, expected", [
    ("13/11/2020", False, dt.date(2020, 11, 13)),
    ("13-11-2020", False, dt.date(2020, 11, 13)),
    ("13 November 2020", False, dt.date(2020, 11, 13)),
    ("13 nov 2020", False, dt.date(2020, 11, 13)),
    ("2020-11-13", False, dt.date(2020, 11, 13)),
    ("November 2020", False, dt.date(2020, 11, 1)),
    ("Februari 2024", True, dt.date(2024, 2, 29)),
    ("2020", True, dt.date(2020, 12, 31)),
    ("", False, None),
])
def test_dates_typed_the_indonesian_way(typed, last, expected):
    from melati_archive.searchpage import form_date

    assert form_date(typed, "Dari tanggal", last=last) == expected


@pytest.mark.parametrize("typed", ["31/02/2020", "11/13/2020", "kemarin", "13 Brumaire 2020"])
def test_impossible_dates_name_the_field(typed):
    from melati_archive.searchpage import FieldError, form_date

    with pytest.raises(FieldError, match="^Sampai tanggal: "):
        form_date(typed, "Sampai tanggal")


def test_sort_by_date_puts_newest_first(demo_page):
    by_date = demo_page.run(FormState(query="pelatihan", sort="date"))
    dates = [r.date for r in by_date.rows]
    assert dates == sorted(dates, reverse=True) and by_date.total > 5
    relevance = demo_page.run(FormState(query="pelatihan"))
    assert relevance.total == by_date.total and [r.date for r in relevance.rows] != dates
    quotes = demo_page.run(FormState(query="program", mode="kutipan", sort="date"))
    qdates = [r.date for r in quotes.rows]
    assert len(qdates) > 1 and qdates == sorted(qdates, reverse=True)


def test_header_names_the_archive_and_counts_its_items(seed_page):
    lines = seed_page.header_lines()
    assert lines[0] == "Arsip: Balai Melati Jakarta"
    assert lines[1] == "1 berita \u00b7 5 kutipan \u00b7 " + lines[1].split("\u00b7 ")[-1]
    assert re.fullmatch(r"\d+ narasumber", lines[1].split("\u00b7 ")[-1])


def test_reader_view_shows_the_whole_article_with_marks_quotes_people_programs(seed_page):
    row = seed_page.run(FormState(query="ide hebat")).rows[0]
    view = seed_page.article(row.article_id)
    page = reader_html(view, "ide hebat")
    assert view.title == row.title and len(view.paragraphs()) > 3
    assert "<mark>hebat</mark>" in page.lower()
    assert PUTI_QUOTE.split()[0] in page and "Puti Chairida Anwar, Kepala Balai Melati Jakarta (2 kutipan)" in page
    assert "Asistensi Rehabilitasi Sosial" in page and "13 November 2020" in page
    assert page.count('class="melati-reader-quote"') == len(view.quotes) == 5


def test_downloads_hold_every_result_without_marks(demo_page):
    import io

    import openpyxl

    state = FormState(query="pelatihan")
    total = demo_page.run(state).total
    book = demo_page.download(state, "xlsx")
    assert book.filename.startswith("berita-pelatihan-") and book.filename.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(book.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Tanggal", "Judul", "Kanal") and len(rows) == total + 1 == book.rows + 1
    assert all(isinstance(r[0], dt.datetime) for r in rows[1:])
    assert not any("\u00ab" in str(v) for r in rows for v in r)
    quotes = demo_page.download(FormState(query="program", mode="kutipan"), "csv")
    text = quotes.data.decode("utf-8")
    assert text.startswith("\ufeffTanggal,Narasumber,Jabatan,Kutipan,")
    assert 'download="kutipan-program-' in quotes.link_html() and "base64," in quotes.link_html()


def test_form_state_becomes_search_arguments(seed_page):
    state = FormState(query="x", speaker="Puti \u2192 Puti Chairida Anwar", program="atensi", channel="website",
                      date_from=dt.date(2020, 11, 1), date_to="2020-11-30", page=3)
    assert seed_page.search_kwargs(state) == {
        "limit": 30, "speaker": "Puti Chairida Anwar", "program": "atensi", "channel": "website",
        "date_from": "2020-11-01", "date_to": "2020-11-30",
    }
    assert seed_page.search_kwargs(FormState()) == {"limit": 10}


def test_paging_over_the_demo_archive(demo_page):
    first = demo_page.run(FormState(query="pelatihan", page=1))
    second = demo_page.run(FormState(query="pelatihan", page=2))
    assert first.total == second.total > 10
    assert len(first.rows) == len(second.rows) == 5
    assert not {r.title for r in first.rows} & {r.title for r in second.rows}
    assert first.has_next and not first.has_previous and second.has_previous
    assert second.count_text.startswith(f"Ditemukan {first.total} artikel, menampilkan 6\u201310 (halaman 2 dari")
    last = demo_page.run(FormState(query="pelatihan", page=99))
    assert last.page == last.pages and not last.has_next and 1 <= len(last.rows) <= 5


def test_channel_and_date_filters_on_the_demo_archive(demo_page):
    insta = demo_page.run(FormState(mode="kutipan", channel="instagram"))
    assert insta.total > 0 and {r.channel for r in insta.rows} == {"Instagram"}
    dated = demo_page.run(FormState(query="pelatihan", date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 3, 31)))
    assert dated.total >= 1
    assert all(dt.date(2025, 1, 1) <= r.date <= dt.date(2025, 3, 31) for r in dated.rows)
    assert all(re.fullmatch(r"\d{1,2} (Januari|Februari|Maret) 2025", r.date_text) for r in dated.rows)


def test_highlights_are_escaped_before_marking():
    out = highlight_html("a <script>x</script> \u00abide\u00bb & \u00abhebat\u00bb")
    assert out == "a &lt;script&gt;x&lt;/script&gt; <mark>ide</mark> &amp; <mark>hebat</mark>"
    assert highlight_words_html('<b>Ide</b> "pelatihan" dilatih', "latih") == \
        '&lt;b&gt;Ide&lt;/b&gt; &quot;<mark>pelatihan</mark>&quot; <mark>dilatih</mark>'
    assert highlight_words_html("tanpa kata cari", "") == "tanpa kata cari"
    # BUKAN/TANPA in capitals are NOT, not words to mark; in lowercase they are words
    assert highlight_words_html("bantuan tanpa syarat", "bantuan TANPA banjir") == "<mark>bantuan</mark> tanpa syarat"
    assert highlight_words_html("bantuan tanpa syarat", "tanpa syarat") == "bantuan <mark>tanpa</mark> <mark>syarat</mark>"


def test_count_text_in_indonesian():
    assert count_text(0, 1, 10, "artikel") == "Tidak ada artikel yang cocok."
    assert count_text(23, 3, 10, "kutipan") == "Ditemukan 23 kutipan, menampilkan 21\u201323 (halaman 3 dari 3)."


def test_result_html_is_safe_and_carries_the_citation(seed_page):
    result = seed_page.run(FormState(query="ide hebat", mode="kutipan"))
    text = page_html(result)
    assert "Salin kutipan" in text and "navigator.clipboard.writeText" in text
    citation = result.rows[0].citation
    assert f'data-citation="{html.escape(citation, quote=True)}"' in text
    assert f'<span class="melati-citation"' in text and html.escape(citation) in text
    evil = result.rows[0]
    evil.title, evil.citation = '<img src=x onerror="alert(1)">', '" onclick="alert(2)'
    card = row_html(evil)
    assert "<img" not in card and 'onclick="alert' not in card


def test_default_home_finds_the_archive_beside_notebooks(seed_home, monkeypatch):
    from melati_archive.searchpage import default_home

    monkeypatch.delenv("MELATI_HOME", raising=False)
    (seed_home / "notebooks").mkdir()
    assert default_home(seed_home / "notebooks") == seed_home
    assert default_home(seed_home) == seed_home
    monkeypatch.setenv("MELATI_HOME", "/somewhere/else")
    assert str(default_home(seed_home)) == "/somewhere/else"


def test_notebook_is_stored_clean_and_only_lays_out_widgets(repo_root):
    import nbformat

    nb = nbformat.read(repo_root / "notebooks" / "cari.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "melati-archive" and nb.metadata.kernelspec.language == "python"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    source = "\n".join(c.source for c in code)
    assert "MELATI_HOME" in source and "from melati_archive.searchpage import" in source
    assert "melati_archive.search import" not in source and "whoosh" not in source
    for label in ("Cari", "Artikel", "Kutipan", "Narasumber", "Program", "Kanal", "Dari tanggal", "Sampai tanggal"):
        assert f'"{label}"' in source or label in ("Artikel", "Kutipan")


def test_refresh_reads_new_articles_into_the_index(seed_page):
    folder = seed_page.archive.root / "articles" / "2021"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2021-02-03-balai-buka-kelas-menjahit.md").write_text(
        "---\ntitle: Balai Buka Kelas Menjahit\ndate: 2021-02-03\nchannel: website\nfictional: true\n---\n"
        "JAKARTA (3/2/2021) - Balai membuka kelas menjahit untuk dua puluh penerima manfaat.\n",
        encoding="utf-8")
    assert seed_page.run(FormState(query="menjahit")).total == 0
    assert seed_page.refresh() == "Indeks diperbarui: 1 berita baru, 0 diubah, 0 dihapus."
    assert seed_page.run(FormState(query="menjahit")).total == 1
    assert seed_page.header_lines()[1].startswith("2 berita \u00b7 ")


MARKED = {
    # a fictional text written for this test
    "2021-07-01-tunai": ("Bantuan Tunai Tiba", 'Kementerian Sosial menyalurkan Rp300.000 kepada warga Kampung '
                         'Soekarno. "Bantuan dari Kemensos sudah kami terima," kata Ketua RT Budi Santoso.'),
}


@pytest.fixture(scope="module")
def marked_page(tmp_path_factory):
    from conftest import indexed_archive

    return SearchPage(indexed_archive(tmp_path_factory.mktemp("marked"), MARKED, "BEKASI"))


def test_reader_and_quote_cards_mark_what_the_search_matched(marked_page):
    # the same words the result's snippet marks: an amount however written, an abbreviation's
    # long form, a name in its old spelling; not the query's letters alone
    view = marked_page.article("2021-07-01-tunai")
    amount = reader_html(view, "300.000", marked_page.marks("300.000"))
    assert "Rp<mark>300.000</mark>" in amount and "<mark>warga</mark>" not in amount
    long_form = reader_html(view, "kemensos", marked_page.marks("kemensos"))
    assert "<mark>Kementerian Sosial</mark>" in long_form and "<mark>Kemensos</mark>" in long_form
    assert "<mark>Soekarno</mark>" in reader_html(view, "sukarno", marked_page.marks("sukarno"))
    row = marked_page.run(FormState(query="kementerian sosial", mode="kutipan")).rows[0]
    assert "<mark>Kemensos</mark>" in row.snippet_html
