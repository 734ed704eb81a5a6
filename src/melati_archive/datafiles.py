"""people.yaml, programs.yaml and metrics/*.csv (the files beside the articles), read and validated with lines."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from .model import MetricRow, Person, Problem, Program, Role
from .yamlpos import Checker, YamlSyntaxError, as_date, load_located

PERSON_FIELDS = frozenset({"id", "name", "aliases", "roles", "internal", "notes", "fictional"})
ROLE_FIELDS = frozenset({"title", "organization", "aliases", "start", "end"})
PROGRAM_FIELDS = frozenset({"id", "name", "acronym", "aliases", "description", "keywords", "target_per_month",
                            "fictional"})
METRIC_COLUMNS = ("date", "channel", "url", "article_id", "views", "likes", "comments", "shares", "followers")
METRIC_NUMBERS = ("views", "likes", "comments", "shares", "followers")


# --- people.yaml / programs.yaml ---------------------------------------------------------------------


def _read_list(path: Path, key: str, shown: str, build, problems: list[Problem] | None) -> list:
    sink: list[Problem] = [] if problems is None else problems
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as exc:
        sink.append(Problem(shown, None, f"tidak bisa dibaca: {exc}", "simpan sebagai teks UTF-8"))
        return []
    try:
        located = load_located(text)
    except YamlSyntaxError as exc:
        sink.append(Problem(shown, exc.line, exc.message, getattr(exc, "fix", "perbaiki penulisan YAML di baris itu")))
        return []
    check = Checker(shown, located, sink)
    check.duplicate_keys()
    data = located.data
    if data is None:
        return []
    file_fictional = False  # `fictional: true` at the top marks every entry of the file
    if isinstance(data, dict):
        check.unknown_keys(data, (), frozenset({key, "fictional"}), shown)
        entries, prefix = data.get(key), (key,)
        file_fictional = check.flag(data, ("fictional",))
    else:
        entries, prefix = data, ()
    if entries is None:
        return []
    if not isinstance(entries, list):
        check.error(prefix, f"`{key}` harus berupa daftar entri", f"tulis `{key}:` lalu entri `  - id: ...`")
        return []
    out, ids = [], {}
    for index, entry in enumerate(entries):
        entry_key = prefix + (index,)
        if not isinstance(entry, dict):
            check.error(entry_key, f"entri {key} ke-{index + 1} harus berupa pemetaan dengan `id` dan `name`",
                        "tulis sebagai `- id: ...` dengan `name: ...` di bawahnya")
            continue
        item = build(entry, entry_key, check, file_fictional)
        if item is None:
            continue
        if item.id in ids:
            check.error(entry_key + ("id",), f"id {item.id!r} ganda (pertama di baris {ids[item.id]})",
                        "beri setiap entri id sendiri")
            continue
        ids[item.id] = check.line(*entry_key)
        out.append(item)
    return out


def _person(entry: dict, key: tuple, check: Checker, fictional: bool = False) -> Person | None:
    check.unknown_keys(entry, key, PERSON_FIELDS, "data orang")
    person_id = check.slug(entry, key + ("id",), "orang")
    name = check.text(entry, key + ("name",), required=True, fix="tambahkan `name: <nama lengkap, tanpa gelar>`")
    if person_id is None or name is None:
        return None
    roles = []
    raw_roles = entry.get("roles")
    if raw_roles is not None and not isinstance(raw_roles, list):
        check.error(key + ("roles",), "`roles` harus berupa daftar", "tulis `roles:` lalu butir `  - title: ...`")
        raw_roles = []
    for index, raw in enumerate(raw_roles or []):
        role_key = key + ("roles", index)
        if isinstance(raw, str):
            raw = {"title": raw}
        if not isinstance(raw, dict):
            check.error(role_key, f"jabatan ke-{index + 1} dari {name} harus berupa pemetaan dengan `title`",
                        "tulis `- title: Kepala Balai ...`")
            continue
        check.unknown_keys(raw, role_key, ROLE_FIELDS, "jabatan")
        title = check.text(raw, role_key + ("title",), required=True, fix="tambahkan `title: <jabatan>`")
        start, end = check.date(raw, role_key + ("start",)), check.date(raw, role_key + ("end",))
        if title is None:
            continue
        if start and end and end < start:
            check.error(role_key + ("end",), f"jabatan {title!r} berakhir ({end}) sebelum mulai ({start})",
                        "tukar atau perbaiki tanggalnya")
            continue
        roles.append(Role(title, check.text(raw, role_key + ("organization",)), start, end,
                          check.text_list(raw, role_key + ("aliases",))))
    return Person(
        id=person_id, name=name, aliases=check.text_list(entry, key + ("aliases",)), roles=roles,
        internal=check.flag(entry, key + ("internal",)), notes=check.text(entry, key + ("notes",)),
        fictional=check.flag(entry, key + ("fictional",), fictional),
    )


def _program(entry: dict, key: tuple, check: Checker, fictional: bool = False) -> Program | None:
    check.unknown_keys(entry, key, PROGRAM_FIELDS, "data program")
    program_id = check.slug(entry, key + ("id",), "program")
    name = check.text(entry, key + ("name",), required=True, fix="tambahkan `name: <nama lengkap program>`")
    if program_id is None or name is None:
        return None
    return Program(
        id=program_id, name=name, acronym=check.text(entry, key + ("acronym",)),
        description=check.text(entry, key + ("description",)) or "",
        keywords=check.text_list(entry, key + ("keywords",)), aliases=check.text_list(entry, key + ("aliases",)),
        target_per_month=check.count(entry, key + ("target_per_month",)),
        fictional=check.flag(entry, key + ("fictional",), fictional),
    )


# --- metrics/*.csv ---------------------------------------------------------------------------------


def _read_metrics(path: Path, shown: str, problems: list[Problem]) -> list[MetricRow]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, None, f"tidak bisa dibaca: {exc}", "simpan sebagai CSV UTF-8"))
        return []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        problems.append(Problem(shown, 1, "berkas metrik kosong", f"tulis baris judul kolom: {','.join(METRIC_COLUMNS)}",
                                "warning"))
        return []
    missing = [c for c in ("date", "channel") if c not in header]
    if missing:
        problems.append(Problem(shown, 1, f"baris judul tidak punya kolom {', '.join(missing)}",
                                f"baris judulnya: {','.join(METRIC_COLUMNS)}"))
        return []
    unknown = [h for h in header if h not in METRIC_COLUMNS]
    if unknown:
        problems.append(Problem(shown, 1, f"kolom {', '.join(unknown)} tidak dikenal (diabaikan)",
                                f"kolom yang dikenal: {','.join(METRIC_COLUMNS)}", "warning"))
    rows = []
    line = 1
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(Problem(shown, line, f"baris ini berisi {len(record)} sel, baris judul {len(header)}",
                                    "perbaiki koma di baris ini"))
            continue
        cells = {h: c.strip() for h, c in zip(header, record)}
        row = _metric_row(cells, f"{shown}:{line}", shown, line, problems)
        if row is not None:
            rows.append(row)
    return rows


def _metric_row(cells: dict, source: str, shown: str, line: int, problems: list[Problem]) -> MetricRow | None:
    try:
        day = as_date(cells["date"])
    except ValueError:
        problems.append(Problem(shown, line, f"tanggal {cells['date']!r} salah", "tulis tanggal sebagai YYYY-MM-DD"))
        return None
    if not cells["channel"]:
        problems.append(Problem(shown, line, "kanal kosong", "isi id kanal dari melati.yaml"))
        return None
    numbers: dict[str, int | None] = {}
    for name in METRIC_NUMBERS:
        raw = cells.get(name, "").replace("_", "")
        if not raw:
            numbers[name] = None
        elif raw.isdigit():
            numbers[name] = int(raw)
        else:
            problems.append(Problem(shown, line, f"`{name}` bukan bilangan bulat: {raw!r}",
                                    "tulis angka bulat tanpa titik atau koma, atau kosongkan"))
            return None
    return MetricRow(date=day, channel=cells["channel"], url=cells.get("url") or None,
                     article_id=cells.get("article_id") or None, source=source, **numbers)
