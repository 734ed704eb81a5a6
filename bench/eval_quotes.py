"""Evaluate the quote extractor on three sets side by side: PFSA-ID dev-40 (statement recall, speaker
accuracy), the annotated set in tests/data/annotated/ (quote and pair P/R/F1, aliases, dates) and
releases-dev (real releases, scored by the rules of its own score.py, with even/odd halves). Every
failure is listed by kind. Exit 1 on a miss.

Usage: python bench/eval_quotes.py [--shared DIR] [--failures N] [--quiet] [--only pfsa|own|releases]
Third-party data (PFSA, releases-dev) is read from ../shared at run time, never copied.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from melati_archive.nlp.extract import extract  # noqa: E402
from melati_archive.nlp.people import HONORIFICS  # noqa: E402

TARGETS = {
    "pfsa_statement_recall": 0.98,
    "pfsa_speaker_accuracy": 0.96,
    "own_pair_precision": 1.0,
    "own_pair_f1": 1.0,
    "own_date_accuracy": 1.0,
    "rel_pair_precision": 0.97,
    "rel_pair_f1": 0.93,
    "rel_quote_recall": 0.97,
    "rel_date_accuracy": 0.95,
}
QUOTE_TOKENS = {'"', "\u201c", "\u201d", "\u201e", "''", "``"}
NO_SPACE_BEFORE = set(",.;:?!)]}%")
NO_SPACE_AFTER = set("([{")
PRONOUNS = {"dia", "ia", "beliau", "nya", "-nya"}


# --- PFSA reading ------------------------------------------------------------------------------

@dataclass
class Span:
    kind: str
    start: int  # char offsets in the rebuilt article text
    end: int
    tok_start: int
    tok_end: int  # exclusive
    text: str = ""


@dataclass
class GoldArticle:
    text: str
    spans: list[Span] = field(default_factory=list)
    tokens: list[tuple[str, str, int, int]] = field(default_factory=list)  # token, tag, start, end

    def of(self, kind: str) -> list[Span]:
        return [s for s in self.spans if s.kind == kind]


def find_shared(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    for candidate in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        if (candidate / "corpus" / "pfsa-id").is_dir():
            return candidate
    raise SystemExit("eval_quotes: ../shared/corpus/pfsa-id not found (pass --shared DIR)")


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, _, tag = line.partition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


def _is_dateline_start(sentence: list[tuple[str, str]]) -> bool:
    words = [t for t, _ in sentence[:8]]
    return "KOMPAS" in words and any(w in ("\u2014", "\u2013", "-") for w in words[words.index("KOMPAS"):][:2])


def split_articles(sentences):
    articles, current = [], []
    for sentence in sentences:
        if _is_dateline_start(sentence) and current:
            articles.append(current)
            current = []
        current.append(sentence)
    if current:
        articles.append(current)
    return articles


def rebuild(article_sentences) -> GoldArticle:
    """Join tokens with single spaces, attach punctuation; quote direction from the gold where known."""
    tokens = [tok for sentence in article_sentences for tok in sentence]
    parts: list[str] = []
    pos = 0
    glued_next = False
    quote_open = False
    placed: list[tuple[str, str, int, int]] = []
    for i, (tok, tag) in enumerate(tokens):
        space = bool(parts) and not glued_next
        glue_after = False
        if tok in QUOTE_TOKENS:
            if tag.startswith("B-") and tag.endswith("STATEMENT"):
                opening = True
            elif tag.startswith("L-") and tag.endswith("STATEMENT"):
                opening = False
            else:
                opening = not quote_open
            quote_open = opening
            if opening:
                glue_after = True
            else:
                space = False
        elif tok in NO_SPACE_BEFORE or tok.startswith("-") and len(tok) > 1:
            space = False
        elif tok in NO_SPACE_AFTER:
            glue_after = True
        elif tok in ("-", "/") and parts and parts[-1][-1:].isalnum() and i + 1 < len(tokens) \
                and tokens[i + 1][0][:1].isalnum():
            space = False
            glue_after = True
        if space:
            parts.append(" ")
            pos += 1
        placed.append((tok, tag, pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glued_next = glue_after
    text = "".join(parts)
    article = GoldArticle(text=text, tokens=placed)
    current: Span | None = None
    for k, (tok, tag, start, end) in enumerate(placed):
        if tag == "O":
            current = None
            continue
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "U") or current is None or current.kind != kind:
            current = Span(kind, start, end, k, k + 1)
            article.spans.append(current)
        else:
            current.end, current.tok_end = end, k + 1
        if prefix in ("L", "U"):
            current = None
    for s in article.spans:
        s.text = text[s.start:s.end]
    return article


# --- Gold speakers ------------------------------------------------------------------------------

def _tokens(name: str) -> list[str]:
    name = name.replace("\u2019", "'").replace("\u2018", "'")
    return [t for t in re.findall(r"[\w'\u2019-]+", name.lower()) if t not in HONORIFICS]


def _refers(short: str, full: str) -> bool:
    s, f = _tokens(short), _tokens(full)
    if not s or not f:
        return False
    if all(t in f for t in s):
        return True
    return len(s) == 1 and len(s[0]) >= 3 and any(t.startswith(s[0]) or t.endswith(s[0]) for t in f)


def _resolve_person(article: GoldArticle, mention: Span) -> str | None:
    """A PERSON stays; a PERSONCOREF becomes the PERSON it names, role-words via adjacent ROLEs."""
    if mention.kind == "PERSON":
        return mention.text
    low = mention.text.lower()
    persons = article.of("PERSON")
    before = [p for p in persons if p.start < mention.start]
    if low in PRONOUNS or mention.kind == "CUECOREF":
        return _last_person(article, mention.start)
    for pool in (reversed(before), persons):
        for p in pool:
            if _refers(mention.text, p.text):
                return p.text
    # A role word ("Presiden", "Menkeu"): the PERSON next to a ROLE that contains it.
    roles = article.of("ROLE")
    for r in roles:
        if low in r.text.lower() or r.text.lower() in low:
            for p in persons:
                if 0 <= p.tok_start - r.tok_end <= 6 or 0 <= r.tok_start - p.tok_end <= 3:
                    return p.text
    return None


def _last_person(article: GoldArticle, before: int) -> str | None:
    cands = [s for s in article.spans if s.kind in ("PERSON", "PERSONCOREF") and s.start < before
             and s.text.lower() not in PRONOUNS]
    statements = article.of("STATEMENT")
    cands = [c for c in cands if not any(st.start <= c.start < st.end for st in statements)]
    if not cands:
        return None
    last = cands[-1]
    return last.text if last.kind == "PERSON" else _resolve_person(article, last)


def gold_speaker(article: GoldArticle, statement: Span) -> str | None:
    """The speaker of a gold statement: the PERSON(COREF) by the cue after it, else before it."""
    spans = sorted(article.spans, key=lambda s: s.start)
    after = [s for s in spans if s.tok_start >= statement.tok_end and s.tok_start - statement.tok_end <= 12]
    cue = next((s for s in after if s.kind in ("CUE", "CUECOREF") and s.tok_start - statement.tok_end <= 4), None)
    if cue is not None:
        if cue.kind == "CUECOREF":
            return _last_person(article, statement.start)
        who = next((s for s in after if s.kind in ("PERSON", "PERSONCOREF") and s.tok_start >= cue.tok_end
                    and s.tok_start - cue.tok_end <= 8), None)
        if who is None:
            who = next((s for s in after if s.kind in ("PERSON", "PERSONCOREF") and s.tok_end <= cue.tok_start), None)
        if who is not None:
            return _resolve_person(article, who)
        return None
    before = [s for s in spans if s.tok_end <= statement.tok_start and statement.tok_start - s.tok_end <= 40]
    cue = next((s for s in reversed(before) if s.kind in ("CUE", "CUECOREF")), None)
    anchor = cue.tok_start if cue else statement.tok_start
    who = next((s for s in reversed(before) if s.kind in ("PERSON", "PERSONCOREF") and s.tok_end <= anchor + 1), None)
    if who is not None:
        return _resolve_person(article, who)
    return None


def same_speaker(mine: str | None, gold: str | None) -> bool:
    if not mine or not gold:
        return False
    a, b = _tokens(mine), _tokens(gold)
    if not a or not b:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= 85


# Words of a gold span that are a rank, a service or a title, not the name ("Komisaris Besar (Pol)
# Yusri Yunus", "dokter Adam Prabata"): the product gives the name without them.
_NOT_NAME_WORDS = {"tni", "polri", "pol", "purn", "mar", "inf", "ad", "au", "al", "letkol", "letjen", "dokter"}


def _name_words(name: str) -> set[str]:
    from melati_archive.nlp.names import HONORIFICS, RANKS

    return {t for t in _tokens(name) if t not in RANKS and t not in HONORIFICS and t not in _NOT_NAME_WORDS}


def full_name_of(mine: str | None, gold: str | None) -> bool:
    """The speaker as written holds every word of the gold name: "Idris" for "Mohammad Idris" is
    the right person (same_speaker) but a short form, which the product must not give."""
    if not (mine and gold):
        return False
    words = _name_words(gold)
    return bool(words) and words <= set(_tokens(mine))


def exact_name_of(mine: str | None, gold: str | None) -> bool:
    """The speaker as written is the gold name, word for word: no short form and no word of a
    unit or place glued to it ("Ragunan Ketut Widarsono")."""
    return bool(mine and gold) and bool(_name_words(gold)) and _name_words(mine) == _name_words(gold)


# --- Scoring -------------------------------------------------------------------------------------

def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def eval_pfsa(shared: Path, show: int, quiet: bool) -> dict[str, float]:
    path = shared / "corpus" / "pfsa-id" / "dev-40.txt"
    articles = [rebuild(a) for a in split_articles(read_sentences(path))]
    n_gold = matched = 0
    spk_total = spk_ok = spk_full = spk_exact = 0
    halves = {0: [0, 0], 1: [0, 0]}  # article index parity -> [right speakers, statements with a gold speaker]
    failures: list[str] = []
    extracted_total = 0
    seconds = 0.0
    for k, article in enumerate(articles):
        t0 = time.perf_counter()
        result = extract(article.text)
        seconds += time.perf_counter() - t0
        extracted_total += len(result.quotes)
        for st in article.of("STATEMENT"):
            n_gold += 1
            best, best_ov = None, 0
            for q in result.quotes:
                ov = overlap((q.start, q.end), (st.start, st.end))
                if ov > best_ov:
                    best, best_ov = q, ov
            gold_who = gold_speaker(article, st)
            snippet = st.text[:90].replace("\n", " ")
            if best is None or best_ov < 0.5 * (st.end - st.start):
                failures.append(f"[miss] art {k}: {snippet!r} (gold speaker {gold_who})")
                continue
            matched += 1
            if gold_who is None:
                continue
            spk_total += 1
            halves[k % 2][1] += 1
            if same_speaker(best.speaker, gold_who):
                spk_ok += 1
                halves[k % 2][0] += 1
                spk_full += full_name_of(best.speaker, gold_who)
                spk_exact += exact_name_of(best.speaker, gold_who)
            else:
                ctx = article.text[best.end:best.end + 60].replace("\n", " ")
                failures.append(f"[speaker] art {k}: got {best.speaker!r} want {gold_who!r} cue={best.cue!r}: "
                                f"{snippet[:60]!r} …{ctx!r}")
    recall = matched / n_gold if n_gold else 0.0
    accuracy = spk_ok / spk_total if spk_total else 0.0
    print(f"PFSA dev-40: {len(articles)} articles, {n_gold} gold statements, {extracted_total} quotes extracted, "
          f"{1000 * seconds / max(1, len(articles)):.2f} ms/article "
          f"({sum(len(a.text) for a in articles) / max(1, len(articles)):.0f} chars)")
    print(f"  statement recall  {recall:.3f}  ({matched}/{n_gold})  target >= {TARGETS['pfsa_statement_recall']}")
    print(f"  speaker accuracy  {accuracy:.3f}  ({spk_ok}/{spk_total} matched statements with a gold speaker)"
          f"  target >= {TARGETS['pfsa_speaker_accuracy']}")
    print("  speaker accuracy by half (study the even articles, check on the odd ones): "
          + ", ".join(f"{name} {ok / max(1, n):.3f} ({ok}/{n})" for name, (ok, n) in (("even", halves[0]), ("odd", halves[1]))))
    print(f"  full names        {spk_full / max(1, spk_total):.3f}  ({spk_full}/{spk_total}: the speaker holds every"
          " word of the gold name, never a short form of it)")
    print(f"  exact names       {spk_exact / max(1, spk_total):.3f}  ({spk_exact}/{spk_total}: the speaker is the gold"
          " name word for word)")
    if not quiet:
        for line in failures[:show]:
            print("   ", line)
        if len(failures) > show:
            print(f"    ... {len(failures) - show} more (--failures N)")
    return {"pfsa_statement_recall": recall, "pfsa_speaker_accuracy": accuracy,
            "pfsa_full_names": spk_full / max(1, spk_total), "pfsa_exact_names": spk_exact / max(1, spk_total),
            "pfsa_ms_per_article": 1000 * seconds / max(1, len(articles))}


_QUOTE_CHARS = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"} | {"\u2018": "'", "\u2019": "'"})


def norm_text(s: str) -> str:
    s = s.translate(_QUOTE_CHARS)
    s = " ".join(s.replace('"', " ").split())
    return s.strip(" ,.").lower()


def same_quote(a: str, b: str) -> bool:
    a, b = norm_text(a), norm_text(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short in long and len(short) >= 0.8 * len(long):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= 92


def eval_annotated(folder: Path, show: int, quiet: bool) -> dict[str, float]:
    items = sorted(folder.glob("*.json"))
    q_tp = q_ex = q_gold = 0
    p_tp = p_ex = p_gold = 0
    al_ok = al_total = 0
    d_ok = d_total = 0
    failures: list[str] = []
    seconds = 0.0
    chars = 0
    for gold_path in items:
        text_path = gold_path.with_suffix(".txt")
        if not text_path.is_file():
            failures.append(f"[file] {gold_path.name}: no {text_path.name}")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        result = extract(text)
        seconds += time.perf_counter() - t0
        chars += len(text)
        name = gold_path.stem
        if "date" in gold:
            d_total += 1
            want = gold["date"]
            got = result.date.isoformat() if result.date else None
            if want == got:
                d_ok += 1
            else:
                failures.append(f"[date] {name}: got {got} want {want}")
        gold_quotes = gold.get("quotes", [])
        used: set[int] = set()
        q_ex += len(result.quotes)
        p_ex += len(result.quotes)
        q_gold += len(gold_quotes)
        p_gold += len(gold_quotes)
        for g in gold_quotes:
            hit = next((i for i, q in enumerate(result.quotes) if i not in used and same_quote(q.text, g["text"])), None)
            if hit is None:
                failures.append(f"[miss] {name}: {g['text'][:70]!r} ({g.get('speaker')})")
                continue
            used.add(hit)
            q_tp += 1
            got = result.quotes[hit].speaker
            if got == g.get("speaker"):
                p_tp += 1
            else:
                failures.append(f"[speaker] {name}: got {got!r} want {g.get('speaker')!r}: {g['text'][:60]!r}")
        for i, q in enumerate(result.quotes):
            if i not in used:
                failures.append(f"[extra] {name}: {q.text[:70]!r} ({q.speaker}, cue {q.cue!r})")
        for short, full in gold.get("aliases", {}).items():
            al_total += 1
            person = next((p for p in result.people if p.name == full), None)
            if person is not None and (short == full or short in person.aliases):
                al_ok += 1
            else:
                have = {p.name: p.aliases for p in result.people}
                failures.append(f"[alias] {name}: {short!r} -> {full!r} not found (people: {have})")
    qp = q_tp / q_ex if q_ex else 0.0
    qr = q_tp / q_gold if q_gold else 0.0
    pp = p_tp / p_ex if p_ex else 0.0
    pr = p_tp / p_gold if p_gold else 0.0
    f1 = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    al = al_ok / al_total if al_total else 1.0
    da = d_ok / d_total if d_total else 0.0
    print(f"Annotated set {folder.relative_to(REPO) if folder.is_relative_to(REPO) else folder}: {len(items)} articles, "
          f"{q_gold} gold quotes, {q_ex} extracted, {1000 * seconds / max(1, len(items)):.2f} ms/article "
          f"({chars / max(1, len(items)):.0f} chars)")
    print(f"  quote precision   {qp:.3f}  recall {qr:.3f}")
    print(f"  pair precision    {pp:.3f}  recall {pr:.3f}  F1 {f1:.3f}  "
          f"targets P >= {TARGETS['own_pair_precision']}, F1 >= {TARGETS['own_pair_f1']}")
    print(f"  alias resolution  {al:.3f}  ({al_ok}/{al_total})")
    print(f"  date accuracy     {da:.3f}  ({d_ok}/{d_total})  target {TARGETS['own_date_accuracy']}")
    if not quiet:
        for line in failures[:show]:
            print("   ", line)
        if len(failures) > show:
            print(f"    ... {len(failures) - show} more")
    if not items:
        print("  (no annotated articles yet)")
    return {"own_quote_precision": qp, "own_quote_recall": qr, "own_pair_precision": pp, "own_pair_recall": pr,
            "own_pair_f1": f1, "own_alias_accuracy": al, "own_date_accuracy": da, "own_articles": len(items)}


# --- releases-dev -------------------------------------------------------------------------------

def load_scorer(shared: Path):
    """The corpus's own score.py, imported from ../shared at run time: its rules, not a copy of them."""
    import importlib.util

    path = shared / "corpus" / "releases-dev" / "score.py"
    if not path.is_file():
        raise SystemExit(f"eval_quotes: {path} not found (pass --shared DIR)")
    spec = importlib.util.spec_from_file_location("releases_dev_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wrong_kind(score, gold: str, pred: str, article: dict) -> str:
    """Why a predicted speaker is wrong: a short form of the right person, another person of the
    article, or a word that names nobody the article introduces."""
    g, p = score.name_tokens(gold), score.name_tokens(pred)
    if set(p) <= set(g) or set(g) & set(p) or any(t.startswith(x) for x in p for t in g):
        return "short-form"
    names = [x["name"] for x in article.get("people") or []]
    names += [a for x in article.get("people") or [] for a in x.get("aliases") or []]
    if any(score.same_person(n, pred) or set(p) <= set(score.name_tokens(n)) for n in names if n):
        return "other-person"
    return "not-a-person"


def score_releases(score, articles: list[dict], root: Path) -> tuple[dict[str, float], list[tuple[str, str]]]:
    """score.py's rules (matching, same_person, truncated quotes unscored) over `articles`; failures
    come back as (kind, line)."""
    q_tp = q_fp = q_fn = p_tp = p_pred = p_gold = d_ok = d_n = 0
    fails: list[tuple[str, str]] = []
    for a in articles:
        raw = (root / "articles" / a["file"]).read_text(encoding="utf-8")
        body = raw.split("\n", 2)[2] if raw.count("\n") >= 2 else raw
        out = extract(body).to_dict()
        if a.get("date"):
            d_n += 1
            if out.get("date") == a["date"]:
                d_ok += 1
            else:
                fails.append(("date/" + ("missing" if out.get("date") is None else "wrong"),
                              f"{a['file']}: date {out.get('date')} != {a['date']}"))
        gold = [g for g in a["quotes"] if not g.get("truncated")]
        preds = list(out.get("quotes") or [])
        used: set[int] = set()
        for g in gold:
            gs = score.norm(g["start"])
            hit = None
            for i, p in enumerate(preds):
                pt = score.norm(p.get("text", ""))
                if i not in used and (pt.startswith(gs[: max(12, len(gs) - 2)]) or (len(pt) > 15 and gs.startswith(pt[:20]))):
                    hit = i
                    break
            if hit is None:
                q_fn += 1
                p_gold += bool(g.get("speaker"))
                fails.append(("missed/" + (g.get("attribution") or "?"), f"{a['file']}: missed '{g['start']}' ({g.get('speaker')})"))
                continue
            used.add(hit)
            q_tp += 1
            p = preds[hit]
            if not g.get("speaker"):
                continue
            p_gold += 1
            if not p.get("speaker"):
                fails.append(("unattributed/" + (g.get("attribution") or "?"),
                              f"{a['file']}: '{g['start']}' no speaker (gold {g['speaker']!r})"))
                continue
            p_pred += 1
            if score.same_person(g["speaker"], p["speaker"]):
                p_tp += 1
            else:
                kind = _wrong_kind(score, g["speaker"], p["speaker"], a)
                fails.append((f"wrong-speaker/{kind}/{g.get('attribution') or '?'}",
                              f"{a['file']}: '{g['start']}' speaker {p['speaker']!r} != {g['speaker']!r}"))
        for i, p in enumerate(preds):
            if i in used:
                continue
            if any(score.norm(p.get("text", "")).startswith(score.norm(g["start"])[:12]) for g in a["quotes"] if g.get("truncated")):
                continue
            q_fp += 1
            p_pred += bool(p.get("speaker"))
            fails.append(("extra/" + ("with-speaker" if p.get("speaker") else "no-speaker"),
                          f"{a['file']}: extra '{score.norm(p.get('text', ''))[:40]}' ({p.get('speaker')})"))
    qp, qr = q_tp / max(1, q_tp + q_fp), q_tp / max(1, q_tp + q_fn)
    pp, pr = p_tp / max(1, p_pred), p_tp / max(1, p_gold)
    figures = {"quote_precision": qp, "quote_recall": qr, "pair_precision": pp, "pair_recall": pr,
               "pair_f1": 2 * pp * pr / max(1e-9, pp + pr), "date_accuracy": d_ok / max(1, d_n),
               "gold_pairs": p_gold, "articles": len(articles)}
    return figures, fails


def _file_number(name: str) -> int:
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 0


def releases_halves(shared: Path) -> tuple[Any, Path, list[tuple[str, list[dict]]]]:
    """(score.py, the corpus folder, [("all", ...), ("even", ...), ("odd", ...)]): releases-dev's
    annotated articles and the one split rule every bench of it reports (tune on even files)."""
    score = load_scorer(shared)
    root = shared / "corpus" / "releases-dev"
    annotations = json.loads((root / "annotations.json").read_text(encoding="utf-8"))
    return score, root, [("all", annotations),
                         ("even", [a for a in annotations if _file_number(a["file"]) % 2 == 0]),
                         ("odd", [a for a in annotations if _file_number(a["file"]) % 2 == 1])]


def eval_releases(shared: Path, show: int, quiet: bool) -> dict[str, float]:
    score, root, rows = releases_halves(shared)
    print("releases-dev (score.py rules; tune on even files, check on odd ones):")
    result, failures = {}, []
    for label, articles in rows:
        fig, fails = score_releases(score, articles, root)
        if label == "all":
            result, failures = fig, fails
        print(f"  {label:<4} {fig['articles']:>2} articles: quotes P {fig['quote_precision']:.3f} R {fig['quote_recall']:.3f}; "
              f"pairs P {fig['pair_precision']:.3f} R {fig['pair_recall']:.3f} F1 {fig['pair_f1']:.3f} "
              f"(n={fig['gold_pairs']}); dates {fig['date_accuracy']:.3f}")
    # The corpus's own scorer on the whole set must agree with the figures above.
    own = score.eval_realcorpus(lambda text: extract(text).to_dict(), False)
    if any(abs(own[k] - result[m]) > 1e-9 for k, m in (("pair_p", "pair_precision"), ("pair_r", "pair_recall"),
                                                        ("quote_r", "quote_recall"), ("date_acc", "date_accuracy"))):
        print(f"  WARNING: score.py gives {own}, this bench {result}")
    print(f"  targets: pairs P >= {TARGETS['rel_pair_precision']}, F1 >= {TARGETS['rel_pair_f1']}; "
          f"quotes R >= {TARGETS['rel_quote_recall']}; dates >= {TARGETS['rel_date_accuracy']}")
    kinds: dict[str, int] = {}
    for kind, _line in failures:
        kinds[kind] = kinds.get(kind, 0) + 1
    print("  failure kinds: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    if not quiet:
        for kind, line in sorted(failures)[:show]:
            print(f"    [{kind}] {line}")
        if len(failures) > show:
            print(f"    ... {len(failures) - show} more (--failures N)")
    return {"rel_" + k: v for k, v in result.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--failures", type=int, default=60, help="how many failures to list per set")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--only", choices=["pfsa", "own", "releases"], help="run one set only")
    args = parser.parse_args(argv)
    figures: dict[str, float] = {}
    if args.only in (None, "pfsa"):
        figures.update(eval_pfsa(find_shared(args.shared), args.failures, args.quiet))
    if args.only in (None, "own"):
        figures.update(eval_annotated(REPO / "tests" / "data" / "annotated", 10**6 if args.failures else 0, args.quiet))
    if args.only in (None, "releases"):
        figures.update(eval_releases(find_shared(args.shared), args.failures, args.quiet))
    missed = [k for k, target in TARGETS.items() if k in figures and figures[k] < target]
    if args.only in (None, "own") and not figures.get("own_articles"):
        missed.append("own_articles (none)")
    if missed:
        print("MISSED: " + ", ".join(missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
