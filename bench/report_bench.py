"""Monthly report end to end (papermill + nbconvert) on examples/demo and on a generated 10,000-article
archive; target <= 20 s per report at 10,000 articles (the index is built first and timed apart)."""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
TARGET_S = 20.0


def _timed(label: str, fn):
    started = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - started
    print(f"{label:<44} {seconds:7.2f} s")
    return value, seconds


def bench_home(name: str, home: Path) -> float:
    from melati_archive import Archive
    from melati_archive.reports import frames
    from melati_archive.reports.busiest import busiest_month
    from melati_archive.reports.render import render_monthly

    arc = Archive.open(home)
    _timed(f"{name}: reindex (built once, not in target)", arc.reindex)
    month, _ = _timed(f"{name}: busiest month", lambda: busiest_month(home))
    data, _ = _timed(f"{name}: load frames", lambda: frames.load(home))
    files, seconds = _timed(f"{name}: report monthly {month} ({len(data.articles)} items)",
                            lambda: render_monthly(home, month, home / "reports"))
    print(f"{'':<44} -> {files.html} ({files.html.stat().st_size // 1024} KB, {len(files.tables)} CSV)")
    return seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=10_000, help="synthetic articles (default 10000)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from synth import generate

    with tempfile.TemporaryDirectory(prefix="melati-report-bench-") as tmp:
        tmp = Path(tmp)
        demo = tmp / "demo"
        shutil.copytree(REPO / "examples" / "demo" / "archive", demo / "archive")
        bench_home("demo", demo)
        big = tmp / "synth"
        _timed(f"synth: generate {args.n} articles", lambda: generate(big, args.n, args.seed))
        seconds = bench_home(f"synth-{args.n}", big)
    ok = seconds <= TARGET_S
    print(f"target: monthly report at {args.n} articles <= {TARGET_S:.0f} s: {'met' if ok else 'MISSED'} "
          f"({seconds:.2f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
