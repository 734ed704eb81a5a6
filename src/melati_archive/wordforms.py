"""Indonesian word forms and the whoosh queries that expand a typed word to them: affix families
(roots and their me-/di-/ber-/pe-/ke- forms), words inside longer words, closed compounds written apart
(other spellings of a word: spellings.py).

The forms are over-generated from the word's candidate roots (PySastrawi's stem and rule-based
de-affixing checked against PySastrawi's root dictionary); the expanding queries keep those that
exist in an exact field's lexicon. relevance.py weighs them beside the word as typed.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any, Callable

from whoosh import query as wq
from whoosh.query.terms import ExpandingTerm

from melati_archive.nlp import analysis
from melati_archive.nlp.stemming import PARTICLES, POSSESSIVES  # the inflectional endings
from melati_archive.scoring import BestOf, _population

FAMILY_TIEBREAK = 0.0  # the best form alone (with the tiebreak live, 0.2-0.5 tuning +0.001 recall@20, test -0.001)
FAMILY_MAX_DF = 0.25  # forms in more than this share of the field's documents are not searched
MAX_FAMILY = 8  # forms per query word and field actually searched: the most frequent (measured: 6-40 score the same)


# --- Affix families --------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")
_SUFFIXES = ("", "kan", "i", "an", "nya", "kannya", "annya", "inya")
_DERIVATIONAL = ("kan", "an", "i")


def _nasal(base: str, root: str) -> list[str]:
    """meN-/peN- + root with nasal assimilation (base is "me" or "pe")."""
    c = root[0]
    second_consonant = len(root) > 1 and root[1] not in _VOWELS
    if c in _VOWELS:
        return [base + "ng" + root]
    if root.startswith(("ng", "ny")) or c in "lmnrwy":
        return [base + root]
    if c in "bfv":
        return [base + "m" + root]
    if c == "p":
        return [base + "m" + root] if second_consonant else [base + "m" + root[1:]]
    if c in "cdjz":
        return [base + "n" + root]
    if c == "t":
        return [base + "n" + root] if second_consonant else [base + "n" + root[1:]]
    if c == "s":
        return [base + "n" + root] if second_consonant else [base + "ny" + root[1:]]
    if c == "k":
        return [base + "ng" + root] if second_consonant else [base + "ng" + root[1:]]
    if c in "gh":
        return [base + "ng" + root]
    return [base + root]


def _syllables(word: str) -> int:
    return sum(1 for i, ch in enumerate(word) if ch in _VOWELS and (i == 0 or word[i - 1] not in _VOWELS))


@functools.lru_cache(maxsize=50_000)
def root_forms(root: str) -> frozenset[str]:
    """The affixed forms of a root that Indonesian morphology allows (over-generated; the
    index lexicon decides which exist)."""
    nasal_me = _nasal("me", root)
    nasal_pe = _nasal("pe", root)
    if _syllables(root) == 1:
        nasal_me.append("menge" + root)
        nasal_pe.append("penge" + root)
    ber = ["be" + root] if root[0] == "r" or root.startswith("ker") else ["ber" + root]
    if root == "ajar":
        ber, nasal_pe = ["belajar"], nasal_pe + ["pelajar"]
    ter = ["te" + root] if root[0] == "r" else ["ter" + root]
    forms: set[str] = set()
    for suffix in _SUFFIXES:
        forms.add(root + suffix)
        for prefixed in (*nasal_me, "di" + root, *ter, "memper" + root, "diper" + root):
            forms.add(prefixed + suffix)
        if suffix in ("", "an", "nya", "annya", "kan"):
            for prefixed in (*ber, *nasal_pe, "pe" + root, "per" + root):
                forms.add(prefixed + suffix)
    for suffix in ("an", "annya"):
        forms.add("ke" + root + suffix)
        forms.add("keber" + root + suffix)
    return frozenset(f for f in forms if len(f) >= 3)


def _strip_suffixes(word: str) -> set[str]:
    bases = {word}
    for group in (PARTICLES, POSSESSIVES, _DERIVATIONAL):
        for base in list(bases):
            for suffix in group:
                if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                    bases.add(base[: -len(suffix)])
    return bases


_PREFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memper", ("",)), ("diper", ("",)), ("keber", ("",)),
    ("menge", ("",)), ("penge", ("",)),
    ("meng", ("", "k")), ("peng", ("", "k")),
    ("meny", ("s",)), ("peny", ("s",)),
    ("mem", ("", "p")), ("pem", ("", "p")),
    ("men", ("", "t")), ("pen", ("", "t")),
    ("me", ("",)), ("pe", ("",)),
    ("ber", ("",)), ("be", ("",)), ("bel", ("",)),
    ("ter", ("",)), ("te", ("",)), ("per", ("",)),
    ("di", ("",)), ("ke", ("",)),
)


def _strip_prefixes(word: str) -> set[str]:
    out = {word}
    for prefix, restores in _PREFIX_RULES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            out.update(r + rest for r in restores)
    return out


@functools.lru_cache(maxsize=50_000)
def candidate_roots(word: str) -> frozenset[str]:
    """Roots a lowercase word may come from: PySastrawi's stem, and when the word is not itself
    a root, every de-affixed candidate that PySastrawi's dictionary knows."""
    roots_dict = analysis.root_words()
    stemmed = analysis.stem(word)
    if word in roots_dict or word in analysis.STEM_OVERRIDES:
        return frozenset({stemmed}) if _useful_root(stemmed) else frozenset()
    roots = {stemmed} if stemmed in roots_dict else set()
    for base in _strip_suffixes(word):
        for cand in _strip_prefixes(base):
            if cand != word and cand in roots_dict:
                roots.add(cand)
    return frozenset(r for r in roots if _useful_root(r))


_VOICE_PREFIXES = ("me", "di", "ter", "ber", "be")


@functools.lru_cache(maxsize=50_000)
def is_voice_verb(word: str) -> bool:
    """True for a verb form made by a voice/aspect prefix (melatih, dilatih, tertular,
    berlatih) around a known root, as opposed to a root or a confixed noun."""
    if word in analysis.root_words() or not word.startswith(_VOICE_PREFIXES):
        return False
    roots = candidate_roots(word)
    return any(word in _verb_forms(root) for root in roots)


def _verb_forms(root: str) -> frozenset[str]:
    forms = set()
    for prefixed in (*_nasal("me", root), "di" + root, "ter" + root, "te" + root, "ber" + root,
                     "be" + root, "memper" + root, "diper" + root):
        for suffix in ("", "kan", "i", "nya", "kannya", "inya", "lah"):
            forms.add(prefixed + suffix)
    return frozenset(forms)


def _useful_root(root: str) -> bool:
    """A root worth expanding: not a function word (pendapatan -> dapat, pengadaan -> ada) and
    long enough that its affixed forms still mean something related."""
    return len(root) >= 4 and root not in analysis.STOPWORDS


class _WordQueryIdentity:
    """Identity of a one-word query on one field: whoosh compares and caches queries by it.
    A subclass names its own settings that belong to the identity in `_SETTINGS`."""

    _SETTINGS: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.text!r}, boost={self.boost})"

    def _identity(self) -> tuple:
        return (self.fieldname, self.text, self.boost, *(getattr(self, name) for name in self._SETTINGS))

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self._identity() == other._identity()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._identity()))


@functools.lru_cache(maxsize=50_000)
def affix_family(word: str) -> tuple[str, ...]:
    """All forms related to `word` through its candidate roots (the word itself excluded),
    shortest first: what the exact field is searched for."""
    forms: set[str] = set()
    for root in candidate_roots(word):
        forms |= root_forms(root)
    forms.discard(word)
    return tuple(sorted(forms, key=lambda f: (len(f), f)))


class AffixFamily(_WordQueryIdentity, ExpandingTerm):
    """Matches the affixed forms of a word that exist in an (exact) field's lexicon."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, limit: int = MAX_FAMILY,
                 exclude: frozenset[str] = frozenset()):
        self.fieldname = fieldname
        self.text = text
        self.boost = boost
        self.limit = limit
        self.exclude = exclude  # protected words (names): never a form of another word (bekas -/-> Bekasi)

    def __str__(self) -> str:
        return f"{self.fieldname}:<{self.text}>"

    def _btexts(self, ixreader: Any) -> Iterator[bytes]:
        # whoosh asks several times per search (size estimates, matcher, highlights): look the
        # family up in a reader's lexicon once
        cache = self.__dict__.setdefault("_found", {})
        key = id(ixreader)
        if key not in cache or cache[key][0] is not ixreader:
            cache[key] = (ixreader, list(self._lookup(ixreader)))
        return iter(cache[key][1])

    def _lookup(self, ixreader: Any) -> Iterator[bytes]:
        """The family's forms in the lexicon, the `limit` most frequent (bounded expansion:
        rare forms add little recall and each one is a posting list to merge)."""
        fieldname = self.fieldname
        if fieldname not in ixreader.schema:
            return iter(())
        to_bytes = ixreader.schema[fieldname].to_bytes
        # a form in most documents tells little and costs the most to merge: leave it out
        max_df = FAMILY_MAX_DF * _population(ixreader, fieldname)
        found = []
        for form in self._candidates(ixreader, to_bytes):
            if self._excluded(form):
                continue
            btext = to_bytes(form)
            if (fieldname, btext) in ixreader:
                df = ixreader.doc_frequency(fieldname, btext)
                if df <= max_df:
                    found.append((-df, btext))
        found.sort()
        return iter([b for _, b in found[: self.limit]])

    def _candidates(self, ixreader: Any, to_bytes: Any) -> Iterable[str]:
        """The forms to look up in the field's lexicon."""
        return affix_family(self.text)

    def _excluded(self, form: str) -> bool:
        """A protected word (a name, a listed word) or one of its inflected forms: never a form of
        another word. penduduknya is penduduk's, not duduk's; pemerintahnya is not perintah's."""
        exclude = self.exclude
        if form in exclude or form in analysis.DEFAULT_EXCLUSIONS:
            return True
        base = analysis.inflection_base(form)
        return base is not None and (base in exclude or base in analysis.DEFAULT_EXCLUSIONS)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # The best-scoring form counts, not the sum of all: a document is not more about
        # "latih" because it uses five of its forms once each.
        from whoosh import matching

        # the family is chosen in the whole index, not per segment: a multi-segment index
        # must match exactly what one segment would
        qs = [wq.Term(self.fieldname, self.field_text(b, searcher), boost=self.boost)
              for b in self._btexts(searcher.get_parent().reader())]
        if not qs:
            return matching.NullMatcher()
        if len(qs) == 1:
            return qs[0].matcher(searcher, context)
        return BestOf(qs, tiebreak=FAMILY_TIEBREAK).matcher(searcher, context)

    def field_text(self, btext: bytes, searcher: Any) -> str:
        return searcher.schema[self.fieldname].from_bytes(btext)


class AsWritten(AffixFamily):
    """The word as typed, and the same word with an inflectional ending (pendapatannya,
    relawanlah) where the lexicon holds it: one word in running text, so its forms stand beside
    it, a little below (`form_boost`), where an affix family ranks far below. A document counts
    by its best form. With no such form in the lexicon this is the word's own Term."""

    _SETTINGS = ("form_boost",)

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, form_boost: float = 1.0):
        super().__init__(fieldname, text, boost)
        self.form_boost = form_boost

    def __str__(self) -> str:
        return f"{self.fieldname}:{self.text}(-nya)"

    def _candidates(self, ixreader: Any, to_bytes: Any) -> Iterable[str]:
        return analysis.inflected_forms(self.text)

    def _lookup(self, ixreader: Any) -> Iterator[bytes]:
        # the word itself is one of the expansion's terms however common it is: highlights and
        # a partial hit's missing words read them
        found = list(super()._lookup(ixreader))
        if self.fieldname in ixreader.schema:
            word = ixreader.schema[self.fieldname].to_bytes(self.text)
            if (self.fieldname, word) in ixreader:
                found.insert(0, word)
        return iter(found)

    def _excluded(self, form: str) -> bool:
        return False  # the word's own forms, a listed word's too: relawannya is relawan

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        parent = searcher.get_parent()
        word = wq.Term(self.fieldname, self.text, boost=self.boost)
        forms = [f for f in (self.field_text(b, searcher) for b in self._btexts(parent.reader())) if f != self.text]
        if not forms:
            return word.matcher(searcher, context)
        # Each form weighs with the idf of the word it inflects: "keterangannya" is rarer than
        # "keterangan" only because the word is split in two spellings, and one passing
        # "menurut keterangannya" must not outrank an article that uses the word itself.
        idf = getattr(searcher.weighting, "idf", None)
        word_idf = idf(parent, self.fieldname, self.text) if idf else None
        qs = [word]
        for form in forms:
            share = min(1.0, word_idf / idf(parent, self.fieldname, form)) if idf else 1.0
            qs.append(wq.Term(self.fieldname, form, boost=self.form_boost * share))
        return BestOf(qs, tiebreak=FAMILY_TIEBREAK).matcher(searcher, context)


# Bound forms that Indonesian spelling (PUEBI) writes solid to the word they modify, and that
# leave that word's meaning in place: pascabencana is about a disaster, antarprovinsi about
# provinces, nonreaktif about a test result. Left out on purpose: forms that mostly spell other
# words or turn the meaning far away (pan-: pantai; pro-: program; inter-: internasional for
# nasional; maha-: mahasiswa; nara-: narasumber; a-, tak-).
SOLID_PREFIXES = ("pasca", "antar", "anti", "pra", "non", "swa", "multi", "purna", "sub", "semi",
                  "ekstra", "intra", "infra", "ultra", "kontra", "mono", "poli", "dwi", "trans", "tuna")
MIN_INSIDE = 4  # shorter words and compound halves are too often pieces of unrelated words


def loan_suffixed(word: str, in_lexicon: Callable[[str], bool]) -> list[str]:
    """`word` with the loan suffixes of a doctrine and its follower (teror: terorisme, teroris;
    radikal: radikalisme). The follower's -is only beside the doctrine's -isme, because -is
    alone ends unrelated words (menang, menangis)."""
    if not in_lexicon(word + "isme"):
        return []
    return [word + "isme"] + ([word + "is"] if in_lexicon(word + "is") else [])


class InsideWords(AffixFamily):
    """Longer words of the lexicon that hold `text` whole: behind a solid prefix
    (`bencana` -> pascabencana, `provinsi` -> antarprovinsi) or as the first half of a closed
    compound that the archive also writes apart (`kerja` -> kerjasama, because "kerja sama"
    occurs), or before the loan suffixes of a doctrine and its follower (`teror` -> terorisme,
    teroris: `loan_suffixed`). Never by removing letters, so no stemmer trap comes back (relawan does not find
    rawan, duduk does not find penduduk: pen- is an affix, not a solid form, and "pen duduk" is
    never written apart)."""

    def __str__(self) -> str:
        return f"{self.fieldname}:<*{self.text}*>"

    def _lookup(self, ixreader: Any) -> Iterator[bytes]:
        fieldname, word = self.fieldname, self.text
        if fieldname not in ixreader.schema or len(word) < MIN_INSIDE or not word.isalpha():
            return iter(())
        to_bytes = ixreader.schema[fieldname].to_bytes
        forms = [p + word for p in SOLID_PREFIXES if (fieldname, to_bytes(p + word)) in ixreader]
        forms += loan_suffixed(word, lambda form: (fieldname, to_bytes(form)) in ixreader)
        forms += self._compounds(ixreader, to_bytes)
        found = []
        for form in dict.fromkeys(forms):
            if self._excluded(form):
                continue
            btext = to_bytes(form)
            found.append((-ixreader.doc_frequency(fieldname, btext), btext))
        found.sort()
        return iter([b for _, b in found[: self.limit]])

    def _compounds(self, ixreader: Any, to_bytes: Any, scan: int = 400) -> list[str]:
        """`word` + B in the lexicon, B a word of 4+ letters, and "word B" written apart too."""
        from whoosh.searching import Searcher

        fieldname, word = self.fieldname, self.text
        out = []
        searcher = None
        for n, btext in enumerate(ixreader.expand_prefix(fieldname, word)):
            if n >= scan:  # a bounded look: a prefix shared by thousands of words is no compound stem
                break
            form = btext.decode("utf-8") if isinstance(btext, bytes) else btext
            rest = form[len(word):]
            if len(rest) < MIN_INSIDE or not rest.isalpha() or (fieldname, to_bytes(rest)) not in ixreader:
                continue
            searcher = searcher or Searcher(ixreader)
            if wq.Phrase(fieldname, [word, rest]).matcher(searcher).is_active():
                out.append(form)
        return out


def apart_prefixed(word: str) -> list[str]:
    """The verb prefixes a compound written apart takes on its first word (PUEBI: "bekerja
    sama", "bertanggung jawab", "diambil alih", "menanda tangani")."""
    ber = "be" + word if word[0] == "r" or word.startswith("ker") else "ber" + word
    ter = "te" + word if word[0] == "r" else "ter" + word
    return [ber, *_nasal("me", word), "di" + word, ter]


APART_SUFFIXES = ("nya", "i", "kan")  # on the last word of a compound written apart (tanggung jawabnya)


def affixed_apart(first: str, last: str) -> list[tuple[str, str]]:
    """A compound's two words written apart with its affixes: a prefix on the first word, a
    suffix on the last, or both; never the bare pair itself."""
    firsts = [first, *apart_prefixed(first)]
    lasts = [last, *(last + s for s in APART_SUFFIXES)]
    return [(a, b) for a in firsts for b in lasts if (a, b) != (first, last)]


MAX_APART = 8  # affixed pairs of one split kept (the lexicon's most frequent first)


class CompoundSplit(_WordQueryIdentity, wq.Query):
    """Matches a closed compound written apart: `orangtua` finds "orang tua" (both halves must
    be words of the field's lexicon). With `affixed_boost`, also the pair with the affixes a
    compound written apart takes ("kerjasama" finds "bekerja sama", "tanggungjawab" finds
    "tanggung jawabnya"), at that lower weight: halves of 4+ letters, of a word the dictionary
    does not explain or that the field also holds side by side bare."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, affixed_boost: float = 0.0):
        self.fieldname = fieldname
        self.text = text
        self.boost = boost
        self.affixed_boost = affixed_boost

    _SETTINGS = ("affixed_boost",)

    def __str__(self) -> str:
        return f"{self.fieldname}:<{self.text} split>"

    def field(self) -> str:
        return self.fieldname

    def _resolve(self, ixreader: Any) -> wq.Query:
        cache = self.__dict__.setdefault("_resolved", {})
        key = id(ixreader)
        if key not in cache or cache[key][0] is not ixreader:
            cache[key] = (ixreader, self._split(ixreader))
        return cache[key][1]

    def _split(self, ixreader: Any) -> wq.Query:
        fieldname, word = self.fieldname, self.text
        if fieldname not in ixreader.schema or len(word) < 6 or not word.isalpha():
            return wq.NullQuery
        to_bytes = ixreader.schema[fieldname].to_bytes
        phrases = []
        for i in range(3, len(word) - 2):
            a, b = word[:i], word[i:]
            if (fieldname, to_bytes(a)) in ixreader and (fieldname, to_bytes(b)) in ixreader:
                # a phrase scores about the sum of its words: each half weighs 1/2, so the
                # compound written apart weighs what it weighs written solid
                bare = wq.Phrase(fieldname, [a, b], boost=self.boost / 2)
                phrases.append(bare)
            else:
                bare = None
            if self.affixed_boost:
                phrases += self._affixed(ixreader, to_bytes, a, b, bare)
        if not phrases:
            return wq.NullQuery
        return phrases[0] if len(phrases) == 1 else wq.Or(phrases)

    def _affixed(self, ixreader: Any, to_bytes: Any, a: str, b: str, bare: wq.Phrase | None) -> list[wq.Query]:
        """For a word that is no word of the dictionary and no affixed form of one (a closed
        compound: kerjasama, tanggungjawab), or a split the archive also writes bare ("kerja sama"):
        any two words of 4+ letters make some affixed pair (kenaikan: "terkena ikan")."""
        from whoosh.searching import Searcher

        fieldname = self.fieldname
        if len(a) < MIN_INSIDE or len(b) < MIN_INSIDE or a in SOLID_PREFIXES:  # antarwarga is no "mengantar warga"
            return []
        if candidate_roots(self.text) or self.text in analysis.root_words():
            # a word of the dictionary or an affixed one (kenaikan: ke-naik-an) is no compound,
            # whatever its halves spell ("terkena ikan"), unless the archive writes the split bare
            if bare is None or not bare.matcher(Searcher(ixreader)).is_active():
                return []
        found = []
        for x, y in affixed_apart(a, b):
            bx, by = to_bytes(x), to_bytes(y)
            if (fieldname, bx) in ixreader and (fieldname, by) in ixreader:
                found.append((-min(ixreader.doc_frequency(fieldname, bx), ixreader.doc_frequency(fieldname, by)), x, y))
        found.sort()
        return [wq.Phrase(fieldname, [x, y], boost=self.affixed_boost / 2) for _, x, y in found[:MAX_APART]]

    def estimate_size(self, ixreader: Any) -> int:
        return self._resolve(ixreader).estimate_size(ixreader)

    def estimate_min_size(self, ixreader: Any) -> int:
        return self._resolve(ixreader).estimate_min_size(ixreader)

    def expanded_terms(self, ixreader: Any, phrases: bool = True) -> Iterator[tuple[str, Any]]:
        q = self._resolve(ixreader)
        if q is not wq.NullQuery:
            yield from q.expanded_terms(ixreader, phrases=phrases)

    def terms(self, phrases: bool = False) -> Iterator[tuple[str, Any]]:
        return iter(())

    def simplify(self, ixreader: Any) -> wq.Query:
        return self._resolve(ixreader)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return self._resolve(searcher.get_parent().reader()).matcher(searcher, context)  # whole index


class CompoundFamily(AffixFamily):
    """The affixed forms of a two-word compound, which are written solid: PUEBI joins a compound
    that takes a prefix and a suffix at once, so "tanda tangan" is signed as *menandatangani*
    and *penandatanganan*, "tindak lanjut" followed up as *menindaklanjuti*, "tanggung jawab"
    accounted for as *pertanggungjawaban*, and some prefixed ones are written solid too
    (*bekerjasama*). `text` is the compound written solid (6+ letters), treated as the root
    (`root_forms`): no letters are ever removed, and only forms the lexicon holds count.
    `when_absent`: expand only when the solid compound is no word of the lexicon (a single typed
    word: one the archive writes bare is searched as itself and its own family)."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0, limit: int = MAX_FAMILY,
                 exclude: frozenset[str] = frozenset(), when_absent: bool = False):
        super().__init__(fieldname, text, boost, limit, exclude)
        self.when_absent = when_absent

    _SETTINGS = ("when_absent",)

    def __str__(self) -> str:
        return f"{self.fieldname}:<{self.text}+>"

    def _candidates(self, ixreader: Any, to_bytes: Any) -> Iterable[str]:
        word = self.text
        if len(word) < 6 or not word.isalpha():
            return ()
        if self.when_absent and (self.fieldname, to_bytes(word)) in ixreader:
            return ()
        return root_forms(word) - {word}
