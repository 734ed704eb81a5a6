"""Hard-wrapped text (a PDF's text, an e-mail, a file written at 70 columns) reads as its paragraphs:
a name or a cue on the next line, a full stop inside a quote left open, a title before a name at a
line's end; a headline never runs into the dateline under it; a link, a caption or a byline wrapped
over two lines leaves the story whole; a text that is not wrapped is read line by line as before."""
from __future__ import annotations

from melati_archive.nlp.extract import extract
from melati_archive.nlp.normalize import normalize
from melati_archive.nlp.wraps import wrap_of
from melati_archive.nlp.page import read_page

# fictional release written for this test: each paragraph, and the same wrapped near 70 columns
PARAGRAPHS = [
    "Balai Salurkan Bantuan bagi Korban Banjir di Kecamatan Sukamaju",
    "SUKAMAJU (4/9) – Balai Melati Jakarta menyalurkan bantuan logistik bagi 300 keluarga terdampak "
    "banjir di Kecamatan Sukamaju, Rabu.",
    "Bantuan diterima langsung oleh Kepala Puskesmas Sukamaju, dr. Rina Marlina, yang memimpin posko "
    "kesehatan sejak hari pertama.",
    '"Kami hadir untuk memastikan tidak ada warga yang kekurangan makanan," kata Rina.',
    "Sementara itu, Koordinator Taruna Siaga Bencana Jawa Barat, Asep Hidayat, mengatakan dapur umum "
    "mampu menyediakan ribuan bungkus nasi per hari bagi para pengungsi di tiga lokasi.",
    '"Dapur umum buka sejak subuh setiap hari tanpa libur selama darurat. Relawan kami bergantian '
    'memasak untuk semua pengungsi," ujar Asep.',
    "Baca juga: Balai Melati Buka Layanan Dukungan Psikososial bagi Anak Korban Banjir di Tiga Kecamatan",
    "Kepala Balai Melati Jakarta, Sri Wahyuni (kiri), menyerahkan bantuan kepada warga di posko "
    "pengungsian Sukamaju. (Foto: Humas Balai)",
    "Petugas kesehatan membagikan obat-obatan. Layanan konseling juga dibuka bagi anak-anak di posko "
    "pengungsian sepanjang pekan ini. (Dewi Kusuma Lestari)",
]
WRAPPED_LINES = [
    "Balai Salurkan Bantuan bagi Korban Banjir di Kecamatan Sukamaju",
    "SUKAMAJU (4/9) – Balai Melati Jakarta menyalurkan bantuan logistik",
    "bagi 300 keluarga terdampak banjir di Kecamatan Sukamaju, Rabu.",
    "",
    "Bantuan diterima langsung oleh Kepala Puskesmas Sukamaju, dr.",
    "Rina Marlina, yang memimpin posko kesehatan sejak hari pertama.",
    "",
    '"Kami hadir untuk memastikan tidak ada warga yang kekurangan makanan,"',
    "kata Rina.",
    "",
    "Sementara itu, Koordinator Taruna Siaga Bencana Jawa Barat, Asep",
    "Hidayat, mengatakan dapur umum mampu menyediakan ribuan bungkus nasi",
    "per hari bagi para pengungsi di tiga lokasi.",
    "",
    '"Dapur umum buka sejak subuh setiap hari tanpa libur selama darurat.',
    'Relawan kami bergantian memasak untuk semua pengungsi," ujar Asep.',
    "",
    "Baca juga: Balai Melati Buka Layanan Dukungan Psikososial bagi Anak",
    "Korban Banjir di Tiga Kecamatan",
    "",
    "Kepala Balai Melati Jakarta, Sri Wahyuni (kiri), menyerahkan bantuan",
    "kepada warga di posko pengungsian Sukamaju. (Foto: Humas Balai)",
    "",
    "Petugas kesehatan membagikan obat-obatan. Layanan konseling dibuka",
    "bagi anak-anak di posko pengungsian sepanjang pekan ini. (Dewi Kusuma",
    "Lestari)",
]
WRAPPED = "\n".join(WRAPPED_LINES) + "\n"
UNWRAPPED = "\n".join(p.replace("Layanan konseling juga dibuka", "Layanan konseling dibuka") for p in PARAGRAPHS) + "\n"


def reading(text: str):
    out = extract(text)
    return (out.title, out.date, out.location, sorted((p.name, p.role) for p in out.people),
            [(" ".join(q.text.split()), q.speaker) for q in out.quotes], out.credits.get("author"))


def test_the_wrapped_text_is_the_release_wrapped():
    # the fixture itself: the same words, the paragraphs' lines broken where the forms below need
    assert " ".join(WRAPPED.split()) == " ".join(UNWRAPPED.split())
    assert wrap_of(WRAPPED_LINES) is not None
    assert wrap_of(UNWRAPPED.split("\n")) is None


def test_a_hard_wrapped_release_reads_as_its_paragraphs():
    assert reading(WRAPPED) == reading(UNWRAPPED)


def test_a_name_and_a_cue_on_the_next_line_keep_their_speaker():
    quotes = {q.text.split()[0]: q for q in extract(WRAPPED).quotes}
    # '..., Asep' / 'Hidayat, mengatakan': one name across the break
    assert quotes["Dapur"].speaker == "Asep Hidayat"
    # a full stop at a line's end inside a quote left open: the quote runs on
    assert "Relawan kami bergantian memasak" in quotes["Dapur"].text
    # '"...,"' / 'kata Rina.': the cue on the next line; 'dr.' / 'Rina Marlina': a title at the end
    assert quotes["Kami"].speaker == "Rina Marlina"
    people = {p.name: p.role for p in extract(WRAPPED).people}
    assert people["Rina Marlina"] == "Kepala Puskesmas Sukamaju"


def test_the_headline_does_not_run_into_the_dateline():
    page = read_page(WRAPPED)
    assert page.headline == PARAGRAPHS[0]
    assert page.location == "Sukamaju"
    assert page.body.startswith("SUKAMAJU (4/9) – Balai Melati Jakarta menyalurkan bantuan logistik bagi 300")


def test_an_imported_wrapped_release_stores_the_paragraphs_of_the_unwrapped_one():
    wrapped, unwrapped = read_page(WRAPPED), read_page(UNWRAPPED)
    assert (wrapped.headline, wrapped.location, wrapped.body) == (unwrapped.headline, unwrapped.location, unwrapped.body)


def test_a_wrapped_link_leaves_the_page_reading_whole():
    body = read_page(WRAPPED).body
    assert "Tiga Kecamatan" not in body and "Baca juga" not in body
    assert "Humas Balai" not in body
    assert "sepanjang pekan ini." in body


def test_a_link_a_caption_and_a_byline_wrapped_leave_the_story_whole():
    story = normalize(WRAPPED)
    assert "Tiga Kecamatan" not in story.text and "Psikososial" not in story.text
    assert "Humas Balai" not in story.text and "Sri Wahyuni" not in story.text
    assert "(Dewi" not in story.text and "Lestari)" not in story.text
    assert story.credits.get("author") == "Dewi Kusuma Lestari"
    assert "sepanjang pekan ini." in story.text


def test_a_text_that_is_not_wrapped_is_read_line_by_line():
    # a web page's text: one paragraph a line; a long line without a full stop (a list item, a
    # subheading) is its own paragraph, even before a capital
    page_text = "\n".join([
        "Program Bantuan Sosial Tahun Ini Menyasar Keluarga Penerima Manfaat di Kota",
        "Bantuan Langsung Tunai diberikan setiap bulan kepada keluarga yang terdaftar dan memenuhi syarat",
        "Bantuan Pangan Non Tunai disalurkan lewat agen bank di setiap kelurahan dan desa secara bertahap",
        "Penerima diminta membawa kartu keluarga dan KTP saat pengambilan bantuan di kantor kelurahan.",
    ] * 3)
    assert wrap_of(page_text.split("\n")) is None
    assert normalize(page_text).text.count("\n") == 11


def test_a_cue_on_the_line_after_its_quote_in_any_text():
    # not a wrapped text: one short paragraph a line, but the quote closes with a comma and its
    # cue, in lower case, took the next line (a copy from a chat or a PDF's narrow column)
    text = ("BOGOR – Kepala Dinas Sosial Kabupaten Bogor, Budi Santoso, meninjau dapur umum, Senin.\n"
            '"Kami siap membantu warga yang terdampak banjir,"\n'
            "kata Budi.\n"
            "Dapur umum buka sampai pekan depan.\n")
    assert wrap_of(text.split("\n")) is None
    assert [(q.speaker, q.text) for q in extract(text).quotes] == [
        ("Budi Santoso", "Kami siap membantu warga yang terdampak banjir")]


# fictional page text wrapped near 70 columns with no blank lines and no dateline: a headline, then
# the story, whose cues and names fall at the lines' ends
NO_DATELINE_LINES = [
    "Menteri Sosial Budi Ungkap Rencana Bantuan bagi Penyandang Disabilitas",
    "Selain memberi akses, yang tak kalah penting ialah menggali kemampuan",
    "para penyandang disabilitas dengan dukungan keluarga dan lingkungan.",
    '"Tidak ada yang tidak mungkin, siapa pun bisa. Saya selalu berpikir',
    'begitu," tutur Menteri Sosial Budi Santoso.',
    '"Anak-anak disabilitas jangan pernah diejek di sekolah mana pun, ”',
    "katanya.",
    "Kehadiran komisi baru itu diharapkan memperkuat kerja sama antara",
    "kementerian dan pemerintah daerah dalam penanganan para penyandang",
    "disabilitas, terutama di desa-desa yang jauh dari pusat kabupaten.",
]


def test_a_headline_above_the_story_does_not_run_into_its_first_sentence():
    # the headline fills its line and the first sentence opens with a capital: two paragraphs, so
    # the headline's "Budi Ungkap Rencana" never becomes a name
    text = "\n".join(NO_DATELINE_LINES) + "\n"
    assert wrap_of(NO_DATELINE_LINES) is not None
    assert normalize(text).text.split("\n")[0] == NO_DATELINE_LINES[0]
    out = extract(text)
    assert all(q.speaker == "Budi Santoso" for q in out.quotes)
    assert not any("Ungkap" in p.name for p in out.people)


def test_a_cue_after_a_quote_closed_with_a_space_before_its_mark():
    # pages often write ', ”' : the cue on the next line still belongs to the quote
    quotes = extract("\n".join(NO_DATELINE_LINES) + "\n").quotes
    assert any(q.text.startswith("Anak-anak disabilitas") and q.speaker == "Budi Santoso" for q in quotes)


def test_a_site_name_and_an_office_at_the_first_lines_end_keep_the_name_whole():
    # the story's first line is Title Case (a site's name, an office) and stops inside the name
    lines = [
        "Kabarwarga.id - Kepala Dinas Sosial Kota Sukamaju Heru",
        "Budi Santoso membuka pelatihan menjahit bagi 40 ibu rumah tangga di",
        "aula kecamatan pada Senin pagi bersama para pendamping sosial kota.",
        '"Pelatihan ini bekal agar para ibu bisa mandiri secara ekonomi dan',
        'membantu keluarganya," kata Heru di sela pembukaan pelatihan itu.',
        "Pelatihan berlangsung selama dua pekan dengan tiga orang pelatih yang",
        "didatangkan dari balai latihan kerja milik pemerintah provinsi dan",
        "dua orang pendamping dari dinas sosial yang bertugas di kecamatan.",
    ]
    assert wrap_of(lines) is not None
    out = extract("\n".join(lines) + "\n")
    assert [q.speaker for q in out.quotes] == ["Heru Budi Santoso"]
