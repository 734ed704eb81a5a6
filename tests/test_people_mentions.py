"""Mentions (nlp/mentions.py): introductions in their written forms and later mentions."""
from melati_archive.nlp.mentions import find_people


def test_role_comma_name_and_a_later_short_form_are_one_person():
    text = ("Kepala Balai Flamboyan Kupang, Maria Goreti Nahak, membuka pelatihan itu. "
            "Maria berharap peserta segera bekerja.")
    cast = find_people(text)
    assert [p.name for p in cast.persons] == ["Maria Goreti Nahak"]
    assert "Maria" in cast.persons[0].aliases
    assert len(cast.mentions) == 2


def test_a_nickname_in_parentheses_becomes_an_alias():
    cast = find_people("Bupati Lembata, Thomas Ola Langoday (Pak Tom), meninjau pasar.")
    assert "Pak Tom" in cast.persons[0].aliases


def test_an_event_name_before_a_comma_and_a_role_is_no_person():
    text = ("Usai acara Gala Dinner, Wakil Bupati Tapin Hendra Gunawan SpOG menyapa tamu. "
            "\"Selamat datang di Tapin,\" katanya.")
    from melati_archive import extract

    result = extract(text)
    assert [p.name for p in result.people] == ["Hendra Gunawan"]
    assert [q.speaker for q in result.quotes] == ["Hendra Gunawan"]


def test_a_word_the_text_writes_as_a_place_is_no_name_after_a_regional_head():
    from melati_archive import extract

    result = extract("Walikota Sibolga membuka pasar murah di Sibolga, Sabtu.")
    assert result.people == []


def test_a_one_word_name_after_a_regional_head_is_a_person_when_nothing_makes_it_a_place():
    cast = find_people("Upacara di Balai Kota Ende dipimpin Wali Kota Ruslan. Ia membuka pasar murah.")
    assert "Ruslan" in [p.name for p in cast.persons]


def test_a_venue_named_after_a_role_word_and_a_role_then_yang_baru_are_no_people():
    from melati_archive import extract

    text = ("BEKASI (15 April 2025) - Halal bihalal di Balai Warga Harapan Jaya menjadi ajang perkenalan "
            "Lurah Harapan Jaya yang baru, Hj. Nurlela Bangun.")
    assert "Harapan Jaya" not in [p.name for p in extract(text).people]


def test_a_month_is_no_short_form_of_a_name_that_contains_it():
    from melati_archive import extract

    text = ("Koordinator Relawan Peduli, Andi Ramadhan, membagikan takjil. Tradisi itu digelar setiap Ramadan. "
            "\"Kami ingin berbagi,\" ujar Andi.")
    result = extract(text)
    assert "Ramadan" not in result.people[0].aliases
    assert [q.speaker for q in result.quotes] == ["Andi Ramadhan"]


def test_a_one_word_unit_name_after_sosial_in_a_cue_is_no_person():
    from melati_archive import extract

    text = ("\"Anak-anak ingin didengar,\" kata Kepala Balai Rehabilitasi Sosial Mawar Kupang, Yosef Lake.\n"
            "Festival Anak Mawar digelar pekan depan.")
    assert [p.name for p in extract(text).people] == ["Yosef Lake"]


def test_a_subheading_glued_before_a_known_given_name_is_that_person():
    from melati_archive import extract

    text = ("Kepala Bidang Kajian Lembaga Tani Nadia Puspa Ayu mengatakan, panen jagung mundur sebulan. "
            "\"Stok benih masih cukup,\" kata Nadia. Kemarau Nadia menilai, irigasi tetes perlu dicoba. "
            "\"Biayanya bisa dibagi dengan desa,\" katanya.")
    result = extract(text)
    assert [p.name for p in result.people] == ["Nadia Puspa Ayu"]
    assert [q.speaker for q in result.quotes] == ["Nadia Puspa Ayu"] * 2


def test_an_organisation_between_role_and_name_is_cut_where_the_text_later_calls_the_person():
    from melati_archive import extract

    text = ("Direktur Koperasi Tenun Ikat Maria Lewuk meninjau gudang benang di Maumere. "
            "Maria mengakui, harga benang naik dua kali. \"Kami beralih ke pewarna alam,\" katanya.")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Maria Lewuk"]


def test_role_after_name_comma_yang_juga_names_no_second_person():
    from melati_archive import extract

    text = ("\"Nelayan butuh cold storage,\" kata Yanto Dapa, yang juga Wakil Ketua Hipnelindo. "
            "Selain itu, pihaknya meminta solar bersubsidi ditambah. \"Kapal kecil paling terdampak,\" ujarnya.")
    result = extract(text)
    assert [p.name for p in result.people] == ["Yanto Dapa"]
    assert [q.speaker for q in result.quotes] == ["Yanto Dapa"] * 2


def test_descriptor_yang_juga_role_name_still_introduces_the_name():
    from melati_archive import extract

    text = ("Di Ende, ahli gizi yang juga Guru Besar Universitas Flores Agnes Wona Lake menilai, "
            "menu sekolah kurang protein. \"Tambahkan ikan dua kali seminggu,\" ujar Agnes.")
    assert [q.speaker for q in extract(text).quotes] == ["Agnes Wona Lake"]


def test_a_sentence_initial_common_word_is_no_short_form_of_a_name_ending_in_it():
    from melati_archive import extract

    text = ("Ketua Forum Warga Lestari Yosef Rahal menuturkan, rapat bisa daring. \"Hasilnya sama saja,\" tutur Yosef. "
            "Ketua Lembaga Masyarakat Abdul Mu'in menuturkan, aturan desa kurang tegas. "
            "Hal tersebut, kata dia, tampak di pasar desa. Padahal hal itu penting. \"Warga menilai tidak adil,\" ujarnya.")
    result = extract(text)
    assert "Hal" not in result.people[0].aliases
    assert [q.speaker for q in result.quotes] == ["Yosef Rahal", "Abdul Mu'in"]


def test_lowercase_role_dari_organisation_then_name_and_verb():
    from melati_archive import extract

    text = ("Di tempat lain, Peneliti pangan dari Universitas Negeri Kupang Yohanes Bili Tefa menilai, "
            "sorgum cocok untuk lahan kering. \"Benihnya tahan panas,\" katanya.")
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Yohanes Bili Tefa"]


def test_the_agent_of_a_passive_speech_verb_with_a_long_role_is_a_subject():
    from melati_archive import extract

    text = ("Ketua Forum Nelayan, Agus Bere, menolak aturan itu. "
            "Pendapat serupa dikemukakan Koordinator Jaringan Petani Garam (JPG) NTT Maria Goreti Kewa. "
            "Harga garam turun sejak Mei. \"Gudang kami penuh,\" katanya.")
    assert [q.speaker for q in extract(text).quotes] == ["Maria Goreti Kewa"]


def test_a_subject_with_saat_dihubungi_before_its_verb():
    from melati_archive import extract

    text = ("Kepala Dinas Perhubungan Ende, Anton Wera, menutup posko. "
            "Sekretaris Dinas Perhubungan Kota Ende Lusia Dhoi saat dihubungi terpisah mengatakan, jadwal kapal berubah. "
            "\"Penumpang diminta datang dua jam lebih awal,\" katanya.")
    assert [q.speaker for q in extract(text).quotes] == ["Lusia Dhoi"]


def test_one_word_name_from_an_organisation_is_a_person_and_a_subject():
    from melati_archive import extract

    text = ("Perajin di Sikka kekurangan benang. Rudolfus dari PT Rumah Bambu mengatakan, bambu kini diekspor. "
            "\"Pembeli dari Jepang datang tiap bulan,\" katanya.")
    result = extract(text)
    assert [p.name for p in result.people] == ["Rudolfus"]
    assert [q.speaker for q in result.quotes] == ["Rudolfus"]


def test_a_capitalized_common_word_before_a_speech_verb_is_still_no_person():
    from melati_archive import extract

    text = "Banjir melanda desa. Polisi mengatakan, jalan ditutup. \"Jangan melintas dulu,\" katanya."
    assert extract(text).people == []


# Institution and document words written after a role word are no people (own texts).
def test_a_role_phrase_ending_in_a_common_noun_introduces_nobody():
    text = ("Bantuan beras dibagikan kepada setiap Kepala Keluarga di Desa Sukamaju. Acara dibuka Ketua "
            "Panitia, lalu Kepala Dinas Kependudukan dan Catatan Sipil memberi sambutan. Aturannya "
            "tertuang dalam Peraturan Gubernur Nomor 12 Tahun 2023. \"Semua warga sudah terdata,\" "
            "kata Kepala Desa Sukamaju, Teguh Prasetyo.")
    cast = find_people(text)
    assert [p.name for p in cast.persons] == ["Teguh Prasetyo"]


def test_the_second_of_two_fields_joined_by_dan_is_part_of_the_role():
    text = ("Menteri Riset dan Teknologi membuka pameran itu. Direktur Jenderal Kependudukan dan Catatan Sipil "
            "Rahmat Santoso menjelaskan layanan daring. \"Antrean kini lebih pendek,\" ujar Rahmat.")
    cast = find_people(text)
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Rahmat Santoso", "Direktur Jenderal Kependudukan dan Catatan Sipil")]


def test_a_one_word_name_the_text_also_writes_in_lowercase_is_a_common_word():
    # "Koperasi" after a role is the unit's field when the text writes "koperasi" elsewhere;
    # a one-word given name ("Hasan") stays a person
    text = ("Kegiatan itu dihadiri Kepala Bidang Koperasi. Pengurus koperasi desa menyiapkan stan. "
            "\"Kami jual hasil kebun sendiri,\" kata Hasan, seorang petani.")
    cast = find_people(text)
    assert [p.name for p in cast.persons] == ["Hasan"]


def test_capitalised_common_words_the_text_also_writes_in_lowercase_are_no_speaker():
    # a capitalised phrase before a cue ("Protokol Pers menyebutkan") whose every word the text
    # also writes in lowercase is a common phrase, not a person's name; a name's words are not
    # written so
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Protokol Pers menyebutkan, \"Wartawan wajib memakai masker.\" Isi protokol "
                    "pers itu disusun dewan.")
    assert [p.name for p in found.people] == [] and [q.speaker for q in found.quotes] == [None]
    found = extract("JAKARTA - \"Semua kapal sudah berangkat,\" ujar Kapal Motor. Setiap kapal motor wajib "
                    "membawa pelampung. \"Tidak ada yang tertinggal,\" kata Budi Santoso, syahbandar pelabuhan.")
    assert [p.name for p in found.people] == ["Budi Santoso"]
    assert [q.speaker for q in found.quotes] == [None, "Budi Santoso"]


def test_two_officials_joined_by_dan_each_with_a_one_word_name():
    cast = find_people("Rombongan dipimpin Wabup Sukamaju Hendra Wijaya. Ikut hadir Wawali Darto dan Sekda "
                       "Yusran di pendapa.")
    assert [(p.name, p.role) for p in cast.persons if p.name in ("Darto", "Yusran")] == [
        ("Darto", "Wawali"), ("Yusran", "Sekda")]


def test_a_list_of_officials_gives_each_their_own_role():
    cast = find_people("Acara itu dihadiri Asisten Sekda Cianjur Bambang Irawan, Kepala Dinas Kominfo Wartini "
                       "dan Kabag Humas Pemkab Cianjur Dedi Kurnia. Para peternak juga datang.")
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Bambang Irawan", "Asisten Sekda Cianjur"), ("Wartini", "Kepala Dinas Kominfo"),
        ("Dedi Kurnia", "Kabag Humas Pemkab Cianjur")]


def test_a_units_last_word_the_text_writes_in_lowercase_stays_in_the_role():
    cast = find_people("Ketua Asosiasi Peternak dan Pegiat Sapi Lokal Cianjur Nanang Wibisono hadir. Para "
                       "peternak menyambutnya.")
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Nanang Wibisono", "Ketua Asosiasi Peternak dan Pegiat Sapi Lokal Cianjur")]


def test_an_official_before_dan_and_the_last_official_after_a_comma_each_keep_their_role():
    cast = find_people("Menteri didampingi Direktur Jenderal Perlindungan Sosial (Dirjen Linjamsos) Wahyu Hidayat "
                       "dan Direktur Perlindungan Korban Bencana, Sri Lestari Handayani.")
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Wahyu Hidayat", "Direktur Jenderal Perlindungan Sosial (Dirjen Linjamsos)"),
        ("Sri Lestari Handayani", "Direktur Perlindungan Korban Bencana")]


def test_a_units_name_written_again_elsewhere_is_not_the_start_of_a_persons_name():
    # "Sentra Mawar Lestari" is written again without the person: Lestari ends the unit's name
    text = ("Kepala Sentra Mawar Lestari Sudarmono membuka acara. Layanan di Sentra Mawar Lestari dibuka "
            "setiap hari. \"Semua anak terlayani,\" ujar Sudarmono.")
    cast = find_people(text)
    assert [(p.name, p.role) for p in cast.persons] == [("Sudarmono", "Kepala Sentra Mawar Lestari")]


def test_a_unit_word_stays_in_the_name_when_the_text_calls_the_person_by_it():
    # "kata Lestari": the word is the person's name, not the unit's
    text = ("Kepala Sentra Mawar Lestari Handayani membuka acara. Layanan di Sentra Mawar dibuka setiap "
            "hari; Mawar Lestari menjadi idola warga. \"Semua anak terlayani,\" kata Lestari.")
    cast = find_people(text)
    assert cast.persons[0].name == "Lestari Handayani"


def test_a_cue_subject_read_inside_an_introduced_name_is_that_person():
    from melati_archive.nlp.extract import extract

    found = extract("MATARAM - Penerbangan di Bandara Lombok naik. Menurut General Manager Bandara Lombok "
                    "Nugroho Santoso, penumpang naik dua kali lipat. \"Slot tambahan kami buka,\" ujar Nugroho.")
    assert [p.name for p in found.people] == ["Nugroho Santoso"]
    assert [q.speaker for q in found.quotes] == ["Nugroho Santoso"]


def test_a_department_after_dan_continues_the_unit():
    cast = find_people("Proyek itu selesai tahun depan. Koordinator Legal dan Humas PT Jalan Sejahtera Cianjur "
                       "Bambang Irawan mengatakan jalan itu dibuka untuk umum.")
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Bambang Irawan", "Koordinator Legal dan Humas PT Jalan Sejahtera Cianjur")]


def test_a_role_cue_followed_by_the_named_person_is_no_person_of_its_own():
    from melati_archive.nlp.extract import extract

    found = extract("BEKASI - Posko banjir dibuka. \"Kami siaga 24 jam,\" kata Lurah Margajaya, Siti Aminah.")
    assert [(p.name, p.role) for p in found.people] == [("Siti Aminah", "Lurah Margajaya")]
    assert [q.speaker for q in found.quotes] == ["Siti Aminah"]


def test_unnamed_people_found_from_their_first_letter_are_those_of_a_full_scan():
    # _add_unnamed tries the pattern only where "Salah satu/seorang" or "Seorang" starts: the same
    # people, at the same offsets, as trying it at every offset of the text
    from melati_archive.nlp.intros import matches_at
    from melati_archive.nlp.mentions import _ANONYMOUS, _ANONYMOUS_AT, _People, _add_unnamed

    text = ("Salah satu warga, yang enggan disebut namanya, mengaku senang.\n"
            "Seorang pedagang sayur mengatakan harga naik. Bantuan tiba. Salah seorang ibu berbagi cerita. "
            "Ia bersama seorang relawan, lalu Salah  satu  peserta menangis. \"Seorang anak mengaku lapar.\"")
    full = [m.span() for m in _ANONYMOUS.finditer(text)]
    gated = [m.span() for m in matches_at(_ANONYMOUS, text, [k.start() for k in _ANONYMOUS_AT.finditer(text)])]
    assert gated == full and len(full) >= 3
    people = _People()
    _add_unnamed(text, people)
    assert "salah satu warga" in [p.name for p in people.persons]
    assert all(p.initials_only for p in people.persons)


def test_initials_only_people_are_found_where_the_text_has_an_age_or_quoted_initials():
    # the scan for initials runs only on texts holding an age "(12)" or quoted initials; a text
    # with only dates in parentheses has none
    from melati_archive.nlp.mentions import _People, _add_unnamed

    def initials(text):
        people = _People()
        _add_unnamed(text, people)
        return [p.name for p in people.persons]

    assert initials("Korban, AD (12), dibawa ke puskesmas. Ibu \"K\" menunggu.") == ["AD", "Ibu K"]
    assert initials("Bapak S (45 tahun) bercerita.") == ["Bapak S"]
    assert initials("Rapat pada Senin (15/01/2024) dihadiri (20 orang) warga.") == []


def test_a_comma_list_of_officials_gives_each_their_own_role():
    cast = find_people("Acara dihadiri Menteri Perhubungan Budi Hartono, Menteri Tenaga Kerja Rina Wulandari, "
                       "Menteri Kelautan dan Perikanan Susanto Wibowo, serta Menteri Perdagangan Agus Salim. "
                       "Semuanya menanam pohon.")
    assert [(p.name, p.role) for p in cast.persons] == [
        ("Budi Hartono", "Menteri Perhubungan"), ("Rina Wulandari", "Menteri Tenaga Kerja"),
        ("Susanto Wibowo", "Menteri Kelautan dan Perikanan"), ("Agus Salim", "Menteri Perdagangan")]


def test_a_rank_written_before_the_name_after_a_comma():
    from melati_archive.nlp.extract import extract

    found = extract("CIANJUR - Upacara dihadiri Kapolres Cianjur, AKBP. Hendra Gunawan, S.I.K., serta para camat.")
    assert [(p.name, p.role) for p in found.people] == [("Hendra Gunawan", "Kapolres Cianjur")]
    # a new clause after a role that already names someone: not that person's appositive
    found = extract("JAKARTA - Larangan itu diumumkan Gubernur Jawa Barat Ridwan Santosa, Kombes Arif mengatakan "
                    "polisi siap berjaga.")
    assert ("Ridwan Santosa", "Gubernur Jawa Barat") in [(p.name, p.role) for p in found.people]


def test_a_surname_typed_with_a_small_letter_stays_with_the_name_a_word_does_not():
    cast = find_people("Bantuan diserahkan Wakil Bupati Cianjur dr. Rahmat hidayatullah, didampingi camat.")
    assert [p.name for p in cast.persons] == ["Rahmat hidayatullah"]
    cast = find_people("Dalam rapat itu Bupati Cianjur Sehan marah, sebab laporan terlambat.")
    assert [p.name for p in cast.persons] == ["Sehan"]


def test_a_unit_named_after_someone_is_not_its_head():
    # "Sentra Terpadu Kartika" is written again without its head: Kartika names the unit
    cast = find_people("Kepala Sentra Terpadu Kartika membuka pelatihan menjahit. Pelatihan di Sentra Terpadu "
                       "Kartika diikuti 30 penerima manfaat.")
    assert cast.persons == []
    # the same role and name written twice is a person
    cast = find_people("Kepala Sentra Terpadu Budiman membuka rapat. Setelah itu Kepala Sentra Terpadu Budiman "
                       "meninjau asrama.")
    assert [p.name for p in cast.persons] == ["Budiman"]


def test_an_office_acronym_with_digits_stays_in_the_role():
    from melati_archive.nlp.extract import extract

    found = extract("CIANJUR - Pendataan lansia dimulai. \"Data harus lengkap,\" kata Kadinsos P3A Cianjur Drs Hendra "
                    "Wijaya melalui Kabid Rehabilitasi Sosial Fajar Nugraha.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Hendra Wijaya", "Kadinsos P3A Cianjur"), ("Fajar Nugraha", "Kabid Rehabilitasi Sosial")]


def test_a_role_read_as_a_name_does_not_hide_the_next_role_and_name():
    cast = find_people("Upacara dihadiri perwakilan Forum Koordinasi Pimpinan Daerah, Sekretaris Daerah Kota Cianjur, "
                       "Hendra Wijaya, S.H., M.E., para asisten dan camat.")
    assert [(p.name, p.role) for p in cast.persons] == [("Hendra Wijaya", "Sekretaris Daerah Kota Cianjur")]


def test_the_name_of_a_military_unit_after_its_number_is_no_person():
    from melati_archive.nlp.extract import extract

    found = extract("AMBON - Bantuan sembako dibagikan di Desa Waai. Hadir pula pimpinan instansi vertikal serta "
                    "Perwira Kodam XV Pattimura dan Komandan Korem 151 Binaiya.")
    assert found.people == []
    # a person after the unit's rank keeps being one
    found = extract("AMBON - Pelatihan relawan ditutup. \"Kami siap membantu,\" kata Komandan Kodim 1504 Ambon "
                    "Letkol Inf Budi Santoso.")
    assert [p.name for p in found.people] == ["Budi Santoso"]


def test_the_word_after_direktorat_jenderal_names_the_office_not_a_person():
    from melati_archive.nlp.extract import extract

    # a page cut short inside the office's name: no "Jenderal Dayas" person
    found = extract("JAKARTA - Balai Mawar adalah unit pelaksana teknis di bawah Direktorat Jenderal Dayas")
    assert found.people == []
    found = extract("JAKARTA - Laporan diserahkan ke Sekretariat Jenderal Linjam dan Inspektorat Jenderal Kemsos.")
    assert found.people == []
    # the rank before a name is still a rank: a general is a person
    found = extract("JAKARTA - Upacara dipimpin Panglima TNI Jenderal Sudarmo di Lapangan Monas.")
    assert [p.name for p in found.people] == ["Sudarmo"]


def test_a_rank_and_its_corps_between_a_numbered_unit_and_the_name_are_no_part_of_name_or_role():
    from melati_archive.nlp.extract import extract

    found = extract("AMBON - Posko banjir dibuka. \"Personel kami siaga 24 jam,\" kata Dandim 1504/Ambon Letkol Inf "
                    "Budi Santoso. Babinsa Koramil Sirimau Serka Yohanis Latuheru ikut mendata warga.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Budi Santoso", "Dandim 1504/Ambon"), ("Yohanis Latuheru", "Babinsa Koramil Sirimau")]
    assert found.quotes[0].speaker == "Budi Santoso"


def test_a_role_word_and_one_word_inside_a_comma_list_are_two_items_not_a_person():
    from melati_archive.nlp.extract import extract

    found = extract("DENPASAR - Posko melibatkan unsur desa, dinas, Babinsa, Pecalang, dan relawan setempat.")
    assert found.people == []
    # outside a list the role, comma, name form still introduces the person
    found = extract("DENPASAR - Posko dibuka Camat, Wayan Sudarsa, dan diikuti relawan setempat.")
    assert [(p.name, p.role) for p in found.people] == [("Wayan Sudarsa", "Camat")]


def test_officials_listed_each_after_their_role_do_not_take_the_next_ones_role():
    from melati_archive.nlp.extract import extract

    found = extract("KOTABUMI - Upacara dihadiri Wakil Bupati Lampura dr. Sri Wahyuni, Sekretaris Daerah Darmawan, "
                    "para asisten, dan para camat.")
    roles = {p.name: p.role for p in found.people}
    assert roles.get("Sri Wahyuni") == "Wakil Bupati Lampura"  # not "Sekretaris Daerah Darmawan"
    # a name after its rank, before a comma and the next official's role, is that person's
    found = extract("JAKARTA - Ikut salat berjemaah Komandan Grup B Paspampres Kolonel (Inf) Harjono, Kepala Biro "
                    "Umum Sekretariat Presiden Dewi Lestari, dan para ajudan.")
    roles = {p.name: p.role for p in found.people}
    assert roles["Harjono"] == "Komandan Grup B Paspampres"
    assert roles["Dewi Lestari"] == "Kepala Biro Umum Sekretariat Presiden"
    # an appositive role after a name with no role before it stays that name's role
    found = extract("JAKARTA - Acara dibuka Budi Santoso, Kepala Sentra Terpadu Kartini, pada Senin pagi.")
    assert [(p.name, p.role) for p in found.people] == [("Budi Santoso", "Kepala Sentra Terpadu Kartini")]


def test_a_role_with_the_place_of_its_office_after_di_before_the_comma_and_name():
    from melati_archive.nlp.extract import extract

    found = extract("TEMANGGUNG - Bantuan diserahkan oleh Kepala Sentra Terpadu Kartini di Temanggung, Ratna Dewi "
                    "bersama camat setempat. \"Semoga bermanfaat,\" kata Ratna.")
    assert [(p.name, p.role) for p in found.people] == [("Ratna Dewi", "Kepala Sentra Terpadu Kartini di Temanggung")]
    assert found.quotes[0].speaker == "Ratna Dewi"
    # "di" before a lowercase word ends the role: no place swallowed
    found = extract("TEMANGGUNG - Camat Kledung, Budi Hartono, hadir di lokasi. Kepala Desa di sana, Sutrisno, menyambut.")
    assert ("Budi Hartono", "Camat Kledung") in [(p.name, p.role) for p in found.people]


def test_a_functional_civil_service_post_opens_a_role():
    from melati_archive.nlp.extract import extract

    found = extract("BANGKALAN - Dapur umum dibuka.\nFungsional Pekerja Sosial Ahli Pertama Dinas Sosial Bangkalan "
                    "Siti Rahmah menyatakan, relawan bersiaga.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Siti Rahmah", "Fungsional Pekerja Sosial Ahli Pertama Dinas Sosial Bangkalan")]


def test_a_well_known_city_between_a_unit_and_a_name_belongs_to_the_role():
    from melati_archive.nlp.extract import extract

    found = extract("JEMBER - Posko dibuka. Plt Kepala Dinsos Jember Ahmad Fauzi Rahman meninjau lokasi.")
    assert [(p.name, p.role) for p in found.people] == [("Ahmad Fauzi Rahman", "Plt Kepala Dinsos Jember")]
    # a given name that is also a city's stays a name
    found = extract("BOGOR - \"Kami siapkan posko,\" kata Wali Kota Bogor Bima Arya.")
    assert [p.name for p in found.people] == ["Bima Arya"]


def test_one_of_a_group_keeps_the_place_of_the_group_in_the_role():
    found = find_people("Banjir merendam rumah. Salah seorang warga Kelurahan Baru Rahmawati mengaku sudah seminggu "
                        "mengungsi.")
    assert [(p.name, p.role) for p in found.persons] == [("Rahmawati", "warga Kelurahan Baru")]


def test_a_name_then_its_group_and_place_without_a_comma():
    from melati_archive.nlp.extract import extract

    found = extract("GORONTALO - Bantuan disambut warga, seperti Yusuf Hamzah warga Desa Molintogupo Kecamatan "
                    "Suwawa.\n\"Kami sangat terbantu,\" kata Yusuf.")
    assert [(p.name, p.role) for p in found.people] == [("Yusuf Hamzah", "warga Desa Molintogupo Kecamatan Suwawa")]
    assert found.quotes[0].speaker == "Yusuf Hamzah"
    # a group word with no place after it gives no role
    found = extract("GORONTALO - Menurut Yusuf Hamzah warga sekitar, air datang malam hari.")
    assert [(p.name, p.role) for p in found.people] == [("Yusuf Hamzah", None)]


def test_a_given_name_element_before_the_short_form_stays_in_the_name_after_an_unknown_unit_word():
    from melati_archive.nlp.extract import extract

    found = extract("BANYUWANGI - Direktur RSUD Kalibaru Sri Wahyuni Lestari mengungkapkan, 600 tenaga kesehatan "
                    "terdaftar. \"Vaksinasi berjalan lancar,\" kata Wahyuni.")
    assert [(p.name, p.role) for p in found.people] == [("Sri Wahyuni Lestari", "Direktur RSUD Kalibaru")]
    assert found.quotes[0].speaker == "Sri Wahyuni Lestari"


def test_a_name_may_end_with_utama_a_role_qualifier_elsewhere():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Head of Tiketku Rudi Utama mengatakan, acara daring dibutuhkan. \"Semua bisa ikut,\" "
                    "kata Rudi. Direktur Utama Bank Sejahtera Sulastri hadir.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Rudi Utama", "Head of Tiketku"), ("Sulastri", "Direktur Utama Bank Sejahtera")]
    assert found.quotes[0].speaker == "Rudi Utama"


def test_a_ministry_named_by_a_comma_list_of_its_fields_is_one_role():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Menurut Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Halim Santosa, "
                    "dana desa diprioritaskan. \"Desa harus tumbuh,\" kata Halim.")
    assert [(p.name, p.role) for p in found.people] == [
        ("Halim Santosa", "Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi")]
    # ministers listed one after another keep their own roles
    found = extract("JAKARTA - Hadir Menteri Perhubungan Budi Karsa, Menteri Agama Fahri Rozi, dan Menteri "
                    "Kesehatan Teguh Putranto.")
    assert {p.name: p.role for p in found.people} == {
        "Budi Karsa": "Menteri Perhubungan", "Fahri Rozi": "Menteri Agama", "Teguh Putranto": "Menteri Kesehatan"}


def test_two_capitals_after_a_name_in_a_cue_are_no_initial_of_it():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Kepala Balai Mawar Mahmud MD mengimbau warga. \"Ini terjadi di mana-mana,\" kata "
                    "Mahmud MD dalam keterangannya.")
    assert [p.name for p in found.people] == ["Mahmud"]  # not "Mahmud M"
    assert found.quotes[0].speaker == "Mahmud"


def test_initials_after_a_rank_open_the_name_even_when_the_text_later_uses_the_next_word():
    from melati_archive.nlp.extract import extract

    found = extract("MANADO - Kepala Polda Sulut Inspektur Jenderal RB Dimas Putra Lumban meminta laporan segera. "
                    "\"Surat suara harus aman,\" kata Dimas.")
    assert [(p.name, p.role) for p in found.people] == [
        ("RB Dimas Putra Lumban", "Kepala Polda Sulut")]


def test_a_reduplicated_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    from melati_archive.nlp.extract import extract

    found = extract("BANYUMAS - Pentas dimulai. Berkali-kali Sutrisno memutar badannya. \"Tari ini doa,\" kata "
                    "Sutrisno.")
    assert [p.name for p in found.people] == ["Sutrisno"]


def test_an_occupation_opens_a_role_and_a_role_abbreviation_is_no_person():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Konser amal digelar. Vokalis Band Pelangi, Rendra, menjelaskan, dana untuk pekerja "
                    "harian. \"Kami ingin membantu,\" ujarnya.")
    assert [(p.name, p.role) for p in found.people] == [("Rendra", "Vokalis Band Pelangi")]
    found = extract("JAKARTA - Kapal selam dicari. \"Alat kami lengkap,\" kata Kadispen TNI AL.")
    assert found.people == [] and found.quotes[0].speaker is None
    # a venue named after athletes is no person
    found = extract("JAKARTA - Pasien dirawat di Wisma Atlet. \"Ruang ICU ditambah,\" kata Koordinator RS Darurat "
                    "Wisma Atlet.")
    assert found.people == [] and found.quotes[0].speaker is None


def test_words_of_units_and_sentence_adverbs_are_never_names():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Razia digelar Satuan Polisi Pamong Praja bersama Kamar Dagang setempat. Alhasil, warga "
                    "tertib. Izin diurus di Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.")
    assert found.people == []
    found = extract("JAKARTA - Kriminolog Universitas Nusa Arif Wicaksono menilai razia perlu. \"Tegas saja,\" "
                    "katanya.")
    assert [(p.name, p.role) for p in found.people] == [("Arif Wicaksono", "Kriminolog Universitas Nusa")]


def test_foreign_officials_with_city_and_country_and_no_country_or_newspaper_as_a_person():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Seperti diberitakan di The Herald, Wali Kota Lyon, Perancis Marie Dubois mengumumkan "
                    "jalur sepeda baru. Menteri Perhubungan Belanda Kees Visser juga hadir.")
    assert {p.name: p.role for p in found.people} == {
        "Marie Dubois": "Wali Kota Lyon, Perancis", "Kees Visser": "Menteri Perhubungan Belanda"}


def test_a_venue_or_department_name_and_the_word_after_juru_stay_in_the_role():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Salat Id digelar. Imam Besar Masjid Istiqomah Hasanuddin Umar memimpin salat. Juru Masak "
                    "dan Juru Mudi kapal ikut. Kepala Bidang Bina Marga hadir.")
    assert [(p.name, p.role) for p in found.people] == [("Hasanuddin Umar", "Imam Besar Masjid Istiqomah")]


def test_place_and_rank_words_of_the_civil_service_are_no_names():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Lelang jabatan Pejabat Pimpinan Tinggi Pratama dibuka. Camat Kebayoran Lama dan warga "
                    "Pondok Aren hadir. Asisten Tindak Pidana Khusus Yohanes Sinaga memaparkan berkas.")
    assert [(p.name, p.role) for p in found.people] == [("Yohanes Sinaga", "Asisten Tindak Pidana Khusus")]


def test_english_words_of_an_organisations_name_stay_out_of_the_persons_name():
    from melati_archive.nlp.extract import extract

    found = extract("JAKARTA - Draf belum dibagikan. Direktur Nusa Law & Policy Strategic Rahmat Hidayat mengatakan, "
                    "pembahasan cenderung tertutup.")
    assert [p.name for p in found.people] == ["Rahmat Hidayat"]


def test_a_two_word_office_typed_with_a_small_second_word_still_introduces_the_name():
    from melati_archive.nlp.extract import extract

    found = extract("KOTABUMI - Turut hadir Wakil Bupati dr. Sri Rahayu, Sekretaris daerah Darmadi, para asisten, dan "
                    "camat. Kepala desa Sukamaju Budi Santoso mengatakan warga siap.")
    assert {p.name: p.role for p in found.people} == {
        "Sri Rahayu": "Wakil Bupati", "Darmadi": "Sekretaris daerah", "Budi Santoso": "Kepala desa Sukamaju"}


def test_initials_after_a_corps_in_parentheses_stay_in_the_name():
    from melati_archive.nlp.extract import extract

    found = extract("JAYAPURA - Kepala Penerangan Kodam XVII Kolonel (Czi) IGN Wirawan mengatakan, situasi aman. "
                    "\"Patroli kami tambah,\" ujarnya.")
    assert [p.name for p in found.people] == ["IGN Wirawan"]
    assert found.quotes[0].speaker == "IGN Wirawan"


def test_a_long_run_of_ranks_and_capitals_without_a_comma_ends():
    # every all-caps word had two readings in a role phrase: 40 of them took longer than a lifetime
    import subprocess
    import sys

    code = ("from melati_archive.nlp.extract import extract; "
            "print(len(extract('JAKARTA - ' + 'Kolonel (Czi) IGN ' * 40 + 'mengatakan').people))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_full_name_with_a_short_nickname_in_parentheses_is_a_person_without_a_role():
    cast = find_people("Rizal Fadli Maulana (Adi), relawan Tagana, ikut mengevakuasi warga. Adi sudah lima "
                       "tahun menjadi relawan.")
    assert [p.name for p in cast.persons] == ["Rizal Fadli Maulana"]
    assert "Adi" in cast.persons[0].aliases


def test_a_nickname_before_sapaan_akrab_and_the_full_name():
    cast = find_people("Setiap pagi Mak Inah, sapaan akrab Siti Inayah, berjualan gorengan.")
    assert [(p.name, "Mak Inah" in p.aliases) for p in cast.persons] == [("Siti Inayah", True)]


def test_units_places_and_roles_in_parentheses_are_no_nicknamed_people():
    text = ("Tim terdiri dari Komando Pasukan Katak (Kopaska), Intai Amfibi Marinir (Taifib), dan anggota "
            "Taruna Siaga Bencana (Tagana). Lokasinya antara lain Danau Toba (Sumatera Utara) dan Musi Rawas "
            "(Mura). Hadir pula peneliti Network for Electoral Integrity (Netgrit).")
    assert [p.name for p in find_people(text).persons] == []


def test_one_of_a_group_is_not_part_of_the_role_and_two_of_a_group_stay_two_people():
    text = ("Salah seorang pengunjung, Rendi, datang sejak pagi. Seorang pengunjung, Tika Maharani, ikut antre. "
            "Wartini, salah satu penerima manfaat Program Keluarga Harapan, membuka warung.")
    people = {p.name: p.role for p in find_people(text).persons}
    assert people == {"Rendi": "pengunjung", "Tika Maharani": "pengunjung",
                      "Wartini": "penerima manfaat Program Keluarga Harapan"}


def test_the_office_in_parentheses_after_a_name_is_no_later_mention_or_alias():
    cast = find_people("Bantuan diserahkan oleh Yusuf Maulana (Kepala Desa Cikareo) kepada warga.")
    assert [(p.name, p.role, p.aliases) for p in cast.persons] == [("Yusuf Maulana", "Kepala Desa Cikareo", [])]


def test_a_rank_and_name_after_a_street_or_airport_word_name_the_street():
    text = ("Genangan terjadi di Jalan Jenderal Gatot Subroto dan Jalan Kolonel Sugiono. Kapolsek Tebet Kompol "
            "Rudi Hartono mengatur lalu lintas.")
    assert [(p.name, p.role) for p in find_people(text).persons] == [("Rudi Hartono", "Kapolsek Tebet")]


def test_the_last_word_of_an_offices_name_after_menurut_is_no_speaker():
    from melati_archive import extract

    text = ("Pemkab menggelar Gerakan Pangan Murah di alun-alun. Menurut Kepala Dinas Ketahanan Pangan, Pertanian "
            "dan Perikanan, stok beras cukup hingga Lebaran.")
    assert [p.name for p in extract(text).people] == []


def test_a_described_person_named_with_bernama_is_one_named_person_not_an_unnamed_one_too():
    from melati_archive.nlp.mentions import find_people

    people = find_people("Seorang nelayan bernama Darsono Wijaya hilang di laut.").persons
    assert [(p.name, p.initials_only) for p in people] == [("Darsono Wijaya", False)]


def test_an_office_written_out_later_replaces_its_short_form_as_the_role():
    from melati_archive.nlp.mentions import find_people

    text = "Kadinkes Garut Leli Yuliani meninjau puskesmas. Leli, Kepala Dinas Kesehatan Kabupaten Garut, menyebut stok aman."
    assert [(p.name, p.role) for p in find_people(text).persons] == [
        ("Leli Yuliani", "Kepala Dinas Kesehatan Kabupaten Garut")]


def test_a_later_role_with_a_clause_or_a_second_person_does_not_replace_the_first():
    from melati_archive.nlp.rolebounds import written_out as _written_out

    assert not _written_out("Wali Kota Bengkulu", "Wali Kota Bengkulu dua periode")
    assert not _written_out("Presiden", "Presiden Jokowi dan Ibu Negara")


def test_a_cues_group_word_before_bernama_is_the_speakers_role_without_it():
    from melati_archive import extract

    ex = extract("\"Jalan ini rusak parah,\" ujar warga bernama Karto ketika dikonfirmasi.")
    assert [(p.name, p.role) for p in ex.people] == [("Karto", "warga")]


def test_an_acronym_reading_the_role_words_before_the_name_marks_an_institution():
    text = ("Ketua Fraksi Partai Bintang Sejahtera (PBS) Rudi Hartono hadir. Kepala Madrasah Tsanawiyah (MTs) dan "
            "Madrasah Aliyah (MA) se-Kabupaten Sukamaju ikut rapat.")
    names = [p.name for p in find_people(text).persons]
    assert "Sejahtera" not in names and "Aliyah" not in names and "Tsanawiyah" not in names


def test_a_persons_own_initials_in_brackets_keep_the_person():
    text = "Anggota DPRD Garut Ahmad Yusuf Rahman (AYR) menyerap aspirasi warga. Kang Dedi Mulyadi (KDM) hadir."
    assert "Ahmad Yusuf Rahman" in [p.name for p in find_people(text).persons]


def test_one_word_after_a_bare_kepala_or_kasi_is_the_unit_not_a_person():
    text = ("Kepala Kandisdik juga meminta semua guru hadir tepat waktu. Peserta dari Seksi Pendma hadir, didampingi "
            "Kasubbag TU & Kasi Pendma.")
    assert [p.name for p in find_people(text).persons] == []


def test_the_word_after_a_prosecutors_or_courts_name_is_its_seat():
    text = ("\"Tim Jaksa Cabang Kejaksaan Negeri Lembahraya di Sukamaju sudah memeriksa saksi,\" ujar Rudi Hartono. "
            "Hadir Kapolres, Dandim, dan Ketua Pengadilan Negeri Cibening.")
    names = [p.name for p in find_people(text).persons]
    assert "Lembahraya" not in names and "Cibening" not in names


def test_a_bodys_short_name_and_place_after_kepala_badan_is_no_one():
    text = "Festival dibuka Kepala Badan Kesbangpol Lembah mewakili Bupati."
    assert [p.name for p in find_people(text).persons] == []


def test_a_headlines_capitalised_verbs_are_no_persons_name():
    text = ("Harga cabai turun.\n\nBaca Juga:\nBupati Lembah Mengadu ke Menteri, Petani Menangis Minta Pupuk Murah\n\n"
            "Buka Pameran Batik, Bupati Lembah Sarinah Yakin Bisa Jadi Daya Tarik Wisata\n\nPedagang berharap harga "
            "stabil.")
    names = [p.name for p in find_people(text).persons]
    assert "Menangis Minta" not in names and "Tarik Wisata" not in names


def test_a_person_named_in_a_headline_and_the_body_is_kept():
    text = ("Bupati Sleman Sarinah Resmikan Jembatan Baru di Desa Sukamaju Pagi Ini\n\n"
            "Bupati Sleman Sarinah meresmikan jembatan itu, Senin.")
    assert "Sarinah" in [p.name for p in find_people(text).persons]



def test_a_long_title_case_line_is_read_once_not_per_name():
    import time

    text = "Serka Budi Santoso, " * 2000 + "\n" + "Buka Festival Bupati Yakin Bisa " * 1250
    t0 = time.process_time()
    find_people(text)
    assert time.process_time() - t0 < 3.0
