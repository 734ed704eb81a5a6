"""Where an index's bytes go: its files, the parts of each compound segment, stored fields by
document kind and by key of the stored `data` payloads (issue 17, the index's size).

    .venv/bin/python bench/index_parts.py /tmp/size2-real/real-2000/index
    .venv/bin/python bench/index_parts.py INDEX --postings   # also postings bytes per field

Stored fields are measured as the writer stores them: each document's dict pickled (protocol 5)
and compressed alone (zlib level 3). A key's share is what the document's compressed record
loses without it, summed over the kind's documents (the shares do not add up to the total: zlib
finds repeats across keys).
"""
from __future__ import annotations

import argparse
import pickle
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))


def _mb(n: float) -> str:
    return f"{n / 2**20:8.2f} MB"


def _record_bytes(fields: dict) -> int:
    return len(zlib.compress(pickle.dumps(fields, 5), 3))


def _current_gen(index_dir: Path) -> Path:
    name = (index_dir / "CURRENT").read_text().strip()
    return index_dir / name


def files(gen: Path) -> None:
    print(f"files of {gen}")
    for p in sorted(gen.parent.rglob("*")):
        if p.is_file():
            print(f"  {_mb(p.stat().st_size)}  {p.relative_to(gen.parent)}")


def parts(gen: Path) -> dict[str, int]:
    """Sizes of the parts of each compound .seg file (postings, terms, columns, stored)."""
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    sizes: Counter[str] = Counter()
    for seg in sorted(gen.glob("*.seg")):
        cs = CompoundStorage(FileStorage(str(gen)).open_file(seg.name), use_mmap=False)
        for name in cs.list():
            part = name.split(".", 1)[1] if "." in name else name
            sizes[part] += cs.file_length(name)
        cs.close()
    print("parts of the compound segments")
    for part, n in sizes.most_common():
        print(f"  {_mb(n)}  {part}")
    print(f"  {_mb(sum(sizes.values()))}  all")
    return sizes


def stored(index_dir: Path) -> None:
    """Stored records by kind, and by key (top-level fields, and keys inside `data`)."""
    from whoosh.index import open_dir

    ix = open_dir(str(_current_gen(index_dir)))
    per_kind: Counter[str] = Counter()
    count: Counter[str] = Counter()
    per_field: dict[str, Counter[str]] = defaultdict(Counter)
    per_key: dict[str, Counter[str]] = defaultdict(Counter)
    with ix.searcher() as s:
        for docnum, fields in s.reader().iter_docs():
            kind = fields.get("kind", "?")
            total = _record_bytes(fields)
            per_kind[kind] += total
            count[kind] += 1
            for name in fields:
                rest = {k: v for k, v in fields.items() if k != name}
                per_field[kind][name] += total - _record_bytes(rest)
            data = fields.get("data")
            if isinstance(data, dict) and kind != "files":  # the files table's keys are paths
                for key in data:
                    rest = dict(fields, data={k: v for k, v in data.items() if k != key})
                    per_key[kind][key] += total - _record_bytes(rest)
    print("stored records by kind (compressed as written)")
    for kind, n in per_kind.most_common():
        print(f"  {_mb(n)}  {kind:10s} {count[kind]:7d} docs, {n / count[kind]:7.0f} B each")
        for name, m in per_field[kind].most_common():
            print(f"      {_mb(m)}  {name}")
            if name == "data":
                for key, k in per_key[kind].most_common():
                    print(f"          {_mb(k)}  data[{key!r}]")
    print(f"  {_mb(sum(per_kind.values()))}  all")


def postings(index_dir: Path) -> None:
    """Postings bytes per field (the extents of the term table's rows)."""
    from whoosh.index import open_dir

    ix = open_dir(str(_current_gen(index_dir)))
    per_field: Counter[str] = Counter()
    table: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    single: Counter[str] = Counter()
    with ix.searcher() as s:
        for r, _offset in s.reader().leaf_readers():
            _leaf_postings(r, per_field, table, terms, single)
    print("postings by field, and the term table's rows (key and value bytes, without the hash)")
    for name, n in per_field.most_common():
        print(f"  {_mb(n)}  {name:12s} {terms[name]:8d} terms ({single[name]:7d} in one document),"
              f" rows {_mb(table[name])}")


def _leaf_postings(r, per_field: Counter, table: Counter, terms: Counter, single: Counter) -> None:
    """One segment's share of postings()."""
    for fieldname, text in r.all_terms():
        info = r.term_info(fieldname, text)
        if isinstance(info._length, tuple):  # whoosh's from_bytes reads the length as a 1-tuple
            info._length = info._length[0]
        per_field[fieldname] += 0 if info.is_inlined() else info.extent()[1]
        table[fieldname] += 2 + len(text) + len(info.to_bytes())
        terms[fieldname] += 1
        single[fieldname] += info.doc_frequency() == 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path, help="an index folder (holding CURRENT)")
    parser.add_argument("--postings", action="store_true", help="postings bytes per field too")
    args = parser.parse_args(argv)
    gen = _current_gen(args.index)
    files(gen)
    parts(gen)
    stored(args.index)
    if args.postings:
        postings(args.index)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
