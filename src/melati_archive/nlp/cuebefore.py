"""A cue written before its quote: `Name mengatakan, "..."`, `Menurut Name, "..."`, `Kata Name, "..."`,
`Role, Name: "..."`. Reads the cue's verb and subject into the quote (quotes.Found); attribution then
decides the speaker."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import people as P
from .speechverbs import _MEN

if TYPE_CHECKING:  # pragma: no cover
    from .quotes import Found

_WORDS = re.compile(r"\w+")


# Before the opening mark, at the end of the fragment: `Name mengatakan, ` / `menurut Name, `.
_BEFORE_VERB = re.compile(
    r"(?P<verb>" + _MEN + r"|kata|ujar|tutur|ujarnya|katanya|lanjutnya|tambahnya|imbuhnya|said|says|added|explained|stated)(?:[^\S\n]+(?:bahwa|sebagai[^\S\n]+berikut|antara[^\S\n]+lain|that))?"
    # "menulis di akun Instagram @handle, "..."", "mengatakan melalui pesan singkat, "..."",
    # "mengatakan dalam sambutannya, "..."", "berkata sambil tersenyum, "...""
    r"(?:[^\S\n]+(?:singkat|tegas|lantang|pelan|lirih|santai))?"  # "menjawab singkat, "...""
    r"(?:[^\S\n]+(?:kepada|pada|di[^\S\n]+hadapan|di[^\S\n]+akun|melalui|lewat|dalam|saat|ketika|usai|seusai|sambil|seraya)[^\S\n]+[^,:\"]{1,60})?[^\S\n]*[,:]?[^\S\n]*$",
    re.IGNORECASE,
)
# `Menurut Camat X, Name, "..."` / `Menurut Name, Role, "..."`: up to three comma pieces.
_BEFORE_MENURUT = re.compile(r"\b(?P<verb>[Mm]enurut(?:nya)?)(?:[^\S\n]+(?P<name>[^,\"]{2,80}(?:,[^\S\n]*[^,\"]{2,80}){0,2}))?[^\S\n]*,[^\S\n]*$")

# "Role, Name: "..."" (a statement set out after the speaker's name and a colon, no verb).
_BEFORE_COLON = re.compile(r"(?P<subj>[A-Z][^:\"\n]{1,120}?)[^\S\n]*:[^\S\n]*$")

_PAREN_TAIL = re.compile(r"[^\S\n]*\([^()\n]{2,80}\)$")

# "Kata Name, "..."" / ", ujar dia, "..."" / "Seperti disampaikan Name, "..."": a speech verb and its
# subject before the quote.
_BEFORE_KATA = re.compile(r"\b(?P<verb>[Kk]ata|[Uu]jar|[Tt]utur|(?:[Ss]eperti|[Ss]ebagaimana)[^\S\n]+di(?:sampaikan|katakan|ungkapkan|"
                          r"jelaskan|tegaskan|utarakan)(?:[^\S\n]+oleh)?)[^\S\n]+(?P<name>dia|ia|beliau|[A-Z][^,\"]{1,80}"
                          r"(?:,[^\S\n]*[^,\"]{2,80}){0,2})[^\S\n]*,[^\S\n]*$")


# "kata orang kampung: "..."", "Seperti kata pepatah, "..."": a saying of many or of no one, said by nobody named.
_BEFORE_SAYING = re.compile(r"\b(?P<verb>[Kk]ata|[Uu]jar)[^\S\n]+(?:orang|pepatah|peribahasa|pribahasa|leluhur|"
                            r"nenek[^\S\n]+moyang|para[^\S\n]+[a-z]+|banyak[^\S\n]+orang)(?:[^\S\n]+[a-z]+){0,3}[^\S\n]*[,:][^\S\n]*$")


def looks_like_speech(content: str) -> bool:
    """Quoted words that read as speech (a sentence), not a title or a name set in quotes."""
    words = _WORDS.findall(content)
    if len(words) >= 6:
        return True
    return len(words) >= 3 and bool(re.search(r"[.!?,]", content)) and not content.istitle()


_LAST_WORD = re.compile(r"([A-Za-z][\w\-]*)[^\S\n]*,?[^\S\n]*$")
_GROUP_SUBJECTS = frozenset(
    """warga masyarakat orang mereka publik netizen warganet para sebagian banyak semua kami kita
    anak-anak ibu-ibu bapak-bapak peserta penonton pengunjung""".split()
)


# Verbs whose object is a clause ("mengaku pelaku sempat berkata"), and "bahwa".
_REPORTING_IN_SUBJECT = re.compile(r"\b(?:mengaku|mengatakan|menyebut|menyebutkan|menuturkan|menceritakan|bercerita|"
                                   r"mengisahkan|menjelaskan|menyatakan|mengungkapkan|bahwa)\b")
# "X menyampaikan terima kasih dan berpesan, ...": the same subject goes on after a conjunction.
_SAME_SUBJECT_GOES_ON = re.compile(r"\b(?:dan|serta|lalu|kemudian|sambil|seraya|dengan|pun|juga|sekaligus)[^\S\n]*$")


_AUXILIARIES = frozenset("sempat pernah sudah telah juga pun akan tidak tak masih baru lalu kemudian".split())


def _last_reporting_verb(subject_part: str) -> int | None:
    """Where the words after the last verb that reports a clause (or "bahwa") in a cue's subject
    start: the clause that holds the quote's own speech verb. None when there is none, or when a
    conjunction before the speech verb keeps the sentence's subject."""
    last = None
    for r in _REPORTING_IN_SUBJECT.finditer(subject_part):
        last = r
    if last is None or (last.group(0) != "bahwa" and _SAME_SUBJECT_GOES_ON.search(subject_part)):
        return None  # after "bahwa" a clause of its own always starts
    words = [w for w in re.findall(r"[\w\-]+", subject_part[last.end():]) if w.lower() not in _AUXILIARIES]
    return last.end() if words else None  # "mengaku sempat berkata": no subject of its own


_OWN_SPEECH_VERB = re.compile(r"\b" + _MEN + r"\b")


def cue_before(q: Found, frag: str, frag_start: int) -> bool:
    """Read the cue at the end of `frag` (the sentence before `q`'s opening mark) into `q`: its verb,
    how it names the speaker, the subject. False when the fragment holds no cue."""
    saying = _BEFORE_SAYING.search(frag) if "ata " in frag or "jar " in frag else None
    if saying:
        q.cue, q.how, q.cue_end = saying.group("verb"), "anonymous", 0
        return True
    m = _BEFORE_MENURUT.search(frag) or _BEFORE_KATA.search(frag)
    last = m.group("name").rsplit(",", 1)[-1] if m and m.group("name") and "," in m.group("name") else ""
    if _OWN_SPEECH_VERB.search(last):
        # "Menurut Kades X, Name, almarhum Bupati pernah berpesan, "..."": the last clause has a
        # speaker of its own; what Name reports is someone else's words
        return cue_before(q, last.lstrip() + ", ", frag_start + m.end("name") - len(last.lstrip()))
    if m:
        q.cue = m.group("verb")
        name = m.group("name")
        if m.group("verb").lower().endswith("nya") or not name or name.strip().lower() in P.PRONOUNS:
            q.how = "pronoun-before"
        else:
            q.how = "before"
            q.subject = name.strip()
        return True
    m = _BEFORE_VERB.search(frag)
    if not m:
        colon = _BEFORE_COLON.search(frag)
        # "Name (Kepala Dinas X): "..."": the role in parentheses after the name
        subj = _PAREN_TAIL.sub("", colon.group("subj")) if colon else ""
        name = P._trailing_plain(subj) if subj else None
        if name is None or P.clean_name(subj).split()[-1] != name.split()[-1]:
            return False
        if not looks_like_speech(q.text):
            return False  # "karya pelukis Name: "Senja di Pelabuhan"": a title after the name
        # "Kepala Desa X, Name: "..."": the name right before the colon speaks
        q.cue, q.how, q.subject, q.cue_end = ":", "before-colon", name, 0
        return True
    q.cue = m.group("verb")
    subject_part = frag[: m.start()]
    q.how = "before"
    inner = _last_reporting_verb(subject_part)
    if inner is not None:
        # "Dewi mengaku pelaku sempat berkata, "..."": the speech verb's subject is the one
        # after the first verb, not the subject of the sentence
        subject_part = subject_part[inner:]
    last = _LAST_WORD.search(subject_part)
    if last and last.group(1).lower() in _GROUP_SUBJECTS:
        # "mendengar warga berkata "..."": a crowd speaks, not the person of the sentence
        q.how, q.subject = "before-group", None
        q.cue_end = 0
        return True
    q.subject = subject_part.strip(" ,") or None
    if q.subject is None and q.cue.lower().endswith("nya"):
        q.how = "pronoun-before"  # "Lanjutnya, "..."": the one speaking goes on
    q.cue_end = 0
    return True
