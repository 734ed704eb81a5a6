"""YAML documents read with the 1-based file line of every key and item, and typed field checks that report
problems against those lines (shared by config.py, articlefile.py and datafiles.py)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from . import limits
from .model import Problem
from .weburl import HIDDEN_RE

# libyaml when present: the archive is read at every reindex, and the C parser is several times faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """Safe loading, except that an impossible date (2021-02-30) stays a string for the field check to
    report at its line, instead of a ValueError without one."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Block mappings (one field per line); lists of scalars inline, as a person would write them.
    Never an &anchor/*alias: a value shared in memory is written out each time, so no file we write
    can carry aliases into the next read."""

    def ignore_aliases(self, data):
        return True


def _represent_list(dumper, items):
    flat = all(not isinstance(item, (dict, list, tuple)) for item in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flat)


_Dumper.add_representer(list, _represent_list)


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; `line` is the 1-based file line where the parser stopped."""

    def __init__(self, line: int | None, message: str):
        self.line, self.message = line, message
        super().__init__(message)


class YamlLimitError(YamlSyntaxError):
    """The YAML is too large, too deep or uses too many aliases (limits.py); `fix` says what to do."""

    def __init__(self, line: int | None, message: str, fix: str):
        super().__init__(line, message)
        self.fix = fix


@dataclass
class Located:
    """A parsed YAML document with where each part of it stands in the file."""

    data: Any
    root_line: int
    lines: dict[tuple, int] = field(default_factory=dict)  # path -> line of the key / sequence item
    duplicates: list[tuple[tuple, int]] = field(default_factory=list)  # repeated mapping keys

    def line(self, *path) -> int:
        """Line of `path` (keys and list indexes), or of its nearest located ancestor."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.root_line


def load_located(text: str, first_line: int = 1, root_line: int | None = None,
                 max_bytes: int = limits.MAX_YAML_BYTES) -> Located:
    """Parse one YAML document; `first_line` is the file line where `text` begins.

    Raises YamlSyntaxError with the file line of the fault, YamlLimitError when the text is over
    `max_bytes` or its aliases, nesting or expanded size pass the limits of limits.py (checked on
    the node graph, before anything is built from it)."""
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise YamlLimitError(first_line, f"YAML terlalu besar: {size} byte (batas {limits.mb(max_bytes)})",
                             "perpendek isinya atau pecah menjadi beberapa berkas")
    simple = _simple_located(text, first_line, first_line if root_line is None else root_line, max_bytes)
    if simple is not None:
        return simple
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_graph(node, first_line, max_bytes)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        problem_mark, context_mark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None) or ""
        # An unclosed bracket or quote is found only where the parser gives up (often the end);
        # the line to fix is where it was opened.
        opened = context.startswith(("while parsing a flow", "while scanning a quoted"))
        mark = (context_mark if opened else None) or problem_mark or context_mark
        line = mark.line + first_line if mark is not None else None
        message = f"{context}, {problem}" if context else str(problem)
        raise YamlSyntaxError(line, f"YAML tidak sah: {message}") from None
    finally:
        loader.dispose()
    located = Located(data, first_line if root_line is None else root_line)
    if node is not None:
        _walk(node, (), located, first_line)
    return located


# The plain form most front matter is written in: `key: value` lines, a value plain, quoted
# without escapes, or a flat [a, b] list. Read by hand (a tenth of the loader's time: an archive's
# files are read twice at every full reindex); anything else goes to the loader, which also
# gives every error and its line.
_SIMPLE_LINE_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +(.*?))? *")
_PLAIN_RE = re.compile(r"[^\W_](?:(?!: |:$| #)[^\t])*")
_QUOTED_RE = re.compile(r'"[^"\\]*"' + r"|'[^']*'")
_FLOW_ITEM_RE = re.compile(r" *([^\W_][^,\[\]{}:#\"']*?) *")
# what YAML may read differently from this line by line reading: characters it refuses, other
# line breaks, tabs, a byte order mark
_NOT_SIMPLE_RE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_STR = "tag:yaml.org,2002:str"


def _simple_located(text: str, first_line: int, root_line: int, max_bytes: int) -> Located | None:
    """What `load_located` gives for a front matter of the plain form above, else None."""
    if not text or _NOT_SIMPLE_RE.search(text):
        return None
    data: dict[str, Any] = {}
    located = Located(data, root_line)
    nodes, chars = 1, 2  # what _check_graph measures
    for index, line in enumerate(text.split("\n")):
        if not line or line[0] == "#":
            continue
        match = _SIMPLE_LINE_RE.fullmatch(line)
        if match is None:
            return None
        key, raw = match.groups()
        if _resolved(key, True) is not key:
            return None  # a key YAML reads as another type (true, null)
        at = first_line + index
        if raw is None or raw == "":
            value: Any = None
            nodes, chars = nodes + 2, chars + len(key) + 8
        elif raw[0] == "[":
            if raw[-1] != "]":
                return None
            inner = raw[1:-1]
            items = [] if not inner.strip(" ") else inner.split(",")
            value = []
            for item in items:
                found = _FLOW_ITEM_RE.fullmatch(item)
                if found is None:
                    return None
                value.append(_resolved(found.group(1), False))
                chars += len(found.group(1)) + 4
            nodes, chars = nodes + 2 + len(items), chars + len(key) + 6
        elif raw[0] in "\"'":
            if not _QUOTED_RE.fullmatch(raw):
                return None
            value = raw[1:-1]
            nodes, chars = nodes + 2, chars + len(key) + len(value) + 8
        elif _PLAIN_RE.fullmatch(raw):
            value = _resolved(raw, False)
            nodes, chars = nodes + 2, chars + len(key) + len(raw) + 8
        else:
            return None
        if key in data:
            located.duplicates.append(((key,), at))
        data[key] = value
        located.lines[(key,)] = at
        if isinstance(value, list):
            for i in range(len(value)):
                located.lines[(key, i)] = at
    if not data or nodes > limits.MAX_YAML_NODES or chars > max_bytes:
        return None  # the loader says what is wrong
    return located


def _resolved(scalar: str, key: bool) -> Any:
    """A plain scalar as YAML reads it: the same implicit types (dates, numbers, booleans, null),
    made by the loader's own constructors. A key is returned only when it stays the same str."""
    tag = _RESOLVER.resolve(yaml.ScalarNode, scalar, (True, False))
    if tag == _STR:
        return scalar
    if key:
        return None
    return _Loader.yaml_constructors[tag](_constructor(), yaml.ScalarNode(tag, scalar))


_RESOLVER = yaml.resolver.Resolver()


@functools.lru_cache(maxsize=1)
def _constructor() -> _Loader:
    return _Loader("")


def _check_graph(root, first_line: int, max_bytes: int) -> None:
    """YamlLimitError when the node graph has too many aliases, nests too deep, refers to itself or
    expands to too many nodes, or to more text than `max_bytes` (what we write back has every alias
    written out, and must read again). Each distinct node is visited once (sizes are memoised), so
    an alias bomb costs no more to measure than its text is long."""
    sizes: dict[int, tuple[int, int, int]] = {}  # id(node) -> (expanded nodes, depth, expanded characters)
    open_: set[int] = set()  # the nodes being walked: the ancestors of the current one
    aliases = 0
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        where = node.start_mark.line + first_line
        if done:
            open_.discard(key)
            total, depth = 1, 1
            chars = len(node.value) + 4 if isinstance(node, yaml.ScalarNode) else 2
            for child in _children(node):
                n, d, c = sizes[id(child)]
                total, depth, chars = total + n, max(depth, d + 1), chars + c
            sizes[key] = (total, depth, chars)
            if depth > limits.MAX_YAML_DEPTH:
                raise YamlLimitError(where, f"YAML bersarang terlalu dalam (batas {limits.MAX_YAML_DEPTH} tingkat)",
                                     "tulis daftar dan pemetaan lebih datar")
            if total > limits.MAX_YAML_NODES:
                raise YamlLimitError(where, f"YAML mengembang menjadi lebih dari {limits.MAX_YAML_NODES} nilai "
                                            "lewat alias (*nama)", "tulis nilainya langsung, tanpa &anchor dan *alias")
            if chars > max_bytes:
                raise YamlLimitError(where, f"YAML mengembang lewat alias (*nama) melebihi batas {limits.mb(max_bytes)}",
                                     "tulis nilainya langsung, tanpa &anchor dan *alias")
            continue
        if key in sizes:  # every reference to a node but the first is an *alias
            aliases += 1
            if aliases > limits.MAX_YAML_ALIASES:
                raise YamlLimitError(where, f"YAML memakai lebih dari {limits.MAX_YAML_ALIASES} alias (*nama)",
                                     "tulis nilainya langsung, tanpa &anchor dan *alias")
            continue
        if key in open_:
            raise YamlLimitError(where, "YAML merujuk dirinya sendiri lewat alias (*nama)",
                                 "hapus *alias yang menunjuk ke induknya sendiri")
        open_.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(_children(node)))


def _children(node) -> list:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _walk(node, path: tuple, located: Located, first_line: int) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else repr(key_node.value)
            key_path = path + (key,)
            line = key_node.start_mark.line + first_line
            if key in seen:
                located.duplicates.append((key_path, line))
            seen.add(key)
            located.lines[key_path] = line
            _walk(value_node, key_path, located, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            located.lines[path + (index,)] = item.start_mark.line + first_line
            _walk(item, path + (index,), located, first_line)


def dump(data: Any) -> str:
    """YAML for files people read: key order kept, Unicode as is, short lists inline, no line wrapping."""
    return yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000
    )


SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def as_date(value: Any) -> dt.date:
    """A date from YAML: a date, a datetime, or an ISO string YYYY-MM-DD. Raises ValueError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DATE_RE.fullmatch(value.strip()):
        return dt.date.fromisoformat(value.strip())  # ValueError for 2021-02-30
    raise ValueError(f"bukan tanggal: {value!r}")


class Checker:
    """Collects Problems for one file, each placed at the line of the YAML key it is about."""

    def __init__(self, path: str, located: Located | None, problems: list[Problem]):
        self.path, self.located, self.problems = path, located, problems

    def line(self, *key) -> int | None:
        return self.located.line(*key) if self.located else None

    def error(self, key: tuple, message: str, fix: str = "") -> None:
        self.problems.append(Problem(self.path, self.line(*key), message, fix, "error"))

    def warning(self, key: tuple, message: str, fix: str = "") -> None:
        self.problems.append(Problem(self.path, self.line(*key), message, fix, "warning"))

    def duplicate_keys(self) -> None:
        for key_path, line in self.located.duplicates if self.located else []:
            name = ".".join(str(k) for k in key_path)
            self.problems.append(
                Problem(self.path, line, f"kunci `{name}` muncul dua kali; hanya yang terakhir dipakai",
                        "hapus salah satunya", "error")
            )

    def text(self, mapping: dict, key: tuple, *, required: bool = False, fix: str = "") -> str | None:
        """A non-empty string field (numbers are taken as text)."""
        name = key[-1]
        value = mapping.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(key if name in mapping else key[:-1], f"`{name}` tidak ada atau kosong",
                           fix or f"tambahkan `{name}: ...`")
            return None
        if isinstance(value, (dict, list)):
            self.error(key, f"`{name}` harus berupa teks, bukan {'pemetaan' if isinstance(value, dict) else 'daftar'}",
                       fix or f"tulis `{name}: teksnya`")
            return None
        if isinstance(value, (dt.date, bool)):
            self.error(key, f"`{name}` harus berupa teks, tertulis {value!r}", f"apit dengan tanda kutip: {name}: \"{value}\"")
            return None
        text = str(value).strip()
        hidden = HIDDEN_RE.search(text)
        if hidden:  # a NUL or ESC would reach the terminal and the page; the rest of the text is kept
            self.error(key, f"`{name}` berisi karakter kendali U+{ord(hidden.group()):04X}",
                       "hapus karakter itu (biasanya terbawa dari salinan atau impor)")
            text = HIDDEN_RE.sub("", text).strip()
        return text or None

    def text_list(self, mapping: dict, key: tuple) -> list[str]:
        """A list of strings; one bare string is taken as a one-item list."""
        name = key[-1]
        value = mapping.get(name)
        if value is None:
            return []
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return [str(value).strip()] if str(value).strip() else []
        if not isinstance(value, list):
            self.error(key, f"`{name}` harus berupa daftar", f"tulis `{name}: [a, b]`")
            return []
        out = []
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)) or item is None or isinstance(item, bool):
                self.error(key + (index,), f"`{name}` butir ke-{index + 1} harus berupa teks, tertulis {item!r}",
                           f"tulis `{name}: [a, b]`")
            elif str(item).strip():
                out.append(str(item).strip())
        return out

    def date(self, mapping: dict, key: tuple, *, required: bool = False) -> dt.date | None:
        name = key[-1]
        value = mapping.get(name)
        if value is None:
            if required:
                self.error(key if name in mapping else key[:-1], f"`{name}` tidak ada",
                           f"tambahkan `{name}: YYYY-MM-DD`")
            return None
        try:
            return as_date(value)
        except ValueError:
            self.error(key, f"`{name}` bukan tanggal yang sah: {value!r}",
                       f"tulis sebagai YYYY-MM-DD, mis. {name}: 2020-11-13")
            return None

    def flag(self, mapping: dict, key: tuple, default: bool = False) -> bool:
        name = key[-1]
        value = mapping.get(name, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, f"`{name}` harus true atau false, tertulis {value!r}", f"tulis `{name}: true`")
            return default
        return value

    def count(self, mapping: dict, key: tuple) -> int:
        """A whole number >= 0 (targets); 0 when absent."""
        name = key[-1]
        value = mapping.get(name)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.error(key, f"`{name}` harus bilangan bulat >= 0, tertulis {value!r}", f"tulis `{name}: 4`")
            return 0
        return value

    def slug(self, mapping: dict, key: tuple, what: str) -> str | None:
        value = self.text(mapping, key, required=True, fix=f"beri id {what}, mis. `{key[-1]}: nama-pendek`")
        if value is None:
            return None
        if not SLUG_RE.fullmatch(value):
            self.error(key, f"id {what} {value!r} hanya boleh berisi a-z, 0-9 dan tanda hubung tunggal",
                       f"pakai mis. `{key[-1]}: {_rough_slug(value)}`")
            return None
        return value

    def unknown_keys(self, mapping: dict, key: tuple, known: set[str] | frozenset[str], where: str) -> None:
        for name in mapping:
            if str(name) not in known:
                self.warning(key + (str(name),), f"kolom `{name}` tidak dikenal di {where} (disimpan, tidak dipakai)",
                             f"kolom yang dikenal: {', '.join(sorted(known))}")


def _rough_slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "id"
