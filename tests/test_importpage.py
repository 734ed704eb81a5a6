"""The search page's import part (importpage): a pasted address or picked files into the archive and the index,
each source's outcome named as the user gave it. Real archive, real whoosh index, real HTTP server on this machine."""
from __future__ import annotations

from pathlib import Path

import pytest

from melati_archive.api import Archive
from melati_archive.importpage import MOST_FILES, import_address, import_uploads, safe_upload_name, uploaded_files

from conftest import empty_archive, local_site, page_handler

DATA = Path(__file__).parent / "data" / "import"
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinsos Sukamaju Latih Pendamping Lansia</title>
</head><body><article><h1>Dinsos Sukamaju Latih Pendamping Lansia</h1><p>Selasa, 1 Desember 2026</p>
<p>SUKAMAJU – Dinas Sosial Kabupaten Sukamaju melatih 40 pendamping lanjut usia di aula kantor dinas pada Selasa,
membekali mereka cara merawat lansia yang tinggal sendiri.</p>
<p>"Pendamping adalah orang pertama yang tahu bila lansia butuh pertolongan," kata Kepala Dinas Sosial Sukamaju
Rina Marlina.</p></article></body></html>"""


@pytest.fixture(scope="module")
def site():
    routes = {"/berita/pendamping-lansia": (200, "text/html; charset=utf-8", PAGE.encode("utf-8"))}
    with local_site(page_handler(routes)) as address:
        yield address


@pytest.fixture
def arc(tmp_path):
    return Archive.open(empty_archive(tmp_path / "home"))


def test_a_pasted_address_is_imported_indexed_and_found(site, arc):
    out = import_address(arc, "  " + site + "/berita/pendamping-lansia \n")
    assert out.error == "" and out.created == 1
    assert out.lines[0] == ("dibuat", "archive/articles/2026/2026-12-01-dinsos-sukamaju-latih-pendamping-lansia.md")
    assert out.index.startswith("Indeks diperbarui: 1 berita baru")
    hits = arc.search("pendamping lansia").hits
    assert [h.title for h in hits] == ["Dinsos Sukamaju Latih Pendamping Lansia"]


def test_the_same_address_again_is_skipped_and_says_where_it_is(site, arc):
    url = site + "/berita/pendamping-lansia"
    first = import_address(arc, url)
    again = import_address(arc, url)
    assert again.created == 0
    assert again.lines == [("dilewati", f"{url}: duplikat: URL sama (sudah ada: {first.lines[0][1]})")]


@pytest.mark.parametrize("typed, words", [
    ("", ["Alamat halaman:", "tempel dulu"]),
    ("pendamping lansia", ["Alamat halaman:", "bukan alamat halaman web", "https://"]),
])
def test_a_field_without_an_address_says_what_to_type(arc, typed, words):
    out = import_address(arc, typed)
    assert out.created == 0 and out.lines == []
    for word in words:
        assert word in out.error
    assert 'class="melati-error"' in out.html()


def test_an_address_without_a_page_fails_in_one_line(site, arc):
    out = import_address(arc, site + "/hilang")
    assert out.created == 0
    assert len(out.lines) == 1 and out.lines[0][0] == "gagal"
    assert "menjawab 404" in out.lines[0][1] and "\n" not in out.lines[0][1]


def test_picked_files_are_imported_and_named_as_picked(arc):
    uploads = [("siaran lama.txt", (DATA / "hut-balai-humas.txt").read_bytes()),
               ("kosong.txt", b""),
               ("berita.html", (DATA / "berita-kemensos.html").read_bytes())]
    out = import_uploads(arc, uploads)
    assert out.created == 2
    kinds = [kind for kind, _ in out.lines]
    assert kinds.count("dibuat") == 2 and kinds.count("gagal") == 1
    failed = [text for kind, text in out.lines if kind == "gagal"][0]
    assert failed.startswith("kosong.txt: berkas kosong")  # the name the user picked, not a temporary path
    assert "melati-unggah" not in out.html()
    assert out.summary == "2 dibuat, 0 dilewati, 1 gagal."


@pytest.mark.parametrize("name, safe", [
    ("../../siaran.txt", "siaran.txt"),
    ("C:\\Users\\humas\\rilis.docx", "rilis.docx"),
    ("..", "berkas"),
    ("rilis: HUT/Balai?.pdf", "Balai_.pdf"),
    ("", "berkas"),
])
def test_a_picked_files_name_cannot_leave_the_temporary_folder(name, safe):
    assert safe_upload_name(name) == safe


def test_no_files_or_too_many_say_what_to_do(arc):
    assert "pilih dulu berkas" in import_uploads(arc, []).error
    many = import_uploads(arc, [(f"{i}.txt", b"x") for i in range(MOST_FILES + 1)])
    assert "terlalu banyak" in many.error and "melati import FOLDER" in many.error


def test_the_outcome_escapes_what_a_file_name_holds(arc):
    out = import_uploads(arc, [("<b>aneh</b>.txt", b"")])
    assert "<b>aneh</b>" not in out.html() and "&lt;b&gt;aneh&lt;/b&gt;" in out.html()


def test_the_upload_widgets_value_becomes_names_and_bytes():
    value = ({"name": "a.txt", "type": "text/plain", "size": 3, "content": memoryview(b"abc")},
             {"name": "b.pdf", "content": memoryview(b"%PDF")})
    assert uploaded_files(value) == [("a.txt", b"abc"), ("b.pdf", b"%PDF")]
    assert uploaded_files(()) == []
