"""nlp.page on what stands between a page's top and its story (session 20, forms found reading the odd halves of
earlier sessions' real pages, beside pg20's in test_page_wild20.py): a skip link, a caption under a photo's credit
or set twice under the post's credits, the header's clock above a headline whose own date stands under its
credits, an event's day under a headline, a headline written twice under the page's date.

Every page here is written for the test (invented offices, people and places).
"""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.nlp.furniture import furniture_kind
from melati_archive.nlp.page import read_page

HEADLINE = "Dinsos Sukamaju Salurkan Bantuan Sembako untuk Korban Banjir Cibening"
LEAD = ("SUKAMAJU, SITUSKITA – Dinas Sosial Kabupaten Sukamaju menyalurkan 300 paket sembako kepada warga korban "
        "banjir di Desa Cibening pada Selasa pagi, didampingi camat dan perangkat desa setempat.")
QUOTE = "\"Bantuan ini untuk meringankan beban warga,\" kata Kepala Dinas Sosial Sukamaju Rina Marlina."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("line", ["Lewati ke konten", "Langsung ke konten", "Skip to content", "Notification"])
def test_a_skip_link_or_bell_is_interface(line):
    assert furniture_kind(line) == "ui"


def test_a_skip_link_over_the_headline_stays_out_of_it():
    p = read_page(page("Lewati ke konten", "", HEADLINE, "", LEAD, QUOTE))
    assert p.headline == HEADLINE


def test_a_caption_under_a_photo_credit_below_the_credits_is_not_the_headline():
    p = read_page(page("Berita Daerah", HEADLINE, "Warga antre paket sembako sejak pagi di balai desa.",
                       "Penulis: Dodi | Editor: Sari Handayani", "SITUSKITA.com/BUDI SANTOSO",
                       "Warga tengah menunjukkan kerusakan Jalan Raya Cibening, Kelurahan Sukamulya, Kecamatan Sukamaju, "
                       "Kota Sukamaju",
                       "Warga yang rumahnya terendam pun mengungsi ke balai desa sejak Senin malam.", QUOTE))
    assert p.headline == HEADLINE


def test_a_caption_set_twice_under_the_credits_is_not_the_headline():
    caption = "Hendra Wijaya Kepala Dinas Sosial, Meninjau Posko Pengungsian Banjir di Desa Cibening"
    p = read_page(page("Selasa, 3 Februari 2026 05:33 WIB", HEADLINE, "• Penulis : Dodi",
                       "• | Minggu, 26 Feb 2023 20:15 WIB", caption, caption, LEAD, QUOTE))
    assert p.headline == HEADLINE
    # the header's clock (with its hour) above the headline is today's; the post's date stands under its credits
    assert p.date == dt.date(2023, 2, 26)


def test_a_headline_written_twice_keeps_its_date_line_above():
    p = read_page(page("Selasa, 9 Maret 2021 10:15 WIB", HEADLINE, HEADLINE, LEAD, QUOTE))
    assert p.headline == HEADLINE
    assert p.date == dt.date(2021, 3, 9)


@pytest.mark.parametrize("line", ["Dalam Pilkada 9 Desember 2020", "Jelang HUT RI 17 Agustus 2026",
                                  "Sejak Banjir 2 Januari 2026"])
def test_an_events_day_under_a_headline_is_no_date_line(line):
    from melati_archive.nlp.pagedates import page_date_of
    assert page_date_of(line) is None


def test_the_date_above_a_headline_written_twice_is_the_pages_not_the_events_below():
    p = read_page(page("Senin, 14 Desember 2020", "Golput dan Partisipasi Pemilih di Sukamaju",
                       "Golput dan Partisipasi Pemilih di Sukamaju", "Dalam Pilkada 9 Desember 2020", LEAD, QUOTE))
    assert p.date == dt.date(2020, 12, 14)

