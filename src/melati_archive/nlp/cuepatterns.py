"""The patterns of what follows (and stands around) a quote's closing mark: the speech verbs with
their subject (a name, a run of role words and a name, a pronoun, a group, a description, a
relative of someone), "melalui" and the unit's place inside a role, and the words that are no
subject. quotes.py reads a cue with them."""
from __future__ import annotations

import re

from . import people as P
from .names import RANK_ABBREVIATIONS
from .roles import _PROVINCE_SMALL
from .speechverbs import _CUE_AFTER_VERB, _EN, _MEN

# Nouns that name the statement before a passive verb of speaking: `"...." Harapan itu disampaikan Name`.
_STATEMENT_NOUNS = (r"(?:pernyataan|hal|ucapan|penegasan|pesan|harapan|imbauan|komitmen|penjelasan|keterangan|permintaan|"
                    r"ajakan|janji|ungkapan|arahan|instruksi|peringatan|seruan|tanggapan|jawaban|pengakuan)")
_PASSIVE_SPEECH = r"di(?:katakan|tambahkan|sampaikan|ungkapkan|jelaskan|tegaskan|terangkan|tuturkan|utarakan|kemukakan)"
# After the closing mark: `, ujar Name` / `ujarnya` / `kata dia` / `Name menambahkan`.
_AFTER = re.compile(
    r"[^\S\n]*[,.\u2013\u2014]?[^\S\n]*(?:" + _CUE_AFTER_VERB + r"|(?P<verb3>" + _EN + r")\b|(?P<verb2>(?:" + _STATEMENT_NOUNS
    + r"[^\S\n]+(?:itu|tersebut|ini)[^\S\n]+|demikian[^\S\n]+)?" + _PASSIVE_SPEECH + r"(?:[^\S\n]+oleh)?)(?P<nya2>nya)?\b)",
    re.IGNORECASE,
)
_AFTER_NAME_MEN = re.compile(r"[^\S\n]*[,.]?[^\S\n]*(?P<name>" + P.NAME_PATTERN + r")[^\S\n]+(?P<verb>" + _MEN + r"|" + _EN + r")\b")
_AFTER_PRONOUN_MEN = re.compile(r"[^\S\n]*[,.]?[^\S\n]*(?P<pro>[Ii]a|[Dd]ia|[Bb]eliau|[Hh]e|[Ss]he)[^\S\n]+(?P<verb>" + _MEN + r"|" + _EN + r")\b")
# `"...." Bupati menegaskan dalam pidatonya.`: a role word and a speech verb that ends its
# clause (no object after it) speak the quote even without a comma before the closing mark.
_AFTER_ROLE_MEN = re.compile(
    r"[^\S\n]*[,.]?[^\S\n]*(?P<role>(?:" + "|".join(sorted({h.capitalize() for h in P.ROLE_HEADS}, key=len, reverse=True))
    + r")(?:[^\S\n]+[A-Za-z][a-z]+){0,3}?)[^\S\n]+(?P<verb>" + _MEN + r")\b"
    r"(?=[^\S\n]*[.,;]|[^\S\n]+(?:dalam|saat|ketika|di|kepada|pada|usai|seusai|sebelum|setelah)\b)"
)
_CREDIT_WORDS = re.compile(r"(?:Foto|Video|Dok|Dokumen|Ilustrasi|Sumber|Grafis|Kredit|Tangkapan)\b", re.IGNORECASE)
# A lowercase word after "menurut" that is no pronoun and no "-nya" word ("menurut pengakuannya").
_MENURUT_SOURCE = re.compile(r"[^\S\n]+(?!(?:dia|ia|beliau|dr|drg|ir|prof|bapak|ibu|pak|bu|sang|saudara|saudari)\b)"
                             r"(?P<word>[a-z][a-z\-]*)(?<!nya)\b")
_PAREN_ATTRIBUTION = re.compile(r"[^\S\n]*\((?P<name>" + P.NAME_PATTERN + r")(?:[^\S\n]*,[^\S\n]*(?P<role>[^()\n]{2,80}))?\)")
_SUBJ_PRONOUN = re.compile(r"[^\S\n]+(?P<pro>[Dd]ia|[Ii]a|[Bb]eliau|yang[^\S\n]+bersangkutan|he|she)\b")
# Several people speak ("kata mereka", "ujar keduanya", "kata para relawan", "they said"): nobody.
_GROUP_WORDS = (r"(?:mereka|keduanya|ketiganya|kami|kita|they|(?:para|sejumlah|beberapa|sebagian|banyak|kedua|ketiga|keempat|kelima)"
                r"[^\S\n]+[a-z][\w\-]*)")  # "ujar kedua tersangka": both of them
_SUBJ_GROUP = re.compile(r"[^\S\n]+(?P<grp>" + _GROUP_WORDS + r")\b")
_AFTER_GROUP_MEN = re.compile(r"[^\S\n]*[,.]?[^\S\n]*(?P<grp>(?i:" + _GROUP_WORDS + r"))[^\S\n]+(?P<verb>" + _MEN + r"|" + _EN + r")\b")
# A description ending in "itu"/"tersebut" after the verb: "kata pria kelahiran Solo itu"; in lowercase words
# only, also "ini" ("ujar penjual tempe ini"; "pria yang disapa Safa ini" is read by called_description).
_SUBJ_DESCRIPTIVE = re.compile(
    r"[^\S\n]+(?P<desc>[a-z][\w\-]*(?:[^\S\n]+[\w\-]+){0,4}?[^\S\n]+(?:itu|tersebut)|[a-z][\w\-]*(?:[^\S\n]+[a-z][\w\-]*){0,4}?[^\S\n]+ini"
    # "ujar rektor yang pernah merintis karier sebagai wartawan ini": a relative clause runs longer
    r"|[a-z][\w\-]*[^\S\n]+yang(?:[^\S\n]+[a-z][\w\-]*){1,8}?[^\S\n]+(?:ini|itu|tersebut)"
    # "jelas kiai kelahiran Sumenep, Madura ini": where the person was born, a place and its region
    r"|[a-z][\w\-]*(?:[^\S\n]+[a-z][\w\-]*){0,2}?[^\S\n]+(?:kelahiran|asal)[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2}"
    r"(?:,[^\S\n]+[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2})?[^\S\n]+(?:ini|itu|tersebut))"
    r"(?=[^\S\n]*[.,;!?]|[^\S\n]*$)"
)
_LOWER_HEADS = "|".join(sorted(P.ROLE_HEADS, key=len, reverse=True))
_CAP = r"(?:(?:Drs|Dra|Dr|Ir|Prof|Hj|H|KH|RKH|KHR|AA|RM|Tb|Rd|Mrs|Mr|Ms)\.(?=[^\S\n]+[A-Z])|" + RANK_ABBREVIATIONS + r"\.(?=[^\S\n]+[A-Z])|[A-Z][\w\-]*\.(?:co|id|org|com)\b|[A-Z]\.|[A-Z][A-Za-z]*-\d+\b|[A-Z][\w'\-]*(?![\w\-])|[A-Z]{2,}[\w\-]*)"
# The subject after a cue verb: a capitalized run (role words and/or a name), optionally led by a
# lowercase role word ("kata anggota Komisi ..."), optionally "Role, Name".
_SUBJ_RUN = re.compile(
    r"[^\S\n]+(?P<run>(?:(?:sang|mantan|eks|" + _LOWER_HEADS + r")[^\S\n]+(?:(?:[a-z]+[^\S\n]+){0,2}))?" + P._HONOR + r"*" + _CAP +
    r"(?:[^\S\n]+(?:" + _CAP + r"|\d{1,4}(?:[\-/][\w\-]+)*(?=[^\S\n]+[A-Z]|,[^\S\n]+[A-Z])|dan|of|for|and|to|&|\([A-Z][\w.\-/]{0,15}\)|" + _PROVINCE_SMALL + r"))*)"
    r"(?P<tail>(?:[^\S\n]*,[^\S\n]+" + P.NAME_PATTERN + r"){0,3})"
)
# A description with capitals and a number or lowercase word inside ("kata Mantan Wali Kota Solo
# dua periode ini") names nobody: whoever the text was just talking about, if one.
_SUBJ_DESCRIPTIVE_CAP = re.compile(
    r"[^\S\n]+(?P<desc>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,5}(?P<low>(?:[^\S\n]+(?:\d+|[a-z][a-z\-]*)){1,2})"
    r"(?:[^\S\n]+[A-Z][\w\-]*){0,2}[^\S\n]+(?:ini|itu|tersebut))(?=[^\S\n]*[.,;!?]|[^\S\n]*$)"
)
# Words that start a clause after the subject ("Yohana lewat suratnya tersebut"): no description.
_CLAUSE_WORDS = frozenset("dalam saat di pada kepada ketika usai seusai setelah lewat melalui dengan kepada "
                          "untuk bagi dari ke yang dan atau".split())

# "kata Kadis X melalui Kabid Y" / "kata Bupati X yang diwakili Asisten Y": the office head speaks
# through Y, and Y is the one quoted.
_THROUGH = re.compile(r"[^\S\n]*,?[^\S\n]+(?:melalui|lewat|(?:yang[^\S\n]+)?diwakili(?:[^\S\n]+oleh)?)[^\S\n]+(?P<seg>(?:[^,;\"\n.]|\.(?=[A-Za-z])|(?<![\w.][a-z])\.(?=[^\S\n]+[A-Z]))+?)(?P<tail>(?:[^\S\n]*,[^\S\n]+"
                      + P.NAME_PATTERN + r")?)(?=[^\S\n]*[,;]|(?<![^\S\n][A-Z])\.(?:[^\S\n]|$)|$)")
# "kata Kepala Balai X di Temanggung, Budi": the unit's place inside the role, then the name.
_ROLE_AT_PLACE = re.compile(r"[^\S\n]+(?P<prep>di|dari|pada|asal)[^\S\n]+(?P<place>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2})[^\S\n]*,[^\S\n]+"
                            r"(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;]|[^\S\n]*$)")
# "tanya wartawan", "kata pembawa acara": the other side of an interview or an event, never named.
_SUBJ_OTHER_SIDE = re.compile(r"[^\S\n]+(?:para[^\S\n]+|seorang[^\S\n]+)?(?:wartawan|jurnalis|reporter|pewarta|awak[^\S\n]+media|penanya|saya|aku|penulis|"
                              r"pembawa[^\S\n]+acara|hadirin)\b(?![^\S\n]*,[^\S\n]+[A-Z])")
# "kata seorang petugas (yang enggan disebut namanya)" / "ujar salah satu warga, Name": one of many.
_SUBJ_ONE_OF = re.compile(r"[^\S\n]+(?:seorang|salah[^\S\n]+(?:seorang|satu))[^\S\n]+(?P<desc>[a-z][\w\-]*(?:[^\S\n]+[a-z][\w\-]*){0,6}?)"
                          r"(?:[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;(]|[^\S\n]*$)|(?=[^\S\n]*[,.;!?]|[^\S\n]*$|[^\S\n]+yang\b))")
# "kata Kepala Dinas X yang baru dilantik, Name": a clause on how the office was taken, then the name.
_ROLE_NEWLY = re.compile(r"[^\S\n]+yang[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:dilantik|menjabat|terpilih|ditunjuk|diangkat)"
                         r"(?:[^\S\n]+[a-z]+){0,3}[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;]|[^\S\n]*$)")
# "kata ibu korban" / "kata ibu korban, Sumarni": a lowercase role, and the name after its comma.
# "kata ibu korban", "ujar suami Siti itu", "kata kakak almarhum, Name": a relative of someone the
# text names; not that person. Nobody, unless their own name follows after a comma.
_SUBJ_KIN = re.compile(
    r"[^\S\n]+(?P<role>(?:ayah|ibu|ayahanda|ibunda|bapak|kakak|adik|istri|suami|anak|paman|bibi|nenek|kakek|keluarga|kerabat|"
    r"tetangga|orang[^\S\n]+tua)[^\S\n]+(?:korban|pelaku|almarhum|almarhumah|mendiang|tersangka|terdakwa|pasien|bocah|"
    r"balita|siswa|(?<!ibu[^\S\n])(?<!bapak[^\S\n])(?<!nenek[^\S\n])(?<!kakek[^\S\n])[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,2}))"
    r"(?:[^\S\n]+(?:itu|tersebut|ini))?"
    r"(?:[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;]|[^\S\n]*$))?(?=[^\S\n]*[,.;!?]|[^\S\n]*$)")
# Words after a cue verb that are no subject: adverbs, prepositions, conjunctions ("kata lagi"
# is rare, "ujarnya lagi" common; "ujar singkat", "tutur saat ditemui").
_NOT_A_NOUN = (r"(?:lagi|kembali|pula|pun|singkat|pelan|perlahan|lirih|tegas|lantang|sambil|seraya|sembari|saat|ketika|"
               r"dalam|di|ke|dari|kepada|usai|seusai|sebelum|setelah|pada|dengan|bahwa|kemudian|lalu|juga|itu|ini|"
               r"tersebut|yang|dan|atau|serta|nya|sang|(?:me|ber|di)[a-z]{3,}|the|a|an|this|that|his|her|"
               # a person described, not an office ("ujar perempuan yang ingin menjadi model ini")
               r"pria|wanita|perempuan|lelaki|laki-laki|gadis|bocah|remaja|pemuda|pemudi|anak|ibu|bapak|nenek|kakek)\b")
# A cue's clause that ends with a demonstrative ("kata orang nomor satu di Kabupaten X itu."): a description.
_DESCRIBED_CLAUSE = re.compile(r"[^.!?\n\"]{0,120}?[^\S\n](?:itu|tersebut|ini)[^\S\n]*(?:[.,;!?]|$)")
_SUBJ_LOWER_NOUN = re.compile(
    r"[^\S\n]+(?P<desc>(?!" + _NOT_A_NOUN + r")[a-z][a-z\-]{2,}(?:[^\S\n]+(?!" + _NOT_A_NOUN + r")[a-z][a-z\-]{2,}){0,2}?)"
    r"(?:[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;(]|[^\S\n]*$))?"
    r"(?=[^\S\n]*[,.;!?(]|[^\S\n]*$|[^\S\n]+(?:saat|ketika|dalam|di|kepada|seusai|usai|sambil|seraya|pada|sebelum|"
    r"setelah)\b)")
_SUBJ_LOWER_ROLE = re.compile(r"[^\S\n]+(?P<role>(?:sang[^\S\n]+)?(?:" + _LOWER_HEADS + r")(?:[^\S\n]+[a-z]+){0,2})\b"
                              r"(?:[^\S\n]*,[^\S\n]+(?P<name>" + P.NAME_PATTERN + r")(?=[^\S\n]*[,.;]|[^\S\n]*$))?")

_SANG = re.compile(r"^sang[^\S\n]+")
_FORMER = re.compile(r"(?i:mantan|eks)[^\S\n]")
# "... ini" closing a former office's description, also after a few words ("dua periode ini")
_DEMONSTRATIVE = re.compile(r"(?:[^\S\n]+(?:\d+|[a-z][a-z\-]*)){0,3}?[^\S\n]+(?:ini|itu|tersebut)(?=[^\S\n]*[.,;!?]|[^\S\n]*$)")
