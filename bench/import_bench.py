"""Import speed: 2,000 generated plain-text releases and 200 generated news pages into a fresh archive.

    python bench/import_bench.py [--texts 2000] [--pages 200] [--seed 0] [--reindex]

Prints items/s per format and exits 1 when a target is missed (text >= 50/s, HTML >= 10/s).
The sources are deterministic: the prose comes from bench/synth.py (its article generator), wrapped
as the writers send it (title line + body) and as a ministry-style page (menu, share buttons,
BACA JUGA, credits, related links, footer). The import runs without the reindex unless --reindex
is given; the reindex is the index's own bench.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import synth  # noqa: E402

from melati_archive.api import Archive  # noqa: E402
from melati_archive.importers.run import run_import  # noqa: E402

TARGETS = {"text": 50.0, "html": 10.0}
CONFIG = "organization:\n  name: Balai Melati Sintetis\nlanguage: id\nchannels:\n  - id: website\n    name: Situs web\n"
PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title} | Kementerian Sosial</title>
<link rel="canonical" href="https://kemensos.example.go.id/berita/{slug}">
<meta property="article:published_time" content="{date}T09:00:00+07:00"></head>
<body><header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></header>
<main><article><h1>{title}</h1>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="content">{paragraphs}
<p>Penulis : Humas Balai Melati<br>Editor : Redaksi Sintetis</p></div></article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/berita/a">Berita lain satu</a></li>
<li><a href="/berita/b">Berita lain dua</a></li></ul></aside></main>
<footer><p>Hak Cipta © Kementerian Sosial RI (sintetis)</p></footer></body></html>
"""


def articles(n: int, seed: int):
    """(title, date, paragraphs) from synth's generator: the same (n, seed) gives the same items."""
    rng = random.Random(seed)
    people = synth._people(rng)
    start = dt.date(2019, 1, 1)
    for i in range(n):
        day = start + dt.timedelta(days=rng.randrange(5 * 365))
        title, body, *_ = synth._article(rng, day, people, rng.randint(250, 550))
        yield f"{title} {i + 1}", day, [p for p in body.split("\n\n") if p.strip()]


def write_texts(folder: Path, n: int, seed: int) -> None:
    folder.mkdir(parents=True)
    for i, (title, _, paras) in enumerate(articles(n, seed)):
        (folder / f"siaran-{i:05d}.txt").write_text(title + "\n" + "\n".join(paras) + "\n", encoding="utf-8")


def write_pages(folder: Path, n: int, seed: int) -> None:
    folder.mkdir(parents=True)
    for i, (title, day, paras) in enumerate(articles(n, seed)):
        body = [f"<p>{html.escape(p)}</p>" for p in paras]
        body.insert(min(2, len(body)), "<p><strong>BACA JUGA: Berita lain satu</strong></p>")
        page = PAGE.format(title=html.escape(title), slug=f"berita-{i:05d}", date=day.isoformat(),
                           paragraphs="\n".join(body))
        (folder / f"halaman-{i:05d}.html").write_text(page, encoding="utf-8")


def timed_import(home: Path, folder: Path, expected: int, label: str) -> float:
    started = time.perf_counter()
    report = run_import(Archive.open(home), [folder], reindex=False)
    seconds = time.perf_counter() - started
    if report.failed or len(report.created) != expected:
        print(f"{label}: expected {expected} created, got {len(report.created)} created, "
              f"{len(report.skipped)} skipped, {len(report.failed)} failed", file=sys.stderr)
        for item in report.failed[:5]:
            print(f"  {item['source']}: {item['error']}", file=sys.stderr)
    rate = len(report.created) / seconds if seconds else float("inf")
    print(f"{label}: {len(report.created)} items in {seconds:.2f} s = {rate:.1f} items/s "
          f"(target >= {TARGETS[label]:.0f})")
    return rate if len(report.created) == expected else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reindex", action="store_true", help="also time the reindex of everything imported")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="melati-import-bench-") as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        (home / "archive" / "articles").mkdir(parents=True)
        (home / "archive" / "melati.yaml").write_text(CONFIG, encoding="utf-8")
        write_texts(tmp / "texts", args.texts, args.seed)
        write_pages(tmp / "pages", args.pages, args.seed + 1)
        rates = {
            "text": timed_import(home, tmp / "texts", args.texts, "text"),
            "html": timed_import(home, tmp / "pages", args.pages, "html"),
        }
        if args.reindex:
            started = time.perf_counter()
            result = Archive.open(home).reindex()
            print(f"reindex: {result.to_dict().get('added')} added in {time.perf_counter() - started:.1f} s")
    missed = [label for label, rate in rates.items() if rate < TARGETS[label]]
    if missed:
        print(f"target missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    print("all import targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
