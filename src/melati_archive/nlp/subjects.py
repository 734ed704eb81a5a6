"""Which mentions of a text are the subject of their sentence or clause (the ones a later `katanya` or
`ujar dia` can refer to), and which stand beside another subject, act through a delegate, have died or are
someone else's name: `mark_speaker_like` sets these on a `coref.Cast`."""
from __future__ import annotations

import re

from .coref import Cast
from .names import LATE_WORDS, lowercase_words
from .roles import office_word
from .speakerforms import group_in_member_description, noun_with_demonstrative, place_after_unit_number, stranger_after
from .speechverbs import _MEN


_LEAD_INS = frozenset(
    """sementara itu menurut lebih lanjut namun selain di sisi lain adapun kemudian secara terpisah
    pada kesempatan yang sama dalam hal ini juga bahkan sedangkan tetapi tapi sebelumnya ketika
    dihubungi ditemui saat terkait soal dan oleh bagi sebagaimana seperti dijelaskan disampaikan
    dikatakan diungkapkan ditegaskan kata ujar tutur hal tersebut senada dengan itu pun sekaligus
    to of for and the dari bidang serta selaku sebagai sedang adalah""".split()
)


_LOWER_WORD = re.compile(r"\b[a-z][a-z\-]*\b")


# "Bupati X dan Wakil Bupati Y": the second person's role words may stand between.
_JOINED = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:dan|serta|&|bersama|beserta|and)[^\S\n]+"
                     r"(?P<role>(?:(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\))[^\S\n]*,?[^\S\n]+){0,6})")


_CLAUSE_BOUNDARY = re.compile(r"[.!?;\"\n]")


_VERB_AFTER = re.compile(
    r"^(?:,?[^\S\n]+(?:[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,3}|[A-Z]{2,4}|\([A-Z][a-z]{1,4}\))(?![\w.]))*"  # degrees: "SpA", "MIB"
    r"(?:[^\S\n]*\(\d{1,3}\))?(?:(?:[^\S\n]*,[^,.\"]{1,120}){1,3},)?(?:[^\S\n]*\(\d{1,3}\))?"  # an age before or after asides
    # "Asol sapaan akrabnya memaparkan", "Kang Hen, sapaan akrabnya, mengatakan": the nickname's gloss
    r"(?:[^\S\n]*,?[^\S\n]+(?:sapaan|panggilan)(?:[^\S\n]+(?:akrab|karib))?[^\S\n]?nya[^\S\n]*,?)?"
    # "Name (43) yang didampingi Kepala Desa X mengucapkan": who came along, between name and verb
    r"(?:[^\S\n]*,?[^\S\n]+(?:yang[^\S\n]+)?(?:didampingi|ditemani)(?:[^\S\n]+(?:[A-Z][\w\-.']*|dan)){1,8}(?=[^\S\n]*,?[^\S\n]+(?:me|ber)[a-z]{3,}),?)?"
    # "Rudolfus dari PT Tenun Jaya mengatakan": where the person works, between name and verb
    r"(?:[^\S\n]+dari[^\S\n]+(?:(?:[A-Z][\w\-.]*|of|dan|&)[^\S\n]+){1,6}(?=me|ber))?"
    # "Sri Mulyani dalam wawancara dengan Kompas menyampaikan": where or when, between name and verb
    r"(?:[^\S\n]+(?:dalam|saat|ketika|seusai|usai|melalui|lewat)(?:[^\S\n]+[^\s,.\"]+){1,6}?(?=[^\S\n]+(?:me|ber)[a-z]{3,}))?"
    r"(?:,?[^\S\n]+(?:yang|saat|ketika|seusai|usai|sewaktu)[^\S\n]+di[a-z]{3,}(?:[^\S\n]+(?:terpisah|secara[^\S\n]+terpisah))?"
    # "Name, yang ditemui di kantor juga mengakui": where, after the passive verb, before "juga" or the verb
    r"(?:(?:[^\S\n]+[^\s,.\"]+){1,4}?(?=[^\S\n]+(?:juga|pun)[^\S\n]))?)?[^\S\n]*(?:,[^\S\n]*)?(?:juga[^\S\n]+|pun[^\S\n]+|kembali[^\S\n]+|lalu[^\S\n]+|kemudian[^\S\n]+|"
    r"sempat[^\S\n]+|telah[^\S\n]+|sudah[^\S\n]+|sedang[^\S\n]+|masih[^\S\n]+|turut[^\S\n]+|banyak[^\S\n]+(?=me|ber)|menambahkan|me[a-z]+|ber[a-z]+|berharap|yakin|optimistis|"
    r"pesimistis|khawatir|percaya|sepakat|setuju|tak[^\S\n]|tidak[^\S\n])"
)


# The agent of a passive verb of speaking or attending ("Pameran dihadiri X", "catatan yang
# disampaikan petugas Dinas Y X") is who the next quote is likely from.
_PASSIVE_AGENT = re.compile(r"\bdi(?:hadiri|sampaikan|katakan|ungkapkan|jelaskan|tegaskan|paparkan|terangkan|tuturkan|"
                            r"kemukakan|utarakan|benarkan|akui|amini|bantah|tanggapi)(?:[^\S\n]+oleh)?(?:[^\S\n]+[a-z]+){0,2}"
                            r"(?:[^\S\n]+(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\)|dan|dari)){0,8}(?:,[^\S\n]*)?[^\S\n]*$")
# "Beberapa tokoh menolak ... Salah satunya adalah Role X.": X is who the next quote is from.
_ONE_OF_THEM = re.compile(r"\b(?:[Ss]alah[^\S\n]+(?:satu|seorang)(?:nya)?|[Dd]i[^\S\n]+antaranya)[^\S\n]+(?:adalah|ialah|yakni|yaitu)"
                          r"(?:[^\S\n]+(?:[A-Z][\w\-]*|\([A-Z][\w\-]*\)|dan|dari)){0,8}[^\S\n]*$")
# A sentence opened by a noun made with -an before a person ("Dorongan Presiden", "Kebijakan
# Gubernur"): the person is its owner, not the subject ("Tuan" is an honorific).
_POSSESSOR = re.compile(r"[^\S\n]*(?!Tuan\b)[A-Z][a-z]{2,}an[^\S\n]+")

# Words before a person who accompanies the subject ("didampingi Y", "bersama Y").
_COMPANION_BEFORE = frozenset("didampingi ditemani bersama beserta".split())
# Verbs whose object is a person who is then to do something ("meminta X menyiapkan"): the person
# after them is the object of the sentence, even with a verb of their own after the name.
_PERSON_OBJECT_VERBS = frozenset(
    """meminta mengajak mengimbau menghimbau menginstruksikan memerintahkan menugaskan mendorong
    mempersilakan menyuruh mengundang menunjuk menegur memanggil melantik""".split()) | frozenset(
    # verbs of saying and judging whose object is a clause about the person ("Ia menyebut Camat X
    # sudah tiga hari tidak pulang"): the person is what is said, not who says it
    """menyebut menyebutkan mengatakan menilai menyatakan mengungkapkan menegaskan mengakui memastikan
    mengklaim menduga menganggap memuji""".split())
# Speech cues written before the speaker's name (with the speaker's role between).
_CUES_BEFORE_NAME = frozenset("menurut kata ujar tutur ucap jelas tambah lanjut imbuh papar terang tegas "
                              # a speaker answering or retorting in a dialog ("balas Camat X, Name")
                              "ungkap pungkas tandas timpal balas jawab sahut tukas beber sambung".split())
# "Menurut psikolog anak, Dr. Name, ...": the lowercase job between "menurut" and the comma before the name.
_MENURUT_JOB = re.compile(r"\b[Mm]enurut(?:[^\S\n]+[a-z][\w\-]*){1,4}[^\S\n]*,[^\S\n]*(?:[A-Z][a-z]{0,3}\.[^\S\n]*)*$")
_REPORTED_BEFORE = re.compile(r"\b(?:mengatakan|menilai|menjelaskan|menuturkan|menyatakan|menegaskan|mengungkapkan|"
                              r"menambahkan|menerangkan|memaparkan|berpendapat)[^\S\n]*,")


# "akun Facebook @Name": the holder of an account whose post the text quotes ("tulisnya") is who writes.
_ACCOUNT_BEFORE = re.compile(r"\b[Aa]kun\b[^@\n]{0,30}@$")


# An initial and the name's last words after a mention the cast read short ("Herson" of "Herson B. Aden").
_UNREAD_NAME_TAIL = re.compile(r"(?:[^\S\n]+[A-Z]\.)+(?:[^\S\n]+[A-Z][a-z]{2,}){1,2}")


_OBJECT_BEFORE = re.compile(r"\b(?:kepada|dengan|oleh|bersama|dan|serta|untuk|bagi|dari|ke|di|atas)[^\S\n]+$")


_DIED = re.compile(r"(?:[^\S\n]*\(\d{1,3}\))?(?:[^\S\n]*,[^,.;\"\n]{1,80},|,)?[^\S\n]+(?:sudah[^\S\n]+|telah[^\S\n]+|langsung[^\S\n]+)?"
                   r"(?:tewas|meninggal|wafat|gugur)\b")


# "Seorang warga, Mak Iyah (65), ikut menyiapkan ...": a person set off by commas who joins in is the
# subject (not "Tesla ikut menggandeng", a name with no comma, which may be an organisation).
_JOINS_IN = re.compile(r"(?:[^\S\n]*\(\d{1,3}\))?[^\S\n]*,[^\S\n]*(?:juga[^\S\n]+)?ikut[^\S\n]+(?:me|ber)[a-z]{3,}")


# "Name yang mengaku ...": a relative clause with the person as the one who speaks.
_WHO_DOES = re.compile(r"[^\S\n]+yang[^\S\n]+(?:juga[^\S\n]+)?" + _MEN + r"\b")  # a speech verb, not "yang berprofesi"


# "Almarhum Name", "mendiang Name": the late Name.
_LATE = re.compile(r"\b(?:" + LATE_WORDS + r")[^\S\n]+[A-Z]")


# (six short tokens at most between: a degree or two; unbounded, a page of "AKP Budi AKP Budi ..." made every
# mention read to the page's end)
_THROUGH = re.compile(r"(?:[^\S\n]+[A-Z]{1,4}[a-z]{0,3}\.?(?![\w.])){0,6}[^\S\n]*,?[^\S\n]+(?:melalui|lewat)[^\S\n]+(?P<w>[A-Za-z]+)\b")


def _delegates(text: str, end: int) -> bool:
    """The mention ending at `end` is followed by "melalui <office>" (a degree may stand between)."""
    m = _THROUGH.match(text, end)
    return m is not None and office_word(m.group("w"))


def mark_speaker_like(text: str, cast: Cast) -> None:
    """Mentions where the person is the subject of the sentence or clause: the ones a later
    `katanya` or `ujar dia` can refer to."""
    subjects: set[int] = set()
    small = lowercase_words(text)
    # "Politisi Gerinda itu berharap ...": the party of the member the text talks about, no mention of anyone
    cast.mentions[:] = [(s, e, i) for s, e, i in cast.mentions if not group_in_member_description(text, s, e)
                        and not place_after_unit_number(text, cast.persons[i].name)]  # "Bupati Wonosobo" read as a name
    for start, end, _i in cast.mentions:
        if noun_with_demonstrative(text, start, end, small):
            continue  # "Medali itu juga ...": the noun the text writes small elsewhere, not a person's short form
        head = 0
        for m in _CLAUSE_BOUNDARY.finditer(text, max(0, start - 300), start):
            head = m.end()
        lead = text[max(head, start - 300):start]
        lowers = _LOWER_WORD.findall(lead)
        if lowers and lowers[-1] == "bahwa" or _REPORTED_BEFORE.search(lead):
            # "X menerangkan bahwa Y sudah ...", "X mengatakan, dalam kasus ini, Y dapat ...": Y is
            # what X said, not who speaks next
            continue
        if lowers and lowers[-1] in _PERSON_OBJECT_VERBS:
            continue  # "Ia meminta Camat X, Name, menyiapkan ...": Name is asked, the asker is the subject
        if lowers and lowers[-1] in _COMPANION_BEFORE or lead.strip().lower() in _COMPANION_BEFORE:
            # "Mensos X, didampingi Bupati Y, menyerahkan ...", "Didampingi Y, Mensos X ...": X is the
            # subject, not Y
            cast.companions.add(start)
            continue
        if not lowers and _POSSESSOR.fullmatch(lead) and lead.strip().lower() not in _LEAD_INS:
            # ("Sedangkan Name", "Kemudian Name", "Bahkan Name": a lead-in ends so too, no noun)
            continue  # "Dorongan Presiden untuk ...": the person owns the noun, the noun is the subject
        if (all(w in _LEAD_INS for w in lowers) or (lowers and lowers[-1] in _CUES_BEFORE_NAME)
                or _PASSIVE_AGENT.search(lead) or _ONE_OF_THEM.search(lead) or _ACCOUNT_BEFORE.search(lead)
                or _MENURUT_JOB.search(text, max(0, start - 80), start)):
            # "..., menurut Ketua KNKT X, tim sudah ...", "..., kata X, ...": who speaks in the sentence
            subjects.add(start)
            continue
        tail = _UNREAD_NAME_TAIL.match(text, end)  # "Herson B. Aden menyampaikan": the name read as "Herson"
        if _VERB_AFTER.match(text[end:end + 160]) or _JOINS_IN.match(text, end) or (
                tail and _VERB_AFTER.match(text[tail.end():tail.end() + 160])):
            subjects.add(start)
        elif lowers and lowers[-1] in ("yaitu", "yakni") and _WHO_DOES.match(text, end):
            subjects.add(start)  # "Penerima lainnya yaitu Name yang mengaku ...": Name is who the clause is about
    cast.subjects = subjects
    # "Kepala Dusun X Markus ..." then "(TPK) Markus Wangge Desa Y menjelaskan ...": a one-word name followed by a
    # name word that is not its person's is someone else, whose introduction was not read: a later `katanya`
    # after it is nobody certain
    strangers = [start for start, end, i in cast.mentions
                 if stranger_after(text, end, cast.persons[i]) and not _OBJECT_BEFORE.search(text, max(0, start - 12), start)]
    subjects.update(strangers)
    cast.joint.update(strangers)
    # "Sutarman (45), warga Desa X, tewas tertimpa pohon", "Korban, Name (50), meninggal ...": a later
    # "kata dia" is someone else
    cast.departed = {i for start, end, i in cast.mentions
                     if _DIED.match(text, end) or _LATE.search(text, max(0, start - 14), min(end, start + 12))}
    # "Kepala Dinas X melalui Kasi Y, Name, memberikan ...": the official acts through a delegate, who
    # is the one a later `katanya` refers to (when the text names no delegate: nobody certain)
    cast.joint.update(start for start, end, _i in cast.mentions if _delegates(text, end))
    # "Budi dan Rini sepakat ...": a joint subject; a later `katanya` could be either of them.
    ordered = sorted(cast.mentions)
    for (s1, e1, i1), (s2, e2, i2) in zip(ordered, ordered[1:]):
        joined = _JOINED.fullmatch(text, e1, s2) if i1 != i2 else None
        between = joined.group("role").split() if joined and joined.group("role") else []
        if joined and (not between or office_word(between[0].strip("(),"))):
            cast.joint.update((s1, s2))
