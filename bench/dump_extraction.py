"""Dump what the extractor reads from every real text (releases-dev and PFSA dev-40) as plain
lines, for a diff before and after a change: title, date, place, each person with role, each quote's
speaker and evidence, each acronym. The file is written outside the repository (third-party text).

Usage: python bench/dump_extraction.py OUT [--shared DIR]
       diff OLD OUT   # what a change did, article by article
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from eval_quotes import find_shared, read_sentences, rebuild, split_articles  # noqa: E402
from melati_archive.nlp.extract import extract  # noqa: E402


def _release_texts(shared: Path):
    folder = shared / "corpus" / "releases-dev" / "articles"
    for path in sorted(folder.iterdir()):
        raw = path.read_text(encoding="utf-8")
        # The first two lines are the file's own header (source, address), as score.py reads it.
        yield f"rel/{path.name}", raw.split("\n", 2)[2] if raw.count("\n") >= 2 else raw


def _pfsa_texts(shared: Path):
    articles = split_articles(read_sentences(shared / "corpus" / "pfsa-id" / "dev-40.txt"))
    for k, sentences in enumerate(articles):
        yield f"pfsa/{k:03d}", rebuild(sentences).text


def lines_of(key: str, text: str) -> list[str]:
    """One article's extraction as lines that each start with the article's key."""
    out = extract(text)
    rows = [f"{key}\thead\t{out.title!r}\t{out.date}\t{out.location!r}"]
    rows += [f"{key}\tperson\t{p.name}\t{p.role!r}\t{'|'.join(p.aliases)}" for p in out.people]
    rows += [f"{key}\tquote\t{q.start}\t{q.speaker!r}\t{q.role!r}\t{q.evidence}\t{q.text[:40]!r}"
             for q in out.quotes]
    rows += [f"{key}\tacronym\t{a.short}\t{a.long}" for a in out.acronyms]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="file to write (outside the repository)")
    ap.add_argument("--shared", help="the shared folder (default: ../shared beside the checkout)")
    args = ap.parse_args(argv)
    shared = find_shared(args.shared)
    rows: list[str] = []
    for source in (_release_texts(shared), _pfsa_texts(shared)):
        for key, text in source:
            rows += lines_of(key, text)
    Path(args.out).write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
