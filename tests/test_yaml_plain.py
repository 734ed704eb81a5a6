"""Front matter in the plain `key: value` form is read by hand (yamlpos._simple_located); it must give
exactly what the YAML loader gives, and everything else must still reach the loader and its errors."""
from __future__ import annotations

import pytest

from melati_archive import yamlpos
from melati_archive.archive import ArchiveError, parse_article_text

PLAIN = [
    "title: Warga Desa Sukamaju Terima Bantuan Bibit\ndate: 2023-04-05\nchannel: website\n"
    "url: https://humas.example/berita/2023-04-05-bibit\ntags: [pertanian, desa]\nprograms: [tani]\nfictional: true",
    'title: "Bupati: Jalan Desa Selesai Juni"\ndate: 2021-02-30\nlocation: Kab. Sukamaju\n# catatan redaksi\n\ntags: []',
    "title: Jum'at Bersih\nchannel: 'Media: Sosial'\ndate: 2020-01-01\ntags: [1, true, null, 2019-01-01, Dinas Sosial]\nauthor: null\neditor:",
    "title: Rp1.000 untuk 100% warga, kata Bu Ani\ndate: 2022-07-01\ntitle: Judul Kedua\ntags: [a, b]\ntags: [c]",
    "title: 12\ndate: 2022-07-01 08:30:00\nlanguage: en\nfictional: no\nnear_duplicates: 0x1F\nreview: 1:30",
]


def _by_loader(monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(yamlpos, "_simple_located", lambda *args: None)
        return yamlpos.load_located(text, first_line=2, root_line=1)


def _same(a: yamlpos.Located, b: yamlpos.Located) -> None:
    assert repr(a.data) == repr(b.data)  # repr: True is not 1, a date is not its text
    assert (a.root_line, a.lines, a.duplicates) == (b.root_line, b.lines, b.duplicates)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_front_matter_is_read_as_the_loader_reads_it(monkeypatch, text):
    assert yamlpos._simple_located(text, 2, 1, 64 * 1024) is not None  # the hand reader took it
    _same(yamlpos.load_located(text, first_line=2, root_line=1), _by_loader(monkeypatch, text))


@pytest.mark.parametrize("text", [
    "title: Bupati: Jalan Desa Selesai",          # a second `: ` is the loader's error
    'title: "Jalan Desa\ndate: 2020-01-01',        # an unclosed quote
    "title: Judul\n  date: 2020-01-01",           # indentation
    "overrides:\n  date: 2020-01-01\ntitle: x",    # a nested mapping
    "tags:\n- a\n- b\ntitle: x",                  # a block list
    "title: &a Judul\nauthor: *a",                # anchors and aliases
    'title: "Baris\\tdua"',                       # an escape
    "title: Judul # komentar",                    # a trailing comment
    "tags: [a, [b]]",                             # a nested list
    "on: x\ntitle: y",                            # a key YAML reads as true
    "title:\tJudul",                              # a tab
    "title: Judul\u2028date: 2020-01-01",         # another line break
])
def test_other_forms_go_to_the_loader(monkeypatch, text):
    assert yamlpos._simple_located(text, 2, 1, 64 * 1024) is None
    try:
        expected = ("ok", _by_loader(monkeypatch, text))
    except yamlpos.YamlSyntaxError as exc:
        expected = ("error", exc.line, exc.message)
    try:
        got = ("ok", yamlpos.load_located(text, first_line=2, root_line=1))
    except yamlpos.YamlSyntaxError as exc:
        got = ("error", exc.line, exc.message)
    assert got[0] == expected[0]
    if got[0] == "ok":
        _same(got[1], expected[1])
    else:
        assert got == expected


def test_a_bad_article_reports_the_same_line_and_message():
    text = "---\ntitle: Panen Raya\ndate: 2023-04-05\nchannel: Kata: Dinas\n---\nIsi berita.\n"
    with pytest.raises(ArchiveError) as caught:
        parse_article_text(text, "articles/2023/2023-04-05-panen-raya.md")
    assert caught.value.line == 4 and caught.value.message.startswith("front matter: YAML tidak sah: ")


def test_a_plain_front_matter_over_the_size_limit_is_the_loaders_error():
    text = "tags: [" + ", ".join(["a"] * 30) + "]"
    assert yamlpos._simple_located(text, 2, 1, 100) is None
    with pytest.raises(yamlpos.YamlLimitError):
        yamlpos.load_located(text, first_line=2, root_line=1, max_bytes=len(text) + 10)
