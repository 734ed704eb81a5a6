"""Probe releases (fictional, tests/data/probes/) read as an editor would: who said what, and who the people are."""
from __future__ import annotations

import pytest

from melati_archive.nlp.extract import extract

# file -> [(start of the quote text, speaker or None)], in text order
EXPECTED = {
    "p01-mensos-kunjungan": [("Saya ingin", "Tri Handayani Wiraatmaja"), ("Kalian ini", "Tri Handayani Wiraatmaja"),
                             ("Kami menambah", "Bambang Sugiharto")],
    "p02-plt-sekjen": [("Koordinasi ini", "Hendro Kuncoro Adi"), ("Sebanyak 34", "Wulan Purnamasari"),
                       ("Kami akan terus", "Wulan Purnamasari"), ("Apakah data ini sudah final?", "Hendro Kuncoro Adi")],
    "p03-lead-quote": [("Kami tidak akan membiarkan", "Gatot Wicaksono"), ("Kapasitasnya", "Gatot Wicaksono")],
    "p12-sekjen-dirjen": [("Guru adalah", "Robben Harahap Siregar"), ("Kami akan menambah", "Pepen Nazaruddin Hakim"),
                          ("Tahun depan", "Pepen Nazaruddin Hakim")],
    "p17-dua-orang-katanya": [("Kami targetkan", None), ("Material sudah", "Rini Astuti")],
    "p18-glued-org": [("Penyaluran melalui", "Anita Kusumawardani"), ("Tidak ada lagi", "Gunawan Prasetyo"),
                      ("Semua pertanyaan", "Fitri Handayani")],
    "p19-mensos-short-intro": [("Lansia bukan beban", "Sri Rahayuningsih"), ("Satu kabupaten", "Taufik Hidayat"),
                               ("Matur nuwun", "Karsinah"), ("Panti itu", "Sri Rahayuningsih")],
    "p20-nested-question": [("Kalau kita tidak tahu", "Khairul Anwar Lubis"), ("anak jalanan itu", None),
                            ("Padahal ini", "Khairul Anwar Lubis"), ("Saya mau sekolah", None)],
    "p21-english-two-men": [("Data must", "Robert Sitompul"), ("We are ready", None), ("Training starts", "Hasan Basri")],
    "p22-plt-caption-inline": [("Kami ingin memastikan", "Neneng Rohayati"), ("Keluarga adalah", "Neneng Rohayati")],
    "p05-alternating": [("Dapur umum", "Eri Santoso Wibowo"), ("Kami di DPRD", "Laila Mufidah"),
                        ("Insya Allah", "Laila Mufidah"), ("Warga sendiri", "Eri Santoso Wibowo")],
    "p06-pungkas-tandas": [("Kami ingin semua", "Andika Pratama Saputra"), ("Jangan ragu", "Andika Pratama Saputra"),
                           ("Anak saya", "Sulastri")],
    "p07-katanya-indirect": [("Bantuan ini", "Yosef Lelo Manek"), ("Truk tangki", "Maria Goreti Seran")],
    "p08-reversed-curly": [("Kami ingin peserta", "Suryo Handoko"), ("Ayah selalu bilang", "Suryo Handoko"),
                           ("Pelatihan berlangsung selama dua minggu", "Suryo Handoko")],
    "p09-english": [("We want", "Tri Handayani Wiraatmaja"), ("The waiting list", "Margaretha Simanjuntak")],
    "p10-beneficiary": [("Di sini saya", None), ("Saya tidak khawatir", "Yayah"), ("Kami latih", "Agus Setiawan Nugraha")],
    "p11-descriptive": [("Program ini", "Bambang Haryo Subekti"), ("Solo bisa", None), ("Saya optimistis", "Bambang Haryo Subekti")],
    "p13-caption-credits": [("Omzet peserta", "Ujang Saepudin"), ("Ke depan", "Ujang Saepudin")],
    "p14-nickname-glued": [("Kami ingin tidak", "Haris Budiman"), ("Ibu-ibu kader", "Widya Rahmawati"),
                           ("Posyandu buka", "Sri Wahyuni")],
    "p15-question-exclaim": [("Siapa yang bilang", "Eva Rahmawati Siregar"), ("Kalian luar biasa!", "Eva Rahmawati Siregar"),
                             ("Saya akan berlatih", "Rizky Ramadhan"), ("Terima kasih", "Rizky Ramadhan")],
}


def _read(repo_root, name):
    return (repo_root / "tests" / "data" / "probes" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_probe_quotes_and_speakers(repo_root, name):
    ex = extract(_read(repo_root, name))
    got = [(q.text, q.speaker) for q in ex.quotes]
    assert len(got) == len(EXPECTED[name]), got
    for (text, speaker), (prefix, want) in zip(got, EXPECTED[name]):
        assert text.startswith(prefix), (text, prefix)
        assert speaker == want, (text, speaker, want)


def test_two_introductions_joined_by_dan_get_their_own_roles(repo_root):
    people = {p.name: p.role for p in extract(_read(repo_root, "p05-alternating")).people}
    assert people == {"Eri Santoso Wibowo": "Wali Kota Surabaya", "Laila Mufidah": "Wakil Ketua DPRD Surabaya"}


def test_head_of_a_longer_role_is_no_alias(repo_root):
    for name in ("p02-plt-sekjen", "p16-dua-paragraf"):
        for p in extract(_read(repo_root, name)).people:
            assert not any(a.startswith("Kepala") for a in p.aliases), (p.name, p.aliases)


def test_organisation_words_are_no_people(repo_root):
    names = {p.name for p in extract(_read(repo_root, "p06-pungkas-tandas")).people}
    assert names == {"Andika Pratama Saputra", "Sulastri"}
    english = {p.name: p.role for p in extract(_read(repo_root, "p09-english")).people}
    assert english["Tri Handayani Wiraatmaja"] == "Minister of Social Affairs"


def test_hard_wrapped_line_stays_inside_its_quote(repo_root):
    ex = extract(_read(repo_root, "p08-reversed-curly"))
    last = ex.quotes[-1]
    assert last.text == "Pelatihan berlangsung selama dua minggu"
    assert ex.quotes[1].text.startswith("Ayah selalu bilang, ‘kerja keras")


def test_furniture_dropped_credits_kept(repo_root):
    ex = extract(_read(repo_root, "p13-caption-credits"))
    assert ex.credits == {"author": "Asep Rahmat", "editor": "Neneng Sumiati"}
    assert all("Foto" not in q.text and "Baca" not in q.text for q in ex.quotes)


def test_sentence_initial_lowercase_role_is_a_role(repo_root):
    ex = extract(_read(repo_root, "p04-colon-cue"))
    assert {p.name: p.role for p in ex.people if not p.initials_only} == {"Nur Fadillah": "Pekerja sosial Balai Kenanga"}
    # `Ia berkata: "..."` after an initials-only beneficiary: no name, the initials as the role
    assert (ex.quotes[0].speaker, ex.quotes[0].role) == (None, "AR")
    assert ex.quotes[1].speaker == "Nur Fadillah"


def test_words_inside_a_quote_are_no_role_alias(repo_root):
    mensos = next(p for p in extract(_read(repo_root, "p19-mensos-short-intro")).people if p.name == "Sri Rahayuningsih")
    assert "Menteri" not in mensos.aliases  # "Matur nuwun, Bu Menteri" is said to her, inside a quote


def test_quoted_unit_name_inside_a_role_and_caption_lines(repo_root):
    ex = extract(_read(repo_root, "p22-plt-caption-inline"))
    assert (ex.date.isoformat(), ex.location) == ("2024-06-03", "Tasikmalaya")  # the title line does not hide the dateline
    people = {p.name: p.role for p in ex.people}
    assert list(people) == ["Neneng Rohayati"]  # no "Intelektual", no "Kasih" from the caption
    assert people["Neneng Rohayati"].startswith("Plt. Kepala Balai Rehabilitasi Sosial Penyandang Disabilitas Intelektual")


def test_regional_head_is_followed_by_its_region(repo_root):
    people = {p.name: p.role for p in extract(_read(repo_root, "p23-pj-bupati-sekda")).people}
    assert people == {"Sri Mulyani Hartono": "Pj. Bupati Klaten", "Jaka Purwanta": "Sekda Klaten"}
