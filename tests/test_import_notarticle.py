"""importers.notarticle: a saved page that is no article (an error page, a bot check, a removed item) is refused
by the text and HTML imports with one Indonesian line; an article that mentions such words is imported."""
from __future__ import annotations

import pytest

from melati_archive.errors import ImportFailure
from melati_archive.importers.html import parse_html
from melati_archive.importers.text import parse_text

MENU = ["Beranda", "Profil", "Berita", "Layanan", "Kontak"]


@pytest.mark.parametrize("lines, word", [
    (MENU + ["404", "Halaman Tidak Ditemukan", "Maaf, alamat yang Anda buka tidak tersedia lagi di situs ini.",
             "Kembali ke Beranda"], "404"),
    (["Just a moment...", "Checking if the site connection is secure",
      "dinsos.example.go.id needs to review the security of your connection before proceeding."], "keamanan"),
    (MENU + ["Artikel ini telah dihapus oleh pengelola situs.", "Silakan membaca berita lain di halaman utama."], "dihapus"),
    (["Akses Ditolak", "Anda tidak memiliki izin untuk membuka halaman ini di server kami."], "403"),
    (["Situs sedang dalam perbaikan", "Kami akan segera kembali melayani Anda, terima kasih atas kesabarannya."], "perbaikan"),
])
def test_a_text_page_that_is_no_article_is_refused_in_one_line(lines, word):
    with pytest.raises(ImportFailure) as err:
        parse_text("\n".join(lines) + "\n", "galat.txt")
    assert word in str(err.value) and "\n" not in str(err.value) and "bukan berita" in str(err.value)


def test_an_html_error_page_is_refused_by_its_title():
    page = ("<html lang='id'><head><title>404 Not Found</title></head><body><nav>Beranda Profil Berita</nav>"
            "<main><p>Maaf, alamat yang Anda buka tidak tersedia lagi. Silakan kembali ke beranda atau cari berita lain "
            "melalui kotak pencarian di atas.</p></main></body></html>")
    with pytest.raises(ImportFailure, match="404"):
        parse_html(page, "galat.html")


def test_a_story_about_a_missing_page_is_imported():
    story = ("SUKAMEKAR – Warga mengeluhkan laman pendaftaran bantuan milik Dinas Sosial yang sejak Senin hanya "
             "menampilkan tulisan halaman tidak ditemukan. Kepala Dinas Sosial, Wulan Sari, mengatakan server sedang "
             "dipindahkan dan laman itu akan kembali normal paling lambat Rabu. Selama perbaikan, warga dapat mendaftar "
             "langsung di kantor desa masing-masing dengan membawa kartu keluarga dan KTP.")
    text = "Laman Bansos Sukamekar Sempat Tak Bisa Dibuka\n404\n" + story + "\n"
    draft = parse_text(text, "berita.txt").drafts[0]
    assert "server sedang dipindahkan" in draft.body


def test_a_login_wall_is_refused():
    with pytest.raises(ImportFailure, match="login"):
        parse_text("Masuk untuk melanjutkan\nSilakan masuk atau daftar untuk membaca berita ini.\nMasuk\nDaftar\n", "x.txt")


def test_a_page_of_menus_only_is_refused():
    with pytest.raises(ImportFailure, match="tidak ada teks berita"):
        parse_text("\n".join(MENU + ["Visi dan Misi", "Struktur Organisasi", "© 2026 Dinas Sosial"]) + "\n", "menu.txt")


def test_a_one_sentence_text_is_still_imported():
    assert parse_text("JAKARTA (1 Mei 2021) - Rapat digelar.\n", "a.txt").drafts[0].body


@pytest.mark.parametrize("headline", ["404 Keluarga Terima Bantuan Beras", "Halaman Tidak Ditemukan, Warga Bingung",
                                      "403 Warga Antre Bansos"])
def test_a_short_story_whose_headline_opens_like_an_error_is_imported(headline):
    text = f"{headline}\nSUKAMEKAR – Dinas Sosial menyalurkan beras kepada warga di lima desa pada Senin pagi.\n"
    assert parse_text(text, "a.txt").drafts[0].title == headline
