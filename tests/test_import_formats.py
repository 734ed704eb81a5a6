"""The pieces of an importer: page furniture and credits, titles, duplicate keys, feeds and exports."""
from __future__ import annotations

import datetime as dt

import pytest

from melati_archive.errors import ImportFailure
from melati_archive.nlp.furniture import clean_story
from melati_archive.importers.dedup import DedupIndex, jaccard, normalize_url, shingles, text_key
from melati_archive.importers.feed import parse_feed
from melati_archive.importers.html import parse_html
from melati_archive.importers.markdown import parse_markdown
from melati_archive.importers.text import parse_text
from melati_archive.importers.titles import looks_like_title, title_from_story
from melati_archive.importers.wordpress import parse_wordpress


def test_credit_lines_become_metadata_and_furniture_goes():
    cleaned = clean_story(
        "Paragraf satu.\nBACA JUGA: Berita lain\n**Baca juga** Berita lain lagi\nSimak juga: video\n"
        "Penulis: Humas Balai | Editor: Sari Handayani\nPenerjemah : Anindya Putri\n"
        "Facebook Twitter WhatsApp\nBagikan:\nTag: lansia, atensi\nParagraf dua."
    )
    assert cleaned.text == "Paragraf satu.\nParagraf dua."
    assert cleaned.credits == {"author": "Humas Balai", "editor": "Sari Handayani", "translator": "Anindya Putri"}


def test_story_lines_that_only_start_like_furniture_stay():
    text = ("Topik pelatihan ini adalah komunikasi publik.\nBagikan pengalamanmu kepada keluarga, kata Ratna.\n"
            "Editor video balai, Dimas, ikut mengajar.")
    assert clean_story(text).text == text


@pytest.mark.parametrize("line, expected", [
    ("Balai Melati Jakarta Gelar Inhouse Training Kehumasan", True),
    ("Kegiatan berlangsung selama empat hari.", False),
    ("“Jangan takut,” ujar Yani", False),
    ("Satu", False),
])
def test_looks_like_title(line, expected):
    assert looks_like_title(line) is expected


def test_title_from_first_sentence_is_short_and_does_not_dangle():
    story = ("Balai Melati Jakarta menyelenggarakan Kegiatan Inhouse Training Kehumasan untuk meningkatkan "
             "kapasitas SDM balai. Kalimat kedua.")
    assert title_from_story(story) == "Balai Melati Jakarta menyelenggarakan Kegiatan Inhouse Training Kehumasan"
    assert title_from_story("Rapat singkat digelar. Lalu bubar.") == "Rapat singkat digelar"


def test_text_title_line_split_from_body_but_not_a_dateline():
    parsed = parse_text("Judul Berita Balai\nJAKARTA (1 Mei 2021) - Isi.\n", "a.txt")
    assert (parsed.drafts[0].title, parsed.drafts[0].body) == ("Judul Berita Balai", "JAKARTA (1 Mei 2021) - Isi.")
    parsed = parse_text("JAKARTA (1 Mei 2021) - Isi pertama\nIsi kedua.\n", "b.txt")
    assert parsed.drafts[0].title is None and parsed.drafts[0].body.startswith("JAKARTA")


def test_markdown_without_front_matter_and_bad_front_matter():
    parsed = parse_markdown("# Judul Di Sini\n\nBEKASI (1 Mei 2021) - Isi.\n", "c.md")
    assert (parsed.drafts[0].title, parsed.drafts[0].body) == ("Judul Di Sini", "BEKASI (1 Mei 2021) - Isi.")
    with pytest.raises(ImportFailure, match="front matter bukan YAML yang sah pada baris"):
        parse_markdown("---\ntitle: a\ntags: [x\n---\nisi\n", "d.md")
    with pytest.raises(ImportFailure, match="di front matter bukan YYYY-MM-DD"):
        parse_markdown("---\ntitle: a\ndate: kemarin\n---\nisi\n", "e.md")


def test_url_and_text_keys_ignore_cosmetic_differences():
    assert normalize_url("https://www.Kemensos.go.id/berita/a/?utm_source=x#top") == \
        normalize_url("http://kemensos.go.id/berita/a")
    assert normalize_url("https://kemensos.go.id/berita?id=1") != normalize_url("https://kemensos.go.id/berita?id=2")
    # a link archived with a share parameter is the page a new import stores without it
    assert normalize_url("https://dinsos.example.go.id/berita/42?igshid=abc&msclkid=9") == \
        normalize_url("https://dinsos.example.go.id/berita/42")
    assert text_key("“Kami siap,” ujar  Puti.\r\n") == text_key('"kami siap," ujar Puti')
    assert text_key("Kami siap") != text_key("Kami tidak siap")


def test_near_duplicate_search_finds_rewrites_not_strangers():
    base = " ".join(f"kata{i}" for i in range(200))
    rewrite = base.replace("kata50 ", "lain ").replace("kata150 ", "lain ")
    stranger = " ".join(f"beda{i}" for i in range(200))
    index = DedupIndex()
    index.add("2021-01-01-a", "archive/articles/2021/2021-01-01-a.md", None, base)
    index.add("2021-01-02-b", "archive/articles/2021/2021-01-02-b.md", None, stranger)
    found = index.near(shingles(rewrite))
    assert [entry.article_id for entry, _ in found] == ["2021-01-01-a"]
    assert found[0][1] == pytest.approx(jaccard(shingles(base), shingles(rewrite)))
    assert index.near(shingles(" ".join(f"lain{i}" for i in range(200)))) == []


def test_html_without_a_story_fails():
    with pytest.raises(ImportFailure, match="tidak ada teks berita"):
        parse_html("<html><body><nav><a href='/'>Beranda</a></nav></body></html>", "x.html")


def test_page_credits_outside_the_story_are_found():
    page = ("<html><head><title>Judul</title></head><body><article><h1>Judul Berita Balai Kenanga</h1>"
            + "".join(f"<p>Kalimat cerita nomor {i} tentang kegiatan pelatihan di balai yang panjang.</p>"
                      for i in range(8))
            + "</article><div class='credit'><span>Penulis : Humas Kenanga</span></div></body></html>")
    draft = parse_html(page, "x.html").drafts[0]
    assert draft.author == "Humas Kenanga"
    assert "Penulis" not in draft.body


def test_feed_malformed_or_empty_fails():
    with pytest.raises(ImportFailure, match="feed rusak|feed tidak berisi satu berita pun"):
        parse_feed("<rss><channel><item><title>x", "a.xml")
    with pytest.raises(ImportFailure, match="feed tidak berisi satu berita pun"):
        parse_feed('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "b.xml")


def test_wordpress_entity_bomb_is_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            '<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>&b;</title></item></channel></rss>')
    with pytest.raises(ImportFailure):
        parse_wordpress(bomb, "bom.xml")


def test_derived_title_never_opens_inside_a_quote():
    story = (
        "“Bagus,” ujar Purwanto tentang kafe itu. Balai Melati membuka kafe latihan kerja "
        "di Jakarta Timur pada Senin."
    )
    title = title_from_story(story)
    assert title.startswith("Balai Melati membuka kafe")
    assert not any(mark in title for mark in "\"“”")


def test_derived_title_from_a_story_that_is_all_speech_has_no_stray_marks():
    title = title_from_story("“Bagus sekali hasilnya,” ujar Purwanto.")
    assert title == "Bagus sekali hasilnya, ujar Purwanto"


def test_clipped_title_loses_the_emphasis_marks_a_saved_page_left():
    from melati_archive.importers.titles import clip_title

    assert clip_title("*Pemkab Sukamekar Dirikan Dapur Umum**") == "Pemkab Sukamekar Dirikan Dapur Umum"


def test_a_feed_item_with_an_unreadable_date_imports_without_a_deprecation_warning():
    # a pubDate no reader understands: the item is imported undated (the import marks it for
    # review), without asking feedparser for the "updated" it maps with a deprecation warning
    import warnings

    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar (fiktif)</title>'
           "<item><title>Posko Dibuka</title><pubDate>Kamis pagi</pubDate>"
           "<description>BEKASI - Posko pengaduan dibuka di kantor kelurahan.</description></item>"
           "</channel></rss>")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        parsed = parse_feed(rss, "f.xml")
    assert [d.date for d in parsed.drafts] == [None]


def _rss_item(date_xml: str) -> str:
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            "<title>Kabar (fiktif)</title><item><title>Posko Dibuka</title>" + date_xml
            + "<description>BEKASI - Posko pengaduan dibuka di kantor kelurahan.</description></item></channel></rss>")


@pytest.mark.parametrize("date_xml, day", [
    ("<pubDate>Sun, 06 Dec 2026 20:30:00 GMT</pubDate>", 7),  # 03:30 WIB on the 7th, as the page shows it
    ("<pubDate>Sun, 06 Dec 2026 20:30:00 +0000</pubDate>", 7),
    ("<dc:date>2026-12-06T20:30:00Z</dc:date>", 7),
    ("<pubDate>Sun, 06 Dec 2026 23:30:00 +0700</pubDate>", 6),  # a WIB time keeps its day
    ("<pubDate>Mon, 07 Dec 2026 00:30:00 +0800</pubDate>", 7),  # so does a WITA one
])
def test_feed_time_with_a_zone_is_read_as_its_day_in_indonesia(date_xml, day):
    assert parse_feed(_rss_item(date_xml), "f.xml").drafts[0].date == dt.date(2026, 12, day)


@pytest.mark.parametrize("value", ["2026-12-06", "2026-12-06T20:30:00"])
def test_feed_date_without_a_zone_is_the_day_written(value):
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>"
            f"<entry><title>Posko Dibuka</title><id>a</id><published>{value}</published>"
            "<content type='text'>BEKASI - Posko pengaduan dibuka di kantor kelurahan.</content></entry></feed>")
    assert parse_feed(atom, "f.xml").drafts[0].date == dt.date(2026, 12, 6)


def test_feed_and_page_give_one_day_for_one_utc_moment():
    page = ("<html lang='id'><head><meta property='article:published_time' content='2026-12-06T20:30:00Z'></head>"
            "<body><article><h1>Posko Pengaduan Dibuka di Kantor Kelurahan</h1><p>BEKASI - Posko pengaduan dibuka di "
            "kantor kelurahan untuk warga yang belum menerima bantuan.</p></article></body></html>")
    from_page = parse_html(page, "x.html").drafts[0].date
    from_feed = parse_feed(_rss_item("<dc:date>2026-12-06T20:30:00Z</dc:date>"), "f.xml").drafts[0].date
    assert from_page == from_feed == dt.date(2026, 12, 7)


def _wordpress_item(dates: str) -> str:
    return ('<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>x</title><item>'
            "<title>Posko Dibuka</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>" + dates
            + "<content:encoded>BEKASI - Posko pengaduan dibuka di kantor kelurahan untuk warga.</content:encoded>"
            "</item></channel></rss>")


def test_wordpress_post_date_is_the_sites_own_day_and_gmt_is_read_in_indonesia():
    local = _wordpress_item("<wp:post_date>2026-12-06 23:30:00</wp:post_date>"
                            "<wp:post_date_gmt>2026-12-06 16:30:00</wp:post_date_gmt>")
    assert parse_wordpress(local, "w.xml").drafts[0].date == dt.date(2026, 12, 6)
    gmt_only = _wordpress_item("<wp:post_date_gmt>2026-12-06 20:30:00</wp:post_date_gmt>")
    assert parse_wordpress(gmt_only, "w.xml").drafts[0].date == dt.date(2026, 12, 7)


def _article_html(*paragraphs: str, h1: str = "Dinsos Sukamekar Dirikan Dapur Umum di Lokasi Longsor") -> str:
    return ("<html lang='id'><head><title>" + h1 + " | Situsku</title></head><body><article><h1>" + h1 + "</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")


def test_html_story_loses_the_bylines_date_lines_and_link_blocks_a_line_alone_cannot_tell():
    story = ("Sukamekar - Dinas Sosial Kabupaten Sukamekar mendirikan dapur umum di Desa Cibening untuk melayani "
             "ratusan warga yang mengungsi akibat longsor sejak awal pekan.")
    speech = "\"Setiap hari kami siapkan 900 bungkus nasi,\" ujar Kepala Bidang Perlindungan Sosial, Asep Sunandar."
    draft = parse_html(_article_html(
        "Fajar Nugraha - Situsku", "Selasa, 12 Mar 2024 14:20 WIB", story, "Baca Juga :",
        "Warga Sukamekar Antusias Ikuti Donor Darah", speech, "Dapur umum beroperasi sampai masa tanggap darurat.",
        "Populer", "Harga Cabai di Pasar Sukamekar Naik Lagi"), "x.html").drafts[0]
    assert draft.title == "Dinsos Sukamekar Dirikan Dapur Umum di Lokasi Longsor"
    assert draft.date == dt.date(2024, 3, 12)
    for furniture in ("Fajar Nugraha", "12 Mar 2024", "Donor Darah", "Harga Cabai"):
        assert furniture not in draft.body
    assert draft.body.startswith("Sukamekar - Dinas Sosial") and "900 bungkus" in draft.body


def test_html_story_whose_first_paragraph_is_short_keeps_it():
    draft = parse_html(_article_html(
        "Bantuan sudah tiba di posko.",
        "Dinas Sosial Kabupaten Sukamekar mengirim beras, selimut dan tikar untuk ratusan warga yang mengungsi akibat "
        "longsor di Desa Cibening sejak awal pekan ini, dan akan menambah kiriman bila kebutuhan pengungsi terus "
        "bertambah selama masa tanggap darurat berlangsung.",
        "Penyaluran dilakukan bersama relawan desa."), "y.html").drafts[0]
    assert draft.body.startswith("Bantuan sudah tiba di posko.")


def test_html_story_whose_first_sentence_repeats_the_headline_keeps_it():
    h1 = "Warga Cibening Kini Punya Posyandu Lansia"
    draft = parse_html(_article_html(
        "Warga Cibening kini punya posyandu lansia.",
        "Posyandu yang dibangun dengan dana desa itu diresmikan oleh Kepala Desa Cibening bersama petugas puskesmas "
        "dan kader kesehatan setempat pada akhir pekan lalu.", h1=h1), "z.html").drafts[0]
    assert draft.title == h1 and draft.body.startswith("Warga Cibening kini punya posyandu lansia.")


# --- Session 13: the markup's title and published moment ---------------------------------------

_S13_STORY = ("<p>SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mengantar makanan setiap pagi bagi 300 warga lanjut "
              "usia yang tinggal sendiri di tujuh kecamatan.</p><p>Program ini dibiayai anggaran daerah sampai akhir "
              "tahun dan diawasi pendamping sosial di setiap desa.</p>")


def _s13_page(head: str, article: str) -> str:
    return f"<html lang='id'><head>{head}</head><body><article>{article}</article></body></html>"


def test_html_og_title_loses_the_sites_web_address():
    head = ("<title>Dinsos Antar Makanan untuk Lansia Halaman all - Situsku.com</title>"
            "<meta property='og:title' content='Dinsos Antar Makanan untuk Lansia - Situsku.com'>")
    draft = parse_html(_s13_page(head, "<h1>Dinsos Antar Makanan untuk Lansia</h1>" + _S13_STORY), "x.html").drafts[0]
    assert draft.title == "Dinsos Antar Makanan untuk Lansia"


@pytest.mark.parametrize("published, day", [
    ("2026-12-06T20:30:00Z", 7),  # 03:30 WIB on the 7th: the day the page shows
    ("2026-12-06T20:30:00+00:00", 7),
    ("2026-12-07T00:30:00+08:00", 7),  # a WITA morning keeps its own day
    ("2026-12-06T23:30:00+07:00", 6),
])
def test_html_published_moment_is_read_as_a_day_in_indonesia(published, day):
    head = f"<title>Dinsos Antar Makanan</title><meta property='article:published_time' content='{published}'>"
    draft = parse_html(_s13_page(head, "<h1>Dinsos Antar Makanan untuk Lansia</h1>" + _S13_STORY), "x.html").drafts[0]
    assert draft.date == dt.date(2026, 12, day)


def test_html_json_ld_published_wins_over_modified():
    head = ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"dateModified\":\"2026-12-09T08:00:00+07:00\","
            "\"datePublished\":\"2026-12-07T10:15:00+07:00\"}</script>")
    draft = parse_html(_s13_page(head, "<h1>Dinsos Antar Makanan untuk Lansia</h1>" + _S13_STORY), "x.html").drafts[0]
    assert draft.date == dt.date(2026, 12, 7)


def test_html_theme_with_the_site_name_in_its_h1_takes_the_headline_from_the_title_tag():
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan untuk Lansia &#8211; Dinas Sosial Sukamekar</title></head>"
            "<body><div class='site-branding'><h1 class='site-title'>Dinas Sosial Sukamekar</h1></div><main><article>"
            "<h2 class='entry-title'>Dinsos Antar Makanan untuk Lansia</h2>" + _S13_STORY + "</article></main></body></html>")
    assert parse_html(page, "x.html").drafts[0].title == "Dinsos Antar Makanan untuk Lansia"


def test_html_date_from_a_related_items_time_or_an_updated_time_is_not_the_pages():
    aside = ("<aside class='related'><h3>Berita Terkait</h3><ul><li><a href='/x'>Dinsos Data Lansia</a>"
             "<time datetime='2026-11-30'>30 November 2026</time></li></ul></aside>")
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan</title></head><body>" + aside
            + "<article><h1>Dinsos Antar Makanan untuk Lansia</h1>" + _S13_STORY + "</article></body></html>")
    assert parse_html(page, "x.html").drafts[0].date is None
    # an updated time only, and the page's own date line: the date line
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan</title><meta property='og:updated_time' "
            "content='2026-11-30T08:00:00+07:00'></head><body><article><h1>Dinsos Antar Makanan untuk Lansia</h1>"
            "<p>Senin, 23 November 2026</p>" + _S13_STORY + "</article></body></html>")
    assert parse_html(page, "x.html").drafts[0].date == dt.date(2026, 11, 23)


def test_html_time_elements_side_by_side_stay_apart():
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan</title></head><body><article>"
            "<h1>Dinsos Antar Makanan untuk Lansia</h1><div>Posted on <time class='entry-date published' "
            "datetime='2026-11-23T10:00:00'>23 November 2026</time><time class='updated' datetime='2026-11-25T10:00:00'>"
            "25 November 2026</time></div>" + _S13_STORY + "</article></body></html>")
    assert parse_html(page, "x.html").drafts[0].date == dt.date(2026, 11, 23)


def test_html_published_label_without_zone_and_pager_in_title():
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan untuk Lansia Halaman all - Situsku.com</title>"
            "<meta name='pubdate' content='2026-11-23'></head><body><div class='read'>" + _S13_STORY
            + "</div></body></html>")
    draft = parse_html(page, "x.html").drafts[0]
    assert draft.date == dt.date(2026, 11, 23) and draft.title == "Dinsos Antar Makanan untuk Lansia"


def test_html_word_export_and_forwarded_mail_take_the_headline_from_the_text():
    page = ("<html><head><meta charset='utf-8'><title>Fwd: Siaran Pers Dinsos</title></head><body>"
            "<div>---------- Forwarded message ---------<br>Date: Rab, 9 Des 2026 pukul 10.15<br>Subject: Siaran Pers</div>"
            "<div><b>Dinsos Antar Makanan untuk Lansia</b></div><div>Sukamekar, 7 Desember 2026 – Dinas Sosial "
            "Kabupaten Sukamekar mengantar makanan setiap pagi bagi 300 warga lanjut usia di tujuh kecamatan.</div>"
            "</body></html>")
    draft = parse_html(page, "x.html").drafts[0]
    assert draft.title == "Dinsos Antar Makanan untuk Lansia" and draft.date == dt.date(2026, 12, 7)


def test_html_an_old_sites_office_name_as_title_gives_way_to_the_headline_in_the_text():
    page = ("<html><head><meta charset='utf-8'><title>Dinas Sosial Kabupaten Sukamekar</title></head><body><table><tr><td>"
            "<font size=4><b>Dinsos Antar Makanan untuk Lansia</b></font><br>Senin, 07 Desember 2026<br><br>"
            "SUKAMEKAR - Dinas Sosial Kabupaten Sukamekar mengantar makanan setiap pagi bagi 300 warga lanjut usia "
            "yang tinggal sendiri.</td></tr></table></body></html>")
    draft = parse_html(page, "x.html").drafts[0]
    assert draft.title == "Dinsos Antar Makanan untuk Lansia" and draft.date == dt.date(2026, 12, 7)


def test_html_draft_takes_the_place_the_page_reading_finds_in_the_dateline():
    page = ("<html lang='id'><head><title>Dinsos Antar Makanan untuk Lansia</title></head><body><article>"
            "<h1>Dinsos Antar Makanan untuk Lansia</h1><p>Senin, 7 Desember 2026</p>"
            "<p>Muara Cibening – Dinas Sosial Kabupaten Sukamekar mengantar makanan setiap pagi bagi 300 warga "
            "lanjut usia yang tinggal sendiri.</p></article></body></html>")
    assert parse_html(page, "x.html").drafts[0].location == "Muara Cibening"


def test_html_the_one_h1_is_the_headline_when_the_title_tags_are_a_version_for_sharing():
    page = ("<html lang='id'><head><title>Lansia Kini Dapat Makanan Tiap Pagi | Situsku</title>"
            "<meta property='og:title' content='Lansia Kini Dapat Makanan Tiap Pagi'></head><body><article>"
            "<h1>Dinsos Antar Makanan untuk Lansia</h1><p>Senin, 7 Desember 2026</p>" + _S13_STORY + "</article></body></html>")
    assert parse_html(page, "x.html").drafts[0].title == "Dinsos Antar Makanan untuk Lansia"
    # two <h1> (a logo and the headline): the markup's title stays
    page = page.replace("<article>", "<header><h1>Situsku Berita Daerah Terkini</h1></header><article>")
    assert parse_html(page, "x.html").drafts[0].title == "Lansia Kini Dapat Makanan Tiap Pagi"


_LIST_PAGE = ["Berita Terbaru",
              "Dinsos Antar Makanan untuk Lansia", "7 Desember 2026",
              "SUKAMEKAR - Dinas Sosial menyalurkan makanan kepada 300 warga lanjut usia ... Selengkapnya",
              "Bupati Resmikan Taman Lansia di Cibening", "5 Desember 2026",
              "CIBENING - Bupati meresmikan taman lansia di pusat kecamatan pada Sabtu pagi ... Selengkapnya"]


def test_a_list_page_pasted_as_text_is_refused_as_no_single_article():
    with pytest.raises(ImportFailure, match="daftar berita"):
        parse_text("\n".join(_LIST_PAGE) + "\n", "daftar.txt")


def test_a_list_page_saved_as_html_is_refused_as_no_single_article():
    html = ("<html lang='id'><head><title>Berita Terbaru | Situsku</title></head><body><main>"
            + "".join(f"<p>{line}</p>" for line in _LIST_PAGE) + "</main></body></html>")
    with pytest.raises(ImportFailure, match="daftar berita"):
        parse_html(html, "daftar.html")


@pytest.mark.parametrize("pub_date", ["Sen, 07 Des 2026 10:15:00 +0700", "Senin, 07 Desember 2026 10:15:00 +0700",
                                      "Mon, 07 Dec 2026 10:15:00 WIB"])
def test_feed_dates_with_indonesian_names_or_a_zone_name_are_read(pub_date):
    assert parse_feed(_rss_item(f"<pubDate>{pub_date}</pubDate>"), "f.xml").drafts[0].date == dt.date(2026, 12, 7)


def test_html_pubdate_in_rfc_822_is_read_as_its_day_in_indonesia():
    page = ("<html lang='id'><head><meta name='pubdate' content='Sun, 06 Dec 2026 20:30:00 GMT'></head><body><article>"
            "<h1>Posko Pengaduan Dibuka di Kantor Kelurahan</h1><p>BEKASI - Posko pengaduan dibuka di kantor kelurahan "
            "untuk warga yang belum menerima bantuan.</p></article></body></html>")
    assert parse_html(page, "x.html").drafts[0].date == dt.date(2026, 12, 7)


def test_html_pdf_export_footer_written_on_each_page_leaves_the_story():
    footer = "<p>Jl. Merdeka No. 7 Bekasi | Telp. (021) 554433</p>"
    page = ("<html lang='id'><head><title>Siaran Pers</title></head><body><div><p>Posko Pengaduan Dibuka di Kelurahan</p>"
            "<p>BEKASI, 7 Desember 2026 - Posko pengaduan dibuka di kantor kelurahan untuk warga yang belum menerima "
            "bantuan.</p>" + footer + "</div><div><p>Petugas melayani warga setiap hari kerja sampai akhir bulan ini.</p>"
            + footer + "</div></body></html>")
    body = parse_html(page, "x.html").drafts[0].body
    assert "Telp." not in body and "sampai akhir bulan" in body


def test_html_category_page_of_teasers_is_refused():
    items = "".join(f"<article><h2>Judul Berita Nomor {n} Tentang Lansia</h2><time datetime='2026-12-0{n}'>{n} Desember 2026"
                    f"</time><p>Ringkasan berita nomor {n} tentang layanan bagi warga lanjut usia … Selengkapnya</p></article>"
                    for n in (3, 5, 7))
    page = f"<html lang='id'><head><title>Kategori Sosial</title></head><body><main>{items}</main></body></html>"
    with pytest.raises(ImportFailure, match="daftar berita"):
        parse_html(page, "x.html")


def test_a_short_html_story_read_as_one_line_gets_the_pages_lines_back():
    page = ("<html lang='id'><head><title>LIVE: Pasar Murah di Alun-alun - Situs</title></head><body><article>"
            "<h1>LIVE: Pasar Murah di Alun-alun</h1><div><time>10:15 WIB</time><p>Stok minyak goreng habis sebelum pukul "
            "sepuluh, panitia menambah dua ratus liter dari gudang.</p></div><div><time>08:00 WIB</time><p>Warga mulai antre "
            "di depan panggung sejak subuh untuk membeli paket sembako murah.</p></div></article></body></html>")
    body = parse_html(page, "live.html").drafts[0].body
    assert body.split("\n") == ["Stok minyak goreng habis sebelum pukul sepuluh, panitia menambah dua ratus liter dari gudang.",
                                "Warga mulai antre di depan panggung sejak subuh untuk membeli paket sembako murah."]


def test_html_page_two_drops_the_dek_over_its_credits():
    dek = "Ratusan rumah di Cibening rusak diterjang angin kencang sejak Minggu malam."
    quote = "\"Paket kami antar sampai ke rumah supaya warga tidak perlu antre,\" kata Kepala Dinas Sosial, Rahmat Hidayat."
    more = "Petugas juga mendata rumah yang atapnya rusak untuk diperbaiki bersama warga."
    page = ("<html><head><title>Dinsos Bagikan Sembako untuk Korban Angin | Situs Berita</title></head><body><article>"
            "<p>Berita Viral</p><h1>Dinsos Bagikan Sembako untuk Korban Angin</h1>"
            f"<p>{dek}</p><p>Penulis: Rina Marlina | Editor: Dodi Pratama</p><p>{quote}</p><p>{more}</p>"
            "</article></body></html>")
    draft = parse_html(page, "halaman-2.html").drafts[0]
    assert dek not in draft.body
    assert more in draft.body and "tidak perlu antre" in draft.body


@pytest.mark.parametrize("story, title", [
    ("Kabarku.com - Dinas Sosial Sukamekar membagikan paket sembako kepada korban angin kencang di Cibening.",
     "Dinas Sosial Sukamekar membagikan paket sembako kepada korban angin kencang"),
    ("CIBENING (Kabarku): 300 keluarga korban angin kencang menerima paket sembako dari dinas.",
     "300 keluarga korban angin kencang menerima paket sembako dari dinas"),
    ("Cibening,kabarku.com. – Dinas Sosial Sukamekar membagikan paket sembako kepada warga.",
     "Dinas Sosial Sukamekar membagikan paket sembako kepada warga"),
])
def test_title_from_story_leaves_out_the_outlet_or_place_opening_it(story, title):
    assert title_from_story(story) == title


def test_title_from_story_keeps_a_colon_after_an_office():
    story = "Kepala Dinas Sosial: bantuan untuk korban angin kencang cair pekan ini."
    assert title_from_story(story).startswith("Kepala Dinas Sosial:")
