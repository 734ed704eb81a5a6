"""Indonesian citations for quotes: form, verb normalisation, punctuation, missing parts."""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.citation import attribution_verb, cite, citation

QUOTE = ("Jangan pernah takut melahirkan ide-ide hebat untuk membesarkan nama Balai Melati, karena kita "
         "diberikan amanah mendampingi anak-anak yang dianugerahi keistimewaan dari Tuhan")


def test_full_citation_form():
    out = citation(QUOTE, "Puti Chairida Anwar", "Kepala Balai Melati Jakarta", "tegas Puti",
                   "Balai Melati Gelar Inhouse Training Kehumasan", dt.date(2020, 11, 13),
                   "https://example.org/berita/1", organization="Balai Melati Jakarta")
    assert out == (
        f"“{QUOTE},” tegas Kepala Balai Melati Jakarta, Puti Chairida Anwar "
        "(Balai Melati Jakarta, “Balai Melati Gelar Inhouse Training Kehumasan”, 13 November 2020, "
        "https://example.org/berita/1)."
    )


@pytest.mark.parametrize(
    "cue, verb",
    [
        ("tegasnya", "tegas"),
        ("tambah nya", "tambah"),
        ("ujarnya", "ujar"),
        ("kata dia", "kata"),
        ("tutur beliau", "tutur"),
        ("kata Mensos", "kata"),
        ("pungkas Purwanto", "pungkas"),
        ("menyampaikan", "ujar"),
        ("dalam sambutannya menyampaikan", "ujar"),
        ("mengatakan", "kata"),
        ("menegaskan", "tegas"),
        ("menjelaskan", "jelas"),
        ("Jelasnya", "jelas"),
        (None, "ujar"),
        ("", "ujar"),
    ],
)
def test_attribution_verb(cue, verb):
    assert attribution_verb(cue) == verb


@pytest.mark.parametrize(
    "text, body",
    [
        ("Kegiatan ini menjadi prioritas.", "“Kegiatan ini menjadi prioritas,”"),
        ("Jika bukan kita, lantas siapa lagi?", "“Jika bukan kita, lantas siapa lagi?”"),
        ("Tunjukkan kemampuan itu!", "“Tunjukkan kemampuan itu!”"),
        ("“Sudah dengan tanda kutip,”", "“Sudah dengan tanda kutip,”"),
        ("Kami menyebutnya \"rumah kedua\" bagi anak", "“Kami menyebutnya ‘rumah kedua’ bagi anak,”"),
        ("Baris satu.\n\nBaris dua", "“Baris satu. Baris dua,”"),
    ],
)
def test_quote_punctuation(text, body):
    assert citation(text, "Eko Saputra", None, "kata", None, None, None).startswith(body + " kata Eko Saputra")


def test_missing_parts_are_left_out():
    assert citation("Halo", None, None, None, None, None, None) == "“Halo,” ujar narasumber."
    assert citation("Halo", None, "seorang penerima manfaat", "katanya", None, None, None) == (
        "“Halo,” kata seorang penerima manfaat."
    )
    assert citation("Halo", "Purwanto", None, "ujar", "Judul", "2020-11-13", None) == (
        "“Halo,” ujar Purwanto (“Judul”, 13 November 2020)."
    )


def test_role_that_already_names_the_speaker_is_not_repeated():
    out = citation("Halo", "Syam Wuryani", "Kepala Bagian OHH, Syam Wuryani", "ujar", None, None, None)
    assert out == "“Halo,” ujar Kepala Bagian OHH, Syam Wuryani."


def test_cite_takes_a_quote_hit():
    hit = dict(text="Halo", speaker="Syam Wuryani", role="Kepala Bagian OHH", cue="ujar Yani", article_id="a1",
               title="Judul", date=dt.date(2020, 11, 13), channel="Situs Balai Melati", url=None, programs=[],
               start=0, end=4)
    assert cite(**hit) == "“Halo,” ujar Kepala Bagian OHH, Syam Wuryani (Situs Balai Melati, “Judul”, 13 November 2020)."
