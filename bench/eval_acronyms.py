"""Measure the acronyms the extractor reads off real pages (`Long Form (ACR)`, `ACR (Long Form)`)
against releases-dev's hand annotations (read from ../shared at run time).

    .venv/bin/python bench/eval_acronyms.py             # all, even and odd files; failures listed
    .venv/bin/python bench/eval_acronyms.py --quiet     # figures only

A pair is right when its short form and its long form both equal a gold pair's, case, spaces and
the hyphen aside. Figures: P (a pair given is a gold pair), R (a gold pair is given), and
short-form R (a gold acronym is given, whatever its long form). Even files may be studied; the
odd half shows whether a change carries over. No targets: these are dev figures.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from eval_quotes import find_shared, releases_halves  # noqa: E402

from melati_archive.nlp.extract import extract  # noqa: E402


def norm(text: str | None) -> str:
    return re.sub(r"[\s\-]+", " ", (text or "").lower()).strip()


def score_articles(articles: list[dict], root: Path) -> tuple[dict, list[str]]:
    given = right = gold_n = found = shorts = 0
    failures: list[str] = []
    for art in articles:
        result = extract((root / "articles" / art["file"]).read_text(encoding="utf-8"))
        have = {(norm(a.short), norm(a.long)) for a in result.acronyms}
        want = {(norm(g["short"]), norm(g["long"])) for g in art.get("acronyms") or []}
        given += len(have)
        gold_n += len(want)
        right += len(have & want)
        found += len(have & want)
        have_short = {s for s, _ in have}
        shorts += sum(1 for s, _ in want if s in have_short)
        for pair in sorted(have - want):
            failures.append(f"[not gold] {art['file']}: {pair[0]!r} = {pair[1]!r}")
        for pair in sorted(want - have):
            failures.append(f"[missed]   {art['file']}: {pair[0]!r} = {pair[1]!r}")
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"articles": len(articles), "precision": ratio(right, given), "recall": ratio(found, gold_n),
            "short_recall": ratio(shorts, gold_n), "given": given, "gold": gold_n}, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all", help="whose failures to list")
    args = parser.parse_args(argv)
    _, root, halves = releases_halves(find_shared(args.shared))
    print("releases-dev acronyms defined in the text (short = long):")
    failures: list[str] = []
    for label, articles in halves:
        fig, fails = score_articles(articles, root)
        failures = fails if label == args.half else failures
        print(f"  {label:<4} {fig['articles']:>2} articles: pairs P {fig['precision']:.3f} R {fig['recall']:.3f} "
              f"({fig['given']} given, {fig['gold']} gold); short forms R {fig['short_recall']:.3f}")
    if not args.quiet:
        for line in failures:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
