"""Quotes of posts embedded in a story: the signature line under the post names its author."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_signed_post_of_someone_the_story_names():
    text = ("Wali Kota Tasikmalaya, Yusuf Mahendra, membalas keluhan di media sosial. Keluhan itu diunggah "
            "Rudi Hartawan, warga Cibeureum, kemarin.\n"
            "\"Lampu jalan di Cibeureum kami ganti minggu ini.\"\n"
            "\u2014 Yusuf Mahendra (@yusufmhd) March 12, 2024\n"
            "Warga menyambut baik janji itu.")
    assert _pairs(text) == [("Lampu jalan ", "Yusuf Mahendra")]


def test_signed_post_of_someone_the_story_never_names_stays_unattributed():
    text = ("Camat Cibeureum, Dewi Anggraeni, meninjau lampu jalan yang mati.\n"
            "\"Lampu jalan di Cibeureum kami ganti minggu ini.\"\n"
            "\u2014 Yusuf Mahendra (@yusufmhd) March 12, 2024\n"
            "Warga menyambut baik janji itu.")
    assert [q.speaker for q in extract(text).quotes] in ([], [None])


def test_post_signed_by_an_office_is_not_the_story_persons():
    text = ("Kepala Dinas Lingkungan Hidup, Rosid Hidayat, meninjau bank sampah.\n"
            "\"Pilah sampah dari rumah, kurangi plastik!\"\n"
            "\u2014 Dinas Lingkungan Hidup Garut (@dlhgarut) March 5, 2024")
    assert _pairs(text) == [("Pilah sampah", None)]
