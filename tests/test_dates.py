"""Datelines, body dates, event ranges, user periods and the Indonesian date format."""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.nlp import dates, eventdates
from melati_archive.nlp.dates import format_date_id, parse_dateline, parse_period
from melati_archive.nlp.eventdates import find_event_dates

D = dt.date


@pytest.mark.parametrize(
    "text, location, day, language",
    [
        ("JAKARTA (13 November 2020) - Balai Melati menggelar", "Jakarta", D(2020, 11, 13), "id"),
        ("JAKARTA, (26 MARET 2021)– Kementerian Sosial", "Jakarta", D(2021, 3, 26), "id"),
        ("BEKASI (12/6/2020) — Balai Anggrek", "Bekasi", D(2020, 6, 12), "id"),
        ("Jakarta, 5 Januari 2021 - Menteri Sosial", "Jakarta", D(2021, 1, 5), "id"),
        ("JAKARTA, KOMPAS — Menteri Sosial", "Jakarta", None, "id"),
        ("JAKARTA (ANTARA) - Menteri", "Jakarta", None, "id"),
        ("Bandung, Kompas.com - Dinas Sosial", "Bandung", None, "id"),
        ("TANJUNG PINANG (3 Agt 2021) - Loka", "Tanjung Pinang", D(2021, 8, 3), "id"),
        ("Tanjung Pinang, 3 Okt. 2021 – Loka", "Tanjung Pinang", D(2021, 10, 3), "id"),
        ("MAGELANG (9 Agu 2021) - Balai", "Magelang", D(2021, 8, 9), "id"),
        ("SOLO (1 Sept 2020) - Balai", "Solo", D(2020, 9, 1), "id"),
        ("MEDAN (24 Des 2020) - Balai", "Medan", D(2020, 12, 24), "id"),
        ("PALU (2 Feb 2021) - Balai", "Palu", D(2021, 2, 2), "id"),
        ("KUPANG (7 Jan 2021) - Balai", "Kupang", D(2021, 1, 7), "id"),
        ("AMBON (10 Nopember 2019) - Balai", "Ambon", D(2019, 11, 10), "id"),
        ("MAKASSAR (Rabu, 15/1/2020) - Sentra", "Makassar", D(2020, 1, 15), "id"),
        ("BOGOR (13/11/20) - Balai", "Bogor", D(2020, 11, 13), "id"),
        ("JAKARTA (January 15th 2020) - The Ministry", "Jakarta", D(2020, 1, 15), "en"),
        ("JAKARTA (15 January 2020) - The Ministry", "Jakarta", D(2020, 1, 15), "en"),
        ("JAKARTA (Oct 5, 2020) - The Ministry", "Jakarta", D(2020, 10, 5), "en"),
        ("JAKARTA - Menteri Sosial", "Jakarta", None, "id"),
    ],
)
def test_dateline_forms(text, location, day, language):
    found = parse_dateline(text)
    assert found is not None
    assert (found.location, found.date, found.language) == (location, day, language)
    assert found.start == 0
    # the story starts right after the dash and its spaces
    assert text[found.end] not in " -–—"
    assert text[found.end:].split()[0] in {"Balai", "Kementerian", "Menteri", "Loka", "Sentra", "The", "Dinas"}


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA\n(13 November 2020) - Balai",
        "JAKARTA (13\nNovember 2020) - Balai",
        "JAKARTA (13 November\n2020) -\nBalai",
    ],
)
def test_dateline_broken_over_two_lines(text):
    found = parse_dateline(text)
    assert found is not None and found.location == "Jakarta" and found.date == D(2020, 11, 13)
    assert text[found.end:].startswith("Balai")


def test_dateline_after_a_title_line():
    text = "Balai Melati Gelar Pelatihan Humas\nBANDUNG (5 Des 2019) - Balai"
    found = parse_dateline(text)
    assert found.location == "Bandung" and found.date == D(2019, 12, 5)
    assert found.start == text.index("BANDUNG")
    assert text[found.end:] == "Balai"


def test_a_dateline_asked_for_again_is_the_same_and_its_own_copy():
    text = "Judul Kegiatan Balai\nBOGOR (4 Mei 2022) - Balai Melati membuka pelatihan."
    first = parse_dateline(text)
    first.start += 7  # the extractor moves a dateline found after a title
    again = parse_dateline(text)
    assert again is not first and again.start == text.index("BOGOR")
    assert (again.location, again.date) == ("Bogor", D(2022, 5, 4))
    # the page's outlets are part of the question: the same line with "bogor" an outlet has no place
    assert parse_dateline(text, frozenset({"bogor"})).location is None
    assert parse_dateline(text, {"bogor"}).location is None  # a plain set is taken too


@pytest.mark.parametrize(
    "text",
    [
        "Balai Melati - pusat layanan",  # title-case words and a dash with no date are not a dateline
        "Kepala Balai Melati, Puti Chairida - x",
        "Bupati Sukamekar (Pj) - meninjau lokasi",  # a two-letter abbreviation in parentheses is no outlet
        "Sab, 09 Mar 2024 10:15 WIB - Jakarta",  # a weekday's short form is not a place
        "BERITA | Dinas Sosial menyalurkan bantuan.",  # a bar after a word the text does not know as a place
        "Rabu (15/1/2020) - kegiatan dimulai",  # a weekday is not a place
        "BALAI MELATI GELAR PELATIHAN - BERITA",  # an all-caps headline with a dash
        "Kegiatan berlangsung pada 13 November 2020 di Jakarta.",
        "",
    ],
)
def test_no_dateline(text):
    assert parse_dateline(text) is None


# Online outlets put their own name in the dateline, often before the place (fictional outlets).
@pytest.mark.parametrize(
    "text, location",
    [
        ("KABARPESISIR.CO.ID, CIREBON – Dinas Sosial", "Cirebon"),
        ("Lintasdesa.co, Kuningan – Dinas Sosial", "Kuningan"),
        ("WARTAHULU.COM-GARUT- Dinas Sosial", "Garut"),
        ("Warta Tiga, KABARPESISIR.CO.ID – Dinas Sosial", "Warta Tiga"),
        ("Ciamis, SUARA WARGA DESA\n– Dinas Sosial", "Ciamis"),
        ("PesisirTribun Indramayu - Dinas Sosial", "Indramayu"),
        ("Majalengka, MediaCenter-Dinas Sosial", "Majalengka"),
        ("KABARPESISIR.COM - Dinas Sosial", None),  # the outlet alone: a dateline without a place
    ],
)
def test_dateline_that_names_the_outlet(text, location):
    found = parse_dateline(text)
    assert found is not None and found.location == location
    assert text[found.end:] == "Dinas Sosial"


def test_outlet_known_from_the_pages_address_is_no_place():
    page = "https://www.kabarpesisir.com/2024/05/berita\n\nKABARPESISIR, CIAMIS – Dinas Sosial"
    assert parse_dateline(page).location == "Ciamis"
    page = "https://harianpesisir.com/baca/123\n\nHARIAN PESISIR - Dinas Sosial"
    found = parse_dateline(page)
    assert found is not None and found.location is None
    # a cleaned body has lost the address: the page's outlets are passed with it
    assert parse_dateline("PESISIR RAYA - Dinas Sosial", frozenset({"pesisirraya"})).location is None
    assert parse_dateline("PESISIR RAYA - Dinas Sosial").location == "Pesisir Raya"
    # an outlet whose name opens on "KABAR", "WARTA", "SUARA" ... needs no address (session 18)
    assert parse_dateline("KABAR PESISIR - Dinas Sosial").location is None
    # a hyphenated address is the same outlet: pikiran-rakyat.com names PIKIRAN RAKYAT
    page = "https://www.kabar-pesisir.com/baca/123\n\nKABAR PESISIR - Dinas Sosial"
    assert parse_dateline(page).location is None


@pytest.mark.parametrize("text", [
    "VIVA – Kementerian Sosial menggandeng perguruan tinggi.",  # national outlets in capitals, no domain
    "PIKIRAN RAKYAT - Dinas Sosial membagikan sembako.",
    "HARIAN PESISIR - Dinas Sosial membagikan sembako.",  # a regional paper's name: Harian, Radar, Pos, Tribun ...
    "RADAR SUKAMEKAR - Dinas Sosial membagikan sembako.",
])
def test_an_outlet_written_in_capitals_where_the_place_goes_is_no_place_even_without_its_address(text):
    found = parse_dateline(text)
    assert found is not None and found.location is None


def test_a_yearless_weekday_date_in_the_dateline_still_gives_the_place():
    found = parse_dateline("SUKAMEKAR, Senin (4/3) – Tim gabungan mengevakuasi warga.")
    assert found is not None and found.location == "Sukamekar" and found.date is None


def test_a_hyphen_before_a_number_ends_no_dateline():
    # an all-caps title "HUT KE-79, ..." is not the dateline "HUT KE -"; the real one follows
    text = "HUT KE-79, BALAI WREDA BERGANTI NAMA\nMajalengka, MediaCenter-Peringatan berlangsung meriah."
    assert parse_dateline(text).location == "Majalengka"
    assert parse_dateline("COVID-19 DI DESA MENURUN") is None
    assert parse_dateline("JAKARTA – 17 warga menerima bantuan").location == "Jakarta"


def test_wrong_dateline_year_is_reported_as_written():
    # a January item still dated with last year's year
    assert parse_dateline("JAKARTA (6 Januari 2020) - x").date == D(2020, 1, 6)


def test_impossible_dateline_day_keeps_place_but_no_date():
    found = parse_dateline("JAKARTA (31 November 2020) - x")
    assert found.location == "Jakarta" and found.date is None


def _spans(text, pub):
    return [(m.start_date, m.end_date, m.text) for m in find_event_dates(text, pub)]


PUB = D(2020, 11, 13)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("pada Rabu (15/01/2020) lalu", [(D(2020, 1, 15), D(2020, 1, 15), "Rabu (15/01/2020)")]),
        ("Senin (12/6) kemarin", [(D(2020, 6, 12), D(2020, 6, 12), "Senin (12/6)")]),
        ("selama 4 hari sejak tanggal 10-13 November 2020.", [(D(2020, 11, 10), D(2020, 11, 13), "10-13 November 2020")]),
        ("pada 10 - 13 November di aula", [(D(2020, 11, 10), D(2020, 11, 13), "10 - 13 November")]),
        ("10 November s.d. 13 November 2020", [(D(2020, 11, 10), D(2020, 11, 13), "10 November s.d. 13 November 2020")]),
        ("pada 10 s/d 13 November 2020", [(D(2020, 11, 10), D(2020, 11, 13), "10 s/d 13 November 2020")]),
        ("dari 10 sampai dengan 13 Nov 2020", [(D(2020, 11, 10), D(2020, 11, 13), "10 sampai dengan 13 Nov 2020")]),
        ("28 Oktober - 2 November 2020", [(D(2020, 10, 28), D(2020, 11, 2), "28 Oktober - 2 November 2020")]),
        ("pada Kamis, 12 November 2020 pukul", [(D(2020, 11, 12), D(2020, 11, 12), "Kamis, 12 November 2020")]),
        ("pada 17 AGUSTUS lalu", [(D(2020, 8, 17), D(2020, 8, 17), "17 AGUSTUS")]),
        ("Senin (13 / 04 / 2020) lalu", [(D(2020, 4, 13), D(2020, 4, 13), "Senin (13 / 04 / 2020)")]),
        ("sejak (13 April 2020) hingga", [(D(2020, 4, 13), D(2020, 4, 13), "13 April 2020")]),
        ("berakhir 13 April 2020) lalu", [(D(2020, 4, 13), D(2020, 4, 13), "13 April 2020")]),
        ("hingga 8 Juni. Setelah itu", [(D(2020, 6, 8), D(2020, 6, 8), "8 Juni")]),
        ("on January 15th, 2020 the", [(D(2020, 1, 15), D(2020, 1, 15), "January 15th, 2020")]),
    ],
)
def test_body_dates(text, expected):
    assert _spans(text, PUB) == expected


def test_body_dates_offsets_point_into_text():
    text = "Kegiatan pada Senin (9/11) dan penutupan pada 13 November 2020."
    found = find_event_dates(text, PUB)
    assert [text[m.start:m.end] for m in found] == ["Senin (9/11)", "13 November 2020"]
    assert [m.start_date for m in found] == [D(2020, 11, 9), D(2020, 11, 13)]


def test_yearless_date_across_the_year_boundary():
    # published 2 January 2021, "Senin (28/12)" is last December
    assert _spans("Senin (28/12) lalu", D(2021, 1, 2))[0][0] == D(2020, 12, 28)
    # published 28 December 2020, "Senin (4/1)" is next January
    assert _spans("Senin (4/1) mendatang", D(2020, 12, 28))[0][0] == D(2021, 1, 4)
    # a yearless range crossing into the new year
    assert _spans("28 Desember - 2 Januari", D(2021, 1, 5))[0][:2] == (D(2020, 12, 28), D(2021, 1, 2))


def test_weekday_decides_between_years():
    # 12/6 was a Friday in 2020 and a Saturday in 2021; "Sabtu" picks 2021 even near 2020
    assert _spans("Sabtu (12/6)", D(2020, 12, 31))[0][0] == D(2021, 6, 12)


def test_yearless_dates_without_publication_date_are_skipped():
    assert find_event_dates("Senin (12/6) dan 17 Agustus", None) == []
    assert _spans("Rabu (15/01/2020)", None)[0][0] == D(2020, 1, 15)


@pytest.mark.parametrize("text", ["sebanyak 12/6 orang", "Mei 2020 lalu", "AD (12) mengaku", "nomor 10-13 rumah"])
def test_not_dates(text):
    assert find_event_dates(text, PUB) == []


# Texts with letters IGNORECASE folds in ways str.lower() does not ("ı", "ſ", "İ", the Kelvin sign):
# the section prefilter must find the same dates as the patterns alone would.
@pytest.mark.parametrize("odd", ["", "ı", "ſ", "İ", "\u212a"])
def test_body_dates_beside_unusual_letters(odd):
    text = (f"Warga {odd}Desa Mekar 123 orang hadir pada Senin (9/11), lalu pelatihan 10-13 November 2020 "
            f"dan penutupan pada 17 AGUSTUS 2021 di aula nomor 12.")
    assert [m.text for m in find_event_dates(text, PUB)] == ["Senin (9/11)", "10-13 November 2020", "17 AGUSTUS 2021"]


def test_month_written_with_the_kelvin_sign_still_reads():
    # IGNORECASE reads the Kelvin sign as k: "O\u212atober" is October, as before the prefilter
    text = "Acara berlangsung 5 O\u212atober 2021 di balai."
    assert [m.start_date for m in find_event_dates(text, PUB)] == [D(2021, 10, 5)]


@pytest.mark.parametrize("text", [
    "Pelatihan 3 Agu\u017ftus dan \u017felasa (4/8) bagi 12 warga.",
    "Kunjungan 7 Maret dan Kamis, 9 Maret di desa ke-3, 21 keluarga hadir.",
    "Desa \u0130zmir 4 (empat) rumah, 17 Nopember.",
    "Rapat ke-2 pada 30 (tiga puluh) Juni di aula 1.",
])
def test_section_prefilter_keeps_every_section_a_pattern_can_match(text):
    sections = eventdates._sections(text)
    months, openers = eventdates._openers(text, sections)
    assert set(months) >= {(a, b) for a, b in sections if eventdates._MONTH_SEARCH(text, a, b)}
    assert set(openers) >= {(a, b) for a, b in sections
                            if "(" in text[a:b] or eventdates._WEEKDAY_SEARCH(text, a, b)}
    assert months and openers


def test_sections_cover_day_numbers_from_their_word_start():
    text = "Pada tahun anggaran 2020 bantuan sebesar Rp12.500 diberikan kepada warga di desa ke-5."
    sections = eventdates._sections(text)
    assert all(text[a - 1:a] in ("", " ") for a, _ in sections)
    # "2020" is no day number; "12" opens a window that reaches past "500" (three digits) and "5"
    assert sections == [(text.index("bantuan"), len(text))]
    assert eventdates._sections("Tahun 2020 dan 123456") == []


def test_written_wrong_year_in_body_kept():
    assert _spans("Rabu (15/01/2019)", D(2020, 1, 16))[0][0] == D(2019, 1, 15)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
        ("2020-11", (D(2020, 11, 1), D(2020, 11, 30))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2020-11-13", (D(2020, 11, 13), D(2020, 11, 13))),
        ("November 2020", (D(2020, 11, 1), D(2020, 11, 30))),
        ("nov 2020", (D(2020, 11, 1), D(2020, 11, 30))),
        ("NOPEMBER 2020", (D(2020, 11, 1), D(2020, 11, 30))),
        ("Agt 2021", (D(2021, 8, 1), D(2021, 8, 31))),
        ("13 November 2020", (D(2020, 11, 13), D(2020, 11, 13))),
        ("13 nov 2020", (D(2020, 11, 13), D(2020, 11, 13))),
        ("13/11/2020", (D(2020, 11, 13), D(2020, 11, 13))),
        ("  13-11-2020 ", (D(2020, 11, 13), D(2020, 11, 13))),
        ("11/2020", (D(2020, 11, 1), D(2020, 11, 30))),
        ("December 2020", (D(2020, 12, 1), D(2020, 12, 31))),
    ],
)
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["", "kemarin", "2020-13", "2020-02-30", "31/11/2020", "Novembre 2020", "20201"])
def test_parse_period_errors_name_the_forms(text):
    with pytest.raises(ValueError) as info:
        parse_period(text)
    assert "2020-11" in str(info.value) and "November 2020" in str(info.value)


def test_format_date_id():
    assert format_date_id(D(2020, 11, 13)) == "13 November 2020"
    assert format_date_id(D(2021, 8, 5)) == "5 Agustus 2021"
    assert [format_date_id(D(2020, m, 1)).split()[1] for m in (1, 2, 3, 5, 10, 12)] == [
        "Januari", "Februari", "Maret", "Mei", "Oktober", "Desember"
    ]


def test_month_tables():
    assert all(dates.month_number(name) == i for i, name in enumerate(dates.MONTH_NAMES_ID) if i)
    assert all(dates.month_number(name.upper()) == i for i, name in enumerate(dates.MONTH_NAMES_EN) if i)
    for word, month in {"Agu": 8, "Agt": 8, "Okt": 10, "Des": 12, "Sept": 9, "Jan.": 1, "Peb": 2}.items():
        assert dates.month_number(word) == month
    assert dates.month_number("Minggu") is None


def test_seed_dateline_and_event(shared_dir):
    text = (shared_dir / "seed" / "balai-melati-inhouse-training-kehumasan-2020-11-13.txt").read_text(encoding="utf-8")
    found = parse_dateline(text)
    assert (found.location, found.date) == ("Jakarta", D(2020, 11, 13))
    # the dateline is the publication date, not an event date
    assert [(m.start_date, m.end_date) for m in find_event_dates(text, found.date)] == [(D(2020, 11, 10), D(2020, 11, 13))]


@pytest.mark.parametrize("text, expected", [
    ("Redaksi Senin, 02 Januari 2023 18:19", [dt.date(2023, 1, 2)]),
    ("Juni 14, 2022 / June 5th, 2021", [dt.date(2022, 6, 14), dt.date(2021, 6, 5)]),
    ("Situsku.co, 04-Feb-2020", [dt.date(2020, 2, 4)]),
    ("17/08/2022, 8/17/2022", [dt.date(2022, 8, 17)]),  # day first; the month-first twin does not exist
    ("Mei 2020 dan 31 November 2021", []),  # a month alone, a day that does not exist
    ("2024/03/07 10:15", [dt.date(2024, 3, 7)]),  # year first with slashes, as templates print it
    ("2024/03-07", []),  # mixed separators are no date
])
def test_full_dates_in_any_order_a_page_writes_them(text, expected):
    from melati_archive.nlp.dates import find_full_dates

    assert [m.start_date for m in find_full_dates(text)] == expected


def test_an_outlet_dateline_run_into_the_headline_before_it():
    # a cleaned body joins a page's short lines: "Headline outlet.com - PLACE - story"
    text = "Warga Pesisir Gotong Royong Bersihkan Pantai kabarpesisir.com - INDRAMAYU - Ratusan warga turun."
    found = parse_dateline(text)
    assert found.location == "Indramayu" and text[found.start:].startswith("kabarpesisir.com")
    assert text[found.end:] == "Ratusan warga turun."
    # inside a sentence it is no dateline
    assert parse_dateline("Data itu terbuka. Portal data.go.id - SEMUA - bisa diunduh.") is None


@pytest.mark.parametrize(
    "text, location",
    [
        ("CIAMIS, Humas – Bupati meninjau pasar.", "Ciamis"),
        ("Tasikmalaya, InfoDaerah - Dinas Sosial membuka posko.", "Tasikmalaya"),
        # a title-case place without date or source: a dateline when the text writes it as a place
        ("Garut – Bupati Garut membuka posko di Kecamatan Cibatu.\nWarga Kabupaten Garut antusias.", "Garut"),
        ("JAKARTA. Menteri Sosial meninjau dapur umum di Jakarta Timur.", "Jakarta"),
        # session 12: an agency's regional desk or an office in parentheses, a network's name after a comma
        ("Denpasar (Antara Bali) - Pemerintah provinsi menyalurkan sembako.", "Denpasar"),
        ("Semarang (Humas Jateng) – Sekda membuka pelatihan pendamping.", "Semarang"),
        ("Jakarta (Kemensos) - Kementerian Sosial membuka layanan aduan.", "Jakarta"),
        ("Jakarta, CNN Indonesia -- Kementerian Sosial menyiapkan lumbung sosial.", "Jakarta"),
        ("Situsku.com, Jakarta: Pemerintah provinsi menyiapkan mudik gratis.", "Jakarta"),  # outlet, place, colon
        ("GARUT | Dinas Sosial Kabupaten Garut melatih pendamping.", "Garut"),  # a known place closed by a bar
    ],
)
def test_more_dateline_forms_of_regional_pages(text, location):
    found = parse_dateline(text)
    assert found is not None and found.location == location


def test_a_title_case_phrase_and_a_dash_without_place_evidence_stays_text():
    assert parse_dateline("Balai Melati - pusat layanan lansia di kota ini.") is None
    assert parse_dateline("BERSAMA KITA. Semua warga datang.") is None
    # a city's name that is also a common word needs the text's evidence: "Batu" is a stone too
    assert parse_dateline("Batu – bahan bangunan itu dijual murah.") is None


@pytest.mark.parametrize(
    "text, location",
    [
        # a province capital or large city needs no second mention to be the dateline's place
        ("Serang – Penyaluran bantuan lansia terlantar dimulai pekan ini.", "Serang"),
        ("PONTIANAK. Menteri Sosial meninjau dapur umum bagi korban banjir.", "Pontianak"),
        ("Palangka Raya – Dinas Sosial membuka posko.", "Palangka Raya"),
    ],
)
def test_a_well_known_place_opens_a_dateline_without_other_evidence(text, location):
    found = parse_dateline(text)
    assert found is not None and found.location == location


def test_a_date_line_that_opens_with_its_place_gives_the_place():
    from melati_archive.nlp.page import read_page

    page = read_page("Warga Gotong Royong Bersihkan Pantai\nDenpasar, 19 Desember 2022\n"
                     "Ratusan warga membersihkan pantai pada Minggu pagi. Kegiatan dipimpin lurah setempat.\n")
    assert page.location == "Denpasar" and page.date == D(2022, 12, 19)


def test_a_writers_name_on_the_line_over_a_date_or_a_dateline_is_no_place():
    # session 13: "Ahmad Fauzi" / "Rabu, 06 Maret 2024 - 13:45 WIB" read as the dateline "Ahmad Fauzi"
    text = "Ratusan Lansia Terima Alat Bantu Dengar\nAhmad Fauzi\nRabu, 06 Maret 2024 - 13:45:00 WIB\nBOGOR, iNews.id - Sebanyak 150 warga"
    found = parse_dateline(text)
    assert found is not None and found.location == "Bogor"
    text = "Banjir Rendam Cibening\nSenin, 4 Maret 2024\nRina Marlina\nSUKAMEKAR - Banjir merendam puluhan rumah warga"
    assert parse_dateline(text).location == "Sukamekar"
    # a place in capitals over its date in parentheses stays one dateline
    found = parse_dateline("BANDUNG\n(7 Oktober 2020) - Pemerintah kota membuka posko.")
    assert found.location == "Bandung" and found.date == dt.date(2020, 10, 7)


def test_a_dateline_with_a_weekday_alone_gives_its_place_and_no_date():
    d = parse_dateline("JAKARTA, Senin — Kementerian Sosial menyalurkan bantuan ke lokasi banjir.")
    assert (d.location, d.date) == ("Jakarta", None)
    # a weekday the place's name swallowed is still no place
    assert parse_dateline("Rapat Senin — pekan ini ditunda.") is None


def test_a_dateline_with_its_sender_after_the_date():
    d = parse_dateline("Sukamekar, 7 Desember 2026 (Humas) – Dinas Sosial menyalurkan bantuan.")
    assert (d.location, d.date) == ("Sukamekar", dt.date(2026, 12, 7))


def test_a_dateline_glued_to_a_double_hyphen_keeps_its_place_whole():
    assert parse_dateline("JAKARTA-- Kementerian Sosial menyalurkan bantuan ke tujuh kecamatan.").location == "Jakarta"


def test_a_camel_case_outlet_before_the_place():
    assert parse_dateline("InfoPublik, Sukamekar – Dinas Sosial menyalurkan bantuan.").location == "Sukamekar"


# --- Session 15: a province after the dateline's place; regencies of several words -------------

@pytest.mark.parametrize("opening, place, day", [
    ("Labuan Bajo, Nusa Tenggara Timur – Dinas Sosial membagikan kursi roda.", "Labuan Bajo", None),
    ("Ambon, Maluku, 10 Desember 2026 – Dinas Sosial membagikan kursi roda.", "Ambon", dt.date(2026, 12, 10)),
    ("Sukamekar, Sulawesi Tenggara – Dinas Sosial membagikan kursi roda.", "Sukamekar", None),
    ("TUAL, MALUKU – Dinas Sosial membagikan kursi roda.", "Tual", None),
])
def test_a_province_after_the_place(opening, place, day):
    got = parse_dateline(opening)
    assert got is not None and got.location == place and got.date == day


def test_two_title_case_words_and_an_unknown_region_are_no_dateline():
    assert parse_dateline("Rahmat Hidayat, Sukamekar Raya – Dinas Sosial membagikan kursi roda.") is None


@pytest.mark.parametrize("place", ["Rejang Lebong", "Deli Serdang", "Musi Banyuasin"])
def test_a_regency_of_two_words_without_a_head_word(place):
    got = parse_dateline(f"{place} – Dinas Sosial setempat membagikan kursi roda kepada warga.")
    assert got is not None and got.location == place


# --- Session 18: an outlet's name where the dateline's place goes ---------------------------------------

@pytest.mark.parametrize("line, place", [
    ("KABAR SUKAMEKAR – Dinas Sosial menyalurkan bantuan.", None),  # a regional outlet's name: Kabar, Warta, Suara, Info...
    ("SUARA CIBENING – Dinas Sosial menyalurkan bantuan.", None),
    ("INFO NASIONAL – Dinas Sosial menyalurkan bantuan.", None),
    ("SUKAMEKARNEWS - Dinas Sosial menyalurkan bantuan.", None),  # one word made of a name and "news", "media"
    ("TOPMEDIA – Dinas Sosial menyalurkan bantuan.", None),
    ("TIMESSUKAMEKAR, CIBENING – Dinas Sosial menyalurkan bantuan.", "Cibening"),  # the outlet, then the place
    ("InfoSUKAMEKAR, CIBENING – Dinas Sosial menyalurkan bantuan.", "Cibening"),  # written as a brand
    ("WARTA KOTA, CIBENING - Dinas Sosial menyalurkan bantuan.", "Cibening"),
    ("CIBENING – Dinas Sosial menyalurkan bantuan.", "Cibening"),  # near misses: places
    ("MUARA TEWEH – Dinas Sosial menyalurkan bantuan.", "Muara Teweh"),
    ("BATU – Dinas Sosial menyalurkan bantuan.", "Batu"),
])
def test_an_outlets_name_is_no_dateline_place(line, place):
    found = parse_dateline(line)
    assert found is not None and found.location == place


def test_a_photo_credit_over_the_outlets_dateline_is_no_place():
    found = parse_dateline("Ilustrasi petugas membagikan bantuan.\nIST\nKABARKU.COM - Dinas Sosial menyalurkan bantuan.")
    assert found is not None and found.location is None
    assert found.start == len("Ilustrasi petugas membagikan bantuan.\nIST\n")


def test_a_known_place_and_its_source_closed_by_a_full_stop_is_a_dateline():
    # session 19: "Kota (Humas X). Masih dalam ...": no dash, the source in parentheses, then a full stop
    found = parse_dateline("Bandung (Humas Cibening). Masih dalam suasana hari jadi desa, warga meresmikan jembatan.")
    assert found is not None and found.location == "Bandung"


def test_an_office_and_its_source_closed_by_a_full_stop_is_no_dateline():
    assert parse_dateline("Pemdes (Humas Cibening). Pemdes Cibening bersama warga meresmikan jembatan.") is None
