"""Quotes: marks paired without trusting their direction, non-speech rejected, every cue form,
pronouns to the right speaker, unbalanced marks never give a wrong span, offsets into the input."""
from __future__ import annotations

import pytest

from melati_archive import extract
from melati_archive.nlp.extract import quote_text
from melati_archive.nlp.quotes import EN_VERBS, CUE_VERBS, pair_marks

INTRO = "Kepala Balai Contoh Bekasi, Wahyu Pratomo, membuka kegiatan itu. "


def speakers(text: str) -> list:
    return [q.speaker for q in extract(text).quotes]


@pytest.mark.parametrize("verb", CUE_VERBS[:23])
def test_every_listed_speech_verb_after_the_quote(verb):
    result = extract(INTRO + f'"Kami akan terus melayani warga," {verb} Wahyu.')
    assert [(q.speaker, q.cue) for q in result.quotes] == [("Wahyu Pratomo", verb)]


@pytest.mark.parametrize("cue", ["ujarnya", "katanya", "tambahnya", "tambah nya", "kata dia", "tutur dia",
                                 "ujar ia", "kata beliau", "jelasnya"])
def test_nya_and_pronoun_cues_resolve_to_the_speaker(cue):
    result = extract(INTRO + f'"Kami akan terus melayani warga," {cue}.')
    assert result.quotes[0].speaker == "Wahyu Pratomo"
    assert result.quotes[0].cue == cue


def test_pronoun_goes_to_the_most_recent_subject_not_the_previous_quote():
    text = (INTRO + '"Layanan dibuka setiap hari," kata Wahyu. '
            "Pekerja sosial balai, Rina Marlina, mengatakan pendampingan dilakukan di rumah. "
            '"Kami datang ke rumah setiap pekan," ujarnya.')
    assert speakers(text) == ["Wahyu Pratomo", "Rina Marlina"]


def test_pronoun_skips_people_only_named_as_objects():
    text = (INTRO + "Ia juga mengapresiasi kerja Kepala Dinas Sosial Kota Contoh, Budi Santoso, selama ini. "
            '"Kerja sama ini harus berlanjut," katanya.')
    assert speakers(text) == ["Wahyu Pratomo"]


def test_cue_before_the_quote():
    text = (INTRO + 'Wahyu Pratomo dalam sambutannya menyampaikan "Pelatihan ini menjadi prioritas balai."\n'
            'Rina Marlina mengatakan, "Kami siap mendampingi."\n'
            'Menurut Wahyu, "Semua peserta harus lulus."')
    result = extract(text)
    assert [(q.speaker, q.cue) for q in result.quotes] == [
        ("Wahyu Pratomo", "menyampaikan"), ("Rina Marlina", "mengatakan"), ("Wahyu Pratomo", "Menurut")]


def test_name_before_a_men_verb_after_the_quote():
    text = INTRO + '"Kami siap," Wahyu menambahkan.'
    assert speakers(text) == ["Wahyu Pratomo"]


def test_verb_role_alias_and_verb_role_name():
    text = ('Menteri Sosial Kartika Dewi Lestari hadir. "Itu hak mereka," kata Mensos. '
            '"Kami kekurangan perawat," ungkap Kepala Panti Contoh Joko Purnomo.')
    result = extract(text)
    assert [(q.speaker, q.role) for q in result.quotes] == [
        ("Kartika Dewi Lestari", "Menteri Sosial"), ("Joko Purnomo", "Kepala Panti Contoh")]


def test_quote_before_its_speaker_is_introduced():
    text = '"Anak-anak harus tetap sekolah," tegas Kepala Balai Contoh, Wahyu Pratomo. Wahyu lalu berkeliling.'
    result = extract(text)
    assert result.quotes[0].speaker == "Wahyu Pratomo"
    assert result.people[0].role == "Kepala Balai Contoh"


def test_continuation_quote_without_a_verb_keeps_the_speaker():
    text = (INTRO + '"Layanan dibuka setiap hari," kata Wahyu.\n'
            '"Warga cukup datang membawa kartu keluarga dan tidak perlu membayar apa pun."\n'
            "Rina Marlina menyebut layanan juga tersedia daring.")
    assert speakers(text) == ["Wahyu Pratomo", "Wahyu Pratomo"]


def test_quote_without_cue_after_another_person_is_mentioned_is_not_attributed():
    text = (INTRO + '"Layanan dibuka setiap hari," kata Wahyu.\n'
            "Camat Contoh, Budi Santoso, juga hadir bersama jajarannya di lokasi.\n"
            '"Warga cukup datang membawa kartu keluarga dan tidak perlu membayar apa pun."')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Wahyu Pratomo"]


def test_multi_paragraph_quote():
    text = (INTRO + '"Waktu masuk balai, saya tidak punya apa-apa.\n'
            '"Di sini saya belajar mengelas dan menghitung modal.\n'
            '"Jadi jangan menyerah," kata Wahyu.')
    (q,) = extract(text).quotes
    assert q.speaker == "Wahyu Pratomo"
    assert q.text.startswith("Waktu masuk balai") and q.text.endswith("Jadi jangan menyerah")
    assert '"' not in q.text


def test_closing_marks_used_as_opening_marks():
    text = INTRO + "\u201dKami siap melayani,\u201d kata Wahyu. \u201dSemua warga berhak,\u201d tambahnya."
    result = extract(text)
    assert [q.text for q in result.quotes] == ["Kami siap melayani", "Semua warga berhak"]
    assert speakers(text) == ["Wahyu Pratomo", "Wahyu Pratomo"]


def test_mixed_straight_and_curly_marks():
    text = INTRO + '\u201cKami siap melayani," kata Wahyu. "Semua warga berhak\u201d, tambahnya.'
    assert [q.text for q in extract(text).quotes] == ["Kami siap melayani", "Semua warga berhak"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Kegiatan yang mengusung tema "Berpikir Kreatif dan Lahirkan Ide Hebat" berlangsung empat hari.',
        'Ia memberikan materi mengenai "Teknik Publikasi Berita".',
        'Kerja sama dengan Yayasan "Laut Biru" terus berjalan.',
        'Anak berinisial "AD" kini kembali bersekolah.',
        'Program "Balai Sahabat Anak" diluncurkan tahun ini.',
        'Seminar bertajuk "Peran Keluarga dalam Rehabilitasi" diikuti 50 orang.',
    ],
)
def test_non_speech_quoted_spans_are_not_quotes(sentence):
    assert extract(INTRO + sentence).quotes == []


def test_unbalanced_marks_degrade_to_fewer_quotes_never_a_wrong_span():
    text = (INTRO + 'Kegiatan ini bekerja sama dengan Yayasan Laut Biru" dan karang taruna.\n'
            '"Kami ingin semua anak sekolah," kata Wahyu.\n'
            '"Pendaftaran dibuka sampai akhir bulan dan tidak dipungut biaya.\n'
            "Rina Marlina mencatat nama peserta.")
    result = extract(text)
    assert [q.text for q in result.quotes] == ["Kami ingin semua anak sekolah"]


def test_missing_closing_mark_is_recovered_from_its_cue():
    text = INTRO + '"Kami kenal semua keluarga di sini, jadi kami cepat tahu, ujar Wahyu.\nLalu ia pulang.'
    (q,) = extract(text).quotes
    assert q.text == "Kami kenal semua keluarga di sini, jadi kami cepat tahu"
    assert q.speaker == "Wahyu Pratomo"


def test_missing_opening_mark_is_recovered_at_the_paragraph_start():
    text = INTRO + "\nCara kita mendengarkan menentukan segalanya,\u201d kata Wahyu."
    (q,) = extract(text).quotes
    assert q.text == "Cara kita mendengarkan menentukan segalanya"
    assert q.speaker == "Wahyu Pratomo"


def test_nested_quotes_stay_inside_the_outer_quote():
    text = INTRO + '"Di pasar ada istilah \'jeger\' dan "preman" yang harus ditertibkan," kata Wahyu.'
    (q,) = extract(text).quotes
    assert q.text.startswith("Di pasar") and q.text.endswith("ditertibkan")
    assert q.speaker == "Wahyu Pratomo"


def test_unknown_speaker_is_null_never_a_pronoun_or_short_form():
    result = extract('"Kami menunggu bantuan sejak pagi," kata salah satu warga.')
    assert result.quotes[0].speaker is None
    result = extract('"Kami menunggu bantuan sejak pagi," katanya.')
    assert result.quotes[0].speaker is None


def test_english_translation_cues():
    text = ("Head of the Anggrek Centre, Ratih Kusumaningrum, said the team would stay for a week.\n"
            '"We want them back in class," said Ratih.\n'
            '"Clean water is what they need most," Ratih added.\n'
            '"We will come back," she said.')
    assert speakers(text) == ["Ratih Kusumaningrum"] * 3
    assert "said" in EN_VERBS


def test_offsets_point_into_the_original_and_text_is_the_span_without_marks():
    text = ("Judul Berita\nBACA JUGA: lain\nJAKARTA (5 Januari 2021) - " + INTRO
            + "\u201cKami\u00a0siap   melayani,\u201d kata Wahyu.\n\u201dSemua \t warga berhak,\u201d tambahnya.")
    result = extract(text)
    assert len(result.quotes) == 2
    for q in result.quotes:
        span = text[q.start:q.end]
        assert span[0] in "\u201c\u201d" and span[-1] in "\u201c\u201d"
        assert quote_text(span) == q.text
        assert q.text == " ".join(span[1:-1].split()).rstrip(",")


def test_pairing_is_linear_and_ignores_direction():
    pairs = pair_marks('a "b" c "d" e "f')  # pair_marks reads normalized text: one mark glyph
    assert [(p.open_at, p.close_at) for p in pairs] == [(2, 4), (8, 10)]


def test_quote_split_by_its_attribution():
    text = INTRO + '"Semua anak harus sekolah," lanjut Wahyu, "tanpa kecuali."'
    result = extract(text)
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("Semua anak harus sekolah", "Wahyu Pratomo"), ("tanpa kecuali.", "Wahyu Pratomo")]


def test_role_alias_in_parentheses_and_role_plus_short_name():
    text = ('Menteri Sosial (Mensos) Tri Rismaharini meninjau lokasi banjir. "Kami kirim logistik," kata Mensos. '
            '"Semua harus cepat," ujar Mensos Risma.')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Tri Rismaharini", "Tri Rismaharini"]
    (risma,) = result.people
    assert {"Mensos", "Risma"} <= set(risma.aliases) and "Menteri" not in risma.aliases


@pytest.mark.parametrize("text, pos, floor, start", [
    ("Rapat dimulai. Warga hadir!  Ketua berkata ", 44, 0, 29),  # after "!" and both spaces
    ("Rapat dimulai.\nKetua berkata ", 29, 0, 15),                 # a line break ends a sentence too
    ("Rapat dimulai. Ketua berkata ", 29, 20, 20),                 # no end after the floor: the floor
    ("Pukul 09.00 Ketua berkata ", 26, 0, 0),                      # a stop without a space ends nothing
    ("Rapat dimulai.  ", 15, 0, 15),                               # the stretch ends inside the spaces
])
def test_sentence_before_a_quote_opens_after_the_last_sentence_end(text, pos, floor, start):
    from melati_archive.nlp.quotes import _sentence_fragment_before

    assert _sentence_fragment_before(text, pos, floor) == (start, text[start:pos])


def test_a_theme_named_in_an_earlier_sentence_does_not_stop_a_quote():
    text = ('Acara bertema kebersamaan digelar di balai. Kepala Balai Sukamekar, Budi Santoso, menegaskan: '
            '"Kami akan terus mendampingi keluarga penerima manfaat di desa ini."')
    found = extract(text)
    assert [(q.speaker, q.text[:4]) for q in found.quotes] == [("Budi Santoso", "Kami")]


def test_a_quotes_cue_is_looked_for_within_a_sentences_length_before_it():
    # text with no sentence end (a list, a hostile page): each quote reads a bounded stretch
    # before it, not everything since the last quote, so many quotes cost linear time
    from melati_archive.nlp import quotes as Q

    text = "Warga, " * 3000 + '"Kami siap," kata Budi.'
    start, frag = Q._sentence_fragment_before(text, text.index('"'), 0)
    assert len(frag) <= Q.MAX_CUE_SENTENCE and frag.endswith("Warga, ")
    # a real sentence leading into its quote is read whole
    text = "Kepala Dinas Sosial Kota Sukamekar, Budi Santoso, menyampaikan kepada wartawan: " + '"Kami siap."'
    assert Q._sentence_fragment_before(text, text.index('"'), 0)[1].startswith("Kepala Dinas")


def test_a_cue_sentence_quoting_terms_before_its_quote_keeps_its_subject():
    text = ('Kepala Dinas Sosial Kabupaten Sukamaju, Rina Marlina, yang membuka "Pasar Murah", "Bazar UMKM" dan '
            '"Lomba Masak", mengatakan, "Semua kegiatan ini untuk warga."')
    assert [(q.text, q.speaker) for q in extract(text).quotes if q.speaker] == [
        ("Semua kegiatan ini untuk warga.", "Rina Marlina")]
