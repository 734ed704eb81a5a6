"""Hard-wrapped text: the extraction of every real text (releases-dev, PFSA dev-40) wrapped at a
fixed width, as a PDF's text, an e-mail or a file written at 72 columns gives it, against the same
text unwrapped. Prints per width the articles read the same (title, date, place, people with roles,
quotes with speakers), quotes whose speaker changed to another name, quotes lost; and how long one
long wrapped paragraph takes against the same text on one line. Exit 1 when a speaker changes, when
more than 1% of the quotes are lost, or when the long paragraph takes over 20 times its one line.

Usage: python bench/eval_wrapped.py [--shared DIR] [--widths 60,72,80] [--texts DIR]
       (--texts: also every .txt in DIR, e.g. real pages kept outside the repository)
"""
from __future__ import annotations

import argparse
import sys
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from dump_extraction import _pfsa_texts, _release_texts  # noqa: E402
from eval_quotes import find_shared  # noqa: E402
from melati_archive.nlp.extract import extract  # noqa: E402
from melati_archive.nlp.page import read_page  # noqa: E402

MAX_LOST = 0.01  # share of quotes a wrap may lose
MAX_SLOWDOWN = 20.0  # one long wrapped paragraph against the same text on one line


def wrapped(text: str, width: int) -> str:
    """Each line (paragraph) of `text` wrapped at `width`; no word is broken."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip()
                     else "" for line in text.split("\n"))


def reading(text: str):
    """(rows to compare, {quote key: speaker}) of one text's extraction."""
    out = extract(text)
    quotes = {" ".join(q.text.split())[:40]: q.speaker for q in out.quotes}
    rows = {("head", out.title, out.date, out.location)}
    rows |= {("person", p.name, p.role) for p in out.people}
    rows |= {("quote", key, speaker) for key, speaker in quotes.items()}
    return rows, quotes


def compare(texts, widths) -> dict[int, dict[str, int]]:
    tally = {w: {"articles": 0, "same": 0, "quotes": 0, "changed": 0, "lost": 0} for w in widths}
    for _, text in texts:
        rows, quotes = reading(text)
        for w in widths:
            t = tally[w]
            other_rows, other_quotes = reading(wrapped(text, w))
            t["articles"] += 1
            t["same"] += rows == other_rows
            t["quotes"] += len(quotes)
            for key, speaker in quotes.items():
                if key not in other_quotes:
                    t["lost"] += 1
                elif speaker and other_quotes[key] and other_quotes[key] != speaker:
                    t["changed"] += 1
    return tally


def slowdown() -> tuple[float, float]:
    """Seconds to read one 200 KB paragraph wrapped at 72 columns, and on one line."""
    para = "warga menerima bantuan dari dinas sosial kota pada hari senin pagi " * 3000
    times = []
    for text in (textwrap.fill(para, 72), para):
        start = time.perf_counter()
        read_page(text)
        extract(text)
        times.append(time.perf_counter() - start)
    return times[0], times[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", help="the shared folder (default: ../shared beside the checkout)")
    ap.add_argument("--widths", default="60,72,80")
    ap.add_argument("--texts", help="a folder of .txt files read as a third set (kept outside the repository)")
    args = ap.parse_args(argv)
    shared = find_shared(args.shared)
    widths = [int(w) for w in args.widths.split(",")]
    failed = False
    sets = [("releases-dev", list(_release_texts(shared))), ("pfsa dev-40", list(_pfsa_texts(shared)))]
    if args.texts:
        sets.append((Path(args.texts).name[:13], [(p.name, p.read_text(encoding="utf-8", errors="replace"))
                                                  for p in sorted(Path(args.texts).glob("*.txt"))]))
    for name, texts in sets:
        for w, t in compare(texts, widths).items():
            lost = t["lost"] / max(1, t["quotes"])
            print(f"{name:13} width {w:3}: {t['same']}/{t['articles']} articles read the same; "
                  f"{t['quotes']} quotes: speaker changed {t['changed']}, lost {t['lost']} ({lost:.1%})")
            failed |= t["changed"] > 0 or lost > MAX_LOST
    wrapped_s, line_s = slowdown()
    ratio = wrapped_s / max(line_s, 1e-3)
    print(f"one 200 KB paragraph: wrapped {wrapped_s:.2f} s, on one line {line_s:.2f} s ({ratio:.1f}x, at most {MAX_SLOWDOWN:.0f}x)")
    failed |= ratio > MAX_SLOWDOWN
    print("targets missed" if failed else "all targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
