"""Measure what the extractor says beside the quotes on real pages: people, their roles, the
dateline's place and the headline, on releases-dev (read from ../shared at run time).

    .venv/bin/python bench/eval_people.py             # all, even and odd files; failures listed
    .venv/bin/python bench/eval_people.py --quiet     # figures only

The gold is the corpus's own annotations (`people`, `location`, `title`); names are compared with
the corpus's score.py rules (`same_person`: the same words, or one name holding every word of the
other). Figures:

  people P / R   a listed person is a gold person / a gold person is listed
  roles          of the matched people with a gold role, the role given holds every word of the
                 gold one and at most three more (a role glued to another person's name is wrong)
  places         the dateline's place equals the gold location (both empty counts as right)
  titles         the headline equals the gold title, spaces and markup aside

No targets yet: these are the dev figures the hidden set is judged on too (see docs/extraction.md).
Even files were looked at first; the odd half shows whether a change carries over.
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

EXTRA_ROLE_WORDS = 3


def _words(text: str | None) -> list[str]:
    return re.findall(r"[\w']+", (text or "").lower())


def role_right(given: str | None, gold: str | None) -> bool:
    """Every word of the gold role, and not much more (another person's name glued on)."""
    want, have = _words(gold), _words(given)
    return bool(want) and set(want) <= set(have) and len(have) - len(want) <= EXTRA_ROLE_WORDS


def same_text(a: str | None, b: str | None) -> bool:
    clean = lambda s: re.sub(r"[\s*_#]+", " ", (s or "")).strip().lower()  # noqa: E731
    return clean(a) == clean(b)


def score_articles(score, articles: list[dict], root: Path) -> tuple[dict, list[str]]:
    listed = right_listed = gold_people = found_gold = 0
    roles = roles_right = places = places_right = titles = titles_right = 0
    failures: list[str] = []
    for art in articles:
        text = (root / "articles" / art["file"]).read_text(encoding="utf-8")
        result = extract(text)
        people = [p for p in result.people]
        gold = [g for g in art.get("people") or [] if g.get("name")]
        listed += len(people)
        gold_people += len(gold)
        for p in people:
            if any(score.same_person(g["name"], p.name) for g in gold):
                right_listed += 1
            else:
                failures.append(f"[not a gold person] {art['file']}: {p.name!r} ({p.role})")
        for g in gold:
            match = next((p for p in people if score.same_person(g["name"], p.name)), None)
            if match is None:
                failures.append(f"[missed person] {art['file']}: {g['name']!r} ({g.get('role')})")
                continue
            found_gold += 1
            if g.get("role"):
                roles += 1
                if role_right(match.role, g["role"]):
                    roles_right += 1
                else:
                    failures.append(f"[role] {art['file']}: {g['name']}: {match.role!r} want {g['role']!r}")
        places += 1
        if same_text(result.location, art.get("location")):
            places_right += 1
        else:
            failures.append(f"[place] {art['file']}: {result.location!r} want {art.get('location')!r}")
        if "title" in art:
            titles += 1
            if same_text(result.title, art.get("title")):
                titles_right += 1
            else:
                failures.append(f"[title] {art['file']}: {result.title!r} want {art.get('title')!r}")
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"articles": len(articles), "people_precision": ratio(right_listed, listed),
            "people_recall": ratio(found_gold, gold_people), "listed": listed, "gold": gold_people,
            "roles": ratio(roles_right, roles), "roles_n": roles, "places": ratio(places_right, places),
            "titles": ratio(titles_right, titles)}, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--failures", type=int, default=200, help="how many failures to list")
    args = parser.parse_args(argv)
    score, root, halves = releases_halves(find_shared(args.shared))
    print("releases-dev people, roles, places and titles (score.py's same_person):")
    failures: list[str] = []
    for label, articles in halves:
        fig, fails = score_articles(score, articles, root)
        failures = fails if label == "all" else failures
        print(f"  {label:<4} {fig['articles']:>2} articles: people P {fig['people_precision']:.3f} "
              f"R {fig['people_recall']:.3f} ({fig['listed']} listed, {fig['gold']} gold); "
              f"roles {fig['roles']:.3f} (n={fig['roles_n']}); places {fig['places']:.3f}; titles {fig['titles']:.3f}")
    if not args.quiet:
        for line in failures[:args.failures]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
