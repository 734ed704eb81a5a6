"""Session 22 cue forms: degrees between a holder's name and "melalui", an office-only cue that repeats a whole
office read as an office and a name, an office cue for someone read without a role, a new person opening a
sentence the cast did not read, and a quote typed without an opening mark closed by a spaced single mark."""
from melati_archive import extract


def _pairs(text):
    return [(q.text[:12], q.speaker) for q in extract(text).quotes]


def test_degrees_after_the_holders_name_do_not_hide_the_delegate_after_melalui():
    text = ("KUPANG - Polisi menetapkan tiga tersangka pencurian ternak.\n"
            "\"Kami sudah menerbitkan daftar pencarian orang,\" kata Kapolres Rote AKBP Hendra Siregar, S.I.K., M.Si, "
            "melalui Kasat Reskrim Iptu Markus Lende, S.Sos, Senin (13/1/2020) di Baa.")
    assert _pairs(text) == [("Kami sudah m", "Markus Lende")]


def test_an_office_only_cue_repeating_the_whole_office_just_introduced_is_its_holder():
    text = ("BLITAR - Dinas Pertanian memeriksa sapi kurban di pasar hewan, Senin.\n"
            "Kasi Bidang Kesehatan Ternak, Kabupaten Blitar, Sulastri Handayani, menuturkan jika tidak ditemukan hewan "
            "yang sakit. \"Semua sapi yang kami periksa hari ini sehat,\" jelas Kasi Bidang Kesehatan Ternak.")
    assert _pairs(text) == [("Semua sapi y", "Sulastri Handayani")]


def test_an_office_cue_goes_to_the_one_person_whose_name_that_office_opened():
    text = ("WAIKABUBAK - Polisi menggelar patroli malam.\n"
            "Kapolres Sumba Tengah AKBP GR. Yosef Laka, S.I.K., M.H., mengatakan, keamanan adalah tugas bersama.\n"
            "\"Dukungan warga sangat dibutuhkan,\" tandas Kapolres.")
    assert _pairs(text) == [("Dukungan war", "Yosef Laka")]


def test_a_quote_without_an_opening_mark_closed_by_a_spaced_single_mark_before_a_cue_is_found():
    text = ("JAKARTA - PLN menyiagakan petugas.\n\"Kami siaga penuh,\" kata Direktur Niaga Bambang Sutejo.\n"
            "Direktur Regional Sumatra Andi Saputra juga memastikan pasokan aman.\n"
            "Petugas tetap bekerja saat lebaran. Semua ini agar warga merayakan hari raya dengan nyaman. ' kata Andi.")
    pairs = _pairs(text)
    assert ("Petugas teta", "Andi Saputra") in pairs
