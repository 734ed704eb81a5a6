"""Well-known Indonesian places: the province capitals and the larger cities and regencies a
dateline names. A dateline that names one needs no other evidence in the text that it is a place.
Names that are also common words (batu, metro, batang, pati, bone, banjar) are left out: "Batu - ..."
at a line's start is more often not a dateline."""
from __future__ import annotations

# Written in lower case; a place of several words with single spaces.
KNOWN_PLACES = frozenset("""
banda aceh|medan|padang|pekanbaru|tanjung pinang|tanjungpinang|batam|jambi|palembang|pangkal pinang|pangkalpinang
|bengkulu|bandar lampung|jakarta|bandung|serang|semarang|yogyakarta|jogja|surabaya|denpasar|mataram|kupang
|pontianak|palangka raya|palangkaraya|banjarmasin|banjarbaru|samarinda|balikpapan|tanjung selor|tarakan|manado
|gorontalo|palu|mamuju|makassar|kendari|ambon|sofifi|ternate|jayapura|manokwari|sorong|nabire|wamena|merauke
|bekasi|depok|bogor|tangerang|cilegon|sukabumi|cianjur|cirebon|tasikmalaya|garut|karawang|purwakarta|subang
|indramayu|kuningan|sumedang|majalengka|cimahi|solo|surakarta|magelang|salatiga|pekalongan|tegal
|purwokerto|banyumas|kudus|jepara|klaten|boyolali|sragen|wonogiri|sleman|bantul|malang|kediri|blitar
|madiun|jember|banyuwangi|probolinggo|pasuruan|mojokerto|sidoarjo|gresik|lamongan|tuban|bojonegoro|sampang
|bangkalan|pamekasan|sumenep|singaraja|gianyar|tabanan|bima|sumbawa|ende|maumere|labuan bajo|kefamenanu|atambua
|singkawang|ketapang|sampit|kotabaru|bontang|bulungan|bitung|tomohon|kotamobagu|parepare|palopo|gowa|maros
|baubau|kolaka|tual|timika|biak|fakfak|lhokseumawe|langsa|sabang|meulaboh|pematangsiantar|binjai|sibolga
|padangsidimpuan|tebing tinggi|bukittinggi|payakumbuh|solok|pariaman|dumai|lubuklinggau|prabumulih|lahat
|kotabumi|tanjung pandan|muara enim|kabanjahe|karanganyar|temanggung|kebumen|cilacap|brebes|demak
|kendal|rembang|blora|grobogan|sukoharjo|ngawi|ponorogo|pacitan|trenggalek|tulungagung
|lumajang|situbondo|bondowoso|nganjuk|jombang|magetan
""".replace("\n", "").split("|")) | frozenset("""
aceh besar|aceh jaya|aceh singkil|aceh tamiang|bener meriah|gayo lues|nagan raya|pidie jaya|deli serdang
|serdang bedagai|humbang hasundutan|pakpak bharat|toba samosir|mandailing natal|lima puluh kota|kuantan singingi
|muaro jambi|musi banyuasin|musi rawas|ogan ilir|ogan komering ilir|ogan komering ulu|empat lawang|rejang lebong
|tulang bawang|kulon progo|kubu raya|pulang pisau|murung raya|kutai kartanegara|penajam paser utara|mahakam ulu
|tana tidung|bolaang mongondow|parigi moutong|tojo una-una|banggai kepulauan|banggai laut|tana toraja
|sidenreng rappang|seram bagian barat|seram bagian timur|puncak jaya|pegunungan bintang|lanny jaya|mamberamo raya
|intan jaya|boven digoel|biak numfor|raja ampat|pegunungan arfak|rote ndao|sabu raijua|timor tengah selatan
|timor tengah utara|barito kuala|sawah lunto|pagar alam|tidore kepulauan|gunung sitoli|padang lawas|way kanan
""".replace("\n", "").split("|"))
# The second set: regencies named by two or three words none of which heads a place name ("Rejang Lebong",
# "Deli Serdang", "Musi Banyuasin"); a person's two names never are one of them.


# Regencies written short by syllables as regional pages write them between an office and its holder
# ("Kepala Dinas Sosial Kutim Name", "Bupati Kukar Name"): places, never name words. Short forms that are
# also given names or common words (Madina, Mitra, Muna) are left out.
REGION_SHORT_FORMS = frozenset("""
kutim kukar kubar kotim kobar mahulu inhil inhu kuansing rohul rohil sergai labura labusel tapsel tapteng taput
humbahas tobasa halsel halbar halteng haltim halut malteng malra bolmong bolsel boltim bolmut minsel minut
konsel konut koltim kolut butur busel buteng mubar lamsel lamteng lamtim lampura lambar tubaba pessel pasbar
tanjabbar tanjabtim muba muratara sidrap pangkep lutim lutra torut parimo morut touna gorut bonebol batola
tanbu barsel barut bartim gumas pulpis abdya agara
""".split())


# Provinces by their one-word name or short form, as a unit's office typed small after it ("Kantor Basarnas bali",
# "BPBD jatim"): never a surname typed small.
PROVINCE_WORDS = frozenset("""
aceh sumut sumbar riau kepri jambi sumsel babel bengkulu lampung banten jabar jateng jatim diy bali ntb ntt kalbar
kalteng kalsel kaltim kaltara sulut gorontalo sulteng sulbar sulsel sultra maluku malut papua
""".split())
# The same words as a regex alternative (a pattern piece: no group, no bounds)
PROVINCE_PATTERN = "(?:" + "|".join(sorted(PROVINCE_WORDS)) + ")"
