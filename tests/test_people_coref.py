"""Coreference (nlp/coref.py): short forms, role words and pronouns resolved through the Cast."""
from melati_archive.nlp.coref import Cast, Known


def _cast() -> Cast:
    persons = [Known(name="Yohana Lero Mite", role="Kepala Dinas Sosial", first=0),
               Known(name="Agus Prasetyo", role="Camat Larantuka", first=60)]
    return Cast(persons=persons, mentions=[(0, 16, 0), (60, 73, 1)])


def test_a_short_form_resolves_to_the_one_full_name_containing_it():
    assert _cast().resolve("Yohana").name == "Yohana Lero Mite"
    assert _cast().resolve("Prasetyo").name == "Agus Prasetyo"


def test_a_role_word_resolves_to_the_holder_in_the_text():
    assert _cast().resolve_role("Kadinsos").name == "Yohana Lero Mite"


def test_a_pronoun_goes_to_the_last_subject_and_a_joint_subject_gives_nobody():
    cast = _cast()
    cast.subjects = {60}
    assert cast.last_before(100).name == "Agus Prasetyo"
    cast.joint = {60}
    assert cast.last_before(100) is None


def test_a_subject_with_several_asides_before_its_verb_is_still_the_subject():
    from melati_archive import extract

    text = ("Dosen pertanian Politeknik Kupang, Yoakim Ladi, saat ditemui, Senin (3/8), menjelaskan, "
            "untuk musim ini, Markus Dethan boleh menanam jagung lebih awal. Benih dibagikan pekan depan. "
            "\"Pupuknya harus organik,\" ucapnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Yoakim Ladi"]


def test_the_agent_of_a_passive_attending_verb_is_whom_a_later_nya_means():
    from melati_archive import extract

    text = ("Ayu Lestari menceritakan, kain itu ditenun kelompok ibu di Desa Oelnasi. "
            "Pameran tersebut dihadiri Wilem Dasi, salah satu tokoh mode asal Rote. "
            "\"Motifnya tegas dan warnanya alami,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Wilem Dasi"]


def test_salah_satunya_adalah_role_name_makes_name_the_next_speaker():
    from melati_archive import extract

    text = ("Bupati Kupang Viktor Lerik menaikkan tarif air. Beberapa tokoh warga menolak rencana itu. "
            "Salah satunya adalah Ketua Forum Pelanggan Air Maria Rosa Ndoen. "
            "Debit sumur desa juga menurun. \"Tarif baru memberatkan petani,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Maria Rosa Ndoen"]


def test_a_thing_named_after_a_person_is_no_mention_of_them():
    from melati_archive import extract

    text = ("Menteri Perhubungan Yakobus Ndona meresmikan bandara baru. "
            "Pesawat itu dinamai Marsekal Muda Frans Seda, perintis penerbangan daerah. "
            "Yakobus berharap, pesawat ATR72 Seda menjadi andalan rute perintis. Oleh karena itu, ia meminta tarif ditekan. "
            "\"Rute ini membuka isolasi pulau,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Yakobus Ndona"]


def test_yang_dihubungi_secara_terpisah_between_subject_and_verb():
    from melati_archive import extract

    text = ("Kepala Bidang Humas Polres Ende Komisaris Markus Ratu yang dihubungi secara terpisah mengatakan, "
            "personel sudah berangkat. Pengawalan mulai dari kota. \"Semua kotak suara dikawal,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Markus Ratu"]


def test_a_word_surely_nobody_s_never_hides_a_person_resolve_would_find():
    cast = _cast()
    cast.persons[1].aliases.append("Pak Agus")
    words = ["Yohana", "Lero", "Mite", "Prasetio", "Pras", "Setyo", "Agus", "Kadinsos", "Camat",
             "Larantuka", "Flores", "Timur", "Senin", "Rumah", "Yohanna", "Ag", "Mi"]
    for word in words:
        if cast.surely_nobody(word):
            assert cast.resolve(word, fuzzy=False) is None, word
    # a token, the start or end of one, a spelling of one or a role word may be someone
    assert not any(cast.surely_nobody(w) for w in ["Yohana", "Pras", "Setyo", "Prasetio", "Kadinsos"])
    # a word no name holds is nobody, without asking resolve
    assert cast.surely_nobody("Flores") and cast.surely_nobody("Senin")
    # an alias the text gives a person later is someone from then on
    assert cast.surely_nobody("Bram")
    cast.persons[0].aliases.append("Bram")
    assert not cast.surely_nobody("Bram") and cast.resolve("Bram", fuzzy=False) is cast.persons[0]


def test_a_word_people_yaml_holds_is_asked_of_resolve():
    from melati_archive.model import Person

    cast = _cast()
    cast.registry = [Person(id="x", name="Bonefasius Kopong", aliases=["Bone"])]
    assert not cast.surely_nobody("Bone") and not cast.surely_nobody("Kopong")
    assert cast.resolve("Bone", fuzzy=False).name == "Bonefasius Kopong"
    assert cast.surely_nobody("Flores") and cast.resolve("Flores", fuzzy=False) is None


def test_a_companion_is_no_subject_and_the_agent_of_dibenarkan_is():
    from melati_archive import extract

    text = ("Menteri Sosial Laras Wijayanti, didampingi Bupati Sumedang Iwan Gunawan, menyerahkan bantuan. "
            "\"Bantuan ini hak warga,\" ujarnya.\n\"Stok beras aman,\" kata Kepala Bulog Cabang Sumedang, Yayat "
            "Sudrajat. Hal itu dibenarkan Kepala Dinas Perdagangan, Neni Rahmawati. \"Harga juga stabil,\" ujarnya.")
    assert [(q.text[:12], q.speaker) for q in extract(text).quotes] == [
        ("Bantuan ini ", "Laras Wijayanti"), ("Stok beras a", "Yayat Sudrajat"), ("Harga juga s", "Neni Rahmawati")]


def test_the_person_asked_to_do_something_is_not_the_next_speaker():
    from melati_archive import extract
    text = ("Bupati Ende Martinus Ndiwa meninjau jembatan putus. \"Kami cari jalur lain,\" kata Martinus. "
            "Ia lalu memerintahkan Kepala Dinas PUPR, Hendrik Lado, membangun jembatan darurat. "
            "\"Paling lambat seminggu harus selesai,\" tegasnya.")
    assert [(q.text[:12], q.speaker) for q in extract(text).quotes] == [
        ("Kami cari ja", "Martinus Ndiwa"), ("Paling lamba", "Martinus Ndiwa")]


def test_a_person_in_what_someone_says_is_not_the_next_speaker():
    from melati_archive import extract
    text = ("Bupati Flores Timur Antonius Hadjon memuji petugas. \"Mereka bekerja tanpa libur,\" kata Antonius. "
            "Ia menyebut Camat Larantuka, Agus Prasetyo, sudah tiga hari tidak pulang. "
            "\"Ini contoh bagi ASN lain,\" ujarnya.")
    assert [(q.text[:8], q.speaker) for q in extract(text).quotes] == [
        ("Mereka b", "Antonius Hadjon"), ("Ini cont", "Antonius Hadjon")]


def test_an_initial_in_a_cue_stands_for_the_word_it_opens():
    from melati_archive import extract
    text = ("Ketua Baznas Kabupaten Sikka, Muhammad Yusuf Ola, menyalurkan zakat. \"Ini modal usaha, bukan utang,\" "
            "kata M. Yusuf.")
    r = extract(text)
    assert [q.speaker for q in r.quotes] == ["Muhammad Yusuf Ola"]
    assert [p.name for p in r.people] == ["Muhammad Yusuf Ola"]


def test_a_one_word_cue_name_shared_by_two_full_names_is_nobody():
    from melati_archive import extract
    given = ("Abdul Gani dan Abdul Manan, dua ketua RT di Kelurahan Kota Baru, meminta lampu jalan. "
             "\"Malam hari gelap sekali,\" kata Abdul.")
    surname = ("Pasangan Yakobus Bere dan Maria Bere membuka warung dari bantuan modal. "
               "\"Pembeli paling ramai sore hari,\" ujar Bere.")
    for text in (given, surname):
        r = extract(text)
        assert [q.speaker for q in r.quotes] == [None]
        assert r.people == []


def test_two_officials_joined_by_dan_with_a_role_between_are_a_joint_subject():
    from melati_archive import extract
    text = ("Bupati Sikka Fransiskus Diogo dan Wakil Bupati Romanus Woga meninjau pasar. "
            "\"Kita tata ulang los pedagang,\" katanya.")
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_an_initial_that_fits_two_full_names_is_nobody():
    from melati_archive import extract
    text = ("Yohanes Sina dan Yosef Sina Tukan sama-sama mendaftar calon kepala desa. \"Saya siap bersaing "
            "sehat,\" kata Y. Sina.")
    r = extract(text)
    assert [q.speaker for q in r.quotes] == [None]
    assert r.people == []


def test_someone_the_text_says_died_is_never_the_pronoun_speaker():
    from melati_archive import extract
    alone = ("Markus Lado (50), warga Desa Nita, tewas tertimpa pohon tumbang. \"Pohonnya sudah lapuk sejak "
             "lama,\" kata dia.")
    assert [q.speaker for q in extract(alone).quotes] == [None]
    official = ("Kapolsek Nita, AKP Yohanes Bata, membenarkan kejadian itu. Korban, Markus Lado (50), meninggal "
                "di lokasi. \"Korban sempat dibawa ke puskesmas,\" katanya.")
    assert [q.speaker for q in extract(official).quotes] == ["Yohanes Bata"]


def test_a_person_set_off_by_commas_who_joins_in_is_the_subject_a_later_nya_means():
    from melati_archive import extract
    text = ("Ketua RW 02, Paulus Meak, memimpin kerja bakti. \"Saluran harus bersih sebelum hujan,\" kata Paulus.\n"
            "Seorang warga, Maria Bano (60), ikut menyiapkan makanan bagi warga.\n"
            "\"Semoga semua sehat,\" ucapnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Paulus Meak", "Maria Bano"]


def test_the_late_named_with_almarhum_is_never_the_pronoun_speaker():
    from melati_archive import extract
    alone = "Almarhum Yosef Bata dikenal sebagai guru yang jujur. \"Beliau tidak pernah meminta bayaran,\" kata dia."
    assert [q.speaker for q in extract(alone).quotes] == [None]
    after = ("Sekda Kota Ende, Agustinus Ngasu, melayat. Almarhum Yosef Bata dikenal sebagai guru yang jujur. "
             "\"Beliau pegawai teladan,\" ujarnya.")
    assert [q.speaker for q in extract(after).quotes] == ["Agustinus Ngasu"]


def test_a_subject_with_an_age_then_an_aside_before_the_verb_takes_a_later_pronoun():
    from melati_archive import extract
    text = ("Pengemudi ojek, Darto (41), mengaku sepi order. \"Sehari dapat dua penumpang,\" katanya. "
            "Di pangkalan lain, Wawan (35), tukang ojek pangkalan, sedang menunggu penumpang. "
            "\"Sekarang paling sepi,\" ujarnya.")
    assert [q.speaker for q in extract(text).quotes] == ["Darto", "Wawan"]


def test_someone_named_with_an_age_who_died_is_never_the_pronoun_speaker():
    from melati_archive import extract
    text = ("Kepala Desa Wolomude, Paulus Dewa, membenarkan kejadian itu. Korban, Yosef Lajar (60), meninggal "
            "di kebun. \"Warga menemukan korban sore hari,\" katanya.")
    assert [q.speaker for q in extract(text).quotes] == ["Paulus Dewa"]


def test_a_fronted_companion_neither_takes_a_pronoun_nor_breaks_a_continuation():
    from melati_archive import extract
    text = ("Bupati Cianjur Herman Surya membuka pasar murah. \"Harga harus terjangkau,\" katanya.\n"
            "Didampingi Lilis Suryani, Herman lalu berkeliling ke setiap lapak.\n"
            "\"Kami akan menggelar pasar murah setiap bulan.\"")
    assert [q.speaker for q in extract(text).quotes] == ["Herman Surya", "Herman Surya"]
