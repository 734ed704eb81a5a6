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
learned at reindex and kept in a small JSON file in the index directory (knowledge.py; its
functions are re-exported here):

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

This module holds the query weights and builds the queries; the parts live beside it:
`knowledge` (Knowledge, the JSON file, acronyms, synonyms), `spellings` (old letters, respellings),
`officeheads` (an office and its head), `wordforms` (roots, affix families
and the queries that expand a word: AffixFamily, InsideWords, CompoundSplit; they read
FAMILY_TIEBREAK, MAX_FAMILY and FAMILY_MAX_DF there, so set or patch those there; MIN_INSIDE is
set there and copied here) and `scoring` (KindBM25F, weighting, BestOf). The names others import
are re-exported here.
"""
from __future__ import annotations

import re

from whoosh import query as wq

from melati_archive.knowledge import (  # noqa: F401 - re-exported: the index, search, tests use them here
    EMPTY, Knowledge, _exact_words, archive_acronyms, builtin_synonyms, load_knowledge, write_knowledge)
from melati_archive import numberforms
from melati_archive.officeheads import builtin_related
from melati_archive.nlp import analysis
from melati_archive.scoring import BestOf, BestOfMatcher, KindBM25F, weighting  # noqa: F401 - re-exported
from melati_archive.spellings import OldSpellings, respelled, spelling_variants  # noqa: F401 - re-exported
from melati_archive.wordforms import (  # noqa: F401 - re-exported: tests import them here
    MIN_INSIDE, AffixFamily, CompoundFamily, AsWritten, CompoundSplit, InsideWords, _useful_root,
    affix_family,
    is_voice_verb)

EXACT_BOOST = 2.0
# Weights of a word's affixed family and PySastrawi root, by the kind of word typed: verbs
# inflected for voice (me-/di-/ter-/ber-) keep their root's meaning, so their family is close;
# other words (confixed nouns: pengalaman, keterangan, perusahaan) often drifted from it.
FAMILY_BOOST_VERB = 1.5
STEM_BOOST_VERB = 1.0
FAMILY_BOOST = 0.1
STEM_BOOST = 0.0  # measured: 0.3 gained 0.001 nDCG@10 and cost 40% of term-query time
PHRASE_BONUS = 0.0  # measured: proximity bonus did not help on the judged set (kept, off)
EXPRESSION_BOOST = 2.0  # a known multi-word expression typed as bare words, written together (new queries: recall@20 +0.013, 1.0 gave +0.006)
SYNONYM_TIEBREAK = 0.0  # a word and its equivalents score as the best of them (tuning half: recall@20 +0.002; 0.1 and 0.3 the same)
COMPOUND_FAMILY_BOOST = 0.5  # a compound's solid affixed forms (menandatangani for "tanda tangan"), as a word inside a longer word (tuning: 1.5 lost "tanggung jawab" to pertanggungjawaban)
INFLECTED_BOOST = 1.5  # the word with -nya, -lah, -ku... at the word's idf: the same word, a little below it as typed
INSIDE_BOOST = 0.5  # the word inside a longer word (pascabencana, kerjasama): below the word itself
RELATED_BOOST = 0.25  # an office for its head or the head for the office (Kemensos, Mensos: officeheads.py), below an equivalent
SYNONYM_BOOST = 0.5  # an equivalent form (data/synonyms-id.txt, melati.yaml): a quarter of the word as typed (tuning half: +0.002 recall@20 over 1.0)
STEM_PHRASES = False  # measured: the stemmed phrase beside the exact one doubled phrase latency for no gain
# (the stemmed fields are indexed without positions for that reason: index.build_schema)
# Solid prefixes that news also writes as a preposition before the word: pascapandemi is
# "setelah pandemi" or "usai pandemi", prabencana "sebelum bencana".
# Words a user types around a topic ("berita tentang banjir rob", "apa kata kepala balai soal
# vokasional", "info bansos"): prepositions of aboutness and the question's frame (what someone
# said, the news of it). In a run with a word of the topic they are dropped (no tier, no score): an
# article about the topic rarely writes them, and one that does is not more about it. Alone, they
# are searched. Query side only: the index keeps them.
ABOUT_WORDS = frozenset({"tentang", "mengenai", "terkait", "seputar", "perihal", "soal", "kata", "berita", "info",
                         "kabar"})
PREFIX_PARAPHRASES = {"pasca": ("setelah", "sesudah", "usai", "seusai"), "pra": ("sebelum",)}


# Amounts as news writes them: "Rp300.000" and "Rp300 ribu", "1,5 juta" and "1.500.000"
SCALES = {"ribu": 10 ** 3, "rb": 10 ** 3, "juta": 10 ** 6, "jt": 10 ** 6, "miliar": 10 ** 9, "milyar": 10 ** 9,
          "triliun": 10 ** 12}
_SPOKEN_SCALES = (("triliun", 10 ** 12), ("miliar", 10 ** 9), ("juta", 10 ** 6), ("ribu", 10 ** 3))
_SOLID_AMOUNT = re.compile(r"([0-9]+(?:,[0-9]+)?)(rb|jt)")  # ASCII digits: \d also takes ², which int() refuses


def amount_forms(form: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other ways to write the amount `form` spells, as exact-field words: ("300", "ribu") and
    ("300rb",) are ("300000",), and back; ("1,5", "juta") is ("1500000",). Not an amount: []."""
    if len(form) > 1 and form[0] == "rp":  # "Rp2,5 juta" typed solid: the sign is its own word
        form = form[1:]
    if len(form) == 1 and (solid := _SOLID_AMOUNT.fullmatch(form[0])):
        form = solid.groups()
    value = None
    if len(form) == 2 and form[1] in SCALES and re.fullmatch(r"[0-9]+(?:,[0-9]{1,3})?", form[0]):
        whole, _, frac = form[0].partition(",")
        value, rest = divmod(int(whole + frac) * SCALES[form[1]], 10 ** len(frac))
        if rest:
            return []  # "1,2345 ribu": no whole number of rupiah
    elif len(form) == 1 and re.fullmatch(r"[1-9][0-9]{0,14}", form[0]):
        value = int(form[0])
    if value is None or value < 1000:
        return []
    out = [(str(value),)]
    for word, scale in _SPOKEN_SCALES:
        if value >= scale:
            whole, rest = divmod(value, scale)
            if rest == 0:
                out.append((str(whole), word))
            elif (rest * 10) % scale == 0:
                out.append((f"{whole},{rest * 10 // scale}", word))
            break
    return [f for f in out if f != tuple(form)]


def _synonym_queries(form: tuple[str, ...], exact: str, k: Knowledge, share: int = 1) -> list[wq.Query]:
    """The other forms of `form` (synonyms, or the other spellings of an amount), as terms or
    exact phrases, at SYNONYM_BOOST for the whole form: a phrase scores about the sum of its
    words, so each word of it weighs 1/len, and `share` splits the weight over the units of a
    typed span that each carry the alternative."""
    out: list[wq.Query] = []
    for other in [*k.synonyms.get(form, ()), *amount_forms(form)]:
        boost = SYNONYM_BOOST / (len(other) * share)
        if len(other) == 1:
            out.append(wq.Term(exact, other[0], boost=boost))
        else:
            out.append(wq.Phrase(exact, list(other), boost=boost))
    return out


def _related_queries(form: tuple[str, ...], exact: str, share: int = 1) -> list[wq.Query]:
    """The office's head or the head's office, in each of its forms (Kemensos: Mensos, "Menteri
    Sosial"; officeheads.py), at RELATED_BOOST for the whole form, split like _synonym_queries."""
    return [wq.Term(exact, r[0], boost=RELATED_BOOST / share) if len(r) == 1
            else wq.Phrase(exact, list(r), boost=RELATED_BOOST / (len(r) * share))
            for r in builtin_related().get(form, ())]


# --- Queries ---------------------------------------------------------------------------------



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
    base = None if w in analysis.STOPWORDS or k.is_protected(w) else analysis.possessed_base(w)
    if base is not None:
        # "relawannya" typed: the word relawan, the spelling typed first; searched as written
        # it found only that spelling, and its affix family the false root's words
        return wq.Or([wq.Term(exact, w, boost=EXACT_BOOST), _single_word_query(base, field, k)])
    subs: list[wq.Query] = [wq.Term(exact, w, boost=EXACT_BOOST)]
    respelt: tuple[str, ...] = ()
    if w in analysis.STOPWORDS:
        return subs[0]
    if w in analysis.DEFAULT_EXCLUSIONS or not k.is_protected(w):
        # relawannya, pendapatannya: the word itself, whatever its affix family holds
        subs[0] = AsWritten(exact, w, boost=EXACT_BOOST, form_boost=INFLECTED_BOOST)
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
        subs.append(CompoundSplit(exact, w, boost=EXACT_BOOST, affixed_boost=COMPOUND_FAMILY_BOOST))
        # a compound typed solid that the archive writes only with its affixes (tandatangan)
        subs.append(CompoundFamily(exact, w, boost=COMPOUND_FAMILY_BOOST, exclude=k.protected, when_absent=True))
        # the word in the other spelling news writes (antri/antre), affixes and all: perijinan
        # finds perizinan, antri finds antrean, each weighed as its own spelling would be
        respelt = respelled(w, k.respellings)
        subs += [AffixFamily(exact, form, boost=family_boost, exclude=k.protected) for form in respelt if family_boost]
    if spelling_variants(w):  # Soekarno / Sukarno: names included; weighed like resiko / risiko
        subs.append(OldSpellings(exact, w, boost=SYNONYM_BOOST))
    # an acronym the archive defines: its long form is the same name, weighed as a whole like
    # the acronym typed (a phrase scores about the sum of its words)
    longs = k.acronyms.get(w, ())
    subs += [wq.Phrase(exact, list(long), boost=EXACT_BOOST / len(long)) for long in longs]
    synonyms = [q for q in _synonym_queries((w,), exact, k)
                if not (isinstance(q, wq.Phrase) and tuple(q.words) in longs)]
    direct = {other[0] for other in k.synonyms.get((w,), ()) if len(other) == 1}
    synonyms += [wq.Term(exact, form, boost=SYNONYM_BOOST) for form in respelt if form not in direct]
    # the same number written another way (3, 003, III; tiga, ketiga below it)
    synonyms += [wq.Term(exact, form, boost=EXACT_BOOST) for form in numberforms.same_number(w)]
    synonyms += [wq.Term(exact, form, boost=SYNONYM_BOOST) for form in numberforms.number_words(w)]
    synonyms += _related_queries((w,), exact)
    if synonyms:
        # the word or its equivalent, whichever the document uses best, not both summed: an
        # article with "online" once and "daring" thrice is not more about it than "online" alone
        subs[0] = BestOf([subs[0], *synonyms], tiebreak=SYNONYM_TIEBREAK)
    split = _prefix_split(w)
    if split:
        subs += _paraphrases(*split, exact)
    return wq.Or(subs)


# A word and the number that names it, written solid (covid19, g20)
_LETTERS_NUMBER = re.compile(r"([a-z]+)(\d+)")
# A number and its unit, written solid (10kg, 5km); ASCII digits, as in amounts
_NUMBER_UNIT = re.compile(r"([0-9]+)([a-z]{1,3})")


def word_query(word: str, field: str, knowledge: Knowledge | None = None) -> wq.Query:
    """The query for one bare word typed by a user, on text field `field` (and `field`_exact)."""
    k = knowledge or EMPTY
    units = _units(word)
    if len(units) == 2 and units[0][0] == "rp" and units[1][0][0].isdigit():
        units = units[1:]  # Rp300.000: the amount is what a reader looks for, sign or no sign
    if not units:
        return wq.NullQuery
    if len(units) > 1 and len(analysis._TOKEN_RE.findall(word)) > 1:
        # a typed word of several tokens not joined by a hyphen (50%, 2,5%, RT/RW): its words in a row
        return phrase_query([u for u, _ in units], field, k)
    if len(units) == 1:
        single = _single_word_query(units[0][0], field, k)
        spaced = _LETTERS_NUMBER.fullmatch(units[0][0]) or _NUMBER_UNIT.fullmatch(units[0][0])
        if spaced:  # covid19 is also written "covid 19", 10kg "10 kg"
            return BestOf([single, wq.Phrase(f"{field}_exact", list(spaced.groups()), boost=EXACT_BOOST)])
        return single
    # a hyphenated compound typed by the user: its joined form or its parts in a row
    joined = units[1][0]
    parts = [units[0][0]] + [u for u, off in units[2:]]
    return wq.Or([_single_word_query(joined, field, k), phrase_query(parts, field, k),
                  *_affixed_apart(parts, f"{field}_exact", k)])


def _affixed_apart(parts: list[str], exact: str, k: Knowledge) -> list[wq.Query]:
    """A compound written apart takes its prefix on the first word and its suffix on the last
    (bergotong royong, tatap mukanya): the parts in a row, each as written or in its affixed
    forms, weighed like a compound's solid affixed forms. Two words of letters only."""
    if len(parts) != 2 or not all(p.isalpha() and len(p) >= 4 for p in parts) or any(map(k.is_protected, parts)):
        return []
    return [wq.Sequence([wq.Or([wq.Term(exact, p), AffixFamily(exact, p, exclude=k.protected)]) for p in parts],
                        boost=COMPOUND_FAMILY_BOOST)]


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
    # the acronym or the closed word is the phrase in one word: weighed like the phrase, whose
    # score is about the sum of its words (word_query weighs them the other way round: 1/len)
    whole = EXACT_BOOST * len(exact_words)
    for acr in k.longforms.get(tuple(exact_words), ()):
        subs.append(wq.Term(exact, acr, boost=whole))
    if (2 <= len(exact_words) <= 3 and all(w.isalpha() for w in exact_words)) or _joinable(tuple(exact_words)):
        subs.append(wq.Term(exact, "".join(exact_words), boost=whole))
    subs += _synonym_queries(tuple(exact_words), exact, k)
    return wq.Or(subs)


def word_units(words: list[str], field: str, knowledge: Knowledge | None = None,
               keep: frozenset[int] = frozenset()) -> list[tuple[str, wq.Query, bool]]:
    """A run of bare words as one unit per word: (word as typed, its query on `field`,
    counted). Adjacent words that spell a known acronym's long form (longest first) or a
    two-word compound may match the short or closed form instead, so each word of such a span
    also matches that form: "program keluarga harapan" finds PKH, "orang tua" finds orangtua.
    Stopwords and ABOUT_WORDS are units that do not count (partial.Coordinated); beside a word
    that counts they are dropped, unless part of a known expression or their index (among the
    words that have units) is in `keep` ("bulan ini": a period, search/period.py)."""
    k = knowledge or EMPTY
    words = [w for w in words if _units(w)]
    exact = f"{field}_exact"
    lowered = [_exact_words(w) for w in words]
    units: list[tuple[str, wq.Query, bool]] = []
    frame: list[bool] = []  # per unit: a word of the question's frame, dropped when the topic has a word
    extra = _synonym_spans(lowered, exact, k)
    carried: tuple[list[str], list[wq.Query]] = ([], [])  # a guessed compound's forms, for its second word
    i = 0
    while i < len(words):
        span_end, shorts, together = i + 1, [], []
        expression = False  # the span is a known long form (a guessed closed compound is not)
        for end in range(min(len(words), i + 8), i + 1, -1):
            span = tuple(x for ws in lowered[i:end] for x in ws)
            shorts = list(k.longforms.get(span, ()))
            if shorts:  # a known long form: written together it is the expression, not its words
                together = [_together(span, exact, end - i)]
                expression = True
            if end - i == 2 and _joinable(span) and span[0] not in analysis.STOPWORDS and span[0] not in ABOUT_WORDS:
                # (a frame word opens no compound: "bagaimana program keluarga harapan"; "ikut serta" is one)
                shorts.append("".join(span))
                together = together or _paraphrases(span[0], span[1], exact, share=2)
                # "tuna netra" typed apart: the closed word's other forms too (disabilitas netra)
                together = together + _synonym_queries(("".join(span),), exact, k, share=2)
                if span[1].isalpha():  # tanda tangan: menandatangani, penandatanganan
                    together = together + [CompoundFamily(exact, "".join(span), boost=COMPOUND_FAMILY_BOOST,
                                                          exclude=k.protected)]
            if shorts:
                span_end = end
                break
        if shorts and not expression:
            # a guessed closed compound does not take its second word away from the next pair:
            # "pak wali kota" is "pakwali" or "walikota", whichever the archive writes
            span_end = i + 1
        for j, (w, low) in enumerate(zip(words[i:span_end], lowered[i:span_end]), i):
            q = word_query(w, field, k)
            # the first word also stands in the guessed compound the previous word opened
            forms, joint = (carried[0] + shorts, carried[1] + together) if j == i else (shorts, together)
            if forms or extra.get(j):
                # the short form stands for each of the span's words: weigh it like them
                # (a synonym span brings its own `together`)
                q = wq.Or([q] + [wq.Term(exact, sh, boost=EXACT_BOOST) for sh in forms]
                          + (extra.get(j) or joint))
            counted = not all(x in analysis.STOPWORDS or x in ABOUT_WORDS for x in low)
            units.append((w, q, counted))
            # a word of the question's frame, or a function word that is no part of a known expression
            frame.append(not counted and j not in keep
                         and (set(low) <= ABOUT_WORDS or not (expression or extra.get(j))))
        carried = (shorts, together) if shorts and not expression else ([], [])
        i = span_end
    if any(counted for _, _, counted in units):
        # the question's frame ("berita tentang banjir", "apa itu stunting") says nothing of the
        # topic: an article that writes "tentang" or "itu" is no nearer to it, so those words add no
        # score either (tuning half, each query typed after "berita tentang": nDCG@10 0.872 -> 0.936,
        # after "apa itu" 0.896 -> 0.936, as typed alone); "dari" in "bekerja dari rumah" stays
        units = [unit for unit, dropped in zip(units, frame) if not dropped]
    return units


def _joinable(span: tuple[str, ...]) -> bool:
    """Two typed words that news may also write as one closed word: two words (orang tua,
    orangtua), a word and the number that names it (covid 19, covid19; G 20, G20), or a number
    and its unit (10 kg, 10kg)."""
    if len(span) != 2:
        return False
    if span[0].isalpha():
        return span[1].isalpha() or span[1].isdigit()
    return bool(_NUMBER_UNIT.fullmatch("".join(span))) and span[0].isdigit()


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
    i = 0
    while i < len(lowered):
        for end in range(min(len(lowered), i + 8), i + 1, -1):
            span = tuple(x for ws in lowered[i:end] for x in ws)
            alternatives = _synonym_queries(span, exact, k, share=end - i)
            if alternatives:
                alternatives += _related_queries(span, exact, share=end - i)
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
