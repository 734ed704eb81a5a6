"""Quote marks as web pages write them: double primes, doubled single marks, a closing mark that
opens, no space before the cue."""
import pytest

from melati_archive import extract


@pytest.mark.parametrize("opening, closing", [
    ("\u2033", "\u2033"),  # double prime
    ("''", "''"),  # two single marks
    ("``", "''"),  # a typewriter's opening pair of backticks
    ("\u201d", "\u201d"),  # a closing mark used to open
    ("\u201c", "\u201d"),
])
def test_every_double_mark_form_gives_the_quote_and_its_speaker(opening, closing):
    text = (f"Pasar murah digelar di Desa Wae Rii. {opening}Harga beras kami tekan agar warga tidak "
            f"terbebani,{closing} kata Kepala Desa Wae Rii, Fransiskus Jehadu.")
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Harga beras kami tekan agar warga tidak terbebani", "Fransiskus Jehadu")]
    # offsets cover both marks in the original text
    assert text[quotes[0].start:quotes[0].end] == f"{opening}Harga beras kami tekan agar warga tidak terbebani,{closing}"


def test_no_space_between_the_closing_mark_and_the_cue():
    text = "Rapat evaluasi berakhir sore. \u201cSemua data penerima harus dicek ulang,\u201dujar Margaretha Bano."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Semua data penerima harus dicek ulang", "Margaretha Bano")]


def test_a_paragraph_with_reported_speech_and_only_a_closing_mark_gives_no_quote():
    text = ("Kepala Dinas Sosial Sabu Raijua, Yohanis Lado, membuka rapat.\n"
            "Menurut aturan daerah itu, kata dia bahwa setiap lansia berhak atas pendampingan yang layak,\u201d ujarnya.")
    assert extract(text).quotes == []


def test_a_paragraph_with_only_a_closing_mark_before_a_cue_is_still_a_quote():
    text = ("Kepala Dinas Sosial Sabu Raijua, Yohanis Lado, membuka rapat.\n"
            "Setiap lansia berhak atas pendampingan yang layak,\u201d ujarnya.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Setiap lansia berhak atas pendampingan yang layak", "Yohanis Lado")]


def test_a_quoted_unit_name_inside_the_cue_is_no_second_half_of_the_quote():
    text = ("\u201cKursi roda kami perbaiki gratis bulan ini,\u201d ujar Kepala Sentra "
            "\u201cMulia Jaya\u201d Kupang, Stefanus Lado, Senin (2/9).")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Kursi roda kami perbaiki gratis bulan ini", "Stefanus Lado")]


def test_a_short_quoted_term_inside_a_sentence_with_a_cue_before_is_no_quote():
    # "Menurut X, "Kampung Tangguh" ...": the marks set off a name inside the sentence
    text = "Menurut Camat Nele, Stefanus Mbete, \"Kampung Tangguh\" akan dibentuk di tiap desa."
    assert extract(text).quotes == []
    # the same words said as a sentence stay a quote
    said = "Menurut Camat Nele, Stefanus Mbete, \"Kampung Tangguh akan dibentuk di tiap desa.\""
    assert [(q.text[:15], q.speaker) for q in extract(said).quotes] == [("Kampung Tangguh", "Stefanus Mbete")]


@pytest.mark.parametrize("opening, closing", [("'", "'"), ("\u2018", "\u2019")])
def test_speech_set_in_single_marks_is_a_quote(opening, closing):
    text = (f"Kepala Desa Nggela, Yosef Ari, menerima bantuan tangki air. {opening}Tangki ini kami taruh di dekat "
            f"sekolah,{closing} kata Yosef.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Tangki ini kami taruh di dekat sekolah", "Yosef Ari")]


def test_single_marks_that_are_apostrophes_terms_or_inside_double_quotes_are_no_quote():
    # apostrophes inside words, and a term in single marks with no speech verb after it
    text = "Pengajian Jum'at di Masjid Al-Qur'an membahas gerakan 'Sedekah Subuh' yang digagas Ma'ruf Ali."
    assert extract(text).quotes == []
    # single marks inside a double-quoted quote stay part of it
    inner = "\"Warga menyebutnya 'Sabtu bersih', semua turun,\" kata Ketua RT 03, Yakob Nai."
    assert [(q.text[:26], q.speaker) for q in extract(inner).quotes] == [("Warga menyebutnya 'Sabtu b", "Yakob Nai")]


def test_a_dash_before_the_cue_and_a_speaker_in_parentheses_after_the_quote():
    dash = "\"Air bersih kami antar setiap pagi\" \u2013 kata Ketua RT 02, Yosef Wangge."
    assert [(q.text, q.speaker) for q in extract(dash).quotes] == [("Air bersih kami antar setiap pagi", "Yosef Wangge")]
    paren = "\"Air bersih kami antar setiap pagi.\" (Yosef Wangge, Ketua RT 02)"
    assert [q.speaker for q in extract(paren).quotes] == ["Yosef Wangge"]
    # an acronym in parentheses after a quoted term names nobody, nor does a photo credit
    assert extract("Program \"Kampung Sehat\" (KS) dimulai Senin.").quotes == []
    credit = "Warga antre air bersih. \"Kami menunggu sejak subuh tadi.\" (Foto Istimewa) Tangki datang siang."
    assert all(q.speaker is None for q in extract(credit).quotes)
    assert extract(credit).people == []


def test_a_quote_with_a_comma_inside_its_marks_is_speech_even_if_the_sentence_goes_on():
    text = "Camat Maumere, Stefanus Sina, mengatakan, \"Kami siap menampung pengungsi,\" dan meminta warga tenang."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("Kami siap menampung pengungsi", "Stefanus Sina")]


def test_a_link_line_between_two_paragraphs_of_one_quote_is_not_in_its_text():
    from melati_archive import extract

    text = ("Kepala Dinas Sosial Kota Jambi, Rini Astuti, menjelaskan jadwal bantuan.\n"
            "\"Tahap pertama selesai pekan ini.\n"
            "Baca juga: Pemkot Jambi Buka Posko Pengaduan\n"
            "\"Tahap kedua dimulai bulan depan,\" kata Rini.")
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Tahap pertama selesai pekan ini. Tahap kedua dimulai bulan depan", "Rini Astuti")]
    assert text[quotes[0].start:quotes[0].end].startswith("\"Tahap pertama")  # offsets still cover the span


def test_mark_typed_after_the_lead_in_verb_opens_a_quote_to_the_paragraph_end():
    text = ("BLORA - Lurah Tegalgunung, Sri Handayani, meninjau saluran air. Sri juga menjelaskan\u201d, Saluran ini "
            "dibangun warga dengan swadaya.\nKerja bakti digelar setiap Minggu.")
    quotes = extract(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Saluran ini dibangun warga dengan swadaya.", "Sri Handayani")]


def test_mark_after_the_lead_in_verb_then_a_closing_mark_and_cue():
    text = "BLORA - Lurah Tegalgunung, Sri Handayani, menambahkan\u201d: Air sudah mengalir lagi,\u201d ujarnya."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("Air sudah mengalir lagi", "Sri Handayani")]


def test_mark_glued_to_a_verb_of_naming_opens_no_quote():
    text = "BLORA - Warga menyebut\u201d Kali Mati sejak sungai itu kering. Lurah Tegalgunung, Sri Handayani, menyetujuinya."
    assert extract(text).quotes == []


def test_an_opening_glyph_glued_to_the_cue_closes_the_quote():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati membuka pasar tani.\n"
            "\u201c Panen cabai tahun ini melimpah, harganya juga stabil, \u201cungkapnya.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Panen cabai tahun ini melimpah, harganya juga stabil", "Siti Rahmawati")]


def test_a_closing_glyph_opens_and_an_opening_glyph_glued_to_the_cue_closes():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati membuka pasar tani.\n"
            "\u201d Pasar ini kami buka setiap Sabtu pagi, \u201cujarnya.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Pasar ini kami buka setiap Sabtu pagi", "Siti Rahmawati")]


def test_a_mark_before_a_word_that_is_a_cue_verb_still_opens_when_the_paragraph_closes_later():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati ditanya soal harga.\n"
            "Siti berkata, \u201ctanya saja ke dinas pertanian, datanya lengkap,\u201d ujarnya.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("tanya saja ke dinas pertanian, datanya lengkap", "Siti Rahmawati")]


def test_only_a_closing_mark_glued_to_the_cue():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati membuka pasar tani.\n"
            "Petani kami dorong menjual langsung ke pembeli,\u201dkatanya.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Petani kami dorong menjual langsung ke pembeli", "Siti Rahmawati")]


def test_a_quote_over_a_line_break_with_no_mark_at_the_break_is_one_quote():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati membuka pasar tani.\n"
            "\"Pasar ini kami buka setiap Sabtu pagi.\n"
            "Petani bisa menjual langsung tanpa perantara,\"kata Siti.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("Pasar ini kami buka setiap Sabtu pagi. Petani bisa menjual langsung tanpa perantara", "Siti Rahmawati")]


def test_a_quote_left_open_two_paragraphs_before_is_not_joined():
    text = ("WONOSARI - Bupati Gunungkidul Siti Rahmawati membuka pasar tani.\n"
            "\"Pasar ini kami buka setiap Sabtu pagi.\n"
            "Pedagang datang dari tiga kecamatan.\n"
            "Petani bisa menjual langsung tanpa perantara,\"kata Siti.")
    assert [q.text for q in extract(text).quotes] == ["Petani bisa menjual langsung tanpa perantara"]


def test_an_opening_glyph_after_a_space_glued_to_a_nya_cue_closes_the_quote():
    text = ("SAMBAS - Kepala Desa Sungai Baru, Hasanuddin, meresmikan jembatan.\n\u201cJembatan ini mempermudah anak "
            "sekolah dan pasien yang mau berobat \u201ctambahnya.")
    assert [(q.text[:12], q.speaker) for q in extract(text).quotes] == [("Jembatan ini", "Hasanuddin")]
