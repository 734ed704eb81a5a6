"""Sentences that name a second person around a speaker: a fronted phrase about someone else, a
pronoun after two speakers in turn, an adverb between the speech verb and the quote."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_pronoun_after_a_reply_means_the_one_who_replied():
    text = ("\"Lampu jalan di gang kami mati,\" kata Ketua RT 05, Oman Rohman. \"Besok kami ganti,\" balas "
            "Lurah Cigadung, Tia Kusmiati. \"Petugasnya sudah saya hubungi,\" katanya.")
    assert _pairs(text)[-1] == ("Petugasnya s", "Tia Kusmiati")


def test_kepada_another_fronted_then_the_subject_speaks():
    text = ("Kepada Bupati Majalengka, Eman Suherman, Ketua Gapoktan Sindang, Uju Juhana, menyampaikan, "
            "\"Pupuk subsidi sering telat datang.\"")
    assert _pairs(text) == [("Pupuk subsid", "Uju Juhana")]


def test_di_hadapan_another_fronted_then_the_subject_speaks():
    text = ("Di hadapan Kapolres Garut, AKBP Fajar Gemilang, Ketua Ojol Garut, Dede Rizal, berkata, \"Kami "
            "siap membantu patroli.\"")
    assert _pairs(text) == [("Kami siap me", "Dede Rizal")]


def test_first_person_named_stays_the_subject_without_a_fronted_phrase():
    text = ("Ketua Ojol Garut, Dede Rizal, bersama Kapolres Garut, AKBP Fajar Gemilang, mengatakan, \"Kami "
            "siap membantu patroli.\"")
    assert _pairs(text) == [("Kami siap me", "Dede Rizal")]


def test_adverb_between_the_verb_and_the_quote():
    text = "Ditanya soal banjir, Camat Baleendah, Rudi Hermawan, menjawab singkat, \"Sudah surut.\""
    assert _pairs(text) == [("Sudah surut.", "Rudi Hermawan")]


def test_fronted_phrase_with_two_people_joined_then_the_subject():
    text = ("Bersama Lurah Cipamokolan, Deden Sopandi, dan Ketua LPM, Uus Rusmana, Camat Rancasari, Yani "
            "Marliani, mengatakan, \"Taman kota dibuka untuk umum.\"")
    assert _pairs(text) == [("Taman kota d", "Yani Marliani")]


def test_pull_quote_signed_after_a_dash():
    text = "\"Setiap anak berhak sekolah.\" \u2014 Wawan Kurnia, Kepala SDN 3 Sukamaju"
    assert _pairs(text) == [("Setiap anak ", "Wawan Kurnia")]


def test_testimonial_with_a_one_word_name_and_an_age():
    text = "Pembeli memuji pasar baru itu. \"Tempatnya bersih dan terang.\" (Nining, 38, warga Ciroyom)"
    assert _pairs(text) == [("Tempatnya be", "Nining")]


def test_pull_quote_signed_with_a_name_alone():
    text = "Banjir surut sejak pagi.\n\"Setiap anak berhak bermain dengan aman.\" \u2014 Wawan Kurnia"
    assert _pairs(text) == [("Setiap anak ", "Wawan Kurnia")]
