"""A long fuzzing run: the properties of tests/test_fuzz.py with random (not the test suite's fixed)
inputs, many more of them. Prints the cases tried and every failure; exit 1 when one fails.

    .venv/bin/python bench/fuzz.py [--scale 20]   (make fuzz)
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import test_fuzz as tf  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402


def _search_property(examples: int, counter: list[int]):
    from melati_archive.api import Archive

    home = Path(tempfile.mkdtemp(prefix="melati-fuzz-")) / "home"
    shutil.copytree(REPO / "tests" / "data" / "search" / "archive", home / "archive")
    arc = Archive.open(home)
    arc.reindex()

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(tf.queries)
    def run(query):
        counter[0] += 1
        started = time.monotonic()
        with tf._hard_bound(20):
            tf._only_our_errors(lambda: arc.search(query, limit=3))
            tf._only_our_errors(lambda: arc.quotes(query, limit=3))
        assert time.monotonic() - started < 5, f"{time.monotonic() - started:.1f} s for one query"

    return run, home.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=20.0, help="times the cases of one `make test` run")
    args = parser.parse_args()
    total, failures = 0, []
    jobs = [(f.name, f.examples, lambda n, c, f=f: (tf.property_test(f, n, derandomize=False, counter=c), None))
            for f in tf.FUZZ]
    jobs.append(("search on an index", tf.SEARCH_EXAMPLES, _search_property))
    for name, examples, make in jobs:
        counter = [0]
        n = max(1, int(examples * args.scale))
        test, scratch = make(n, counter)
        started = time.monotonic()
        try:
            test()
            outcome = "ok"
        except Exception as exc:  # noqa: BLE001 - hypothesis re-raises the shrunk failing case
            outcome = "FAILED"
            failures.append((name, "".join(traceback.format_exception(exc))[-3000:]))
        finally:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)
        total += counter[0]
        print(f"{name:22} {counter[0]:7d} cases  {time.monotonic() - started:7.1f} s  {outcome}", flush=True)
    print(f"fuzz: {total} cases tried, {len(failures)} failure(s)")
    for name, text in failures:
        print(f"\n--- {name} ---\n{text}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
