"""How a query word or phrase becomes a whoosh query: exact words first, affix family, compounds, acronyms.

Each text field comes in a pair (nlp.analysis): `F` (stemmed, protected words kept) and
`F_exact` (every word as written, lowercase). One bare query word `w` on field `F` becomes

    Or([ Term(F_exact, w)             * EXACT_BOOST    the word as typed ranks first
         AffixFamily(F_exact, w)      * FAMILY_BOOST   its affixed forms present in the index
         Term(F, stem(w))             * STEM_BOOST     PySastrawi's root, for what rules miss
         CompoundSplit(F_exact, w)    * EXACT_BOOST    orangtua -> "orang tua"
         Phrase(F_exact, long form)   * EXACT_BOOST ]) acronym -> its long form(s)

AffixFamily expands the word to its roots (PySastrawi's stem and, when the word is not a
root itself, rule-based de-affixing checked against PySastrawi's root dictionary) and each
root to its forms (me-/di-/ber-/ter-/pe-/per-/ke- with -kan/-i/-an/-nya, nasal assimilation
m/n/ng/ny with the dropped initial p/t/k/s), keeping only forms in the exact field's lexicon:
"pelatihan" finds "melatih" and "dilatih" whatever PySastrawi does with the noun. Protected
words (names, exclusions) match only as written.

Archive knowledge (which words are protected, which acronyms stand for which long forms) is
learned at reindex and kept in a small JSON file in the index directory:

    # index.py, at a full reindex (after computing `protected` for the schema):
    from melati_archive import relevance
    relevance.write_knowledge(index_dir, protected,
                              relevance.archive_acronyms(articles_texts, programs))
    # search/engine.py, once per search:
    k = relevance.load_knowledge(index_dir)          # cached by file mtime; empty if missing
    q = relevance.word_query(word, "body", k)        # or phrase_query(words, "body", k)
    q = relevance.words_query(words, "body", k)      # a run of bare words, ANDed (compounds and
                                                     # spelled-out acronyms across words)

Without knowledge the functions still work (no learned names or acronyms).
"""
from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.matching import DisjunctionMaxMatcher
from whoosh.query.terms import ExpandingTerm

from melati_archive.nlp import analysis

EXACT_BOOST = 2.0
# Weights of a word's affixed family and PySastrawi root, by the kind of word typed: verbs
# inflected for voice (me-/di-/ter-/ber-) keep their root's meaning, so their family is close;
# other words (confixed nouns: pengalaman, keterangan, perusahaan) often drifted from it.
FAMILY_BOOST_VERB = 1.5
STEM_BOOST_VERB = 1.0
FAMILY_BOOST = 0.1
STEM_BOOST = 0.0  # measured: 0.3 gained 0.001 nDCG@10 and cost 40% of term-query time
PHRASE_BONUS = 0.0  # measured: proximity bonus did not help on the judged set (kept, off)
FAMILY_TIEBREAK = 0.0  # the best form alone (with the tiebreak live, 0.2-0.5 tuning +0.001 recall@20, test -0.001)
EXPRESSION_BOOST = 2.0  # a known multi-word expression typed as bare words, written together (new queries: recall@20 +0.013, 1.0 gave +0.006)
SYNONYM_TIEBREAK = 0.0  # a word and its equivalents score as the best of them (tuning half: recall@20 +0.002; 0.1 and 0.3 the same)
INSIDE_BOOST = 0.5  # the word inside a longer word (pascabencana, kerjasama): below the word itself
SYNONYM_BOOST = 0.5  # an equivalent form (data/synonyms-id.txt, melati.yaml): a quarter of the word as typed (tuning half: +0.002 recall@20 over 1.0)
STEM_PHRASES = False  # measured: the stemmed phrase beside the exact one doubled phrase latency for no gain
# (the stemmed fields are indexed without positions for that reason: index.build_schema)
FAMILY_MAX_DF = 0.25  # forms in more than this share of the field's documents are not searched
KNOWLEDGE_FILE = "melati-relevance.json"
ARCHIVE_KINDS = {"title": "article", "body": "article", "text": "quote"}  # field -> kind of document
MAX_FAMILY = 8  # forms per query word and field actually searched: the most frequent (measured: 6-40 score the same)


# --- Archive knowledge -----------------------------------------------------------------------


@dataclass(frozen=True)
class Knowledge:
    """What the archive taught the index: protected words and acronym <-> long form pairs."""

    protected: frozenset[str] = frozenset()
    acronyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # acr -> long forms
    longforms: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # long -> acronyms
    synonyms: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # form -> others

    @classmethod
    def build(cls, protected: Iterable[str], pairs: Iterable[tuple[str, str]]) -> Knowledge:
        acronyms: dict[str, set[tuple[str, ...]]] = {}
        for short, long in pairs:
            short_words = _exact_words(short)
            long_words = tuple(_exact_words(long))
            if len(short_words) != 1 or len(long_words) < 2:
                continue
            acronyms.setdefault(short_words[0], set()).add(long_words)
        longforms: dict[tuple[str, ...], set[str]] = {}
        for acr, longs in acronyms.items():
            for long in longs:
                longforms.setdefault(long, set()).add(acr)
        return cls(
            frozenset(w.lower() for w in protected),
            {a: tuple(sorted(ls)) for a, ls in acronyms.items()},
            {lf: tuple(sorted(a)) for lf, a in longforms.items()},
            builtin_synonyms(),
        )

    def with_synonyms(self, groups: Iterable[Iterable[str]]) -> Knowledge:
        """This knowledge plus the organisation's own groups of equivalent forms (melati.yaml)."""
        groups = [list(g) for g in groups]
        if not groups:
            return self
        merged = {k: list(v) for k, v in self.synonyms.items()}
        for form, others in synonym_map(groups).items():
            merged.setdefault(form, [])
            merged[form] += [o for o in others if o not in merged[form]]
        return Knowledge(self.protected, self.acronyms, self.longforms,
                         {k: tuple(v) for k, v in merged.items()})

    def is_protected(self, word: str) -> bool:
        return word in self.protected or word in analysis.DEFAULT_EXCLUSIONS or word in self.acronyms


EMPTY = Knowledge()


def synonym_map(groups: Iterable[Iterable[str]]) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Each form (as exact-field words) -> the other forms of its groups: both directions."""
    out: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in groups:
        forms = [tuple(_exact_words(f)) for f in group]
        forms = list(dict.fromkeys(f for f in forms if f))
        for form in forms:
            bucket = out.setdefault(form, [])
            bucket += [o for o in forms if o != form and o not in bucket]
    return {k: tuple(v) for k, v in out.items() if v}


@functools.lru_cache(maxsize=1)
def builtin_synonyms() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """data/synonyms-id.txt: common Indonesian abbreviations and equivalent expressions."""
    from importlib import resources

    text = resources.files("melati_archive").joinpath("data", "synonyms-id.txt").read_text(encoding="utf-8")
    groups = [line.split("=") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return synonym_map(groups)


def _synonym_queries(form: tuple[str, ...], exact: str, k: Knowledge, share: int = 1) -> list[wq.Query]:
    """The other forms of `form`, as terms or exact phrases, at SYNONYM_BOOST for the whole
    form: a phrase scores about the sum of its words, so each word of it weighs 1/len, and
    `share` splits the weight over the units of a typed span that each carry the alternative."""
    out: list[wq.Query] = []
    for other in k.synonyms.get(form, ()):
        boost = SYNONYM_BOOST / (len(other) * share)
        if len(other) == 1:
            out.append(wq.Term(exact, other[0], boost=boost))
        else:
            out.append(wq.Phrase(exact, list(other), boost=boost))
    return out


def archive_acronyms(texts: Iterable[str], programs: Iterable[Any] = ()) -> list[tuple[str, str]]:
    """(acronym, long form) pairs defined in the texts (`Long Form (ACR)`) and in programs.yaml.

    A long form defined only once in a large archive is still kept: definitions are rare.
    """
    pairs: set[tuple[str, str]] = set()
    for program in programs or []:
        if getattr(program, "acronym", None) and getattr(program, "name", None):
            pairs.add((program.acronym, program.name))
    find = _find_acronyms()
    for text in texts:
        for acr in find(text):
            pairs.add((acr.short, acr.long))
    return sorted(pairs)


def _find_acronyms() -> Any:
    try:
        from melati_archive.nlp.acronyms import find_acronyms  # written by the dates engineer

        return find_acronyms
    except ImportError:
        return _simple_acronyms


_ACR_DEF_RE = re.compile(r"((?:[A-Z][\w'’]*[ -]){1,8}?(?:[A-Z][\w'’]*))\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)")


@dataclass
class _Pair:
    short: str
    long: str


def _simple_acronyms(text: str) -> list[_Pair]:
    """Fallback `Long Form (ACR)` finder: the long form's initials must spell the acronym."""
    found = []
    for m in _ACR_DEF_RE.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:]).lower()
            if initials == acr.lower() or (acr.lower().startswith(initials[:2]) and len(words) - start >= 2
                                           and _spells(acr.lower(), [w.lower() for w in words[start:]])):
                found.append(_Pair(acr, " ".join(words[start:])))
                break
    return found


def _spells(acr: str, words: list[str]) -> bool:
    """True when acr is made of prefixes of the words in order (Pusdatin = PUSat DATa INformasi)."""
    if not words:
        return not acr
    if not acr:
        return False
    word = words[0]
    for n in range(min(len(word), len(acr)), 0, -1):
        if acr[:n] == word[:n] and _spells(acr[n:], words[1:]):
            return True
    return False


def write_knowledge(index_dir: str | os.PathLike[str], protected: Iterable[str],
                    acronyms: Iterable[tuple[str, str]]) -> Path:
    """Write the knowledge file into `index_dir` atomically; returns its path."""
    path = Path(index_dir) / KNOWLEDGE_FILE
    data = {"version": 1, "protected": sorted(set(protected)), "acronyms": [list(p) for p in sorted(set(acronyms))]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_knowledge(index_dir: str | os.PathLike[str]) -> Knowledge:
    """The knowledge written at the last reindex (EMPTY if none); cached until the file changes."""
    path = Path(index_dir) / KNOWLEDGE_FILE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return EMPTY
    return _load_knowledge(str(path), stamp)


@functools.lru_cache(maxsize=4)
def _load_knowledge(path: str, stamp: int) -> Knowledge:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Knowledge.build(data.get("protected", []), [tuple(p) for p in data.get("acronyms", [])])
    except (OSError, ValueError, TypeError):
        return EMPTY


# --- Affix families --------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")
_SUFFIXES = ("", "kan", "i", "an", "nya", "kannya", "annya", "inya")
_PARTICLES = ("lah", "kah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
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
    for group in (_PARTICLES, _POSSESSIVES, _DERIVATIONAL):
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
    """Identity of a one-word query on one field: whoosh compares and caches queries by it."""

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.text!r}, boost={self.boost})"

    def __eq__(self, other: object) -> bool:
        return (type(self) is type(other) and self.fieldname == other.fieldname
                and self.text == other.text and self.boost == other.boost)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.fieldname, self.text, self.boost))


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
        for form in affix_family(self.text):
            if form in self.exclude or form in analysis.DEFAULT_EXCLUSIONS:
                continue
            btext = to_bytes(form)
            if (fieldname, btext) in ixreader:
                df = ixreader.doc_frequency(fieldname, btext)
                if df <= max_df:
                    found.append((-df, btext))
        found.sort()
        return iter([b for _, b in found[: self.limit]])

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


# Bound forms that Indonesian spelling (PUEBI) writes solid to the word they modify, and that
# leave that word's meaning in place: pascabencana is about a disaster, antarprovinsi about
# provinces, nonreaktif about a test result. Left out on purpose: forms that mostly spell other
# words or turn the meaning far away (pan-: pantai; pro-: program; inter-: internasional for
# nasional; maha-: mahasiswa; nara-: narasumber; a-, tak-).
SOLID_PREFIXES = ("pasca", "antar", "anti", "pra", "non", "swa", "multi", "purna", "sub", "semi",
                  "ekstra", "intra", "infra", "ultra", "kontra", "mono", "poli", "dwi", "trans", "tuna")
# Solid prefixes that news also writes as a preposition before the word: pascapandemi is
# "setelah pandemi" or "usai pandemi", prabencana "sebelum bencana".
PREFIX_PARAPHRASES = {"pasca": ("setelah", "sesudah", "usai", "seusai"), "pra": ("sebelum",)}
MIN_INSIDE = 4  # shorter words and compound halves are too often pieces of unrelated words


class InsideWords(AffixFamily):
    """Longer words of the lexicon that hold `text` whole: behind a solid prefix
    (`bencana` -> pascabencana, `provinsi` -> antarprovinsi) or as the first half of a closed
    compound that the archive also writes apart (`kerja` -> kerjasama, because "kerja sama"
    occurs). Never by removing letters, so no stemmer trap comes back (relawan does not find
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
        forms += self._compounds(ixreader, to_bytes)
        found = []
        for form in dict.fromkeys(forms):
            if form in self.exclude or form in analysis.DEFAULT_EXCLUSIONS:
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


class BestOfMatcher(DisjunctionMaxMatcher):
    """whoosh's DisjunctionMaxMatcher scores max(a.score(), b.score()) whenever both sides are
    active, even when one of them already stands on a later document: a document then took the
    score of another, and rankings changed with the order documents were committed in. Here
    only the sides on the current document count. Where both sides hold the document, the
    weaker adds `tiebreak` times its score (whoosh stores the tiebreak but never applies it)."""

    def score(self) -> float:
        a, b = self.a, self.b
        if not a.is_active():
            return b.score()
        if not b.is_active():
            return a.score()
        at_a, at_b = a.id(), b.id()
        if at_a == at_b:
            sa, sb = a.score(), b.score()
            return max(sa, sb) + self.tiebreak * min(sa, sb)
        return a.score() if at_a < at_b else b.score()

    def _bound(self, qa: float, qb: float) -> float:
        """The highest score two sides of at most qa and qb can give a document."""
        return max(qa, qb) + self.tiebreak * min(qa, qb)

    def max_quality(self) -> float:
        qa = self.a.max_quality() if self.a.is_active() else 0.0
        qb = self.b.max_quality() if self.b.is_active() else 0.0
        return self._bound(qa, qb)

    def block_quality(self) -> float:
        qa = self.a.block_quality() if self.a.is_active() else 0.0
        qb = self.b.block_quality() if self.b.is_active() else 0.0
        return self._bound(qa, qb)

    def _floor(self, minquality: float, other_max: float) -> float:
        """Below what score one side cannot lift a document to minquality: minquality itself
        for the best of two, less the other side's best when a tiebreak adds the weaker."""
        return max(0.0, minquality - other_max) if self.tiebreak else minquality

    def skip_to_quality(self, minquality: float) -> int:
        a, b = self.a, self.b
        if not a.is_active():
            return b.skip_to_quality(minquality)
        if not b.is_active():
            return a.skip_to_quality(minquality)
        skipped = 0
        while a.is_active() and b.is_active() and self._bound(a.block_quality(), b.block_quality()) < minquality:
            moved = 0
            floor = self._floor(minquality, b.max_quality())
            if a.block_quality() < floor:
                moved += a.skip_to_quality(floor)
            if b.is_active() and a.is_active():
                floor = self._floor(minquality, a.max_quality())
                if b.block_quality() < floor:
                    moved += b.skip_to_quality(floor)
            if not moved:
                break
            skipped += moved
        return skipped

    def replace(self, minquality: float = 0) -> Any:
        # whoosh's DisjunctionMaxMatcher.replace drops a side that stays active when the other
        # runs out, and rebuilds itself without the tiebreak: both would change the ranking
        from whoosh import matching

        a, b = self.a, self.b
        if not (a.is_active() or b.is_active()):
            return matching.NullMatcher()
        if not a.is_active():
            return b.replace(minquality)
        if not b.is_active():
            return a.replace(minquality)
        if minquality and self.max_quality() < minquality:
            return matching.NullMatcher()
        na = a.replace(self._floor(minquality, b.max_quality()) if minquality else 0)
        nb = b.replace(self._floor(minquality, a.max_quality()) if minquality else 0)
        if not (na.is_active() or nb.is_active()):
            return matching.NullMatcher()
        if not na.is_active():
            return nb
        if not nb.is_active():
            return na
        if na is not a or nb is not b:
            return type(self)(na, nb, tiebreak=self.tiebreak)
        return self


class BestOf(wq.DisjunctionMax):
    """DisjunctionMax whose matcher scores each document by its own best-scoring subquery."""

    def _matcher(self, subs, searcher, context):
        reader = searcher.reader()
        # whoosh's weighted tree builder drops keyword arguments: the tiebreak goes in the class
        return self._tree_matcher(subs, functools.partial(BestOfMatcher, tiebreak=self.tiebreak), searcher,
                                  context, lambda q: q.estimate_size(reader))


def _population(ixreader: Any, fieldname: str, kind_field: str = "kind") -> int:
    """How many documents can have `fieldname`: those of its kind in a mixed index."""
    base = fieldname[: -len("_exact")] if fieldname.endswith("_exact") else fieldname
    kind = ARCHIVE_KINDS.get(base)
    if kind and kind_field in ixreader.schema:
        n = ixreader.doc_frequency(kind_field, kind)
        if n:
            return n
    return ixreader.doc_count_all()


class CompoundSplit(_WordQueryIdentity, wq.Query):
    """Matches a closed compound written apart: `orangtua` finds "orang tua" (both halves must
    be words of the field's lexicon)."""

    def __init__(self, fieldname: str, text: str, boost: float = 1.0):
        self.fieldname = fieldname
        self.text = text
        self.boost = boost

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
                phrases.append(wq.Phrase(fieldname, [a, b], boost=self.boost))
        if not phrases:
            return wq.NullQuery
        return phrases[0] if len(phrases) == 1 else wq.Or(phrases)

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


# --- Queries ---------------------------------------------------------------------------------


def _exact_words(text: str) -> list[str]:
    """The exact-field words of a text in order, a compound as its parts (for phrases)."""
    words: list[str] = []
    for raw in analysis._TOKEN_RE.findall(text or ""):
        units = analysis.word_units(raw)
        words.extend(u for i, (u, _) in enumerate(units) if not (i == 1 and len(units) > 1))
    return words


def _units(word: str) -> list[tuple[str, int]]:
    units: list[tuple[str, int]] = []
    for raw in analysis._TOKEN_RE.findall(word or ""):
        units.extend(analysis.word_units(raw))
    return units


def _paraphrases(prefix: str, word: str, exact: str, share: int = 1) -> list[wq.Query]:
    """`prefix`+`word` (pascapandemi, "pasca pandemi") as news also writes it: a preposition
    before the word ("setelah pandemi"), weighed like a synonym of the compound."""
    if len(word) < MIN_INSIDE or not word.isalpha():
        return []
    return [wq.Phrase(exact, [p, word], boost=SYNONYM_BOOST / (2 * share))
            for p in PREFIX_PARAPHRASES.get(prefix, ())]


def _prefix_split(w: str) -> tuple[str, str] | None:
    for prefix in PREFIX_PARAPHRASES:
        if w.startswith(prefix) and len(w) - len(prefix) >= MIN_INSIDE:
            return prefix, w[len(prefix):]
    return None


def _single_word_query(w: str, field: str, k: Knowledge) -> wq.Query:
    exact = f"{field}_exact"
    subs: list[wq.Query] = [wq.Term(exact, w, boost=EXACT_BOOST)]
    if w in analysis.STOPWORDS:
        return subs[0]
    if k.is_protected(w) or not w.isalpha():
        pass  # names, numbers: the word as written, nothing else
    else:
        verb = is_voice_verb(w)
        family_boost = FAMILY_BOOST_VERB if verb else FAMILY_BOOST
        stem_boost = STEM_BOOST_VERB if verb else STEM_BOOST
        if family_boost:
            subs.append(AffixFamily(exact, w, boost=family_boost, exclude=k.protected))
        if INSIDE_BOOST:
            subs.append(InsideWords(exact, w, boost=INSIDE_BOOST, exclude=k.protected))
        stemmed = analysis.query_stem(w, k.protected)
        if stem_boost and (stemmed == w or _useful_root(stemmed)):
            subs.append(wq.Term(field, stemmed, boost=stem_boost))
        subs.append(CompoundSplit(exact, w, boost=EXACT_BOOST))
    for long in k.acronyms.get(w, ()):
        subs.append(wq.Phrase(exact, list(long), boost=EXACT_BOOST))
    synonyms = _synonym_queries((w,), exact, k)
    if synonyms:
        # the word or its equivalent, whichever the document uses best, not both summed: an
        # article with "online" once and "daring" thrice is not more about it than "online" alone
        subs[0] = BestOf([subs[0], *synonyms], tiebreak=SYNONYM_TIEBREAK)
    split = _prefix_split(w)
    if split:
        subs += _paraphrases(*split, exact)
    return wq.Or(subs)


def word_query(word: str, field: str, knowledge: Knowledge | None = None) -> wq.Query:
    """The query for one bare word typed by a user, on text field `field` (and `field`_exact)."""
    k = knowledge or EMPTY
    units = _units(word)
    if not units:
        return wq.NullQuery
    if len(units) == 1:
        return _single_word_query(units[0][0], field, k)
    # a hyphenated compound typed by the user: its joined form or its parts in a row
    joined = units[1][0]
    parts = [units[0][0]] + [u for u, off in units[2:]]
    return wq.Or([_single_word_query(joined, field, k), phrase_query(parts, field, k)])


def phrase_query(words: list[str], field: str, knowledge: Knowledge | None = None) -> wq.Query:
    """The query for a "quoted phrase": exact words in order first, stems in order next, and
    the phrase's acronym or closed compound when it has one."""
    k = knowledge or EMPTY
    exact_words = [u for w in words for u in _exact_words(w)]
    if not exact_words:
        return wq.NullQuery
    if len(exact_words) == 1:
        return word_query(exact_words[0], field, k)
    exact = f"{field}_exact"
    subs: list[wq.Query] = [wq.Phrase(exact, exact_words, boost=EXACT_BOOST)]
    content = [w for w in exact_words if w not in analysis.STOPWORDS]
    if STEM_PHRASES and STEM_BOOST and len(content) >= 1:
        stems = [w if k.is_protected(w) else analysis.query_stem(w, k.protected) for w in content]
        gaps = len(exact_words) - len(content)
        if len(stems) == 1:
            subs.append(wq.Term(field, stems[0], boost=STEM_BOOST))
        else:
            subs.append(wq.Phrase(field, stems, slop=1 + gaps, boost=STEM_BOOST))
    for acr in k.longforms.get(tuple(exact_words), ()):
        subs.append(wq.Term(exact, acr, boost=EXACT_BOOST))
    if 2 <= len(exact_words) <= 3 and all(w.isalpha() for w in exact_words):
        subs.append(wq.Term(exact, "".join(exact_words), boost=EXACT_BOOST))
    subs += _synonym_queries(tuple(exact_words), exact, k)
    return wq.Or(subs)


def word_units(words: list[str], field: str, knowledge: Knowledge | None = None
               ) -> list[tuple[str, wq.Query, bool]]:
    """A run of bare words as one unit per word: (word as typed, its query on `field`,
    counted). Adjacent words that spell a known acronym's long form (longest first) or a
    two-word compound may match the short or closed form instead, so each word of such a span
    also matches that form: "program keluarga harapan" finds PKH, "orang tua" finds orangtua.
    Stopwords are units that do not count (partial.Coordinated)."""
    k = knowledge or EMPTY
    words = [w for w in words if _units(w)]
    exact = f"{field}_exact"
    lowered = [_exact_words(w) for w in words]
    units: list[tuple[str, wq.Query, bool]] = []
    extra = _synonym_spans(lowered, exact, k)
    i = 0
    while i < len(words):
        span_end, shorts, together = i + 1, [], []
        for end in range(min(len(words), i + 8), i + 1, -1):
            span = tuple(x for ws in lowered[i:end] for x in ws)
            shorts = list(k.longforms.get(span, ()))
            if shorts:  # a known long form: written together it is the expression, not its words
                together = [_together(span, exact, end - i)]
            if end - i == 2 and all(x.isalpha() for x in span):
                shorts.append("".join(span))
                together = together or _paraphrases(span[0], span[1], exact, share=2)
            if shorts:
                span_end = end
                break
        for j, (w, low) in enumerate(zip(words[i:span_end], lowered[i:span_end]), i):
            q = word_query(w, field, k)
            if shorts or extra.get(j):
                # the short form stands for each of the span's words: weigh it like them
                # (a synonym span brings its own `together`)
                q = wq.Or([q] + [wq.Term(exact, sh, boost=EXACT_BOOST) for sh in shorts]
                          + (extra.get(j) or together))
            counted = not all(x in analysis.STOPWORDS for x in low)
            units.append((w, q, counted))
        i = span_end
    return units


def _together(span: tuple[str, ...], exact: str, share: int) -> wq.Query:
    """The typed words of a known multi-word expression (a synonym form, an acronym's long
    form) written together, as a bonus to each of the span's `share` units: "bekerja dari
    rumah" is one expression, and an article with "bekerja" and "rumah" far apart is not
    about it. A phrase scores about the sum of its words, so the whole span weighs about
    EXPRESSION_BOOST times its words."""
    return wq.Phrase(exact, list(span), boost=EXPRESSION_BOOST / share)


def _synonym_spans(lowered: list[list[str]], exact: str, k: Knowledge) -> dict[int, list[wq.Query]]:
    """Word index -> the other forms of the longest multi-word synonym form starting or running
    through it ("lanjut usia" -> lansia for both words): a document with the other form then
    holds each of the span's words."""
    extra: dict[int, list[wq.Query]] = {}
    if not k.synonyms:
        return extra
    i = 0
    while i < len(lowered):
        for end in range(min(len(lowered), i + 8), i + 1, -1):
            span = tuple(x for ws in lowered[i:end] for x in ws)
            alternatives = _synonym_queries(span, exact, k, share=end - i)
            if alternatives:
                alternatives.append(_together(span, exact, end - i))
                for j in range(i, end):
                    extra[j] = alternatives
                i = end - 1
                break
        i += 1
    return extra


def words_query(words: list[str], field: str, knowledge: Knowledge | None = None) -> wq.Query:
    """A run of bare words, all required (word_units ANDed; search ranks partial matches with
    partial.Coordinated over the same units)."""
    units = [q for _, q, _ in word_units(words, field, knowledge)]
    if not units:
        return wq.NullQuery
    base = units[0] if len(units) == 1 else wq.And(units)
    if PHRASE_BONUS and len(units) >= 2:
        # the words side by side, as typed, rank above the same words scattered
        together = [x for w in words for x in _exact_words(w)]
        base = wq.AndMaybe(base, wq.Phrase(f"{field}_exact", together, boost=PHRASE_BONUS * len(together)))
    return base


# --- Scoring ---------------------------------------------------------------------------------

from whoosh import scoring as _scoring  # noqa: E402


class KindBM25F(_scoring.BM25F):
    """BM25F whose statistics for a text field come from the documents of the kind that has the
    field. In one index holding articles, quotes, people and programs, plain BM25F divides by
    every document: idf flattens and the average body length shrinks ~10x, so long articles are
    over-penalised. `kinds` maps a field (without `_exact`) to its kind value in `kind_field`."""

    def __init__(self, kinds: dict[str, str], kind_field: str = "kind", B: float = 0.75, K1: float = 1.2):
        super().__init__(B=B, K1=K1)
        self.kinds = dict(kinds)
        self.kind_field = kind_field

    def population(self, searcher: Any, fieldname: str) -> int:
        parent = searcher.get_parent()
        base = fieldname[: -len("_exact")] if fieldname.endswith("_exact") else fieldname
        kind = self.kinds.get(base)
        if kind and self.kind_field in parent.schema:
            n = parent.doc_frequency(self.kind_field, kind)
            if n:
                return n
        return parent.doc_count_all()

    def idf(self, searcher: Any, fieldname: str, text: Any) -> float:
        import math

        parent = searcher.get_parent()
        return math.log(self.population(parent, fieldname) / (parent.doc_frequency(fieldname, text) + 1)) + 1

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf=qf)
        B = getattr(self, "_field_B", {}).get(fieldname, self.B)
        return _KindBM25FScorer(searcher, fieldname, text, B, self.K1, qf, self)


class _KindBM25FScorer(_scoring.BM25FScorer):
    def __init__(self, searcher: Any, fieldname: str, text: Any, B: float, K1: float, qf: int,
                 model: KindBM25F):
        parent = searcher.get_parent()
        self.idf = model.idf(parent, fieldname, text)
        self.avgfl = (parent.field_length(fieldname) / model.population(parent, fieldname)) or 1
        self.B, self.K1, self.qf = B, K1, qf
        self.setup(searcher, fieldname, text)




def weighting(kinds: dict[str, str] | None = None, kind_field: str = "kind") -> KindBM25F:
    """The scoring model to search with: `ix.searcher(weighting=relevance.weighting())`."""
    return KindBM25F(ARCHIVE_KINDS if kinds is None else kinds, kind_field)
