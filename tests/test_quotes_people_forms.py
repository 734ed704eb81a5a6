"""Introductions of regional pages that carry no comma or use a description, and the `-nya` cue
after them."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:20], q.speaker) for q in extract(text).quotes]


def test_name_then_role_without_a_comma_at_a_sentence_start():
    text = ("Penyaluran bantuan berlangsung di Desa Nanga. "
            "B. Kornelis Wadu Kasi Pelayanan Dinas Sosial Provinsi membuka pelatihan menjahit.\n"
            "\"Mesin jahit ini untuk modal usaha, jangan dijual,\" ujarnya.")
    assert _pairs(text) == [("Mesin jahit ini untu", "B. Kornelis Wadu")]


def test_name_yang_menjabat_role():
    text = ("Yosefina Dhiu yang menjabat Kepala Seksi Perlindungan Anak memimpin rapat koordinasi.\n"
            "\"Laporan kasus harus masuk dalam dua hari,\" ujarnya.")
    assert _pairs(text) == [("Laporan kasus harus ", "Yosefina Dhiu")]


def test_name_comma_one_of_a_group_is_an_introduction():
    text = ("Camat Aesesa, Lukas Meo, meninjau lokasi banjir.\n"
            "Martina, salah satu penerima bantuan dari Desa Rawa, mengaku lega.\n"
            "\"Sekarang kami bisa masak lagi,\" tuturnya.")
    assert _pairs(text) == [("Sekarang kami bisa m", "Martina")]


def test_one_of_a_group_then_place_then_name_without_commas():
    text = ("Kepala Dinas Sosial Nagekeo, Silvester Teda, meninjau dapur umum.\n"
            "Salah seorang warga Kelurahan Danga Kristina mengaku rumahnya retak sejak gempa di Kelurahan Danga.\n"
            "\"Kami tidur di teras sekarang,\" ucapnya.")
    assert _pairs(text) == [("Kami tidur di teras ", "Kristina")]


def test_nya_cue_goes_to_the_one_person_named_in_the_sentence_leading_into_the_quote():
    text = ("Ketua LKS Mawar, Rosalia Bui, menerima 30 paket sembako.\n"
            "Di bawah pohon asam, nenek Sumi mencoba kacamata barunya, \"Sekarang huruf koran terbaca lagi\", ujarnya.")
    assert _pairs(text) == [("Sekarang huruf koran", "Sumi")]


def test_nya_cue_after_a_sentence_naming_two_people_keeps_the_last_subject():
    text = ("Ketua LKS Mawar, Rosalia Bui, menerima 30 paket sembako.\n"
            "Rosalia menyerahkan kacamata kepada nenek Sumi, \"Semoga bermanfaat\", ujarnya.")
    assert _pairs(text) == [("Semoga bermanfaat", "Rosalia Bui")]
